"""What the comparison draws over the step cards: removed struck through, added
highlighted, changed outlined, and the number that links a step to its match.

A mark is an overlay on a card of a read-only scene: it takes no clicks (they reach the
card below) and draws only what it was given.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from blueprint.analysis.compare import StepChange

REMOVED_COLOUR = QColor("#b3261e")
ADDED_COLOUR = QColor("#1f7a3d")
CHANGED_COLOUR = QColor("#c77700")
LINK_COLOUR = QColor("#2b5c9e")
CHANGE_COLOURS = {StepChange.REMOVED: REMOVED_COLOUR, StepChange.ADDED: ADDED_COLOUR,
                  StepChange.CHANGED: CHANGED_COLOUR, StepChange.KEPT: QColor("#7a8394")}
BADGE_RADIUS = 13.0
MARGIN = 7.0


class ChangeMark(QGraphicsItem):
    """The mark on one card: how the redesign changed it, and its link number (if matched)."""

    def __init__(self, card: QRectF, change: StepChange, number: int | None = None):
        super().__init__()
        self.card, self.change, self.number = QRectF(card), change, number
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(6)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        extra = BADGE_RADIUS + MARGIN
        return self.card.adjusted(-extra, -extra, extra, extra)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self.card
        if self.change is StepChange.REMOVED:
            painter.fillRect(card, QColor(255, 255, 255, 150))
            painter.setPen(QPen(REMOVED_COLOUR, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            middle = card.center().y()
            painter.drawLine(QPointF(card.left() + 8, middle), QPointF(card.right() - 8, middle))
        elif self.change is StepChange.ADDED:
            painter.setPen(QPen(ADDED_COLOUR, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN), 10, 10)
        elif self.change is StepChange.CHANGED:
            painter.setPen(QPen(CHANGED_COLOUR, 3, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN), 10, 10)
        if self.number is not None:
            self._paint_badge(painter)

    def _paint_badge(self, painter: QPainter) -> None:
        centre = QPointF(self.card.left(), self.card.top())
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QBrush(CHANGE_COLOURS[self.change] if self.change is StepChange.CHANGED
                                else LINK_COLOUR))
        painter.drawEllipse(centre, BADGE_RADIUS, BADGE_RADIUS)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(13)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        box = QRectF(centre.x() - BADGE_RADIUS, centre.y() - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(self.number))
