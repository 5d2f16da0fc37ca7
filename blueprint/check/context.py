"""What every rule reads: the blueprint, the concept, and the journey's indexes, built once.

The engine builds one :class:`CheckContext` per check and hands it to every rule, so the
graph of the journey is indexed once (adjacency by step, lane kind by step) and every
derived view (journey starts, reachable steps, the need each step serves) is computed
at most once, on first use, in time linear in the number of steps and flows.

The indexes are plain dictionaries rather than a networkx graph: every rule walks the
journey in linear time, and building them costs less than building a DiGraph.
Reachability is one breadth-first search from all journey starts at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import cached_property

from blueprint.model import Blueprint, Flow, FlowKind, LaneKind, ServiceConcept, Step

IMPLICIT_NEED = None
"""The key of the journey's single implicit need: the steps no listed need claims."""

MAX_TITLES_IN_MESSAGE = 5


class CheckContext:
    """A blueprint and the concept it is checked against, with shared journey indexes."""

    def __init__(self, blueprint: Blueprint, concept: ServiceConcept):
        self.blueprint = blueprint
        self.concept = concept
        steps = self.steps = blueprint.steps
        self.step_by_id: dict[str, Step] = {step.id: step for step in steps}
        self.position: dict[str, int] = {step.id: index for index, step in enumerate(steps)}
        lane_kinds = {lane.id: lane.kind for lane in blueprint.lanes}
        custom = LaneKind.CUSTOM
        self.lane_kind: dict[str, LaneKind] = {
            step.id: lane_kinds.get(step.lane, custom) for step in steps}
        self.outgoing: dict[str, list[Flow]] = {step.id: [] for step in steps}
        """Step id -> every flow leaving it, information flows included."""
        self.successors: dict[str, list[str]] = {step.id: [] for step in steps}
        """Step id -> the steps journey flows (every kind but information) lead on to."""
        self.predecessors: dict[str, list[str]] = {step.id: [] for step in steps}
        """Step id -> the steps journey flows come from."""
        self._informed_by: dict[str, list[str]] = {step.id: [] for step in steps}
        self._index_flows(blueprint.flows)

    def _index_flows(self, flows: list[Flow]) -> None:
        information = FlowKind.INFORMATION
        outgoing, known = self.outgoing, self.step_by_id
        for flow in flows:
            source, target = flow.source, flow.target
            if source not in known or target not in known:
                continue
            outgoing[source].append(flow)
            if flow.kind is information:
                self._informed_by[target].append(source)
            else:
                self.successors[source].append(target)
                self.predecessors[target].append(source)

    # ------------------------------------------------------------ naming

    @cached_property
    def _titles(self) -> dict[str, str]:
        titles = {flow.id: flow.label or flow.id for flow in self.blueprint.flows}
        for group in (self.blueprint.needs, self.blueprint.lanes, self.steps):
            titles.update((element.id, element.title) for element in group)
        return titles

    def title(self, element_id: str) -> str:
        """The title of a step, lane or need (a flow's label), or the id when there is none."""
        return self._titles.get(element_id, element_id)

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
        customer, lane_kind, predecessors = LaneKind.CUSTOMER, self.lane_kind, self.predecessors
        has_customer_steps = any(kind is customer for kind in lane_kind.values())
        return [
            step.id for step in self.steps
            if (lane_kind[step.id] is customer or not has_customer_steps)
            and not predecessors[step.id]
        ]

    @cached_property
    def reachable(self) -> frozenset[str]:
        """Steps reached from the journey starts, by one breadth-first search from all.

        Flows are followed forward; an ``information`` flow is followed both ways, so the
        physical evidence and records wired to a reached step count as reached too.
        """
        seen = set(self.starts)
        queue = deque(self.starts)
        outgoing, informed_by = self.outgoing, self._informed_by
        while queue:
            current = queue.popleft()
            for flow in outgoing[current]:
                if flow.target not in seen:
                    seen.add(flow.target)
                    queue.append(flow.target)
            for source in informed_by[current]:
                if source not in seen:
                    seen.add(source)
                    queue.append(source)
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
        need = {step.id: step.need for step in self.steps}
        listed = self.blueprint.needs
        if len(listed) == 1:
            return {step_id: value or listed[0].id for step_id, value in need.items()}
        self._spread_needs(need, self.successors)
        self._spread_needs(need, self.predecessors)
        return need

    @staticmethod
    def _spread_needs(need: dict[str, str | None], neighbours: dict[str, list[str]]) -> None:
        queue = deque(step_id for step_id, value in need.items() if value is not None)
        while queue:
            current = queue.popleft()
            for neighbour in neighbours[current]:
                if need[neighbour] is None:
                    need[neighbour] = need[current]
                    queue.append(neighbour)

    @cached_property
    def need_groups(self) -> dict[str | None, list[Step]]:
        """Need id -> the steps serving it, in document order.

        Listed needs come first, in their order, even when no step serves them; the
        implicit need (None) comes last, present when no need is listed or when some
        step serves no listed need.
        """
        groups: dict[str | None, list[Step]] = {need.id: [] for need in self.blueprint.needs}
        if not groups:
            groups[IMPLICIT_NEED] = []
        for step in self.steps:
            groups.setdefault(self.need_of[step.id], []).append(step)
        return groups
