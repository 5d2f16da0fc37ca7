"""incomplete-referral: a referral names the door but gives the customer no way to it."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Flow, Severity

META = RuleMeta(
    id="incomplete-referral",
    title="A referral names the door but gives the customer no way to it",
    rationale=(
        "Birth registration (town hall): 'it has to go through the court', and the father "
        "was left to find out how. A referral helps only when it says who and how; 'not "
        "for us, try the other office' leaves the customer to find the door (NI14: ringing "
        "the wrong number is an avoidable contact)."
    ),
    hint=(
        "Give the way with the referral: the contact details of whoever can help, a "
        "hand-over of the case (they contact the customer), or an appointment made for "
        "the customer. Record it in the step's or the referral flow's referral details."
    ),
    severity=Severity.WARNING,
)


def check(context: CheckContext) -> Iterator[Report]:
    """Each referring step (outcome referred, or a referral flow leaving it) whose referral
    gives no way (:attr:`Journey.referrals`): no contact details, no hand-over, no
    appointment, and no referral flow to a step on the organisations' side."""
    say, journey = context.say, context.journey
    referral_flows: dict[str, list[Flow]] = {}
    for _, _, flow in journey.referral_flows:
        referral_flows.setdefault(flow.source, []).append(flow)
    for step_id, way in journey.referrals.items():
        if way:
            continue
        door = _door(context, step_id, referral_flows.get(step_id, []))
        title = context.title(step_id)
        if door:
            message = say("'{title}' refers the customer to {door} without a way to get there: no "
                          "contact details, no hand-over, no appointment.", title=title, door=door)
        else:
            message = say("'{title}' refers the customer on without saying who can help or how to "
                          "reach them.", title=title)
        yield Report((step_id,), message)


def _door(context: CheckContext, step_id: str, targets: list[Flow]) -> str:
    """Who the customer is sent to, in quotes: the referral's ``to``, else a referral flow's
    (``targets``: the referral flows leaving the step), else the step a referral flow leads
    to; empty when nothing names it."""
    step = context.step_by_id[step_id]
    if step.referral is not None and step.referral.to.strip():
        return f"'{step.referral.to.strip()}'"
    for flow in targets:
        if flow.referral is not None and flow.referral.to.strip():
            return f"'{flow.referral.to.strip()}'"
    return f"'{context.title(targets[0].target)}'" if targets else ""
