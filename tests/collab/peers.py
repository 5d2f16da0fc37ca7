"""Peers of a live session in one process, and random edits for them (shared by the collab tests).

A :class:`Mesh` stands in for the relay: an update made by an online peer reaches every other
online peer's inbox, delivered later (so edits cross), sometimes out of order; an offline peer keeps editing and
catches up on reconnecting by exchanging state vectors, as the websocket sync does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from blueprint.collab.shared import SharedDocument
from blueprint.model import Blueprint, Flow, Lane, Need, Step, Suppression, Value
from blueprint.model.concept import Condition
from blueprint.model.document import Document
from blueprint.ui import commands as c

RULES = ["dead-end", "unmarked-step", "too-many-contacts"]


def start_blueprint() -> Blueprint:
    """A small journey to start from: four steps in three lanes, three flows, one need."""
    steps = [Step(id=f"s{n}", title=f"Step {n}", lane=lane, x=40 + 240 * n, need="n1" if n == 0 else None)
             for n, lane in enumerate(["customer", "frontstage", "customer", "backstage"])]
    flows = [Flow(id=f"f{n}", source=f"s{n}", target=f"s{n + 1}") for n in range(3)]
    return Blueprint(steps=steps, flows=flows, needs=[Need(id="n1", title="A need")])


@dataclass
class Peer:
    """One person's program: a Document bound to its own CRDT document."""

    name: str
    mesh: "Mesh"
    online: bool = True
    inbox: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.document = Document()
        self.shared = SharedDocument(self.document, who=self.name)
        self.shared.on_update(lambda update: self.mesh.broadcast(self, update))

    def deliver(self, count: int | None = None, shuffle: random.Random | None = None) -> None:
        """Apply the first ``count`` waiting updates (all when None), in a random order when
        ``shuffle`` is given (an update may then come before one it builds on)."""
        taken = self.inbox[:count] if count is not None else list(self.inbox)
        del self.inbox[:len(taken)]
        if shuffle is not None:
            shuffle.shuffle(taken)
        for update in taken:
            self.shared.receive(update)

    def sync_with(self, other: "Peer") -> None:
        """Exchange what each misses, by state vector (what a reconnect does)."""
        self.shared.receive(other.shared.doc.get_update(self.shared.doc.get_state()))
        other.shared.receive(self.shared.doc.get_update(other.shared.doc.get_state()))


@dataclass
class Mesh:
    """Every peer of one session."""

    peers: list[Peer] = field(default_factory=list)

    @classmethod
    def of(cls, count: int, start: Blueprint) -> "Mesh":
        """``count`` peers; the first opens ``start`` and shares it, the others join."""
        mesh = cls()
        mesh.peers = [Peer(f"person {n + 1}", mesh) for n in range(count)]
        first = mesh.peers[0]
        first.document.replace(start)
        first.shared.seed()
        for peer in mesh.peers[1:]:
            peer.shared.receive(first.shared.doc.get_update(peer.shared.doc.get_state()))
            peer.shared.adopt()
            peer.inbox.clear()
        return mesh

    def broadcast(self, sender: Peer, update: bytes) -> None:
        if sender.online:
            for peer in self.peers:
                if peer is not sender and peer.online:
                    peer.inbox.append(update)

    def reconnect(self, peer: Peer) -> None:
        peer.online = True
        for other in self.peers:
            if other is not peer and other.online:
                peer.sync_with(other)

    def settle(self) -> None:
        """Everyone online, every update delivered, everyone synced."""
        for peer in self.peers:
            if not peer.online:
                self.reconnect(peer)
        for peer in self.peers:
            peer.deliver()
        for peer in self.peers:
            for other in self.peers:
                if other is not peer:
                    peer.sync_with(other)


