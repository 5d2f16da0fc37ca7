"""The check engine: presets, the concept's overrides, suppressions, broken rules, order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from blueprint.check import RULE_ERROR, RULES, UNKNOWN_RULE, UnknownPreset, run_check
from blueprint.check.rules import RULE_MODULES, refusal_without_alternative
from blueprint.model import Blueprint, ServiceConcept, Severity, Suppression
from check_builders import answered_concept, chain, journey, step


def refused_journey(**fields) -> Blueprint:
    """'That can't be done here': a refusal (error) that is also unmarked (info)."""
    steps = [step("ask", "Ask to correct the surname", kind="contact", value="valuable"),
             step("no", "That can't be done here", "frontstage", kind="contact", outcome="refused")]
    return journey("Refused", steps, chain("ask", "no"), **fields)


def severities(result, rule_id: str) -> list[Severity]:
    return [finding.severity for finding in result.of_rule(rule_id)]


def test_finding_names_elements_by_title_and_carries_the_hint() -> None:
    (finding,) = run_check(refused_journey()).of_rule("refusal-without-alternative")
    assert finding.elements == ("no",)
    assert "'That can't be done here'" in finding.message
    assert finding.hint == RULES["refusal-without-alternative"].hint
    assert finding.as_json()["severity"] == "error"


def test_presets_recommended_and_strict() -> None:
    blueprint = refused_journey()
    assert severities(run_check(blueprint), "unmarked-step") == [Severity.INFO]
    assert severities(run_check(blueprint, preset="strict"), "unmarked-step") == [Severity.WARNING]
    assert severities(run_check(blueprint, preset="strict"), "promise-not-met") == [Severity.ERROR]


def test_preset_defaults_to_the_concepts() -> None:
    blueprint = refused_journey(concept=answered_concept(preset="strict"))
    assert severities(run_check(blueprint), "unmarked-step") == [Severity.WARNING]


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(UnknownPreset, match="recommended, strict"):
        run_check(refused_journey(), preset="lenient")


def test_concept_switches_a_rule_off_or_changes_its_severity() -> None:
    concept = answered_concept(rules={"refusal-without-alternative": "off", "unmarked-step": "error"})
    result = run_check(refused_journey(concept=concept), preset="strict")
    assert result.of_rule("refusal-without-alternative") == []
    assert severities(result, "unmarked-step") == [Severity.ERROR]


def test_concept_argument_replaces_the_blueprints_own() -> None:
    blueprint = refused_journey(concept=answered_concept(rules={"unmarked-step": "off"}))
    assert run_check(blueprint).of_rule("unmarked-step") == []
    assert run_check(blueprint, concept=ServiceConcept()).of_rule("unmarked-step")
    assert run_check(blueprint, concept=ServiceConcept()).of_rule("concept-incomplete")


def test_suppression_hides_one_rule_on_one_element() -> None:
    suppression = Suppression(rule="refusal-without-alternative", element="no",
                              reason="The court procedure is explained on the leaflet.")
    result = run_check(refused_journey(suppressions=[suppression]))
    assert result.of_rule("refusal-without-alternative") == []
    assert [f.rule for f in result.suppressed] == ["refusal-without-alternative"]
    assert result.of_rule("unmarked-step"), "other rules on the element stay"


def test_unknown_rule_ids_are_reported_not_ignored() -> None:
    concept = answered_concept(rules={"dead-ends": "off"})
    suppression = Suppression(rule="refusal-without-alternatives", element="no", reason="typo")
    result = run_check(refused_journey(concept=concept, suppressions=[suppression]))
    messages = [finding.message for finding in result.of_rule(UNKNOWN_RULE)]
    assert len(messages) == 2
    assert "'dead-ends'" in messages[0] and "'refusal-without-alternatives'" in messages[1]


def test_a_rule_that_raises_becomes_a_rule_error(monkeypatch) -> None:
    def broken(context):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(refusal_without_alternative, "check", broken)
    result = run_check(refused_journey())
    (error,) = result.of_rule(RULE_ERROR)
    assert error.severity is Severity.ERROR
    assert "'refusal-without-alternative'" in error.message and "ZeroDivisionError" in error.message
    assert result.of_rule("promise-not-met"), "the other rules still ran"


def test_order_is_worst_first_then_document_order_and_deterministic() -> None:
    blueprint = refused_journey()
    first, second = run_check(blueprint), run_check(blueprint)
    assert first.findings == second.findings
    ranks = [finding.severity.rank for finding in first.findings]
    assert ranks == sorted(ranks, reverse=True)


def test_findings_grouped_by_element() -> None:
    result = run_check(refused_journey())
    on_refusal = result.by_element()["no"]
    assert {f.rule for f in on_refusal} >= {"refusal-without-alternative", "unmarked-step"}
    assert on_refusal[0].severity is Severity.ERROR
    assert result.worst("no") is Severity.ERROR


def test_rule_metadata_is_complete() -> None:
    for module, (rule_id, meta) in zip(RULE_MODULES, RULES.items()):
        assert rule_id == meta.id and re.fullmatch(r"[a-z]+(-[a-z]+)*", rule_id)
        assert Path(module.__file__).stem == rule_id.replace("-", "_")
        assert meta.title and "\n" not in meta.title and meta.hint
        assert re.search(r"Lost iPhone|Birth registration|Both cases|Bitner|Seddon|Shostack|NI14|"
                         r"Goldstein", meta.rationale), rule_id
        assert meta.severity is not Severity.OFF


def test_a_long_journey_is_checked_without_recursion() -> None:
    count = 5000
    steps = [step(f"s{i}", f"Step {i}", kind="contact", value="valuable") for i in range(count)]
    steps[-1] = steps[-1].model_copy(update={"outcome": "resolved"})
    blueprint = Blueprint(steps=steps, flows=chain(*(s.id for s in steps)), concept=answered_concept())
    assert run_check(blueprint).findings == []
