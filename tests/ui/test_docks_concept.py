"""The concept editor: plain questions, thresholds, channel rules, standards, severities, files."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from blueprint.model import Blueprint, Channel, Severity, StepKind, load_concept
from blueprint.model.document import Document
from blueprint.ui.base.bridge import DocumentSignals
from blueprint.ui.docks.concept_editor import ConceptDock


@pytest.fixture
def setup(qtbot):
    return concept_dock(qtbot, Document(Blueprint(facts={"item_value_eur": 800})))


def concept_dock(qtbot, document: Document):
    """(document, undo stack, concept dock) over a document, shown."""
    stack = QUndoStack()
    signals = DocumentSignals(document)
    dock = ConceptDock(document, signals, stack)
    signals.setParent(dock)
    qtbot.addWidget(dock)
    dock.show()
    return document, stack, dock


def test_the_essential_questions_are_asked_in_plain_words(setup):
    document, stack, dock = setup
    texts = [label.text() for label in dock.form.findChildren(QLabel)]
    joined = " ".join(texts)
    for question in ("What may the customer expect?", "When do we intervene, and when not?",
                     "What does an intervention include?", "What result do we promise?",
                     "What must the customer do?", "What do we deliberately leave aside?"):
        assert question in joined


def test_an_answer_is_one_undo_step(setup, qtbot):
    document, stack, dock = setup
    promise = dock.form.fields["promise"].widget
    promise.setFocus()
    qtbot.keyClicks(promise, "One complete effort with a result")
    assert stack.count() == 0
    promise.clearFocus()
    assert stack.count() == 1
    assert document.blueprint.concept.promise == "One complete effort with a result"
    stack.undo()
    assert document.blueprint.concept.promise == ""
    assert promise.toPlainText() == ""


def test_standards_rate_and_preset(setup):
    document, stack, dock = setup
    fields = dock.form.fields
    fields["standards.max_contacts_per_need"].widget.setValue(2)
    assert document.blueprint.concept.standards.max_contacts_per_need == 2
    fields["standards.max_contacts_per_need"].widget.setValue(0)  # "No standard"
    assert document.blueprint.concept.standards.max_contacts_per_need is None
    fields["standards.refusal_names_alternative"].widget.setChecked(False)
    assert document.blueprint.concept.standards.refusal_names_alternative is False
    fields["staff_hourly_rate_eur"].widget.setValue(55.5)
    assert document.blueprint.concept.staff_hourly_rate_eur == 55.5
    preset = fields["preset"].widget
    preset.setCurrentIndex(1)
    preset.activated.emit(1)
    assert document.blueprint.concept.preset == "strict"
    assert stack.count() == 5


def test_thresholds_and_channel_rules_tables(setup):
    document, stack, dock = setup
    dock.form.thresholds.add_button.click()
    [condition] = document.blueprint.concept.intervene_when
    assert condition.fact == "item_value_eur"
    dock.form.thresholds.table.item(0, 2).setText("250")
    assert document.blueprint.concept.intervene_when[0].value == 250
    dock.form.channel_rules.add_button.click()
    [rule] = document.blueprint.concept.channel_rules
    assert rule.kind is StepKind.ADMINISTRATION and rule.forbidden == [Channel.IN_PERSON]
    ticks = dock.form.channel_rules.table.cellWidget(0, 2)
    phone = next(a for a in ticks.menu().actions() if a.data() == Channel.PHONE)
    phone.setChecked(True)
    assert document.blueprint.concept.channel_rules[0].forbidden == [Channel.IN_PERSON, Channel.PHONE]
    assert stack.count() == 4


def test_every_rule_has_a_severity_choice(setup):
    from blueprint.check import RULES

    document, stack, dock = setup
    table = dock.form.severities
    assert table.rowCount() == len(RULES)
    rule_id = next(iter(RULES))
    combo = table.combo(rule_id)
    combo.setCurrentIndex(combo.findText("Off"))
    combo.activated.emit(combo.currentIndex())
    assert document.blueprint.concept.rules == {rule_id: Severity.OFF}
    stack.undo()
    assert document.blueprint.concept.rules == {}
    assert table.combo(rule_id).currentIndex() == 0


def test_save_and_load_a_concept_file(setup, tmp_path, qtbot):
    document, stack, dock = setup
    dock.form.fields["staff_hourly_rate_eur"].widget.setValue(60)
    path = tmp_path / "police.concept.json"
    assert dock.save_concept(str(path))
    assert load_concept(path).staff_hourly_rate_eur == 60
    stack.undo()
    assert dock.load_concept(str(path))
    assert document.blueprint.concept.staff_hourly_rate_eur == 60
    assert dock.form.fields["staff_hourly_rate_eur"].widget.value() == 60


def test_a_broken_concept_file_says_why_and_changes_nothing(setup, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    document, stack, dock = setup
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: shown.append(args[2])))
    path = tmp_path / "broken.concept.json"
    path.write_text('{"format": "service-concept", "version": 1, "preset": "lenient"}', encoding="utf-8")
    assert not dock.load_concept(str(path))
    assert "preset" in shown[0] and "lenient" in shown[0]
    assert stack.count() == 0


def test_rule_titles_wrap_whole_however_narrow_the_dock(setup, qtbot):
    document, stack, dock = setup
    table = dock.form.severities
    tallest = {}
    for width in (700, 360):
        dock.resize(width, 800)
        qtbot.waitUntil(lambda: table.columnWidth(0) < width - 100 and all(
            table.rowHeight(row) >= table.sizeHintForRow(row) for row in range(table.rowCount())))
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        assert table.height() >= rows  # the form scrolls; the table shows every row whole
        tallest[width] = max(table.rowHeight(row) for row in range(table.rowCount()))
    assert tallest[360] > tallest[700]  # narrower: the long titles take more lines


def test_commitments_calendar_and_new_standards_with_undo(setup):
    from blueprint.model import CommitmentType, TimeUnit
    document, stack, dock = setup
    form = dock.form
    form.commitments.add_button.click()
    [commitment] = document.blueprint.concept.commitments
    assert commitment.type is CommitmentType.DEADLINE and commitment.within.unit is TimeUnit.WORKING_DAYS
    form.commitments.table.item(0, 3).setText("10")
    assert document.blueprint.concept.commitments[0].within.amount == 10
    form.commitments.table.item(0, 0).setText("We pay within ten working days")
    assert document.blueprint.concept.commitments[0].text == "We pay within ten working days"
    form.fields["calendar.hours_per_day"].widget.setValue(7.5)
    assert document.blueprint.concept.calendar.hours_per_day == 7.5
    form.fields["standards.max_hand_offs_per_need"].widget.setValue(2)
    assert document.blueprint.concept.standards.max_hand_offs_per_need == 2
    form.fields["standards.fail_points_need_recovery"].widget.setChecked(True)
    assert document.blueprint.concept.standards.fail_points_need_recovery
    match = form.fields["intervene_when_match"]
    match.widget.setCurrentIndex(1)
    match.widget.activated.emit(1)
    assert document.blueprint.concept.intervene_when_match == "any"
    assert stack.count() == 7
    for _ in range(7):
        stack.undo()
    assert document.blueprint.concept.commitments == [] and document.blueprint.concept.calendar.hours_per_day == 8


def test_an_organisation_has_its_own_concept(qtbot):
    from blueprint.model import Organisation
    document, stack, dock = concept_dock(qtbot, Document(Blueprint(
        organisations=[Organisation(id="court", name="The court")])))
    whose = dock.form.whose
    whose.widget.setCurrentIndex(1)
    whose.widget.activated.emit(1)
    dock.form.fields["promise"].widget.setPlainText("The court decides within six weeks")
    dock.form.fields["promise"]._finished()
    assert document.blueprint.organisations[0].concept.promise == "The court decides within six weeks"
    assert document.blueprint.concept.promise == ""
    stack.undo()
    assert document.blueprint.organisations[0].concept is None
