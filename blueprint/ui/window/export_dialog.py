"""File ▸ Export… and File ▸ Print… in the desktop program.

:class:`ExportDialog` chooses the format, the scale or DPI, the paper and whether the
findings show, with a live preview; :func:`print_with_preview` opens Qt's print preview
on the same picture (:func:`paint_print` is what the preview calls).

The dialog opens at once whatever the journey's size: its preview of a large journey
draws each card as a block of its colour (:func:`~blueprint.render.export.overview_picture`),
and the export itself is made as ``blueprint export`` makes it, a batch of cards at a time
with progress and Cancel, so memory holds one batch and not a second copy of the canvas.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blueprint.model.blueprint import Blueprint
from blueprint.render.export import (
    SCREEN_DPI,
    ExportError,
    ExportFormat,
    ExportSettings,
    blueprint_picture,
    export_blueprint,
    fitting_settings,
    image_size,
    overview_picture,
    render_image,
)
from blueprint.progress import Cancelled
from blueprint.ui.files.controller import file_name_for
from blueprint.render.pages import PageChoice, page_layout, paint_pages, poster_plan
from blueprint.render.picture import BlueprintPicture
from blueprint.ui.window.progress_dialog import WorkInProgress

PREVIEW = QSizeF(640, 300)
PREVIEW_CARDS_UP_TO = 3_000
"""Up to this many steps the export preview draws the cards (beyond, each card as a block)
and the print preview keeps the drawn picture (beyond, it makes the cards as it paints)."""


class ExportDialog(QDialog):
    """Choose how to export the blueprint, see a preview, then pick the file name."""

    def __init__(self, blueprint: Blueprint, folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.written: Path | None = None  # where the last export went
        self.setWindowTitle(self.tr("Export the blueprint"))
        self.blueprint = blueprint
        self.folder = folder
        self._picture: BlueprintPicture | None = None
        self._build()
        self.update_preview()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.format_box = QComboBox()
        for export_format, text in ((ExportFormat.PNG, self.tr("PNG picture (slides, e-mail)")),
                                    (ExportFormat.SVG, self.tr("SVG drawing (text stays searchable)")),
                                    (ExportFormat.PDF, self.tr("PDF (print, the workshop wall)"))):
            self.format_box.addItem(text, export_format)
        self.scale_box = QDoubleSpinBox()
        self.scale_box.setRange(0.25, 8.0)
        self.scale_box.setSingleStep(0.25)
        self.scale_box.setValue(1.0)
        self.scale_box.setSuffix(" ×")
        self.dpi_box = QSpinBox()
        self.dpi_box.setRange(24, 768)
        self.dpi_box.setSingleStep(24)
        self.dpi_box.setValue(round(SCREEN_DPI))
        self.dpi_box.setSuffix(self.tr(" dpi"))
        self.page_box = QComboBox()
        for page, text in ((PageChoice.A4, self.tr("One A4 page, landscape")),
                           (PageChoice.A3, self.tr("One A3 page, landscape")),
                           (PageChoice.POSTER, self.tr("Poster: A4 sheets to tape together"))):
            self.page_box.addItem(text, page)
        self.findings_box = QCheckBox(self.tr("Show the check's findings as badges"))
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW.toSize())
        self.preview.setStyleSheet("background: #e9ecef")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._ask_and_export)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        size_row = QHBoxLayout()
        size_row.addWidget(self.scale_box)
        size_row.addWidget(QLabel(self.tr("or")))
        size_row.addWidget(self.dpi_box)
        form.addRow(self.tr("Size:"), size_row)
        form.addRow(self.tr("Paper:"), self.page_box)
        form.addRow("", self.findings_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self.format_box.currentIndexChanged.connect(self.update_preview)
        self.page_box.currentIndexChanged.connect(self.update_preview)
        self.scale_box.valueChanged.connect(self._scale_changed)
        self.dpi_box.valueChanged.connect(self._dpi_changed)
        self.findings_box.toggled.connect(self._findings_changed)

    # ------------------------------------------------------------ state

    def export_format(self) -> ExportFormat:
        """The chosen format."""
        return ExportFormat(self.format_box.currentData())  # the combo box hands back a plain str

    def settings(self) -> ExportSettings:
        """The chosen scale, paper and findings."""
        return ExportSettings(scale=self.scale_box.value(), page=self.page(),
                              findings=self.findings_box.isChecked())

    def page(self) -> PageChoice:
        """The chosen paper (for PDF)."""
        return PageChoice(self.page_box.currentData())

    def picture(self) -> BlueprintPicture:
        """The picture the preview shows, of the size the export will have (rebuilt when the
        findings are switched): with its cards, or for a large journey with blocks."""
        if self._picture is None:
            findings = self.findings_box.isChecked()
            if len(self.blueprint.steps) > PREVIEW_CARDS_UP_TO:
                self._picture = overview_picture(self.blueprint, findings)
            else:
                self._picture = blueprint_picture(self.blueprint, findings)
        return self._picture

    def _scale_changed(self, scale: float) -> None:
        self.dpi_box.blockSignals(True)
        self.dpi_box.setValue(round(scale * SCREEN_DPI))
        self.dpi_box.blockSignals(False)
        self.update_preview()

    def _dpi_changed(self, dpi: int) -> None:
        self.scale_box.blockSignals(True)
        self.scale_box.setValue(dpi / SCREEN_DPI)
        self.scale_box.blockSignals(False)
        self.update_preview()

    def _findings_changed(self) -> None:
        self._picture = None
        self.update_preview()

    # ------------------------------------------------------------ preview

    def update_preview(self) -> None:
        """Redraw the preview and the summary for the current choices."""
        export_format = self.export_format()
        is_pdf = export_format is ExportFormat.PDF
        is_poster = is_pdf and self.page() is PageChoice.POSTER
        self.page_box.setEnabled(is_pdf)
        self.scale_box.setEnabled(export_format is ExportFormat.PNG or is_poster)
        self.dpi_box.setEnabled(export_format is ExportFormat.PNG)
        image = preview_image(self.picture(), PREVIEW, self.settings().scale if is_poster else None)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.summary.setText(self.describe())

    def describe(self) -> str:
        """One line on what the file will hold: pixels, pages or sheets."""
        picture, settings = self.picture(), self.settings()
        match self.export_format():
            case ExportFormat.PNG:
                fitted, note = fitting_settings(picture.size(), ExportFormat.PNG, settings)
                if note:
                    return note
                size = image_size(picture, fitted.pixel_scale)
                return self.tr("{width} × {height} pixels").format(width=size.width(), height=size.height())
            case ExportFormat.SVG:
                return self.tr("A drawing that scales to any size; titles stay searchable text.")
        if settings.page is PageChoice.POSTER:
            _, note = fitting_settings(picture.size(), ExportFormat.PDF, settings)
            if note:
                return note
            sheets, mm_per_unit = poster_plan(picture.size(), settings.scale)
            return self.tr("{count} A4 sheets ({rows} rows of {columns}), {width:.1f} × {height:.1f} m "
                           "on the wall").format(
                count=len(sheets), rows=sheets[-1].row + 1, columns=sheets[-1].column + 1,
                width=picture.size().width() * mm_per_unit / 1000,
                height=picture.size().height() * mm_per_unit / 1000)
        return self.tr("One page, {paper} landscape").format(paper=str(settings.page))

    # ------------------------------------------------------------ exporting

    def suggested_path(self) -> Path:
        """Where the file dialog starts: the blueprint's folder and a name from its title."""
        folder = self.folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation))
        return folder / f"{file_name_for(self.blueprint.title) or 'blueprint'}.{self.export_format()}"

    def export_to(self, path: Path | str) -> str | None:
        """Write the export to ``path`` (its suffix names the format, as the dialog's file
        name always has) atomically; the reason in plain words if it failed.

        A progress dialog shows when it takes longer than half a second; its Cancel raises
        Cancelled, and ``path`` is then left as it was. A PNG or poster too large at the
        chosen scale is made at the largest scale that fits (the summary line says so).
        """
        try:
            with WorkInProgress(self, self.tr("Exporting {name}…").format(name=Path(path).name)) as progress:
                export_blueprint(self.blueprint, path, self.settings(), progress)
        except ExportError as error:
            return str(error)
        return None

    def _ask_and_export(self) -> None:
        export_format = self.export_format()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the blueprint as"), str(self.suggested_path()),
            self.tr("{format} files (*.{suffix})").format(format=export_format.upper(), suffix=export_format))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{export_format}":  # the suffix chooses the format
            path = path.with_name(f"{path.name}.{export_format}")
        try:
            problem = self.export_to(path)
        except Cancelled:
            return  # nothing was written; the dialog stays for another try
        if problem:
            QMessageBox.warning(self, self.tr("Cannot export"), problem)
            return
        self.written = path
        self.accept()


