"""The arrow of one flow, styled by kind, and the route it takes between two cards.

Routes are orthogonal with rounded corners: forward flows leave a card's right edge and
enter the next card's left edge; flows between stacked cards go down or up; flows back in
time (loops, repeat contacts) run under both cards and come up into the target. Routes
are computed in plain floats: thousands of them are built when a file opens. An arrow
knows its corners and bounds once routed; the painter paths of its line and head are made
when it is first painted or hit, so the arrows out of sight of a 50,000-step journey never
need them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPainterPathStroker, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyle

from blueprint.model.blueprint import Flow
from blueprint.model.timing import TimeUnit
from blueprint.model.vocabulary import FlowKind
from blueprint.render import style

W, H = style.CARD_WIDTH, style.CARD_HEIGHT
_CORNER = 10.0
_LOOP_DROP = 26.0
_HIT_WIDTH = 16.0
"""A flow is hit within half this distance of its line: easy to click."""
_MARGIN = 6.0
"""Room around the route in the bounds, for the selection glow and the pens' width."""
_SELECTED_PEN = QPen(QColor(10, 100, 214, 110), 9)
_CACHED_SIZE = 1500.0
"""Arrows shorter than this (scene units) are kept as pictures while they are in sight."""
_LABEL_BACKGROUND = QColor(255, 255, 255, 235)
_LABEL_BORDER = QPen(QColor("#9a9a9a"), 1)

Point = tuple[float, float]


DELAY_WORDS = {
    TimeUnit.MINUTES: (QT_TRANSLATE_NOOP("FlowItem", "{amount} min"), QT_TRANSLATE_NOOP("FlowItem", "{amount} min")),
    TimeUnit.HOURS: (QT_TRANSLATE_NOOP("FlowItem", "{amount} hour"), QT_TRANSLATE_NOOP("FlowItem", "{amount} hours")),
    TimeUnit.WORKING_DAYS: (QT_TRANSLATE_NOOP("FlowItem", "{amount} working day"),
                            QT_TRANSLATE_NOOP("FlowItem", "{amount} working days")),
    TimeUnit.DAYS: (QT_TRANSLATE_NOOP("FlowItem", "{amount} day"), QT_TRANSLATE_NOOP("FlowItem", "{amount} days")),
    TimeUnit.WEEKS: (QT_TRANSLATE_NOOP("FlowItem", "{amount} week"), QT_TRANSLATE_NOOP("FlowItem", "{amount} weeks")),
}
"""How the time drawn on a flow reads on its arrow: (singular, plural) per unit."""


def delay_text(flow: Flow) -> str:
    """The time that passes on a flow, e.g. ``+ 2 weeks``; empty without one."""
    if flow.delay is None:
        return ""
    singular, plural = DELAY_WORDS[flow.delay.unit]
    words = singular if flow.delay.amount == 1 else plural
    return "+ " + QCoreApplication.translate("FlowItem", words).format(amount=f"{flow.delay.amount:g}")


def flow_text(flow: Flow) -> str:
    """What an arrow writes on its line: the label, then the time that passes on the flow."""
    return " · ".join(part for part in (flow.label, delay_text(flow)) if part)


def route_points(sx: float, sy: float, tx: float, ty: float) -> list[Point]:
    """The corner points of a flow from the card at (sx, sy) to the card at (tx, ty)."""
    if (sx, sy) == (tx, ty):  # a step that leads back to itself: a loop over its top
        right, top = sx + W + _LOOP_DROP, sy - _LOOP_DROP
        return [(sx + W, sy + H / 2), (right, sy + H / 2), (right, top), (sx + W / 2, top), (sx + W / 2, sy)]
    if tx >= sx + W + 8:  # forward in time
        start, end = (sx + W, sy + H / 2), (tx, ty + H / 2)
        if abs(sy - ty) < 1:
            return [start, end]
        bend = start[0] + min(20.0, (end[0] - start[0]) / 2)
        return [start, (bend, start[1]), (bend, end[1]), end]
    if tx + W > sx:  # stacked above or below
        down = ty >= sy + H / 2
        start = (sx + W / 2, sy + H if down else sy)
        end = (tx + W / 2, ty if down else ty + H)
        if abs(start[0] - end[0]) < 1:
            return [start, end]
        middle = (start[1] + end[1]) / 2
        return [start, (start[0], middle), (end[0], middle), end]
    below = max(sy, ty) + H + _LOOP_DROP  # back in time: run underneath both cards
    start, end = (sx + W / 2, sy + H), (tx + W / 2, ty + H)
    return [start, (start[0], below), (end[0], below), end]


