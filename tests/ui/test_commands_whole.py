"""A command applies whole or not at all; a bulk command is announced as one batch.

Each bulk command gets a failure injected half-way through its work: the document must be
exactly as before, the listeners must have heard nothing, the stack must not hold the
failed command, and the command before it must still undo.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from blueprint.analysis.layout import COLUMN_PITCH, FIRST_COLUMN_X, auto_layout
from blueprint.model import Blueprint, Flow, Step, Value
from blueprint.model.base import MAX_COORDINATE
from blueprint.model.blueprint import MAX_ELEMENTS
from blueprint.model.document import Change, ChangeKind, Document, EditError
from blueprint.ui import commands as c

N = 40


def chain(n: int = N) -> Blueprint:
    """``n`` steps in one chain, alternating customer and frontstage, all at x=0."""
    lanes = ("customer", "frontstage")
    steps = [Step(id=f"s{i}", title=f"Step {i}", lane=lanes[i % 2]) for i in range(n)]
    flows = [Flow(id=f"f{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(n - 1)]
    return Blueprint(title="Chain", steps=steps, flows=flows)


def snapshot(document: Document) -> dict:
    return document.blueprint.model_dump(mode="json")


class FailHalfway:
    """Makes one of the document's methods raise on its ``nth`` call (counted from 1)."""

    def __init__(self, monkeypatch, document: Document, method: str, nth: int):
        self.calls = 0
        original = getattr(document, method)

        def failing(*args, **kwargs):
            self.calls += 1
            if self.calls == nth:
                raise RuntimeError("injected failure")
            return original(*args, **kwargs)

        monkeypatch.setattr(document, method, failing)


def bulk_commands(document: Document):
    """(name, command, method to fail, on which call) for every bulk command."""
    ids = [step.id for step in document.blueprint.steps]
    flows = [flow.id for flow in document.blueprint.flows]
    pasted = [Step(id=f"p{i}", title=f"Pasted {i}", lane="customer", x=10.0 * i) for i in range(N)]
    pasted_flows = [Flow(id=f"pf{i}", source=f"p{i}", target=f"p{i + 1}") for i in range(N - 1)]
    return [
        ("tidy", c.AutoLayoutCommand(document), "_swap", N // 2),
        ("move", c.MoveStepsCommand(document, {s: {"x": 500.0} for s in ids}), "_swap", N // 2),
        ("mark", c.MarkValueCommand(document, ids, Value.WASTED), "update_step", N // 2),
        ("delete", c.RemoveElementsCommand(document, step_ids=ids), "remove_steps", 1),
        ("delete flows only", c.RemoveElementsCommand(document, flow_ids=flows[:5], lane_ids=["support"]),
         "remove_lane", 1),
        ("paste", c.PasteCommand(document, pasted, pasted_flows), "insert_flows", 1),
    ]


@pytest.mark.parametrize("index", range(6))
def test_a_bulk_command_failing_halfway_changes_nothing(monkeypatch, index):
    document = Document(chain())
    stack = QUndoStack()
    stack.push(c.UpdateBlueprintCommand(document, {"title": "Before"}))
    heard: list[Change] = []
    before = snapshot(document)
    name, command, method, nth = bulk_commands(document)[index]
    document.subscribe(heard.append)
    FailHalfway(monkeypatch, document, method, nth)

    with pytest.raises(EditError, match="injected failure"):
        c.push(stack, command)

    assert snapshot(document) == before, name
    assert heard == [], name  # nobody saw the half-applied state
    assert stack.count() == 1 and stack.index() == 1, name  # the failed command was dropped
    stack.undo()
    assert document.blueprint.title == "Chain"


def test_a_bulk_command_is_announced_once_per_kind_of_change():
    document = Document(chain())
    stack = QUndoStack()
    heard: list[Change] = []
    document.subscribe(heard.append)
    ids = [step.id for step in document.blueprint.steps]

    c.push(stack, c.RemoveElementsCommand(document, step_ids=ids))
    assert [change.kind for change in heard] == [ChangeKind.FLOW_REMOVED, ChangeKind.STEP_REMOVED]
    assert set(heard[1].ids) == set(ids) and len(heard[0].ids) == N - 1
    assert document.blueprint.steps == [] and document.blueprint.flows == []

    heard.clear()
    stack.undo()
    assert [change.kind for change in heard] == [ChangeKind.STEP_ADDED, ChangeKind.FLOW_ADDED]
    assert snapshot(document) == snapshot(Document(chain()))  # every step back at its place

    heard.clear()
    c.push(stack, c.MarkValueCommand(document, ids, Value.WASTED))
    assert len(heard) == 1 and heard[0].kind is ChangeKind.STEP_CHANGED
    assert heard[0].fields == {"value"} and len(heard[0].ids) == N


def test_undo_of_a_partial_delete_puts_steps_and_flows_back_in_order():
    document = Document(chain())
    before = snapshot(document)
    stack = QUndoStack()
    c.push(stack, c.RemoveElementsCommand(document, step_ids=["s3", "s17", "s0"], flow_ids=["f30"]))
    assert not document.has("s3") and not document.has("f2") and not document.has("f30")
    stack.undo()
    assert snapshot(document) == before
    stack.redo()
    assert not document.has("s17")


def test_tidy_layout_of_a_very_long_journey_stays_in_range():
    """Every step in a column of its own: the layout still fits the model's coordinates."""
    assert FIRST_COLUMN_X + MAX_ELEMENTS * COLUMN_PITCH <= MAX_COORDINATE
    document = Document(chain(5_000))  # past the old bound of 1,000,000 units
    stack = QUndoStack()
    c.push(stack, c.AutoLayoutCommand(document))
    last = document.step("s4999")
    assert last.x == FIRST_COLUMN_X + 4_999 * COLUMN_PITCH > 1_000_000
    assert auto_layout(document.blueprint)["s4999"]["x"] == last.x
    stack.undo()
    assert all(step.x == 0.0 for step in document.blueprint.steps)  # one undo puts all back
