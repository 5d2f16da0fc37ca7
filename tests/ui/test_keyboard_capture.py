"""Workshop mode, keyboard capture (issue 10): a whole zigzag journey typed without the mouse,
every key counted; walking, moving between lanes and connecting by keys, each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from blueprint.model import Step, Value
from tests.ui.windows import main_window

ALT = Qt.KeyboardModifier.AltModifier
SHIFT_ALT = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier

LEAKING_TAP = [
    # (title, lane, value key)
    ("A tenant reports a leaking tap by phone", "customer", Qt.Key.Key_N),
    ("The call centre logs it", "frontstage", Qt.Key.Key_N),
    ("A planner books a plumber", "backstage", Qt.Key.Key_N),
    ("The visit is confirmed by text message", "frontstage", Qt.Key.Key_V),
    ("The tenant waits at home a whole morning", "customer", Qt.Key.Key_W),
    ("The plumber fixes the tap", "frontstage", Qt.Key.Key_V),
]


class Keyboard:
    """Presses keys into whatever has the focus, and counts them: characters typed apart."""

    def __init__(self):
        self.keys = 0
        self.characters = 0

    def press(self, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        QTest.keyClick(QApplication.focusWidget(), key, modifiers)

    def type(self, text: str) -> None:
        self.characters += len(text)
        QTest.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def window(qtbot, tmp_path, person):
    with main_window(qtbot, tmp_path / "app", size=(1440, 900)) as window:
        window.files.new()
        window.view.setFocus()
        yield window


def test_a_zigzag_journey_is_captured_with_keys_only(window, qtbot, monkeypatch):
    monkeypatch.setattr(QTest, "mouseClick", None)  # no mouse in this test: any use would fail
    board = Keyboard()
    board.press(Qt.Key.Key_Insert)  # the first step, in the customer's lane
    for number, (title, lane, value) in enumerate(LEAKING_TAP):
        board.type(title)
        board.press(value, ALT)  # mark it while typing
        if number == 4:  # the waiting step: 240 waiting minutes
            board.press(Qt.Key.Key_3, ALT)
            board.type("240")
            board.press(Qt.Key.Key_Return)
        if number + 1 < len(LEAKING_TAP):
            lanes = [lane.id for lane in window.document.blueprint.lanes]
            below = lanes.index(LEAKING_TAP[number + 1][1]) > lanes.index(lane)
            board.press(Qt.Key.Key_Down if below else Qt.Key.Key_Up, ALT)
    board.press(Qt.Key.Key_Return)

    blueprint = window.document.blueprint
    steps = sorted(blueprint.steps, key=lambda s: s.x)
    assert [(s.title, s.lane) for s in steps] == [(t, lane) for t, lane, _ in LEAKING_TAP]
    assert [s.value for s in steps] == [Value.NECESSARY, Value.NECESSARY, Value.NECESSARY, Value.VALUABLE,
                                       Value.WASTED, Value.VALUABLE]
    assert steps[4].waiting_minutes == 240
    assert [(f.source, f.target) for f in blueprint.flows] == [(a.id, b.id) for a, b in zip(steps, steps[1:])]
    assert len({s.x for s in steps}) == 6  # one column each
    budget = board.characters + 3 * len(LEAKING_TAP)
    print(f"keys besides the characters typed: {board.keys} for {len(steps)} steps "
          f"({board.characters} characters; budget {budget})")
    assert board.keys + board.characters <= budget
    assert board.keys == 15
    window.undo_stack.undo()  # the last title
    last = sorted(window.document.blueprint.steps, key=lambda s: s.x)[-1]
    assert last.title == "New step" and last.value is Value.VALUABLE
    window.undo_stack.undo()  # its mark
    assert window.document.step(last.id).value is Value.UNMARKED


def two_steps(window) -> tuple[str, str]:
    document = window.document
    document.add_step(Step(id="a", title="Calls", lane="customer", x=40))
    document.add_step(Step(id="b", title="Answers", lane="frontstage", x=280))
    document.add_step(Step(id="c", title="Waits", lane="customer", x=520))
    window.undo_stack.clear()
    return "a", "b"


def test_arrow_keys_walk_from_step_to_step(window):
    two_steps(window)
    view = window.view
    view.select_ids(["a"], center=False)
    QTest.keyClick(view, Qt.Key.Key_Right)  # no flow yet: the nearest step to the right
    assert view.selected_step_ids() == ["b"]
    QTest.keyClick(view, Qt.Key.Key_Up)  # the nearest step in the lane above
    assert view.selected_step_ids() == ["a"]
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_step_ids() == ["c"]
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_step_ids() == ["b"]


def test_connect_in_order_and_move_between_lanes_are_one_undo_step_each(window):
    two_steps(window)
    view = window.view
    view.select_ids(["c", "a", "b"], center=False)
    QTest.keyClick(view, Qt.Key.Key_C)
    assert [(f.source, f.target) for f in window.document.blueprint.flows] == [("a", "b"), ("b", "c")]
    QTest.keyClick(view, Qt.Key.Key_C)  # already connected: nothing more
    assert len(window.document.blueprint.flows) == 2
    view.select_ids(["b"], center=False)
    QTest.keyClick(view, Qt.Key.Key_Down, SHIFT_ALT)
    assert window.document.step("b").lane == "backstage"
    QTest.keyClick(view, Qt.Key.Key_Up, SHIFT_ALT)
    QTest.keyClick(view, Qt.Key.Key_Up, SHIFT_ALT)
    assert window.document.step("b").lane == "customer"
    assert window.undo_stack.count() == 4
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.document.step("b").lane == "frontstage"
    window.undo_stack.undo()
    assert window.document.blueprint.flows == []


def test_insert_puts_the_step_after_the_last_one_in_the_lane(window):
    two_steps(window)
    view = window.view
    view.select_ids(["c"], center=False)
    QTest.keyClick(view, Qt.Key.Key_Escape)  # the selection goes, the customer lane stays current
    QTest.keyClick(view, Qt.Key.Key_Insert)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    new = [s for s in window.document.blueprint.steps if s.id not in {"a", "b", "c"}]
    assert [(s.lane, s.x) for s in new] == [("customer", 760)]


def test_every_capture_key_is_listed_in_the_shortcuts(window):
    from blueprint.ui.window.help import shortcut_rows

    keys = " ".join(row[2] for row in shortcut_rows(window.menuBar()))
    for key in ("Alt+Up", "Alt+Down", "Alt+Shift+Up", "Alt+Shift+Down", "Alt+1", "Alt+2", "Alt+3", "C"):
        assert key in keys
