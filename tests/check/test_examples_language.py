"""Findings speak the blueprint's language: the Dutch examples get Dutch, the English ones
English, the same findings on the same elements; ``--language`` overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blueprint.check import run_check
from blueprint.cli import main
from blueprint.model import Blueprint, load_blueprint, load_concept
from wording_scan import fixed_phrases, translated

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"
FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*/invalid/*.blueprint.json"))
CASES = ("lost-iphone", "birth-registration")
VERSIONS = ("as-is", "to-be")
DUTCH = translated("nl")

ENGLISH_PHRASES = sorted({phrase for english, dutch in DUTCH.items() if english != dutch
                          for phrase in fixed_phrases(english)} - {"Bitner, Ostrom & Morgan"})
DUTCH_PHRASES = sorted({phrase for english, dutch in DUTCH.items() if english != dutch
                        for phrase in fixed_phrases(dutch)} - {"Bitner, Ostrom & Morgan"})
FRENCH = translated("fr")
ENGLISH_NOT_FRENCH = sorted({phrase for english, french in FRENCH.items() if english != french
                             for phrase in fixed_phrases(english)} - {"Bitner, Ostrom & Morgan", "Goldstein et al"})


def example(case: str, version: str, language: str, kind: str = "blueprint") -> Path:
    """The path of one shipped example file."""
    return EXAMPLES / f"{case}.{version}.{language}.{kind}.json"


def checks(case: str, version: str, language: str):
    """The example checked against its own concept and against the shipped to-be concept."""
    blueprint = load_blueprint(example(case, version, language))
    return blueprint, [run_check(blueprint),
                       run_check(blueprint, load_concept(example(case, "to-be", language, "concept")))]


def user_text(blueprint: Blueprint) -> list[str]:
    """Every string in the blueprint, longest first."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(blueprint.model_dump(mode="json"))
    return sorted({text for text in found if text.strip()}, key=len, reverse=True)


def our_words(text: str, blueprint: Blueprint) -> str:
    """The text with what the team typed taken out (messages quote it): what the check says."""
    for typed in user_text(blueprint):
        text = text.replace(f"'{typed}'", "'…'").replace(f"« {typed} »", "« … »")
    return text


def phrases_in(text: str, phrases: list[str]) -> list[str]:
    return [phrase for phrase in phrases if phrase in text]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", CASES)
def test_dutch_examples_get_dutch_findings_and_hints(case: str, version: str) -> None:
    blueprint, results = checks(case, version, "nl")
    findings = [finding for result in results for finding in result.findings]
    assert findings or version == "to-be"
    for finding in findings:
        for text in (finding.message, finding.hint):
            assert text not in DUTCH, "an English template as it is"
            assert phrases_in(our_words(text, blueprint), ENGLISH_PHRASES) == [], text


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", CASES)
def test_english_examples_stay_english(case: str, version: str) -> None:
    blueprint, results = checks(case, version, "en")
    for finding in (finding for result in results for finding in result.findings):
        for text in (finding.message, finding.hint):
            assert phrases_in(text, DUTCH_PHRASES) == [], text


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", CASES)
def test_dutch_and_english_examples_find_the_same_on_the_same_elements(case: str, version: str) -> None:
    _, dutch = checks(case, version, "nl")
    _, english = checks(case, version, "en")
    for nl, en in zip(dutch, english):
        assert sorted((f.rule, f.severity, f.elements) for f in nl.findings) == sorted(
            (f.rule, f.severity, f.elements) for f in en.findings)


def test_the_dutch_lost_iphone_in_the_words_of_the_program() -> None:
    _, (own, redesigned) = checks("lost-iphone", "as-is", "nl")
    (trip,) = own.of_rule("administrative-trip")
    assert trip.message.startswith("'Aangifte doen' is een puur administratieve registratie, en toch "
                                   "moet de klant zich daarvoor verplaatsen en in de wachtrij staan")
    assert trip.hint.startswith("Registreer waar de klant al is")
    (effort,) = own.of_rule("abandoned-effort")
    assert effort.message.startswith("Bij 'De politieman breekt de actie af' wordt de inspanning")
    assert " en nog 3." in effort.message
    (concept,) = own.of_rule("concept-incomplete")
    assert "laat 5 van de 6 essentiële vragen onbeantwoord" in concept.message
    assert "Wanneer treedt de organisatie op, en wanneer niet?" in concept.message
    (contacts,) = redesigned.of_rule("too-many-contacts")
    assert "vraagt 9 contacten (het concept staat er hoogstens 4 toe); daarvan zijn er 3 faalvraag" in contacts.message
    (waiting,) = redesigned.of_rule("waiting-over-standard")
    assert waiting.message == ("De klant wacht 30 minuten bij 'In de wachtrij staan'; het concept "
                               "staat hoogstens 10 minuten toe.")


