"""The full check beside the raw graph work it cannot avoid.

For generated journeys of 1,000, 5,000 and 20,000 steps: ``blueprint.check.analyse``
(every rule and the metrics over one journey index: what ``blueprint check`` runs per file
and the live check on every edit) against building a networkx graph from the same step and
flow lists, one multi-source reachability from the journey starts, and the weakly
connected components, measured in the same run. Target: at 5,000 steps at most 100 ms and
at most twice the raw work; other sizes at most twice.

Both sides are timed in CPU time of this process (``time.process_time``), best of many
runs taken in turns: on a shared machine other programs' load then no longer pushes the
ratio to either side of its line from one run to the next. Rounds of runs go on until a
round improves neither best by more than 1 % (at most :data:`MAX_ROUNDS`): a best that was
still falling is not taken for the answer.
"""

from __future__ import annotations

import time

from benchmarks.common import Row, best_times_ms
from benchmarks.generate import generate_blueprint
from blueprint.model import Blueprint

SIZES = (1_000, 5_000, 20_000)
TARGET_RATIO = 2.0
TARGET_MS = {5_000: 100.0}
REPEAT = 21  # the machine may be busy: the best of many runs, program and raw taking turns
MAX_ROUNDS = 5
STEADY = 0.01


def full_check(blueprint: Blueprint) -> None:
    """What the program does: every rule and the metrics, over one journey index."""
    from blueprint.check import analyse

    analyse(blueprint)


def raw_graph_work(blueprint: Blueprint) -> None:
    """The least any graph-based check needs: the graph, what the starts reach, the parts."""
    import networkx

    graph = networkx.DiGraph()
    graph.add_nodes_from(step.id for step in blueprint.steps)
    graph.add_edges_from((flow.source, flow.target) for flow in blueprint.flows)
    in_degree = graph.in_degree
    starts = [step.id for step in blueprint.steps
              if step.lane == "customer" and in_degree[step.id] == 0]
    reached = {step_id for layer in networkx.bfs_layers(graph, starts) for step_id in layer}
    parts = list(networkx.weakly_connected_components(graph))
    assert reached and parts


def steady_best(blueprint: Blueprint) -> tuple[float, float]:
    """The best CPU times (ms) of the full check and the raw work, in rounds of runs until a
    round brings neither down by more than :data:`STEADY`."""
    app = raw = float("inf")
    for round_number in range(MAX_ROUNDS):
        new_app, new_raw = best_times_ms(
            [lambda: full_check(blueprint), lambda: raw_graph_work(blueprint)],
            repeat=REPEAT, warmup=1 if round_number == 0 else 0, clock=time.process_time)
        steady = new_app >= app * (1 - STEADY) and new_raw >= raw * (1 - STEADY)
        app, raw = min(app, new_app), min(raw, new_raw)
        if steady:
            break
    return app, raw


def rows() -> list[Row]:
    """One row per size: the full check's time, the raw time, and the targets."""
    result = []
    for size in SIZES:
        blueprint = generate_blueprint(size)
        assert len(blueprint.steps) == size
        app, raw = steady_best(blueprint)
        result.append(Row(f"check + metrics, {size:,} steps", app, raw, TARGET_RATIO,
                          TARGET_MS.get(size)))
    return result
