"""A relay on 127.0.0.1 in a background thread, on a free port, for the collab tests."""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

from blueprint.collab.relay import Relay, new_token, session_link

TIMEOUT = 10.0
"""Seconds any wait in these tests may take before it fails (nothing ever hangs)."""


class RunningRelay:
    """A relay serving in its own thread until :meth:`stop`."""

    def __init__(self, store: Path | None = None, token: str | None = None, max_message_bytes: int | None = None):
        self.token = token or new_token()
        self.relay = Relay(self.token, store)
        if max_message_bytes is not None:
            self.relay.max_message_bytes = max_message_bytes
        self.port = 0
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(TIMEOUT):
            raise TimeoutError("the relay did not start")

    @property
    def link(self) -> str:
        return session_link("127.0.0.1", self.port, self.token)

    def _run(self) -> None:
        async def main() -> None:
            self._stop = asyncio.Event()
            await self.relay.run("127.0.0.1", 0, ready=self._started, stop=self._stop)

        self._loop.run_until_complete(main())

    def _started(self, port: int) -> None:
        self.port = port
        self._ready.set()

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(TIMEOUT)
        assert not self._thread.is_alive(), "the relay did not stop"


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
