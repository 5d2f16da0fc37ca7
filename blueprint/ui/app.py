"""Start-up of the desktop program: the application, the window, the file, the recovery offer.

The window shows first (a small file named on the command line is opened just before, so
the first frame shows it; a large one opens in the shown window with progress and
Cancel), and the first check, the examples' pictures and the recovery
offer follow on the next turns of the event loop, so the program appears at once. With the
environment variable ``BLUEPRINT_EXIT_AFTER_SHOW=1`` the program quits as soon as the window
has been laid out and painted once and the file is open, after printing how long each took
since Python started this module (``shown after …``, then ``opened after …``; for
``benchmarks/startup_bench.py``).
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()


OPENS_AT_ONCE_BYTES = 1_000_000
"""A file up to this size (some 2,000 steps) reads and draws in a blink: it opens before the
window shows, so the first frame already shows it. A larger one opens in the shown window,
which fills under a progress bar with Cancel."""


def _reads_at_once(path: str) -> bool:
    try:
        return os.path.getsize(path) <= OPENS_AT_ONCE_BYTES
    except OSError:
        return True  # opening says what is wrong with it


def run_desktop(path: str | None = None, verbose: bool = False) -> int:
    """Open the main window (on ``path`` if given) and run the event loop; exit status 2
    with a plain message when this system cannot show it (no display, missing libraries).

    Uncaught exceptions keep the work, go to the log file (and the terminal when
    ``verbose``) and are told in a dialog; see :mod:`blueprint.ui.base.crash`.
    """
    from blueprint.ui.base.desktop_ready import desktop_problem

    problem = desktop_problem()
    if problem:
        print(f"blueprint: {problem}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from blueprint.ui.files.storage import APPLICATION, ORGANISATION
    from blueprint.desktop_entry import DESKTOP_ENTRY_ID

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName(DESKTOP_ENTRY_ID)  # Wayland and the task bar find the icon through it
    from blueprint.ui.base.app_icon import app_icon

    app.setWindowIcon(app_icon())
    from blueprint.render.translation import install_translations

    install_translations(app)

    from blueprint.ui.window.mainwindow import MainWindow

    from blueprint.ui.base.crash import CrashHandler, configure_logging

    window = MainWindow()
    CrashHandler(window, configure_logging(window.storage.log_dir, verbose)).install()
    exit_after_show = os.environ.get("BLUEPRINT_EXIT_AFTER_SHOW") == "1"
    opens_at_once = bool(path) and _reads_at_once(path)
    opened = opens_at_once and window.files.open(path)  # the first frame shows it
    window.show()
    if exit_after_show:
        QCoreApplication.sendPostedEvents()  # the pending layout and the first paint
        print(f"shown after {time.perf_counter() - STARTED:.3f} s", flush=True)
    if path and not opens_at_once:  # a large file fills the shown window, with progress
        opened = window.files.open(path)
    if exit_after_show:
        if opened:
            QCoreApplication.sendPostedEvents()
            print(f"opened after {time.perf_counter() - STARTED:.3f} s", flush=True)
        window.recovery.shutdown()
        return 0
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()
