"""Other people's selections in a live session, outlined in their colours on the canvas.

Each outline is an item of its own above the cards, made from what the session's presence
says; nothing about it is stored in the cards or the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from blueprint.render.scene import BlueprintScene

if TYPE_CHECKING:
    from blueprint.collab.presence import Participant

OUTLINE_MARGIN = 7.0
OUTLINE_WIDTH = 4.0
Z_OUTLINE = 40.0


class RemoteSelections:
    """The outlines of everyone else's selected steps on one scene."""

    def __init__(self, scene: BlueprintScene):
        self._scene = scene
        self._people: list[Participant] = []
        self._items: list[QGraphicsItem] = []

    def show(self, people: list[Participant]) -> None:
        """Outline what these people have selected (replaces what was shown)."""
        self._people = people
        self.refresh()

    def refresh(self) -> None:
        """Draw the outlines again where the cards are now."""
        self._clear()
        for person in self._people:
            colour = QColor(person.colour)
            for step_id in person.selection:
                if self._scene.step_item(step_id) is None:
                    continue
                rect = self._scene.card_rect(step_id).adjusted(
                    -OUTLINE_MARGIN, -OUTLINE_MARGIN, OUTLINE_MARGIN, OUTLINE_MARGIN)
                outline = QGraphicsRectItem(rect)
                outline.setPen(QPen(colour, OUTLINE_WIDTH, Qt.PenStyle.SolidLine))
                outline.setBrush(Qt.BrushStyle.NoBrush)
                outline.setZValue(Z_OUTLINE)
                outline.setToolTip(person.name)
                label = QGraphicsSimpleTextItem(person.name, outline)
                label.setBrush(QBrush(colour))
                label.setPos(rect.left(), rect.top() - label.boundingRect().height())
                self._scene.addItem(outline)
                self._items.append(outline)

    def outlined(self) -> dict[str, str]:
        """Step id -> the colour it is outlined in (for tests and screenshots)."""
        return {step_id: person.colour for person in self._people for step_id in person.selection
                if self._scene.step_item(step_id) is not None}

    def _clear(self) -> None:
        for item in self._items:
            try:
                if item.scene() is self._scene:
                    self._scene.removeItem(item)
            except RuntimeError:  # the scene was cleared and took the item along
                pass
        self._items = []
