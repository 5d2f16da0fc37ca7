"""The sections of the HTML report: concept, metrics, emotion curve, findings.

Each function returns an HTML fragment. Every piece of text that comes from the user or
from a finding goes through :func:`html.escape`; nothing else is trusted.
"""

from __future__ import annotations

from html import escape

from blueprint.analysis.metrics import Metrics
from blueprint.analysis.numbers import duration_parts, percent_digits, rounded_share
from blueprint.check.rules.concept_incomplete import QUESTIONS
from blueprint.check.wording import Wording, plural_count, template
from blueprint.model import Blueprint, Channel, CommitmentType, ServiceConcept, Step, StepKind
from blueprint.report.chart import emotion_curve_svg, signed

KIND_NAMES = {
    StepKind.ACTION: template("action"),
    StepKind.CONTACT: template("contact"),
    StepKind.ADMINISTRATION: template("administration"),
    StepKind.ESCALATION: template("escalation"),
    StepKind.INTERVENTION: template("intervention"),
    StepKind.NOTIFICATION: template("notification"),
}
"""Each kind of step, named in a channel rule without a description of its own."""

CHANNEL_NAMES = {
    Channel.IN_PERSON: template("in person"),
    Channel.PHONE: template("phone"),
    Channel.APP_WEB: template("app or web"),
    Channel.EMAIL: template("e-mail"),
    Channel.LETTER: template("letter"),
    Channel.INTERNAL: template("internal"),
    Channel.OTHER: template("another channel"),
}
"""Each channel, named in a channel rule without a description of its own."""


COMMITMENT_NAMES = {
    CommitmentType.RESULT: template("result"),
    CommitmentType.DEADLINE: template("deadline"),
    CommitmentType.NOTIFICATION: template("notification"),
    CommitmentType.CUSTOMER_DUTY: template("customer duty"),
    CommitmentType.CHANNEL: template("channel"),
}
"""Each type of commitment, as the report names it."""


def fail_points_section(blueprint: Blueprint, say: Wording) -> str:
    """The fail points (Shostack): each step marked so, its lane and what goes wrong."""
    lanes = {lane.id: lane.title for lane in blueprint.lanes}
    items = []
    for step in (step for step in blueprint.steps if step.fail_point):
        named = (f"{escape(step.title)} <span class=\"muted\">({escape(lanes.get(step.lane, step.lane))})"
                 "</span>")
        what = step.fail_point_text.strip()  # the fields are escaped; the catalogues hold no markup
        items.append(f"<li>{say('{step}: {what}', step=named, what=escape(what)) if what else named}</li>")
    if not items:
        return ""
    return f'<section id="fail-points"><h2>{escape(say("Fail points"))}</h2><ul>{"".join(items)}</ul></section>'


