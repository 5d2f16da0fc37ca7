"""notification-missing: the concept promises to tell the customer, and no step does (in time)."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.analysis.journey import Journey
from blueprint.check.context import CheckContext
from blueprint.check.durations import duration_text, elapsed_text, first_contact, time_between
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import CommitmentType, Severity, StepKind

META = RuleMeta(
    id="notification-missing",
    title="The concept promises to tell the customer, and no step does",
    rationale=(
        "Seddon counts 'chasing' as failure demand: the customer calls because nobody told "
        "them where their case stands. NI14 lists it among the avoidable contacts. 'We let "
        "you know when it is done' is a commitment the blueprint must show as a step."
    ),
    hint=(
        "Add the step where the organisation tells the customer (kind notification: a "
        "letter, an e-mail, a text message, a call), at the moment the concept promises."
    ),
    severity=Severity.WARNING,
)

def telling_steps(journey: Journey) -> list[int]:
    """Positions of the steps where the organisation tells the customer, in journey order:
    the steps of kind notification (a bill or a form letter is not the promised message,
    so the team says which step is)."""
    kinds, notification = journey.columns.kind, StepKind.NOTIFICATION
    return [i for i in journey.order if kinds[i] == notification]


def check(context: CheckContext) -> Iterator[Report]:
    """Each notification commitment of every concept, per need it covers: a step that
    tells the customer (:func:`telling_steps`; its ``until_step`` when it names one), within
    ``within`` of the first contact (or of its ``from_step``) when the commitment sets it."""
    journey, say = context.journey, context.say
    commitments = context.commitments_of(CommitmentType.NOTIFICATION)
    if not commitments:
        return
    telling = telling_steps(journey)
    ids, need_at = journey.columns.id, journey.need_at
    for concept, commitment, needs in commitments:
        text = commitment.text.strip().rstrip(".")
        for need_id in needs:
            start = (journey.position.get(commitment.from_step) if commitment.from_step
                     else first_contact(journey, need_id))
            if start is None:
                continue
            told = [i for i in telling if need_at[i] == need_id]
            if commitment.until_step in journey.position:
                told = [journey.position[commitment.until_step]]
            need = context.pointing_at(need_id, commitment)
            label = context.need_label(need_id, capital=True)
            if not told:
                yield Report((ids[start], *need), say(
                    "{need}: no step tells the customer, yet the concept promises '{promise}'.",
                    need=label, promise=text) if text else say(
                    "{need}: no step tells the customer, yet the concept promises to.", need=label))
                continue
            if commitment.within is None:
                continue
            taken = time_between(journey, start, told[0], concept.calendar)
            if taken <= commitment.within.working_minutes(concept.calendar) + 1e-9:
                continue
            yield Report((ids[told[0]], ids[start], *need), say(
                "{need}: the customer is first told at '{step}', {taken} after the first contact; "
                "the concept promises within {limit}.", need=label, step=context.title(ids[told[0]]),
                taken=elapsed_text(say, taken, commitment.within.unit, concept.calendar),
                limit=duration_text(say, commitment.within)))
