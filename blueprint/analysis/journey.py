"""The journey indexed once, for the check and the metrics alike.

:class:`Journey` reads every step's fields once into columns, and every flow once into
links and adjacency; the check (:class:`blueprint.check.context.CheckContext`) and the
metrics (:func:`blueprint.analysis.metrics.compute_metrics`) both read this index, so
``blueprint.check.analyse`` builds it a single time for both. Derived views (journey
starts, reachable steps, the journey order, the need each step serves) are computed at
most once, on first use, in linear time (the order sorts by ``x``).

Plain dictionaries and lists rather than a networkx graph: building them costs less than
building a DiGraph, and reachability is one breadth-first search from all starts at
once. No Qt and no networkx here. The index is a snapshot: build a new one after an edit.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass, fields
from functools import cached_property
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

from blueprint.model import Blueprint, Flow, Step, WorkingCalendar
from blueprint.model.vocabulary import (
    CONTACT_KINDS, Channel, FlowKind, LaneKind, Outcome, StepKind, Value, WasteKind,
)

IMPLICIT_NEED = None
"""The need a step serves when no step names one: the journey's single implicit need."""

Link = tuple[int, int, FlowKind]
"""A flow between two steps: (source position, target position, kind); position = index
of the step in the file."""


@dataclass(frozen=True, slots=True)
class StepColumns:
    """The step fields the check and the metrics read, one tuple per field, index =
    position of the step in the file."""

    id: tuple[str, ...]
    title: tuple[str, ...]
    lane: tuple[str, ...]
    kind: tuple[StepKind, ...]
    value: tuple[Value, ...]
    waste: tuple[list[WasteKind], ...]
    need: tuple[str | None, ...]
    channel: tuple[Channel | None, ...]
    outcome: tuple[Outcome, ...]
    emotion: tuple[int | None, ...]
    customer_minutes: tuple[float, ...]
    staff_minutes: tuple[float, ...]
    waiting_minutes: tuple[float, ...]
    x: tuple[float, ...]
    supports: tuple[list[str], ...]
    organisation: tuple[str | None, ...]
    fail_point: tuple[bool, ...]

    @classmethod
    def read(cls, steps: list[Step]) -> StepColumns:
        """Every field of every step, each step object touched once.

        A pydantic model keeps its field values in ``__dict__``; reading them from there
        with one ``itemgetter`` is about twice as fast as attribute access.
        """
        rows = list(map(_READ_STEP, map(vars, steps)))
        return cls(*zip(*rows)) if rows else cls(*([()] * len(_STEP_FIELDS)))


STAFF_LANES = frozenset({LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT})
"""Lanes where the organisation's people and systems work."""

SUPPORTING_LANES = frozenset({LaneKind.PHYSICAL_EVIDENCE, LaneKind.BACKSTAGE, LaneKind.SUPPORT})
"""Lanes whose items may support a customer moment (Bitner's columns) instead of being on the path."""

REMOTE_STAFFED_CHANNELS = frozenset({Channel.PHONE, Channel.EMAIL, Channel.LETTER})
"""Channels on which a customer step reaches the organisation's people without a frontstage
step drawn beside it."""

COLUMN_HALF_WIDTH = 100.0
"""Two cards stand in one column when their left edges are less than this apart (half a card)."""

_STEP_FIELDS = tuple(field.name for field in fields(StepColumns))
_READ_STEP = itemgetter(*_STEP_FIELDS)
_READ_FLOW = itemgetter("source", "target", "kind", "delay")


