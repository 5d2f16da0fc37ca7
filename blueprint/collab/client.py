"""A participant's connection to a relay: the websocket in a background thread (no Qt).

The websocket runs in its own thread with its own asyncio loop, so the program's event loop
never waits on the network. That thread only moves bytes: whatever it receives, and every
change of status, it hands to ``post`` — a function that runs a callable on the thread that
owns the :class:`SharedDocument` (the Qt main thread queues it; tests pump a queue). So the
shared document is only ever touched on its own thread.

When the connection drops, the participant keeps editing; the client tries again with a
growing pause (at most :data:`RETRY_MAX_SECONDS`), and on reconnecting the sync handshake
sends the relay the edits it missed and receives the others', so nothing is lost.

The handshake keeps updates in the order they build on each other. Until this person has
answered the relay's state (sync step 1) with everything the relay lacks, no edit of theirs
is sent on its own (the answer carries it, and an edit sent before would reach the relay
before the offline edits it builds on). Until the relay has answered this person's state,
the others' edits that the relay forwards are held back and applied after the answer (they
may build on edits the answer brings).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from functools import partial
from urllib.parse import urlsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus, WebSocketException

from pycrdt import YMessageType, YSyncMessageType, read_message

from blueprint.collab.presence import Presence
from blueprint.collab.relay import MAX_MESSAGE_BYTES
from blueprint.collab.shared import SharedDocument
from blueprint.collab.status import Status

RETRY_MAX_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 5.0

log = logging.getLogger(__name__)


def parse_link(text: str) -> str:
    """A session link from what a person typed or pasted: ``ws://host:port/TOKEN``, or
    ``host:port TOKEN`` (the short form read out in the room). ValueError when it is neither."""
    text = text.strip()
    if " " in text and "://" not in text:
        address, token = text.rsplit(None, 1)
        text = f"ws://{address.strip()}/{token}"
    elif "://" not in text:
        text = f"ws://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("ws", "wss") or not parts.hostname or len(parts.path) < 2:
        raise ValueError("a session link looks like ws://192.168.1.10:8765/K7QM-X3PD-RTW9")
    return text


class SessionClient:
    """Keeps one :class:`SharedDocument` connected to one relay until :meth:`stop`."""

    def __init__(self, shared: SharedDocument, link: str, post: Callable[[Callable[[], None]], None],
                 on_status: Callable[[Status], None] | None = None, presence: Presence | None = None,
                 on_presence: Callable[[], None] | None = None,
                 on_first_state: Callable[[bool], None] | None = None):
        """``on_first_state(empty)`` is told once whether the relay's session was empty when
        this person first connected (before anything was sent)."""
        self.shared = shared
        self.presence = presence
        self._on_presence = on_presence
        self._on_first_state = on_first_state
        self._told_first_state = False
        self._stopped = False
        self.link = parse_link(link)
        self.status = Status.OFFLINE
        self._post = post
        self._on_status = on_status
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._connection: ClientConnection | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._answered = False
        """Whether the relay has had this person's edits (the answer to its sync step 1)."""
        self._held: list[bytes] | None = None
        """Updates forwarded before the relay's answer to this person's sync step 1."""
        shared.on_update(self._local_update)

    # ------------------------------------------------------------ the owner's thread

    def start(self) -> None:
        """Connect in the background (returns at once)."""
        self._stopped = False
        # A restart (back online) gets a loop and a stop signal of its own: until the new
        # thread has made them, stop() must not reach the old, closed loop's event.
        self._started.clear()
        self._loop = self._stop = None
        self._set_status(Status.CONNECTING)
        self._thread = threading.Thread(target=self._run_thread, name="live-session", daemon=True)
        self._thread.start()
        self._started.wait(CONNECT_TIMEOUT_SECONDS)

    def stop(self, timeout: float = 3.0) -> None:
        """Leave the session: close the connection and end the thread (waits at most ``timeout``).
        Whatever was received but not yet handled is dropped."""
        self._stopped = True
        if self.presence is not None and self.status is Status.CONNECTED and self._loop is not None:
            try:
                asyncio.run_coroutine_threadsafe(self._send(self.presence.leave_message()), self._loop).result(1)
            except Exception:  # noqa: BLE001 - leaving quietly matters less than leaving at all
                pass
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._stop.set)
            except RuntimeError:
                pass
        if self._thread is not None:
            self._thread.join(timeout)
        self._set_status(Status.OFFLINE)

    def _local_update(self, update: bytes) -> None:
        if self._answered:
            self.send(SharedDocument.update_message(update))

    def send(self, message: bytes) -> None:
        """Send a message if connected; offline, edits wait in the document for the next sync."""
        loop = self._loop
        if loop is not None and not loop.is_closed() and self.status is Status.CONNECTED:
            try:
                asyncio.run_coroutine_threadsafe(self._send(message), loop)
            except RuntimeError:
                pass

    def heartbeat(self) -> None:
        """Tell the others again that this person is here (and what is selected)."""
        if self.presence is not None:
            self.send(self.presence.message())

    def _connected(self) -> None:
        if self._stopped:
            return
        self._answered, self._held = False, []
        self._set_status(Status.CONNECTED)
        self.send(self.shared.sync_request())
        self.heartbeat()

    def _received(self, message: bytes) -> None:
        if self._stopped:
            return
        if message[:1] == bytes([YMessageType.AWARENESS]):
            if self.presence is not None:
                known = {person.client_id for person in self.presence.others()}
                try:
                    self.presence.handle(message)
                except ValueError as error:
                    log.debug("dropped a presence message: %s", error)
                    return
                if {person.client_id for person in self.presence.others()} - known:
                    self.heartbeat()  # a newcomer learns at once who is already here
                if self._on_presence is not None:
                    self._on_presence()
            return
        if not self._told_first_state and message[:2] == bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP1]):
            self._told_first_state = True
            if self._on_first_state is not None:
                try:
                    empty = read_message(message[2:]) == b"\x00"
                except Exception as error:  # a malformed state vector: treat it as a session with content
                    log.debug("unreadable first state: %s", error)
                    empty = False
                self._on_first_state(empty)
                if self._stopped:
                    return
        kind = message[:2]
        if kind == bytes([YMessageType.SYNC, YSyncMessageType.SYNC_UPDATE]) and self._held is not None:
            self._held.append(message)
            return
        self._handle(message)
        if kind == bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP1]):
            self._answered = True
        elif kind == bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP2]) and self._held is not None:
            held, self._held = self._held, None
            for update in held:
                self._handle(update)

    def _handle(self, message: bytes) -> None:
        try:
            reply = self.shared.handle_message(message)
        except ValueError as error:
            log.debug("dropped a message: %s", error)
            return
        if reply is not None:
            self.send(reply)

    def _set_status(self, status: Status) -> None:
        if self._stopped and status is not Status.OFFLINE:
            return
        if status is not self.status:
            self.status = status
            if self._on_status is not None:
                self._on_status(status)

    # ------------------------------------------------------------ the network thread

    def _run_thread(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self._loop.run_until_complete(self._run())
        finally:
            self._loop.close()

    async def _run(self) -> None:
        self._stop = asyncio.Event()
        self._started.set()
        pause = 0.25
        while not self._stop.is_set():
            try:
                async with connect(self.link, max_size=MAX_MESSAGE_BYTES, open_timeout=CONNECT_TIMEOUT_SECONDS,
                                   close_timeout=1, ping_interval=10, ping_timeout=10) as connection:
                    self._connection = connection
                    pause = 0.25
                    self._post(self._connected)
                    await self._receive_until_stopped(connection)
            except InvalidStatus:
                self._post(partial(self._set_status, Status.REFUSED))
                return
            except (OSError, WebSocketException, asyncio.TimeoutError) as error:
                log.debug("live session connection: %s", error)
            finally:
                self._connection = None
            if self._stop.is_set():
                return
            self._post(partial(self._set_status, Status.RECONNECTING))
            try:
                await asyncio.wait_for(self._stop.wait(), pause)
            except asyncio.TimeoutError:
                pause = min(pause * 2, RETRY_MAX_SECONDS)

    async def _receive_until_stopped(self, connection: ClientConnection) -> None:
        stopping = asyncio.ensure_future(self._stop.wait())
        try:
            while True:
                receiving = asyncio.ensure_future(connection.recv())
                done, _ = await asyncio.wait({receiving, stopping}, return_when=asyncio.FIRST_COMPLETED)
                if stopping in done:
                    receiving.cancel()
                    await connection.close()
                    return
                message = receiving.result()
                if isinstance(message, bytes):
                    self._post(partial(self._received, message))
        finally:
            stopping.cancel()

    async def _send(self, message: bytes) -> None:
        connection = self._connection
        if connection is not None:
            try:
                await connection.send(message)
            except WebSocketException:
                pass
