"""Peak memory of opening, exporting and reporting a large journey, and autosave's UI block.

Every side of every row runs in a fresh interpreter, so one row's garbage, caches and
fragmentation never count in another's. A child imports what it needs and starts Qt
first, then reads its resident set (``VmRSS``); the row is the growth of the peak
(``VmHWM``, what the system had to give) over that, in MiB:

- open: File ▸ Open in the real main window until the live check has shown its findings,
  vs building the bare scene of ``ui_bench.RawCanvas`` from the same file and painting it
  (target at 50,000 steps: 1.5 x raw);
- SVG export: ``blueprint export FILE -o OUT.svg`` (the file loaded, the picture written)
  vs loading the same file alone: what the export needs beyond the journey it draws;
- report: ``blueprint report`` (check, metrics, page written) vs loading the file and
  running the check and the metrics the report lists in full.

The SVG export is measured at 5,000 and 50,000 steps, the report at 1,000 (its picture
drawn into the page) and 50,000 (the picture left out), so the rows show how the cost grows
with the picture. Their target is a bound, not a ratio: at most :data:`EXTRA_MIB` beyond
the raw side, whatever the size of the journey.

Autosave (milliseconds, not MiB): the longest single turn of the UI thread from the
autosave timer's call until the recovery copy of the 50,000-step journey is written, vs
serialising it to its file text (the work the save does in all); target 50 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row

SVG_SIZES = (5_000, 50_000)
REPORT_SIZES = (1_000, 50_000)
OPEN_SIZE = 50_000
AUTOSAVE_SIZE = 50_000
CHILD_BUDGET_S = 600.0
TARGET_RATIO = 1.5
EXTRA_MIB = 100.0
"""What an export or a report may need beyond the journey it draws, at any size."""
AUTOSAVE_TARGET_MS = 50.0


def _status_kib(field: str) -> int:
    """A field of /proc/self/status in KiB (VmRSS now, VmHWM the peak so far)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


def _reset_peak() -> None:
    """Start the peak (VmHWM) afresh from the resident set now, where Linux allows it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass


# ---------------------------------------------------------------- in the child

def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _open_app(path: Path, folder: str) -> object:
    from benchmarks.window_bench import WindowSide

    side = WindowSide(path, folder)
    _measure_from_here()
    side.open()
    return side


def _open_raw(path: Path, folder: str) -> object:
    from benchmarks.window_bench import RawSide

    side = RawSide("{}")  # Qt, fonts and the view started
    _measure_from_here()
    side.text = path.read_text(encoding="utf-8")
    side.open()
    return side


def _svg_app(path: Path, folder: str) -> object:
    from blueprint.model.fileformat import load_blueprint
    from blueprint.render.export import export_blueprint, headless_application

    headless_application()
    _measure_from_here()
    return export_blueprint(load_blueprint(path), Path(folder) / "picture.svg")


def _svg_raw(path: Path, folder: str) -> object:
    from blueprint.model.fileformat import load_blueprint
    from blueprint.render.export import headless_application

    headless_application()
    _measure_from_here()
    return load_blueprint(path)


def _report_app(path: Path, folder: str) -> object:
    from blueprint.model.fileformat import load_blueprint
    from blueprint.render.export import headless_application
    from blueprint.render.report_file import write_report

    headless_application()
    _measure_from_here()
    return write_report(load_blueprint(path), Path(folder) / "journey.report.html")


def _report_raw(path: Path, folder: str) -> object:
    from blueprint.check import analyse
    from blueprint.model.fileformat import load_blueprint
    from blueprint.render.export import headless_application

    headless_application()
    _measure_from_here()
    blueprint = load_blueprint(path)
    return blueprint, analyse(blueprint)


_START_KIB = [0]


def _measure_from_here() -> None:
    import gc

    gc.collect()
    _reset_peak()
    _START_KIB[0] = _status_kib("VmRSS")


def _autosave(path: Path, folder: str) -> tuple[float, float]:
    """(longest UI-thread turn of a timed recovery save, ms; serialising the journey, ms).

    The save is timed from the timer's call until the copy is written, the event loop
    turning meanwhile as in the window; each turn is a block the person would feel.
    """
    from PySide6.QtGui import QUndoStack

    from blueprint.model import dumps_blueprint
    from blueprint.model.document import Document
    from blueprint.model.fileformat import load_blueprint
    from blueprint.ui.commands import UpdateStepCommand
    from blueprint.ui.files.recovery import Recovery

    app = _application()
    blueprint = load_blueprint(path)
    document = Document(blueprint)
    stack = QUndoStack()
    recovery = Recovery(Path(folder) / "recovery", document, stack)
    step_id = blueprint.steps[0].id
    blocks, raws = [], []
    for attempt in range(3):
        stack.push(UpdateStepCommand(document, step_id, {"title": f"Edited {attempt}"}))  # unsaved work
        start = time.perf_counter()
        recovery.autosave()
        longest = (time.perf_counter() - start) * 1000
        while recovery.saving():  # on a worker: the UI thread only hands it over
            start = time.perf_counter()
            app.processEvents()
            longest = max(longest, (time.perf_counter() - start) * 1000)
            time.sleep(0.001)
        blocks.append(longest)
        start = time.perf_counter()
        dumps_blueprint(document.blueprint)
        raws.append((time.perf_counter() - start) * 1000)
    app.processEvents()
    if recovery.last_failure or not recovery.blueprint_file.exists():
        raise RuntimeError(recovery.last_failure or "no recovery copy was written")
    _KEPT.extend([recovery, stack])  # alive until the child exits, as in a window
    return min(blocks), min(raws)


_KEPT: list = []


SIDES = {
    ("open", "app"): _open_app, ("open", "raw"): _open_raw,
    ("svg", "app"): _svg_app, ("svg", "raw"): _svg_raw,
    ("report", "app"): _report_app, ("report", "raw"): _report_raw,
}


def run_child(scenario: str, side: str, path: Path) -> None:
    """Print the peak growth in KiB of one side (or autosave's two times in ms)."""
    with tempfile.TemporaryDirectory() as folder:
        if scenario == "autosave":
            print("%.3f %.3f" % _autosave(path, folder), flush=True)
        else:
            kept = SIDES[scenario, side](path, folder)
            print(_status_kib("VmHWM") - _START_KIB[0], flush=True)
            del kept
    os._exit(0)  # tearing down 50,000 items is not part of any row


# ---------------------------------------------------------------- in the parent

def _child(scenario: str, side: str, path: Path) -> list[float] | None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.memory_bench", "--child", scenario, side, str(path)],
            capture_output=True, text=True, env=env, cwd=root, timeout=CHILD_BUDGET_S)
    except subprocess.TimeoutExpired:
        return None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(done.stderr[-2000:], file=sys.stderr)
        return None
    return [float(number) for number in lines[-1].split()]


