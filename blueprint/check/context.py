"""What every rule reads: the blueprint, the concept, and the journey's indexes, built once.

The engine builds one :class:`CheckContext` per check and hands it to every rule. The
journey itself (step columns, adjacency, starts, reachability, the need of each step) is
the shared :class:`~blueprint.analysis.journey.Journey` index, which the metrics read too;
on top of it, one pass over the step columns files the steps by kind, outcome, waste and
value, so a rule reads only the steps it is about instead of every step again.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from itertools import compress

from blueprint.analysis.journey import IMPLICIT_NEED, Journey
from blueprint.check.wording import Wording
from blueprint.model import (
    Blueprint, Commitment, CommitmentType, Outcome, ServiceConcept, Step, StepKind, Value, WasteKind,
)

__all__ = ["CheckContext", "IMPLICIT_NEED", "MAX_TITLES_IN_MESSAGE"]

MAX_TITLES_IN_MESSAGE = 5


class CheckContext:
    """A blueprint and the concept it is checked against, with shared journey indexes.

    ``journey`` is the blueprint's :class:`Journey` when the caller has one already;
    without it, the index is built here. The journey's views are attributes of the
    context too (``position``, ``lane_kind``, ``successors``, ``predecessors``,
    ``information_links``, ``refers_on``, ``starts``, ``reachable``, ``need_of``).

    ``say`` is the :class:`~blueprint.check.wording.Wording` every message is made with:
    the check's ``language`` (default: the blueprint's own).
    """

    def __init__(self, blueprint: Blueprint, concept: ServiceConcept, journey: Journey | None = None,
                 language: str | None = None):
        if journey is None:
            journey = Journey(blueprint)
        elif journey.blueprint is not blueprint:
            raise ValueError("the journey index belongs to another blueprint")
        self.blueprint = blueprint
        self.concept = concept
        self.journey = journey
        self.say = Wording.for_language(language or blueprint.language)
        steps = self.steps = journey.steps
        self.step_by_id: dict[str, Step] = dict(zip(journey.columns.id, steps))
        self.position = journey.position
        self.lane_kind = journey.lane_kind
        self.successors = journey.successors
        self.predecessors = journey.predecessors
        self.information_links = journey.information_links
        self.refers_on = journey.refers_on
        self._of_kind: dict[StepKind, list[Step]] = {kind: [] for kind in StepKind}
        self._with_outcome: dict[Outcome, list[Step]] = {outcome: [] for outcome in Outcome}
        self._with_waste: dict[WasteKind, list[Step]] = {waste: [] for waste in WasteKind}
        self.supported = journey.supported
        """Supporting item -> the steps it supports (:attr:`Journey.supported`)."""
        self.unmarked: list[Step] = []
        """Steps not yet marked valuable, necessary or wasted."""
        self.waiting: list[Step] = []
        """Steps where the customer waits (waiting minutes above zero)."""
        self._sort_steps()

    def _sort_steps(self) -> None:
        """Files the steps by kind, outcome, waste and value (each step column read once),
        so that no rule has to read every step again."""
        unmarked, no_outcome = Value.UNMARKED, Outcome.NONE
        of_kind, with_outcome, with_waste = self._of_kind, self._with_outcome, self._with_waste
        steps, columns = self.steps, self.journey.columns
        for step, kind in zip(steps, columns.kind):
            of_kind[kind].append(step)
        outcomes = columns.outcome
        for step, outcome in compress(zip(steps, outcomes), [outcome is not no_outcome for outcome in outcomes]):
            with_outcome[outcome].append(step)
        for step, wastes in compress(zip(steps, columns.waste), columns.waste):  # the steps with waste
            for waste in wastes:
                with_waste[waste].append(step)
        self.unmarked += compress(steps, [value is unmarked for value in columns.value])
        self.waiting += compress(steps, columns.waiting_minutes)  # the steps with minutes above zero

    @cached_property
    def contacts(self) -> list[Step]:
        """Steps where customer and organisation are in touch (:attr:`Journey.contact_at`:
        by kind, or from lane, channel and flows), in document order."""
        return list(compress(self.steps, self.journey.contact_at))

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

    # ------------------------------------------------------------ organisations

    @cached_property
    def _organisation_concepts(self) -> dict[str, ServiceConcept]:
        return {organisation.id: organisation.concept for organisation in self.blueprint.organisations
                if organisation.concept is not None}

    def concept_of(self, step_id: str) -> ServiceConcept:
        """The concept a step is judged by: its organisation's own, else the one checked against."""
        organisation = self.step_by_id[step_id].organisation
        if organisation is None:
            return self.concept
        return self._organisation_concepts.get(organisation, self.concept)

    def judged_by(self, concept: ServiceConcept) -> list[Step]:
        """The steps judged by this concept (:meth:`concept_of`), in document order."""
        return [step for step in self.steps if self.concept_of(step.id) is concept]

    @cached_property
    def concepts(self) -> list[ServiceConcept]:
        """Every concept steps are judged by: the one checked against, then the organisations' own."""
        return [self.concept, *self._organisation_concepts.values()]

    def needs_of(self, concept: ServiceConcept) -> list[str | None]:
        """The needs served by the steps this concept judges, in journey order, each once."""
        judged = {step.id for step in self.judged_by(concept)}
        ids, need_at = self.journey.columns.id, self.journey.need_at
        return list(dict.fromkeys(need_at[i] for i in self.journey.order if ids[i] in judged
                                  and ids[i] not in self.supported))

    def commitments_of(self, kind: CommitmentType) -> list[tuple[ServiceConcept, Commitment, list[str | None]]]:
        """Every commitment of this type in every concept steps are judged by, each with its
        concept and the needs it covers (its own ``need``, else every need that concept's
        steps serve)."""
        return [(concept, commitment,
                 [commitment.need] if commitment.need is not None else self.needs_of(concept))
                for concept in self.concepts for commitment in concept.commitments
                if commitment.type is kind]

    @staticmethod
    def pointing_at(need_id: str | None, commitment: Commitment) -> tuple[str, ...]:
        """The elements a commitment's finding names besides steps: the need (unless it is
        the implicit one) and the commitment (when it has an id)."""
        return ((need_id,) if need_id is not IMPLICIT_NEED else ()) + (
            (commitment.id,) if commitment.id else ())

    # ------------------------------------------------------------ naming

    @cached_property
    def _lane_and_need_titles(self) -> dict[str, str]:
        titles = {lane.id: lane.title for lane in self.blueprint.lanes}
        titles.update((need.id, need.title) for need in self.blueprint.needs)
        return titles

    @cached_property
    def _flow_titles(self) -> dict[str, str]:
        """Read only when a message names a flow: a big journey has thousands."""
        return {flow.id: flow.label or flow.id for flow in self.blueprint.flows}

    def title(self, element_id: str) -> str:
        """The title of a step, need or lane (a flow's label), or the id when there is none."""
        step = self.step_by_id.get(element_id)
        if step is not None:
            return step.title
        title = self._lane_and_need_titles.get(element_id)
        return title if title is not None else self._flow_titles.get(element_id, element_id)

    def quoted(self, element_ids: Iterable[str], limit: int = MAX_TITLES_IN_MESSAGE) -> str:
        """Titles in quotes for a message: ``'A', 'B' and 3 more``."""
        ids = list(element_ids)
        shown = ", ".join(f"'{self.title(element_id)}'" for element_id in ids[:limit])
        rest = len(ids) - limit
        return self.say.plural("{titles} and {count} more", "{titles} and {count} more", rest,
                               titles=shown) if rest > 0 else shown

    def need_label(self, need_id: str | None, capital: bool = False) -> str:
        """How a message names a need: a listed need by title, else the customer's goal.

        A noun phrase (``the need 'Birth'``) for the subject of a sentence; ``capital``
        for its start.
        """
        say = self.say
        if need_id is not IMPLICIT_NEED:
            label = say("the need '{title}'", title=self.title(need_id))
        else:
            goal = self.blueprint.customer.goal.strip()
            label = say("the customer's goal '{goal}'", goal=goal) if goal else say("the journey")
        return label[0].upper() + label[1:] if capital else label

    # ------------------------------------------------------------ journey structure

    @property
    def starts(self) -> list[str]:
        """Journey starts (:attr:`Journey.starts`): customer-lane steps no journey flow leads into."""
        return self.journey.starts

    @property
    def reachable(self) -> frozenset[str]:
        """Steps reached from the journey starts (:attr:`Journey.reachable`)."""
        return self.journey.reachable

    @property
    def need_of(self) -> dict[str, str | None]:
        """Step id -> the need it serves (:attr:`Journey.need_of`; the rule is in blueprint/resources/help/metrics.md)."""
        return self.journey.need_of
