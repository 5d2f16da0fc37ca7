"""Mouse gestures on the canvas, one class each: move, connect, rubber-band, pan.

The view starts at most one gesture per mouse press (:func:`start_gesture`) and routes
the following moves and the release to it. A gesture shows its progress in the scene or
the viewport and, on release, pushes ONE undo command; Esc cancels it without a trace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QRubberBand

from blueprint.analysis.journey import COLUMN_HALF_WIDTH, SUPPORTING_LANES
from blueprint.model.blueprint import Flow
from blueprint.model.vocabulary import FlowKind, LaneKind
from blueprint.ui import commands
from blueprint.render import style
from blueprint.render.flow_item import FlowItem
from blueprint.render.lane_item import LaneHeaderItem
from blueprint.render.step_item import StepItem

if TYPE_CHECKING:
    from blueprint.ui.canvas.view import BlueprintView

SNAP = 10.0
_STAFF_LANES = {LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT}


class Gesture:
    """A press-drag-release interaction; subclasses override what they need."""

    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, view: BlueprintView, event):
        self.view = view
        self.press_pos = event.position().toPoint()
        self.press_scene = view.mapToScene(self.press_pos)

    def move(self, event) -> None:
        """The mouse moved with the button held."""

    def release(self, event) -> None:
        """The button was released: finish (usually one undo command)."""

    def cancel(self) -> None:
        """Esc or focus lost: undo every visible trace, change nothing."""

    def dragged_far_enough(self, event) -> bool:
        """Whether the mouse left the small start-drag zone around the press."""
        distance = (event.position().toPoint() - self.press_pos).manhattanLength()
        return distance >= QApplication.startDragDistance()


class MoveGesture(Gesture):
    """Drag the selected cards; dropping in another lane changes their lane. One undo step.

    A plain click (no drag) on a card of a larger selection selects that card alone, as
    in every Qt program; the press keeps the selection so that all of it can be dragged.
    """

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: BlueprintView, event, step_ids: list[str], alone_on_click: str | None = None):
        super().__init__(view, event)
        self.step_ids = step_ids
        self.alone_on_click = alone_on_click
        self.moving = False

    def move(self, event) -> None:
        if not self.moving and not self.dragged_far_enough(event):
            return
        self.moving = True
        self.view.blueprint_scene.preview_move(self.step_ids, self._delta(event))

    def release(self, event) -> None:
        scene = self.view.blueprint_scene
        if not self.moving:
            if self.alone_on_click is not None:
                self.view.select_ids([self.alone_on_click], center=False)
            return
        delta = self._delta(event)
        moves = {}
        for step_id in self.step_ids:
            moves[step_id] = self._drop(step_id, delta)
        scene.end_preview(self.step_ids)
        document = self.view.document
        moves = {s: m for s, m in moves.items() if _differs(document.step(s), m)}
        if moves:
            self.view.editing.push(commands.MoveStepsCommand(document, moves))

    def cancel(self) -> None:
        self.view.blueprint_scene.end_preview(self.step_ids)

    def _delta(self, event) -> QPointF:
        delta = self.view.mapToScene(event.position().toPoint()) - self.press_scene
        return QPointF(round(delta.x() / SNAP) * SNAP, round(delta.y() / SNAP) * SNAP)

    def _drop(self, step_id: str, delta: QPointF) -> dict:
        """Where a card lands: x, and the lane under its centre with y inside that lane."""
        scene, document = self.view.blueprint_scene, self.view.document
        step = document.step(step_id)
        top = scene.lane_top(step.lane) + step.y + delta.y()
        lane_id = scene.lane_at(top + style.CARD_HEIGHT / 2) or step.lane
        lane = document.lane(lane_id)
        room = max(0.0, lane.height - style.CARD_HEIGHT)
        y = min(max(top - scene.lane_top(lane_id), 0.0), room)
        return {"x": step.x + delta.x(), "y": y, "lane": lane_id}


def _differs(step, move: dict) -> bool:
    return (step.x, step.y, step.lane) != (move["x"], move["y"], move["lane"])


class ConnectGesture(Gesture):
    """Drag from a card's handle onto another card to connect them with a flow."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: BlueprintView, event, source_id: str):
        super().__init__(view, event)
        self.source_id = source_id
        scene = view.blueprint_scene
        rect = scene.card_rect(source_id)
        self.start = QPointF(rect.right(), rect.center().y())
        self.line = QGraphicsLineItem(QLineF(self.start, self.press_scene))
        self.line.setPen(QPen(style.SELECTION, 3, Qt.PenStyle.DashLine))
        self.line.setZValue(10)
        scene.addItem(self.line)
        self.target_id: str | None = None

    def move(self, event) -> None:
        point = self.view.mapToScene(event.position().toPoint())
        self.line.setLine(QLineF(self.start, point))
        target = self.view.step_at(event.position().toPoint())
        target_id = target.step_id if target is not None and target.step_id != self.source_id else None
        if target_id != self.target_id:
            self._highlight(self.target_id, False)
            self._highlight(target_id, True)
            self.target_id = target_id

    def release(self, event) -> None:
        self.move(event)
        target_id = self.target_id
        self.cancel()
        if target_id is None:
            return
        document = self.view.document
        if is_support_drag(document, self.source_id, target_id):
            source = document.step(self.source_id)
            if target_id not in source.supports:
                self.view.undo_stack.push(commands.UpdateStepCommand(
                    document, self.source_id, {"supports": [*source.supports, target_id]},
                    QCoreApplication.translate("gestures", "Support “{title}”").format(
                        title=document.step(target_id).title)))
            return
        flow = Flow(id=document.new_id("flow"), source=self.source_id, target=target_id,
                    kind=suggested_flow_kind(document, self.source_id, target_id))
        self.view.undo_stack.push(commands.AddFlowCommand(document, flow))

    def cancel(self) -> None:
        self._highlight(self.target_id, False)
        if self.line.scene() is not None:
            self.line.scene().removeItem(self.line)

    def _highlight(self, step_id: str | None, on: bool) -> None:
        item = self.view.blueprint_scene.step_item(step_id) if step_id else None
        if item is not None:
            item.show_drop_target(on)


