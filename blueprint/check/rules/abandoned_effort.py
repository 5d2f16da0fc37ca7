"""abandoned-effort: an effort is started and then abandoned without result (half effort)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Outcome, Severity, Step, StepKind, WasteKind

META = RuleMeta(
    id="abandoned-effort",
    title="An effort is started and abandoned without result",
    rationale=(
        "Lost iPhone (Gent): a patrol was sent, the officer called back again and again, "
        "then mid-chase: 'we have other things to do than chase villains for an iPhone'. "
        "No phone, no result, public money spent. 'Why did we make all that effort then?' "
        "A clear concept replaces half efforts without result by one complete effort with result."
    ),
    hint=(
        "Decide before you start: intervene only where the concept says you will, and then "
        "finish the intervention with a result. Where you will not act, say so at once and "
        "say what the customer can do instead."
    ),
    severity=Severity.ERROR,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Each step that ends an effort without result (outcome or waste 'abandoned'), with
    the interventions of the same need spent before it."""
    outcome, waste = Outcome.ABANDONED, WasteKind.ABANDONED_EFFORT
    abandoned = [step for step in context.steps if step.outcome is outcome or waste in step.waste]
    spent = _interventions_before(context, abandoned)
    finish = context.concept.standards.finish_started_interventions
    for step in abandoned:
        before = spent[step.id]
        effort = f" after {context.quoted(before)}" if before else ""
        promise = (" The concept promises that an intervention once started is finished."
                   if finish and (before or step.kind is StepKind.INTERVENTION) else "")
        yield Report((step.id, *before),
                     f"'{step.title}' abandons the effort{effort} without a result.{promise}")


def _interventions_before(context: CheckContext, abandoned: list[Step]) -> dict[str, list[str]]:
    """Abandoned step id -> intervention steps of its need that lead to it.

    One backward search from all abandoned steps at once; each step is credited to the
    first abandoned step that reaches it, so the work stays linear.
    """
    origin = {step.id: step.id for step in abandoned}
    spent: dict[str, list[str]] = {step.id: [] for step in abandoned}
    queue = deque(origin)
    while queue:
        current = queue.popleft()
        need = context.need_of[current]
        for source in context.predecessors[current]:
            if source in origin or context.need_of[source] != need:
                continue
            origin[source] = origin[current]
            queue.append(source)
            if context.step_by_id[source].kind is StepKind.INTERVENTION:
                spent[origin[current]].append(source)
    for interventions in spent.values():
        interventions.sort(key=context.position.__getitem__)
    return spent
