"""Steps on the clipboard: JSON of the steps and the flows between them, pasted with new ids.

Plain functions over the model (no Qt), so cut, copy, paste and duplicate share them and
the tests need no clipboard.
"""

from __future__ import annotations

import itertools
import json

from pydantic import ValidationError

from blueprint.analysis.layout import CARD_WIDTH
from blueprint.model.blueprint import Flow, Step
from blueprint.model.document import Document

FORMAT = "service-blueprint-steps"


class NotSteps(ValueError):
    """The clipboard holds something that is not copied steps."""


def steps_to_json(document: Document, step_ids) -> str:
    """The steps and the flows among them (flows leaving the set are left out), as JSON."""
    wanted = [document.step(step_id) for step_id in step_ids]
    chosen = {step.id for step in wanted}
    flows = [f for f in document.blueprint.flows if f.source in chosen and f.target in chosen]
    return json.dumps({
        "format": FORMAT,
        "steps": [step.model_dump(mode="json") for step in wanted],
        "flows": [flow.model_dump(mode="json") for flow in flows],
    }, ensure_ascii=False)


def fresh_copies(document: Document, text: str, dx: float = 0.0) -> tuple[list[Step], list[Flow]]:
    """Copies of the steps and flows in ``text`` with ids new in ``document``, shifted by ``dx``.

    A step whose lane the document lacks lands in the first lane. NotSteps when the text is
    not copied steps.
    """
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise NotSteps("the clipboard holds no copied steps")
        steps = [Step.model_validate(item) for item in data.get("steps", [])]
        flows = [Flow.model_validate(item) for item in data.get("flows", [])]
    except (json.JSONDecodeError, ValidationError, TypeError) as error:
        raise NotSteps("the clipboard holds no copied steps") from error
    lanes = {lane.id for lane in document.blueprint.lanes}
    first_lane = document.blueprint.lanes[0].id
    ids = _id_source(document)
    renamed: dict[str, str] = {}
    new_steps = []
    for step in steps:
        renamed[step.id] = next(ids["step"])
        new_steps.append(step.model_copy(update={
            "id": renamed[step.id],
            "x": step.x + dx,
            "lane": step.lane if step.lane in lanes else first_lane,
            "need": step.need if step.need in {n.id for n in document.blueprint.needs} else None,
        }))
    new_flows = [
        flow.model_copy(update={"id": next(ids["flow"]), "source": renamed[flow.source], "target": renamed[flow.target]})
        for flow in flows if flow.source in renamed and flow.target in renamed
    ]
    return new_steps, new_flows


def _id_source(document: Document) -> dict[str, itertools.count]:
    """Generators of fresh ``step-N`` and ``flow-N`` ids that avoid every id in use."""
    taken = document.blueprint.all_ids()

    def fresh(prefix: str):
        for number in itertools.count(1):
            candidate = f"{prefix}-{number}"
            if candidate not in taken:
                taken.add(candidate)
                yield candidate

    return {"step": fresh("step"), "flow": fresh("flow")}


def span(steps: list[Step]) -> float:
    """How far right of the leftmost card the rightmost card ends."""
    if not steps:
        return 0.0
    return max(step.x for step in steps) + CARD_WIDTH - min(step.x for step in steps)
