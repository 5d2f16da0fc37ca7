"""Every reference in a document stays valid by construction: a delete takes along what
points at the deleted element, and a saved file always opens again (issue 8, defect 1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from blueprint.model import Blueprint, Flow, Need, Step, Suppression
from blueprint.model.document import Document, EditError
from blueprint.model.fileformat import dumps_blueprint, loads_blueprint
from blueprint.ui import commands as c


@pytest.fixture
def document() -> Document:
    steps = [Step(id="ask", title="Ask", lane="customer", need="phone"),
             Step(id="answer", title="Nothing found", lane="frontstage", outcome="refused")]
    return Document(Blueprint(
        needs=[Need(id="phone", title="Get the phone back"), Need(id="spare", title="Spare")],
        steps=steps, flows=[Flow(id="f1", source="ask", target="answer")],
        suppressions=[Suppression(rule="refusal-without-alternative", element="answer", reason="known"),
                      Suppression(rule="dead-end", element="f1", reason="drawn later"),
                      Suppression(rule="unmarked-step", element="spare", reason="a need")]))


def reopened(document: Document) -> Blueprint:
    return loads_blueprint(dumps_blueprint(document.blueprint), "saved.blueprint.json")


def test_deleting_an_accepted_step_takes_its_suppression_along_and_undo_brings_it_back(document):
    stack = QUndoStack()
    stack.push(c.RemoveElementsCommand(document, step_ids=["answer"]))
    assert [s.element for s in document.blueprint.suppressions] == ["spare"]
    assert reopened(document) == document.blueprint
    stack.undo()
    assert [s.element for s in document.blueprint.suppressions] == ["answer", "f1", "spare"]
    stack.redo()
    assert reopened(document) == document.blueprint


def test_deleting_a_lane_takes_the_suppressions_of_its_steps_along(document):
    stack = QUndoStack()
    stack.push(c.RemoveElementsCommand(document, lane_ids=["frontstage"]))
    assert "answer" not in {s.element for s in document.blueprint.suppressions}
    assert reopened(document) == document.blueprint
    stack.undo()
    assert len(document.blueprint.suppressions) == 3


def test_the_document_refuses_a_removal_that_would_leave_a_suppression_dangling(document):
    with pytest.raises(EditError, match="still referred to"):
        document.remove_flow("f1")
    with pytest.raises(EditError, match="not in the blueprint"):
        document.update_blueprint(suppressions=[Suppression(rule="dead-end", element="gone", reason="x")])


def test_dropping_a_need_takes_its_suppressions_along_in_one_undoable_change(document):
    stack = QUndoStack()
    stack.push(c.UpdateBlueprintCommand(document, {"needs": [Need(id="phone", title="Get the phone back")]}))
    assert [s.element for s in document.blueprint.suppressions] == ["answer", "f1"]
    assert reopened(document) == document.blueprint
    stack.undo()
    assert [s.element for s in document.blueprint.suppressions] == ["answer", "f1", "spare"]


def test_a_file_saved_with_a_dangling_suppression_by_version_0_1_opens(document):
    text = dumps_blueprint(document.blueprint).replace('"element": "answer"', '"element": "deleted-step"')
    blueprint = loads_blueprint(text, "old.blueprint.json")
    assert [s.element for s in blueprint.suppressions] == ["f1", "spare"]
