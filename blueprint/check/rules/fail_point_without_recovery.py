"""fail-point-without-recovery: a fail point with no recovery step, where the concept asks for one."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import FlowKind, Severity

META = RuleMeta(
    id="fail-point-without-recovery",
    title="A fail point has no recovery step",
    rationale=(
        "Shostack marks the fail points of a blueprint: where the service is likely to go "
        "wrong. Both cases went wrong at such points (the report nobody followed up, the "
        "clerk who walked away) with nothing ready to put it right."
    ),
    hint=(
        "Draw the recovery: a step that puts the failure right, joined to the fail point "
        "by a flow of kind recovery; or change the design so the failure cannot happen."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Each step marked as a fail point, judged by a concept with
    ``standards.fail_points_need_recovery``, that no recovery flow leaves."""
    if not any(concept.standards.fail_points_need_recovery for concept in context.concepts):
        return
    if not any(context.journey.columns.fail_point):
        return
    recovery, ids = FlowKind.RECOVERY, context.journey.columns.id
    recovered = {ids[source] for source, _, kind in context.journey.links if kind is recovery}
    say = context.say
    for step in context.steps:
        if not step.fail_point or step.id in recovered:
            continue
        if not context.concept_of(step.id).standards.fail_points_need_recovery:
            continue
        what = step.fail_point_text.strip().rstrip(".")
        if what:
            message = say("The fail point '{title}' ({what}) has no recovery step.",
                          title=step.title, what=what)
        else:
            message = say("The fail point '{title}' has no recovery step.", title=step.title)
        yield Report((step.id,), message)
