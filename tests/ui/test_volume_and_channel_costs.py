"""The volume (cases a year or a month) in the inspector and the cost per contact by channel
in the concept editor: each edit is one undo step, "Not set" takes the value away."""

from __future__ import annotations

from blueprint.model import Channel, Volume
from blueprint.ui.docks.concept_editor import PRICED_CHANNELS
from tests.ui.test_docks_concept import setup as concept_setup  # noqa: F401 (fixture)
from tests.ui.test_docks_inspector import setup  # noqa: F401 (fixture)


def test_the_volume_is_typed_in_the_blueprint_page_and_undone_in_one_step(setup):
    document, stack, dock = setup
    form = dock.blueprint_form
    assert form.fields["volume.cases"].widget.text() == "Not set"
    form.fields["volume.cases"].widget.setValue(1200)
    assert document.blueprint.volume == Volume(cases=1200, per="year")
    per = form.fields["volume.per"].widget
    per.setCurrentIndex(1)
    per.activated.emit(1)
    assert document.blueprint.volume == Volume(cases=1200, per="month")
    assert document.blueprint.volume.cases_per_year() == 14_400
    form.fields["volume.cases"].widget.setValue(form.fields["volume.cases"].widget.minimum())  # Not set
    assert document.blueprint.volume is None
    stack.undo()
    assert document.blueprint.volume == Volume(cases=1200, per="month")
    stack.undo()
    stack.undo()
    assert document.blueprint.volume is None


def test_a_cost_per_contact_for_each_customer_channel(concept_setup):
    document, stack, dock = concept_setup
    fields = dock.form.fields
    assert Channel.INTERNAL not in PRICED_CHANNELS
    assert all(f"channel_costs_eur.{channel.value}" in fields for channel in PRICED_CHANNELS)
    fields["channel_costs_eur.phone"].widget.setValue(4.5)
    fields["channel_costs_eur.in-person"].widget.setValue(15)
    assert document.blueprint.concept.channel_costs_eur == {Channel.PHONE: 4.5, Channel.IN_PERSON: 15}
    phone = fields["channel_costs_eur.phone"].widget
    phone.setValue(phone.minimum())  # Not set
    assert document.blueprint.concept.channel_costs_eur == {Channel.IN_PERSON: 15}
    stack.undo()
    assert document.blueprint.concept.channel_costs_eur[Channel.PHONE] == 4.5
    assert phone.value() == 4.5  # the editor follows the document


def test_the_metrics_dock_shows_the_cost_to_serve_per_case_and_per_year(qtbot):
    from blueprint.analysis.metrics import compute_metrics
    from blueprint.model import load_blueprint
    from blueprint.shipped import examples_folder
    from blueprint.ui.docks.metrics import MetricsDock, format_euro, format_number

    blueprint = load_blueprint(examples_folder() / "lost-iphone.as-is.en.blueprint.json")
    metrics = compute_metrics(blueprint)
    dock = MetricsDock()
    qtbot.addWidget(dock)
    dock.show_metrics(metrics)
    # 103 staff minutes at 50 an hour, 2 contacts in person at 15, 7 by phone at 4; 1,200 cases
    assert metrics.cost.cost_to_serve_eur == 103 / 60 * 50 + 2 * 15 + 7 * 4
    assert dock.value_text("cost.cost_to_serve_eur") == format_euro(metrics.cost.cost_to_serve_eur)
    assert dock.value_text("cost.cost_to_serve_per_year_eur") == format_euro(metrics.cost.cost_to_serve_eur * 1200)
    assert dock.value_text("cost.cases_per_year") == format_number(1200)
