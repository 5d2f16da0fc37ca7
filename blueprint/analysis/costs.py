"""What one case of the journey costs, and what all cases of a year cost.

Cost to serve a case is the staff time priced at the concept's hourly rate plus, for every
contact, the concept's cost per contact on that contact's channel (the desk, the call, the
stamp: what a contact costs beyond the staff minutes already counted). Customer hours are
the customer's own time in the journey. With the blueprint's volume, both are also given
per year. Definitions: ``docs/metrics.md``, "Cost to serve and volume". No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from blueprint.analysis.journey import Journey
from blueprint.model import Blueprint, ServiceConcept

__all__ = ["CaseCost", "case_cost"]


@dataclass(frozen=True, slots=True)
class CaseCost:
    """The cost of one case and, when the volume is known, of a year of cases.

    Euro amounts are None when the concept gives no staff hourly rate (staff time cannot
    be priced); the per-year figures are None when the blueprint gives no volume.
    """

    customer_hours: float
    staff_hours: float
    staff_cost_eur: float | None
    contact_cost_eur: float
    cost_to_serve_eur: float | None
    cases_per_year: float | None

    def per_year(self, per_case: float | None) -> float | None:
        """A per-case figure times the cases of a year; None without a volume or a figure."""
        if per_case is None or self.cases_per_year is None:
            return None
        return per_case * self.cases_per_year

    @property
    def customer_hours_per_year(self) -> float | None:
        """The customer hours of all cases in a year."""
        return self.per_year(self.customer_hours)

    @property
    def cost_to_serve_per_year_eur(self) -> float | None:
        """The cost to serve all cases in a year."""
        return self.per_year(self.cost_to_serve_eur)


def case_cost(blueprint: Blueprint, concept: ServiceConcept | None = None, *,
              journey: Journey | None = None) -> CaseCost:
    """Price one case of the journey with ``concept`` (default: the blueprint's own).

    ``journey`` is the blueprint's index when the caller has one already; its contacts
    (``Journey.contact_at``) are the contacts the metrics count.
    """
    concept = blueprint.concept if concept is None else concept
    journey = Journey(blueprint) if journey is None else journey
    columns, prices = journey.columns, concept.channel_costs_eur
    contact_cost = sum(prices.get(channel, 0.0) for channel in compress(columns.channel, journey.contact_at)
                       if channel is not None)
    staff_minutes = sum(columns.staff_minutes)
    rate = concept.staff_hourly_rate_eur
    staff_cost = None if rate is None else staff_minutes / 60 * rate
    volume = blueprint.volume
    return CaseCost(
        customer_hours=sum(columns.customer_minutes) / 60,
        staff_hours=staff_minutes / 60,
        staff_cost_eur=staff_cost,
        contact_cost_eur=contact_cost,
        cost_to_serve_eur=None if staff_cost is None else staff_cost + contact_cost,
        cases_per_year=None if volume is None else volume.cases_per_year(),
    )
