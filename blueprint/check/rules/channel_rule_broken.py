"""channel-rule-broken: a step uses a channel the concept's channel rules forbid for its kind."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.check.wording import template
from blueprint.model import Channel, CommitmentType, Severity, StepKind

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
    """Each step of a rule's kind on one of the rule's forbidden channels, and each contact
    on a channel outside a channel commitment (of the concept that judges the step)."""
    yield from _channel_rules(context)
    yield from _channel_commitments(context)


def _channel_commitments(context: CheckContext) -> Iterator[Report]:
    """Contacts on a customer channel that a channel commitment of their concept leaves out."""
    say, internal = context.say, Channel.INTERNAL
    for concept, commitment, needs in context.commitments_of(CommitmentType.CHANNEL):
        if not commitment.channels:
            continue
        covered = set(needs)
        for step in context.contacts:
            if (step.channel is None or step.channel is internal or step.channel in commitment.channels
                    or context.concept_of(step.id) is not concept or context.need_of[step.id] not in covered):
                continue
            allowed = say.any_of(say(BY_CHANNEL[channel]) for channel in commitment.channels)
            text = commitment.text.strip().rstrip(".")
            fields = {"title": step.title, "channel": say(BY_CHANNEL[step.channel]), "allowed": allowed}
            yield Report((step.id,), say(
                "'{title}' happens {channel}, while the concept promises '{promise}' ({allowed}).",
                promise=text, **fields) if text else say(
                "'{title}' happens {channel}, while the concept promises {allowed}.", **fields))


def _channel_rules(context: CheckContext) -> Iterator[Report]:
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
