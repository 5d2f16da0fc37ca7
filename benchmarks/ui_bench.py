"""The canvas beside a bare QGraphicsScene holding the same number of plain items.

Raw: ``json.loads`` of the same file, then one rounded-rect path item with two plain text
items (title, actor) per step and one path item per flow, in a QGraphicsView of the same
size; the least a canvas showing those cards needs. App: the program's load
(``loads_blueprint``), the Document, and ``BlueprintView``. Both are measured in the same
run, the same way (frames are full viewport repaints, ``view.viewport().repaint()``).

Scenarios on a generated journey of 5,000 steps, 1280 x 800 viewport, offscreen:
- open to the first painted frame: at most 1 s and 1.5 x raw;
- a frame while panning at working zoom (100 %): at most 1.25 x raw;
- a frame zoomed to fit the whole journey: at most 33 ms;
- moving one step with its flows, committed, plus the frame that shows it: at most 2 x raw;
  and the same without the frame, for information;
- memory (resident set growth, each side in a fresh process): at most 1.5 x raw.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import Row
from benchmarks.generate import generate_blueprint

N_STEPS = 5_000
VIEW_SIZE = (1280, 800)
CARD_W, CARD_H = 200.0, 100.0
PAN_FRAMES = 60


# ---------------------------------------------------------------- the two sides

def journey_text(n_steps: int = N_STEPS) -> str:
    """The generated journey as the JSON text of a blueprint file."""
    from blueprint.model import dumps_blueprint

    return dumps_blueprint(generate_blueprint(n_steps))


class RawCanvas:
    """A bare scene: a rounded rect and two text items per step, a path per flow."""

    def __init__(self, text: str):
        from PySide6.QtCore import QPointF, QRectF
        from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
        from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem

        from blueprint.model import standard_lanes

        data = json.loads(text)  # a file leaves out what has its default value
        tops, top = {}, 0.0
        for lane in data.get("lanes") or [lane.model_dump() for lane in standard_lanes()]:
            tops[lane["id"]] = top
            top += lane.get("height", 180.0)
        self.scene = QGraphicsScene()
        card = QPainterPath()
        card.addRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 12, 12)
        brush, pen = QBrush(QColor("#d3f0e4")), QPen(QColor("#007a5a"), 3)
        self.cards, self.positions = {}, {}
        right = 0.0
        for step in data.get("steps", []):
            x, y = step.get("x", 0.0), tops[step["lane"]] + step.get("y", 20.0)
            item = QGraphicsPathItem(card)
            item.setBrush(brush)
            item.setPen(pen)
            item.setPos(x, y)
            title = QGraphicsSimpleTextItem(step["title"], item)
            title.setPos(10, 6)
            actor = QGraphicsSimpleTextItem(step.get("actor", ""), item)
            actor.setPos(40, 72)
            self.scene.addItem(item)
            self.cards[step["id"]] = item
            self.positions[step["id"]] = QPointF(x, y)
            right = max(right, x + CARD_W)
        self.flows_of = {step_id: [] for step_id in self.cards}  # step -> its flows, as any canvas keeps
        for flow in data.get("flows", []):
            item = QGraphicsPathItem(self.flow_path(flow["source"], flow["target"]))
            self.scene.addItem(item)
            for end in (flow["source"], flow["target"]):
                self.flows_of[end].append((item, flow["source"], flow["target"]))
        self.scene.setSceneRect(QRectF(-260, -40, right + 560, top + 80))

    def flow_path(self, source: str, target: str):
        """An elbow from the source card's right edge to the target card's left edge."""
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPainterPath

        a, b = self.positions[source], self.positions[target]
        start, end = QPointF(a.x() + CARD_W, a.y() + CARD_H / 2), QPointF(b.x(), b.y() + CARD_H / 2)
        path = QPainterPath(start)
        path.lineTo(start.x() + 20, start.y())
        path.lineTo(start.x() + 20, end.y())
        path.lineTo(end)
        return path

    def move(self, step_id: str, dx: float) -> None:
        """Move one card and re-route its flows."""
        position = self.positions[step_id]
        position.setX(position.x() + dx)
        self.cards[step_id].setPos(position)
        for item, source, target in self.flows_of[step_id]:
            item.setPath(self.flow_path(source, target))

    def fit_rect(self):
        """What zoom-to-fit shows."""
        return self.scene.sceneRect()


class AppCanvas:
    """The program: load, Document, BlueprintView (which builds the BlueprintScene)."""

    def __init__(self, text: str):
        from PySide6.QtGui import QUndoStack

        from blueprint.model import loads_blueprint
        from blueprint.model.document import Document
        from blueprint.ui.canvas.view import BlueprintView

        self.document = Document(loads_blueprint(text))
        self.undo_stack = QUndoStack()
        self.view = BlueprintView(self.document, self.undo_stack)
        self.scene = self.view.blueprint_scene
        self.scene.fill_now()  # the window draws a large journey a slice at a time: all of it here

    def move(self, step_id: str, dx: float) -> None:
        """Move one step as a drag does on release: one undo command."""
        from blueprint.ui.commands import MoveStepsCommand

        step = self.document.step(step_id)
        self.undo_stack.push(MoveStepsCommand(self.document, {step_id: {"x": step.x + dx}}))

    def fit_rect(self):
        """What zoom-to-fit shows."""
        return self.scene.content_rect()


# ---------------------------------------------------------------- measuring

def _application():
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication([])


def _view_of(canvas):
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    if isinstance(canvas, AppCanvas):
        view = canvas.view
    else:
        view = QGraphicsView(canvas.scene)
        view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        canvas.view = view
    view.resize(*VIEW_SIZE)
    return view


def open_to_first_frame(kind, text: str):
    """Parse, build, show, paint the first frame; the canvas."""
    app = _application()
    canvas = kind(text)
    view = _view_of(canvas)
    view.show()
    view.centerOn(640, 450)
    view.viewport().repaint()
    app.processEvents()
    return canvas


def _discard(canvas) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    canvas.view.hide()
    canvas.view.deleteLater()
    if isinstance(canvas, RawCanvas):
        canvas.scene.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _frame_ms(view) -> float:
    start = time.perf_counter()
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def paired_medians(app_step, raw_step, rounds: int) -> tuple[float, float]:
    """Median times (ms) of two actions run turn about, so that a busy machine slows both alike."""
    app_times, raw_times = [], []
    for _ in range(rounds):
        app_times.append(app_step())
        raw_times.append(raw_step())
    return statistics.median(app_times), statistics.median(raw_times)


def pan_frames(app: AppCanvas, raw: RawCanvas) -> tuple[float, float]:
    """Full repaints while scrolling right at 100 %, far from the start."""
    def stepper(canvas):
        view = canvas.view
        _at_100(canvas)
        view.centerOn(40_000, 450)
        _frame_ms(view)
        bar = view.horizontalScrollBar()

        def step() -> float:
            bar.setValue(bar.value() + 37)
            return _frame_ms(view)
        return step

    return paired_medians(stepper(app), stepper(raw), PAN_FRAMES)


def fit_frames(app: AppCanvas, raw: RawCanvas) -> tuple[float, float]:
    """Full repaints with the whole journey in view."""
    from PySide6.QtCore import Qt

    app.view.resetTransform()
    app.view.fit_all()
    raw.view.resetTransform()
    raw.view.fitInView(raw.fit_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    _frame_ms(app.view)
    _frame_ms(raw.view)
    return paired_medians(lambda: _frame_ms(app.view), lambda: _frame_ms(raw.view), 9)


def moves(app: AppCanvas, raw: RawCanvas, with_frame: bool) -> tuple[float, float]:
    """Moving one step (with its flows) back and forth, optionally with the frame showing it."""
    step_id = "s02500"

    def stepper(canvas):
        _at_100(canvas)
        _centre_on_step(canvas, step_id)
        turn = [0]

        def step() -> float:
            turn[0] += 1
            start = time.perf_counter()
            canvas.move(step_id, 40 if turn[0] % 2 else -40)
            if with_frame:
                canvas.view.viewport().repaint()
            return (time.perf_counter() - start) * 1000
        return step

    return paired_medians(stepper(app), stepper(raw), 21)


def _at_100(canvas) -> None:
    """Zoom to 100 % the way each side's user would: the program through its view's API."""
    if isinstance(canvas, AppCanvas):
        canvas.view.reset_zoom()
    else:
        canvas.view.resetTransform()


def _centre_on_step(canvas, step_id: str) -> None:
    if isinstance(canvas, AppCanvas):
        canvas.view.centerOn(canvas.scene.card_rect(step_id).center())
    else:
        canvas.view.centerOn(canvas.cards[step_id].sceneBoundingRect().center())
    canvas.view.viewport().repaint()


# ---------------------------------------------------------------- memory, in fresh processes

def _resident_kib() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak


def memory_child(kind_name: str) -> None:
    """Run in a fresh process: print the resident-set growth (KiB) of opening the journey."""
    import gc

    text = journey_text()
    _application()
    kind = {"app": AppCanvas, "raw": RawCanvas}[kind_name]
    warm = open_to_first_frame(kind, journey_text(50))  # libraries, fonts and caches loaded
    _discard(warm)
    gc.collect()
    before = _resident_kib()
    canvas = open_to_first_frame(kind, text)
    gc.collect()
    after = _resident_kib()
    assert canvas is not None
    print(after - before)


def memory_mib(kind_name: str) -> float:
    """The growth measured by :func:`memory_child` in a fresh interpreter, in MiB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    output = subprocess.run([sys.executable, "-m", "benchmarks.ui_bench", "--memory", kind_name],
                            capture_output=True, text=True, check=True, env=env, cwd=root).stdout
    return int(output.strip().splitlines()[-1]) / 1024


