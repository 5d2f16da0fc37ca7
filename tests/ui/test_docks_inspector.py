"""The inspector: every edit is one undo step, forms follow the document, nothing echoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from blueprint.model import Blueprint, Flow, Need, Step, Value, WasteKind
from blueprint.model.document import Document
from blueprint.ui.base.bridge import DocumentSignals
from blueprint.ui.docks.inspector import InspectorDock
from tests.ui.windows import open_window


@pytest.fixture
def setup(qtbot):
    blueprint = Blueprint(
        title="Lost phone",
        needs=[Need(id="phone", title="Get the phone back")],
        steps=[Step(id="ask", title="Ask at the post", lane="customer", kind="contact"),
               Step(id="home", title="Look in the app", lane="customer")],
        flows=[Flow(id="f1", source="ask", target="home")],
    )
    return inspector_over(qtbot, blueprint)


def inspector_over(qtbot, blueprint: Blueprint):
    """(document, undo stack, inspector dock) over a blueprint, shown."""
    document = Document(blueprint)
    stack = QUndoStack()
    signals = DocumentSignals(document)
    dock = InspectorDock(document, signals, stack)
    signals.setParent(dock)
    qtbot.addWidget(dock)
    dock.show()
    return document, stack, dock


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_nothing_selected_shows_the_blueprint(setup):
    document, stack, dock = setup
    assert dock.current_form() is dock.blueprint_form
    assert dock.blueprint_form.fields["title"].widget.text() == "Lost phone"
    assert "Lost phone" in dock.heading.text()


def test_typing_a_title_is_one_undo_step_on_enter(setup, qtbot):
    document, stack, dock = setup
    dock.show_selection(["ask"])
    title = dock.step_form.fields["title"].widget
    type_into(qtbot, title, "Ask the police")
    assert stack.count() == 0  # no command per keystroke
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert stack.count() == 1
    assert document.step("ask").title == "Ask the police"
    stack.undo()
    assert document.step("ask").title == "Ask at the post"
    assert title.text() == "Ask at the post"  # the form follows the document
    stack.redo()
    assert title.text() == "Ask the police"
    assert stack.count() == 1  # reloading the form did not echo an edit


def test_a_description_commits_when_focus_leaves(setup, qtbot):
    document, stack, dock = setup
    dock.show_selection(["ask"])
    description = dock.step_form.fields["description"].widget
    description.setFocus()
    qtbot.keyClicks(description, "She asks whether a phone was found.")
    assert stack.count() == 0
    dock.step_form.fields["actor"].widget.setFocus()
    QApplication.processEvents()
    if description.hasFocus():  # offscreen platforms may not move focus without a window
        description.clearFocus()
    assert stack.count() == 1
    assert document.step("ask").description == "She asks whether a phone was found."


def test_switching_the_selection_commits_the_text_being_typed(setup, qtbot):
    document, stack, dock = setup
    dock.show_selection(["ask"])
    title = dock.step_form.fields["title"].widget
    type_into(qtbot, title, "Asks at the post")
    dock.show_selection(["home"])
    assert document.step("ask").title == "Asks at the post"
    assert dock.step_form.fields["title"].widget.text() == "Look in the app"


def test_choices_minutes_and_waste_kinds_each_make_one_command(setup):
    document, stack, dock = setup
    dock.show_selection(["ask"])
    form = dock.step_form
    value = form.fields["value"].widget
    value.setCurrentIndex(list(Value).index(Value.WASTED))
    value.activated.emit(value.currentIndex())
    assert document.step("ask").value is Value.WASTED
    assert form.fields["waste"].widget.isEnabled()
    form.fields["waste"].box(WasteKind.TRAVEL).click()
    assert document.step("ask").waste == [WasteKind.TRAVEL]
    form.fields["customer_minutes"].widget.setValue(45)
    assert document.step("ask").customer_minutes == 45
    need = form.fields["need"].widget
    need.setCurrentIndex(1)
    need.activated.emit(1)
    assert document.step("ask").need == "phone"
    form.fields["fail_point"].widget.setChecked(True)
    assert document.step("ask").fail_point is True
    emotion = form.fields["emotion"].widget
    emotion.setCurrentIndex(1)  # −2
    emotion.activated.emit(1)
    assert document.step("ask").emotion == -2
    assert stack.count() == 6
    while stack.canUndo():
        stack.undo()
    assert document.step("ask").value is Value.UNMARKED and document.step("ask").emotion is None
    assert form.fields["customer_minutes"].widget.value() == 0


def test_a_flow_and_a_lane_have_their_own_forms(setup, qtbot):
    document, stack, dock = setup
    dock.show_selection(["f1"])
    assert dock.current_form() is dock.flow_form
    assert "Ask at the post" in dock.flow_form.ends.text()
    type_into(qtbot, dock.flow_form.fields["label"].widget, "next day")
    qtbot.keyClick(dock.flow_form.fields["label"].widget, Qt.Key.Key_Return)
    assert document.flow("f1").label == "next day"
    dock.show_selection(["frontstage"])
    assert dock.current_form() is dock.lane_form
    dock.lane_form.fields["height"].widget.setValue(240)
    assert document.lane("frontstage").height == 240
    dock.show_selection(["ask", "home"])
    assert dock.current_form() is None
    assert "2" in dock.heading.text()


def test_blueprint_tables_facts_needs_and_customer(setup, qtbot):
    document, stack, dock = setup
    form = dock.blueprint_form
    form.facts.add_button.click()
    assert list(document.blueprint.facts) == ["fact_1"]
    form.facts.table.item(0, 0).setText("item_value_eur")
    form.facts.table.item(0, 1).setText("800")
    assert document.blueprint.facts == {"item_value_eur": 800}
    form.needs.add_button.click()
    assert [n.title for n in document.blueprint.needs] == ["Get the phone back", "New need"]
    persona = form.fields["persona"].widget
    type_into(qtbot, persona, "A mother")
    qtbot.keyClick(persona, Qt.Key.Key_Return)
    assert document.blueprint.customer.persona == "A mother"
    while stack.canUndo():
        stack.undo()
    assert document.blueprint.facts == {} and len(document.blueprint.needs) == 1
    assert form.facts.table.rowCount() == 0


def test_removing_a_need_still_in_use_is_refused_in_plain_words(setup, qtbot):
    document, stack, dock = setup
    document.update_step("ask", need="phone")
    problems = []
    dock.problem.connect(problems.append)
    form = dock.blueprint_form
    form.needs.table.selectRow(0)
    form.needs.remove_selected()
    assert stack.count() == 0
    assert problems and "Ask at the post" in problems[0]
    assert form.needs.table.rowCount() == 1  # the table shows the document again


def test_lanes_are_edited_in_the_blueprint_page(setup):
    document, stack, dock = setup
    lanes = dock.blueprint_form.lanes
    assert lanes.table.rowCount() == 5
    lanes.table.item(2, 0).setText("Police desk")
    assert document.lane("frontstage").title == "Police desk"
    lanes.table.item(2, 2).setText("240")
    assert document.lane("frontstage").height == 240
    lanes.table.item(2, 2).setText("tall")
    assert document.lane("frontstage").height == 240
    assert lanes.table.item(2, 2).text() == "240"
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert lanes.table.item(2, 0).text() == "Frontstage"


@pytest.fixture
def bitner(qtbot):
    """A customer step, the frontstage answer, a support item and an organisation."""
    from blueprint.model import Organisation
    blueprint = Blueprint(
        organisation="Town hall", organisations=[Organisation(id="court", name="The court")],
        steps=[Step(id="ask", title="Ask at the desk", lane="customer", x=40),
               Step(id="answer", title="Not here", lane="frontstage", x=280, outcome="referred"),
               Step(id="lookup", title="Look up the register", lane="support", x=280)],
        flows=[Flow(id="f1", source="ask", target="answer")])
    return inspector_over(qtbot, blueprint)


def test_a_support_item_says_what_it_supports_with_undo(bitner):
    document, stack, dock = bitner
    dock.show_selection(["lookup"])
    supports = dock.step_form.fields["supports"]
    assert supports.widget.isEnabled()
    supports.widget.setCurrentIndex(supports.index("answer"))
    QTest.keyClick(supports.widget, Qt.Key.Key_Space)  # ticks the box of the current row
    assert document.step("lookup").supports == ["answer"]
    assert stack.count() == 1
    stack.undo()
    assert document.step("lookup").supports == []
    assert not supports.is_ticked("answer")
    stack.redo()
    assert supports.is_ticked("answer")


def test_referral_details_organisation_and_fail_point_text(bitner, qtbot):
    document, stack, dock = bitner
    dock.show_selection(["answer"])
    form = dock.step_form
    type_into(qtbot, form.fields["referral.to"].widget, "The family court")
    qtbot.keyClick(form.fields["referral.to"].widget, Qt.Key.Key_Return)
    type_into(qtbot, form.fields["referral.contact_details"].widget, "09 234 56 78")
    qtbot.keyClick(form.fields["referral.contact_details"].widget, Qt.Key.Key_Return)
    form.fields["referral.hand_over"].widget.setChecked(True)
    referral = document.step("answer").referral
    assert (referral.to, referral.contact_details, referral.hand_over) == (
        "The family court", "09 234 56 78", True)
    organisation = form.fields["organisation"]
    organisation.widget.setCurrentIndex(1)
    organisation.widget.activated.emit(1)
    assert document.step("answer").organisation == "court"
    form.fields["fail_point"].widget.setChecked(True)
    type_into(qtbot, form.fields["fail_point_text"].widget, "The desk does not know the court")
    qtbot.keyClick(form.fields["fail_point_text"].widget, Qt.Key.Key_Return)
    assert document.step("answer").fail_point_text == "The desk does not know the court"
    type_into(qtbot, form.fields["customer_provides"].widget, "birth certificate; ID card")
    qtbot.keyClick(form.fields["customer_provides"].widget, Qt.Key.Key_Return)
    assert document.step("answer").customer_provides == ["birth certificate", "ID card"]
    assert stack.count() == 7
    for _ in range(7):
        stack.undo()
    assert document.step("answer").referral is None and document.step("answer").organisation is None


def test_time_until_the_next_step_on_a_flow(bitner, qtbot):
    from blueprint.model import TimeUnit
    document, stack, dock = bitner
    dock.show_selection(["f1"])
    form = dock.flow_form
    unit = form.fields["delay.unit"]
    unit.widget.setCurrentIndex(4)  # weeks
    unit.widget.activated.emit(4)
    assert document.flow("f1").delay is None  # a unit alone is no time yet
    amount = form.fields["delay.amount"].widget
    amount.setValue(2)
    delay = document.flow("f1").delay
    assert (delay.amount, delay.unit) == (2, TimeUnit.WEEKS)
    stack.undo()
    assert document.flow("f1").delay is None


def test_organisations_are_added_in_the_blueprint_page_and_kept_while_in_use(bitner, qtbot):
    document, stack, dock = bitner
    dock.show_selection([])
    table = dock.blueprint_form.organisations
    table.add_button.click()
    assert [o.name for o in document.blueprint.organisations] == ["The court", "New organisation"]
    document.update_step("answer", organisation="court")
    problems = []
    dock.blueprint_form.problem.connect(problems.append)
    table.table.selectRow(0)
    table.remove_selected()
    assert "still named on step" in problems[0]
    assert [o.id for o in document.blueprint.organisations][0] == "court"


def test_the_wheel_scrolls_the_form_over_a_field_that_is_not_focused(setup, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    document, stack, dock = setup
    dock.resize(360, 300)  # a small dock: the step form must scroll
    dock.show_selection(["ask"])
    spin = dock.step_form.fields["waiting_minutes"].widget
    scroll = dock.pages.currentWidget()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(spin.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(spin, wheel)
    assert bar.value() > before
    assert document.step("ask").waiting_minutes == 0 and stack.count() == 0


def test_a_long_title_does_not_widen_the_inspector(qtbot, tmp_path, person):
    window = open_window(qtbot, tmp_path / "app", size=(1440, 900))
    window.files.new()
    window.document.add_step(Step(id="long", title="A very long step title that goes on " * 6, lane="customer"))
    QApplication.processEvents()
    width = window.inspector.width()
    window.view.select_ids(["long"])
    for _ in range(3):
        QApplication.processEvents()
    assert window.inspector.width() == width  # was 1,712 px: the dock took the whole window
    assert window.inspector.minimumSizeHint().width() < 300
    window.undo_stack.setClean()


@pytest.mark.parametrize("size", [(1440, 900)])
def test_value_waste_minutes_and_outcome_show_without_scrolling_on_a_projector(qtbot, tmp_path, person, size):
    from PySide6.QtCore import QRect

    window = open_window(qtbot, tmp_path / "app", size=size)
    window.files.new()
    window.document.add_step(Step(id="wait", title="Waits at home", lane="customer", value="wasted"))
    window.view.select_ids(["wait"])
    for _ in range(3):
        QApplication.processEvents()
    form = window.inspector.step_form
    scroll = window.inspector.pages.currentWidget()
    assert scroll.verticalScrollBar().value() == 0
    viewport = QRect(scroll.viewport().mapToGlobal(scroll.viewport().rect().topLeft()), scroll.viewport().size())
    for name in ("value", "waste", "customer_minutes", "staff_minutes", "waiting_minutes", "outcome"):
        widget = form.fields[name].widget
        rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        assert viewport.contains(rect), name
    window.undo_stack.setClean()
