"""The blueprint document model: pydantic classes, no Qt."""

from blueprint.model.blueprint import (
    Blueprint,
    Customer,
    Flow,
    Lane,
    Need,
    Organisation,
    Referral,
    Step,
    Suppression,
    standard_lanes,
)
from blueprint.model.concept import ChannelRule, Commitment, Condition, ServiceConcept, Standards
from blueprint.model.fileformat import (
    FileUnreadable,
    LoadError,
    dumps_blueprint,
    dumps_concept,
    load_blueprint,
    load_concept,
    loads_blueprint,
    loads_concept,
    save_blueprint,
    save_concept,
)
from blueprint.model.timing import Duration, TimeUnit, WorkingCalendar
from blueprint.model.validation import Problem, reference_problems
from blueprint.model.vocabulary import (
    CONTACT_KINDS,
    Channel,
    CommitmentType,
    FlowKind,
    LaneKind,
    Outcome,
    Severity,
    StepKind,
    Value,
    WasteKind,
)

__all__ = [
    "Blueprint", "Customer", "Flow", "Lane", "Need", "Organisation", "Referral", "Step",
    "Suppression", "standard_lanes",
    "ChannelRule", "Commitment", "Condition", "ServiceConcept", "Standards",
    "Duration", "TimeUnit", "WorkingCalendar",
    "FileUnreadable", "LoadError", "dumps_blueprint", "dumps_concept", "load_blueprint",
    "load_concept", "loads_blueprint", "loads_concept", "save_blueprint", "save_concept",
    "Problem", "reference_problems",
    "CONTACT_KINDS", "Channel", "CommitmentType", "FlowKind", "LaneKind", "Outcome", "Severity", "StepKind",
    "Value", "WasteKind",
]
