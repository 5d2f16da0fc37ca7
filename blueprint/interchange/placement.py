"""Turning checked spreadsheet rows into a blueprint: lanes, needs, positions and flows.

Steps keep the order of the ``order`` column (row order breaks ties, and is the order
when there is no such column). Each step gets its own column: the first at x=40, one every
240 units, the card centred in its lane (y=40). The steps are chained in that order by
``sequence`` flows; a physical-evidence step is not part of the chain but is tied to the
step before it (or, when it comes first, the step after it) by an ``information`` flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from blueprint.interchange.words import STANDARD_LANES
from blueprint.model.blueprint import Blueprint, Flow, Lane, Need, Step
from blueprint.model.vocabulary import FlowKind, LaneKind

if TYPE_CHECKING:
    from blueprint.interchange.csv_import import StepRow

FIRST_COLUMN_X = 40.0
COLUMN_WIDTH = 240.0
CARD_Y = 40.0
EVIDENCE_LANE = "evidence"

_LANE_KINDS = {
    "evidence": LaneKind.PHYSICAL_EVIDENCE,
    "customer": LaneKind.CUSTOMER,
    "frontstage": LaneKind.FRONTSTAGE,
    "backstage": LaneKind.BACKSTAGE,
    "support": LaneKind.SUPPORT,
}


def imported_lanes(dutch: bool) -> list[Lane]:
    """The five standard lanes, titled in Dutch or English."""
    return [Lane(id=lane.id, title=lane.dutch if dutch else lane.english, kind=_LANE_KINDS[lane.id])
            for lane in STANDARD_LANES]


def place_steps(rows: list[StepRow], dutch: bool, title: str | None = None) -> Blueprint:
    """A blueprint holding the rows' steps, placed in order and chained by flows."""
    ordered = sorted(rows, key=lambda row: (row.order if row.order is not None else 0.0, row.row))
    needs: dict[str, Need] = {}
    steps: list[Step] = []
    for column, row in enumerate(ordered):
        fields = dict(row.fields)
        need_title = fields.pop("need", None)
        if need_title is not None and need_title not in needs:
            needs[need_title] = Need(id=f"need-{len(needs) + 1}", title=need_title)
        steps.append(Step(
            id=f"step-{column + 1}",
            need=needs[need_title].id if need_title is not None else None,
            x=FIRST_COLUMN_X + column * COLUMN_WIDTH,
            y=CARD_Y,
            **fields,  # type: ignore[arg-type]
        ))
    default_title = "Geïmporteerde stappen" if dutch else "Imported steps"
    return Blueprint(
        title=title or default_title,
        language="nl" if dutch else "en",
        needs=list(needs.values()),
        lanes=imported_lanes(dutch),
        steps=steps,
        flows=chain_flows(steps),
    )


def chain_flows(steps: list[Step]) -> list[Flow]:
    """Sequence flows between consecutive journey steps; information flows to the evidence."""
    journey = [step for step in steps if step.lane != EVIDENCE_LANE]
    links: list[tuple[Step, Step, FlowKind]] = [
        (before, after, FlowKind.SEQUENCE) for before, after in zip(journey, journey[1:])]
    previous: Step | None = None
    for step in steps:
        if step.lane != EVIDENCE_LANE:
            previous = step
            continue
        if previous is not None:
            links.append((previous, step, FlowKind.INFORMATION))
            continue
        following = next((later for later in steps if later.lane != EVIDENCE_LANE), None)
        if following is not None:
            links.append((step, following, FlowKind.INFORMATION))
    position = {step.id: index for index, step in enumerate(steps)}
    links.sort(key=lambda link: (position[link[0].id], position[link[1].id]))
    return [Flow(id=f"flow-{number}", source=source.id, target=target.id, kind=kind)
            for number, (source, target, kind) in enumerate(links, start=1)]
