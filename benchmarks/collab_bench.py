"""Live sessions: a colleague's edit applied and painted, and a late joiner's first sync.

- remote edit + frame: a step moved by another person arrives as a CRDT update, is applied
  through the shared-document binding (Document API, so the canvas updates) and the frame
  that shows it is painted; against the same move made locally in a program without a
  session, plus its frame, in the same run (target at most 2 x).
- late joiner: an empty program receives the whole 5,000-step session as one update and
  shows it (the Document built from the shared document); against loading the same journey
  from its file text (``loads_blueprint``), for information.
"""

from __future__ import annotations

import time

from benchmarks.common import Row, best_times_ms
from benchmarks.generate import generate_blueprint
from benchmarks.ui_bench import N_STEPS, AppCanvas, _application, _at_100, _centre_on_step, _view_of, paired_medians

STEP_ID = "s02500"


def _session_pair(text: str):
    """A headless colleague and this person's program, both in one session."""
    from blueprint.collab.shared import SharedDocument
    from blueprint.model import loads_blueprint
    from blueprint.model.document import Document

    colleague = SharedDocument(Document(loads_blueprint(text)), who="colleague")
    colleague.seed()
    mine = AppCanvas(text)
    shared = SharedDocument(mine.document, who="me")
    shared.expect_whole()
    shared.receive(colleague.doc.get_update())
    mine.scene.fill_now()  # the session's journey replaced the opened one: drawn a slice at a time
    return colleague, mine, shared


def remote_and_local_moves(text: str) -> tuple[float, float]:
    """Median ms: a remote move applied and painted; a local move and its frame."""
    app = _application()
    colleague, mine, shared = _session_pair(text)
    local = AppCanvas(text)
    for canvas in (mine, local):
        view = _view_of(canvas)
        view.show()
        _at_100(canvas)
        _centre_on_step(canvas, STEP_ID)
    app.processEvents()
    outbox: list[bytes] = []
    colleague.on_update(outbox.append)
    turn = [0]

    def remote() -> float:
        turn[0] += 1
        step = colleague.document.step(STEP_ID)
        colleague.document.update_step(STEP_ID, x=step.x + (40 if turn[0] % 2 else -40))
        update = outbox.pop()
        start = time.perf_counter()
        shared.receive(update)
        mine.view.viewport().repaint()
        return (time.perf_counter() - start) * 1000

    def local_move() -> float:
        start = time.perf_counter()
        local.move(STEP_ID, 40 if turn[0] % 2 else -40)
        local.view.viewport().repaint()
        return (time.perf_counter() - start) * 1000

    result = paired_medians(remote, local_move, 21)
    assert mine.document.step(STEP_ID) == colleague.document.step(STEP_ID)
    return result


def late_joiner(text: str) -> tuple[float, float]:
    """Best ms: an empty program receives and shows the whole session; loading the file text."""
    from blueprint.collab.shared import SharedDocument
    from blueprint.model import loads_blueprint
    from blueprint.model.document import Document

    host = SharedDocument(Document(loads_blueprint(text)))
    host.seed()
    update = host.doc.get_update()

    def join() -> None:
        joiner = SharedDocument(Document())
        joiner.expect_whole()
        joiner.receive(update)
        assert len(joiner.document.blueprint.steps) == N_STEPS

    joined, loaded = best_times_ms([join, lambda: loads_blueprint(text)], repeat=3)
    return joined, loaded


def rows() -> list[Row]:
    """The remote edit beside a local one, and the late joiner beside opening the file."""
    from blueprint.model import dumps_blueprint

    text = dumps_blueprint(generate_blueprint(N_STEPS))
    label = f"{N_STEPS:,} steps"
    return [
        Row(f"live remote move + frame, {label}", *remote_and_local_moves(text), 2.0),
        Row(f"live late joiner receives, {label}", *late_joiner(text)),
    ]
