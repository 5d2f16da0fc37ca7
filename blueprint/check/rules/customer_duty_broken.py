"""customer-duty-broken: the customer has to do more than the concept says they must."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import IMPLICIT_NEED, CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import CommitmentType, LaneKind, Severity

META = RuleMeta(
    id="customer-duty-broken",
    title="The customer has to do more than the concept says",
    rationale=(
        "Birth registration (town hall): the father asked, insisted and refused to leave "
        "before anyone helped. Goldstein et al. (2002): the concept says what the customer "
        "must do; 'tell us once' is a duty the organisation takes on, and telling the same "
        "thing twice is failure demand (Seddon)."
    ),
    hint=(
        "Pass on what the customer already told you (one file, one case owner) and take "
        "the customer's steps that the concept does not ask for out of the journey."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Each customer-duty commitment of every concept, over the needs it covers: with
    ``tell_once``, an item of ``customer_provides`` given at two or more steps; with
    ``max_customer_actions``, a need with more customer-lane steps than it allows."""
    say, customer = context.say, LaneKind.CUSTOMER
    journey = context.journey
    ids, need_at = journey.columns.id, journey.need_at
    for _, commitment, needs in context.commitments_of(CommitmentType.CUSTOMER_DUTY):
        text = commitment.text.strip().rstrip(".")
        promise = " " + say("The concept promises: '{promise}'.", promise=text) if text else ""
        if commitment.tell_once:
            covered = set(needs)
            told = [ids[i] for i in journey.order if need_at[i] in covered and ids[i] not in context.supported]
            yield from _told_again(context, told, promise, context.pointing_at(IMPLICIT_NEED, commitment))
        limit = commitment.max_customer_actions
        if limit is None:
            continue
        for need_id in needs:
            mine = [ids[i] for i in journey.order if need_at[i] == need_id
                    and ids[i] not in context.supported and context.lane_kind[ids[i]] is customer]
            if len(mine) > limit:
                yield Report((*mine, *context.pointing_at(need_id, commitment)), say.plural(
                    "{need} asks {count} action of the customer ({steps}); the concept asks at "
                    "most {limit}.",
                    "{need} asks {count} actions of the customer ({steps}); the concept asks at "
                    "most {limit}.", len(mine), need=context.need_label(need_id, capital=True),
                    steps=context.quoted(mine), limit=limit) + promise)


def _told_again(context: CheckContext, steps: list[str], promise: str,
                commitment: tuple[str, ...]) -> Iterator[Report]:
    """Each item the customer gives at more than one of ``steps``; the finding lists the
    steps where it is given again (the first time is the one the concept asks for)."""
    given: dict[str, tuple[str, list[str]]] = {}
    for step_id in steps:
        for item in context.step_by_id[step_id].customer_provides:
            key = " ".join(item.split()).casefold()
            if key:
                given.setdefault(key, (item.strip(), []))[1].append(step_id)
    for item, at in given.values():
        at = list(dict.fromkeys(at))
        if len(at) > 1:
            yield Report((*at[1:], *commitment), context.say.plural(
                "The customer gives '{item}' {count} time ({steps}).",
                "The customer gives '{item}' {count} times ({steps}).", len(at), item=item,
                steps=context.quoted(at)) + promise)
