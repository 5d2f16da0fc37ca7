"""A :class:`Document` bound to a Yjs CRDT document (pycrdt), so several people edit one blueprint.

Layout of the shared document, generic over the pydantic models' fields (a field added to a
model travels without a change here):

- ``lanes``, ``steps``, ``flows``: maps keyed by element id; each element is itself a map
  from field name to the field's JSON text. An edit writes only the fields that changed, in
  place, so two people editing different fields of one step both keep their edit. Values
  travel as JSON text because Yjs numbers come back as floats (an ``int`` must stay an int).
  A list (a step's waste kinds, the needs, the concept's conditions...) is an array of its
  items' JSON texts, edited item by item, so that what two people add to one list at the
  same time is all kept.
- ``lanes-order``, ``steps-order``, ``flows-order``: arrays of ids, the order of each list.
- ``blueprint``: the document's own fields (title, customer, needs, facts, suppressions...).
- ``concept``: the service concept's fields.
- ``history``: who did what, one JSON entry per edit.

The :class:`Document` shown to the person is a *projection* of the shared state that is
always valid, computed the same way on every peer: an order entry without an element, or a
second entry of one id, is skipped; a step whose lane was removed concurrently shows in the
first lane; a need that went away is cleared from its steps; a flow whose end was deleted
concurrently, and a suppression naming a missing element, are left out. So when A deletes a
step while B connects to it, every peer ends with the same valid document, and an undo that
brings the step back brings the flow back too.

Remote transactions are not applied inside pycrdt's observer (a transaction there is
read-only): the observer only notes what was touched, and :meth:`SharedDocument.flush`
applies it afterwards through the Document's API, so every listener (canvas, docks, live
check) updates as for a local edit. Changes made while applying are never sent back.

An update can arrive before one it builds on (the client orders the sync after a reconnect
so that this is rare, but the binding does not rely on it). pycrdt 0.14 keeps such an update
waiting, yet already shows part of it without telling the observers, tells them nothing
when the gap is filled either, and can leave part of it out for good (the edits of a step
that arrived before the step). So the binding keeps such an update and applies it again
after each later one until all of it is taken, and meanwhile each flush compares the whole
projection with the Document instead of trusting the observers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import partial
from typing import Any

from pycrdt import (
    Array,
    Doc,
    Map,
    TransactionEvent,
    UndoManager,
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    get_update,
    handle_sync_message,
    read_message,
)
from pydantic import BaseModel, ValidationError

from blueprint.model.blueprint import STANDARD_LANES, Blueprint, Flow, Lane, Step
from blueprint.model.concept import ServiceConcept
from blueprint.model.document import Change, ChangeKind, Document, EditError

ELEMENT_ROOTS: tuple[str, ...] = ("lanes", "steps", "flows")
"""The element lists, each shared as a map of elements plus an order array."""

MODELS: dict[str, type[BaseModel]] = {"lanes": Lane, "steps": Step, "flows": Flow}

BLUEPRINT_FIELDS: tuple[str, ...] = tuple(
    name for name in Blueprint.model_fields if name not in {*ELEMENT_ROOTS, "concept"})
"""The document's own fields, shared one by one in the ``blueprint`` map."""

_CHANGES: dict[ChangeKind, tuple[str, str]] = {
    ChangeKind.LANE_ADDED: ("lanes", "added"), ChangeKind.LANE_REMOVED: ("lanes", "removed"),
    ChangeKind.LANE_CHANGED: ("lanes", "changed"), ChangeKind.LANES_REORDERED: ("lanes", "moved"),
    ChangeKind.STEP_ADDED: ("steps", "added"), ChangeKind.STEP_REMOVED: ("steps", "removed"),
    ChangeKind.STEP_CHANGED: ("steps", "changed"),
    ChangeKind.FLOW_ADDED: ("flows", "added"), ChangeKind.FLOW_REMOVED: ("flows", "removed"),
    ChangeKind.FLOW_CHANGED: ("flows", "changed"),
}


