"""Large, realistic, deterministic blueprints for benchmarks.

:func:`generate_blueprint` writes a long journey of a customer who comes back with one need
after another. Each need is a few rounds of contact: the customer reaches out, frontstage
answers, backstage and support sometimes work on the case, a piece of physical evidence
sometimes lands with the customer. The journey is mostly one chain in time order, with
parallel backstage branches that join again, referrals from one need to the next, repeat
contacts that loop back (failure demand) and the odd escalation. Positions follow the
shared geometry: one column every 240 units from x=40, cards centred in their lane; a
journey longer than 4,000 columns wraps into bands of 180 units stacked inside taller lanes.

The same ``(n_steps, seed)`` always gives the same blueprint.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

from blueprint.model import (
    Blueprint,
    ChannelRule,
    Condition,
    Customer,
    Flow,
    Need,
    ServiceConcept,
    Standards,
    Step,
    standard_lanes,
)
from blueprint.model.blueprint import DEFAULT_LANE_HEIGHT
from blueprint.model.vocabulary import Channel, FlowKind, Outcome, StepKind, Value, WasteKind

FIRST_COLUMN_X = 40.0
COLUMN_WIDTH = 240.0
CARD_Y = 40.0
COLUMNS_PER_BAND = 4000
"""A coordinate stays under 1,000,000: longer journeys wrap into bands stacked in each lane."""

CUSTOMER_CHANNELS = (Channel.IN_PERSON, Channel.PHONE, Channel.APP_WEB, Channel.EMAIL, Channel.LETTER)
CUSTOMER_CHANNEL_WEIGHTS = (3, 4, 4, 2, 1)
WASTE_BY_KIND = {
    StepKind.CONTACT: (WasteKind.REPEAT_CONTACT, WasteKind.UNCLEAR_INFORMATION, WasteKind.WAITING),
    StepKind.ADMINISTRATION: (WasteKind.OVER_PROCESSING, WasteKind.TRAVEL, WasteKind.WAITING),
    StepKind.ESCALATION: (WasteKind.REPEAT_CONTACT, WasteKind.ERROR),
    StepKind.ACTION: (WasteKind.HAND_OFF, WasteKind.OVER_PROCESSING, WasteKind.ERROR),
    StepKind.INTERVENTION: (WasteKind.ABANDONED_EFFORT, WasteKind.HAND_OFF),
}
MAX_NEEDS = 1000  # what a Blueprint holds
FINAL_OUTCOMES = (Outcome.RESOLVED, Outcome.REFERRED, Outcome.REFUSED, Outcome.ABANDONED)
FINAL_OUTCOME_WEIGHTS = (70, 15, 8, 7)


class _Full(Exception):
    """Raised by the builder when the blueprint has all the steps it was asked for."""


@dataclass
class _Builder:
    """Collects steps and flows until ``limit`` steps exist; keeps the running column."""

    limit: int
    rng: random.Random
    steps: list[Step] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    column: int = 0

    def step(self, lane: str, title: str, kind: StepKind, *, same_column: bool = False,
             **fields: object) -> str:
        """Add a step in a new column (or the current one); its id."""
        if len(self.steps) >= self.limit:
            raise _Full
        if not same_column:
            self.column += 1
        step_id = f"s{len(self.steps) + 1:05d}"
        value, waste = self._judge(kind)
        band, column = divmod(self.column - 1, COLUMNS_PER_BAND)
        self.steps.append(Step(
            id=step_id, title=f"{title} ({step_id})", lane=lane, kind=kind, value=value,
            waste=waste, emotion=self._emotion(value),
            x=FIRST_COLUMN_X + COLUMN_WIDTH * column, y=CARD_Y + DEFAULT_LANE_HEIGHT * band,
            **fields))
        return step_id

    def flow(self, source: str, target: str, kind: FlowKind = FlowKind.SEQUENCE, label: str = "") -> None:
        """Add a flow between two existing steps."""
        self.flows.append(Flow(id=f"f{len(self.flows) + 1:05d}", source=source, target=target,
                               kind=kind, label=label))

    def _judge(self, kind: StepKind) -> tuple[Value, list[WasteKind]]:
        value = self.rng.choices(
            (Value.VALUABLE, Value.NECESSARY, Value.WASTED, Value.UNMARKED), (45, 25, 22, 8))[0]
        if value is not Value.WASTED:
            return value, []
        kinds = WASTE_BY_KIND[kind]
        return value, sorted(set(self.rng.sample(kinds, self.rng.randint(1, min(2, len(kinds))))))

    def _emotion(self, value: Value) -> int | None:
        if self.rng.random() < 0.2:
            return None
        centre = {Value.VALUABLE: 1, Value.WASTED: -1}.get(value, 0)
        return max(-2, min(2, centre + self.rng.choice((-1, 0, 0, 1))))


def _minutes(rng: random.Random, low: float, high: float) -> float:
    return float(rng.randint(int(low), int(high)))


def _round(build: _Builder, need: str, previous: str | None, repeat: bool) -> tuple[str, str]:
    """One round of contact for a need; (first step, last step) of the round."""
    rng = build.rng
    channel = rng.choices(CUSTOMER_CHANNELS, CUSTOMER_CHANNEL_WEIGHTS)[0]
    customer = build.step(
        "customer", "Customer contacts again" if repeat else "Customer asks", StepKind.CONTACT,
        channel=channel, need=need, customer_minutes=_minutes(rng, 2, 30),
        waiting_minutes=_minutes(rng, 0, 45) if rng.random() < 0.4 else 0.0)
    if repeat:
        build.steps[-1] = build.steps[-1].model_copy(
            update={"value": Value.WASTED, "waste": [WasteKind.REPEAT_CONTACT]})
    if previous is not None:
        build.flow(previous, customer)
    if rng.random() < 0.2:
        evidence = build.step("evidence", "Letter or screen the customer sees", StepKind.ACTION,
                              same_column=True, channel=channel)
        build.flow(evidence, customer, FlowKind.INFORMATION)
    kind = rng.choices((StepKind.CONTACT, StepKind.ADMINISTRATION, StepKind.ESCALATION), (70, 22, 8))[0]
    front = build.step(
        "frontstage", "Manager steps in" if kind is StepKind.ESCALATION else "Clerk answers", kind,
        channel=channel, need=need, actor="manager" if kind is StepKind.ESCALATION else "clerk",
        customer_minutes=_minutes(rng, 3, 20), staff_minutes=_minutes(rng, 3, 25),
        fail_point=rng.random() < 0.1)
    build.flow(customer, front)
    return customer, _backstage(build, front, need)


def _backstage(build: _Builder, front: str, need: str) -> str:
    """Backstage and support work behind a frontstage step; the step the round ends on."""
    rng = build.rng
    if rng.random() < 0.4:
        return front
    kind = StepKind.INTERVENTION if rng.random() < 0.25 else StepKind.ACTION
    back = build.step("backstage", "Officer acts on the case" if kind is StepKind.INTERVENTION
                      else "Clerk processes the file", kind, channel=Channel.INTERNAL,
                      staff_minutes=_minutes(rng, 5, 60), waiting_minutes=_minutes(rng, 0, 120))
    build.flow(front, back, FlowKind.HAND_OFF if rng.random() < 0.5 else FlowKind.SEQUENCE)
    if rng.random() < 0.15:  # a parallel branch that joins again at the answer
        side = build.step("backstage", "Colleague checks the register", StepKind.ACTION,
                          same_column=True, channel=Channel.INTERNAL, staff_minutes=_minutes(rng, 2, 15))
        build.flow(front, side, FlowKind.HAND_OFF)
    else:
        side = None
    last = back
    if rng.random() < 0.3:
        support = build.step("support", "System records the case", StepKind.ACTION,
                             channel=Channel.INTERNAL, staff_minutes=_minutes(rng, 1, 10))
        build.flow(back, support)
        last = support
    answer = build.step("frontstage", "Clerk reports back", StepKind.CONTACT, need=need,
                        channel=rng.choice(CUSTOMER_CHANNELS), customer_minutes=_minutes(rng, 2, 10),
                        staff_minutes=_minutes(rng, 2, 15))
    build.flow(last, answer)
    if side is not None:
        build.flow(side, answer)
    return answer


def _need(build: _Builder, need: str, previous: str | None) -> str:
    """All rounds for one need; the last step, which carries the need's outcome."""
    rng = build.rng
    starts: list[str] = []
    last = previous
    for index in range(rng.randint(3, 9)):
        start, last = _round(build, need, last, repeat=index > 0 and rng.random() < 0.3)
        starts.append(start)
        if index > 1 and rng.random() < 0.15:  # a loop: sent back to the round before
            build.flow(last, starts[-2], label="call back later")
    outcome = rng.choices(FINAL_OUTCOMES, FINAL_OUTCOME_WEIGHTS)[0]
    # a round always ends on the step it added last
    build.steps[-1] = build.steps[-1].model_copy(update={"outcome": outcome})
    return last


