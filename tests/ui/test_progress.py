"""Long work keeps the window alive: a large file fills the canvas gradually under progress,
Tidy layout works on a worker thread, and Cancel leaves everything as it was."""

from __future__ import annotations

import gc
import time

import pytest
from PySide6.QtWidgets import QProgressDialog

from blueprint.model import Blueprint, Flow, Step, save_blueprint
from blueprint.ui.files import controller as files
from blueprint.ui.base import progress
from blueprint.ui.window import progress_dialog
from blueprint.render import scene as scene_module
from tests.ui.windows import main_window


def journey(n: int, title: str) -> Blueprint:
    steps = [Step(id=f"s{i}", title=f"Step {i}", lane="customer", x=40.0 + 240 * i) for i in range(n)]
    flows = [Flow(id=f"f{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(n - 1)]
    return Blueprint(title=title, steps=steps, flows=flows)


@pytest.fixture
def window(qtbot, tmp_path, person, monkeypatch):
    monkeypatch.setattr(scene_module, "GRADUAL_FROM", 10)  # these small journeys count as large
    monkeypatch.setattr(scene_module, "FILL_SLICE_S", 0.0)  # one slice of 200 per turn
    with main_window(qtbot, tmp_path / "app") as window:
        yield window


@pytest.fixture
def large_file(tmp_path):
    path = tmp_path / "large.blueprint.json"
    save_blueprint(journey(500, "Large journey"), path)
    return path


def cancel_as_soon_as_shown(monkeypatch):
    """The person presses Cancel the moment the progress dialog appears (at once)."""
    monkeypatch.setattr(progress_dialog, "SHOW_AFTER_MS", 0)
    make = progress.LiveProgress._make_dialog

    def made_and_cancelled(self) -> QProgressDialog:
        dialog = make(self)
        if self.cancellable:
            dialog.cancel()
        return dialog

    monkeypatch.setattr(progress.LiveProgress, "_make_dialog", made_and_cancelled)


def test_a_large_file_fills_the_canvas_gradually_and_completely(window, large_file):
    fills, collecting = [], []
    window.view.blueprint_scene.filled.connect(lambda done, total: fills.append((done, total)))
    window.view.blueprint_scene.filled.connect(lambda *_: collecting.append(gc.isenabled()))
    assert gc.isenabled()
    assert window.files.open(large_file)
    assert collecting and not any(collecting)  # no collector passes over what is being drawn
    assert gc.isenabled()  # and it is back once the journey is drawn
    scene = window.view.blueprint_scene
    assert len(fills) > 2 and fills[-1] == (999, 999)  # slice after slice, up to every element
    assert all(scene.step_item(f"s{i}") is not None for i in range(500))
    assert all(scene.flow_item(f"f{i}") is not None for i in range(499))
    assert window.pages.currentWidget() is window.view and window.undo_stack.count() == 0


def test_cancel_while_drawing_brings_back_what_was_open(window, large_file, tmp_path, monkeypatch):
    small = tmp_path / "small.blueprint.json"
    save_blueprint(journey(3, "Small journey"), small)
    assert window.files.open(small)
    window.view.select_ids(["s0"])
    window.view.editing.mark_selection("wasted")
    assert window.undo_stack.count() == 1
    cancel_as_soon_as_shown(monkeypatch)

    assert not window.files.open(large_file)

    assert window.document.blueprint.title == "Small journey"
    assert window.document.step("s0").value == "wasted"
    assert window.undo_stack.count() == 1 and window.files.path == small
    assert window.view.blueprint_scene.step_item("s400") is None
    assert window.windowTitle().startswith("small") and window.isWindowModified()
    assert gc.isenabled()
    assert not window.view.blueprint_scene.is_filling()
    window.undo_stack.undo()  # the history came back with the blueprint
    assert window.document.step("s0").value == "unmarked"


def test_cancel_while_reading_changes_nothing(window, large_file, monkeypatch):
    load = files.load_blueprint

    def slow_load(path):
        time.sleep(0.3)
        return load(path)

    monkeypatch.setattr(files, "load_blueprint", slow_load)
    cancel_as_soon_as_shown(monkeypatch)
    assert not window.files.open(large_file)
    assert window.pages.currentWidget() is window.welcome  # nothing was open: still welcome
    assert not window.files.is_open and window.document.blueprint.steps == []
    assert gc.isenabled()


def test_tidy_layout_is_one_undo_step_and_cancel_changes_nothing(window, large_file, monkeypatch):
    assert window.files.open(large_file)
    before = {s.id: (s.x, s.y) for s in window.document.blueprint.steps}
    window.view.editing.auto_layout()
    assert window.undo_stack.count() == 1
    tidied = {s.id: (s.x, s.y) for s in window.document.blueprint.steps}
    assert tidied != before
    window.undo_stack.undo()
    assert {s.id: (s.x, s.y) for s in window.document.blueprint.steps} == before

    import blueprint.analysis.layout as layout
    compute = layout.auto_layout
    monkeypatch.setattr(layout, "auto_layout", lambda b: time.sleep(0.3) or compute(b))
    cancel_as_soon_as_shown(monkeypatch)
    window.view.editing.auto_layout()
    assert {s.id: (s.x, s.y) for s in window.document.blueprint.steps} == before
    assert window.undo_stack.index() == 0
