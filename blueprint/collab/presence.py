"""Who is in a live session, in which colour, and what each has selected (no Qt).

Presence travels as Yjs awareness messages through the relay, beside the document: it is
never stored and never part of the blueprint. Each person sends their state again every
:data:`HEARTBEAT_SECONDS`; a person not heard of for :data:`GONE_AFTER_SECONDS` is gone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from pycrdt import Awareness, Doc, YMessageType, create_awareness_message, read_message

HEARTBEAT_SECONDS = 10
GONE_AFTER_SECONDS = 30

COLOURS: tuple[str, ...] = ("#d1495b", "#00798c", "#edae49", "#66a182", "#8d5a97", "#2e4057",
                            "#f26419", "#3d5a80")
"""Participants' colours: distinct from each other and from the value marks' green/amber/red fills."""

MAX_SELECTION = 500
"""At most this many selected ids are shared (a select-all of 5,000 steps is shown as such)."""


@dataclass(frozen=True, slots=True)
class Participant:
    """One person in the session as the others see them."""

    client_id: int
    name: str
    colour: str
    selection: tuple[str, ...] = ()


def colour_for(client_id: int) -> str:
    """A colour for this participant, the same on every screen."""
    return COLOURS[client_id % len(COLOURS)]


class Presence:
    """This person's presence state, and everyone else's as last heard."""

    def __init__(self, doc: Doc, name: str):
        self._awareness = Awareness(doc)
        self.client_id = doc.client_id
        self.name = name
        self.colour = colour_for(doc.client_id)
        self._selection: tuple[str, ...] = ()
        self._publish()

    def _publish(self) -> None:
        self._awareness.set_local_state({"name": self.name, "colour": self.colour,
                                         "selection": list(self._selection)})

    def select(self, element_ids: list[str]) -> None:
        """This person selected these elements (the first :data:`MAX_SELECTION` are shared)."""
        self._selection = tuple(element_ids[:MAX_SELECTION])
        self._publish()

    def message(self) -> bytes:
        """This person's state as a message for the relay."""
        return create_awareness_message(self._awareness.encode_awareness_update([self.client_id]))

    def leave_message(self) -> bytes:
        """The message that tells the others this person left."""
        self._awareness.set_local_state(None)
        return self.message()

    def handle(self, message: bytes) -> None:
        """Apply an awareness message; ValueError when it is malformed."""
        if len(message) < 2 or message[0] != YMessageType.AWARENESS:
            raise ValueError("not an awareness message")
        try:
            self._awareness.apply_awareness_update(read_message(message[1:]), "remote")
        except Exception as error:  # a malformed message: several kinds can be raised
            raise ValueError(f"malformed awareness message: {error}") from error

    def others(self) -> list[Participant]:
        """Everyone else heard of lately, by name."""
        now = time.time() * 1000
        people = []
        for client_id, state in self._awareness.states.items():
            meta = self._awareness.meta.get(client_id, {})
            if client_id == self.client_id or not isinstance(state, dict):
                continue
            if now - meta.get("lastUpdated", 0) > GONE_AFTER_SECONDS * 1000:
                continue
            name = state.get("name")
            selection = state.get("selection")
            people.append(Participant(
                client_id, name[:80] if isinstance(name, str) and name.strip() else "?",
                colour_for(client_id),
                tuple(s for s in selection[:MAX_SELECTION] if isinstance(s, str)) if isinstance(selection, list) else ()))
        return sorted(people, key=lambda p: (p.name.lower(), p.client_id))
