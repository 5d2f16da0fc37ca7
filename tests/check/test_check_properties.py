"""Any journey, however odd (loops, self-flows, no customer steps), is checked without a
rule breaking, the same way every time, with findings that point at real elements."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint.check import RULE_ERROR, run_check
from blueprint.model import (
    Blueprint, ChannelRule, Channel, Condition, Flow, FlowKind, Need, Outcome, ServiceConcept,
    Standards, Step, StepKind, Value, WasteKind,
)

LANES = ("evidence", "customer", "frontstage", "backstage", "support")
NEEDS = ("n1", "n2", "n3")


@st.composite
def journeys(draw) -> Blueprint:
    """A small random blueprint whose references are valid (what a loader accepts)."""
    needs = draw(st.lists(st.sampled_from(NEEDS), unique=True, max_size=3))
    count = draw(st.integers(min_value=0, max_value=12))
    steps = [Step(
        id=f"s{i}", title=f"Step {i}", lane=draw(st.sampled_from(LANES)),
        kind=draw(st.sampled_from(list(StepKind))), value=draw(st.sampled_from(list(Value))),
        outcome=draw(st.sampled_from(list(Outcome))),
        waste=draw(st.lists(st.sampled_from(list(WasteKind)), max_size=3)),
        channel=draw(st.none() | st.sampled_from(list(Channel))),
        need=draw(st.none() | st.sampled_from(needs)) if needs else None,
        waiting_minutes=draw(st.sampled_from((0.0, 5.0, 60.0))),
    ) for i in range(count)]
    ends = st.tuples(st.integers(0, count - 1), st.integers(0, count - 1))
    pairs = draw(st.lists(ends, max_size=20)) if count else []
    flows = [Flow(id=f"f{i}", source=f"s{a}", target=f"s{b}", kind=draw(st.sampled_from(list(FlowKind))))
             for i, (a, b) in enumerate(pairs)]
    concept = ServiceConcept(
        promise=draw(st.sampled_from(("", "We call back the same day."))),
        intervene_when=draw(st.lists(st.builds(
            Condition, fact=st.sampled_from(("value", "known")), op=st.sampled_from((">=", "==", "<")),
            value=st.sampled_from((250, True, "yes"))), max_size=2)),
        channel_rules=draw(st.lists(st.builds(
            ChannelRule, kind=st.sampled_from(list(StepKind)),
            forbidden=st.lists(st.sampled_from(list(Channel)), max_size=2)), max_size=2)),
        standards=Standards(max_contacts_per_need=draw(st.none() | st.integers(1, 3)),
                            max_waiting_minutes=draw(st.none() | st.just(10.0)),
                            refusal_names_alternative=draw(st.booleans())),
    )
    facts = draw(st.dictionaries(st.sampled_from(("value", "known")),
                                 st.sampled_from((800, 40, True, "no")), max_size=2))
    return Blueprint(needs=[Need(id=n, title=f"Need {n}") for n in needs], steps=steps,
                     flows=flows, concept=concept, facts=facts)


@settings(max_examples=50)
@given(journeys(), st.sampled_from(("recommended", "strict")))
def test_any_journey_is_checked_without_a_rule_breaking(blueprint: Blueprint, preset: str) -> None:
    result = run_check(blueprint, preset=preset)
    assert result.of_rule(RULE_ERROR) == [], result.of_rule(RULE_ERROR)
    assert run_check(blueprint, preset=preset).findings == result.findings
    known = blueprint.all_ids()
    for finding in result.findings:
        assert set(finding.elements) <= known, finding
        assert finding.message and finding.hint
