"""Metrics on small journeys worked out by hand (definitions in blueprint/resources/help/metrics.md)."""

from __future__ import annotations

import json

import pytest

from blueprint.analysis.metrics import EmotionPoint, compute_metrics, journey_order
from blueprint.model import Blueprint, Flow, Need, Referral, ServiceConcept, Step
from blueprint.model.vocabulary import Channel, FlowKind, Outcome, StepKind, Value, WasteKind

C, A, ADMIN, ESC, INT = (StepKind.CONTACT, StepKind.ACTION, StepKind.ADMINISTRATION,
                         StepKind.ESCALATION, StepKind.INTERVENTION)


def step(step_id: str, lane: str = "customer", **fields) -> Step:
    return Step(id=step_id, title=f"Title of {step_id}", lane=lane, **fields)


def flow(source: str, target: str, kind: FlowKind = FlowKind.SEQUENCE) -> Flow:
    return Flow(id=f"{source}-to-{target}", source=source, target=target, kind=kind)


def chain(*step_ids: str) -> list[Flow]:
    return [flow(a, b) for a, b in zip(step_ids, step_ids[1:])]


def journey(steps, flows=(), needs=(), rate=None) -> Blueprint:
    return Blueprint(steps=list(steps), flows=list(flows),
                     needs=[Need(id=n, title=f"Need {n}") for n in needs],
                     concept=ServiceConcept(staff_hourly_rate_eur=rate))


def test_empty_blueprint_has_no_ratios():
    metrics = compute_metrics(journey([]))
    assert (metrics.steps, metrics.contacts, metrics.needs, metrics.resolved_needs) == (0, 0, 0, 0)
    assert metrics.avoidable_contacts_per_resolved_need is None
    assert metrics.wasted_share is None and metrics.value_added_ratio is None
    assert metrics.staff_cost_of_waste_eur is None
    assert metrics.emotion_curve == ()


def test_contacts_and_avoidable_contacts():
    metrics = compute_metrics(journey([
        step("c1", kind=C, value=Value.VALUABLE),                           # contact
        step("c2", kind=C, value=Value.WASTED, waste=[WasteKind.TRAVEL]),   # contact, avoidable (wasted)
        step("c3", kind=C, waste=[WasteKind.REPEAT_CONTACT]),               # contact, avoidable (repeat)
        step("r1", kind=ADMIN, value=Value.NECESSARY),                      # contact
        step("e1", kind=ESC, value=Value.VALUABLE),                         # contact, avoidable (escalation)
        step("e2", kind=ESC, value=Value.WASTED, waste=[WasteKind.REPEAT_CONTACT]),  # avoidable, once
        step("a1", kind=A, value=Value.WASTED, waste=[WasteKind.ERROR]),    # not a contact
        step("i1", kind=INT, value=Value.WASTED, waste=[WasteKind.ABANDONED_EFFORT]),  # not a contact
    ]))
    # contacts: c1 c2 c3 r1 e1 e2 = 6; avoidable: c2 c3 e1 e2 = 4
    assert metrics.contacts == 6
    assert metrics.avoidable_contacts == 4


def test_referred_counts_as_resolved_and_refused_does_not():
    metrics = compute_metrics(journey([
        step("c1", kind=C, need="n1", outcome=Outcome.RESOLVED, x=40),
        step("c2", kind=C, need="n2", outcome=Outcome.REFERRED, x=280,
             referral=Referral(to="The court", contact_details="09 123 45 67")),
        step("c3", kind=C, need="n3", outcome=Outcome.REFUSED, x=520,
             value=Value.WASTED, waste=[WasteKind.UNCLEAR_INFORMATION]),
        step("c4", kind=ESC, need="n3", x=760),
    ], chain("c1", "c2", "c3", "c4"), needs=["n1", "n2", "n3"]))
    # needs n1, n2, n3 = 3; resolved: n1 (resolved) and n2 (referred with a way) = 2
    # avoidable: c3 (wasted) + c4 (escalation) = 2; per resolved need 2 / 2 = 1.0
    assert (metrics.needs, metrics.resolved_needs) == (3, 2)
    assert metrics.avoidable_contacts_per_resolved_need == 1.0


def test_a_referral_that_only_names_the_door_settles_nothing():
    def settled(**referral_fields) -> int:
        referral = Referral(to="The other office", **referral_fields)
        return compute_metrics(journey([
            step("ask", kind=C, x=40),
            step("not-us", lane="frontstage", kind=C, outcome=Outcome.REFERRED, referral=referral, x=280),
        ], chain("ask", "not-us"))).resolved_needs
    assert settled() == 0
    assert settled(contact_details="The office's number: 0800 123") == 1
    assert settled(hand_over=True) == 1 and settled(appointment=True) == 1


