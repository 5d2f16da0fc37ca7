"""channel-rule-broken: a step uses a channel the concept's channel rules forbid for its kind."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Channel, Severity

META = RuleMeta(
    id="channel-rule-broken",
    title="A step uses a channel the concept's channel rules forbid",
    rationale=(
        "Lost iPhone (Gent): 'Why the trip, then?' A concept that says 'a registration "
        "never requires a trip' (administration never in person) turns the author's "
        "question into a rule the journey can be checked against."
    ),
    hint="Move the step to a channel the concept allows for its kind, or change the rule.",
    severity=Severity.ERROR,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Each step of a rule's kind on one of the rule's forbidden channels."""
    for rule in context.concept.channel_rules:
        if not rule.forbidden:
            continue
        because = f" ('{rule.description}')" if rule.description.strip() else ""
        forbidden = set(rule.forbidden)
        for step in context.of_kind(rule.kind):
            if step.channel in forbidden:
                yield Report((step.id,), (
                    f"'{step.title}' is {_article(rule.kind)} {rule.kind} step "
                    f"{_channel_words(step.channel)}, "
                    f"which the concept's channel rule forbids{because}."))


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _channel_words(channel: Channel) -> str:
    return "in person" if channel is Channel.IN_PERSON else f"by {channel}"
