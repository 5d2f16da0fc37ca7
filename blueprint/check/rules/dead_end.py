"""dead-end: the journey stops at a step that gives the customer no outcome."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import LaneKind, Outcome, Severity

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

    Physical evidence and records (steps only information flows lead into) and supporting
    items (Bitner's columns) are not journey steps. A step right after a step with an outcome is the outcome's aftermath
    (the customer reads the certificate), not a dead end.
    """
    starts = set(context.starts)
    none, evidence = Outcome.NONE, LaneKind.PHYSICAL_EVIDENCE
    step_by_id, predecessors, supported = context.step_by_id, context.predecessors, context.supported
    for step_id, after in context.successors.items():
        if after or step_id in supported:
            continue
        step = step_by_id[step_id]
        if step.outcome is not none or context.lane_kind[step_id] is evidence:
            continue
        before = predecessors[step_id]
        stops = (all(step_by_id[source].outcome is none for source in before) if before
                 else step_id in starts)
        if stops:
            yield Report((step_id,), context.say(
                "The journey stops at '{title}' without an outcome for the customer.", title=step.title))
