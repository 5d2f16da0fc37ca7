"""As-is against to-be on small journeys, every difference worked out by hand."""

from __future__ import annotations

import pytest

from blueprint.analysis.compare import FindingStatus, MatchedBy, StepChange, StepPair, compare, match_steps
from blueprint.model import Blueprint, Flow, ServiceConcept, Standards, Step, Volume
from blueprint.model.vocabulary import Channel, Outcome, StepKind, Value, WasteKind

PRICES = {Channel.IN_PERSON: 12.0, Channel.PHONE: 3.0, Channel.APP_WEB: 0.5}


def concept(**fields) -> ServiceConcept:
    return ServiceConcept(staff_hourly_rate_eur=60.0, channel_costs_eur=PRICES, **fields)


def blueprint(steps: list[Step], volume: float | None = 1000, **fields) -> Blueprint:
    flows = [Flow(id=f"f{i}", source=a.id, target=b.id) for i, (a, b) in enumerate(zip(steps, steps[1:]))]
    return Blueprint(steps=steps, flows=flows, concept=fields.pop("concept", concept()),
                     volume=None if volume is None else Volume(cases=volume), **fields)


def at(x: int, step_id: str, title: str, lane: str = "customer", **fields) -> Step:
    return Step(id=step_id, title=title, lane=lane, x=x * 240, **fields)


AS_IS = [
    at(0, "call", "Phone the office", kind=StepKind.CONTACT, channel=Channel.PHONE, value=Value.WASTED,
       waste=[WasteKind.REPEAT_CONTACT], customer_minutes=10, staff_minutes=10, emotion=-1),
    at(1, "visit", "Go to the office", kind=StepKind.ADMINISTRATION, channel=Channel.IN_PERSON,
       value=Value.WASTED, waste=[WasteKind.TRAVEL], customer_minutes=60, waiting_minutes=30,
       staff_minutes=20, emotion=-2, fail_point=True),
    at(2, "decide", "Decide the request", lane="backstage", channel=Channel.INTERNAL,
       value=Value.VALUABLE, staff_minutes=30),
    at(3, "letter", "Receive the decision", kind=StepKind.CONTACT, channel=Channel.APP_WEB,
       value=Value.VALUABLE, customer_minutes=5, outcome=Outcome.RESOLVED, emotion=1),
]
TO_BE = [
    at(0, "apply", "Apply online", kind=StepKind.CONTACT, channel=Channel.APP_WEB, value=Value.VALUABLE,
       customer_minutes=15, replaces=["call", "visit"], emotion=1),
    at(1, "decide", "Decide the request", lane="backstage", channel=Channel.INTERNAL,
       value=Value.VALUABLE, staff_minutes=30),
    at(2, "decision", "Receive the decision online", kind=StepKind.CONTACT, channel=Channel.APP_WEB,
       value=Value.VALUABLE, customer_minutes=5, outcome=Outcome.RESOLVED, emotion=2),
]


def test_every_metric_side_by_side_with_its_difference():
    result = compare(blueprint(AS_IS), blueprint(TO_BE))
    expected = {  # key: (as-is, to-be, to-be minus as-is)
        "contacts": (3, 2, -1),
        "avoidable_contacts": (2, 0, -2),          # call (wasted, repeat), visit (wasted)
        "failure_demand": (1, 0, -1),              # the repeat contact
        "hand_offs": (0, 0, 0),
        "channel_switches": (2, 0, -2),            # phone -> in person -> web; web -> web
        "customer_minutes": (75, 20, -55),
        "customer_minutes_wasted": (70, 0, -70),
        "staff_minutes": (60, 30, -30),
        "staff_cost_of_waste_eur": (30.0, 0.0, -30.0),   # 30 wasted staff minutes at 60 an hour
        "cost_to_serve_eur": (75.5, 31.0, -44.5),  # 60 min = 60 + 3 + 12 + 0.5; 30 min = 30 + 0.5 + 0.5
        # process view: valuable work (decide 30 + letter 5) / each step's longer of customer
        # and staff time (10 + 60 + 30 + 5) + waiting 30 = 35 / 135, kept to two digits
        "value_added_ratio": (0.26, 1.0, 0.74),
        # customer view: valuable customer time 5 / (customer 75 + waiting 30)
        "customer_value_added_ratio": (0.048, 1.0, 0.952),
        "lead_time_minutes": (135, 50, -85),  # to-be: 15 + 30 + 5
        "fail_points": (1, 0, -1),
        "emotion_low_point": (-2, 1, 3),
    }
    assert [m.key for m in result.metrics] == list(expected)
    for key, (before, after, difference) in expected.items():
        metric = result.metric(key)
        assert (metric.as_is, metric.to_be) == (pytest.approx(before), pytest.approx(after)), key
        assert metric.difference == pytest.approx(difference), key
    assert result.metric("contacts").improved is True
    assert result.metric("value_added_ratio").improved is True
    assert result.metric("emotion_low_point").improved is True
    assert result.metric("hand_offs").improved is None


def test_savings_per_case_and_per_year():
    result = compare(blueprint(AS_IS), blueprint(TO_BE))
    expected = {  # key: (per case, per year at 1000 cases)
        "contacts": (1, 1000),
        "avoidable_contacts": (2, 2000),
        "customer_hours": (55 / 60, 55 / 60 * 1000),
        "staff_hours": (0.5, 500),
        "cost_to_serve_eur": (44.5, 44_500),
    }
    for key, (per_case, per_year) in expected.items():
        saving = result.saving(key)
        assert saving.per_case == pytest.approx(per_case), key
        assert saving.per_year == pytest.approx(per_year), key


