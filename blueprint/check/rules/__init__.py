"""The rules of the concept check, one module per rule.

Each module has ``META`` (a :class:`~blueprint.check.finding.RuleMeta`) and a pure
function ``check(context) -> Iterable[Report]`` over a
:class:`~blueprint.check.context.CheckContext`. To add a rule, write its module, add it
to :data:`RULE_MODULES`, give it a fixture folder in ``tests/check/fixtures/<rule-id>/``
and a page in ``blueprint/resources/help/rules/<rule-id>.md``.
"""

from blueprint.check.rules import (
    abandoned_effort,
    administrative_trip,
    channel_rule_broken,
    concept_incomplete,
    customer_duty_broken,
    dead_end,
    deadline_missed,
    fail_point_without_recovery,
    incomplete_referral,
    intervention_outside_policy,
    line_of_visibility,
    notification_missing,
    promise_not_met,
    refusal_without_alternative,
    too_many_contacts,
    too_many_hand_offs,
    unmarked_step,
    unreachable_step,
    waiting_over_standard,
)

RULE_MODULES = (
    concept_incomplete,
    intervention_outside_policy,
    administrative_trip,
    channel_rule_broken,
    refusal_without_alternative,
    abandoned_effort,
    incomplete_referral,
    promise_not_met,
    deadline_missed,
    notification_missing,
    customer_duty_broken,
    too_many_contacts,
    too_many_hand_offs,
    waiting_over_standard,
    fail_point_without_recovery,
    line_of_visibility,
    dead_end,
    unreachable_step,
    unmarked_step,
)
"""Every rule, in the stable order the engine runs them and the docs list them."""
