"""End to end, as a facilitator works: build a journey by clicks, drags and keys, mark it, read
the check, undo it all and redo it, save, reopen; and open every example from the welcome page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from blueprint.model import Blueprint, Severity, Value, WasteKind, dumps_blueprint, load_blueprint
from blueprint.ui.files.examples import list_examples
from tests.ui.windows import main_window

CTRL = Qt.KeyboardModifier.ControlModifier
SCALE = 0.6


@pytest.fixture
def window(qtbot, tmp_path, person):
    with main_window(qtbot, tmp_path / "app", size=(1600, 1000)) as window:
        yield window


# ------------------------------------------------------------------ a person's hands

def lane_point(view, lane_id: str, x: float) -> QPoint:
    """A viewport point in the middle of a lane, at scene x."""
    scene = view.blueprint_scene
    top = scene.lane_top(lane_id)
    return view.mapFromScene(QPointF(x, top + view.document.lane(lane_id).height / 2))


def card_point(view, step_id: str) -> QPoint:
    """A point on a card's lower half, away from its title and its handle."""
    rect = view.blueprint_scene.card_rect(step_id)
    return view.mapFromScene(QPointF(rect.x() + rect.width() * 0.4, rect.y() + rect.height() * 0.75))


def handle_point(view, step_id: str) -> QPoint:
    rect = view.blueprint_scene.card_rect(step_id)
    return view.mapFromScene(QPointF(rect.right(), rect.center().y()))


def drag(view, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for fraction in (0.25, 0.5, 0.75, 1.0):
        QTest.mouseMove(viewport, start + (end - start) * fraction)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def click(view, point: QPoint) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def type_title(view, title: str) -> None:
    editor = view.title_editor()
    assert editor is not None, "a new step opens its title for typing"
    QTest.keyClicks(editor, title)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def double_click_lane(view, lane_id: str, x: float) -> str:
    before = {s.id for s in view.document.blueprint.steps}
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      lane_point(view, lane_id, x))
    [added] = [s.id for s in view.document.blueprint.steps if s.id not in before]
    return added


def newest_step(view) -> str:
    return view.document.blueprint.steps[-1].id


def checked_again(qtbot, window, runs: int) -> None:
    qtbot.waitUntil(lambda: window.live_check.runs > runs)


# ------------------------------------------------------------------ the journey

def build_journey(window, qtbot) -> dict[str, str]:
    """Five steps, four flows, two lanes: by double-clicks, Enter, and drags from handles."""
    view = window.view
    view.resetTransform()
    view.scale(SCALE, SCALE)
    view.centerOn(640, 400)
    ids = {}
    ids["notice"] = double_click_lane(view, "customer", 140)
    type_title(view, "Notice the phone is gone")
    QTest.keyClick(view, Qt.Key.Key_Return)  # Enter: the next step, wired to this one
    ids["ask"] = newest_step(view)
    type_title(view, "Ask at the police post")
    ids["nothing"] = double_click_lane(view, "frontstage", 620)
    type_title(view, "Nothing found, sorry")
    drag(view, handle_point(view, ids["ask"]), card_point(view, ids["nothing"]))
    click(view, card_point(view, ids["nothing"]))
    QTest.keyClick(view, Qt.Key.Key_Return)
    ids["report"] = newest_step(view)
    type_title(view, "Come and file a report")
    ids["travel"] = double_click_lane(view, "customer", 1100)
    type_title(view, "Travel to the station")
    drag(view, handle_point(view, ids["report"]), card_point(view, ids["travel"]))
    return ids


