"""Every undoable edit of the desktop program, one small QUndoCommand per mutation.

Each command calls the :class:`blueprint.model.document.Document` API only: it never
touches a view, a scene item or a widget. The canvas and the docks redraw because they
listen to the document. A command keeps what it needs to revert itself (old values,
removed elements and their positions), as the document returns them.

A command that changes many elements applies whole or not at all: its redo and undo run
inside :meth:`Document.batch`, so a failure half-way takes back what was done and the
listeners hear one change per kind. Push commands with :func:`push`, which drops a command
that failed and raises :class:`EditError` with the reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from blueprint.model.blueprint import Flow, Lane, Step
from blueprint.model.concept import ServiceConcept
from blueprint.model.document import Detached, Document, EditError
from blueprint.model.vocabulary import Value


_VALUE_WORDS = {
    Value.VALUABLE: QT_TRANSLATE_NOOP("commands", "valuable"),
    Value.NECESSARY: QT_TRANSLATE_NOOP("commands", "necessary"),
    Value.WASTED: QT_TRANSLATE_NOOP("commands", "wasted"),
    Value.UNMARKED: QT_TRANSLATE_NOOP("commands", "unmarked"),
}
"""The value's word in "Mark 2 step(s) wasted", translated when the command is named."""


def push(stack, command: QUndoCommand) -> None:
    """Push ``command`` onto ``stack``; when it could not apply, nothing changed, nothing is
    on the stack, and EditError says why."""
    stack.push(command)
    failure = getattr(command, "failure", None)
    if failure is not None:
        raise EditError(str(failure)) from failure


class WholeCommand(QUndoCommand):
    """A command that applies whole or not at all, announced as one batch.

    Subclasses write :meth:`apply` and :meth:`revert` with the document's methods. When
    ``apply`` fails half-way, the document takes back what it did, the command keeps the
    error in ``failure`` and makes itself obsolete, so the stack drops it (see :func:`push`).
    """

    failure: Exception | None = None

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self._document = document

    def apply(self) -> None:
        """Make the change (inside a batch)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back (inside a batch)."""
        raise NotImplementedError

    def redo(self) -> None:
        self.failure = None
        try:
            with self._document.batch():
                self.apply()
        except Exception as error:  # whatever broke, the batch has put everything back
            self.failure = error
            self.setObsolete(True)

    def undo(self) -> None:
        with self._document.batch():
            self.revert()


def _copy(element):
    """A private deep copy, so the document and the command never share a mutable object."""
    return element.model_copy(deep=True)


class AddStepCommand(WholeCommand):
    """Add one step, optionally with the flow that connects it (both one undo step)."""

    def __init__(self, document: Document, step: Step, flow: Flow | None = None, parent=None):
        super().__init__(document, parent)
        self._step = _copy(step)
        self._flow = _copy(flow) if flow is not None else None
        self.setText(QCoreApplication.translate("commands", "Add step “{title}”").format(title=step.title))

    @property
    def step_id(self) -> str:
        """The id of the step this command adds."""
        return self._step.id

    def apply(self) -> None:
        self._document.add_step(_copy(self._step))
        if self._flow is not None:
            self._document.add_flow(_copy(self._flow))

    def revert(self) -> None:
        if self._flow is not None:
            self._document.remove_flow(self._flow.id)
        self._document.remove_step(self._step.id)


class RemoveElementsCommand(WholeCommand):
    """Remove steps, flows and lanes as one undo step.

    A step takes its flows along; a lane takes its steps (and their flows) along; whatever
    points at a removed element (a suppression, a support item's line to it, a commitment's
    start or end) goes too and comes back on undo. The
    caller asks the user before removing a lane that still holds steps.
    """

    def __init__(self, document: Document, step_ids=(), flow_ids=(), lane_ids=(), parent=None):
        super().__init__(document, parent)
        self._lane_ids = list(dict.fromkeys(lane_ids))
        lane_steps = [s.id for lane in self._lane_ids for s in document.steps_in_lane(lane)]
        self._step_ids = list(dict.fromkeys([*step_ids, *lane_steps]))
        touched = sorted(f.id for f in document.flows_touching(self._step_ids))
        self._flow_ids = list(dict.fromkeys([*flow_ids, *touched]))
        self._removed_flows: list[tuple[Flow, int]] = []
        self._removed_steps: list[tuple[Step, int]] = []
        self._removed_lanes: list[tuple[Lane, int]] = []
        self._detached: Detached | None = None
        self.setText(self._describe())

    def _describe(self) -> str:
        if self._lane_ids:
            return QCoreApplication.translate("commands", "Remove {n} lane(s)").format(n=len(self._lane_ids))
        if self._step_ids:
            return QCoreApplication.translate("commands", "Delete {n} step(s)").format(n=len(self._step_ids))
        return QCoreApplication.translate("commands", "Delete {n} flow(s)").format(n=len(self._flow_ids))

    def apply(self) -> None:
        document = self._document
        self._detached = document.detach_references([*self._flow_ids, *self._step_ids, *self._lane_ids])
        self._removed_flows = document.remove_flows(self._flow_ids)
        self._removed_steps = document.remove_steps(self._step_ids)
        self._removed_lanes = [document.remove_lane(lane_id) for lane_id in self._lane_ids]

    def revert(self) -> None:
        document = self._document
        for lane, index in reversed(self._removed_lanes):
            document.add_lane(lane, index)
        document.insert_steps(self._removed_steps)
        document.insert_flows(self._removed_flows)
        if self._detached is not None:
            document.reattach_references(self._detached)
            self._detached = None


