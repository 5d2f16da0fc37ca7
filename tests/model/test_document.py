"""The evented Document: every edit keeps references valid and tells its listeners."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from blueprint.model import Blueprint, Flow, Lane, Need, ServiceConcept, Step, Value
from blueprint.model.document import ChangeKind, Document, EditError


@pytest.fixture
def document() -> Document:
    doc = Document(Blueprint(
        steps=[Step(id="a", title="Ask", lane="customer"), Step(id="b", title="Answer", lane="frontstage")],
        flows=[Flow(id="f", source="a", target="b")],
    ))
    return doc


@pytest.fixture
def changes(document: Document) -> list:
    seen: list = []
    document.subscribe(seen.append)
    return seen


def test_add_step_notifies_and_indexes(document, changes):
    document.add_step(Step(id="c", title="Come back", lane="customer"), index=1)
    assert [s.id for s in document.blueprint.steps] == ["a", "c", "b"]
    assert document.step("c").title == "Come back"
    assert changes[-1].kind == ChangeKind.STEP_ADDED and changes[-1].element_id == "c"


@pytest.mark.parametrize("step, message", [
    (Step(id="a", title="dup", lane="customer"), "already used"),
    (Step(id="f", title="dup of flow", lane="customer"), "already used"),
    (Step(id="z", title="lost", lane="nowhere"), "no lane"),
])
def test_add_step_refuses_broken_references(document, changes, step, message):
    with pytest.raises(EditError, match=message):
        document.add_step(step)
    assert changes == []


def test_remove_step_needs_its_flows_gone_first(document):
    with pytest.raises(EditError, match="still has flows"):
        document.remove_step("a")
    flow, flow_index = document.remove_flow("f")
    step, index = document.remove_step("a")
    assert (step.id, index, flow.id, flow_index) == ("a", 0, "f", 0)
    assert not document.has("a")


def test_update_step_returns_old_values_and_is_all_or_nothing(document, changes):
    old = document.update_step("a", value=Value.WASTED, x=300.0)
    assert old == {"value": Value.UNMARKED, "x": 0.0}
    assert changes[-1].fields == frozenset({"value", "x"})
    with pytest.raises(ValidationError):
        document.update_step("a", x=10.0, emotion=9)
    assert document.step("a").x == 300.0
    assert len(changes) == 1


def test_update_without_difference_is_silent(document, changes):
    assert document.update_step("a", title="Ask") == {}
    assert changes == []


def test_moving_a_step_to_an_unknown_lane_is_refused(document):
    with pytest.raises(EditError, match="no lane"):
        document.update_step("a", lane="attic")


def test_flow_ends_must_exist(document):
    with pytest.raises(EditError, match="no step"):
        document.add_flow(Flow(id="g", source="a", target="ghost"))
    with pytest.raises(EditError, match="no step"):
        document.update_flow("f", target="ghost")


def test_lanes_add_move_remove(document, changes):
    document.add_lane(Lane(id="partner", title="Partner"), index=2)
    assert document.lane_top("partner") == 2 * 180.0
    assert document.move_lane("partner", 0) == 2
    assert document.blueprint.lanes[0].id == "partner"
    with pytest.raises(EditError, match="still holds steps"):
        document.remove_lane("customer")
    lane, index = document.remove_lane("partner")
    assert (lane.id, index) == ("partner", 0)
    assert [c.kind for c in changes] == [ChangeKind.LANE_ADDED, ChangeKind.LANES_REORDERED,
                                         ChangeKind.LANE_REMOVED]


def test_needs_in_use_cannot_be_dropped(document):
    document.update_blueprint(needs=[Need(id="phone", title="Get the phone back")])
    document.update_step("a", need="phone")
    with pytest.raises(EditError, match="still used"):
        document.update_blueprint(needs=[])


def test_concept_and_reset(document, changes):
    old = document.set_concept(ServiceConcept(promise="We finish what we start"))
    assert old.promise == ""
    previous = document.replace(Blueprint(title="New"))
    assert previous.steps[0].id == "a"
    assert document.blueprint.title == "New" and not document.has("a")
    assert [c.kind for c in changes] == [ChangeKind.CONCEPT_CHANGED, ChangeKind.RESET]


def test_new_id_is_fresh(document):
    new = document.new_id("step")
    assert not document.has(new)
    assert new.startswith("step-")


def test_a_snapshot_never_changes_with_later_edits():
    document = Document(Blueprint(
        steps=[Step(id="a", title="A", lane="customer"), Step(id="b", title="B", lane="frontstage")],
        flows=[Flow(id="f", source="a", target="b")]))
    snapshot = document.snapshot()
    before = snapshot.model_dump(mode="json")
    step_a = document.step("a")
    document.update_step("a", title="A again", x=400.0)
    document.update_flow("f", label="then")
    document.update_lane("customer", title="The customer")
    document.remove_flow("f")
    document.remove_step("b")
    assert snapshot.model_dump(mode="json") == before
    assert step_a.title == "A" and document.step("a").title == "A again"  # swapped, not changed in place


def test_move_steps_places_many_steps_at_once_and_returns_what_undo_needs(document, changes):
    old = document.move_steps({"a": {"x": 400, "y": 10.0}, "b": {"lane": "customer"}})
    assert document.step("a").x == 400.0 and isinstance(document.step("a").x, float)
    assert document.step("b").lane == "customer"
    assert old["a"] == {"x": 0.0, "y": 20.0} and old["b"] == {"lane": "frontstage"}
    assert {(c.kind, c.element_id, c.fields) for c in changes} == {
        (ChangeKind.STEP_CHANGED, "a", frozenset({"x", "y"})),
        (ChangeKind.STEP_CHANGED, "b", frozenset({"lane"}))}
    document.move_steps({step_id: values for step_id, values in old.items()})
    assert (document.step("a").x, document.step("b").lane) == (0.0, "frontstage")


@pytest.mark.parametrize("move, message", [
    ({"x": 1e12}, "cannot go there"), ({"x": float("nan")}, "cannot go there"),
    ({"lane": "nowhere"}, "no lane"), ({"title": "Renamed"}, "x, y and lane only")])
def test_move_steps_checks_every_value_before_moving_any(document, changes, move, message):
    before = document.blueprint.model_dump()
    with pytest.raises(EditError, match=message):
        document.move_steps({"a": {"x": 500.0}, "b": move})
    assert document.blueprint.model_dump() == before and changes == []


def test_a_batch_failing_after_move_steps_takes_the_moves_back(document, changes):
    before = document.blueprint.model_dump()
    with pytest.raises(RuntimeError), document.batch():
        document.move_steps({"a": {"x": 500.0}, "b": {"x": 700.0}})
        raise RuntimeError("a later part of the command failed")
    assert document.blueprint.model_dump() == before and changes == []