def test_step_without_need_serves_the_nearest_need_before_it():
    metrics = compute_metrics(journey([
        step("ask", kind=C, need="n1", x=40),
        step("work", lane="backstage", kind=A, outcome=Outcome.RESOLVED, x=280),  # serves n1
        step("ask-again", kind=C, need="n2", x=520),
        step("answer", lane="frontstage", kind=C, x=760, value=Value.WASTED,
             waste=[WasteKind.REPEAT_CONTACT]),                                    # serves n2
    ], chain("ask", "work", "ask-again", "answer"), needs=["n1", "n2"]))
    # needs: n1, n2 (the implicit need is served by no contact or outcome) = 2
    # resolved: n1 through 'work' = 1; avoidable: 'answer' = 1; 1 / 1 = 1.0
    assert (metrics.needs, metrics.resolved_needs) == (2, 1)
    assert metrics.avoidable_contacts_per_resolved_need == 1.0


def test_implicit_need_when_no_need_is_listed():
    metrics = compute_metrics(journey([
        step("ask", kind=C, x=40),
        step("answer", lane="frontstage", kind=C, outcome=Outcome.RESOLVED, x=280),
    ], chain("ask", "answer")))
    # no listed need: the one implicit need, resolved by 'answer' -> 1 of 1
    assert (metrics.needs, metrics.resolved_needs) == (1, 1)
    # avoidable 0 / resolved 1 = 0.0 (a number, not None: something was resolved)
    assert metrics.avoidable_contacts_per_resolved_need == 0.0


def test_implicit_need_beside_listed_needs_when_a_contact_serves_it():
    metrics = compute_metrics(journey([
        step("first-call", kind=C, x=40, outcome=Outcome.RESOLVED),  # no step names a need
        step("ask", kind=C, x=280),
    ], chain("first-call", "ask"), needs=["n1", "n2"]))
    # two listed needs, none named by a step: every step serves the implicit need
    # needs: n1, n2 and the implicit need = 3; resolved: the implicit need = 1
    assert (metrics.needs, metrics.resolved_needs) == (3, 1)


def test_steps_before_the_first_named_need_serve_it():
    metrics = compute_metrics(journey([
        step("first-call", kind=C, x=40, outcome=Outcome.RESOLVED),  # before any need: n1
        step("ask", kind=C, need="n1", x=280),
    ], chain("first-call", "ask"), needs=["n1", "n2"]))
    # needs: n1, n2 = 2 (every step serves a listed need); resolved: n1 = 1
    assert (metrics.needs, metrics.resolved_needs) == (2, 1)


def test_single_listed_need_is_served_by_every_step_without_one():
    metrics = compute_metrics(journey([
        step("ask", kind=C, x=40),
        step("answer", lane="frontstage", kind=C, x=280, outcome=Outcome.RESOLVED),
    ], chain("ask", "answer"), needs=["phone"]))
    # both steps serve 'phone': needs 1, resolved 1
    assert (metrics.needs, metrics.resolved_needs) == (1, 1)


def test_no_resolved_need_gives_no_ratio():
    metrics = compute_metrics(journey([step("ask", kind=ESC, outcome=Outcome.ABANDONED)]))
    # 1 avoidable contact, 0 resolved needs: the ratio is undefined
    assert (metrics.avoidable_contacts, metrics.resolved_needs) == (1, 0)
    assert metrics.avoidable_contacts_per_resolved_need is None


def test_value_counts_and_wasted_share():
    metrics = compute_metrics(journey([
        step("v", value=Value.VALUABLE), step("n", value=Value.NECESSARY),
        step("w1", value=Value.WASTED), step("w2", value=Value.WASTED), step("u"),
    ]))
    # 1 valuable, 1 necessary, 2 wasted, 1 unmarked; share 2 / 5 = 0.4
    assert (metrics.valuable, metrics.necessary, metrics.wasted, metrics.unmarked) == (1, 1, 2, 1)
    assert metrics.wasted_share == pytest.approx(0.4)


TIMED_STEPS = [
    step("v", value=Value.VALUABLE, customer_minutes=10, staff_minutes=4, waiting_minutes=5),
    step("w", value=Value.WASTED, customer_minutes=20, staff_minutes=30, waiting_minutes=15),
    step("n", value=Value.NECESSARY, customer_minutes=6),
    step("u", customer_minutes=4, staff_minutes=6, waiting_minutes=10),
]


