"""Durations and commitments as the check's messages say them, and the time a need takes.

Shared by the commitment rules (``deadline-missed``, ``notification-missing``): the time
from a need's first contact to a step of the journey, in working minutes under the
concept's working calendar (``blueprint/resources/help/metrics.md``), and that time written in the unit of
the commitment it is compared with ("12 working days", "1 hour").
"""

from __future__ import annotations

from blueprint.analysis.journey import Journey
from blueprint.check.wording import Wording, plural_count, plural_template
from blueprint.model import Duration, TimeUnit, WorkingCalendar

UNIT_WORDS = {
    TimeUnit.MINUTES: plural_template("{amount} minute", "{amount} minutes"),
    TimeUnit.HOURS: plural_template("{amount} hour", "{amount} hours"),
    TimeUnit.WORKING_DAYS: plural_template("{amount} working day", "{amount} working days"),
    TimeUnit.DAYS: plural_template("{amount} day", "{amount} days"),
    TimeUnit.WEEKS: plural_template("{amount} week", "{amount} weeks"),
}
"""Each unit, singular and plural, with its amount."""


def amount_text(say: Wording, amount: float, unit: TimeUnit) -> str:
    """An amount of a unit in words: ``1 working day``, ``2.5 working days`` (one decimal at most)."""
    rounded = round(amount, 1)
    shown = say.number(rounded, ".0f") if rounded == int(rounded) else say.number(rounded, ".1f")
    return say.plural(*UNIT_WORDS[TimeUnit(unit)], plural_count(rounded), amount=shown)


def duration_text(say: Wording, duration: Duration) -> str:
    """A commitment's duration in words."""
    return amount_text(say, duration.amount, duration.unit)


def elapsed_text(say: Wording, minutes: float, unit: TimeUnit, calendar: WorkingCalendar) -> str:
    """Working minutes written in ``unit`` under ``calendar``."""
    return amount_text(say, calendar.in_unit(minutes, unit), unit)


def first_contact(journey: Journey, need: str | None) -> int | None:
    """Position of the need's first contact in journey order (else its first step); None
    when no step of the customer's path serves the need."""
    need_at, contact_at, supported, ids = journey.need_at, journey.contact_at, journey.supported, journey.columns.id
    first = None
    for i in journey.order:
        if need_at[i] != need or ids[i] in supported:
            continue
        if contact_at[i]:
            return i
        if first is None:
            first = i
    return first


def time_between(journey: Journey, start: int, end: int, calendar: WorkingCalendar) -> float:
    """Working minutes from the start of step ``start`` to the end of step ``end`` (positions):
    the steps between them in journey order (both included, supporting items aside) each
    take the longer of their customer and staff minutes plus their waiting minutes, and the
    time drawn on the journey flows among those steps is added."""
    order, columns, supported = journey.order, journey.columns, journey.supported
    place = {i: n for n, i in enumerate(order)}
    low, high = sorted((place[start], place[end]))
    span = {order[n] for n in range(low, high + 1) if columns.id[order[n]] not in supported}
    minutes = sum(max(columns.customer_minutes[i], columns.staff_minutes[i]) + columns.waiting_minutes[i]
                  for i in span)
    for source, target, flow in journey.delayed_links:
        if source in span and target in span:
            minutes += flow.delay.working_minutes(calendar)
    return minutes
