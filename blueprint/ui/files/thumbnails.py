"""Small pictures of blueprints for the welcome page, drawn by the canvas's own scene.

A picture is rendered once from :class:`blueprint.render.scene.BlueprintScene` (the
same drawing the canvas and the export use) and kept on disk in the program's cache
folder, keyed by the file's path, size and modification time; a changed example gets a
new picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from blueprint.model import Blueprint, LoadError, load_blueprint
from blueprint.model.document import Document
from blueprint.ui.files.examples import Example

THUMBNAIL_SIZE = QSize(256, 128)
FORMAT_REVISION = 2
"""Bump when the canvas drawing changes so that old pictures are not reused."""


def render_thumbnail(blueprint: Blueprint, size: QSize = THUMBNAIL_SIZE) -> QImage:
    """The whole journey drawn into an image of ``size``, on white, aspect kept."""
    from blueprint.render.scene import BlueprintScene

    scene = BlueprintScene(Document(blueprint))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, centred_target(scene.content_rect(), size), scene.content_rect(),
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    scene.deleteLater()
    return image


def centred_target(source: QRectF, size: QSize, margin: float = 6.0) -> QRectF:
    """The largest rectangle of the source's shape that fits ``size``, centred."""
    width, height = size.width() - 2 * margin, size.height() - 2 * margin
    if source.width() <= 0 or source.height() <= 0:
        return QRectF(margin, margin, width, height)
    scale = min(width / source.width(), height / source.height())
    target_width, target_height = source.width() * scale, source.height() * scale
    return QRectF((size.width() - target_width) / 2, (size.height() - target_height) / 2,
                  target_width, target_height)


class ThumbnailCache:
    """Pictures of examples, from memory, from the cache folder, or freshly drawn."""

    def __init__(self, folder: Path, size: QSize = THUMBNAIL_SIZE):
        self.folder = folder
        self.size = size
        self._memory: dict[str, QPixmap] = {}

    def file_for(self, example: Example) -> Path:
        """Where the picture of this version of the example is kept."""
        return self.folder / f"{example.key}-r{FORMAT_REVISION}-{self.size.width()}x{self.size.height()}.png"

    def pixmap(self, example: Example) -> QPixmap | None:
        """The example's picture; None when the example cannot be loaded."""
        cached = self._memory.get(example.key)
        if cached is not None:
            return cached
        path = self.file_for(example)
        pixmap = QPixmap(str(path)) if path.exists() else QPixmap()
        if pixmap.isNull():
            try:
                image = render_thumbnail(load_blueprint(example.path), self.size)
            except LoadError:
                return None
            self.folder.mkdir(parents=True, exist_ok=True)
            image.save(str(path), "PNG")
            pixmap = QPixmap.fromImage(image)
        self._memory[example.key] = pixmap
        return pixmap
