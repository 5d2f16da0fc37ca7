"""The real main window, with its docks, on large journeys; each row beside a raw baseline.

For generated journeys of 5,000, 20,000 and 50,000 steps, a fresh process per group of
scenarios opens the file in :class:`blueprint.ui.window.mainwindow.MainWindow` (inspector, concept,
findings, metrics and history docks, live check, recovery) exactly as File ▸ Open does,
and times what a person does. The raw side is the bare scene of ``ui_bench.RawCanvas``
(a rounded rect and two texts per step, a path per flow) doing the least the same action
needs, measured in the same process, the two taking turns.

Scenarios (``app`` vs ``raw``):
- open to first frame: File ▸ Open until the window has painted vs building the bare
  scene and painting it; open settled: until the live check has shown its findings;
- edit, nothing selected: one step moved by an undo command, the events it causes
  processed, vs moving one bare card;
- longest UI-thread block after an edit (live check included): the longest single turn
  of the event loop from pushing the edit until the findings are shown again (target
  100 ms at 20,000 steps), vs one bare card move;
- fit to window: the first Fit to window from 100 %, painted, vs fitting the bare view and
  painting it (no target: a row to watch);
- select a finding while fitted: with the journey fitted, click the first finding in the
  Findings dock (its cards are selected and, the canvas being far out, shown close enough
  to read), paint, vs selecting the same cards in the fitted bare scene and painting;
- select all + mark: Ctrl+A then W, vs selecting every bare item and re-colouring cards;
- tidy layout: Journey ▸ Tidy layout vs computing the layout and placing the bare cards;
- delete all + undo: Ctrl+A, Delete, Ctrl+Z vs removing and re-adding every bare item.

A group that runs past its time budget (90 s at 5,000 steps, 180 s at 20,000, 300 s at
50,000: building the journey and the raw scene are part of it) is reported as over, with
the budget as its time: before the large-journey work some of these did not finish at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row

SIZES = (5_000, 20_000, 50_000)
REPEAT = {5_000: 3, 20_000: 1, 50_000: 1}
GROUP_BUDGET_S = {5_000: 90.0, 20_000: 180.0, 50_000: 300.0}
GROUPS = (("open", "edit", "block", "fit", "finding", "mark"), ("tidy",), ("delete",))
TARGET_MS_20K = {"edit": 100.0, "block": 100.0, "finding": 100.0, "tidy": 3000.0, "delete": 2000.0}
"""Targets up to 20,000 steps; the fit row has none (watch it beside its raw baseline)."""
NAMES = {
    "open": "window open to first frame",
    "settled": "window open until settled",
    "edit": "window edit, nothing selected",
    "block": "window longest block after edit",
    "fit": "window fit to window",
    "finding": "window select finding, fitted",
    "mark": "window select all + mark",
    "tidy": "window tidy layout",
    "delete": "window delete all + undo",
}


# ---------------------------------------------------------------- in the child process

def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _settle(app, seconds: float = 0.05) -> float:
    """Process events until nothing happens for a moment; the longest single turn (ms)."""
    longest = 0.0
    quiet_until = time.perf_counter() + seconds
    while time.perf_counter() < quiet_until:
        start = time.perf_counter()
        app.processEvents()
        longest = max(longest, (time.perf_counter() - start) * 1000)
    return longest


class _FirstPaint:
    """Notes when the canvas first paints with cards of the journey on it."""

    def __init__(self, view):
        from PySide6.QtCore import QEvent, QObject

        outer = self
        self.at = float("inf")

        class Filter(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
                if (event.type() == QEvent.Type.Paint and outer.at == float("inf")
                        and view.blueprint_scene.step_items()):
                    outer.at = time.perf_counter()
                return False

        self._filter = Filter()
        view.viewport().installEventFilter(self._filter)


class WindowSide:
    """The program: a MainWindow with the journey opened through its file controller."""

    def __init__(self, path: Path, folder: str):
        from blueprint.ui.window.mainwindow import MainWindow
        from blueprint.ui.files.storage import Storage

        self.app = _application()
        self.path = path
        self.window = MainWindow(Storage.in_folder(folder))
        self.window.show()
        _settle(self.app)

    def open(self) -> tuple[float, float]:
        """File ▸ Open: ms until the canvas first painted cards of the journey, and ms until
        the whole journey is drawn and its findings are shown."""
        window = self.window
        runs = window.live_check.runs
        painted = _FirstPaint(window.view)
        start = time.perf_counter()
        window.files.open(self.path)
        self.app.processEvents()
        window.repaint()
        self.wait_for_check(runs)
        settled = (time.perf_counter() - start) * 1000
        return (painted.at - start) * 1000, settled

    def wait_for_check(self, runs_before: int, budget_s: float = 60.0) -> float:
        """Process events until the live check has run again; the longest single turn (ms)."""
        longest = 0.0
        deadline = time.perf_counter() + budget_s
        while self.window.live_check.runs == runs_before and time.perf_counter() < deadline:
            start = time.perf_counter()
            self.app.processEvents()
            longest = max(longest, (time.perf_counter() - start) * 1000)
            time.sleep(0.001)
        return longest

    def select(self, ids) -> None:
        self.window.view.select_ids(list(ids), center=False)
        self.app.processEvents()

    def edit(self, dx: float) -> None:
        from blueprint.ui.commands import MoveStepsCommand

        document = self.window.document
        step = document.blueprint.steps[len(document.blueprint.steps) // 2]
        self.window.undo_stack.push(MoveStepsCommand(document, {step.id: {"x": step.x + dx}}))
        self.app.processEvents()

    def block_after_edit(self, dx: float) -> float:
        runs = self.window.live_check.runs
        start = time.perf_counter()
        self.edit(dx)
        first = (time.perf_counter() - start) * 1000
        return max(first, self.wait_for_check(runs))

    def fit(self) -> None:
        self.window.view.fit_all()
        self.app.processEvents()
        self.window.view.viewport().repaint()

    def choose_finding(self) -> None:
        """Click the first finding (its cards are then selected and shown close enough to
        read: checked, so the row cannot time a click that did nothing)."""
        window = self.window
        item = window.findings.list.item(0)
        window.findings.list.itemClicked.emit(item)
        self.app.processEvents()
        window.view.viewport().repaint()
        wanted = set(self.finding_elements())
        assert wanted and wanted <= set(window.view.selected_ids()), "the finding's steps were not selected"

    def finding_elements(self) -> list[str]:
        findings = self.window.findings.findings
        return list(findings[0].elements) if findings else []

    def select_all_and_mark(self, value) -> None:
        self.window.select_all()
        self.window.edit_actions.view.editing.mark_selection(value)
        self.app.processEvents()
        assert all(step.value == value for step in self.window.document.blueprint.steps), "not all marked"

    def tidy(self) -> None:
        self.window.view.editing.auto_layout()
        self.app.processEvents()

    def delete_all_and_undo(self) -> None:
        self.window.select_all()
        self.window.view.editing.delete_selection()
        self.app.processEvents()
        self.window.undo_stack.undo()
        self.app.processEvents()


class RawSide:
    """The bare scene of the UI benchmark, in a view of the window's canvas size."""

    def __init__(self, text: str):
        from benchmarks.ui_bench import RawCanvas, _view_of

        self.app = _application()
        self.text = text
        self.canvas = RawCanvas(text)
        self.view = _view_of(self.canvas)
        self.view.show()

    def open(self) -> float:
        from benchmarks.ui_bench import RawCanvas, _discard, _view_of

        _discard(self.canvas)
        start = time.perf_counter()
        self.canvas = RawCanvas(self.text)
        self.view = _view_of(self.canvas)
        self.view.show()
        self.view.viewport().repaint()
        self.app.processEvents()
        return (time.perf_counter() - start) * 1000

    def move(self, dx: float) -> None:
        ids = list(self.canvas.cards)
        self.canvas.move(ids[len(ids) // 2], dx)
        self.app.processEvents()

    def fit(self) -> None:
        from PySide6.QtCore import Qt

        self.view.fitInView(self.canvas.fit_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.view.viewport().repaint()
        self.app.processEvents()

    def select_and_paint(self, ids) -> None:
        for step_id in ids:
            item = self.canvas.cards.get(step_id)
            if item is not None:
                item.setFlag(item.GraphicsItemFlag.ItemIsSelectable, True)
                item.setSelected(True)
        self.view.viewport().repaint()

    def select_all_and_colour(self, colour: str) -> None:
        from PySide6.QtGui import QBrush, QColor

        brush = QBrush(QColor(colour))
        for item in self.canvas.cards.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsSelectable, True)
            item.setSelected(True)
            item.setBrush(brush)
        self.app.processEvents()

    def place(self, positions: dict[str, dict[str, float]]) -> None:
        for step_id, position in positions.items():
            self.canvas.cards[step_id].setPos(position["x"], position["y"])
        self.app.processEvents()

    def remove_and_restore(self) -> None:
        scene = self.canvas.scene
        items = [item for item in scene.items() if item.parentItem() is None]
        for item in items:
            scene.removeItem(item)
        self.app.processEvents()
        for item in items:
            scene.addItem(item)
        self.app.processEvents()


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _best_pair(app_action, raw_action, repeat: int) -> tuple[float, float]:
    app_best = raw_best = float("inf")
    for _ in range(repeat):
        app_best = min(app_best, _timed(app_action))
        raw_best = min(raw_best, _timed(raw_action))
    return app_best, raw_best


def run_group(size: int, scenarios: list[str]) -> None:
    """In a fresh process: open the journey and print one JSON line per scenario."""
    from benchmarks.generate import generate_blueprint
    from blueprint.analysis.layout import auto_layout
    from blueprint.model import dumps_blueprint
    from blueprint.model.vocabulary import Value

    repeat = REPEAT.get(size, 1)
    blueprint = generate_blueprint(size)
    text = dumps_blueprint(blueprint)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journey.blueprint.json"
        path.write_text(text, encoding="utf-8")
        app_side = WindowSide(path, folder)
        raw_side = RawSide(text)
        raw_open = min(raw_side.open() for _ in range(repeat))
        first, settled = app_side.open()

        def say(name: str, app_ms: float, raw_ms: float) -> None:
            print(json.dumps({"scenario": name, "app": app_ms, "raw": raw_ms}), flush=True)

        if "open" in scenarios:
            say("open", first, raw_open)
            say("settled", settled, raw_open)
        turn = [1.0]

        def flip() -> float:
            turn[0] = -turn[0]
            return 40.0 * turn[0]

        app_side.select([])
        if "edit" in scenarios:
            say("edit", *_best_pair(lambda: app_side.edit(flip()), lambda: raw_side.move(flip()), repeat))
            app_side.wait_for_check(app_side.window.live_check.runs - 1)
        if "block" in scenarios:
            blocks = [app_side.block_after_edit(flip()) for _ in range(repeat)]
            raw = min(_timed(lambda: raw_side.move(flip())) for _ in range(repeat))
            say("block", min(blocks), raw)
        if "fit" in scenarios or "finding" in scenarios:
            fitted = _timed(app_side.fit), _timed(raw_side.fit)  # the first fit: nothing kept yet
            fitted_zoom = app_side.window.view.zoom_factor()
            if "fit" in scenarios:
                say("fit", *fitted)
        if "finding" in scenarios:
            elements = app_side.finding_elements()
            app_ms = float("inf")
            for _ in range(repeat):
                if app_side.window.view.zoom_factor() != fitted_zoom:
                    app_side.fit()  # the click brought the finding close: fitted again, untimed
                app_ms = min(app_ms, _timed(app_side.choose_finding))
            raw_ms = min(_timed(lambda: raw_side.select_and_paint(elements)) for _ in range(repeat))
            say("finding", app_ms, raw_ms)
        if "mark" in scenarios:
            values = [Value.WASTED, Value.VALUABLE]
            app_ms = min(_timed(lambda v=values[i % 2]: app_side.select_all_and_mark(v)) for i in range(repeat))
            raw_ms = min(_timed(lambda: raw_side.select_all_and_colour("#f8d7d3")) for _ in range(repeat))
            say("mark", app_ms, raw_ms)
        if "tidy" in scenarios:
            app_ms = _timed(app_side.tidy)
            raw_ms = _timed(lambda: raw_side.place(auto_layout(blueprint)))
            say("tidy", app_ms, raw_ms)
        if "delete" in scenarios:
            app_ms = _timed(app_side.delete_all_and_undo)
            raw_ms = _timed(raw_side.remove_and_restore)
            say("delete", app_ms, raw_ms)
        os._exit(0)  # tearing down 50,000 items is not part of any row


# ---------------------------------------------------------------- in the parent

def _run_child(size: int, scenarios: tuple[str, ...], budget_s: float) -> dict[str, tuple[float, float]]:
    """The rows one child printed before it finished or ran out of its budget."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.window_bench", "--child", str(size), ",".join(scenarios)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=root, text=True)
    try:
        output, _ = process.communicate(timeout=budget_s)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    found = {}
    for line in output.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            found[record["scenario"]] = (record["app"], record["raw"])
    return found


def _chosen(variable: str, default: tuple) -> tuple:
    """The comma-separated choice in environment ``variable``, or ``default`` without one."""
    text = os.environ.get(variable, "").strip()
    return tuple(part.strip() for part in text.split(",") if part.strip()) if text else default


def rows() -> list[Row]:
    """Every scenario at every size; a scenario that did not finish shows the budget.

    ``WINDOW_BENCH_SIZES=20000`` and ``WINDOW_BENCH_SCENARIOS=delete,tidy`` run only some.
    """
    sizes = tuple(int(size) for size in _chosen("WINDOW_BENCH_SIZES", SIZES))
    wanted = _chosen("WINDOW_BENCH_SCENARIOS", tuple(NAMES))
    groups = [tuple(s for s in group if s in wanted) for group in GROUPS]
    result = []
    for size in sizes:
        for group in filter(None, groups):
            budget_s = GROUP_BUDGET_S.get(size, 300.0)
            found = _run_child(size, group, budget_s)
            names = [s for s in NAMES if s in group or (s == "settled" and "open" in group)]
            for scenario in names:
                app_ms, raw_ms = found.get(scenario, (budget_s * 1000, None))
                result.append(_row(scenario, size, app_ms, raw_ms, scenario in found))
    return result


def _row(scenario: str, size: int, app_ms: float, raw_ms: float | None, finished: bool) -> Row:
    name = f"{NAMES[scenario]}, {size // 1000}k"
    target_ms = TARGET_MS_20K.get(scenario) if size <= 20_000 else None
    if scenario == "open" and size == 50_000:
        target_ms = 1000.0
    ratio = 2.0 if scenario == "settled" and size == 50_000 else None
    if not finished:
        return Row(name + " (did not finish)", app_ms, raw_ms, ratio, 0.0)
    return Row(name, app_ms, raw_ms, ratio, target_ms)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        run_group(int(sys.argv[2]), sys.argv[3].split(","))
    else:
        from benchmarks.common import HEADER

        print(HEADER)
        for row in rows():
            print(row.line(), flush=True)