@pytest.mark.parametrize("language", ["nl", "fr-BE"])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: f"{path.parent.parent.name}/{path.name}")
def test_every_rule_speaks_dutch_when_asked(path: Path, language: str) -> None:
    """The rule fixtures (English journeys) checked in Dutch, and in French: every message
    path of every rule, no English left."""
    blueprint = load_blueprint(path)
    result = run_check(blueprint, preset="strict", language=language)
    english = ENGLISH_PHRASES if language == "nl" else ENGLISH_NOT_FRENCH
    for finding in result.findings + result.suppressed:
        for text in (finding.message, finding.hint):
            assert phrases_in(our_words(text, blueprint), english) == [], text


def test_cli_language_overrides_the_blueprints(capsys) -> None:
    dutch_file = example("lost-iphone", "as-is", "nl")
    assert main(["check", str(dutch_file), "--format", "json", "--language", "en"]) == 1
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    trips = [f for f in findings if f["rule"] == "administrative-trip"]
    assert trips[0]["message"].startswith("'Aangifte doen' only registers something, yet the customer")
    blueprint = load_blueprint(dutch_file)
    for finding in findings:
        said = our_words(finding["message"] + " " + finding["hint"], blueprint)
        assert phrases_in(said, DUTCH_PHRASES) == [], said
    assert main(["check", str(example("lost-iphone", "as-is", "en")), "--language", "nl-BE"]) == 1
    assert "'File the report' is een puur administratieve registratie" in capsys.readouterr().out


def test_cli_refuses_a_malformed_language_code(capsys) -> None:
    assert main(["check", str(example("lost-iphone", "as-is", "nl")), "--language", "Dutch!"]) == 2
    assert "'Dutch!' is not a language code" in capsys.readouterr().err


def test_the_rules_have_french_titles_rationales_and_hints() -> None:
    from blueprint.check import RULES, rules_in_language

    french = rules_in_language("fr")
    assert list(french) == list(RULES)
    for rule_id, meta in french.items():
        english = RULES[rule_id]
        assert (meta.title, meta.rationale, meta.hint) == (
            FRENCH[english.title], FRENCH[english.rationale], FRENCH[english.hint])
        assert meta.title != english.title and meta.hint != english.hint
    assert french["refusal-without-alternative"].title == "Un refus ne nomme ni alternative ni renvoi"


@pytest.mark.parametrize("language, files, errors, one_warning", [
    ("en", "1 file checked", "3 errors", "1 warning"),
    ("nl", "1 bestand getoetst", "3 fouten", "1 waarschuwing"),
    ("fr", "1 fichier contrôlé", "3 erreurs", "1 avertissement")])
def test_cli_says_its_counts_with_the_languages_plurals(language, files, errors, one_warning, capsys) -> None:
    """The English lost iPhone as-is in each language: one file, three errors, one warning allowed."""
    as_is = example("lost-iphone", "as-is", "en")
    assert main(["check", str(as_is), "--language", language, "--max-warnings", "1"]) == 1
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith(files) and f" {errors}, " in summary and f" {one_warning}" in summary, summary
    assert main(["check", str(as_is), str(as_is), "--language", language]) == 1
    summary = capsys.readouterr().out.splitlines()[-1]
    assert f" {errors.replace('3', '6')}, " in summary and files not in summary, summary


def test_the_french_lost_iphone_speaks_french_and_finds_what_the_english_one_finds(capsys) -> None:
    """``blueprint check lost-iphone.as-is.fr.blueprint.json`` speaks French by itself."""
    french_file = example("lost-iphone", "as-is", "fr")
    assert main(["check", str(french_file)]) == 1
    out = capsys.readouterr().out
    assert "'Porter plainte' n'est qu'un enregistrement administratif" in out
    assert out.splitlines()[-1] == "1 fichier contrôlé : 3 erreurs, 3 avertissements, 0 info"
    blueprint = load_blueprint(french_file)
    for result in checks("lost-iphone", "as-is", "fr")[1]:
        for finding in result.findings:
            for text in (finding.message, finding.hint):
                assert phrases_in(our_words(text, blueprint), ENGLISH_NOT_FRENCH) == [], text
    for version in VERSIONS:
        (_, french), (_, english) = checks("lost-iphone", version, "fr"), checks("lost-iphone", version, "en")
        for fr, en in zip(french, english):
            assert sorted((f.rule, f.severity, f.elements) for f in fr.findings) == sorted(
                (f.rule, f.severity, f.elements) for f in en.findings)
