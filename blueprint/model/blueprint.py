"""The blueprint document: lanes, steps, flows, the customer, case facts and the concept.

The model is the single truth, positions included; the canvas only shows it. Element ids
are stable strings, so files diff well and findings can point at elements.
"""

from __future__ import annotations

from pydantic import Field

from blueprint.model.base import Coordinate, Id, LongText, Minutes, ModelBase, Text
from blueprint.model.concept import FactValue, ServiceConcept
from blueprint.model.timing import Duration
from blueprint.model.vocabulary import (
    CONTACT_KINDS,
    Channel,
    FlowKind,
    LaneKind,
    Outcome,
    StepKind,
    Value,
    WasteKind,
)

MAX_ELEMENTS = 100_000
"""Upper bound on steps, flows and lanes in one blueprint: far beyond any real journey."""

MAX_NEEDS = 1000
"""Upper bound on the needs of one blueprint."""

DEFAULT_LANE_HEIGHT = 180.0


class Lane(ModelBase):
    """A horizontal swimlane. The standard five come from Bitner, Ostrom & Morgan (2008)."""

    id: Id
    title: Text
    kind: LaneKind = LaneKind.CUSTOM
    height: float = Field(default=DEFAULT_LANE_HEIGHT, ge=40, le=5000, allow_inf_nan=False)


class Referral(ModelBase):
    """Who a customer is referred to, and how they get there.

    A referral helps only when it gives a way: ``contact_details`` (a number, an address,
    a link), a ``hand_over`` (the organisation passes the case on itself) or an
    ``appointment`` made for the customer. Naming the door (``to``) alone is not a way.
    """

    to: Text = ""
    organisation: Id | None = None
    contact_details: Text = ""
    hand_over: bool = False
    appointment: bool = False

    def gives_a_way(self) -> bool:
        """Whether the customer is told how to reach whoever can help, or is taken there."""
        return bool(self.contact_details.strip()) or self.hand_over or self.appointment


class Step(ModelBase):
    """A contact or an action in the journey, placed in one lane.

    ``x`` is the left edge of the step's card on the canvas; ``y`` is measured from the
    top of its lane, so moving a lane moves its steps along.

    ``supports`` names the customer steps an evidence, backstage or support item serves
    (Bitner's vertical connector): such an item is not a step of the customer's path.
    ``organisation`` is the id of one of the blueprint's ``organisations`` (none: the
    blueprint's own). ``customer_provides`` lists what the customer tells or hands in at
    this step (for "tell us once"). ``referral`` says who and how when the step refers.
    """

    id: Id
    title: Text
    lane: Id
    description: LongText = ""
    kind: StepKind = StepKind.ACTION
    actor: Text = ""
    channel: Channel | None = None
    value: Value = Value.UNMARKED
    waste: list[WasteKind] = Field(default_factory=list, max_length=16)
    need: Id | None = None
    customer_minutes: Minutes = 0.0
    staff_minutes: Minutes = 0.0
    waiting_minutes: Minutes = 0.0
    outcome: Outcome = Outcome.NONE
    fail_point: bool = False
    fail_point_text: Text = ""
    supports: list[Id] = Field(default_factory=list, max_length=64)
    organisation: Id | None = None
    customer_provides: list[Text] = Field(default_factory=list, max_length=64)
    referral: Referral | None = None
    emotion: int | None = Field(default=None, ge=-2, le=2)
    notes: LongText = ""
    x: Coordinate = 0.0
    y: Coordinate = 20.0

    @property
    def is_contact(self) -> bool:
        """Whether the customer and the organisation are in touch in this step."""
        return self.kind in CONTACT_KINDS


class Flow(ModelBase):
    """A directed connection from one step to another.

    ``delay`` is time that passes between the two steps ("two weeks pass"); ``referral``
    says who and how on a flow of kind referral.
    """

    id: Id
    source: Id
    target: Id
    kind: FlowKind = FlowKind.SEQUENCE
    label: Text = ""
    delay: Duration | None = None
    referral: Referral | None = None


class Need(ModelBase):
    """One thing the customer came for; contacts are counted per need."""

    id: Id
    title: Text
    description: LongText = ""


