"""Editing a step's title in place: a line edit laid over the card, at the card's zoom.

Enter (or clicking elsewhere) keeps the new title as one undo step; Esc cancels (and takes
back a step added just now to be titled); Tab
keeps it and adds the next step, so a journey is captured as fast as it is told. The
editor is a widget on the viewport, not a scene item, so the document stays the only
place the title lives; while it is open it follows the card when the view scrolls or zooms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtWidgets import QLineEdit

from blueprint.ui import commands
from blueprint.ui.canvas import style

if TYPE_CHECKING:
    from blueprint.ui.canvas.view import BlueprintView

_TITLE_AREA = QRectF(4, 4, style.CARD_WIDTH - 8, 44)
_KEYS_KEPT = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


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

    def follow_card(self) -> None:
        """Lie over the card's title area at the view's current zoom."""
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
        Tab keeps the title and adds the next step (capture: type, Tab, type, Tab...)."""
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
        if event.reason() != Qt.FocusReason.PopupFocusReason:
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
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit(kept)
        self.deleteLater()
