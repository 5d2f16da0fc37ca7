"""The comparison of an as-is with its to-be, in words: a page for management and plain text.

:func:`render_comparison` writes one self-contained HTML page (inline CSS and SVG, a
content security policy that forbids scripts and network access): the headline savings
first, then the metrics side by side, the two emotion curves, the step changes and the
findings resolved, still open and new. :func:`comparison_text` says the same for a
terminal. Both speak the blueprints' language through the check's wording; every text
from a blueprint is escaped.
"""

from __future__ import annotations

from html import escape

from blueprint.analysis.compare import (
    Comparison,
    FindingStatus,
    MetricDifference,
    Saving,
    StepChange,
    StepPair,
)
from blueprint.check.wording import Wording, plural_count, template
from blueprint.report.chart import signed
from blueprint.report.comparison_chart import emotion_curves_svg
from blueprint.report.html import CONTENT_POLICY
from blueprint.report.sections import minutes_text, share_text
from blueprint.report.style import REPORT_CSS

METRIC_NAMES = {
    "contacts": template("Contacts"),
    "avoidable_contacts": template("Avoidable contacts"),
    "failure_demand": template("Failure demand (repeat contacts and escalations)"),
    "hand_offs": template("Hand-offs"),
    "channel_switches": template("Channel switches"),
    "customer_minutes": template("Customer time"),
    "customer_minutes_wasted": template("Customer time wasted"),
    "staff_minutes": template("Staff time"),
    "staff_cost_of_waste_eur": template("Staff cost of waste"),
    "cost_to_serve_eur": template("Cost to serve a case"),
    "value_added_ratio": template("Value-added ratio, process view"),
    "customer_value_added_ratio": template("Value-added ratio, customer view"),
    "lead_time_minutes": template("Lead time"),
    "fail_points": template("Fail points"),
    "emotion_low_point": template("Emotion low point"),
}
"""Each compared metric's name (keys of :attr:`Comparison.metrics`)."""

SAVING_NAMES = {
    "contacts": template("Contacts"),
    "avoidable_contacts": template("Avoidable contacts"),
    "customer_hours": template("Customer hours"),
    "staff_hours": template("Staff hours"),
    "cost_to_serve_eur": template("Cost to serve"),
}
"""Each saving's name (keys of :attr:`Comparison.savings`)."""

CHANGE_NAMES = {StepChange.KEPT: template("kept"), StepChange.CHANGED: template("changed"),
                StepChange.REMOVED: template("removed"), StepChange.ADDED: template("added")}
STATUS_HEADINGS = {FindingStatus.RESOLVED: template("Findings resolved"),
                   FindingStatus.OPEN: template("Findings still open"),
                   FindingStatus.NEW: template("New findings")}
FIELD_NAMES = {
    "title": template("title"), "lane": template("lane"), "kind": template("kind"),
    "channel": template("channel"), "value": template("value"), "waste": template("waste"),
    "customer_minutes": template("customer time"), "staff_minutes": template("staff time"),
    "waiting_minutes": template("waiting time"), "outcome": template("outcome"),
    "fail_point": template("fail point"), "emotion": template("emotion"),
}
"""The step fields a changed step lists, as :data:`COMPARED_STEP_FIELDS` names them."""

FOOTER = template("Made by Service Blueprint Designer. The program's Help menu defines every metric and "
                  "explains every rule.")
"""The report's own footer: the definitions ship with the program."""

MINUTES = {"customer_minutes", "customer_minutes_wasted", "staff_minutes", "lead_time_minutes"}
EURO = {"staff_cost_of_waste_eur", "cost_to_serve_eur"}
RATIOS = {"value_added_ratio", "customer_value_added_ratio"}


# ---------------------------------------------------------------- values in words


def metric_value(key: str, value: float | None, say: Wording) -> str:
    """One side of a metric as shown: minutes, euro, a share, an emotion or a count."""
    if value is None:
        return "—"
    if key in MINUTES:
        return minutes_text(value, say)
    if key in EURO:
        return say.money(value)
    if key in RATIOS:
        if 0 < value < 0.001:  # two significant digits, never "0.0%"
            return share_text(value, say)
        return say.percent(value, 1)
    if key == "emotion_low_point":
        return signed(int(value))
    return say.number(value, ",")


def metric_difference(metric: MetricDifference, say: Wording) -> str:
    """To-be minus as-is with its sign (a true minus); ``0`` when the same, — when unknown."""
    difference = metric.difference
    if difference is None:
        return "—"
    if not difference:
        return "0"
    sign = "+" if difference > 0 else "−"
    if metric.key in RATIOS:
        shown = say("{points:,.1f} percentage points", points=abs(difference) * 100)
    elif metric.key == "emotion_low_point":
        shown = say.number(abs(difference), ",")
    else:
        shown = metric_value(metric.key, abs(difference), say)
    return sign + shown


