"""promise-not-met: the journey ends without the promised result for a need."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import IMPLICIT_NEED, CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import CommitmentType, LaneKind, Outcome, Severity

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

def check(context: CheckContext) -> Iterator[Report]:
    """Each need that no step settles: none resolves it or refers the customer on with a way
    to get there (:attr:`Journey.settling_steps`).

    With listed needs, each listed need is checked; with none, the journey as a whole.
    The message quotes the concept's result commitment for that need (else its result
    promised) and names where the need really ends on the customer's path.
    """
    journey = context.journey
    needs = [need.id for need in context.blueprint.needs] or (
        [IMPLICIT_NEED] if context.steps else [])
    unsettled = [need_id for need_id in needs if need_id not in journey.settled_needs]
    if not unsettled:
        return
    endings, say = _endings(context, set(unsettled)), context.say
    need_at, position = journey.need_at, journey.position
    referred_without_way = {need_at[position[step_id]] for step_id, way in journey.referrals.items()
                            if not way and context.step_by_id[step_id].outcome == Outcome.REFERRED}
    for need_id in unsettled:
        ends = endings.get(need_id, [])
        label = context.need_label(need_id, capital=True)
        if need_id in referred_without_way:
            message = (say("{need} ends without the promised result: no step resolves it, and the "
                           "customer is referred on without a way to get there; it ends at {steps}.",
                           need=label, steps=context.quoted(ends)) if ends else
                       say("{need} ends without the promised result: no step resolves it, and the "
                           "customer is referred on without a way to get there.", need=label))
        elif ends:
            message = say("{need} ends without the promised result: no step resolves it or refers "
                          "the customer on; it ends at {steps}.", need=label, steps=context.quoted(ends))
        else:
            message = say("{need} ends without the promised result: no step resolves it or refers "
                          "the customer on.", need=label)
        promised = _promise(context, need_id)
        if promised:
            message += " " + say("The concept promises: '{promise}'.", promise=promised.rstrip(". "))
        need = (need_id,) if need_id is not IMPLICIT_NEED else ()
        yield Report((*ends, *need), message)


def _promise(context: CheckContext, need_id: str | None) -> str:
    """The concept's words for the result of this need: its result commitment about this
    need, else one about every need, else ``result_promised``."""
    results = [c for c in context.concept.commitments if c.type is CommitmentType.RESULT and c.text.strip()]
    for commitment in results:
        if commitment.need == need_id and need_id is not IMPLICIT_NEED:
            return commitment.text.strip()
    for commitment in results:
        if commitment.need is None:
            return commitment.text.strip()
    return context.concept.result_promised.strip()


def _endings(context: CheckContext, needs: set[str | None]) -> dict[str | None, list[str]]:
    """Need (of ``needs``) -> where it really ends: its steps the customer's path does not
    go on from (no journey flow leads on, supporting items aside); for a need whose steps
    all lead on into another need's steps, its last step in journey order. Physical evidence
    and supporting items end nothing, and a refusal the journey goes on from is no end."""
    journey, evidence = context.journey, LaneKind.PHYSICAL_EVIDENCE
    need_at, lane_at, ids, supported = journey.need_at, journey.lane_kind_at, journey.columns.id, context.supported
    ends: dict[str | None, list[str]] = {}
    last: dict[str | None, str] = {}
    for i in [i for i in journey.order if need_at[i] in needs]:
        step_id, need = ids[i], need_at[i]
        if lane_at[i] is evidence or step_id in supported:
            continue
        last[need] = step_id
        after = context.successors[step_id]
        if not after or (supported and all(next_id in supported for next_id in after)):
            ends.setdefault(need, []).append(step_id)
    for need, step_id in last.items():
        ends.setdefault(need, [step_id])
    for steps in ends.values():
        steps.sort(key=context.position.__getitem__)
    return ends
