"""The canvas driven as a person does: clicks, drags and keys on the viewport (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from blueprint.model import Blueprint, Flow, FlowKind, Step, Value
from blueprint.model.document import Document
from blueprint.ui.canvas.actions import EditActions
from blueprint.ui.canvas.view import BlueprintView
from blueprint.render import style


@pytest.fixture
def canvas(qtbot):
    """A view in a window over a small journey: ask -> answer, and an unconnected 'search'."""
    document = Document(Blueprint(
        steps=[
            Step(id="ask", title="Ask at the post", lane="customer", x=40, y=40),
            Step(id="answer", title="Nothing found", lane="frontstage", x=280, y=40),
            Step(id="search", title="Search the app", lane="customer", x=520, y=40),
        ],
        flows=[Flow(id="f1", source="ask", target="answer")],
    ))
    stack = QUndoStack()
    window = QMainWindow()
    view = BlueprintView(document, stack)
    EditActions(view, window)
    window.setCentralWidget(view)
    window.resize(1300, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view.setFocus()
    view.resetTransform()
    view.centerOn(500, 400)
    yield view  # the window stays referenced until the test ends


def card_point(view, step_id: str, dx: float = 100, dy: float = 60) -> QPoint:
    """A viewport point on a card (by default in its lower middle, away from the title)."""
    rect = view.blueprint_scene.card_rect(step_id)
    return view.mapFromScene(QPointF(rect.x() + dx, rect.y() + dy))


def scene_point(view, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def drag(view, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in a few steps, release: a person's drag."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, start)
    for fraction in (0.25, 0.5, 0.75, 1.0):
        QTest.mouseMove(viewport, start + (end - start) * fraction)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, end)


def click(view, point: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, point)


def test_double_click_in_a_lane_adds_a_step_and_edits_its_title(canvas):
    document, stack = canvas.document, canvas.undo_stack
    top = canvas.blueprint_scene.lane_top("backstage")
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      scene_point(canvas, 900, top + 90))
    added = [s for s in document.blueprint.steps if s.id not in {"ask", "answer", "search"}]
    assert len(added) == 1 and added[0].lane == "backstage"
    editor = canvas.title_editor()
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(editor, "Officer reads the report")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert document.step(added[0].id).title == "Officer reads the report"
    assert canvas.title_editor() is None
    assert stack.count() == 2  # the step, then its title
    stack.undo()
    assert document.step(added[0].id).title != "Officer reads the report"


def test_escape_cancels_a_title_edit(canvas):
    click(canvas, card_point(canvas, "ask"))
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    editor = canvas.title_editor()
    QTest.keyClicks(editor, "Something else")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert canvas.document.step("ask").title == "Ask at the post"
    assert canvas.undo_stack.count() == 0


def test_enter_adds_the_next_connected_step_while_capturing(canvas):
    document = canvas.document
    click(canvas, card_point(canvas, "search"))
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    QTest.keyClicks(canvas.title_editor(), "Sees the phone at home")
    QTest.keyClick(canvas.title_editor(), Qt.Key.Key_Return)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    QTest.keyClicks(canvas.title_editor(), "Phones the police")
    QTest.keyClick(canvas.title_editor(), Qt.Key.Key_Return)
    titles = [s.title for s in document.blueprint.steps]
    assert titles[-2:] == ["Sees the phone at home", "Phones the police"]
    first, second = document.blueprint.steps[-2:]
    assert first.lane == second.lane == "customer"
    assert document.step("search").x < first.x < second.x
    chain = {(f.source, f.target, f.kind) for f in document.blueprint.flows}
    assert ("search", first.id, FlowKind.SEQUENCE) in chain and (first.id, second.id, FlowKind.SEQUENCE) in chain


def test_dragging_a_card_to_another_lane_changes_its_lane_in_one_undo_step(canvas):
    document = canvas.document
    start = card_point(canvas, "search")
    target_top = canvas.blueprint_scene.lane_top("backstage")
    end = start + QPoint(0, round(target_top - canvas.blueprint_scene.lane_top("customer")))
    drag(canvas, start, end)
    step = document.step("search")
    assert step.lane == "backstage" and step.y == 40 and step.x == 520
    assert canvas.undo_stack.count() == 1
    canvas.undo_stack.undo()
    assert document.step("search").lane == "customer"
    assert canvas.blueprint_scene.card_rect("search").y() == canvas.blueprint_scene.lane_top("customer") + 40


def test_dragging_from_the_handle_onto_another_card_connects_them(canvas):
    document = canvas.document
    click(canvas, card_point(canvas, "answer"))
    handle = card_point(canvas, "answer", dx=style.CARD_WIDTH, dy=style.CARD_HEIGHT / 2)
    drag(canvas, handle, card_point(canvas, "search"))
    new = [f for f in document.blueprint.flows if f.id != "f1"]
    assert [(f.source, f.target) for f in new] == [("answer", "search")]
    assert canvas.blueprint_scene.flow_item(new[0].id) is not None
    assert canvas.undo_stack.count() == 1
    assert document.step("answer").x == 280  # the card itself did not move


def test_a_connection_dropped_on_empty_canvas_adds_nothing(canvas):
    handle = card_point(canvas, "answer", dx=style.CARD_WIDTH, dy=style.CARD_HEIGHT / 2)
    drag(canvas, handle, scene_point(canvas, 1400, 880))
    assert len(canvas.document.blueprint.flows) == 1
    assert canvas.undo_stack.count() == 0


def test_pressing_w_with_two_selected_marks_both_wasted_in_one_undo_step(canvas):
    document = canvas.document
    click(canvas, card_point(canvas, "ask"))
    click(canvas, card_point(canvas, "search"), Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_step_ids() == ["ask", "search"]
    QTest.keyClick(canvas, Qt.Key.Key_W)
    assert document.step("ask").value == document.step("search").value == Value.WASTED
    assert canvas.undo_stack.count() == 1
    canvas.undo_stack.undo()
    assert document.step("ask").value == Value.UNMARKED


def test_delete_removes_a_step_with_its_flows_and_undo_brings_all_back(canvas):
    document = canvas.document
    click(canvas, card_point(canvas, "answer"))
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert not document.has("answer") and not document.has("f1")
    assert canvas.blueprint_scene.step_item("answer") is None
    assert canvas.blueprint_scene.flow_item("f1") is None
    canvas.undo_stack.undo()
    assert document.has("answer") and document.flow("f1").target == "answer"
    assert canvas.blueprint_scene.flow_item("f1") is not None


def test_copy_and_paste_make_new_steps_with_their_internal_flow(canvas):
    document = canvas.document
    click(canvas, card_point(canvas, "ask"))
    click(canvas, card_point(canvas, "answer"), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(document.blueprint.steps) == 5 and len(document.blueprint.flows) == 2
    copies = document.blueprint.steps[3:]
    assert [s.title for s in copies] == ["Ask at the post", "Nothing found"]
    assert all(s.id not in {"ask", "answer"} for s in copies)
    flow = document.blueprint.flows[1]
    assert (flow.source, flow.target) == (copies[0].id, copies[1].id)
    assert sorted(canvas.selected_step_ids()) == sorted(s.id for s in copies)
    assert canvas.undo_stack.count() == 1


def test_rubber_band_selects_the_cards_it_touches(canvas):
    top = canvas.blueprint_scene.lane_top("customer")
    drag(canvas, scene_point(canvas, 20, top + 10), scene_point(canvas, 700, top + 120))
    assert canvas.selected_step_ids() == ["ask", "search"]


def test_space_drag_pans_without_editing(canvas):
    before = canvas.horizontalScrollBar().value()
    QTest.keyPress(canvas, Qt.Key.Key_Space)
    drag(canvas, card_point(canvas, "search"), card_point(canvas, "search") + QPoint(-200, 0))
    QTest.keyRelease(canvas, Qt.Key.Key_Space)
    assert canvas.horizontalScrollBar().value() == before + 200
    assert canvas.document.step("search").x == 520 and canvas.undo_stack.count() == 0


def test_ctrl_wheel_and_keys_zoom(canvas):
    QTest.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom_factor() == pytest.approx(1.2)
    QTest.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom_factor() == pytest.approx(1.0)
    QTest.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom_factor() < 1.0


def test_shortcuts_do_not_fire_while_typing_a_title(canvas):
    click(canvas, card_point(canvas, "ask"))
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    editor = canvas.title_editor()
    editor.selectAll()
    QTest.keyClicks(editor, "Vow")
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert canvas.document.step("ask").title == "Vo"
    assert canvas.document.step("ask").value == Value.UNMARKED
    assert len(canvas.document.blueprint.steps) == 3
    QApplication.processEvents()


def test_tab_keeps_the_title_and_adds_the_next_step(canvas):
    document = canvas.document
    click(canvas, card_point(canvas, "search"))
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    for title in ("Sees the phone", "Phones the police", "Travels to the station"):
        QTest.keyClicks(canvas.title_editor(), title)
        QTest.keyClick(canvas.title_editor(), Qt.Key.Key_Tab)
    QTest.keyClick(canvas.title_editor(), Qt.Key.Key_Escape)
    titles = [s.title for s in document.blueprint.steps]
    assert titles[3:] == ["Sees the phone", "Phones the police", "Travels to the station"]
    assert len(document.blueprint.flows) == 1 + 3  # Esc took back the last, untitled step


def test_escape_on_a_new_step_takes_it_back_but_keeps_older_steps(canvas):
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      scene_point(canvas, 900, canvas.blueprint_scene.lane_top("support") + 90))
    assert len(canvas.document.blueprint.steps) == 4
    QTest.keyClick(canvas.title_editor(), Qt.Key.Key_Escape)
    assert len(canvas.document.blueprint.steps) == 3
    click(canvas, card_point(canvas, "ask"))
    QTest.keyClick(canvas, Qt.Key.Key_F2)
    QTest.keyClick(canvas.title_editor(), Qt.Key.Key_Escape)
    assert canvas.document.has("ask")


def test_dragging_from_a_support_item_up_to_its_customer_moment_draws_the_vertical_line(canvas):
    document = canvas.document
    document.add_step(Step(id="lookup", title="Look up the file", lane="support", x=280, y=40))
    handle = card_point(canvas, "lookup", dx=style.CARD_WIDTH, dy=style.CARD_HEIGHT / 2)
    drag(canvas, handle, card_point(canvas, "answer"))
    assert document.step("lookup").supports == ["answer"]
    assert len(document.blueprint.flows) == 1  # a support line, not a flow
    lines = canvas.blueprint_scene.support_items()
    assert [(line.supporter_id, line.supported_id) for line in lines] == [("lookup", "answer")]
    # deleting the supported step takes the line along; undo brings both back
    click(canvas, card_point(canvas, "answer"))
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert not document.has("answer") and document.step("lookup").supports == []
    assert canvas.blueprint_scene.support_items() == []
    canvas.undo_stack.undo()
    assert document.step("lookup").supports == ["answer"]
    assert len(canvas.blueprint_scene.support_items()) == 1
    canvas.undo_stack.undo()
    assert document.step("lookup").supports == []


def test_a_plain_click_on_one_of_several_selected_cards_selects_it_alone(canvas):
    view = canvas
    ids = ["ask", "search"]
    view.select_ids(ids, center=False)
    drag(view, card_point(view, ids[0]), card_point(view, ids[0], dx=160))  # a drag moves them all
    assert sorted(view.selected_step_ids()) == sorted(ids)
    click(view, card_point(view, ids[1]))  # a click selects the one clicked
    assert view.selected_step_ids() == [ids[1]]


def test_zoomed_far_out_the_lane_titles_stay_readable_in_the_floating_header(canvas):
    view = canvas
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    assert not view._header_floats()  # at 100 %, scrolled to the left, the lanes' own titles are read
    for _ in range(8):
        view.zoom_out()
    assert view._header_floats()
    header = view.grab()  # paints the floating header at screen size
    assert not header.isNull()