class Journey:
    """One blueprint's steps and flows, indexed once for every rule and every metric.

    Flows whose source or target is not a step are left out everywhere. ``successors``
    and ``predecessors`` follow the journey flows (every kind but ``information``);
    ``links`` keeps every flow between two steps, ``information`` included.
    """

    def __init__(self, blueprint: Blueprint):
        self.blueprint = blueprint
        self.steps: list[Step] = blueprint.steps
        self.columns = columns = StepColumns.read(blueprint.steps)
        ids = columns.id
        self.position: dict[str, int] = dict(zip(ids, range(len(ids))))
        """Step id -> its place in the file (the document order findings follow)."""
        kinds = {lane.id: lane.kind for lane in blueprint.lanes}
        self.lane_kind_at: list[LaneKind] = list(map(kinds.get, columns.lane, repeat(LaneKind.CUSTOM)))
        """The kind of each step's lane, by position (``custom`` for a lane that does not exist)."""
        self.lane_kind: dict[str, LaneKind] = dict(zip(ids, self.lane_kind_at))
        """Step id -> the kind of its lane (:attr:`lane_kind_at`)."""
        self.links: list[Link] = []
        """Every flow between two steps, in the file's order."""
        self.successors: dict[str, list[str]] = {}
        """Step id -> the steps journey flows lead on to."""
        self.predecessors: dict[str, list[str]] = {}
        """Step id -> the steps journey flows come from."""
        self.information_links: dict[str, list[str]] = {}
        """Step id -> the steps an information flow joins it to, either way (only steps with one)."""
        self.refers_on: set[str] = set()
        """Steps with a referral flow leaving them: they name where the customer goes next."""
        self.link_flows: list[Flow] = []
        """The flow behind each of :attr:`links`, in the same order."""
        self.referral_flows: list[tuple[int, int, Flow]] = []
        """(source position, target position, flow) of every referral flow between two steps."""
        self.delayed_links: list[tuple[int, int, Flow]] = []
        """(source position, target position, flow) of every journey flow (not information)
        between two steps that has time drawn on it (``delay``), in the file's order."""
        self._index_flows(blueprint.flows)

    def _index_flows(self, flows: list[Flow]) -> None:
        """One pass over the flows, each flow object touched once."""
        ids = self.columns.id
        following: list[list[str]] = [[] for _ in ids]
        preceding: list[list[str]] = [[] for _ in ids]
        at, link, information_links = self.position.get, self.links.append, self.information_links
        keep = self.link_flows.append
        information, referral = FlowKind.INFORMATION, FlowKind.REFERRAL
        for flow, (source, target, kind, delay) in zip(flows, map(_READ_FLOW, map(vars, flows))):
            source_at, target_at = at(source), at(target)
            if source_at is None or target_at is None:
                continue
            link((source_at, target_at, kind))
            keep(flow)
            if kind is information:
                information_links.setdefault(source, []).append(target)
                information_links.setdefault(target, []).append(source)
                continue
            following[source_at].append(target)
            preceding[target_at].append(source)
            if kind is referral:
                self.refers_on.add(source)
                self.referral_flows.append((source_at, target_at, flow))
            if delay is not None:
                self.delayed_links.append((source_at, target_at, flow))
        self.successors = dict(zip(ids, following))
        self.predecessors = dict(zip(ids, preceding))

    # ------------------------------------------------------------ reach

    @cached_property
    def supported(self) -> dict[str, tuple[str, ...]]:
        """Supporting item -> the steps it supports (Bitner's vertical connector).

        A step's own ``supports`` (the steps that exist); else, for an item in the
        evidence, backstage or support lane that no flow touches, the customer steps
        standing in its column (left edges less than half a card apart), or, with none
        there, the frontstage steps of that column. An item with neither is no supporter.
        """
        columns, lane_kind, position = self.columns, self.lane_kind, self.position
        supported: dict[str, tuple[str, ...]] = {}
        for step_id, wanted in compress(zip(columns.id, columns.supports), columns.supports):
            kept = tuple(s for s in wanted if s in position and s != step_id)
            if kept:
                supported[step_id] = kept
        successors, predecessors, information = self.successors, self.predecessors, self.information_links
        loose = [step_id for step_id, kind in zip(columns.id, self.lane_kind_at) if kind in SUPPORTING_LANES
                 and step_id not in supported and not successors[step_id]
                 and not predecessors[step_id] and step_id not in information]
        if not loose:
            return supported
        x = columns.x
        in_lane = {kind: sorted((x[position[step_id]], step_id) for step_id in columns.id
                                if lane_kind[step_id] is kind and step_id not in supported)
                   for kind in (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE)}
        for step_id in loose:
            left = x[position[step_id]]
            for kind in (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE):
                row = in_lane[kind]
                first = bisect_right(row, (left - COLUMN_HALF_WIDTH, "\uffff"))
                last = bisect_left(row, (left + COLUMN_HALF_WIDTH, ""))
                near = tuple(other for other_x, other in row[first:last]
                             if abs(other_x - left) < COLUMN_HALF_WIDTH)
                if near:
                    supported[step_id] = near
                    break
        return supported

    @cached_property
    def supporters_of(self) -> dict[str, list[str]]:
        """Step id -> the supporting items that serve it (only steps with one)."""
        serving: dict[str, list[str]] = {}
        for item, steps in self.supported.items():
            for step_id in steps:
                serving.setdefault(step_id, []).append(item)
        return serving

    @cached_property
    def starts(self) -> list[str]:
        """Journey starts: customer-lane steps no journey flow leads into.

        A journey without customer steps starts at every step no journey flow leads into.
        Supporting items are never starts: they are not on the customer's path.
        """
        customer, predecessors, supported = LaneKind.CUSTOMER, self.predecessors, self.supported
        candidates = [step_id for step_id, kind in self.lane_kind.items() if kind is customer]
        if supported:
            candidates = [step_id for step_id in candidates if step_id not in supported]
        if not candidates:
            candidates = [step_id for step_id in self.lane_kind if step_id not in supported]
        return [step_id for step_id in candidates if not predecessors[step_id]]

    @cached_property
    def reachable(self) -> frozenset[str]:
        """Steps reached from the journey starts, by one breadth-first search from all.

        Flows are followed forward; an ``information`` flow is followed both ways, so the
        physical evidence and records wired to a reached step count as reached too; and
        a supporting item is reached with the first step it supports.
        """
        seen = set(self.starts)
        queue = deque(self.starts)
        also = {step_id: list(linked) for step_id, linked in self.information_links.items()}
        for step_id, items in self.supporters_of.items():
            also.setdefault(step_id, []).extend(items)
        successors, add, push, pop = self.successors, seen.add, queue.append, queue.popleft
        while queue:
            current = pop()
            for neighbour in successors[current]:
                if neighbour not in seen:
                    add(neighbour)
                    push(neighbour)
            more = also.get(current)  # information links and supporting items
            if more:
                for neighbour in more:
                    if neighbour not in seen:
                        add(neighbour)
                        push(neighbour)
        return frozenset(seen)

    @cached_property
    def on_path(self) -> frozenset[str]:
        """The customer's path: reached steps that are not supporting items."""
        supported = self.supported
        return frozenset(step_id for step_id in self.reachable if step_id not in supported)

    @cached_property
    def contact_at(self) -> list[bool]:
        """Whether each step (by position) is a contact: an interaction across the line of
        interaction, worked out as ``blueprint/resources/help/metrics.md`` says.

        1. A step of kind contact, administration, escalation or notification is one.
        2. A step of kind ``action`` that is no supporting item is one when it stands in a
           frontstage lane on any channel but ``internal`` (the organisation's visible side
           of an interaction), or in the customer lane on a phone, e-mail or letter channel
           while no flow joins it to a step that is a contact by 1 or by the frontstage
           clause (then the interaction is counted once, on the organisation's side).
        """
        columns, lane_kind, supported = self.columns, self.lane_kind_at, self.supported
        action, internal = StepKind.ACTION, Channel.INTERNAL
        frontstage, customer = LaneKind.FRONTSTAGE, LaneKind.CUSTOMER
        contact = [kind in CONTACT_KINDS for kind in columns.kind]
        remote: list[int] = []
        actions = [i for i, kind in enumerate(columns.kind) if kind is action]
        for i in actions:
            if columns.id[i] in supported:
                continue
            lane, channel = lane_kind[i], columns.channel[i]
            if lane is frontstage and channel is not internal:
                contact[i] = True
            elif lane is customer and channel in REMOTE_STAFFED_CHANNELS:
                remote.append(i)
        if remote:
            joined: dict[int, list[int]] = {i: [] for i in remote}
            for source, target, _ in self.links:
                if source in joined:
                    joined[source].append(target)
                if target in joined:
                    joined[target].append(source)
            for i in remote:
                contact[i] = not any(contact[j] for j in joined[i])
        return contact

    def delay_minutes(self, calendar: WorkingCalendar) -> float:
        """The time drawn on journey flows (``delay``), in working minutes under ``calendar``."""
        return sum(flow.delay.working_minutes(calendar) for _, _, flow in self.delayed_links)

    @cached_property
    def hand_offs(self) -> list[HandOff]:
        """Every hand-off of the journey, in the file's order of the flows."""
        return _hand_offs(self)

    @cached_property
    def referrals(self) -> dict[str, bool]:
        """Referring step -> whether the referral gives the customer a way.

        A step refers when its outcome is ``referred`` or a referral flow leaves it. It
        gives a way when its own ``referral`` does (contact details, a hand-over or an
        appointment), or a referral flow leaving it does: the flow's ``referral`` gives
        one, or the flow leads to a step on the organisations' side (frontstage,
        backstage, support: the case is handed over, the customer is not left to find it).
        """
        steps, position, lane_kind, ids = self.steps, self.position, self.lane_kind_at, self.columns.id
        ways: dict[str, bool] = {}
        for source, target, flow in self.referral_flows:
            source_id = ids[source]
            way = ((flow.referral is not None and flow.referral.gives_a_way())
                   or lane_kind[target] in STAFF_LANES)
            ways[source_id] = ways.get(source_id, False) or way
        referred = Outcome.REFERRED
        for step_id in compress(ids, [outcome == referred for outcome in self.columns.outcome]):
            ways.setdefault(step_id, False)
        for step_id in ways:
            own = steps[position[step_id]].referral
            if own is not None and own.gives_a_way():
                ways[step_id] = True
        return ways

    @cached_property
    def settling_steps(self) -> list[str]:
        """Steps that settle their need: resolved, or referred with a way (:attr:`referrals`)."""
        resolved, referred, ways = Outcome.RESOLVED, Outcome.REFERRED, self.referrals
        return [step_id for step_id, outcome in zip(self.columns.id, self.columns.outcome)
                if outcome == resolved or (outcome == referred and ways.get(step_id, False))]

    @cached_property
    def settled_needs(self) -> frozenset[str | None]:
        """The needs a step settles (:attr:`settling_steps`)."""
        need_at, position = self.need_at, self.position
        return frozenset(need_at[position[step_id]] for step_id in self.settling_steps)

    @cached_property
    def path_ends(self) -> list[str]:
        """Where the customer's path stops: steps on it (physical evidence aside) that no
        journey flow leads on from to another step of the path, in document order."""
        on_path, lane_kind, evidence = self.on_path, self.lane_kind, LaneKind.PHYSICAL_EVIDENCE
        return [step_id for step_id in self.columns.id
                if step_id in on_path and lane_kind[step_id] is not evidence
                and not any(after in on_path for after in self.successors[step_id])]

    # ------------------------------------------------------------ order and needs

    @cached_property
    def order(self) -> list[int]:
        """Step positions in journey order (defined in ``blueprint/resources/help/metrics.md``).

        The steps from left to right (by ``x``): columns are time, so a flow to a column
        further left is a loop back. Steps in one column follow the flows among them (of
        every kind), the first in the file going first when several could; a loop among
        them is entered at the first step a placed step leads to, or else at the first
        step left in the file.
        """
        x = self.columns.x
        order = sorted(range(len(x)), key=x.__getitem__)  # stable: a column in file order
        in_column: dict[float, list[tuple[int, int]]] = {}
        for source, target, _ in self.links:
            if x[source] == x[target]:
                in_column.setdefault(x[source], []).append((source, target))
        column_x = [x[i] for i in order] if in_column else []
        for value, column_links in in_column.items():
            if all(source < target for source, target in column_links):
                continue  # the file order already has every flow going forward: it stays
            first, end = bisect_left(column_x, value), bisect_right(column_x, value)
            order[first:end] = _flow_order(order[first:end], column_links)
        return order

    @cached_property
    def need_at(self) -> list[str | None]:
        """The need each step serves, by position (the rule in ``blueprint/resources/help/metrics.md``).

        A step's own ``need``; else the need of the nearest step before it in journey
        order that names one; before the first such step, the first need named after it.
        When no step names a need, every step serves the single listed need if exactly one
        is listed, else the implicit need (:data:`IMPLICIT_NEED`).

        A supporting item serves the need of the first step it supports (its own
        ``need`` when it names one) and passes no need on to the steps after it.
        """
        own, order, ids = self.columns.need, self.order, self.columns.id
        supported, position = self.supported, self.position
        current = next((own[i] for i in order if own[i] is not None and ids[i] not in supported), None)
        if current is None:
            listed = self.blueprint.needs
            need = [listed[0].id if len(listed) == 1 else IMPLICIT_NEED] * len(own)
        else:
            need = [None] * len(own)
            on_path = [i for i in order if ids[i] not in supported] if supported else order
            for i in on_path:
                current = own[i] or current
                need[i] = current
        for item, steps in supported.items():
            i = position[item]
            target = steps[0]
            for _ in range(len(supported)):  # an item may support an item: follow the chain
                if target not in supported:
                    break
                target = supported[target][0]
            need[i] = own[i] or need[position[target]]
        return need

    @cached_property
    def need_of(self) -> dict[str, str | None]:
        """Step id -> the need it serves (see :attr:`need_at`)."""
        return dict(zip(self.columns.id, self.need_at))

    @cached_property
    def contacts_by_need(self) -> dict[str | None, list[str]]:
        """Need -> the contacts (:attr:`contact_at`) that serve it, in document order; the
        needs in the order of their first contact. A need without contacts is left out."""
        grouped: dict[str | None, list[str]] = {}
        for step_id, need in compress(zip(self.columns.id, self.need_at), self.contact_at):
            contacts = grouped.get(need)
            if contacts is None:
                grouped[need] = [step_id]
            else:
                contacts.append(step_id)
        return grouped


