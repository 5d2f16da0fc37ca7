"""unmarked-step: a step not yet marked valuable, necessary or wasted."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import LaneKind, Severity

META = RuleMeta(
    id="unmarked-step",
    title="A step is not yet marked valuable, necessary or wasted",
    rationale=(
        "Both cases turn on judging each contact from the customer's side: 'Has this been "
        "a valuable contact?' asks the lost-iPhone author of the trip to the station. An "
        "unmarked step leaves that question open and the waste metrics incomplete."
    ),
    hint=(
        "Mark the step: valuable (the customer would pay for it), necessary (needed, but "
        "adds nothing for the customer) or wasted, with the kind of waste."
    ),
    severity=Severity.INFO,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Each unmarked step of the journey: physical evidence and supporting items (Bitner's
    columns, not on the customer's path) are judged only when someone marks them."""
    evidence, lane_kind, say = LaneKind.PHYSICAL_EVIDENCE, context.lane_kind, context.say
    supported = context.supported
    for step in context.unmarked:
        if lane_kind[step.id] is not evidence and step.id not in supported:
            yield Report((step.id,), say("'{title}' is not marked valuable, necessary or wasted.",
                                         title=step.title))
