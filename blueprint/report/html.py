"""``render_report``: one self-contained HTML page with the concept, the metrics, the
emotion curve and the findings grouped by step, each with what to do instead.

The page loads nothing from anywhere (inline CSS and SVG, a content security policy that
forbids scripts and network access) so it can be mailed, archived and opened offline.
"""

from __future__ import annotations

from html import escape

from blueprint.analysis.metrics import Metrics, journey_order
from blueprint.check.finding import CheckResult, Finding
from blueprint.model import Blueprint, ServiceConcept, Severity
from blueprint.report.sections import (
    concept_section,
    emotion_section,
    journey_summary,
    metrics_section,
    step_heading,
)
from blueprint.report.style import REPORT_CSS

CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def render_report(blueprint: Blueprint, result: CheckResult, metrics: Metrics,
                  concept: ServiceConcept | None = None, picture_svg: str | None = None) -> str:
    """The whole report page as HTML text.

    ``concept`` is the concept the journey was checked against (default: the blueprint's
    own). ``picture_svg`` is a picture of the blueprint made by our own SVG exporter; it is
    embedded as it is (trusted markup), without its XML prologue.
    """
    concept = blueprint.concept if concept is None else concept
    title = escape(blueprint.title)
    body = [
        f"<header><h1>{title}</h1><p class=\"muted\">Service blueprint check</p>"
        f"{journey_summary(blueprint)}{_summary(result)}</header>",
        concept_section(concept),
        metrics_section(metrics),
        emotion_section(metrics),
    ]
    if picture_svg is not None:
        body.append(f'<section id="picture"><h2>The blueprint</h2>'
                    f'<div class="picture">{_inline_svg(picture_svg)}</div></section>')
    body.append(findings_section(blueprint, result))
    body.append("<footer>Made by Service Blueprint Designer. Metric definitions: "
                "docs/metrics.md; rules: docs/rules/.</footer>")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(blueprint.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Check: {title}</title>\n<style>{REPORT_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _summary(result: CheckResult) -> str:
    counts = [(severity, result.count(severity)) for severity in SEVERITY_ORDER]
    items = "".join(f'<li><span class="severity {severity}">{severity}s</span> {count:,}</li>'
                    for severity, count in counts)
    return f'<ul class="summary" aria-label="Findings by severity">{items}</ul>'


def _inline_svg(svg: str) -> str:
    start = svg.find("<svg")
    if start < 0:
        raise ValueError("picture_svg is not an SVG document")
    return svg[start:]


def findings_section(blueprint: Blueprint, result: CheckResult) -> str:
    """The findings under the first step each concerns, steps in journey order; findings
    about no step (the concept, the journey as a whole) first."""
    titles = _titles(blueprint)
    step_ids = {step.id for step in blueprint.steps}
    general: list[Finding] = []
    by_step: dict[str, list[Finding]] = {}
    for finding in result.findings:
        first = next((element for element in finding.elements if element in step_ids), None)
        (general if first is None else by_step.setdefault(first, [])).append(finding)
    parts = ['<section id="findings"><h2>Findings</h2>']
    if not result.findings:
        parts.append("<p>The check found nothing: the journey keeps the concept's promise.</p>")
    if general:
        parts.append("<h3>The concept and the journey as a whole</h3>")
        parts.append(_finding_list(general, titles, shown_under=None))
    lanes = {lane.id: lane.title for lane in blueprint.lanes}
    for step in journey_order(blueprint):
        if step.id in by_step:
            parts.append(step_heading(step, lanes.get(step.lane, step.lane)))
            parts.append(_finding_list(by_step[step.id], titles, shown_under=step.id))
    parts.append(_suppressed(blueprint, result, titles))
    parts.append("</section>")
    return "".join(parts)


def _titles(blueprint: Blueprint) -> dict[str, str]:
    titles = {flow.id: flow.label or flow.id for flow in blueprint.flows}
    for group in (blueprint.needs, blueprint.lanes, blueprint.steps):
        titles.update((element.id, element.title) for element in group)
    return titles


def _finding_list(findings: list[Finding], titles: dict[str, str], shown_under: str | None) -> str:
    items = []
    for finding in findings:
        severity = escape(str(finding.severity))
        others = [titles.get(e, e) for e in finding.elements if e != shown_under]
        also = (f'<p class="muted">Also concerns: {escape(", ".join(others))}</p>'
                if others else "")
        items.append(
            f'<li class="{severity}"><span class="severity {severity}">{severity}</span> '
            f'{escape(finding.message)} <span class="rule">{escape(finding.rule)}</span>'
            f'<p class="hint"><strong>What to do instead:</strong> {escape(finding.hint)}</p>'
            f"{also}</li>")
    return f'<ul class="findings">{"".join(items)}</ul>'


def _suppressed(blueprint: Blueprint, result: CheckResult, titles: dict[str, str]) -> str:
    if not result.suppressed:
        return ""
    reasons = {(s.rule, s.element): s.reason for s in blueprint.suppressions}
    items = []
    for finding in result.suppressed:
        why = next((reasons[(finding.rule, e)] for e in finding.elements
                    if (finding.rule, e) in reasons), "")
        items.append(f"<li>{escape(finding.message)} <span class=\"rule\">{escape(finding.rule)}"
                     f"</span><br><span class=\"muted\">Reason: {escape(why)}</span></li>")
    return (f"<details><summary>Suppressed by the team: {len(result.suppressed):,}"
            f"</summary><ul>{''.join(items)}</ul></details>")
