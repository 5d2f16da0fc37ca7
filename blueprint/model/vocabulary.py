"""The fixed vocabularies of a service blueprint: values, waste kinds, channels, outcomes.

Every enumeration is a ``StrEnum`` so that files carry readable words, not numbers.
"""

from __future__ import annotations

from enum import StrEnum


class Value(StrEnum):
    """How the team judges a step, from the customer's point of view."""

    VALUABLE = "valuable"
    NECESSARY = "necessary"
    WASTED = "wasted"
    UNMARKED = "unmarked"


class WasteKind(StrEnum):
    """Why a wasted step is waste (lean service and Seddon's failure demand)."""

    TRAVEL = "travel"
    WAITING = "waiting"
    REPEAT_CONTACT = "repeat-contact"  # failure demand: the customer has to come back
    HAND_OFF = "hand-off"
    OVER_PROCESSING = "over-processing"  # administration only, no value for anyone
    ABANDONED_EFFORT = "abandoned-effort"
    ERROR = "error"
    UNCLEAR_INFORMATION = "unclear-information"
    WRONG_DOOR = "wrong-door"  # the customer is at the wrong organisation or desk (NI14)


class Channel(StrEnum):
    """How a step reaches the customer or is carried out."""

    IN_PERSON = "in-person"
    PHONE = "phone"
    APP_WEB = "app-web"
    EMAIL = "email"
    LETTER = "letter"
    INTERNAL = "internal"  # no customer channel: work inside the organisation
    OTHER = "other"


class Outcome(StrEnum):
    """What a step ends in for the customer's need."""

    NONE = "none"
    RESOLVED = "resolved"
    REFERRED = "referred"
    REFUSED = "refused"
    ABANDONED = "abandoned"


class StepKind(StrEnum):
    """What sort of step this is; the check counts contacts and interventions by it."""

    ACTION = "action"  # something the customer or staff does, not a contact
    CONTACT = "contact"  # customer and organisation in touch
    ADMINISTRATION = "administration"  # a contact that only registers something
    ESCALATION = "escalation"  # a contact that goes up the chain: manager, complaint
    INTERVENTION = "intervention"  # the organisation acts on the customer's case
    NOTIFICATION = "notification"  # the organisation tells the customer something


CONTACT_KINDS = frozenset({StepKind.CONTACT, StepKind.ADMINISTRATION, StepKind.ESCALATION,
                           StepKind.NOTIFICATION})
"""Kinds that make a step a contact whatever its lane (``docs/metrics.md`` says how a step
of kind ``action`` becomes a contact from its lane, channel and flows)."""


class FlowKind(StrEnum):
    """How one step leads to the next."""

    SEQUENCE = "sequence"
    HAND_OFF = "hand-off"
    REFERRAL = "referral"
    INFORMATION = "information"
    RECOVERY = "recovery"  # from a fail point to the step that puts it right


class CommitmentType(StrEnum):
    """What a commitment of the service concept promises, so the check can test it."""

    RESULT = "result"  # the need ends resolved (promise-not-met)
    DEADLINE = "deadline"  # resolved within a time from the first contact (deadline-missed)
    NOTIFICATION = "notification"  # the organisation tells the customer (notification-missing)
    CUSTOMER_DUTY = "customer-duty"  # what the customer must do, and no more (customer-duty-broken)
    CHANNEL = "channel"  # the channels the customer deals with us on (channel-rule-broken)


class LaneKind(StrEnum):
    """The standard lanes of Bitner, Ostrom & Morgan (2008), plus custom lanes."""

    PHYSICAL_EVIDENCE = "physical-evidence"
    CUSTOMER = "customer"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"
    CUSTOM = "custom"


class Severity(StrEnum):
    """How much a finding of a rule matters; ``off`` switches the rule off."""

    OFF = "off"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Order for comparison: off < info < warning < error."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.OFF: 0, Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}
