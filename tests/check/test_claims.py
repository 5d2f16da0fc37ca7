"""Every message is true of the drawing: each claim a finding makes is checked against the graph.

Walks every finding of every example, corpus journey and rule fixture (in English, so the
claims can be read back), and checks what it says with networkx over the blueprint itself,
independently of the journey index the rules use: where a need ends, how many contacts
or hand-offs it counts, that no step refers or recovers, that a step cannot be reached.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx
import pytest

from blueprint.check import run_check
from blueprint.check.finding import Finding
from blueprint.model import Blueprint, FlowKind, LaneKind, Outcome, load_blueprint, load_concept

ROOT = Path(__file__).resolve().parents[2]


def _journeys() -> list[tuple[str, Path, Path | None]]:
    found: dict[str, tuple[str, Path, Path | None]] = {}
    for path in sorted((ROOT / "blueprint" / "resources" / "examples").glob("*.blueprint.json")):
        found[str(path)] = (path.name, path, None)
    for expected in sorted(ROOT.glob("corpus/**/*expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        blueprint = (expected.parent / data["blueprint"]).resolve()
        concept = (expected.parent / data["concept"]).resolve() if data.get("concept") else None
        found[f"{blueprint}|{concept}"] = (str(expected.relative_to(ROOT)), blueprint, concept)
    for path in sorted((ROOT / "tests/check/fixtures").glob("*/*/*.blueprint.json")):
        found[str(path)] = (str(path.relative_to(ROOT / "tests/check")), path, None)
    return list(found.values())


JOURNEYS = _journeys()


class Graph:
    """The blueprint read plainly: a DiGraph of journey flows, and what each step supports."""

    def __init__(self, blueprint: Blueprint):
        self.blueprint = blueprint
        self.steps = {step.id: step for step in blueprint.steps}
        self.lane = {step.id: blueprint.lane(step.lane).kind for step in blueprint.steps}
        self.journey = networkx.DiGraph()
        self.journey.add_nodes_from(self.steps)
        self.flows = [f for f in blueprint.flows if f.source in self.steps and f.target in self.steps]
        self.journey.add_edges_from((f.source, f.target) for f in self.flows
                                    if f.kind is not FlowKind.INFORMATION)

    def refers(self, step_id: str) -> bool:
        """A referral flow leaves the step."""
        return any(f.source == step_id and f.kind is FlowKind.REFERRAL for f in self.flows)

    def referral_gives_a_way(self, step_id: str) -> bool:
        own = self.steps[step_id].referral
        if own is not None and own.gives_a_way():
            return True
        staff = {LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT}
        return any(f.source == step_id and f.kind is FlowKind.REFERRAL
                   and ((f.referral is not None and f.referral.gives_a_way()) or self.lane[f.target] in staff)
                   for f in self.flows)


def _claims(blueprint: Blueprint, finding: Finding, graph: Graph) -> list[str]:
    """What is wrong with the finding's claims; empty when every claim holds."""
    wrong = []
    message, rule = finding.message, finding.rule
    ids = blueprint.all_ids()
    wrong += [f"names unknown element {e}" for e in finding.elements if e not in ids]
    if re.search(r"(?<!\.)\.\.(?!\.)", message) or "?." in message or "!." in message:
        wrong.append("doubled stop")
    if re.search(r"(?<![\d.,])1 (contacts|errors|warnings|times|steps|actions|days|working days|hours|minutes|weeks)\b",
                 message):
        wrong.append("a plural after 1")
    steps = [e for e in finding.elements if e in graph.steps]
    if rule == "promise-not-met":
        need = next((e for e in finding.elements if e not in graph.steps), None)
        for step_id in steps:
            if graph.steps[step_id].outcome is Outcome.REFUSED and graph.journey.out_degree(step_id):
                wrong.append(f"'ends at' names the mid-journey refusal {step_id}")
            if graph.lane[step_id] is LaneKind.PHYSICAL_EVIDENCE or graph.steps[step_id].supports:
                wrong.append(f"'ends at' names {step_id}, which is not on the customer's path")
        if "no step resolves it" in message:
            resolving = [s for s in blueprint.steps if s.outcome is Outcome.RESOLVED
                         and (need is None or s.need == need)]
            if need is not None:
                wrong += [f"{s.id} resolves the need" for s in resolving]
    elif rule == "refusal-without-alternative":
        wrong += [f"{s} refers on" for s in steps if graph.refers(s)]
        wrong += [f"{s} is no refusal" for s in steps if graph.steps[s].outcome is not Outcome.REFUSED]
    elif rule == "incomplete-referral":
        wrong += [f"{s}'s referral gives a way" for s in steps if graph.referral_gives_a_way(s)]
    elif rule == "dead-end":
        for s in steps:
            if graph.journey.out_degree(s) or graph.steps[s].outcome is not Outcome.NONE:
                wrong.append(f"{s} does not stop the journey")
            if graph.steps[s].supports:
                wrong.append(f"{s} is a supporting item")
    elif rule == "unreachable-step":
        wrong += [f"{s} supports a step" for s in steps if graph.steps[s].supports]
    elif rule == "fail-point-without-recovery":
        for s in steps:
            if not graph.steps[s].fail_point:
                wrong.append(f"{s} is no fail point")
            if any(f.source == s and f.kind is FlowKind.RECOVERY for f in graph.flows):
                wrong.append(f"{s} has a recovery flow")
    elif rule == "too-many-hand-offs":
        counted = re.search(r"is handed on (once|\d+ times)", message)
        flows = [e for e in finding.elements if any(f.id == e for f in graph.flows)]
        number = 1 if counted and counted.group(1) == "once" else int(counted.group(1).split()[0])
        if number != len(flows):
            wrong.append(f"says {number} hand-offs, lists {len(flows)}")
    elif rule == "too-many-contacts":
        counted = re.search(r"takes (one|\d+) contacts?", message)
        number = 1 if counted.group(1) == "one" else int(counted.group(1))
        if "the concept allows" in message and number != len(steps):
            wrong.append(f"says {number} contacts, lists {len(steps)}")
    elif rule == "customer-duty-broken":
        given = re.search(r"gives '(.+)' (\d+) times", message)
        if given:
            key = " ".join(given.group(1).split()).casefold()
            holding = [s for s in steps if key in {" ".join(i.split()).casefold()
                                                   for i in graph.steps[s].customer_provides}]
            if len(holding) != int(given.group(2)) - 1 or len(holding) != len(steps):
                wrong.append(f"says {given.group(2)} times, {len(holding)} steps give it")
    elif rule == "notification-missing" and "no step tells the customer" in message:
        need = next((e for e in finding.elements if e not in graph.steps), None)
        wrong += [f"{s.id} is a notification" for s in blueprint.steps
                  if s.kind == "notification" and (need is None or s.need in (None, need))]
    return wrong


@pytest.mark.parametrize("name, path, concept", JOURNEYS, ids=[j[0] for j in JOURNEYS])
def test_every_claim_of_every_finding_holds(name: str, path: Path, concept: Path | None) -> None:
    blueprint = load_blueprint(path)
    result = run_check(blueprint, load_concept(concept) if concept else None, "strict", language="en")
    graph = Graph(blueprint)
    problems = {f"{f.rule}: {f.message}": _claims(blueprint, f, graph) for f in result.findings}
    assert {message: wrong for message, wrong in problems.items() if wrong} == {}


def test_the_walk_covers_examples_corpus_and_fixtures() -> None:
    names = [j[0] for j in JOURNEYS]
    assert any(n.endswith(".blueprint.json") and "/" not in n for n in names)
    assert any(n.startswith("fixtures/") for n in names)
    assert any(n.startswith("corpus/") for n in names)
