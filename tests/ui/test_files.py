"""Files: open, save, save as, examples as copies, recent files, the prompt, autosave and recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from blueprint.model import Blueprint, Step, load_blueprint, save_blueprint
from blueprint.model.document import Document
from blueprint.ui.commands import UpdateStepCommand
from blueprint.ui.files.controller import MAX_RECENT, FileController, with_blueprint_suffix
from blueprint.ui.files.recovery import Recovery
from blueprint.ui.files.storage import Storage

Button = QMessageBox.StandardButton


class Harness:
    """A file controller as the window has one, over a document and an undo stack."""

    def __init__(self, folder: Path, qtbot):
        self.storage = Storage.in_folder(folder / "app")
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.document = Document()
        self.stack = QUndoStack(self.widget)
        self.recovery = Recovery(self.storage.recovery_dir, self.document, self.stack, self.widget)
        self.files = FileController(self.widget, self.document, self.stack, self.storage.settings(),
                                    self.recovery)

    def edit(self, title: str = "Changed") -> None:
        step = self.document.blueprint.steps[0] if self.document.blueprint.steps else None
        if step is None:
            self.document.add_step(Step(id="s1", title="First", lane="customer"))
            self.stack.clear()
            step = self.document.blueprint.steps[0]
        self.stack.push(UpdateStepCommand(self.document, step.id, {"title": title}))


@pytest.fixture
def harness(tmp_path, qtbot):
    return Harness(tmp_path, qtbot)


@pytest.fixture
def saved_file(tmp_path):
    path = tmp_path / "journey.blueprint.json"
    save_blueprint(Blueprint(title="Saved journey", steps=[Step(id="s1", title="First", lane="customer")]), path)
    return path


def test_new_gives_the_five_standard_lanes(harness, person):
    assert harness.files.new()
    assert [lane.id for lane in harness.document.blueprint.lanes] == [
        "evidence", "customer", "frontstage", "backstage", "support"]
    assert harness.files.is_open and not harness.files.is_modified()


def test_open_edit_save_reopen(harness, person, saved_file):
    assert harness.files.open(saved_file)
    assert harness.files.display_name() == "journey"
    harness.edit("Asks at the post")
    assert harness.files.is_modified()
    assert harness.files.save()
    assert not harness.files.is_modified()
    assert load_blueprint(saved_file).steps[0].title == "Asks at the post"
    assert harness.files.recent.paths()[0] == str(saved_file.resolve())


def test_an_example_opens_as_an_untitled_copy_and_is_never_overwritten(harness, person, examples_dir, tmp_path):
    example = examples_dir / "lost-iphone.as-is.en.blueprint.json"
    before = example.read_bytes()
    assert harness.files.open(example)
    assert harness.files.path is None and "copy" in harness.files.display_name()
    harness.edit()
    person.save_name = str(tmp_path / "my-journey")
    assert harness.files.save()  # Save asks for a new name
    assert example.read_bytes() == before
    assert (tmp_path / "my-journey.blueprint.json").exists()
    assert harness.files.path == tmp_path / "my-journey.blueprint.json"


def test_a_broken_file_shows_the_plain_message_and_the_work_stays(harness, person, saved_file, tmp_path):
    harness.files.open(saved_file)
    harness.edit("Work in progress")
    broken = tmp_path / "broken.blueprint.json"
    broken.write_text('{"format": "service-blueprint", "version": 1, "steps": [{"id": "a"}]}', encoding="utf-8")
    assert not harness.files.open(broken)
    assert "steps[0].title" in person.warnings[0] and "Traceback" not in person.warnings[0]
    assert harness.document.blueprint.steps[0].title == "Work in progress"
    assert harness.files.path == saved_file and harness.files.is_modified()
    assert person.questions == []  # nothing to replace the work with, so no prompt


@pytest.mark.parametrize("answer, opened, saved", [
    (Button.Cancel, False, False),
    (Button.Discard, True, False),
    (Button.Save, True, True),
])
def test_unsaved_changes_prompt(harness, person, saved_file, tmp_path, answer, opened, saved):
    harness.files.open(saved_file)
    harness.edit("Unsaved edit")
    other = tmp_path / "other.blueprint.json"
    save_blueprint(Blueprint(title="Other"), other)
    person.answer = answer
    assert harness.files.open(other) is opened
    assert len(person.questions) == 1 and "journey" in person.questions[0]
    assert (harness.document.blueprint.title == "Other") is opened
    assert (load_blueprint(saved_file).steps[0].title == "Unsaved edit") is saved


def test_new_and_close_ask_too(harness, person, saved_file):
    harness.files.open(saved_file)
    harness.edit()
    person.answer = Button.Cancel
    assert not harness.files.new()
    assert not harness.files.close_document()
    assert harness.document.blueprint.title == "Saved journey"
    person.answer = Button.Discard
    assert harness.files.close_document()
    assert not harness.files.is_open


def test_save_as_adds_the_suffix_and_a_cancelled_dialog_saves_nothing(harness, person, tmp_path):
    harness.files.new()
    person.save_name = ""
    assert not harness.files.save_as()
    person.save_name = str(tmp_path / "plan")
    assert harness.files.save_as()
    assert harness.files.path.name == "plan.blueprint.json"
    assert with_blueprint_suffix(Path("x.json")) == Path("x.json")


def test_saving_into_a_missing_folder_says_so_and_keeps_the_work(harness, person, tmp_path):
    harness.files.new()
    harness.edit()
    person.save_name = str(tmp_path / "no-such-folder" / "plan.blueprint.json")
    assert not harness.files.save_as()
    assert person.warnings and "could not be saved" in person.warnings[0]
    assert harness.files.is_modified()


def test_recent_files_keep_the_newest_eight(harness, person, tmp_path):
    paths = []
    for number in range(MAX_RECENT + 2):
        path = tmp_path / f"j{number}.blueprint.json"
        save_blueprint(Blueprint(title=f"J{number}"), path)
        assert harness.files.open(path)
        paths.append(str(path.resolve()))
    assert harness.files.recent.paths() == list(reversed(paths))[:MAX_RECENT]
    harness.files.open(paths[5])
    assert harness.files.recent.paths()[0] == paths[5]
    assert len(harness.files.recent.paths()) == MAX_RECENT


def test_a_missing_recent_file_is_forgotten(harness, person, saved_file):
    harness.files.open(saved_file)
    saved_file.unlink()
    assert not harness.files.open(saved_file)
    assert "no such file" in person.warnings[0]
    assert str(saved_file.resolve()) not in harness.files.recent.paths()


def test_autosave_writes_a_recovery_copy_and_a_clean_save_removes_it(harness, person, saved_file):
    harness.files.open(saved_file)
    assert not harness.recovery.save_if_needed()  # nothing unsaved, nothing written
    harness.edit("Not saved yet")
    assert harness.recovery.save_if_needed()
    copy = harness.recovery.blueprint_file
    assert load_blueprint(copy).steps[0].title == "Not saved yet"
    harness.files.save()
    assert not copy.exists()


def test_undoing_back_to_the_saved_state_removes_the_recovery_copy(harness, person, saved_file):
    harness.files.open(saved_file)
    harness.edit()
    harness.recovery.save_if_needed()
    harness.stack.undo()
    assert not harness.recovery.blueprint_file.exists()


def test_work_left_by_a_crashed_session_is_found_and_restored(tmp_path, qtbot, person, saved_file):
    crashed = Harness(tmp_path, qtbot)
    crashed.files.open(saved_file)
    crashed.edit("Never saved")
    crashed.recovery.save_if_needed()
    crashed.recovery._lock.unlock()  # the process died: its lock is gone, its copy stays
    crashed.recovery._lock = None

    later = Harness(tmp_path, qtbot)
    [work] = later.recovery.left_behind()
    assert work.original_path == str(saved_file) and work.title == "Saved journey"
    later.files.restore(work.load(), work.original_path)
    work.remove()
    assert later.document.blueprint.steps[0].title == "Never saved"
    assert later.files.is_modified() and later.files.path == saved_file
    assert later.recovery.left_behind() == []


def test_a_running_session_s_copy_is_not_offered(tmp_path, qtbot, person, saved_file):
    running = Harness(tmp_path, qtbot)
    running.files.open(saved_file)
    running.edit()
    running.recovery.save_if_needed()
    other = Harness(tmp_path, qtbot)
    assert other.recovery.left_behind() == []
    running.recovery.shutdown()
    assert not running.recovery.blueprint_file.exists()


def test_a_new_blueprint_speaks_the_programs_language():
    from PySide6.QtCore import QLocale

    from blueprint.ui.files.controller import new_blueprint

    before = QLocale()
    made = {}
    try:
        for locale in ("nl", "fr_BE", "en", "de_DE"):
            QLocale.setDefault(QLocale(locale))
            made[locale] = new_blueprint()
    finally:
        QLocale.setDefault(before)
    dutch, french, english, german = made["nl"], made["fr_BE"], made["en"], made["de_DE"]
    assert dutch.language == "nl" and dutch.lanes[1].title == "Klantacties"
    assert french.language == "fr" and french.lanes[1].title == "Actions du client"
    assert english.language == "en" and english.lanes[1].title == "Customer actions"
    assert german == english  # no German translation: the program and a new blueprint stay English
    assert [lane.id for lane in dutch.lanes] == [lane.id for lane in english.lanes]
    assert [lane.id for lane in french.lanes] == [lane.id for lane in english.lanes]


def test_save_as_suggests_the_title_in_the_documents_folder(harness, person, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, suggestion, *a: (asked.append(suggestion), ("", ""))[1]))
    harness.files.new()
    harness.document.update_blueprint(title="Leaking tap: tenant / plumber?")
    assert not harness.files.save_as()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]) == Path(documents) / "Leaking tap tenant plumber.blueprint.json"