def saving_amount(key: str, amount: float, say: Wording) -> str:
    """A saving's size (always positive): a count, hours or euro."""
    if key.endswith("_eur"):
        return say.money(amount)
    if key.endswith("_hours"):
        return minutes_text(amount * 60, say) if amount < 2 else say("{hours:,.1f} h", hours=amount)
    return say.number(amount, ",.4g")


def saving_text(key: str, amount: float | None, say: Wording, missing: str) -> str:
    """``saves 5``, ``costs €12.50 more`` (a negative saving is a cost), ``no change``."""
    if amount is None:
        return missing
    if abs(amount) < 1e-9:
        return say("no change")
    if amount > 0:
        return say("saves {amount}", amount=saving_amount(key, amount, say))
    return say("costs {amount} more", amount=saving_amount(key, -amount, say))


def headline(comparison: Comparison, say: Wording) -> list[str]:
    """The headline savings, one sentence per measure: per case and per year."""
    lines = []
    for saving in comparison.savings:
        per_case = saving_text(saving.key, saving.per_case, say, say("not known"))
        per_year = saving_text(saving.key, saving.per_year, say, say("no volume given"))
        lines.append(say("{name}: {per_case} per case; {per_year} per year",
                         name=say(SAVING_NAMES[saving.key]), per_case=per_case, per_year=per_year))
    return lines


def step_title(comparison: Comparison, step_id: str | None, in_to_be: bool) -> str:
    """A step's title in its journey; empty for no step."""
    if step_id is None:
        return ""
    return (comparison.to_be if in_to_be else comparison.as_is).element_title(step_id)


def changed_fields(pair: StepPair, say: Wording) -> str:
    """The fields that differ, in words."""
    return ", ".join(say(FIELD_NAMES[name]) for name in pair.fields)


# ---------------------------------------------------------------- text


