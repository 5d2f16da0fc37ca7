"""line-of-visibility: a customer step wired straight to backstage or support, past the frontstage."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.check.wording import template
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

HIDDEN_LANES = {
    LaneKind.BACKSTAGE: template("The flow from '{source}' to '{target}' connects the customer "
                                 "straight to backstage, past the frontstage."),
    LaneKind.SUPPORT: template("The flow from '{source}' to '{target}' connects the customer "
                               "straight to support processes, past the frontstage."),
}
"""The lanes behind the line of visibility, each with the message of a flow into it."""


def check(context: CheckContext) -> Iterator[Report]:
    """Each flow, either way, between a customer-lane step and a backstage or support step
    (:attr:`Journey.links`: the flows between two steps)."""
    customer, journey = LaneKind.CUSTOMER, context.journey
    lane_at = journey.lane_kind_at
    for (source_at, target_at, _), flow in zip(journey.links, journey.link_flows):
        source, target = lane_at[source_at], lane_at[target_at]
        if source is customer and target in HIDDEN_LANES:
            ends, hidden = (flow.source, flow.target), target
        elif target is customer and source in HIDDEN_LANES:
            ends, hidden = (flow.target, flow.source), source
        else:
            continue
        yield Report((*ends, flow.id), context.say(
            HIDDEN_LANES[hidden], source=context.title(flow.source), target=context.title(flow.target)))
