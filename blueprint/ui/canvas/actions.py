"""The canvas's edit actions, with their shortcuts, for menus, toolbars and the context menu.

``EditActions(view, parent)`` creates every action once and attaches it to the view, so
the shortcuts work while the canvas has the keyboard focus (typing V in a dock's text
field stays a V). The main window puts the same actions into its menus and toolbar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from blueprint.model.vocabulary import FlowKind, Value
from blueprint.render import style

_CANVAS = Qt.ShortcutContext.WidgetWithChildrenShortcut


class EditActions(QObject):
    """Every canvas action as an attribute: add_step, delete, mark_wasted, zoom_fit..."""

    def __init__(self, view, parent=None):
        super().__init__(parent if parent is not None else view)
        self.view = view
        editing = view.editing
        self.add_step = self._action(self.tr("Add step"), editing.add_step, QKeySequence(Qt.Key.Key_Insert),
                                     tip=self.tr("Add a step in the current lane (or double-click in a lane)"))
        self.add_next_step = self._action(self.tr("Add next step"), editing.add_next_step,
                                          [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                                          tip=self.tr("Add a step after the selected one, connected to it"))
        capture = view.keyboard
        self.add_next_above = self._action(self.tr("Add next step in the lane above"),
                                           lambda: capture.add_next_in_lane(-1), QKeySequence("Alt+Up"))
        self.add_next_below = self._action(self.tr("Add next step in the lane below"),
                                           lambda: capture.add_next_in_lane(1), QKeySequence("Alt+Down"))
        self.move_to_lane_above = self._action(self.tr("Move to the lane above"),
                                               lambda: capture.move_to_lane(-1), QKeySequence("Shift+Alt+Up"))
        self.move_to_lane_below = self._action(self.tr("Move to the lane below"),
                                               lambda: capture.move_to_lane(1), QKeySequence("Shift+Alt+Down"))
        self.connect_in_order = self._action(self.tr("Connect in order"), capture.connect_in_order,
                                             QKeySequence("C"),
                                             tip=self.tr("Connect the selected steps one after another, left to right"))
        self.minutes = [
            self._action(self.tr("Customer minutes…"), lambda: capture.edit_minutes("customer_minutes"),
                         QKeySequence("Alt+1")),
            self._action(self.tr("Staff minutes…"), lambda: capture.edit_minutes("staff_minutes"),
                         QKeySequence("Alt+2")),
            self._action(self.tr("Waiting minutes…"), lambda: capture.edit_minutes("waiting_minutes"),
                         QKeySequence("Alt+3")),
        ]
        self.edit_title = self._action(self.tr("Edit title"), editing.edit_title, QKeySequence(Qt.Key.Key_F2))
        self.delete = self._action(self.tr("Delete"), editing.delete_selection,
                                   [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        self.cut = self._action(self.tr("Cut"), editing.cut_selection, QKeySequence(QKeySequence.StandardKey.Cut))
        self.copy = self._action(self.tr("Copy"), editing.copy_selection, QKeySequence(QKeySequence.StandardKey.Copy))
        self.paste = self._action(self.tr("Paste"), editing.paste, QKeySequence(QKeySequence.StandardKey.Paste))
        self.duplicate = self._action(self.tr("Duplicate"), editing.duplicate, QKeySequence("Ctrl+D"))
        self.mark_valuable = self._mark(Value.VALUABLE, self.tr("Mark valuable"), "V")
        self.mark_necessary = self._mark(Value.NECESSARY, self.tr("Mark necessary"), "N")
        self.mark_wasted = self._mark(Value.WASTED, self.tr("Mark wasted"), "W")
        self.mark_unmarked = self._mark(Value.UNMARKED, self.tr("Mark unmarked"), "U")
        self.add_lane = self._action(self.tr("Add lane…"), lambda: editing.add_lane())
        self.rename_lane = self._action(self.tr("Rename lane…"), lambda: editing.rename_lane())
        self.move_lane_up = self._action(self.tr("Move lane up"), lambda: editing.move_lane(-1))
        self.move_lane_down = self._action(self.tr("Move lane down"), lambda: editing.move_lane(1))
        self.remove_lane = self._action(self.tr("Remove lane…"), editing.remove_lane)
        self.zoom_in = self._action(self.tr("Zoom in"), view.zoom_in,
                                    [QKeySequence("Ctrl+="), QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.zoom_out = self._action(self.tr("Zoom out"), view.zoom_out,
                                     [QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.zoom_reset = self._action(self.tr("Actual size"), view.reset_zoom, QKeySequence("Ctrl+0"))
        self.zoom_fit = self._action(self.tr("Fit to window"), view.fit_all, QKeySequence("Ctrl+Shift+H"))
        self.auto_layout = self._action(self.tr("Tidy layout"), editing.auto_layout, QKeySequence("Ctrl+Shift+L"),
                                        tip=self.tr("Put the steps in columns by flow order, lanes kept"))
        self.flow_kinds = {kind: self._action(style.flow_style(kind).label, lambda _=False, k=kind:
                                              editing.set_flow_kind(k)) for kind in FlowKind}
        for action in (self.zoom_in, self.zoom_out, self.zoom_reset, self.zoom_fit):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        view.edit_actions = self
        view.selectedIdsChanged.connect(self._update_enabled)
        self._update_enabled(view.selected_ids())

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            unique = list({key.toString(): key for key in keys if not key.isEmpty()}.values())
            action.setShortcuts(unique)  # a key listed twice would make the shortcut ambiguous
            action.setShortcutContext(_CANVAS)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        return action

    def _mark(self, value: Value, text: str, key: str) -> QAction:
        action = self._action(text, lambda: self.view.editing.mark_selection(value), QKeySequence(key))
        action.setStatusTip(self.tr("Mark the selected steps {value} ({key})").format(
            value=style.value_style(value).label, key=key))
        return action

    def _update_enabled(self, selected: list[str]) -> None:
        steps = bool(self.view.selected_step_ids())
        for action in (self.add_next_step, self.add_next_above, self.add_next_below, self.move_to_lane_above,
                       self.move_to_lane_below, self.connect_in_order, *self.minutes,
                       self.cut, self.copy, self.duplicate,
                       self.mark_valuable, self.mark_necessary, self.mark_wasted, self.mark_unmarked):
            action.setEnabled(steps)
        self.edit_title.setEnabled(steps or bool(self.view.selected_lane_ids()))
        self.delete.setEnabled(bool(selected))
        flows = bool(self.view.selected_flow_ids())
        for action in self.flow_kinds.values():
            action.setEnabled(flows)

    def context_menu_actions(self) -> list:
        """The canvas context menu: actions, a flow-kind submenu, and None for separators."""
        kinds = QMenu(self.tr("Flow kind"), self.view)
        for action in self.flow_kinds.values():
            kinds.addAction(action)
        kinds.setEnabled(bool(self.view.selected_flow_ids()))
        return [
            self.add_step, self.add_next_step, self.add_next_above, self.add_next_below, self.edit_title, None,
            self.mark_valuable, self.mark_necessary, self.mark_wasted, self.mark_unmarked, kinds, None,
            self.cut, self.copy, self.paste, self.duplicate, self.delete, None,
            self.add_lane, self.rename_lane, self.move_lane_up, self.move_lane_down, self.remove_lane, None,
            self.auto_layout, self.zoom_fit,
        ]
