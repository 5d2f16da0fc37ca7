"""Lanes as horizontal bands with their title in a header column, and the three lines.

Built from Qt's own items (rectangles, text, lines), so the bands cost no Python while
a frame is drawn. The line labels repeat along the line, so they stay in sight however
far the canvas is scrolled.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsSimpleTextItem, QGraphicsTextItem

from blueprint.model.blueprint import Lane
from blueprint.ui.canvas import style

LABEL_SPACING = 8 * style.COLUMN_PITCH
"""A line's label repeats every eight columns."""


class LaneItem(QGraphicsRectItem):
    """One lane: a band across the canvas, with its title in the header column on the left."""

    def __init__(self, lane_id: str):
        super().__init__()
        self.lane_id = lane_id
        self.setZValue(-10)
        self.setPen(QPen(style.LANE_BORDER, 1.5))
        self._header = QGraphicsRectItem(self)
        self._header.setPen(QPen(style.LANE_BORDER, 1.5))
        self._header.setBrush(QBrush(style.HEADER_BACKGROUND))
        self._title = QGraphicsTextItem(self)
        self._title.setFont(style.lane_font())
        self._title.setDefaultTextColor(style.INK)
        self._title.setTextWidth(style.HEADER_WIDTH - 24)
        self.title = ""

    def show_lane(self, lane: Lane, top: float, right: float) -> None:
        """Place the band from ``top`` over the lane's height, up to ``right``; show the title."""
        self.title = lane.title
        self.setBrush(QBrush(style.LANE_FILL[lane.kind]))
        self.setRect(QRectF(-style.HEADER_WIDTH, top, right + style.HEADER_WIDTH, lane.height))
        self._header.setRect(QRectF(-style.HEADER_WIDTH, top, style.HEADER_WIDTH - 8, lane.height))
        if self._title.toPlainText() != lane.title:
            self._title.setPlainText(lane.title)
        height = self._title.boundingRect().height()
        self._title.setPos(-style.HEADER_WIDTH + 10, top + max(4.0, (lane.height - height) / 2))


class BoundaryLineItem(QGraphicsLineItem):
    """A dashed line between two lanes (interaction, visibility, internal interaction)."""

    def __init__(self):
        super().__init__()
        self.setZValue(-5)
        pen = QPen(style.BOUNDARY_LINE, 2.5, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self._labels: list[QGraphicsSimpleTextItem] = []
        self.label = ""

    def show_line(self, label: str, y: float, right: float) -> None:
        """Draw the line at height ``y`` up to ``right``, its label repeated along it."""
        self.label = label
        self.setLine(-style.HEADER_WIDTH, y, right, y)
        wanted = max(1, int(right // LABEL_SPACING) + 1)
        while len(self._labels) < wanted:
            text = QGraphicsSimpleTextItem(self)
            text.setFont(style.line_font())
            text.setBrush(QBrush(style.BOUNDARY_LINE))
            self._labels.append(text)
        while len(self._labels) > wanted:
            text = self._labels.pop()
            text.setParentItem(None)
            if text.scene() is not None:
                text.scene().removeItem(text)
        for index, text in enumerate(self._labels):
            if text.text() != label:
                text.setText(label)
            text.setPos(style.FIRST_COLUMN_X + index * LABEL_SPACING, y - 22)