def preview_image(picture: BlueprintPicture, room: QSizeF, poster_scale: float | None = None) -> QImage:
    """The picture shrunk into ``room``; with a poster scale, the sheets drawn over it."""
    size = picture.size()
    image = render_image(picture, min(room.width() / size.width(), room.height() / size.height()))
    if poster_scale is not None:
        _draw_sheets(image, size, poster_scale)
    return image


def _draw_sheets(image: QImage, picture_size: QSizeF, scale: float) -> None:
    sheets, mm_per_unit = poster_plan(picture_size, scale)
    pixels_per_mm = image.width() / (picture_size.width() * mm_per_unit)
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#0a64d6"), 1, Qt.PenStyle.DashLine))
    for sheet in sheets:
        source = sheet.source
        painter.drawRect(QRectF(source.x() * pixels_per_mm, source.y() * pixels_per_mm,
                                source.width() * pixels_per_mm, source.height() * pixels_per_mm))
    painter.end()


# ---------------------------------------------------------------- printing


def paint_print(printer: QPrinter, picture: BlueprintPicture) -> int:
    """What the print preview calls: the picture fitted to one page of the printer's paper
    (under a busy cursor: a large journey's cards are made as they are painted)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        return paint_pages(printer, picture, None)
    finally:
        QGuiApplication.restoreOverrideCursor()


def print_preview_dialog(blueprint: Blueprint, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview of the blueprint, landscape A4 to start with (not shown yet).

    The picture is drawn first under a busy cursor (a progress dialog with Cancel after
    half a second); Cancelled when the person cancels, and nothing is printed. A journey of
    more than :data:`PREVIEW_CARDS_UP_TO` steps is not drawn beforehand: its cards are made
    a batch at a time whenever a page is painted, so no second canvas stays in memory.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(PageChoice.A4))
    printer.setDocName(blueprint.title)
    with WorkInProgress(parent, QCoreApplication.translate("export", "Preparing the print…")) as progress:
        progress(0.0)
        picture = blueprint_picture(blueprint, batched=len(blueprint.steps) > PREVIEW_CARDS_UP_TO)
        progress(1.0)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("export", "Print the blueprint"))
    dialog.printer = printer  # keep the printer alive as long as the dialog
    dialog.picture = picture
    dialog.paintRequested.connect(lambda device: paint_print(device, picture))
    return dialog


def print_with_preview(blueprint: Blueprint, parent: QWidget | None = None) -> str | None:
    """Show the print preview; printing starts from its Print button. Where it went (the
    printer's name, or the PDF file it printed to), or None when nothing was printed."""
    try:
        dialog = print_preview_dialog(blueprint, parent)
    except Cancelled:
        return None
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.printer.outputFileName() or dialog.printer.printerName() or None
