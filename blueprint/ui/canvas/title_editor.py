"""Editing a step's title (or its minutes) in place: a line edit laid over the card.

Enter (or clicking elsewhere) keeps the new title as one undo step; Esc cancels (and takes
back a step added just now to be titled); Tab keeps it and adds the next step, and Alt+V /
N / W / U mark the step while its title is typed, so a journey is captured as fast as it is
told. :class:`MinutesEditor` types a step's customer, staff or waiting minutes the same way.
The editors are widgets on the viewport, not scene items, so the document stays the only
place a value lives; while open they follow the card when the view scrolls or zooms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from blueprint.model.vocabulary import Value
from blueprint.ui import commands
from blueprint.render import style

if TYPE_CHECKING:
    from blueprint.ui.canvas.view import BlueprintView

_TITLE_AREA = QRectF(4, 4, style.CARD_WIDTH - 8, 44)
_KEYS_KEPT = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
_MARK_KEYS = {Qt.Key.Key_V: Value.VALUABLE, Qt.Key.Key_N: Value.NECESSARY, Qt.Key.Key_W: Value.WASTED,
              Qt.Key.Key_U: Value.UNMARKED}
MAX_MINUTES = 1_000_000


class TitleEditor(QLineEdit):
    """An in-place editor for one step's title."""

    finished = Signal(bool)  # True when the title was kept (Enter, focus out), False on Esc

    def __init__(self, view: BlueprintView, step_id: str, fresh: bool = False):
        super().__init__(view.viewport())
        self.view = view
        self.step_id = step_id
        self.fresh = fresh  # the step was added just now, to be titled
        self._done = False
        self.setFrame(False)
        self.setMaxLength(500)  # what a step title holds
        self.setStyleSheet("QLineEdit { background: white; border: 3px solid #0a64d6; border-radius: 6px; }")
        self.setPlaceholderText(self.tr("Step title"))
        self.setToolTip(self.tr("Enter keeps the title, Esc cancels, Tab keeps it and adds the next step"))
        self.setText(view.document.step(step_id).title)
        self.selectAll()
        self.follow_card()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    host: QWidget | None = None
    """Where the editor shows instead of over the card (presentation mode), if anywhere."""
    _moving = False

    def move_to_host(self, host: QWidget) -> None:
        """Show in ``host`` as a large caption along its bottom edge (presentation mode,
        where the canvas is out of sight)."""
        self.host = host
        self._moving = True  # the focus leaves while the editor moves: that is no "done"
        self.setParent(host)
        self._moving = False
        self.follow_card()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    def follow_card(self) -> None:
        """Lie over the card's title area at the view's current zoom (or, in a host, along
        its bottom edge in large type)."""
        if self.host is not None:
            font = style.title_font()
            font.setPixelSize(28)
            self.setFont(font)
            height = self.fontMetrics().height() + 24
            width = min(self.host.width() - 80, 1100)
            self.setGeometry((self.host.width() - width) // 2, self.host.height() - height - 30, width, height)
            return
        item = self.view.blueprint_scene.step_item(self.step_id)
        if item is None:
            self.cancel()
            return
        area = item.mapRectToScene(_TITLE_AREA)
        rect = self.view.mapFromScene(area).boundingRect()
        scale = self.view.transform().m11()
        font = style.title_font()
        font.setPixelSize(max(12, min(48, round(font.pixelSize() * scale))))
        self.setFont(font)
        height = max(rect.height(), self.fontMetrics().height() + 12)
        self.setGeometry(rect.x(), rect.y(), max(rect.width(), 160), height)

    def event(self, event) -> bool:
        """Keep Enter, Esc, Delete and Backspace for the editor, not for canvas shortcuts;
        Tab keeps the title and adds the next step (capture: type, Tab, type, Tab...);
        Alt+V / N / W / U mark the step being typed (before the menus' Alt keys see them)."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and self._mark_key(event):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.view.undo_stack.push(commands.MarkValueCommand(
                    self.view.document, [self.step_id], _MARK_KEYS[event.key()]))
            return True
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in _KEYS_KEPT:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            view = self.view
            self.commit()
            view.select_ids([self.step_id], center=False)
            view.editing.add_next_step()
            return True
        return super().event(event)

    @staticmethod
    def _mark_key(event) -> bool:
        return event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in _MARK_KEYS

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Enter keeps the title, Esc cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Clicking elsewhere keeps the title, like Enter."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason and not self._moving:
            self.commit()

    def commit(self) -> None:
        """Keep the typed title (one undo step) and close; an empty title is not kept."""
        if self._done:
            return
        self._done = True
        title = self.text().strip()
        document = self.view.document
        if title and document.has(self.step_id) and title != document.step(self.step_id).title:
            self.view.undo_stack.push(commands.UpdateStepCommand(
                document, self.step_id, {"title": title}, self.tr("Rename step to “{title}”").format(title=title)))
        self._close(True)

    def cancel(self) -> None:
        """Close without changing anything; a step added just now to be titled goes again."""
        if self._done:
            return
        self._done = True
        stack = self.view.undo_stack
        last = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if self.fresh and isinstance(last, commands.AddStepCommand) and last.step_id == self.step_id:
            stack.undo()
        self._close(False)

    def _close(self, kept: bool) -> None:
        self.hide()
        (self.host or self.view).setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit(kept)
        self.deleteLater()


class MinutesEditor(TitleEditor):
    """Types one of a step's minutes (customer, staff, waiting) in place over its card."""

    LABELS = {
        "customer_minutes": QT_TRANSLATE_NOOP("MinutesEditor", "Customer minutes"),
        "staff_minutes": QT_TRANSLATE_NOOP("MinutesEditor", "Staff minutes"),
        "waiting_minutes": QT_TRANSLATE_NOOP("MinutesEditor", "Waiting minutes"),
    }

    def __init__(self, view: BlueprintView, step_id: str, field: str):
        self.field = field
        super().__init__(view, step_id)
        validator = QDoubleValidator(0.0, MAX_MINUTES, 1, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.setValidator(validator)
        self.setMaxLength(12)
        self.setPlaceholderText(QCoreApplication.translate("MinutesEditor", self.LABELS[field]))
        self.setToolTip(QCoreApplication.translate(
            "MinutesEditor", "{what}: type a number, Enter keeps it, Esc cancels").format(
                what=QCoreApplication.translate("MinutesEditor", self.LABELS[field])))
        minutes = getattr(view.document.step(step_id), field)
        self.setText(QLocale().toString(minutes, "f", 1).removesuffix(QLocale().decimalPoint() + "0")
                     if minutes else "")
        self.selectAll()

    def event(self, event) -> bool:
        """Tab does not add a step here; the rest is as for the title."""
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            self.commit()
            return True
        return super().event(event)

    def commit(self) -> None:
        """Keep the typed minutes (one undo step) and close; an empty field changes nothing."""
        if self._done:
            return
        self._done = True
        number, ok = QLocale().toDouble(self.text().strip())
        if not ok:
            number, ok = QLocale.c().toDouble(self.text().strip().replace(",", "."))
        document = self.view.document
        if ok and 0 <= number <= MAX_MINUTES and document.has(self.step_id) \
                and getattr(document.step(self.step_id), self.field) != number:
            self.view.undo_stack.push(commands.UpdateStepCommand(
                document, self.step_id, {self.field: number},
                QCoreApplication.translate("MinutesEditor", "Set {what} of “{title}” to {n}").format(
                    what=QCoreApplication.translate("MinutesEditor", self.LABELS[self.field]).lower(),
                    title=document.step(self.step_id).title, n=QLocale().toString(number, "g", 8))))
        self._close(True)
