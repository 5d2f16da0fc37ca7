"""Presentation mode: the whole journey readable from the back of the room (F5).

The canvas draws a blueprint at its working size, where a journey of twenty steps is four
screens wide. Presenting, every card must stay readable *and* in sight, so this view lays
the journey out anew for the screen it has (a semantic zoom): gaps between columns and the
height of lanes shrink first, empty lanes fold away, a long journey wraps into bands (like
lines of text, each band showing its lanes again), and a title keeps at least
:data:`MIN_TITLE_PX` pixels; a title longer than its card shows as a two-line summary. The
view follows the document, so a journey captured while presenting stays whole in sight.

``F`` shows the findings one at a time (``Shift+F`` back) beside the steps they concern,
with what to do instead; Esc hides them, and Esc again leaves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSizeF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPainterPath, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QToolBar, QWidget

from blueprint.model import Blueprint
from blueprint.model.document import Change, Document
from blueprint.render import style

MIN_TITLE_PX = 18
"""No title is drawn smaller than this on screen (readable from the back of a room)."""
MAX_TITLE_PX = 24
MAX_BANDS = 4
LANE_LABEL_WIDTH = 150.0
MARGIN = 12.0
GLIDE_MS = 250
"""How long cards glide to their new places after an edit while presenting."""
GAP = 8.0
CARD_PADDING = 6.0
LINE_HEIGHT = 1.22  # of the font's pixel size


@dataclass
class Band:
    """One row of the wrapped journey: its columns and the lanes shown in it."""

    top: float
    height: float
    lanes: list[str]
    lane_rects: dict[str, QRectF] = field(default_factory=dict)


@dataclass
class PresentationLayout:
    """Where every card goes on a screen of a given size, and how large its title is."""

    size: QSizeF
    title_px: int
    lines: int
    bands: list[Band]
    cards: dict[str, QRectF]

    @classmethod
    def compute(cls, blueprint: Blueprint, size: QSizeF) -> PresentationLayout:
        """The most readable layout that shows every step: fewest bands whose cards still
        hold a two-line title at :data:`MIN_TITLE_PX`, the largest font that fits."""
        columns = _columns(blueprint)
        used = {step.lane for step in blueprint.steps}
        lanes = [lane.id for lane in blueprint.lanes if lane.id in used] or [lane.id for lane in blueprint.lanes]
        best: PresentationLayout | None = None
        for bands in range(1, MAX_BANDS + 1):
            layout = cls._try(blueprint, size, columns, lanes, bands)
            if layout is None:
                continue
            if best is None or (layout.title_px, layout.lines) > (best.title_px, best.lines):
                best = layout
        return best or cls._try(blueprint, size, columns, lanes, MAX_BANDS, squeeze=True)  # type: ignore[return-value]

    @classmethod
    def _try(cls, blueprint: Blueprint, size: QSizeF, columns: list[list[str]], lanes: list[str],
             bands: int, squeeze: bool = False) -> PresentationLayout | None:
        per_band = max(1, math.ceil(len(columns) / bands))
        bands = max(1, math.ceil(len(columns) / per_band)) if columns else 1
        width = size.width() - LANE_LABEL_WIDTH - 2 * MARGIN
        band_height = (size.height() - 2 * MARGIN - GAP * (bands - 1)) / bands
        column_width = width / per_band
        card_width = column_width - GAP
        step_lane = {s.id: s.lane for s in blueprint.steps}
        chunks = [columns[number * per_band:(number + 1) * per_band] for number in range(bands)]
        band_lanes = [[lane for lane in lanes if any(step_lane[s] == lane for column in chunk for s in column)]
                      or lanes[:1] for chunk in chunks]  # a band shows only the lanes it uses
        stacked = max((sum(1 for s in column if step_lane[s] == lane) for column in columns
                       for lane in lanes), default=1)
        lane_height = band_height / max(1, max((len(used) for used in band_lanes), default=1))
        card_height = (lane_height - GAP) / max(1, stacked) - (GAP if stacked > 1 else 0)
        title_px, lines = _title_size(card_width, card_height)
        if title_px < MIN_TITLE_PX and not squeeze:
            return None
        title_px = max(title_px, MIN_TITLE_PX)
        lines = max(lines, 1)
        layout = cls(size, title_px, lines, [], {})
        for number, chunk in enumerate(chunks):
            top = MARGIN + number * (band_height + GAP)
            used = band_lanes[number]
            height = band_height / len(used)
            band = Band(top, band_height, used)
            for row, lane in enumerate(used):
                band.lane_rects[lane] = QRectF(MARGIN, top + row * height, size.width() - 2 * MARGIN, height)
            layout.bands.append(band)
            for index, column in enumerate(chunk):
                left = MARGIN + LANE_LABEL_WIDTH + index * column_width + GAP / 2
                for lane in used:
                    here = [s for s in column if step_lane[s] == lane]
                    lane_rect = band.lane_rects[lane]
                    for slot, step_id in enumerate(here):
                        y = lane_rect.top() + GAP / 2 + slot * (card_height + GAP)
                        layout.cards[step_id] = QRectF(left, y, card_width, min(card_height, height - GAP))
        return layout


def _columns(blueprint: Blueprint) -> list[list[str]]:
    """The steps in journey order, grouped into columns: steps whose cards overlap in x
    share a column (a Bitner column: evidence above, support below the customer moment)."""
    ordered = sorted(blueprint.steps, key=lambda s: (s.x, s.y))
    columns: list[list[str]] = []
    right = -math.inf
    for step in ordered:
        if columns and step.x < right - style.CARD_WIDTH / 2:
            columns[-1].append(step.id)
            right = max(right, step.x + style.CARD_WIDTH)
        else:
            columns.append([step.id])
            right = step.x + style.CARD_WIDTH
    return columns


def _title_size(card_width: float, card_height: float) -> tuple[int, int]:
    """The largest title font (pixels) and its number of lines that fit a card, keeping at
    least two lines of at least ten characters each."""
    for pixels in range(MAX_TITLE_PX, MIN_TITLE_PX - 1, -1):
        lines = int((card_height - 2 * CARD_PADDING) // (pixels * LINE_HEIGHT))
        characters = (card_width - 2 * CARD_PADDING) / (pixels * 0.58)
        if lines >= 2 and characters >= 10:
            return pixels, min(lines, 4)
    lines = int((card_height - 2 * CARD_PADDING) // (MIN_TITLE_PX * LINE_HEIGHT))
    return MIN_TITLE_PX - 1, lines


@dataclass(frozen=True)
class PaintedCard:
    """What was really drawn for one card: its rectangle and its title's pixel size."""

    rect: QRectF
    title_px: int
    lines: int