class HandOff(NamedTuple):
    """A flow that passes the work from one hand to another (``blueprint/resources/help/metrics.md``)."""

    flow: str
    source: str
    target: str
    organisations: bool  # between two organisations


def _hand_offs(journey: Journey) -> list[HandOff]:
    """The journey flows (not information) that are hand-offs: of kind hand-off, or
    between two steps on the organisations' side (no customer-lane step, no supporting
    item) that change the lane among the staff lanes, the actor (both named, differently)
    or the organisation."""
    columns, kinds, supported, steps = journey.columns, journey.lane_kind_at, journey.supported, journey.steps
    ids, lanes, organisations = columns.id, columns.lane, columns.organisation
    hand_off, information, customer = FlowKind.HAND_OFF, FlowKind.INFORMATION, LaneKind.CUSTOMER
    inside = [kind is not customer for kind in kinds]
    for item in supported:
        inside[journey.position[item]] = False
    staff = [kind in STAFF_LANES for kind in kinds]
    found: list[HandOff] = []
    for (source, target, kind), flow in zip(journey.links, journey.link_flows):
        if kind is information:
            continue
        if kind is not hand_off and not (inside[source] and inside[target]):
            continue
        between = organisations[source] != organisations[target]
        if kind is not hand_off and not between and not (
                lanes[source] != lanes[target] and staff[source] and staff[target]):
            source_actor, target_actor = steps[source].actor, steps[target].actor
            if not (source_actor and target_actor
                    and source_actor.strip().casefold() != target_actor.strip().casefold()
                    and source_actor.strip() and target_actor.strip()):
                continue
        # tuple.__new__ builds the record in C, as HandOff._make does, without a Python call
        found.append(tuple.__new__(HandOff, (flow.id, ids[source], ids[target], between)))
    return found


