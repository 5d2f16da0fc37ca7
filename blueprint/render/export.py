"""Export a blueprint as a picture: PNG (for slides), SVG (text stays text), PDF (for paper).

Every format paints the same :class:`~blueprint.render.picture.BlueprintPicture` of a
fresh :class:`~blueprint.render.scene.BlueprintScene` built from a copy of the blueprint,
so nothing of the editing session (selection, hover, zoom) ends up in the picture. Files
are written atomically: an existing file is replaced only once the new one is complete.

Works without a display: :func:`headless_application` selects Qt's offscreen platform
when no QApplication exists yet.
"""

from __future__ import annotations

import io
import math
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QFile,
    QFileDevice,
    QIODevice,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from blueprint.check.finding import CheckResult
from blueprint.model.blueprint import Blueprint
from blueprint.model.document import Document
from blueprint.model.fileformat import written_atomically
from blueprint.progress import Progress, no_progress, part
from blueprint.render import style

if TYPE_CHECKING:
    from blueprint.render.scene import BlueprintScene
from blueprint.render.batched_scene import BatchedScene, OverviewScene
from blueprint.render.pages import POSTER_MM_PER_UNIT, PageChoice, page_layout, paint_pages, poster_plan
from blueprint.render.picture import BlueprintPicture

SCREEN_DPI = 96.0
"""At scale 1 one scene unit is one pixel, as on a screen at 100 % zoom."""
PDF_DPI = 1200
"""PDF coordinates are this fine; the scene then draws full detail even on a fitted page."""
DETAIL_SCALE = style.DETAIL_LOD + 0.05
"""Smallest scale at which the canvas draws whole cards (below it: coloured blocks)."""
MAX_PIXELS = 200_000_000
MAX_SHEETS = 200
"""A poster larger than this (about 12 m² of A4) is surely a wrong scale."""
MAX_SIDE = 32_000
MIN_PNG_CARD_PIXELS = 4
"""A PNG whose step cards would be narrower than this shows nothing: it is refused."""
MIN_POSTER_CARD_MM = 5.0
"""A poster whose step cards would be narrower than this on paper shows nothing: refused."""
CREATOR = "Service Blueprint Designer"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class ExportFormat(StrEnum):
    """The file formats a blueprint can be exported to, named by their suffix."""

    PNG = "png"
    SVG = "svg"
    PDF = "pdf"

    @classmethod
    def of(cls, path: Path | str) -> ExportFormat:
        """The format a file name asks for; ExportError for an unknown suffix."""
        suffix = Path(path).suffix.lower().lstrip(".")
        try:
            return cls(suffix)
        except ValueError:
            raise ExportError(QCoreApplication.translate(
                "export", "'{name}' does not end in .png, .svg or .pdf; "
                "the suffix chooses the format.").format(name=Path(path).name)) from None


class ExportError(Exception):
    """An export that cannot be done; the message says why, in plain words."""


@dataclass(frozen=True, slots=True)
class ExportSettings:
    """How to export: pixel scale (or DPI) for PNG, the paper for PDF, findings badges or not."""

    scale: float = 1.0
    dpi: float | None = None
    page: PageChoice = PageChoice.A4
    findings: bool = False

    @property
    def pixel_scale(self) -> float:
        """Pixels per scene unit: the DPI when given (96 dpi = scale 1), else the scale."""
        return self.dpi / SCREEN_DPI if self.dpi else self.scale


