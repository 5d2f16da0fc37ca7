"""Cold start: ``python -m blueprint`` until the main window has shown (target 0.6 s).

Each run is a fresh process with ``BLUEPRINT_EXIT_AFTER_SHOW=1``: the program prints a line
once the window has shown, another once the file named on its command line is open, and
then quits. The time is taken from starting the process to receiving the line a row waits
for (quitting is not counted). The raw baseline is a bare Python process that starts a
QApplication, shows an empty QMainWindow and prints the same line. Settings, recovery and
cache folders point into a temporary folder, so no real settings are touched.

Rows: no file, and the lost-iPhone example open (target 0.6 s each); a generated journey
of 50,000 steps named on the command line, until the window shows (target 1 s: the file
then fills the window under a progress bar; the time until it is drawn is a row of
``window_bench``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "blueprint" / "resources" / "examples" / "lost-iphone.as-is.en.blueprint.json"
RUNS = 5
TARGET_MS = 600.0
LARGE_STEPS = 50_000
LARGE_RUNS = 2
LARGE_TARGET_MS = 1000.0

RAW_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
window.show()
def done():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def _environment(folder: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a person's Python keeps its compiled modules
    env.update({
        "BLUEPRINT_EXIT_AFTER_SHOW": "1",
        "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": os.path.join(folder, "config"),
        "XDG_DATA_HOME": os.path.join(folder, "data"),
        "XDG_CACHE_HOME": os.path.join(folder, "cache"),
    })
    return env


def time_until_ms(arguments: list[str], env: dict[str, str], word: str = "shown") -> float:
    """Milliseconds from starting the process to its line that starts with ``word``; the
    process is stopped there."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *arguments], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith(word):
            break
    elapsed = (time.perf_counter() - start) * 1000.0
    process.kill()
    process.communicate(timeout=60)
    if not lines or not lines[-1].startswith(word):
        raise RuntimeError(f"the program did not report '{word}': {''.join(lines)!r}")
    return elapsed


def best_of(arguments: list[str], env: dict[str, str], word: str = "shown", runs: int = RUNS) -> float:
    """The best of a warm-up and ``runs`` runs (the warm-up fills the OS file cache)."""
    time_until_ms(arguments, env, word)
    return min(time_until_ms(arguments, env, word) for _ in range(runs))


def rows() -> list[Row]:
    """Start-up without a file, with the lost-iPhone example and with a 50,000-step journey,
    beside a bare Qt window."""
    from benchmarks.generate import generate_blueprint
    from blueprint.model import dumps_blueprint

    with tempfile.TemporaryDirectory() as folder:
        env = _environment(folder)
        large = Path(folder) / "large.blueprint.json"
        large.write_text(dumps_blueprint(generate_blueprint(LARGE_STEPS)), encoding="utf-8")
        raw = best_of(["-c", RAW_SCRIPT], env)
        empty = best_of(["-m", "blueprint"], env)
        example = best_of(["-m", "blueprint", str(EXAMPLE)], env, word="opened")
        large_shown = best_of(["-m", "blueprint", str(large)], env, runs=LARGE_RUNS)
    return [
        Row("startup: window shown, no file", empty, raw, target_ms=TARGET_MS),
        Row("startup: window shown, lost-iPhone example open", example, raw, target_ms=TARGET_MS),
        Row(f"startup: window shown, {LARGE_STEPS // 1000}k-step file named", large_shown, raw,
            target_ms=LARGE_TARGET_MS),
    ]
