"""Start-up of the desktop program."""

from __future__ import annotations

import sys


def run_desktop(path: str | None = None) -> int:
    """Open the main window (on ``path`` if given) and run the event loop."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from blueprint.model import Blueprint, LoadError, load_blueprint

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    blueprint = Blueprint()
    if path:
        try:
            blueprint = load_blueprint(path)
        except LoadError as error:
            QMessageBox.warning(window, window.tr("Cannot open file"), error.describe())
    window.setWindowTitle(window.tr("{title} — Service Blueprint Designer").format(title=blueprint.title))
    window.resize(1200, 800)
    window.show()
    return app.exec()
