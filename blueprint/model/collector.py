"""Pausing Python's cyclic garbage collector while a large journey is read or drawn.

Reading a 50,000-step file makes some half a million objects, none of them garbage, and
drawing it another few hundred thousand. The collector starts a pass every few hundred new
objects, and the older generations' passes walk everything made so far: more than half the
time of reading such a file went to passes that found nothing. Nothing these steps make
is a reference cycle, so what they drop is freed by reference counting meanwhile.

What a pause made is still in the young generation when it ends, so the first pass after
it walks all of it once. Work whose objects stay for long (an open journey and its canvas)
calls ``gc.freeze()`` before its pause ends; the window's file controller does.

Pauses nest and may overlap across threads (a file read on a worker thread while the
window draws another): collection resumes when the last pause ends, and only if it was on
before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collection_paused"]


class _Pauses:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = False

    def begin(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.depth += 1

    def end(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.was_enabled:
                gc.enable()


_PAUSES = _Pauses()


@contextmanager
def collection_paused() -> Iterator[None]:
    """While the block runs, the collector makes no automatic passes."""
    _PAUSES.begin()
    try:
        yield
    finally:
        _PAUSES.end()
