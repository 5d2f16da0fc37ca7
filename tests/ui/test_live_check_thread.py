"""The live check runs on a worker thread over a snapshot; a result for an older revision is dropped."""

from __future__ import annotations

import threading

import blueprint.check
from blueprint.model import load_blueprint
from blueprint.model.document import Document
from blueprint.ui.window.live_check import LiveCheck


def test_the_check_runs_off_the_ui_thread_on_a_snapshot(qtbot, examples_dir, monkeypatch):
    document = Document(load_blueprint(examples_dir / "lost-iphone.as-is.en.blueprint.json"))
    seen = []
    analyse = blueprint.check.analyse

    def watching(checked):
        seen.append((threading.current_thread(), checked))
        return analyse(checked)

    monkeypatch.setattr(blueprint.check, "analyse", watching)
    check = LiveCheck(document, delay_ms=0)
    check.schedule()
    qtbot.waitUntil(lambda: check.runs == 1)
    thread, checked = seen[0]
    assert thread is not threading.main_thread()
    assert checked is not document.blueprint and checked.steps == document.blueprint.steps
    assert not check.pending


def test_a_result_for_an_older_revision_is_dropped(qtbot, examples_dir, monkeypatch):
    document = Document(load_blueprint(examples_dir / "lost-iphone.as-is.en.blueprint.json"))
    analysed = []
    analyse = blueprint.check.analyse
    monkeypatch.setattr(blueprint.check, "analyse", lambda checked: analysed.append(checked) or analyse(checked))
    check = LiveCheck(document, delay_ms=0)
    document.subscribe(check.schedule)
    shown = []
    check.checked.connect(lambda result, metrics: shown.append(document.revision))
    step = document.blueprint.steps[0]
    check.run_in_background()
    document.update_step(step.id, title="Edited while the check ran")  # before its answer is handled
    qtbot.waitUntil(lambda: len(analysed) == 2 and not check.pending)
    qtbot.wait(20)
    assert analysed[0].steps[0].title == step.title  # the first snapshot: as it was
    assert analysed[1].steps[0].title == "Edited while the check ran"
    assert check.runs == 1 and shown == [document.revision]  # only the newer answer was shown
