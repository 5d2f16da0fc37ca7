"""The numbers beside the findings: contacts, waste, time, cost, hand-offs, the emotion curve.

Every metric is defined in ``blueprint/resources/help/metrics.md``; this module follows those definitions.
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
from operator import is_not
from typing import Any, NamedTuple

from blueprint.analysis.costs import CaseCost, case_cost
from blueprint.analysis.journey import IMPLICIT_NEED, STAFF_LANES, Journey, StepColumns, journey_order
from blueprint.analysis.numbers import rounded_share
from blueprint.model import Blueprint, Need, ServiceConcept
from blueprint.model.vocabulary import Channel, Outcome, StepKind, Value, WasteKind

__all__ = ["EmotionPoint", "Metrics", "compute_metrics", "journey_order", "SETTLED_OUTCOMES",
           "STAFF_LANES"]

SETTLED_OUTCOMES = (Outcome.RESOLVED, Outcome.REFERRED)
"""Outcomes that may settle a need: resolved, or referred when the referral gives a way."""



class EmotionPoint(NamedTuple):
    """One point of the emotion curve: a step and how the customer feels there (-2..+2)."""

    step: str
    title: str
    emotion: int


@dataclass(frozen=True, slots=True)
class Metrics:
    """The measured journey; see ``blueprint/resources/help/metrics.md`` for the exact definitions.

    Ratios and the cost are None when they cannot be computed (nothing to divide by, or no
    hourly rate in the concept). Shares keep two significant digits of their percentage
    (:mod:`blueprint.analysis.numbers`), so every place shows the same number.
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
    delay_minutes: float
    valuable_minutes: float
    customer_lead_time_minutes: float
    customer_value_added_ratio: float | None
    value_added_minutes: float
    lead_time_minutes: float
    value_added_ratio: float | None
    staff_hourly_rate_eur: float | None
    staff_cost_of_waste_eur: float | None
    hand_offs: int
    hand_offs_between_organisations: int
    channel_switches: int
    fail_points: int
    fail_points_by_lane: dict[str, int]
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
    columns, order = journey.columns, journey.order
    tally = _tally(columns, journey.contact_at)
    needs, resolved = _needs(blueprint.needs, columns, journey)
    delays = journey.delay_minutes(concept.calendar)
    rate = concept.staff_hourly_rate_eur
    wasted_staff = tally["staff_minutes_wasted"]
    customer_lead_time = tally["customer_minutes"] + tally["waiting_minutes"] + delays
    lead_time = tally["elapsed_minutes"] + tally["waiting_minutes"] + delays
    del tally["elapsed_minutes"]
    hand_offs = journey.hand_offs
    return Metrics(
        steps=len(columns.id),
        needs=needs,
        resolved_needs=resolved,
        avoidable_contacts_per_resolved_need=_ratio(tally["avoidable_contacts"], resolved),
        wasted_share=rounded_share(_ratio(tally["wasted"], len(columns.id))),
        **tally,
        delay_minutes=delays,
        customer_lead_time_minutes=customer_lead_time,
        customer_value_added_ratio=rounded_share(_ratio(tally["valuable_minutes"], customer_lead_time)),
        lead_time_minutes=lead_time,
        value_added_ratio=rounded_share(_ratio(tally["value_added_minutes"], lead_time)),
        staff_hourly_rate_eur=rate,
        staff_cost_of_waste_eur=None if rate is None else wasted_staff / 60 * rate,
        hand_offs=len(hand_offs),
        hand_offs_between_organisations=sum(1 for hand_off in hand_offs if hand_off.organisations),
        channel_switches=_channel_switches(columns, order, journey.contact_at),
        fail_points=sum(columns.fail_point),
        fail_points_by_lane=dict(Counter(compress(columns.lane, columns.fail_point))),
        emotion_curve=_emotion_curve(columns, order),
        cost=case_cost(blueprint, concept, journey=journey),
    )


def _emotion_curve(columns: StepColumns, order: list[int]) -> tuple[EmotionPoint, ...]:
    """The steps with an emotion, in journey order."""
    emotions = columns.emotion
    points = list(zip(columns.id, columns.title, emotions))  # by position
    kept = [points[i] for i in order if emotions[i] is not None]
    # tuple.__new__ builds each point in C, as EmotionPoint._make does, without a Python call
    return tuple(map(tuple.__new__, repeat(EmotionPoint), kept))


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _tally(columns: StepColumns, is_contact: list[bool]) -> dict[str, Any]:
    """Contacts, avoidable contacts, value counts, and minutes in total and wasted.

    ``elapsed_minutes`` (each step's longer of customer and staff minutes) is for the lead
    time; the caller removes it.
    """
    wasted, valuable, escalation = Value.WASTED, Value.VALUABLE, StepKind.ESCALATION
    repeat_contact = WasteKind.REPEAT_CONTACT
    values, customer, staff = columns.value, columns.customer_minutes, columns.staff_minutes
    counts = Counter(values)
    is_wasted = [value is wasted for value in values]
    is_valuable = [value is valuable for value in values]
    elapsed = [staff_time if staff_time > customer_time else customer_time
               for customer_time, staff_time in zip(customer, staff)]  # max(), without a call per step
    contacts = compress(zip(values, columns.kind, columns.waste), is_contact)
    wrong_door = WasteKind.WRONG_DOOR
    # a contact is avoidable when it is wasted, an escalation, or failure demand
    avoidable = sum([value is wasted or kind is escalation or repeat_contact in waste or wrong_door in waste
                     for value, kind, waste in contacts])
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
        "valuable_minutes": sum(compress(customer, is_valuable)),
        "value_added_minutes": sum(compress(elapsed, is_valuable)),
        "elapsed_minutes": sum(elapsed),
    }


def _needs(listed: list[Need], columns: StepColumns, journey: Journey) -> tuple[int, int]:
    """(how many needs the journey serves, how many of them are settled).

    Each step serves the need :attr:`Journey.need_at` gives it. The implicit need counts
    when no need is listed (and there are steps), or when a contact or a step with an
    outcome serves it. A need is settled by a step that resolves it, or that refers the
    customer on with a way (:attr:`Journey.settling_steps`).
    """
    need_at = journey.need_at
    needs: set[str | None] = {need.id for need in listed}
    if not needs and need_at:
        needs.add(IMPLICIT_NEED)
    if IMPLICIT_NEED not in needs and IMPLICIT_NEED in need_at:
        no_outcome = Outcome.NONE
        if IMPLICIT_NEED in journey.contacts_by_need or any(
                need is IMPLICIT_NEED and outcome is not no_outcome
                for need, outcome in zip(need_at, columns.outcome)):
            needs.add(IMPLICIT_NEED)
    return len(needs), len(journey.settled_needs)


def _channel_switches(columns: StepColumns, order: list[int], is_contact: list[bool]) -> int:
    """Consecutive contacts in journey order whose customer channels differ.

    Contacts without a channel, or with the internal channel (no customer channel), are
    skipped: they neither switch nor break a run.
    """
    internal, channels = Channel.INTERNAL, columns.channel
    in_order = [channels[i] for i in order if is_contact[i]]
    used = [channel for channel in in_order if channel is not None and channel is not internal]
    return sum(map(is_not, used[1:], used))  # each contact on another channel than the one before