def headless_application() -> QCoreApplication:
    """The running QApplication, or a new one on the offscreen platform when none runs."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty: no display needed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1])


def blueprint_picture(blueprint: Blueprint, findings: bool | CheckResult = False,
                      batched: bool = False) -> BlueprintPicture:
    """The picture of a copy of ``blueprint``, with finding badges when ``findings`` asks.

    ``findings`` is True (run the check against the blueprint's own concept), a
    CheckResult already made (e.g. against another concept), or False (no badges).
    ``batched`` makes the cards and arrows only while they are painted, a batch at a time
    (:class:`~blueprint.render.batched_scene.BatchedScene`): what a file export needs, which
    paints the picture once; a preview that paints it again and again keeps a whole scene.
    """
    from blueprint.render.scene import BlueprintScene

    headless_application()
    copy = _private_copy(blueprint) if batched else blueprint.model_copy(deep=True)
    scene = BatchedScene(Document(copy)) if batched else BlueprintScene(Document(copy))
    if findings is True:
        from blueprint.check import run_check

        findings = run_check(copy)
    show = findings is not False
    scene.set_findings(findings if show else None)
    scene.set_show_findings(show)
    scene.set_pictures_allowed(False)  # SVG and PDF need vectors, never cached bitmaps
    return BlueprintPicture(scene, copy, show_findings=show)


def _private_copy(blueprint: Blueprint) -> Blueprint:
    """A copy later edits never reach, sharing the steps and flows (as ``Document.snapshot``:
    an edit swaps in a changed copy of a step or flow, never changes one in place)."""
    return blueprint.model_copy(update={
        "steps": list(blueprint.steps), "flows": list(blueprint.flows),
        "lanes": [lane.model_copy() for lane in blueprint.lanes]})


def overview_picture(blueprint: Blueprint, findings: bool = False) -> BlueprintPicture:
    """The picture of ``blueprint`` with every card drawn as a block of its colour and no
    arrows, made at once whatever the journey's size: a small preview of a large journey.
    Its size, title and legend are those of :func:`blueprint_picture`'s."""
    headless_application()
    scene = OverviewScene(Document(_private_copy(blueprint)))
    return BlueprintPicture(scene, scene.document.blueprint, show_findings=findings)


def picture_size(blueprint: Blueprint, findings: bool) -> QSizeF:
    """The size of the blueprint's picture in scene units, found before any card is made
    (the lanes, the rightmost step and the legend, with its findings group or not)."""
    headless_application()
    scene = BatchedScene(Document(_private_copy(blueprint)))
    return BlueprintPicture(scene, scene.document.blueprint, show_findings=findings).size()


# ---------------------------------------------------------------- the three formats


def image_size(picture: BlueprintPicture, scale: float) -> QSize:
    """The PNG's size in pixels at ``scale``; ExportError when it would be far too big."""
    size = picture.size()
    width, height = math.ceil(size.width() * scale), math.ceil(size.height() * scale)
    if scale <= 0 or width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        largest = min(MAX_SIDE / size.width(), MAX_SIDE / size.height(),
                      math.sqrt(MAX_PIXELS / (size.width() * size.height())))
        raise ExportError(QCoreApplication.translate(
            "export", "At scale {scale:g} the picture would be {width} × {height} pixels; "
            "choose a scale above 0 and at most {largest:.2f}, or export SVG or PDF.")
            .format(scale=scale, width=width, height=height, largest=largest))
    return QSize(max(1, width), max(1, height))


def largest_png_scale(picture_size: QSizeF) -> float:
    """The largest pixel scale whose PNG stays within the raster limits."""
    width, height = max(picture_size.width(), 1.0), max(picture_size.height(), 1.0)
    return min(MAX_SIDE / width, MAX_SIDE / height, math.sqrt(MAX_PIXELS / (width * height)))


def fitting_settings(picture_size: QSizeF, export_format: ExportFormat,
                     settings: ExportSettings) -> tuple[ExportSettings, str]:
    """The settings to export with, and what was changed, in words ("" for nothing).

    A PNG whose size would pass the raster limits (:data:`MAX_SIDE`, :data:`MAX_PIXELS`)
    and a poster that would take more than :data:`MAX_SHEETS` sheets are made at the
    largest scale that fits instead of failing. ExportError when even the smallest
    readable scale does not fit (:data:`MIN_PNG_CARD_PIXELS`, :data:`MIN_POSTER_CARD_MM`):
    arithmetic on the picture's size, so it is said before anything is drawn.
    """
    _refuse_when_nothing_fits(picture_size, export_format, settings)
    if export_format is ExportFormat.PNG and settings.pixel_scale > largest_png_scale(picture_size):
        largest = largest_png_scale(picture_size)
        scale = math.floor(largest * 1000) / 1000 or largest * 0.999
        width = math.ceil(picture_size.width() * scale)
        height = math.ceil(picture_size.height() * scale)
        note = QCoreApplication.translate(
            "export", "At scale {asked:g} the picture would be larger than a PNG can be; it is "
            "made at scale {scale:g} instead ({width} × {height} pixels). SVG and PDF have no such "
            "limit.").format(asked=settings.pixel_scale, scale=scale, width=width, height=height)
        return replace(settings, scale=scale, dpi=None), note
    if export_format is ExportFormat.PDF and settings.page is PageChoice.POSTER:
        sheets = len(poster_plan(picture_size, settings.scale)[0])
        if sheets > MAX_SHEETS:
            scale = settings.scale * math.sqrt(MAX_SHEETS / sheets)
            while len(poster_plan(picture_size, scale)[0]) > MAX_SHEETS:
                scale *= 0.97
            scale = math.floor(scale * 1000) / 1000 or scale
            fitted = len(poster_plan(picture_size, scale)[0])
            note = QCoreApplication.translate(
                "export", "At scale {asked:g} the poster would take {sheets} sheets of A4; it is made "
                "at scale {scale:g} on {fitted} sheets instead (at most {most}).").format(
                    asked=settings.scale, sheets=sheets, scale=scale, fitted=fitted, most=MAX_SHEETS)
            return replace(settings, scale=scale), note
    return settings, ""


def _refuse_when_nothing_fits(picture_size: QSizeF, export_format: ExportFormat,
                              settings: ExportSettings) -> None:
    if export_format is ExportFormat.PNG:
        smallest = MIN_PNG_CARD_PIXELS / style.CARD_WIDTH
        if largest_png_scale(picture_size) < smallest:
            width = math.ceil(picture_size.width() * smallest)
            height = math.ceil(picture_size.height() * smallest)
            raise ExportError(QCoreApplication.translate(
                "export", "This journey is too large for a PNG: even with each step card only {pixels} "
                "pixels wide the picture would be {width} × {height} pixels, more than a PNG can hold. "
                "Export SVG (zoom in as far as you like) or PDF instead.").format(
                    pixels=MIN_PNG_CARD_PIXELS, width=width, height=height))
    if export_format is ExportFormat.PDF and settings.page is PageChoice.POSTER:
        smallest = MIN_POSTER_CARD_MM / (style.CARD_WIDTH * POSTER_MM_PER_UNIT)
        sheets = len(poster_plan(picture_size, smallest)[0])
        if sheets > MAX_SHEETS:
            raise ExportError(QCoreApplication.translate(
                "export", "This journey is too large for a poster: even with each step card only {mm:g} mm "
                "wide it would take {sheets} sheets of A4 (at most {most} are made). Export one A3 page, "
                "or an SVG, instead.").format(mm=MIN_POSTER_CARD_MM, sheets=sheets, most=MAX_SHEETS))


def render_image(picture: BlueprintPicture, scale: float = 1.0, dpi: float | None = None,
                 progress: Progress | None = None) -> QImage:
    """The picture as an image, ``scale`` pixels per scene unit (``dpi`` is stored in the PNG).

    Below the scale where the canvas draws cards as plain blocks, the picture is drawn at
    that scale and shrunk smoothly, so a small export still shows cards, not blocks.
    """
    size = painted_size = image_size(picture, scale)
    if scale < DETAIL_SCALE:
        try:
            painted_size = image_size(picture, DETAIL_SCALE)
        except ExportError:
            pass
    image = _painted_image(picture, painted_size, progress)
    if painted_size != size:
        image = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if dpi:  # only the stored resolution; set after painting so it changes no sizes
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
    return image


def _painted_image(picture: BlueprintPicture, size: QSize, progress: Progress | None = None) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        picture.paint(painter, QRectF(0, 0, image.width(), image.height()), progress)
    finally:
        painter.end()
    return image


def png_bytes(picture: BlueprintPicture, settings: ExportSettings, progress: Progress = no_progress) -> bytes:
    """The PNG file's bytes; the drawing reports ``progress`` strip by strip."""
    stream = io.BytesIO()
    write_png(picture, settings, stream, progress)
    return stream.getvalue()


def write_png(picture: BlueprintPicture, settings: ExportSettings, stream: BinaryIO,
              progress: Progress = no_progress) -> None:
    """Write the PNG file into ``stream``; the drawing reports ``progress`` as it goes."""
    image = render_image(picture, settings.pixel_scale, settings.dpi,
                         None if progress is no_progress else part(progress, 0.0, 0.8))
    with _device(stream) as device:
        if not image.save(device, "PNG"):
            raise ExportError(QCoreApplication.translate(
                "export", "The picture could not be encoded as {format}.").format(format="PNG"))
    progress(1.0)


@contextmanager
def _device(stream: BinaryIO) -> Iterator[QIODevice]:
    """A Qt device that writes into ``stream``: its own file when it has one (nothing is
    kept in memory), else a buffer copied into it at the end."""
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        descriptor = None
    if descriptor is None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        yield buffer
        buffer.close()
        stream.write(bytes(data.data()))
        return
    stream.flush()
    file = QFile()
    if not file.open(descriptor, QIODevice.OpenModeFlag.WriteOnly, QFileDevice.FileHandleFlag.DontCloseHandle):
        raise OSError(file.errorString())
    try:
        yield file
    finally:
        file.close()  # flushes Qt's buffer into the file
        stream.seek(0, io.SEEK_END)  # the stream's own position follows what Qt wrote


def svg_description(picture: BlueprintPicture) -> str:
    """The SVG's description: what it shows, and every step's whole title in journey order.

    A card shows at most three lines of its title; the description keeps each title whole,
    so a search (or a screen reader) finds every step.
    """
    steps = sorted(picture.blueprint.steps, key=lambda step: (step.x, step.y))
    titles = "; ".join(step.title for step in steps)
    return QCoreApplication.translate(
        "export", "Service blueprint “{title}”, exported by {creator}. Steps: {titles}").format(
        title=picture.title, creator=CREATOR, titles=titles)


def svg_text(picture: BlueprintPicture) -> str:
    """The SVG document: text as ``<text>`` elements, escaped, sized in scene units."""
    stream = io.BytesIO()
    write_svg(picture, stream)
    return stream.getvalue().decode("utf-8")


SVG_TAIL = "</g>\n</svg>\n"
"""How Qt's SVG generator ends a document: the drawing's outer group, then the root."""


def write_svg(picture: BlueprintPicture, stream: BinaryIO, progress: Progress = no_progress) -> None:
    """Write the SVG document into ``stream`` as it is made (:func:`svg_pieces`)."""
    for piece in svg_pieces(picture, progress):
        stream.write(piece.encode("utf-8"))


def svg_pieces(picture: BlueprintPicture, progress: Progress = no_progress) -> Iterator[str]:
    """The SVG document a piece at a time: its head, the drawing of each part, its end.

    Qt's SVG generator keeps the whole drawing in memory until it ends, so each part of the
    picture (the head, each batch of cards and arrows, the legend:
    :meth:`BlueprintPicture.parts`) is drawn by a generator of its own and only its drawing
    is passed on: memory holds one part's SVG, never the whole picture's.
    """
    size = picture.size()
    batched = isinstance(picture.scene, BatchedScene)
    target = QRectF(0, 0, size.width(), size.height())
    first = True
    for paint_part in picture.parts(target, progress if batched else None):
        head, drawing = _split_svg(_svg_part(picture, size, paint_part, first))
        if first:
            yield head
            first = False
        yield drawing
    yield SVG_TAIL
    progress(1.0)


def _svg_part(picture: BlueprintPicture, size: QSizeF, paint_part, described: bool) -> str:
    """A whole SVG document of one part; the title and description only when ``described``."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(round(SCREEN_DPI))
    generator.setSize(QSize(math.ceil(size.width()), math.ceil(size.height())))
    generator.setViewBox(QRectF(0, 0, math.ceil(size.width()), math.ceil(size.height())))
    if described:
        generator.setTitle(_NOT_XML.sub("", picture.title))
        generator.setDescription(_NOT_XML.sub("", svg_description(picture)))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(QCoreApplication.translate("export", "The SVG picture could not be started."))
    try:
        paint_part(painter)
    finally:
        painter.end()
    buffer.close()
    # A character XML forbids (a control character typed into a title) would make the
    # whole file unreadable; nothing else in the SVG can hold one, so drop them.
    return _NOT_XML.sub("", bytes(data.data()).decode("utf-8"))


def _split_svg(text: str) -> tuple[str, str]:
    """(the document's head up to its outer group's opening tag, the drawing inside it).

    Definitions (Qt writes gradients there; the picture has none) stay with the drawing.
    """
    defs_start = text.index("<defs>\n")
    defs_end = text.index("</defs>\n", defs_start) + len("</defs>\n")
    head_end = text.index("\n", defs_end) + 1  # the outer group's opening tag is one line
    if not text.endswith(SVG_TAIL):
        raise ExportError(QCoreApplication.translate("export", "The SVG picture could not be started."))
    definitions = text[defs_start:defs_end]
    drawing = text[head_end:len(text) - len(SVG_TAIL)]
    if definitions != "<defs>\n</defs>\n":
        drawing = definitions + drawing
    return text[:defs_start] + "<defs>\n</defs>\n" + text[defs_end:head_end], drawing


def pdf_resolution(picture_size: QSizeF, page: PageChoice) -> int:
    """PDF coordinates fine enough that a fitted page still shows whole cards, not blocks.

    The canvas draws a card as a plain block below a certain scale; on one page a long
    journey is drawn that small, so the resolution rises until it no longer is. Text stays
    vector text, readable when the reader zooms in.
    """
    if page is PageChoice.POSTER:
        return PDF_DPI
    paper = page_layout(page).paintRect(QPageLayout.Unit.Millimeter)
    inches_per_unit = min(paper.width() / picture_size.width(), paper.height() / picture_size.height()) / 25.4
    return max(PDF_DPI, math.ceil(DETAIL_SCALE / inches_per_unit))


def pdf_bytes(picture: BlueprintPicture, page: PageChoice = PageChoice.A4, scale: float = 1.0,
              progress: Progress = no_progress) -> tuple[bytes, int]:
    """The PDF file's bytes and its number of pages (a poster reports progress per sheet)."""
    stream = io.BytesIO()
    pages = write_pdf(picture, stream, page, scale, progress)
    return stream.getvalue(), pages


def write_pdf(picture: BlueprintPicture, stream: BinaryIO, page: PageChoice = PageChoice.A4,
              scale: float = 1.0, progress: Progress = no_progress) -> int:
    """Write the PDF file into ``stream``; its number of pages (a poster reports progress
    per sheet). Qt writes each page into the file as soon as it is done."""
    if page is PageChoice.POSTER:
        sheets = len(poster_plan(picture.size(), scale)[0])
        if sheets > MAX_SHEETS:
            raise ExportError(QCoreApplication.translate(
                "export", "The poster would take {sheets} sheets of A4; at most {most} are made. "
                "Choose a smaller scale, or one A3 page.").format(sheets=sheets, most=MAX_SHEETS))
    with _device(stream) as device:
        writer = QPdfWriter(device)
        writer.setResolution(pdf_resolution(picture.size(), page))
        writer.setTitle(_NOT_XML.sub("", picture.title))
        writer.setCreator(CREATOR)
        try:
            pages = paint_pages(writer, picture, page, scale, progress)
        except OSError as error:
            raise ExportError(str(error)) from None
        del writer  # finishes the file
    return pages


# ---------------------------------------------------------------- files


def export_bytes(picture: BlueprintPicture, export_format: ExportFormat, settings: ExportSettings,
                 progress: Progress = no_progress, stream: BinaryIO | None = None) -> bytes | None:
    """The picture in one format, reporting ``progress`` (Cancelled stops it): its bytes, or
    None when it was written into ``stream`` as it was made."""
    if stream is None:
        into = io.BytesIO()
        export_bytes(picture, export_format, settings, progress, into)
        return into.getvalue()
    if export_format is ExportFormat.PNG:
        write_png(picture, settings, stream, progress)
    elif export_format is ExportFormat.SVG:
        write_svg(picture, stream, progress)
    else:
        write_pdf(picture, stream, settings.page, settings.scale, progress)
    return None


def write_picture(picture: BlueprintPicture, path: Path | str, export_format: ExportFormat,
                  settings: ExportSettings, progress: Progress = no_progress) -> None:
    """Write the picture to ``path`` as it is made, atomically: a Cancelled or any error
    leaves an existing file as it was, and no temporary file behind."""
    try:
        with written_atomically(path) as stream:
            export_bytes(picture, export_format, settings, progress, stream)
    except OSError as error:
        raise ExportError(QCoreApplication.translate("export", "{path} cannot be written ({reason}).").format(
            path=path, reason=error.strerror or error)) from None


PICTURE_SHARE = 0.1
"""The part of an export's progress bar that preparing the picture (and the check) takes."""


def export_blueprint(blueprint: Blueprint, path: Path | str, settings: ExportSettings | None = None,
                     progress: Progress = no_progress) -> str:
    """Write the blueprint's picture to ``path``; the suffix (.png, .svg, .pdf) picks the format.

    The file is written atomically as the picture is drawn, a batch of cards at a time
    (memory holds one batch, not the whole journey): a Cancelled raised by ``progress``
    leaves any existing file as it was. ExportError (plain words) when it cannot be done,
    said before anything is drawn when the picture cannot fit at any readable scale. A
    PNG or poster too large at the asked scale is made at a scale that fits
    (:func:`fitting_settings`); the answer then says so ("" otherwise).
    """
    settings = settings or ExportSettings()
    export_format = ExportFormat.of(path)
    progress(0.0)
    settings, note = fitting_settings(picture_size(blueprint, settings.findings), export_format, settings)
    picture = blueprint_picture(blueprint, settings.findings, batched=True)
    progress(PICTURE_SHARE)
    write_picture(picture, path, export_format, settings, part(progress, PICTURE_SHARE, 1.0))
    return note


def blueprint_svg(blueprint: Blueprint, findings: bool | CheckResult = False) -> str:
    """The blueprint's picture as SVG text, for the HTML report (which stays free of Qt).

    ``findings`` as in :func:`blueprint_picture`: the report passes its own check result.
    """
    return "".join(blueprint_svg_pieces(blueprint, findings))


def blueprint_svg_pieces(blueprint: Blueprint, findings: bool | CheckResult = False,
                         progress: Progress = no_progress) -> Iterator[str]:
    """:func:`blueprint_svg` a piece at a time, as the picture is drawn a batch at a time."""
    yield from svg_pieces(blueprint_picture(blueprint, findings, batched=True), progress)
