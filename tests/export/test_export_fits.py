"""Export picks a scale that fits instead of failing: PNG within the raster limits, the
poster within its sheet limit, and says so."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from blueprint.cli import main
from blueprint.model import Blueprint, Step, save_blueprint
from blueprint.render import export
from blueprint.render.export import ExportFormat, ExportSettings, fitting_settings
from blueprint.render.pages import PageChoice, poster_plan


def test_a_png_too_large_at_the_asked_scale_is_made_at_the_largest_that_fits():
    size = QSizeF(240_000.0, 1_000.0)  # 1,000 columns of steps
    fitted, note = fitting_settings(size, ExportFormat.PNG, ExportSettings(scale=1.0))
    assert 0 < fitted.scale <= export.MAX_SIDE / size.width()
    assert size.width() * fitted.scale > 0.99 * export.MAX_SIDE  # as large as it can be
    assert "scale 1" in note and str(fitted.scale) in note
    small = QSizeF(2_000.0, 900.0)
    assert fitting_settings(small, ExportFormat.PNG, ExportSettings(scale=2.0)) == (ExportSettings(scale=2.0), "")


def test_a_poster_of_too_many_sheets_is_made_on_at_most_the_limit():
    size = QSizeF(240_000.0, 1_000.0)
    asked = ExportSettings(scale=1.0, page=PageChoice.POSTER)
    assert len(poster_plan(size, 1.0)[0]) > export.MAX_SHEETS
    fitted, note = fitting_settings(size, ExportFormat.PDF, asked)
    sheets = len(poster_plan(size, fitted.scale)[0])
    assert sheets <= export.MAX_SHEETS and sheets > export.MAX_SHEETS * 0.8
    assert str(sheets) in note
    single = ExportSettings(scale=1.0, page=PageChoice.A4)
    assert fitting_settings(size, ExportFormat.PDF, single) == (single, "")  # one page always fits


def test_the_cli_exports_a_png_that_would_be_too_wide_and_says_at_what_scale(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(export, "MAX_SIDE", 1_200)  # a small limit keeps the test fast
    source = tmp_path / "wide.blueprint.json"
    save_blueprint(Blueprint(steps=[Step(id=f"s{i}", title=f"Step {i}", lane="customer", x=40.0 + 240 * i)
                                    for i in range(12)]), source)
    assert main(["export", str(source), "-o", str(tmp_path / "wide.png")]) == 0
    image = QImage(str(tmp_path / "wide.png"))
    assert 1_100 < image.width() <= 1_200
    captured = capsys.readouterr()
    assert "written" in captured.out and "instead" in captured.err
