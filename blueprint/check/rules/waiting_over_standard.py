"""waiting-over-standard: the customer waits longer than the concept's standard allows."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.check.wording import plural_count
from blueprint.model import Severity

META = RuleMeta(
    id="waiting-over-standard",
    title="The customer waits longer than the concept's standard",
    rationale=(
        "Lost iPhone (Gent): 'Why the trip? Standing in the queue?' Waiting is waste the "
        "customer feels first; a concept that sets a maximum wait makes it measurable."
    ),
    hint=(
        "Remove the wait (an appointment, a call back, doing it at the first contact) or "
        "shorten it below the standard."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Steps whose waiting minutes exceed ``standards.max_waiting_minutes`` (when set)."""
    limit = context.concept.standards.max_waiting_minutes
    if limit is None:
        return
    say = context.say
    for step in context.waiting:
        if step.waiting_minutes > limit:
            yield Report((step.id,), say.plural(
                "The customer waits {minutes:g} minute at '{title}'; the concept allows at most "
                "{limit:g}.",
                "The customer waits {minutes:g} minutes at '{title}'; the concept allows at most "
                "{limit:g}.", plural_count(step.waiting_minutes),
                minutes=step.waiting_minutes, title=step.title, limit=limit))
