"""Putting an export picture on paper: one page fitted to A4 or A3, or a poster of A4 sheets.

Works on any paged device (``QPdfWriter`` for PDF files, ``QPrinter`` for printing), so
the PDF export and the print preview paint exactly the same pages.

A poster is printed at a fixed size (``POSTER_MM_PER_UNIT`` millimetres per scene unit,
times the chosen scale) on landscape A4 sheets. Neighbouring sheets overlap by
``OVERLAP_MM``; corner marks show where to trim each sheet's margin, a dashed line shows
where the next sheet's trimmed edge goes, and each sheet names its row and column.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPen

from blueprint.progress import Progress, no_progress

POSTER_MM_PER_UNIT = 0.3
"""A 200-unit step card is 6 cm wide on the wall: readable from a few metres."""
PAGE_MARGIN_MM = 10.0
OVERLAP_MM = 10.0
MARK_MM = 5.0
GUIDE_COLOUR = QColor("#0a64d6")


class PageChoice(StrEnum):
    """The paper an export or a print goes on."""

    A4 = "A4"
    A3 = "A3"
    POSTER = "poster"


class Picture(Protocol):
    """What can be put on paper: a size in scene units and a way to paint it into a rect."""

    title: str

    def size(self) -> QSizeF:
        """The picture's size in scene units."""
        ...

    def paint(self, painter: QPainter, target: QRectF) -> None:
        """Paint the whole picture fitted into ``target`` (painter coordinates)."""
        ...


@dataclass(frozen=True, slots=True)
class Sheet:
    """One poster sheet: its row and column and the part of the picture it shows, in mm."""

    row: int
    column: int
    source: QRectF


def page_layout(page: PageChoice) -> QPageLayout:
    """Landscape A4 or A3 with a margin for printers; poster sheets get no layout margin."""
    size = QPageSize(QPageSize.PageSizeId.A3 if page is PageChoice.A3 else QPageSize.PageSizeId.A4)
    margin = 0.0 if page is PageChoice.POSTER else PAGE_MARGIN_MM
    return QPageLayout(size, QPageLayout.Orientation.Landscape,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)


def poster_sheets(picture_mm: QSizeF, sheet_mm: QSizeF, overlap_mm: float = OVERLAP_MM) -> list[Sheet]:
    """The sheets that cover a picture of ``picture_mm``, printable area ``sheet_mm`` each."""
    step_x = sheet_mm.width() - overlap_mm
    step_y = sheet_mm.height() - overlap_mm
    columns = max(1, math.ceil((picture_mm.width() - overlap_mm) / step_x))
    rows = max(1, math.ceil((picture_mm.height() - overlap_mm) / step_y))
    return [Sheet(row, column, QRectF(column * step_x, row * step_y, sheet_mm.width(), sheet_mm.height()))
            for row in range(rows) for column in range(columns)]


def paint_pages(device: QPagedPaintDevice, picture: Picture, page: PageChoice | None,
                scale: float = 1.0, progress: Progress = no_progress) -> int:
    """Paint the picture on the device's pages; returns the number of pages.

    ``page`` sets up the paper (landscape A4 or A3 fitted, or a poster); None keeps the
    device's own paper (what the person chose for the printer) and fits one page to it.
    A poster reports ``progress`` after each sheet (and may be cancelled between sheets).
    """
    if page is not None:
        device.setPageLayout(page_layout(page))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("export", "The page could not be painted on."))
    try:
        if page is PageChoice.POSTER:
            return _paint_poster(device, painter, picture, scale, progress)
        paint_rect = device.pageLayout().paintRectPixels(device.resolution())
        picture.paint(painter, top_of_page(picture.size(), QSizeF(paint_rect.size())))
        progress(1.0)
        return 1
    finally:
        painter.end()


def top_of_page(picture_size: QSizeF, page: QSizeF) -> QRectF:
    """Where a fitted picture goes on a page: as wide as fits, at the top, centred across."""
    factor = min(page.width() / picture_size.width(), page.height() / picture_size.height())
    width, height = picture_size.width() * factor, picture_size.height() * factor
    return QRectF((page.width() - width) / 2, 0, width, height)


def poster_plan(picture_size: QSizeF, scale: float = 1.0) -> tuple[list[Sheet], float]:
    """The A4 sheets a poster of a picture (size in scene units) needs, and mm per unit."""
    mm_per_unit = POSTER_MM_PER_UNIT * scale
    full = page_layout(PageChoice.POSTER).fullRect(QPageLayout.Unit.Millimeter)
    printable = QSizeF(full.width() - 2 * PAGE_MARGIN_MM, full.height() - 2 * PAGE_MARGIN_MM)
    picture_mm = QSizeF(picture_size.width() * mm_per_unit, picture_size.height() * mm_per_unit)
    return poster_sheets(picture_mm, printable), mm_per_unit


