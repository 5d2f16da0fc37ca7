"""Start-up of the desktop program: the application, the window, the file, the recovery offer.

The window shows first; the first check, the examples' pictures and the recovery offer
follow on the next turns of the event loop, so the program appears at once. With the
environment variable ``BLUEPRINT_EXIT_AFTER_SHOW=1`` the program quits as soon as the window
has been laid out and painted once, after printing how long that took since Python
started this module (for ``benchmarks/startup_bench.py``).
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()


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
    if path:
        window.files.open(path)
    window.show()
    if os.environ.get("BLUEPRINT_EXIT_AFTER_SHOW") == "1":
        QCoreApplication.sendPostedEvents()  # the pending layout and the first paint
        print(f"shown after {time.perf_counter() - STARTED:.3f} s", flush=True)
        window.recovery.shutdown()
        return 0
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()
