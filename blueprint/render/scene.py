"""The blueprint scene: an adapter that shows a Document as lanes, cards and arrows.

Items are created and updated from the document's change events only; the document is
the single truth, positions included. The scene keeps an index id -> item, so a change
touches only its own items (moving a step re-routes only that step's flows). Usable
without a view: export renders it with ``scene.render``.
"""

from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene

from blueprint.check.finding import CheckResult
from blueprint.model.blueprint import Flow, Step
from blueprint.model.document import Change, ChangeKind, Document, EditError
from blueprint.model.vocabulary import Severity
from blueprint.render import style
from blueprint.render.flow_item import FlowItem
from blueprint.render.lane_item import Band, Boundary, LaneBackdrop, LaneHeaderItem, boundary_text
from blueprint.render.overview import OverviewItem
from blueprint.render.step_item import StepItem
from blueprint.render.support_item import SupportItem

GRADUAL_FROM = 3000
"""A document with more cards and arrows than this is drawn gradually on screen."""
FILL_SLICE_S = 0.04
"""How long each turn of the event loop draws while a large document is filled in."""
LANE_TAIL = 2 * style.COLUMN_PITCH
"""Empty room at the right end of every lane, to add the next steps by double-click."""
MIN_LANE_RIGHT = 1600.0
_GEOMETRY = frozenset({"x", "y", "lane"})
_OVERVIEW_OPACITY = 0.0
"""Cards and arrows under the overview's blocks: in the scene, selectable, never painted."""
RESTORE_SLICE = 5000
"""Cards and arrows made opaque again per turn of the event loop after the overview."""


