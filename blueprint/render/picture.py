"""The picture every export shows: the blueprint's title, its canvas, and a legend.

One :class:`BlueprintPicture` paints PNG, SVG, PDF pages, print pages and the preview in
the export dialog, so they all look alike. It draws in scene units: a margin, a title band
(title, organisation and customer), the scene's content rect rendered by the scene itself,
and a legend band drawn with the canvas's own styles (value cards, flow lines, finding
badges), so the legend matches what the cards and flows look like.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from blueprint.model.blueprint import Blueprint
from blueprint.model.vocabulary import FlowKind, Severity, Value
from blueprint.progress import Progress
from blueprint.render import style
from blueprint.render.batched_scene import BatchedScene
from blueprint.render.labels import label

MARGIN = 40.0
TITLE_BAND = 96.0
LEGEND_BAND = 110.0
SWATCH = QSizeF(44.0, 30.0)
FLOW_SAMPLE = 64.0
ITEM_GAP = 14.0
GROUP_GAP = 48.0
FAIL_POINT = "fail-point"


def _font(pixels: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(style.title_font())
    font.setPixelSize(pixels)
    font.setWeight(weight)
    return font


class BlueprintPicture:
    """A blueprint's scene with a title band above and a legend band below, in scene units."""

    def __init__(self, scene: QGraphicsScene, blueprint: Blueprint, show_findings: bool = False):
        self.scene = scene
        self.blueprint = blueprint
        self.title = blueprint.title
        self.show_findings = show_findings
        self.content_rect: QRectF = scene.content_rect()  # type: ignore[attr-defined]
        self._title_font = _font(34, QFont.Weight.Bold)
        self._subtitle_font = _font(18)
        self._heading_font = _font(16, QFont.Weight.Bold)
        self._label_font = _font(16)

    # ------------------------------------------------------------ size

    def size(self) -> QSizeF:
        """Width and height in scene units: content, bands and margins."""
        width = max(self.content_rect.width(), self._legend_width())
        return QSizeF(width + 2 * MARGIN,
                      self.content_rect.height() + TITLE_BAND + LEGEND_BAND + 2 * MARGIN)

    def subtitle(self) -> str:
        """The line under the title: the organisation and the customer, when known."""
        parts = [self.blueprint.organisation, self.blueprint.customer.persona]
        return " · ".join(part for part in parts if part.strip())

    # ------------------------------------------------------------ painting

    def paint(self, painter: QPainter, target: QRectF, progress: Progress | None = None) -> None:
        """Paint the whole picture fitted (aspect kept, centred) into ``target``.

        With ``progress`` the scene is drawn in strips along the journey (or, for a
        :class:`~blueprint.render.batched_scene.BatchedScene`, a batch at a time), each reported
        (and a chance to cancel); strips meet on whole device pixels, so a bitmap comes out
        the same. Without it the scene is drawn in one go (SVG and PDF keep every shape and
        text whole).
        """
        clip = painter.clipBoundingRect() if painter.hasClipping() else None
        for paint_part in self.parts(target, progress, clip):
            paint_part(painter)

    def parts(self, target: QRectF, progress: Progress | None = None,
              clip: QRectF | None = None) -> Iterator[Callable[[QPainter], None]]:
        """The picture as parts painted one after the other, each by its own call.

        The head (background and title), the scene (a part per batch for a
        :class:`~blueprint.render.batched_scene.BatchedScene`, which holds that batch's items only
        until the next part is asked for: paint each part before taking the next), and the
        legend. Painted in order on one painter they give what :meth:`paint` gives; an SVG
        file is written a part at a time, each on a painter of its own. ``clip`` (in the
        coordinates of ``target``) is where the painter will paint: a batch holds only the
        items inside it.
        """
        size = self.size()
        factor = min(target.width() / size.width(), target.height() / size.height())
        origin = QPointF(target.x() + (target.width() - size.width() * factor) / 2,
                         target.y() + (target.height() - size.height() * factor) / 2)
        content_target = QRectF(MARGIN, MARGIN + TITLE_BAND, self.content_rect.width(),
                                self.content_rect.height())

        def placed(paint: Callable[[QPainter], None]) -> Callable[[QPainter], None]:
            def paint_placed(painter: QPainter) -> None:
                painter.save()
                try:
                    painter.translate(origin)
                    painter.scale(factor, factor)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                    paint(painter)
                finally:
                    painter.restore()
            return paint_placed

        def head(painter: QPainter) -> None:
            painter.fillRect(QRectF(QPointF(0, 0), size), style.CANVAS_BACKGROUND)
            self._paint_title(painter, size.width() - 2 * MARGIN)

        yield placed(head)
        if isinstance(self.scene, BatchedScene):
            offset = self.content_rect.topLeft() - content_target.topLeft()
            area = QRectF(content_target)
            if clip is not None:
                area = area.intersected(QRectF((clip.topLeft() - origin) / factor, clip.size() / factor))
            total = max(1, self.scene.element_count())
            done = 0
            for count in self.scene.batches(area.translated(offset)):
                yield placed(lambda painter: self._paint_scene(painter, content_target))
                done += count
                if progress is not None:
                    progress(min(1.0, done / total))
        else:
            yield placed(lambda painter: self._paint_scene(painter, content_target, progress))
        yield placed(lambda painter: self._paint_legend(painter, QPointF(MARGIN, content_target.bottom() + 30)))

    def _paint_scene(self, painter: QPainter, content_target: QRectF, progress: Progress | None = None) -> None:
        """Render the scene's content, only the part inside the clip (one poster sheet)."""
        area = QRectF(content_target)
        if painter.hasClipping():
            area = area.intersected(painter.clipBoundingRect())
        if area.isEmpty():
            return
        offset = self.content_rect.topLeft() - content_target.topLeft()
        for strip in [area] if progress is None else _strips(painter, area):
            self.scene.render(painter, strip, strip.translated(offset), Qt.AspectRatioMode.IgnoreAspectRatio)
            if progress is not None:
                progress((strip.right() - area.left()) / area.width())

    def _paint_title(self, painter: QPainter, width: float) -> None:
        painter.setPen(style.INK)
        painter.setFont(self._title_font)
        metrics = QFontMetricsF(self._title_font)
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QPointF(MARGIN, MARGIN + metrics.ascent()), title)
        subtitle = self.subtitle()
        if subtitle:
            painter.setPen(style.MUTED_INK)
            painter.setFont(self._subtitle_font)
            sub_metrics = QFontMetricsF(self._subtitle_font)
            painter.drawText(QPointF(MARGIN, MARGIN + metrics.height() + 8 + sub_metrics.ascent()),
                             sub_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width))

    # ------------------------------------------------------------ legend

    def _legend_groups(self) -> list[tuple[str, list[tuple[object, str]]]]:
        groups: list[tuple[str, list[tuple[object, str]]]] = [
            (QCoreApplication.translate("export", "Value"),
             [(value, style.value_style(value).label) for value in Value]),
            (QCoreApplication.translate("export", "Flows"),
             [(kind, style.flow_style(kind).label) for kind in FlowKind]),
        ]
        if any(step.fail_point for step in self.blueprint.steps):
            groups.append((QCoreApplication.translate("export", "Marks"),
                           [(FAIL_POINT, QCoreApplication.translate("export", "fail point"))]))
        if self.show_findings:
            severities = (Severity.ERROR, Severity.WARNING, Severity.INFO)
            groups.append((QCoreApplication.translate("export", "Findings"),
                           [(severity, label(severity).lower()) for severity in severities]))
        return groups

    def _sample_width(self, key: object) -> float:
        return FLOW_SAMPLE if isinstance(key, FlowKind) else SWATCH.width()

    def _legend_width(self) -> float:
        metrics = QFontMetricsF(self._label_font)
        width = 0.0
        for _, items in self._legend_groups():
            width += sum(self._sample_width(key) + 8 + metrics.horizontalAdvance(text) + ITEM_GAP
                         for key, text in items)
            width += GROUP_GAP
        return width - GROUP_GAP

    def _paint_legend(self, painter: QPainter, origin: QPointF) -> None:
        label_metrics = QFontMetricsF(self._label_font)
        x = origin.x()
        sample_y = origin.y() + 32
        for heading, items in self._legend_groups():
            painter.setFont(self._heading_font)
            painter.setPen(style.INK)
            painter.drawText(QPointF(x, origin.y() + 16), heading)
            for key, text in items:
                sample = QRectF(x, sample_y, self._sample_width(key), SWATCH.height())
                self._paint_sample(painter, key, sample)
                painter.setFont(self._label_font)
                painter.setPen(style.INK)
                baseline = sample.center().y() + (label_metrics.ascent() - label_metrics.descent()) / 2
                painter.drawText(QPointF(sample.right() + 8, baseline), text)
                x = sample.right() + 8 + label_metrics.horizontalAdvance(text) + ITEM_GAP
            x += GROUP_GAP - ITEM_GAP

    def _paint_sample(self, painter: QPainter, key: object, rect: QRectF) -> None:
        painter.save()
        if isinstance(key, Value):
            _paint_value_swatch(painter, key, rect)
        elif isinstance(key, FlowKind):
            _paint_flow_sample(painter, key, rect)
        elif isinstance(key, Severity):
            _paint_badge(painter, key, rect.center())
        elif key == FAIL_POINT:
            _paint_fail_point(painter, rect.center())
        painter.restore()


