"""Cross-reference checks of a blueprint, each problem named by its JSON path."""

from __future__ import annotations

from dataclasses import dataclass

from blueprint.model.blueprint import Blueprint, Flow, Step
from blueprint.model.concept import ServiceConcept


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document: where (a JSON path) and what, in plain words."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def reference_problems(blueprint: Blueprint) -> list[Problem]:
    """Every broken cross-reference: duplicate ids, unknown lanes, needs, flow ends, the
    steps an item supports, organisations, and the needs and steps commitments name.

    Suppressions naming a missing element are not problems but dead weight: see
    :func:`dangling_suppressions`.
    """
    groups = (("lanes", blueprint.lanes), ("needs", blueprint.needs),
              ("steps", blueprint.steps), ("flows", blueprint.flows),
              ("organisations", blueprint.organisations))
    problems = _duplicate_id_problems(groups)


    lane_ids = {lane.id for lane in blueprint.lanes}
    need_ids = {need.id for need in blueprint.needs}
    step_ids = {step.id for step in blueprint.steps}
    organisation_ids = {organisation.id for organisation in blueprint.organisations}
    for index, step in enumerate(blueprint.steps):
        if step.lane not in lane_ids:
            problems.append(Problem(f"steps[{index}].lane", f"no lane with id '{step.lane}'"))
        if step.need is not None and step.need not in need_ids:
            problems.append(Problem(f"steps[{index}].need", f"no need with id '{step.need}'"))
        for place, supported in enumerate(step.supports):
            if supported not in step_ids:
                problems.append(Problem(f"steps[{index}].supports[{place}]",
                                        f"no step with id '{supported}'"))
            elif supported == step.id:
                problems.append(Problem(f"steps[{index}].supports[{place}]",
                                        "a step cannot support itself"))
        if step.organisation is not None or step.referral is not None:
            problems += _organisation_problems(f"steps[{index}]", step, organisation_ids)
    for index, flow in enumerate(blueprint.flows):
        if flow.source not in step_ids:
            problems.append(Problem(f"flows[{index}].source", f"no step with id '{flow.source}'"))
        if flow.target not in step_ids:
            problems.append(Problem(f"flows[{index}].target", f"no step with id '{flow.target}'"))
        if flow.referral is not None:
            problems += _organisation_problems(f"flows[{index}]", flow, organisation_ids)
    problems += _commitment_problems("concept", blueprint.concept, need_ids, step_ids)
    for index, organisation in enumerate(blueprint.organisations):
        if organisation.concept is not None:
            problems += _commitment_problems(f"organisations[{index}].concept",
                                             organisation.concept, need_ids, step_ids)
    return problems


def _duplicate_id_problems(groups) -> list[Problem]:
    """Each element whose id an earlier element has already. A file seldom has one, so
    one pass over the ids (100,000 in a large journey) first tells whether to look."""
    ids = [element.id for _, elements in groups for element in elements]
    if len(set(ids)) == len(ids):
        return []
    problems = []
    seen: dict[str, tuple[str, int]] = {}
    for group_name, elements in groups:
        for index, element in enumerate(elements):
            first = seen.setdefault(element.id, (group_name, index))
            if first != (group_name, index):
                problems.append(Problem(f"{group_name}[{index}].id",
                                        f"id '{element.id}' is already used by {first[0]}[{first[1]}]"))
    return problems


def _organisation_problems(path: str, element: Step | Flow, organisation_ids: set[str]) -> list[Problem]:
    """A step's organisation and a referral's organisation must be listed organisations."""
    problems = []
    organisation = getattr(element, "organisation", None)
    if organisation is not None and organisation not in organisation_ids:
        problems.append(Problem(f"{path}.organisation", f"no organisation with id '{organisation}'"))
    referral = element.referral
    if referral is not None and referral.organisation is not None \
            and referral.organisation not in organisation_ids:
        problems.append(Problem(f"{path}.referral.organisation",
                                f"no organisation with id '{referral.organisation}'"))
    return problems


def _commitment_problems(path: str, concept: ServiceConcept, need_ids: set[str],
                         step_ids: set[str]) -> list[Problem]:
    """A commitment names listed needs and existing steps.

    A concept saved on its own (``*.concept.json``) may name steps of the journeys it is
    written for; those are checked only once the concept belongs to a blueprint.
    """
    problems = []
    for index, commitment in enumerate(concept.commitments):
        if commitment.need is not None and commitment.need not in need_ids:
            problems.append(Problem(f"{path}.commitments[{index}].need",
                                    f"no need with id '{commitment.need}'"))
        for end in ("from_step", "until_step"):
            ref = getattr(commitment, end)
            if ref is not None and ref not in step_ids:
                problems.append(Problem(f"{path}.commitments[{index}].{end}", f"no step with id '{ref}'"))
    return problems


def dangling_suppressions(blueprint: Blueprint) -> list[int]:
    """Positions of the suppressions that name an element the blueprint does not have.

    Such a suppression hides nothing. The program never makes one (deleting an element
    takes its suppressions along), but files saved by version 0.1 may hold some; the
    loader drops them instead of refusing the whole file.
    """
    all_ids = blueprint.all_ids()
    return [index for index, suppression in enumerate(blueprint.suppressions)
            if suppression.element not in all_ids]
