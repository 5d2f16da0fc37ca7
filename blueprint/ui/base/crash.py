"""When something goes wrong anyway: keep the work, write down what happened, say it plainly.

An exception nobody caught (in a slot, a timer, a paint) reaches :class:`CrashHandler`. It
first writes the recovery copy of unsaved work, then logs the traceback to a rotating log
file in the user's log folder, then shows a plain dialog that names the log file. The
program keeps running: Qt returns to its event loop after the handler. ``--verbose`` also
logs to the terminal.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from blueprint.ui.window.mainwindow import MainWindow

LOG_NAME = "blueprint.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 4

log = logging.getLogger("blueprint")


def configure_logging(log_dir: Path, verbose: bool = False) -> Path | None:
    """Log to ``log_dir/blueprint.log`` (rotating, five files of 1 MB at most) and, when
    ``verbose``, to the terminal; the log file's path, or None when it cannot be written."""
    log.setLevel(logging.INFO)
    log.propagate = False
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    form = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if verbose:
        terminal = logging.StreamHandler(sys.stderr)
        terminal.setFormatter(form)
        log.addHandler(terminal)
    path = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as error:
        log.warning("no log file in %s: %s", log_dir, error)
        return None
    handler.setFormatter(form)
    log.addHandler(handler)
    return path


class CrashHandler:
    """Keeps the work, logs the traceback and tells the person, for any uncaught exception."""

    def __init__(self, window: MainWindow, log_path: Path | None):
        self.window = window
        self.log_path = log_path
        self._telling = False

    def install(self) -> None:
        """Become the handler of uncaught exceptions, in the main thread and in others."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """Keep the unsaved work, log the traceback, and show a plain dialog (one at a time)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        kept = self._keep_work()
        log.error("uncaught exception", exc_info=(kind, error, trace))
        if self._telling:  # an error while the dialog is open: logged, not shown again
            return
        self._telling = True
        try:
            QMessageBox.critical(self.window, QCoreApplication.translate("CrashHandler", "Something went wrong"),
                                 self.describe(error, kept))
        finally:
            self._telling = False

    def describe(self, error: BaseException, kept: bool) -> str:
        """What the dialog says: what happened, whether the work is safe, where the log is."""
        lines = [QCoreApplication.translate("CrashHandler", "The program ran into an error it did not expect ({error}).").format(
            error=type(error).__name__)]
        if kept:
            lines.append(QCoreApplication.translate("CrashHandler", "Your unsaved work was kept: if the program has to close, "
                                        "it is offered back at the next start."))
        if self.log_path is not None:
            lines.append(QCoreApplication.translate("CrashHandler", "The details are in the log file:\n{path}").format(path=self.log_path))
        lines.append(QCoreApplication.translate("CrashHandler", "You can go on working; saving now is a good idea."))
        return "\n\n".join(lines)

    def _keep_work(self) -> bool:
        try:
            return self.window.files.is_open and self.window.files.is_modified() and self.window.recovery.save_now()
        except Exception:  # the handler itself must never fail
            log.exception("the recovery copy could not be written")
            return False

    def _handle_thread(self, hook: threading.ExceptHookArgs) -> None:
        log.error("uncaught exception in thread %s", hook.thread.name if hook.thread else "?",
                  exc_info=(hook.exc_type, hook.exc_value, hook.exc_traceback))
