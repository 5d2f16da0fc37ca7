"""Presentation mode (issue 10): every card of every example readable (title >= 18 px on
screen) and inside the window at projector sizes; findings one at a time; Esc gives the
window back as it was; the view follows the journey as it grows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from blueprint.model import Step
from blueprint.shipped import examples_folder
from blueprint.ui.window.presentation import MIN_TITLE_PX
from tests.ui.windows import main_window

EXAMPLES = sorted(examples_folder().glob("*.blueprint.json"))


@pytest.fixture
def window(qtbot, tmp_path, person):
    with main_window(qtbot, tmp_path / "app") as window:
        yield window


def present(window, qtbot, width: int, height: int):
    """Enter presentation mode on a screen of this size and paint once."""
    window.presenter.enter()
    window.showNormal()  # the offscreen screen is 800 x 800: stand in for a projector
    window.resize(width, height)
    view = window.presenter.view
    qtbot.waitUntil(lambda: view.size().width() == width and view.size().height() == height, timeout=3000)
    view.grab()  # a real paint: what it records is what was drawn
    return view


@pytest.mark.parametrize("size", [(1440, 900), (1280, 720)], ids=["1440x900", "1280x720"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_card_is_readable_and_in_sight(window, qtbot, path, size):
    window.files.open(path)
    view = present(window, qtbot, *size)
    steps = {step.id for step in window.document.blueprint.steps}
    assert set(view.painted) == steps
    screen = QRectF(view.rect())
    for step_id, card in view.painted.items():
        assert card.title_px >= MIN_TITLE_PX, step_id
        assert screen.contains(card.rect), step_id
        assert card.lines >= 2 or len(window.document.step(step_id).title) <= 14, step_id
    overlaps = [(a, b) for a in view.painted for b in view.painted
                if a < b and view.painted[a].rect.intersects(view.painted[b].rect)]
    assert overlaps == []


def test_entering_hides_the_docks_and_esc_gives_the_window_back(window, qtbot, examples_dir):
    window.files.open(EXAMPLES[0])
    docks = [dock for dock in window.docks() if dock.isVisible()]
    assert docks and window.menuBar().isVisible()
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    view = window.presenter.view
    assert view is not None and window.pages.currentWidget() is view
    assert not any(dock.isVisible() for dock in window.docks()) and not window.menuBar().isVisible()
    window.live_check.run_now()
    QTest.keyClick(view, Qt.Key.Key_F)
    assert view.finding_index == 0
    QTest.keyClick(view, Qt.Key.Key_F)
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert view.finding_index == 0
    QTest.keyClick(view, Qt.Key.Key_Escape)  # first the finding goes
    assert window.presenter.active and view.finding_index is None
    QTest.keyClick(view, Qt.Key.Key_Escape)  # then presentation mode
    assert not window.presenter.active
    assert all(dock.isVisible() for dock in docks) and window.menuBar().isVisible()
    assert window.pages.currentWidget() is window.view


def test_the_presentation_follows_the_journey_as_it_grows(window, qtbot):
    window.files.new()
    view = present(window, qtbot, 1440, 900)
    for number in range(12):
        window.document.add_step(Step(id=f"s{number}", title=f"Step number {number} of a growing journey",
                                      lane="customer" if number % 2 else "frontstage", x=40 + 240 * number))
        qtbot.waitUntil(lambda n=number: f"s{n}" in view.layout_.cards, timeout=2000)
        if number:  # the cards glide to their new places instead of jumping
            assert view._glide.state() == view._glide.State.Running
    qtbot.waitUntil(lambda: view._glide.state() != view._glide.State.Running, timeout=2000)
    view.grab()
    assert len(view.painted) == 12 and all(card.title_px >= MIN_TITLE_PX for card in view.painted.values())


def test_a_journey_is_captured_by_keys_while_presenting(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from blueprint.model import Value

    window.files.new()
    window.activateWindow()
    view = present(window, qtbot, 1440, 900)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)  # a first step in the customer's lane
    caption = QApplication.focusWidget()
    assert caption is not view and caption.parent() is view  # the title is typed along the bottom
    QTest.keyClicks(caption, "Reports a leaking tap")
    QTest.keyClick(caption, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(caption, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next, in the lane below
    caption = QApplication.focusWidget()
    QTest.keyClicks(caption, "The call centre logs it")
    QTest.keyClick(caption, Qt.Key.Key_Return)
    steps = sorted(window.document.blueprint.steps, key=lambda s: s.x)
    assert [(s.title, s.lane, s.value) for s in steps] == [
        ("Reports a leaking tap", "customer", Value.NECESSARY),
        ("The call centre logs it", "frontstage", Value.UNMARKED)]
    qtbot.waitUntil(lambda: len(view.layout_.cards) == 2, timeout=2000)
    view.grab()
    assert all(card.title_px >= MIN_TITLE_PX for card in view.painted.values())
    assert QApplication.focusWidget() is view
