"""Cold start: ``python -m blueprint`` until the main window has shown (target 0.6 s).

Each run is a fresh process with ``BLUEPRINT_EXIT_AFTER_SHOW=1``: the program prints a line
once the window has shown and then quits. The time is taken from starting the process to
receiving that line (quitting is not counted). The raw baseline is a bare Python process
that starts a QApplication, shows an empty QMainWindow and prints the same line. Settings,
recovery and cache folders point into a temporary folder, so no real settings are touched.
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


def time_until_shown_ms(arguments: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting the process to its first line of output."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *arguments], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000.0
    process.communicate(timeout=60)
    if "shown" not in line:
        raise RuntimeError(f"the program did not report a shown window: {line!r}")
    return elapsed


def best_of(arguments: list[str], env: dict[str, str]) -> float:
    """The best of a warm-up and :data:`RUNS` runs (the warm-up fills the OS file cache)."""
    time_until_shown_ms(arguments, env)
    return min(time_until_shown_ms(arguments, env) for _ in range(RUNS))


def rows() -> list[Row]:
    """Start-up without a file and with the lost-iPhone example, beside a bare Qt window."""
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(folder)
        raw = best_of(["-c", RAW_SCRIPT], env)
        empty = best_of(["-m", "blueprint"], env)
        example = best_of(["-m", "blueprint", str(EXAMPLE)], env)
    return [
        Row("startup: window shown, no file", empty, raw, target_ms=TARGET_MS),
        Row("startup: window shown, lost-iPhone example", example, raw, target_ms=TARGET_MS),
    ]
