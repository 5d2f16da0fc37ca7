"""line-of-visibility: a customer step wired straight to backstage or support, past the frontstage."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import LaneKind, Severity

META = RuleMeta(
    id="line-of-visibility",
    title="A customer step is wired straight to backstage or support, across the line of visibility",
    rationale=(
        "Birth registration (town hall): the clerk walked away through the door to the "
        "back office and the father was left at the desk with nobody to talk to. The "
        "customer deals with the frontstage; work behind the line of visibility (Bitner, "
        "Ostrom & Morgan) reaches the customer through someone or something visible."
    ),
    hint=(
        "Put the contact in the frontstage lane (the person, letter, app or text message "
        "the customer actually meets) and let the frontstage step hand over to the back."
    ),
    severity=Severity.WARNING,
)

HIDDEN_LANES = {LaneKind.BACKSTAGE: "backstage", LaneKind.SUPPORT: "support processes"}


def check(context: CheckContext) -> Iterator[Report]:
    """Each flow, either way, between a customer-lane step and a backstage or support step."""
    customer, lane_of = LaneKind.CUSTOMER, context.lane_kind.get
    for flow in context.blueprint.flows:
        source, target = lane_of(flow.source), lane_of(flow.target)
        if source is customer and target in HIDDEN_LANES:
            ends, hidden = (flow.source, flow.target), target
        elif target is customer and source in HIDDEN_LANES:
            ends, hidden = (flow.target, flow.source), source
        else:
            continue
        yield Report((*ends, flow.id), (
            f"The flow from '{context.title(flow.source)}' to '{context.title(flow.target)}' "
            f"connects the customer straight to {HIDDEN_LANES[hidden]}, past the frontstage."))
