"""SIGKILL in the middle of saving, again and again: the file always opens, as the old or the
new version, and the next save clears what the killed ones left (issue 8, defect 9)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from blueprint.model import load_blueprint
from tests.fuzz.scale import cases

KILLS = cases(6, 450)

SAVER = """
import sys
from blueprint.model import Blueprint, Step, save_blueprint
path = sys.argv[1]
steps = [Step(id=f"s{n}", title="A step " * 20, lane="customer", x=n * 10) for n in range(3000)]
print("ready", flush=True)
n = 0
while True:
    n += 1
    save_blueprint(Blueprint(title=f"Version {n}", steps=steps), path)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_save_killed_at_any_moment_leaves_a_file_that_opens(tmp_path: Path) -> None:
    path = tmp_path / "journey.blueprint.json"
    rng = random.Random(8)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(KILLS):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, env=env)
        assert saver.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.4))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        if path.exists():
            assert load_blueprint(path).title.startswith("Version")
    from blueprint.model import Blueprint, save_blueprint

    for leftover in tmp_path.glob(".*.tmp"):
        os.utime(leftover, (time.time() - 3600,) * 2)
    save_blueprint(Blueprint(title="After the kills"), path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
