"""A network cable between one program and the relay that a test can pull out and plug in
again: a TCP proxy on 127.0.0.1 (the program connects to it instead of to the relay)."""

from __future__ import annotations

import socket
import threading


class Cable:
    """Forwards connections to ``port`` on 127.0.0.1 while plugged in; pulled out, it drops
    every open connection and refuses new ones (as a laptop that lost the hotspot)."""

    def __init__(self, port: int):
        self._upstream = port
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._plugged = True
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, name="cable", daemon=True).start()

    def link(self, relay_link: str) -> str:
        """The relay's session link, through this cable."""
        scheme, rest = relay_link.split("://", 1)
        return f"{scheme}://127.0.0.1:{self.port}/{rest.split('/', 1)[1]}"

    def pull(self) -> None:
        self._plugged = False
        with self._lock:
            sockets, self._open = self._open, []
        for sock in sockets:
            _drop(sock)

    def plug(self) -> None:
        self._plugged = True

    def close(self) -> None:
        self.pull()
        _drop(self._server)

    def _accept(self) -> None:
        while True:
            try:
                near, _ = self._server.accept()
            except OSError:
                return  # closed
            if not self._plugged:
                _drop(near)
                continue
            try:
                far = socket.create_connection(("127.0.0.1", self._upstream), timeout=5)
                far.settimeout(None)
            except OSError:
                _drop(near)
                continue
            with self._lock:
                self._open += [near, far]
            for source, sink in ((near, far), (far, near)):
                threading.Thread(target=_pipe, args=(source, sink), name="cable-pipe", daemon=True).start()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    _drop(sink)


def _drop(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
