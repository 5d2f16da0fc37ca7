"""The numbers beside the findings: contacts, waste, time, cost, hand-offs, the emotion curve.

Every metric is defined in ``docs/metrics.md``; this module follows those definitions.
The live check runs this on every edit, so it is written for speed: the metrics are
counted over the columns, links, journey order and needs of the shared
:class:`~blueprint.analysis.journey.Journey` index (each step and flow read once, for the
check as well when both run through ``blueprint.check.analyse``). No Qt and no networkx:
plain Python is faster than building a graph for this.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from itertools import compress, repeat
from typing import Any, NamedTuple

from blueprint.analysis.costs import CaseCost, case_cost
from blueprint.analysis.journey import IMPLICIT_NEED, Journey, Link, StepColumns, journey_order
from blueprint.model import Blueprint, Lane, Need, ServiceConcept
from blueprint.model.vocabulary import CONTACT_KINDS, Channel, FlowKind, LaneKind, Outcome, StepKind, Value, WasteKind

__all__ = ["EmotionPoint", "Metrics", "compute_metrics", "journey_order", "SETTLED_OUTCOMES",
           "STAFF_LANES"]

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
    cost: CaseCost

    def as_json(self) -> dict[str, object]:
        """The metrics as plain JSON types (the emotion curve as a list of objects)."""
        data = asdict(self)
        data["emotion_curve"] = [point._asdict() for point in self.emotion_curve]
        cost = self.cost
        data["cost"] = {**data["cost"], "customer_hours_per_year": cost.customer_hours_per_year,
                        "cost_to_serve_per_year_eur": cost.cost_to_serve_per_year_eur}
        return data


def compute_metrics(blueprint: Blueprint, concept: ServiceConcept | None = None, *,
                    journey: Journey | None = None) -> Metrics:
    """Measure a journey; ``concept`` (default: the blueprint's own) gives the hourly rate.

    ``journey`` is the blueprint's index when the caller has one already (as
    ``blueprint.check.analyse`` has); without it, the index is built here.
    """
    concept = blueprint.concept if concept is None else concept
    if journey is None:
        journey = Journey(blueprint)
    elif journey.blueprint is not blueprint:
        raise ValueError("the journey index belongs to another blueprint")
    columns, links, order = journey.columns, journey.links, journey.order
    tally = _tally(columns)
    needs, resolved = _needs(blueprint.needs, columns, journey.need_at)
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
        cost=case_cost(blueprint, concept, columns=columns),
    )


def _emotion_curve(columns: StepColumns, order: list[int]) -> tuple[EmotionPoint, ...]:
    """The steps with an emotion, in journey order."""
    emotions, ids, titles = columns.emotion, columns.id, columns.title
    kept = [i for i in order if emotions[i] is not None]
    points = zip(map(ids.__getitem__, kept), map(titles.__getitem__, kept), map(emotions.__getitem__, kept))
    # tuple.__new__ builds each point in C, as EmotionPoint._make does, without a Python call
    return tuple(map(tuple.__new__, repeat(EmotionPoint), points))


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _tally(columns: StepColumns) -> dict[str, Any]:
    """Contacts, avoidable contacts, value counts, and minutes in total and wasted."""
    wasted, valuable, escalation = Value.WASTED, Value.VALUABLE, StepKind.ESCALATION
    repeat_contact = WasteKind.REPEAT_CONTACT
    values, customer, staff = columns.value, columns.customer_minutes, columns.staff_minutes
    counts = Counter(values)
    is_wasted = [value is wasted for value in values]
    is_contact = [kind in CONTACT_KINDS for kind in columns.kind]
    contacts = compress(zip(values, columns.kind, columns.waste), is_contact)
    avoidable = sum(1 for value, kind, waste in contacts  # wasted, an escalation, or failure demand
                    if value is wasted or kind is escalation or repeat_contact in waste)
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


def _needs(listed: list[Need], columns: StepColumns, need_at: list[str | None]) -> tuple[int, int]:
    """(how many needs the journey serves, how many of them are resolved or referred).

    Each step serves the need :attr:`Journey.need_at` gives it. The implicit need counts
    when no need is listed (and there are steps), or when a contact or a step with an
    outcome serves it.
    """
    needs: set[str | None] = {need.id for need in listed}
    if not needs and need_at:
        needs.add(IMPLICIT_NEED)
    settled: set[str | None] = set()
    no_outcome, contact_kinds = Outcome.NONE, CONTACT_KINDS
    for need, outcome, kind in zip(need_at, columns.outcome, columns.kind):
        if need is IMPLICIT_NEED and (outcome is not no_outcome or kind in contact_kinds):
            needs.add(IMPLICIT_NEED)
        if outcome in SETTLED_OUTCOMES:
            settled.add(need)
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


def _channel_switches(columns: StepColumns, order: list[int]) -> int:
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
