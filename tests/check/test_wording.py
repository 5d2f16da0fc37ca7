"""The wording: every English template has a translation with the same fields in each
catalogue (.po), none is missing, untranslated, fuzzy or stale, the compiled .mo files are
the .po files, and the check's own findings and the rules' metadata come in the language
asked for, with the language's plural forms and numbers."""

from __future__ import annotations

import ast
import gettext
import io

import pytest
from babel import Locale
from babel.messages.mofile import write_mo
from hypothesis import given
from hypothesis import strategies as st

from blueprint.check import RULE_ERROR, RULES, UNKNOWN_RULE, rules_in_language, run_check
from blueprint.check.rules import refusal_without_alternative
from blueprint.check.wording import Wording, catalogue_languages, environment_language, format_number
from blueprint.model import Suppression
from check_builders import answered_concept, chain, journey, step
from wording_scan import LOCALE, catalogue, entries, fields, saying_calls, templates_in_code, translated

LANGUAGES = catalogue_languages()
DUTCH = translated("nl")
ENTRIES = [(code, msgid) for code in LANGUAGES for msgid in sorted(entries(code), key=str)]


def test_the_scan_finds_the_templates_of_every_layer() -> None:
    found = templates_in_code()
    places = set(found.values())
    assert len(found) > 150
    assert any(place.startswith("blueprint/check/rules/") for place in places)
    assert any(place.startswith("blueprint/report/") for place in places)
    assert any(place.startswith("blueprint/cli/") for place in places)
    assert "'{title}' cannot be reached from the start of the journey." in found
    assert ("{count} error", "{count} errors") in found, "a plural is one msgid with two forms"
    assert RULES["dead-end"].rationale in found, "the rules' metadata"


