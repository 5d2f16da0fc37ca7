"""What the canvas's edit actions do: each turns one intent into one undo command.

Kept apart from the view so the view only routes input, and the actions (and W's menus)
call plain methods. Questions to the user ("remove the lane with its steps?") go through
QMessageBox / QInputDialog in plain sentences.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from blueprint.model.blueprint import Lane, Step
from blueprint.model.document import EditError
from blueprint.model.vocabulary import FlowKind, Value
from blueprint.ui import commands
from blueprint.ui.canvas import clipboard
from blueprint.render import style
from blueprint.ui.base.progress import Cancelled, LiveProgress, run_in_thread

if TYPE_CHECKING:
    from blueprint.ui.canvas.view import BlueprintView


class CanvasEditing(QObject):
    """Edits of the canvas: add, connect, delete, clipboard, mark, lanes, layout.

    ``problem(text)`` says in plain words why an edit changed nothing.
    """

    problem = Signal(str)

    def __init__(self, view: BlueprintView):
        super().__init__(view)
        self.view = view
        self._paste_round = 0

    @property
    def document(self):
        """The document being edited."""
        return self.view.document

    def push(self, command) -> bool:
        """Apply a command as one undo step; False (and ``problem``) when it changed nothing
        because it could not apply whole."""
        try:
            commands.push(self.view.undo_stack, command)
        except EditError as error:
            self.problem.emit(self.tr("Nothing was changed: {reason}").format(reason=error))
            return False
        return True

    # ------------------------------------------------------------ steps

    def add_step_at(self, lane_id: str, x: float, y: float | None = None, edit: bool = True) -> str:
        """Add a step in a lane at ``x`` (moved right to the first free spot); edit its title."""
        lane = self.document.lane(lane_id)
        room = max(0.0, lane.height - style.CARD_HEIGHT)
        y = room / 2 if y is None or lane.height <= 2 * style.CARD_HEIGHT else min(max(y, 0.0), room)
        step = Step(id=self.document.new_id("step"), title=self.tr("New step"), lane=lane_id,
                    x=self.free_x(lane_id, round(x / 10) * 10), y=y)
        if self.push(commands.AddStepCommand(self.document, step)):
            self.after_adding(step.id, edit)
        return step.id

    def add_step(self) -> str:
        """Add a step (Insert): at the pointer when it is over a lane, else one column after
        the last step of the current lane (in the first column of an empty lane)."""
        view = self.view
        pointer = view.viewport().mapFromGlobal(QCursor.pos())
        if view.viewport().rect().contains(pointer) and view.underMouse():
            scene_point = view.mapToScene(pointer)
            lane_id = view.blueprint_scene.lane_at(scene_point.y())
            if lane_id is not None:
                top = view.blueprint_scene.lane_top(lane_id)
                return self.add_step_at(lane_id, scene_point.x() - style.CARD_WIDTH / 2,
                                        scene_point.y() - top - style.CARD_HEIGHT / 2)
        lane_id = view.current_lane_id()
        last = max((s.x for s in self.document.steps_in_lane(lane_id)), default=None)
        x = style.FIRST_COLUMN_X if last is None else last + style.COLUMN_PITCH
        return self.add_step_at(lane_id, x)

    def add_next_step(self) -> str | None:
        """After the selected step: a new step to its right in its lane, wired by a sequence
        flow (Alt+↑ / Alt+↓ put it in the lane above / below: :mod:`keyboard`)."""
        return self.view.keyboard.add_next_in_lane(0)

    def after_adding(self, step_id: str, edit: bool) -> None:
        self.view.select_ids([step_id], center=False)
        self.view.ensure_visible(step_id)
        if edit:
            self.view.edit_title(step_id, fresh=True)

    def free_x(self, lane_id: str, x: float) -> float:
        """``x``, or the first spot to its right (one column at a time) where no card sits."""
        taken = [s.x for s in self.document.steps_in_lane(lane_id)]
        while any(abs(other - x) < style.CARD_WIDTH for other in taken):
            x += style.COLUMN_PITCH
        return x

    def edit_title(self) -> None:
        """Edit the title of the selected step in place, or rename the selected lane (F2)."""
        selected = self.view.selected_step_ids()
        if selected:
            self.view.edit_title(selected[0])
        elif self.view.selected_lane_ids():
            self.rename_lane()

    def delete_selection(self) -> None:
        """Delete the selected steps (with their flows) and flows: one undo step. A lane
        selected alone is removed as Remove lane does (asking first when it holds steps)."""
        steps, flows = self.view.selected_step_ids(), self.view.selected_flow_ids()
        if steps or flows:
            # Unselected first, announced once: else the selection changes once per kind of
            # element removed, each time read again by every dock (costly for thousands).
            self.view.select_ids([], center=False)
            if not self.push(commands.RemoveElementsCommand(self.document, step_ids=steps, flow_ids=flows)):
                self.view.select_ids([*steps, *flows], center=False)
        elif self.view.selected_lane_ids():
            self.remove_lane()

    def mark_selection(self, value: Value) -> None:
        """Mark every selected step with a value: one undo step."""
        steps = self.view.selected_step_ids()
        if steps:
            self.push(commands.MarkValueCommand(self.document, steps, value))

    def set_flow_kind(self, kind: FlowKind) -> None:
        """Give the selected flows a kind (sequence, hand-off, referral, information)."""
        flows = [f for f in self.view.selected_flow_ids() if self.document.flow(f).kind != kind]
        if not flows:
            return
        stack = self.view.undo_stack
        stack.beginMacro(self.tr("Make {n} flow(s) {kind}").format(n=len(flows), kind=style.flow_style(kind).label))
        for flow_id in flows:
            stack.push(commands.UpdateFlowCommand(self.document, flow_id, {"kind": kind}))
        stack.endMacro()

    # ------------------------------------------------------------ clipboard

    def copy_selection(self) -> bool:
        """Put the selected steps and the flows among them on the clipboard."""
        steps = self.view.selected_step_ids()
        if not steps:
            return False
        # As text, so Qt makes and owns the clipboard's data. A QMimeData made in Python
        # outlives the interpreter on platforms whose clipboard is a C++ static (offscreen)
        # and crashes the process at exit when Qt deletes it.
        QGuiApplication.clipboard().setText(clipboard.steps_to_json(self.document, steps))
        self._paste_round = 0
        return True

    def cut_selection(self) -> None:
        """Copy, then delete the selection."""
        if self.copy_selection():
            self.delete_selection()

    def paste(self) -> None:
        """Paste copied steps to the right of where they were copied, with new ids."""
        text = QGuiApplication.clipboard().text()
        if not text:
            return
        self._paste_round += 1
        self._paste_text(text, self._paste_round, self.tr("Paste {n} step(s)"))

    def duplicate(self) -> None:
        """Copies of the selected steps (and the flows among them), placed to their right."""
        steps = self.view.selected_step_ids()
        if steps:
            self._paste_text(clipboard.steps_to_json(self.document, steps), 1, self.tr("Duplicate {n} step(s)"))

    def _paste_text(self, text: str, rounds: int, label: str) -> None:
        try:
            steps, flows = clipboard.fresh_copies(self.document, text)
        except clipboard.NotSteps:
            return  # nothing pasteable: like pasting into a drawing program, nothing happens
        if not steps:
            return
        shift = math.ceil((clipboard.span(steps) + 40) / style.COLUMN_PITCH) * style.COLUMN_PITCH * rounds
        steps = [step.model_copy(update={"x": step.x + shift}) for step in steps]
        command = commands.PasteCommand(self.document, steps, flows, label.format(n=len(steps)))
        if not self.push(command):
            return
        self.view.select_ids([step.id for step in steps], center=False)
        self.view.ensure_visible(steps[0].id)

    # ------------------------------------------------------------ lanes

    def add_lane(self, title: str | None = None) -> str | None:
        """Add a lane below the current one; asks for its title unless given."""
        if title is None:
            title, ok = QInputDialog.getText(self.view, self.tr("Add lane"), self.tr("Title of the new lane:"))
            if not ok or not title.strip():
                return None
        lanes = self.document.blueprint.lanes
        index = [lane.id for lane in lanes].index(self.view.current_lane_id()) + 1
        lane = Lane(id=self.document.new_id("lane"), title=title.strip()[:500])
        self.push(commands.AddLaneCommand(self.document, lane, index))
        self.view.set_current_lane(lane.id)
        return lane.id

    def rename_lane(self, title: str | None = None) -> None:
        """Rename the current lane; asks for the title unless given."""
        lane = self.document.lane(self.view.current_lane_id())
        if title is None:
            title, ok = QInputDialog.getText(self.view, self.tr("Rename lane"), self.tr("New title of the lane:"),
                                             text=lane.title)
            if not ok:
                return
        title = title.strip()[:500]
        if title and title != lane.title:
            self.push(commands.UpdateLaneCommand(self.document, lane.id, {"title": title},
                                                  self.tr("Rename lane to “{title}”").format(title=title)))

    def move_lane(self, delta: int) -> None:
        """Move the current lane up (-1) or down (+1); its steps move along."""
        lane_id = self.view.current_lane_id()
        ids = [lane.id for lane in self.document.blueprint.lanes]
        index = ids.index(lane_id) + delta
        if 0 <= index < len(ids):
            self.push(commands.MoveLaneCommand(self.document, lane_id, index))

    def remove_lane(self) -> None:
        """Remove the current lane; one that holds steps only after the user agrees."""
        lane = self.document.lane(self.view.current_lane_id())
        if len(self.document.blueprint.lanes) == 1:
            QMessageBox.information(self.view, self.tr("Remove lane"),
                                    self.tr("A blueprint keeps at least one lane, so “{title}” stays.")
                                    .format(title=lane.title))
            return
        count = len(self.document.steps_in_lane(lane.id))
        if count:
            answer = QMessageBox.question(
                self.view, self.tr("Remove lane"),
                self.tr("The lane “{title}” holds {n} step(s). Remove the lane together with its steps?")
                .format(title=lane.title, n=count))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.push(commands.RemoveElementsCommand(self.document, lane_ids=[lane.id]))

    # ------------------------------------------------------------ layout

    def auto_layout(self) -> None:
        """Lay the steps out in columns by flow order, lanes kept: one undo step. The layout
        is worked out on a worker thread (with progress and Cancel when it takes long)."""
        from blueprint.analysis.layout import tidy_layout

        snapshot, snapshot_revision = self.document.snapshot(), self.document.revision
        try:
            with LiveProgress(self.view.window(), self.tr("Tidying the layout…")) as progress:
                positions, heights = run_in_thread(progress, lambda: tidy_layout(snapshot))
                progress.relabel(self.tr("Moving {n} steps…").format(n=len(positions)), cancellable=False)
                progress.step()
                if self.document.revision == snapshot_revision:
                    self.push(commands.AutoLayoutCommand(self.document, positions, lane_heights=heights))
        except Cancelled:
            return
