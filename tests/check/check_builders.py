"""Small builders for check tests and fixtures: a journey in a few readable lines."""

from __future__ import annotations

from typing import Any

from blueprint.model import Blueprint, Flow, Need, Referral, ServiceConcept, Standards, Step

WAY = Referral(to="The court registry", contact_details="Court registry, Opgeëistenlaan 401, 09 234 56 78")
"""A referral that gives the customer a way: who, and how to reach them."""

LANE_Y = 40.0
COLUMN_WIDTH, FIRST_COLUMN = 240.0, 40.0


def step(step_id: str, title: str, lane: str = "customer", **fields: Any) -> Step:
    """A step; columns are assigned by :func:`journey` in the order the steps are given."""
    return Step(id=step_id, title=title, lane=lane, y=LANE_Y, **fields)


def flow(source: str, target: str, kind: str = "sequence", label: str = "") -> Flow:
    """A flow with the id ``source--target``."""
    return Flow(id=f"{source}--{target}", source=source, target=target, kind=kind, label=label)


def chain(*step_ids: str, kind: str = "sequence") -> list[Flow]:
    """Sequence flows through the steps in the order given."""
    return [flow(a, b, kind) for a, b in zip(step_ids, step_ids[1:])]


def answered_concept(**fields: Any) -> ServiceConcept:
    """A concept that answers every essential question; ``fields`` override."""
    answers: dict[str, Any] = dict(
        name="Clear service",
        promise="We tell you at the first contact what we will do and by when.",
        intervention_policy="We act when the case facts meet the thresholds below.",
        intervention_includes="One complete effort until there is a result.",
        result_promised="A result, or a clear answer where you can get one.",
        customer_must_do="Give us the facts at the first contact.",
        left_aside="Cases below the thresholds; we say so at once.",
    )
    answers.update(fields)
    return ServiceConcept(**answers)


def journey(title: str, steps: list[Step], flows: list[Flow] = (), *,
            expected: tuple[str, ...] | None = None, about: str = "",
            concept: ServiceConcept | None = None, **fields: Any) -> Blueprint:
    """A blueprint whose steps stand in columns, in the order given.

    ``expected`` (for invalid fixtures) is written into the description as the line
    ``Expected elements: a, b.`` (``none`` for findings on the concept).
    """
    placed = [s.model_copy(update={"x": FIRST_COLUMN + COLUMN_WIDTH * i}) for i, s in enumerate(steps)]
    description = about
    if expected is not None:
        description += f"\nExpected elements: {', '.join(expected) or 'none'}."
    return Blueprint(title=title, description=description.strip(), steps=placed, flows=list(flows),
                     concept=concept or answered_concept(), **fields)


def needs(*pairs: tuple[str, str]) -> list[Need]:
    """Needs from (id, title) pairs."""
    return [Need(id=need_id, title=title) for need_id, title in pairs]


def standards(**fields: Any) -> Standards:
    """Standards with the given fields."""
    return Standards(**fields)
