"""Turning checked spreadsheet rows into a blueprint: lanes, needs, positions and flows.

Steps keep the order of the ``order`` column (row order breaks ties, and is the order
when there is no such column). Each order number is one column: the first at x=40, one
every 240 units, the card near the top of its lane (y=40), several in one lane of a column
stacked 120 units apart. The steps are chained in that order by ``sequence`` flows; a
physical-evidence step in a column of its own is not part of the chain but is tied to the
step before it (or, when it comes first, the step after it) by an ``information`` flow;
evidence, backstage and support items sharing a column with a customer or frontstage step
(or naming what they support) support it, unchained (Bitner's columns).
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint.interchange.words import STANDARD_LANES, word_key
from blueprint.model.blueprint import Blueprint, Flow, Lane, Need, Organisation, Step
from blueprint.model.timing import Duration
from blueprint.model.vocabulary import FlowKind, LaneKind

FIRST_COLUMN_X = 40.0
COLUMN_WIDTH = 240.0
CARD_Y = 40.0
EVIDENCE_LANE = "evidence"
STACK_PITCH = 120.0
"""Vertical distance between cards stacked in one lane of one column."""
PATH_LANES = ("customer", "frontstage")
SUPPORTING_LANES = ("evidence", "backstage", "support")

_LANE_KINDS = {
    "evidence": LaneKind.PHYSICAL_EVIDENCE,
    "customer": LaneKind.CUSTOMER,
    "frontstage": LaneKind.FRONTSTAGE,
    "backstage": LaneKind.BACKSTAGE,
    "support": LaneKind.SUPPORT,
}



@dataclass(frozen=True, slots=True)
class StepRow:
    """The cells of one spreadsheet row, checked and converted to step fields."""

    row: int
    order: float | None
    fields: dict[str, object]


def imported_lanes(dutch: bool) -> list[Lane]:
    """The five standard lanes, titled in Dutch or English."""
    return [Lane(id=lane.id, title=lane.dutch if dutch else lane.english, kind=_LANE_KINDS[lane.id])
            for lane in STANDARD_LANES]


def place_steps(rows: list[StepRow], dutch: bool, title: str | None = None) -> Blueprint:
    """A blueprint holding the rows' steps, placed in order and chained by flows.

    Rows sharing an order number stand in one column; several in one lane of a column are
    stacked (the lane grows to hold them). An evidence, backstage or support row that
    names what it supports, or that shares its column with a customer or frontstage row,
    supports those steps (Bitner's column) and is not chained. Organisations are made from
    their names; a row's time until the next step goes on the flow that leaves it.
    """
    ordered = sorted(rows, key=lambda row: (row.order if row.order is not None else 0.0, row.row))
    numbers = sorted({row.order for row in ordered if row.order is not None})
    column_of = {id(row): (numbers.index(row.order) if row.order is not None else index)
                 for index, row in enumerate(ordered)}
    step_id = {id(row): f"step-{index + 1}" for index, row in enumerate(ordered)}
    needs: dict[str, Need] = {}
    organisations: dict[str, Organisation] = {}
    stacked: dict[tuple[int, str], int] = {}
    steps: list[Step] = []
    delays: dict[str, Duration] = {}
    for row in ordered:
        fields = dict(row.fields)
        need_title = fields.pop("need", None)
        if need_title is not None and need_title not in needs:
            needs[need_title] = Need(id=f"need-{len(needs) + 1}", title=need_title)
        organisation = fields.pop("organisation", None)
        if organisation is not None and organisation not in organisations:
            organisations[organisation] = Organisation(id=f"organisation-{len(organisations) + 1}",
                                                       name=organisation)
        wanted = fields.pop("supports", [])
        supports = [step_id[id(other)] for name in wanted for other in supported_rows(name, rows, row)]
        delay = fields.pop("delay", None)
        cell = (column_of[id(row)], str(fields["lane"]))
        place = stacked.get(cell, 0)
        stacked[cell] = place + 1
        step = Step(
            id=step_id[id(row)],
            need=needs[need_title].id if need_title is not None else None,
            organisation=organisations[organisation].id if organisation is not None else None,
            supports=list(dict.fromkeys(supports)),
            x=FIRST_COLUMN_X + column_of[id(row)] * COLUMN_WIDTH,
            y=CARD_Y + place * STACK_PITCH,
            **fields,  # type: ignore[arg-type]
        )
        steps.append(step)
        if delay is not None:
            delays[step.id] = delay
    default_title = "Geïmporteerde stappen" if dutch else "Imported steps"
    deepest = {}
    for (_, lane), count in stacked.items():
        deepest[lane] = max(deepest.get(lane, 1), count)
    lanes = [lane.model_copy(update={"height": max(lane.height, 2 * CARD_Y + 100 + (deepest.get(lane.id, 1) - 1) * STACK_PITCH)})
             for lane in imported_lanes(dutch)]
    flows = chain_flows(steps)
    for flow in flows:
        if flow.kind is FlowKind.SEQUENCE and flow.source in delays:
            flow.delay = delays.pop(flow.source)
    return Blueprint(
        title=title or default_title,
        language="nl" if dutch else "en",
        organisations=list(organisations.values()),
        needs=list(needs.values()),
        lanes=lanes,
        steps=steps,
        flows=flows,
    )


def supporting_steps(steps: list[Step]) -> set[str]:
    """The steps that support others: those naming what they support, and evidence,
    backstage and support steps sharing their column with a customer or frontstage step."""
    path_columns = {step.x for step in steps if step.lane in PATH_LANES}
    return {step.id for step in steps if step.supports
            or (step.lane in SUPPORTING_LANES and step.x in path_columns)}


def chain_flows(steps: list[Step]) -> list[Flow]:
    """Sequence flows between consecutive journey steps; information flows to the evidence
    that stands in a column of its own. Supporting items are not chained."""
    supporting = supporting_steps(steps)
    journey = [step for step in steps if step.lane != EVIDENCE_LANE and step.id not in supporting]
    links: list[tuple[Step, Step, FlowKind]] = [
        (before, after, FlowKind.SEQUENCE) for before, after in zip(journey, journey[1:])]
    previous: Step | None = None
    for step in steps:
        if step.id in supporting:
            continue
        if step.lane != EVIDENCE_LANE:
            previous = step
            continue
        if previous is not None:
            links.append((previous, step, FlowKind.INFORMATION))
            continue
        following = next((later for later in steps if later.lane != EVIDENCE_LANE
                          and later.id not in supporting), None)
        if following is not None:
            links.append((step, following, FlowKind.INFORMATION))
    position = {step.id: index for index, step in enumerate(steps)}
    links.sort(key=lambda link: (position[link[0].id], position[link[1].id]))
    return [Flow(id=f"flow-{number}", source=source.id, target=target.id, kind=kind)
            for number, (source, target, kind) in enumerate(links, start=1)]


def supported_rows(wanted: str, step_rows: list[StepRow], supporter: StepRow) -> list[StepRow]:
    """The rows a supports entry names: those with that order number (customer and
    frontstage rows first), else those with that title."""
    others = [row for row in step_rows if row is not supporter]
    try:
        number = float(wanted.replace(",", "."))
    except ValueError:
        number = None
    if number is not None:
        by_order = [row for row in others if row.order == number]
        path = [row for row in by_order if row.fields.get("lane") in ("customer", "frontstage")]
        if path or by_order:
            return path or by_order
    key = word_key(wanted)
    return [row for row in others if word_key(str(row.fields.get("title", ""))) == key]
