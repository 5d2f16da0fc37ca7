"""Capturing a whole journey by keyboard, at the speed of talk.

A journey zigzags between the customer and the organisation, so the next step often goes
in another lane: Alt+↓ / Alt+↑ add the next step, connected, one column on, in the lane
below / above (Enter and Tab: in the same lane). Shift+Alt+↓ / ↑ move the selected steps to
the lane below / above; C connects the selected steps in journey order; the arrow keys walk
from a step to its neighbours; Alt+1 / 2 / 3 type the customer / staff / waiting minutes of
the selected step in place. Each edit is one undo step. The same keys work while a title is
being typed: the title is kept first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from blueprint.model.blueprint import Flow, Step
from blueprint.model.vocabulary import FlowKind
from blueprint.ui import commands
from blueprint.render import style

if TYPE_CHECKING:
    from blueprint.ui.canvas.view import BlueprintView

MINUTE_FIELDS = ("customer_minutes", "staff_minutes", "waiting_minutes")


class KeyboardCapture(QObject):
    """The keyboard's own edits of the canvas: zigzag capture, lane moves, connect, walk."""

    def __init__(self, view: BlueprintView):
        super().__init__(view)
        self.view = view

    @property
    def document(self):
        """The document being edited."""
        return self.view.document

    def _lane_beside(self, lane_id: str, offset: int) -> str | None:
        ids = [lane.id for lane in self.document.blueprint.lanes]
        index = ids.index(lane_id) + offset
        return ids[index] if 0 <= index < len(ids) else None

    def _selected_steps(self) -> list[Step]:
        self.view.commit_title()
        return [self.document.step(s) for s in self.view.selected_step_ids()]

    # ------------------------------------------------------------ adding

    def add_next_in_lane(self, offset: int) -> str | None:
        """After the selected step: a new step one column on, in the lane ``offset`` away
        (-1 above, +1 below), wired by a sequence flow; its title is edited at once."""
        steps = self._selected_steps()
        if not steps:
            return None
        source = max(steps, key=lambda s: (s.x, s.y))
        lane = self._lane_beside(source.lane, offset)
        if lane is None:
            return None
        editing = self.view.editing
        height = self.document.lane(lane).height
        step = Step(id=self.document.new_id("step"), title=QCoreApplication.translate("CanvasEditing", "New step"), lane=lane,
                    x=editing.free_x(lane, source.x + style.COLUMN_PITCH),
                    y=source.y if lane == source.lane else max(0.0, (height - style.CARD_HEIGHT) / 2))
        flow = Flow(id=self.document.new_id("flow"), source=source.id, target=step.id, kind=FlowKind.SEQUENCE)
        if not editing.push(commands.AddStepCommand(self.document, step, flow)):
            return None
        editing.after_adding(step.id, edit=True)
        return step.id

    # ------------------------------------------------------------ moving and connecting

    def move_to_lane(self, offset: int) -> None:
        """Move the selected steps to the lane ``offset`` away, each kept in its column."""
        moves = {}
        for step in self._selected_steps():
            lane = self._lane_beside(step.lane, offset)
            if lane is None:
                return  # one of them is at the edge: move none, as a drag would not
            height = self.document.lane(lane).height
            moves[step.id] = {"lane": lane, "y": max(0.0, (height - style.CARD_HEIGHT) / 2)}
        if moves and self.view.editing.push(commands.MoveStepsCommand(self.document, moves)):
            self.view.select_ids(list(moves), center=False)

    def connect_in_order(self) -> None:
        """Connect the selected steps one after another, left to right, by sequence flows
        (pairs already connected are left alone): one undo step."""
        steps = sorted(self._selected_steps(), key=lambda s: (s.x, s.y))
        wired = {(f.source, f.target) for f in self.document.blueprint.flows}
        pairs = [(a, b) for a, b in zip(steps, steps[1:])
                 if (a.id, b.id) not in wired and (b.id, a.id) not in wired]
        if not pairs:
            return
        stack = self.view.undo_stack
        stack.beginMacro(self.tr("Connect {n} step(s) in order").format(n=len(steps)))
        for source, target in pairs:
            flow = Flow(id=self.document.new_id("flow"), source=source.id, target=target.id)
            stack.push(commands.AddFlowCommand(self.document, flow))
        stack.endMacro()

    # ------------------------------------------------------------ walking

    def walk(self, direction: str) -> bool:
        """Select the neighbour of the selected step: ``right`` the step it leads to (else the
        nearest one to its right), ``left`` the one leading to it (else the nearest to its
        left), ``up`` / ``down`` the nearest step in the lane above / below. Whether it moved."""
        selected = self.view.selected_step_ids()
        if len(selected) != 1:
            return False
        step = self.document.step(selected[0])
        target = self._neighbour(step, direction)
        if target is None:
            return False
        self.view.select_ids([target.id], center=False)
        self.view.ensure_visible(target.id)
        return True

    def _neighbour(self, step: Step, direction: str) -> Step | None:
        document = self.document
        steps = document.blueprint.steps
        if direction in ("left", "right"):
            forward = direction == "right"
            linked = [document.step(f.target if forward else f.source) for f in document.flows_of(step.id)
                      if (f.source if forward else f.target) == step.id]
            if linked:
                return min(linked, key=lambda s: (abs(s.x - step.x), s.y))
            side = [s for s in steps if s.id != step.id and ((s.x > step.x) if forward else (s.x < step.x))]
            return min(side, key=lambda s: (abs(s.x - step.x), s.lane != step.lane), default=None)
        lane = self._lane_beside(step.lane, -1 if direction == "up" else 1)
        while lane is not None:
            in_lane = document.steps_in_lane(lane)
            if in_lane:
                return min(in_lane, key=lambda s: (abs(s.x - step.x), s.y))
            lane = self._lane_beside(lane, -1 if direction == "up" else 1)
        return None

    # ------------------------------------------------------------ minutes

    def edit_minutes(self, field: str) -> None:
        """Type the customer, staff or waiting minutes of the selected step in place."""
        steps = self._selected_steps()
        if steps:
            self.view.edit_minutes(steps[0].id, field)
