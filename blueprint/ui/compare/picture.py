"""The comparison as one picture: the as-is, the links, the to-be and the difference panel,
for PNG, SVG, PDF and the printer.

The picture shows both whole blueprints (not only what the window scrolls to), with their
marks, the link from each as-is step to the step it became, and the panel beside them as
the window shows it. Files are written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPoint, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from blueprint.model.fileformat import write_atomically
from blueprint.ui.compare.marks import CHANGE_COLOURS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from blueprint.render.scene import BlueprintScene
    from blueprint.ui.compare.window import ComparisonWindow

MARGIN = 40.0
TITLE_HEIGHT = 44.0
LINK_BAND = 90.0
GAP = 40.0
PNG_SCALE = 2.0
MAX_PANEL_SCALE = 2.0


def _journeys_height(window: ComparisonWindow) -> float:
    top, bottom = window.as_is_scene.content_rect(), window.to_be_scene.content_rect()
    return 2 * TITLE_HEIGHT + top.height() + LINK_BAND + bottom.height()


def panel_scale(window: ComparisonWindow) -> float:
    """The panel is drawn larger (up to twice) so that it reads beside the two blueprints."""
    return max(1.0, min(MAX_PANEL_SCALE, _journeys_height(window) / max(1, window.panel.sizeHint().height())))


def picture_size(window: ComparisonWindow) -> QSizeF:
    """The size of the whole picture in scene units (a unit is a pixel at 100 %)."""
    top, bottom = window.as_is_scene.content_rect(), window.to_be_scene.content_rect()
    panel, scale = window.panel.sizeHint(), panel_scale(window)
    width = max(top.width(), bottom.width()) + GAP + panel.width() * scale + 2 * MARGIN
    height = max(_journeys_height(window), panel.height() * scale) + 2 * MARGIN
    return QSizeF(width, height)


def _render_scene(painter: QPainter, scene: BlueprintScene, at: QPointF) -> QRectF:
    source = scene.content_rect()
    target = QRectF(at, source.size())
    scene.render(painter, target, source)
    return target


def paint_comparison(painter: QPainter, window: ComparisonWindow) -> None:
    """Paint the whole comparison with its top left corner at (0, 0), in scene units."""
    size = picture_size(window)
    painter.fillRect(QRectF(QPointF(0, 0), size), QColor("white"))
    scenes = (window.as_is_scene, window.to_be_scene)
    selected = [item for scene in scenes for item in scene.selectedItems()]
    window._syncing = True  # the selection is put back after; the other view must not follow
    try:
        for item in selected:
            item.setSelected(False)
        for scene in scenes:
            scene.set_pictures_allowed(False)  # vectors, never cached bitmaps
        top = _paint_journey(painter, window.as_is_label.text(), window.as_is_scene, MARGIN)
        bottom = _paint_journey(painter, window.to_be_label.text(), window.to_be_scene,
                                top.bottom() + LINK_BAND)
        _paint_links(painter, window, top, bottom)
    finally:
        for scene in scenes:
            scene.set_pictures_allowed(True)
        for item in selected:
            item.setSelected(True)
        window._syncing = False
    panel_left = MARGIN + max(top.width(), bottom.width()) + GAP
    window.panel.resize(window.panel.sizeHint())
    painter.save()
    painter.translate(panel_left, MARGIN)
    scale = panel_scale(window)
    painter.scale(scale, scale)
    window.panel.render(painter, QPoint(0, 0))
    painter.restore()


def _paint_journey(painter: QPainter, title: str, scene: BlueprintScene, top: float) -> QRectF:
    font = QFont(painter.font())
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1d2330"))
    painter.drawText(QRectF(MARGIN, top, 4000, TITLE_HEIGHT),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    return _render_scene(painter, scene, QPointF(MARGIN, top + TITLE_HEIGHT))


def _paint_links(painter: QPainter, window: ComparisonWindow, top: QRectF, bottom: QRectF) -> None:
    top_left = window.as_is_scene.content_rect().left()
    bottom_left = window.to_be_scene.content_rect().left()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for pair in window.comparison.steps:
        if pair.as_is is None or pair.to_be is None:
            continue
        x1 = top.left() + window.as_is_scene.card_rect(pair.as_is).center().x() - top_left
        x2 = bottom.left() + window.to_be_scene.card_rect(pair.to_be).center().x() - bottom_left
        painter.setPen(QPen(CHANGE_COLOURS[pair.change], 2.5))
        painter.drawLine(QPointF(x1, top.bottom() + 4), QPointF(x2, bottom.top() - TITLE_HEIGHT - 4))


# ---------------------------------------------------------------- the three formats


def png_bytes(window: ComparisonWindow) -> bytes:
    """The picture as PNG, twice as sharp as the screen at 100 %."""
    size = picture_size(window)
    image = QImage(round(size.width() * PNG_SCALE), round(size.height() * PNG_SCALE),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(PNG_SCALE, PNG_SCALE)
    paint_comparison(painter, window)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _painted(device_for, window: ComparisonWindow) -> bytes:
    """Paint the comparison on the device ``device_for(buffer, size)`` makes; its bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = device_for(buffer, picture_size(window))
    painter = QPainter(device)
    paint_comparison(painter, window)
    painter.end()
    buffer.close()
    return bytes(data.data())


