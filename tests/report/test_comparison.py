"""``blueprint compare`` and the comparison page: the seed pairs give a business case, every
format is complete, the page fetches nothing and hostile titles stay text."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from blueprint.analysis.compare import compare
from blueprint.check.wording import Wording
from blueprint.cli import main
from blueprint.shipped import examples_folder
from blueprint.model import Blueprint, ServiceConcept, Step, Volume, load_blueprint, save_blueprint
from blueprint.model.vocabulary import Channel, Outcome, StepKind, Value
from blueprint.report.comparison import render_comparison, saving_text
from tests.report.test_html_report import HOSTILE, Page

EXAMPLES = examples_folder()
PAIRS = [(EXAMPLES / f"{case}.as-is.{language}.blueprint.json",
          EXAMPLES / f"{case}.to-be.{language}.blueprint.json")
         for case in ("lost-iphone", "birth-registration") for language in ("en", "nl")]


@pytest.mark.parametrize(("as_is", "to_be"), PAIRS, ids=lambda path: path.name)
def test_each_seed_pair_prints_its_savings_per_case_and_per_year(as_is, to_be, capsys):
    assert main(["compare", str(as_is), str(to_be)]) == 0
    out = capsys.readouterr().out
    result = compare(load_blueprint(as_is), load_blueprint(to_be))
    say = Wording.for_language(result.to_be.language)
    cost = result.saving("cost_to_serve_eur")
    assert cost.per_case is not None and cost.per_year is not None  # a real business case
    assert saving_text(cost.key, cost.per_case, say, "?") in out
    assert saving_text(cost.key, cost.per_year, say, "?") in out
    assert say("Findings resolved") in out


def test_the_seed_examples_give_volumes_and_channel_costs_and_call_them_estimates():
    for as_is, to_be in PAIRS:
        for path in (as_is, to_be):
            blueprint = load_blueprint(path)
            assert blueprint.volume is not None and blueprint.volume.cases_per_year() > 0
            assert blueprint.concept.channel_costs_eur and blueprint.concept.staff_hourly_rate_eur
            assert ("are estimates" if blueprint.language == "en" else "zijn schattingen") in \
                blueprint.description.split(".")[-2] + "."


def test_the_lost_iphone_business_case_in_numbers():
    result = compare(*(load_blueprint(path) for path in PAIRS[0]))
    assert result.saving("contacts").per_case == 5 and result.saving("contacts").per_year == 6000
    # the to-be spends more police time (one complete effort): shown as an extra cost
    assert result.saving("staff_hours").per_case == pytest.approx(-15 / 60)
    # as-is: 103 staff min at 50 an hour; contacts: 2 in person x 15 (post, report at the
    # station) + 7 by phone x 4. To-be: 118 min; 2 in person (post, phone returned) + 2 by phone
    assert result.metric("cost_to_serve_eur").as_is == pytest.approx(103 / 60 * 50 + 2 * 15 + 7 * 4)
    assert result.metric("cost_to_serve_eur").to_be == pytest.approx(118 / 60 * 50 + 2 * 15 + 2 * 4)
    assert result.saving("cost_to_serve_eur").per_year == pytest.approx((143.8333 - 136.3333) * 1200, abs=0.1)
    travel = [pair for pair in result.steps if pair.as_is == "travel-to-station"]
    assert [pair.change for pair in travel] == ["removed"]
    assert result.matches_of("report-by-phone", in_to_be=True) == ["phone-police", "file-report"]


def test_negative_savings_are_printed_as_costs(tmp_path, capsys):
    before, after = small_pair(tmp_path, extra_contact=True)
    assert main(["compare", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "Contacts: costs 1 more per case; costs 100 more per year" in out


def small_pair(folder: Path, title: str = "Ask", extra_contact: bool = False) -> tuple[Path, Path]:
    concept = ServiceConcept(staff_hourly_rate_eur=60, channel_costs_eur={Channel.PHONE: 2.0})
    steps = [Step(id="s", title=title, lane="customer", kind=StepKind.CONTACT, channel=Channel.PHONE,
                  value=Value.VALUABLE, outcome=Outcome.RESOLVED, customer_minutes=10, staff_minutes=6,
                  emotion=1)]
    more = steps + [Step(id="t", title=title + " again", lane="customer", kind=StepKind.CONTACT,
                         channel=Channel.PHONE, x=240, emotion=-1)] if extra_contact else steps
    before, after = folder / "before.blueprint.json", folder / "after.blueprint.json"
    save_blueprint(Blueprint(title=f"{title} today", steps=steps, concept=concept,
                             volume=Volume(cases=100)), before)
    save_blueprint(Blueprint(title=f"{title} tomorrow", steps=more, concept=concept), after)
    return before, after


def test_json_holds_metrics_savings_steps_and_findings(tmp_path, capsys):
    before, after = small_pair(tmp_path, extra_contact=True)
    assert main(["compare", str(before), str(after), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"as_is", "to_be", "metrics", "savings", "steps", "findings"} <= data.keys()
    contacts = next(m for m in data["metrics"] if m["metric"] == "contacts")
    assert (contacts["as_is"], contacts["to_be"], contacts["difference"], contacts["improved"]) == (1, 2, 1, False)
    cost = next(s for s in data["savings"] if s["saving"] == "cost_to_serve_eur")
    assert cost["per_case"] == pytest.approx(-2.0) and cost["per_year"] == pytest.approx(-200.0)
    assert [(s["change"], s["as_is"], s["to_be"]) for s in data["steps"]] == [
        ("kept", "s", "s"), ("added", None, "t")]


def test_csv_is_one_rectangular_table_and_runs_no_formula(tmp_path, capsys):
    before, after = small_pair(tmp_path, title="=HYPERLINK(\"http://x\")", extra_contact=True)
    output = tmp_path / "comparison.csv"
    assert main(["compare", str(before), str(after), "--format", "csv", "-o", str(output)]) == 0
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert rows[0] == ["section", "item", "as_is", "to_be", "difference", "per_year", "note"]
    assert {len(row) for row in rows} == {7}
    assert {row[0] for row in rows[1:]} == {"metric", "saving", "step", "finding"}
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert ["saving", "contacts", "", "", "-1", "-100", "extra cost"] in rows


def test_html_to_a_file_is_one_page_that_fetches_nothing(tmp_path, capsys):
    before, after = small_pair(tmp_path)
    output = tmp_path / "case.html"
    assert main(["compare", str(before), str(after), "--format", "html", "-o", str(output)]) == 0
    assert "comparison written" in capsys.readouterr().out
    html = output.read_text(encoding="utf-8")
    page = Page(html)
    assert [attrs for tag, attrs in page.tags if "src" in attrs or "href" in attrs] == []
    policy = [attrs for tag, attrs in page.tags if attrs.get("http-equiv") == "Content-Security-Policy"]
    assert policy and "default-src 'none'" in policy[0]["content"]
    assert "script" not in page.tag_names()


def test_the_page_puts_the_savings_first_then_metrics_curves_steps_findings():
    result = compare(*(load_blueprint(path) for path in PAIRS[0]))
    html = render_comparison(result)
    order = [html.index(f'<section id="{name}"') for name in
             ("savings", "metrics", "emotion", "steps", "findings")]
    assert order == sorted(order)
    assert html.count("<polyline") == 2  # the two emotion curves on one chart
    assert 'class="removed"' in html  # the trip and the queue
    birth = render_comparison(compare(*(load_blueprint(path) for path in PAIRS[2])))
    assert 'class="added"' in birth  # helping with the request to the court


def test_the_dutch_pair_gives_a_dutch_page():
    result = compare(*(load_blueprint(path) for path in PAIRS[1]))
    page = Page(render_comparison(result))
    text = page.all_text()
    assert ('html', {'lang': 'nl'}) in page.tags
    for dutch in ("Besparingen", "Kengetallen", "De emotiecurves", "De stappen", "Opgeloste bevindingen",
                  "per zaak", "per jaar", "geschrapt"):
        assert dutch in text
    for english in ("Savings", "per case", "kept", "Findings resolved"):  # (the CSS says "removed")
        assert english not in text


def test_hostile_titles_stay_text(tmp_path):
    as_is = Blueprint(title=HOSTILE, steps=[
        Step(id="a", title="<img src=x onerror=alert(1)>", lane="customer", kind=StepKind.CONTACT,
             emotion=-2),
        Step(id="b", title="]]><script>b</script>", lane="customer", x=240, emotion=0)])
    to_be = Blueprint(title="<iframe src=x>", steps=[
        Step(id="c", title="<b>new</b>", lane="customer", emotion=2)])
    page = Page(render_comparison(compare(as_is, to_be)))
    assert not {"script", "img", "iframe", "b"} & page.tag_names()
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    text = page.all_text()
    for shown in (HOSTILE, "<img src=x onerror=alert(1)>", "]]><script>b</script>", "<iframe src=x>",
                  "<b>new</b>"):
        assert shown in text


def test_an_unreadable_file_exits_2_with_a_plain_message(tmp_path, capsys):
    before, _ = small_pair(tmp_path)
    assert main(["compare", str(before), str(tmp_path / "missing.blueprint.json")]) == 2
    assert "missing.blueprint.json" in capsys.readouterr().err


def test_the_check_report_gives_the_cost_to_serve_a_case_and_a_year():
    from blueprint.check import analyse
    from blueprint.report import render_report

    blueprint = load_blueprint(PAIRS[0][0])
    result, metrics = analyse(blueprint)
    text = Page(render_report(blueprint, result, metrics)).all_text()
    assert "€143.83 (staff time €85.83, contacts €58.00)" in text
    assert "€172,600.00 for 1,200 cases" in text
