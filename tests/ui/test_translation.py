"""The Dutch translation: complete, compiled from its source, in step with the code, and shown.

``resources/translations/blueprint_nl.ts`` is the source (Qt Linguist XML); the program
loads ``blueprint_nl.qm``, which ``pyside6-lrelease`` makes from it. ``make translations``
re-extracts the strings from ``blueprint/ui`` and ``blueprint/render`` and compiles; these tests fail when that was
forgotten, when a string is left untranslated, or when a translation breaks a placeholder.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from blueprint.ui.docks.blueprint_form import parse_fact, show_fact
from blueprint.ui.docks.metrics import format_euro, format_number
from blueprint.ui.files.examples import list_examples
from blueprint.ui.window.mainwindow import MainWindow
from blueprint.ui.files.storage import Storage
from blueprint.render.translation import TRANSLATIONS, speaking
from blueprint.ui.window.welcome import case_title

ROOT = Path(__file__).resolve().parents[2]
DUTCH_TS = ROOT / "resources" / "translations" / "blueprint_nl.ts"
DUTCH_QM = TRANSLATIONS / "blueprint_nl.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ACCELERATOR = re.compile(r"&(?!&)")
HOW_TO_UPDATE = ("run `make translations`, translate the new messages in "
                 "resources/translations/blueprint_nl.ts (Qt Linguist or by hand), then `make translations` again")


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation of every current message (None: unfinished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source"))] = None if kind == "unfinished" else translation.text
    return found


def qt_tool(name: str) -> str:
    """The path of a PySide6 command-line tool (pyside6-lupdate, pyside6-lrelease)."""
    beside_python = Path(sys.executable).with_name(name)
    tool = str(beside_python) if beside_python.exists() else shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed next to this Python")
    return tool


def ui_sources() -> list[str]:
    """The files `make translations` reads: the tracked Python files of blueprint/ui and blueprint/render."""
    try:
        listed = subprocess.run(["git", "ls-files", "blueprint/ui/*.py", "blueprint/ui/**/*.py", "blueprint/render/*.py"],
                                cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        listed = []
    return listed or [str(path.relative_to(ROOT)) for package in ("ui", "render")
                      for path in (ROOT / "blueprint" / package).rglob("*.py")]


# ---------------------------------------------------------------- the .ts itself

def test_every_message_is_translated_with_its_placeholders_and_one_accelerator():
    dutch = messages(DUTCH_TS)
    assert len(dutch) > 400
    untranslated = sorted(key for key, text in dutch.items() if not text)
    assert not untranslated, f"untranslated messages {untranslated[:5]}…: {HOW_TO_UPDATE}"
    for (context, source), text in dutch.items():
        assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source)), (context, source, text)
        assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), (context, source, text)


def test_the_strings_in_the_code_are_exactly_those_in_the_ts(tmp_path):
    extracted = tmp_path / "extracted.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), *ui_sources(), "-ts", str(extracted)],
                   cwd=ROOT, capture_output=True, check=True)
    in_code, in_ts = set(messages(extracted)), set(messages(DUTCH_TS))
    assert in_code - in_ts == set(), f"strings missing from blueprint_nl.ts: {HOW_TO_UPDATE}"
    assert in_ts - in_code == set(), f"blueprint_nl.ts holds strings the code no longer has: {HOW_TO_UPDATE}"


def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    compiled = tmp_path / "blueprint_nl.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), str(DUTCH_TS), "-qm", str(compiled)],
                   capture_output=True, check=True)
    assert compiled.read_bytes() == DUTCH_QM.read_bytes(), f"blueprint_nl.qm is stale: {HOW_TO_UPDATE}"


def test_the_qm_translates_what_the_ts_says():
    translator = QTranslator()
    assert translator.load(str(DUTCH_QM))
    for (context, source), text in messages(DUTCH_TS).items():
        assert translator.translate(context, source) == text, (context, source)


# ---------------------------------------------------------------- the program in Dutch

@pytest.fixture
def dutch(qapp: QApplication):
    """The program's and Qt's Dutch translations, removed again so other tests stay English."""
    with speaking(qapp, QLocale("nl")) as translators:
        yield translators


def accelerators(texts: list[str]) -> list[str]:
    """The accelerator letters of menu texts (the letter after a single &)."""
    return [text[match.end()].lower() for text in texts if (match := ACCELERATOR.search(text))]


def test_the_main_window_speaks_dutch(dutch, qtbot, tmp_path, person):
    assert [Path(t.filePath()).name for t in dutch][:1] == ["blueprint_nl.qm"]
    window = MainWindow(Storage.in_folder(tmp_path / "app"))
    qtbot.addWidget(window)
    window.show()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Bestand", "Be&werken", "Beel&d", "&Klantreis", "&Help"]
    assert window.welcome.new_button.text() == "Nieuwe blueprint"
    assert window.welcome.open_button.text() == "Openen…"
    assert window.actions.check_now.text() == "Nu &toetsen"
    assert window.inspector.windowTitle() == "Eigenschappen"
    severities = window.concept.form.severities
    severities.fill()
    assert severities.item(0, 0).text() == "Het serviceconcept laat een essentiële vraag onbeantwoord"
    window.welcome.fill_examples()
    headings = {label.text() for label in window.welcome.gallery.findChildren(QLabel)}
    assert {"Verloren iPhone", "Geboorteaangifte"} <= headings
    assert all("situatie" in card.text() for card in window.welcome.cards)
    window.files.open(ROOT / "blueprint" / "resources" / "examples" / "lost-iphone.as-is.nl.blueprint.json")
    assert window.edit_actions.mark_wasted.statusTip() == "De gekozen stappen markeren: verspilling (W)"
    window.view.select_ids([window.document.blueprint.steps[0].id])
    window.edit_actions.mark_wasted.trigger()
    assert window.actions.undo.text() == "&Ongedaan maken 1 stap(pen) markeren als verspilling"
    assert window.actions.undo.iconText() == "Ongedaan maken"  # the toolbar button stays short
    window.undo_stack.setClean()
    window.close()


def test_no_dutch_menu_repeats_an_accelerator(dutch, qtbot, tmp_path, person):
    window = MainWindow(Storage.in_folder(tmp_path / "app"))
    qtbot.addWidget(window)
    menus: list[QMenu] = [action.menu() for action in window.menuBar().actions()]
    menus += [action.menu() for menu in menus for action in menu.actions() if action.menu()]
    for texts in [[action.text() for action in window.menuBar().actions()],
                  *[[action.text() for action in menu.actions()] for menu in menus]]:
        letters = accelerators(texts)
        assert len(letters) == len(set(letters)), texts
    window.close()


def test_facts_read_and_show_yes_and_no_in_dutch(dutch):
    assert show_fact(True) == "ja" and show_fact(False) == "nee"
    assert parse_fact("Ja") is True and parse_fact("nee") is False
    assert parse_fact("yes") is True  # the English words keep working


def test_amounts_and_ratios_are_written_as_the_language_writes_them(dutch):
    assert format_euro(1234.5) == "€\u00a01.234,50"
    assert format_number(2.5) == "2,50" and format_number(3.0) == "3"


def test_amounts_in_english_and_in_the_bare_c_locale_put_the_euro_sign_first():
    default = QLocale()
    try:
        for locale in (QLocale("en_GB"), QLocale.c()):
            QLocale.setDefault(locale)
            assert format_euro(75) == "€75.00" and format_number(0.5) == "0.50"
    finally:
        QLocale.setDefault(default)
    assert format_euro(None) == "—"


def test_a_case_is_headed_in_the_programs_language():
    iphone = [example for example in list_examples() if example.case == "lost-iphone"]
    assert case_title(iphone, "nl") == "Verloren iPhone"
    assert case_title(iphone) == case_title(iphone, "fr") == "Lost iPhone"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # English outside the fixture
