"""Pausing the garbage collector around large reads: nesting, threads, the state before."""

from __future__ import annotations

import gc
import threading

import pytest

from blueprint.model import loads_blueprint
from blueprint.model.collector import collection_paused


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_nested_pauses_resume_collection_only_after_the_last():
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_on_two_threads():
    first_in, second_done = threading.Event(), threading.Event()
    seen = {}

    def worker():
        with collection_paused():
            first_in.set()
            second_done.wait(5)
            seen["worker, after the other ended"] = gc.isenabled()

    thread = threading.Thread(target=worker)
    thread.start()
    first_in.wait(5)
    with collection_paused():
        pass
    seen["main, after its own ended"] = gc.isenabled()
    second_done.set()
    thread.join(5)
    assert seen == {"main, after its own ended": False, "worker, after the other ended": False}
    assert gc.isenabled()


def test_a_failing_read_resumes_collection():
    with pytest.raises(Exception):
        loads_blueprint("{not json")
    assert gc.isenabled()
