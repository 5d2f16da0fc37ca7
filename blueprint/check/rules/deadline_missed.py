"""deadline-missed: a need takes longer from the first contact than a deadline commitment allows."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.durations import duration_text, elapsed_text, first_contact, time_between
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import CommitmentType, Outcome, Severity

META = RuleMeta(
    id="deadline-missed",
    title="A need takes longer than the concept's deadline",
    rationale=(
        "Goldstein et al. (2002): the service concept is the 'what and how' of a service, "
        "and a promise the organisation cannot check is a slogan. 'Within five working "
        "days' can be checked: from the first contact to the result, on the working "
        "calendar the concept sets."
    ),
    hint=(
        "Take the waits and the hand-offs out of the path to the result, or promise a "
        "deadline the process can keep."
    ),
    severity=Severity.ERROR,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Each deadline commitment (with ``within``) of every concept, per need it covers:
    the time from the need's first contact (or the commitment's ``from_step``) to the step
    that resolves it (or its ``until_step``), with the time drawn on flows, against the
    deadline."""
    journey, say, ids = context.journey, context.say, context.journey.columns.id
    for concept, commitment, needs in context.commitments_of(CommitmentType.DEADLINE):
        if commitment.within is None:
            continue
        calendar = concept.calendar
        for need_id in needs:
            start = (journey.position.get(commitment.from_step) if commitment.from_step
                     else first_contact(journey, need_id))
            if start is None:
                continue
            end = (journey.position.get(commitment.until_step) if commitment.until_step
                   else result_step(context, need_id))
            taken = time_between(journey, start, end, calendar)
            if taken <= commitment.within.working_minutes(calendar) + 1e-9:
                continue
            fields = {"need": context.need_label(need_id, capital=True),
                      "taken": elapsed_text(say, taken, commitment.within.unit, calendar),
                      "first": context.title(ids[start]), "last": context.title(ids[end]),
                      "promise": commitment.text.strip().rstrip(".") or duration_text(say, commitment.within),
                      "limit": duration_text(say, commitment.within)}
            message = (say("{need} takes {taken} from '{first}' to '{last}'; the concept promises "
                           "'{promise}' ({limit}).", **fields) if commitment.from_step else
                       say("{need} takes {taken} from the first contact ('{first}') to '{last}'; the "
                           "concept promises '{promise}' ({limit}).", **fields))
            yield Report((ids[end], ids[start], *context.pointing_at(need_id, commitment)), message)


def result_step(context: CheckContext, need_id: str | None) -> int:
    """Where a need's deadline runs to: its first step that resolves it, else its first
    referral with a way, else its last step on the customer's path (positions)."""
    journey = context.journey
    ids, need_at = journey.columns.id, journey.need_at
    mine = [i for i in journey.order if need_at[i] == need_id and ids[i] not in context.supported]
    settling = set(journey.settling_steps)
    resolved = [i for i in mine if journey.columns.outcome[i] == Outcome.RESOLVED]
    referred = [i for i in mine if ids[i] in settling]
    return (resolved or referred or mine)[0 if resolved or referred else -1]
