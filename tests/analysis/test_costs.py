"""Cost to serve, customer hours and the year's volume, worked out by hand (docs/metrics.md)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from blueprint.analysis.costs import case_cost
from blueprint.analysis.metrics import compute_metrics
from blueprint.model import Blueprint, ServiceConcept, Step, Volume, dumps_blueprint, loads_blueprint
from blueprint.model.vocabulary import Channel, StepKind


def journey(rate=50.0, prices=None, volume=None) -> Blueprint:
    return Blueprint(
        steps=[
            Step(id="call", title="Phone the desk", lane="customer", kind=StepKind.CONTACT,
                 channel=Channel.PHONE, customer_minutes=12, staff_minutes=10),
            Step(id="visit", title="File a report", lane="frontstage", kind=StepKind.ADMINISTRATION,
                 channel=Channel.IN_PERSON, customer_minutes=48, staff_minutes=20, waiting_minutes=30),
            Step(id="check", title="Look it up", lane="backstage", channel=Channel.INTERNAL,
                 staff_minutes=30),
            Step(id="letter", title="Read the letter", lane="customer", kind=StepKind.CONTACT,
                 channel=Channel.LETTER, customer_minutes=5),
        ],
        concept=ServiceConcept(staff_hourly_rate_eur=rate, channel_costs_eur=prices or {}),
        volume=volume,
    )


PRICES = {Channel.PHONE: 4.0, Channel.IN_PERSON: 15.0, Channel.LETTER: 1.5, Channel.INTERNAL: 99.0}


def test_cost_to_serve_is_staff_time_at_the_rate_plus_each_contact_at_its_channel_price():
    cost = case_cost(journey(prices=PRICES))
    # staff: 10 + 20 + 30 = 60 min at 50 an hour = 50; contacts: phone 4 + in person 15 + letter 1.5
    # ("check" is an action, not a contact: its internal price is never charged)
    assert cost.staff_hours == pytest.approx(1.0)
    assert cost.staff_cost_eur == pytest.approx(50.0)
    assert cost.contact_cost_eur == pytest.approx(20.5)
    assert cost.cost_to_serve_eur == pytest.approx(70.5)
    assert cost.customer_hours == pytest.approx((12 + 48 + 5) / 60)  # waiting is not customer time


def test_without_volume_there_is_no_year_and_without_rate_no_euro():
    cost = case_cost(journey(prices=PRICES))
    assert cost.cases_per_year is None
    assert cost.cost_to_serve_per_year_eur is None and cost.customer_hours_per_year is None
    unpriced = case_cost(journey(rate=None, prices=PRICES))
    assert unpriced.staff_cost_eur is None and unpriced.cost_to_serve_eur is None
    assert unpriced.contact_cost_eur == pytest.approx(20.5)


def test_channel_without_a_price_costs_nothing():
    assert case_cost(journey(prices={Channel.PHONE: 4.0})).contact_cost_eur == pytest.approx(4.0)


@pytest.mark.parametrize(("volume", "per_year"), [
    (Volume(cases=1200), 1200), (Volume(cases=100, per="month"), 1200)])
def test_a_volume_per_year_or_per_month_scales_the_case_to_a_year(volume, per_year):
    cost = case_cost(journey(prices=PRICES, volume=volume))
    assert cost.cases_per_year == per_year
    assert cost.cost_to_serve_per_year_eur == pytest.approx(70.5 * 1200)
    assert cost.customer_hours_per_year == pytest.approx(65 / 60 * 1200)


def test_metrics_carry_the_cost_and_write_it_as_json():
    metrics = compute_metrics(journey(prices=PRICES, volume=Volume(cases=10)))
    assert metrics.cost == case_cost(journey(prices=PRICES, volume=Volume(cases=10)))
    data = metrics.as_json()["cost"]
    assert data["cost_to_serve_eur"] == pytest.approx(70.5)
    assert data["cost_to_serve_per_year_eur"] == pytest.approx(705.0)
    assert data["customer_hours_per_year"] == pytest.approx(650 / 60)


def test_volume_and_channel_costs_round_trip_and_default_to_nothing():
    blueprint = journey(prices=PRICES, volume=Volume(cases=40, per="month"))
    again = loads_blueprint(dumps_blueprint(blueprint))
    assert again.volume == Volume(cases=40, per="month")
    assert again.concept.channel_costs_eur == PRICES
    plain = loads_blueprint('{"format": "service-blueprint", "version": 1}')
    assert plain.volume is None and plain.concept.channel_costs_eur == {}
    assert '"volume"' not in dumps_blueprint(Blueprint())


@pytest.mark.parametrize("bad", [{"cases": 0}, {"cases": -5}, {"cases": 10, "per": "week"}])
def test_a_volume_must_be_positive_per_year_or_month(bad):
    with pytest.raises(ValidationError):
        Blueprint(volume=bad)


def test_a_channel_price_is_never_negative():
    with pytest.raises(ValidationError):
        ServiceConcept(channel_costs_eur={"phone": -1})


def test_the_contacts_priced_are_the_contacts_the_metrics_count():
    # an action on the frontstage on the phone is a contact worked out from the drawing
    blueprint = Blueprint(steps=[Step(id="answer", title="Answer the call", lane="frontstage",
                                      channel=Channel.PHONE, staff_minutes=6)],
                          concept=ServiceConcept(staff_hourly_rate_eur=60, channel_costs_eur=PRICES))
    assert compute_metrics(blueprint).contacts == 1
    assert case_cost(blueprint).contact_cost_eur == pytest.approx(4.0)
    assert case_cost(blueprint).cost_to_serve_eur == pytest.approx(6 + 4.0)