class PresentationView(QWidget):
    """The journey laid out for the screen, following the document; findings on demand."""

    leave = Signal()

    def __init__(self, document: Document, live_check: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.live_check = live_check
        self.layout_: PresentationLayout | None = None
        self.painted: dict[str, PaintedCard] = {}
        self.finding_index: int | None = None
        self.selected: Any = list  # the steps selected on the canvas (set by the Presenter)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._lay_out_animated)
        self._before: dict[str, QRectF] = {}  # where the cards stood before the journey changed
        self._glide = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=GLIDE_MS)
        self._glide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._glide.valueChanged.connect(self.update)
        document.subscribe(self._on_change)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Presentation of the journey"))

    def detach(self) -> None:
        """Stop following the document (before the view goes)."""
        try:
            self.document.unsubscribe(self._on_change)
        except ValueError:
            pass

    # ------------------------------------------------------------ following the document

    def _on_change(self, _change: Change) -> None:
        self._relayout.start()

    def _lay_out(self) -> None:
        self.layout_ = PresentationLayout.compute(self.document.blueprint, QSizeF(self.size()))
        self.update()

    def _lay_out_animated(self) -> None:
        """After an edit, the cards glide to their new places (a quarter second) instead of
        jumping, so the room keeps its bearings while the journey grows."""
        self._before = dict(self.layout_.cards) if self.layout_ is not None else {}
        self._lay_out()
        self._glide.stop()
        self._glide.start()

    def _shown_rect(self, step_id: str, rect: QRectF) -> QRectF:
        """Where a card is drawn now: on its way from its old place while gliding."""
        start = self._before.get(step_id)
        if start is None or self._glide.state() != QVariantAnimation.State.Running:
            return rect
        t = float(self._glide.currentValue())
        return QRectF(start.x() + (rect.x() - start.x()) * t, start.y() + (rect.y() - start.y()) * t,
                      start.width() + (rect.width() - start.width()) * t,
                      start.height() + (rect.height() - start.height()) * t)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._lay_out()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._lay_out()

    # ------------------------------------------------------------ findings

    def findings(self) -> list[Any]:
        """The findings of the last check, worst first."""
        result = getattr(self.live_check, "result", None)
        return list(result.findings) if result is not None else []

    def show_finding(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) finding beside its steps."""
        findings = self.findings()
        if not findings:
            self.finding_index = None
        elif self.finding_index is None:
            self.finding_index = 0 if step > 0 else len(findings) - 1
        else:
            self.finding_index = (self.finding_index + step) % len(findings)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """F / Shift+F: next / previous finding; Esc: hide the finding, then leave."""
        if event.key() == Qt.Key.Key_F:
            self.show_finding(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif event.key() == Qt.Key.Key_Escape:
            if self.finding_index is not None:
                self.finding_index = None
                self.update()
            else:
                self.leave.emit()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------ painting

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), style.CANVAS_BACKGROUND)
        layout = self.layout_
        self.painted = {}
        if layout is None:
            return
        blueprint = self.document.blueprint
        lanes = {lane.id: lane for lane in blueprint.lanes}
        for band in layout.bands:
            for lane_id, rect in band.lane_rects.items():
                self._paint_lane(painter, lanes[lane_id], rect)
        self._paint_flows(painter, layout)
        title_font = style.title_font()
        title_font.setPixelSize(layout.title_px)
        for step in blueprint.steps:
            rect = layout.cards.get(step.id)
            if rect is not None:
                self._paint_card(painter, step, self._shown_rect(step.id, rect), title_font, layout.lines)
        if self.finding_index is not None:
            self._paint_finding(painter, layout)
        painter.end()

    def _paint_lane(self, painter: QPainter, lane, rect: QRectF) -> None:
        painter.fillRect(rect, style.LANE_FILL.get(lane.kind, style.CANVAS_BACKGROUND))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = style.lane_font()
        font.setPixelSize(max(MIN_TITLE_PX, min(22, int(rect.height() / 3))))
        label = QRectF(rect.left() + 6, rect.top(), LANE_LABEL_WIDTH - 12, rect.height())
        font = style.font_fitting_words(font, lane.title, label.width())
        painter.setFont(font)
        painter.setPen(style.INK)
        metrics = QFontMetricsF(font)
        lines = max(1, int(label.height() // metrics.lineSpacing()))
        _draw_wrapped(painter, label, lane.title, font, lines, Qt.AlignmentFlag.AlignVCenter)

    def _paint_flows(self, painter: QPainter, layout: PresentationLayout) -> None:
        """Flows as arrows; a flow that wraps to another band (or runs backwards) leaves its
        card with a short arrow and arrives at the other with one, instead of a long line
        across the journey."""
        band_of = _band_index(layout)
        for flow in self.document.blueprint.flows:
            source, target = layout.cards.get(flow.source), layout.cards.get(flow.target)
            if source is None or target is None:
                continue
            source, target = self._shown_rect(flow.source, source), self._shown_rect(flow.target, target)
            flow_style = style.flow_style(flow.kind)
            painter.setPen(QPen(flow_style.colour, 2.5, flow_style.line))
            if band_of[flow.source] == band_of[flow.target] and target.left() >= source.right() - 1:
                start = QPointF(source.right(), source.center().y())
                end = QPointF(target.left(), target.center().y())
                painter.drawLine(start, end)
                _arrow_head(painter, start, end, flow_style.colour)
                continue
            for start, end in ((QPointF(source.right(), source.center().y()),
                                QPointF(source.right() + GAP * 1.5, source.center().y())),
                               (QPointF(target.left() - GAP * 1.5, target.center().y()),
                                QPointF(target.left(), target.center().y()))):
                painter.drawLine(start, end)
                _arrow_head(painter, start, end, flow_style.colour)

    def _paint_card(self, painter: QPainter, step, rect: QRectF, font: QFont, lines: int) -> None:
        if step.id in self.selected():
            painter.setPen(QPen(style.SELECTION, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 10, 10)
        value = style.value_style(step.value)
        painter.setPen(QPen(value.strong, 3, value.border))
        painter.setBrush(value.fill)
        painter.drawRoundedRect(rect, 8, 8)
        inner = rect.adjusted(CARD_PADDING, CARD_PADDING, -CARD_PADDING, -CARD_PADDING)
        fitting = min(lines, max(1, int(inner.height() // (font.pixelSize() * LINE_HEIGHT))))
        painter.setPen(style.INK)
        drawn = _draw_wrapped(painter, inner, step.title, font, fitting, Qt.AlignmentFlag.AlignTop)
        self.painted[step.id] = PaintedCard(QRectF(rect), font.pixelSize(), drawn)

    def _paint_finding(self, painter: QPainter, layout: PresentationLayout) -> None:
        findings = self.findings()
        if not findings or self.finding_index is None or self.finding_index >= len(findings):
            return
        finding = findings[self.finding_index]
        steps = [layout.cards[e] for e in finding.elements if e in layout.cards]
        colour = style.SEVERITY_COLOURS.get(finding.severity, style.INK)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 6))
        for rect in steps:
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 10, 10)
        font = style.title_font()
        font.setPixelSize(22)
        box_width = min(self.width() * 0.45, 620.0)
        anchor = steps[0] if steps else QRectF(self.width() / 2, self.height() / 3, 0, 0)
        text = f"{self.finding_index + 1}/{len(findings)}  {finding.message}"
        hint = getattr(finding, "hint", "")
        body_height = _wrapped_height(text, font, box_width - 32) + (_wrapped_height(hint, font, box_width - 32) + 16 if hint else 0)
        box = QRectF(0, 0, box_width, body_height + 32)
        x = anchor.right() + 16 if anchor.right() + 16 + box_width < self.width() else anchor.left() - 16 - box_width
        box.moveTo(max(MARGIN, x), min(max(MARGIN, anchor.top()), self.height() - box.height() - MARGIN))
        painter.setPen(QPen(colour, 4))
        painter.setBrush(QColor(255, 255, 255, 245))
        painter.drawRoundedRect(box, 12, 12)
        painter.setPen(style.INK)
        inner = box.adjusted(16, 16, -16, -16)
        used = _draw_wrapped(painter, inner, text, font, 100, Qt.AlignmentFlag.AlignTop)
        if hint:
            painter.setPen(QColor("#1f5e2e"))
            hint_rect = inner.adjusted(0, used * font.pixelSize() * LINE_HEIGHT + 16, 0, 0)
            _draw_wrapped(painter, hint_rect, hint, font, 100, Qt.AlignmentFlag.AlignTop)


def _band_index(layout: PresentationLayout) -> dict[str, int]:
    """The band each card is drawn in."""
    bands = {}
    for step_id, rect in layout.cards.items():
        bands[step_id] = next((number for number, band in enumerate(layout.bands)
                               if band.top <= rect.center().y() <= band.top + band.height), 0)
    return bands


def _text_lines(text: str, font: QFont, width: float) -> list[tuple[int, int]]:
    """(start, length) of each line of ``text`` wrapped at word boundaries to ``width``."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return lines