def is_support_drag(document, source_id: str, target_id: str) -> bool:
    """Whether a drag draws Bitner's vertical connector instead of a flow: from an
    evidence, backstage or support item to a customer or frontstage step standing in its
    column (left edges less than half a card apart)."""
    source, target = document.step(source_id), document.step(target_id)
    lanes = document.lane(source.lane).kind, document.lane(target.lane).kind
    return (lanes[0] in SUPPORTING_LANES and lanes[1] in (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE)
            and abs(source.x - target.x) < COLUMN_HALF_WIDTH)


def suggested_flow_kind(document, source_id: str, target_id: str) -> FlowKind:
    """The flow kind a new connection gets: information to or from physical evidence,
    hand-off between two different staff lanes, sequence otherwise."""
    kinds = {document.lane(document.step(s).lane).kind for s in (source_id, target_id)}
    if LaneKind.PHYSICAL_EVIDENCE in kinds:
        return FlowKind.INFORMATION
    if len(kinds) == 2 and kinds <= _STAFF_LANES:
        return FlowKind.HAND_OFF
    return FlowKind.SEQUENCE


class RubberBandGesture(Gesture):
    """Drag over empty canvas to select every card and arrow the band touches (far out,
    where the cards are blocks, every card)."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: BlueprintView, event):
        super().__init__(view, event)
        self.adding = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if not self.adding:
            view.scene().clearSelection()
        self.before = view.scene().selectedItems() if view.scene().overview_shown() else []
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())
        self.band.setGeometry(QRect(self.press_pos, QSize()))
        self.band.show()

    def move(self, event) -> None:
        rect = QRect(self.press_pos, event.position().toPoint()).normalized()
        self.band.setGeometry(rect)
        path = QPainterPath()
        path.addPolygon(self.view.mapToScene(rect))
        scene = self.view.scene()
        if scene.overview_shown():  # far out: the cards the band touches, found by where they are
            self.view.select_items([*self.before, *scene.cards_in(path.boundingRect())])
            return
        operation = (Qt.ItemSelectionOperation.AddToSelection if self.adding
                     else Qt.ItemSelectionOperation.ReplaceSelection)
        scene.setSelectionArea(path, operation, Qt.ItemSelectionMode.IntersectsItemShape)
        for lane in scene.lane_items():  # a band picks cards and arrows; a lane is picked by its title
            lane.setSelected(False)

    def release(self, event) -> None:
        if self.dragged_far_enough(event):
            self.move(event)
        self.band.hide()
        self.band.deleteLater()

    def cancel(self) -> None:
        self.band.hide()
        self.band.deleteLater()


class PanGesture(Gesture):
    """Drag with the middle button, or with Space held, to pan the canvas."""

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: BlueprintView, event):
        super().__init__(view, event)
        self.last = QPoint(self.press_pos)

    def move(self, event) -> None:
        point = event.position().toPoint()
        delta = point - self.last
        self.last = point
        bars = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        bars[0].setValue(bars[0].value() - delta.x())
        bars[1].setValue(bars[1].value() - delta.y())


def start_gesture(view: BlueprintView, event) -> Gesture | None:
    """The gesture a mouse press starts, with the selection adjusted as a click does."""
    button, modifiers = event.button(), event.modifiers()
    if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and view.space_held):
        return PanGesture(view, event)
    if button != Qt.MouseButton.LeftButton:
        return None
    toggle = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    point = event.position().toPoint()
    step = view.step_at(point)
    if step is not None:
        on_handle = step.handle_contains(step.mapFromScene(view.mapToScene(point)))
        if on_handle or modifiers & Qt.KeyboardModifier.AltModifier:
            return ConnectGesture(view, event, step.step_id)
        among_others = not toggle and step.isSelected() and len(view.selected_ids()) > 1
        _click_select(view, step, toggle)
        if not step.isSelected():
            return None
        return MoveGesture(view, event, view.selected_step_ids(), step.step_id if among_others else None)
    flow = view.flow_at(point)
    if flow is not None:
        _click_select(view, flow, toggle)
        return None
    lane_id = view.lane_title_at(point)
    if lane_id is not None:
        _click_select(view, view.blueprint_scene.lane_item(lane_id), toggle)
        return None
    return RubberBandGesture(view, event)


def _click_select(view: BlueprintView, item: StepItem | FlowItem | LaneHeaderItem, toggle: bool) -> None:
    if toggle:
        item.setSelected(not item.isSelected())
    elif not item.isSelected():
        view.scene().clearSelection()
        item.setSelected(True)
