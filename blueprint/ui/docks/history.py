"""The undo history dock: every edit by name; clicking one goes back to that point."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget


class HistoryDock(QDockWidget):
    """A QUndoView over the window's undo stack."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history")
        self.view = QUndoView(undo_stack)
        self.view.setEmptyLabel(self.tr("As opened"))
        self.setWidget(self.view)
