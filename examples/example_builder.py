"""Bilingual (or trilingual) specifications of the example journeys, and how they become model documents.

Every text is a pair ``(English, Dutch)`` written side by side, or a triple ``(English,
Dutch, French)`` in a journey that is also written in French (the lost iPhone, from Gent),
so the languages of an example cannot drift apart: ids, lanes, flows, values and minutes
are written once and shared. :func:`build_blueprint` turns a :class:`JourneySpec` into a
:class:`~blueprint.model.Blueprint` in one language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint.model import (
    Blueprint,
    Channel,
    ChannelRule,
    Condition,
    Customer,
    Flow,
    FlowKind,
    Lane,
    LaneKind,
    Need,
    Outcome,
    Referral,
    ServiceConcept,
    Standards,
    Step,
    StepKind,
    Value,
    Volume,
    WasteKind,
)

Bilingual = tuple[str, ...]
"""A text in English and in Dutch, in that order, and in French when the journey has it."""

LANGUAGES = ("en", "nl", "fr")
"""Every language an example can be written in, in the order of a text's translations."""
BILINGUAL = LANGUAGES[:2]
NO_TEXT: Bilingual = ("", "", "")

FIRST_COLUMN_X = 40.0
COLUMN_WIDTH = 240.0
CARD_Y = 40.0
"""A card 100 units tall centred in a lane 180 units tall."""

ESTIMATE_NOTE: Bilingual = ("Minutes are estimates.", "De minuten zijn schattingen.",
                             "Les minutes sont des estimations.")

LANES: tuple[tuple[str, LaneKind, Bilingual], ...] = (
    ("evidence", LaneKind.PHYSICAL_EVIDENCE, ("Physical evidence", "Fysiek bewijs", "Preuves physiques")),
    ("customer", LaneKind.CUSTOMER, ("Customer actions", "Klantacties", "Actions du client")),
    ("frontstage", LaneKind.FRONTSTAGE, ("Frontstage", "Frontstage (zichtbaar)", "Avant-scène (visible)")),
    ("backstage", LaneKind.BACKSTAGE, ("Backstage", "Backstage (onzichtbaar)", "Arrière-scène (invisible)")),
    ("support", LaneKind.SUPPORT, ("Support processes", "Ondersteunende processen", "Processus de support")),
)
"""The five standard lanes, top to bottom, with their titles in both languages."""


def rate_note(rate_eur: float) -> Bilingual:
    """The sentence saying that the staff cost uses an estimated hourly rate."""
    return (f"The staff cost uses an estimated hourly rate of €{rate_eur:.0f}.",
            f"De personeelskost gebruikt een geschat uurtarief van €{rate_eur:.0f}.",
            f"Le coût du personnel utilise un taux horaire estimé de {rate_eur:.0f} €.")


def joined(*texts: Bilingual) -> Bilingual:
    """Several texts joined into one, sentence after sentence, in each language they all have."""
    languages = min(len(text) for text in texts)
    return tuple(" ".join(text[index] for text in texts) for index in range(languages))


def pick(text: Bilingual, language: str) -> str:
    """The text in one language: ``en``, ``nl`` or ``fr``."""
    return text[LANGUAGES.index(language)]


@dataclass(frozen=True)
class StepSpec:
    """One step in both languages; ``column`` places it in time order, left to right."""

    id: str
    lane: str
    column: int
    title: Bilingual
    description: Bilingual
    actor: Bilingual
    kind: StepKind
    channel: Channel
    value: Value
    waste: tuple[WasteKind, ...] = ()
    need: str | None = None
    outcome: Outcome = Outcome.NONE
    fail_point: bool = False
    emotion: int | None = None
    minutes: tuple[float, float, float] = (0.0, 0.0, 0.0)
    """Customer, staff and waiting minutes: estimates."""
    note: Bilingual = NO_TEXT
    replaces: tuple[str, ...] = ()
    """In a to-be: the as-is steps this step takes the place of (for the comparison)."""
    referral: ReferralSpec | None = None
    fail_point_text: Bilingual = NO_TEXT
    """What goes wrong at the fail point, in a few words."""


@dataclass(frozen=True)
class ReferralSpec:
    """Who a referring step sends the customer to, and how (contact details, a hand-over)."""

    to: Bilingual
    contact_details: Bilingual = NO_TEXT
    hand_over: bool = False


@dataclass(frozen=True)
class FlowSpec:
    """A flow between two steps; its id is derived from its ends."""

    source: str
    target: str
    kind: FlowKind = FlowKind.SEQUENCE
    label: Bilingual = NO_TEXT


@dataclass(frozen=True)
class ChannelRuleSpec:
    """A channel rule: steps of ``kind`` never use the ``forbidden`` channels."""

    kind: StepKind
    forbidden: tuple[Channel, ...]
    description: Bilingual


@dataclass(frozen=True)
class ConceptSpec:
    """A service concept in both languages; empty answers stay empty in both."""

    name: Bilingual = NO_TEXT
    promise: Bilingual = NO_TEXT
    experience: Bilingual = NO_TEXT
    intervention_policy: Bilingual = NO_TEXT
    intervene_when: tuple[Condition, ...] = ()
    intervention_includes: Bilingual = NO_TEXT
    result_promised: Bilingual = NO_TEXT
    customer_must_do: Bilingual = NO_TEXT
    left_aside: Bilingual = NO_TEXT
    channel_rules: tuple[ChannelRuleSpec, ...] = ()
    standards: Standards = field(default_factory=Standards)
    staff_hourly_rate_eur: float | None = None
    channel_costs_eur: tuple[tuple[Channel, float], ...] = ()
    """Estimated euro per contact on a channel, beyond the staff time."""


