"""The numbers beside the findings: contacts, waste, time, cost, hand-offs, the emotion curve.

Every metric is defined in ``docs/metrics.md``; this module follows those definitions.
The live check runs this on every edit, so it is written for speed: each step and flow
is read once into plain columns (reading a field of a pydantic object costs more than
the counting done with it), and every metric is then counted over those columns. No Qt
and no networkx: plain Python is faster than building a graph for this.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import asdict, dataclass, fields
from itertools import compress
from operator import itemgetter
from typing import Any, NamedTuple

from blueprint.model import Blueprint, Flow, Lane, Need, ServiceConcept, Step
from blueprint.model.vocabulary import (
    CONTACT_KINDS,
    Channel,
    FlowKind,
    LaneKind,
    Outcome,
    StepKind,
    Value,
    WasteKind,
)

IMPLICIT_NEED = ""
"""Key of the journey's single implicit need: served by steps that no listed need claims."""

SETTLED_OUTCOMES = (Outcome.RESOLVED, Outcome.REFERRED)
"""Outcomes that settle a need: resolved, or referred (the customer has a way forward)."""

STAFF_LANES = frozenset({LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT})
"""Lanes where the organisation's people and systems work; moving work between two is a hand-off."""


class EmotionPoint(NamedTuple):
    """One point of the emotion curve: a step and how the customer feels there (-2..+2)."""

    step: str
    title: str
    emotion: int


@dataclass(frozen=True, slots=True)
class Metrics:
    """The measured journey; see ``docs/metrics.md`` for the exact definitions.

    Ratios and the cost are None when they cannot be computed (nothing to divide by, or no
    hourly rate in the concept).
    """

    steps: int
    contacts: int
    needs: int
    resolved_needs: int
    avoidable_contacts: int
    avoidable_contacts_per_resolved_need: float | None
    valuable: int
    necessary: int
    wasted: int
    unmarked: int
    wasted_share: float | None
    customer_minutes: float
    customer_minutes_wasted: float
    staff_minutes: float
    staff_minutes_wasted: float
    waiting_minutes: float
    valuable_minutes: float
    lead_time_minutes: float
    value_added_ratio: float | None
    staff_hourly_rate_eur: float | None
    staff_cost_of_waste_eur: float | None
    hand_offs: int
    channel_switches: int
    emotion_curve: tuple[EmotionPoint, ...]

    def as_json(self) -> dict[str, object]:
        """The metrics as plain JSON types (the emotion curve as a list of objects)."""
        data = asdict(self)
        data["emotion_curve"] = [point._asdict() for point in self.emotion_curve]
        return data


@dataclass(frozen=True, slots=True)
class _Columns:
    """The step fields the metrics use, one tuple per field, index = position in the file."""

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
    def read(cls, steps: list[Step]) -> "_Columns":
        """Every field of every step, each step object touched once.

        A pydantic model keeps its field values in ``__dict__``; reading them from there
        is twice as fast as attribute access, which matters on every edit of a big journey.
        """
        rows = list(map(_READ_STEP, map(vars, steps)))
        return cls(*zip(*rows)) if rows else cls(*([()] * len(_STEP_FIELDS)))


_STEP_FIELDS = tuple(field.name for field in fields(_Columns))
_READ_STEP = itemgetter(*_STEP_FIELDS)
_READ_FLOW = itemgetter("source", "target", "kind")

Link = tuple[int, int, FlowKind]
"""A flow between two existing steps: (source position, target position, kind)."""


def compute_metrics(blueprint: Blueprint, concept: ServiceConcept | None = None) -> Metrics:
    """Measure a journey; ``concept`` (default: the blueprint's own) gives the hourly rate."""
    concept = blueprint.concept if concept is None else concept
    columns = _Columns.read(blueprint.steps)
    links = _links(columns, blueprint.flows)
    order = _order(columns.x, links)
    tally = _tally(columns)
    needs, resolved = _needs(blueprint.needs, columns, order)
    rate = concept.staff_hourly_rate_eur
    wasted_staff = tally["staff_minutes_wasted"]
    return Metrics(
        steps=len(columns.id),
        needs=needs,
        resolved_needs=resolved,
        avoidable_contacts_per_resolved_need=_ratio(tally["avoidable_contacts"], resolved),
        wasted_share=_ratio(tally["wasted"], len(columns.id)),
        **tally,
        value_added_ratio=_ratio(tally["valuable_minutes"], tally["lead_time_minutes"]),
        staff_hourly_rate_eur=rate,
        staff_cost_of_waste_eur=None if rate is None else wasted_staff / 60 * rate,
        hand_offs=_hand_offs(blueprint.lanes, columns.lane, links),
        channel_switches=_channel_switches(columns, order),
        emotion_curve=_emotion_curve(columns, order),
    )


def _emotion_curve(columns: _Columns, order: list[int]) -> tuple[EmotionPoint, ...]:
    """The steps with an emotion, in journey order."""
    emotions, ids, titles = columns.emotion, columns.id, columns.title
    kept = [i for i in order if emotions[i] is not None]
    return tuple(map(EmotionPoint, [ids[i] for i in kept], [titles[i] for i in kept],
                     [emotions[i] for i in kept]))


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _links(columns: _Columns, flows: list[Flow]) -> list[Link]:
    """The flows as positions; a flow whose source or target is not a step is left out."""
    position = dict(zip(columns.id, range(len(columns.id))))
    links = []
    for source, target, kind in map(_READ_FLOW, map(vars, flows)):
        source_at, target_at = position.get(source), position.get(target)
        if source_at is not None and target_at is not None:
            links.append((source_at, target_at, kind))
    return links


