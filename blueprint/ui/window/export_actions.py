"""The File menu's Import CSV…, Export… (Ctrl+E) and Print… (Ctrl+P) actions.

:class:`FileActions` holds the three actions; :meth:`FileActions.for_window` wires them
to a main window (its document, its file's folder, its file controller), so the window
only adds them to its File menu. :func:`import_csv` asks for a spreadsheet and says
plainly what is wrong with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from blueprint.interchange import SpreadsheetUnreadable, StepsImportError, read_steps_csv
from blueprint.model.blueprint import Blueprint
from blueprint.progress import Cancelled
from blueprint.ui.files.controller import file_name_for
from blueprint.ui.window.progress_dialog import WorkInProgress

if TYPE_CHECKING:
    from blueprint.ui.window.mainwindow import MainWindow

SHOWN_PROBLEMS = 12
"""Problems listed in the message itself; all of them are in its details."""


# ---------------------------------------------------------------- importing


def import_problems_text(error: StepsImportError) -> tuple[str, str]:
    """The message box text (the first problems) and the full list for its details."""
    problems = [str(problem) for problem in error.problems]
    name = Path(error.source).name
    if isinstance(error, SpreadsheetUnreadable):
        head = QCoreApplication.translate("export", "{name} could not be read:").format(name=name)
    else:
        head = QCoreApplication.translate("export", "Nothing was imported from {name}. Fix these rows in the "
                                          "spreadsheet and import it again:").format(name=name)
    shown = problems[:SHOWN_PROBLEMS]
    if len(problems) > SHOWN_PROBLEMS:
        shown.append(QCoreApplication.translate("export", "… and {count} more (see the details)").format(
            count=len(problems) - SHOWN_PROBLEMS))
    return "\n".join([head, "", *shown]), "\n".join(problems)


def import_csv(parent: QWidget | None = None, path: Path | str | None = None) -> Blueprint | None:
    """Ask for a CSV of steps (unless ``path`` is given) and import it; None if not imported."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("export", "Import steps from a spreadsheet"), "",
            QCoreApplication.translate("export", "Spreadsheet as CSV (*.csv *.txt);;All files (*)"))
        if not name:
            return None
        path = name
    try:
        return read_steps_csv(path, title=Path(path).stem, language=QLocale().name())  # the program's language
    except StepsImportError as error:
        text, details = import_problems_text(error)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("export", "Cannot import the steps"),
                          text, QMessageBox.StandardButton.Ok, parent)
        if len(error.problems) > SHOWN_PROBLEMS:
            box.setDetailedText(details)
        box.exec()
        return None


# ---------------------------------------------------------------- the menu actions


