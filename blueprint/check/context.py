"""What every rule reads: the blueprint, the concept, and the journey's indexes, built once.

The engine builds one :class:`CheckContext` per check and hands it to every rule. One
pass over the steps indexes them (by id, lane kind, kind, outcome, waste and value) and
one pass over the flows builds the adjacency, so a rule reads only the steps it is about
instead of every step again. Derived views (journey starts, reachable steps, the need
each step serves) are computed at most once, on first use, in linear time.

The indexes are plain dictionaries rather than a networkx graph: building them costs
less than building a DiGraph, and reachability is one breadth-first search from all
journey starts at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import cached_property

from blueprint.model import (
    CONTACT_KINDS, Blueprint, Flow, FlowKind, LaneKind, Outcome, ServiceConcept, Step, StepKind, Value, WasteKind,
)

IMPLICIT_NEED = None
"""The key of the journey's single implicit need: the steps no listed need claims."""

MAX_TITLES_IN_MESSAGE = 5


class CheckContext:
    """A blueprint and the concept it is checked against, with shared journey indexes."""

    def __init__(self, blueprint: Blueprint, concept: ServiceConcept):
        self.blueprint = blueprint
        self.concept = concept
        steps = self.steps = blueprint.steps
        lane_kinds = {lane.id: lane.kind for lane in blueprint.lanes}
        custom = LaneKind.CUSTOM
        self.step_by_id: dict[str, Step] = {step.id: step for step in steps}
        self.position: dict[str, int] = {step_id: i for i, step_id in enumerate(self.step_by_id)}
        """Step id -> its place in the document: findings come in this order."""
        self.lane_kind: dict[str, LaneKind] = {
            step.id: lane_kinds.get(step.lane, custom) for step in steps}
        self.successors: dict[str, list[str]] = {step_id: [] for step_id in self.step_by_id}
        """Step id -> the steps journey flows (every kind but information) lead on to."""
        self.predecessors: dict[str, list[str]] = {step_id: [] for step_id in self.step_by_id}
        """Step id -> the steps journey flows come from."""
        self.information_links: dict[str, list[str]] = {}
        """Step id -> the steps an information flow joins it to, either way (only steps with one)."""
        self.refers_on: set[str] = set()
        """Steps with a referral flow leaving them: they name where the customer goes next."""
        self._own_need: dict[str, str | None] = {step.id: step.need for step in steps}
        self._of_kind: dict[StepKind, list[Step]] = {kind: [] for kind in StepKind}
        self._with_outcome: dict[Outcome, list[Step]] = {outcome: [] for outcome in Outcome}
        self._with_waste: dict[WasteKind, list[Step]] = {waste: [] for waste in WasteKind}
        self.contacts: list[Step] = []
        """Steps where customer and organisation are in touch (contact, administration,
        escalation), in document order."""
        self.unmarked: list[Step] = []
        """Steps not yet marked valuable, necessary or wasted."""
        self.waiting: list[Step] = []
        """Steps where the customer waits (waiting minutes above zero)."""
        self._sort_steps()
        self._index_flows(blueprint.flows)

    def _sort_steps(self) -> None:
        """One pass that files the steps by kind, outcome, waste and value, so that no
        rule has to read every step again."""
        unmarked, no_outcome, contact_kinds = Value.UNMARKED, Outcome.NONE, CONTACT_KINDS
        of_kind, with_outcome, with_waste = self._of_kind, self._with_outcome, self._with_waste
        contact, unjudged, waits = self.contacts.append, self.unmarked.append, self.waiting.append
        for step in self.steps:
            kind, outcome = step.kind, step.outcome
            of_kind[kind].append(step)
            if kind in contact_kinds:
                contact(step)
            if outcome is not no_outcome:
                with_outcome[outcome].append(step)
            if step.value is unmarked:
                unjudged(step)
            for waste in step.waste:
                with_waste[waste].append(step)
            if step.waiting_minutes:
                waits(step)

    def of_kind(self, kind: StepKind) -> list[Step]:
        """The steps of this kind, in document order."""
        return self._of_kind[kind]

    def with_outcome(self, *outcomes: Outcome) -> list[Step]:
        """The steps ending in these outcomes (not ``none``), in document order."""
        if len(outcomes) == 1:
            return self._with_outcome[outcomes[0]]
        return self._in_document_order([s for outcome in outcomes for s in self._with_outcome[outcome]])

    def _in_document_order(self, steps: list[Step]) -> list[Step]:
        position = self.position
        order = sorted((position[step.id], index) for index, step in enumerate(steps))
        return [steps[index] for _, index in order]

    def with_waste(self, waste: WasteKind) -> list[Step]:
        """The steps marked with this kind of waste, in document order."""
        return self._with_waste[waste]

    def _index_flows(self, flows: list[Flow]) -> None:
        """One pass over the flows; flows whose ends are not steps are left out."""
        information, referral = FlowKind.INFORMATION, FlowKind.REFERRAL
        successors, predecessors = self.successors, self.predecessors
        for flow in flows:
            source, target = flow.source, flow.target
            following, preceding = successors.get(source), predecessors.get(target)
            if following is None or preceding is None:
                continue
            kind = flow.kind
            if kind is information:
                self.information_links.setdefault(source, []).append(target)
                self.information_links.setdefault(target, []).append(source)
                continue
            following.append(target)
            preceding.append(source)
            if kind is referral:
                self.refers_on.add(source)

    # ------------------------------------------------------------ naming

    @cached_property
    def _other_titles(self) -> dict[str, str]:
        titles = {flow.id: flow.label or flow.id for flow in self.blueprint.flows}
        titles.update((element.id, element.title) for element in self.blueprint.lanes)
        titles.update((element.id, element.title) for element in self.blueprint.needs)
        return titles

    def title(self, element_id: str) -> str:
        """The title of a step, lane or need (a flow's label), or the id when there is none."""
        step = self.step_by_id.get(element_id)
        return step.title if step is not None else self._other_titles.get(element_id, element_id)

    def quoted(self, element_ids: Iterable[str], limit: int = MAX_TITLES_IN_MESSAGE) -> str:
        """Titles in quotes for a message: ``'A', 'B' and 3 more``."""
        ids = list(element_ids)
        shown = ", ".join(f"'{self.title(element_id)}'" for element_id in ids[:limit])
        rest = len(ids) - limit
        return f"{shown} and {rest} more" if rest > 0 else shown

    def need_label(self, need_id: str | None, capital: bool = False) -> str:
        """How a message names a need: a listed need by title, else the customer's goal."""
        if need_id is not IMPLICIT_NEED:
            label = f"the need '{self.title(need_id)}'"
        else:
            goal = self.blueprint.customer.goal.strip()
            label = f"the customer's goal '{goal}'" if goal else "the journey"
        return label[0].upper() + label[1:] if capital else label

    # ------------------------------------------------------------ journey structure

    @cached_property
    def starts(self) -> list[str]:
        """Journey starts: customer-lane steps no journey flow leads into.

        A journey without customer steps starts at every step no journey flow leads into.
        """
        customer, predecessors = LaneKind.CUSTOMER, self.predecessors
        in_lane = [step_id for step_id, kind in self.lane_kind.items() if kind is customer]
        return [step_id for step_id in (in_lane or self.lane_kind) if not predecessors[step_id]]

    @cached_property
    def reachable(self) -> frozenset[str]:
        """Steps reached from the journey starts, by one breadth-first search from all.

        Flows are followed forward; an ``information`` flow is followed both ways, so the
        physical evidence and records wired to a reached step count as reached too.
        """
        seen = set(self.starts)
        queue = deque(self.starts)
        successors, information_links = self.successors, self.information_links
        add, push, pop = seen.add, queue.append, queue.popleft
        while queue:
            current = pop()
            for neighbour in successors[current]:
                if neighbour not in seen:
                    add(neighbour)
                    push(neighbour)
            for neighbour in information_links.get(current, ()):
                if neighbour not in seen:
                    add(neighbour)
                    push(neighbour)
        return frozenset(seen)

    # ------------------------------------------------------------ needs

    @cached_property
    def need_of(self) -> dict[str, str | None]:
        """The need each step serves: its own, else the nearest one along journey flows.

        A step without a need takes the need of the nearest step before it (one forward
        search from all steps with a need), else of the nearest step after it; with a
        single listed need, every step serves that one. Steps no need reaches serve the
        implicit need (None).
        """
        need = dict(self._own_need)
        listed = self.blueprint.needs
        if len(listed) == 1:
            return {step_id: value or listed[0].id for step_id, value in need.items()}
        self._spread_needs(need, self.successors, self.predecessors)
        self._spread_needs(need, self.predecessors, self.successors)
        return need

    def _spread_needs(self, need: dict[str, str | None], onward: dict[str, list[str]],
                      back: dict[str, list[str]]) -> None:
        """Give steps without a need the need of the nearest step with one, along ``onward``.

        One breadth-first search from every step with a need at once; only the steps next
        to a step without a need can pass one on, so only they seed the search (in
        document order, which settles ties between equally near steps).
        """
        seeds = {source for step_id, value in need.items() if value is None
                 for source in back[step_id] if need[source] is not None}
        queue = deque(sorted(seeds, key=self.position.__getitem__))
        push, pop = queue.append, queue.popleft
        while queue:
            current = pop()
            for neighbour in onward[current]:
                if need[neighbour] is None:
                    need[neighbour] = need[current]
                    push(neighbour)
