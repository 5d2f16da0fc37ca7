"""The shipped examples: each as-is shows the seed's faults; each to-be passes its concept."""

from __future__ import annotations

from pathlib import Path

import pytest

from blueprint.check import run_check
from blueprint.cli import main
from blueprint.model import Severity, load_blueprint, load_concept

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"
LANGUAGES = ("en", "nl")
CASES = ("lost-iphone", "birth-registration")


def example(case: str, version: str, language: str, kind: str = "blueprint") -> Path:
    """The path of one shipped example file."""
    return EXAMPLES / f"{case}.{version}.{language}.{kind}.json"


def rules_on(result, rule_id: str) -> set[str]:
    """Every element the findings of one rule point at."""
    return {element for finding in result.of_rule(rule_id) for element in finding.elements}


@pytest.mark.parametrize("language", LANGUAGES)
def test_lost_iphone_as_is_shows_the_seeds_faults(language: str) -> None:
    result = run_check(load_blueprint(example("lost-iphone", "as-is", language)))
    assert "file-report" in rules_on(result, "administrative-trip")
    assert "abandon-chase" in rules_on(result, "abandoned-effort")
    assert result.of_rule("too-many-contacts")
    assert result.of_rule("concept-incomplete")
    assert result.count(Severity.ERROR) > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_birth_registration_as_is_refuses_and_escalates(language: str) -> None:
    blueprint = load_blueprint(example("birth-registration", "as-is", language))
    result = run_check(blueprint)
    assert "refuse-here" in rules_on(result, "refusal-without-alternative")
    assert blueprint.step("manager-steps-in").kind == "escalation"
    (contacts,) = [f for f in result.of_rule("too-many-contacts") if "manager-steps-in" in f.elements]
    failure_demand = {"en": "failure demand", "nl": "faalvraag"}[language]  # the blueprint's language
    assert failure_demand in contacts.message and blueprint.step("manager-steps-in").title in contacts.message


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", CASES)
def test_to_be_passes_without_errors_or_warnings(case: str, language: str) -> None:
    result = run_check(load_blueprint(example(case, "to-be", language)))
    serious = [f for f in result.findings if f.severity.rank >= Severity.WARNING.rank]
    assert serious == [], [f.message for f in serious]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", CASES)
def test_as_is_against_the_to_be_concept_gives_errors(case: str, language: str, capsys) -> None:
    as_is = example(case, "as-is", language)
    concept = example(case, "to-be", language, "concept")
    assert run_check(load_blueprint(as_is), load_concept(concept)).count(Severity.ERROR) > 0
    assert main(["check", str(as_is), "--concept", str(concept)]) == 1
    assert " error " in capsys.readouterr().out