def paragraphs(text: str) -> str:
    """User text as escaped paragraphs, one per blank-line-separated block."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks if block)


def concept_section(concept: ServiceConcept, say: Wording) -> str:
    """Each essential question with its answer (or "not answered"), then rules and standards."""
    unanswered = f'<span class="unanswered">{escape(say("not answered"))}</span>'
    rows = []
    for field_name, question in QUESTIONS.items():
        answer = getattr(concept, field_name)
        if field_name == "intervention_policy" and concept.intervene_when:
            conditions = say.all_of(c.describe() for c in concept.intervene_when)
            answer = f"{answer}\n\n{say('Intervene when: {conditions}', conditions=conditions)}".strip()
        shown = paragraphs(answer) if answer.strip() else unanswered
        rows.append(f"<tr><th>{escape(say(question))}</th><td>{shown}</td></tr>")
    name = experience = ""
    if concept.name.strip():  # the template is ours; the name is escaped into it
        name = f"<p>{say('Concept: {name}', name=f'<strong>{escape(concept.name)}</strong>')}</p>"
    if concept.experience.strip():
        aimed = say("Experience aimed for: {experience}", experience=concept.experience)
        experience = f"<p>{escape(aimed)}</p>"
    return (f'<section id="concept"><h2>{escape(say("The service concept"))}</h2>{name}{experience}'
            f"<table>{''.join(rows)}</table>{_standards(concept, say)}</section>")


def _standards(concept: ServiceConcept, say: Wording) -> str:
    standards = concept.standards
    items = []
    if standards.max_contacts_per_need == 1:
        items.append(say("At most one contact per need"))
    elif standards.max_contacts_per_need is not None:
        items.append(say.plural("At most {count} contact per need", "At most {count} contacts per need",
                                standards.max_contacts_per_need))
    if standards.max_hand_offs_per_need is not None:
        items.append(say("At most one hand-off per need") if standards.max_hand_offs_per_need == 1 else
                     say.plural("At most {count} hand-off per need", "At most {count} hand-offs per need",
                                standards.max_hand_offs_per_need))
    if standards.fail_points_need_recovery:
        items.append(say("Every fail point has a recovery step"))
    if standards.max_waiting_minutes is not None:
        items.append(say("At most {duration} of waiting",
                         duration=minutes_text(standards.max_waiting_minutes, say)))
    if standards.refusal_names_alternative:
        items.append(say("Every refusal names the alternative"))
    if standards.finish_started_interventions:
        items.append(say("An intervention once started is finished"))
    for rule in concept.channel_rules:
        items.append(rule.description.strip() or _channel_rule(rule.kind, rule.forbidden, say))
    for commitment in concept.commitments:
        if commitment.text.strip():
            items.append(say("Commitment ({kind}): {text}", kind=say(COMMITMENT_NAMES[commitment.type]),
                             text=commitment.text.strip()))
    listed = "".join(f"<li>{escape(item)}</li>" for item in items)
    heading = escape(say("Standards and channel rules"))
    return f"<h3>{heading}</h3><ul>{listed}</ul>" if items else ""


def _channel_rule(kind: StepKind, forbidden: list[Channel], say: Wording) -> str:
    if not forbidden:
        return say("Steps of kind '{kind}' may use any channel", kind=say(KIND_NAMES[kind]))
    return say("Steps of kind '{kind}' never use: {channels}", kind=say(KIND_NAMES[kind]),
               channels=", ".join(say(CHANNEL_NAMES[channel]) for channel in forbidden))


def minutes_text(minutes: float, say: Wording) -> str:
    """A duration as every place shows it (:mod:`blueprint.analysis.numbers`): ``4.5 min``,
    ``2 h 5 min``."""
    hours, rest = duration_parts(minutes)
    if not hours:
        return say("{minutes} min", minutes=say.number(rest, "g"))  # under an hour: one decimal at most
    return say("{hours:,} h {minutes} min", hours=hours, minutes=int(rest))


def _share(ratio: float | None, missing: str, say: Wording) -> str:
    return _missing(missing) if ratio is None else share_text(ratio, say)


def share_text(share: float, say: Wording) -> str:
    """A share as a percentage with two significant digits (:func:`~blueprint.analysis.numbers.percent_text`),
    written for the locale: ``53%``, ``0,012%``, ``4,5 %``."""
    share = rounded_share(share)
    return say.percent(share, percent_digits(share))


def _missing(reason: str) -> str:
    return f'<span class="muted">— ({escape(reason)})</span>'


def _metric_rows(m: Metrics, say: Wording) -> list[tuple[str, str]]:
    number, minutes = say.number, (lambda value: minutes_text(value, say))
    per_need = (_missing(say("no need resolved or referred"))
                if m.avoidable_contacts_per_resolved_need is None
                else number(m.avoidable_contacts_per_resolved_need, ".2f"))
    if m.staff_cost_of_waste_eur is None:
        cost = _missing(say("the concept sets no staff hourly rate"))
    else:
        cost = say("{cost} (at {rate} an hour)", cost=say.money(m.staff_cost_of_waste_eur),
                   rate=say.money(m.staff_hourly_rate_eur))
    return [
        (say("Contacts"), number(m.contacts, ",")),
        (say("Avoidable contacts (wasted, repeat contacts, escalations)"),
         number(m.avoidable_contacts, ",")),
        (say("Needs resolved or referred"), say("{resolved:,} of {needs:,}", resolved=m.resolved_needs,
                                                  needs=m.needs)),
        (say("Avoidable contacts per resolved need"), per_need),
        (say("Steps valuable / necessary / wasted / unmarked"),
         " / ".join(number(count, ",") for count in (m.valuable, m.necessary, m.wasted, m.unmarked))),
        (say("Share of steps wasted"), _share(m.wasted_share, say("no steps"), say)),
        (say("Customer time"), say("{total}, of which {wasted} wasted",
                                   total=minutes(m.customer_minutes),
                                   wasted=minutes(m.customer_minutes_wasted))),
        (say("Customer waiting"), minutes(m.waiting_minutes)),
        (say("Time drawn on flows"), minutes(m.delay_minutes)),
        (say("The customer's lead time (customer time + waiting + time on flows)"),
         minutes(m.customer_lead_time_minutes)),
        (say("Value-added ratio, customer view (valuable customer time ÷ the customer's lead time)"),
         _share(m.customer_value_added_ratio, say("no customer time recorded"), say)),
        (say("Lead time (each step's longer of customer and staff time + waiting + time on flows)"),
         minutes(m.lead_time_minutes)),
        (say("Value-added ratio, process view (value-adding work of staff and customer ÷ lead time)"),
         _share(m.value_added_ratio, say("no time recorded"), say)),
        (say("Staff time"), say("{total}, of which {wasted} wasted", total=minutes(m.staff_minutes),
                                wasted=minutes(m.staff_minutes_wasted))),
        (say("Staff cost of waste"), cost),
        *_cost_rows(m, say),
        (say("Hand-offs"), number(m.hand_offs, ",")),
        (say("Hand-offs between organisations"), number(m.hand_offs_between_organisations, ",")),
        (say("Fail points"), number(m.fail_points, ",")),
        (say("Channel switches"), number(m.channel_switches, ",")),
    ]


def _cost_rows(m: Metrics, say: Wording) -> list[tuple[str, str]]:
    """Cost to serve a case and, with a volume, a year (docs/metrics.md)."""
    cost = m.cost
    if cost.cost_to_serve_eur is None:
        return [(say("Cost to serve a case"), _missing(say("the concept sets no staff hourly rate")))]
    rows = [(say("Cost to serve a case"),
             say("{cost} (staff time {staff}, contacts {contacts})", cost=say.money(cost.cost_to_serve_eur),
                 staff=say.money(cost.staff_cost_eur), contacts=say.money(cost.contact_cost_eur)))]
    if cost.cases_per_year is not None:
        rows.append((say("Cost to serve a year"), say.plural(
            "{cost} for {cases:,.0f} case", "{cost} for {cases:,.0f} cases", plural_count(cost.cases_per_year),
            cost=say.money(cost.cost_to_serve_per_year_eur), cases=cost.cases_per_year)))
    return rows


def metrics_section(metrics: Metrics, say: Wording) -> str:
    """The metrics as a two-column table (definitions: blueprint/resources/help/metrics.md)."""
    rows = "".join(f'<tr><th>{escape(label)}</th><td class="number">{value}</td></tr>'
                   for label, value in _metric_rows(metrics, say))
    return f'<section id="metrics"><h2>{escape(say("Metrics"))}</h2><table>{rows}</table></section>'


def emotion_section(metrics: Metrics, say: Wording) -> str:
    """The emotion curve as a chart, with the same points as a list for screen readers."""
    points = metrics.emotion_curve
    if not points:
        body = f'<p class="muted">{escape(say("No step has an emotion yet."))}</p>'
    else:
        listed = "".join(f"<li>{say('{step}: {emotion}', step=escape(p.title), emotion=signed(p.emotion))}</li>"
                         for p in points)
        body = (f'<div class="chart">{emotion_curve_svg(points, say)}</div>'
                f"<details><summary>{escape(say.plural('The {count:,} point as a list', 'The {count:,} points as a list', len(points)))}"
                f"</summary><ol>{listed}</ol></details>")
    return f'<section id="emotion"><h2>{escape(say("The emotion curve"))}</h2>{body}</section>'


def step_heading(step: Step, lane_title: str) -> str:
    """A findings group's heading: the step's title, its lane and id."""
    return (f"<h3>{escape(step.title)} <span class=\"muted\">({escape(lane_title)}, "
            f"<code>{escape(step.id)}</code>)</span></h3>")


def journey_summary(blueprint: Blueprint, say: Wording) -> str:
    """Who the journey is for and by whom, from the blueprint's own fields."""
    parts = []
    for label, text in ((template("Organisation: {text}"), blueprint.organisation),
                        (template("Customer: {text}"), blueprint.customer.persona),
                        (template("Goal: {text}"), blueprint.customer.goal)):
        if text.strip():
            parts.append(f"<p>{escape(say(label, text=text))}</p>")
    if blueprint.description.strip():
        parts.append(paragraphs(blueprint.description))
    return "".join(parts)
