"""The window's own commands and its menus and toolbar.

The canvas's editing commands come from :class:`blueprint.ui.canvas.actions.EditActions`;
this module adds the window's (files, undo and redo, view, check, help) and puts both into
the File, Edit, View, Journey and Help menus and the toolbar. Standard shortcuts come
from ``QKeySequence.StandardKey`` wherever one exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from blueprint.shipped import metrics_page, rules_index
from blueprint.ui.window.help import ShortcutsDialog, add_action, show_about, show_help_page

if TYPE_CHECKING:
    from blueprint.ui.files.controller import FileController
    from blueprint.ui.window.mainwindow import MainWindow

Key = QKeySequence.StandardKey


def _action(window: "MainWindow", text: str, slot: Callable[[], object],
            keys: list[QKeySequence | QKeySequence.StandardKey | str] = (), tip: str = "") -> QAction:
    action = QAction(text, window)
    action.setShortcuts(_sequences(keys))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda *_: slot())
    return action


def _sequences(keys) -> list[QKeySequence]:
    """The platform's main binding of each standard key, and the plain keys, without repeats.

    Only a standard key's first binding is used: the others are media keys ("Open", "Save")
    or rarely known alternatives that would crowd the menus and the shortcuts list.
    """
    sequences: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    return sequences


class WindowActions:
    """The window's commands, as attributes, for menus, toolbar and tests."""

    def __init__(self, window: "MainWindow"):
        files = window.files
        self.new = _action(window, QCoreApplication.translate("MainWindow", "&New"), files.new, [Key.New],
                           QCoreApplication.translate("MainWindow", "A new blueprint with the five standard lanes"))
        self.open = _action(window, QCoreApplication.translate("MainWindow", "&Open…"), files.open, [Key.Open],
                            QCoreApplication.translate("MainWindow", "Open a blueprint file"))
        self.save = _action(window, QCoreApplication.translate("MainWindow", "&Save"), files.save, [Key.Save],
                            QCoreApplication.translate("MainWindow", "Save the blueprint"))
        self.save_as = _action(window, QCoreApplication.translate("MainWindow", "Save &As…"), files.save_as,
                               [Key.SaveAs, "Ctrl+Shift+S"],
                               QCoreApplication.translate("MainWindow", "Save the blueprint under a new name"))
        self.close = _action(window, QCoreApplication.translate("MainWindow", "&Close"), files.close_document,
                             ["Ctrl+W", Key.Close], QCoreApplication.translate(
                                 "MainWindow", "Close the blueprint and go back to the welcome page"))
        self.welcome = _action(window, QCoreApplication.translate("MainWindow", "&Welcome Page and Examples"),
                               window.show_welcome, [],
                               QCoreApplication.translate("MainWindow", "The example gallery and recent files"))
        self.quit = _action(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close,
                            [Key.Quit, "Ctrl+Q"])
        self.undo = window.undo_stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
        self.undo.setShortcuts(_sequences([Key.Undo]))
        self.redo = window.undo_stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
        self.redo.setShortcuts(_sequences([Key.Redo, "Ctrl+Shift+Z", "Ctrl+Y"]))
        self.select_all = _action(window, QCoreApplication.translate("MainWindow", "Select &All"), window.select_all,
                                  [Key.SelectAll])
        self.full_screen = _action(window, QCoreApplication.translate("MainWindow", "&Full Screen"),
                                   window.toggle_full_screen, [Key.FullScreen, "F11"],
                                   QCoreApplication.translate("MainWindow", "Fill the projector screen"))
        self.full_screen.setCheckable(True)
        self.present = _action(window, QCoreApplication.translate("MainWindow", "&Presentation Mode"),
                               window.presenter.toggle, ["F5"],
                               QCoreApplication.translate("MainWindow", "The whole journey, readable from the back "
                                                          "of the room; F shows the findings, Esc leaves"))
        self.show_findings = _action(window, QCoreApplication.translate("MainWindow", "Show Findings on the &Canvas"),
                                     window.toggle_findings_on_canvas)
        self.show_findings.setCheckable(True)
        self.show_findings.setChecked(True)
        self.check_now = _action(window, QCoreApplication.translate("MainWindow", "&Check Now"),
                                 window.live_check.run_now, ["F9"],
                                 QCoreApplication.translate("MainWindow", "Check the journey against the concept now"))
        self.shortcuts = _action(window, QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"),
                                 lambda: ShortcutsDialog(window.menuBar(), window).exec(), [Key.HelpContents])
        self.metrics_help = _action(window, QCoreApplication.translate("MainWindow", "&Metric Definitions"),
                                    lambda: show_help_page(window, metrics_page()), [],
                                    QCoreApplication.translate("MainWindow", "How every metric is measured"))
        self.rules_help = _action(window, QCoreApplication.translate("MainWindow", "&Rules"),
                                  lambda: show_help_page(window, rules_index()), [],
                                  QCoreApplication.translate("MainWindow", "Every rule of the check: what it "
                                                             "finds, why, and what to do instead"))
        self.about = _action(window, QCoreApplication.translate("MainWindow", "&About"), lambda: show_about(window))
        for action in (self.undo, self.redo):
            action.setToolTip(action.text().replace("&", ""))
            action.setIconText(action.toolTip())  # a short toolbar button; the Edit menu names the command


