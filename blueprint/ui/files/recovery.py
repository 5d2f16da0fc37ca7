"""Never lose work: autosave to a recovery file, and offer it back after a crash.

While a document has unsaved changes, a copy is written every minute, and a few seconds
after the last edit, into the program's recovery folder. Those timed saves run on a worker
thread over a snapshot of the document (:meth:`Document.snapshot`), so the window never
waits for a long journey to be written; a save started earlier never lands over a later
one, nor after the copy was removed. A clean save or an orderly close
removes it. Each running program holds a lock file beside its recovery file; a recovery
file whose lock nobody holds was left by a program that crashed, and the next start
offers to restore it.

Nothing here may lose work or crash the program: a recovery copy that cannot be read (a
newer program wrote it, the disk damaged it) is moved aside into ``unreadable/`` and the
person is told where, never deleted; a recovery folder that cannot be written makes
autosave say so once in the status bar (``failed``) and try again on the next turn.
"""

from __future__ import annotations

import json
import shutil
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from blueprint.model import Blueprint, dumps_blueprint, load_blueprint
from blueprint.model.document import Document
from blueprint.model.fileformat import write_atomically

AUTOSAVE_INTERVAL_MS = 60_000
AFTER_EDIT_DELAY_MS = 5_000
BLUEPRINT_SUFFIX = ".recovery.blueprint.json"
UNREADABLE_FOLDER = "unreadable"


@dataclass(frozen=True)
class RecoveredWork:
    """Work left behind by a session that ended without saving it."""

    blueprint_file: Path
    original_path: str | None
    title: str
    saved_at: str

    @property
    def session(self) -> str:
        """The id of the session that wrote it."""
        return self.blueprint_file.name.removesuffix(BLUEPRINT_SUFFIX)

    def load(self) -> Blueprint:
        """The saved blueprint; LoadError when the file is damaged."""
        return load_blueprint(self.blueprint_file)

    def remove(self) -> None:
        """Delete the recovery file and its notes (restored or declined work)."""
        for path in _session_files(self.blueprint_file.parent, self.session):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass

    def move_aside(self) -> Path:
        """Keep a copy this program cannot read out of the way, unchanged; where it went.

        It goes into ``unreadable/`` beside the other recovery files (a newer version of the
        program, or a person, may still read it). When even that fails it stays where it is,
        and that place is returned.
        """
        folder = self.blueprint_file.parent / UNREADABLE_FOLDER
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for path in _session_files(self.blueprint_file.parent, self.session):
                if path.exists():
                    shutil.move(str(path), str(folder / path.name))
        except OSError:
            return self.blueprint_file
        return folder / self.blueprint_file.name


def _session_files(folder: Path, session: str) -> tuple[Path, Path]:
    return folder / f"{session}{BLUEPRINT_SUFFIX}", folder / f"{session}.recovery.json"


class _Relay(QObject):
    """Carries a background save's outcome to the UI thread (a queued signal)."""

    done = Signal(object)  # the reason it failed, or None


