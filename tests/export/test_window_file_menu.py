"""File ▸ Import CSV…, Export… and Print… in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from blueprint.ui.window.mainwindow import MainWindow
from blueprint.ui.files.storage import Storage

EXAMPLE = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples" / "lost-iphone.as-is.en.blueprint.json"


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(Storage.in_folder(tmp_path / "app"))
    qtbot.addWidget(window)
    yield window
    window.undo_stack.setClean()
    window.close()


def test_the_file_menu_holds_import_export_and_print(window):
    actions = window.export_actions
    in_menu = window.menu_file.actions()
    assert all(action in in_menu for action in actions.actions())
    assert actions.export.shortcut().toString() == "Ctrl+E"
    assert actions.print.shortcut().toString() == "Ctrl+P"


def test_export_and_print_wait_for_an_open_blueprint(window):
    actions = window.export_actions
    assert actions.import_csv.isEnabled()
    assert not actions.export.isEnabled() and not actions.print.isEnabled()
    assert window.files.open(EXAMPLE)
    assert actions.export.isEnabled() and actions.print.isEnabled()


def test_an_imported_csv_opens_as_new_unsaved_work(window, tmp_path, monkeypatch):
    csv = tmp_path / "gent-notes.csv"
    csv.write_text("titel;baan;waarde\nBelt de politie;klant;nodig\nDoet aangifte;klant;verspilling\n",
                   encoding="utf-8")
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard))
    assert window.files.open(EXAMPLE)
    window.document.update_blueprint(title="Changed")  # unsaved work in the window
    window.undo_stack.resetClean()
    window.export_actions.import_csv.trigger()
    assert asked, "the window asks about the unsaved changes first"
    blueprint = window.document.blueprint
    assert [step.title for step in blueprint.steps] == ["Belt de politie", "Doet aangifte"]
    assert blueprint.title == "gent-notes" and blueprint.language == "nl"
    assert window.files.path is None and window.files.is_modified()
    assert window.export_actions.export.isEnabled()
    assert "Imported 2 steps" in window.statusBar().currentMessage()


def test_export_and_print_say_where_they_went(window, tmp_path, monkeypatch, examples_dir):
    from blueprint.ui.window import export_dialog

    window.files.open(examples_dir / "lost-iphone.to-be.en.blueprint.json")
    target = tmp_path / "journey.svg"

    def export_as_a_person_would(dialog):  # presses Export and names the file
        dialog._ask_and_export()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", export_as_a_person_would)
    window.export_actions.show_export()
    assert target.exists() or target.with_suffix(".png").exists() or any(tmp_path.glob("journey.*"))
    assert str(tmp_path / "journey") in window.statusBar().currentMessage()
    monkeypatch.setattr(export_dialog, "print_with_preview", lambda blueprint, parent: str(tmp_path / "out.pdf"))
    window.export_actions.show_print()
    assert "out.pdf" in window.statusBar().currentMessage()


def test_full_screen_in_the_menu_follows_the_window(window):
    window.showFullScreen()
    assert window.actions.full_screen.isChecked()
    window.showNormal()
    assert not window.actions.full_screen.isChecked()
