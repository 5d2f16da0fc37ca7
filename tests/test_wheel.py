"""The wheel is complete: built from the tracked files, installed into a fresh virtual
environment and run from a folder outside the checkout, the program finds its examples,
its Dutch and French translations and its help pages, and every command works.

The fresh environment gets only the wheel; the dependencies (PySide6, pydantic, networkx)
are borrowed from the test's own environment through a path line, which Python reads
without running that environment's start-up files, so the checkout's editable install stays
invisible and a file missing from the wheel is missing in the test too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180

UI_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from blueprint.render.translation import install_translations
install_translations(app)
from blueprint.ui.window.mainwindow import MainWindow
window = MainWindow()
window.show_welcome()
window.welcome.fill_examples()
menus = [action.text() for action in window.menuBar().actions()]
print(json.dumps({"cards": len(window.welcome.cards), "menus": menus}))
window.undo_stack.setClean()
window.recovery.shutdown()
"""


def tracked_files() -> list[str]:
    """The files of the checkout that git knows (what a clone would have)."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("the wheel is built from git's list of files; this is not a git checkout")
    return [name for name in listed.decode().split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    """Build the wheel from a copy of the tracked files, install it into a fresh venv."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in tracked_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "--no-index", "-q", "-w", str(work / "dist"), str(source)],
                           capture_output=True, text=True, timeout=TIMEOUT, cwd=work)
    assert built.returncode == 0, built.stderr
    [wheel] = (work / "dist").glob("*.whl")
    venv = work / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=TIMEOUT)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    installing = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                                 "--no-index", "-q", str(wheel)], capture_output=True, text=True,
                                timeout=TIMEOUT, cwd=work)
    assert installing.returncode == 0, installing.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "borrowed_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    outside = work / "elsewhere"
    outside.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "BLUEPRINT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(outside), XDG_CONFIG_HOME=str(outside / "config"),
               XDG_DATA_HOME=str(outside / "data"), XDG_CACHE_HOME=str(outside / "cache"))
    return {"wheel": wheel, "python": python, "bin": python.parent, "cwd": outside, "env": env}


def run(installed: dict, *argv: str, language: str | None = None) -> subprocess.CompletedProcess:
    env = dict(installed["env"])
    if language:
        env["BLUEPRINT_LANGUAGE"] = language
    return subprocess.run([*argv], capture_output=True, text=True, timeout=TIMEOUT, cwd=installed["cwd"], env=env)


def probe(installed: dict, code: str, language: str | None = None) -> str:
    result = run(installed, str(installed["python"]), "-c", code, language=language)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_wheel_holds_everything_the_program_finds(installed) -> None:
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    for needed in ("blueprint/resources/translations/blueprint_nl.qm",
                   "blueprint/resources/translations/blueprint_fr.qm", "blueprint/resources/help/metrics.md",
                   "blueprint/resources/locale/nl/LC_MESSAGES/blueprint.mo",
                   "blueprint/resources/locale/fr/LC_MESSAGES/blueprint.mo",
                   "blueprint/resources/help/rules/README.md", "blueprint/resources/icons/blueprint.svg",
                   "blueprint/resources/icons/blueprint-256.png"):
        assert needed in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    points = zipfile.ZipFile(installed["wheel"]).read(entry_points).decode()
    assert "[gui_scripts]" in points and "[console_scripts]" in points


def test_the_installed_program_runs_from_its_own_copy(installed) -> None:
    where = probe(installed, "import blueprint, blueprint.shipped as s; print(blueprint.__file__); "
                             "print(s.examples_folder())").splitlines()
    assert all(Path(path).is_relative_to(installed["bin"].parent) for path in where), where


def test_the_welcome_page_shows_every_shipped_example_in_english_dutch_and_french(installed) -> None:
    shipped = [name for name in zipfile.ZipFile(installed["wheel"]).namelist()
               if name.startswith("blueprint/resources/examples/") and name.endswith(".blueprint.json")]
    assert len(shipped) == 10  # both cases, as-is and to-be, in English and Dutch; the lost iPhone in French
    english = json.loads(probe(installed, UI_PROBE, language="en"))
    dutch = json.loads(probe(installed, UI_PROBE, language="nl"))
    french = json.loads(probe(installed, UI_PROBE, language="fr_BE"))
    assert english["cards"] == dutch["cards"] == french["cards"] == len(shipped)
    assert (english["menus"][0], dutch["menus"][0], french["menus"][0]) == ("&File", "&Bestand", "&Fichier")


def test_the_commands_work(installed) -> None:
    blueprint = str(installed["bin"] / "blueprint")
    version = run(installed, blueprint, "--version")
    assert version.returncode == 0 and version.stdout.startswith("blueprint ")
    schema = run(installed, blueprint, "schema")
    assert schema.returncode == 0 and json.loads(schema.stdout)["properties"]["format"]["const"] == "service-blueprint"
    example = probe(installed, "from blueprint.shipped import examples_folder; "
                               "print(examples_folder() / 'lost-iphone.as-is.en.blueprint.json')")
    checked = run(installed, blueprint, "check", example, "--format", "json")
    assert checked.returncode == 1, checked.stderr
    rules = {finding["rule"] for finding in json.loads(checked.stdout)["files"][0]["findings"]}
    assert "administrative-trip" in rules
    dutch = run(installed, blueprint, "check", example, "--language", "nl")
    assert "is een puur administratieve registratie" in dutch.stdout and " fouten, " in dutch.stdout, dutch.stderr
    pages = json.loads(probe(installed, "import json; from blueprint.shipped import rule_page; "
                                        f"print(json.dumps({{r: str(rule_page(r)) for r in {sorted(rules)!r}}}))"))
    assert all(Path(page).is_file() for page in pages.values()), pages
    report = run(installed, blueprint, "report", example, "-o", "trip.report.html")
    assert report.returncode == 1 and (installed["cwd"] / "trip.report.html").stat().st_size > 10_000, report.stderr
    export = run(installed, blueprint, "export", example, "-o", "trip.png")
    assert export.returncode == 0 and (installed["cwd"] / "trip.png").read_bytes()[:4] == b"\x89PNG", export.stderr
    unknown = run(installed, blueprint, "frobnicate")
    assert unknown.returncode == 2 and "unknown command" in unknown.stderr
