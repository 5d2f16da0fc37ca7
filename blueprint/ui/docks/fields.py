"""Editors for single model fields that commit once per finished edit.

Each field wraps one widget, reads and writes one plain value, and emits ``edited`` only
when the person has finished: a line of text on Return or when focus leaves, a longer
text when focus leaves, a choice when it is picked, a number when it is confirmed. So one
finished edit is one undo step. ``show_value`` loads a value under a signal blocker and
never echoes it back as an edit.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QGridLayout,
    QListView,
    QPlainTextEdit,
    QWidget,
)

from blueprint.render.labels import label

TEXT_MAX = 500


class Field(QObject):
    """One model field shown in one widget; ``edited`` fires after a finished edit."""

    edited = Signal(str)  # the field's name

    def __init__(self, name: str, widget: QWidget):
        super().__init__(widget)
        self.name = name
        self.widget = widget
        self._shown: Any = None

    def value(self) -> Any:
        """The value the widget holds now."""
        raise NotImplementedError

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        """Show a value from the model without reporting it as an edit."""
        self._shown = value
        blocker = QSignalBlocker(self.widget)
        try:
            self._set(value)
        finally:
            blocker.unblock()

    def _finished(self, *_: object) -> None:
        if self.value() != self._shown:
            self.edited.emit(self.name)


class TextField(Field):
    """A one-line text: commits on Return or when focus leaves."""

    def __init__(self, name: str, placeholder: str = "", max_length: int = TEXT_MAX):
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        super().__init__(name, edit)
        edit.editingFinished.connect(self._finished)

    def value(self) -> str:
        return self.widget.text()

    def _set(self, value: Any) -> None:
        if self.widget.text() != (value or ""):
            self.widget.setText(value or "")


class _FinishingTextEdit(QPlainTextEdit):
    """A plain text editor that says when focus leaves it."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class LongTextField(Field):
    """A longer text (description, notes, a concept answer): commits when focus leaves."""

    def __init__(self, name: str, placeholder: str = "", lines: int = 3):
        edit = _FinishingTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        line_height = edit.fontMetrics().lineSpacing()
        edit.setFixedHeight(line_height * lines + 12)
        super().__init__(name, edit)
        edit.editingFinished.connect(self._finished)

    def value(self) -> str:
        return self.widget.toPlainText()

    def _set(self, value: Any) -> None:
        if self.widget.toPlainText() != (value or ""):
            self.widget.setPlainText(value or "")


class ChoiceField(Field):
    """A choice from a list of (label, value) pairs: commits when picked."""

    def __init__(self, name: str, choices: Iterable[tuple[str, Any]] = ()):
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        super().__init__(name, combo)
        self.set_choices(choices)
        combo.activated.connect(self._finished)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Replace the list of choices (keeps showing the current value)."""
        blocker = QSignalBlocker(self.widget)
        self.widget.clear()
        self._values = []
        for text, value in choices:
            self.widget.addItem(text)
            self._values.append(value)
        blocker.unblock()
        self.show_value(self._shown)

    def value(self) -> Any:
        index = self.widget.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def _set(self, value: Any) -> None:
        if value is None and None not in self._values:
            self.widget.setCurrentIndex(-1)
            return
        if value not in self._values:
            self.widget.addItem(str(value))
            self._values.append(value)
        self.widget.setCurrentIndex(self._values.index(value))


def enum_choices(words: Iterable[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, word) pairs for a ChoiceField over a vocabulary."""
    return [(label(word), word) for word in words]


class NumberField(Field):
    """A number (minutes, a rate): commits on Return, focus leaving, or the arrows.

    ``special`` names the lowest value's meaning ("not set"); that value reads as None.
    The lowest value is −1 unless the caller raises the minimum (to 0 for a count ≥ 1).
    """

    def __init__(self, name: str, maximum: float, suffix: str = "", decimals: int = 0,
                 special: str = "", step: float = 1.0):
        spin = QDoubleSpinBox()
        spin.setDecimals(decimals)
        spin.setSingleStep(step)
        self._optional = bool(special)
        spin.setRange(-1 if special else 0, maximum)
        if special:
            spin.setSpecialValueText(special)
        if suffix:
            spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        super().__init__(name, spin)
        spin.valueChanged.connect(self._finished)

    def value(self) -> float | None:
        number = self.widget.value()
        if self._optional and number <= self.widget.minimum():
            return None
        return number

    def _set(self, value: Any) -> None:
        self.widget.setValue(self.widget.minimum() if value is None else float(value))

    def _finished(self, *_: object) -> None:
        shown = self._shown
        if shown is not None and self.value() is not None and abs(self.value() - shown) < 1e-9:
            return
        super()._finished()


