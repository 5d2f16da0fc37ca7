"""Files: new, open, save, save as, close, recent files, and the unsaved-changes prompt.

One :class:`FileController` per window keeps track of which file the document came from
and whether it has unsaved changes (the undo stack's clean state). Shipped examples open
as untitled copies: saving asks for a new name, so an example is never overwritten by
accident. A file that fails to load leaves the current work untouched and says why in
the loader's own plain words.

The controller remembers how the file looked on disk when it was opened or last saved. A
save that finds it changed since (another program, a sync folder, git, a second window on
the same file) asks first: overwrite, save as, or reload. A file watcher offers to reload a
file someone else changed while there are no unsaved edits, and says so in the status bar
when there are.
"""

from __future__ import annotations

import os
import re
import gc
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLocale, QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from blueprint.check.wording import primary_subtag
from blueprint.model import Blueprint, LoadError, load_blueprint, save_blueprint, standard_lanes
from blueprint.model.collector import collection_paused
from blueprint.model.document import Document
from blueprint.model.fileformat import BLUEPRINT_SUFFIX
from blueprint.render.labels import has_translation, label_in
from blueprint.ui.base.progress import Cancelled, LiveProgress, run_in_thread
from blueprint.ui.files.examples import is_example
from blueprint.ui.files.recovery import Recovery

MAX_RECENT = 8

DiskStamp = tuple[int, int, int]
"""How a file looked on disk: its modification time (ns), size and inode."""


