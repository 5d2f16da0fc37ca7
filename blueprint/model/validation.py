"""Cross-reference checks of a blueprint, each problem named by its JSON path."""

from __future__ import annotations

from dataclasses import dataclass

from blueprint.model.blueprint import Blueprint


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document: where (a JSON path) and what, in plain words."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def reference_problems(blueprint: Blueprint) -> list[Problem]:
    """Every broken cross-reference: duplicate ids, unknown lanes, needs and flow ends.

    Suppressions naming a missing element are not problems but dead weight: see
    :func:`dangling_suppressions`.
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    groups = (("lanes", blueprint.lanes), ("needs", blueprint.needs),
              ("steps", blueprint.steps), ("flows", blueprint.flows))
    for group_name, elements in groups:
        for index, element in enumerate(elements):
            path = f"{group_name}[{index}].id"
            if element.id in seen:
                problems.append(Problem(path, f"id '{element.id}' is already used by {seen[element.id]}"))
            else:
                seen[element.id] = f"{group_name}[{index}]"

    lane_ids = {lane.id for lane in blueprint.lanes}
    need_ids = {need.id for need in blueprint.needs}
    step_ids = {step.id for step in blueprint.steps}
    for index, step in enumerate(blueprint.steps):
        if step.lane not in lane_ids:
            problems.append(Problem(f"steps[{index}].lane", f"no lane with id '{step.lane}'"))
        if step.need is not None and step.need not in need_ids:
            problems.append(Problem(f"steps[{index}].need", f"no need with id '{step.need}'"))
    for index, flow in enumerate(blueprint.flows):
        for end in ("source", "target"):
            ref = getattr(flow, end)
            if ref not in step_ids:
                problems.append(Problem(f"flows[{index}].{end}", f"no step with id '{ref}'"))
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
