"""Lanes: coloured bands and the three dashed lines (the backdrop), titles in a header column.

The bands and lines are the scene's background: the scene pushes their geometry into a
:class:`LaneBackdrop` when lanes change, and ``drawBackground`` draws it. The view caches
the background, so panning copies it instead of filling the bands again. Line labels
repeat along each line, so they stay in sight however far the canvas is scrolled. Lane
titles are items in the header column left of x=0 (the view repeats them over its left
edge when that column is scrolled away). Clicking a title selects the lane, so the
inspector shows it and F2 and Delete act on it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsTextItem, QStyle

from blueprint.model.blueprint import Lane
from blueprint.render import style

LABEL_SPACING = 8 * style.COLUMN_PITCH
"""A line's label repeats every eight columns."""
_BORDER_PEN = QPen(style.LANE_BORDER, 1.5)
_SELECTED_PEN = QPen(style.SELECTION, 4)
_LINE_PEN = QPen(style.BOUNDARY_LINE, 2.5, Qt.PenStyle.DashLine)
_DASH_PERIOD = 6 * _LINE_PEN.widthF()  # Qt's dash line: 4 on, 2 off, in pen widths


@dataclass(frozen=True)
class Band:
    """One lane's band: its top, height and fill colour."""

    top: float
    height: float
    colour: QColor


@dataclass(frozen=True)
class Boundary:
    """One of the three lines: its height and its (translated) label."""

    y: float
    label: QStaticText


class LaneBackdrop:
    """The bands and lines of all lanes, as pushed by the scene; draws them on request.

    Drawn in every frame, so it is a handful of plain fills: the canvas outside the lanes,
    one fill per band, thin fills for the borders, one dashed stroke per line.
    """

    def __init__(self):
        self.bands: list[Band] = []
        self.lines: list[Boundary] = []
        self.right = 0.0

    def show(self, bands: list[Band], lines: list[Boundary], right: float) -> None:
        """Take the geometry to draw: bands top to bottom, lines, and the right end."""
        self.bands, self.lines, self.right = bands, lines, right

    def rect(self) -> QRectF:
        """The area the lanes cover, header column included."""
        if not self.bands:
            return QRectF()
        bottom = self.bands[-1].top + self.bands[-1].height
        return QRectF(-style.HEADER_WIDTH, 0, self.right + style.HEADER_WIDTH, bottom)

    def draw(self, painter, exposed: QRectF) -> None:
        """Fill ``exposed`` (scene coordinates): white canvas, lane bands, borders, lines."""
        inside = self.rect().intersected(exposed)
        for outside in _around(exposed, inside):
            painter.fillRect(outside, style.CANVAS_BACKGROUND)
        if inside.isEmpty():
            return
        left, width = inside.left(), inside.width()
        for band in self.bands:
            area = QRectF(left, band.top, width, band.height).intersected(inside)
            if not area.isEmpty():
                painter.fillRect(area, band.colour)
        border = _BORDER_PEN.widthF()
        for band in self.bands:
            if inside.top() - border <= band.top <= inside.bottom() + border:
                painter.fillRect(QRectF(left, band.top - border / 2, width, border), style.LANE_BORDER)
        visible = [line for line in self.lines if exposed.top() - 30 <= line.y <= exposed.bottom() + 30]
        if visible:
            self._draw_lines(painter, visible, left, inside.right())

    def _draw_lines(self, painter, lines: list[Boundary], left: float, right: float) -> None:
        # Start on the dash pattern's grid, so strips drawn separately while scrolling join up.
        start = -style.HEADER_WIDTH + math.floor((left + style.HEADER_WIDTH) / _DASH_PERIOD) * _DASH_PERIOD
        painter.setPen(_LINE_PEN)
        for line in lines:
            painter.drawLine(QPointF(start, line.y), QPointF(right, line.y))
        painter.setPen(style.BOUNDARY_LINE)
        painter.setFont(style.line_font())
        first = max(0, math.floor((left - style.FIRST_COLUMN_X - 400) / LABEL_SPACING))
        last = math.floor((right - style.FIRST_COLUMN_X) / LABEL_SPACING)
        for index in range(first, last + 1):
            x = style.FIRST_COLUMN_X + index * LABEL_SPACING
            if x < self.right:
                for line in lines:
                    painter.drawStaticText(QPointF(x, line.y - 22), line.label)


def _around(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """The parts of ``outer`` outside ``inner`` (inner lies within outer), as rectangles."""
    if inner.isEmpty():
        return [outer]
    parts = [QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
             QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
             QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
             QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height())]
    return [part for part in parts if part.width() > 0 and part.height() > 0]


def boundary_text(label: str) -> QStaticText:
    """A prepared line label."""
    text = QStaticText(label)
    text.setTextFormat(Qt.TextFormat.PlainText)
    return text


class LaneHeaderItem(QGraphicsRectItem):
    """One lane's cell in the header column left of the steps, with the lane's title."""

    def __init__(self, lane_id: str):
        super().__init__()
        self.lane_id = lane_id
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setPen(_BORDER_PEN)
        self.setBrush(QBrush(style.HEADER_BACKGROUND))
        self._title = QGraphicsTextItem(self)
        self._title.setFont(style.lane_font())
        self._title.setDefaultTextColor(style.INK)
        self._title.setTextWidth(style.HEADER_WIDTH - 24)
        self.title = ""
        self.band = QRectF()

    def show_lane(self, lane: Lane, top: float, right: float) -> None:
        """Place the header cell at ``top`` over the lane's height and show the title."""
        self.title = lane.title
        self.band = QRectF(-style.HEADER_WIDTH, top, right + style.HEADER_WIDTH, lane.height)
        self.setRect(QRectF(-style.HEADER_WIDTH, top, style.HEADER_WIDTH - 8, lane.height))
        if self._title.toPlainText() != lane.title:
            room = self._title.textWidth() - 2 * self._title.document().documentMargin()
            self._title.setFont(style.font_fitting_words(style.lane_font(), lane.title, room))
            self._title.setPlainText(lane.title)
        height = self._title.boundingRect().height()
        self._title.setPos(-style.HEADER_WIDTH + 10, top + max(4.0, (lane.height - height) / 2))


    def itemChange(self, change, value):  # noqa: N802 (Qt API)
        """A selected lane's cell gets the selection colour's thick outline and a tint."""
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(_SELECTED_PEN if value else _BORDER_PEN)
            self.setBrush(QBrush(style.SELECTED_HEADER_BACKGROUND if value else style.HEADER_BACKGROUND))
        return super().itemChange(change, value)

    def paint(self, painter, option, widget=None) -> None:
        """The cell as a plain rectangle: the selection shows in its own colours, not Qt's
        dashed outline."""
        option.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, option, widget)
