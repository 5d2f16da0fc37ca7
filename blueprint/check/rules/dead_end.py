"""dead-end: the journey stops at a step that gives the customer no outcome."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext, is_journey_flow
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import LaneKind, Outcome, Severity, Step

META = RuleMeta(
    id="dead-end",
    title="The journey stops at a step that gives the customer no outcome",
    rationale=(
        "Birth registration (town hall): 'I tell you again... that can't be done here', "
        "and the clerk left through the door, the father left behind in bewilderment. "
        "A journey that just stops leaves the customer without a way forward."
    ),
    hint=(
        "Continue the journey from this step, or give it the outcome the customer "
        "leaves with: resolved, referred (and to whom), refused or abandoned."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Steps of the journey that no journey flow leaves and that carry no outcome.

    Physical evidence and records (steps only information flows lead into) are not
    journey steps. A step right after a step with an outcome is the outcome's aftermath
    (the customer reads the certificate), not a dead end.
    """
    starts = set(context.starts)
    for step in context.steps:
        if _is_dead_end(context, step, starts):
            yield Report((step.id,), (
                f"The journey stops at '{step.title}' without an outcome for the customer."))


def _is_dead_end(context: CheckContext, step: Step, starts: set[str]) -> bool:
    if step.outcome is not Outcome.NONE or context.lane_kind[step.id] is LaneKind.PHYSICAL_EVIDENCE:
        return False
    if any(is_journey_flow(flow) for flow in context.outgoing[step.id]):
        return False
    before = context.journey_predecessors(step.id)
    if not before:
        return step.id in starts
    return all(context.step_by_id[source].outcome is Outcome.NONE for source in before)