class Customer(ModelBase):
    """Who goes through the journey and what they want from it."""

    persona: Text = ""
    goal: LongText = ""


class Organisation(ModelBase):
    """Another organisation that takes part in the journey, with its own promise.

    A step whose ``organisation`` names it is judged by its ``concept`` (none: by the
    blueprint's concept).
    """

    id: Id
    name: Text
    concept: ServiceConcept | None = None


class Suppression(ModelBase):
    """One rule switched off on one element, with the reason the team recorded."""

    rule: str = Field(min_length=1, max_length=80)
    element: Id
    reason: Text = Field(min_length=1)


STANDARD_LANES: tuple[tuple[str, LaneKind, str, str], ...] = (
    ("evidence", LaneKind.PHYSICAL_EVIDENCE, "Physical evidence", "Fysiek bewijs"),
    ("customer", LaneKind.CUSTOMER, "Customer actions", "Klantacties"),
    ("frontstage", LaneKind.FRONTSTAGE, "Frontstage", "Frontstage (zichtbaar)"),
    ("backstage", LaneKind.BACKSTAGE, "Backstage", "Backstage (onzichtbaar)"),
    ("support", LaneKind.SUPPORT, "Support processes", "Ondersteunende processen"),
)
"""The five standard lanes, top to bottom: id, kind, English title, Dutch title."""


def standard_lanes(language: str = "en") -> list[Lane]:
    """The five standard lanes, top to bottom, titled in Dutch for ``nl``, else in English."""
    dutch = language.split("-")[0] == "nl"
    return [Lane(id=lane_id, title=dutch_title if dutch else english, kind=kind)
            for lane_id, kind, english, dutch_title in STANDARD_LANES]


class Blueprint(ModelBase):
    """A whole service blueprint: one customer journey and the concept it is checked against.

    Cross-references (a flow's ends, a step's lane and need, unique ids) are not enforced
    here but reported by :func:`blueprint.model.validation.reference_problems`, so that an
    editor can hold a document while it is being changed and a loader can name every
    problem at once.
    """

    title: Text = "Untitled blueprint"
    description: LongText = ""
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
    customer: Customer = Field(default_factory=Customer)
    organisation: Text = ""
    organisations: list[Organisation] = Field(default_factory=list, max_length=100)
    facts: dict[str, FactValue] = Field(default_factory=dict, max_length=256)
    needs: list[Need] = Field(default_factory=list, max_length=MAX_NEEDS)
    lanes: list[Lane] = Field(default_factory=standard_lanes, min_length=1, max_length=200)
    steps: list[Step] = Field(default_factory=list, max_length=MAX_ELEMENTS)
    flows: list[Flow] = Field(default_factory=list, max_length=MAX_ELEMENTS)
    concept: ServiceConcept = Field(default_factory=ServiceConcept)
    suppressions: list[Suppression] = Field(default_factory=list, max_length=MAX_ELEMENTS)

    def step(self, step_id: str) -> Step:
        """The step with this id; KeyError when there is none."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def lane(self, lane_id: str) -> Lane:
        """The lane with this id; KeyError when there is none."""
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(lane_id)

    def element_title(self, element_id: str) -> str:
        """The title of any element (step, lane, need, flow label), or the id itself."""
        for group in (self.steps, self.lanes, self.needs):
            for element in group:
                if element.id == element_id:
                    return element.title
        for organisation in self.organisations:
            if organisation.id == element_id:
                return organisation.name
        for flow in self.flows:
            if flow.id == element_id:
                return flow.label or flow.id
        return element_id

    def all_ids(self) -> set[str]:
        """Every element id in the document."""
        ids: set[str] = set()
        for group in (self.lanes, self.steps, self.flows, self.needs, self.organisations):
            ids.update(element.id for element in group)
        concepts = [self.concept, *(o.concept for o in self.organisations if o.concept is not None)]
        ids.update(c.id for concept in concepts for c in concept.commitments if c.id is not None)
        return ids

    def organisation_concept(self, organisation_id: str | None) -> ServiceConcept:
        """The concept a step of this organisation is judged by: the organisation's own,
        else the blueprint's."""
        for organisation in self.organisations:
            if organisation.id == organisation_id and organisation.concept is not None:
                return organisation.concept
        return self.concept
