"""Every shipped translation: complete, compiled from its source, in step with the code, and shown.

``resources/translations/blueprint_<lang>.ts`` is a language's source (Qt Linguist XML); the
program loads ``blueprint_<lang>.qm``, which ``pyside6-lrelease`` makes from it. ``make
translations`` re-extracts the strings from ``blueprint/ui`` and ``blueprint/render`` and compiles; these tests fail, for
every language that has a ``.ts``, when that was forgotten, when a string is left untranslated,
when a translation breaks a placeholder, or when one menu repeats an accelerator letter. A new
language is one more ``.ts`` (and its ``.qm``): these tests then hold it to the same standard.
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
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from blueprint.check import rules_in_language
from blueprint.ui.docks.blueprint_form import parse_fact, show_fact
from blueprint.ui.docks.metrics import format_euro, format_number
from blueprint.ui.files.examples import list_examples
from blueprint.ui.window.mainwindow import MainWindow
from blueprint.ui.files.storage import Storage
from blueprint.render.translation import TRANSLATIONS, speaking
from blueprint.ui.window.welcome import case_title

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
LANGUAGES = sorted(ts.stem.removeprefix("blueprint_") for ts in SOURCES.glob("blueprint_*.ts"))
"""Every language the program ships a translation for (``nl``, ``fr``, …)."""
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ACCELERATOR = re.compile(r"&(?!&)")
EXAMPLES = ROOT / "blueprint" / "resources" / "examples"


def source(language: str) -> Path:
    """The language's Qt Linguist source, ``resources/translations/blueprint_<language>.ts``."""
    return SOURCES / f"blueprint_{language}.ts"


def compiled(language: str) -> Path:
    """The language's compiled translation inside the package, which the program loads."""
    return TRANSLATIONS / f"blueprint_{language}.qm"


def how_to_update(language: str) -> str:
    return (f"run `make translations`, translate the new messages in resources/translations/"
            f"blueprint_{language}.ts (Qt Linguist or by hand), then `make translations` again")


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