class FileActions(QObject):
    """Import CSV…, Export… (Ctrl+E) and Print… (Ctrl+P) for a window's File menu.

    ``blueprint()`` gives the blueprint being edited and ``folder()`` its file's folder (or
    None); ``open_untitled(blueprint)`` shows an imported blueprint as a new untitled document.
    """

    def __init__(self, parent: QWidget, blueprint: Callable[[], Blueprint],
                 open_untitled: Callable[[Blueprint], None], folder: Callable[[], Path | None] = lambda: None):
        super().__init__(parent)
        self.window = parent
        self._blueprint, self._open_untitled, self._folder = blueprint, open_untitled, folder
        self.export = QAction(self.tr("&Export…"), self, shortcut=QKeySequence(self.tr("Ctrl+E")))
        self.export.setStatusTip(self.tr("Save the blueprint as a PNG, SVG or PDF picture"))
        self.print = QAction(self.tr("&Print…"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Print))
        self.print.setStatusTip(self.tr("Print the blueprint on one page, with a preview first"))
        self.report = QAction(self.tr("Wr&ite Report…"), self)
        self.report.setStatusTip(self.tr("Write the check, the metrics, the concept and the picture as one "
                                         "HTML page to share"))
        self.import_csv = QAction(self.tr("Import CS&V…"), self)
        self.import_csv.setStatusTip(self.tr("Turn steps typed into a spreadsheet into a new blueprint"))
        self.export.triggered.connect(self.show_export)
        self.print.triggered.connect(self.show_print)
        self.report.triggered.connect(self.ask_report)
        self.import_csv.triggered.connect(self.ask_import)

    @classmethod
    def for_window(cls, window: MainWindow) -> FileActions:
        """The actions wired to a main window: export and print only while a blueprint is open."""
        actions = cls(window, blueprint=lambda: window.document.blueprint,
                      open_untitled=lambda blueprint: open_untitled(window, blueprint),
                      folder=lambda: window.files.path.parent if window.files.path else None)
        window.files.documentOpened.connect(actions.enable_document_actions)
        window.files.documentClosed.connect(actions.disable_document_actions)
        actions.set_document_actions_enabled(window.files.is_open)
        return actions

    def actions(self) -> list[QAction]:
        """The four actions, in menu order."""
        return [self.import_csv, self.export, self.report, self.print]

    def set_document_actions_enabled(self, enabled: bool) -> None:
        """Export, Report and Print need a blueprint; Import CSV is always there."""
        self.export.setEnabled(enabled)
        self.report.setEnabled(enabled)
        self.print.setEnabled(enabled)

    def enable_document_actions(self) -> None:
        """A blueprint is shown: Export and Print work."""
        self.set_document_actions_enabled(True)

    def disable_document_actions(self) -> None:
        """No blueprint is shown: Export and Print are greyed out."""
        self.set_document_actions_enabled(False)

    def show_export(self) -> None:
        """Open the export dialog on the current blueprint."""
        from blueprint.ui.window.export_dialog import ExportDialog  # QtSvg/QtPrintSupport: load on use

        dialog = ExportDialog(self._blueprint(), self._folder(), self.window)
        if dialog.exec() and dialog.written is not None:
            self.window.statusBar().showMessage(self.tr("Exported to {path}").format(path=dialog.written), 10000)

    def show_print(self) -> None:
        """Open the print preview of the current blueprint."""
        from blueprint.ui.window.export_dialog import print_with_preview  # QtPrintSupport: load on use

        where = print_with_preview(self._blueprint(), self.window)
        if where:
            self.window.statusBar().showMessage(self.tr("Printed to {where}").format(where=where), 10000)

    def ask_report(self) -> None:
        """Ask where, then write the report of the current blueprint (with progress)."""
        blueprint = self._blueprint()
        folder = self._folder() or Path.home()
        stem = file_name_for(blueprint.title) or "blueprint"
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Write the report as"), str(folder / f"{stem}.report.html"),
            self.tr("HTML pages (*.html)"))
        if name:
            self.report_to(Path(name) if name.lower().endswith((".html", ".htm")) else Path(f"{name}.html"))

    def report_to(self, path: Path) -> bool:
        """Write the report to ``path``; False when it failed (said so) or was cancelled."""
        from blueprint.render.report_file import write_report  # the check and QtSvg: load on use

        try:
            with WorkInProgress(self.window, self.tr("Writing the report {name}…").format(name=path.name)) as progress:
                write_report(self._blueprint(), path, language=None, progress=progress)
        except Cancelled:
            return False
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Cannot write the report"),
                                self.tr("{path} cannot be written ({reason}).").format(
                                    path=path, reason=error.strerror or error))
            return False
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(self.tr("Report written: {path}").format(path=path), 8000)
        return True

    def ask_import(self) -> None:
        """Import a CSV and open it as a new untitled document."""
        blueprint = import_csv(self.window)
        if blueprint is not None:
            self._open_untitled(blueprint)


def open_untitled(window: MainWindow, blueprint: Blueprint) -> None:
    """Show an imported blueprint in the window as new, unsaved work (after asking about
    unsaved changes); like recovered work it counts as unsaved until it is saved."""
    if not window.files.maybe_save():
        return
    window.files.restore(blueprint, None)
    window.statusBar().showMessage(QCoreApplication.translate(
        "export", "Imported {count} steps as a new blueprint; save it to keep it").format(
        count=len(blueprint.steps)), 8000)