class Recovery(QObject):
    """Autosaves one document's unsaved changes for the length of one session.

    ``failed(reason)`` is emitted when a recovery copy could not be written, once until a
    write succeeds again; autosave keeps trying.
    """

    failed = Signal(str)

    def __init__(self, folder: Path, document: Document, undo_stack: QUndoStack,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.folder = folder
        self.document = document
        self.undo_stack = undo_stack
        self.original_path: str | None = None
        self.session = uuid.uuid4().hex[:12]
        self.last_failure: str | None = None
        self._lock: QLockFile | None = None
        self._writing = threading.Lock()  # one write at a time; taken briefly by the UI thread
        self._generation = 0  # bumped by every save and removal: older background saves give way
        self._worker: threading.Thread | None = None
        self._again = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._saved_in_background)
        self._periodic = QTimer(self, interval=AUTOSAVE_INTERVAL_MS)
        self._periodic.timeout.connect(self.autosave)
        self._periodic.start()
        self._after_edit = QTimer(self, singleShot=True, interval=AFTER_EDIT_DELAY_MS)
        self._after_edit.timeout.connect(self.autosave)
        undo_stack.indexChanged.connect(self._on_edit)
        undo_stack.cleanChanged.connect(self._on_clean_changed)

    @property
    def blueprint_file(self) -> Path:
        """Where this session's recovery copy is written."""
        return _session_files(self.folder, self.session)[0]

    def save_if_needed(self) -> bool:
        """Write the recovery copy when there are unsaved changes; whether it wrote one."""
        if self.undo_stack.isClean():
            return False
        return self.save_now()

    def save_now(self) -> bool:
        """Write the recovery copy now, whatever the undo stack says; whether it worked.

        A failure (the folder is not writable, is a file, the disk is full) is told once
        through ``failed`` and never raised: autosave runs from a timer, where nobody could
        catch it.
        """
        try:
            self._hold_lock()
            with self._writing:
                self._generation += 1
                self._write(self.document.blueprint, self._notes())
        except (OSError, ValueError) as error:
            self._tell(_reason(error))
            return False
        self._tell(None)
        return True

    def autosave(self) -> bool:
        """Start writing the recovery copy on a worker thread when there are unsaved changes;
        whether one was started. The UI thread only takes a snapshot of the document.

        While a save is under way another is not started: it comes once that one is done.
        """
        if self.undo_stack.isClean():
            return False
        if self.saving():
            self._again = True
            return False
        try:
            self._hold_lock()
        except OSError as error:
            self._tell(_reason(error))
            return False
        snapshot, notes, generation = self.document.snapshot(), self._notes(), self._generation
        self._worker = threading.Thread(target=self._write_in_background, args=(snapshot, notes, generation),
                                        name="recovery-save", daemon=True)
        self._worker.start()
        return True

    def saving(self) -> bool:
        """Whether a recovery copy is being written on the worker thread."""
        return self._worker is not None and self._worker.is_alive()

    def _write_in_background(self, snapshot: Blueprint, notes: dict, generation: int) -> None:
        """On the worker: write the snapshot unless a later save or a removal came first."""
        reason = None
        try:
            text = dumps_blueprint(snapshot)
            with self._writing:
                if generation == self._generation:
                    self._write(text, notes)
        except (OSError, ValueError) as error:
            reason = _reason(error)
        try:
            self._relay.done.emit(reason)
        except RuntimeError:  # the window closed meanwhile: nobody is left to tell
            pass

    def _saved_in_background(self, reason: str | None) -> None:
        self._tell(reason)
        if self._again:
            self._again = False
            self._after_edit.start()

    def _notes(self) -> dict:
        return {
            "path": self.original_path,
            "title": self.document.blueprint.title,
            "saved": datetime.now().isoformat(timespec="seconds"),
        }

    def _write(self, blueprint: Blueprint | str, notes: dict) -> None:
        """Write the copy and its notes (the caller holds ``_writing``)."""
        blueprint_file, notes_file = _session_files(self.folder, self.session)
        text = blueprint if isinstance(blueprint, str) else dumps_blueprint(blueprint)
        write_atomically(blueprint_file, text)
        write_atomically(notes_file, json.dumps(notes, ensure_ascii=False))

    def _tell(self, reason: str | None) -> None:
        """Note how the last write went; a new reason for failing is told once."""
        if reason is not None and reason != self.last_failure:
            self.failed.emit(f"{self.folder}: {reason}")
        self.last_failure = reason

    def discard(self) -> None:
        """Remove this session's recovery copy (after a save, or when nothing is unsaved);
        a background save under way then writes nothing."""
        self._after_edit.stop()
        self._again = False
        with self._writing:
            self._generation += 1
            for path in _session_files(self.folder, self.session):
                try:
                    path.unlink(missing_ok=True)
                except OSError:  # a folder we cannot touch holds no copy of ours either
                    pass

    def shutdown(self) -> None:
        """End the session in order: no recovery copy, no lock left behind."""
        self._periodic.stop()
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def left_behind(self) -> list[RecoveredWork]:
        """Recovery copies of other sessions that are no longer running, newest first."""
        try:
            candidates = list(self.folder.glob(f"*{BLUEPRINT_SUFFIX}")) if self.folder.is_dir() else []
        except OSError:
            return []
        found = []
        for blueprint_file in candidates:
            session = blueprint_file.name.removesuffix(BLUEPRINT_SUFFIX)
            if session != self.session and not _still_running(self.folder, session):
                found.append(_read_notes(blueprint_file, session))
        return sorted(found, key=lambda work: work.saved_at, reverse=True)

    def _on_edit(self, *_: object) -> None:
        self._after_edit.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _hold_lock(self) -> None:
        """Take this session's lock (creating the folder); OSError when the folder can't be made."""
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(self.folder / f"{self.session}.lock"))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def _still_running(folder: Path, session: str) -> bool:
    """Whether the session that owns this lock is alive (its lock cannot be taken)."""
    lock = QLockFile(str(folder / f"{session}.lock"))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True


def _read_notes(blueprint_file: Path, session: str) -> RecoveredWork:
    notes_file = _session_files(blueprint_file.parent, session)[1]
    try:
        notes = json.loads(notes_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        notes = {}
    if not isinstance(notes, dict):
        notes = {}
    path = notes.get("path")
    return RecoveredWork(
        blueprint_file,
        path if isinstance(path, str) else None,
        str(notes.get("title") or blueprint_file.name),
        str(notes.get("saved") or ""),
    )
