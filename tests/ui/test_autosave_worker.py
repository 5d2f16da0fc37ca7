"""Autosave writes the recovery copy on a worker thread from a snapshot: the window only
takes the snapshot; a save never lands after the copy was removed or over a later save."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from blueprint.model import Step, load_blueprint
from blueprint.model.document import Document
from blueprint.model.fileformat import _dumped
from blueprint.ui.files import recovery as recovery_module
from blueprint.ui.commands import UpdateStepCommand
from blueprint.ui.files.recovery import Recovery
from blueprint.ui.files.storage import Storage

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"


class Session:
    """A document with unsaved edits, its undo stack and its recovery."""

    def __init__(self, folder: Path, qtbot):
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.document = Document()
        self.document.add_step(Step(id="s1", title="First", lane="customer"))
        self.stack = QUndoStack(self.widget)
        self.recovery = Recovery(Storage.in_folder(folder).recovery_dir, self.document, self.stack, self.widget)
        self.qtbot = qtbot

    def edit(self, title: str) -> None:
        self.stack.push(UpdateStepCommand(self.document, "s1", {"title": title}))

    def saved_title(self) -> str:
        return load_blueprint(self.recovery.blueprint_file).steps[0].title

    def wait(self) -> None:
        self.qtbot.waitUntil(lambda: not self.recovery.saving(), timeout=10_000)
        self.qtbot.wait(10)  # the worker's answer arrives through the event loop


class Held:
    """Holds the worker inside its serialisation until released."""

    def __init__(self, monkeypatch):
        self.inside, self.release = threading.Event(), threading.Event()
        original = recovery_module.dumps_blueprint

        def held(blueprint):
            self.inside.set()
            self.release.wait(10)
            return original(blueprint)

        monkeypatch.setattr(recovery_module, "dumps_blueprint", held)


def test_the_timers_save_on_a_worker_what_the_document_held_when_they_fired(tmp_path, qtbot, monkeypatch):
    session = Session(tmp_path, qtbot)
    session.edit("Before the save")
    held = Held(monkeypatch)
    session.recovery._after_edit.timeout.emit()  # as a few seconds after the last edit
    assert held.inside.wait(10) and session.recovery.saving()
    session.edit("After the save began")  # the window goes on; the snapshot is unchanged
    held.release.set()
    session.wait()
    assert session.saved_title() == "Before the save"
    assert session.recovery._after_edit.isActive()  # the later edit is saved next


def test_a_background_save_never_lands_after_the_copy_was_removed(tmp_path, qtbot, monkeypatch):
    session = Session(tmp_path, qtbot)
    session.edit("Soon saved for real")
    held = Held(monkeypatch)
    assert session.recovery.autosave()
    assert held.inside.wait(10)
    session.recovery.discard()  # a clean save removes the copy meanwhile
    held.release.set()
    session.wait()
    assert not session.recovery.blueprint_file.exists()


def test_a_background_save_never_lands_over_a_later_one(tmp_path, qtbot, monkeypatch):
    session = Session(tmp_path, qtbot)
    session.edit("Older")
    held = Held(monkeypatch)
    assert session.recovery.autosave()
    assert held.inside.wait(10)
    session.edit("Newer")
    written = threading.Thread(target=session.recovery.save_now)  # e.g. the crash handler
    written.start()
    held.release.set()
    written.join(10)
    session.wait()
    assert session.saved_title() == "Newer"


def test_a_folder_that_cannot_be_written_is_told_once_from_the_worker(tmp_path, qtbot):
    session = Session(tmp_path, qtbot)
    session.recovery.folder.parent.mkdir(parents=True, exist_ok=True)
    session.recovery.folder.write_text("a file where the folder should be")
    failures = []
    session.recovery.failed.connect(failures.append)
    session.edit("Unsaveable")
    assert not session.recovery.autosave()  # the folder cannot even be made: said at once
    assert len(failures) == 1
    assert not session.recovery.autosave()
    assert len(failures) == 1


def test_a_disk_that_fills_up_during_a_background_save_is_told_once(tmp_path, qtbot, monkeypatch):
    session = Session(tmp_path, qtbot)
    failures = []
    session.recovery.failed.connect(failures.append)

    def full(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery_module, "write_atomically", full)
    for title in ("One", "Two"):
        session.edit(title)
        assert session.recovery.autosave()
        session.wait()
    assert len(failures) == 1 and "No space left on device" in failures[0]
    assert session.recovery.last_failure == "No space left on device"


def test_nothing_unsaved_starts_no_save(tmp_path, qtbot):
    session = Session(tmp_path, qtbot)
    assert not session.recovery.autosave()
    assert not session.recovery.blueprint_file.exists()


def test_the_file_text_is_dumped_an_element_at_a_time_with_the_same_result():
    for path in sorted(EXAMPLES.glob("*.blueprint.json")):
        blueprint = load_blueprint(path)
        whole = blueprint.model_dump(mode="json", exclude_defaults=True)
        assert json.dumps(_dumped(blueprint)) == json.dumps(whole)
    empty = Document().blueprint
    assert json.dumps(_dumped(empty)) == json.dumps(empty.model_dump(mode="json", exclude_defaults=True))
