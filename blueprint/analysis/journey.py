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
from itertools import repeat
from operator import itemgetter

from blueprint.model import Blueprint, Flow, Step
from blueprint.model.vocabulary import Channel, FlowKind, LaneKind, Outcome, StepKind, Value, WasteKind

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

    @classmethod
    def read(cls, steps: list[Step]) -> StepColumns:
        """Every field of every step, each step object touched once.

        A pydantic model keeps its field values in ``__dict__``; reading them from there
        with one ``itemgetter`` is about twice as fast as attribute access.
        """
        rows = list(map(_READ_STEP, map(vars, steps)))
        return cls(*zip(*rows)) if rows else cls(*([()] * len(_STEP_FIELDS)))


_STEP_FIELDS = tuple(field.name for field in fields(StepColumns))
_READ_STEP = itemgetter(*_STEP_FIELDS)
_READ_FLOW = itemgetter("source", "target", "kind")


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
        self.lane_kind: dict[str, LaneKind] = dict(
            zip(ids, map(kinds.get, columns.lane, repeat(LaneKind.CUSTOM))))
        """Step id -> the kind of its lane (``custom`` for a lane that does not exist)."""
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
        self._index_flows(blueprint.flows)

    def _index_flows(self, flows: list[Flow]) -> None:
        """One pass over the flows, each flow object touched once."""
        ids = self.columns.id
        following: list[list[str]] = [[] for _ in ids]
        preceding: list[list[str]] = [[] for _ in ids]
        at, link, information_links = self.position.get, self.links.append, self.information_links
        information, referral = FlowKind.INFORMATION, FlowKind.REFERRAL
        for source, target, kind in map(_READ_FLOW, map(vars, flows)):
            source_at, target_at = at(source), at(target)
            if source_at is None or target_at is None:
                continue
            link((source_at, target_at, kind))
            if kind is information:
                information_links.setdefault(source, []).append(target)
                information_links.setdefault(target, []).append(source)
                continue
            following[source_at].append(target)
            preceding[target_at].append(source)
            if kind is referral:
                self.refers_on.add(source)
        self.successors = dict(zip(ids, following))
        self.predecessors = dict(zip(ids, preceding))

    # ------------------------------------------------------------ reach

    @cached_property
    def starts(self) -> list[str]:
        """Journey starts: customer-lane steps no journey flow leads into.

        A journey without customer steps starts at every step no journey flow leads into.
        """
        customer, predecessors = LaneKind.CUSTOMER, self.predecessors
        in_lane = [step_id for step_id, kind in self.lane_kind.items() if kind is customer]
        return [step_id for step_id in (in_lane or self.lane_kind) if not predecessors[step_id]]

    @cached_property
    def reachable(self) -> frozenset[str]:
        """Steps reached from the journey starts, by one breadth-first search from all.

        Flows are followed forward; an ``information`` flow is followed both ways, so the
        physical evidence and records wired to a reached step count as reached too.
        """
        seen = set(self.starts)
        queue = deque(self.starts)
        successors, information_links = self.successors, self.information_links
        add, push, pop = seen.add, queue.append, queue.popleft
        while queue:
            current = pop()
            for neighbour in successors[current]:
                if neighbour not in seen:
                    add(neighbour)
                    push(neighbour)
            for neighbour in information_links.get(current, ()):
                if neighbour not in seen:
                    add(neighbour)
                    push(neighbour)
        return frozenset(seen)

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
        """
        own, order = self.columns.need, self.order
        current = next((own[i] for i in order if own[i] is not None), None)
        if current is None:
            listed = self.blueprint.needs
            return [listed[0].id if len(listed) == 1 else IMPLICIT_NEED] * len(own)
        need: list[str | None] = [None] * len(own)
        for i in order:
            current = own[i] or current
            need[i] = current
        return need

    @cached_property
    def need_of(self) -> dict[str, str | None]:
        """Step id -> the need it serves (see :attr:`need_at`)."""
        return dict(zip(self.columns.id, self.need_at))


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
