"""refusal-without-alternative: the customer is refused without being told what is possible instead."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Outcome, Severity

META = RuleMeta(
    id="refusal-without-alternative",
    title="A refusal names no alternative or referral",
    rationale=(
        "Birth registration (town hall): asked to correct the surname on his first "
        "child's birth certificate, the clerk said 'that can't be done here', twice, and "
        "walked away. It had to go through the court; a manager had to step in to find "
        "that out. Customers want staff who think along: when something is not possible, "
        "an honest explanation and what is possible instead."
    ),
    hint=(
        "Say what is possible instead and where: 'Not here, but via the court, and I'm "
        "glad to help you with that.' Give the step the outcome 'referred', or a referral "
        "flow to the step where the alternative happens."
    ),
    severity=Severity.ERROR,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Steps with outcome 'refused' and no outgoing referral flow.

    The concept may drop the standard ``refusal_names_alternative``; then no refusal is
    reported.
    """
    if not context.concept.standards.refusal_names_alternative:
        return
    for step in context.with_outcome(Outcome.REFUSED):
        if step.id in context.refers_on:
            continue
        yield Report((step.id,), context.say(
            "'{title}' refuses the customer without naming an alternative or referring to who "
            "can help.", title=step.title))
