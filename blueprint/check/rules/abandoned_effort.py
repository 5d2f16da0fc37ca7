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
    """Each step with outcome 'abandoned', with the effort of its need spent before it.

    The effort is the interventions and the steps marked with 'abandoned-effort' waste
    that lead to the abandoned step. A step marked so that leads to no abandoned step
    (the customer gives up) is reported on its own.
    """
    points = context.with_outcome(Outcome.ABANDONED)
    effort = _effort_before(context, points)
    credited = {step_id for spent in effort.values() for step_id in spent}
    finish = context.concept.standards.finish_started_interventions
    say = context.say
    for step in points:
        spent = effort[step.id]
        if spent:
            message = say("'{title}' abandons the effort without a result, after {steps}.",
                          title=step.title, steps=context.quoted(spent))
        else:
            message = say("'{title}' abandons the effort without a result.", title=step.title)
        started = any(context.step_by_id[s].kind is StepKind.INTERVENTION for s in [step.id, *spent])
        if finish and started:
            message += " " + say("The concept promises that an intervention once started is finished.")
        yield Report((step.id, *spent), message)
    marked = {step.id: step for step in context.with_waste(WasteKind.ABANDONED_EFFORT)
              if step.id not in credited and step.id not in effort}
    for step in marked.values():
        yield Report((step.id,), say("'{title}' is effort given up without a result.", title=step.title))


def _effort_before(context: CheckContext, points: list[Step]) -> dict[str, list[str]]:
    """Abandoned step id -> the effort of its need that leads to it, in document order.

    One backward search from all abandoned steps at once, through steps without an
    outcome; each step is credited to the first abandoned step that reaches it, so the
    work stays linear.
    """
    intervention, waste, none = StepKind.INTERVENTION, WasteKind.ABANDONED_EFFORT, Outcome.NONE
    need_at, position = context.journey.need_at, context.position
    origin = {step.id: step.id for step in points}
    effort: dict[str, list[str]] = {step.id: [] for step in points}
    queue = deque(origin)
    while queue:
        current = queue.popleft()
        need = need_at[position[current]]
        for source in context.predecessors[current]:
            step = context.step_by_id[source]
            if source in origin or step.outcome is not none or need_at[position[source]] != need:
                continue
            origin[source] = origin[current]
            queue.append(source)
            if step.kind is intervention or waste in step.waste:
                effort[origin[current]].append(source)
    for spent in effort.values():
        spent.sort(key=context.position.__getitem__)
    return effort
