"""promise-not-met: the journey ends without the promised result for a need."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import IMPLICIT_NEED, CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Outcome, Severity, Step

META = RuleMeta(
    id="promise-not-met",
    title="The journey ends without the promised result",
    rationale=(
        "Lost iPhone (Gent): three contacts, a trip, a report and a chase, and in the end "
        "'no phone, no result'. A clear concept replaces half efforts without result by "
        "one complete effort with result."
    ),
    hint=(
        "Redesign the journey so each need ends resolved, or referred to whoever can "
        "resolve it; if the organisation will not deliver, say so at the first contact."
    ),
    severity=Severity.ERROR,
)

RESULTS = (Outcome.RESOLVED, Outcome.REFERRED)
"""Outcomes that give the customer a result or a way to it."""


def check(context: CheckContext) -> Iterator[Report]:
    """Each need none of whose steps ends resolved or referred.

    With listed needs, each listed need is checked; with none, the journey as a whole.
    """
    listed = bool(context.blueprint.needs)
    for need_id, steps in context.need_groups.items():
        if (listed and need_id is IMPLICIT_NEED) or any(s.outcome in RESULTS for s in steps):
            continue
        endings = _endings(context, steps)
        need = (need_id,) if need_id is not IMPLICIT_NEED else ()
        if not steps and not need:
            continue
        where = f"; it ends at {context.quoted(endings)}" if endings else ""
        promised = context.concept.result_promised.strip()
        promise = f" The concept promises: '{promised}'." if promised else ""
        label = context.need_label(need_id, capital=True)
        yield Report((*endings, *need), (
            f"{label} ends without the promised result: no step "
            f"resolves it or refers the customer on{where}.{promise}"))


def _endings(context: CheckContext, steps: list[Step]) -> list[str]:
    """Where the need ends: steps with an outcome, else steps the journey does not go on from."""
    with_outcome = [step.id for step in steps if step.outcome is not Outcome.NONE]
    if with_outcome:
        return with_outcome
    return [step.id for step in steps if not context.successors[step.id]]
