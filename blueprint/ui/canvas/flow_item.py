"""The arrow of one flow, styled by kind, and the route it takes between two cards.

Routes are orthogonal with rounded corners: forward flows leave a card's right edge and
enter the next card's left edge; flows between stacked cards go down or up; flows back in
time (loops, repeat contacts) run under both cards and come up into the target.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle

from blueprint.model.blueprint import Flow
from blueprint.ui.canvas import style

_CORNER = 10.0
_LOOP_DROP = 26.0
_HIT_PEN = QPen(QColor(0, 0, 0, 0), 14)
_SELECTED_PEN = QPen(QColor(10, 100, 214, 110), 9)


def _rounded(points: list[QPointF]) -> QPainterPath:
    """A polyline through ``points`` with its corners rounded."""
    path = QPainterPath(points[0])
    for before, corner, after in zip(points, points[1:], points[2:]):
        into, out = corner - before, after - corner
        reach = min(_CORNER, _length(into) / 2, _length(out) / 2)
        path.lineTo(corner - _unit(into) * reach)
        path.quadTo(corner, corner + _unit(out) * reach)
    path.lineTo(points[-1])
    return path


def _length(vector: QPointF) -> float:
    return (vector.x() ** 2 + vector.y() ** 2) ** 0.5


def _unit(vector: QPointF) -> QPointF:
    length = _length(vector)
    return vector / length if length else QPointF(1, 0)


def route_points(source: QRectF, target: QRectF) -> list[QPointF]:
    """The corner points of a flow from the ``source`` card to the ``target`` card."""
    if source == target:  # a step that leads back to itself: a loop over its top
        right, top = source.right() + _LOOP_DROP, source.top() - _LOOP_DROP
        return [QPointF(source.right(), source.center().y()), QPointF(right, source.center().y()),
                QPointF(right, top), QPointF(source.center().x(), top), QPointF(source.center().x(), source.top())]
    if target.left() >= source.right() + 8:  # forward in time
        start, end = QPointF(source.right(), source.center().y()), QPointF(target.left(), target.center().y())
        if abs(start.y() - end.y()) < 1:
            return [start, end]
        bend = start.x() + min(20.0, (end.x() - start.x()) / 2)
        return [start, QPointF(bend, start.y()), QPointF(bend, end.y()), end]
    if target.right() > source.left() and target.left() < source.right() + 8:  # stacked
        down = target.top() >= source.center().y()
        start = QPointF(source.center().x(), source.bottom() if down else source.top())
        end = QPointF(target.center().x(), target.top() if down else target.bottom())
        if abs(start.x() - end.x()) < 1:
            return [start, end]
        middle = (start.y() + end.y()) / 2
        return [start, QPointF(start.x(), middle), QPointF(end.x(), middle), end]
    below = max(source.bottom(), target.bottom()) + _LOOP_DROP  # back in time: run underneath
    start, end = QPointF(source.center().x(), source.bottom()), QPointF(target.center().x(), target.bottom())
    return [start, QPointF(start.x(), below), QPointF(end.x(), below), end]


def label_position(points: list[QPointF], size: QSizeF) -> QPointF:
    """Top-left of a flow's label: below the cards for a short straight flow, else centred
    on the longest leg of the route."""
    if len(points) == 2 and abs(points[0].y() - points[1].y()) < 1:
        middle = (points[0] + points[1]) / 2
        return QPointF(middle.x() - size.width() / 2, middle.y() + style.CARD_HEIGHT / 2 + 16)
    legs = list(zip(points, points[1:]))
    start, end = max(legs, key=lambda leg: _length(leg[1] - leg[0]))
    middle = (start + end) / 2
    return QPointF(middle.x() - size.width() / 2, middle.y() - size.height() / 2)


_LABEL_BACKGROUND = QColor(255, 255, 255, 235)
_LABEL_BORDER = QPen(QColor("#9a9a9a"), 1)


class FlowItem(QGraphicsPathItem):
    """The arrow of one flow; selectable by clicking near its line."""

    def __init__(self, flow_id: str):
        super().__init__()
        self.flow_id = flow_id
        self.setPen(_HIT_PEN)  # shape and bounds: a wide, invisible stroke along the route
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1)
        self._label: QStaticText | None = None
        self._label_pos = QPointF()
        self._line = QPainterPath()
        self._head = QPainterPath()

    def show_flow(self, flow: Flow) -> None:
        """Take the flow's kind (line style and head) and label."""
        look = style.flow_style(flow.kind)
        self._look = look
        self._line_pen = look.pen()
        self._head_pen = QPen(look.colour, max(1.5, look.width), Qt.PenStyle.SolidLine)
        self._head_brush = look.colour if look.head == "filled" else Qt.BrushStyle.NoBrush
        self._label = QStaticText(flow.label) if flow.label else None
        self.setZValue(3 if flow.label else 1)  # a label stays readable over the cards
        metrics = QFontMetricsF(style.flow_font())
        self._label_size = QSizeF(metrics.horizontalAdvance(flow.label) + 4, metrics.height() + 2)
        self.update()

    def set_route(self, source: QRectF, target: QRectF) -> None:
        """Route the arrow from the source card to the target card (scene rectangles)."""
        points = route_points(source, target)
        tip, before = points[-1], points[-2]
        direction = _unit(tip - before)
        inset = 7.0 if self._look.head == "filled" else 0.0
        points[-1] = tip - direction * inset
        self._line = _rounded(points)
        self._head = style.arrow_head(tip, direction, self._look.head)
        self._label_pos = label_position(points, self._label_size)
        whole = QPainterPath(self._line)
        whole.addPath(self._head)
        if self._label is not None:  # the label counts for bounds and clicks too
            whole.addRect(self._label_box())
        self.setPath(whole)

    def paint(self, painter, option, widget=None) -> None:
        """Draw the line, the head and the label; a blue glow when selected."""
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(_SELECTED_PEN)
            painter.drawPath(self._line)
        painter.setPen(self._line_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._line)
        painter.setPen(self._head_pen)
        painter.setBrush(self._head_brush)
        painter.drawPath(self._head)
        if self._label is not None:
            painter.setPen(_LABEL_BORDER)
            painter.setBrush(_LABEL_BACKGROUND)
            painter.drawRoundedRect(self._label_box(), 4, 4)
            painter.setPen(style.INK)
            painter.setFont(style.flow_font())
            painter.drawStaticText(self._label_pos, self._label)

    def _label_box(self) -> QRectF:
        return QRectF(self._label_pos, self._label_size).adjusted(-4, -2, 4, 2)

