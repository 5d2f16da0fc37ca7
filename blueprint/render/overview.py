"""The overview: every card as a coloured block, drawn by one item when zoomed far out.

With thousands of steps in view, drawing them one item at a time costs tens of
milliseconds per frame even when each draws only a block. Far out, the scene makes the
cards and flows fully transparent (still there to select, never painted) and shows this
single item instead; the scene pushes the blocks, and the selected ones, into it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from blueprint.render import style


class OverviewItem(QGraphicsItem):
    """All cards as blocks, grouped by colour so each colour is one drawing call."""

    def __init__(self):
        super().__init__()
        self.setZValue(3)
        self._blocks: list[tuple[QColor, list[QRectF]]] = []
        self._selected: list[QRectF] = []
        self._bounds = QRectF()

    def show_blocks(self, blocks: list[tuple[QColor, list[QRectF]]], bounds: QRectF) -> None:
        """Take the blocks to draw (rectangles in scene coordinates, by colour) and their union."""
        self.prepareGeometryChange()
        self._blocks = [(colour, rects) for colour, rects in blocks if rects]
        self._bounds = QRectF(bounds)
        self.update()

    def show_selection(self, rects: list[QRectF]) -> None:
        """Outline these blocks (the selected cards) over the others."""
        if rects or self._selected:
            self._selected = list(rects)
            self.update()

    def boundingRect(self) -> QRectF:
        """The union of all blocks."""
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        """Fill every block, one call per colour."""
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._blocks:
            painter.setBrush(colour)
            painter.drawRects(rects)
        if self._selected:
            pen = QPen(style.SELECTION, 3)
            pen.setCosmetic(True)  # as thick at any zoom: a block far out is a few pixels
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(self._selected)