def _wrapped_height(text: str, font: QFont, width: float) -> float:
    return len(_text_lines(text, font, width)) * font.pixelSize() * LINE_HEIGHT


def _draw_wrapped(painter: QPainter, rect: QRectF, text: str, font: QFont, max_lines: int,
                  vertical: Qt.AlignmentFlag) -> int:
    """Draw ``text`` wrapped into ``rect`` in at most ``max_lines`` lines, the last one
    ending in an ellipsis when the text goes on; the number of lines drawn."""
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    lines = _text_lines(text, font, rect.width())
    shown = lines[:max_lines]
    step = font.pixelSize() * LINE_HEIGHT
    top = rect.top()
    if vertical == Qt.AlignmentFlag.AlignVCenter:
        top = rect.center().y() - len(shown) * step / 2
    for number, (start, length) in enumerate(shown):
        piece = text[start:start + length].rstrip()
        if number == len(shown) - 1 and len(lines) > len(shown):
            piece = metrics.elidedText(text[start:].rstrip(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRectF(rect.left(), top + number * step, rect.width(), step),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), piece)
    return len(shown)


def _arrow_head(painter: QPainter, start: QPointF, end: QPointF, colour: QColor) -> None:
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    size = 12.0
    head = QPainterPath(end)
    head.lineTo(end.x() - size * math.cos(angle - 0.45), end.y() - size * math.sin(angle - 0.45))
    head.lineTo(end.x() - size * math.cos(angle + 0.45), end.y() - size * math.sin(angle + 0.45))
    head.closeSubpath()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(head)
    painter.restore()


