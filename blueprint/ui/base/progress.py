"""Long work that must not freeze the window: opening a large file, Tidy layout.

:class:`LiveProgress` is the window's :class:`~blueprint.ui.window.progress_dialog.WorkInProgress`
(busy cursor at once, window-modal dialog with Cancel after half a second) for work that
runs on a worker thread or a slice at a time: each :meth:`LiveProgress.step` lets the
window paint, also before the dialog shows (user input then waits). :func:`run_in_thread`
runs a function on a worker thread meanwhile. Whoever uses them makes sure a cancel leaves
everything as it was.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop

from blueprint.progress import Cancelled
from blueprint.ui.window.progress_dialog import WorkInProgress

__all__ = ["Cancelled", "LiveProgress", "run_in_thread"]


class LiveProgress(WorkInProgress):
    """A :class:`WorkInProgress` that keeps the window alive between steps of the work.

    With ``cancellable=False`` the dialog offers no Cancel (work that can no longer stop).
    """

    def __init__(self, parent, label: str, cancellable: bool = True):
        super().__init__(parent, label)
        self.cancellable = cancellable

    def step(self, done: int = 0, total: int = 0) -> None:
        """Report how far the work is (``total`` 0: unknown) and let the window live;
        Cancelled once the person has pressed Cancel."""
        if self.dialog is None:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
        if total:
            self(done / total)
        else:
            self(0.0)
            if self.dialog is not None:
                self.dialog.setMaximum(0)  # a busy bar: how long is not known

    def relabel(self, label: str, cancellable: bool | None = None) -> None:
        """Say what is being done now, and whether Cancel is still offered."""
        self.label = label
        if cancellable is not None:
            self.cancellable = cancellable
        if self.dialog is not None:
            self.dialog.setLabelText(label)
            if not self.cancellable:
                self.dialog.setCancelButton(None)

    def _make_dialog(self):
        dialog = super()._make_dialog()
        if not self.cancellable:
            dialog.setCancelButton(None)
        return dialog


def run_in_thread(progress: LiveProgress, work: Callable[[], Any]) -> Any:
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