def test_a_facilitator_builds_marks_checks_undoes_redoes_saves_and_reopens(window, qtbot, person, tmp_path):
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.view
    document, view = window.document, window.view

    ids = build_journey(window, qtbot)
    blueprint = document.blueprint
    assert [s.title for s in blueprint.steps] == [
        "Notice the phone is gone", "Ask at the police post", "Nothing found, sorry",
        "Come and file a report", "Travel to the station"]
    assert {s.lane for s in blueprint.steps} == {"customer", "frontstage"}
    assert [(f.source, f.target) for f in blueprint.flows] == [
        (ids["notice"], ids["ask"]), (ids["ask"], ids["nothing"]),
        (ids["nothing"], ids["report"]), (ids["report"], ids["travel"])]
    window.live_check.run_now()
    assert "unmarked-step" in {f.rule for f in window.live_check.result.findings}
    shown_before = window.key_metrics.text()

    # Mark the values: click and a key, a rubber band over two steps and one key.
    runs = window.live_check.runs
    for step_id, key in ((ids["notice"], Qt.Key.Key_N), (ids["ask"], Qt.Key.Key_V),
                         (ids["travel"], Qt.Key.Key_W)):
        click(view, card_point(view, step_id))
        QTest.keyClick(view, key)
    nothing, report = (view.blueprint_scene.card_rect(ids[k]) for k in ("nothing", "report"))
    drag(view, view.mapFromScene(nothing.bottomLeft() + QPointF(-20, 20)),  # empty lane below the cards
         view.mapFromScene(report.topRight() + QPointF(20, -10)))
    assert sorted(view.selected_step_ids()) == sorted([ids["nothing"], ids["report"]])
    QTest.keyClick(view, Qt.Key.Key_W)
    values = {s.id: s.value for s in document.blueprint.steps}
    assert values == {ids["notice"]: Value.NECESSARY, ids["ask"]: Value.VALUABLE,
                      ids["nothing"]: Value.WASTED, ids["report"]: Value.WASTED, ids["travel"]: Value.WASTED}

    # The inspector: why the trip is waste, and how long it takes.
    click(view, card_point(view, ids["travel"]))
    form = window.inspector.step_form
    assert window.inspector.current_form() is form
    travel_box = form.fields["waste"].box(WasteKind.TRAVEL)
    qtbot.mouseClick(travel_box, Qt.MouseButton.LeftButton, pos=QPoint(8, travel_box.height() // 2))
    minutes = form.fields["customer_minutes"].widget
    minutes.setFocus()
    minutes.selectAll()
    QTest.keyClicks(minutes, "45")
    QTest.keyClick(minutes, Qt.Key.Key_Return)
    travel = document.step(ids["travel"])
    assert travel.waste == [WasteKind.TRAVEL] and travel.customer_minutes == 45

    # The check sees it: findings and metrics change.
    checked_again(qtbot, window, runs)
    assert "unmarked-step" not in {f.rule for f in window.live_check.result.findings}
    assert window.metrics.value_text("wasted") == "3"
    assert window.key_metrics.values["wasted_share"].text().startswith("60 %")
    assert window.key_metrics.values["customer_minutes_wasted"].text().startswith("45 min")
    assert window.key_metrics.text() != shown_before
    assert window.findings.list.count() == len(window.live_check.result.findings)

    # Undo everything back to the empty blueprint, then redo it all, by keys.
    finished = dumps_blueprint(document.blueprint)
    edits = window.undo_stack.count()
    view.setFocus()
    for _ in range(edits):
        QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert dumps_blueprint(document.blueprint) == dumps_blueprint(Blueprint())
    assert not window.isWindowModified()
    for number in range(edits):
        if number % 2:
            QTest.keyClick(view, Qt.Key.Key_Y, CTRL)
        else:
            QTest.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert dumps_blueprint(document.blueprint) == finished
    assert window.isWindowModified()

    # Save (the first save asks for a name), then reopen and compare.
    person.save_name = str(tmp_path / "lost-phone")
    QTest.keyClick(view, Qt.Key.Key_S, CTRL)
    saved = tmp_path / "lost-phone.blueprint.json"
    assert saved.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("lost-phone[*]")
    person.open_name = str(saved)
    QTest.keyClick(view, Qt.Key.Key_O, CTRL)
    assert person.questions == []  # nothing unsaved, so nothing to ask
    assert dumps_blueprint(document.blueprint) == finished == dumps_blueprint(load_blueprint(saved))
    assert window.undo_stack.count() == 0


@pytest.mark.parametrize("example", list_examples(), ids=lambda e: e.path.name)
def test_every_example_opens_from_the_welcome_page(window, qtbot, example):
    qtbot.waitUntil(lambda: len(window.welcome.cards) > 0)
    [card] = [c for c in window.welcome.cards if c.example.path == example.path]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.document.blueprint.title == example.title
    assert window.files.path is None  # a copy: saving never overwrites the example
    qtbot.waitUntil(lambda: window.live_check.runs >= 1)
    result = window.live_check.result
    assert window.findings.list.count() == len(result.findings)
    if example.state == "to-be":
        assert result.count(Severity.ERROR) == result.count(Severity.WARNING) == 0
    else:
        assert result.count(Severity.ERROR) > 0
        assert "error" in window.findings.summary.text()
    window.actions.welcome.trigger()
    assert window.pages.currentWidget() is window.welcome
