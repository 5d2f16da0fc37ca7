"""The comparison window as a person meets it: opened from the welcome page or File ›
Compare With…, steps selected in step, zoom and scroll in step, marks, export and print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from blueprint.analysis.compare import StepChange
from blueprint.model import load_blueprint
from blueprint.report.comparison import METRIC_NAMES, metric_value
from blueprint.ui.compare.actions import open_comparison
from blueprint.ui.compare.panel import program_wording
from blueprint.ui.compare.picture import ExportProblem, export_comparison, paint_on_page, picture_size
from blueprint.ui.compare.window import ComparisonWindow
from blueprint.shipped import examples_folder
from tests.ui.windows import open_window

EXAMPLES = examples_folder()


def example(name: str) -> Path:
    return EXAMPLES / f"{name}.blueprint.json"


@pytest.fixture
def window(qtbot, tmp_path, person):
    window = open_window(qtbot, tmp_path / "app")
    yield window
    for comparison in window.compare_actions.windows:
        comparison.close()
    window.undo_stack.setClean()
    window.close()


@pytest.fixture
def comparison(qtbot) -> ComparisonWindow:
    shown = open_comparison(load_blueprint(example("lost-iphone.as-is.en")),
                            load_blueprint(example("lost-iphone.to-be.en")))
    qtbot.addWidget(shown)
    qtbot.waitExposed(shown)
    return shown


def click_card(qtbot, comparison: ComparisonWindow, step_id: str, in_to_be: bool) -> None:
    view = comparison.to_be_view if in_to_be else comparison.as_is_view
    card = view.blueprint_scene.card_rect(step_id)
    view.ensureVisible(card)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(card.center()))


def test_the_welcome_page_opens_a_pair_as_a_comparison_and_a_click_selects_the_match(window, qtbot):
    qtbot.waitUntil(lambda: len(window.welcome.compare_buttons) == 5)  # two cases, two languages; Gent in French too
    button = next(b for b in window.welcome.compare_buttons if "English" in b.text()
                  and b.parent() is not None and "iPhone" in _case_of(window, b))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.compare_actions.windows) == 1)
    comparison = window.compare_actions.windows[0]
    qtbot.waitExposed(comparison)
    assert comparison.comparison.as_is.title == "Lost iPhone (as-is)"
    assert comparison.comparison.to_be.title == "Lost iPhone (to-be)"
    click_card(qtbot, comparison, "phone-police", in_to_be=False)
    assert comparison.selected_step_ids(False) == ["phone-police"]
    assert comparison.selected_step_ids(True) == ["report-by-phone"]  # it replaces the call
    click_card(qtbot, comparison, "call-101", in_to_be=True)
    assert comparison.selected_step_ids(True) == ["call-101"]
    assert comparison.selected_step_ids(False) == ["call-101"]
    assert comparison.statusBar().currentMessage() == "Changed in the redesign"
    click_card(qtbot, comparison, "travel-to-station", in_to_be=False)  # removed: no match
    assert comparison.selected_step_ids(True) == []


def _case_of(window, button) -> str:
    """The case heading above a compare button (its column's first label)."""
    from PySide6.QtWidgets import QLabel

    layout = next(column for column in _columns(window.welcome.gallery_layout)
                  if any(column.itemAt(i).widget() is button for i in range(column.count())))
    return next(layout.itemAt(i).widget().text() for i in range(layout.count())
                if isinstance(layout.itemAt(i).widget(), QLabel))


def _columns(layout):
    return [layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout()]


def test_removed_steps_are_struck_through_added_highlighted_and_matches_numbered_alike(qtbot):
    shown = open_comparison(load_blueprint(example("birth-registration.as-is.en")),
                            load_blueprint(example("birth-registration.to-be.en")))
    qtbot.addWidget(shown)
    assert shown.marks[(False, "insist")].change is StepChange.REMOVED
    assert shown.marks[(True, "help-prepare-court-request")].change is StepChange.ADDED
    before, after = shown.marks[(False, "manager-refers-to-court")], shown.marks[(True, "refer-to-court")]
    assert before.change is after.change is StepChange.CHANGED
    assert before.number == after.number is not None
    assert shown.marks[(False, "refuse-here")].number == after.number  # both replaced by it
    assert len(shown.strip.link_points()) == sum(
        1 for pair in shown.comparison.steps if pair.as_is and pair.to_be)


def test_zoom_and_sideways_scroll_stay_in_step(comparison, qtbot):
    comparison.as_is_view.setFocus()
    before = comparison.zoom_factor()
    comparison.zoom_in_action.trigger()
    assert comparison.zoom_factor() == pytest.approx(before * 1.2)
    assert comparison.to_be_view.transform().m11() == pytest.approx(comparison.zoom_factor())
    comparison.zoom_by(3)  # large enough to scroll sideways
    top, bottom = comparison.as_is_view.horizontalScrollBar(), comparison.to_be_view.horizontalScrollBar()
    assert bottom.maximum() > 200
    top.setValue(200)
    assert bottom.value() == 200
    bottom.setValue(120)
    assert top.value() == 120


def test_the_panel_shows_every_difference_as_the_report_writes_it(comparison):
    say = program_wording()
    for metric in comparison.comparison.metrics:
        assert comparison.panel.metric_text(metric.key, 1) == metric_value(metric.key, metric.as_is, say)
        assert comparison.panel.metric_text(metric.key, 2) == metric_value(metric.key, metric.to_be, say)
    assert comparison.panel.metric_text("contacts", 3) == "−5"
    assert "saves €9,000.00 per year" in comparison.panel.savings.text()
    assert "costs 300.0 h more per year" in comparison.panel.savings.text()  # police time: a cost
    assert say(METRIC_NAMES["cost_to_serve_eur"]) in [comparison.panel.table.item(r, 0).text()
                                                      for r in range(comparison.panel.table.rowCount())]


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_export_writes_the_whole_comparison(comparison, tmp_path, suffix):
    path = tmp_path / f"business-case.{suffix}"
    export_comparison(comparison, path)
    data = path.read_bytes()
    if suffix == "png":
        image = QImage(str(path))
        size = picture_size(comparison)
        assert (image.width(), image.height()) == (round(size.width() * 2), round(size.height() * 2))
    elif suffix == "svg":
        text = data.decode("utf-8")
        for line in ("Travel to the", "police station", "Report the loss by"):  # titles wrap on the card
            assert f">{line}<" in text
    else:
        assert data.startswith(b"%PDF")


def test_export_refuses_an_unknown_suffix_in_plain_words(comparison, tmp_path):
    with pytest.raises(ExportProblem, match="does not end in .png, .svg or .pdf"):
        export_comparison(comparison, tmp_path / "case.docx")
    assert list(tmp_path.iterdir()) == []


def test_export_through_the_menu_and_print_to_a_pdf_printer(comparison, tmp_path, person):
    from PySide6.QtPrintSupport import QPrinter

    person.save_name = str(tmp_path / "from-the-menu.png")
    comparison.export_action.trigger()
    assert (tmp_path / "from-the-menu.png").stat().st_size > 10_000
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_on_page(printer, comparison)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert comparison.print_action.isEnabled()


def test_compare_with_takes_the_open_blueprint_as_the_as_is(window, qtbot, person):
    assert not window.compare_actions.compare_with.isEnabled()  # nothing open yet
    window.files.open(example("birth-registration.as-is.en"))
    assert window.compare_actions.compare_with.isEnabled()
    person.open_name = str(example("birth-registration.to-be.en"))
    window.compare_actions.compare_with.trigger()
    shown = window.compare_actions.windows[-1]
    assert shown.comparison.as_is.title == "Birth registration (as-is)"
    assert shown.comparison.to_be.title == "Birth registration (to-be)"


def test_compare_with_an_as_is_file_puts_the_open_to_be_below(window, tmp_path, qtbot, person):
    to_be = tmp_path / "town-hall.to-be.blueprint.json"
    to_be.write_bytes(example("birth-registration.to-be.en").read_bytes())
    window.files.open(to_be)
    shown = window.compare_actions.compare_file(example("birth-registration.as-is.en"))
    assert shown.comparison.as_is.title == "Birth registration (as-is)"
    assert shown.comparison.to_be.title == "Birth registration (to-be)"


def test_a_file_that_cannot_be_read_is_told_and_opens_nothing(window, tmp_path, person):
    window.files.open(example("birth-registration.as-is.en"))
    broken = tmp_path / "broken.blueprint.json"
    broken.write_text("{not json", encoding="utf-8")
    assert window.compare_actions.compare_file(broken) is None
    assert person.warnings and "broken.blueprint.json" in person.warnings[0]
    assert window.compare_actions.windows == []
