"""The live check feeds the findings list and the metrics; clicking a finding chooses its elements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from blueprint.model import Blueprint, Step, Value, load_blueprint
from blueprint.model.document import Document
from blueprint.ui.docks.findings import FindingsDock
from blueprint.ui.docks.metrics import KeyMetricsBar, MetricsDock
from blueprint.ui.window.live_check import LiveCheck


@pytest.fixture
def wired(qtbot, examples_dir):
    document = Document(load_blueprint(examples_dir / "lost-iphone.as-is.en.blueprint.json"))
    check = LiveCheck(document, delay_ms=10)
    document.subscribe(check.schedule)
    findings, metrics, bar = FindingsDock(), MetricsDock(), KeyMetricsBar()
    for widget in (findings, metrics, bar):
        qtbot.addWidget(widget)
    check.checked.connect(lambda result, _: findings.show_result(result))
    check.checked.connect(lambda _, m: metrics.show_metrics(m))
    check.checked.connect(lambda _, m: bar.show_metrics(m))
    check.run_now()
    return document, check, findings, metrics, bar


def test_the_check_fills_the_findings_and_the_metrics(wired):
    document, check, findings, metrics, bar = wired
    assert findings.list.count() == len(check.result.findings) > 0
    assert "error" in findings.summary.text() or "warning" in findings.summary.text()
    assert metrics.value_text("steps") == str(len(document.blueprint.steps))
    assert "%" in bar.values["wasted_share"].text()


def test_an_edit_is_checked_once_after_the_burst(wired, qtbot):
    document, check, findings, metrics, bar = wired
    runs = check.runs
    step = next(s for s in document.blueprint.steps if s.value is not Value.WASTED)
    document.update_step(step.id, value=Value.WASTED)
    document.update_step(step.id, title=step.title + "!")
    assert check.pending and check.runs == runs  # nothing ran while the edits came in
    qtbot.waitUntil(lambda: check.runs == runs + 1)
    assert metrics.value_text("wasted") == str(sum(s.value is Value.WASTED for s in document.blueprint.steps))
    assert "▲" in bar.values["wasted_share"].text()


def test_clicking_a_finding_chooses_its_elements_and_shows_the_hint(wired, qtbot):
    document, check, findings, metrics, bar = wired
    row = next(i for i, f in enumerate(findings.findings) if f.elements)
    item = findings.list.item(row)
    with qtbot.waitSignal(findings.elementsChosen) as chosen:
        findings.show()
        findings.list.scrollToItem(item)
        rect = findings.list.visualItemRect(item)
        qtbot.mouseClick(findings.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args[0] == list(findings.findings[row].elements)
    assert findings.findings[row].hint in findings.detail.toPlainText()


def test_the_selected_finding_stays_selected_after_the_next_check(wired):
    document, check, findings, metrics, bar = wired
    findings.list.setCurrentRow(1)
    kept = findings.current_finding()
    check.run_now()
    assert findings.current_finding() == kept


def test_an_empty_journey_has_no_cost_without_a_rate(qtbot):
    document = Document(Blueprint(steps=[Step(id="a", title="A", lane="customer")]))
    check = LiveCheck(document)
    bar = KeyMetricsBar()
    qtbot.addWidget(bar)
    check.checked.connect(lambda _, m: bar.show_metrics(m))
    check.run_now()
    assert bar.values["staff_cost_of_waste_eur"].text() == "—"
    assert bar.values["contacts"].text() == "0"
