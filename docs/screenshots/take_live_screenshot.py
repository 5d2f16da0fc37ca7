"""Take the README's live-session screenshot: two windows editing one blueprint, side by side.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_live_screenshot.py

Anna shares the lost-iPhone example through a relay on 127.0.0.1; Ben joins; each selects a
step, so each window shows the other's selection outlined in their colour.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SIZE = (1100, 760)


def wait(app, condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the session did not settle")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    app = QApplication(sys.argv[:1])
    from blueprint.collab.relay import RelayThread
    from blueprint.ui.window.mainwindow import MainWindow
    from blueprint.ui.files.storage import Storage

    relay = RelayThread("127.0.0.1", 0)
    with tempfile.TemporaryDirectory() as folder:
        anna, ben = (MainWindow(Storage.in_folder(Path(folder) / name)) for name in ("anna", "ben"))
        for window in (anna, ben):
            window.resize(*SIZE)
            window.show()
        anna.files.open(ROOT / "blueprint" / "resources" / "examples" / "lost-iphone.as-is.en.blueprint.json")
        anna.live.share("Anna", relay.link())
        anna.live.link_dialog.close()
        ben.live.join("Ben", relay.link())
        wait(app, lambda: ben.document.blueprint == anna.document.blueprint and not ben.live.joining)
        steps = [s.id for s in anna.document.blueprint.steps]
        anna.view.select_ids([steps[1]])
        ben.view.select_ids([steps[3]])
        anna.edit_actions.mark_wasted.trigger()
        ben.edit_actions.mark_necessary.trigger()
        wait(app, lambda: ben.live.remote_selections.outlined() and anna.live.remote_selections.outlined()
             and len(anna.live.shared.history()) == len(ben.live.shared.history()) == 2)
        for window in (anna, ben):
            window.history.show()
            window.history.raise_()
            window.frame_journey()
        for _ in range(20):
            app.processEvents()
        left, right = anna.grab(), ben.grab()
        picture = QPixmap(left.width() + right.width() + 16, max(left.height(), right.height()))
        picture.fill("#5a5a5a")
        painter = QPainter(picture)
        painter.drawPixmap(QPoint(0, 0), left)
        painter.drawPixmap(QPoint(left.width() + 16, 0), right)
        painter.end()
        picture.save(str(HERE / "live-session.png"), "PNG")
        print("docs/screenshots/live-session.png")
        for window in (anna, ben):
            window.live.leave()
            window.undo_stack.setClean()
            window.close()
    relay.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
