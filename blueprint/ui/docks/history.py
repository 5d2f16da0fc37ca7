"""The undo history dock: every edit by name; clicking one goes back to that point.

In a live session it lists the session's shared history instead: who did what, in order.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QListWidget, QStackedWidget, QUndoView, QWidget


class HistoryDock(QDockWidget):
    """A QUndoView over the window's undo stack, or a live session's who-did-what list."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history")
        self.view = QUndoView(undo_stack)
        self.view.setEmptyLabel(self.tr("As opened"))
        self.session_list = QListWidget()
        self.session_list.setObjectName("sessionHistory")
        self._pages = QStackedWidget()
        self._pages.addWidget(self.view)
        self._pages.addWidget(self.session_list)
        self.setWidget(self._pages)

    def show_session(self, lines: list[str] | None) -> None:
        """Show a live session's history (oldest first), or the undo stack again (None)."""
        if lines is None:
            self._pages.setCurrentWidget(self.view)
            return
        self._pages.setCurrentWidget(self.session_list)
        if self.session_list.count() > len(lines):
            self.session_list.clear()
        self.session_list.addItems(lines[self.session_list.count():])
        self.session_list.scrollToBottom()
