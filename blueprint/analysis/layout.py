"""Auto-layout of a blueprint: columns by flow order, every step kept in its own lane.

The journey is a directed graph that may contain loops (the customer calls back again).
One depth-first search finds the back edges; without them the graph is acyclic and each
step gets the column of its longest path from a journey start. Steps of one lane that
land in the same column are put side by side, and the column widens for every lane, so
cards never overlap and a column still reads as one moment in time.

No Qt here; networkx is imported inside the function (it is slow to import).
"""

from __future__ import annotations

from collections import defaultdict

from blueprint.model.blueprint import Blueprint

CARD_WIDTH = 200.0
CARD_HEIGHT = 100.0
COLUMN_PITCH = 240.0
FIRST_COLUMN_X = 40.0


def back_edges(graph) -> set[tuple[str, str]]:
    """The edges that close a loop, found by one depth-first search in document order."""
    visiting, done = set(), set()
    found: set[tuple[str, str]] = set()
    for root in graph.nodes:
        if root in done:
            continue
        stack = [(root, iter(graph.successors(root)))]
        visiting.add(root)
        while stack:
            node, successors = stack[-1]
            child = next(successors, None)
            if child is None:
                stack.pop()
                visiting.discard(node)
                done.add(node)
            elif child in visiting:
                found.add((node, child))
            elif child not in done:
                visiting.add(child)
                stack.append((child, iter(graph.successors(child))))
    return found


def step_columns(blueprint: Blueprint) -> dict[str, int]:
    """Step id -> column index: the longest path from a start, loops broken first; a
    supporting item (``Journey.supported``) takes the column of the step it supports."""
    import networkx

    from blueprint.analysis.graph import to_digraph

    from blueprint.analysis.journey import Journey

    graph = to_digraph(blueprint)
    graph.remove_edges_from(back_edges(graph))
    columns: dict[str, int] = {}
    for node in networkx.topological_sort(graph):
        columns[node] = max((columns[p] + 1 for p in graph.predecessors(node)), default=0)
    supported = Journey(blueprint).supported
    for item, steps in supported.items():  # Bitner's column: an item stands under what it serves
        target = steps[0]
        for _ in range(len(supported)):
            if target not in supported:
                break
            target = supported[target][0]
        columns[item] = columns[target]
    return columns


def auto_layout(blueprint: Blueprint) -> dict[str, dict[str, float]]:
    """New positions for every step: ``{step_id: {"x": ..., "y": ...}}``; lanes are kept.

    Within a lane and column, steps keep their current left-to-right order; ``y``
    centres the card vertically in its lane.
    """
    columns = step_columns(blueprint)
    lane_heights = {lane.id: lane.height for lane in blueprint.lanes}
    cells: dict[tuple[int, str], list] = defaultdict(list)
    for order, step in enumerate(blueprint.steps):
        cells[(columns[step.id], step.lane)].append((step.x, order, step))
    width = defaultdict(lambda: 1)
    for (column, _lane), members in cells.items():
        width[column] = max(width[column], len(members))
    first_slot, slot = {}, 0
    for column in range(max(columns.values(), default=-1) + 1):
        first_slot[column] = slot
        slot += width[column]
    positions: dict[str, dict[str, float]] = {}
    for (column, lane), members in cells.items():
        y = max(0.0, (lane_heights.get(lane, CARD_HEIGHT) - CARD_HEIGHT) / 2)
        for offset, (_x, _order, step) in enumerate(sorted(members, key=lambda m: m[:2])):
            x = FIRST_COLUMN_X + (first_slot[column] + offset) * COLUMN_PITCH
            positions[step.id] = {"x": x, "y": y}
    return positions
