"""intervention-outside-policy: an intervention the policy does not cover, or one it promises but is missing."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.check.wording import Wording
from blueprint.model import Condition, Severity, StepKind

META = RuleMeta(
    id="intervention-outside-policy",
    title="An intervention the concept's policy does not cover, or one it promises but is missing",
    rationale=(
        "Lost iPhone (Gent): 'When does the police intervene (from what value?) and when "
        "not?' Without that answer the police first refused to act, then sent a patrol "
        "for the same phone, then called the chase off."
    ),
    hint=(
        "Write the policy as thresholds over the case facts (intervene_when, e.g. "
        "item_value_eur >= 250) and make the journey follow it: intervene fully where the "
        "facts meet it, and say at once that you will not where they do not."
    ),
    severity=Severity.ERROR,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Interventions set against ``concept.intervene_when`` over ``blueprint.facts``.

    All conditions must hold for the policy to promise an intervention (``any``: one of
    them, :meth:`ServiceConcept.policy_holds`). Without conditions, an intervention counts
    as covered when the policy is written in words.
    """
    concept, facts, say = context.concept, context.blueprint.facts, context.say
    interventions = tuple(step.id for step in context.of_kind(StepKind.INTERVENTION))
    conditions = concept.intervene_when
    if not conditions:
        if interventions and not concept.intervention_policy.strip():
            yield Report(interventions, say(
                "The concept has no intervention policy, so nothing covers {steps}.",
                steps=context.quoted(interventions)))
        return
    verdicts = [(condition, condition.holds(facts)) for condition in conditions]
    failing = [condition for condition, holds in verdicts if holds is False]
    unknown = [condition for condition, holds in verdicts if holds is None]
    policy = concept.policy_holds(facts)
    if interventions and policy is False:
        fields = {"steps": context.quoted(interventions), "reasons": _not_met(say, failing, facts)}
        if len(interventions) == 1:
            message = say("{steps} intervenes although the policy does not cover this case: "
                          "{reasons}.", **fields)
        else:
            message = say("{steps} intervene although the policy does not cover this case: "
                          "{reasons}.", **fields)
        yield Report(interventions, message)
    elif interventions and policy is None:
        yield Report(interventions, say(
            "The case facts do not say {facts}, so the policy cannot tell whether {steps} should "
            "happen.", facts=", ".join(c.fact for c in unknown), steps=context.quoted(interventions)),
            hint=say("Add the missing facts to the blueprint, so the policy can be applied."))
    elif not interventions and policy is True:
        described = [condition.describe() for condition in conditions]
        yield Report((), say(
            "The policy promises an intervention when {conditions}, and this case meets it, but "
            "the journey has no intervention step.",
            conditions=say.any_of(described) if concept.intervene_when_match == "any"
            else say.all_of(described)))


def _not_met(say: Wording, failing: list[Condition], facts: dict) -> str:
    return "; ".join(say("{condition} does not hold ({fact} is {value})",
                         condition=c.describe(), fact=c.fact, value=repr(facts[c.fact]))
                     for c in failing)
