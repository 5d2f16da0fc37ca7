"""Where a live session's connection stands: its own small module, so the window can name
the states without loading the websocket client until someone shares or joins a session."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where the connection stands, as the status bar shows it."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    REFUSED = "refused"  # the relay does not know this session: retrying will not help
    OFFLINE = "offline"  # left the session
