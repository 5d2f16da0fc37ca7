"""too-many-hand-offs: a need is handed on more often than the concept's standard allows."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import IMPLICIT_NEED, CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Severity

META = RuleMeta(
    id="too-many-hand-offs",
    title="A need is handed on more often than the concept allows",
    rationale=(
        "Lost iPhone (Gent): the desk at the beach, the phone line, the station, the "
        "dispatcher and the team each took the case a step further and handed it on. Every "
        "hand-off is a place where the customer's story is told again and where customers "
        "get lost, most of all between organisations (Seddon: failure demand)."
    ),
    hint=(
        "Let one person or team own the need from the first contact to the result, and "
        "bring the others in behind them instead of passing the customer along."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Per need: hand-offs (:attr:`Journey.hand_offs`, counted at the need of the step
    that hands on) above ``standards.max_hand_offs_per_need`` of the concept that judges
    that step."""
    if all(concept.standards.max_hand_offs_per_need is None for concept in context.concepts):
        return
    need_of, say = context.need_of, context.say
    by_need: dict[tuple[str | None, int], list] = {}
    for hand_off in context.journey.hand_offs:
        limit = context.concept_of(hand_off.source).standards.max_hand_offs_per_need
        if limit is not None:
            by_need.setdefault((need_of[hand_off.source], limit), []).append(hand_off)
    for (need_id, limit), hand_offs in by_need.items():
        if len(hand_offs) <= limit:
            continue
        between = sum(1 for hand_off in hand_offs if hand_off.organisations)
        fields = {"need": context.need_label(need_id, capital=True), "count": len(hand_offs),
                  "limit": limit, "steps": context.quoted([h.target for h in hand_offs])}
        message = (say("{need} is handed on once ({steps}); the concept allows {limit}.", **fields)
                   if len(hand_offs) == 1 else
                   say("{need} is handed on {count} times ({steps}); the concept allows {limit}.",
                       **fields))
        if between:
            message += " " + (say("One of them goes to another organisation.") if between == 1 else
                              say("{count} of them go to another organisation.", count=between))
        need = (need_id,) if need_id is not IMPLICIT_NEED else ()
        yield Report((*(h.flow for h in hand_offs), *need), message)
