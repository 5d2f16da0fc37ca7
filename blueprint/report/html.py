"""``render_report``: one self-contained HTML page with the concept, the metrics, the
emotion curve and the findings grouped by step, each with what to do instead.

The page loads nothing from anywhere (inline CSS and SVG, a content security policy that
forbids scripts and network access) so it can be mailed, archived and opened offline.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape
from pathlib import Path

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


PICTURE_MAX_STEPS = 1_000
"""A journey with more steps than this gets no picture in its report: drawn into the page
(about 10 kB of SVG a step) it would make the page too large for a browser to open."""


@dataclass(frozen=True, slots=True)
class PictureLeftOut:
    """In place of the picture: the report says it is left out and how to make it.

    ``steps`` is how many steps the journey has; ``source`` the blueprint file's name for
    the export command ("" when it has none yet).
    """

    steps: int
    source: str = ""


def render_report(blueprint: Blueprint, result: CheckResult, metrics: Metrics,
                  concept: ServiceConcept | None = None,
                  picture_svg: str | Iterable[str] | PictureLeftOut | None = None, *,
                  language: str | None = None) -> str:
    """The whole report page as HTML text (:func:`report_parts`, joined)."""
    return "".join(report_parts(blueprint, result, metrics, concept, picture_svg, language=language))


def report_parts(blueprint: Blueprint, result: CheckResult, metrics: Metrics,
                 concept: ServiceConcept | None = None,
                 picture_svg: str | Iterable[str] | PictureLeftOut | None = None, *,
                 language: str | None = None) -> Iterator[str]:
    """The report page as pieces of HTML text, in order, to be written one after another.

    ``concept`` is the concept the journey was checked against (default: the blueprint's
    own). ``picture_svg`` is a picture of the blueprint made by our own SVG exporter: its
    text, or its pieces as they are made (so a large picture never sits in memory whole);
    it is embedded as it is (trusted markup), without its XML prologue. A
    :class:`PictureLeftOut` says instead that the picture is left out and how to make it.
    The page's own words are in ``language`` (default: the blueprint's), which should be
    the language ``result`` was checked in.
    """
    concept = blueprint.concept if concept is None else concept
    say = Wording.for_language(language or blueprint.language)
    title = escape(blueprint.title)
    page_title = escape(say("Check: {title}", title=blueprint.title))
    kind_of_page = escape(say("Service blueprint check"))
    footer = escape(say("Made by Service Blueprint Designer. The program's Help menu defines every "
                        "metric and explains every rule."))
    yield (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(say.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{page_title}</title>\n"
        f"<style>{REPORT_CSS}</style>\n</head>\n<body>\n"
    )
    yield "\n".join([
        f"<header><h1>{title}</h1><p class=\"muted\">{kind_of_page}</p>"
        f"{journey_summary(blueprint, say)}{_summary(result, say)}</header>",
        concept_section(concept, say),
        metrics_section(metrics, say),
        emotion_section(metrics, say),
        fail_points_section(blueprint, say),
    ])
    if isinstance(picture_svg, PictureLeftOut):
        yield "\n" + _picture_left_out(picture_svg, say)
    elif picture_svg is not None:
        yield f'\n<section id="picture"><h2>{escape(say("The blueprint"))}</h2><div class="picture">'
        yield from _inline_svg([picture_svg] if isinstance(picture_svg, str) else picture_svg)
        yield "</div></section>"
    yield "\n"
    yield from findings_parts(blueprint, result, say)
    yield f"\n<footer>{footer}</footer>\n</body>\n</html>\n"


def _picture_left_out(left_out: PictureLeftOut, say: Wording) -> str:
    """The picture's section when the picture is left out: why, and the command that makes it."""
    source = left_out.source or "FILE.blueprint.json"
    stem = source.removesuffix(".json").removesuffix(".blueprint") if left_out.source else "picture"
    command = f"blueprint export {shlex.quote(source)} -o {shlex.quote(Path(stem).name + '.svg')}"
    why = say("The picture of this journey's {count:,} steps is left out: drawn into this page it would "
              "make the page too large to open in a browser. Every finding is listed below.",
              count=left_out.steps)
    how = say("Export the whole picture from the program (File › Export…), or on the command line:")
    return (f'<section id="picture"><h2>{escape(say("The blueprint"))}</h2>'
            f"<p>{escape(why)}</p><p>{escape(how)}</p><pre><code>{escape(command)}</code></pre></section>")


def _summary(result: CheckResult, say: Wording) -> str:
    counts = [(severity, result.count(severity)) for severity in SEVERITY_ORDER]
    items = "".join(f'<li><span class="severity {severity}">{escape(say(SEVERITY_COUNTS[severity]))}'
                    f"</span> {say.number(count, ',')}</li>" for severity, count in counts)
    return f'<ul class="summary" aria-label="{escape(say("Findings by severity"))}">{items}</ul>'


def _inline_svg(pieces: Iterable[str]) -> Iterator[str]:
    """The SVG's pieces from its ``<svg`` element on: the XML prologue is left out."""
    started = False
    for piece in pieces:
        if not started:
            start = piece.find("<svg")
            if start < 0:
                raise ValueError("picture_svg is not an SVG document")
            piece, started = piece[start:], True
        yield piece


def findings_section(blueprint: Blueprint, result: CheckResult, say: Wording) -> str:
    """The findings under the first step each concerns, steps in journey order; findings
    about no step (the concept, the journey as a whole) first."""
    return "".join(findings_parts(blueprint, result, say))


def findings_parts(blueprint: Blueprint, result: CheckResult, say: Wording) -> Iterator[str]:
    """:func:`findings_section` a step's findings at a time: the list stays complete, however
    long, without the whole of it held as one text."""
    titles = _titles(blueprint)
    step_ids = {step.id for step in blueprint.steps}
    general: list[Finding] = []
    by_step: dict[str, list[Finding]] = {}
    for finding in result.findings:
        first = next((element for element in finding.elements if element in step_ids), None)
        (general if first is None else by_step.setdefault(first, [])).append(finding)
    yield f'<section id="findings"><h2>{escape(say("Findings"))}</h2>'
    if not result.findings:
        nothing = say("The check found nothing: the journey keeps the concept's promise.")
        yield f"<p>{escape(nothing)}</p>"
    if general:
        yield f"<h3>{escape(say('The concept and the journey as a whole'))}</h3>"
        yield _finding_list(general, titles, None, say)
    lanes = {lane.id: lane.title for lane in blueprint.lanes}
    for step in journey_order(blueprint):
        if step.id in by_step:
            yield step_heading(step, lanes.get(step.lane, step.lane)) + _finding_list(by_step[step.id], titles, step.id, say)
    yield _suppressed(blueprint, result, titles, say)
    yield "</section>"


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