def disk_stamp(path: Path) -> DiskStamp | None:
    """The file's stamp, or None when it does not exist or cannot be read."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


class RecentFiles:
    """The most recently opened or saved files, newest first, kept in the settings."""

    KEY = "files/recent"

    def __init__(self, settings: QSettings):
        self.settings = settings

    def paths(self) -> list[str]:
        """The remembered paths, newest first."""
        value = self.settings.value(self.KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(path) for path in value or []][:MAX_RECENT]

    def add(self, path: Path | str) -> None:
        """Put a file first in the list."""
        path = str(Path(path).resolve())
        kept = [p for p in self.paths() if p != path]
        self.settings.setValue(self.KEY, [path, *kept][:MAX_RECENT])

    def remove(self, path: Path | str) -> None:
        """Forget a file (it was moved or deleted)."""
        path = str(Path(path).resolve())
        self.settings.setValue(self.KEY, [p for p in self.paths() if p != path])

    def clear(self) -> None:
        """Forget every file."""
        self.settings.setValue(self.KEY, [])


class FileController(QObject):
    """Opens and saves the window's one document; asks before unsaved work is lost.

    Signals: ``fileChanged()`` when the file name shown in the title changes,
    ``aboutToSave()`` before saving or asking about unsaved changes (a text still being
    typed is committed then), ``aboutToReplace()`` just before the document gets another
    blueprint,
    ``documentOpened()`` when a document is now shown, ``documentClosed()`` when the
    window went back to its welcome page, ``recentChanged()``, ``message(text)`` for the
    status bar.
    """

    fileChanged = Signal()
    aboutToSave = Signal()
    aboutToReplace = Signal()
    documentOpened = Signal()
    documentClosed = Signal()
    recentChanged = Signal()
    message = Signal(str)

    def __init__(self, window: QWidget, document: Document, undo_stack: QUndoStack,
                 settings: QSettings, recovery: Recovery):
        super().__init__(window)
        self.window = window
        self.document = document
        self.undo_stack = undo_stack
        self.settings = settings
        self.recovery = recovery
        self.recent = RecentFiles(settings)
        self.path: Path | None = None
        self.copied_from: Path | None = None  # the example an untitled copy came from
        self.is_open = False
        self.disk_stamp: DiskStamp | None = None  # the file as we last read or wrote it
        self._declined_stamp: DiskStamp | None = None  # a change on disk the person kept out
        self._missing_checks = 0
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed_on_disk)
        self.canvas = None  # the window's BlueprintScene, to wait while it draws a large file
        self._opening = False

    # ------------------------------------------------------------ state

    def display_name(self) -> str:
        """The name for the title bar: the file's name, or what the copy came from."""
        if self.path is not None:
            return self.path.name.removesuffix(BLUEPRINT_SUFFIX)
        if self.copied_from is not None:
            return self.tr("{title} (copy of an example)").format(title=self.document.blueprint.title)
        return self.tr("Untitled")

    def is_modified(self) -> bool:
        """Whether there are changes that were never saved."""
        return not self.undo_stack.isClean()

    # ------------------------------------------------------------ commands

    def new(self) -> bool:
        """A new blueprint with the five standard lanes; False when the person cancels."""
        if not self.maybe_save():
            return False
        self._show(new_blueprint(), path=None, copied_from=None)
        self.message.emit(self.tr("New blueprint with the five standard lanes"))
        return True

    def open(self, path: Path | str | None = None) -> bool:
        """Open a file (asks which one when no path is given); True when it opened."""
        if path is None:
            path = self._ask_open_path()
            if path is None:
                return False
        path = Path(path)
        if self._opening:
            return False  # a file is being opened already (its progress keeps the window alive)
        self._opening = True
        try:
            # What is read stays while it is open: no collector pass walks it meanwhile.
            with collection_paused():
                blueprint = self._load(path)
                if blueprint is None or not self.maybe_save():
                    return False
                example = is_example(path)
                if not self._show(blueprint, path=None if example else path,
                                  copied_from=path if example else None, cancellable=True):
                    self.message.emit(self.tr("Opening was cancelled; nothing changed"))
                    return False
        finally:
            self._opening = False
        if example:
            self.message.emit(self.tr("Opened a copy of the example; Save asks where to keep it"))
        else:
            self._remember(path)
            self.message.emit(self.tr("Opened {name}").format(name=path.name))
        return True

    def save(self) -> bool:
        """Save to the file it came from; asks for a name the first time, and asks what to
        do when the file changed on disk since it was opened or last saved."""
        self.aboutToSave.emit()
        if self.path is None:
            return self.save_as()
        if self.changed_on_disk():
            choice = self._ask_changed_on_disk()
            if choice == "save-as":
                return self.save_as()
            if choice == "reload":
                return self.reload()
            if choice != "overwrite":
                return False
        return self._write(self.path)

    def changed_on_disk(self) -> bool:
        """Whether the open file is no longer what this window read or wrote."""
        if self.path is None:
            return False
        now = disk_stamp(self.path)
        return now is not None and now != self.disk_stamp

    def reload(self) -> bool:
        """Open the file again from disk, dropping this window's unsaved edits."""
        if self.path is None:
            return False
        with collection_paused():
            blueprint = self._load(self.path)
            if blueprint is None:
                return False
            self._show(blueprint, path=self.path, copied_from=None)
        self.message.emit(self.tr("Reloaded {name} from disk").format(name=self.path.name))
        return True

    def save_as(self) -> bool:
        """Save under a new name; False when the person cancels or saving fails."""
        self.aboutToSave.emit()
        path = self._ask_save_path()
        if path is None:
            return False
        if not self._write(path):
            return False
        self.path, self.copied_from = path, None
        self.recovery.original_path = str(path)
        self.fileChanged.emit()
        return True

    def close_document(self) -> bool:
        """Back to the welcome page, after asking about unsaved changes."""
        if not self.maybe_save():
            return False
        self._show(Blueprint(), path=None, copied_from=None)
        self.is_open = False
        self.recovery.discard()
        self.documentClosed.emit()
        return True

    def restore(self, blueprint: Blueprint, original_path: str | None) -> None:
        """Show recovered work; it counts as unsaved until it is saved."""
        path = Path(original_path) if original_path else None
        self._show(blueprint, path=path, copied_from=None)
        self.undo_stack.resetClean()
        self.recovery.save_if_needed()
        self.message.emit(self.tr("Restored the unsaved work; save it to keep it"))

    def offer_left_behind_work(self) -> bool:
        """Offer each piece of work a crashed session left behind; True once one is restored.

        Declined work is removed, so it is offered only once. Work this program cannot read
        (a newer version wrote it, or it is damaged) is never deleted: it is moved aside and
        the person is told where it is kept.
        """
        for work in self.recovery.left_behind():
            try:
                blueprint = work.load()
            except LoadError as error:
                kept = work.move_aside()
                QMessageBox.warning(
                    self.window, self.tr("Cannot restore the work"),
                    self.tr("Work left behind by an earlier session cannot be opened by this "
                            "version of the program. It was not deleted; it is kept at:\n{path}\n\n"
                            "{reason}").format(path=kept, reason=error.describe()))
                continue
            saved = work.saved_at.replace("T", " ") or self.tr("earlier")
            name = f"{work.title} ({Path(work.original_path).name})" if work.original_path else work.title
            answer = QMessageBox.question(
                self.window, self.tr("Restore unsaved work?"),
                self.tr("The program stopped unexpectedly while “{title}” had unsaved changes "
                        "(last kept {time}). Restore that work?").format(title=name, time=saved),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                work.remove()
                continue
            self.restore(blueprint, work.original_path)
            work.remove()
            return True
        return False

    def forget_recent(self) -> None:
        """Empty the recent files list."""
        self.recent.clear()
        self.recentChanged.emit()

    def maybe_save(self) -> bool:
        """Ask whether to save unsaved changes; True when it is fine to go on."""
        self.aboutToSave.emit()
        if not self.is_open or not self.is_modified():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved yet. Save them first?").format(
                name=self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ helpers

    def _show(self, blueprint: Blueprint, path: Path | None, copied_from: Path | None,
              cancellable: bool = False) -> bool:
        """Show another blueprint. A large one fills the canvas gradually under a progress
        dialog; when the person cancels that, the blueprint shown before comes back with its
        undo history, and the answer is False."""
        gc.unfreeze()  # what the last blueprint made may be collected once it is replaced
        with collection_paused():  # the cards and arrows drawn now are no garbage
            shown = self._replace(blueprint, path, copied_from, cancellable)
            if self.is_open:  # the new one, or the one before when drawing was cancelled
                # The blueprint and its canvas live as long as it is open: keep them out of
                # the collector's passes, which otherwise walk the whole journey (about 0.5 s
                # at 20,000 steps) while holding the lock the live check and the UI share.
                # Before the pause ends: else the first young pass walks all of it.
                gc.freeze()
        return shown

    def _replace(self, blueprint: Blueprint, path: Path | None, copied_from: Path | None,
                 cancellable: bool) -> bool:
        """:meth:`_show` without the collector's bookkeeping."""
        before = (self.path, self.copied_from, self.is_open, self.disk_stamp, self._declined_stamp)
        self.aboutToReplace.emit()
        previous = self.document.replace(blueprint)
        self.path, self.copied_from = path, copied_from
        self._watch(path)
        self.is_open = True
        self.fileChanged.emit()
        self.documentOpened.emit()  # the canvas shows at once and fills in
        if not self._wait_for_canvas(cancellable):
            self.aboutToReplace.emit()
            self.document.replace(previous)
            self.path, self.copied_from, self.is_open = before[:3]
            self._watch(self.path)
            self.disk_stamp, self._declined_stamp = before[3:]
            self._wait_for_canvas(False)
            self.fileChanged.emit()
            (self.documentOpened if self.is_open else self.documentClosed).emit()
            return False
        self.undo_stack.clear()
        self.recovery.discard()
        self.recovery.original_path = str(path) if path else None
        return True

    def _wait_for_canvas(self, cancellable: bool) -> bool:
        """Let the canvas draw a large blueprint, with progress; False when cancelled."""
        canvas = self.canvas
        if canvas is None or not canvas.is_filling():
            return True
        label = self.tr("Drawing {n} steps…").format(n=len(self.document.blueprint.steps))
        try:
            with LiveProgress(self.window, label, cancellable) as progress:
                while canvas.is_filling():
                    progress.step(*canvas.fill_progress())
        except Cancelled:
            return False
        return True

    def _load(self, path: Path) -> Blueprint | None:
        """Read and check a file on a worker thread (the window stays alive, with progress
        and Cancel when it takes long); None when it failed (said why) or was cancelled."""
        try:
            with LiveProgress(self.window, self.tr("Opening {name}…").format(name=path.name)) as progress:
                return run_in_thread(progress, lambda: load_blueprint(path))
        except Cancelled:
            self.message.emit(self.tr("Opening was cancelled; nothing changed"))
            return None
        except LoadError as error:
            QMessageBox.warning(self.window, self.tr("Cannot open the file"), error.describe())
            if not path.exists() and str(path.resolve()) in self.recent.paths():
                self.recent.remove(path)
                self.recentChanged.emit()
            return None

    def _write(self, path: Path) -> bool:
        try:
            save_blueprint(self.document.blueprint, path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(
                self.window, self.tr("Cannot save the file"),
                self.tr("{path} could not be saved: {reason}. Your work is still open; "
                        "try another folder.").format(path=path, reason=error.strerror or error))
            return False
        self.undo_stack.setClean()
        self.recovery.discard()
        self._watch(path)
        self._remember(path)
        self.message.emit(self.tr("Saved {name}").format(name=path.name))
        return True

    # ------------------------------------------------------------ the file on disk

    def _watch(self, path: Path | None) -> None:
        """Remember how the file looks now and watch it for changes by others."""
        watched = self._watcher.files()
        if watched:
            self._watcher.removePaths(watched)
        self.disk_stamp = disk_stamp(path) if path is not None else None
        self._declined_stamp = None
        if path is not None and self.disk_stamp is not None:
            self._watcher.addPath(os.path.realpath(path))

    def _on_file_changed_on_disk(self, _watched: str) -> None:
        if self.path is None:
            return
        if not self._watcher.files() and self.path.exists():  # replaced by a rename: watch the new file
            self._watcher.addPath(os.path.realpath(self.path))
        now = disk_stamp(self.path)
        if now is None:  # removed, or half-way through another program's atomic save
            if self._missing_checks < 6:
                self._missing_checks += 1
                QTimer.singleShot(500, self, self._recheck_disk)
            else:
                self.message.emit(self.tr("{name} was removed or renamed on disk; Save writes it "
                                          "again").format(name=self.path.name))
            return
        self._missing_checks = 0
        if now == self.disk_stamp or now == self._declined_stamp:
            return
        if self.is_modified():
            self._declined_stamp = now
            self.message.emit(self.tr("{name} was changed on disk by another program; saving "
                                      "will ask what to do").format(name=self.path.name))
            return
        answer = QMessageBox.question(
            self.window, self.tr("File changed on disk"),
            self.tr("“{name}” was changed by another program. Reload it? You have no unsaved "
                    "changes here.").format(name=self.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()
        else:
            self._declined_stamp = now

    def _recheck_disk(self) -> None:
        self._on_file_changed_on_disk("")

    def _ask_changed_on_disk(self) -> str:
        """Ask what to do with a file that changed on disk: overwrite, save-as, reload or cancel."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File changed on disk"),
                          self.tr("“{name}” was changed by another program (or another window) "
                                  "since you opened or last saved it. Saving now would replace "
                                  "those changes.").format(name=self.path.name if self.path else ""),
                          QMessageBox.StandardButton.NoButton, self.window)
        choices = {
            box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole): "overwrite",
            box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole): "save-as",
            box.addButton(self.tr("Reload and Discard Mine"), QMessageBox.ButtonRole.ResetRole): "reload",
        }
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        for button, key in choices.items():
            button.setObjectName(key)
        box.setDefaultButton(cancel)
        box.exec()
        return choices.get(box.clickedButton(), "cancel")

    def _remember(self, path: Path) -> None:
        self.recent.add(path)
        self.settings.setValue("files/lastFolder", str(path.resolve().parent))
        self.recentChanged.emit()

    def _start_folder(self) -> str:
        folder = self.settings.value("files/lastFolder", "")
        if folder and Path(str(folder)).is_dir():
            return str(folder)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a blueprint"), self._start_folder(),
            self.tr("Service blueprints (*.blueprint.json);;All files (*)"))
        return Path(name) if name else None

    def _ask_save_path(self) -> Path | None:
        if self.path is not None:
            suggestion = str(self.path)
        else:
            name = file_name_for(self.document.blueprint.title) or self.tr("untitled")
            suggestion = str(Path(self._start_folder()) / (name + BLUEPRINT_SUFFIX))
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the blueprint as"), suggestion,
            self.tr("Service blueprints (*.blueprint.json)"))
        if not name:
            return None
        return with_blueprint_suffix(Path(name))


_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_name_for(title: str) -> str:
    """A file name made of a blueprint's title: characters no file system takes are
    replaced, the length kept sensible; empty when nothing usable is left."""
    name = _NOT_IN_FILE_NAMES.sub(" ", title)
    name = " ".join(name.split()).strip(". ")
    return name[:80].rstrip(". ")


def with_blueprint_suffix(path: Path) -> Path:
    """The path with ``.blueprint.json`` added unless it already ends in ``.json``."""
    if path.name.endswith(".json"):
        return path
    return path.with_name(path.name + BLUEPRINT_SUFFIX)


def new_blueprint() -> Blueprint:
    """An empty blueprint in the program's language: its language code and the five standard
    lanes titled in it (Dutch lanes in a Dutch program, French in a French one); English where
    the program has no translation into the system's language."""
    language = primary_subtag(QLocale().name())
    if not has_translation(language):
        language = "en"
    lanes = [lane.model_copy(update={"title": label_in(language, lane.kind)})
             for lane in standard_lanes()]
    return Blueprint(language=language, lanes=lanes)