def _journey(build: _Builder) -> list[Need]:
    """Needs one after another until the builder is full; the needs used."""
    needs: list[Need] = []
    previous: str | None = None
    try:
        for episode in itertools.count():
            if len(needs) < MAX_NEEDS:
                needs.append(Need(id=f"n{len(needs) + 1:04d}", title=f"Need {len(needs) + 1}"))
            need_id = needs[episode % MAX_NEEDS].id  # past the limit: an earlier need comes back
            outcome_before = build.steps[-1].outcome if build.steps else Outcome.NONE
            arrival = FlowKind.REFERRAL if outcome_before is Outcome.REFERRED else FlowKind.SEQUENCE
            start_flow = len(build.flows)
            previous = _need(build, need_id, previous)
            if arrival is FlowKind.REFERRAL and start_flow < len(build.flows):
                build.flows[start_flow] = build.flows[start_flow].model_copy(
                    update={"kind": FlowKind.REFERRAL, "label": "referred"})
    except _Full:
        pass
    return needs


def generated_concept() -> ServiceConcept:
    """A complete concept: every essential question answered, standards and a rate set."""
    return ServiceConcept(
        name="One complete effort",
        promise="We answer every question in one contact, or tell you who can.",
        experience="Quick, friendly, no trips for paperwork.",
        intervention_policy="We act when the case is worth at least 250 euro and the place is known.",
        intervene_when=[Condition(fact="item_value_eur", op=">=", value=250),
                        Condition(fact="location_known", op="==", value=True)],
        intervention_includes="One visit by a patrol, and a call back with the result.",
        result_promised="The case is resolved or referred, never left halfway.",
        customer_must_do="Give the exact details once.",
        left_aside="Cases under 250 euro are registered online only.",
        channel_rules=[ChannelRule(description="Registration never requires a trip",
                                   forbidden=[Channel.IN_PERSON])],
        standards=Standards(max_contacts_per_need=4, max_waiting_minutes=60),
        staff_hourly_rate_eur=55.0,
    )


def generate_blueprint(n_steps: int, seed: int = 0) -> Blueprint:
    """A journey of exactly ``n_steps`` steps over the five standard lanes, with a concept."""
    if n_steps < 1:
        raise ValueError("a generated blueprint needs at least one step")
    build = _Builder(limit=n_steps, rng=random.Random(seed))
    needs = _journey(build)
    used_needs = {step.need for step in build.steps if step.need}
    bands = (build.column - 1) // COLUMNS_PER_BAND + 1
    lanes = [lane.model_copy(update={"height": DEFAULT_LANE_HEIGHT * bands}) for lane in standard_lanes()]
    return Blueprint(
        title=f"Generated journey of {n_steps} steps (seed {seed})",
        description="A long synthetic journey for benchmarks: many needs, rounds of contact, "
                    "referrals, repeat contacts and escalations.",
        customer=Customer(persona="A returning customer", goal="Get every need resolved"),
        organisation="A public service",
        facts={"item_value_eur": 800, "location_known": True},
        needs=[need for need in needs if need.id in used_needs],
        lanes=lanes,
        steps=build.steps,
        flows=build.flows,
        concept=generated_concept(),
    )
