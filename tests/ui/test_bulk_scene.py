"""Removing and adding back many elements at once: the scene puts back the very same items.

Delete all and undo must leave the document and the canvas exactly as they were (the same
cards and arrows, at the same places, with the same routes), announce the selection once,
and never show a card that no longer matches its step.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from blueprint.model import Blueprint, Flow, Step, save_blueprint
from blueprint.model.document import Document
from blueprint.render.scene import BlueprintScene
from blueprint.ui.commands import RemoveElementsCommand
from tests.ui.windows import main_window

N = 60


def journey(n: int = N) -> Blueprint:
    """A chain of ``n`` steps over two lanes, with a backstage step supporting every tenth."""
    lanes = ("customer", "frontstage")
    steps = [Step(id=f"s{i}", title=f"Step {i}", lane=lanes[i % 2], x=240.0 * i, y=40) for i in range(n)]
    steps += [Step(id=f"b{i}", title=f"Back office {i}", lane="backstage", x=240.0 * i, y=40,
                   supports=[f"s{i}"]) for i in range(0, n, 10)]
    flows = [Flow(id=f"f{i}", source=f"s{i}", target=f"s{i + 1}", label="next" if i % 7 == 0 else "")
             for i in range(n - 1)]
    return Blueprint(title="Bulk", steps=steps, flows=flows)


def picture_of(scene: BlueprintScene) -> dict:
    """Every item the scene shows, by identity, with where it is and what it draws."""
    return {
        "steps": {item.step_id: (id(item), item.pos().toTuple(), item.isVisible(), item.finding)
                  for item in scene.step_items()},
        "flows": {item.flow_id: (id(item), item.route(), item.boundingRect().getRect(), item.isVisible())
                  for item in scene.flow_items()},
        "supports": sorted(item.pos().toTuple() + item.boundingRect().getRect()
                           for item in scene.support_items()),
        "items": len(scene.items()),
    }


@pytest.fixture
def window(qtbot, tmp_path, person):
    path = tmp_path / "bulk.blueprint.json"
    save_blueprint(journey(), path)
    with main_window(qtbot, tmp_path / "app") as window:
        window.files.open(path)
        window.live_check.run_now()
        yield window


def test_delete_all_then_undo_restores_the_document_and_the_very_same_items(window):
    scene = window.view.blueprint_scene
    before_document = window.document.blueprint.model_dump(mode="json")
    before_scene = picture_of(scene)
    kept = {item.step_id: item for item in scene.step_items()}  # alive, so ids stay unique
    kept_flows = {item.flow_id: item for item in scene.flow_items()}
    window.view.setFocus()
    QTest.keySequence(window.view, "Ctrl+A")
    assert len(window.view.selected_step_ids()) == len(before_scene["steps"])
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document.blueprint.steps == [] and window.document.blueprint.flows == []
    assert scene.step_items() == [] and scene.flow_items() == [] and scene.support_items() == []
    assert window.inspector.current_form() is window.inspector.blueprint_form

    QTest.keySequence(window.view, "Ctrl+Z")
    assert window.document.blueprint.model_dump(mode="json") == before_document
    assert picture_of(scene) == before_scene
    assert all(scene.step_item(step_id) is item for step_id, item in kept.items())
    assert all(scene.flow_item(flow_id) is item for flow_id, item in kept_flows.items())
    assert window.view.selected_ids() == [] and scene.selectedItems() == []

    QTest.keySequence(window.view, "Ctrl+Shift+Z")  # redo, and back once more
    assert scene.step_items() == []
    window.undo_stack.undo()
    assert window.document.blueprint.model_dump(mode="json") == before_document
    assert picture_of(scene) == before_scene


def test_deleting_a_selection_announces_the_selection_once(window):
    heard = []
    window.view.selectedIdsChanged.connect(heard.append)
    window.select_all()
    assert len(heard) == 1 and len(heard[0]) == len(window.document.blueprint.steps) + N - 1
    window.view.editing.delete_selection()
    assert heard[1:] == [[]]


def test_a_card_put_back_shows_the_step_as_it_is_now(qapp):
    document = Document(journey(4))
    scene = BlueprintScene(document)
    flow, flow_index = document.remove_flow("f2")
    step, step_index = document.remove_step("s3")
    changed = step.model_copy(update={"title": "Asked again"})  # same id, another step
    document.add_step(changed, step_index)
    assert scene.step_item("s3").shown is changed
    document.update_step("s2", x=2000.0)
    document.add_flow(flow, flow_index)  # the arrow comes back, routed to where s2 is now
    route = scene.flow_item("f2").route()
    assert route.elementAt(0).x >= 2000.0


def test_undo_of_a_partial_delete_keeps_every_other_item(qapp):
    document = Document(journey())
    scene = BlueprintScene(document)
    stack = QUndoStack()
    before = picture_of(scene)
    stack.push(RemoveElementsCommand(document, step_ids=[f"s{i}" for i in range(0, N, 3)]))
    stack.undo()
    after = picture_of(scene)
    assert after == before