def _paint_value_swatch(painter: QPainter, value: Value, rect: QRectF) -> None:
    value_style = style.value_style(value)
    painter.setBrush(QBrush(value_style.fill))
    painter.setPen(value_style.pen())
    painter.drawRoundedRect(rect, 6, 6)
    painter.setPen(value_style.strong)
    painter.setFont(style.tag_font())
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), value_style.letter)


def _paint_flow_sample(painter: QPainter, kind: FlowKind, rect: QRectF) -> None:
    flow_style = style.flow_style(kind)
    y = rect.center().y()
    tip = QPointF(rect.right(), y)
    painter.setPen(flow_style.pen())
    painter.drawLine(QPointF(rect.left(), y), tip)
    head = style.arrow_head(tip, QPointF(1, 0), flow_style.head)
    painter.setPen(QPen(flow_style.colour, flow_style.width))
    painter.setBrush(QBrush(flow_style.colour) if flow_style.head == "filled" else Qt.BrushStyle.NoBrush)
    painter.drawPath(head)


def _paint_badge(painter: QPainter, severity: Severity, centre: QPointF) -> None:
    painter.setPen(QPen(style.CANVAS_BACKGROUND, 2))
    painter.setBrush(QBrush(style.SEVERITY_COLOURS[severity]))
    painter.drawPath(style.severity_shape(severity, centre))
    _paint_letter(painter, centre, style.SEVERITY_LETTERS[severity], style.CANVAS_BACKGROUND)


