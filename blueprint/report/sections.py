"""The sections of the HTML report: concept, metrics, emotion curve, findings.

Each function returns an HTML fragment. Every piece of text that comes from the user or
from a finding goes through :func:`html.escape`; nothing else is trusted.
"""

from __future__ import annotations

from html import escape

from blueprint.analysis.metrics import Metrics
from blueprint.check.rules.concept_incomplete import QUESTIONS
from blueprint.model import Blueprint, ServiceConcept, Step
from blueprint.report.chart import emotion_curve_svg, signed

UNANSWERED = '<span class="unanswered">not answered</span>'


def paragraphs(text: str) -> str:
    """User text as escaped paragraphs, one per blank-line-separated block."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks if block)


def concept_section(concept: ServiceConcept) -> str:
    """Each essential question with its answer (or "not answered"), then rules and standards."""
    rows = []
    for field_name, question in QUESTIONS.items():
        answer = getattr(concept, field_name)
        if field_name == "intervention_policy" and concept.intervene_when:
            conditions = " and ".join(c.describe() for c in concept.intervene_when)
            answer = f"{answer}\n\nIntervene when: {conditions}".strip()
        shown = paragraphs(answer) if answer.strip() else UNANSWERED
        rows.append(f"<tr><th>{escape(question)}</th><td>{shown}</td></tr>")
    name = f"<p>Concept: <strong>{escape(concept.name)}</strong></p>" if concept.name.strip() else ""
    experience = (f"<p>Experience aimed for: {escape(concept.experience)}</p>"
                  if concept.experience.strip() else "")
    return (f'<section id="concept"><h2>The service concept</h2>{name}{experience}'
            f"<table>{''.join(rows)}</table>{_standards(concept)}</section>")


def _standards(concept: ServiceConcept) -> str:
    standards = concept.standards
    items = []
    if standards.max_contacts_per_need is not None:
        items.append(f"At most {standards.max_contacts_per_need} contacts per need")
    if standards.max_waiting_minutes is not None:
        items.append(f"At most {_minutes(standards.max_waiting_minutes)} of waiting")
    if standards.refusal_names_alternative:
        items.append("Every refusal names the alternative")
    if standards.finish_started_interventions:
        items.append("An intervention once started is finished")
    for rule in concept.channel_rules:
        forbidden = ", ".join(str(channel) for channel in rule.forbidden) or "no channel"
        label = rule.description.strip() or f"Steps of kind {rule.kind} never use {forbidden}"
        items.append(label)
    listed = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<h3>Standards and channel rules</h3><ul>{listed}</ul>" if items else ""


def _minutes(minutes: float) -> str:
    if minutes < 120:
        return f"{minutes:,.4g} min"
    hours, rest = divmod(round(minutes), 60)
    return f"{hours:,} h {rest} min"


def _share(ratio: float | None, missing: str) -> str:
    return f'<span class="muted">— ({missing})</span>' if ratio is None else f"{ratio:.1%}"


def _metric_rows(metrics: Metrics) -> list[tuple[str, str]]:
    m = metrics
    per_need = (f'<span class="muted">— (no need resolved or referred)</span>'
                if m.avoidable_contacts_per_resolved_need is None
                else f"{m.avoidable_contacts_per_resolved_need:.2f}")
    if m.staff_cost_of_waste_eur is None:
        cost = '<span class="muted">— (the concept sets no staff hourly rate)</span>'
    else:
        cost = f"€ {m.staff_cost_of_waste_eur:,.2f} (at € {m.staff_hourly_rate_eur:,.2f} an hour)"
    return [
        ("Contacts", f"{m.contacts:,}"),
        ("Avoidable contacts (wasted, repeat contacts, escalations)", f"{m.avoidable_contacts:,}"),
        ("Needs resolved or referred", f"{m.resolved_needs:,} of {m.needs:,}"),
        ("Avoidable contacts per resolved need", per_need),
        ("Steps valuable / necessary / wasted / unmarked",
         f"{m.valuable:,} / {m.necessary:,} / {m.wasted:,} / {m.unmarked:,}"),
        ("Share of steps wasted", _share(m.wasted_share, "no steps")),
        ("Customer time", f"{_minutes(m.customer_minutes)}, of which "
                          f"{_minutes(m.customer_minutes_wasted)} wasted"),
        ("Customer waiting", _minutes(m.waiting_minutes)),
        ("Lead time (customer time + waiting)", _minutes(m.lead_time_minutes)),
        ("Value-added ratio (valuable customer time ÷ lead time)",
         _share(m.value_added_ratio, "no customer time recorded")),
        ("Staff time", f"{_minutes(m.staff_minutes)}, of which "
                       f"{_minutes(m.staff_minutes_wasted)} wasted"),
        ("Staff cost of waste", cost),
        ("Hand-offs", f"{m.hand_offs:,}"),
        ("Channel switches", f"{m.channel_switches:,}"),
    ]


def metrics_section(metrics: Metrics) -> str:
    """The metrics as a two-column table (definitions: docs/metrics.md)."""
    rows = "".join(f'<tr><th>{escape(label)}</th><td class="number">{value}</td></tr>'
                   for label, value in _metric_rows(metrics))
    return f'<section id="metrics"><h2>Metrics</h2><table>{rows}</table></section>'


def emotion_section(metrics: Metrics) -> str:
    """The emotion curve as a chart, with the same points as a list for screen readers."""
    points = metrics.emotion_curve
    if not points:
        body = '<p class="muted">No step has an emotion yet.</p>'
    else:
        listed = "".join(f"<li>{escape(p.title)}: {signed(p.emotion)}</li>" for p in points)
        body = (f'<div class="chart">{emotion_curve_svg(points)}</div>'
                f"<details><summary>The {len(points):,} points as a list</summary>"
                f"<ol>{listed}</ol></details>")
    return f'<section id="emotion"><h2>The emotion curve</h2>{body}</section>'


def step_heading(step: Step, lane_title: str) -> str:
    """A findings group's heading: the step's title, its lane and id."""
    return (f"<h3>{escape(step.title)} <span class=\"muted\">({escape(lane_title)}, "
            f"<code>{escape(step.id)}</code>)</span></h3>")


def journey_summary(blueprint: Blueprint) -> str:
    """Who the journey is for and by whom, from the blueprint's own fields."""
    parts = []
    if blueprint.organisation.strip():
        parts.append(f"<p>Organisation: {escape(blueprint.organisation)}</p>")
    if blueprint.customer.persona.strip():
        parts.append(f"<p>Customer: {escape(blueprint.customer.persona)}</p>")
    if blueprint.customer.goal.strip():
        parts.append(f"<p>Goal: {escape(blueprint.customer.goal)}</p>")
    if blueprint.description.strip():
        parts.append(paragraphs(blueprint.description))
    return "".join(parts)