def journey_order(blueprint: Blueprint) -> list[Step]:
    """Every step once, in the order the journey goes through them (:attr:`Journey.order`)."""
    steps = blueprint.steps
    return [steps[i] for i in Journey(blueprint).order]


def _flow_order(steps: list[int], links: list[tuple[int, int]]) -> list[int]:
    """The steps of one column in flow order: Kahn's algorithm taking the first ready
    step in the file; when none is ready (a loop), the first step a placed step leads
    to, or else the first step left."""
    if len(links) == 1 and links[0][1] < links[0][0]:
        # one flow, against the file order (``steps`` is in file order: a letter filed
        # after the customer step that reads it): the target moves to just after its
        # source, where Kahn's algorithm puts it
        source, target = links[0]
        rest = [step for step in steps if step != target]
        after = rest.index(source) + 1
        return [*rest[:after], target, *rest[after:]]
    local = {step: index for index, step in enumerate(steps)}
    successors: list[list[int]] = [[] for _ in steps]
    waiting_for = [0] * len(steps)
    for source, target in links:
        successors[local[source]].append(local[target])
        waiting_for[local[target]] += 1
    ready = [index for index, count in enumerate(waiting_for) if count == 0]
    heapq.heapify(ready)
    reached: list[int] = []
    next_left = 0
    placed = [False] * len(steps)
    order: list[int] = []
    while len(order) < len(steps):
        if ready:
            index = heapq.heappop(ready)
        elif reached:
            index = heapq.heappop(reached)
        else:
            while placed[next_left]:
                next_left += 1
            index = next_left
        if placed[index]:
            continue
        placed[index] = True
        order.append(steps[index])
        for target in successors[index]:
            waiting_for[target] -= 1
            if not placed[target]:
                heapq.heappush(ready if waiting_for[target] == 0 else reached, target)
    return order
