"""Auto-layout without Qt: columns by flow order, lanes kept, loops tolerated, no overlap."""

from __future__ import annotations

from blueprint.analysis.layout import COLUMN_PITCH, FIRST_COLUMN_X, auto_layout, back_edges, step_columns
from blueprint.model import Blueprint, Flow, Step


def journey(steps: list[tuple[str, str]], flows: list[tuple[str, str]]) -> Blueprint:
    """A blueprint from (id, lane) pairs and (source, target) pairs, every card at x=0."""
    return Blueprint(
        steps=[Step(id=s, title=s, lane=lane, x=0) for s, lane in steps],
        flows=[Flow(id=f"f{i}", source=a, target=b) for i, (a, b) in enumerate(flows)],
    )


def test_columns_follow_the_longest_path():
    bp = journey(
        [("a", "customer"), ("b", "frontstage"), ("c", "customer"), ("d", "customer")],
        [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")],
    )
    assert step_columns(bp) == {"a": 0, "b": 1, "c": 2, "d": 3}


def test_a_loop_is_broken_not_fatal():
    bp = journey(
        [("call", "customer"), ("patrol", "frontstage"), ("moves", "customer")],
        [("call", "patrol"), ("patrol", "moves"), ("moves", "call"), ("moves", "moves")],
    )
    positions = auto_layout(bp)
    assert positions["call"]["x"] < positions["patrol"]["x"] < positions["moves"]["x"]


def test_back_edges_of_a_cycle():
    assert back_edges({"a": ["b"], "b": ["c"], "c": ["a"]}) == {("c", "a")}
    assert back_edges({"a": ["a", "b"], "b": []}) == {("a", "a")}


def test_lanes_are_kept_and_cards_centred_in_the_lane():
    bp = journey([("a", "customer"), ("b", "support")], [("a", "b")])
    bp.lanes[-1].height = 300
    positions = auto_layout(bp)
    assert positions["a"] == {"x": FIRST_COLUMN_X, "y": 40.0}
    assert positions["b"] == {"x": FIRST_COLUMN_X + COLUMN_PITCH, "y": 100.0}
    assert "lane" not in positions["a"]


def test_no_two_cards_overlap_in_a_lane():
    bp = journey(
        [("start", "customer"), ("x", "frontstage"), ("y", "frontstage"), ("z", "frontstage"), ("end", "customer")],
        [("start", "x"), ("start", "y"), ("start", "z"), ("x", "end"), ("y", "end"), ("z", "end")],
    )
    positions = auto_layout(bp)
    xs = sorted(positions[s]["x"] for s in ("x", "y", "z"))
    assert all(b - a >= COLUMN_PITCH for a, b in zip(xs, xs[1:]))
    assert positions["end"]["x"] > xs[-1]


def test_isolated_steps_and_empty_blueprint():
    assert auto_layout(Blueprint()) == {}
    bp = journey([("alone", "evidence")], [])
    assert auto_layout(bp) == {"alone": {"x": FIRST_COLUMN_X, "y": 40.0}}


def test_tidy_puts_a_support_item_in_the_column_of_the_step_it_serves():
    blueprint = Blueprint(steps=[
        Step(id="ask", title="Ask", lane="customer", x=40),
        Step(id="answer", title="Answer", lane="frontstage", x=280),
        Step(id="lookup", title="Look up the file", lane="support", x=2000, supports=["answer"])],
        flows=[Flow(id="f", source="ask", target="answer")])
    positions = auto_layout(blueprint)
    assert positions["lookup"]["x"] == positions["answer"]["x"] != positions["ask"]["x"]


def test_tidy_stacks_supporting_items_of_one_column_and_grows_the_lane_to_hold_them():
    from blueprint.analysis.layout import lane_heights_for

    blueprint = Blueprint(steps=[
        Step(id="ask", title="Ask", lane="customer", x=40),
        Step(id="answer", title="Answer", lane="frontstage", x=280),
        Step(id="file", title="Look up the file", lane="support", x=900, supports=["answer"]),
        Step(id="rota", title="The duty rota", lane="support", x=1500, supports=["answer"])],
        flows=[Flow(id="f", source="ask", target="answer")])
    positions = auto_layout(blueprint)
    file, rota = positions["file"], positions["rota"]
    assert file["x"] == rota["x"] == positions["answer"]["x"]  # one column, under what they serve
    assert abs(file["y"] - rota["y"]) >= 100  # stacked, not overlapping
    height = lane_heights_for(blueprint)["support"]
    assert height > blueprint.lane("support").height
    assert max(file["y"], rota["y"]) + 100 <= height  # both inside the grown lane
