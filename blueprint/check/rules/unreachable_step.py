"""unreachable-step: a step no path from the start of the journey reaches."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Severity

META = RuleMeta(
    id="unreachable-step",
    title="A step cannot be reached from the start of the journey",
    rationale=(
        "Both cases are told as one journey, contact after contact. A step that no flow "
        "from the customer's first action reaches is not part of that journey: it is "
        "forgotten wiring, or work nobody asked for."
    ),
    hint=(
        "Wire the step into the journey with a flow from the step that leads to it "
        "(physical evidence with an information flow), or delete it."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Steps outside the one search from all journey starts (customer steps without inflow)."""
    say = context.say
    if context.steps and not context.starts:
        yield Report((), say(
            "The journey has no start: every customer step has a flow leading into it, so no "
            "step can be reached."),
            hint=say("Begin the journey with a customer step that no flow leads into."))
        return
    reachable = context.reachable
    if len(reachable) == len(context.steps):
        return
    for step in context.steps:
        if step.id not in reachable:
            yield Report((step.id,), say("'{title}' cannot be reached from the start of the journey.",
                                         title=step.title))
