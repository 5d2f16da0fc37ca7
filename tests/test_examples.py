"""The shipped examples: they load, round-trip, match their generator, and tell their cases.

The as-is journeys must show the problems of the seeds (an administrative trip, an abandoned
chase, refusals without alternative, failure demand, an incomplete concept); the to-be
journeys must follow a complete concept. English and Dutch (and the lost iPhone's French)
must have the same structure.
"""

from __future__ import annotations

import subprocess
import sys
from collections import deque
from pathlib import Path

import pytest

from blueprint.model import (
    Blueprint,
    Channel,
    FlowKind,
    LaneKind,
    Outcome,
    ServiceConcept,
    StepKind,
    Value,
    WasteKind,
    dumps_blueprint,
    dumps_concept,
    load_blueprint,
    load_concept,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "blueprint" / "resources" / "examples"
BUILDER = ROOT / "examples" / "build_examples.py"
CASES = ("lost-iphone", "birth-registration")
STATES = ("as-is", "to-be")
LANGUAGES = ("en", "nl")
FRENCH_CASES = ("lost-iphone",)
"""The case from Gent, Belgium (Dutch- and French-speaking), is in French too."""
WRITTEN = [(case, language) for case in CASES for language in LANGUAGES] + [(case, "fr") for case in FRENCH_CASES]
"""Every (case, language) an example is written in."""
TRANSLATED = [(case, language) for case, language in WRITTEN if language != "en"]
BLUEPRINTS = [f"{case}.{state}.{language}.blueprint.json" for case, language in WRITTEN for state in STATES]
CONCEPTS = [f"{case}.to-be.{language}.concept.json" for case, language in WRITTEN]
SETTLED = (Outcome.RESOLVED, Outcome.REFERRED)
TEXT_KEYS = frozenset({
    "title", "description", "actor", "notes", "label", "persona", "goal", "organisation",
    "language", "name", "promise", "experience", "intervention_policy",
    "intervention_includes", "result_promised", "customer_must_do", "left_aside",
    "to", "contact_details", "fail_point_text", "text", "customer_provides",
})
"""Keys whose values are words in one language; everything else must match across languages."""


def example(case: str, state: str, language: str = "en") -> Blueprint:
    """One example blueprint, loaded."""
    return load_blueprint(EXAMPLES / f"{case}.{state}.{language}.blueprint.json")


def without_texts(data: object) -> object:
    """The JSON form of a document with every translated text left out."""
    if isinstance(data, dict):
        return {key: without_texts(value) for key, value in data.items() if key not in TEXT_KEYS}
    if isinstance(data, list):
        return [without_texts(item) for item in data]
    return data


def reachable_from_starts(blueprint: Blueprint) -> set[str]:
    """Steps reached by following flows forward from the customer steps nothing leads into."""
    lane_kind = {lane.id: lane.kind for lane in blueprint.lanes}
    targets = {flow.target for flow in blueprint.flows}
    starts = [step.id for step in blueprint.steps
              if lane_kind[step.lane] is LaneKind.CUSTOMER and step.id not in targets]
    seen, queue = set(starts), deque(starts)
    while queue:
        current = queue.popleft()
        for flow in blueprint.flows:
            if flow.source == current and flow.target not in seen:
                seen.add(flow.target)
                queue.append(flow.target)
    return seen


# ---------------------------------------------------------------- files


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_blueprint_loads_and_round_trips_byte_for_byte(name):
    path = EXAMPLES / name
    assert dumps_blueprint(load_blueprint(path)).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("name", CONCEPTS)
def test_concept_loads_and_round_trips_byte_for_byte(name):
    path = EXAMPLES / name
    assert dumps_concept(load_concept(path)).encode("utf-8") == path.read_bytes()


def test_committed_files_are_exactly_what_the_generator_writes(tmp_path):
    run = subprocess.run([sys.executable, str(BUILDER), "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted(BLUEPRINTS + CONCEPTS)
    for name in written:
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name


def test_generator_refuses_a_missing_folder_in_plain_words(tmp_path):
    run = subprocess.run([sys.executable, str(BUILDER),
                          "--out", str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert run.returncode == 2
    assert "there is no folder" in run.stderr and "Traceback" not in run.stderr


def test_validate_command_accepts_every_example():
    files = sorted(str(path) for path in EXAMPLES.glob("*.json"))
    assert len(files) == len(BLUEPRINTS) + len(CONCEPTS)
    run = subprocess.run([sys.executable, "-m", "blueprint", "validate", *files],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


# ---------------------------------------------------------------- languages


@pytest.mark.parametrize("case, language", TRANSLATED)
@pytest.mark.parametrize("state", STATES)
def test_english_and_dutch_have_the_same_structure(case, state, language):
    english, dutch = example(case, state, "en"), example(case, state, language)
    assert (english.language, dutch.language) == ("en", language)
    assert without_texts(english.model_dump(mode="json")) == without_texts(dutch.model_dump(mode="json"))
    for field in ServiceConcept.ESSENTIAL_QUESTIONS + ("name", "experience"):
        assert bool(getattr(english.concept, field)) == bool(getattr(dutch.concept, field)), field


@pytest.mark.parametrize("case, language", TRANSLATED)
@pytest.mark.parametrize("state", STATES)
def test_dutch_titles_are_translated(case, state, language):
    english, dutch = example(case, state, "en"), example(case, state, language)
    pairs = [(e.title, d.title) for group in ("lanes", "steps", "needs")
             for e, d in zip(getattr(english, group), getattr(dutch, group))]
    pairs.append((english.title, dutch.title))
    assert all(e != d for e, d in pairs), [pair for pair in pairs if pair[0] == pair[1]]


# ---------------------------------------------------------------- every journey


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_every_step_is_marked_placed_and_estimated(name):
    blueprint = load_blueprint(EXAMPLES / name)
    lane_kind = {lane.id: lane.kind for lane in blueprint.lanes}
    estimate = {"en": "Minutes are estimates.", "nl": "De minuten zijn schattingen.",
                "fr": "Les minutes sont des estimations."}[blueprint.language]
    for step in blueprint.steps:
        assert step.value is not Value.UNMARKED, step.id
        assert bool(step.waste) == (step.value is Value.WASTED), step.id
        assert step.channel is not None and step.actor, step.id
        assert estimate in step.notes, step.id
        assert (step.x - 40) % 240 == 0 and step.y == 40, step.id
        if step.is_contact:
            assert step.need is not None, step.id
        if lane_kind[step.lane] in (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE):
            assert step.emotion is not None, step.id


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_every_step_is_wired_and_every_last_step_has_an_outcome(name):
    blueprint = load_blueprint(EXAMPLES / name)
    assert reachable_from_starts(blueprint) == {step.id for step in blueprint.steps}
    sources = {flow.source for flow in blueprint.flows}
    last = [step for step in blueprint.steps if step.id not in sources]
    assert last and all(step.outcome is not Outcome.NONE for step in last)


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_flows_run_forward_in_time_and_never_from_customer_to_backstage(name):
    blueprint = load_blueprint(EXAMPLES / name)
    lane_kind = {lane.id: lane.kind for lane in blueprint.lanes}
    for flow in blueprint.flows:
        source, target = blueprint.step(flow.source), blueprint.step(flow.target)
        assert source.x <= target.x, flow.id
        if lane_kind[source.lane] is LaneKind.CUSTOMER:
            assert lane_kind[target.lane] not in (LaneKind.BACKSTAGE, LaneKind.SUPPORT), flow.id


# ---------------------------------------------------------------- as-is: the seeds' problems


@pytest.mark.parametrize("language", (*LANGUAGES, "fr"))
def test_lost_iphone_as_is_shows_the_trip_and_the_abandoned_chase(language):
    blueprint = example("lost-iphone", "as-is", language)
    assert blueprint.facts == {"item_value_eur": 800, "location_known_precisely": True}
    assert any(step.kind is StepKind.ADMINISTRATION and step.channel is Channel.IN_PERSON
               for step in blueprint.steps)
    wastes = {kind for step in blueprint.steps for kind in step.waste}
    assert {WasteKind.TRAVEL, WasteKind.WAITING, WasteKind.REPEAT_CONTACT} <= wastes
    assert sum(step.kind is StepKind.INTERVENTION for step in blueprint.steps) >= 2
    assert any(step.outcome is Outcome.ABANDONED for step in blueprint.steps)
    concept = blueprint.concept
    assert not concept.intervene_when and not concept.intervention_policy
    assert not concept.result_promised and concept.promise


@pytest.mark.parametrize("language", LANGUAGES)
def test_birth_as_is_shows_refusals_without_alternative_and_an_escalation(language):
    blueprint = example("birth-registration", "as-is", language)
    refused = [step for step in blueprint.steps if step.outcome is Outcome.REFUSED]
    referrals = {flow.source for flow in blueprint.flows if flow.kind is FlowKind.REFERRAL}
    assert len(refused) == 2 and not referrals & {step.id for step in refused}
    assert any(step.kind is StepKind.ESCALATION and WasteKind.REPEAT_CONTACT in step.waste
               for step in blueprint.steps)
    assert blueprint.concept.unanswered_questions()


# ---------------------------------------------------------------- to-be: a complete concept


@pytest.mark.parametrize("case, language", WRITTEN)
def test_to_be_concept_is_complete_and_saved_on_its_own(case, language):
    blueprint = example(case, "to-be", language)
    concept = blueprint.concept
    assert concept.unanswered_questions() == []
    assert concept.standards.max_contacts_per_need and concept.standards.max_waiting_minutes
    assert concept.staff_hourly_rate_eur
    assert load_concept(EXAMPLES / f"{case}.to-be.{language}.concept.json") == concept


@pytest.mark.parametrize("case, language", WRITTEN)
def test_to_be_journey_keeps_its_concept(case, language):
    blueprint = example(case, "to-be", language)
    standards = blueprint.concept.standards
    for step in blueprint.steps:
        assert not (step.kind is StepKind.ADMINISTRATION and step.channel is Channel.IN_PERSON)
        assert step.value is not Value.WASTED and step.outcome not in (Outcome.ABANDONED, Outcome.REFUSED)
        assert step.waiting_minutes <= standards.max_waiting_minutes
    for need in blueprint.needs:
        steps = [step for step in blueprint.steps if step.need == need.id]
        assert sum(step.is_contact for step in steps) <= standards.max_contacts_per_need
        assert steps[-1].outcome in SETTLED, need.id


@pytest.mark.parametrize("language", (*LANGUAGES, "fr"))
def test_lost_iphone_to_be_intervenes_once_under_its_policy(language):
    blueprint = example("lost-iphone", "to-be", language)
    concept = blueprint.concept
    assert concept.intervene_when and all(c.holds(blueprint.facts) for c in concept.intervene_when)
    assert any(rule.kind is StepKind.ADMINISTRATION and Channel.IN_PERSON in rule.forbidden
               for rule in concept.channel_rules)
    assert [step.kind for step in blueprint.steps].count(StepKind.INTERVENTION) == 1
    assert blueprint.steps[-1].outcome is Outcome.RESOLVED


@pytest.mark.parametrize("language", LANGUAGES)
def test_birth_to_be_refers_to_the_court_and_helps(language):
    blueprint = example("birth-registration", "to-be", language)
    referral = [flow for flow in blueprint.flows if flow.kind is FlowKind.REFERRAL]
    assert [(flow.source, flow.target) for flow in referral] == [
        ("refer-to-court", "help-prepare-court-request")]
    assert blueprint.step("refer-to-court").outcome is Outcome.REFERRED


# ---------------------------------------------------------------- against the check


@pytest.mark.parametrize("case, language", WRITTEN)
def test_to_be_passes_the_check_without_errors_or_warnings(case, language):
    from blueprint.check.engine import run_check

    findings = run_check(example(case, "to-be", language)).findings
    assert [f"{f.rule}: {f.message}" for f in findings if f.severity.rank >= 2] == []


@pytest.mark.parametrize(("case", "rules"), [
    ("lost-iphone", {"concept-incomplete", "administrative-trip", "abandoned-effort",
                     "intervention-outside-policy", "promise-not-met"}),
    ("birth-registration", {"concept-incomplete", "refusal-without-alternative",
                            "too-many-contacts"}),
])
def test_as_is_check_finds_the_problems_the_seed_describes(case, rules):
    from blueprint.check.engine import run_check

    found = {finding.rule for finding in run_check(example(case, "as-is")).findings}
    assert rules <= found