def svg_bytes(window: ComparisonWindow) -> bytes:
    """The picture as SVG: text stays text."""
    def generator(buffer: QBuffer, size: QSizeF) -> QSvgGenerator:
        svg = QSvgGenerator()
        svg.setOutputDevice(buffer)
        svg.setSize(size.toSize())
        svg.setViewBox(QRectF(QPointF(0, 0), size))
        svg.setTitle(window.windowTitle())
        return svg

    return _painted(generator, window)


def pdf_bytes(window: ComparisonWindow) -> bytes:
    """The picture as a one-page PDF the size of the picture (a unit is a point)."""
    def writer(buffer: QBuffer, size: QSizeF) -> QPdfWriter:
        pdf = QPdfWriter(buffer)
        pdf.setResolution(72)
        pdf.setPageLayout(QPageLayout(QPageSize(size, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
        pdf.setTitle(window.windowTitle())
        return pdf

    return _painted(writer, window)


WRITERS = {".png": png_bytes, ".svg": svg_bytes, ".pdf": pdf_bytes}


class ExportProblem(Exception):
    """An export that cannot be done; the message says why."""


def export_comparison(window: ComparisonWindow, path: Path | str) -> None:
    """Write the comparison picture; the suffix (.png, .svg, .pdf) chooses the format."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ExportProblem(QCoreApplication.translate(
            "ComparisonWindow", "'{name}' does not end in .png, .svg or .pdf; the suffix chooses the format.")
            .format(name=path.name))
    try:
        write_atomically(path, writer(window))
    except OSError as error:
        raise ExportProblem(QCoreApplication.translate("ComparisonWindow", "{name} cannot be written ({reason}).")
                            .format(name=path.name, reason=error.strerror or error)) from None


def ask_export(window: ComparisonWindow) -> Path | None:
    """Ask for a file name and write the picture; the path written, or None."""
    name, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("ComparisonWindow", "Export the comparison"), "comparison.png",
        QCoreApplication.translate("ComparisonWindow", "PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
    if not name:
        return None
    try:
        export_comparison(window, name)
    except ExportProblem as problem:
        QMessageBox.warning(window, QCoreApplication.translate("ComparisonWindow", "Cannot export"), str(problem))
        return None
    window.statusBar().showMessage(QCoreApplication.translate("ComparisonWindow", "Exported {name}")
                                   .format(name=Path(name).name), 6000)
    return Path(name)


def paint_on_page(printer, window: ComparisonWindow) -> None:
    """Paint the comparison scaled to fit one page of ``printer``."""
    size = picture_size(window)
    painter = QPainter(printer)
    area = painter.viewport()  # the printable area, in device pixels
    scale = min(area.width() / size.width(), area.height() / size.height())
    painter.scale(scale, scale)
    paint_comparison(painter, window)
    painter.end()


def print_preview_dialog(window: ComparisonWindow) -> QPrintPreviewDialog:
    """Qt's print preview of the comparison on landscape A4 (not shown yet)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    printer.setDocName(window.windowTitle())
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("ComparisonWindow", "Print the comparison"))
    dialog.printer = printer  # keep the printer alive as long as the dialog
    dialog.paintRequested.connect(lambda device: paint_on_page(device, window))
    return dialog
