"""Issue 8 in the window: files changed on disk, recovery that cannot read or write, the crash
handler, and numbers a file cannot hold typed into the docks."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from blueprint.model import Blueprint, Step, load_blueprint, save_blueprint
from blueprint.model.document import Document
from blueprint.model.fileformat import FORMAT_VERSION, dumps_blueprint
from blueprint.ui.base.bridge import DocumentSignals
from blueprint.ui.files.recovery import UNREADABLE_FOLDER
from tests.ui.test_files import Harness

Button = QMessageBox.StandardButton


@pytest.fixture
def saved_file(tmp_path: Path) -> Path:
    path = tmp_path / "journey.blueprint.json"
    save_blueprint(Blueprint(title="Saved journey", steps=[Step(id="s1", title="First", lane="customer")]), path)
    return path


def change_on_disk(path: Path, title: str) -> None:
    """Another program writes the file (and the clock moves on, as it would)."""
    blueprint = load_blueprint(path)
    blueprint.title = title
    save_blueprint(blueprint, path)
    later = path.stat().st_mtime + 2
    os.utime(path, (later, later))


def click_when_asked(choice: str) -> list[str]:
    """Click the button named ``choice`` in the next message box; collects its text."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        if choice == "cancel":
            box.button(Button.Cancel).click()
        else:
            box.findChild(QPushButton, choice).click()

    QTimer.singleShot(0, click)
    return seen


def test_a_save_asks_when_another_program_changed_the_file(tmp_path, qtbot, person, saved_file):
    harness = Harness(tmp_path, qtbot)
    harness.files.open(saved_file)
    harness.edit("Mine")
    change_on_disk(saved_file, "Theirs")
    asked = click_when_asked("cancel")
    assert not harness.files.save()
    assert "changed by another program" in asked[0]
    assert load_blueprint(saved_file).title == "Theirs"  # nothing overwritten silently
    asked = click_when_asked("overwrite")
    assert harness.files.save()
    assert load_blueprint(saved_file).steps[0].title == "Mine"
    assert harness.files.save()  # our own save is not a change by someone else: no question


def test_two_windows_on_one_file_never_overwrite_each_other_silently(tmp_path, qtbot, person, saved_file):
    first, second = Harness(tmp_path, qtbot), Harness(tmp_path, qtbot)
    first.files.open(saved_file)
    second.files.open(saved_file)
    first.edit("From the first window")
    assert first.files.save()
    later = saved_file.stat().st_mtime + 2
    os.utime(saved_file, (later, later))
    second.edit("From the second window")
    asked = click_when_asked("reload")
    assert second.files.save()
    assert asked and second.document.blueprint.steps[0].title == "From the first window"
    assert not second.files.is_modified()


def test_the_watcher_offers_to_reload_a_file_changed_elsewhere(tmp_path, qtbot, person, saved_file):
    harness = Harness(tmp_path, qtbot)
    harness.files.open(saved_file)
    person.answer = Button.Yes
    change_on_disk(saved_file, "Changed by git")
    qtbot.waitUntil(lambda: harness.document.blueprint.title == "Changed by git", timeout=5000)
    assert "changed by another program" in person.questions[-1]


def test_with_unsaved_edits_the_watcher_only_warns(tmp_path, qtbot, person, saved_file):
    harness = Harness(tmp_path, qtbot)
    harness.files.open(saved_file)
    harness.edit("Unsaved")
    told: list[str] = []
    harness.files.message.connect(told.append)
    change_on_disk(saved_file, "Changed by a sync folder")
    qtbot.waitUntil(lambda: any("changed on disk" in text for text in told), timeout=5000)
    assert person.questions == [] and harness.document.blueprint.steps[0].title == "Unsaved"