def _toward(a: Point, b: Point, reach: float) -> Point:
    """The point ``reach`` away from ``a`` toward ``b`` along an axis-parallel leg."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = abs(dx) + abs(dy)  # legs are horizontal or vertical
    if not length:
        return a
    return a[0] + dx / length * reach, a[1] + dy / length * reach


def _leg(a: Point, b: Point) -> float:
    return abs(b[0] - a[0]) + abs(b[1] - a[1])


def rounded_path(points: list[Point]) -> QPainterPath:
    """A polyline through ``points`` with its corners rounded."""
    path = QPainterPath()
    path.moveTo(*points[0])
    for before, corner, after in zip(points, points[1:], points[2:]):
        reach = min(_CORNER, _leg(before, corner) / 2, _leg(corner, after) / 2)
        path.lineTo(*_toward(corner, before, reach))
        end = _toward(corner, after, reach)
        path.quadTo(corner[0], corner[1], end[0], end[1])
    path.lineTo(*points[-1])
    return path


def label_position(points: list[Point], width: float, height: float) -> QPointF:
    """Top-left of a flow's label: below the cards for a short straight flow, else centred
    on the longest leg of the route."""
    if len(points) == 2 and abs(points[0][1] - points[1][1]) < 1:
        middle_x = (points[0][0] + points[1][0]) / 2
        return QPointF(middle_x - width / 2, points[0][1] + H / 2 + 16)
    start, end = max(zip(points, points[1:]), key=lambda leg: _leg(*leg))
    return QPointF((start[0] + end[0] - width) / 2, (start[1] + end[1] - height) / 2)


@dataclass(frozen=True)
class _Look:
    """What every flow of one kind shares: pens, head brush, head shape."""

    line_pen: QPen
    head_pen: QPen
    head_brush: QBrush
    head: str
    inset: float


@cache
def _look(kind: FlowKind) -> _Look:
    look = style.flow_style(kind)
    filled = look.head == "filled"
    brush = QBrush(look.colour) if filled else QBrush(Qt.BrushStyle.NoBrush)
    return _Look(look.pen(), QPen(look.colour, max(1.5, look.width)), brush, look.head, 7.0 if filled else 0.0)


class FlowItem(QGraphicsItem):
    """The arrow of one flow; selectable by clicking near its line."""

    def __init__(self, flow_id: str, pictures: bool = True):
        super().__init__()
        self.flow_id = flow_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._label: QStaticText | None = None
        self._label_box = QRectF()
        self._points: list[Point] = []
        self._tip = (0.0, 0.0, 1.0, 0.0)  # the head's point and direction
        self._bounds = QRectF()
        self._line: QPainterPath | None = None
        self._head: QPainterPath | None = None
        self._shape: QPainterPath | None = None
        self._picture_allowed = pictures
        self._small = True
        self._cached = False
        self._ends: tuple[float, float, float, float] | None = None
        self.shown: Flow | None = None
        """The flow last pushed in (flows are never changed in place, as steps)."""

    def show_flow(self, flow: Flow) -> None:
        """Take the flow's kind (line style and head) and label; time drawn on the flow
        ("2 weeks") is shown after the label."""
        self.shown = flow
        self._ends = None  # the head's inset and the label take part in the route
        self._look = _look(flow.kind)
        text = flow_text(flow)
        if text:
            metrics = QFontMetricsF(style.flow_font())
            self._label = QStaticText(text)
            self._label_size = (metrics.horizontalAdvance(text) + 4, metrics.height() + 2)
        else:
            self._label = None
        self.setZValue(3 if text else 1)  # a label stays readable over the cards
        self.update()

    def set_route(self, source: QPointF, target: QPointF) -> None:
        """Route the arrow from the card at ``source`` to the card at ``target`` (top-lefts);
        nothing to do when the arrow already runs between these two places."""
        ends = (source.x(), source.y(), target.x(), target.y())
        if ends == self._ends:
            return
        self._ends = ends
        points = route_points(*ends)
        (tx, ty), (bx, by) = points[-1], points[-2]
        length = abs(tx - bx) + abs(ty - by) or 1.0  # the last leg is horizontal or vertical
        dx, dy = (tx - bx) / length, (ty - by) / length
        inset = self._look.inset
        points[-1] = (tx - dx * inset, ty - dy * inset)
        self._points, self._tip = points, (tx, ty, dx, dy)
        self._line = self._head = self._shape = None  # made when needed: see _paths()
        if self._label is not None:
            position = label_position(points, *self._label_size)
            self._label_pos = position
            self._label_box = QRectF(position.x() - 4, position.y() - 2,
                                     self._label_size[0] + 8, self._label_size[1] + 4)
        self.prepareGeometryChange()
        self._bounds = self._bounds_of(points)
        self._choose_cache()

    def allow_picture(self, allowed: bool) -> None:
        """Keep a short arrow as a picture while in sight; off for vector export."""
        self._picture_allowed = allowed
        self._choose_cache()

    def _choose_cache(self) -> None:
        cached = self._small and self._picture_allowed
        if cached != self._cached:  # panning copies short arrows instead of stroking them again
            self._cached = cached
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if cached
                              else QGraphicsItem.CacheMode.NoCache)

    def route(self) -> QPainterPath:
        """The drawn line, without its head (scene coordinates)."""
        return QPainterPath(self._paths()[0])

    def _paths(self) -> tuple[QPainterPath, QPainterPath]:
        """The painter paths of the line and the head, made from the route at first need."""
        if self._line is None or self._head is None:
            self._line = rounded_path(self._points) if self._points else QPainterPath()
            tx, ty, dx, dy = self._tip
            self._head = style.arrow_head_at(tx, ty, dx, dy, self._look.head) if self._points else QPainterPath()
        return self._line, self._head

    def _bounds_of(self, points: list[Point]) -> QRectF:
        """Route, head and label, with a margin: the rounded line's control points are the
        route's corners, so its bounds are theirs, and the head's are its three corners'."""
        tx, ty, dx, dy = self._tip
        corners = [*points, *style.arrow_head_corners(tx, ty, dx, dy, self._look.head)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        if self._label is not None:
            bounds = bounds.united(self._label_box)
        self._small = bounds.width() < _CACHED_SIZE and bounds.height() < _CACHED_SIZE
        return bounds.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        """Route, head and label, with room for the selection glow."""
        return self._bounds

    def shape(self) -> QPainterPath:
        """A band along the line, the head and the label: what a click or a rubber band hits."""
        if self._shape is None:
            line, head = self._paths()
            stroker = QPainterPathStroker()
            stroker.setWidth(_HIT_WIDTH)
            shape = stroker.createStroke(line)
            shape.addPath(head)
            if self._label is not None:
                shape.addRect(self._label_box)
            self._shape = shape.simplified()
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        """Draw the line, the head and the label; a blue glow when selected."""
        look = self._look
        line, head = self._paths()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(_SELECTED_PEN)
            painter.drawPath(line)
        painter.setPen(look.line_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line)
        painter.setPen(look.head_pen)
        painter.setBrush(look.head_brush)
        painter.drawPath(head)
        if self._label is not None:
            painter.setPen(_LABEL_BORDER)
            painter.setBrush(_LABEL_BACKGROUND)
            painter.drawRoundedRect(self._label_box, 4, 4)
            painter.setPen(style.INK)
            painter.setFont(style.flow_font())
            painter.drawStaticText(self._label_pos, self._label)
