"""The relay of ``blueprint serve``: clients through it converge, strangers and oversize
messages are refused, the store keeps the session, and offline edits merge on reconnect."""

from __future__ import annotations

import asyncio
import random

import pytest
from pycrdt import Doc, Map
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from blueprint.collab.client import SessionClient, Status, parse_link
from blueprint.collab.relay import new_token, session_link
from blueprint.collab.shared import SharedDocument, encode
from blueprint.model import Step
from blueprint.model.document import Document
from blueprint.model.fileformat import dumps_blueprint, loads_blueprint
from blueprint.model.validation import dangling_suppressions, reference_problems
from tests.collab.peers import random_command, start_blueprint
from tests.collab.relays import TIMEOUT, Pump, RunningRelay
from tests.fuzz.scale import cases


@pytest.fixture
def relay():
    running = RunningRelay()
    yield running
    running.stop()


class Participant:
    """A document, its shared binding and its connection, pumped by the test."""

    def __init__(self, link: str, pump: Pump, who: str, document: Document | None = None):
        self.document = document or Document()
        self.shared = SharedDocument(self.document, who=who)
        self.statuses: list[Status] = []
        self.client = SessionClient(self.shared, link, pump.post, self.statuses.append)

    def same_as(self, other: "Participant") -> bool:
        return self.document.blueprint == other.document.blueprint


def _share_and_join(relay: RunningRelay, pump: Pump, count: int) -> list[Participant]:
    first = Participant(relay.link, pump, "Anna", Document(start_blueprint()))
    first.shared.seed()
    first.client.start()
    others = [Participant(relay.link, pump, f"guest {n}") for n in range(count - 1)]
    for other in others:
        other.client.start()
        pump.until(lambda: not other.shared.is_empty)
        other.shared.adopt()
    return [first, *others]


def test_two_clients_through_the_relay_converge(relay: RunningRelay) -> None:
    pump = Pump()
    anna, ben = _share_and_join(relay, pump, 2)
    try:
        assert ben.same_as(anna)
        anna.document.add_step(Step(id="new", title="Call back", lane="frontstage"))
        ben.document.update_step("s0", title="Report the loss")
        pump.until(lambda: ben.document.has("new") and anna.document.step("s0").title == "Report the loss")
        assert ben.same_as(anna)
        assert anna.statuses[:2] == [Status.CONNECTING, Status.CONNECTED]
    finally:
        anna.client.stop()
        ben.client.stop()
    assert anna.client.status is Status.OFFLINE


def test_three_clients_editing_at_random_with_one_offline_for_a_while_converge(relay: RunningRelay) -> None:
    pump = Pump()
    people = _share_and_join(relay, pump, 3)
    rng = random.Random(14)
    try:
        for round_ in range(60):
            person = rng.choice(people)
            command = random_command(rng, person.document)
            if command is not None:
                with person.shared.edit(command.text()):
                    command.redo()
            if round_ == 20:
                people[2].client.stop()  # the hotspot drops one laptop
            if round_ == 45:
                people[2].client.start()
        pump.until(lambda: all(p.client.status is Status.CONNECTED for p in people))
        pump.until(lambda: people[0].same_as(people[1]) and people[1].same_as(people[2]))
        assert reference_problems(people[0].document.blueprint) == []
    finally:
        for person in people:
            person.client.stop()


def test_the_relay_refuses_another_session_and_oversize_messages() -> None:
    relay = RunningRelay(max_message_bytes=10_000)

    def update_message(text: str) -> bytes:
        doc = Doc()
        doc.get("blueprint", type=Map)["title"] = encode(text)
        return SharedDocument.update_message(doc.get_update())

    try:
        async def attempts() -> None:
            with pytest.raises(InvalidStatus):
                async with connect(session_link("127.0.0.1", relay.port, new_token()), open_timeout=TIMEOUT):
                    pass
            async with connect(relay.link, open_timeout=TIMEOUT, close_timeout=1) as connection:
                await connection.send(update_message("small"))
                await connection.send(update_message("x" * 20_000))
                with pytest.raises(ConnectionClosed):
                    while True:
                        await asyncio.wait_for(connection.recv(), TIMEOUT)

        asyncio.run(asyncio.wait_for(attempts(), 3 * TIMEOUT))
        pump = Pump()
        observer = Participant(relay.link, pump, "observer")
        observer.client.start()
        try:
            pump.until(lambda: observer.shared.projection().title == "small")
        finally:
            observer.client.stop()
        assert set(relay.relay.rooms.rooms) == {relay.token}
    finally:
        relay.stop()


def test_a_refused_link_says_so_and_stops_trying(relay: RunningRelay) -> None:
    pump = Pump()
    stranger = Participant(session_link("127.0.0.1", relay.port, new_token()), pump, "stranger")
    stranger.client.start()
    try:
        pump.until(lambda: stranger.client.status is Status.REFUSED)
    finally:
        stranger.client.stop()