def test_a_recovery_copy_from_a_newer_version_is_moved_aside_never_deleted(tmp_path, qtbot, person):
    harness = Harness(tmp_path, qtbot)
    folder = harness.storage.recovery_dir
    folder.mkdir(parents=True)
    newer = dumps_blueprint(Blueprint(title="From the future")).replace(
        f'"version": {FORMAT_VERSION}', '"version": 99')
    (folder / "abc123.recovery.blueprint.json").write_text(newer, encoding="utf-8")
    assert not harness.files.offer_left_behind_work()
    kept = folder / UNREADABLE_FOLDER / "abc123.recovery.blueprint.json"
    assert kept.read_text(encoding="utf-8") == newer
    assert str(kept) in person.warnings[0] and "newer program" in person.warnings[0]
    assert harness.recovery.left_behind() == []  # not offered again at every start


def test_an_unwritable_recovery_folder_is_told_once_and_never_raises(tmp_path, qtbot, person, saved_file):
    harness = Harness(tmp_path, qtbot)
    harness.storage.recovery_dir.parent.mkdir(parents=True, exist_ok=True)
    harness.storage.recovery_dir.write_text("a file where the folder should be")
    failures: list[str] = []
    harness.recovery.failed.connect(failures.append)
    assert harness.files.open(saved_file)  # opening still works
    harness.edit("One")
    assert not harness.recovery.save_if_needed()
    harness.edit("Two")
    assert not harness.recovery.save_if_needed()
    assert len(failures) == 1 and str(harness.storage.recovery_dir) in failures[0]
    assert harness.files.save()  # the file itself saves


def test_the_crash_handler_keeps_the_work_logs_and_says_where(tmp_path, qtbot, person, saved_file, monkeypatch):
    from blueprint.ui.base.crash import CrashHandler, configure_logging
    from blueprint.ui.window.mainwindow import MainWindow
    from blueprint.ui.files.storage import Storage

    storage = Storage.in_folder(tmp_path / "app")
    window = MainWindow(storage)
    qtbot.addWidget(window)
    window.files.open(saved_file)
    window.document.blueprint  # noqa: B018
    from blueprint.ui.commands import UpdateStepCommand
    window.undo_stack.push(UpdateStepCommand(window.document, "s1", {"title": "Not saved"}))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    log_path = configure_logging(storage.log_dir)
    handler = CrashHandler(window, log_path)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        handler.handle(*sys.exc_info())
    for h in logging.getLogger("blueprint").handlers:
        h.flush()
    assert load_blueprint(window.recovery.blueprint_file).steps[0].title == "Not saved"
    assert "RuntimeError: a bug in a slot" in log_path.read_text(encoding="utf-8")
    assert str(log_path) in shown[0] and "Traceback" not in shown[0]
    window.undo_stack.undo()  # still working
    assert window.document.step("s1").title == "First"
    window.recovery.shutdown()
    for h in list(logging.getLogger("blueprint").handlers):
        logging.getLogger("blueprint").removeHandler(h)
        h.close()


def docked(qtbot, dock_class):
    """A dock of this class over a blueprint with one case fact, as the window makes it."""
    document = Document(Blueprint(facts={"item_value_eur": 800}))
    signals = DocumentSignals(document)
    dock = dock_class(document, signals, QUndoStack())
    signals.setParent(dock)
    qtbot.addWidget(dock)
    return document, dock


def test_a_fact_typed_as_infinity_is_refused_in_plain_words(qtbot):
    from blueprint.ui.docks.inspector import InspectorDock

    document, dock = docked(qtbot, InspectorDock)
    problems: list[str] = []
    dock.blueprint_form.problem.connect(problems.append)
    for typed in ("inf", "nan", "1e400"):
        dock.blueprint_form.facts.table.item(0, 1).setText(typed)
        assert document.blueprint.facts == {"item_value_eur": 800}
    assert len(problems) == 3 and "1e400" in problems[-1]
    assert dumps_blueprint(document.blueprint)  # the document still saves


def test_a_threshold_typed_as_infinity_is_refused_in_plain_words(qtbot):
    from blueprint.ui.docks.concept_editor import ConceptDock

    document, dock = docked(qtbot, ConceptDock)
    problems: list[str] = []
    dock.form.problem.connect(problems.append)
    dock.form.thresholds.add_button.click()
    dock.form.thresholds.table.item(0, 2).setText("inf")
    assert document.blueprint.concept.intervene_when[0].value == 0
    assert problems and "inf" in problems[0]
