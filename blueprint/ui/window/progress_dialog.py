"""Long work in the window: a busy cursor at once, a progress dialog with Cancel after 0.5 s.

``with WorkInProgress(window, label) as progress: work(progress)``: the work calls
``progress(fraction)`` between its steps; the dialog (window-modal, so nothing else can be
edited meanwhile) appears once the work has taken half a second, and a click on Cancel
makes the next ``progress`` call raise :class:`~blueprint.progress.Cancelled`. Work that
writes atomically at its end has then changed nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from blueprint.progress import Cancelled

SHOW_AFTER_MS = 500
STEPS = 1000


class WorkInProgress:
    """A busy cursor, then a cancellable progress dialog, around one piece of work."""

    def __init__(self, parent: QWidget | None, label: str):
        self.parent = parent
        self.label = label
        self.dialog: QProgressDialog | None = None
        self.clock = QElapsedTimer()

    def __enter__(self) -> WorkInProgress:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.clock.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        QGuiApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def __call__(self, fraction: float) -> None:
        """Show ``fraction`` done; Cancelled when the person has clicked Cancel."""
        if self.dialog is None and self.clock.elapsed() >= SHOW_AFTER_MS:
            self.dialog = self._make_dialog()
        if self.dialog is None:
            return
        self.dialog.setValue(round(min(max(fraction, 0.0), 1.0) * (STEPS - 1)))
        QCoreApplication.processEvents()  # paint the bar, take the click on Cancel
        if self.dialog.wasCanceled():
            raise Cancelled

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.label, QCoreApplication.translate("progress", "Cancel"), 0, STEPS,
                                 self.parent)
        dialog.setWindowTitle(QCoreApplication.translate("progress", "Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)  # the half second has passed already
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.show()
        return dialog

    @property
    def visible(self) -> bool:
        """Whether the dialog is showing (the work has taken longer than half a second)."""
        return self.dialog is not None and self.dialog.isVisible()
