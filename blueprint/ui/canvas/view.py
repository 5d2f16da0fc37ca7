"""The canvas widget: zoom, pan, selection, and the routing of input to gestures and edits.

The view owns no model state. Mouse presses start one gesture (:mod:`gestures`); keys
reach the edit actions (:mod:`actions`) through their shortcuts; double-clicks add a step
or edit a title. Far out, the scene switches to its overview blocks; when the canvas is
scrolled right, the lane titles stay visible in a header painted over the left edge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen, QPixmap, QPixmapCache
from PySide6.QtWidgets import QGraphicsView, QMenu, QToolTip, QWidget

from blueprint.model.document import Document
from blueprint.model.vocabulary import LaneKind
from blueprint.render import style
from blueprint.ui.canvas.editing import CanvasEditing
from blueprint.render.flow_item import FlowItem
from blueprint.ui.canvas.gestures import Gesture, start_gesture
from blueprint.render.lane_item import LaneHeaderItem
from blueprint.render.scene import BlueprintScene
from blueprint.render.step_item import StepItem
from blueprint.ui.canvas.keyboard import KeyboardCapture
from blueprint.ui.canvas.title_editor import MinutesEditor, TitleEditor

_WALKS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}

ZOOM_STEP = 1.2
MIN_SCALE = 0.0005
MAX_SCALE = 4.0
FIT_MARGIN = 2
"""The pixels QGraphicsView.fitInView() leaves free on each side."""
READABLE_SCALE = 0.75
"""The least zoom at which a card's title reads easily: a long journey opens at it, and a
finding chosen while the canvas shows only blocks is shown at it."""
FLOATING_HEADER_WIDTH = 150
MIN_LANE_TITLE_PX = 12
"""Below this on screen a lane title moves into the floating header, drawn at screen size."""
PICTURE_CACHE_KIB = 32 * 1024


class BlueprintView(QGraphicsView):
    """The blueprint canvas: shows a BlueprintScene and turns input into undo commands."""

    selectedIdsChanged = Signal(object)  # noqa: N815 (Qt naming); the list of ids, passed as is
    """The selected ids (as :meth:`selected_ids`); an object signal, so that a selection of
    thousands is not converted to a Qt list and back for every listener."""

    def __init__(self, document: Document, undo_stack, parent=None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.blueprint_scene = BlueprintScene(document, self, gradual=True)
        self.setScene(self.blueprint_scene)
        self.editing = CanvasEditing(self)
        self.keyboard = KeyboardCapture(self)
        self.edit_actions = None  # set by EditActions(view, ...)
        self.space_held = False
        self._gesture: Gesture | None = None
        self._editor: TitleEditor | None = None
        self.editor_host: QWidget | None = None  # presentation mode: the editors show there
        self._current_lane: str | None = None
        self._header_cache: tuple | None = None
        self._selection_cache: tuple | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        # The scene's background paints every pixel: no fill beforehand, no parent painted under it.
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        if QPixmapCache.cacheLimit() < PICTURE_CACHE_KIB:  # cards and arrows in sight, as pictures
            QPixmapCache.setCacheLimit(PICTURE_CACHE_KIB)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Blueprint canvas"))
        self.blueprint_scene.selectionChanged.connect(self._selection_changed)
        undo_stack.indexChanged.connect(self._drop_editor_of_missing_step)

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[str]:
        """Ids of the selected steps (left to right), then flows, then lanes."""
        steps, flows, lanes = self._selection()
        return steps + flows + lanes

    def selected_step_ids(self) -> list[str]:
        """Ids of the selected steps, left to right."""
        return list(self._selection()[0])

    def selected_flow_ids(self) -> list[str]:
        """Ids of the selected flows."""
        return list(self._selection()[1])

    def selected_lane_ids(self) -> list[str]:
        """Ids of the selected lanes (their titles were clicked), top to bottom."""
        return list(self._selection()[2])

    def _selection(self) -> tuple[list[str], list[str], list[str]]:
        """Selected steps, flows and lanes, read from the scene once per selection change
        and document revision (everything that listens to a change of selection asks)."""
        key = self.document.revision
        if self._selection_cache is not None and self._selection_cache[0] == key:
            return self._selection_cache[1]
        found = self._sorted_selection(self.blueprint_scene.selectedItems())
        self._selection_cache = (key, found)
        return found

    @staticmethod
    def _sorted_selection(items) -> tuple[list[str], list[str], list[str]]:
        steps, flows, lanes = [], [], []
        for item in items:
            if isinstance(item, StepItem):
                steps.append(item)
            elif isinstance(item, FlowItem):
                flows.append(item.flow_id)
            elif isinstance(item, LaneHeaderItem):
                lanes.append(item)
        positions = []
        for item in steps:
            position = item.pos()
            positions.append((position.x(), position.y(), item.step_id))
        positions.sort()
        lanes.sort(key=lambda item: item.rect().top())
        return [step_id for _, _, step_id in positions], sorted(flows), [item.lane_id for item in lanes]

    def select_ids(self, ids, center: bool = True) -> None:
        """Select exactly these steps, flows and lanes; if asked, show them: centred (the first
        of them when they do not all fit), and close enough to read when the canvas shows
        only blocks."""
        scene = self.blueprint_scene
        wanted = [scene.step_item(i) or scene.flow_item(i) or scene.lane_item(i) for i in ids]
        wanted = [item for item in wanted if item is not None]
        if center and wanted and scene.overview_shown():
            # Far out the cards are blocks: come close enough to read them, there.
            self.centerOn(self._shown_part(wanted, READABLE_SCALE).center())
            self.zoom_to(READABLE_SCALE)
        self.select_items(wanted)
        if center and wanted:
            self.centerOn(self._shown_part(wanted, self.zoom_factor()).center())

    def _shown_part(self, items: list, scale: float) -> QRectF:
        """Where the items are, or where the first is when not all fit in sight at ``scale``."""
        bounds = QRectF()
        for item in items:
            bounds = bounds.united(item.sceneBoundingRect())
        room = self.viewport().rect()
        if bounds.width() * scale > room.width() or bounds.height() * scale > room.height():
            return items[0].sceneBoundingRect()  # not all of it fits: show where it begins
        return bounds

    def select_all(self) -> None:
        """Select every step and flow."""
        scene = self.blueprint_scene
        self.select_items([*scene.step_items(), *scene.flow_items()])

    def select_items(self, wanted: list) -> None:
        """Select exactly these items, announced once. The selection is known here, so it is
        not read back from the scene (for tens of thousands of items that read is costly)."""
        scene = self.blueprint_scene
        blocked = scene.blockSignals(True)
        try:
            scene.clearSelection()
            for item in wanted:
                item.setSelected(True)
        finally:
            scene.blockSignals(blocked)
        scene.show_selection_in_overview()
        chosen = [item for item in dict.fromkeys(wanted) if item.isSelected()]  # an item may refuse
        self._selection_changed(self._sorted_selection(chosen))

    def ensure_visible(self, step_id: str) -> None:
        """Scroll just enough to show a step's card."""
        item = self.blueprint_scene.step_item(step_id)
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def _selection_changed(self, known: tuple[list[str], list[str], list[str]] | None = None) -> None:
        self._selection_cache = None if known is None else (self.document.revision, known)
        selected = self.selected_step_ids()
        lanes = self.selected_lane_ids()
        if selected and self.document.has(selected[0]):  # a batch may be half announced
            self._current_lane = self.document.step(selected[0]).lane
        elif lanes:
            self._current_lane = lanes[0]
        if self._header_floats():  # it shows the selected lane too
            self.viewport().update(0, 0, FLOATING_HEADER_WIDTH + 2, self.viewport().height())
        self.selectedIdsChanged.emit(self.selected_ids())

    def current_lane_id(self) -> str:
        """The lane edits apply to: of the selected step, else the last one clicked, else the
        customer's lane (where a journey begins), else the first."""
        lanes = self.document.blueprint.lanes
        if self._current_lane in {lane.id for lane in lanes}:
            return self._current_lane
        return next((lane.id for lane in lanes if lane.kind == LaneKind.CUSTOMER), lanes[0].id)

    def set_current_lane(self, lane_id: str) -> None:
        """Make a lane the current one (for the lane actions)."""
        self._current_lane = lane_id

    # ------------------------------------------------------------ hit tests

    def lane_title_at(self, point) -> str | None:
        """The lane whose title (in the header column, or the floating header) is under a
        viewport point, or None."""
        scene_point = self.mapToScene(point)
        if scene_point.x() < 0 or self._in_floating_header(point):
            return self.blueprint_scene.lane_at(scene_point.y())
        return None

    def step_at(self, point) -> StepItem | None:
        """The card under a viewport point, or None."""
        for item in self.items(point):
            if isinstance(item, StepItem):
                return item
        return None

    def flow_at(self, point) -> FlowItem | None:
        """The arrow under a viewport point, or None."""
        for item in self.items(point):
            if isinstance(item, FlowItem):
                return item
        return None

    # ------------------------------------------------------------ zoom

    def zoom_in(self) -> None:
        """Zoom in one step around the centre."""
        self._zoom(ZOOM_STEP, anchor=None)

    def zoom_out(self) -> None:
        """Zoom out one step around the centre."""
        self._zoom(1 / ZOOM_STEP, anchor=None)

    def reset_zoom(self) -> None:
        """Back to 100 %, keeping the centre."""
        self.zoom_to(1.0)

    def fit_all(self) -> None:
        """Show the whole blueprint."""
        self.fitInView(self.blueprint_scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom_changed()

    def zoom_to(self, scale: float) -> None:
        """Zoom to ``scale`` (1.0 is 100 %), keeping the centre."""
        centre = self.mapToScene(self.viewport().rect().center())
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(centre)
        self._zoom_changed()

    def _in_sight(self) -> QRectF:
        """The part of the scene the viewport shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def fit_scale(self) -> float:
        """The zoom factor :meth:`fit_all` would choose, without zooming."""
        content = self.blueprint_scene.content_rect()
        room = self.viewport().rect().adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
        if content.isEmpty() or room.isEmpty():
            return self.zoom_factor()
        return min(room.width() / content.width(), room.height() / content.height())

    def zoom_factor(self) -> float:
        """The current scale: 1.0 is 100 %."""
        return self.transform().m11()

    def _zoom(self, factor: float, anchor: QPointF | None) -> None:
        """Scale by ``factor`` keeping the scene point under ``anchor`` (viewport; None: centre)."""
        scale = self.zoom_factor()
        factor = max(MIN_SCALE / scale, min(MAX_SCALE / scale, factor))
        point = (anchor if anchor is not None else QPointF(self.viewport().rect().center())).toPoint()
        fixed = self.mapToScene(point)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        drift = self.mapFromScene(fixed) - point
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        self.blueprint_scene.set_overview(self.zoom_factor() < style.OVERVIEW_SCALE, self._in_sight())
        if self._editor is not None:
            self._editor.follow_card()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Ctrl+wheel zooms under the mouse; Shift+wheel scrolls sideways; wheel scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._zoom(ZOOM_STEP ** steps, anchor=event.position())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and event.angleDelta().x() == 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt API)
        """Scroll, and keep an open title editor on its card; repaint the floating header."""
        super().scrollContentsBy(dx, dy)
        if self._editor is not None:
            self._editor.follow_card()
        if dx and self._header_floats():
            self.viewport().update(0, 0, FLOATING_HEADER_WIDTH + 2, self.viewport().height())

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Start the gesture this press begins (move, connect, rubber band, pan)."""
        self._remember_lane(event.position().toPoint())
        if self._gesture is not None:
            self._gesture.cancel()
        self._gesture = start_gesture(self, event)
        if self._gesture is not None:
            self.viewport().setCursor(self._gesture.cursor)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Feed the running gesture; otherwise let the scene show hover effects."""
        if self._gesture is not None:
            self._gesture.move(event)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Finish the running gesture."""
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.release(event)
        self._restore_cursor()
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """On a card: edit its title. On an empty lane: add a step there. On a lane's title:
        rename the lane."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
        point = event.position().toPoint()
        scene_point = self.mapToScene(point)
        title_of = self.lane_title_at(point)
        if title_of is not None:
            self._current_lane = title_of
            self.editing.rename_lane()
            return
        lane_id = self.blueprint_scene.lane_at(scene_point.y())
        step = self.step_at(point)
        if step is not None:
            self.select_ids([step.step_id], center=False)
            self.edit_title(step.step_id)
            return
        if self.flow_at(point) is not None:
            return
        if lane_id is not None:
            top = self.blueprint_scene.lane_top(lane_id)
            self.editing.add_step_at(lane_id, scene_point.x() - style.CARD_WIDTH / 2,
                                     scene_point.y() - top - style.CARD_HEIGHT / 2)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The canvas menu: the edit actions, for the item under the mouse."""
        if self.edit_actions is None:
            return
        point = event.pos()
        self._remember_lane(point)
        item = self.step_at(point) or self.flow_at(point)
        if item is not None and not item.isSelected():
            self.select_ids([getattr(item, "step_id", None) or item.flow_id], center=False)
        menu = QMenu(self)
        for action in self.edit_actions.context_menu_actions():
            if action is None:
                menu.addSeparator()
            elif isinstance(action, QMenu):
                menu.addMenu(action)
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())

    def _remember_lane(self, point) -> None:
        lane_id = self.blueprint_scene.lane_at(self.mapToScene(point).y())
        if lane_id is not None:
            self._current_lane = lane_id

    def _restore_cursor(self) -> None:
        shape = Qt.CursorShape.OpenHandCursor if self.space_held else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    # ------------------------------------------------------------ keys

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Space held: pan with the mouse. Esc: cancel the gesture or clear the selection.
        The arrow keys walk from the selected step to its neighbours (else they scroll)."""
        walk = _WALKS.get(event.key())
        if walk and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and self.keyboard.walk(walk):
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
            self._restore_cursor()
            return
        if event.key() == Qt.Key.Key_Escape:
            if self._gesture is not None:
                self._gesture.cancel()
                self._gesture = None
                self._restore_cursor()
            else:
                self.blueprint_scene.clearSelection()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Space released: back to selecting."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self._restore_cursor()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Losing focus ends space-panning (the release would never arrive)."""
        super().focusOutEvent(event)
        self.space_held = False

    # ------------------------------------------------------------ title editing

    def edit_title(self, step_id: str, fresh: bool = False) -> TitleEditor | None:
        """Open the in-place title editor on a step (closing any other first); ``fresh``: the
        step was added just now, so Esc takes it back."""
        if self._editor is not None:
            self._editor.commit()
        if self.blueprint_scene.step_item(step_id) is None:
            return None
        self.ensure_visible(step_id)
        self._editor = TitleEditor(self, step_id, fresh)
        return self._hosted(self._editor)

    def _hosted(self, editor: TitleEditor) -> TitleEditor:
        editor.finished.connect(self._editor_finished)
        if self.editor_host is not None:
            editor.move_to_host(self.editor_host)
        return editor

    def edit_minutes(self, step_id: str, field: str) -> MinutesEditor | None:
        """Open the in-place editor of a step's customer, staff or waiting minutes."""
        self.commit_title()
        if self.blueprint_scene.step_item(step_id) is None:
            return None
        self.ensure_visible(step_id)
        self._editor = MinutesEditor(self, step_id, field)
        return self._hosted(self._editor)

    def commit_title(self) -> None:
        """Keep what the open in-place editor holds, if one is open."""
        if self._editor is not None:
            self._editor.commit()

    def title_editor(self) -> TitleEditor | None:
        """The open title editor, if any."""
        return self._editor

    def _editor_finished(self, _kept: bool) -> None:
        self._editor = None

    def _drop_editor_of_missing_step(self) -> None:
        if self._editor is not None and not self.document.has(self._editor.step_id):
            self._editor.cancel()

    # ------------------------------------------------------------ drawing and tooltips

    def drawForeground(self, painter, rect) -> None:  # noqa: N802 (Qt API)
        """When the lane titles scroll out of sight, keep them in a header over the left edge."""
        if not self._header_floats() or self.blueprint_scene.overview_shown():
            return
        cells = tuple((lane.title, self.mapFromScene(lane.band).boundingRect().top(),
                       self.mapFromScene(lane.band).boundingRect().height(), lane.isSelected())
                      for lane in self.blueprint_scene.lane_items())
        key = (cells, self.viewport().height(), self.devicePixelRatioF())
        if self._header_cache is None or self._header_cache[0] != key:
            self._header_cache = (key, _floating_header(cells, self.viewport().height(), self.devicePixelRatioF()))
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(0, 0, self._header_cache[1])
        painter.restore()

    def _in_floating_header(self, point) -> bool:
        return self._header_floats() and point.x() < FLOATING_HEADER_WIDTH

    def _header_floats(self) -> bool:
        """Whether the lane titles are shown in the floating header: when the scene's own
        header column is scrolled (partly) out of sight, or zoomed out so far that its
        titles would be too small to read."""
        too_small = self.transform().m11() * style.lane_font().pixelSize() < MIN_LANE_TITLE_PX
        return too_small or self.mapFromScene(QPointF(-style.HEADER_WIDTH, 0)).x() < -4

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt API)
        """Tooltips of cards, made from the document; the overview follows any zoom change."""
        if event.type() == QEvent.Type.Paint:
            far = self.zoom_factor() < style.OVERVIEW_SCALE
            if far != self.blueprint_scene.overview_shown():  # zoomed by fitInView() or setTransform()
                self.blueprint_scene.set_overview(far, self._in_sight())
        elif event.type() == QEvent.Type.ToolTip:
            step = self.step_at(event.pos())
            if step is not None:
                QToolTip.showText(event.globalPos(), step_tooltip(self.document.step(step.step_id)), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def _floating_header(cells, height: int, ratio: float) -> QPixmap:
    """The lane titles as a column picture: (title, top, height, selected) per lane, in viewport
    pixels."""
    pixmap = QPixmap(round(FLOATING_HEADER_WIDTH * ratio), round(max(1, height) * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    base = _header_font()
    sizes = [_header_font_fitting(base, title, QRectF(0, 0, FLOATING_HEADER_WIDTH - 14, h - 4)).pixelSize()
             for title, _, h, _ in cells]
    base.setPixelSize(min(sizes, default=base.pixelSize()))  # one size for every lane title
    for title, top, cell_height, selected in cells:
        cell = QRectF(0, top, FLOATING_HEADER_WIDTH, cell_height)
        if selected:
            painter.setPen(QPen(style.SELECTION, 3))
            painter.setBrush(QBrush(style.SELECTED_HEADER_BACKGROUND))
            painter.drawRect(cell.adjusted(1.5, 1.5, -1.5, -1.5))
        else:
            painter.setPen(QPen(style.LANE_BORDER, 1))
            painter.setBrush(QBrush(style.HEADER_BACKGROUND))
            painter.drawRect(cell)
        painter.setPen(style.INK)
        text_box = cell.adjusted(8, 2, -6, -2)
        font = _header_font_fitting(base, title, text_box)
        painter.save()
        painter.setClipRect(cell)  # a title never runs into the next lane's cell
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        if QFontMetricsF(font).boundingRect(text_box, int(flags), title).height() > text_box.height():
            title = QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight, text_box.width())
            flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_box, flags, title)
        painter.restore()
    painter.end()
    return pixmap


def _header_font_fitting(base: QFont, title: str, box: QRectF) -> QFont:
    """The header font, smaller (down to 11 px) until the wrapped title fits its cell."""
    font = style.font_fitting_words(base, title, box.width())
    flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
    while font.pixelSize() > 11 and QFontMetricsF(font).boundingRect(box, flags, title).height() > box.height():
        font.setPixelSize(font.pixelSize() - 1)
    return font


def _header_font():
    font = QFont(style.lane_font())  # a copy: never change the shared, cached lane font
    font.setPixelSize(17)
    return font


def step_tooltip(step) -> str:
    """The tooltip of a card: title, value, channel, fail point (what goes wrong there), and
    how to connect."""
    value = style.value_style(step.value).label
    lines = [step.title, QCoreApplication.translate("canvas", "Value: {value}").format(value=value)]
    if step.channel:
        channel = style.channel_label(step.channel)
        lines.append(QCoreApplication.translate("canvas", "Channel: {channel}").format(channel=channel))
    if step.fail_point:
        what = step.fail_point_text.strip()
        lines.append(QCoreApplication.translate("canvas", "Fail point: {what}").format(what=what) if what
                     else QCoreApplication.translate("canvas", "Fail point"))
    lines.append(QCoreApplication.translate(
        "canvas", "Drag the round handle on the right edge onto another step to connect them."))
    return "\n".join(lines)

