"""The shared journey indexes the rules read: starts, reachability, the need of each step."""

from __future__ import annotations

from blueprint.check.context import CheckContext
from blueprint.model import Outcome, ServiceConcept, StepKind, WasteKind
from check_builders import chain, flow, journey, needs, step


def context_of(blueprint) -> CheckContext:
    return CheckContext(blueprint, ServiceConcept())


def test_starts_are_customer_steps_without_journey_flows_in() -> None:
    steps = [step("map", "Map", "evidence"), step("look", "Look at the app"),
             step("call", "Call the police"), step("desk", "Desk", "frontstage")]
    flows = [flow("map", "look", "information"), *chain("look", "call", "desk")]
    context = context_of(journey("Starts", steps, flows))
    assert context.starts == ["look"]
    assert context.reachable == {"map", "look", "call", "desk"}


def test_information_flows_reach_both_ways_but_journey_flows_only_forward() -> None:
    steps = [step("map", "Map", "evidence"), step("look", "Look"), step("desk", "Desk", "frontstage"),
             step("back", "Back", "backstage")]
    flows = [flow("map", "look", "information"), flow("look", "desk"), flow("back", "desk")]
    context = context_of(journey("Reach", steps, flows))
    assert context.reachable == {"map", "look", "desk"}


def test_steps_without_need_take_the_nearest_need_before_then_after() -> None:
    steps = [step("first", "First contact", kind="contact"),
             step("ask", "Ask", need="birth"), step("draft", "Draft", "backstage"),
             step("other", "Other question", need="name"), step("court", "Court", "frontstage"),
             step("alone", "Unwired", "support")]
    blueprint = journey("Needs", steps, chain("first", "ask", "draft", "other", "court"),
                        needs=needs(("birth", "Birth"), ("name", "Name")))
    context = context_of(blueprint)
    # journey order is the columns left to right: 'first' has no need before it and takes
    # the first one after ('birth'); 'alone', drawn last and wired to nothing, takes the
    # nearest need before it in journey order ('name')
    assert context.need_of == {"first": "birth", "ask": "birth", "draft": "birth",
                               "other": "name", "court": "name", "alone": "name"}


def test_a_single_listed_need_claims_every_step() -> None:
    blueprint = journey("One need", [step("a", "A"), step("b", "B", "support")], needs=needs(("n", "N")))
    assert context_of(blueprint).need_of == {"a": "n", "b": "n"}


def test_steps_by_kind_outcome_and_waste_in_document_order() -> None:
    steps = [step("a", "A", kind="contact", outcome="refused", waste=["error"]),
             step("b", "B", kind="escalation", value="wasted", waiting_minutes=5),
             step("c", "C", kind="contact", outcome="abandoned", waste=["error"])]
    context = context_of(journey("Buckets", steps))
    assert [s.id for s in context.of_kind(StepKind.CONTACT)] == ["a", "c"]
    assert [s.id for s in context.contacts] == ["a", "b", "c"]
    assert [s.id for s in context.with_outcome(Outcome.ABANDONED, Outcome.REFUSED)] == ["a", "c"]
    assert [s.id for s in context.with_waste(WasteKind.ERROR)] == ["a", "c"]
    assert [s.id for s in context.unmarked] == ["a", "c"]
    assert [s.id for s in context.waiting] == ["b"]


def test_quoted_titles_are_shortened() -> None:
    steps = [step(f"s{i}", f"Step {i}") for i in range(7)]
    context = context_of(journey("Titles", steps))
    assert context.quoted([s.id for s in steps]) == "'Step 0', 'Step 1', 'Step 2', 'Step 3', 'Step 4' and 2 more"
