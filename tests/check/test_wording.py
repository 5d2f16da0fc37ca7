"""The wording: every English template has a Dutch one with the same fields, none is stale,
and the check's own findings and the rules' metadata come in the language asked for."""

from __future__ import annotations

import ast
import importlib

import pytest

from blueprint.check import RULE_ERROR, RULES, UNKNOWN_RULE, rules_in_language, run_check
from blueprint.check.rules import refusal_without_alternative
from blueprint.check.wording import CATALOGUES, Wording
from blueprint.check.wording_nl import TEMPLATES as DUTCH
from blueprint.model import Suppression
from check_builders import answered_concept, chain, journey, step
from wording_scan import fields, saying_calls, templates_in_code

CATALOGUE_TEMPLATES = {code: importlib.import_module(module).TEMPLATES for code, module in CATALOGUES.items()}
ENTRIES = [(code, english) for code, templates in CATALOGUE_TEMPLATES.items() for english in sorted(templates)]


def test_the_scan_finds_the_templates_of_every_layer() -> None:
    found = templates_in_code()
    places = set(found.values())
    assert len(found) > 150
    assert any(place.startswith("blueprint/check/rules/") for place in places)
    assert any(place.startswith("blueprint/report/") for place in places)
    assert "'{title}' cannot be reached from the start of the journey." in found


@pytest.mark.parametrize("code", sorted(CATALOGUES))
def test_every_template_in_the_code_has_an_entry_in_each_catalogue(code: str) -> None:
    templates = CATALOGUE_TEMPLATES[code]
    missing = {text: place for text, place in templates_in_code().items() if text not in templates}
    assert missing == {}, f"add these templates to {CATALOGUES[code]}"


@pytest.mark.parametrize("code", sorted(CATALOGUES))
def test_no_catalogue_entry_is_stale(code: str) -> None:
    stale = set(CATALOGUE_TEMPLATES[code]) - set(templates_in_code())
    assert stale == set(), f"no code says these templates any more: remove them from {CATALOGUES[code]}"


@pytest.mark.parametrize("code, english", ENTRIES)
def test_each_entry_has_the_fields_of_its_english_key(code: str, english: str) -> None:
    said = CATALOGUE_TEMPLATES[code][english]
    assert said.strip() and said == said.strip()
    assert fields(said) == fields(english)


def test_templates_are_said_from_literals_or_marked_tables() -> None:
    """An f-string or a sum given to say() escapes the catalogue: it would stay English."""
    built = [f"{path.name}:{call.lineno}" for path, call in saying_calls()
             if not call.args or isinstance(call.args[0], (ast.JoinedStr, ast.BinOp, ast.Call))]
    assert built == []


def test_wording_follows_the_primary_subtag_and_falls_back_to_english() -> None:
    template = "'{title}' cannot be reached from the start of the journey."
    flemish, french = Wording.for_language("nl-BE"), Wording.for_language("fr")
    assert flemish.language == "nl-BE" and french.language == "en"
    assert Wording.for_language(None).language == "en" and Wording.for_language("en-GB").language == "en-GB"
    assert flemish(template, title="Balie") == "'Balie' is niet bereikbaar vanaf het begin van de klantreis."
    assert french(template, title="Guichet") == "'Guichet' cannot be reached from the start of the journey."
    assert flemish("A sentence no catalogue knows, about {thing}.", thing="x") == (
        "A sentence no catalogue knows, about x.")
    assert set(CATALOGUES) == {"nl"}


def test_dutch_numbers_use_a_decimal_comma_and_titles_stay_as_typed() -> None:
    say = Wording.for_language("nl")
    assert say("The customer waits {minutes:g} minutes at '{title}'; the concept allows at most {limit:g}.",
               minutes=12.5, title="Wachtrij {1.5}", limit=10) == (
        "De klant wacht 12,5 minuten bij 'Wachtrij {1.5}'; het concept staat hoogstens 10 minuten toe.")
    assert say.number(1234.5, ",.2f") == "1.234,50" and say.number(0.125, ".1%") == "12,5%"
    assert Wording.for_language("en").number(1234.5, ",.2f") == "1,234.50"
    assert say.all_of(["a", "b", "c"]) == "a, b en c" and say.all_of(["a"]) == "a"


def test_rules_in_a_language_keep_ids_order_and_severity() -> None:
    dutch, english = rules_in_language("nl-BE"), rules_in_language("en")
    assert list(dutch) == list(RULES) and english == RULES and rules_in_language("fr") == RULES
    assert rules_in_language("nl_NL") == dutch, "a Qt locale name, as QLocale().name() gives it"
    for rule_id, meta in dutch.items():
        assert (meta.id, meta.severity) == (rule_id, RULES[rule_id].severity)
        assert meta.title == DUTCH[RULES[rule_id].title] and meta.hint == DUTCH[RULES[rule_id].hint]
        assert meta.rationale == DUTCH[RULES[rule_id].rationale]
    assert dutch["refusal-without-alternative"].title == "Een weigering noemt geen alternatief en verwijst niet door"


def refused(language: str, **fields):
    steps = [step("ask", "Vraag aan de balie", kind="contact"),
             step("no", "Dat kan hier niet", "frontstage", kind="contact", outcome="refused")]
    return journey("Balie", steps, chain("ask", "no")).model_copy(update={"language": language, **fields})


def test_the_engines_own_findings_speak_the_blueprints_language(monkeypatch) -> None:
    blueprint = refused("nl", concept=answered_concept(rules={"dead-ends": "off"}),
                        suppressions=[Suppression(rule="typo-rule", element="no", reason="x")])
    unknown = run_check(blueprint).of_rule(UNKNOWN_RULE)
    assert [f.message for f in unknown] == [
        "Het concept stelt de ernst in van 'dead-ends', maar dat is geen regel.",
        "Een geaccepteerde bevinding op 'Dat kan hier niet' noemt 'typo-rule', maar dat is geen regel."]
    assert unknown[0].hint.startswith("Gebruik een van de regel-id's")

    def broken(context):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(refusal_without_alternative, "check", broken)
    (error,) = run_check(blueprint).of_rule(RULE_ERROR)
    assert error.message.startswith("De regel 'refusal-without-alternative' is gestopt door een interne fout")
    assert "ZeroDivisionError" in error.message and error.hint.startswith("Meld dit probleem")
    (english,) = run_check(blueprint, language="en").of_rule(RULE_ERROR)
    assert english.message.startswith("The rule 'refusal-without-alternative' stopped")


def test_the_language_argument_overrides_the_blueprints() -> None:
    blueprint = refused("nl")
    (dutch,) = run_check(blueprint).of_rule("refusal-without-alternative")
    (english,) = run_check(blueprint, language="en").of_rule("refusal-without-alternative")
    assert dutch.message.startswith("Bij 'Dat kan hier niet' wordt de klant geweigerd")
    assert english.message.startswith("'Dat kan hier niet' refuses the customer")
    assert english.hint == RULES["refusal-without-alternative"].hint
    assert dutch.hint == DUTCH[RULES["refusal-without-alternative"].hint]
    (flemish,) = run_check(refused("en"), language="nl-BE").of_rule("refusal-without-alternative")
    assert flemish.message == dutch.message