def test_the_program_speaks_every_catalogue_it_ships() -> None:
    assert set(LANGUAGES) == {path.name for path in LOCALE.iterdir() if path.is_dir()} == {"fr", "nl"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_template_in_the_code_has_an_entry_in_each_catalogue(code: str) -> None:
    known = entries(code)
    missing = {msgid: place for msgid, place in templates_in_code().items() if msgid not in known}
    assert missing == {}, f"run make translations and translate these in the {code} catalogue"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_catalogue_entry_is_stale(code: str) -> None:
    stale = set(entries(code)) - set(templates_in_code())
    assert stale == set(), f"no code says these templates any more: run make translations ({code})"
    assert not catalogue(code).obsolete, "obsolete (#~) entries are stale too"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(code: str) -> None:
    untranslated = [message.id for message in catalogue(code) if message.id and (
        not all(message.string) if isinstance(message.id, tuple) else not message.string)]
    fuzzy = [message.id for message in catalogue(code) if message.id and message.fuzzy]
    assert (untranslated, fuzzy) == ([], [])
    assert catalogue(code).num_plurals == len(next(
        message.string for message in catalogue(code) if isinstance(message.id, tuple)))


@pytest.mark.parametrize("code, msgid", ENTRIES)
def test_each_entry_has_the_fields_of_its_msgid(code: str, msgid) -> None:
    said = entries(code)[msgid]
    for form in said if isinstance(msgid, tuple) else (said,):
        assert form.strip() and form == form.strip()
        assert fields(form) == fields(msgid[-1] if isinstance(msgid, tuple) else msgid)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_catalogue_is_the_po(code: str) -> None:
    """The .mo the program reads holds exactly what the .po says (make translations compiles it)."""
    compiled = gettext.GNUTranslations(open(LOCALE / code / "LC_MESSAGES" / "blueprint.mo", "rb"))
    buffer = io.BytesIO()
    write_mo(buffer, catalogue(code))
    buffer.seek(0)
    assert compiled._catalog == gettext.GNUTranslations(buffer)._catalog, "run make translations"


def test_templates_are_said_from_literals_or_marked_tables() -> None:
    """An f-string or a sum given to say() escapes the catalogue: it would stay English."""
    built = [f"{path.name}:{call.lineno}" for path, call in saying_calls()
             if not call.args or any(isinstance(argument, (ast.JoinedStr, ast.BinOp, ast.Call))
                                     for argument in call.args[:1])]
    assert built == []


def test_wording_follows_the_primary_subtag_and_falls_back_to_english() -> None:
    template = "'{title}' cannot be reached from the start of the journey."
    flemish, german = Wording.for_language("nl-BE"), Wording.for_language("de")
    assert flemish.language == "nl-BE" and german.language == "en"
    assert Wording.for_language(None).language == "en" and Wording.for_language("en-GB").language == "en-GB"
    assert flemish(template, title="Balie") == "'Balie' is niet bereikbaar vanaf het begin van de klantreis."
    assert german(template, title="Schalter") == "'Schalter' cannot be reached from the start of the journey."
    assert flemish("A sentence no catalogue knows, about {thing}.", thing="x") == (
        "A sentence no catalogue knows, about x.")
    assert Wording.for_language("nl-XX").language == "nl-XX", "an unknown region keeps its language"


def test_dutch_numbers_use_a_decimal_comma_and_titles_stay_as_typed() -> None:
    say = Wording.for_language("nl")
    assert say.plural("The customer waits {minutes:g} minute at '{title}'; the concept allows at most {limit:g}.",
                      "The customer waits {minutes:g} minutes at '{title}'; the concept allows at most {limit:g}.",
                      2, minutes=12.5, title="Wachtrij {1.5}", limit=10) == (
        "De klant wacht 12,5 minuten bij 'Wachtrij {1.5}'; het concept staat hoogstens 10 minuten toe.")
    assert say.number(1234.5, ",.2f") == "1.234,50" and say.number(0.125, ".1%") == "12,5%"
    assert Wording.for_language("en").number(1234.5, ",.2f") == "1,234.50"
    assert say.all_of(["a", "b", "c"]) == "a, b en c" and say.all_of(["a"]) == "a"


@pytest.mark.parametrize("code, zero, one, two", [("en", "0 errors", "1 error", "2 errors"),
                                                   ("nl", "0 fouten", "1 fout", "2 fouten"),
                                                   ("fr-BE", "0 erreur", "1 erreur", "2 erreurs")])
def test_counts_take_the_languages_plural_forms(code: str, zero: str, one: str, two: str) -> None:
    say = Wording.for_language(code)
    assert [say.plural("{count} error", "{count} errors", n) for n in (0, 1, 2)] == [zero, one, two]
    assert say.plural("{count} error", "{count} errors", 1234) == two.replace("2", "1234")


def test_money_and_shares_are_written_for_the_locale() -> None:
    english, dutch, french = (Wording.for_language(code) for code in ("en", "nl-BE", "fr-BE"))
    assert english.money(1234.5) == "€1,234.50" and dutch.money(1234.5) == "€\u00a01.234,50"
    assert french.money(1234.5) == "1\u202f234,50\u00a0€"
    assert english.percent(0.00031, 3) == "0.031%" and dutch.percent(0.63) == "63%"
    assert french.percent(0.125, 1) == "12,5\u00a0%" and french.number(-7.5, "g") == "-7,5"
    assert [french.number(value) for value in (1, 1.0, 1, 1234, -3)] == ["1", "1,0", "1", "1234", "-3"], (
        "remembered numbers keep 1 and 1.0 apart")


SPECS = ["", ",", ",.2f", ",.0f", ",.1f", ".2g", "g", ",.4g", "3d", "+d", ".1%", ".0f", ".1f", ".0%"]


@given(st.one_of(st.integers(-10**9, 10**9), st.floats(-1e9, 1e9, allow_nan=False)), st.sampled_from(SPECS))
def test_english_numbers_are_pythons_written_by_babel(value, spec) -> None:
    """Babel writes the digits Python's format spec chooses: in English the very same text,
    except that it never switches to an exponent and never writes a negative zero."""
    if spec.endswith("d") and not isinstance(value, int):
        value = round(value)
    expected = format(value, spec)
    if "e" in expected or float(value) == 0 or expected.lstrip("-+").strip("%").replace(",", "").strip("0.") == "":
        return
    assert format_number(value, spec, Locale.parse("en")) == expected


def test_rules_in_a_language_keep_ids_order_and_severity() -> None:
    dutch, english = rules_in_language("nl-BE"), rules_in_language("en")
    assert list(dutch) == list(RULES) and english == RULES and rules_in_language("de") == RULES
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


@pytest.mark.parametrize("environ, language", [
    ({}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "nl_BE.UTF-8"}, "nl-BE"),
    ({"LANG": "nl_BE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr-FR"),
    ({"LANG": "fr_FR.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "en"),  # LC_ALL wins; German is not spoken
    ({"LANGUAGE": "de:fr:nl", "LANG": "nl_NL.UTF-8"}, "fr"),  # the first listed that is spoken
    ({"LANGUAGE": "", "LC_ALL": "nl_NL@euro"}, "nl-NL"),  # an empty variable is not set
    ({"LANGUAGE": "en_GB:nl"}, "en-GB"),
    ({"LANGUAGE": "C:nl"}, "en"),
])
def test_the_users_language_is_found_in_the_environment_as_gettext_finds_it(environ, language) -> None:
    assert environment_language(environ) == language
    assert Wording.for_environment(environ).language == language
