"""Long work shows progress and can be cancelled, leaving everything as it was: the export
and the report in the window (busy cursor, then a dialog after half a second) and the
terminal bar of `blueprint export` / `report` (only on a terminal)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog, QPushButton

from blueprint.cli.progress_bar import TerminalProgress
from blueprint.model import load_blueprint
from blueprint.progress import Cancelled, part
from blueprint.ui.window import progress_dialog
from blueprint.render.export import ExportSettings, blueprint_picture, export_blueprint
from blueprint.ui.window.export_actions import FileActions
from blueprint.render.pages import PageChoice
from blueprint.ui.window.progress_dialog import WorkInProgress

EXAMPLE = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples" / "lost-iphone.as-is.en.blueprint.json"


def test_drawing_in_strips_gives_the_same_picture(qtbot) -> None:
    picture = blueprint_picture(load_blueprint(EXAMPLE), findings=True)
    size = picture.size().toSize() * 2
    images, reported = [], []
    for progress in (None, reported.append):
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        picture.paint(painter, QRectF(0, 0, size.width(), size.height()), progress)
        painter.end()
        images.append(image)
    assert len(reported) > 1 and reported == sorted(reported) and reported[-1] == pytest.approx(1.0)
    assert images[0] == images[1]


def test_export_reports_progress_and_a_cancel_leaves_the_file_as_it_was(tmp_path) -> None:
    blueprint = load_blueprint(EXAMPLE)
    target = tmp_path / "wall.pdf"
    export_blueprint(blueprint, target, ExportSettings(page=PageChoice.POSTER), progress=(seen := []).append)
    assert seen[0] == 0.0 and seen[-1] == pytest.approx(1.0) and seen == sorted(seen) and len(seen) > 4
    before = target.read_bytes()

    def cancel_halfway(fraction: float) -> None:
        if fraction > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_blueprint(blueprint, target, ExportSettings(page=PageChoice.A3), progress=cancel_halfway)
    assert target.read_bytes() == before
    assert [path.name for path in tmp_path.iterdir()] == ["wall.pdf"]  # no temporary file left


def test_the_dialog_comes_after_half_a_second_and_cancel_stops_the_work(qtbot, monkeypatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    with WorkInProgress(window, "Exporting wall.png…") as progress:
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
        progress(0.1)
        assert not progress.visible  # quick work shows no dialog
        monkeypatch.setattr(progress_dialog, "SHOW_AFTER_MS", 0)
        progress(0.2)
        assert progress.visible and progress.dialog.labelText() == "Exporting wall.png…"
        assert progress.dialog.value() == round(0.2 * (progress_dialog.STEPS - 1))
        cancel = progress.dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        with pytest.raises(Cancelled):
            progress(0.3)
    assert QGuiApplication.overrideCursor() is None
    assert not any(dialog.isVisible() for dialog in window.findChildren(QProgressDialog))


def test_report_from_the_window_and_a_cancelled_one_writes_nothing(qtbot, tmp_path, monkeypatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = FileActions(window, blueprint=lambda: load_blueprint(EXAMPLE), open_untitled=lambda b: None)
    target = tmp_path / "trip.report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    actions.report.trigger()
    assert "<html" in target.read_text(encoding="utf-8")[:200].lower()
    assert "Report written" in window.statusBar().currentMessage()
    other = tmp_path / "other.report.html"
    monkeypatch.setattr(progress_dialog, "SHOW_AFTER_MS", 0)
    original = WorkInProgress.__call__

    def click_cancel(self, fraction):
        original(self, fraction)
        if fraction >= 0.25:
            self.dialog.cancel()
            original(self, fraction)

    monkeypatch.setattr(WorkInProgress, "__call__", click_cancel)
    assert actions.report_to(other) is False
    assert not other.exists()


def test_terminal_bar_only_on_a_terminal_and_only_after_the_delay() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    now = [0.0]
    screen = Terminal()
    with TerminalProgress("Exporting wall.png", stream=screen, clock=lambda: now[0]) as bar:
        bar(0.1)
        assert screen.getvalue() == ""  # quick work: no bar
        now[0] = 0.6
        bar(0.5)
        assert screen.getvalue().endswith("]  50%") and "Exporting wall.png" in screen.getvalue()
        part(bar, 0.5, 1.0)(0.5)
        assert screen.getvalue().endswith("]  75%")
    assert screen.getvalue().endswith("\r")  # wiped at the end
    piped = io.StringIO()
    with TerminalProgress("Exporting wall.png", stream=piped, clock=lambda: now[0] + 10) as bar:
        bar(0.5)
    assert piped.getvalue() == ""