class WholeNumberField(NumberField):
    """A whole number; None for the special "not set" value."""

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if number is None else int(round(number))


class FlagField(Field):
    """A yes/no: commits when ticked."""

    def __init__(self, name: str, text: str):
        box = QCheckBox(text)
        super().__init__(name, box)
        box.toggled.connect(self._finished)

    def value(self) -> bool:
        return self.widget.isChecked()

    def _set(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class ChecklistField(Field):
    """Several words from a vocabulary as check boxes; value in vocabulary order."""

    def __init__(self, name: str, words: Iterable[StrEnum], columns: int = 1):
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self._words = list(words)
        self.boxes: list[QCheckBox] = []
        for index, word in enumerate(self._words):
            box = QCheckBox(label(word))
            grid.addWidget(box, index // columns, index % columns)
            self.boxes.append(box)
        super().__init__(name, widget)
        for box in self.boxes:
            box.toggled.connect(self._finished)

    def box(self, word: StrEnum) -> QCheckBox:
        """The check box of one word."""
        return self.boxes[self._words.index(word)]

    def value(self) -> list[StrEnum]:
        return [word for word, box in zip(self._words, self.boxes) if box.isChecked()]

    def show_value(self, value: Any) -> None:
        self._shown = list(value or [])
        chosen = set(self._shown)
        for word, box in zip(self._words, self.boxes):
            blocker = QSignalBlocker(box)
            box.setChecked(word in chosen)
            blocker.unblock()

    def _set(self, value: Any) -> None:
        self.show_value(value)


class _Choices(QAbstractListModel):
    """The (label, id) choices of a pick list and which of them are ticked. The view asks
    only for the rows in sight: 20,000 choices cost a list of pairs, not 20,000 items."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []
        self.ticked: set[str] = set()
        self.unavailable: str | None = None
        self._row_of: dict[str, int] = {}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, element_id = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if element_id in self.ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self.rows[index.row()][1] == self.unavailable:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        element_id = self.rows[index.row()][1]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(element_id)
        else:
            self.ticked.discard(element_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def replace(self, rows: Iterable[tuple[str, str]]) -> None:
        """Take these rows; the same rows again change nothing (the view is not laid out anew)."""
        rows = list(rows)
        if rows == self.rows:
            return
        self.beginResetModel()
        self.rows = rows
        self._row_of = {element_id: row for row, (_, element_id) in enumerate(rows)}
        self.endResetModel()

    def row_of(self, element_id: str) -> int:
        return self._row_of[element_id]

    def set_unavailable(self, element_id: str | None) -> None:
        """The one choice shown but not to be ticked (the element itself)."""
        before, self.unavailable = self.unavailable, element_id
        for changed in {before, element_id} - {None}:
            if changed in self._row_of:
                index = self.index(self._row_of[changed])
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def tick(self, ids: Iterable[str]) -> None:
        self.ticked = set(ids)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1), [Qt.ItemDataRole.CheckStateRole])


class PickListField(Field):
    """Several elements of the document (steps a support item serves) as a list of check
    boxes whose choices change with the document; value in the choices' order. The list
    shows a model, so a journey of 20,000 steps makes no widget item per choice."""

    def __init__(self, name: str):
        widget = QListView()
        widget.setMaximumHeight(120)
        widget.setUniformItemSizes(True)  # rows are measured once, not each of thousands
        widget.setLayoutMode(QListView.LayoutMode.Batched)  # laid out a batch per turn
        super().__init__(name, widget)
        self.choices = _Choices(self)
        widget.setModel(self.choices)
        self._loading = False
        self.choices.dataChanged.connect(self._finished)

    def set_choices(self, choices: Iterable[tuple[str, str]], unavailable: str | None = None) -> None:
        """Replace the (label, id) choices, keeping the shown value ticked; ``unavailable``
        is shown greyed and cannot be ticked (a step cannot support itself)."""
        self._loading = True
        try:
            self.choices.replace(choices)
            self.choices.set_unavailable(unavailable)
        finally:
            self._loading = False
        self.show_value(self._shown or [])

    def index(self, element_id: str) -> QModelIndex:
        """The row of one element."""
        return self.choices.index(self.choices.row_of(element_id))

    def is_ticked(self, element_id: str) -> bool:
        """Whether one element's box is ticked."""
        return self.index(element_id).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    def value(self) -> list[str]:
        ticked = self.choices.ticked
        return [element_id for _, element_id in self.choices.rows if element_id in ticked]

    def _set(self, value: Any) -> None:
        self._loading = True
        try:
            self.choices.tick(value or [])
        finally:
            self._loading = False

    def _finished(self, *_: object) -> None:
        if self._loading:
            return
        if self.value() != list(self._shown or []):
            self.edited.emit(self.name)
