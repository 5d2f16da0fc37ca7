"""``render_report``: one self-contained HTML page with the concept, the metrics, the
emotion curve and the findings grouped by step, each with what to do instead.

The page loads nothing from anywhere (inline CSS and SVG, a content security policy that
forbids scripts and network access) so it can be mailed, archived and opened offline.
"""

from __future__ import annotations

from html import escape

from blueprint.analysis.metrics import Metrics, journey_order
from blueprint.check.finding import CheckResult, Finding
from blueprint.check.wording import Wording, template
from blueprint.model import Blueprint, ServiceConcept, Severity
from blueprint.report.sections import (
    concept_section,
    emotion_section,
    fail_points_section,
    journey_summary,
    metrics_section,
    step_heading,
)
from blueprint.report.style import REPORT_CSS

CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
SEVERITY_NAMES = {Severity.ERROR: template("error"), Severity.WARNING: template("warning"),
                  Severity.INFO: template("info"), Severity.OFF: template("off")}
"""Each severity as a finding's badge names it."""
SEVERITY_COUNTS = {Severity.ERROR: template("errors"), Severity.WARNING: template("warnings"),
                   Severity.INFO: template("infos")}
"""Each severity as the summary counts it."""


def render_report(blueprint: Blueprint, result: CheckResult, metrics: Metrics,
                  concept: ServiceConcept | None = None, picture_svg: str | None = None, *,
                  language: str | None = None) -> str:
    """The whole report page as HTML text.

    ``concept`` is the concept the journey was checked against (default: the blueprint's
    own). ``picture_svg`` is a picture of the blueprint made by our own SVG exporter; it is
    embedded as it is (trusted markup), without its XML prologue. The page's own words are
    in ``language`` (default: the blueprint's), which should be the language ``result``
    was checked in.
    """
    concept = blueprint.concept if concept is None else concept
    say = Wording.for_language(language or blueprint.language)
    title = escape(blueprint.title)
    page_title = escape(say("Check: {title}", title=blueprint.title))
    kind_of_page = escape(say("Service blueprint check"))
    footer = escape(say("Made by Service Blueprint Designer. The program's Help menu defines every "
                        "metric and explains every rule."))
    body = [
        f"<header><h1>{title}</h1><p class=\"muted\">{kind_of_page}</p>"
        f"{journey_summary(blueprint, say)}{_summary(result, say)}</header>",
        concept_section(concept, say),
        metrics_section(metrics, say),
        emotion_section(metrics, say),
        fail_points_section(blueprint, say),
    ]
    if picture_svg is not None:
        body.append(f'<section id="picture"><h2>{escape(say("The blueprint"))}</h2>'
                    f'<div class="picture">{_inline_svg(picture_svg)}</div></section>')
    body.append(findings_section(blueprint, result, say))
    body.append(f"<footer>{footer}</footer>")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(say.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{page_title}</title>\n"
        f"<style>{REPORT_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _summary(result: CheckResult, say: Wording) -> str:
    counts = [(severity, result.count(severity)) for severity in SEVERITY_ORDER]
    items = "".join(f'<li><span class="severity {severity}">{escape(say(SEVERITY_COUNTS[severity]))}'
                    f"</span> {say.number(count, ',')}</li>" for severity, count in counts)
    return f'<ul class="summary" aria-label="{escape(say("Findings by severity"))}">{items}</ul>'


def _inline_svg(svg: str) -> str:
    start = svg.find("<svg")
    if start < 0:
        raise ValueError("picture_svg is not an SVG document")
    return svg[start:]


def findings_section(blueprint: Blueprint, result: CheckResult, say: Wording) -> str:
    """The findings under the first step each concerns, steps in journey order; findings
    about no step (the concept, the journey as a whole) first."""
    titles = _titles(blueprint)
    step_ids = {step.id for step in blueprint.steps}
    general: list[Finding] = []
    by_step: dict[str, list[Finding]] = {}
    for finding in result.findings:
        first = next((element for element in finding.elements if element in step_ids), None)
        (general if first is None else by_step.setdefault(first, [])).append(finding)
    parts = [f'<section id="findings"><h2>{escape(say("Findings"))}</h2>']
    if not result.findings:
        nothing = say("The check found nothing: the journey keeps the concept's promise.")
        parts.append(f"<p>{escape(nothing)}</p>")
    if general:
        parts.append(f"<h3>{escape(say('The concept and the journey as a whole'))}</h3>")
        parts.append(_finding_list(general, titles, None, say))
    lanes = {lane.id: lane.title for lane in blueprint.lanes}
    for step in journey_order(blueprint):
        if step.id in by_step:
            parts.append(step_heading(step, lanes.get(step.lane, step.lane)))
            parts.append(_finding_list(by_step[step.id], titles, step.id, say))
    parts.append(_suppressed(blueprint, result, titles, say))
    parts.append("</section>")
    return "".join(parts)


def _titles(blueprint: Blueprint) -> dict[str, str]:
    titles = {flow.id: flow.label or flow.id for flow in blueprint.flows}
    for group in (blueprint.needs, blueprint.lanes, blueprint.steps):
        titles.update((element.id, element.title) for element in group)
    return titles


def _finding_list(findings: list[Finding], titles: dict[str, str], shown_under: str | None,
                  say: Wording) -> str:
    items = []
    instead = escape(say("What to do instead:"))
    for finding in findings:
        severity = escape(str(finding.severity))
        badge = escape(say(SEVERITY_NAMES[finding.severity]))
        others = [titles.get(e, e) for e in finding.elements if e != shown_under]
        also = ""
        if others:
            concerns = escape(say("Also concerns: {titles}", titles=", ".join(others)))
            also = f'<p class="muted">{concerns}</p>'
        items.append(
            f'<li class="{severity}"><span class="severity {severity}">{badge}</span> '
            f'{escape(finding.message)} <span class="rule">{escape(finding.rule)}</span>'
            f'<p class="hint"><strong>{instead}</strong> {escape(finding.hint)}</p>'
            f"{also}</li>")
    return f'<ul class="findings">{"".join(items)}</ul>'


def _suppressed(blueprint: Blueprint, result: CheckResult, titles: dict[str, str], say: Wording) -> str:
    if not result.suppressed:
        return ""
    reasons = {(s.rule, s.element): s.reason for s in blueprint.suppressions}
    items = []
    for finding in result.suppressed:
        why = next((reasons[(finding.rule, e)] for e in finding.elements
                    if (finding.rule, e) in reasons), "")
        items.append(f"<li>{escape(finding.message)} <span class=\"rule\">{escape(finding.rule)}"
                     f"</span><br><span class=\"muted\">{escape(say('Reason: {reason}', reason=why))}"
                     f"</span></li>")
    summary = escape(say("Suppressed by the team: {count:,}", count=len(result.suppressed)))
    return f"<details><summary>{summary}</summary><ul>{''.join(items)}</ul></details>"
