"""An editable blueprint that tells its listeners about every change (no Qt).

Every edit of the desktop program goes through one of :class:`Document`'s methods; each
keeps the cross-references valid (a flow's ends exist, a step's lane exists, ids are
unique, a suppression names an element that exists) and then notifies the listeners with
a :class:`Change`. A removal that would leave something pointing at nothing is refused;
:meth:`Document.detach_references` first takes along what points at the elements about to
go (and gives back what :meth:`Document.reattach_references` needs to put it back), so a
delete is one undoable whole and a saved file always opens again. Undo commands call these
methods only; the canvas and the docks listen and redraw. The document never decides what
is undoable: it offers the inverse information (old values, removed element and its index)
that a command needs to revert itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Callable

from pydantic import TypeAdapter, ValidationError

from blueprint.model.base import Coordinate
from blueprint.model.blueprint import Blueprint, Flow, Lane, Step
from blueprint.model.concept import ServiceConcept


class ChangeKind(StrEnum):
    """What sort of change happened."""

    STEP_ADDED = "step-added"
    STEP_REMOVED = "step-removed"
    STEP_CHANGED = "step-changed"
    FLOW_ADDED = "flow-added"
    FLOW_REMOVED = "flow-removed"
    FLOW_CHANGED = "flow-changed"
    LANE_ADDED = "lane-added"
    LANE_REMOVED = "lane-removed"
    LANE_CHANGED = "lane-changed"
    LANES_REORDERED = "lanes-reordered"
    BLUEPRINT_CHANGED = "blueprint-changed"  # title, customer, facts, needs, suppressions...
    CONCEPT_CHANGED = "concept-changed"
    RESET = "reset"  # a whole new blueprint


@dataclass(frozen=True, slots=True)
class Change:
    """One change: its kind, the element it concerns, and which fields changed.

    A batch (:meth:`Document.batch`) announces all its changes of one kind as one Change:
    ``element_ids`` then names every element concerned and ``fields`` is the union of the
    fields changed; :attr:`ids` reads both forms alike.
    """

    kind: ChangeKind
    element_id: str = ""
    fields: frozenset[str] = frozenset()
    element_ids: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        """Every element this change concerns (empty for the blueprint, concept and reset)."""
        if self.element_ids:
            return self.element_ids
        return (self.element_id,) if self.element_id else ()


Listener = Callable[[Change], None]


@dataclass(slots=True)
class Detached:
    """What :meth:`Document.detach_references` changed, to be put back on undo.

    ``blueprint_fields`` holds the old values of document fields (the suppressions list,
    the organisations); ``step_fields`` the old fields of steps that pointed at a removed
    element (a support item's ``supports``); ``concept`` the old concept when a commitment
    named a removed step.
    """

    blueprint_fields: dict[str, Any] = field(default_factory=dict)
    step_fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    concept: ServiceConcept | None = None


class EditError(ValueError):
    """An edit that would break the document (unknown id, duplicate id, step still wired)."""


class Document:
    """A blueprint being edited, with an index by id and change notifications."""

    def __init__(self, blueprint: Blueprint | None = None):
        self._listeners: list[Listener] = []
        self.revision = 0
        self._reverts: list[Callable[[], object]] | None = None  # inside a batch: how to go back
        self._pending: dict[ChangeKind, tuple[dict[str, None], set[str]]] | None = None
        self.id_tag = ""
        """Put into every new id after the prefix: in a live session each person's own tag, so
        two people adding a step at the same moment never pick the same id."""
        self._reset_state(blueprint or Blueprint())

    # ------------------------------------------------------------ listening

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(change)`` after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def _emit(self, kind: ChangeKind, element_id: str = "", fields: frozenset[str] = frozenset()) -> None:
        self.revision += 1
        if self._pending is not None:
            ids, all_fields = self._pending.setdefault(kind, ({}, set()))
            if element_id:
                ids[element_id] = None
            all_fields.update(fields)
            return
        self._announce(Change(kind, element_id, fields))

    def _emit_each(self, kind: ChangeKind, element_ids: list[str]) -> None:
        """:meth:`_emit` for each of many elements; inside a batch in one step."""
        if self._pending is None:
            for element_id in element_ids:
                self._emit(kind, element_id)
            return
        self.revision += len(element_ids)
        ids, _ = self._pending.setdefault(kind, ({}, set()))
        ids.update(dict.fromkeys(element_ids))

    def _announce(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _undoable(self, revert: Callable[[], object]) -> None:
        """Inside a batch, remember how to take the edit just made back."""
        if self._reverts is not None:
            self._reverts.append(revert)

    def snapshot(self) -> Blueprint:
        """A copy of the blueprint that later edits never touch: for reading it on another
        thread (the live check) while editing goes on.

        Cheap: steps and flows are never changed in place (an edit swaps in a changed copy),
        so the snapshot shares them and copies only the lists; lanes are copied.
        """
        blueprint = self._blueprint
        return blueprint.model_copy(update={
            "steps": list(blueprint.steps), "flows": list(blueprint.flows),
            "lanes": [lane.model_copy() for lane in blueprint.lanes]})

    # ------------------------------------------------------------ batches

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make the edits inside one whole: all of them happen, or none.

        When an exception leaves the block, the edits already made are taken back (newest
        first) and the exception goes on; listeners then hear nothing at all. When the block
        ends normally, listeners hear one :class:`Change` per kind of change, in the order the
        kinds first happened. A batch inside a batch joins the outer one.
        """
        if self._reverts is not None:
            yield
            return
        self._reverts, self._pending = [], {}
        try:
            yield
        except BaseException:
            reverts, self._reverts = self._reverts, None
            try:
                for revert in reversed(reverts):
                    revert()
            finally:
                self._pending = None
            raise
        finally:
            self._reverts = None
        pending, self._pending = self._pending, None
        for kind, (ids, fields) in pending.items():
            ordered = tuple(ids)
            if len(ordered) == 1:
                self._announce(Change(kind, ordered[0], frozenset(fields)))
            else:
                self._announce(Change(kind, "", frozenset(fields), ordered))

    # ------------------------------------------------------------ reading

    @property
    def blueprint(self) -> Blueprint:
        """The blueprint itself. Read it freely; change it only through this class."""
        return self._blueprint

    def step(self, step_id: str) -> Step:
        """The step with this id; EditError when there is none."""
        try:
            return self._steps[step_id]
        except KeyError:
            raise EditError(f"no step with id '{step_id}'") from None

    def flow(self, flow_id: str) -> Flow:
        """The flow with this id; EditError when there is none."""
        try:
            return self._flows[flow_id]
        except KeyError:
            raise EditError(f"no flow with id '{flow_id}'") from None

    def lane(self, lane_id: str) -> Lane:
        """The lane with this id; EditError when there is none."""
        for lane in self._blueprint.lanes:
            if lane.id == lane_id:
                return lane
        raise EditError(f"no lane with id '{lane_id}'")

    def has(self, element_id: str) -> bool:
        """Whether any element (step, flow, lane, need) has this id."""
        return element_id in self._steps or element_id in self._flows or element_id in self._other_ids()

    def flows_of(self, step_id: str) -> list[Flow]:
        """The flows that start or end at this step, in document order."""
        return [f for f in self._blueprint.flows if f.source == step_id or f.target == step_id]

    def steps_in_lane(self, lane_id: str) -> list[Step]:
        """The steps placed in this lane, in document order."""
        return [s for s in self._blueprint.steps if s.lane == lane_id]

    def lane_top(self, lane_id: str) -> float:
        """The y coordinate where a lane begins: the sum of the heights above it."""
        top = 0.0
        for lane in self._blueprint.lanes:
            if lane.id == lane_id:
                return top
            top += lane.height
        raise EditError(f"no lane with id '{lane_id}'")

    def new_id(self, prefix: str) -> str:
        """A fresh id such as ``step-12`` (``step-k3f.12`` with :attr:`id_tag` ``k3f.``) that no
        element uses yet."""
        taken = self._steps.keys() | self._flows.keys() | self._other_ids()
        for number in itertools.count(len(taken) + 1):
            candidate = f"{prefix}-{self.id_tag}{number}"
            if candidate not in taken:
                return candidate
        raise AssertionError("unreachable")

    def _other_ids(self) -> set[str]:
        """Ids of lanes, needs and organisations (worked out once per revision: has() is asked a lot)."""
        if self._other_ids_cache[0] != self.revision:
            blueprint = self._blueprint
            ids = ({lane.id for lane in blueprint.lanes} | {need.id for need in blueprint.needs}
                   | {organisation.id for organisation in blueprint.organisations})
            self._other_ids_cache = (self.revision, ids)
        return self._other_ids_cache[1]

    def supporters_of(self, step_id: str) -> list[Step]:
        """The steps whose ``supports`` name this step, in document order."""
        return [s for s in self._blueprint.steps if step_id in s.supports]

    # ------------------------------------------------------------ steps

    def add_step(self, step: Step, index: int | None = None) -> None:
        """Insert a step (at ``index``, else at the end); its id must be new, its lane known."""
        if self.has(step.id):
            raise EditError(f"id '{step.id}' is already used")
        self.lane(step.lane)
        steps = self._blueprint.steps
        steps.insert(len(steps) if index is None else index, step)
        self._steps[step.id] = step
        self._undoable(lambda: self.remove_step(step.id))
        self._emit(ChangeKind.STEP_ADDED, step.id)

    def remove_step(self, step_id: str) -> tuple[Step, int]:
        """Remove a step that no flow touches and no step supports; returns it and its
        index, for undo."""
        step = self.step(step_id)
        if self.flows_of(step_id):
            raise EditError(f"step '{step_id}' still has flows; remove them first")
        self._refuse_if_referenced(step_id)
        index = _position(self._blueprint.steps, step)
        del self._blueprint.steps[index]
        del self._steps[step_id]
        self._undoable(lambda: self.add_step(step, index))
        self._emit(ChangeKind.STEP_REMOVED, step_id)
        return step, index

    def update_step(self, step_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of a step; returns the old values, for undo. All or nothing."""
        step = self.step(step_id)
        if "id" in changes:
            raise EditError("a step's id cannot change")
        if "lane" in changes:
            self.lane(changes["lane"])
        for supported in changes.get("supports", ()):
            if supported == step_id:
                raise EditError("a step cannot support itself")
            self.step(supported)
        organisation = changes.get("organisation")
        if organisation is not None and organisation not in self._organisation_ids():
            raise EditError(f"no organisation with id '{organisation}'")
        changed = step.model_copy()
        old = self._assign(changed, changes)
        if old:
            self._swap(self._blueprint.steps, self._steps, self._step_at, step, changed)
            self._undoable(lambda: self.update_step(step_id, **old))
            self._emit(ChangeKind.STEP_CHANGED, step_id, frozenset(old))
        return old

    def move_steps(self, moves: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """Give many steps new places (``x``, ``y``, ``lane``) at once: a drag or a tidy.

        Returns the old values of each step (empty for one already there), for undo. Every
        value is checked before the first step moves: a bad one moves none. Faster than
        :meth:`update_step` per step: the coordinates are checked as one type, and each step
        is copied once.
        """
        lanes = {lane.id for lane in self._blueprint.lanes}
        planned = []
        for step_id, move in moves.items():
            step = self.step(step_id)
            unknown = move.keys() - _PLACE_FIELDS
            if unknown:
                raise EditError(f"a move changes x, y and lane only, not {', '.join(sorted(unknown))}")
            if "lane" in move and move["lane"] not in lanes:
                raise EditError(f"no lane with id '{move['lane']}'")
            try:
                new = {name: value if name == "lane" else _COORDINATE.validate_python(value)
                       for name, value in move.items()}
            except ValidationError as error:
                raise EditError(f"step '{step_id}' cannot go there: {error.errors()[0]['msg']}") from None
            old = {name: getattr(step, name) for name, value in new.items() if getattr(step, name) != value}
            if old:
                planned.append((step, {name: new[name] for name in old}, old))
        done: dict[str, dict[str, Any]] = {}
        self._undoable(lambda: self.move_steps(done))  # takes back as much as was done
        for step, new, old in planned:
            self._swap(self._blueprint.steps, self._steps, self._step_at, step, step.model_copy(update=new))
            done[step.id] = old
        for step_id, old in done.items():
            self._emit(ChangeKind.STEP_CHANGED, step_id, frozenset(old))
        return {step_id: done.get(step_id, {}) for step_id in moves}

    def remove_steps(self, step_ids) -> list[tuple[Step, int]]:
        """Remove several steps that no flow touches, in one pass over the document.

        Returns ``(step, index)`` pairs in document order, for :meth:`insert_steps`.
        """
        doomed = dict.fromkeys(step_ids)
        for step_id in doomed:
            self.step(step_id)
        wired = next((f for f in self._blueprint.flows if f.source in doomed or f.target in doomed), None)
        if wired is not None:
            end = wired.source if wired.source in doomed else wired.target
            raise EditError(f"step '{end}' still has flows; remove them first")
        self._refuse_if_any_referenced(doomed)
        removed = _remove_many(self._blueprint.steps, doomed)
        for step, _ in removed:
            del self._steps[step.id]
        self._undoable(lambda: self.insert_steps(removed))
        self._emit_each(ChangeKind.STEP_REMOVED, [step.id for step, _ in removed])
        return removed

    def insert_steps(self, placed) -> None:
        """Insert several steps at once: ``(step, index)`` pairs, the index each will have
        (None: at the end). Ids must be new, lanes known."""
        placed = list(placed)
        taken = self._steps.keys() | self._flows.keys() | self._other_ids()
        lanes = {lane.id for lane in self._blueprint.lanes}
        fresh: set[str] = set()
        for step, _ in placed:
            if step.id in taken or step.id in fresh:
                raise EditError(f"id '{step.id}' is already used")
            if step.lane not in lanes:
                raise EditError(f"no lane with id '{step.lane}'")
            fresh.add(step.id)
        _merge_into(self._blueprint.steps, placed)
        for step, _ in placed:
            self._steps[step.id] = step
        self._undoable(lambda: self.remove_steps([step.id for step, _ in placed]))
        self._emit_each(ChangeKind.STEP_ADDED, [step.id for step, _ in placed])

    def flows_touching(self, step_ids) -> list[Flow]:
        """The flows that start or end at any of these steps, in document order (one pass)."""
        ids = set(step_ids)
        return [f for f in self._blueprint.flows if f.source in ids or f.target in ids]

    # ------------------------------------------------------------ flows

    def add_flow(self, flow: Flow, index: int | None = None) -> None:
        """Insert a flow between two existing steps."""
        if self.has(flow.id):
            raise EditError(f"id '{flow.id}' is already used")
        self.step(flow.source)
        self.step(flow.target)
        flows = self._blueprint.flows
        flows.insert(len(flows) if index is None else index, flow)
        self._flows[flow.id] = flow
        self._undoable(lambda: self.remove_flow(flow.id))
        self._emit(ChangeKind.FLOW_ADDED, flow.id)

    def remove_flow(self, flow_id: str) -> tuple[Flow, int]:
        """Remove a flow; returns it and its index, for undo."""
        flow = self.flow(flow_id)
        self._refuse_if_referenced(flow_id)
        index = _position(self._blueprint.flows, flow)
        del self._blueprint.flows[index]
        del self._flows[flow_id]
        self._undoable(lambda: self.add_flow(flow, index))
        self._emit(ChangeKind.FLOW_REMOVED, flow_id)
        return flow, index

    def remove_flows(self, flow_ids) -> list[tuple[Flow, int]]:
        """Remove several flows in one pass; ``(flow, index)`` pairs in document order."""
        doomed = dict.fromkeys(flow_ids)
        for flow_id in doomed:
            self.flow(flow_id)
        self._refuse_if_any_referenced(doomed)
        removed = _remove_many(self._blueprint.flows, doomed)
        for flow, _ in removed:
            del self._flows[flow.id]
        self._undoable(lambda: self.insert_flows(removed))
        self._emit_each(ChangeKind.FLOW_REMOVED, [flow.id for flow, _ in removed])
        return removed

    def insert_flows(self, placed) -> None:
        """Insert several flows at once: ``(flow, index)`` pairs as in :meth:`insert_steps`;
        their ends must exist."""
        placed = list(placed)
        taken = self._steps.keys() | self._flows.keys() | self._other_ids()
        fresh: set[str] = set()
        for flow, _ in placed:
            if flow.id in taken or flow.id in fresh:
                raise EditError(f"id '{flow.id}' is already used")
            for end in (flow.source, flow.target):
                if end not in self._steps:
                    raise EditError(f"no step with id '{end}'")
            fresh.add(flow.id)
        _merge_into(self._blueprint.flows, placed)
        for flow, _ in placed:
            self._flows[flow.id] = flow
        self._undoable(lambda: self.remove_flows([flow.id for flow, _ in placed]))
        self._emit_each(ChangeKind.FLOW_ADDED, [flow.id for flow, _ in placed])

    def update_flow(self, flow_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of a flow (kind, label, ends); returns the old values."""
        flow = self.flow(flow_id)
        if "id" in changes:
            raise EditError("a flow's id cannot change")
        for end in ("source", "target"):
            if end in changes:
                self.step(changes[end])
        changed = flow.model_copy()
        old = self._assign(changed, changes)
        if old:
            self._swap(self._blueprint.flows, self._flows, self._flow_at, flow, changed)
            self._undoable(lambda: self.update_flow(flow_id, **old))
            self._emit(ChangeKind.FLOW_CHANGED, flow_id, frozenset(old))
        return old

    # ------------------------------------------------------------ lanes

    def add_lane(self, lane: Lane, index: int | None = None) -> None:
        """Insert a lane (at ``index``, else at the bottom)."""
        if self.has(lane.id):
            raise EditError(f"id '{lane.id}' is already used")
        lanes = self._blueprint.lanes
        lanes.insert(len(lanes) if index is None else index, lane)
        self._undoable(lambda: self.remove_lane(lane.id))
        self._emit(ChangeKind.LANE_ADDED, lane.id)

    def remove_lane(self, lane_id: str) -> tuple[Lane, int]:
        """Remove an empty lane (never the last one); returns it and its index."""
        lane = self.lane(lane_id)
        if self.steps_in_lane(lane_id):
            raise EditError(f"lane '{lane.title}' still holds steps; move or delete them first")
        if len(self._blueprint.lanes) == 1:
            raise EditError("a blueprint keeps at least one lane")
        self._refuse_if_referenced(lane_id)
        index = self._blueprint.lanes.index(lane)
        del self._blueprint.lanes[index]
        self._undoable(lambda: self.add_lane(lane, index))
        self._emit(ChangeKind.LANE_REMOVED, lane_id)
        return lane, index

    def update_lane(self, lane_id: str, **changes: Any) -> dict[str, Any]:
        """Change a lane's title, kind or height; returns the old values."""
        lane = self.lane(lane_id)
        if "id" in changes:
            raise EditError("a lane's id cannot change")
        old = self._assign(lane, changes)
        if old:
            self._undoable(lambda: self.update_lane(lane_id, **old))
            self._emit(ChangeKind.LANE_CHANGED, lane_id, frozenset(old))
        return old

    def move_lane(self, lane_id: str, index: int) -> int:
        """Move a lane to a new position; returns its old position, for undo."""
        lane = self.lane(lane_id)
        lanes = self._blueprint.lanes
        old_index = lanes.index(lane)
        if not 0 <= index < len(lanes):
            raise EditError(f"lane position {index} is out of range")
        if index != old_index:
            lanes.insert(index, lanes.pop(old_index))
            self._undoable(lambda: self.move_lane(lane_id, old_index))
            self._emit(ChangeKind.LANES_REORDERED, lane_id)
        return old_index

    # ------------------------------------------------------------ the whole

    def update_blueprint(self, **changes: Any) -> dict[str, Any]:
        """Change document fields (title, customer, facts, needs, suppressions...).

        Dropping a need that a step still uses is refused; dropping a need that only
        suppressions name takes those suppressions along in the same change (the returned
        old values hold both, so one undo restores both). A suppression must name an
        element that exists.
        """
        forbidden = {"steps", "flows", "lanes", "concept"} & changes.keys()
        if forbidden:
            raise EditError(f"use the dedicated methods to change {', '.join(sorted(forbidden))}")
        if "needs" in changes:
            used = {s.need for s in self._blueprint.steps if s.need}
            used |= {c.need for _, concept in self._concepts() for c in concept.commitments if c.need}
            kept = {n.id if hasattr(n, "id") else n["id"] for n in changes["needs"]}
            if used - kept:
                raise EditError(f"need '{sorted(used - kept)[0]}' is still used by a step or a commitment")
            gone = {need.id for need in self._blueprint.needs} - kept
            suppressions = changes.get("suppressions", self._blueprint.suppressions)
            if any(_suppressed_element(s) in gone for s in suppressions):
                changes = {**changes, "suppressions": [
                    s for s in suppressions if _suppressed_element(s) not in gone]}
        if "organisations" in changes:
            used = {s.organisation for s in self._blueprint.steps if s.organisation}
            kept = {o.id if hasattr(o, "id") else o["id"] for o in changes["organisations"]}
            if used - kept:
                raise EditError(f"organisation '{sorted(used - kept)[0]}' is still used by a step")
        if "suppressions" in changes:
            self._refuse_dangling_suppressions(changes["suppressions"], changes.get("needs"))
        old = self._assign(self._blueprint, changes)
        if old:
            self._undoable(lambda: self.update_blueprint(**old))
            self._emit(ChangeKind.BLUEPRINT_CHANGED, "", frozenset(old))
        return old

    # ------------------------------------------------------------ references

    def references_to(self, element_ids: Collection[str]) -> list[str]:
        """Where something points at one of these elements, in plain words (empty: nothing)."""
        ids = set(element_ids)
        references = [f"suppression of '{s.rule}' on '{s.element}'"
                      for s in self._blueprint.suppressions if s.element in ids]
        references += [f"step '{s.id}' supports it" for s in self._blueprint.steps
                       if ids & set(s.supports) and s.id not in ids]
        references += [f"a commitment of {whose} starts or ends at it"
                       for whose, concept in self._concepts()
                       if any(ids & {c.from_step, c.until_step} for c in concept.commitments)]
        return references

    def _concepts(self) -> list[tuple[str, ServiceConcept]]:
        """(whose, concept) for the blueprint's concept and each organisation's own."""
        return [("the concept", self._blueprint.concept)] + [
            (f"'{o.id}'", o.concept) for o in self._blueprint.organisations if o.concept is not None]

    def detach_references(self, element_ids: Collection[str]) -> Detached:
        """Take away whatever points at these elements (before they are removed).

        Suppressions of a removed element go: they would hide nothing. Returns what
        :meth:`reattach_references` needs to put it all back (undo).
        """
        ids = set(element_ids)
        detached = Detached()
        suppressions = self._blueprint.suppressions
        kept = [s for s in suppressions if s.element not in ids]
        if len(kept) != len(suppressions):
            detached.blueprint_fields.update(self.update_blueprint(suppressions=kept))
        for step in self._blueprint.steps:  # a support item no longer supports what goes
            if ids & set(step.supports):
                detached.step_fields[step.id] = self.update_step(
                    step.id, supports=[s for s in step.supports if s not in ids])
        self._detach_commitments(ids, detached)
        return detached

    def _detach_commitments(self, ids: set[str], detached: Detached) -> None:
        """A commitment whose time runs from or to a removed step runs from the first
        contact, or to the result, again."""
        def cleared(concept: ServiceConcept) -> ServiceConcept | None:
            if not any(ids & {c.from_step, c.until_step} for c in concept.commitments):
                return None
            return concept.model_copy(update={"commitments": [c.model_copy(update={
                "from_step": None if c.from_step in ids else c.from_step,
                "until_step": None if c.until_step in ids else c.until_step}) for c in concept.commitments]})
        concept = cleared(self._blueprint.concept)
        if concept is not None:
            detached.concept = self.set_concept(concept)
        organisations = [o.model_copy(update={"concept": cleared(o.concept)})
                         if o.concept is not None and cleared(o.concept) is not None else o
                         for o in self._blueprint.organisations]
        if organisations != self._blueprint.organisations:
            detached.blueprint_fields.update(self.update_blueprint(organisations=organisations))

    def reattach_references(self, detached: Detached) -> None:
        """Put back what :meth:`detach_references` took away (its elements exist again)."""
        for step_id, old in detached.step_fields.items():
            self.update_step(step_id, **old)
        if detached.blueprint_fields:
            self.update_blueprint(**detached.blueprint_fields)
        if detached.concept is not None:
            self.set_concept(detached.concept)

    def _refuse_if_referenced(self, element_id: str) -> None:
        references = self.references_to([element_id])
        if references:
            raise EditError(f"'{element_id}' is still referred to ({references[0]}); "
                            "detach the references first")

    def _refuse_if_any_referenced(self, element_ids: Collection[str]) -> None:
        references = self.references_to(element_ids)
        if references:
            raise EditError(f"an element being removed is still referred to ({references[0]}); "
                            "detach the references first")

    def _refuse_dangling_suppressions(self, suppressions: list[Any], needs: list[Any] | None) -> None:
        existing = self._blueprint.all_ids() - {need.id for need in self._blueprint.needs}
        need_ids = ({n.id if hasattr(n, "id") else n["id"] for n in needs} if needs is not None
                    else {need.id for need in self._blueprint.needs})
        for suppression in suppressions:
            element = _suppressed_element(suppression)
            if element not in existing and element not in need_ids:
                raise EditError(f"a suppression names '{element}', which is not in the blueprint")

    def set_concept(self, concept: ServiceConcept) -> ServiceConcept:
        """Replace the service concept; returns the old one, for undo."""
        old = self._blueprint.concept
        self._blueprint.concept = concept
        self._undoable(lambda: self.set_concept(old))
        self._emit(ChangeKind.CONCEPT_CHANGED)
        return old

    def _organisation_ids(self) -> set[str]:
        return {organisation.id for organisation in self._blueprint.organisations}

    def replace(self, blueprint: Blueprint) -> Blueprint:
        """Swap in a whole new blueprint (open, new, revert); returns the old one."""
        old = self._blueprint
        self._reset_state(blueprint)
        self._undoable(lambda: self.replace(old))
        self._emit(ChangeKind.RESET)
        return old

    def _reset_state(self, blueprint: Blueprint) -> None:
        self._blueprint = blueprint
        self._steps = {step.id: step for step in blueprint.steps}
        self._flows = {flow.id: flow for flow in blueprint.flows}
        self._other_ids_cache: tuple[int, set[str]] = (-1, set())
        self._step_at: dict[str, int] = {}  # id -> list position, a hint checked before use
        self._flow_at: dict[str, int] = {}

    @staticmethod
    def _swap(elements: list, by_id: dict, positions: dict[str, int], old: Any, new: Any) -> None:
        """Put ``new`` where ``old`` is in the list and the index (steps and flows are never
        changed in place, so a snapshot that holds ``old`` keeps it as it was)."""
        index = positions.get(old.id)
        if index is None or index >= len(elements) or elements[index] is not old:
            positions.clear()
            positions.update((element.id, i) for i, element in enumerate(elements))
            index = positions[old.id]
        elements[index] = new
        by_id[new.id] = new

    @staticmethod
    def _assign(target: Any, changes: dict[str, Any]) -> dict[str, Any]:
        """Validated assignment of several fields; on a bad value nothing is changed."""
        old: dict[str, Any] = {}
        try:
            for name, value in changes.items():
                if name not in type(target).model_fields:
                    raise EditError(f"unknown field '{name}'")
                current = getattr(target, name)
                if current == value:
                    continue
                old[name] = current
                setattr(target, name, value)
        except Exception:
            for name, value in old.items():
                setattr(target, name, value)
            raise
        return old


_PLACE_FIELDS = frozenset({"x", "y", "lane"})
_COORDINATE = TypeAdapter(Coordinate)


def _remove_many(elements: list, doomed) -> list[tuple[Any, int]]:
    """Take the elements whose id is in ``doomed`` out of the list in place (one pass);
    ``(element, index)`` pairs in list order."""
    removed, kept = [], []
    for index, element in enumerate(elements):
        if element.id in doomed:
            removed.append((element, index))
        else:
            kept.append(element)
    elements[:] = kept
    return removed


def _merge_into(elements: list, placed: list[tuple[Any, int | None]]) -> None:
    """Insert ``(element, index)`` pairs into the list in place, each landing at its index
    (None: at the end), in one pass: the inverse of :func:`_remove_many`."""
    at_end = [element for element, index in placed if index is None]
    ordered = sorted(((index, element) for element, index in placed if index is not None),
                     key=lambda pair: pair[0])
    merged: list = []
    rest = iter(elements)
    for index, element in ordered:
        while len(merged) < index:
            following = next(rest, None)
            if following is None:
                break
            merged.append(following)
        merged.append(element)
    merged.extend(rest)
    merged.extend(at_end)
    elements[:] = merged


def _position(elements: list, element: Any) -> int:
    """Where this very object is in the list (equal-looking elements do not count)."""
    return next(index for index, other in enumerate(elements) if other is element)


def _suppressed_element(suppression: Any) -> str:
    """The element a suppression names, whether a model or the dict an editor built."""
    return suppression.element if hasattr(suppression, "element") else suppression["element"]
