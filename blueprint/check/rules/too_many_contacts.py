"""too-many-contacts: more contacts for one need than the concept allows; failure demand."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import IMPLICIT_NEED, CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.analysis.journey import COLUMN_HALF_WIDTH
from blueprint.model import LaneKind, Severity, Step, StepKind, WasteKind

META = RuleMeta(
    id="too-many-contacts",
    title="More contacts for one need than the concept allows; failure demand",
    rationale=(
        "Both cases: the mother asks at the post, phones, files a report in person and "
        "is called back again and again; the father has to ask twice and a manager has "
        "to step in. Contacts that only exist because an earlier one failed are failure "
        "demand (Seddon): waste the organisation causes itself."
    ),
    hint=(
        "Resolve the need at the first contact: give the first person the knowledge and "
        "the authority to answer, so repeat contacts and escalations are not needed."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Per need: contacts over ``standards.max_contacts_per_need``, or any failure demand.

    Failure demand (Seddon: contacts that only happen because an earlier one failed:
    repeat contacts, calls to the wrong door, escalations) is reported even when the
    concept sets no maximum. A contact is failure demand when it is an escalation or is
    marked with the waste repeat-contact or wrong-door, or when the customer step it
    answers in one interaction (a flow leads from it to the contact, on the same channel or
    in the same column; not itself a contact) is so marked.
    """
    limit = context.concept.standards.max_contacts_per_need
    marked = {step.id for step in context.of_kind(StepKind.ESCALATION)}
    for waste in FAILURE_DEMAND:
        marked.update(step.id for step in context.with_waste(waste))
    failure_demand = failure_demand_contacts(context, marked)
    for need_id, contacts in context.journey.contacts_by_need.items():
        failure = [step_id for step_id in contacts if step_id in failure_demand]
        over = limit is not None and len(contacts) > limit
        if not over and not failure:
            continue
        shown = contacts if over else failure
        need = (need_id,) if need_id is not IMPLICIT_NEED else ()
        yield Report((*shown, *need), _message(context, need_id, len(contacts), limit, failure))


FAILURE_DEMAND = (WasteKind.REPEAT_CONTACT, WasteKind.WRONG_DOOR)
"""Waste kinds that make a contact failure demand (with escalations)."""


def failure_demand_contacts(context: CheckContext, marked: set[str]) -> set[str]:
    """The contacts that are failure demand: marked themselves, or answering a marked
    customer step that is no contact itself (a journey flow leads from it to the contact:
    the interaction is counted on the organisation's side, the waste is often marked on
    the customer's)."""
    contact_at, position = context.journey.contact_at, context.position
    found = {step_id for step_id in marked if contact_at[position[step_id]]}
    customer = LaneKind.CUSTOMER
    for step_id in marked - found:
        if context.lane_kind[step_id] is not customer:
            continue
        step = context.step_by_id[step_id]
        for other in context.successors[step_id]:  # the contact that answers it
            if contact_at[position[other]] and _same_interaction(step, context.step_by_id[other]):
                found.add(other)
    return found


def _same_interaction(customer_step: Step, contact: Step) -> bool:
    """Whether a contact answers the customer step in one interaction: on the same channel,
    or standing in its column (the same moment)."""
    same_channel = customer_step.channel is not None and customer_step.channel == contact.channel
    return same_channel or abs(customer_step.x - contact.x) < COLUMN_HALF_WIDTH


def _message(context: CheckContext, need_id: str | None, contacts: int, limit: int | None,
             failure: list[str]) -> str:
    """'<need> takes <n> contacts (the concept allows <limit>); <k> of them are failure demand: ...'."""
    say, need = context.say, context.need_label(need_id, capital=True)
    if limit is None:
        counted = (say("{need} takes one contact", need=need) if contacts == 1 else
                   say.plural("{need} takes {count} contact", "{need} takes {count} contacts", contacts,
                              need=need))
    elif contacts == 1:
        counted = say("{need} takes one contact (the concept allows {limit})", need=need, limit=limit)
    else:
        counted = say.plural("{need} takes {count} contact (the concept allows {limit})",
                             "{need} takes {count} contacts (the concept allows {limit})", contacts,
                             need=need, limit=limit)
    if not failure:
        return say("{contacts}.", contacts=counted)
    demand = say.plural("{count} of them is failure demand: {steps}",
                        "{count} of them are failure demand: {steps}", len(failure),
                        steps=context.quoted(failure))
    return say("{contacts}; {failure_demand}.", contacts=counted, failure_demand=demand)
