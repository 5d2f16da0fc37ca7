"""A blueprint as a networkx DiGraph: steps are nodes, flows are edges, attributes kept.

networkx is imported inside the function: it costs more start-up time than Qt, and the
desktop program must open fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from blueprint.model import Blueprint

if TYPE_CHECKING:
    import networkx


def to_digraph(blueprint: Blueprint) -> "networkx.DiGraph":
    """The journey as a DiGraph.

    Each node is a step id with the attribute ``step`` (the Step itself) and ``lane_kind``;
    each edge carries ``flow`` (the Flow), ``kind`` and ``id``. Parallel flows between the
    same two steps keep the first one as the edge; every flow stays in ``graph["flows"]``.
    """
    import networkx

    lane_kinds = {lane.id: lane.kind for lane in blueprint.lanes}
    graph = networkx.DiGraph(title=blueprint.title, flows=list(blueprint.flows))
    graph.add_nodes_from(
        (step.id, {"step": step, "lane_kind": lane_kinds.get(step.lane)}) for step in blueprint.steps
    )
    for flow in blueprint.flows:
        if flow.source in graph and flow.target in graph and not graph.has_edge(flow.source, flow.target):
            graph.add_edge(flow.source, flow.target, flow=flow, kind=flow.kind, id=flow.id)
    return graph