def test_dutch_and_french_are_shipped():
    assert {"nl", "fr"} <= set(LANGUAGES)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], str | None]:
    """The messages pyside6-lupdate finds in the code now (extracted once for every language)."""
    extracted = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), *ui_sources(), "-ts", str(extracted)],
                   cwd=ROOT, capture_output=True, check=True)
    return messages(extracted)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_and_one_accelerator(language):
    translated = messages(source(language))
    assert len(translated) > 400
    untranslated = sorted(key for key, text in translated.items() if not text)
    assert not untranslated, f"untranslated messages {untranslated[:5]}…: {how_to_update(language)}"
    for (context, text_source), text in translated.items():
        assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(text_source)), (
            context, text_source, text)
        assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(text_source)), (context, text_source, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_strings_in_the_code_are_exactly_those_in_the_ts(language, extracted):
    in_code, in_ts = set(extracted), set(messages(source(language)))
    name = source(language).name
    assert in_code - in_ts == set(), f"strings missing from {name}: {how_to_update(language)}"
    assert in_ts - in_code == set(), f"{name} holds strings the code no longer has: {how_to_update(language)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(language, tmp_path):
    made = tmp_path / compiled(language).name
    subprocess.run([qt_tool("pyside6-lrelease"), str(source(language)), "-qm", str(made)],
                   capture_output=True, check=True)
    assert made.read_bytes() == compiled(language).read_bytes(), (
        f"{made.name} is stale: {how_to_update(language)}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_translates_what_the_ts_says(language):
    translator = QTranslator()
    assert translator.load(str(compiled(language)))
    for (context, text_source), text in messages(source(language)).items():
        assert translator.translate(context, text_source) == text, (context, text_source)


# ---------------------------------------------------------------- the program in Dutch and in French

@pytest.fixture
def dutch(qapp: QApplication):
    """The program's and Qt's Dutch translations, removed again so other tests stay English."""
    with speaking(qapp, QLocale("nl")) as translators:
        yield translators


@pytest.fixture
def french(qapp: QApplication):
    """The program's and Qt's French translations (Belgian French), removed again afterwards."""
    with speaking(qapp, QLocale("fr_BE")) as translators:
        yield translators


@pytest.fixture(params=["en", *LANGUAGES])
def every_language(request, qapp: QApplication):
    """The program in English and in each shipped language, one after another."""
    with speaking(qapp, QLocale(request.param)):
        yield request.param


def accelerators(texts: list[str]) -> list[str]:
    """The accelerator letters of menu texts (the letter after a single &)."""
    return [text[match.end()].lower() for text in texts if (match := ACCELERATOR.search(text))]


def started_window(qtbot, tmp_path: Path) -> MainWindow:
    """The main window as a person finds it after start-up: the welcome page."""
    window = MainWindow(Storage.in_folder(tmp_path / "app"))
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def mark_first_step_wasted(window: MainWindow, example: str) -> tuple[str, str, str]:
    """Open an example, mark its first step wasted; the action's status tip, then the Undo
    action's text in the menu and on the toolbar."""
    window.files.open(EXAMPLES / example)
    tip = window.edit_actions.mark_wasted.statusTip()
    window.view.select_ids([window.document.blueprint.steps[0].id])
    window.edit_actions.mark_wasted.trigger()
    texts = (tip, window.actions.undo.text(), window.actions.undo.iconText())
    window.undo_stack.setClean()
    return texts


def test_the_main_window_speaks_dutch(dutch, qtbot, tmp_path, person):
    assert [Path(t.filePath()).name for t in dutch][:1] == ["blueprint_nl.qm"]
    window = started_window(qtbot, tmp_path)
    assert menu_titles(window) == ["&Bestand", "Be&werken", "Beel&d", "&Klantreis", "&Help"]
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
    assert mark_first_step_wasted(window, "lost-iphone.as-is.nl.blueprint.json") == (
        "De gekozen stappen markeren: verspilling (W)",
        "&Ongedaan maken 1 stap(pen) markeren als verspilling",
        "Ongedaan maken")  # the toolbar button stays short
    window.close()


def test_the_main_window_speaks_french(french, qtbot, tmp_path, person):
    assert [Path(t.filePath()).name for t in french][:1] == ["blueprint_fr.qm"]
    window = started_window(qtbot, tmp_path)
    assert menu_titles(window) == ["&Fichier", "É&dition", "&Affichage", "&Parcours", "A&ide"]
    assert window.welcome.open_button.text() == "Ouvrir…"
    assert window.actions.check_now.text() == "Contrôler &maintenant"
    assert window.inspector.windowTitle() == "Propriétés"
    assert window.findings.windowTitle() == "Constats"
    severities = window.concept.form.severities
    severities.fill()
    first_rule = next(iter(rules_in_language("fr_BE").values()))
    assert severities.item(0, 0).text() == first_rule.title  # the check's own words, in French once it has them
    window.welcome.fill_examples()
    assert all("Situation" in card.text() for card in window.welcome.cards)
    assert window.welcome.new_button.text() == "Nouveau blueprint"
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    blueprint = window.document.blueprint
    assert blueprint.language == "fr"
    assert [lane.title for lane in blueprint.lanes] == [
        "Preuves physiques", "Actions du client", "Front-office (visible)", "Back-office (invisible)",
        "Processus de support"]
    lines = [line.label.text() for line in window.view.blueprint_scene._backdrop.lines]  # noqa: SLF001
    assert lines == ["Ligne d’interaction", "Ligne de visibilité", "Ligne d’interaction interne"]
    assert mark_first_step_wasted(window, "lost-iphone.as-is.en.blueprint.json") == (
        "Marquer les étapes sélectionnées\u00a0: gaspillage (W)",
        "&Annuler Marquer 1 étape(s)\u00a0: gaspillage",
        "Annuler")
    window.close()


def test_no_menu_repeats_an_accelerator_in_any_language(every_language, qtbot, tmp_path, person):
    window = started_window(qtbot, tmp_path)
    menus: list[QMenu] = [action.menu() for action in window.menuBar().actions()]
    menus += [action.menu() for menu in menus for action in menu.actions() if action.menu()]
    for texts in [menu_titles(window),
                  *[[action.text() for action in menu.actions()] for menu in menus]]:
        letters = accelerators(texts)
        assert len(letters) == len(set(letters)), (every_language, texts)
    window.close()


def test_facts_read_and_show_yes_and_no_in_dutch(dutch):
    assert show_fact(True) == "ja" and show_fact(False) == "nee"
    assert parse_fact("Ja") is True and parse_fact("nee") is False
    assert parse_fact("yes") is True  # the English words keep working


def test_amounts_and_ratios_are_written_as_the_language_writes_them(dutch):
    assert format_euro(1234.5) == "€\u00a01.234,50"
    assert format_number(2.5) == "2,50" and format_number(3.0) == "3"


def test_facts_read_and_show_yes_and_no_in_french(french):
    assert show_fact(True) == "oui" and show_fact(False) == "non"
    assert parse_fact("Oui") is True and parse_fact("non") is False
    assert parse_fact("yes") is True


def test_amounts_and_ratios_are_written_as_french_writes_them(french):
    assert format_euro(1234.5) == "1\u202f234,50\u00a0€"
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
    assert case_title(iphone, "fr") == "iPhone perdu", "the case from Gent is in French too"
    assert case_title(iphone) == case_title(iphone, "de") == "Lost iPhone"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # English outside the fixture