class Presenter:
    """Puts a window into presentation mode and back: docks, toolbars, menus and the status
    bar step aside, the window fills the screen, and everything returns as it was."""

    def __init__(self, window: Any):
        self.window = window
        self.view: PresentationView | None = None
        self._saved: tuple[bool, Any, list[QWidget]] | None = None

    @property
    def active(self) -> bool:
        """Whether the window is presenting now."""
        return self.view is not None

    def toggle(self) -> None:
        """Enter presentation mode, or leave it."""
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        """Show the open journey full screen, laid out to be read from afar."""
        window = self.window
        if self.active or not window.files.is_open:
            return
        window.commit_pending_edits()
        shown = [w for w in (window.menuBar(), window.statusBar(), *window.findChildren(QToolBar),
                             *window.docks()) if w.isVisible()]
        self._saved = (window.isFullScreen(), window.saveState(), shown)
        for widget in shown:
            widget.hide()
        self.view = PresentationView(window.document, window.live_check)
        self.view.selected = window.view.selected_step_ids
        self.view.leave.connect(self.leave)
        window.live_check.checked.connect(self.view.update)
        window.view.selectedIdsChanged.connect(self.view.update)
        # Capture goes on while presenting: the canvas's keys work here, and its in-place
        # editors show as a caption along the bottom of the presentation.
        self.view.addActions(window.view.actions())
        window.view.editor_host = self.view
        window.pages.addWidget(self.view)
        window.pages.setCurrentWidget(self.view)
        window.showFullScreen()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        """Back to the editing window exactly as it was."""
        if self.view is None or self._saved is None:
            return
        window = self.window
        was_full_screen, state, shown = self._saved
        view, self.view, self._saved = self.view, None, None
        window.view.commit_title()
        window.view.editor_host = None
        window.view.selectedIdsChanged.disconnect(view.update)
        view.detach()
        window.pages.setCurrentWidget(window.view)
        window.pages.removeWidget(view)
        view.deleteLater()
        if not was_full_screen:
            window.showNormal()
        window.restoreState(state)
        for widget in shown:
            widget.show()
        window.actions.full_screen.setChecked(window.isFullScreen())
        window.view.setFocus(Qt.FocusReason.OtherFocusReason)

