"""The inspector follows only the changes that concern what it shows, and waits while hidden."""

from __future__ import annotations

import pytest

from blueprint.model import Blueprint, Need, Step, Suppression, save_blueprint
from blueprint.ui.commands import MoveStepsCommand, UpdateStepCommand
from tests.ui.windows import main_window


@pytest.fixture
def window(qtbot, tmp_path, person):
    path = tmp_path / "j.blueprint.json"
    save_blueprint(Blueprint(
        title="Journey", needs=[Need(id=f"n{i}", title=f"Need {i}") for i in range(50)],
        steps=[Step(id="ask", title="Ask", lane="customer"), Step(id="call", title="Call", lane="customer", x=240)],
        suppressions=[Suppression(rule="unmarked-step", element="call", reason="Known")]), path)
    with main_window(qtbot, tmp_path / "app") as window:
        assert window.files.open(path)
        yield window


def count_reloads(form, monkeypatch) -> list[int]:
    calls = []
    reload = form.reload
    monkeypatch.setattr(form, "reload", lambda: calls.append(1) or reload())
    return calls


def test_an_edit_with_nothing_selected_does_not_reload_the_blueprint_form(window, monkeypatch):
    window.view.select_ids([])
    form = window.inspector.blueprint_form
    assert window.inspector.current_form() is form
    reloads = count_reloads(form, monkeypatch)
    window.undo_stack.push(MoveStepsCommand(window.document, {"ask": {"x": 600.0}}))
    window.undo_stack.push(UpdateStepCommand(window.document, "ask", {"title": "Ask again"}))
    assert reloads == []  # no step is shown in the blueprint form
    window.undo_stack.push(UpdateStepCommand(window.document, "call", {"title": "Phone"}))
    assert reloads == [1]  # the suppressions table names this step by its title
    assert "Phone" in [row[1] for row in form.suppressions.rows()]


def test_a_hidden_inspector_catches_up_when_shown(window, qtbot, monkeypatch):
    window.view.select_ids(["ask"])
    form = window.inspector.step_form
    window.inspector.hide()
    reloads = count_reloads(form, monkeypatch)
    window.undo_stack.push(UpdateStepCommand(window.document, "ask", {"title": "Asked while hidden"}))
    assert reloads == []
    window.inspector.show()
    qtbot.waitUntil(lambda: reloads == [1])
    assert form.fields["title"].widget.text() == "Asked while hidden"
