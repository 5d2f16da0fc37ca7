"""Random edit sequences through the undo commands, with random undo and redo: after every
sequence the document is valid, saves, and opens again as exactly the same blueprint; undoing
everything gives back the start (issue 8: 366 of 2,000 such sequences used to end in a file
that could not be reopened)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QUndoStack

from blueprint.model import Blueprint, Flow, Lane, Need, Step, Suppression, Value
from blueprint.model.document import Document
from blueprint.model.fileformat import dumps_blueprint, loads_blueprint
from blueprint.model.validation import dangling_suppressions, reference_problems
from blueprint.ui import commands as c
from tests.fuzz.scale import cases

SEQUENCES = cases(60, 1_000)
RULES = ["dead-end", "unmarked-step", "refusal-without-alternative", "too-many-contacts"]


def _start() -> Blueprint:
    steps = [Step(id=f"s{n}", title=f"Step {n}", lane=lane, x=40 + 240 * n)
             for n, lane in enumerate(["customer", "frontstage", "customer", "backstage"])]
    flows = [Flow(id=f"f{n}", source=f"s{n}", target=f"s{n + 1}") for n in range(3)]
    return Blueprint(steps=steps, flows=flows, needs=[Need(id="n1", title="A need")])


def _random_command(rng: random.Random, document: Document):
    blueprint = document.blueprint
    steps = [s.id for s in blueprint.steps]
    flows = [f.id for f in blueprint.flows]
    lanes = [lane.id for lane in blueprint.lanes]
    choice = rng.choice(["add", "add", "flow", "delete", "delete-flow", "delete-lane", "edit",
                         "mark", "move", "lane", "accept", "accept", "needs", "facts"])
    if choice == "add":
        step = Step(id=document.new_id("step"), title="New", lane=rng.choice(lanes), x=rng.uniform(0, 5000))
        return c.AddStepCommand(document, step)
    if choice == "flow" and len(steps) >= 2:
        source, target = rng.sample(steps, 2)
        return c.AddFlowCommand(document, Flow(id=document.new_id("flow"), source=source, target=target))
    if choice == "delete" and steps:
        return c.RemoveElementsCommand(document, step_ids=rng.sample(steps, rng.randint(1, min(3, len(steps)))))
    if choice == "delete-flow" and flows:
        return c.RemoveElementsCommand(document, flow_ids=[rng.choice(flows)])
    if choice == "delete-lane" and len(lanes) > 1:
        return c.RemoveElementsCommand(document, lane_ids=[rng.choice(lanes)])
    if choice == "edit" and steps:
        return c.UpdateStepCommand(document, rng.choice(steps), {
            "title": rng.choice(["A", "B", "=cmd"]), "customer_minutes": rng.uniform(0, 100)})
    if choice == "mark" and steps:
        return c.MarkValueCommand(document, rng.sample(steps, 1), rng.choice(list(Value)))
    if choice == "move" and steps:
        return c.MoveStepsCommand(document, {rng.choice(steps): {"x": rng.uniform(0, 9000), "lane": rng.choice(lanes)}})
    if choice == "lane":
        return c.AddLaneCommand(document, Lane(id=document.new_id("lane"), title="Extra"), rng.randint(0, len(lanes)))
    if choice == "accept":
        elements = steps + flows + lanes + [n.id for n in blueprint.needs]
        if elements:
            suppression = Suppression(rule=rng.choice(RULES), element=rng.choice(elements), reason="accepted")
            return c.UpdateBlueprintCommand(document, {"suppressions": [*blueprint.suppressions, suppression]})
    if choice == "needs":
        used = {s.need for s in blueprint.steps if s.need}
        kept = [n for n in blueprint.needs if n.id in used or rng.random() < 0.5]
        if rng.random() < 0.5:
            kept.append(Need(id=document.new_id("need"), title="Another"))
        return c.UpdateBlueprintCommand(document, {"needs": kept})
    if choice == "facts":
        return c.UpdateBlueprintCommand(document, {"facts": {"value_eur": rng.uniform(0, 2000)}})
    return None


@pytest.mark.parametrize("seed", range(SEQUENCES))
def test_random_edits_undo_and_redo_always_leave_a_file_that_opens(seed: int) -> None:
    rng = random.Random(seed)
    document = Document(_start())
    start = document.blueprint.model_dump(mode="json")
    stack = QUndoStack()
    for _ in range(30):
        roll = rng.random()
        if roll < 0.15 and stack.canUndo():
            stack.undo()
        elif roll < 0.25 and stack.canRedo():
            stack.redo()
        else:
            command = _random_command(rng, document)
            if command is not None:
                stack.push(command)
        assert reference_problems(document.blueprint) == []
        assert dangling_suppressions(document.blueprint) == []
    reopened = loads_blueprint(dumps_blueprint(document.blueprint), f"sequence-{seed}.blueprint.json")
    assert reopened == document.blueprint
    while stack.canUndo():
        stack.undo()
    assert document.blueprint.model_dump(mode="json") == start