def encode(value: Any) -> str:
    """A field value (as pydantic dumps it to JSON) as the text stored in the shared document."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One edit in the shared history: who made it, what it was, and whether it was an
    ``edit`` or someone's ``undo`` or ``redo`` of their own edit."""

    who: str
    what: str
    kind: str = "edit"


@dataclass(slots=True)
class _Touched:
    """What remote transactions changed since the last :meth:`SharedDocument.flush`."""

    elements: dict[str, set[str]] = field(default_factory=lambda: {root: set() for root in ELEMENT_ROOTS})
    orders: set[str] = field(default_factory=set)
    blueprint: bool = False
    concept: bool = False

    def __bool__(self) -> bool:
        return bool(self.orders or self.blueprint or self.concept or any(self.elements.values()))


@dataclass(slots=True)
class _Target:
    """The projection to reach: whole lists of ids, and the elements that must be (re)read."""

    lanes: list[Lane]
    fields: dict[str, Any]
    step_ids: list[str]
    steps: dict[str, Step]
    flow_ids: list[str]
    flows: dict[str, Flow]
    concept: ServiceConcept | None
    settled: dict[str, Step] = field(default_factory=dict)
    """Steps shown in another lane or without their need than the shared document says
    (their lane or need went away concurrently), by id."""


class SharedDocument:
    """Keeps a :class:`Document` and a pycrdt :class:`Doc` equal, in both directions.

    Local edits (through the Document's API) become transactions with this person's origin,
    which only this person's :meth:`undo` takes back. Updates from others arrive through
    :meth:`receive`; this person's own updates leave through the callbacks given to
    :meth:`on_update`. ``who`` is the name that the history shows.
    """

    def __init__(self, document: Document, who: str = "", doc: Doc | None = None):
        self.document = document
        self.doc = doc if doc is not None else Doc()
        self.who = who
        self._origin = f"edit-{self.doc.client_id}"
        self._seed_origin = f"seed-{self.doc.client_id}"
        self._settle_origin = f"settle-{self.doc.client_id}"
        self._maps = {root: self.doc.get(root, type=Map) for root in ELEMENT_ROOTS}
        self._orders = {root: self.doc.get(f"{root}-order", type=Array) for root in ELEMENT_ROOTS}
        self._fields = self.doc.get("blueprint", type=Map)
        self._concept = self.doc.get("concept", type=Map)
        self._history = self.doc.get("history", type=Array)
        self._raw_orders: dict[str, list[Any] | None] = dict.fromkeys(ELEMENT_ROOTS)
        self._touched = _Touched()
        self._waiting: list[bytes] = []
        """Received updates that pycrdt could not apply in full yet (one they build on is missing)."""
        self._reread_all = False
        self._update_callbacks: list[Callable[[bytes], None]] = []
        self._applying = self._writing = self._receiving = False
        self._edit_number = 0
        self._edit_open = False
        self._expecting_whole = self._closed = False
        self._bulk: dict[str, dict[str, Any]] | None = None
        self.undo_manager = UndoManager(
            scopes=[*self._maps.values(), *self._orders.values(), self._fields, self._concept],
            capture_timeout_millis=1, timestamp=lambda: self._edit_number * 1000)
        self.undo_manager.include_origin(self._origin)
        for root in ELEMENT_ROOTS:
            self._maps[root].observe_deep(partial(self._element_events, root))
            self._orders[root].observe_deep(partial(self._order_events, root))
        self._fields.observe_deep(partial(self._field_events, "blueprint"))
        self._concept.observe_deep(partial(self._field_events, "concept"))
        self.doc.observe(self._transaction_done)
        document.id_tag = _id_tag(self.doc.client_id)
        document.subscribe(self._on_change)

    def close(self) -> None:
        """Stop following the document (leaving a session): nothing more is applied to it."""
        self.document.unsubscribe(self._on_change)
        self.document.id_tag = ""
        self._closed = True

    # ------------------------------------------------------------ the wire

    def on_update(self, callback: Callable[[bytes], None]) -> None:
        """Call ``callback(update)`` with every update made here (to send to the others)."""
        self._update_callbacks.append(callback)

    def receive(self, update: bytes) -> None:
        """Apply an update from someone else, then bring the Document up to date."""
        self._receiving = True
        try:
            self._integrate(update)
        finally:
            self._receiving = False
        self.flush()

    def _integrate(self, update: bytes) -> None:
        """Apply an update from someone else; one that came before an update it builds on is
        kept and applied again after each later update until pycrdt has taken all of it."""
        if update == b"\x00\x00":  # nothing in it
            return
        gap_before = bool(self._waiting)
        self.doc.apply_update(update)
        self._waiting = self._not_taken([*self._waiting, update])
        while gap_before and self._waiting:
            state = self.doc.get_state()
            for waiting in self._waiting:
                self.doc.apply_update(waiting)
            self._waiting = self._not_taken(self._waiting)
            if self.doc.get_state() == state:
                break
        if gap_before or self._waiting:
            self._reread_all = True

    def _not_taken(self, updates: list[bytes]) -> list[bytes]:
        """The updates of which the shared document still lacks an item (deletions aside)."""
        state = self.doc.get_state()
        return [update for update in updates if get_update(update, state)[:1] != b"\x00"]

    def sync_request(self) -> bytes:
        """The first message to a relay after connecting: what this document already has
        (the relay answers with what it lacks, and asks for what it misses: offline edits)."""
        return create_sync_message(self.doc)

    def handle_message(self, message: bytes) -> bytes | None:
        """Apply a sync message from a relay; returns the reply to send, if any.

        Raises ValueError on a message that is not a Yjs sync message (the caller drops it).
        """
        if len(message) < 2 or message[0] != YMessageType.SYNC:
            raise ValueError("not a sync message")
        self._receiving = True
        try:
            if message[1] in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
                self._integrate(read_message(message[2:]))
                reply = None
            else:
                reply = handle_sync_message(message[1:], self.doc)
        except Exception as error:  # a malformed update: pycrdt raises several kinds
            raise ValueError(f"malformed sync message: {error}") from error
        finally:
            self._receiving = False
        self.flush()
        return reply

    @staticmethod
    def update_message(update: bytes) -> bytes:
        """An update made here, wrapped as the message a relay forwards."""
        return create_update_message(update)

    def _transaction_done(self, event: TransactionEvent) -> None:
        if not self._receiving and self._update_callbacks:
            update = event.update
            for callback in list(self._update_callbacks):
                callback(update)

    # ------------------------------------------------------------ starting

    def seed(self) -> None:
        """Write the whole Document into the (empty) shared document: the one who shares does this.

        The session starts with nothing to undo."""
        with self._transaction(self._seed_origin):
            self._write_everything()
        self.undo_manager.clear()

    def adopt(self) -> None:
        """Show the shared document: replace the Document by its projection (the one who joins)."""
        self._touched = _Touched()
        self._applying = True
        try:
            self._show_whole()
        finally:
            self._applying = False

    @property
    def applying(self) -> bool:
        """Whether the Document is being changed to follow the others (not by this person)."""
        return self._applying

    @property
    def is_empty(self) -> bool:
        """Whether nobody has seeded the shared document yet."""
        return len(self._orders["lanes"]) == 0 and len(self._fields) == 0

    # ------------------------------------------------------------ undo and history

    @contextmanager
    def edit(self, what: str) -> Iterator[None]:
        """Make the Document edits inside one transaction: one undo step, one history entry."""
        if self._edit_open:
            yield
            return
        self._edit_number += 1
        self._edit_open = True
        try:
            with self._transaction(self._origin):
                yield
                self._history.append(encode({"who": self.who, "what": what, "kind": "edit"}))
        finally:
            self._edit_open = False

    def can_undo(self) -> bool:
        """Whether this person has an edit to undo."""
        return self.undo_manager.can_undo()

    def can_redo(self) -> bool:
        """Whether this person has an undone edit to redo."""
        return self.undo_manager.can_redo()

    def undo(self) -> bool:
        """Take back this person's last edit (never someone else's)."""
        return self._undo_or_redo(self.undo_manager.undo, "undo")

    def redo(self) -> bool:
        """Make this person's last undone edit again."""
        return self._undo_or_redo(self.undo_manager.redo, "redo")

    def _undo_or_redo(self, action: Callable[[], bool], kind: str) -> bool:
        self._edit_number += 1
        done = action()
        if done:
            self._history.append(encode({"who": self.who, "what": "", "kind": kind}))
        self.flush()
        return done

    def on_history(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` when the history grows (from inside a transaction: it must not
        edit; schedule the work instead)."""
        self._history.observe(lambda _event: callback())

    def history(self) -> list[HistoryEntry]:
        """Every edit of the session so far, oldest first: who did what."""
        entries = []
        for text in self._history:
            try:
                entry = json.loads(text)
                kind = entry.get("kind", "edit")
                entries.append(HistoryEntry(str(entry["who"]), str(entry["what"]),
                                            kind if kind in ("edit", "undo", "redo") else "edit"))
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
        return entries

    # ------------------------------------------------------------ local edits -> shared

    @contextmanager
    def _transaction(self, origin: str) -> Iterator[None]:
        was_writing, self._writing = self._writing, True
        try:
            with self.doc.transaction(origin=origin):
                yield
        finally:
            self._writing = was_writing
            self._raw_orders = dict.fromkeys(ELEMENT_ROOTS)

    def _on_change(self, change: Change) -> None:
        if self._applying:
            return
        if self._writing:
            self._write_change(change)
            return
        self._edit_number += 1
        with self._transaction(self._origin):
            self._write_change(change)

    def _write_change(self, change: Change) -> None:
        if change.kind is ChangeKind.RESET:
            self._write_everything()
        elif change.kind is ChangeKind.BLUEPRINT_CHANGED:
            dumped = self.document.blueprint.model_dump(mode="json", include=set(change.fields))
            for name, value in dumped.items():
                _write_field(self._fields, name, value)
        elif change.kind is ChangeKind.CONCEPT_CHANGED:
            self._write_concept()
        else:  # a batch names several elements at once (Change.ids): each is written
            root, what = _CHANGES[change.kind]
            for element_id in change.ids:
                self._write_element_change(root, what, element_id, change.fields)

    def _write_element_change(self, root: str, what: str, element_id: str, fields: frozenset[str]) -> None:
        if what != "removed" and not self.document.has(element_id):
            return  # added and removed again inside one batch: its removal is announced too
        if what == "removed":
            self._maps[root].pop(element_id, None)
            self._unplace(root, element_id)
        elif what == "moved":
            self._unplace(root, element_id)
            self._place(root, element_id)
        elif what == "added" or not isinstance(self._maps[root].get(element_id), Map):
            self._write_element(root, self._element(root, element_id))
            self._unplace(root, element_id)
            self._place(root, element_id)
        else:
            element = self._element(root, element_id)
            shared = self._maps[root][element_id]
            for name, value in element.model_dump(mode="json", include=set(fields)).items():
                _write_field(shared, name, value)

    def _element(self, root: str, element_id: str) -> BaseModel:
        getter = {"lanes": self.document.lane, "steps": self.document.step, "flows": self.document.flow}
        return getter[root](element_id)

    def _write_element(self, root: str, element: BaseModel) -> None:
        data = element.model_dump(mode="json")
        self._maps[root][data.pop("id")] = Map({name: _shared(value) for name, value in data.items()})

    def _write_concept(self) -> None:
        for name, value in self.document.blueprint.concept.model_dump(mode="json").items():
            _write_field(self._concept, name, value)

    def _write_everything(self) -> None:
        for shared in (*self._maps.values(), self._fields, self._concept):
            shared.clear()
        for order in self._orders.values():
            order.clear()
        blueprint = self.document.blueprint
        for root in ELEMENT_ROOTS:
            elements = getattr(blueprint, root)
            for element in elements:
                self._write_element(root, element)
            self._orders[root].extend([element.id for element in elements])
        for name, value in blueprint.model_dump(mode="json", include=set(BLUEPRINT_FIELDS)).items():
            self._fields[name] = _shared(value)
        self._write_concept()

    def _raw_order(self, root: str) -> list[Any]:
        raw = self._raw_orders[root]
        if raw is None:
            raw = self._raw_orders[root] = _read(self._orders[root], list)
        return raw

    def _unplace(self, root: str, element_id: str) -> None:
        raw = self._raw_order(root)
        positions = [index for index, item in enumerate(raw) if item == element_id]
        for position in reversed(positions):
            del self._orders[root][position]
            del raw[position]

    def _place(self, root: str, element_id: str) -> None:
        """Insert the id into the order array right after the element before it in the Document."""
        elements = getattr(self.document.blueprint, root)
        index = next(i for i, element in enumerate(elements) if element.id == element_id)
        raw = self._raw_order(root)
        position = raw.index(elements[index - 1].id) + 1 if index > 0 else 0
        self._orders[root].insert(position, element_id)
        raw.insert(position, element_id)

    # ------------------------------------------------------------ shared -> Document

    def _element_events(self, root: str, events: list[Any]) -> None:
        if self._writing:
            return
        touched = self._touched.elements[root]
        for event in events:
            if event.path:
                touched.add(str(event.path[0]))
            else:
                touched.update(str(key) for key in event.keys)

    def _order_events(self, root: str, events: list[Any]) -> None:
        self._raw_orders[root] = None
        if not self._writing:
            self._touched.orders.add(root)

    def _field_events(self, which: str, events: list[Any]) -> None:
        if not self._writing:
            setattr(self._touched, which, True)

    def flush(self) -> None:
        """Bring the Document up to date with what others changed (outside any transaction)."""
        touched, self._touched = self._touched, _Touched()
        whole, self._reread_all = self._reread_all, False
        if not (touched or whole) or self._closed:
            return
        self._applying = True
        try:
            if self._expecting_whole and not self.is_empty:
                self._expecting_whole = False
                self._show_whole()
                return
            if not whole and self._apply_fields_only(touched):
                return
            target = self._whole_target() if whole else self._target(touched)
            try:
                self._apply(target)
                consistent = self._orders_agree(target)
            except (EditError, ValidationError):
                consistent = False
            if consistent:
                self._settle(target)
            else:
                self._show_whole()
        finally:
            self._applying = False

    def expect_whole(self) -> None:
        """The next update brings the whole session (joining): show it by replacing the
        Document once, instead of element by element."""
        self._expecting_whole = True

    def _apply_fields_only(self, touched: _Touched) -> bool:
        """The common case, quickly: only fields of shown steps and flows changed (a move, a
        rename, a mark). False, having changed nothing, when it is not that case."""
        if touched.orders or touched.blueprint or touched.concept or touched.elements["lanes"]:
            return False
        document = self.document
        changes: list[tuple[Callable[..., Any], BaseModel, BaseModel]] = []
        lane_ids = {lane.id for lane in document.blueprint.lanes}
        need_ids = {need.id for need in document.blueprint.needs}
        for root, update in (("steps", document.update_step), ("flows", document.update_flow)):
            for element_id in touched.elements[root]:
                try:
                    current = self._element(root, element_id)
                except EditError:
                    return False
                wanted = self._decoded_element(root, element_id)
                if wanted is None:
                    return False
                if root == "flows" and (wanted.source, wanted.target) != (current.source, current.target):
                    return False
                if root == "steps" and (wanted.lane not in lane_ids or (wanted.need is not None
                                                                         and wanted.need not in need_ids)):
                    return False
                changes.append((partial(update, element_id), current, wanted))
        for update, current, wanted in changes:
            _update(update, current, wanted)
        return True

    def projection(self) -> Blueprint:
        """The whole valid blueprint that the shared document shows, as every peer computes it."""
        return self._blueprint(self._whole_target())

    def _show_whole(self) -> None:
        """Replace the Document by the projection (and settle the steps it had to place)."""
        target = self._whole_target()
        self.document.replace(self._blueprint(target))
        self._settle(target)

    def _settle(self, target: _Target) -> None:
        """Store where the steps show whose lane or need went away concurrently (the first
        lane, no need), so that they stay there whatever later happens to the lanes here or
        elsewhere. Every peer that sees such a step does this (the same on all, or the last
        write wins); not while an update waits for one it builds on (a step may show before
        its lane has arrived)."""
        if not target.settled or self._waiting:
            return
        steps = self._maps["steps"]
        with self._transaction(self._settle_origin):
            for step_id, step in target.settled.items():
                shared = steps.get(step_id)
                if isinstance(shared, Map):
                    _write_field(shared, "lane", step.lane)
                    _write_field(shared, "need", step.need)

    @staticmethod
    def _blueprint(target: _Target) -> Blueprint:
        return Blueprint.model_validate({
            **{name: target.fields[name] for name in BLUEPRINT_FIELDS},
            "lanes": target.lanes, "steps": [target.steps[i] for i in target.step_ids],
            "flows": [target.flows[i] for i in target.flow_ids],
            "concept": target.concept or ServiceConcept()})

    def _whole_target(self) -> _Target:
        """The projection as a target in which every element is read afresh."""
        self._bulk = {root: _read(self._maps[root], dict) for root in ELEMENT_ROOTS}
        try:
            everything = _Touched(elements={root: set(self._bulk[root]) for root in ELEMENT_ROOTS},
                                  orders=set(ELEMENT_ROOTS), blueprint=True, concept=True)
            return self._target(everything, fresh=True)
        finally:
            self._bulk = None

    def _target(self, touched: _Touched, fresh: bool = False) -> _Target:
        current = self.document.blueprint
        fields = self._decoded_fields()
        lanes = (self._target_lanes() if fresh or "lanes" in touched.orders or touched.elements["lanes"]
                 else list(current.lanes))
        lane_ids = [lane.id for lane in lanes]
        needs, seen = [], set(lane_ids)
        for need in fields["needs"]:
            if need.id not in seen:
                seen.add(need.id)
                needs.append(need)
        fields["needs"] = needs
        need_ids = {need.id for need in needs}
        reread_all = (fresh or set(lane_ids) != {lane.id for lane in current.lanes}
                      or lane_ids[0] != current.lanes[0].id  # where a step of a removed lane shows
                      or need_ids != {need.id for need in current.needs})
        shown = {step.id for step in current.steps}
        step_ids, steps = self._target_elements(
            "steps", touched.elements["steps"], shown, reread_all or "steps" in touched.orders, seen,
            reread_all=reread_all)
        settled = {}
        for step_id, step in steps.items():
            if step.lane not in lane_ids or (step.need is not None and step.need not in need_ids):
                steps[step_id] = settled[step_id] = step.model_copy(update={
                    "lane": step.lane if step.lane in lane_ids else lane_ids[0],
                    "need": step.need if step.need in need_ids else None})
        seen.update(step_ids)
        present_steps = set(step_ids)
        shown = {flow.id for flow in current.flows}
        flow_ids, flows = self._target_elements(
            "flows", touched.elements["flows"], shown,
            fresh or bool({"flows", "steps"} & touched.orders), seen, reread_all=fresh)
        kept_flows = []
        for flow_id in flow_ids:
            flow = flows.get(flow_id) or self.document.flow(flow_id)
            if flow.source in present_steps and flow.target in present_steps:
                kept_flows.append(flow_id)
            else:
                flows.pop(flow_id, None)
        seen.update(kept_flows)
        fields["suppressions"] = [s for s in fields["suppressions"] if s.element in seen]
        concept = self._decoded(ServiceConcept, _read(self._concept, dict)) if touched.concept else None
        return _Target(lanes, fields, step_ids, steps, kept_flows, flows, concept or (
            ServiceConcept() if touched.concept else None), settled)

    def _target_lanes(self) -> list[Lane]:
        ids, _ = self._visible_ids("lanes", set())
        lanes = [lane for lane in (self._decoded_element("lanes", i) for i in ids) if lane is not None]
        if not lanes:
            lane_id, kind, title, _dutch = STANDARD_LANES[1]
            lanes = [Lane(id=lane_id, title=title, kind=kind)]
        return lanes

    def _visible_ids(self, root: str, taken: set[str]) -> tuple[list[str], set[str]]:
        """The ids in the order array that have an element, each once, none taken by another list."""
        present = set(self._bulk[root] if self._bulk is not None else self._maps[root].keys())
        ids, seen = [], set()
        for item in self._raw_order(root):
            if isinstance(item, str) and item in present and item not in seen and item not in taken:
                seen.add(item)
                ids.append(item)
        return ids, seen

    def _target_elements(self, root: str, touched: set[str], shown: set[str], reorder: bool,
                         taken: set[str], reread_all: bool = False) -> tuple[list[str], dict[str, Any]]:
        """Ids in order and the re-read elements (touched or not yet shown) of one list."""
        if not reorder and not (touched - shown):
            ids = [element.id for element in getattr(self.document.blueprint, root)]
            ids = [i for i in ids if i not in touched or i in self._maps[root]]
        else:
            ids, _ = self._visible_ids(root, taken)
        reread = set(ids) if reread_all else {i for i in ids if i in touched or i not in shown}
        elements = {}
        for element_id in reread:
            element = self._decoded_element(root, element_id)
            if element is not None:
                elements[element_id] = element
        ids = [i for i in ids if i not in reread or i in elements]
        return ids, elements

    def _decoded_element(self, root: str, element_id: str) -> Any:
        if self._bulk is not None:
            texts = self._bulk[root].get(element_id)
        else:
            shared = self._maps[root].get(element_id)
            texts = _read(shared, dict) if isinstance(shared, Map) else None
        if not isinstance(texts, dict):
            return None
        return self._decoded(MODELS[root], texts, {"id": element_id})

    def _decoded_fields(self) -> dict[str, Any]:
        blueprint = self._decoded(Blueprint, _read(self._fields, dict), fields=BLUEPRINT_FIELDS) or Blueprint()
        return {name: getattr(blueprint, name) for name in BLUEPRINT_FIELDS}

    @staticmethod
    def _decoded(model: type[BaseModel], texts: dict[str, Any], fixed: dict[str, Any] | None = None,
                 fields: tuple[str, ...] | None = None) -> Any:
        """The model from a map of field names to JSON texts; a value that does not validate
        falls back to the field's default, and an element that cannot be made is None (never
        an error)."""
        allowed = set(fields if fields is not None else model.model_fields)
        data: dict[str, Any] = {}
        for name, text in texts.items():
            if name not in allowed:
                continue
            if isinstance(text, list):  # a list, item by item
                data[name] = _decoded_items(text)
            elif isinstance(text, str):
                try:
                    data[name] = json.loads(text)
                except ValueError:
                    continue
        data.update(fixed or {})
        while True:
            try:
                return model.model_validate(data)
            except ValidationError as error:
                bad = {e["loc"][0] for e in error.errors() if e["loc"]} - set(fixed or {})
                if not bad & data.keys():
                    return None
                data = {name: value for name, value in data.items() if name not in bad}

    # ------------------------------------------------------------ applying a target

    def _apply(self, target: _Target) -> None:
        document = self.document
        everything = ({lane.id for lane in target.lanes} | {need.id for need in target.fields["needs"]}
                      | set(target.step_ids) | set(target.flow_ids))
        suppressions = document.blueprint.suppressions
        if any(s.element not in everything for s in suppressions):
            document.update_blueprint(suppressions=[s for s in suppressions if s.element in everything])
        wanted_flows = set(target.flow_ids)
        for flow in list(document.blueprint.flows):
            new = target.flows.get(flow.id)
            if flow.id not in wanted_flows or (new is not None and (new.source, new.target) != (flow.source, flow.target)):
                document.remove_flow(flow.id)
        shown_lanes = {lane.id for lane in document.blueprint.lanes}
        for lane in target.lanes:
            if lane.id not in shown_lanes:
                document.add_lane(lane.model_copy())
            else:
                _update(partial(document.update_lane, lane.id), document.lane(lane.id), lane)
        self._apply_list("steps", target.step_ids, target.steps, document.add_step, document.remove_step,
                         document.update_step)
        changed = {name: value for name, value in target.fields.items()
                   if name != "suppressions" and getattr(document.blueprint, name) != value}
        if changed:
            document.update_blueprint(**changed)
        wanted_lanes = {lane.id for lane in target.lanes}
        for lane in list(document.blueprint.lanes):
            if lane.id not in wanted_lanes:
                document.remove_lane(lane.id)
        self._apply_list("flows", target.flow_ids, target.flows, document.add_flow, document.remove_flow,
                         document.update_flow)
        for index, lane in enumerate(target.lanes):
            if document.blueprint.lanes[index].id != lane.id:
                document.move_lane(lane.id, index)
        if document.blueprint.suppressions != target.fields["suppressions"]:
            document.update_blueprint(suppressions=target.fields["suppressions"])
        if target.concept is not None and target.concept != document.blueprint.concept:
            document.set_concept(target.concept)

    def _apply_list(self, root: str, ids: list[str], elements: dict[str, Any], add, remove, update) -> None:
        wanted = set(ids)
        shown = {element.id: element for element in getattr(self.document.blueprint, root)}
        for element_id in list(shown):
            if element_id not in wanted:
                remove(element_id)
                del shown[element_id]
        for index, element_id in enumerate(ids):
            element = elements.get(element_id)
            if element_id not in shown:
                add(element.model_copy(deep=True), index)
            elif element is not None:
                _update(partial(update, element_id), shown[element_id], element)

    def _orders_agree(self, target: _Target) -> bool:
        blueprint = self.document.blueprint
        return ([lane.id for lane in blueprint.lanes] == [lane.id for lane in target.lanes]
                and [step.id for step in blueprint.steps] == target.step_ids
                and [flow.id for flow in blueprint.flows] == target.flow_ids)


def _shared(value: Any) -> str | Array:
    """A field's value as the shared document keeps it: a list as an array of its items' JSON
    texts (so that items two people add to one list at the same time are both kept),
    anything else as its JSON text."""
    if isinstance(value, list):
        return Array([encode(item) for item in value])
    return encode(value)


def _write_field(shared: Map, name: str, value: Any) -> None:
    """Write a field that changed into a shared map; a list is edited in place, item by item:
    only the items removed are removed and only the items added are inserted."""
    current = shared.get(name)
    if isinstance(value, list) and isinstance(current, Array):
        _edit_items(current, [encode(item) for item in value])
    elif isinstance(value, list) or current != (text := encode(value)):
        shared[name] = _shared(value) if isinstance(value, list) else text


def _edit_items(shared: Array, texts: list[str]) -> None:
    """Make the shared array hold ``texts`` by removing and inserting only what differs."""
    current = [str(item) for item in shared]
    if current == texts:
        return
    matcher = SequenceMatcher(a=current, b=texts, autojunk=False)
    for tag, start, end, new_start, new_end in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        if end > start:
            del shared[start:end]
        for offset, text in enumerate(texts[new_start:new_end]):
            shared.insert(start + offset, text)


def _decoded_items(texts: list[Any]) -> list[Any]:
    """A list's items from their JSON texts, all of them: an item two people add at the same
    time shows twice, on every screen, until one takes it out (a list may hold an item twice
    in the Document too, so leaving one out here would set this screen apart)."""
    items = []
    for text in texts:
        if isinstance(text, str):
            try:
                items.append(json.loads(text))
            except ValueError:
                continue
    return items


def _read(shared: Map | Array, kind: type) -> Any:
    """The plain contents of a shared map or array, read in one go (pycrdt writes them as
    JSON; reading key by key costs far more); an empty ``kind`` when it is not one."""
    try:
        value = json.loads(str(shared))
    except ValueError:
        return kind()
    return value if isinstance(value, kind) else kind()


def _update(update: Callable[..., Any], current: BaseModel, wanted: BaseModel) -> None:
    """Call ``update(**fields)`` with the fields in which ``wanted`` differs from ``current``."""
    changed = {name: getattr(wanted, name) for name in type(current).model_fields
               if name != "id" and getattr(current, name) != getattr(wanted, name)}
    if changed:
        update(**changed)


def _id_tag(client_id: int) -> str:
    """A short tag for new ids, from the CRDT client id: ``k3f9.`` (ids stay readable)."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    number, tag = client_id, ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        tag += digits[digit]
    return tag + "."
