"""Load, save, load gives the same document; saving is deterministic and atomic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint.model import (
    Blueprint,
    Channel,
    Commitment,
    CommitmentType,
    Condition,
    Duration,
    Organisation,
    Referral,
    TimeUnit,
    WorkingCalendar,
    Customer,
    Flow,
    FlowKind,
    Need,
    Outcome,
    ServiceConcept,
    Standards,
    Step,
    StepKind,
    Suppression,
    Value,
    WasteKind,
    dumps_blueprint,
    dumps_concept,
    load_blueprint,
    loads_blueprint,
    loads_concept,
    reference_problems,
    save_blueprint,
    standard_lanes,
)
from blueprint.model import fileformat

ids = st.from_regex(r"[a-z][a-z0-9-]{0,11}", fullmatch=True)
texts = st.text(max_size=40)
minutes = st.floats(min_value=0, max_value=10_000, allow_nan=False, allow_infinity=False)
coordinates = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)
durations = st.builds(Duration, amount=st.floats(0, 1000), unit=st.sampled_from(list(TimeUnit)))
referrals = st.builds(Referral, to=st.text(max_size=40), contact_details=st.text(max_size=40),
                      hand_over=st.booleans(), appointment=st.booleans())
fact_values = st.one_of(st.booleans(), st.integers(-10**6, 10**6), st.floats(-1e6, 1e6), texts)


@st.composite
def concepts(draw) -> ServiceConcept:
    return ServiceConcept(
        name=draw(texts), promise=draw(texts), intervention_policy=draw(texts),
        intervene_when=draw(st.lists(st.builds(
            Condition, fact=ids, op=st.sampled_from([">=", ">", "<=", "<", "==", "!="]),
            value=fact_values), max_size=3)),
        intervene_when_match=draw(st.sampled_from(["all", "any"])),
        result_promised=draw(texts), left_aside=draw(texts),
        commitments=draw(st.lists(st.builds(
            Commitment, text=texts, type=st.sampled_from(list(CommitmentType)),
            within=st.none() | durations, tell_once=st.booleans(),
            max_customer_actions=st.none() | st.integers(0, 30),
            channels=st.lists(st.sampled_from(list(Channel)), max_size=2)), max_size=3)),
        calendar=WorkingCalendar(hours_per_day=draw(st.floats(1, 24)), days_per_week=draw(st.floats(1, 7))),
        standards=Standards(max_contacts_per_need=draw(st.none() | st.integers(1, 20)),
                            max_waiting_minutes=draw(st.none() | minutes),
                            max_hand_offs_per_need=draw(st.none() | st.integers(0, 20)),
                            fail_points_need_recovery=draw(st.booleans())),
        staff_hourly_rate_eur=draw(st.none() | st.floats(0, 500)),
        rules=draw(st.dictionaries(ids, st.sampled_from(["off", "info", "warning", "error"]), max_size=3)),
    )


@st.composite
def blueprints(draw) -> Blueprint:
    """Valid blueprints: unique ids, every reference resolved."""
    lanes = standard_lanes()
    lane_ids = [lane.id for lane in lanes]
    all_ids = draw(st.lists(ids.filter(lambda i: i not in lane_ids), unique=True, max_size=24))
    cut = draw(st.integers(0, len(all_ids)))
    need_count = draw(st.integers(0, min(2, cut)))
    needs = [Need(id=i, title=draw(texts)) for i in all_ids[:need_count]]
    step_ids, flow_ids = all_ids[need_count:cut], all_ids[cut:]
    organisations = [Organisation(id=f"org-{n}", name=draw(texts),
                                  concept=draw(st.none() | concepts())) for n in range(draw(st.integers(0, 2)))]
    steps = [
        Step(id=i, title=draw(texts), lane=draw(st.sampled_from(lane_ids)),
             kind=draw(st.sampled_from(list(StepKind))), value=draw(st.sampled_from(list(Value))),
             channel=draw(st.none() | st.sampled_from(list(Channel))),
             waste=draw(st.lists(st.sampled_from(list(WasteKind)), max_size=3)),
             need=draw(st.none() | st.sampled_from([n.id for n in needs])) if needs else None,
             customer_minutes=draw(minutes), staff_minutes=draw(minutes), waiting_minutes=draw(minutes),
             outcome=draw(st.sampled_from(list(Outcome))), fail_point=draw(st.booleans()),
             fail_point_text=draw(texts), referral=draw(st.none() | referrals),
             supports=draw(st.lists(st.sampled_from(step_ids), max_size=2, unique=True).map(
                 lambda chosen, i=i: [s for s in chosen if s != i])),
             organisation=draw(st.none() | st.sampled_from([o.id for o in organisations]))
             if organisations else None,
             customer_provides=draw(st.lists(texts, max_size=2)),
             emotion=draw(st.none() | st.integers(-2, 2)), notes=draw(texts),
             x=draw(coordinates), y=draw(coordinates))
        for i in step_ids
    ]
    flows = []
    if steps:
        for i in flow_ids:
            flows.append(Flow(id=i, source=draw(st.sampled_from(step_ids)),
                              target=draw(st.sampled_from(step_ids)),
                              kind=draw(st.sampled_from(list(FlowKind))), label=draw(texts),
                              delay=draw(st.none() | durations), referral=draw(st.none() | referrals)))
    suppressions = []
    if steps and draw(st.booleans()):
        suppressions.append(Suppression(rule="dead-end", element=steps[0].id, reason="agreed in workshop"))
    return Blueprint(
        title=draw(texts), description=draw(texts), language=draw(st.sampled_from(["en", "nl"])),
        customer=Customer(persona=draw(texts), goal=draw(texts)), organisation=draw(texts),
        organisations=organisations,
        facts=draw(st.dictionaries(ids, fact_values, max_size=3)), needs=needs, lanes=lanes,
        steps=steps, flows=flows, concept=draw(concepts()), suppressions=suppressions,
    )


@settings(max_examples=150)
@given(blueprints())
def test_generated_blueprints_round_trip(blueprint: Blueprint):
    assert reference_problems(blueprint) == []
    text = dumps_blueprint(blueprint)
    again = loads_blueprint(text)
    assert again == blueprint
    assert dumps_blueprint(again) == text


def both_readings(text: str) -> tuple[Blueprint, Blueprint]:
    """The file read in one pass by pydantic's JSON reader, and read the ordinary way
    (Python's JSON, then the model): the loader takes the first when it can."""
    fast = fileformat._read_current_version(text)
    ordinary = fileformat.blueprint_from_data(fileformat.parse_json(text, "<text>"))
    assert fast is not None
    return fileformat._cross_checked(fast, "<text>"), ordinary


def same_reading(fast: Blueprint, ordinary: Blueprint) -> None:
    assert type(fast) is Blueprint
    assert fast == ordinary and fast.model_fields_set == ordinary.model_fields_set
    assert dumps_blueprint(fast) == dumps_blueprint(ordinary)


@settings(max_examples=100)
@given(blueprints())
def test_the_one_pass_reading_agrees_with_the_ordinary_one(blueprint: Blueprint):
    same_reading(*both_readings(dumps_blueprint(blueprint)))


def test_every_shipped_file_reads_the_same_both_ways():
    root = Path(__file__).resolve().parents[2]
    files = [*root.glob("blueprint/resources/examples/*.blueprint.json"), *root.glob("corpus/**/*.blueprint.json")]
    assert len(files) > 20
    for path in files:
        same_reading(*both_readings(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("header, problem", [
    ('"version": 2.0', "version: the version must be a whole number"),
    ('"version": true', "version: the version must be a whole number"),
    ('"version": 1', None),
    ('"$schema": 7', "$schema"),
    ('"format": "service-concept"', "this is a 'service-concept' file"),
])
def test_what_the_one_pass_reading_refuses_is_said_the_ordinary_way(header, problem):
    text = '{"format": "service-blueprint", "version": 2, "title": "T", ' + header + "}"
    assert fileformat._read_current_version(text) is None  # a duplicate key: the last one counts
    if problem is None:  # an older version is brought up to date
        assert loads_blueprint(text).title == "T"
    else:
        with pytest.raises(fileformat.LoadError) as error:
            loads_blueprint(text)
        assert problem in str(error.value)


@settings(max_examples=60)
@given(concepts())
def test_generated_concepts_round_trip(concept: ServiceConcept):
    text = dumps_concept(concept)
    assert loads_concept(text) == concept
    assert dumps_concept(loads_concept(text)) == text


def sample() -> Blueprint:
    return Blueprint(
        title="Lost iPhone", steps=[Step(id="a", title="Ask", lane="customer"),
                                    Step(id="b", title="Answer", lane="frontstage")],
        flows=[Flow(id="f", source="a", target="b")],
    )


def test_save_is_deterministic(tmp_path: Path):
    first, second = tmp_path / "one.blueprint.json", tmp_path / "two.blueprint.json"
    save_blueprint(sample(), first)
    save_blueprint(load_blueprint(first), second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().endswith(b"}\n")


def test_failure_mid_save_leaves_old_file_byte_for_byte(tmp_path: Path, monkeypatch):
    path = tmp_path / "journey.blueprint.json"
    save_blueprint(sample(), path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileformat.os, "fsync", crash)
    changed = sample()
    changed.title = "Changed and never saved"
    with pytest.raises(OSError):
        save_blueprint(changed, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["journey.blueprint.json"]


def test_save_keeps_file_permissions(tmp_path: Path):
    path = tmp_path / "journey.blueprint.json"
    save_blueprint(sample(), path)
    os.chmod(path, 0o640)
    save_blueprint(sample(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_concept_saved_alone_applies_to_another_blueprint(tmp_path: Path):
    concept = ServiceConcept(promise="One complete effort with a result",
                             standards=Standards(max_contacts_per_need=2))
    path = tmp_path / "police.concept.json"
    fileformat.save_concept(concept, path)
    loaded = fileformat.load_concept(path)
    target = sample()
    target.concept = loaded
    assert loads_blueprint(dumps_blueprint(target)).concept.standards.max_contacts_per_need == 2


def test_blueprint_file_is_not_taken_for_a_concept():
    with pytest.raises(fileformat.LoadError, match="'service-blueprint' file, not a 'service-concept'"):
        loads_concept(dumps_blueprint(sample()))
