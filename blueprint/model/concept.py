"""The service concept: the organisation's own promise that a journey is checked against.

After Goldstein et al. (2002) and Johnston & Clark: what the customer may expect, the
experience aimed for, when the organisation intervenes and when not, what an intervention
includes, the result promised, what the customer must do, and what is deliberately left
aside; plus channel rules and standards the check can measure.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from blueprint.model.base import Id, Minutes, ModelBase, Text, LongText
from blueprint.model.timing import Duration, WorkingCalendar
from blueprint.model.vocabulary import Channel, CommitmentType, Severity, StepKind

FactValue = bool | int | float | str
"""A case fact: a number (item value in euro), a yes/no, or a word."""

Comparison = Literal[">=", ">", "<=", "<", "==", "!="]


class Condition(ModelBase):
    """A threshold over one case fact, e.g. ``item_value_eur >= 500``."""

    fact: str = Field(min_length=1, max_length=80)
    op: Comparison = ">="
    value: FactValue

    def holds(self, facts: dict[str, FactValue]) -> bool | None:
        """Whether the condition holds for these facts; None when the fact is unknown."""
        if self.fact not in facts:
            return None
        actual = facts[self.fact]
        try:
            match self.op:
                case ">=":
                    return actual >= self.value  # type: ignore[operator]
                case ">":
                    return actual > self.value  # type: ignore[operator]
                case "<=":
                    return actual <= self.value  # type: ignore[operator]
                case "<":
                    return actual < self.value  # type: ignore[operator]
                case "==":
                    return actual == self.value
                case "!=":
                    return actual != self.value
        except TypeError:
            return False
        return None

    def describe(self) -> str:
        """The condition in plain words, as the check prints it."""
        return f"{self.fact} {self.op} {self.value!r}"


class Commitment(ModelBase):
    """One promise in the team's own words, with a type the check can test.

    ``text`` is quoted when the commitment is broken; ``id`` (optional) lets a finding and
    a suppression point at the commitment. Which fields count depends on
    ``type``: ``within`` for a deadline (time from the first contact until the need is
    resolved) and for a notification (time from the first contact until the organisation
    tells the customer; none: at some point); ``tell_once`` and ``max_customer_actions``
    for a customer duty; ``channels`` for a channel commitment (the customer deals with the
    organisation on these channels only). ``need`` limits it to one need (none: every need).
    ``from_step`` and ``until_step`` say where a deadline's or a notification's time runs
    from and to ("within 10 working days of the assessment"): none, from the need's first
    contact, until the step that resolves it (a notification: until the first step that
    tells the customer).
    """

    id: Id | None = None
    text: LongText = ""
    type: CommitmentType = CommitmentType.RESULT
    need: Id | None = None
    within: Duration | None = None
    from_step: Id | None = None
    until_step: Id | None = None
    tell_once: bool = False
    max_customer_actions: int | None = Field(default=None, ge=0, le=10_000)
    channels: list[Channel] = Field(default_factory=list, max_length=16)


class ChannelRule(ModelBase):
    """A channel rule: steps of one kind must never use the forbidden channels.

    Example: "registration never requires a trip" is ``kind=administration,
    forbidden=[in-person]``.
    """

    description: Text = ""
    kind: StepKind = StepKind.ADMINISTRATION
    forbidden: list[Channel] = Field(default_factory=list, max_length=16)


class Standards(ModelBase):
    """Measurable service standards; None means the concept sets no such standard."""

    max_contacts_per_need: int | None = Field(default=None, ge=1, le=1000)
    max_waiting_minutes: Minutes | None = None
    refusal_names_alternative: bool = True
    finish_started_interventions: bool = True
    max_hand_offs_per_need: int | None = Field(default=None, ge=0, le=1000)
    fail_points_need_recovery: bool = False


class ServiceConcept(ModelBase):
    """What the organisation promises; answers the seed's essential questions."""

    name: Text = ""
    promise: LongText = ""
    experience: LongText = ""
    intervention_policy: LongText = ""
    intervene_when: list[Condition] = Field(default_factory=list, max_length=64)
    intervene_when_match: Literal["all", "any"] = "all"
    intervention_includes: LongText = ""
    result_promised: LongText = ""
    customer_must_do: LongText = ""
    left_aside: LongText = ""
    commitments: list[Commitment] = Field(default_factory=list, max_length=64)
    calendar: WorkingCalendar = Field(default_factory=WorkingCalendar)
    channel_rules: list[ChannelRule] = Field(default_factory=list, max_length=64)
    standards: Standards = Field(default_factory=Standards)
    staff_hourly_rate_eur: float | None = Field(default=None, ge=0, le=100_000)
    preset: Literal["recommended", "strict"] = "recommended"
    rules: dict[str, Severity] = Field(default_factory=dict, max_length=256)

    ESSENTIAL_QUESTIONS: ClassVar[tuple[str, ...]] = (
        "promise",
        "intervention_policy",
        "intervention_includes",
        "result_promised",
        "customer_must_do",
        "left_aside",
    )
    """Fields that answer the seed's essential questions; the check wants each filled."""

    def policy_holds(self, facts: dict[str, FactValue]) -> bool | None:
        """Whether ``intervene_when`` promises an intervention for these facts.

        All conditions must hold (``intervene_when_match`` ``all``), or one of them
        (``any``); None when that depends on a fact the case does not give.
        """
        verdicts = [condition.holds(facts) for condition in self.intervene_when]
        if self.intervene_when_match == "any":
            if any(verdict is True for verdict in verdicts):
                return True
            return None if None in verdicts else False
        if any(verdict is False for verdict in verdicts):
            return False
        return None if None in verdicts else True

    def unanswered_questions(self) -> list[str]:
        """Names of the essential-question fields left empty (whitespace counts as empty)."""
        return [name for name in self.ESSENTIAL_QUESTIONS if not getattr(self, name).strip()]
