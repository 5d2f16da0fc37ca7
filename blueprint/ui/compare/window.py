"""The comparison window: the as-is above the to-be, matched steps linked, removed steps
struck through, added steps highlighted, the differences in a panel beside them.

Both blueprints are shown read-only, each in a scene built from a copy. Zooming and
scrolling sideways (the time axis) stay in step: zoom either view and both follow.
Selecting a step in one blueprint selects its match in the other. The strip between the two
views draws a line from every as-is step to the to-be step it became; both cards of a
matched pair carry the same number.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsView,
    QMainWindow,
    QSplitter,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shiboken6 import isValid

from blueprint.analysis.compare import Comparison, StepChange
from blueprint.model.blueprint import Blueprint
from blueprint.model.document import Document
from blueprint.render.scene import BlueprintScene
from blueprint.render.step_item import StepItem
from blueprint.ui.compare.marks import CHANGE_COLOURS, ChangeMark
from blueprint.ui.compare.panel import DifferencePanel, heading

ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.05, 4.0
STRIP_HEIGHT = 46


def read_only_scene(blueprint: Blueprint, parent: QWidget) -> BlueprintScene:
    """A scene of a copy of ``blueprint``, without finding badges."""
    scene = BlueprintScene(Document(blueprint.model_copy(deep=True)), parent)
    scene.set_show_findings(False)
    return scene


class SideView(QGraphicsView):
    """One of the two blueprints: click selects, Ctrl+wheel asks for a zoom of both."""

    zoomRequested = Signal(float)  # noqa: N815 (Qt naming)

    def __init__(self, scene: BlueprintScene, name: str, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.blueprint_scene = scene
        self.setAccessibleName(name)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSceneRect(scene.content_rect())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        """Ctrl+wheel zooms both blueprints; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomRequested.emit(ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)


class LinkStrip(QWidget):
    """Between the two views: a line from each as-is step down to the to-be step it became."""

    def __init__(self, window: ComparisonWindow):
        super().__init__(window)
        self.comparison_window = window
        self.setFixedHeight(STRIP_HEIGHT)

    def link_points(self) -> list[tuple[float, float, StepChange]]:
        """(x above, x below, change) in this strip's coordinates, for every matched pair."""
        window = self.comparison_window
        points = []
        for pair in window.comparison.steps:
            if pair.as_is is None or pair.to_be is None:
                continue
            top = self._x_in_strip(window.as_is_view, pair.as_is)
            bottom = self._x_in_strip(window.to_be_view, pair.to_be)
            points.append((top, bottom, pair.change))
        return points

    def _x_in_strip(self, view: SideView, step_id: str) -> float:
        centre = view.blueprint_scene.card_rect(step_id).center()
        in_view = view.mapFromScene(centre)
        return float(self.mapFromGlobal(view.viewport().mapToGlobal(QPoint(in_view.x(), 0))).x())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        for top, bottom, change in self.link_points():
            painter.setPen(QPen(CHANGE_COLOURS[change], 2))
            painter.drawLine(QPointF(top, 0), QPointF(bottom, self.height()))


