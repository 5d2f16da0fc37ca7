"""channel-rule-broken: a step uses a channel the concept's channel rules forbid for its kind."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.check.wording import template
from blueprint.model import Channel, Severity, StepKind

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


STEP_OF_KIND = {
    StepKind.ACTION: template("an action step"),
    StepKind.CONTACT: template("a contact step"),
    StepKind.ADMINISTRATION: template("an administration step"),
    StepKind.ESCALATION: template("an escalation step"),
    StepKind.INTERVENTION: template("an intervention step"),
    StepKind.NOTIFICATION: template("a notification step"),
}
"""A step of each kind, as a message names it."""

BY_CHANNEL = {
    Channel.IN_PERSON: template("in person"),
    Channel.PHONE: template("by phone"),
    Channel.APP_WEB: template("by app or web"),
    Channel.EMAIL: template("by e-mail"),
    Channel.LETTER: template("by letter"),
    Channel.INTERNAL: template("inside the organisation"),
    Channel.OTHER: template("by another channel"),
}
"""How a step happens on each channel, as a message says it."""


def check(context: CheckContext) -> Iterator[Report]:
    """Each step of a rule's kind on one of the rule's forbidden channels."""
    say = context.say
    for rule in context.concept.channel_rules:
        if not rule.forbidden:
            continue
        because = rule.description.strip()
        forbidden = set(rule.forbidden)
        step_of_kind = say(STEP_OF_KIND[rule.kind])
        for step in context.of_kind(rule.kind):
            if step.channel not in forbidden:
                continue
            fields = {"title": step.title, "step": step_of_kind,
                      "channel": say(BY_CHANNEL[step.channel])}
            if because:
                yield Report((step.id,), say(
                    "'{title}' is {step} {channel}, which the concept's channel rule forbids "
                    "('{rule}').", rule=because, **fields))
            else:
                yield Report((step.id,), say(
                    "'{title}' is {step} {channel}, which the concept's channel rule forbids.",
                    **fields))
