"""Long work with the window kept alive: a busy cursor at once, then progress with Cancel.

Opening a large file and Tidy layout can take seconds. :class:`Progress` shows the busy
cursor at once and, once the work has taken half a second, a window-modal progress dialog
with Cancel; :func:`run_in_thread` runs a function on a worker thread meanwhile, so the
window keeps painting. Whoever uses them makes sure a cancel leaves everything as it was.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_S = 0.5
"""Work shorter than this shows only the busy cursor."""


class Cancelled(Exception):
    """The person pressed Cancel in the progress dialog."""


class Progress:
    """One piece of long work: use as a context manager around it and call :meth:`step`.

    ``step(done, total)`` keeps the window painting (user input waits until the dialog is
    up, which is window-modal) and shows the dialog once the work has taken
    :data:`SHOW_AFTER_S`; it raises :class:`Cancelled` after the person pressed Cancel.
    """

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool = True):
        self.parent = parent
        self.label = label
        self.cancellable = cancellable
        self.dialog: QProgressDialog | None = None
        self._started = 0.0

    def __enter__(self) -> Progress:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._started = time.monotonic()
        return self

    def __exit__(self, *_: object) -> None:
        QApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def relabel(self, label: str, cancellable: bool | None = None) -> None:
        """Say what is being done now (and whether Cancel is still offered)."""
        self.label = label
        if cancellable is not None:
            self.cancellable = cancellable
        if self.dialog is not None:
            self.dialog.setLabelText(label)
            if not self.cancellable:
                self.dialog.setCancelButton(None)

    def step(self, done: int = 0, total: int = 0) -> None:
        """Report how far the work is (``total`` 0: unknown) and let the window live."""
        if self.dialog is None and time.monotonic() - self._started >= SHOW_AFTER_S:
            self.dialog = self._make_dialog()
        flags = QEventLoop.ProcessEventsFlag.AllEvents
        if self.dialog is None:
            flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        else:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total) if total else 0)
        QCoreApplication.processEvents(flags, 20)
        if self.cancellable and self.dialog is not None and self.dialog.wasCanceled():
            raise Cancelled()

    def _make_dialog(self) -> QProgressDialog:
        cancel = QCoreApplication.translate("Progress", "Cancel") if self.cancellable else None
        dialog = QProgressDialog(self.label, cancel, 0, 0, self.parent)
        dialog.setWindowTitle(QCoreApplication.translate("Progress", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.show()
        return dialog


def run_in_thread(progress: Progress, work: Callable[[], Any]) -> Any:
    """``work()`` on a worker thread while ``progress`` keeps the window alive; its result.

    Raises what ``work`` raised, or :class:`Cancelled` (the thread's late result is dropped).
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed to the UI thread, which raises it
            outcome["error"] = error

    thread = threading.Thread(target=run, name="long-work", daemon=True)
    thread.start()
    while thread.is_alive():
        progress.step()
        thread.join(0.01)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
