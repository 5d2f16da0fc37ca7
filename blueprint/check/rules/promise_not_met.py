"""promise-not-met: the journey ends without the promised result for a need."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import IMPLICIT_NEED, CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import LaneKind, Outcome, Severity

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
    need_of = context.need_of
    settled = {need_of[step.id] for step in context.with_outcome(*RESULTS)}
    needs = [need.id for need in context.blueprint.needs] or (
        [IMPLICIT_NEED] if context.steps else [])
    unsettled = [need_id for need_id in needs if need_id not in settled]
    if not unsettled:
        return
    endings, say = _endings(context), context.say
    promised = context.concept.result_promised.strip()
    promise = " " + say("The concept promises: '{promise}'.", promise=promised) if promised else ""
    for need_id in unsettled:
        ends = endings.get(need_id, [])
        label = context.need_label(need_id, capital=True)
        if ends:
            message = say("{need} ends without the promised result: no step resolves it or refers "
                          "the customer on; it ends at {steps}.", need=label, steps=context.quoted(ends))
        else:
            message = say("{need} ends without the promised result: no step resolves it or refers "
                          "the customer on.", need=label)
        need = (need_id,) if need_id is not IMPLICIT_NEED else ()
        yield Report((*ends, *need), message + promise)


def _endings(context: CheckContext) -> dict[str | None, list[str]]:
    """Need -> where it ends: its steps with an outcome, else the steps the journey does
    not go on from (physical evidence is not a journey step, so it ends nothing)."""
    need_of, lane_kind, evidence = context.need_of, context.lane_kind, LaneKind.PHYSICAL_EVIDENCE
    with_outcome: dict[str | None, list[str]] = {}
    for step in context.with_outcome(Outcome.REFUSED, Outcome.ABANDONED):
        with_outcome.setdefault(need_of[step.id], []).append(step.id)
    last: dict[str | None, list[str]] = {}
    for step_id, after in context.successors.items():
        if not after and need_of[step_id] not in with_outcome and lane_kind[step_id] is not evidence:
            last.setdefault(need_of[step_id], []).append(step_id)
    return {**last, **with_outcome}