def test_a_to_be_with_more_contacts_saves_negatively_an_extra_cost():
    more = [*AS_IS, at(4, "survey", "Answer a satisfaction call", kind=StepKind.CONTACT,
                       channel=Channel.PHONE, value=Value.NECESSARY, customer_minutes=6, staff_minutes=6)]
    result = compare(blueprint(AS_IS), blueprint(more))
    assert result.metric("contacts").difference == 1
    assert result.metric("contacts").improved is False
    assert result.saving("contacts").per_case == -1
    assert result.saving("contacts").per_year == -1000
    assert result.saving("cost_to_serve_eur").per_case == pytest.approx(-(6 / 60 * 60 + 3.0))  # -9
    assert result.saving("cost_to_serve_eur").per_year == pytest.approx(-9000)
    assert result.saving("customer_hours").per_case == pytest.approx(-0.1)
    assert result.counts()[StepChange.ADDED] == 1 and result.counts()[StepChange.KEPT] == 4


def test_per_year_uses_each_sides_volume_and_borrows_a_missing_one():
    both = compare(blueprint(AS_IS, volume=1000), blueprint(TO_BE, volume=800))
    assert both.saving("contacts").per_year == pytest.approx(3 * 1000 - 2 * 800)
    borrowed = compare(blueprint(AS_IS, volume=None), blueprint(TO_BE, volume=500))
    assert borrowed.saving("contacts").per_year == pytest.approx(500)
    neither = compare(blueprint(AS_IS, volume=None), blueprint(TO_BE, volume=None))
    assert neither.saving("contacts").per_case == 1 and neither.saving("contacts").per_year is None


def test_without_a_rate_euro_figures_are_unknown_not_zero():
    unpriced = ServiceConcept(channel_costs_eur=PRICES)
    result = compare(blueprint(AS_IS, concept=unpriced), blueprint(TO_BE, concept=unpriced))
    assert result.metric("cost_to_serve_eur").difference is None
    assert result.saving("cost_to_serve_eur").per_case is None
    assert result.saving("cost_to_serve_eur").per_year is None


def test_steps_match_by_replaces_then_id_then_title_and_lane():
    pairs = match_steps(blueprint(AS_IS), blueprint(TO_BE))
    assert pairs == (
        StepPair("call", "apply", StepChange.CHANGED, MatchedBy.REPLACES, pairs[0].fields),
        StepPair("visit", "apply", StepChange.CHANGED, MatchedBy.REPLACES, pairs[1].fields),
        StepPair("decide", "decide", StepChange.KEPT, MatchedBy.ID),
        StepPair("letter", "decision", StepChange.CHANGED, MatchedBy.TITLE, ("title", "emotion")),
    )
    assert "title" in pairs[0].fields and "channel" in pairs[0].fields


def test_unmatched_steps_are_removed_or_added_and_a_similar_title_in_another_lane_is_not_a_match():
    as_is = [at(0, "a", "Ask at the desk"), at(1, "b", "Wait for the manager")]
    to_be = [at(0, "x", "Ask at the desk", lane="frontstage"), at(1, "a2", "Ask at the desk!")]
    pairs = match_steps(blueprint(as_is), blueprint(to_be))
    assert [(p.as_is, p.to_be, p.change) for p in pairs] == [
        (None, "x", StepChange.ADDED),
        ("a", "a2", StepChange.CHANGED),
        ("b", None, StepChange.REMOVED),
    ]


def test_replaces_naming_no_as_is_step_is_ignored_and_the_id_still_matches():
    to_be = [at(0, "decide", "Decide the request", lane="backstage", channel=Channel.INTERNAL,
                value=Value.VALUABLE, staff_minutes=30, replaces=["no-such-step"])]
    pairs = match_steps(blueprint(AS_IS), blueprint(to_be))
    assert StepPair("decide", "decide", StepChange.KEPT, MatchedBy.ID) in pairs


def test_findings_resolved_still_open_and_new():
    strict = concept(standards=Standards(max_contacts_per_need=1))
    as_is, to_be = blueprint(AS_IS, concept=strict), blueprint(TO_BE, concept=strict)
    result = compare(as_is, to_be)
    by_status = {status: sorted(c.rule for c in result.findings_with(status)) for status in FindingStatus}
    assert "administrative-trip" in by_status[FindingStatus.RESOLVED]  # the visit is gone
    assert "too-many-contacts" in by_status[FindingStatus.OPEN]        # two contacts, one allowed
    assert by_status[FindingStatus.NEW] == []
    worse = compare(blueprint(TO_BE, concept=strict), blueprint(AS_IS, concept=strict))
    assert "administrative-trip" in [c.rule for c in worse.findings_with(FindingStatus.NEW)]


def test_matches_of_a_step_in_either_journey():
    result = compare(blueprint(AS_IS), blueprint(TO_BE))
    assert result.matches_of("apply", in_to_be=True) == ["call", "visit"]
    assert result.matches_of("visit", in_to_be=False) == ["apply"]
    assert result.matches_of("decision", in_to_be=True) == ["letter"]
