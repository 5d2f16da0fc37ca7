"""The shared journey index: which need each step serves (the rule in blueprint/resources/help/metrics.md),
decided once for the check and the metrics alike."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint.analysis.journey import IMPLICIT_NEED, Journey
from blueprint.analysis.metrics import compute_metrics
from blueprint.check import analyse, run_check
from blueprint.check.context import CheckContext
from blueprint.model import Blueprint, Flow, Need, ServiceConcept, Standards, Step
from blueprint.model.vocabulary import FlowKind, Outcome, StepKind

C = StepKind.CONTACT


def step(step_id: str, x: float, lane: str = "customer", **fields) -> Step:
    return Step(id=step_id, title=f"Title of {step_id}", lane=lane, x=x, **fields)


def flow(source: str, target: str, kind: FlowKind = FlowKind.SEQUENCE) -> Flow:
    return Flow(id=f"{source}-to-{target}", source=source, target=target, kind=kind)


def chain(*step_ids: str) -> list[Flow]:
    return [flow(a, b) for a, b in zip(step_ids, step_ids[1:])]


def journey(steps, flows=(), needs=(), **concept) -> Blueprint:
    return Blueprint(steps=list(steps), flows=list(flows),
                     needs=[Need(id=n, title=f"Need {n}") for n in needs],
                     concept=ServiceConcept(**concept))


def need_of(blueprint: Blueprint) -> dict[str, str | None]:
    return Journey(blueprint).need_of


def test_steps_before_the_first_need_take_the_first_need_after_them():
    steps = [step("look", 40), step("call", 280, kind=C), step("ask", 520, kind=C, need="phone"),
             step("search", 760, "backstage"), step("claim", 1000, kind=C, need="claim"),
             step("pay", 1240, "frontstage", outcome=Outcome.RESOLVED)]
    blueprint = journey(steps, chain("look", "call", "ask", "search", "claim", "pay"),
                        needs=["phone", "claim"])
    # look, call: no need before them, the first after is 'phone'; search: the nearest
    # before is 'phone'; pay: the nearest before is 'claim'
    assert need_of(blueprint) == {"look": "phone", "call": "phone", "ask": "phone",
                                  "search": "phone", "claim": "claim", "pay": "claim"}


def test_the_nearest_need_before_is_found_in_journey_order_not_along_the_flows():
    # 'letter' follows 'ask' (need a) by its flow, but in journey order the step right
    # before it is 'other' (need b), drawn in the column between them
    steps = [step("ask", 40, need="a"), step("other", 280, need="b"),
             step("letter", 520, "frontstage")]
    blueprint = journey(steps, [flow("ask", "letter")], needs=["a", "b"])
    assert need_of(blueprint)["letter"] == "b"


def test_in_one_column_the_flows_give_the_order_the_needs_follow():
    # not laid out (every x is 0): the file lists the steps backwards, the flows decide
    steps = [step("answer-b", 0, "frontstage"), step("ask-b", 0, need="b"),
             step("answer-a", 0, "frontstage"), step("ask-a", 0, need="a"), step("before", 0)]
    flows = chain("before", "ask-a", "answer-a", "ask-b", "answer-b")
    assert need_of(journey(steps, flows, needs=["a", "b"])) == {
        "before": "a", "ask-a": "a", "answer-a": "a", "ask-b": "b", "answer-b": "b"}


def test_unwired_steps_take_a_need_by_their_place_in_the_drawing():
    steps = [step("note", 40, "evidence"), step("ask", 280, need="a"),
             step("aside", 520, "support"), step("ask-again", 760, need="b"),
             step("archive", 1000, "support")]
    assert need_of(journey(steps, needs=["a", "b"])) == {
        "note": "a", "ask": "a", "aside": "a", "ask-again": "b", "archive": "b"}


@pytest.mark.parametrize(("listed", "served"), [
    ((), IMPLICIT_NEED),             # no needs at all: the implicit need
    (("only",), "only"),             # one listed need that no step names: that one
    (("a", "b"), IMPLICIT_NEED),     # several listed, none named: the journey as a whole
])
def test_when_no_step_names_a_need(listed, served):
    steps = [step("ask", 40, kind=C), step("answer", 280, "frontstage")]
    assert need_of(journey(steps, chain("ask", "answer"), needs=listed)) == {
        "ask": served, "answer": served}


def test_a_step_keeps_its_own_need_even_one_no_step_before_names():
    steps = [step("first", 40, need="b"), step("second", 280), step("third", 520, need="a")]
    assert need_of(journey(steps, chain("first", "second", "third"), needs=["a", "b"])) == {
        "first": "b", "second": "b", "third": "a"}


def two_needs_with_a_call_before_them() -> Blueprint:
    """A call before any need, a first need resolved, a second left without result."""
    steps = [step("call", 40, kind=C), step("ask", 280, kind=C, need="phone"),
             step("found", 520, "frontstage", kind=C, outcome=Outcome.RESOLVED),
             step("again", 760, kind=C, need="claim"),
             step("refused", 1000, "frontstage", kind=C, outcome=Outcome.REFUSED)]
    flows = chain("call", "ask", "found", "again", "refused")
    return journey(steps, flows, needs=["phone", "claim"],
                   standards=Standards(max_contacts_per_need=2))


def test_the_check_and_the_metrics_agree_on_every_need():
    blueprint = two_needs_with_a_call_before_them()
    result, metrics = analyse(blueprint)
    # 'call' serves 'phone' (the first need after it): phone has call, ask, found = 3
    # contacts, one over the maximum; claim has 2; only claim ends without a result
    (too_many,) = result.of_rule("too-many-contacts")
    assert too_many.elements == ("call", "ask", "found", "phone")
    (unmet,) = result.of_rule("promise-not-met")
    assert unmet.elements == ("refused", "claim")
    assert (metrics.needs, metrics.resolved_needs) == (2, 1)


def test_analyse_gives_what_run_check_and_compute_metrics_give_alone():
    blueprint = two_needs_with_a_call_before_them()
    result, metrics = analyse(blueprint, preset="strict")
    assert result == run_check(blueprint, preset="strict")
    assert metrics == compute_metrics(blueprint)


def test_the_check_reads_the_journey_it_is_given_and_refuses_another_blueprints():
    blueprint = two_needs_with_a_call_before_them()
    index = Journey(blueprint)
    assert CheckContext(blueprint, blueprint.concept, index).need_of is index.need_of
    other = journey([step("x", 40)])
    with pytest.raises(ValueError):
        compute_metrics(other, journey=index)
    with pytest.raises(ValueError):
        run_check(other, journey=index)


# ---------------------------------------------------------------- against plain references


def reference_order(blueprint: Blueprint) -> list[str]:
    """The journey order exactly as blueprint/resources/help/metrics.md words it, computed the slow way."""
    ids = [s.id for s in blueprint.steps]
    x = {s.id: s.x for s in blueprint.steps}
    flows = [(f.source, f.target) for f in blueprint.flows if f.source in x and f.target in x]
    order: list[str] = []
    for column in sorted(set(x.values())):
        steps = [i for i in ids if x[i] == column]  # the column in file order
        inner = [(s, t) for s, t in flows if x[s] == column and x[t] == column]
        placed: list[str] = []
        while len(placed) < len(steps):
            left = [i for i in steps if i not in placed]
            ready = [i for i in left if all(s in placed for s, t in inner if t == i)]
            reached = [i for i in left if any(s in placed for s, t in inner if t == i)]
            placed.append((ready or reached or left)[0])
        order += placed
    return order


def reference_needs(blueprint: Blueprint, order: list[str]) -> dict[str, str | None]:
    """The need rule of blueprint/resources/help/metrics.md, step by step."""
    own = {s.id: s.need for s in blueprint.steps}
    named = [own[i] for i in order if own[i] is not None]
    listed = blueprint.needs
    served = {}
    for place, step_id in enumerate(order):
        before = [own[i] for i in order[:place] if own[i] is not None]
        if own[step_id] is not None:
            served[step_id] = own[step_id]
        elif before:
            served[step_id] = before[-1]
        elif named:
            served[step_id] = named[0]
        else:
            served[step_id] = listed[0].id if len(listed) == 1 else IMPLICIT_NEED
    return served


@st.composite
def drawn_journeys(draw) -> Blueprint:
    """Small journeys in a few columns with any flows: loops, self-flows, dangling ends."""
    needs = draw(st.lists(st.sampled_from(("a", "b", "c")), unique=True, max_size=3))
    count = draw(st.integers(0, 9))
    steps = [Step(id=f"s{i}", title=f"Step {i}", lane="customer",
                  x=draw(st.sampled_from((0.0, 240.0, 480.0))),
                  need=draw(st.none() | st.sampled_from(needs)) if needs else None)
             for i in range(count)]
    ends = st.sampled_from([f"s{i}" for i in range(count)] + ["ghost"])
    flows = [Flow(id=f"f{i}", source=draw(ends), target=draw(ends),
                  kind=draw(st.sampled_from(list(FlowKind))))
             for i in range(draw(st.integers(0, 14)))] if count else []
    return Blueprint(steps=steps, flows=flows, needs=[Need(id=n, title=n) for n in needs])


@settings(max_examples=200)
@given(drawn_journeys())
def test_journey_order_and_needs_follow_the_documented_rules(blueprint: Blueprint) -> None:
    index = Journey(blueprint)
    order = [blueprint.steps[i].id for i in index.order]
    assert order == reference_order(blueprint)
    assert index.need_of == reference_needs(blueprint, order)
