"""The ``blueprint`` command line: dispatch, validate, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from blueprint.cli import main
from blueprint.model import Blueprint, Step, save_blueprint


def test_validate_prints_ok_for_each_valid_file(tmp_path: Path, capsys):
    paths = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.blueprint.json"
        save_blueprint(Blueprint(title=name, steps=[Step(id="s", title="Ask", lane="customer")]), path)
        paths.append(str(path))
    assert main(["validate", *paths]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{p}: OK" for p in paths]


def test_one_bad_file_among_good_ones_exits_1(tmp_path: Path, capsys):
    good, bad = tmp_path / "good.blueprint.json", tmp_path / "bad.blueprint.json"
    save_blueprint(Blueprint(), good)
    bad.write_text("{", encoding="utf-8")
    assert main(["validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{good}: OK" in out and f"{bad}: cannot be opened" in out


def test_unreadable_beats_invalid(tmp_path: Path):
    bad = tmp_path / "bad.blueprint.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["validate", str(bad), str(tmp_path / "missing.blueprint.json")]) == 2


def test_unknown_option_is_a_plain_error(capsys):
    assert main(["--frobnicate"]) == 2
    assert "unknown command" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command(tmp_path: Path):
    path = tmp_path / "x.blueprint.json"
    save_blueprint(Blueprint(), path)
    result = subprocess.run([sys.executable, "-m", "blueprint", "validate", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"{path}: OK"


def run_blueprint(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The command as a person runs it, with no display at all (no DISPLAY, no Qt platform)."""
    import os

    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "blueprint", *argv], capture_output=True, text=True,
                          timeout=60, env=env, cwd=cwd)


def test_version(capsys):
    from blueprint import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"blueprint {__version__}"


def test_unknown_command_and_missing_file_exit_two_without_a_display(tmp_path: Path):
    unknown = run_blueprint("frobnicate", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "unknown command 'frobnicate'" in unknown.stderr and "Traceback" not in unknown.stderr
    missing = run_blueprint("trip.blueprint.json", cwd=tmp_path)
    assert missing.returncode == 2 and "trip.blueprint.json: there is no such file" in missing.stderr
    folder = run_blueprint(str(tmp_path))
    assert folder.returncode == 2 and "folder" in folder.stderr


def test_a_closed_pipe_ends_quietly(examples_dir: Path):
    files = sorted(str(path) for path in examples_dir.glob("*.blueprint.json")) * 4  # > a pipe's 64 KB
    reader = subprocess.Popen([sys.executable, "-m", "blueprint", "check", *files, "--format", "json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first_line = reader.stdout.readline()
    reader.stdout.close()  # `| head -1`: the reader goes away after one line
    error = reader.stderr.read().decode()
    status = reader.wait(timeout=60)
    assert first_line.strip() == b"{"
    assert error == "" and status == 141
