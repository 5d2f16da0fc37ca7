"""The scene an export paints: a journey's cards and arrows made a batch at a time.

A :class:`~blueprint.render.scene.BlueprintScene` holds an item for every step, flow and
connector for as long as it lives; for tens of thousands of steps those items take
gigabytes. A picture needs each item only while it is painted, so a
:class:`BatchedScene` holds the lanes alone, and :meth:`BatchedScene.batches` puts the
items of one batch in the scene, lets the caller paint, and takes them out again before
it makes the next: the items in memory never exceed one batch (:data:`BATCH_SIZE`).

The batches follow the whole scene's stacking order (z value, then the order a whole scene
adds its items in): lane headers, connectors, plain arrows, cards, labelled arrows. So
painting batch after batch paints the same shapes in the same order as one render of the
whole scene: the picture comes out the same (tests/export/test_batched_export.py).

An :class:`OverviewScene` makes no card at all: it draws every card as a block of its
colour, as the canvas does far out (a small preview of a large journey).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from blueprint.model.blueprint import Flow, Step
from blueprint.model.document import Document, EditError
from blueprint.render import style
from blueprint.render.flow_item import FlowItem, flow_text
from blueprint.render.scene import BlueprintScene
from blueprint.render.step_item import StepItem
from blueprint.render.support_item import SupportItem

BATCH_SIZE = 2000
"""Cards, arrows and connectors in the scene at once while a picture is painted."""


class _LanesOnlyScene(BlueprintScene):
    """A blueprint scene built with its lanes and extent only: no card or arrow is made."""

    def _build(self) -> None:
        self._layout_lanes()
        self._refresh_extent()


class OverviewScene(_LanesOnlyScene):
    """The lanes and every card as a block of its colour, in one item: what the canvas shows
    far out, and what a small preview of a large journey shows (a card there is a few
    pixels wide, and making 50,000 cards to paint them so would take seconds)."""

    def __init__(self, document: Document):
        super().__init__(document)
        self.set_overview(True)


class BatchedScene(_LanesOnlyScene):
    """A blueprint scene for export: the lanes always, cards and arrows one batch at a time.

    ``largest_batch`` tells the most cards, arrows and connectors that were ever in the
    scene at once.
    """

    def __init__(self, document: Document, batch_size: int | None = None):
        super().__init__(document)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a batch is searched once
        self.batch_size = max(1, BATCH_SIZE if batch_size is None else batch_size)
        self.largest_batch = 0
        self._backdrop_on = True
        self._card_bounds = StepItem("").boundingRect()
        self._content = self.content_rect()
        self._bounds: dict[str | tuple[str, str], QRectF] = {}

    def drawBackground(self, painter, rect) -> None:  # noqa: N802 (Qt API)
        """The lane bands and lines, under the first batch only."""
        if self._backdrop_on:
            super().drawBackground(painter, rect)

    # ------------------------------------------------------------ batches

    def element_count(self) -> int:
        """The connectors, arrows and cards a whole picture paints (at most)."""
        blueprint = self.document.blueprint
        return len(blueprint.steps) + len(blueprint.flows) + sum(len(step.supports) for step in blueprint.steps)

    def batches(self, source: QRectF | None = None) -> Iterator[int]:
        """Hold each batch of items in turn while the caller paints; yields its size.

        The first batch comes with the lane headers and the scene's background; later
        ones paint neither again. ``source`` (scene coordinates) leaves out the items
        that lie wholly outside it, as a render of that rect would. When the loop ends,
        early or not, the scene holds the lanes alone again.
        """
        partial = source is not None and not source.contains(self._content)
        area = None if source is None else source.adjusted(-1, -1, 1, 1)
        lanes = list(self._lanes.values())
        held: list[QGraphicsItem] = []
        first = True
        try:
            for element in self._in_stacking_order():
                item = self._item_for(element, area, partial)
                if item is not None:
                    held.append(item)
                if len(held) >= self.batch_size:
                    yield from self._hold(held, lanes)
                    first = False
            if held or first:  # the lanes and the background come even without a card
                yield from self._hold(held, lanes)
        finally:
            for item in held:
                if item.scene() is self:
                    self.removeItem(item)
            self._backdrop_on = True
            for lane in lanes:
                lane.setVisible(True)

    def _hold(self, held: list[QGraphicsItem], lanes: list) -> Iterator[int]:
        """Put one batch in the scene, let the caller paint it, then take it out."""
        for item in held:
            self.addItem(item)
        self.largest_batch = max(self.largest_batch, len(held))
        yield len(held)
        for item in held:  # in the order added: Qt finds each at the front of its list
            self.removeItem(item)
        held.clear()
        self._backdrop_on = False
        for lane in lanes:
            lane.setVisible(False)

    def _in_stacking_order(self) -> Iterator[Step | Flow | tuple[str, str]]:
        """Connectors, plain arrows, cards, labelled arrows: each kind in document order."""
        blueprint = self.document.blueprint
        for step in blueprint.steps:
            for supported in dict.fromkeys(step.supports):
                yield (step.id, supported)
        yield from (flow for flow in blueprint.flows if not flow_text(flow))
        yield from blueprint.steps
        yield from (flow for flow in blueprint.flows if flow_text(flow))

    # ------------------------------------------------------------ items

    def _item_for(self, element, area: QRectF | None, remember: bool) -> QGraphicsItem | None:
        """The item of one element, or None when it is not drawn or lies outside ``area``.

        A card's bounds are known beforehand; an arrow's or a connector's once it has been
        made, and they are kept (four numbers each) when ``remember`` says more partial
        renders follow (the sheets of a poster).
        """
        if isinstance(element, Step):
            if area is not None and not area.intersects(self._card_bounds.translated(self._document_pos(element))):
                return None
            item = self._new_card(element)
            item.show_finding(self._worst.get(element.id) if self._show_findings else None)
            return item
        key = element.id if isinstance(element, Flow) else element
        known = self._bounds.get(key)
        if area is not None and known is not None and not area.intersects(known):
            return None
        item = self._arrow(element) if isinstance(element, Flow) else self._connector(element)
        if item is None or area is None:
            return item
        bounds = item.sceneBoundingRect()
        if remember:
            self._bounds[key] = bounds
        return item if area.intersects(bounds) else None

    def _position_of(self, step_id: str) -> QPointF | None:
        try:
            return self._document_pos(self.document.step(step_id))
        except EditError:
            return None

    def _arrow(self, flow: Flow) -> FlowItem | None:
        source, target = self._position_of(flow.source), self._position_of(flow.target)
        if source is None or target is None:
            return None  # a dangling flow in a file being repaired: a whole scene leaves it out too
        return self._new_arrow(flow, source, target)

    def _connector(self, key: tuple[str, str]) -> SupportItem | None:
        start, end = self._position_of(key[0]), self._position_of(key[1])
        return None if start is None or end is None else self._new_connector(key, start, end)