def _paint_poster(device: QPagedPaintDevice, painter: QPainter, picture: Picture, scale: float,
                  progress: Progress) -> int:
    sheets, mm_per_unit = poster_plan(picture.size(), scale)
    for index, sheet in enumerate(sheets):
        progress(index / len(sheets))
        if index:
            device.newPage()
        painter.save()
        painter.scale(device.resolution() / 25.4, device.resolution() / 25.4)
        paint_sheet(painter, picture, sheet, sheets[-1], mm_per_unit)
        painter.restore()
    progress(1.0)
    return len(sheets)


def paint_sheet(painter: QPainter, picture: Picture, sheet: Sheet, last: Sheet, mm_per_unit: float) -> None:
    """One whole poster sheet, painter units in millimetres from the paper's corner."""
    printable = sheet.source.size()
    painter.save()
    painter.translate(PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    painter.save()
    painter.setClipRect(QRectF(QPointF(0, 0), printable))
    painter.translate(-sheet.source.x(), -sheet.source.y())
    picture.paint(painter, QRectF(QPointF(0, 0), picture.size() * mm_per_unit))
    painter.restore()
    _paint_marks(painter, printable, sheet, last)
    _paint_sheet_label(painter, printable, sheet, last, picture.title)
    painter.restore()


def _paint_marks(painter: QPainter, printable: QSizeF, sheet: Sheet, last: Sheet) -> None:
    """Trim marks at the printable area's corners; dashed lines where the next sheet goes."""
    width, height = printable.width(), printable.height()
    painter.setPen(QPen(QColor("#000000"), 0.2))
    for x, y in ((0, 0), (width, 0), (0, height), (width, height)):
        outward_x = -1 if x == 0 else 1
        outward_y = -1 if y == 0 else 1
        painter.drawLine(QPointF(x + outward_x * 1, y), QPointF(x + outward_x * (1 + MARK_MM), y))
        painter.drawLine(QPointF(x, y + outward_y * 1), QPointF(x, y + outward_y * (1 + MARK_MM)))
    painter.setPen(QPen(GUIDE_COLOUR, 0.3, Qt.PenStyle.DashDotLine))
    if sheet.column < last.column:
        x = width - OVERLAP_MM
        painter.drawLine(QPointF(x, -PAGE_MARGIN_MM + 2), QPointF(x, height + PAGE_MARGIN_MM - 2))
        _small_text(painter, QPointF(x + 1, -PAGE_MARGIN_MM + 2),
                    "→ " + sheet_name(Sheet(sheet.row, sheet.column + 1, QRectF())))
    if sheet.row < last.row:
        y = height - OVERLAP_MM
        painter.drawLine(QPointF(-PAGE_MARGIN_MM + 2, y), QPointF(width + PAGE_MARGIN_MM - 2, y))
        _small_text(painter, QPointF(-PAGE_MARGIN_MM + 1, y + 1),
                    "↓ " + sheet_name(Sheet(sheet.row + 1, sheet.column, QRectF())))


def _small_text(painter: QPainter, top_left: QPointF, text: str, width: float = 60.0) -> None:
    """A line of 2.6 mm text (about 7.5 pt) at ``top_left``; painter units are mm."""
    painter.save()
    painter.scale(0.1, 0.1)  # tenths of a millimetre: a whole pixel size gives a small font
    font = QFont()
    font.setPixelSize(26)
    painter.setFont(font)
    box = QRectF(top_left.x() * 10, top_left.y() * 10, width * 10, 40)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
    painter.drawText(box, int(flags), painter.fontMetrics().elidedText(
        text, Qt.TextElideMode.ElideMiddle, int(box.width())))
    painter.restore()


def sheet_name(sheet: Sheet) -> str:
    """How a sheet is called on paper: a letter per row and a number per column, e.g. B3."""
    return f"{chr(ord('A') + sheet.row % 26)}{sheet.column + 1}"


def _paint_sheet_label(painter: QPainter, printable: QSizeF, sheet: Sheet, last: Sheet, title: str) -> None:
    painter.setPen(QColor("#333333"))
    text = QCoreApplication.translate(
        "export", "{title} — sheet {name} (row {row} of {rows}, column {column} of {columns}). "
        "Trim the margin at the corner marks; lay the next sheet's edge on the dash-dot line.").format(
        title=title, name=sheet_name(sheet), row=sheet.row + 1, rows=last.row + 1,
        column=sheet.column + 1, columns=last.column + 1)
    _small_text(painter, QPointF(0, printable.height() + 1.5), text, printable.width())
