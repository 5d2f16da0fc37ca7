"""Who is in a live session, in which colour, and what each has selected (no Qt).

Presence travels as Yjs awareness messages through the relay, beside the document: it is
never stored and never part of the blueprint. Each person sends their state again every
:data:`HEARTBEAT_SECONDS`; a person not heard of for :data:`GONE_AFTER_SECONDS` is gone.

Everyone here has a colour of their own (up to :data:`COLOURS` people), the same on every
screen: each screen gives them out from the same facts, the people here and when each
joined (see :func:`colours_for`).
"""

from __future__ import annotations

import math
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


def colours_for(people: list[tuple[int, float]]) -> dict[int, str]:
    """A colour for each person here, given as ``(client_id, joined)``: in the order they
    joined (then by id), each takes the colour its id points at or, when someone has it
    already, the next one nobody has. So two people never share a colour while there are
    colours left, and someone keeps theirs when others come and go after them."""
    taken: set[int] = set()
    colours = {}
    for client_id, _joined in sorted(people, key=lambda person: (person[1], person[0])):
        index = client_id % len(COLOURS)
        for offset in range(len(COLOURS)):
            if (index + offset) % len(COLOURS) not in taken:
                index = (index + offset) % len(COLOURS)
                break
        taken.add(index)
        colours[client_id] = COLOURS[index]
    return colours


class Presence:
    """This person's presence state, and everyone else's as last heard."""

    def __init__(self, doc: Doc, name: str):
        self._awareness = Awareness(doc)
        self.client_id = doc.client_id
        self.name = name
        self.joined = time.time()
        self._selection: tuple[str, ...] = ()
        self._publish()

    def _publish(self) -> None:
        self._awareness.set_local_state({"name": self.name, "joined": self.joined,
                                         "selection": list(self._selection)})

    @property
    def colour(self) -> str:
        """This person's colour, as everyone here sees it."""
        return self._colours(self._states())[self.client_id]

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
        states = self._states()
        colours = self._colours(states)
        people = []
        for client_id, state in states.items():
            if client_id == self.client_id:
                continue
            name = state.get("name")
            selection = state.get("selection")
            people.append(Participant(
                client_id, name[:80] if isinstance(name, str) and name.strip() else "?", colours[client_id],
                tuple(s for s in selection[:MAX_SELECTION] if isinstance(s, str)) if isinstance(selection, list) else ()))
        return sorted(people, key=lambda p: (p.name.lower(), p.client_id))

    def _states(self) -> dict[int, dict]:
        """This person's state and everyone else's heard of lately, by client id."""
        now = time.time() * 1000
        states = {}
        for client_id, state in self._awareness.states.items():
            if client_id != self.client_id and (
                    not isinstance(state, dict)
                    or now - self._awareness.meta.get(client_id, {}).get("lastUpdated", 0) > GONE_AFTER_SECONDS * 1000):
                continue
            states[client_id] = state if isinstance(state, dict) else {}
        states[self.client_id] = {"name": self.name, "joined": self.joined}
        return states

    @staticmethod
    def _colours(states: dict[int, dict]) -> dict[int, str]:
        def joined(state: dict) -> float:
            value = state.get("joined")
            if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
                return float(value)
            return math.inf  # a state without a time: after everyone who has one
        return colours_for([(client_id, joined(state)) for client_id, state in states.items()])