class _FieldsCommand(QUndoCommand):
    """Base of the commands that change fields of one element and restore the old values."""

    def __init__(self, changes: dict[str, Any], text: str, parent=None):
        super().__init__(parent)
        self._changes = dict(changes)
        self._old: dict[str, Any] = {}
        self.setText(text)

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def redo(self) -> None:
        self._old = self._apply(self._changes)

    def undo(self) -> None:
        self._apply(self._old)


class UpdateStepCommand(_FieldsCommand):
    """Change fields of one step (title, kind, value, minutes...)."""

    def __init__(self, document: Document, step_id: str, changes: dict, text: str | None = None, parent=None):
        title = document.step(step_id).title
        text = text or QCoreApplication.translate("commands", "Edit step “{title}”").format(title=title)
        super().__init__(changes, text, parent)
        self._document = document
        self._step_id = step_id

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._document.update_step(self._step_id, **changes)


class UpdateFlowCommand(_FieldsCommand):
    """Change fields of one flow (kind, label, ends)."""

    def __init__(self, document: Document, flow_id: str, changes: dict, text: str | None = None, parent=None):
        super().__init__(changes, text or QCoreApplication.translate("commands", "Edit flow"), parent)
        self._document = document
        self._flow_id = flow_id

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._document.update_flow(self._flow_id, **changes)


class UpdateLaneCommand(_FieldsCommand):
    """Change a lane's title, kind or height."""

    def __init__(self, document: Document, lane_id: str, changes: dict, text: str | None = None, parent=None):
        title = document.lane(lane_id).title
        text = text or QCoreApplication.translate("commands", "Edit lane “{title}”").format(title=title)
        super().__init__(changes, text, parent)
        self._document = document
        self._lane_id = lane_id

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._document.update_lane(self._lane_id, **changes)


class UpdateBlueprintCommand(_FieldsCommand):
    """Change document fields: title, customer, organisation, facts, needs, suppressions."""

    def __init__(self, document: Document, changes: dict, text: str | None = None, parent=None):
        super().__init__(changes, text or QCoreApplication.translate("commands", "Edit blueprint details"), parent)
        self._document = document

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._document.update_blueprint(**changes)


class MoveStepsCommand(WholeCommand):
    """Move steps (x, y and maybe lane) as one undo step: a whole drag, or a layout."""

    def __init__(self, document: Document, moves: dict[str, dict[str, Any]], text: str | None = None, parent=None):
        super().__init__(document, parent)
        self._moves = {step_id: dict(move) for step_id, move in moves.items()}
        self._old: dict[str, dict[str, Any]] = {}
        self.setText(text or QCoreApplication.translate("commands", "Move {n} step(s)").format(n=len(self._moves)))

    def apply(self) -> None:
        self._old = self._document.move_steps(self._moves)
        if not any(self._old.values()):
            self.setObsolete(True)  # nothing moved: the stack drops the command

    def revert(self) -> None:
        self._document.move_steps({step_id: old for step_id, old in self._old.items() if old})


class MarkValueCommand(WholeCommand):
    """Mark one or many steps valuable, necessary, wasted or unmarked: one undo step."""

    def __init__(self, document: Document, step_ids, value: Value | str, parent=None):
        super().__init__(document, parent)
        self._step_ids = list(dict.fromkeys(step_ids))
        self._value = Value(value)
        self._old: dict[str, dict[str, Any]] = {}
        self.setText(QCoreApplication.translate("commands", "Mark {n} step(s) {value}").format(
            n=len(self._step_ids), value=QCoreApplication.translate("commands", _VALUE_WORDS[self._value])))

    def apply(self) -> None:
        update = self._document.update_step
        self._old = {s: update(s, value=self._value) for s in self._step_ids}
        if not any(self._old.values()):
            self.setObsolete(True)  # every step had this value already

    def revert(self) -> None:
        for step_id, old in self._old.items():
            if old:
                self._document.update_step(step_id, **old)


class AddFlowCommand(QUndoCommand):
    """Connect two steps with a flow."""

    def __init__(self, document: Document, flow: Flow, parent=None):
        super().__init__(parent)
        self._document = document
        self._flow = _copy(flow)
        self.setText(QCoreApplication.translate("commands", "Connect “{source}” to “{target}”").format(
            source=document.step(flow.source).title, target=document.step(flow.target).title))

    def redo(self) -> None:
        self._document.add_flow(_copy(self._flow))

    def undo(self) -> None:
        self._document.remove_flow(self._flow.id)


