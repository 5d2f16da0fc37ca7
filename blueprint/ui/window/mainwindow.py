"""The main window: composes the canvas, the docks, files, the welcome page and the live check.

The window itself only wires the pieces together: each piece lives in its own module
(``files``, ``recovery``, ``live_check``, ``welcome``, ``menus``, ``docks/*``). It keeps one
:class:`Document` and one undo stack for its whole life; opening a file replaces the
document's blueprint and clears the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QToolBar, QWidget

from blueprint.model.document import Document
from blueprint.ui.base.bridge import DocumentSignals
from blueprint.ui.canvas.actions import EditActions
from blueprint.ui.canvas.view import BlueprintView
from blueprint.ui.commands import UpdateBlueprintCommand
from blueprint.ui.docks.concept_editor import ConceptDock
from blueprint.ui.docks.findings import FindingsDock
from blueprint.ui.docks.history import HistoryDock
from blueprint.ui.docks.inspector import InspectorDock
from blueprint.ui.docks.metrics import KeyMetricsBar, MetricsDock
from blueprint.ui.docks.suppress import SuppressionDialog
from blueprint.ui.compare.actions import CompareActions
from blueprint.ui.window.export_actions import FileActions
from blueprint.ui.files.controller import FileController
from blueprint.ui.window.live import LiveSession
from blueprint.ui.window.live_check import LiveCheck
from blueprint.ui.window.menus import WindowActions, build_menus, build_toolbar, fill_recent_menu
from blueprint.ui.base.app_icon import app_icon
from blueprint.ui.window.presentation import Presenter
from blueprint.ui.files.recovery import Recovery
from blueprint.ui.files.storage import Storage
from blueprint.ui.files.thumbnails import ThumbnailCache
from blueprint.ui.window.welcome import WelcomePage

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Service Blueprint Designer")
READABLE_SCALE = 0.75
"""On opening, the canvas never zooms out further than this: a long journey starts at its
first steps, readable from the back of the room, instead of as a row of tiny cards."""


class MainWindow(QMainWindow):
    """One blueprint on a canvas, with its inspector, concept, findings, metrics and history."""

    def __init__(self, storage: Storage | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowIcon(app_icon())  # the About box shows it too
        self.storage = storage or Storage.default()
        self.settings = self.storage.settings()
        self.document = Document()
        self.undo_stack = QUndoStack(self)
        self.signals = DocumentSignals(self.document, self)
        self.view = BlueprintView(self.document, self.undo_stack)
        self.welcome = WelcomePage(ThumbnailCache(self.storage.cache_dir))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.view)
        self.setCentralWidget(self.pages)
        self.recovery = Recovery(self.storage.recovery_dir, self.document, self.undo_stack, self)
        self.files = FileController(self, self.document, self.undo_stack, self.settings, self.recovery)
        self.files.canvas = self.view.blueprint_scene
        self.live_check = LiveCheck(self.document, self)
        self._make_docks()
        self.presenter = Presenter(self)
        self.edit_actions = EditActions(self.view, self)
        self.actions = WindowActions(self)
        build_menus(self)
        self.export_actions = FileActions.for_window(self)  # File ▸ Import CSV…, Export…, Print…
        self.add_file_actions(self.export_actions.actions())
        self.compare_actions = CompareActions(self)  # File ▸ Compare With…; the welcome page's pairs
        self.toolbar = build_toolbar(self)
        self.live = LiveSession(self)  # File ▸ Share / Join Live Session…
        self._add_live_actions()
        self.key_metrics = self._make_key_metrics_bar()
        self._connect()
        self.setAcceptDrops(True)
        self._hidden_for_welcome: list[QWidget] = []
        self.resize(1400, 900)
        self._restore_layout()
        self.show_welcome()

    # ------------------------------------------------------------ building

    def _make_docks(self) -> None:
        args = (self.document, self.signals, self.undo_stack)
        self.inspector = InspectorDock(*args, parent=self)
        self.concept = ConceptDock(*args, parent=self)
        self.findings = FindingsDock(self)
        self.metrics = MetricsDock(self)
        self.history = HistoryDock(self.undo_stack, self)
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        self.addDockWidget(right, self.inspector)
        self.addDockWidget(right, self.concept)
        self.tabifyDockWidget(self.inspector, self.concept)
        self.addDockWidget(right, self.findings)
        self.addDockWidget(bottom, self.metrics)
        self.addDockWidget(bottom, self.history)
        self.tabifyDockWidget(self.metrics, self.history)
        self.inspector.raise_()
        self.resizeDocks([self.inspector], [420], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector, self.findings], [600, 300], Qt.Orientation.Vertical)
        self.metrics.hide()
        self.history.hide()

    def docks(self) -> list[QDockWidget]:
        """Every dock, for the View menu."""
        return [self.inspector, self.concept, self.findings, self.metrics, self.history]

    def _make_key_metrics_bar(self) -> KeyMetricsBar:
        bar = KeyMetricsBar()
        holder = QToolBar(self.tr("Key metrics"))
        holder.setObjectName("keyMetricsToolbar")
        holder.setMovable(False)
        holder.addWidget(bar)
        self.addToolBarBreak()
        self.addToolBar(holder)
        self.key_metrics_toolbar = holder
        return bar

    def _connect(self) -> None:
        self.signals.changed.connect(self.live_check.schedule)
        self.live_check.checked.connect(self._show_check)
        self.live_check.failed.connect(self.tell)
        self.view.selectedIdsChanged.connect(self.inspector.show_selection)
        self.findings.elementsChosen.connect(self._choose_elements)
        self.findings.suppressRequested.connect(self.suppress_finding)
        self.inspector.problem.connect(self.tell)
        self.view.editing.problem.connect(self.tell)
        self.concept.problem.connect(self.tell)
        self.files.message.connect(self.tell)
        self.recovery.failed.connect(self._on_recovery_failed)
        self.files.fileChanged.connect(self._update_title)
        self.files.aboutToReplace.connect(self._forget_selection)
        self.files.aboutToSave.connect(self.commit_pending_edits)
        self.files.documentOpened.connect(self._on_document_opened)
        self.files.documentClosed.connect(self.show_welcome)
        self.files.recentChanged.connect(self._refresh_recent)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.welcome.newRequested.connect(self.files.new)
        self.welcome.openRequested.connect(self.files.open)
        self.welcome.fileChosen.connect(self.files.open)
        self.welcome.exampleChosen.connect(self.files.open)
        self.welcome.backRequested.connect(self._show_canvas)

    def tell(self, text: str) -> None:
        """Say something in the status bar for a few seconds."""
        self.statusBar().showMessage(text, 8000)

    def _on_recovery_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr(
            "Unsaved work could not be kept for recovery ({reason}); trying again at the next "
            "autosave. Save the file to be safe.").format(reason=reason), 30000)

    def commit_pending_edits(self) -> None:
        """A text still being typed (a card's title, a dock field) becomes its undo step now."""
        editor = self.view.title_editor()
        if editor is not None:
            editor.commit()
        for form in self.inspector.forms():
            form.commit_pending()
        self.concept.commit_pending()

    def _forget_selection(self) -> None:
        """Nothing stays selected across documents (and no form holds a half-typed edit)."""
        self.view.select_ids([], center=False)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # ------------------------------------------------------------ pages

    def show_welcome(self) -> None:
        """Show the welcome page (examples, recent files); the blueprint stays open."""
        self._refresh_recent()
        self.welcome.show_open_document(self.files.display_name() if self.files.is_open else None)
        self.pages.setCurrentWidget(self.welcome)
        self._set_editing_enabled(False)
        self._hide_docks_for_welcome(True)
        self._update_title()

    def _show_canvas(self) -> None:
        self._hide_docks_for_welcome(False)
        self.pages.setCurrentWidget(self.view)
        self._set_editing_enabled(True)
        self.view.selectedIdsChanged.emit(self.view.selected_ids())  # actions and inspector follow
        self.view.setFocus()

    def _on_document_opened(self) -> None:
        self.key_metrics.forget_previous()
        self._show_canvas()
        self.live_check.schedule_soon()
        QTimer.singleShot(0, self.frame_journey)

    def frame_journey(self) -> None:
        """Show the whole journey, or its beginning at a readable size when it is long."""
        if self.view.fit_scale() >= READABLE_SCALE:
            self.view.fit_all()
            return
        content = self.view.blueprint_scene.content_rect()
        self.view.resetTransform()
        self.view.scale(READABLE_SCALE, READABLE_SCALE)
        visible_width = self.view.viewport().width() / READABLE_SCALE
        visible_height = self.view.viewport().height() / READABLE_SCALE
        centre_y = content.top() + min(content.height(), visible_height) / 2
        self.view.centerOn(content.left() + visible_width / 2, centre_y)

    def _hide_docks_for_welcome(self, hide: bool) -> None:
        """The welcome page gets the whole window; the docks the person had open come back."""
        if hide and not self._hidden_for_welcome:
            shown = [*self.docks(), self.key_metrics_toolbar]
            self._hidden_for_welcome = [widget for widget in shown if not widget.isHidden()]
            for widget in self._hidden_for_welcome:
                widget.hide()
        elif not hide:
            for widget in self._hidden_for_welcome:
                widget.show()
            self._hidden_for_welcome = []
            self.inspector.raise_()

    def _set_editing_enabled(self, enabled: bool) -> None:
        enabled = enabled and self.files.is_open
        for action in self.editing_actions():
            action.setEnabled(enabled)
        for dock in (self.inspector, self.concept, self.findings, self.metrics):
            dock.widget().setEnabled(enabled)
        self.key_metrics.setEnabled(enabled)

    def editing_actions(self) -> list[QAction]:
        """Actions that only make sense with a blueprint on the canvas."""
        own, edit = self.actions, self.edit_actions
        canvas = [action for value in vars(edit).values()
                  for action in (value if isinstance(value, list) else [value]) if isinstance(action, QAction)]
        return [own.save, own.save_as, own.close, own.select_all, own.check_now, own.present, *canvas]

    def _update_title(self) -> None:
        if self.files.is_open:
            self.setWindowTitle(self.tr("{name}[*] — {program}").format(
                name=self.files.display_name(), program=self.tr(APP_TITLE)))
        else:
            self.setWindowTitle(self.tr(APP_TITLE))
        self.setWindowModified(self.files.is_open and self.files.is_modified())

    def _refresh_recent(self) -> None:
        self.welcome.show_recent(self.files.recent.paths())

    def fill_recent_menu(self) -> None:
        """Rebuild the Open Recent submenu (just before it shows)."""
        fill_recent_menu(self.menu_recent, self.files)

    # ------------------------------------------------------------ the check

    def _show_check(self, result: object, metrics: object) -> None:
        self.findings.show_result(result)
        self.metrics.show_metrics(metrics)
        self.key_metrics.show_metrics(metrics)
        self.view.blueprint_scene.set_findings(result)

    def _choose_elements(self, ids: list[str]) -> None:
        """Select a finding's steps and flows on the canvas; a lane alone is selected by its
        title and shown in the inspector."""
        blueprint = self.document.blueprint
        scene = self.view.blueprint_scene
        chosen = [i for i in ids if scene.step_item(i) is not None or scene.flow_item(i) is not None]
        if not chosen:
            chosen = [lane.id for lane in blueprint.lanes if lane.id in ids][:1]
            self.inspector.raise_()
        if chosen:
            self.view.select_ids(chosen, center=True)
            self.view.setFocus()  # so V, N, W, U (or F2 on a lane) act on the choice at once

    def suppress_finding(self, finding: object) -> None:
        """Ask for the reason, then switch the finding's rule off on its first element."""
        dialog = SuppressionDialog(self.document.blueprint, finding.rule, finding.elements[0], self)
        suppression = dialog.ask()
        if suppression is not None:
            suppressions = [*self.document.blueprint.suppressions, suppression]
            self.undo_stack.push(UpdateBlueprintCommand(
                self.document, {"suppressions": suppressions}, self.tr("Accept a finding")))

    # ------------------------------------------------------------ commands

    def select_all(self) -> None:
        """Select every step and flow on the canvas."""
        self.view.select_all()

    def toggle_full_screen(self) -> None:
        """Fill the screen (for a projector), or go back."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.actions.full_screen.setChecked(self.isFullScreen())

    def toggle_findings_on_canvas(self) -> None:
        """Show or hide the findings badges on the step cards."""
        self.view.blueprint_scene.set_show_findings(self.actions.show_findings.isChecked())

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Let another module add File menu items (export, print, import) above Welcome."""
        for action in actions:
            self.menu_file.insertAction(self.file_actions_separator, action)
        self.menu_file.insertSeparator(self.file_actions_separator)

    def _add_live_actions(self) -> None:
        self.add_file_actions(self.live.actions())
        own, live = self.actions, self.live
        for menu in (action.menu() for action in self.menuBar().actions()):
            if menu is not None and own.undo in menu.actions():
                menu.insertActions(own.undo, [live.undo_action, live.redo_action])
        self.toolbar.insertActions(own.undo, [live.undo_action, live.redo_action])

    def offer_recovery(self) -> bool:
        """Offer work left behind by a crashed session; True when some was restored."""
        return self.files.offer_left_behind_work()

    # ------------------------------------------------------------ window events

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """View › Full Screen always shows the real state, however the window got there."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and hasattr(self, "actions"):
            self.actions.full_screen.setChecked(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.live.leave()
        if self.presenter.active:  # remember the window as it is for editing, docks and all
            self.presenter.leave()
        self._hide_docks_for_welcome(False)  # remember the docks as the person arranged them
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.recovery.shutdown()
        event.accept()

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open(path)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The first local ``*.json`` file in a drag, or None."""
    for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().endswith(".json"):
            return url.toLocalFile()
    return None
