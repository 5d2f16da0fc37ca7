"""A relay on 127.0.0.1 in a background thread, on a free port, for the collab tests."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from pathlib import Path

from blueprint.collab.relay import MAX_MESSAGE_BYTES, RelayThread

TIMEOUT = 10.0
"""Seconds any wait in these tests may take before it fails (nothing ever hangs)."""


class RunningRelay(RelayThread):
    """A relay on 127.0.0.1, on a free port, that the test stops."""

    def __init__(self, store: Path | None = None, token: str | None = None, max_message_bytes: int = MAX_MESSAGE_BYTES):
        super().__init__("127.0.0.1", 0, token, store, max_message_bytes, TIMEOUT)

    @property
    def link(self) -> str:  # type: ignore[override]
        return super().link()

    def stop(self) -> None:
        super().stop()
        assert not self.running, "the relay did not stop"


class Pump:
    """Runs, on the test's thread, what the network threads post (as Qt's queue would)."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Callable[[], None]] = queue.Queue()

    def post(self, call: Callable[[], None]) -> None:
        self.queue.put(call)

    def until(self, condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
        """Run posted calls until ``condition()`` holds; AssertionError after ``timeout``."""
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            assert left > 0, "timed out"
            try:
                self.queue.get(timeout=min(left, 0.05))()
            except queue.Empty:
                pass
