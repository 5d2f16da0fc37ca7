"""Canvas edits beyond the basic gestures: lanes, clipboard, flows, layout, zoom levels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from blueprint.model import Blueprint, Flow, FlowKind, Step
from blueprint.model.document import Document
from blueprint.ui.canvas.actions import EditActions
from blueprint.ui.canvas.view import BlueprintView
from blueprint.render import style
from blueprint.ui.canvas.gestures import suggested_flow_kind


@pytest.fixture
def canvas(qtbot):
    document = Document(Blueprint(
        steps=[
            Step(id="ask", title="Ask at the post", lane="customer", x=40, y=40),
            Step(id="answer", title="Nothing found", lane="frontstage", x=280, y=40),
            Step(id="record", title="Record the visit", lane="backstage", x=520, y=40),
        ],
        flows=[Flow(id="f1", source="ask", target="answer")],
    ))
    window = QMainWindow()
    view = BlueprintView(document, QUndoStack())
    EditActions(view, window)
    window.setCentralWidget(view)
    window.resize(1300, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view.setFocus()
    yield view


def point_on(view, step_id: str):
    rect = view.blueprint_scene.card_rect(step_id)
    return view.mapFromScene(QPointF(rect.x() + 100, rect.y() + 70))


def select(view, *step_ids: str) -> None:
    view.select_ids(list(step_ids), center=False)


def lane_ids(view) -> list[str]:
    return [lane.id for lane in view.document.blueprint.lanes]


def test_add_a_lane_below_the_current_one(canvas, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Partners", True))
    select(canvas, "answer")
    canvas.edit_actions.add_lane.trigger()
    assert lane_ids(canvas)[3] != "backstage"
    assert canvas.document.blueprint.lanes[3].title == "Partners"
    assert canvas.undo_stack.count() == 1


def test_rename_and_move_a_lane(canvas, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Police desk", True))
    select(canvas, "answer")
    canvas.edit_actions.rename_lane.trigger()
    assert canvas.document.lane("frontstage").title == "Police desk"
    canvas.edit_actions.move_lane_up.trigger()
    assert lane_ids(canvas)[1] == "frontstage"
    assert canvas.blueprint_scene.card_rect("answer").top() == 180 + 40  # the step moved along


def test_removing_a_lane_with_steps_asks_first(canvas, monkeypatch):
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    select(canvas, "record")
    canvas.edit_actions.remove_lane.trigger()
    assert "backstage" in lane_ids(canvas)
    canvas.edit_actions.remove_lane.trigger()
    assert "backstage" not in lane_ids(canvas) and not canvas.document.has("record")
    canvas.undo_stack.undo()
    assert "backstage" in lane_ids(canvas) and canvas.document.step("record").lane == "backstage"


def test_the_last_lane_is_refused_plainly(canvas, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    for _ in range(5):
        canvas.set_current_lane(lane_ids(canvas)[0])
        canvas.edit_actions.remove_lane.trigger()
    assert len(lane_ids(canvas)) == 1
    assert told and "at least one lane" in told[0]


def test_cut_removes_and_paste_brings_copies_back(canvas):
    select(canvas, "ask", "answer")
    canvas.edit_actions.cut.trigger()
    assert not canvas.document.has("ask") and not canvas.document.has("f1")
    canvas.edit_actions.paste.trigger()
    titles = sorted(s.title for s in canvas.document.blueprint.steps)
    assert titles == ["Ask at the post", "Nothing found", "Record the visit"]
    assert len(canvas.document.blueprint.flows) == 1


def test_duplicate_places_copies_to_the_right_with_new_ids(canvas):
    select(canvas, "answer")
    canvas.edit_actions.duplicate.trigger()
    copy = canvas.document.blueprint.steps[-1]
    assert copy.id != "answer" and copy.title == "Nothing found" and copy.lane == "frontstage"
    assert copy.x >= 280 + style.CARD_WIDTH
    assert canvas.selected_step_ids() == [copy.id]


def test_pasting_text_that_is_not_steps_does_nothing(canvas):
    QGuiApplication.clipboard().setText("just some words")
    canvas.edit_actions.paste.trigger()
    assert len(canvas.document.blueprint.steps) == 3 and canvas.undo_stack.count() == 0


def test_clicking_an_arrow_selects_it_and_delete_removes_only_it(canvas):
    route = canvas.blueprint_scene.flow_item("f1").route()
    middle = route.pointAtPercent(0.5)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     canvas.mapFromScene(middle))
    assert canvas.selected_ids() == ["f1"]
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert not canvas.document.has("f1") and canvas.document.has("ask") and canvas.document.has("answer")


def test_flow_kind_from_the_menu_actions(canvas):
    select(canvas, "f1")
    canvas.edit_actions.flow_kinds[FlowKind.REFERRAL].trigger()
    assert canvas.document.flow("f1").kind == FlowKind.REFERRAL
    assert canvas.undo_stack.count() == 1


def test_alt_drag_connects_too(canvas):
    viewport = canvas.viewport()
    start, end = point_on(canvas, "answer"), point_on(canvas, "record")
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier, start)
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier, end)
    flow = canvas.document.blueprint.flows[-1]
    assert (flow.source, flow.target, flow.kind) == ("answer", "record", FlowKind.HAND_OFF)


def test_suggested_flow_kinds(canvas):
    document = canvas.document
    document.add_step(Step(id="letter", title="Letter", lane="evidence"))
    assert suggested_flow_kind(document, "letter", "ask") == FlowKind.INFORMATION
    assert suggested_flow_kind(document, "answer", "record") == FlowKind.HAND_OFF
    assert suggested_flow_kind(document, "ask", "answer") == FlowKind.SEQUENCE


def test_tidy_layout_is_one_undo_step(canvas):
    canvas.document.update_step("record", x=40, lane="customer")
    canvas.document.add_flow(Flow(id="f2", source="answer", target="record"))
    canvas.edit_actions.auto_layout.trigger()
    assert canvas.document.step("record").x > canvas.document.step("answer").x
    assert canvas.undo_stack.count() == 1


def test_zooming_far_out_shows_the_overview_and_back(canvas):
    for _ in range(16):
        canvas.zoom_out()
    assert canvas.blueprint_scene.overview_shown()
    canvas.reset_zoom()
    assert not canvas.blueprint_scene.overview_shown()
    canvas.fit_all()
    assert canvas.mapToScene(canvas.viewport().rect()).boundingRect().contains(
        canvas.blueprint_scene.content_rect().adjusted(1, 1, -1, -1))


def test_lane_titles_stay_in_sight_when_scrolled_right(canvas):
    canvas.document.update_step("record", x=6000)
    canvas.reset_zoom()
    canvas.centerOn(5000, 400)
    assert canvas._header_floats()  # noqa: SLF001
    picture = canvas.grab().toImage()
    top = canvas.mapFromScene(QPointF(0, canvas.blueprint_scene.lane_top("customer") + 90)).y()
    assert picture.pixelColor(20, top).name() == style.HEADER_BACKGROUND.name()


def test_context_menu_offers_the_edit_actions(canvas):
    actions = canvas.edit_actions.context_menu_actions()
    assert canvas.edit_actions.mark_wasted in actions and canvas.edit_actions.delete in actions
    select(canvas, "ask")
    assert canvas.edit_actions.add_next_step.isEnabled()
    select(canvas)
    assert not canvas.edit_actions.mark_wasted.isEnabled()


def test_double_click_on_a_lane_title_renames_the_lane(canvas, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Citizen", True))
    canvas.reset_zoom()
    canvas.centerOn(400, 400)
    title = canvas.mapFromScene(QPointF(-100, canvas.blueprint_scene.lane_top("customer") + 90))
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, title)
    assert canvas.document.lane("customer").title == "Citizen"
    assert len(canvas.document.blueprint.steps) == 3


def click_lane_title(view, lane_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    title = view.mapFromScene(QPointF(-100, view.blueprint_scene.lane_top(lane_id) + 60))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, title)


def test_clicking_a_lane_title_selects_the_lane_and_f2_renames_it(canvas, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Police desk", True))
    canvas.reset_zoom()
    canvas.centerOn(400, 400)
    select(canvas, "ask")
    click_lane_title(canvas, "frontstage")
    assert canvas.selected_ids() == ["frontstage"]
    assert canvas.current_lane_id() == "frontstage"
    header = canvas.blueprint_scene.lane_item("frontstage")
    assert header.pen().color() == style.SELECTION  # shown as selected, not only remembered
    assert canvas.edit_actions.edit_title.isEnabled() and not canvas.edit_actions.mark_wasted.isEnabled()
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    assert canvas.document.lane("frontstage").title == "Police desk"
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.selected_ids() == [] and header.pen().color() != style.SELECTION


def test_delete_on_a_selected_lane_removes_it_after_asking(canvas, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    canvas.reset_zoom()
    canvas.centerOn(400, 400)
    click_lane_title(canvas, "backstage")
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert asked and "Record the visit" not in asked[0] and "1 step" in asked[0]
    assert canvas.document.has("backstage") and canvas.document.has("record")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert not canvas.document.has("backstage") and not canvas.document.has("record")
    canvas.undo_stack.undo()
    assert canvas.document.has("backstage") and canvas.document.has("record")


def test_a_rubber_band_over_the_lane_titles_picks_only_cards(canvas):
    canvas.reset_zoom()
    canvas.centerOn(400, 400)
    start = canvas.mapFromScene(QPointF(450, canvas.blueprint_scene.lane_top("frontstage") + 150))
    end = canvas.mapFromScene(QPointF(-150, 10))
    QTest.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas.viewport(), end)
    QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert canvas.selected_step_ids() == ["ask", "answer"] and canvas.selected_lane_ids() == []


def test_ctrl_wheel_zooms_under_the_mouse(canvas):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    canvas.reset_zoom()
    where = point_on(canvas, "answer")
    before = canvas.mapToScene(where)
    event = QWheelEvent(QPointF(where), QPointF(canvas.viewport().mapToGlobal(where)), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.zoom_factor() == pytest.approx(1.2)
    after = canvas.mapToScene(where)
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2


def test_an_open_title_editor_closes_when_its_step_is_undone(canvas):
    select(canvas, "ask")
    canvas.edit_actions.add_next_step.trigger()
    assert canvas.title_editor() is not None
    canvas.undo_stack.undo()
    assert canvas.title_editor() is None


def test_hovering_a_card_tells_what_goes_wrong_at_its_fail_point(canvas, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from blueprint.ui.commands import UpdateStepCommand

    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda position, text, *rest: shown.append(text))
    canvas.undo_stack.push(UpdateStepCommand(canvas.document, "answer", {
        "fail_point": True, "fail_point_text": "Nobody writes the report down"}))
    where = point_on(canvas, "answer")
    QApplication.sendEvent(canvas.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, canvas.viewport().mapToGlobal(where)))
    assert shown and shown[-1].startswith("Nothing found")
    assert "Fail point: Nobody writes the report down" in shown[-1]