# ---------------------------------------------------------------- rows

def _timed_open(kind, text: str) -> tuple[float, object]:
    import gc

    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        canvas = open_to_first_frame(kind, text)
        return (time.perf_counter() - start) * 1000, canvas
    finally:
        gc.enable()


def best_opens(text: str, repeat: int = 3):
    """Best open-to-first-frame times (ms) of app and raw, opened turn about, and the canvases.

    The canvas of the previous turn is thrown away before each timed open, outside the
    timing; the garbage collector is off while timing, as in ``benchmarks.common.best_time_ms``.
    """
    best = {AppCanvas: float("inf"), RawCanvas: float("inf")}
    kept = {}
    for attempt in range(repeat + 1):  # the first round warms up
        for kind in (RawCanvas, AppCanvas):
            if kind in kept:
                _discard(kept.pop(kind))
            elapsed, kept[kind] = _timed_open(kind, text)
            if attempt:
                best[kind] = min(best[kind], elapsed)
    return best[AppCanvas], best[RawCanvas], kept[AppCanvas], kept[RawCanvas]


def rows() -> list[Row]:
    """Open, pan, fit, move and memory, each beside the bare scene."""
    _application()
    text = journey_text()
    label = f"{N_STEPS:,} steps"
    app_open, raw_open, app, raw = best_opens(text)
    pan_app, pan_raw = pan_frames(app, raw)  # before fit: no canvas has drawn everything yet
    fit_app, fit_raw = fit_frames(app, raw)
    return [
        Row(f"ui open to first frame, {label}", app_open, raw_open, 1.5, 1000.0),
        Row(f"ui pan frame at 100 %, {label}", pan_app, pan_raw, 1.25),
        Row(f"ui fit frame, {label}", fit_app, fit_raw, None, 33.0),
        Row(f"ui move a step + frame, {label}", *moves(app, raw, True), 2.0),
        Row(f"ui move a step, no frame, {label}", *moves(app, raw, False)),
        Row(f"ui memory MiB (not ms), {label}", memory_mib("app"), memory_mib("raw"), 1.5),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--memory":
        memory_child(sys.argv[2])
    else:
        from benchmarks.common import HEADER

        print(HEADER)
        for row in rows():
            print(row.line(), flush=True)
