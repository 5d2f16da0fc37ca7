"""Auto-layout of a blueprint: columns by flow order, every step kept in its own lane.

The journey is a directed graph that may contain loops (the customer calls back again).
One depth-first search finds the back edges; without them the graph is acyclic and each
step gets the column of its longest path from a journey start. Steps of one lane that
land in the same column are put side by side, and the column widens for every lane, so
cards never overlap and a column still reads as one moment in time.

No Qt and no graph library: plain dictionaries. The depth-first search that finds the loops
also gives the order to lay out in (its finishing order, reversed), so no second pass (such
as ``graphlib``, whose cycle check alone costs more than this whole layout) is needed.
"""

from __future__ import annotations

from collections import defaultdict

from blueprint.model.blueprint import Blueprint

CARD_WIDTH = 200.0
CARD_HEIGHT = 100.0
COLUMN_PITCH = 240.0
FIRST_COLUMN_X = 40.0


def journey_successors(blueprint: Blueprint) -> dict[str, list[str]]:
    """Step id -> the steps its flows lead to, each once, in flow order (steps in file order)."""
    successors: dict[str, list[str]] = {step.id: [] for step in blueprint.steps}
    seen: set[tuple[str, str]] = set()
    for flow in blueprint.flows:
        pair = (flow.source, flow.target)
        if flow.source in successors and flow.target in successors and pair not in seen:
            seen.add(pair)
            successors[flow.source].append(flow.target)
    return successors


def back_edges(successors: dict[str, list[str]]) -> set[tuple[str, str]]:
    """The edges that close a loop, found by one depth-first search in document order."""
    return _depth_first(successors)[0]


def _depth_first(successors: dict[str, list[str]]) -> tuple[set[tuple[str, str]], list[str]]:
    """One depth-first search from each unvisited step in document order: the back edges,
    and the steps in the order the search finished them. Reversed, that order lists every
    step before the steps its other (forward, cross, tree) edges lead to."""
    visiting, done = set(), set()
    found: set[tuple[str, str]] = set()
    finished: list[str] = []
    for root in successors:
        if root in done:
            continue
        stack = [(root, iter(successors[root]))]
        visiting.add(root)
        while stack:
            node, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                stack.pop()
                visiting.discard(node)
                done.add(node)
                finished.append(node)
            elif child in visiting:
                found.add((node, child))
            elif child not in done:
                visiting.add(child)
                stack.append((child, iter(successors[child])))
    return found, finished


def step_columns(blueprint: Blueprint) -> dict[str, int]:
    """Step id -> column index: the longest path from a start, loops broken first; a
    supporting item (``Journey.supported``) takes the column of the step it supports."""
    from blueprint.analysis.journey import Journey

    successors = journey_successors(blueprint)
    loops, finished = _depth_first(successors)
    columns = dict.fromkeys(successors, 0)
    for node in reversed(finished):  # a topological order of the journey without its loops
        for target in successors[node]:
            if (node, target) not in loops and columns[target] <= columns[node]:
                columns[target] = columns[node] + 1
    supported = Journey(blueprint).supported
    for item, steps in supported.items():  # Bitner's column: an item stands under what it serves
        target = steps[0]
        for _ in range(len(supported)):
            if target not in supported:
                break
            target = supported[target][0]
        columns[item] = columns[target]
    return columns


STACK_GAP = 20.0
"""Vertical gap between supporting items stacked in one lane of one column."""


def auto_layout(blueprint: Blueprint) -> dict[str, dict[str, float]]:
    """New positions for every step: ``{step_id: {"x": ..., "y": ...}}``; lanes are kept.
    See :func:`tidy_layout`."""
    return tidy_layout(blueprint)[0]


def tidy_layout(blueprint: Blueprint) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """New positions for every step, and each lane's height (:func:`lane_heights_for`),
    from one reading of the journey.

    Within a lane and column, journey steps keep their current left-to-right order, side
    by side; supporting items (evidence, backstage and support items that serve a customer
    moment) stack one above the other in their column, as Bitner draws them.
    ``y`` centres a card (or a stack) vertically in its lane; a lane too low for its
    tallest stack is grown by :func:`lane_heights_for`.
    """
    from blueprint.analysis.journey import Journey

    columns = step_columns(blueprint)
    supporting = set(Journey(blueprint).supported)
    heights = lane_heights_for(blueprint, columns, supporting)
    cells: dict[tuple[int, str], list] = defaultdict(list)
    for order, step in enumerate(blueprint.steps):
        cells[(columns[step.id], step.lane)].append((step.x, order, step))
    width = defaultdict(lambda: 1)
    for (column, _lane), members in cells.items():
        journey = sum(1 for *_, step in members if step.id not in supporting)
        width[column] = max(width[column], journey + (1 if journey < len(members) else 0))
    first_slot, slot = {}, 0
    for column in range(max(columns.values(), default=-1) + 1):
        first_slot[column] = slot
        slot += width[column]
    positions: dict[str, dict[str, float]] = {}
    for (column, lane), members in cells.items():
        ordered = sorted(members, key=lambda m: m[:2])
        journey = [step for *_, step in ordered if step.id not in supporting]
        stack = [step for *_, step in ordered if step.id in supporting]
        height = heights.get(lane, CARD_HEIGHT)
        y = max(0.0, (height - CARD_HEIGHT) / 2)
        for offset, step in enumerate(journey):
            positions[step.id] = {"x": FIRST_COLUMN_X + (first_slot[column] + offset) * COLUMN_PITCH, "y": y}
        top = max(0.0, (height - _stack_height(len(stack))) / 2)
        x = FIRST_COLUMN_X + (first_slot[column] + len(journey)) * COLUMN_PITCH if journey else \
            FIRST_COLUMN_X + first_slot[column] * COLUMN_PITCH
        for place, step in enumerate(stack):
            positions[step.id] = {"x": x, "y": top + place * (CARD_HEIGHT + STACK_GAP)}
    return positions, heights


def _stack_height(count: int) -> float:
    return count * CARD_HEIGHT + max(0, count - 1) * STACK_GAP


def lane_heights_for(blueprint: Blueprint, columns: dict[str, int] | None = None,
                     supporting: set[str] | None = None) -> dict[str, float]:
    """Each lane's height after a tidy: as it is, or taller where a column stacks more
    supporting items in it than it has room for (with a margin above and below)."""
    if columns is None or supporting is None:
        from blueprint.analysis.journey import Journey

        columns = step_columns(blueprint) if columns is None else columns
        supporting = set(Journey(blueprint).supported) if supporting is None else supporting
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for step in blueprint.steps:
        if step.id in supporting:
            counts[(columns[step.id], step.lane)] += 1
    heights = {lane.id: lane.height for lane in blueprint.lanes}
    for (_column, lane), count in counts.items():
        if lane in heights:
            heights[lane] = max(heights[lane], _stack_height(count) + 2 * STACK_GAP)
    return heights
