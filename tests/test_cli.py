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


# ---------------------------------------------------------------- in the user's language


def _steps_csv(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "steps.csv"
    path.write_text("title;lane\n" + rows, encoding="utf-8")
    return path


def test_the_command_line_speaks_the_language_of_the_environment(tmp_path: Path, capsys, monkeypatch):
    path = tmp_path / "trip.blueprint.json"
    save_blueprint(Blueprint(), path)
    monkeypatch.setenv("LANGUAGE", "nl")
    assert main(["validate", str(path), str(tmp_path / "gone.blueprint.json")]) == 2
    captured = capsys.readouterr()
    assert captured.out == f"{path}: OK\n"
    assert captured.err.startswith(f"{tmp_path / 'gone.blueprint.json'}: kan niet geopend worden\n")
    assert main(["import", str(_steps_csv(tmp_path, "Ask;customer\n")), "-o", str(tmp_path / "one.blueprint.json")]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'one.blueprint.json'}: 1 stap geïmporteerd uit {tmp_path / 'steps.csv'}\n"
    monkeypatch.setenv("LANGUAGE", "fr:nl")
    csv = _steps_csv(tmp_path, "Ask;customer\nAnswer;frontstage\n")
    assert main(["import", str(csv), "-o", str(tmp_path / "two.blueprint.json")]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'two.blueprint.json'} : 2 étapes importées de {csv}\n"
    assert main(["import", str(csv), "-o", str(tmp_path / "two.blueprint.json")]) == 2
    assert capsys.readouterr().err == (f"{tmp_path / 'two.blueprint.json'} existe déjà ; ajoutez --force "
                                       "pour le remplacer\n")
    assert main(["--frobnicate"]) == 2
    assert capsys.readouterr().err == "blueprint: commande inconnue « --frobnicate » ; essayez « blueprint --help »\n"


def test_import_says_the_rows_problems_in_the_language_asked_for(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    csv = _steps_csv(tmp_path, ";customer\nAsk;nowhere\n")
    assert main(["import", str(csv), "--language", "nl"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{csv}: er is niets geïmporteerd (2 foute rijen)",
                   "  rij 2: de titel is leeg; elke stap heeft een titel nodig",
                   "  rij 3: lane: 'nowhere' is geen baan; gebruik de id van een baan (evidence, customer, "
                   "frontstage, backstage, support) of de titel van een baan, zoals 'Klantacties' of "
                   "'Customer actions'"]
    assert main(["import", str(csv), "--language", "en"]) == 1
    assert capsys.readouterr().out.startswith(f"{csv}: nothing was imported (2 bad rows)\n  row 2: the title is empty")
    assert not (tmp_path / "steps.blueprint.json").exists()


def test_a_person_in_a_french_terminal_is_answered_in_french(tmp_path: Path):
    """The whole command, as run from a shell whose environment says French (LANG, as a
    desktop session sets it; LANGUAGE unset)."""
    import os

    env = {key: value for key, value in os.environ.items() if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "fr_BE.UTF-8"
    done = subprocess.run([sys.executable, "-m", "blueprint", "frobnicate"], capture_output=True, text=True,
                          timeout=60, env=env, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("blueprint: commande inconnue « frobnicate » (et aucun fichier de ce nom)")
    missing = subprocess.run([sys.executable, "-m", "blueprint", "trip.blueprint.json"], capture_output=True,
                             text=True, timeout=60, env={**env, "LANG": "C.UTF-8", "LANGUAGE": "nl"}, cwd=tmp_path)
    assert missing.stderr == "blueprint: trip.blueprint.json: dat bestand bestaat niet\n"
