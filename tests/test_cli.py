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
