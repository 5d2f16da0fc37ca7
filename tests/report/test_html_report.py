"""The HTML report: user text stays text, every section is there, findings sit under steps."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from blueprint.analysis.metrics import compute_metrics
from blueprint.check import CheckResult, Finding, run_check
from blueprint.model import Blueprint, Customer, Flow, Need, ServiceConcept, Step, Suppression
from blueprint.model.vocabulary import Severity, StepKind
from blueprint.report import render_report

HOSTILE = "<script>alert('x')</script>"


class Page(HTMLParser):
    """The parsed page: every start tag with its attributes, and the text outside markup."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def tag_names(self) -> set[str]:
        return {tag for tag, _ in self.tags}

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.tags if attrs.get("id")}

    def all_text(self) -> str:
        return "".join(self.text)


def hostile_blueprint() -> Blueprint:
    return Blueprint(
        title=HOSTILE,
        description="Desc ]]> <b>bold</b>",
        organisation="<iframe src=x>",
        customer=Customer(persona='"><img src=x onerror=alert(1)>', goal="goal & more"),
        needs=[Need(id="need", title="<style>body{display:none}</style>")],
        steps=[
            Step(id="s1", title="<script>", lane="customer", kind=StepKind.CONTACT, need="need",
                 emotion=-2, x=40),
            Step(id="s2", title="]]>", lane="frontstage", kind=StepKind.CONTACT, need="need",
                 emotion=1, x=280),
        ],
        flows=[Flow(id="f1", source="s1", target="s2", label="<svg onload=alert(1)>")],
        concept=ServiceConcept(name="<script>concept</script>", promise="<b>We</b> & you"),
    )


def report_of(blueprint: Blueprint, result: CheckResult | None = None, **kwargs) -> str:
    result = run_check(blueprint) if result is None else result
    return render_report(blueprint, result, compute_metrics(blueprint), **kwargs)


def test_hostile_user_text_stays_text():
    page = Page(report_of(hostile_blueprint()))
    assert "script" not in page.tag_names()
    assert not {"iframe", "img", "b"} & page.tag_names()
    assert [tag for tag, _ in page.tags].count("style") == 1  # only the page's own style sheet
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    text = page.all_text()
    for shown in (HOSTILE, "<script>", "]]>", "<b>We</b> & you", "<iframe src=x>",
                  "<script>concept</script>", "Desc ]]> <b>bold</b>"):
        assert shown in text


def test_titles_in_the_emotion_chart_stay_text():
    page = Page(report_of(hostile_blueprint()))
    # the chart's hover titles and axis labels carry the step titles as text
    assert page.all_text().count("]]>") >= 3  # findings or list, chart title, chart label
    assert [tag for tag, _ in page.tags].count("svg") == 1


def test_every_section_is_there_and_nothing_is_fetched():
    html = report_of(hostile_blueprint())
    page = Page(html)
    assert {"concept", "metrics", "emotion", "findings"} <= page.ids()
    assert "picture" not in page.ids()
    assert html.startswith("<!DOCTYPE html>")
    fetching = [(tag, attrs) for tag, attrs in page.tags if "src" in attrs or "href" in attrs]
    assert fetching == []
    policy = [attrs for tag, attrs in page.tags if attrs.get("http-equiv") == "Content-Security-Policy"]
    assert policy and "default-src 'none'" in policy[0]["content"]


def test_each_essential_question_with_its_answer_or_not_answered():
    text = Page(report_of(hostile_blueprint())).all_text()
    assert "What may the customer expect?" in text and "<b>We</b> & you" in text
    for question in ("When does the organisation intervene, and when not?",
                     "What does an intervention include?", "What result may the customer expect?",
                     "What must the customer do for it?", "What is deliberately left aside?"):
        assert question in text
    assert text.count("not answered") == 5


def test_a_separate_concept_replaces_the_blueprints_own():
    blueprint = hostile_blueprint()
    other = ServiceConcept(promise="One visit, one result", staff_hourly_rate_eur=60)
    html = render_report(blueprint, run_check(blueprint, other), compute_metrics(blueprint, other),
                         concept=other)
    text = Page(html).all_text()
    assert "One visit, one result" in text and "<b>We</b> & you" not in text


def test_findings_are_grouped_under_their_first_step_with_hints():
    blueprint = hostile_blueprint()
    result = CheckResult(findings=[
        Finding("whole-journey", Severity.WARNING, (), "About the journey", "Do the whole thing"),
        Finding("about-a-flow", Severity.INFO, ("f1",), "About a flow", "Fix the flow"),
        Finding("two-steps", Severity.ERROR, ("s2", "s1"), "About two steps", "Fix both"),
    ])
    text = Page(report_of(blueprint, result)).all_text()
    general = text.index("The concept and the journey as a whole")
    under_s2 = text.index("]]> (Frontstage")
    assert general < text.index("About the journey") < under_s2
    assert general < text.index("About a flow") < under_s2
    assert under_s2 < text.index("About two steps")
    assert "(Customer actions" not in text  # s1 has no finding of its own
    assert "Also concerns: <script>" in text
    for hint in ("Do the whole thing", "Fix the flow", "Fix both"):
        assert f"What to do instead: {hint}" in text
    assert "errors 1" in text and "warnings 1" in text and "infos 1" in text


def test_a_clean_check_says_so():
    text = Page(report_of(hostile_blueprint(), CheckResult())).all_text()
    assert "The check found nothing" in text


def test_suppressed_findings_are_listed_with_the_reason():
    blueprint = hostile_blueprint().model_copy(update={"suppressions": [
        Suppression(rule="unmarked-step", element="s1", reason="<agreed> in the workshop")]})
    result = CheckResult(suppressed=[
        Finding("unmarked-step", Severity.INFO, ("s1",), "Not marked", "Mark it")])
    text = Page(report_of(blueprint, result)).all_text()
    assert "Suppressed by the team: 1" in text
    assert "Reason: <agreed> in the workshop" in text


def test_picture_is_embedded_without_its_xml_prologue():
    svg = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           '<rect id="the-picture" width="10" height="10"/></svg>')
    html = report_of(hostile_blueprint(), picture_svg=svg)
    page = Page(html)
    assert "picture" in page.ids() and "the-picture" in page.ids()
    assert "<?xml" not in html
    with pytest.raises(ValueError):
        report_of(hostile_blueprint(), picture_svg="not a picture")


def test_a_journey_without_emotions_has_no_chart():
    blueprint = Blueprint(steps=[Step(id="s", title="Only step", lane="customer")])
    page = Page(report_of(blueprint))
    assert "svg" not in page.tag_names()
    assert "No step has an emotion yet." in page.all_text()


def test_metrics_are_shown_with_their_units():
    blueprint = Blueprint(
        steps=[Step(id="s", title="Queue", lane="customer", kind=StepKind.CONTACT,
                    value="wasted", waste=["waiting"], customer_minutes=30, staff_minutes=150)],
        concept=ServiceConcept(staff_hourly_rate_eur=40))
    text = Page(report_of(blueprint)).all_text()
    # 150 wasted staff minutes = 2.5 h x 40 EUR = 100 EUR
    assert "€100.00 (at €40.00 an hour)" in text
    assert "30 min, of which 30 min wasted" in text  # customer time, under two hours
    assert "2 h 30 min, of which 2 h 30 min wasted" in text  # staff time, in hours
    assert "— (no need resolved or referred)" in text