CONCEPT_TEXTS = ("name", "promise", "experience", "intervention_policy",
                 "intervention_includes", "result_promised", "customer_must_do", "left_aside")


@dataclass(frozen=True)
class JourneySpec:
    """One example journey (as-is or to-be) in both languages."""

    file_stem: str  # e.g. "lost-iphone.as-is"
    title: Bilingual
    description: Bilingual
    persona: Bilingual
    goal: Bilingual
    organisation: Bilingual
    needs: tuple[tuple[str, Bilingual], ...]
    steps: tuple[StepSpec, ...]
    flows: tuple[FlowSpec, ...]
    concept: ConceptSpec
    facts: dict[str, bool | int | float | str] = field(default_factory=dict)
    cases_per_year: int | None = None
    """The estimated volume: how many cases a year; the description says it is an estimate."""
    languages: tuple[str, ...] = BILINGUAL
    """The languages the journey is written in: every text has one translation for each."""


def volume_note(cases_per_year: int) -> Bilingual:
    """The sentence saying that the volume and the costs per contact are estimates."""
    return (f"The volume of {cases_per_year:,} cases a year and the costs per contact are estimates.",
            f"Het volume van {cases_per_year:,} zaken per jaar en de kosten per contact zijn "
            f"schattingen.".replace(",", "."),
            f"Le volume de {cases_per_year:,} dossiers par an et les coûts par contact sont des "
            f"estimations.".replace(",", "\u202f"))


def column_x(column: int) -> float:
    """The left edge of a card in this column."""
    return FIRST_COLUMN_X + COLUMN_WIDTH * column


def flow_id(spec: FlowSpec) -> str:
    """A readable flow id from its ends, e.g. ``travel-to-station--queue-at-station``."""
    return f"{spec.source}--{spec.target}"


def build_step(spec: StepSpec, language: str) -> Step:
    """The step in one language; its notes always say that the minutes are estimates."""
    note = pick(spec.note, language)
    estimate = pick(ESTIMATE_NOTE, language)
    customer, staff, waiting = spec.minutes
    return Step(
        id=spec.id, lane=spec.lane, title=pick(spec.title, language),
        description=pick(spec.description, language), kind=spec.kind,
        actor=pick(spec.actor, language), channel=spec.channel, value=spec.value,
        waste=list(spec.waste), need=spec.need, customer_minutes=customer,
        staff_minutes=staff, waiting_minutes=waiting, outcome=spec.outcome,
        fail_point=spec.fail_point, fail_point_text=pick(spec.fail_point_text, language),
        emotion=spec.emotion,
        referral=None if spec.referral is None else Referral(
            to=pick(spec.referral.to, language),
            contact_details=pick(spec.referral.contact_details, language),
            hand_over=spec.referral.hand_over),
        notes=f"{note} {estimate}" if note else estimate, replaces=list(spec.replaces),
        x=column_x(spec.column), y=CARD_Y,
    )


def build_flow(spec: FlowSpec, language: str) -> Flow:
    """The flow in one language (only its label is translated)."""
    return Flow(id=flow_id(spec), source=spec.source, target=spec.target,
                kind=spec.kind, label=pick(spec.label, language))


def build_concept(spec: ConceptSpec, language: str) -> ServiceConcept:
    """The service concept in one language."""
    texts = {name: pick(getattr(spec, name), language) for name in CONCEPT_TEXTS}
    rules = [ChannelRule(kind=rule.kind, forbidden=list(rule.forbidden),
                         description=pick(rule.description, language))
             for rule in spec.channel_rules]
    return ServiceConcept(
        **texts, intervene_when=list(spec.intervene_when), channel_rules=rules,
        standards=spec.standards, staff_hourly_rate_eur=spec.staff_hourly_rate_eur,
        channel_costs_eur=dict(spec.channel_costs_eur),
    )


def build_lanes(language: str) -> list[Lane]:
    """The five standard lanes with titles in one language."""
    return [Lane(id=lane_id, kind=kind, title=pick(title, language))
            for lane_id, kind, title in LANES]


def build_blueprint(spec: JourneySpec, language: str) -> Blueprint:
    """The whole blueprint of one journey in one language."""
    description = spec.description
    if spec.cases_per_year is not None:
        description = joined(description, volume_note(spec.cases_per_year))
    return Blueprint(
        title=pick(spec.title, language),
        description=pick(description, language),
        language=language,
        customer=Customer(persona=pick(spec.persona, language), goal=pick(spec.goal, language)),
        organisation=pick(spec.organisation, language),
        facts=dict(spec.facts),
        volume=None if spec.cases_per_year is None else Volume(cases=spec.cases_per_year),
        needs=[Need(id=need_id, title=pick(title, language)) for need_id, title in spec.needs],
        lanes=build_lanes(language),
        steps=[build_step(step, language) for step in spec.steps],
        flows=[build_flow(flow, language) for flow in spec.flows],
        concept=build_concept(spec.concept, language),
    )