def random_command(rng: random.Random, document: Document):
    """A random undoable edit of the kinds people make, or None when it does not apply."""
    blueprint = document.blueprint
    steps = [s.id for s in blueprint.steps]
    flows = [f.id for f in blueprint.flows]
    lanes = [lane.id for lane in blueprint.lanes]
    choice = rng.choice(["add", "add", "connect", "delete", "delete-flow", "delete-lane", "edit",
                         "mark", "move", "lane", "move-lane", "rename-lane", "flow-label", "accept",
                         "needs", "facts", "concept", "title"])
    if choice == "add":
        step = Step(id=document.new_id("step"), title="New", lane=rng.choice(lanes), x=rng.uniform(0, 5000),
                    emotion=rng.choice([None, -2, 1]))
        return c.AddStepCommand(document, step)
    if choice == "connect" and len(steps) >= 2:
        source, target = rng.sample(steps, 2)
        return c.AddFlowCommand(document, Flow(id=document.new_id("flow"), source=source, target=target))
    if choice == "delete" and steps:
        return c.RemoveElementsCommand(document, step_ids=rng.sample(steps, rng.randint(1, min(2, len(steps)))))
    if choice == "delete-flow" and flows:
        return c.RemoveElementsCommand(document, flow_ids=[rng.choice(flows)])
    if choice == "delete-lane" and len(lanes) > 1:
        return c.RemoveElementsCommand(document, lane_ids=[rng.choice(lanes)])
    if choice == "edit" and steps:
        return c.UpdateStepCommand(document, rng.choice(steps), rng.choice([
            {"title": rng.choice(["A", "B", "Call the desk"])}, {"customer_minutes": rng.choice([3, 7.5])},
            {"description": "why", "staff_minutes": 12}, {"emotion": rng.choice([-1, 2])}]))
    if choice == "mark" and steps:
        return c.MarkValueCommand(document, rng.sample(steps, 1), rng.choice(list(Value)))
    if choice == "move" and steps:
        return c.MoveStepsCommand(document, {rng.choice(steps): {"x": rng.uniform(0, 9000), "lane": rng.choice(lanes)}})
    if choice == "lane":
        return c.AddLaneCommand(document, Lane(id=document.new_id("lane"), title="Extra"), rng.randint(0, len(lanes)))
    if choice == "move-lane" and len(lanes) > 1:
        return c.MoveLaneCommand(document, rng.choice(lanes), rng.randrange(len(lanes)))
    if choice == "rename-lane":
        return c.UpdateLaneCommand(document, rng.choice(lanes), {"title": rng.choice(["Front", "Back", "Desk"])})
    if choice == "flow-label" and flows:
        return c.UpdateFlowCommand(document, rng.choice(flows), {"label": rng.choice(["yes", "no"])})
    if choice == "accept":
        elements = steps + flows + lanes + [n.id for n in blueprint.needs]
        suppression = Suppression(rule=rng.choice(RULES), element=rng.choice(elements), reason="accepted")
        return c.UpdateBlueprintCommand(document, {"suppressions": [*blueprint.suppressions, suppression]})
    if choice == "needs":
        used = {s.need for s in blueprint.steps if s.need}
        kept = [n for n in blueprint.needs if n.id in used or rng.random() < 0.5]
        if rng.random() < 0.5:
            kept.append(Need(id=document.new_id("need"), title="Another"))
        return c.UpdateBlueprintCommand(document, {"needs": kept})
    if choice == "facts":
        return c.UpdateBlueprintCommand(document, {"facts": {"value_eur": rng.choice([500, 12.5, "high"])}})
    if choice == "concept":
        concept = blueprint.concept.model_copy(update=rng.choice([
            {"promise": rng.choice(["Fast", "Once"])},
            {"intervene_when": [Condition(fact="value_eur", op=">=", value=rng.choice([500, 250]))]},
            {"staff_hourly_rate_eur": rng.choice([40, 62.5])}]))
        return c.SetConceptCommand(document, concept)
    if choice == "title":
        return c.UpdateBlueprintCommand(document, {"title": rng.choice(["Lost phone", "Verloren"])})
    return None


def random_edit(rng: random.Random, peer: Peer) -> None:
    """One random edit by this peer, as one undo step of this person's own."""
    command = random_command(rng, peer.document)
    if command is not None:
        with peer.shared.edit(command.text()):
            command.redo()
