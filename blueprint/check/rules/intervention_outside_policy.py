"""intervention-outside-policy: an intervention the policy does not cover, or one it promises but is missing."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
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

    All conditions must hold for the policy to promise an intervention. Without
    conditions, an intervention counts as covered when the policy is written in words.
    """
    concept, facts = context.concept, context.blueprint.facts
    interventions = tuple(step.id for step in context.of_kind(StepKind.INTERVENTION))
    conditions = concept.intervene_when
    if not conditions:
        if interventions and not concept.intervention_policy.strip():
            yield Report(interventions, (
                f"The concept has no intervention policy, so nothing covers "
                f"{context.quoted(interventions)}."))
        return
    verdicts = [(condition, condition.holds(facts)) for condition in conditions]
    failing = [condition for condition, holds in verdicts if holds is False]
    unknown = [condition for condition, holds in verdicts if holds is None]
    if interventions and failing:
        yield Report(interventions, (
            f"{context.quoted(interventions)} {'intervenes' if len(interventions) == 1 else 'intervene'}"
            f" although the policy does not cover "
            f"this case: {_not_met(failing, facts)}."))
    elif interventions and unknown:
        yield Report(interventions, (
            f"The case facts do not say {', '.join(c.fact for c in unknown)}, so the policy "
            f"cannot tell whether {context.quoted(interventions)} should happen."),
            hint="Add the missing facts to the blueprint, so the policy can be applied.")
    elif not interventions and not failing and not unknown:
        promised = " and ".join(condition.describe() for condition in conditions)
        yield Report((), (
            f"The policy promises an intervention when {promised}, and this case meets it, "
            f"but the journey has no intervention step."))


def _not_met(failing: list[Condition], facts: dict) -> str:
    return "; ".join(f"{c.describe()} does not hold ({c.fact} is {facts[c.fact]!r})"
                     for c in failing)
