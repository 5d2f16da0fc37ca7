"""The main window as a person meets it: welcome page, examples, title, menus, docks, drops, prompts."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from blueprint.model import Blueprint, Step, Value, load_blueprint, save_blueprint
from blueprint.ui.docks.suppress import SuppressionDialog
from blueprint.ui.files.examples import list_examples
from blueprint.ui.window.help import ShortcutsDialog, shortcut_rows
from tests.ui.windows import main_window, open_window

Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot, tmp_path, person):
    with main_window(qtbot, tmp_path / "app") as window:
        yield window


@pytest.fixture
def journey_file(tmp_path):
    path = tmp_path / "journey.blueprint.json"
    save_blueprint(Blueprint(title="Saved journey", steps=[
        Step(id="ask", title="Ask at the post", lane="customer", kind="contact", x=40, y=40),
        Step(id="home", title="Look in the app", lane="customer", x=280, y=40)]), path)
    return path


def test_the_program_starts_on_the_welcome_page_with_every_example(window, qtbot):
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "Service Blueprint Designer"
    qtbot.waitUntil(lambda: len(window.welcome.cards) == len(list_examples()) > 0)
    assert not window.actions.save.isEnabled()  # nothing to save yet


def test_an_example_opens_in_one_click_as_a_copy(window, qtbot):
    qtbot.waitUntil(lambda: len(window.welcome.cards) > 0)
    card = window.welcome.cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.view
    assert window.document.blueprint.title == card.example.title
    assert window.files.path is None and "copy" in window.windowTitle()
    qtbot.waitUntil(lambda: window.live_check.runs >= 1)
    assert window.findings.list.count() == len(window.live_check.result.findings)


def test_the_title_shows_unsaved_changes(window, person, journey_file):
    window.files.open(journey_file)
    assert window.windowTitle().startswith("journey[*]")
    assert not window.isWindowModified()
    window.view.select_ids(["ask"])
    window.edit_actions.mark_wasted.trigger()
    assert window.isWindowModified()
    window.actions.undo.trigger()
    assert not window.isWindowModified()


def test_the_inspector_follows_the_canvas_selection(window, journey_file):
    window.files.open(journey_file)
    window.view.select_ids(["home"])
    assert window.inspector.current_form() is window.inspector.step_form
    assert window.inspector.step_form.fields["title"].widget.text() == "Look in the app"
    window.view.select_ids([])
    assert window.inspector.current_form() is window.inspector.blueprint_form


def test_clicking_a_finding_selects_its_steps_on_the_canvas(window, qtbot, journey_file):
    window.files.open(journey_file)
    window.live_check.run_now()
    row = next(i for i, f in enumerate(window.findings.findings) if f.elements)
    item = window.findings.list.item(row)
    window.findings.list.scrollToItem(item)
    qtbot.mouseClick(window.findings.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.findings.list.visualItemRect(item).center())
    steps = {s.id for s in window.document.blueprint.steps}
    expected = [e for e in window.findings.findings[row].elements if e in steps]
    assert sorted(window.view.selected_step_ids()) == sorted(expected)
    assert window.findings.findings[row].hint in window.findings.detail.toPlainText()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_W)  # the next key acts on the chosen steps
    assert all(window.document.step(s).value is Value.WASTED for s in expected)


@pytest.fixture
def long_journey_file(tmp_path):
    """A journey so long that, fitted to the window, its cards show as blocks."""
    path = tmp_path / "long.blueprint.json"
    steps = [Step(id=f"s{i}", title=f"Step {i}", lane="customer", x=40 + 240 * i) for i in range(200)]
    steps[150] = steps[150].model_copy(update={"value": Value.WASTED, "title": "Fill in the form again"})
    save_blueprint(Blueprint(title="Long", steps=steps), path)
    return path


def test_far_out_a_finding_is_brought_close_and_select_all_marks_every_step(window, qtbot, long_journey_file):
    window.files.open(long_journey_file)
    window.live_check.run_now()
    qtbot.wait(20)  # the journey opened at its beginning, readable
    assert not window.view.blueprint_scene.overview_shown()
    window.view.fit_all()
    assert window.view.blueprint_scene.overview_shown()  # blocks, no cards
    row = next(i for i, f in enumerate(window.findings.findings) if f.elements)
    item = window.findings.list.item(row)
    window.findings.list.scrollToItem(item)
    qtbot.mouseClick(window.findings.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.findings.list.visualItemRect(item).center())
    chosen = [e for e in window.findings.findings[row].elements if e.startswith("s")]
    assert chosen and sorted(window.view.selected_step_ids()) == sorted(chosen)
    assert not window.view.blueprint_scene.overview_shown()  # close enough to read the card
    card = window.view.blueprint_scene.card_rect(chosen[0])
    assert window.view.mapToScene(window.view.viewport().rect()).boundingRect().intersects(card)

    window.view.fit_all()
    assert window.view.blueprint_scene.overview_shown()
    assert sorted(window.view.selected_step_ids()) == sorted(chosen)  # zooming out keeps it
    window.view.setFocus()
    QTest.keySequence(window.view, QKeySequence.StandardKey.SelectAll)
    assert len(window.view.selected_step_ids()) == 200
    QTest.keyClick(window.view, Qt.Key.Key_N)
    assert all(step.value is Value.NECESSARY for step in window.document.blueprint.steps)


def test_far_out_a_rubber_band_selects_the_cards_it_touches(window, qtbot, long_journey_file):
    window.files.open(long_journey_file)
    qtbot.wait(20)
    window.view.fit_all()
    view, scene = window.view, window.view.blueprint_scene
    assert scene.overview_shown()
    first, last = scene.card_rect("s50"), scene.card_rect("s59")  # ten cards, clear of the lane titles
    start = view.mapFromScene(QPointF(first.left() - 10, first.top() - 10))
    end = view.mapFromScene(QPointF(last.right() - 20, last.bottom() + 10))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert view.selected_step_ids() == [f"s{i}" for i in range(50, 60)]
    QTest.keyClick(view, Qt.Key.Key_W)
    wasted = [s.id for s in window.document.blueprint.steps if s.value is Value.WASTED]
    assert wasted == [f"s{i}" for i in range(50, 60)] + ["s150"]


def test_accepting_a_finding_with_a_reason_hides_it_until_undone(window, qtbot, journey_file, monkeypatch):
    window.files.open(journey_file)
    window.live_check.run_now()
    row = next(i for i, f in enumerate(window.findings.findings) if f.elements)
    finding = window.findings.findings[row]
    window.findings.list.setCurrentRow(row)
    shown = []

    def accept_with_reason(dialog):
        shown.append(dialog.rule.currentText())
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # no reason yet
        dialog.reason.setText("The team accepts this for now")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SuppressionDialog, "exec", accept_with_reason)
    window.findings.suppress_button.click()
    assert shown and shown[0].endswith(f"({finding.rule})") and len(shown[0]) > len(finding.rule) + 3
    [suppression] = window.document.blueprint.suppressions
    assert (suppression.rule, suppression.element) == (finding.rule, finding.elements[0])
    window.live_check.run_now()
    assert (finding.rule, finding.elements) not in [(f.rule, f.elements) for f in window.findings.findings]
    window.actions.undo.trigger()
    window.live_check.run_now()
    assert window.document.blueprint.suppressions == []
    assert (finding.rule, finding.elements) in [(f.rule, f.elements) for f in window.findings.findings]


def test_an_edit_on_the_canvas_reaches_findings_and_metrics(window, qtbot, journey_file):
    window.files.open(journey_file)
    window.live_check.run_now()
    before = window.key_metrics.text()
    runs = window.live_check.runs
    window.view.select_ids(["ask"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_W)
    assert window.document.step("ask").value is Value.WASTED
    qtbot.waitUntil(lambda: window.live_check.runs > runs)
    assert window.key_metrics.text() != before
    assert window.metrics.value_text("wasted") == "1"


def test_dropping_a_blueprint_file_opens_it(window, journey_file):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(journey_file))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.document.blueprint.title == "Saved journey"
    assert window.files.path == journey_file


def test_a_broken_file_shows_the_loader_s_message_and_the_work_stays(window, person, journey_file, tmp_path):
    window.files.open(journey_file)
    window.view.select_ids(["ask"])
    window.edit_actions.mark_valuable.trigger()
    broken = tmp_path / "broken.blueprint.json"
    broken.write_text('{"format": "service-blueprint", "version": 1, "lanes": []}', encoding="utf-8")
    person.open_name = str(broken)
    window.actions.open.trigger()
    assert len(person.warnings) == 1
    assert "lanes" in person.warnings[0] and "cannot be opened" in person.warnings[0]
    assert window.document.step("ask").value is Value.VALUABLE
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_asks_first(qtbot, tmp_path, person, journey_file):
    window = open_window(qtbot, tmp_path / "app")
    window.files.open(journey_file)
    window.view.select_ids(["ask"])
    window.edit_actions.mark_wasted.trigger()
    person.answer = Button.Cancel
    assert not window.close()
    assert window.isVisible() and len(person.questions) == 1
    person.answer = Button.Discard
    assert window.close()


def test_new_with_unsaved_changes_asks_and_cancel_keeps_the_work(window, person, journey_file):
    window.files.open(journey_file)
    window.view.select_ids(["ask"])
    window.edit_actions.mark_wasted.trigger()
    person.answer = Button.Cancel
    window.actions.new.trigger()
    assert window.document.blueprint.title == "Saved journey"
    person.answer = Button.Discard
    window.actions.new.trigger()
    assert window.document.blueprint.steps == []
    assert [lane.id for lane in window.document.blueprint.lanes][1] == "customer"


def test_restore_offer_after_a_crash(qtbot, tmp_path, person, journey_file):
    first = open_window(qtbot, tmp_path / "app")
    first.files.open(journey_file)
    first.view.select_ids(["home"])
    first.edit_actions.mark_wasted.trigger()
    assert first.recovery.save_if_needed()
    left = first.recovery.blueprint_file
    # The process dies: nothing is cleaned up. Its recovery copy stays behind, its lock is gone.
    for source in left.parent.glob(f"{first.recovery.session}.*"):
        if source.suffix != ".lock":
            shutil.copy(source, source.with_name(source.name.replace(first.recovery.session, "deadbeef0000")))
    first.undo_stack.setClean()
    first.close()

    second = open_window(qtbot, tmp_path / "app")
    person.answer = Button.Yes
    assert second.offer_recovery()
    assert "Saved journey" in person.questions[-1]
    assert second.document.step("home").value is Value.WASTED
    assert second.isWindowModified() and second.files.path == journey_file
    assert second.pages.currentWidget() is second.view
    assert not second.offer_recovery()  # offered once only
    second.undo_stack.setClean()
    second.close()


def test_the_menus_hold_the_standard_shortcuts(window):
    rows = shortcut_rows(window.menuBar())
    keys = {command: shortcut for _, command, shortcut in rows}
    assert QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText) in keys["Undo"]
    assert "Ctrl+Y" in keys["Redo"] and "Ctrl+Shift+Z" in keys["Redo"]
    for command in ("New", "Open…", "Save", "Mark wasted", "Delete", "Add next step", "Edit title"):
        assert command in keys, command
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Journey", "Help"]
    dialog = ShortcutsDialog(window.menuBar(), window)
    assert dialog.table.rowCount() >= len(rows)


def test_no_two_actions_share_a_shortcut(window):
    seen: dict[str, str] = {}
    for _, command, keys in shortcut_rows(window.menuBar()):
        for key in keys.split(", "):
            assert key not in seen, f"{key} is used by both {seen[key]} and {command}"
            seen[key] = command


def test_recent_files_menu_and_welcome_list(window, journey_file):
    window.files.open(journey_file)
    window.fill_recent_menu()
    names = [a.text() for a in window.menu_recent.actions()]
    assert any("journey.blueprint.json" in name for name in names)
    window.actions.welcome.trigger()
    assert window.welcome.recent.item(0).text() == "journey.blueprint.json"
    assert window.welcome.back_button.isVisible()
    window.welcome.back_button.click()
    assert window.pages.currentWidget() is window.view


def test_close_document_goes_back_to_the_welcome_page(window, journey_file):
    window.files.open(journey_file)
    window.actions.close.trigger()
    assert window.pages.currentWidget() is window.welcome
    assert not window.welcome.back_button.isVisible()
    assert not window.edit_actions.add_step.isEnabled()


def test_export_engineer_can_add_file_actions(window):
    from PySide6.QtGui import QAction

    action = QAction("Export…", window)
    window.add_file_actions([action])
    texts = [a.text() for a in window.menu_file.actions()]
    assert texts.index("Export…") < texts.index("&Welcome Page and Examples")


def test_a_finding_on_a_lane_opens_the_lane_in_the_inspector(window, journey_file):
    window.files.open(journey_file)
    window.findings.elementsChosen.emit(["backstage"])
    assert window.inspector.current_form() is window.inspector.lane_form
    assert window.inspector.lane_form.fields["title"].widget.text() == "Backstage"
    assert window.view.current_lane_id() == "backstage"
    assert window.view.selected_ids() == ["backstage"]


def test_a_clicked_lane_title_opens_the_lane_in_the_inspector(window, journey_file):
    window.files.open(journey_file)
    view = window.view
    view.reset_zoom()
    view.centerOn(300, 300)
    title = view.mapFromScene(QPointF(-100, view.blueprint_scene.lane_top("frontstage") + 60))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, title)
    assert window.inspector.current_form() is window.inspector.lane_form
    field = window.inspector.lane_form.fields["title"].widget
    assert field.text() == "Frontstage"
    field.setText("Police desk")
    field.editingFinished.emit()
    assert window.document.lane("frontstage").title == "Police desk"
    assert window.view.blueprint_scene.lane_item("frontstage").title == "Police desk"


def test_opening_another_file_while_steps_are_selected(window, journey_file, examples_dir):
    window.files.open(examples_dir / "lost-iphone.as-is.en.blueprint.json")
    window.actions.select_all.trigger()
    assert window.view.selected_step_ids()
    window.undo_stack.setClean()
    window.files.open(journey_file)
    assert window.view.selected_ids() == []
    assert window.inspector.current_form() is window.inspector.blueprint_form


def test_the_key_metrics_compare_within_one_document_only(window, qtbot, journey_file, examples_dir):
    window.files.open(examples_dir / "lost-iphone.as-is.en.blueprint.json")
    window.live_check.run_now()
    window.files.open(journey_file)
    window.live_check.run_now()
    assert "▲" not in window.key_metrics.text() and "▼" not in window.key_metrics.text()


def test_clear_the_recent_files_list(window, journey_file):
    window.files.open(journey_file)
    window.fill_recent_menu()
    clear = next(a for a in window.menu_recent.actions() if a.text() == "Clear the List")
    clear.trigger()
    assert window.files.recent.paths() == []
    assert window.welcome.recent.item(0).text() == "(none yet)"


def test_the_welcome_page_has_the_whole_window_and_the_docks_come_back(window, journey_file):
    assert window.inspector.isHidden() and window.findings.isHidden()
    window.files.open(journey_file)
    assert not window.inspector.isHidden() and not window.findings.isHidden()
    assert window.metrics.isHidden()  # what was closed stays closed
    window.findings.close()
    window.actions.welcome.trigger()
    assert window.inspector.isHidden()
    window.welcome.back_button.click()
    assert not window.inspector.isHidden() and window.findings.isHidden()


def test_saving_keeps_the_text_still_being_typed(window, qtbot, person, journey_file):
    window.files.open(journey_file)
    window.view.select_ids(["home"])
    title = window.inspector.step_form.fields["title"].widget
    title.setFocus()
    title.selectAll()
    QTest.keyClicks(title, "Look in Find My iPhone")
    assert title.hasFocus() and window.undo_stack.count() == 0
    window.actions.save.trigger()  # Ctrl+S while the cursor is still in the field
    assert load_blueprint(journey_file).step("home").title == "Look in Find My iPhone"
    assert not window.isWindowModified()


def test_saving_keeps_a_card_title_still_being_typed(window, person, journey_file):
    window.files.open(journey_file)
    editor = window.view.edit_title("ask")
    editor.selectAll()
    QTest.keyClicks(editor, "Ask at the beach post")
    window.actions.save.trigger()
    assert load_blueprint(journey_file).step("ask").title == "Ask at the beach post"


def test_the_examples_button_on_the_toolbar_brings_back_the_gallery(window, qtbot, journey_file):
    from PySide6.QtWidgets import QToolBar, QToolButton

    window.files.open(str(journey_file))
    assert window.pages.currentWidget() is window.view
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(window.actions.welcome)
    assert isinstance(button, QToolButton) and button.text() == "Examples"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.welcome
