"""The relay of a live session: a pycrdt-websocket room behind a websocket server (no Qt).

One relay serves one session, named by a random token that is the path of the session's
link (``ws://host:port/TOKEN``); any other path is refused before the websocket opens, and
a message larger than the limit closes the connection without being applied. With a store
file, the room's updates are kept in SQLite (pycrdt-store), so a relay started again with
the same store and token hands the session back. The relay only merges and forwards CRDT
updates: nothing received is ever executed.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import socket
import threading
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import Any

from pycrdt import Channel
from pycrdt.store import SQLiteYStore, YDocNotFound
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
MAX_MESSAGE_BYTES = 32 * 1024 * 1024
"""The largest message accepted: a first sync of a 5,000-step session is about 3 MB."""

TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits that cannot be mistaken for one another when typed (no O/0, I/1)."""

log = logging.getLogger(__name__)


def new_token() -> str:
    """A random session token that is easy to read out and type: ``K7QM-X3PD-RTW9`` (60 bits)."""
    letters = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(12))
    return "-".join(letters[i:i + 4] for i in range(0, 12, 4))


def reachable_address() -> str:
    """This computer's address on the network others reach it by (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.254.254.254", 1))
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def session_link(host: str, port: int, token: str) -> str:
    """The link a participant opens to join: ``ws://host:port/TOKEN``."""
    host = f"[{host}]" if ":" in host else host
    return f"ws://{host}:{port}/{token}"


class _WebsocketChannel(Channel):
    """A websockets server connection as the channel a pycrdt room serves (websockets 14+
    keeps the path on the request, and only bytes are accepted)."""

    def __init__(self, connection: ServerConnection, path: str):
        self._connection = connection
        self._path = path

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> "_WebsocketChannel":
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration() from None

    async def send(self, message: bytes) -> None:
        try:
            await self._connection.send(message)
        except ConnectionClosed:
            pass

    async def recv(self) -> bytes:
        while True:
            message = await self._connection.recv()
            if isinstance(message, bytes):
                return message


class _Rooms(WebsocketServer):
    """The websocket server of pycrdt-websocket whose rooms keep their history in SQLite."""

    def __init__(self, store: Path | None):
        super().__init__(rooms_ready=True, auto_clean_rooms=False, exception_handler=_log_and_go_on, log=log)
        self._store_class = (type("SessionStore", (SQLiteYStore,), {"db_path": str(store)})
                             if store is not None else None)
        self._opening = asyncio.Lock()

    async def get_room(self, name: str) -> YRoom:
        async with self._opening:
            if name not in self.rooms:
                store = None
                if self._store_class is not None:
                    store = self._store_class(path=name, log=log)
                    await self._task_group.start(store.start)
                    await store.db_initialized.wait()
                room = YRoom(ready=True, ystore=store, exception_handler=_log_and_go_on, log=log)
                if store is not None:
                    try:
                        await store.apply_updates(room.ydoc)
                    except YDocNotFound:
                        pass
                self.rooms[name] = room
            room = self.rooms[name]
            await self.start_room(room)
            return room


def _log_and_go_on(exception: Exception, logger: logging.Logger) -> bool:
    logger.warning("live session: %s", exception)
    return True


class Relay:
    """One session's relay: accepts the session's token only, and messages up to a size."""

    def __init__(self, token: str, store: Path | None = None, max_message_bytes: int = MAX_MESSAGE_BYTES):
        self.token = token
        self.store = store
        self.max_message_bytes = max_message_bytes
        self.rooms: WebsocketServer | None = None
        """The rooms, while the relay runs."""

    async def run(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                  ready: Callable[[int], Any] | None = None, stop: asyncio.Event | None = None) -> None:
        """Serve until ``stop`` is set (or the task is cancelled); ``ready(port)`` once listening
        (port 0 picks a free port)."""
        async with _Rooms(self.store) as rooms:
            self.rooms = rooms
            async def serve_one(connection: ServerConnection) -> None:
                await rooms.serve(_WebsocketChannel(connection, self.token))

            async with serve(serve_one, host, port, max_size=self.max_message_bytes,
                             process_request=self._refuse_other_rooms, open_timeout=10,
                             close_timeout=2, ping_interval=20, ping_timeout=20) as server:
                actual_port = next(iter(server.sockets)).getsockname()[1]
                if ready is not None:
                    ready(actual_port)
                try:
                    await (stop.wait() if stop is not None else asyncio.Future())
                finally:
                    server.close()
                    await self._keep(rooms)

    @staticmethod
    async def _keep(rooms: _Rooms) -> None:
        """On stopping, write each room's whole state to its store (updates still being
        written in the background would otherwise be lost)."""
        for room in list(rooms.rooms.values()):
            if room.ystore is not None:
                try:
                    await asyncio.wait_for(room.ystore.write(room.ydoc.get_update()), 5)
                except Exception as error:  # the store is closing or its disk is full
                    log.warning("live session: could not keep the session: %s", error)

    def _refuse_other_rooms(self, connection: ServerConnection, request: Request) -> Response | None:
        if request.path.split("?")[0] != f"/{self.token}":
            log.warning("refused a connection to an unknown session")
            return connection.respond(HTTPStatus.FORBIDDEN, "No such session.\n")
        return None


class RelayThread:
    """A relay serving in a background thread with its own asyncio loop, until :meth:`stop`:
    what the program's File › Share Live Session starts (and the tests)."""

    def __init__(self, host: str = DEFAULT_HOST, port: int = 0, token: str | None = None,
                 store: Path | None = None, max_message_bytes: int = MAX_MESSAGE_BYTES, timeout: float = 10.0):
        """Start serving; OSError when the address cannot be used, TimeoutError when the relay
        does not start within ``timeout`` seconds."""
        self.host = host
        self.token = token or new_token()
        self.relay = Relay(self.token, store, max_message_bytes)
        self.port = 0
        self._timeout = timeout
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, args=(port,), name="live-relay", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the relay did not start")
        if self._error is not None:
            raise self._error

    def link(self, host: str | None = None) -> str:
        """The session's link, with ``host`` as the address others reach (default: the listening one)."""
        return session_link(host or self.host, self.port, self.token)

    def _run(self, port: int) -> None:
        async def main() -> None:
            self._stop = asyncio.Event()
            await self.relay.run(self.host, port, ready=self._started, stop=self._stop)

        try:
            self._loop.run_until_complete(main())
        except BaseException as error:  # noqa: BLE001 - handed to the thread that started us
            self._error = error
            self._ready.set()
        finally:
            self._loop.close()

    def _started(self, port: int) -> None:
        self.port = port
        self._ready.set()

    def stop(self) -> None:
        """Stop serving (waits at most the start timeout)."""
        if self._stop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._stop.set)
            except RuntimeError:
                pass
        self._thread.join(self._timeout)

    @property
    def running(self) -> bool:
        """Whether the relay still serves."""
        return self._thread.is_alive()
