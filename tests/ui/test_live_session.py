"""Two main windows in one process, joined to one relay, as two people in a workshop."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from blueprint.collab.client import Status
from blueprint.model import Blueprint, Step, save_blueprint
from blueprint.ui.window.live import SessionDialog
from blueprint.ui.window.mainwindow import MainWindow
from tests.collab.cable import Cable
from tests.collab.relays import RunningRelay
from tests.ui.windows import open_window


def _open(qtbot, folder) -> MainWindow:
    return open_window(qtbot, folder, size=(1100, 700))


def _answer_session_dialog(qtbot, name: str, link: str, open_to_network: bool = False) -> None:
    """When the session dialog shows, type the name and link as a person would, and press OK."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SessionDialog)
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClicks(dialog.link_edit, link)
        dialog.open_to_network.setChecked(open_to_network)
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.fixture
def relay():
    running = RunningRelay()
    yield running
    running.stop()


def _share_and_join(qtbot, tmp_path, relay: RunningRelay, bens_link: str) -> tuple[MainWindow, MainWindow]:
    """Anna opens a journey and shares it on the relay; Ben joins with ``bens_link``."""
    journey = tmp_path / "journey.blueprint.json"
    save_blueprint(Blueprint(title="Lost phone", steps=[
        Step(id="ask", title="Ask at the desk", lane="customer", x=40, y=40),
        Step(id="look", title="Look in the app", lane="frontstage", x=300, y=40)]), journey)
    anna, ben = _open(qtbot, tmp_path / "anna"), _open(qtbot, tmp_path / "ben")
    anna.files.open(journey)
    _answer_session_dialog(qtbot, "Anna", relay.link)
    anna.live.share_action.trigger()
    _answer_session_dialog(qtbot, "Ben", bens_link)
    ben.live.join_action.trigger()
    qtbot.waitUntil(lambda: ben.document.blueprint == anna.document.blueprint
                    and not ben.live.joining and ben.pages.currentWidget() is ben.view, timeout=5000)
    return anna, ben


def _close(*windows: MainWindow) -> None:
    for window in windows:
        window.live.leave()
        window.undo_stack.setClean()
        window.close()


@pytest.fixture
def two_windows(qtbot, tmp_path, person, relay):
    anna, ben = _share_and_join(qtbot, tmp_path, relay, relay.link)
    yield anna, ben
    _close(anna, ben)


def test_a_step_added_in_one_window_appears_in_the_other_within_a_second(two_windows, qtbot):
    anna, ben = two_windows
    assert ben.windowTitle().startswith("Untitled")
    anna.view.select_ids(["ask"])
    anna.edit_actions.add_step.trigger()  # Journey › Add step
    added = next(s.id for s in anna.document.blueprint.steps if s.id not in ("ask", "look"))
    started = time.monotonic()
    qtbot.waitUntil(lambda: ben.document.has(added) and ben.view.blueprint_scene.step_item(added) is not None, timeout=1000)
    assert time.monotonic() - started < 1.0
    assert ben.files.is_modified()  # Anna's edit is unsaved work in Ben's window too
    assert ben.live.bar.status_label.text() == "Live session: connected"
    assert "Anna" in ben.live.bar.people_label.text() and "Ben" in ben.live.bar.people_label.text()


def test_selections_show_in_the_other_window_in_the_selecting_persons_colour(two_windows, qtbot):
    anna, ben = two_windows
    anna.view.select_ids(["look"])
    qtbot.waitUntil(lambda: ben.live.remote_selections.outlined() == {"look": anna.live.presence.colour}, timeout=2000)
    ben.view.select_ids(["ask"])
    qtbot.waitUntil(lambda: anna.live.remote_selections.outlined() == {"ask": ben.live.presence.colour}, timeout=2000)
    assert anna.live.presence.colour != ben.live.presence.colour