def test_the_store_keeps_the_session_across_a_relay_restart(tmp_path) -> None:
    store = tmp_path / "sessions.sqlite"
    pump = Pump()
    relay = RunningRelay(store=store)
    anna = Participant(relay.link, pump, "Anna", Document(start_blueprint()))
    anna.shared.seed()
    anna.client.start()
    try:
        anna.document.update_step("s2", title="Kept in the store")
        pump.until(lambda: anna.client.status is Status.CONNECTED)
        late = Participant(relay.link, pump, "late")
        late.client.start()
        pump.until(lambda: not late.shared.is_empty
                   and late.shared.projection().step("s2").title == "Kept in the store")
        late.client.stop()
    finally:
        anna.client.stop()
        relay.stop()
    again = RunningRelay(store=store, token=relay.token)
    try:
        joiner = Participant(again.link, pump, "joiner")
        joiner.client.start()
        pump.until(lambda: not joiner.shared.is_empty
                   and joiner.shared.projection().step("s2").title == "Kept in the store")
        joiner.client.stop()
    finally:
        again.stop()


def test_session_links_are_read_in_both_forms() -> None:
    assert parse_link("ws://10.0.0.2:8765/K7QM-X3PD-RTW9") == "ws://10.0.0.2:8765/K7QM-X3PD-RTW9"
    assert parse_link(" 10.0.0.2:8765  K7QM-X3PD-RTW9 ") == "ws://10.0.0.2:8765/K7QM-X3PD-RTW9"
    with pytest.raises(ValueError):
        parse_link("http://example.org/")
    token = new_token()
    assert len(token) == 14 and token.count("-") == 2


def test_each_person_sees_who_is_here_and_what_they_selected(relay: RunningRelay) -> None:
    from blueprint.collab.presence import Presence

    pump = Pump()
    anna = Participant(relay.link, pump, "Anna", Document(start_blueprint()))
    anna.shared.seed()
    ben = Participant(relay.link, pump, "Ben")
    for person in (anna, ben):
        person.presence = Presence(person.shared.doc, person.shared.who)
        person.client = SessionClient(person.shared, relay.link, pump.post, presence=person.presence)
        person.client.start()
    try:
        pump.until(lambda: [p.name for p in anna.presence.others()] == ["Ben"])  # newcomers are told at once
        pump.until(lambda: [p.name for p in ben.presence.others()] == ["Anna"])
        anna.presence.select(["s1", "s2"])
        anna.client.heartbeat()
        pump.until(lambda: [(p.name, p.selection) for p in ben.presence.others()] == [("Anna", ("s1", "s2"))])
        pump.until(lambda: [p.name for p in anna.presence.others()] == ["Ben"])
        assert ben.presence.others()[0].colour == anna.presence.colour
        anna.client.stop()
        pump.until(lambda: ben.presence.others() == [])
    finally:
        anna.client.stop()
        ben.client.stop()


def test_a_laptop_that_drops_off_twice_comes_back_and_merges(relay: RunningRelay) -> None:
    """Going offline and back more than once: each restart gets its own event loop (the
    second restart used to reach the first loop's closed stop signal and never connect)."""
    pump = Pump()
    anna, ben = _share_and_join(relay, pump, 2)
    try:
        for round_ in range(3):
            ben.client.stop()
            ben.document.update_step("s0", title=f"Offline edit {round_}")
            ben.client.start()
            pump.until(lambda: ben.client.status is Status.CONNECTED)
        pump.until(lambda: anna.document.step("s0").title == "Offline edit 2")
        assert anna.same_as(ben)
    finally:
        anna.client.stop()
        ben.client.stop()


RELAY_RUNS = cases(200, 2_000)


@pytest.mark.parametrize("seed", range(RELAY_RUNS))
def test_random_concurrent_edits_through_the_relay_converge(relay: RunningRelay, seed: int) -> None:
    """Issue 14's property through a real relay on 127.0.0.1: two or three people edit at
    random, undo and redo their own edits, some while offline; once all are back, every
    document is the same valid blueprint and saves and reopens unchanged."""
    rng = random.Random(seed)
    pump = Pump()
    people = _share_and_join(relay, pump, rng.choice([2, 3]))
    offline: set[int] = set()
    try:
        for _ in range(rng.randint(8, 30)):
            index = rng.randrange(len(people))
            person = people[index]
            roll = rng.random()
            if roll < 0.6:
                command = random_command(rng, person.document)
                if command is not None:
                    with person.shared.edit(command.text()):
                        command.redo()
            elif roll < 0.7:
                person.shared.undo()
            elif roll < 0.75:
                person.shared.redo()
            elif index not in offline and roll < 0.88:
                person.client.stop()  # this laptop drops off the hotspot, and keeps editing
                offline.add(index)
            elif index in offline:
                person.client.start()
                offline.discard(index)
        for index in offline:
            people[index].client.start()
        pump.until(lambda: all(p.client.status is Status.CONNECTED for p in people))
        pump.until(lambda: all(p.same_as(people[0]) for p in people))
    finally:
        for person in people:
            person.client.stop()
    blueprint = people[0].document.blueprint
    assert reference_problems(blueprint) == []
    assert dangling_suppressions(blueprint) == []
    assert loads_blueprint(dumps_blueprint(blueprint), "session.blueprint.json") == blueprint
