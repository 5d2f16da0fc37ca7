"""Poster sheets, the print preview's render function, the export dialog and the File actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from blueprint.model import load_blueprint
from blueprint.render.export import ExportFormat, blueprint_picture
from blueprint.ui.window.export_actions import FileActions, import_csv
from blueprint.ui.window.export_dialog import ExportDialog, paint_print, print_preview_dialog
from blueprint.render.pages import OVERLAP_MM, PageChoice, poster_plan, poster_sheets, sheet_name

EXAMPLE = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples" / "lost-iphone.as-is.en.blueprint.json"


def test_poster_sheets_cover_the_picture_and_overlap():
    sheets = poster_sheets(QSizeF(600, 400), QSizeF(277, 190))
    assert [(s.row, s.column) for s in sheets][:4] == [(0, 0), (0, 1), (0, 2), (1, 0)]
    assert len(sheets) == 9
    first, second = sheets[0].source, sheets[1].source
    assert first.right() - second.left() == OVERLAP_MM
    assert sheets[-1].source.right() >= 600 and sheets[-1].source.bottom() >= 400
    assert sheets[-2].source.right() < 600  # no sheet more than needed
    assert [sheet_name(s) for s in (sheets[0], sheets[-1])] == ["A1", "C3"]


def test_a_small_picture_is_one_sheet():
    assert len(poster_sheets(QSizeF(100, 50), QSizeF(277, 190))) == 1


def test_a_larger_poster_scale_needs_more_sheets(qapp):
    size = blueprint_picture(load_blueprint(EXAMPLE)).size()
    assert len(poster_plan(size, 2.0)[0]) > len(poster_plan(size, 1.0)[0]) > 1


def test_the_print_preview_paints_one_page_through_paint_print(qapp, tmp_path):
    dialog = print_preview_dialog(load_blueprint(EXAMPLE))
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()  # what the dialog does when shown: emits paintRequested
    assert preview.pageCount() == 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_print(printer, blueprint_picture(load_blueprint(EXAMPLE))) == 1
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF-")


def test_the_print_preview_of_a_large_journey_makes_its_cards_as_it_paints(qapp, tmp_path, monkeypatch):
    from blueprint.render.batched_scene import BatchedScene
    from blueprint.ui.window import export_dialog

    blueprint = load_blueprint(EXAMPLE)
    monkeypatch.setattr(export_dialog, "PREVIEW_CARDS_UP_TO", len(blueprint.steps) - 1)  # "large"
    dialog = print_preview_dialog(blueprint)
    scene = dialog.picture.scene
    assert isinstance(scene, BatchedScene) and scene.largest_batch == 0  # nothing drawn beforehand
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 1 and scene.largest_batch > 0 and scene.step_items() == []
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_print(printer, dialog.picture) == 1
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF-")


def test_export_dialog_previews_and_exports_each_format(qtbot, tmp_path):
    dialog = ExportDialog(load_blueprint(EXAMPLE), folder=tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.preview.pixmap().isNull()
    assert "pixels" in dialog.summary.text()
    dialog.scale_box.setValue(2.0)
    assert dialog.dpi_box.value() == 192
    dialog.dpi_box.setValue(48)
    assert dialog.scale_box.value() == 0.5
    assert dialog.export_to(tmp_path / "slide.png") is None
    assert QImage(str(tmp_path / "slide.png")).width() == round(dialog.picture().size().width() * 0.5 + 0.49)

    dialog.format_box.setCurrentIndex(dialog.format_box.findData(ExportFormat.PDF))
    assert dialog.page_box.isEnabled() and not dialog.dpi_box.isEnabled()
    dialog.page_box.setCurrentIndex(dialog.page_box.findData(PageChoice.POSTER))
    assert "A4 sheets" in dialog.summary.text()
    assert dialog.suggested_path() == tmp_path / "Lost iPhone (as-is).pdf"
    assert dialog.export_to(tmp_path / "poster.pdf") is None
    assert (tmp_path / "poster.pdf").read_bytes().startswith(b"%PDF-")

    dialog.format_box.setCurrentIndex(dialog.format_box.findData(ExportFormat.SVG))
    before = dialog.picture()
    dialog.findings_box.setChecked(True)
    assert dialog.picture() is not before and dialog.picture().show_findings
    assert dialog.export_to(tmp_path / "missing-folder" / "x.svg") is not None


def test_the_export_dialog_of_a_large_journey_previews_blocks_and_exports_every_card(
        qtbot, tmp_path, monkeypatch):
    from blueprint.render.batched_scene import OverviewScene
    from blueprint.ui.window import export_dialog

    blueprint = load_blueprint(EXAMPLE)
    monkeypatch.setattr(export_dialog, "PREVIEW_CARDS_UP_TO", len(blueprint.steps) - 1)  # "large"
    dialog = ExportDialog(blueprint, folder=tmp_path)
    qtbot.addWidget(dialog)
    picture = dialog.picture()
    assert isinstance(picture.scene, OverviewScene) and picture.scene.step_items() == []
    assert picture.size() == blueprint_picture(blueprint).size()  # the summary speaks of the real export
    preview = dialog.preview.pixmap().toImage()
    assert len({preview.pixel(x, y) for x in range(0, preview.width(), 7)
                for y in range(0, preview.height(), 7)}) > 4  # lanes and coloured blocks, not blank
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(ExportFormat.SVG))
    dialog.findings_box.setChecked(True)
    assert dialog.export_to(tmp_path / "wall.svg") is None
    written = (tmp_path / "wall.svg").read_text(encoding="utf-8")
    assert all(step.title.split()[0] in written for step in blueprint.steps)  # the cards themselves


def test_import_csv_shows_every_problem_plainly(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    bad = tmp_path / "notes.csv"
    bad.write_text("titel;baan\nBelt;klnt\nGaat;nergens\n", encoding="utf-8")
    assert import_csv(None, bad) is None
    assert "Nothing was imported from notes.csv" in shown[0]
    assert "row 2: " in shown[0] and "row 3: " in shown[0]
    good = tmp_path / "gent.csv"
    good.write_text("titel;baan\nBelt de politie;klant\n", encoding="utf-8")
    blueprint = import_csv(None, good)
    assert blueprint.title == "gent" and blueprint.steps[0].title == "Belt de politie"


def test_file_actions_have_shortcuts_and_open_an_import_as_untitled(qtbot, tmp_path, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    opened = []
    actions = FileActions(window, blueprint=lambda: load_blueprint(EXAMPLE), open_untitled=opened.append)
    assert actions.export.shortcut() == QKeySequence("Ctrl+E")
    assert actions.print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert actions.actions() == [actions.import_csv, actions.export, actions.report, actions.print]
    csv = tmp_path / "steps.csv"
    csv.write_text("title,lane\nCalls 101,customer\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(csv), ""))
    actions.import_csv.trigger()
    assert [b.steps[0].title for b in opened] == ["Calls 101"]


@pytest.mark.parametrize("page", [PageChoice.A4, PageChoice.A3])
def test_a_fitted_page_has_the_picture_at_the_top(qapp, page):
    from blueprint.render.pages import top_of_page

    target = top_of_page(QSizeF(4000, 1000), QSizeF(277, 190))
    assert target.top() == 0 and target.width() == 277 and target.height() == pytest.approx(69.25)