def test_minutes_lead_time_and_value_added_ratio():
    metrics = compute_metrics(journey(TIMED_STEPS, rate=45.0))
    # customer 10 + 20 + 6 + 4 = 40, wasted 20 (only 'w')
    assert (metrics.customer_minutes, metrics.customer_minutes_wasted) == (40, 20)
    # staff 4 + 30 + 0 + 6 = 40, wasted 30
    assert (metrics.staff_minutes, metrics.staff_minutes_wasted) == (40, 30)
    # waiting 5 + 15 + 0 + 10 = 30; the customer's lead time 40 + 30 = 70
    assert (metrics.waiting_minutes, metrics.customer_lead_time_minutes) == (30, 70)
    # customer view: customer minutes of 'v' = 10; 10 / 70 = 14.28... % -> 14 %
    assert metrics.valuable_minutes == 10
    assert metrics.customer_value_added_ratio == 0.14
    # process view: each step's longer of customer and staff time, 10 + 30 + 6 + 6 = 52,
    # plus waiting 30 = lead time 82; value-adding work of 'v' = max(10, 4) = 10;
    # 10 / 82 = 12.19... % -> 12 %
    assert (metrics.lead_time_minutes, metrics.value_added_minutes) == (82, 10)
    assert metrics.value_added_ratio == 0.12
    # cost of waste: 30 staff minutes = 0.5 h x 45 EUR = 22.50 EUR
    assert metrics.staff_cost_of_waste_eur == pytest.approx(22.5)


def test_cost_of_waste_uses_the_given_concept_and_needs_a_rate():
    blueprint = journey(TIMED_STEPS)  # its own concept has no rate
    assert compute_metrics(blueprint).staff_cost_of_waste_eur is None
    assert compute_metrics(blueprint).staff_hourly_rate_eur is None
    # 30 wasted staff minutes at 80 EUR an hour = 40 EUR
    other = ServiceConcept(staff_hourly_rate_eur=80)
    assert compute_metrics(blueprint, other).staff_cost_of_waste_eur == pytest.approx(40.0)


def test_no_customer_time_gives_no_customer_value_added_ratio():
    metrics = compute_metrics(journey([step("b", lane="backstage", staff_minutes=30,
                                            value=Value.VALUABLE)]))
    # the customer's lead time 0 customer + 0 waiting = 0: undefined, not 0
    assert metrics.customer_lead_time_minutes == 0 and metrics.customer_value_added_ratio is None
    # the process view: 30 staff minutes, all value-adding work
    assert metrics.lead_time_minutes == 30 and metrics.value_added_ratio == 1.0


def test_value_adding_staff_work_and_long_delays_give_a_tiny_ratio_with_two_digits():
    from blueprint.model import Duration, TimeUnit
    blueprint = journey([step("apply", customer_minutes=10, x=40),
                         step("assess", lane="backstage", staff_minutes=4.5, value=Value.VALUABLE, x=280)],
                        [flow("apply", "assess")])
    blueprint.flows[0].delay = Duration(amount=6, unit=TimeUnit.WEEKS)
    metrics = compute_metrics(blueprint)
    # six weeks of five 8-hour working days = 6 x 5 x 480 = 14,400 working minutes
    assert metrics.delay_minutes == 14_400
    # lead time 10 + 4.5 + 14,400 = 14,414.5; value-adding 4.5 -> 0.0312... % -> 0.031 %
    assert metrics.lead_time_minutes == 14_414.5
    assert metrics.value_added_ratio == 0.00031
    assert metrics.customer_value_added_ratio == 0.0  # the customer's own time adds no value


def test_hand_offs():
    steps = [
        step("ask", kind=C, x=40),
        step("desk", lane="frontstage", kind=C, x=280),
        step("desk2", lane="frontstage", kind=C, x=520),
        step("file", lane="backstage", x=760),
        step("system", lane="support", x=1000),
        step("reply", lane="frontstage", kind=C, x=1240),
        step("letter", lane="evidence", x=1240),
    ]
    flows = [
        flow("ask", "desk"),                       # customer -> staff: no
        flow("desk", "desk2", FlowKind.HAND_OFF),  # drawn as a hand-off: 1
        flow("desk2", "file"),                     # frontstage -> backstage: 2
        flow("file", "system", FlowKind.REFERRAL), # backstage -> support: 3
        flow("system", "reply", FlowKind.INFORMATION),  # information moves no work: no
        flow("file", "reply", FlowKind.HAND_OFF),  # hand-off kind, counted once: 4
        flow("letter", "ask", FlowKind.INFORMATION),    # no
    ]
    assert compute_metrics(journey(steps, flows)).hand_offs == 4


