"""The program's main window as the UI tests open and close it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from blueprint.ui.files.storage import Storage
from blueprint.ui.window.mainwindow import MainWindow


def open_window(qtbot, folder: Path, size: tuple[int, int] | None = None) -> MainWindow:
    """A main window with its settings in ``folder``, shown and active (``size`` in pixels)."""
    window = MainWindow(Storage.in_folder(folder))
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def close_window(window: MainWindow) -> None:
    """Close without questions: presentation mode left, the edits counted as saved."""
    if window.presenter.active:
        window.presenter.leave()
    window.undo_stack.setClean()
    window.close()


@contextmanager
def main_window(qtbot, folder: Path, size: tuple[int, int] | None = None) -> Iterator[MainWindow]:
    """An open main window for a fixture's ``with``; closed afterwards whatever happened."""
    window = open_window(qtbot, folder, size)
    try:
        yield window
    finally:
        close_window(window)
