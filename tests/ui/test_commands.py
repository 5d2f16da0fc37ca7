"""Every undo command in three parts: execute, undo, redo. No view needed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from blueprint.model import Blueprint, Flow, FlowKind, Lane, ServiceConcept, Step, Value
from blueprint.model.document import Document
from blueprint.ui import commands as c


def snapshot(document: Document) -> dict:
    """The whole document as plain data, to compare before and after."""
    return document.blueprint.model_dump(mode="json")


@pytest.fixture
def document() -> Document:
    steps = [
        Step(id="ask", title="Ask at the post", lane="customer", x=40),
        Step(id="answer", title="Nothing found", lane="frontstage", x=280),
        Step(id="search", title="Search the app", lane="customer", x=520),
    ]
    flows = [
        Flow(id="f1", source="ask", target="answer"),
        Flow(id="f2", source="answer", target="search", kind=FlowKind.HAND_OFF),
    ]
    return Document(Blueprint(title="Lost phone", steps=steps, flows=flows))


def check_three_parts(document: Document, command, after) -> None:
    """Execute (and check ``after``), undo (back to the start), redo (same as executed)."""
    stack = QUndoStack()
    before = snapshot(document)
    stack.push(command)
    after(document)
    executed = snapshot(document)
    assert executed != before
    stack.undo()
    assert snapshot(document) == before
    stack.redo()
    assert snapshot(document) == executed
    after(document)


def test_add_step_with_its_flow(document):
    step = Step(id="home", title="Look at home", lane="customer", x=760)
    flow = Flow(id="f3", source="search", target="home")

    def after(d):
        assert d.step("home").title == "Look at home"
        assert d.flow("f3").target == "home"

    check_three_parts(document, c.AddStepCommand(document, step, flow), after)


def test_add_step_alone(document):
    step = Step(id="home", title="Look at home", lane="backstage")
    check_three_parts(document, c.AddStepCommand(document, step), lambda d: d.step("home"))


def test_remove_a_step_takes_its_flows_along(document):
    def after(d):
        assert not d.has("answer") and not d.has("f1") and not d.has("f2")
        assert d.has("ask") and d.has("search")

    check_three_parts(document, c.RemoveElementsCommand(document, step_ids=["answer"]), after)


def test_remove_a_flow_alone(document):
    def after(d):
        assert not d.has("f2") and d.has("f1")

    check_three_parts(document, c.RemoveElementsCommand(document, flow_ids=["f2"]), after)


def test_remove_a_lane_takes_its_steps_along(document):
    def after(d):
        assert [lane.id for lane in d.blueprint.lanes] == ["evidence", "frontstage", "backstage", "support"]
        assert [s.id for s in d.blueprint.steps] == ["answer"]
        assert d.blueprint.flows == []

    check_three_parts(document, c.RemoveElementsCommand(document, lane_ids=["customer"]), after)


def test_removal_restores_document_order(document):
    command = c.RemoveElementsCommand(document, step_ids=["search", "ask"], flow_ids=["f1"])
    check_three_parts(document, command, lambda d: [s.id for s in d.blueprint.steps] == ["answer"])


def test_update_step(document):
    command = c.UpdateStepCommand(document, "ask", {"title": "Ask the police", "fail_point": True})
    assert "Ask at the post" in command.text()

    def after(d):
        assert d.step("ask").title == "Ask the police" and d.step("ask").fail_point

    check_three_parts(document, command, after)


def test_move_steps_is_one_undo_step(document):
    moves = {"ask": {"x": 300, "y": 60, "lane": "frontstage"}, "search": {"x": 900, "y": 40}}

    def after(d):
        assert (d.step("ask").x, d.step("ask").lane) == (300, "frontstage")
        assert d.step("search").x == 900

    check_three_parts(document, c.MoveStepsCommand(document, moves), after)


def test_mark_value_of_many_steps(document):
    def after(d):
        assert d.step("ask").value == Value.WASTED and d.step("search").value == Value.WASTED
        assert d.step("answer").value == Value.UNMARKED

    check_three_parts(document, c.MarkValueCommand(document, ["ask", "search"], "wasted"), after)


def test_add_flow(document):
    flow = Flow(id="back", source="search", target="ask", kind=FlowKind.REFERRAL)
    check_three_parts(document, c.AddFlowCommand(document, flow), lambda d: d.flow("back"))


def test_update_flow(document):
    command = c.UpdateFlowCommand(document, "f1", {"kind": FlowKind.INFORMATION, "label": "asks"})

    def after(d):
        assert d.flow("f1").kind == FlowKind.INFORMATION and d.flow("f1").label == "asks"

    check_three_parts(document, command, after)


def test_add_lane_at_a_position(document):
    lane = Lane(id="partners", title="Partners")
    command = c.AddLaneCommand(document, lane, index=1)
    check_three_parts(document, command, lambda d: d.blueprint.lanes[1].id == "partners")


def test_update_lane(document):
    command = c.UpdateLaneCommand(document, "customer", {"title": "Citizen"})
    check_three_parts(document, command, lambda d: d.lane("customer").title == "Citizen")


def test_move_lane(document):
    command = c.MoveLaneCommand(document, "support", 0)
    check_three_parts(document, command, lambda d: d.blueprint.lanes[0].id == "support")


def test_update_blueprint(document):
    command = c.UpdateBlueprintCommand(document, {"title": "Lost iPhone", "organisation": "Police"})
    check_three_parts(document, command, lambda d: d.blueprint.title == "Lost iPhone")


def test_set_concept(document):
    concept = ServiceConcept(promise="We look for stolen goods worth 250 euro or more.")
    command = c.SetConceptCommand(document, concept)
    check_three_parts(document, command, lambda d: d.blueprint.concept.promise.startswith("We look"))


def test_paste_steps_and_their_flows(document):
    steps = [Step(id="p1", title="Copy A", lane="customer"), Step(id="p2", title="Copy B", lane="support")]
    flows = [Flow(id="pf", source="p1", target="p2")]
    command = c.PasteCommand(document, steps, flows)
    assert command.step_ids == ["p1", "p2"]
    check_three_parts(document, command, lambda d: d.flow("pf").source == "p1")


def test_auto_layout_is_one_undo_step(document):
    document.update_step("search", x=40)  # overlaps "ask" in the customer lane

    def after(d):
        xs = [d.step(s).x for s in ("ask", "answer", "search")]
        assert xs == sorted(xs) and len(set(xs)) == 3

    check_three_parts(document, c.AutoLayoutCommand(document), after)


def test_every_command_names_itself(document):
    command = c.MarkValueCommand(document, ["ask"], Value.VALUABLE)
    assert command.text()


def test_auto_layout_grows_a_lane_for_stacked_items_and_undo_shrinks_it():
    document = Document(Blueprint(steps=[
        Step(id="ask", title="Ask", lane="customer", x=40),
        Step(id="file", title="File", lane="support", x=900, supports=["ask"]),
        Step(id="rota", title="Rota", lane="support", x=1500, supports=["ask"])]))
    height = document.lane("support").height
    stack = QUndoStack()
    stack.push(c.AutoLayoutCommand(document))
    assert document.lane("support").height > height
    assert document.step("file").x == document.step("rota").x
    stack.undo()
    assert document.lane("support").height == height and document.step("rota").x == 1500