class ComparisonWindow(QMainWindow):
    """Two blueprints one above the other and the differences between them."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparison")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.comparison = comparison
        self.setWindowTitle(self.tr("Compare: {before} → {after}").format(
            before=comparison.as_is.title, after=comparison.to_be.title))
        self.as_is_scene = read_only_scene(comparison.as_is, self)
        self.to_be_scene = read_only_scene(comparison.to_be, self)
        self.as_is_view = SideView(self.as_is_scene, self.tr("As-is blueprint"))
        self.to_be_view = SideView(self.to_be_scene, self.tr("To-be blueprint"))
        widest = max(self.as_is_scene.content_rect().width(), self.to_be_scene.content_rect().width())
        for view in (self.as_is_view, self.to_be_view):  # one width: both scroll the same way
            rect = view.blueprint_scene.content_rect()
            view.setSceneRect(rect.left(), rect.top(), widest, rect.height())
        self.marks: dict[tuple[bool, str], ChangeMark] = {}
        self._add_marks()
        self.strip = LinkStrip(self)
        self.panel = DifferencePanel(comparison)
        self.as_is_label = heading(self.tr("As-is: {title}").format(title=comparison.as_is.title))
        self.to_be_label = heading(self.tr("To-be: {title}").format(title=comparison.to_be.title))
        self._build()
        self._syncing = False  # selecting the match in the other blueprint
        self._scrolling = False  # scrolling the other view along
        self._connect()
        self._make_actions()
        self.resize(1500, 950)

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        journeys = QWidget()
        layout = QVBoxLayout(journeys)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        for widget, stretch in ((self.as_is_label, 0), (self.as_is_view, 1), (self.strip, 0),
                                (self.to_be_label, 0), (self.to_be_view, 1)):
            layout.addWidget(widget, stretch)
        side = QScrollArea()
        side.setWidget(self.panel)
        side.setWidgetResizable(True)
        side.setMinimumWidth(self.panel.sizeHint().width() + 24)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(journeys)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        self.setCentralWidget(splitter)

    def _add_marks(self) -> None:
        numbers: dict[str, int] = {}
        for pair in self.comparison.steps:
            number = None
            if pair.as_is is not None and pair.to_be is not None:
                number = numbers.setdefault(pair.to_be, len(numbers) + 1)
            for in_to_be, step_id in ((False, pair.as_is), (True, pair.to_be)):
                if step_id is None or (in_to_be, step_id) in self.marks:
                    continue
                scene = self.to_be_scene if in_to_be else self.as_is_scene
                mark = ChangeMark(scene.card_rect(step_id), pair.change, number)
                scene.addItem(mark)
                self.marks[(in_to_be, step_id)] = mark

    def _connect(self) -> None:
        for view in (self.as_is_view, self.to_be_view):
            view.zoomRequested.connect(self.zoom_by)
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.valueChanged.connect(self.strip.update)
        top, bottom = self.as_is_view.horizontalScrollBar(), self.to_be_view.horizontalScrollBar()
        top.valueChanged.connect(lambda value: self._follow(bottom, value))
        bottom.valueChanged.connect(lambda value: self._follow(top, value))
        self.as_is_scene.selectionChanged.connect(lambda: self._select_matches(False))
        self.to_be_scene.selectionChanged.connect(lambda: self._select_matches(True))

    def _make_actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Comparison"))
        toolbar.setObjectName("comparisonToolbar")
        self.zoom_in_action = QAction(self.tr("Zoom &In"), self, shortcut=QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = QAction(self.tr("Zoom &Out"), self, shortcut=QKeySequence.StandardKey.ZoomOut)
        self.fit_action = QAction(self.tr("&Fit Both"), self, shortcut=QKeySequence(self.tr("Ctrl+Shift+H")))
        self.export_action = QAction(self.tr("&Export…"), self, shortcut=QKeySequence(self.tr("Ctrl+E")))
        self.export_action.setStatusTip(self.tr("Save the comparison as a PNG, SVG or PDF picture"))
        self.print_action = QAction(self.tr("&Print…"), self, shortcut=QKeySequence.StandardKey.Print)
        self.close_action = QAction(self.tr("&Close"), self, shortcut=QKeySequence.StandardKey.Close)
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_action.triggered.connect(self.fit_both)
        self.export_action.triggered.connect(self.ask_export)
        self.print_action.triggered.connect(self.print_with_preview)
        self.close_action.triggered.connect(self.close)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action, None,
                       self.export_action, self.print_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.addAction(self.close_action)

    # ------------------------------------------------------------ zoom and scroll in step

    def zoom_factor(self) -> float:
        """The scale both views share: 1.0 is 100 %."""
        return self.as_is_view.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Scale both blueprints by ``factor`` (kept between 5 % and 400 %)."""
        scale = self.zoom_factor()
        factor = max(MIN_SCALE / scale, min(MAX_SCALE / scale, factor))
        for view in (self.as_is_view, self.to_be_view):
            view.scale(factor, factor)
        self._follow(self.to_be_view.horizontalScrollBar(), self.as_is_view.horizontalScrollBar().value())
        self.strip.update()

    def fit_both(self) -> None:
        """The zoom at which the wider journey fits its view's width."""
        widest = max(self.as_is_scene.content_rect().width(), self.to_be_scene.content_rect().width())
        available = max(100, self.as_is_view.viewport().width() - 4)
        self.zoom_by(available / widest / self.zoom_factor())

    def fit_heights(self) -> None:
        """The zoom at which both journeys fit their views' height (at most 100 %): cards
        stay readable, and the time axis scrolls sideways, both views in step."""
        scales = [max(50, view.viewport().height() - 4) / view.blueprint_scene.content_rect().height()
                  for view in (self.as_is_view, self.to_be_view)]
        self.zoom_by(min(1.0, *scales) / self.zoom_factor())

    def _follow(self, bar, value: int) -> None:
        if self._scrolling:
            return
        self._scrolling = True
        try:
            bar.setValue(value)
        finally:
            self._scrolling = False

    # ------------------------------------------------------------ selection in step

    def selected_step_ids(self, in_to_be: bool) -> list[str]:
        """The ids of the selected steps of one blueprint."""
        scene = self.to_be_scene if in_to_be else self.as_is_scene
        return [item.step_id for item in scene.selectedItems() if isinstance(item, StepItem)]

    def _select_matches(self, from_to_be: bool) -> None:
        if self._syncing or not (isValid(self.as_is_scene) and isValid(self.to_be_scene)):
            return  # (a scene that is being deleted says its selection changed)
        matches = {match for step_id in self.selected_step_ids(from_to_be)
                   for match in self.comparison.matches_of(step_id, in_to_be=from_to_be)}
        other_view = self.as_is_view if from_to_be else self.to_be_view
        other = other_view.blueprint_scene
        self._syncing = True
        try:
            other.clearSelection()
            for step_id in matches:
                item = other.step_item(step_id)
                if item is not None:
                    item.setSelected(True)
                    other_view.ensureVisible(item, 40, 40)
        finally:
            self._syncing = False
        self._tell_selection(from_to_be)

    def _tell_selection(self, from_to_be: bool) -> None:
        ids = self.selected_step_ids(from_to_be)
        if len(ids) != 1:
            self.statusBar().clearMessage()
            return
        pair = next(p for p in self.comparison.steps if (p.to_be if from_to_be else p.as_is) == ids[0])
        texts = {StepChange.KEPT: self.tr("Kept in the redesign"),
                 StepChange.CHANGED: self.tr("Changed in the redesign"),
                 StepChange.REMOVED: self.tr("Removed by the redesign"),
                 StepChange.ADDED: self.tr("Added by the redesign")}
        self.statusBar().showMessage(texts[pair.change])

    # ------------------------------------------------------------ export and print

    def ask_export(self) -> None:
        """Ask where to save the comparison picture; the suffix chooses PNG, SVG or PDF."""
        from blueprint.ui.compare.picture import ask_export

        ask_export(self)

    def print_with_preview(self) -> None:
        """Show the print preview of the comparison; printing starts from its Print button."""
        from blueprint.ui.compare.picture import print_preview_dialog

        print_preview_dialog(self).exec()
