"""The program's icon: a blueprint sheet with swimlanes and a journey across them.

``blueprint/resources/icons/blueprint.svg`` is the drawing; the PNGs beside it are rendered
from it (``make icons``, which runs this module) for desktop entries and platforms that
want bitmaps. The window, the About box and the desktop entry all show this icon.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from blueprint.shipped import ICON_SIZES, icon_path


@cache
def app_icon() -> QIcon:
    """The icon at every shipped size (the PNGs) and any other size (the SVG)."""
    icon = QIcon(str(icon_path()))
    for size in ICON_SIZES:
        if icon_path(size).is_file():
            icon.addFile(str(icon_path(size)), QSize(size, size))
    return icon


def render_png(size: int) -> QImage:
    """The SVG drawn at ``size`` pixels square on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(icon_path())).render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every PNG size beside the SVG."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs one
    for size in ICON_SIZES:
        if not render_png(size).save(str(icon_path(size))):
            print(f"{icon_path(size)}: cannot be written", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
