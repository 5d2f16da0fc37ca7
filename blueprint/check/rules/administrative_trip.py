"""administrative-trip: a step that only registers something makes the customer travel or queue."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.check.wording import template
from blueprint.model import Severity, Step, StepKind, WasteKind

META = RuleMeta(
    id="administrative-trip",
    title="An administrative step makes the customer travel or queue in person",
    rationale=(
        "Lost iPhone (Gent): to file a report the mother had to travel to the station and "
        "queue, and an officer spent his time, 'all for a purely administrative "
        "registration' that was closed without any follow-up."
    ),
    hint=(
        "Take the registration where the customer already is: by phone, app or e-mail, or "
        "during the first contact. Keep trips and queues for contacts that add value."
    ),
    severity=Severity.WARNING,
)

TRIP_WASTE = (WasteKind.TRAVEL, WasteKind.WAITING)
"""Waste kinds that mean the customer moved or waited for the step."""

MESSAGES = {
    (frozenset({WasteKind.TRAVEL}), False): template(
        "'{title}' only registers something, yet the customer has to travel in person for it."),
    (frozenset({WasteKind.WAITING}), False): template(
        "'{title}' only registers something, yet the customer has to queue in person for it."),
    (frozenset(TRIP_WASTE), False): template(
        "'{title}' only registers something, yet the customer has to travel and queue in person "
        "for it."),
    (frozenset({WasteKind.TRAVEL}), True): template(
        "'{title}' only registers something, yet the customer has to travel in person for it "
        "({steps})."),
    (frozenset({WasteKind.WAITING}), True): template(
        "'{title}' only registers something, yet the customer has to queue in person for it "
        "({steps})."),
    (frozenset(TRIP_WASTE), True): template(
        "'{title}' only registers something, yet the customer has to travel and queue in person "
        "for it ({steps})."),
}
"""(the trip's waste kinds, whether steps before it are named) -> the message."""


def check(context: CheckContext) -> Iterator[Report]:
    """Administration steps with travel or waiting waste, on the step or just before it.

    The steps with travel or waiting waste that lead straight into the administration
    step (a chain such as 'travel to the station' then 'queue at the desk') are named.
    """
    on_trip = {step.id for waste in TRIP_WASTE for step in context.with_waste(waste)}
    walked: set[str] = set()
    for step in context.of_kind(StepKind.ADMINISTRATION):
        trip = _trip_before(context, step.id, on_trip, walked)
        if not trip and step.id not in on_trip:
            continue
        kinds = _trip_kinds([step, *(context.step_by_id[step_id] for step_id in trip)])
        message = MESSAGES[kinds, bool(trip)]
        yield Report((step.id, *trip), context.say(
            message, title=step.title, steps=context.quoted(trip) if trip else ""))


def _trip_before(context: CheckContext, step_id: str, on_trip: set[str], walked: set[str]) -> list[str]:
    """The steps of ``on_trip`` (travel or waiting waste) leading straight into the step,
    in document order.

    ``walked`` is shared over the whole rule, so each chain is walked once.
    """
    trip: dict[str, None] = {}  # ordered set
    frontier = deque([step_id])
    predecessors = context.predecessors
    while frontier:
        current = frontier.popleft()
        for source in predecessors[current]:
            if source in trip or source not in on_trip:
                continue
            trip[source] = None
            if source not in walked:
                walked.add(source)
                frontier.append(source)
    return sorted(trip, key=context.position.__getitem__)


def _trip_kinds(steps: list[Step]) -> frozenset[WasteKind]:
    return frozenset(kind for step in steps for kind in step.waste if kind in TRIP_WASTE)