class AddLaneCommand(QUndoCommand):
    """Add a lane (at ``index``, else at the bottom)."""

    def __init__(self, document: Document, lane: Lane, index: int | None = None, parent=None):
        super().__init__(parent)
        self._document = document
        self._lane = _copy(lane)
        self._index = index
        self.setText(QCoreApplication.translate("commands", "Add lane “{title}”").format(title=lane.title))

    def redo(self) -> None:
        self._document.add_lane(_copy(self._lane), self._index)

    def undo(self) -> None:
        self._document.remove_lane(self._lane.id)


class MoveLaneCommand(QUndoCommand):
    """Move a lane up or down; its steps move along (their y is relative to the lane)."""

    def __init__(self, document: Document, lane_id: str, index: int, parent=None):
        super().__init__(parent)
        self._document = document
        self._lane_id = lane_id
        self._index = index
        self._old_index = index
        self.setText(QCoreApplication.translate("commands", "Move lane “{title}”").format(
            title=document.lane(lane_id).title))

    def redo(self) -> None:
        self._old_index = self._document.move_lane(self._lane_id, self._index)

    def undo(self) -> None:
        self._document.move_lane(self._lane_id, self._old_index)


class SetConceptCommand(QUndoCommand):
    """Replace the blueprint's service concept."""

    def __init__(self, document: Document, concept: ServiceConcept, text: str | None = None, parent=None):
        super().__init__(parent)
        self._document = document
        self._concept = _copy(concept)
        self._old: ServiceConcept | None = None
        self.setText(text or QCoreApplication.translate("commands", "Edit service concept"))

    def redo(self) -> None:
        self._old = self._document.set_concept(_copy(self._concept))

    def undo(self) -> None:
        if self._old is not None:
            self._document.set_concept(self._old)


class PasteCommand(WholeCommand):
    """Add pasted (or duplicated) steps and the flows between them as one undo step.

    The steps and flows must already carry ids that are new in the document; see
    :func:`blueprint.ui.canvas.clipboard.fresh_copies`.
    """

    def __init__(self, document: Document, steps: list[Step], flows: list[Flow] = (), text: str | None = None, parent=None):
        super().__init__(document, parent)
        self._steps = [_copy(s) for s in steps]
        self._flows = [_copy(f) for f in flows]
        self.setText(text or QCoreApplication.translate("commands", "Paste {n} step(s)").format(
            n=len(self._steps)))

    @property
    def step_ids(self) -> list[str]:
        """The ids of the steps this command adds (to select them after a paste)."""
        return [step.id for step in self._steps]

    def apply(self) -> None:
        self._document.insert_steps([(_copy(step), None) for step in self._steps])
        self._document.insert_flows([(_copy(flow), None) for flow in self._flows])

    def revert(self) -> None:
        self._document.remove_flows([flow.id for flow in self._flows])
        self._document.remove_steps([step.id for step in self._steps])


class AutoLayoutCommand(MoveStepsCommand):
    """Lay the steps out in columns by flow order, lanes kept (grown where supporting
    items stack higher than the lane): one undo step.

    ``positions`` and ``lane_heights`` (from :func:`blueprint.analysis.layout.tidy_layout`)
    may be worked out beforehand, on another thread; by default the command works them out.
    """

    def __init__(self, document: Document, positions: dict[str, dict[str, float]] | None = None,
                 parent=None, lane_heights: dict[str, float] | None = None):
        from blueprint.analysis.layout import lane_heights_for, tidy_layout

        if positions is None:
            positions, lane_heights = tidy_layout(document.blueprint)
        if lane_heights is None:
            lane_heights = lane_heights_for(document.blueprint)
        current = {step.id: step for step in document.blueprint.steps}
        moves = {
            step_id: position
            for step_id, position in positions.items()
            if (current[step_id].x, current[step_id].y) != (position["x"], position["y"])
        }
        lanes = {lane.id: lane.height for lane in document.blueprint.lanes}
        self._lane_heights = {lane_id: height for lane_id, height in lane_heights.items()
                              if lanes.get(lane_id) != height}
        self._old_heights: dict[str, dict[str, Any]] = {}
        super().__init__(document, moves, QCoreApplication.translate("commands", "Auto-layout"), parent)

    def apply(self) -> None:
        self._old_heights = {lane_id: self._document.update_lane(lane_id, height=height)
                             for lane_id, height in self._lane_heights.items()}
        super().apply()
        if any(self._old_heights.values()):
            self.setObsolete(False)  # a lane grew even when no card moved

    def revert(self) -> None:
        super().revert()
        for lane_id, old in self._old_heights.items():
            if old:
                self._document.update_lane(lane_id, **old)