def _tally(columns: _Columns) -> dict[str, Any]:
    """Contacts, avoidable contacts, value counts, and minutes in total and wasted."""
    wasted, valuable, escalation = Value.WASTED, Value.VALUABLE, StepKind.ESCALATION
    repeat = WasteKind.REPEAT_CONTACT
    values, customer, staff = columns.value, columns.customer_minutes, columns.staff_minutes
    counts = Counter(values)
    is_wasted = [value is wasted for value in values]
    is_contact = [kind in CONTACT_KINDS for kind in columns.kind]
    contacts = compress(zip(values, columns.kind, columns.waste), is_contact)
    avoidable = sum(1 for value, kind, waste in contacts  # wasted, an escalation, or failure demand
                    if value is wasted or kind is escalation or repeat in waste)
    customer_total, waiting = sum(customer), sum(columns.waiting_minutes)
    return {
        "contacts": sum(is_contact),
        "avoidable_contacts": avoidable,
        "valuable": counts[valuable],
        "necessary": counts[Value.NECESSARY],
        "wasted": counts[wasted],
        "unmarked": counts[Value.UNMARKED],
        "customer_minutes": customer_total,
        "customer_minutes_wasted": sum(compress(customer, is_wasted)),
        "staff_minutes": sum(staff),
        "staff_minutes_wasted": sum(compress(staff, is_wasted)),
        "waiting_minutes": waiting,
        "valuable_minutes": sum(compress(customer, [value is valuable for value in values])),
        "lead_time_minutes": customer_total + waiting,
    }


def _needs(listed: list[Need], columns: _Columns, order: list[int]) -> tuple[int, int]:
    """(how many needs the journey serves, how many of them are resolved or referred).

    A step serves its own need; a step without one serves the need of the nearest step
    before it in journey order that has one, else the single listed need, else the
    implicit need. The implicit need counts when no need is listed (and there are steps),
    or when a contact or a step with an outcome serves it.
    """
    needs = {need.id for need in listed}
    if not needs and order:
        needs.add(IMPLICIT_NEED)
    settled: set[str] = set()
    current = listed[0].id if len(listed) == 1 else IMPLICIT_NEED
    no_outcome, step_needs, outcomes, kinds = Outcome.NONE, columns.need, columns.outcome, columns.kind
    for i in order:
        current = step_needs[i] or current
        outcome = outcomes[i]
        if current == IMPLICIT_NEED and (outcome is not no_outcome or kinds[i] in CONTACT_KINDS):
            needs.add(IMPLICIT_NEED)
        if outcome in SETTLED_OUTCOMES:
            settled.add(current)
    return len(needs), len(settled)


def _hand_offs(lanes: list[Lane], step_lanes: tuple[str, ...], links: list[Link]) -> int:
    """Flows of kind hand-off, plus other flows (not information) between two different
    staff lanes (frontstage, backstage, support); each flow counts once."""
    staff_lanes = {lane.id for lane in lanes if lane.kind in STAFF_LANES}
    hand_off, information = FlowKind.HAND_OFF, FlowKind.INFORMATION
    count = 0
    for source, target, kind in links:
        source_lane, target_lane = step_lanes[source], step_lanes[target]
        count += kind is hand_off or (
            kind is not information and source_lane != target_lane
            and source_lane in staff_lanes and target_lane in staff_lanes)
    return count


def _channel_switches(columns: _Columns, order: list[int]) -> int:
    """Consecutive contacts in journey order whose customer channels differ.

    Contacts without a channel, or with the internal channel (no customer channel), are
    skipped: they neither switch nor break a run.
    """
    switches = 0
    previous: Channel | None = None
    internal, channels, kinds = Channel.INTERNAL, columns.channel, columns.kind
    for i in order:
        channel = channels[i]
        if channel is None or channel is internal or kinds[i] not in CONTACT_KINDS:
            continue
        if previous is not None and channel is not previous:
            switches += 1
        previous = channel
    return switches


def journey_order(blueprint: Blueprint) -> list[Step]:
    """Every step once, in the order the journey goes through them.

    The steps from left to right (by ``x``), as the blueprint is drawn: columns are time,
    so a flow to a column further left is a loop back. Steps in one column (every step,
    in a blueprint not laid out yet) follow the flows among them, the first in the file
    going first when several could; a loop among them is entered at the first step a
    placed step leads to, or else at the first step left in the file.
    """
    columns = _Columns.read(blueprint.steps)
    order = _order(columns.x, _links(columns, blueprint.flows))
    return [blueprint.steps[i] for i in order]


def _order(x: tuple[float, ...], links: list[Link]) -> list[int]:
    """Step positions in journey order (see :func:`journey_order`)."""
    order = sorted(range(len(x)), key=x.__getitem__)
    in_column: dict[float, list[tuple[int, int]]] = {}
    for source, target, _ in links:
        if x[source] == x[target]:
            in_column.setdefault(x[source], []).append((source, target))
    if in_column:
        column_x = [x[i] for i in order]
        for value, column_links in in_column.items():
            first, end = bisect_left(column_x, value), bisect_right(column_x, value)
            order[first:end] = _flow_order(order[first:end], column_links)
    return order


def _flow_order(steps: list[int], links: list[tuple[int, int]]) -> list[int]:
    """The steps of one column in flow order: Kahn's algorithm taking the first ready
    step in the file; when none is ready (a loop), the first step a placed step leads
    to, or else the first step left."""
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
