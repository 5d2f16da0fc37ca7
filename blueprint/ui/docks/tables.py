"""A small editable table with Add and Remove buttons, for lists inside a form.

Used for case facts, needs, suppressions, intervention thresholds and channel rules. The
table holds text cells (some read-only, some choices); it reports ``edited`` when a cell
edit is finished or a row is added or removed, and the form turns the rows into model
values. ``set_rows`` loads rows without reporting edits.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Column:
    """One column: a caption, and either free text, read-only text or a choice."""

    def __init__(self, caption: str, editable: bool = True,
                 choices: Callable[[], Sequence[tuple[str, Any]]] | None = None, stretch: bool = False,
                 several: bool = False):
        self.caption = caption
        self.editable = editable
        self.choices = choices
        self.stretch = stretch
        self.several = several  # with choices: tick any number of them (a list value)


class RowTable(QWidget):
    """Rows of cells with Add / Remove buttons; ``edited()`` after every finished change.

    With ``add_text=None`` the rows are fixed (cells editable, no Add or Remove).

    ``added()`` asks the owner to add a row (the owner knows what a new row holds).
    """

    edited = Signal()
    added = Signal()

    def __init__(self, columns: list[Column], add_text: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.caption for c in columns])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        for index, column in enumerate(columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(index, mode)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._keys: list[Any] = []
        self.table.itemChanged.connect(lambda *_: self.edited.emit())
        self.add_button = QPushButton(add_text or "")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.added.emit)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        if add_text is not None:  # without an add text the rows are fixed: no Add, no Remove
            layout.addLayout(buttons)
        else:
            self.add_button.hide()
            self.remove_button.hide()

    def set_rows(self, rows: list[list[Any]], keys: list[Any] | None = None) -> None:
        """Show these rows (text, or a choice's value) without reporting an edit.

        ``keys`` (one per row) follow their rows when rows are removed; see :meth:`keys`.
        """
        keys = list(range(len(rows))) if keys is None else list(keys)
        if self._keys == keys and self.table.rowCount() == len(rows) and self.rows() == rows:
            return  # what is shown already: reloading a form with a long table costs nothing
        self._keys = keys
        blocker = QSignalBlocker(self.table)
        try:
            self.table.setRowCount(len(rows))
            for row, cells in enumerate(rows):
                for column, value in enumerate(cells):
                    self._set_cell(row, column, value)
        finally:
            blocker.unblock()
        self.remove_button.setEnabled(bool(rows))
        fit_height(self.table)

    def rows(self) -> list[list[Any]]:
        """Every row's cells: the text, or the chosen value for a choice column."""
        return [[self._cell(row, column) for column in range(len(self.columns))]
                for row in range(self.table.rowCount())]

    def keys(self) -> list[Any]:
        """The key of every row still shown (by default each row's first position)."""
        return list(self._keys)

    def remove_selected(self) -> None:
        """Remove the selected rows (or the current one) and report the edit."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        if not rows:
            return
        blocker = QSignalBlocker(self.table)
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)
            del self._keys[row]
        blocker.unblock()
        fit_height(self.table)
        self.edited.emit()

    def _set_cell(self, row: int, column: int, value: Any) -> None:
        spec = self.columns[column]
        if spec.choices is not None and spec.several:
            button = self.table.cellWidget(row, column)
            if not isinstance(button, _TickButton):
                button = _TickButton(spec.choices())
                button.ticked.connect(self.edited)
                self.table.setCellWidget(row, column, button)
            button.set_ticked(value or [])
            return
        if spec.choices is not None:
            combo = self.table.cellWidget(row, column)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.activated.connect(lambda *_: self.edited.emit())
                self.table.setCellWidget(row, column, combo)
            with_blocked(combo, lambda: _fill_combo(combo, spec.choices(), value))
            return
        text = "" if value is None else str(value)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if spec.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item = self.table.item(row, column)
        if item is None:  # text and flags before it joins the table: no change to announce
            item = QTableWidgetItem(text)
            item.setFlags(flags)
            self.table.setItem(row, column, item)
            return
        item.setText(text)  # Qt ignores an unchanged text, but not unchanged flags
        if item.flags() != flags:
            item.setFlags(flags)

    def _cell(self, row: int, column: int) -> Any:
        if self.columns[column].several:
            button = self.table.cellWidget(row, column)
            return button.ticked_values() if isinstance(button, _TickButton) else []
        if self.columns[column].choices is not None:
            combo = self.table.cellWidget(row, column)
            return combo.currentData() if isinstance(combo, QComboBox) else None
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


def fit_height(table: QTableWidget, spare_rows: int = 1) -> None:
    """Make a table exactly as tall as its rows (plus room for one more): the form scrolls, not the table."""
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    spare = spare_rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().height() + rows + spare + 2 * table.frameWidth())


def with_blocked(widget: QWidget, action: Callable[[], None]) -> None:
    """Run ``action`` while ``widget`` sends no signals."""
    blocker = QSignalBlocker(widget)
    try:
        action()
    finally:
        blocker.unblock()


def _fill_combo(combo: QComboBox, choices: Sequence[tuple[str, Any]], value: Any) -> None:
    combo.clear()
    for text, data in choices:
        combo.addItem(text, data)
    index = combo.findData(value)
    if index < 0 and value is not None:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class _TickButton(QToolButton):
    """A cell that shows the ticked choices and opens a menu of check boxes."""

    ticked = Signal()

    def __init__(self, choices: Sequence[tuple[str, Any]]):
        super().__init__()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self._actions = []
        for text, value in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._toggled)
            self._actions.append(action)
        self.setMenu(menu)

    def set_ticked(self, values: Sequence[Any]) -> None:
        """Tick exactly these values, without reporting it."""
        for action in self._actions:
            with_blocked(action, lambda a=action: a.setChecked(a.data() in values))
        self._show_text()

    def ticked_values(self) -> list[Any]:
        """The ticked values, in the menu's order."""
        return [action.data() for action in self._actions if action.isChecked()]

    def _toggled(self) -> None:
        self._show_text()
        self.ticked.emit()

    def _show_text(self) -> None:
        names = [action.text() for action in self._actions if action.isChecked()]
        self.setText(", ".join(names) if names else self.tr("(none)"))