def _journey_file(folder: str, size: int) -> Path:
    from benchmarks.generate import generate_blueprint
    from blueprint.model import dumps_blueprint

    path = Path(folder) / f"journey-{size}.blueprint.json"
    if not path.exists():
        path.write_text(dumps_blueprint(generate_blueprint(size)), encoding="utf-8")
    return path


def _memory_row(name: str, scenario: str, path: Path, bounded: bool) -> Row:
    """A row in MiB; ``bounded``: at most :data:`EXTRA_MIB` over raw, else 1.5 x raw."""
    app, raw = _child(scenario, "app", path), _child(scenario, "raw", path)
    if app is None or raw is None:
        return Row(name + " (did not finish)", CHILD_BUDGET_S * 1000, None, None, 0.0)
    app_mib, raw_mib = app[0] / 1024, raw[0] / 1024
    if bounded:
        return Row(name, app_mib, raw_mib, None, round(raw_mib + EXTRA_MIB, 1), "MiB")
    return Row(name, app_mib, raw_mib, TARGET_RATIO, None, "MiB")


def rows() -> list[Row]:
    """Peak memory of open, SVG export and report, and autosave's UI-thread block."""
    result = []
    with tempfile.TemporaryDirectory() as folder:
        for size in SVG_SIZES:
            path = _journey_file(folder, size)
            result.append(_memory_row(f"peak MiB (not ms) SVG export, {size // 1000}k", "svg", path, True))
        for size in REPORT_SIZES:
            path = _journey_file(folder, size)
            result.append(_memory_row(f"peak MiB (not ms) report, {size // 1000}k", "report", path, True))
        path = _journey_file(folder, OPEN_SIZE)
        result.append(_memory_row(f"peak MiB (not ms) window open, {OPEN_SIZE // 1000}k", "open", path, False))
        times = _child("autosave", "app", _journey_file(folder, AUTOSAVE_SIZE))
        name = f"autosave UI-thread block, {AUTOSAVE_SIZE // 1000}k"
        if times is None:
            result.append(Row(name + " (did not finish)", CHILD_BUDGET_S * 1000, None, None, 0.0))
        else:
            result.append(Row(name, times[0], times[1], None, AUTOSAVE_TARGET_MS))
    return result


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        run_child(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
    else:
        from benchmarks.common import HEADER

        print(HEADER)
        for row in rows():
            print(row.line(), flush=True)
