"""Files: new, open, save, save as, close, recent files, and the unsaved-changes prompt.

One :class:`FileController` per window keeps track of which file the document came from
and whether it has unsaved changes (the undo stack's clean state). Shipped examples open
as untitled copies: saving asks for a new name, so an example is never overwritten by
accident. A file that fails to load leaves the current work untouched and says why in
the loader's own plain words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from blueprint.model import Blueprint, LoadError, load_blueprint, save_blueprint, standard_lanes
from blueprint.model.document import Document
from blueprint.model.fileformat import BLUEPRINT_SUFFIX
from blueprint.ui.examples import is_example
from blueprint.ui.progress import Cancelled, Progress, run_in_thread
from blueprint.ui.recovery import Recovery

MAX_RECENT = 8


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
        """Save to the file it came from; asks for a name the first time."""
        self.aboutToSave.emit()
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

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

        Declined or damaged work is removed, so it is offered only once.
        """
        for work in self.recovery.left_behind():
            saved = work.saved_at.replace("T", " ") or self.tr("earlier")
            answer = QMessageBox.question(
                self.window, self.tr("Restore unsaved work?"),
                self.tr("The program stopped unexpectedly while “{title}” had unsaved changes "
                        "(last kept {time}). Restore that work?").format(title=work.title, time=saved),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                work.remove()
                continue
            try:
                blueprint = work.load()
            except LoadError as error:
                QMessageBox.warning(self.window, self.tr("Cannot restore the work"), error.describe())
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
        before = (self.path, self.copied_from, self.is_open)
        self.aboutToReplace.emit()
        previous = self.document.replace(blueprint)
        self.path, self.copied_from = path, copied_from
        self.is_open = True
        self.fileChanged.emit()
        self.documentOpened.emit()  # the canvas shows at once and fills in
        if not self._wait_for_canvas(cancellable):
            self.aboutToReplace.emit()
            self.document.replace(previous)
            self.path, self.copied_from, self.is_open = before
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
            with Progress(self.window, label, cancellable) as progress:
                while canvas.is_filling():
                    progress.step(*canvas.fill_progress())
        except Cancelled:
            return False
        return True

    def _load(self, path: Path) -> Blueprint | None:
        """Read and check a file on a worker thread (the window stays alive, with progress
        and Cancel when it takes long); None when it failed (said why) or was cancelled."""
        try:
            with Progress(self.window, self.tr("Opening {name}…").format(name=path.name)) as progress:
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
        except OSError as error:
            QMessageBox.warning(
                self.window, self.tr("Cannot save the file"),
                self.tr("{path} could not be saved: {reason}. Your work is still open; "
                        "try another folder.").format(path=path, reason=error.strerror or error))
            return False
        self.undo_stack.setClean()
        self.recovery.discard()
        self._remember(path)
        self.message.emit(self.tr("Saved {name}").format(name=path.name))
        return True

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
            source = self.copied_from.name if self.copied_from else self.tr("untitled") + BLUEPRINT_SUFFIX
            suggestion = str(Path(self._start_folder()) / source)
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the blueprint as"), suggestion,
            self.tr("Service blueprints (*.blueprint.json)"))
        if not name:
            return None
        return with_blueprint_suffix(Path(name))


def with_blueprint_suffix(path: Path) -> Path:
    """The path with ``.blueprint.json`` added unless it already ends in ``.json``."""
    if path.name.endswith(".json"):
        return path
    return path.with_name(path.name + BLUEPRINT_SUFFIX)


def new_blueprint() -> Blueprint:
    """An empty blueprint in the program's language: Dutch lanes in a Dutch program."""
    language = "nl" if QLocale().name().startswith("nl") else "en"
    return Blueprint(language=language, lanes=standard_lanes(language))
