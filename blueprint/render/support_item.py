"""Bitner's vertical connector: a support item joined to the customer moment it serves.

Not a flow: no arrow head, no direction in time, not selectable. The scene draws one per
entry of a step's ``supports``, from the facing edges of the two cards.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from blueprint.render import style

SUPPORT_PEN = QPen(QColor("#7a7a7a"), 1.5, Qt.PenStyle.DashLine)


class SupportItem(QGraphicsPathItem):
    """The dashed line from a support item to one step it supports."""

    def __init__(self, supporter_id: str, supported_id: str):
        super().__init__()
        self.supporter_id = supporter_id
        self.supported_id = supported_id
        self.setPen(SUPPORT_PEN)
        self.setZValue(-1)  # under the cards
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_route(self, supporter: QPointF, supported: QPointF) -> None:
        """Join the two cards (their top-left corners) at the middle of their facing edges."""
        width, height = style.CARD_WIDTH, style.CARD_HEIGHT
        below = supporter.y() > supported.y()
        start = QPointF(supporter.x() + width / 2, supporter.y() + (0 if below else height))
        end = QPointF(supported.x() + width / 2, supported.y() + (height if below else 0))
        path = QPainterPath(start)
        if abs(start.x() - end.x()) >= 1:
            middle = (start.y() + end.y()) / 2
            path.lineTo(start.x(), middle)
            path.lineTo(end.x(), middle)
        path.lineTo(end)
        self.setPath(path)
