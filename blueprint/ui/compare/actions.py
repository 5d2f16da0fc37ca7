"""File › Compare With… and the welcome page's as-is/to-be pairs: open a comparison window.

Compare With… asks for the other blueprint. The open blueprint is the as-is unless the
chosen file's name says it is the as-is (``….as-is.….blueprint.json``) and the open one's
does not; then the open blueprint is the to-be.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from blueprint.model import Blueprint, LoadError, load_blueprint

if TYPE_CHECKING:
    from blueprint.ui.compare.window import ComparisonWindow
    from blueprint.ui.window.mainwindow import MainWindow

AS_IS_MARK = ".as-is."


def open_comparison(as_is: Blueprint, to_be: Blueprint, parent: QWidget | None = None) -> ComparisonWindow:
    """Compare two blueprints and show the comparison in a window of its own."""
    from blueprint.analysis.compare import compare
    from blueprint.ui.compare.window import ComparisonWindow

    window = ComparisonWindow(compare(as_is, to_be), parent)
    window.show()
    window.fit_heights()
    return window


class CompareActions(QObject):
    """The Compare With… action of a main window, and its welcome page's comparisons."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.windows: list[ComparisonWindow] = []
        self.compare_with = QAction(self.tr("Co&mpare With…"), self)
        self.compare_with.setStatusTip(self.tr("Compare this blueprint with another one: as-is against to-be"))
        self.compare_with.triggered.connect(self.ask)
        window.files.documentOpened.connect(lambda: self.compare_with.setEnabled(True))
        window.files.documentClosed.connect(lambda: self.compare_with.setEnabled(False))
        self.compare_with.setEnabled(window.files.is_open)
        window.welcome.comparisonChosen.connect(self.open_pair)
        window.add_file_actions([self.compare_with])

    def ask(self) -> ComparisonWindow | None:
        """Ask for the other blueprint and compare the open one with it."""
        folder = self.window.files.path.parent if self.window.files.path else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Compare with which blueprint?"), str(folder),
            self.tr("Blueprints (*.blueprint.json);;All files (*)"))
        if not name:
            return None
        return self.compare_file(name)

    def compare_file(self, path: Path | str) -> ComparisonWindow | None:
        """Compare the open blueprint with the one in ``path`` (which side: see the module)."""
        other = self._load(path)
        if other is None:
            return None
        current = self.window.document.blueprint
        own_name = self.window.files.path.name if self.window.files.path else ""
        if AS_IS_MARK in Path(path).name and AS_IS_MARK not in own_name:
            return self._show(other, current)
        return self._show(current, other)

    def open_pair(self, as_is_path: str, to_be_path: str) -> ComparisonWindow | None:
        """Compare two files (the welcome page's as-is and to-be of one example)."""
        as_is = self._load(as_is_path)
        to_be = self._load(to_be_path) if as_is is not None else None
        if to_be is None:
            return None
        return self._show(as_is, to_be)

    def _load(self, path: Path | str) -> Blueprint | None:
        try:
            return load_blueprint(path)
        except LoadError as error:
            QMessageBox.warning(self.window, self.tr("Cannot compare"), error.describe())
            return None

    def _show(self, as_is: Blueprint, to_be: Blueprint) -> ComparisonWindow:
        window = open_comparison(as_is, to_be)
        self.windows = [w for w in self.windows if _alive(w)] + [window]
        return window


def _alive(window: QWidget) -> bool:
    try:
        return window.isVisible()
    except RuntimeError:  # deleted on close
        return False