def build_menus(window: "MainWindow") -> None:
    """File, Edit, View, Journey and Help."""
    own, edit = window.actions, window.edit_actions
    bar = window.menuBar()
    window.menu_file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (own.new, own.open):
        add_action(window.menu_file, action)
    window.menu_recent = window.menu_file.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.menu_recent.aboutToShow.connect(window.fill_recent_menu)
    window.menu_file.addSeparator()
    for action in (own.save, own.save_as):
        add_action(window.menu_file, action)
    window.file_actions_separator = window.menu_file.addSeparator()
    for action in (own.welcome, own.close):
        add_action(window.menu_file, action)
    window.menu_file.addSeparator()
    add_action(window.menu_file, own.quit)

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    _fill(menu, [own.undo, own.redo, None, edit.cut, edit.copy, edit.paste, edit.duplicate,
                 edit.delete, None, own.select_all])

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    _fill(menu, [edit.zoom_in, edit.zoom_out, edit.zoom_fit, edit.zoom_reset, None,
                 own.present, own.full_screen, own.show_findings, None])
    for dock in window.docks():
        menu.addAction(dock.toggleViewAction())

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Journey"))
    _fill(menu, [edit.add_step, edit.add_next_step, edit.add_next_above, edit.add_next_below, edit.edit_title,
                 None, edit.mark_valuable, edit.mark_necessary, edit.mark_wasted, edit.mark_unmarked, None])
    capture = menu.addMenu(QCoreApplication.translate("MainWindow", "&Keyboard Capture"))
    _fill(capture, [edit.move_to_lane_above, edit.move_to_lane_below, edit.connect_in_order, None, *edit.minutes])
    lanes = menu.addMenu(QCoreApplication.translate("MainWindow", "&Lanes"))
    _fill(lanes, [edit.add_lane, edit.rename_lane, edit.move_lane_up, edit.move_lane_down, edit.remove_lane])
    _fill(menu, [None, edit.auto_layout, own.check_now])

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    _fill(menu, [own.shortcuts, own.metrics_help, own.rules_help, None, own.about])


def build_toolbar(window: "MainWindow") -> QToolBar:
    """The main toolbar: files, undo, adding and marking steps, zoom, check."""
    own, edit = window.actions, window.edit_actions
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    # the gallery, one click from any document
    own.welcome.setIconText(QCoreApplication.translate("MainWindow", "Examples"))
    for action in (own.new, own.open, own.welcome, own.save, None, own.undo, own.redo, None, edit.add_step,
                   edit.mark_valuable, edit.mark_necessary, edit.mark_wasted, edit.mark_unmarked, None,
                   edit.zoom_fit, edit.auto_layout, own.check_now, own.present):
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
    return toolbar


def _fill(menu: QMenu, actions: list[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            add_action(menu, action)


def fill_recent_menu(menu: QMenu, files: "FileController") -> None:
    """The Open Recent submenu: numbered recent files, then Clear the List."""
    menu.clear()
    paths = files.recent.paths()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number} {Path(path).name}")
        action.setToolTip(path)
        action.triggered.connect(lambda _=False, p=path: files.open(p))
    if paths:
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MainWindow", "Clear the List"), files.forget_recent)
    else:
        menu.addAction(QCoreApplication.translate("MainWindow", "(no recent files)")).setEnabled(False)