def _paint_fail_point(painter: QPainter, centre: QPointF) -> None:
    painter.setPen(QPen(style.FAIL_POINT_COLOUR, 2.5))
    painter.setBrush(QBrush(style.CANVAS_BACKGROUND))
    painter.drawEllipse(centre, style.BADGE_RADIUS, style.BADGE_RADIUS)
    _paint_letter(painter, centre, "F", style.FAIL_POINT_COLOUR)


def _paint_letter(painter: QPainter, centre: QPointF, letter: str, colour) -> None:
    painter.setPen(colour)
    painter.setFont(style.tag_font())
    box = QRectF(centre.x() - style.BADGE_RADIUS, centre.y() - style.BADGE_RADIUS,
                 2 * style.BADGE_RADIUS, 2 * style.BADGE_RADIUS)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), letter)


STRIP_PIXELS = 2048
"""About this many device pixels per strip when the scene is drawn with progress."""


def _strips(painter: QPainter, area: QRectF) -> list[QRectF]:
    """``area`` cut into vertical strips whose edges fall on whole device pixels."""
    transform = painter.deviceTransform()
    inverse, invertible = transform.inverted()
    left, right = transform.map(area.topLeft()).x(), transform.map(area.topRight()).x()
    count = max(1, min(64, math.ceil((right - left) / STRIP_PIXELS)))
    if not invertible or transform.isRotating() or count == 1:
        return [area]
    edges = [area.left()]
    for index in range(1, count):
        device_x = round(left + (right - left) * index / count)
        edges.append(inverse.map(QPointF(device_x, 0)).x())
    edges.append(area.right())
    return [QRectF(edges[i], area.top(), edges[i + 1] - edges[i], area.height()) for i in range(count)]