def test_channel_switches_follow_the_flows_not_the_file():
    # not laid out (every x is 0) and the file lists the steps backwards: only the flows
    # give the order c1 .. c7
    specs = [("c1", C, Channel.PHONE), ("a1", A, Channel.IN_PERSON), ("c2", C, Channel.PHONE),
             ("c3", ADMIN, Channel.IN_PERSON), ("c4", C, None), ("c5", C, Channel.INTERNAL),
             ("c6", ESC, Channel.EMAIL), ("c7", C, Channel.IN_PERSON)]
    steps = [step(sid, kind=kind, channel=channel, x=0) for sid, kind, channel in reversed(specs)]
    metrics = compute_metrics(journey(steps, chain(*(sid for sid, _, _ in specs))))
    # contacts with a customer channel in order: phone, phone, in-person, email, in-person
    # (a1 is no contact, c4 has no channel, c5 is internal): switches at c3, c6, c7 = 3
    assert metrics.channel_switches == 3


EMOTION_STEPS = [
    step("start", emotion=0, x=40),
    step("a", lane="frontstage", kind=C, emotion=-1, x=280),
    step("b", x=520),                              # no emotion: left out of the curve
    step("c", lane="frontstage", kind=C, emotion=2, x=760),
    step("side", lane="backstage", emotion=1, x=280),
]


def test_emotion_curve_in_journey_order_through_a_branch_and_a_loop_drawn_back():
    flows = chain("start", "a", "b", "c") + [flow("b", "a"), flow("start", "side"),
                                              flow("side", "c")]
    # left to right: start (40), then the column at 280: a and side, no flow between
    # them, so a (2nd in the file) before side (5th); then b (520), c (760).
    # b -> a is drawn backwards (520 -> 280): a loop back, it changes nothing
    order = journey_order(journey(EMOTION_STEPS, flows))
    assert [s.id for s in order] == ["start", "a", "side", "b", "c"]
    curve = compute_metrics(journey(EMOTION_STEPS, flows)).emotion_curve
    assert curve == (EmotionPoint("start", "Title of start", 0), EmotionPoint("a", "Title of a", -1),
                     EmotionPoint("side", "Title of side", 1), EmotionPoint("c", "Title of c", 2))


def test_journey_order_enters_a_loop_in_one_column_where_the_journey_reaches_it():
    steps = [step("b", x=0), step("start", x=0), step("a", x=0)]
    flows = chain("start", "a", "b") + [flow("b", "a")]
    # one column: the flows decide. start is the only step free to go; then 'a' waits
    # for b and 'b' for a: a loop, entered at 'a', the step a placed step (start) leads
    # to, although 'b' comes first in the file
    assert [s.id for s in journey_order(journey(steps, flows))] == ["start", "a", "b"]


def test_journey_order_enters_an_unreached_loop_at_its_first_step_in_the_file():
    steps = [step("m1", x=40), step("u2", x=500), step("m2", x=280), step("u1", x=500)]
    flows = chain("m1", "m2") + [flow("u1", "u2"), flow("u2", "u1")]
    # m1 (40), m2 (280), then the column at 500: a loop no placed step leads into,
    # entered at the first step in the file, u2, then u1
    assert [s.id for s in journey_order(journey(steps, flows))] == ["m1", "m2", "u2", "u1"]


def test_journey_order_ties_break_by_file_order_and_ignore_dangling_flows():
    steps = [step("b", x=40), step("a", x=40)]
    blueprint = journey(steps).model_copy(update={"flows": [flow("a", "ghost")]})
    assert [s.id for s in journey_order(blueprint)] == ["b", "a"]
    assert compute_metrics(blueprint).hand_offs == 0


def test_as_json_is_plain_json():
    blueprint = journey(TIMED_STEPS + [step("e", kind=C, emotion=-2, outcome=Outcome.RESOLVED)],
                        rate=60)
    data = compute_metrics(blueprint).as_json()
    assert json.loads(json.dumps(data)) == data
    assert data["emotion_curve"] == [{"step": "e", "title": "Title of e", "emotion": -2}]
    # 30 wasted staff minutes at 60 EUR an hour
    assert data["staff_cost_of_waste_eur"] == 30.0
    assert data["steps"] == 5 and data["resolved_needs"] == 1


def test_journey_order_reads_columns_left_to_right_whatever_the_flows():
    steps = [step("late", x=760), step("early", x=40), step("middle", x=280)]
    # a flow from the right to the left is a loop back in time: the drawing decides
    flows = [flow("late", "early"), flow("middle", "late")]
    assert [s.id for s in journey_order(journey(steps, flows))] == ["early", "middle", "late"]