class BlueprintScene(QGraphicsScene):
    """Lanes with titles, the three lines, step cards and flow arrows of one document.

    With ``gradual=True`` (the canvas on screen) a large document is drawn a slice at a time
    on the turns of the event loop, steps first: the window shows its first cards at once.
    ``filled(done, total)`` reports each slice; :meth:`is_filling` tells whether some are
    still to come. Export and thumbnails build everything at once.
    """

    filled = Signal(int, int)

    def __init__(self, document: Document, parent=None, gradual: bool = False):
        super().__init__(parent)
        self._gradual = gradual
        self._to_fill: list = []
        self._fill_total = 0
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_slice)
        self.document = document
        self._steps: dict[str, StepItem] = {}
        self._flows: dict[str, FlowItem] = {}
        self._flows_of: dict[str, set[str]] = defaultdict(set)
        self._flow_ends: dict[str, tuple[str, str]] = {}
        self._lanes: dict[str, LaneHeaderItem] = {}
        self._supports: dict[tuple[str, str], SupportItem] = {}
        self._retired_steps: dict[str, StepItem] = {}
        self._retired_flows: dict[str, FlowItem] = {}
        self._backdrop = LaneBackdrop()
        self._line_texts: dict = {}
        self._lane_tops: dict[str, float] = {}
        self._lanes_bottom = 0.0
        self._right = 0.0
        self._worst: dict[str, Severity] = {}
        self._show_findings = True
        self._overview: OverviewItem | None = None
        self._extent_pending = False
        self._overview_pending = False
        self._overview_stale = True
        self._overview_on = False
        self._pictures_allowed = True
        self._to_restore: list = []
        self._restore_timer = QTimer(self, singleShot=True, interval=0)
        self._restore_timer.timeout.connect(self._restore_slice)
        self.selectionChanged.connect(self.show_selection_in_overview)
        self._build()
        listener = self._on_change
        document.subscribe(listener)
        self.destroyed.connect(lambda *_: _unsubscribe(document, listener))

    # ------------------------------------------------------------ reading

    def step_item(self, step_id: str) -> StepItem | None:
        """The card of a step, or None."""
        return self._steps.get(step_id)

    def flow_item(self, flow_id: str) -> FlowItem | None:
        """The arrow of a flow, or None."""
        return self._flows.get(flow_id)

    def step_items(self) -> list[StepItem]:
        """All cards."""
        return list(self._steps.values())

    def flow_items(self) -> list[FlowItem]:
        """All arrows."""
        return list(self._flows.values())

    def lane_items(self) -> list[LaneHeaderItem]:
        """The lanes' header cells (with ``title`` and ``band``), top to bottom."""
        return [self._lanes[lane.id] for lane in self.document.blueprint.lanes]

    def lane_item(self, lane_id: str) -> LaneHeaderItem | None:
        """The header cell of a lane, or None."""
        return self._lanes.get(lane_id)

    def lane_top(self, lane_id: str) -> float:
        """Scene y of a lane's top edge."""
        return self._lane_tops.get(lane_id, 0.0)

    def lane_at(self, y: float) -> str | None:
        """The id of the lane at scene height ``y``; None above or below all lanes."""
        for lane in self.document.blueprint.lanes:
            top = self._lane_tops[lane.id]
            if top <= y < top + lane.height:
                return lane.id
        return None

    def card_rect(self, step_id: str) -> QRectF:
        """Where a step's card is drawn now, in scene coordinates."""
        return QRectF(self._steps[step_id].pos(), style.CARD_RECT.size())

    def flow_ids_of(self, step_id: str) -> set[str]:
        """The ids of the flows drawn from or to a step."""
        return set(self._flows_of.get(step_id, ()))

    def content_rect(self) -> QRectF:
        """Lanes (with their header column) and steps: what export prints and fit shows."""
        if self._extent_pending:  # a card moved left or went: the right edge may come in
            self._refresh_extent()
        return QRectF(-style.HEADER_WIDTH, 0, self._right + style.HEADER_WIDTH + 40, self._lanes_bottom)

    # ------------------------------------------------------------ findings

    def set_findings(self, result: CheckResult | None) -> None:
        """Show the worst finding of each step as a badge on its card (None: no badges)."""
        worst: dict[str, Severity] = {}
        for finding in result.findings if result is not None else ():
            for element in finding.elements:
                if element not in worst or finding.severity.rank > worst[element].rank:
                    worst[element] = finding.severity
        changed = worst.keys() ^ self._worst.keys() | {k for k in worst if self._worst.get(k) != worst[k]}
        self._worst = worst
        for step_id in changed:
            self._push_finding(step_id)

    def set_show_findings(self, show: bool) -> None:
        """Show or hide all finding badges."""
        if show != self._show_findings:
            self._show_findings = show
            for step_id in self._steps:
                self._push_finding(step_id)

    def _push_finding(self, step_id: str) -> None:
        item = self._steps.get(step_id)
        if item is not None:
            item.show_finding(self._worst.get(step_id) if self._show_findings else None)

    # ------------------------------------------------------------ pictures (screen) or vectors (export)

    def set_pictures_allowed(self, allowed: bool) -> None:
        """On screen, cards and short arrows are kept as pictures while in sight (fast
        panning). For SVG/PDF export switch that off: everything is then drawn as vectors."""
        self._pictures_allowed = allowed
        for item in (*self._steps.values(), *self._flows.values()):
            item.allow_picture(allowed)
        self._retire_nothing()

    # ------------------------------------------------------------ overview (far zoom)

    def set_overview(self, on: bool, in_sight: QRectF | None = None) -> None:
        """Far out, draw every card as a block in one item instead of the cards and arrows.

        The cards and arrows stay in the scene, fully transparent (Qt neither paints them
        nor finds them under the pointer): Select All, a chosen finding and a rubber band
        (through :meth:`cards_in`) still select them, and a selection survives zooming out
        and in. The blocks of selected cards are
        outlined. Coming close again, the cards ``in_sight`` (scene coordinates) and their
        arrows show at once and the rest on the next turns of the event loop, a slice at a
        time (:data:`RESTORE_SLICE`).
        """
        if on == self._overview_on:
            return
        self._overview_on = on
        self._to_restore = []
        if on:
            if self._overview is None:
                self._overview = OverviewItem()
                self.addItem(self._overview)
                self._overview_stale = True
            if self._overview_stale:  # zooming out again after no edit: the blocks still hold
                self._push_overview()
            self.show_selection_in_overview()
            for item in (*self._steps.values(), *self._flows.values(), *self._supports.values()):
                item.setOpacity(_OVERVIEW_OPACITY)
        else:
            if in_sight is not None:
                for item in self._cards_and_arrows_in(in_sight):
                    item.setOpacity(1.0)
            self._to_restore = [*self._steps.values(), *self._flows.values(), *self._supports.values()]
            if in_sight is None:
                self._restore_slice(everything=True)
            else:
                self._restore_timer.start()
        if self._overview is not None:
            self._overview.setVisible(on)

    def cards_in(self, area: QRectF) -> list[StepItem]:
        """The cards that ``area`` (scene coordinates) touches, found from the document:
        far out Qt's own search passes over them (they are transparent)."""
        tops, width, height = self._lane_tops, style.CARD_WIDTH, style.CARD_HEIGHT
        left, top, right, bottom = area.left() - width, area.top() - height, area.right(), area.bottom()
        steps = self._steps
        return [steps[step.id] for step in self.document.blueprint.steps
                if left <= step.x <= right and top <= tops.get(step.lane, 0.0) + step.y <= bottom
                and step.id in steps]

    def _cards_and_arrows_in(self, area: QRectF) -> list:
        """The cards in ``area`` and the arrows from and to them."""
        found: list = []
        for card in self.cards_in(area):
            found.append(card)
            found += [self._flows[flow_id] for flow_id in self._flows_of.get(card.step_id, ()) if flow_id in self._flows]
        return found

    def _restore_slice(self, everything: bool = False) -> None:
        """Make the next slice of cards and arrows opaque again, or ``everything`` left."""
        todo = self._to_restore
        for _ in range(len(todo) if everything else min(RESTORE_SLICE, len(todo))):
            todo.pop().setOpacity(1.0)
        if todo:
            self._restore_timer.start()

    def _faded_in_overview(self, item) -> None:
        """A card, arrow or connector added while the overview shows is not painted either."""
        item.setOpacity(_OVERVIEW_OPACITY if self._overview_on else 1.0)

    def show_selection_in_overview(self) -> None:
        """Outline the blocks of the selected cards (far out, the cards themselves are not
        drawn); called on every change of the selection, also one made with signals held."""
        if not self._overview_on or self._overview is None:
            return
        size = style.CARD_RECT.size()
        self._overview.show_selection([QRectF(item.pos(), size) for item in self.selectedItems()
                                       if isinstance(item, StepItem)])

    def overview_shown(self) -> bool:
        """Whether the scene shows the overview blocks instead of the cards."""
        return self._overview_on

    def _push_overview(self) -> None:
        self._overview_stale = False
        blocks = {value: [] for value in style.VALUE_STYLES}
        tops, width, height = self._lane_tops, style.CARD_WIDTH, style.CARD_HEIGHT
        xs, ys = [], []
        for step in self.document.blueprint.steps:  # one pass, no more per step: 50,000 steps
            x, y = step.x, tops.get(step.lane, 0.0) + step.y
            blocks[step.value].append(QRectF(x, y, width, height))
            xs.append(x)
            ys.append(y)
        bounds = QRectF()
        if xs:
            left, top = min(xs), min(ys)
            bounds = QRectF(left, top, max(xs) + width - left, max(ys) + height - top)
        self._overview.show_blocks([(style.VALUE_STYLES[v].strong, rects) for v, rects in blocks.items()], bounds)

    # ------------------------------------------------------------ a drag in progress

    def preview_move(self, step_ids, delta: QPointF) -> None:
        """Show cards moved by ``delta`` from their document position (the model is unchanged)."""
        for step_id in step_ids:
            self._steps[step_id].setPos(self._document_pos(self.document.step(step_id)) + delta)
        self._reroute_flows_of(step_ids)
        self._reroute_supports(step_ids)

    def end_preview(self, step_ids) -> None:
        """Put cards back where the document says they are (a drag cancelled or committed)."""
        for step_id in step_ids:
            if step_id in self._steps:
                self._steps[step_id].setPos(self._document_pos(self.document.step(step_id)))
        self._reroute_flows_of([s for s in step_ids if s in self._steps])
        self._reroute_supports([s for s in step_ids if s in self._steps])

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self._layout_lanes()
        blueprint = self.document.blueprint
        self._to_fill = [*blueprint.steps, *blueprint.flows]
        self._to_fill.reverse()  # taken from the end: steps first, in document order
        self._fill_total = len(self._to_fill)
        self._refresh_extent()  # the lanes reach past the last card before it is drawn
        if self._gradual and self._fill_total > GRADUAL_FROM:
            self._fill_slice()
            self._fill_timer.start()
        else:
            self._fill(len(self._to_fill))

    def is_filling(self) -> bool:
        """Whether some of the document's cards and arrows are still to be drawn."""
        return bool(self._to_fill)

    def fill_now(self) -> None:
        """Draw whatever is still to come, at once."""
        self._fill(len(self._to_fill))

    def fill_progress(self) -> tuple[int, int]:
        """(drawn, all) of the elements of the filling under way."""
        return self._fill_total - len(self._to_fill), self._fill_total

    def _fill_slice(self) -> None:
        """Draw for a moment (:data:`FILL_SLICE_S`), then let the window live."""
        deadline = time.perf_counter() + FILL_SLICE_S
        self._add_next(200)
        while self._to_fill and time.perf_counter() < deadline:
            self._add_next(200)
        self._after_filling()

    def _fill(self, count: int) -> None:
        self._add_next(count)
        self._after_filling()

    def _add_next(self, count: int) -> None:
        """Add the next ``count`` elements still to be drawn, as the document has them now."""
        todo = self._to_fill
        document = self.document
        for _ in range(min(count, len(todo))):
            element = todo.pop()  # an edit may have changed or removed it meanwhile
            if isinstance(element, Step):
                if element.id not in self._steps and document.has(element.id):
                    self._add_step(document.step(element.id))
            elif element.id not in self._flows and document.has(element.id):
                self._add_flow(document.flow(element.id))

    def _after_filling(self) -> None:
        if not self._to_fill:
            self._fill_timer.stop()
            self._push_findings_all()
            self._refresh_supports(None)  # every card is there: the vertical lines join them
        self.filled.emit(*self.fill_progress())

    def _clear(self) -> None:
        self._to_fill = []
        self._to_restore = []
        self._fill_timer.stop()
        for item in [*self._steps.values(), *self._flows.values(), *self._lanes.values(),
                     *self._supports.values()]:
            self.removeItem(item)
        self._supports.clear()
        if self._overview is not None:
            self.removeItem(self._overview)
            self._overview = None
        self._overview_on = False
        self._steps.clear()
        self._flows.clear()
        self._retire_nothing()
        self._flows_of.clear()
        self._flow_ends.clear()
        self._lanes.clear()
        self._right = 0.0

    def _push_findings_all(self) -> None:
        for step_id in self._worst:
            self._push_finding(step_id)

    def _add_step(self, step: Step) -> None:
        item = self._retired_steps.pop(step.id, None)
        if item is None:
            item = self._new_card(step)
        else:
            if item.shown is not step:
                item.show_step(step)
            item.setPos(self._document_pos(step))
        self._faded_in_overview(item)
        self.addItem(item)
        self._steps[step.id] = item
        self._right = max(self._right, step.x + style.CARD_WIDTH)

    def _new_card(self, step: Step) -> StepItem:
        """A card showing ``step`` where the document puts it (not yet in the scene)."""
        item = StepItem(step.id)
        if not self._pictures_allowed:
            item.allow_picture(False)
        item.show_step(step)
        item.setPos(self._document_pos(step))
        return item

    def _new_arrow(self, flow: Flow, source: QPointF, target: QPointF) -> FlowItem:
        """An arrow showing ``flow`` between cards at ``source`` and ``target`` (top-lefts)."""
        item = FlowItem(flow.id, self._pictures_allowed)
        item.show_flow(flow)
        item.set_route(source, target)
        return item

    def _add_flow(self, flow: Flow) -> None:
        if flow.source not in self._steps or flow.target not in self._steps:
            return  # a dangling flow in a file being repaired: validation reports it
        item = self._retired_flows.pop(flow.id, None)
        source, target = self._steps[flow.source].pos(), self._steps[flow.target].pos()
        if item is None:
            item = self._new_arrow(flow, source, target)
        else:
            if item.shown is not flow:
                item.show_flow(flow)
            item.set_route(source, target)
        self._faded_in_overview(item)
        self.addItem(item)
        self._flows[flow.id] = item
        self._flow_ends[flow.id] = (flow.source, flow.target)
        self._flows_of[flow.source].add(flow.id)
        self._flows_of[flow.target].add(flow.id)

    def _remove_flow(self, flow_id: str) -> FlowItem | None:
        item = self._flows.pop(flow_id, None)
        if item is None:
            return None
        for end in self._flow_ends.pop(flow_id):
            self._flows_of[end].discard(flow_id)
        self.removeItem(item)
        return item

    # ------------------------------------------------------------ retired items (undo of a delete)

    def _retire(self, steps: dict[str, StepItem], flows: dict[str, FlowItem]) -> None:
        """Keep the items of the latest removal, so that taking it back (undo of a delete,
        redo of an add) puts the same items back instead of building every card again.

        Only the latest removal of each kind is kept. An element that comes back gets its old
        item, which draws it again only when it is not the very object the item shows
        (elements are never changed in place). The items leave the scene unselected, so adding
        them back announces nothing.
        """
        for item in (*steps.values(), *flows.values()):
            if item.isSelected():
                item.setSelected(False)  # out of the scene: no signal
        for item in steps.values():
            item.forget_pointer()
        if steps:
            self._retired_steps = steps
        if flows:
            self._retired_flows = flows

    def _retire_nothing(self) -> None:
        """Forget the retired items (a new document, or items that would show stale state)."""
        self._retired_steps = {}
        self._retired_flows = {}

    def support_items(self) -> list[SupportItem]:
        """Every vertical connector drawn (one per entry of a step's ``supports``)."""
        return list(self._supports.values())

    def _reroute_supports(self, step_ids) -> None:
        """Follow cards being dragged (the model is unchanged until the drop)."""
        moving = set(step_ids)
        for (supporter, supported), item in self._supports.items():
            if supporter in moving or supported in moving:
                item.set_route(self._steps[supporter].pos(), self._steps[supported].pos())

    def _refresh_supports(self, step_ids) -> None:
        """Redraw the connectors that touch these steps (all of them for None)."""
        touched = None if step_ids is None else set(step_ids)
        for key in [k for k in self._supports if touched is None or touched & set(k)]:
            self.removeItem(self._supports.pop(key))
        for step in self.document.blueprint.steps:
            for supported in step.supports:
                key = (step.id, supported)
                if key in self._supports or (touched is not None and not touched & set(key)):
                    continue
                if step.id in self._steps and supported in self._steps:
                    item = self._new_connector(key, self._steps[step.id].pos(), self._steps[supported].pos())
                    self._faded_in_overview(item)
                    self.addItem(item)
                    self._supports[key] = item

    @staticmethod
    def _new_connector(key: tuple[str, str], supporter: QPointF, supported: QPointF) -> SupportItem:
        """The dashed line from a support item's card to the card of the step it supports."""
        item = SupportItem(*key)
        item.set_route(supporter, supported)
        return item

    def _document_pos(self, step: Step) -> QPointF:
        return QPointF(step.x, self._lane_tops.get(step.lane, 0.0) + step.y)

    def _reroute_flows_of(self, step_ids) -> None:
        flow_ids = {f for s in step_ids for f in self._flows_of.get(s, ())}
        for flow_id in flow_ids:
            source, target = self._flow_ends[flow_id]
            self._flows[flow_id].set_route(self._steps[source].pos(), self._steps[target].pos())

    # ------------------------------------------------------------ lanes and extent

    def _layout_lanes(self) -> bool:
        """Place lane bands and lines; whether any lane's top moved."""
        lanes = self.document.blueprint.lanes
        for lane_id in set(self._lanes) - {lane.id for lane in lanes}:
            self.removeItem(self._lanes.pop(lane_id))
        tops, top = {}, 0.0
        for lane in lanes:
            tops[lane.id] = top
            top += lane.height
        moved = tops != self._lane_tops
        self._lane_tops, self._lanes_bottom = tops, top
        right = self._lane_right()
        for lane in lanes:
            if lane.id not in self._lanes:
                self._lanes[lane.id] = LaneHeaderItem(lane.id)
                self.addItem(self._lanes[lane.id])
        self._show_lanes(right)
        return moved

    def _show_lanes(self, right: float) -> None:
        """Push lane geometry into the header items and the backdrop (bands and lines)."""
        lanes = self.document.blueprint.lanes
        for lane in lanes:
            self._lanes[lane.id].show_lane(lane, self._lane_tops[lane.id], right)
        bands = [Band(self._lane_tops[lane.id], lane.height, style.LANE_FILL[lane.kind]) for lane in lanes]
        lines = [Boundary(self._lane_tops[lower.id], self._line_text(label))
                 for upper, lower in zip(lanes, lanes[1:])
                 if (label := style.boundary_label(upper.kind, lower.kind,
                                                        self.document.blueprint.language))]
        self._backdrop.show(bands, lines, right)
        self.invalidate(QRectF(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _line_text(self, label: str):
        if label not in self._line_texts:
            self._line_texts[label] = boundary_text(label)
        return self._line_texts[label]

    def drawBackground(self, painter, rect) -> None:  # noqa: N802 (Qt API)
        """The canvas, the lane bands and the three lines (views cache this layer)."""
        self._backdrop.draw(painter, rect)

    def lane_band(self, lane_id: str) -> QRectF:
        """A lane's band across the canvas, header column included."""
        return self._lanes[lane_id].band

    def _lane_right(self) -> float:
        return max(self._right + LANE_TAIL, MIN_LANE_RIGHT)

    def _refresh_extent(self) -> None:
        """Fit lanes and the scene rect to the steps (grows at once, shrinks when idle)."""
        self._extent_pending = False
        steps = self.document.blueprint.steps
        self._right = max((s.x + style.CARD_WIDTH for s in steps), default=0.0)
        right = self._lane_right()
        self._show_lanes(right)
        margin = 40.0
        self.setSceneRect(QRectF(-style.HEADER_WIDTH - margin, -margin,
                                 right + style.HEADER_WIDTH + 2 * margin, self._lanes_bottom + 2 * margin))

    def _grow_to(self, step: Step) -> None:
        if step.x + style.CARD_WIDTH > self._right:
            self._refresh_extent()
        elif not self._extent_pending:
            self._extent_pending = True
            QTimer.singleShot(0, self, self._refresh_if_pending)

    def _refresh_if_pending(self) -> None:
        if self._extent_pending:
            self._refresh_extent()

    # ------------------------------------------------------------ document events

    def _on_change(self, change: Change) -> None:
        handler = _HANDLERS.get(change.kind)
        if handler is not None:
            handler(self, change)
        if change.kind in _OVERVIEW_KINDS:
            self._overview_stale = True
            if self.overview_shown() and not self._overview_pending:
                self._overview_pending = True
                QTimer.singleShot(0, self, self._refresh_overview)

    def _refresh_overview(self) -> None:
        self._overview_pending = False
        if self.overview_shown():
            self._push_overview()

    def _present(self, ids, find) -> list:
        """The elements still in the document (a batch announces after all its edits)."""
        found = []
        for element_id in ids:
            try:
                found.append(find(element_id))
            except EditError:
                continue
        return found

    def _step_added(self, change: Change) -> None:
        steps = [s for s in self._present(change.ids, self.document.step) if s.id not in self._steps]
        for step in steps:
            self._add_step(step)
            self._push_finding(step.id)
        if steps:
            self._grow_to(max(steps, key=lambda step: step.x))
            self._refresh_supports([step.id for step in steps])

    def _step_removed(self, change: Change) -> None:
        retired = {}
        with self._selection_announced_once() as leaving:
            for step_id in change.ids:
                item = self._steps.pop(step_id, None)
                self._flows_of.pop(step_id, None)
                if item is not None:
                    leaving.append(item)
                    self.removeItem(item)
                    retired[step_id] = item
            self._refresh_supports(list(change.ids))
        self._retire(retired, {})
        if not self._extent_pending:
            self._extent_pending = True
            QTimer.singleShot(0, self, self._refresh_if_pending)

    def _step_changed(self, change: Change) -> None:
        moved = []
        for step in self._present(change.ids, self.document.step):
            item = self._steps.get(step.id)
            if item is None:
                continue
            if change.fields & _GEOMETRY:
                item.setPos(self._document_pos(step))
                moved.append(step)
            if change.fields - _GEOMETRY:
                item.show_step(step)
        if moved:
            self._reroute_flows_of([step.id for step in moved])
            self._grow_to(max(moved, key=lambda step: step.x))
        if change.fields & (_GEOMETRY | {"supports"}):
            self._refresh_supports(list(change.ids))

    def _flow_added(self, change: Change) -> None:
        for flow in self._present(change.ids, self.document.flow):
            if flow.id in self._flows:
                continue
            if self._to_fill and (flow.source not in self._steps or flow.target not in self._steps):
                self._to_fill.insert(0, flow)  # drawn once its ends are
            else:
                self._add_flow(flow)

    def _flow_removed(self, change: Change) -> None:
        retired = {}
        with self._selection_announced_once() as leaving:
            for flow_id in change.ids:
                item = self._remove_flow(flow_id)
                if item is not None:
                    leaving.append(item)
                    retired[flow_id] = item
        self._retire({}, retired)

    def _flow_changed(self, change: Change) -> None:
        with self._selection_announced_once() as leaving:
            for flow in self._present(change.ids, self.document.flow):
                leaving.append(self._remove_flow(flow.id))
                self._add_flow(flow)

    @contextmanager
    def _selection_announced_once(self):
        """Remove items with ``selectionChanged`` held back, then sent once if the selection
        lost any item: Qt would send it for every removed selected item, and each listener
        reads the whole remaining selection (quadratic for a large delete).

        Yields a list; append each item to it before removing it."""
        leaving: list = []
        blocked = self.blockSignals(True)
        try:
            yield leaving
        finally:
            self.blockSignals(blocked)
        if not blocked and any(item is not None and item.isSelected() for item in leaving):
            self.selectionChanged.emit()

    def _lanes_changed(self, change: Change) -> None:
        if self._layout_lanes():
            # In a batch the document may already hold steps whose own change comes next.
            for step in self.document.blueprint.steps:
                item = self._steps.get(step.id)
                if item is not None:
                    item.setPos(self._document_pos(step))
            for flow_id, item in self._flows.items():
                source, target = self._flow_ends[flow_id]
                item.set_route(self._steps[source].pos(), self._steps[target].pos())
            self._refresh_supports(None)
            self._refresh_extent()

    def _reset(self, change: Change) -> None:
        overview = self.overview_shown()
        had_selection = bool(self.selectedItems())
        # The selected items belong to the old document: nobody may look their ids up in
        # the new one while they are being removed.
        blocked = self.blockSignals(True)
        try:
            self._clear()
        finally:
            self.blockSignals(blocked)
        self._lane_tops = {}
        self._worst = {}
        self._build()
        if overview:
            self.set_overview(True)
        if had_selection:
            self.selectionChanged.emit()

    def _blueprint_changed(self, change: Change) -> None:
        if "language" in change.fields:  # the lines between lanes are named in its language
            self._show_lanes(self._lane_right())


_HANDLERS = {
    ChangeKind.STEP_ADDED: BlueprintScene._step_added,
    ChangeKind.STEP_REMOVED: BlueprintScene._step_removed,
    ChangeKind.STEP_CHANGED: BlueprintScene._step_changed,
    ChangeKind.FLOW_ADDED: BlueprintScene._flow_added,
    ChangeKind.FLOW_REMOVED: BlueprintScene._flow_removed,
    ChangeKind.FLOW_CHANGED: BlueprintScene._flow_changed,
    ChangeKind.LANE_ADDED: BlueprintScene._lanes_changed,
    ChangeKind.LANE_REMOVED: BlueprintScene._lanes_changed,
    ChangeKind.LANE_CHANGED: BlueprintScene._lanes_changed,
    ChangeKind.LANES_REORDERED: BlueprintScene._lanes_changed,
    ChangeKind.BLUEPRINT_CHANGED: BlueprintScene._blueprint_changed,
    ChangeKind.RESET: BlueprintScene._reset,
}
_OVERVIEW_KINDS = frozenset({ChangeKind.STEP_ADDED, ChangeKind.STEP_REMOVED, ChangeKind.STEP_CHANGED,
                             ChangeKind.LANE_ADDED, ChangeKind.LANE_REMOVED, ChangeKind.LANE_CHANGED,
                             ChangeKind.LANES_REORDERED})


def _unsubscribe(document: Document, listener) -> None:
    try:
        document.unsubscribe(listener)
    except ValueError:
        pass
