"""Help: the keyboard shortcuts (read from the menus themselves), the shipped help pages
(a rule's page, the metric definitions) and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from blueprint import __version__

def _gesture(how: str, what: str) -> tuple[str, str]:
    return how, what


CANVAS_GESTURES = [
    _gesture(QT_TRANSLATE_NOOP("help", "Double-click an empty place in a lane"),
             QT_TRANSLATE_NOOP("help", "Add a step there")),
    _gesture(QT_TRANSLATE_NOOP("help", "Drag from a step's right-hand handle"),
             QT_TRANSLATE_NOOP("help", "Connect it to another step")),
    _gesture(QT_TRANSLATE_NOOP("help", "Drag a step"),
             QT_TRANSLATE_NOOP("help", "Move it (into another lane too)")),
    _gesture(QT_TRANSLATE_NOOP("help", "Drag on an empty place"),
             QT_TRANSLATE_NOOP("help", "Select several steps")),
    _gesture(QT_TRANSLATE_NOOP("help", "Click a lane's title"),
             QT_TRANSLATE_NOOP("help", "Select the lane: the inspector shows it, F2 renames it, Delete removes it")),
    _gesture(QT_TRANSLATE_NOOP("help", "Ctrl + mouse wheel"), QT_TRANSLATE_NOOP("help", "Zoom")),
    _gesture(QT_TRANSLATE_NOOP("help", "Hold Space and drag, or drag with the middle button"),
             QT_TRANSLATE_NOOP("help", "Pan")),
    _gesture(QT_TRANSLATE_NOOP("help", "Esc"), QT_TRANSLATE_NOOP("help", "Cancel a drag, or clear the selection")),
]
"""(mouse gesture, what it does) on the canvas, for the shortcuts list."""


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action that has a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {action.menu().title().replace('&', '')}")
            elif action.shortcuts() and not action.isSeparator():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append((path, action.text().replace("&", ""), keys))

    for action in menu_bar.actions():
        if action.menu() is not None:
            walk(action.menu(), action.menu().title().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the menus, and the mouse gestures of the canvas."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(menu_bar)
        gestures = [(self.tr("Canvas"), QCoreApplication.translate("help", what),
                     QCoreApplication.translate("help", how)) for how, what in CANVAS_GESTURES]
        self.table = QTableWidget(len(rows) + len(gestures), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys or mouse")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, cells in enumerate([*rows, *gestures]):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 600)


class HelpPage(QDialog):
    """A shipped help page (Markdown) in a window of its own; links to the other pages open
    in the same window, Back returns, links to the web open in the browser."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._retitle)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def page(self) -> Path:
        """The file shown now."""
        return Path(self.browser.source().toLocalFile())

    def _retitle(self, *_: object) -> None:
        heading = self.browser.document().toPlainText().strip().splitlines()
        self.setWindowTitle(heading[0] if heading else self.page().stem)


def show_help_page(parent: QWidget, path: Path) -> HelpPage | None:
    """Open a shipped help page beside the window (not modal); a message when it is missing."""
    if not path.is_file():
        QMessageBox.warning(parent, QCoreApplication.translate("help", "Help"),
                            QCoreApplication.translate("help", "The help page {path} is missing from "
                                                       "this installation.").format(path=path))
        return None
    page = HelpPage(path, parent)
    page.show()
    return page


def show_about(parent: QWidget) -> None:
    """The About box: what the program is for, in two sentences."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("help", "About Service Blueprint Designer"),
        QCoreApplication.translate(
            "help",
            "<p><b>Service Blueprint Designer</b></p>"
            "<p>Draw a customer journey as a service blueprint, mark every step valuable or "
            "wasted, and check it against the organisation's own service concept: where the "
            "promise is broken, where the customer's time and public money are wasted, and "
            "what to do instead.</p>"
            "<p>The two founding cases, the lost iPhone and the birth registration, ship as "
            "examples: open them from the welcome page.</p>"
            "<p>Version {version} · MIT licence</p>").format(version=__version__),
    )


def add_action(menu: QMenu, action: QAction) -> QAction:
    """Add an action to a menu and show its shortcut in its tooltip too."""
    menu.addAction(action)
    if action.shortcut() and action.toolTip() and "(" not in action.toolTip():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.toolTip()} ({keys})")
    action.setShortcutVisibleInContextMenu(True)
    return action