def test_ctrl_z_undoes_only_my_own_edit(two_windows, qtbot):
    anna, ben = two_windows
    anna.view.select_ids(["ask"])
    anna.edit_actions.mark_wasted.trigger()  # Anna marks "ask" wasted
    ben.view.select_ids(["look"])
    ben.edit_actions.mark_valuable.trigger()  # at the same time Ben marks "look" valuable
    qtbot.waitUntil(lambda: anna.document.step("look").value == "valuable"
                    and ben.document.step("ask").value == "wasted", timeout=2000)
    ctrl_z = QKeySequence(QKeySequence.StandardKey.Undo)
    assert ctrl_z in anna.live.undo_action.shortcuts() and anna.actions.undo.shortcuts() == []
    anna.live.undo_action.trigger()  # Ctrl+Z
    qtbot.waitUntil(lambda: ben.document.step("ask").value == "unmarked", timeout=2000)
    assert anna.document.step("look").value == "valuable"  # Ben's edit stays
    assert ben.document.step("look").value == "valuable"
    ben.history.show()
    qtbot.waitUntil(lambda: ben.history.session_list.count() >= 3, timeout=2000)
    lines = [ben.history.session_list.item(i).text() for i in range(ben.history.session_list.count())]
    assert "Anna undid an edit" in lines and any(line.startswith("Ben: ") for line in lines)


def test_leaving_gives_back_the_windows_own_undo(two_windows, qtbot):
    anna, ben = two_windows
    anna.view.select_ids(["ask"])
    anna.edit_actions.mark_wasted.trigger()
    assert anna.undo_stack.canUndo()  # the window's stack holds the command, hidden meanwhile
    anna.live.leave()
    assert anna.live.bar.isHidden()
    assert anna.actions.undo.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Undo)]
    assert not anna.live.active
    assert not anna.undo_stack.canUndo() and anna.files.is_modified()  # nothing stale to undo, still unsaved
    anna.document.update_step("ask", title="Alone again")
    qtbot.wait(200)
    assert ben.document.step("ask").title == "Ask at the desk"
    assert ben.live.client.status is Status.CONNECTED


def test_sharing_into_a_session_that_holds_a_blueprint_replaces_nothing(two_windows, qtbot, tmp_path, relay):
    carl = _open(qtbot, tmp_path / "carl")
    carl.files.new()
    carl.document.add_step(Step(id="mine", title="Carl's own step", lane="customer"))
    _answer_session_dialog(qtbot, "Carl", relay.link)
    carl.live.share_action.trigger()
    qtbot.waitUntil(lambda: not carl.live.active, timeout=5000)
    assert [s.id for s in carl.document.blueprint.steps] == ["mine"]
    assert "already holds a blueprint" in carl.statusBar().currentMessage()
    anna, _ben = two_windows
    assert not anna.document.has("mine")
    carl.undo_stack.setClean()
    carl.close()


def test_a_window_that_loses_the_network_keeps_editing_and_both_end_with_both_edits(qtbot, tmp_path, person, relay):
    cable = Cable(relay.port)  # Ben's laptop reaches the relay through a cable the test pulls out
    anna, ben = _share_and_join(qtbot, tmp_path, relay, cable.link(relay.link))
    try:
        cable.pull()
        qtbot.waitUntil(lambda: ben.live.client.status is Status.RECONNECTING, timeout=5000)
        assert ben.live.bar.status_label.text() == "Live session: reconnecting… (keep working)"
        ben.view.select_ids(["look"])
        ben.edit_actions.add_step.trigger()  # Ben adds a step while offline
        bens = next(s.id for s in ben.document.blueprint.steps if s.id not in ("ask", "look"))
        anna.view.select_ids(["ask"])
        anna.edit_actions.mark_wasted.trigger()  # meanwhile Anna marks a step wasted
        ben.view.select_ids(["ask"])
        ben.edit_actions.mark_valuable.trigger()  # and Ben, offline, marks the same step valuable
        anna.edit_actions.add_step.trigger()  # and Anna adds a step of her own
        annas = next(s.id for s in anna.document.blueprint.steps if s.id not in ("ask", "look"))
        qtbot.wait(300)
        assert not anna.document.has(bens) and not ben.document.has(annas)
        cable.plug()
        qtbot.waitUntil(lambda: ben.live.client.status is Status.CONNECTED
                        and ben.document.blueprint == anna.document.blueprint, timeout=10_000)
        for window in (anna, ben):
            for step_id in (annas, bens):
                assert window.view.blueprint_scene.step_item(step_id) is not None  # shown on both canvases
            assert window.document.step("ask").value in ("wasted", "valuable")  # one of the two marks, the same in both
        assert ben.live.bar.status_label.text() == "Live session: connected"
    finally:
        _close(anna, ben)
        cable.close()


def test_the_program_loads_no_network_stack_until_a_session_starts():
    """pycrdt and websockets cost about a third of a second at start-up; only Share or Join needs them."""
    import subprocess
    import sys

    code = ("import sys, blueprint.ui.window.mainwindow\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pycrdt', 'pycrdt_websocket', 'websockets'}))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "[]"
