"""The analysis layer's graph view of a blueprint."""

from blueprint.analysis.graph import to_digraph
from blueprint.model import Blueprint, Flow, FlowKind, Step


def test_graph_view_keeps_steps_flows_and_attributes():
    blueprint = Blueprint(
        steps=[Step(id="a", title="Ask", lane="customer"), Step(id="b", title="Answer", lane="frontstage"),
               Step(id="c", title="Alone", lane="support")],
        flows=[Flow(id="f1", source="a", target="b", kind=FlowKind.REFERRAL, label="via court"),
               Flow(id="f2", source="b", target="a")],
    )
    graph = to_digraph(blueprint)
    assert sorted(graph.nodes) == ["a", "b", "c"]
    assert graph.nodes["b"]["step"].title == "Answer"
    assert graph.nodes["c"]["lane_kind"] == "support"
    assert graph.edges["a", "b"]["kind"] == FlowKind.REFERRAL
    assert graph.edges["a", "b"]["flow"].label == "via court"
    assert graph.has_edge("b", "a")