def comparison_text(comparison: Comparison, say: Wording) -> str:
    """The comparison for a terminal: savings, metrics, step changes and findings."""
    lines = [say("As-is: {title}", title=comparison.as_is.title),
             say("To-be: {title}", title=comparison.to_be.title), "",
             say("Savings"), *(f"  {line}" for line in headline(comparison, say)), ""]
    rows = [(say(METRIC_NAMES[m.key]), metric_value(m.key, m.as_is, say),
             metric_value(m.key, m.to_be, say), metric_difference(m, say)) for m in comparison.metrics]
    header = (say("Metric"), say("As-is"), say("To-be"), say("Difference"))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        lines.append("  " + "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                                      for i, (cell, width) in enumerate(zip(row, widths))).rstrip())
    counts = comparison.counts()
    lines += ["", say("Steps: {kept:,} kept, {changed:,} changed, {removed:,} removed, {added:,} added",
                      kept=counts[StepChange.KEPT], changed=counts[StepChange.CHANGED],
                      removed=counts[StepChange.REMOVED], added=counts[StepChange.ADDED])]
    for pair in comparison.steps:
        if pair.change is not StepChange.KEPT:
            lines.append(f"  {say(CHANGE_NAMES[pair.change]):<9} " + _pair_words(comparison, pair, say))
    for status in FindingStatus:
        found = comparison.findings_with(status)
        lines += ["", f"{say(STATUS_HEADINGS[status])}: {say.number(len(found), ',')}"]
        lines += [f"  {change.finding.message}  {change.rule}" for change in found]
    return "\n".join(lines) + "\n"


def _pair_words(comparison: Comparison, pair: StepPair, say: Wording) -> str:
    before = step_title(comparison, pair.as_is, False)
    after = step_title(comparison, pair.to_be, True)
    if pair.change is StepChange.REMOVED:
        return before
    if pair.change is StepChange.ADDED:
        return after
    return say("{before} → {after} ({fields})", before=before, after=after,
               fields=changed_fields(pair, say))


# ---------------------------------------------------------------- the page


COMPARISON_CSS = """
.headline { list-style: none; padding: 0; display: grid; gap: .5rem;
            grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
.headline li { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; }
.headline .name { display: block; font-weight: 700; }
.saved { color: var(--good); }
.cost { color: var(--error); }
table.side th { width: auto; }
table.side td.number, table.side th.number { text-align: right; white-space: nowrap; }
tr.better td.difference { color: var(--good); font-weight: 600; }
tr.worse td.difference { color: var(--error); font-weight: 600; }
tr.removed td.step-before { text-decoration: line-through; color: var(--muted); }
tr.added td.step-after { background: #e6f4ea; }
.change { font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
"""


def render_comparison(comparison: Comparison, *, language: str | None = None) -> str:
    """The whole comparison page as HTML text, in ``language`` (default: the to-be's)."""
    say = Wording.for_language(language or comparison.to_be.language)
    title = say("{before} against {after}", before=comparison.as_is.title, after=comparison.to_be.title)
    body = [
        f"<header><h1>{escape(title)}</h1>"
        f'<p class="muted">{escape(say("The business case of a redesign: as-is against to-be"))}</p>'
        f"</header>",
        _savings_section(comparison, say),
        _metrics_section(comparison, say),
        _emotion_section(comparison, say),
        _steps_section(comparison, say),
        _findings_section(comparison, say),
        f"<footer>{escape(say(FOOTER))}</footer>",
    ]
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(say.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{REPORT_CSS}{COMPARISON_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _saving_cell(saving: Saving, amount: float | None, say: Wording, missing: str) -> str:
    css = "" if not amount else ("saved" if amount > 0 else "cost")
    return f'<span class="{css}">{escape(saving_text(saving.key, amount, say, missing))}</span>'


def _savings_section(comparison: Comparison, say: Wording) -> str:
    items = []
    for saving in comparison.savings:
        per_case = _saving_cell(saving, saving.per_case, say, say("not known"))
        per_year = _saving_cell(saving, saving.per_year, say, say("no volume given"))
        items.append(f'<li><span class="name">{escape(say(SAVING_NAMES[saving.key]))}</span>'
                     f"{escape(say('per case:'))} {per_case}<br>{escape(say('per year:'))} {per_year}</li>")
    volume = comparison.to_be_metrics.cost.cases_per_year or comparison.as_is_metrics.cost.cases_per_year
    note = (say.plural("A year is {cases:,.0f} case.", "A year is {cases:,.0f} cases.", plural_count(volume),
                       cases=volume) if volume
            else say("Neither blueprint says how many cases a year: give a volume to see the year."))
    return (f'<section id="savings"><h2>{escape(say("Savings"))}</h2><ul class="headline">'
            f'{"".join(items)}</ul><p class="muted">{escape(note)}</p></section>')


def _metrics_section(comparison: Comparison, say: Wording) -> str:
    head = "".join(f'<th class="number">{escape(say(word))}</th>'
                   for word in (template("As-is"), template("To-be"), template("Difference")))
    rows = []
    for metric in comparison.metrics:
        verdict = {True: "better", False: "worse", None: "same"}[metric.improved]
        rows.append(f'<tr class="{verdict}"><th>{escape(say(METRIC_NAMES[metric.key]))}</th>'
                    f'<td class="number">{escape(metric_value(metric.key, metric.as_is, say))}</td>'
                    f'<td class="number">{escape(metric_value(metric.key, metric.to_be, say))}</td>'
                    f'<td class="number difference">{escape(metric_difference(metric, say))}</td></tr>')
    return (f'<section id="metrics"><h2>{escape(say("Metrics"))}</h2><table class="side">'
            f'<tr><th>{escape(say("Metric"))}</th>{head}</tr>{"".join(rows)}</table></section>')


def _emotion_section(comparison: Comparison, say: Wording) -> str:
    before, after = comparison.as_is_metrics.emotion_curve, comparison.to_be_metrics.emotion_curve
    if not before and not after:
        body = f'<p class="muted">{escape(say("No step has an emotion yet."))}</p>'
    else:
        body = f'<div class="chart">{emotion_curves_svg(before, after, say)}</div>'
    return f'<section id="emotion"><h2>{escape(say("The emotion curves"))}</h2>{body}</section>'


def _steps_section(comparison: Comparison, say: Wording) -> str:
    counts = comparison.counts()
    summary = say("Steps: {kept:,} kept, {changed:,} changed, {removed:,} removed, {added:,} added",
                  kept=counts[StepChange.KEPT], changed=counts[StepChange.CHANGED],
                  removed=counts[StepChange.REMOVED], added=counts[StepChange.ADDED])
    rows = []
    for pair in comparison.steps:
        before = escape(step_title(comparison, pair.as_is, False))
        after = escape(step_title(comparison, pair.to_be, True))
        what = escape(changed_fields(pair, say)) if pair.change is StepChange.CHANGED else ""
        rows.append(f'<tr class="{pair.change}"><td><span class="change">'
                    f"{escape(say(CHANGE_NAMES[pair.change]))}</span></td>"
                    f'<td class="step-before">{before}</td><td class="step-after">{after}</td>'
                    f"<td>{what}</td></tr>")
    head = "".join(f"<th>{escape(say(word))}</th>" for word in (
        template("Change"), template("As-is"), template("To-be"), template("What changed")))
    return (f'<section id="steps"><h2>{escape(say("The steps"))}</h2><p>{escape(summary)}</p>'
            f'<table class="side"><tr>{head}</tr>{"".join(rows)}</table></section>')


def _findings_section(comparison: Comparison, say: Wording) -> str:
    parts = [f'<section id="findings"><h2>{escape(say("Findings"))}</h2>']
    for status in FindingStatus:
        found = comparison.findings_with(status)
        parts.append(f"<h3>{escape(say(STATUS_HEADINGS[status]))} ({say.number(len(found), ',')})</h3>")
        if found:
            items = "".join(
                f'<li class="{change.finding.severity}">{escape(change.finding.message)} '
                f'<span class="rule">{escape(change.rule)}</span></li>' for change in found)
            parts.append(f'<ul class="findings">{items}</ul>')
    parts.append("</section>")
    return "".join(parts)
