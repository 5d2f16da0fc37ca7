"""As-is against to-be: the business case of a redesign, without Qt.

:func:`compare` puts two journeys side by side: their metrics with the difference, their
steps matched (kept, changed, removed, added), the check's findings resolved, still open
and new, and the savings per case and per year in hours and euro. A negative saving is an
extra cost and is reported as such, never hidden. How steps are matched is written down in
``docs/file-format.md`` ("Matching steps between an as-is and a to-be"); the metrics are
those of ``docs/metrics.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from blueprint.analysis.journey import Journey
from blueprint.analysis.metrics import Metrics
from blueprint.check import analyse
from blueprint.check.finding import CheckResult, Finding
from blueprint.model import Blueprint, ServiceConcept, Step
from blueprint.model.vocabulary import StepKind, WasteKind

__all__ = ["Comparison", "FindingChange", "FindingStatus", "MatchedBy", "MetricDifference",
           "Saving", "StepChange", "StepPair", "TITLE_SIMILARITY", "compare", "match_steps"]

TITLE_SIMILARITY = 0.6
"""Least title similarity (difflib's ratio, 0..1) for two steps in one lane to match."""

COMPARED_STEP_FIELDS = ("title", "lane", "kind", "channel", "value", "waste", "customer_minutes",
                        "staff_minutes", "waiting_minutes", "outcome", "fail_point", "emotion")
"""The fields whose difference makes a matched step *changed* rather than *kept*."""


class StepChange(StrEnum):
    """What the redesign did to a step."""

    KEPT = "kept"
    CHANGED = "changed"
    REMOVED = "removed"
    ADDED = "added"


class MatchedBy(StrEnum):
    """Why two steps were paired."""

    REPLACES = "replaces"
    ID = "id"
    TITLE = "title"


class FindingStatus(StrEnum):
    """What became of a finding of the check."""

    RESOLVED = "resolved"
    OPEN = "open"
    NEW = "new"


@dataclass(frozen=True, slots=True)
class StepPair:
    """One row of the step changes: an as-is step, a to-be step, or a matched pair."""

    as_is: str | None
    to_be: str | None
    change: StepChange
    matched_by: MatchedBy | None = None
    fields: tuple[str, ...] = ()  # the compared fields that differ, for a changed pair


@dataclass(frozen=True, slots=True)
class MetricDifference:
    """One metric in both journeys; ``difference`` is to-be minus as-is."""

    key: str
    as_is: float | None
    to_be: float | None
    lower_is_better: bool = True

    @property
    def difference(self) -> float | None:
        """To-be minus as-is; None when either side cannot be measured."""
        if self.as_is is None or self.to_be is None:
            return None
        return self.to_be - self.as_is

    @property
    def improved(self) -> bool | None:
        """True when the to-be is better, False when worse, None when the same or unknown."""
        difference = self.difference
        if not difference:
            return None
        return (difference < 0) == self.lower_is_better


@dataclass(frozen=True, slots=True)
class Saving:
    """What the redesign saves on one measure, per case and per year.

    Positive: saved; negative: an extra cost. ``per_year`` is None without a volume (in
    either blueprint) or without a figure.
    """

    key: str
    per_case: float | None
    per_year: float | None


@dataclass(frozen=True, slots=True)
class FindingChange:
    """A finding of the as-is, the to-be, or both: resolved, still open or new."""

    status: FindingStatus
    rule: str
    as_is: Finding | None
    to_be: Finding | None

    @property
    def finding(self) -> Finding:
        """The finding as the later journey says it (the as-is one when it is resolved)."""
        return self.to_be if self.to_be is not None else self.as_is  # type: ignore[return-value]


@dataclass(frozen=True)
class Comparison:
    """Two journeys side by side: metrics, steps, findings and savings."""

    as_is: Blueprint
    to_be: Blueprint
    as_is_metrics: Metrics
    to_be_metrics: Metrics
    metrics: tuple[MetricDifference, ...]
    steps: tuple[StepPair, ...]
    findings: tuple[FindingChange, ...]
    savings: tuple[Saving, ...]

    def metric(self, key: str) -> MetricDifference:
        """The difference of one metric by its key."""
        return next(m for m in self.metrics if m.key == key)

    def saving(self, key: str) -> Saving:
        """One saving by its key."""
        return next(s for s in self.savings if s.key == key)

    def counts(self) -> dict[StepChange, int]:
        """How many steps were kept, changed, removed and added."""
        return {change: sum(pair.change is change for pair in self.steps) for change in StepChange}

    def matches_of(self, step_id: str, *, in_to_be: bool) -> list[str]:
        """The ids of the steps in the other journey that a step of one journey is matched to."""
        if in_to_be:
            return [p.as_is for p in self.steps if p.to_be == step_id and p.as_is is not None]
        return [p.to_be for p in self.steps if p.as_is == step_id and p.to_be is not None]

    def findings_with(self, status: FindingStatus) -> list[FindingChange]:
        """The findings resolved, still open or new."""
        return [change for change in self.findings if change.status is status]

    def as_json(self) -> dict[str, object]:
        """The comparison as plain JSON types (``blueprint compare --format json``)."""
        def title(blueprint: Blueprint, step_id: str | None) -> str | None:
            return None if step_id is None else blueprint.element_title(step_id)

        return {
            "as_is": {"title": self.as_is.title, "metrics": self.as_is_metrics.as_json()},
            "to_be": {"title": self.to_be.title, "metrics": self.to_be_metrics.as_json()},
            "metrics": [{"metric": m.key, "as_is": m.as_is, "to_be": m.to_be,
                         "difference": m.difference, "improved": m.improved} for m in self.metrics],
            "savings": [{"saving": s.key, "per_case": s.per_case, "per_year": s.per_year}
                        for s in self.savings],
            "steps": [{"change": str(p.change), "as_is": p.as_is, "as_is_title": title(self.as_is, p.as_is),
                       "to_be": p.to_be, "to_be_title": title(self.to_be, p.to_be),
                       "matched_by": None if p.matched_by is None else str(p.matched_by),
                       "fields": list(p.fields)} for p in self.steps],
            "findings": [{"status": str(c.status), **c.finding.as_json()} for c in self.findings],
        }


def compare(as_is: Blueprint, to_be: Blueprint, concept: ServiceConcept | None = None, *,
            language: str | None = None) -> Comparison:
    """Compare an as-is journey with its to-be.

    Each journey is checked and priced against its own concept, as ``blueprint check``
    would, unless ``concept`` gives one yardstick for both. Findings are in ``language``
    (default: the to-be's).
    """
    language = language or to_be.language
    as_is_result, as_is_metrics = analyse(as_is, concept, language=language)
    to_be_result, to_be_metrics = analyse(to_be, concept, language=language)
    steps = match_steps(as_is, to_be)
    return Comparison(
        as_is=as_is, to_be=to_be, as_is_metrics=as_is_metrics, to_be_metrics=to_be_metrics,
        metrics=_metric_differences(as_is, to_be, as_is_metrics, to_be_metrics),
        steps=steps,
        findings=_finding_changes(as_is, as_is_result, to_be_result, steps),
        savings=_savings(as_is_metrics, to_be_metrics),
    )


# ---------------------------------------------------------------- metrics


def failure_demand(blueprint: Blueprint) -> int:
    """Contacts (as the metrics count them) caused by a failure (Seddon): escalations and
    repeat contacts."""
    contacts = Journey(blueprint).contact_at
    return sum(1 for step, contact in zip(blueprint.steps, contacts) if contact and (
        step.kind is StepKind.ESCALATION or WasteKind.REPEAT_CONTACT in step.waste))


def emotion_low_point(metrics: Metrics) -> int | None:
    """The lowest emotion on the curve; None without emotions."""
    return min((point.emotion for point in metrics.emotion_curve), default=None)


_FROM_METRICS: tuple[tuple[str, Callable[[Metrics], float | None], bool], ...] = (
    ("contacts", lambda m: m.contacts, True),
    ("avoidable_contacts", lambda m: m.avoidable_contacts, True),
    ("hand_offs", lambda m: m.hand_offs, True),
    ("channel_switches", lambda m: m.channel_switches, True),
    ("customer_minutes", lambda m: m.customer_minutes, True),
    ("customer_minutes_wasted", lambda m: m.customer_minutes_wasted, True),
    ("staff_minutes", lambda m: m.staff_minutes, True),
    ("staff_cost_of_waste_eur", lambda m: m.staff_cost_of_waste_eur, True),
    ("cost_to_serve_eur", lambda m: m.cost.cost_to_serve_eur, True),
    ("value_added_ratio", lambda m: m.value_added_ratio, False),
    ("customer_value_added_ratio", lambda m: m.customer_value_added_ratio, False),
    ("lead_time_minutes", lambda m: m.lead_time_minutes, True),
    ("emotion_low_point", emotion_low_point, False),
)


def _metric_differences(as_is: Blueprint, to_be: Blueprint, before: Metrics,
                        after: Metrics) -> tuple[MetricDifference, ...]:
    rows = [MetricDifference(key, read(before), read(after), lower) for key, read, lower in _FROM_METRICS]
    rows.insert(2, MetricDifference("failure_demand", failure_demand(as_is), failure_demand(to_be)))
    fail_points = MetricDifference("fail_points", sum(s.fail_point for s in as_is.steps),
                                   sum(s.fail_point for s in to_be.steps))
    rows.insert(-1, fail_points)
    return tuple(rows)


_SAVED: tuple[tuple[str, Callable[[Metrics], float | None]], ...] = (
    ("contacts", lambda m: m.contacts),
    ("avoidable_contacts", lambda m: m.avoidable_contacts),
    ("customer_hours", lambda m: m.cost.customer_hours),
    ("staff_hours", lambda m: m.cost.staff_hours),
    ("cost_to_serve_eur", lambda m: m.cost.cost_to_serve_eur),
)


def _savings(before: Metrics, after: Metrics) -> tuple[Saving, ...]:
    """Per case: as-is minus to-be. Per year: each side times its own cases a year (a side
    without a volume takes the other's)."""
    years_before = before.cost.cases_per_year or after.cost.cases_per_year
    years_after = after.cost.cases_per_year or before.cost.cases_per_year
    savings = []
    for key, read in _SAVED:
        old, new = read(before), read(after)
        per_case = None if old is None or new is None else old - new
        per_year = (None if per_case is None or years_before is None
                    else old * years_before - new * years_after)  # type: ignore[operator]
        savings.append(Saving(key, per_case, per_year))
    return tuple(savings)


# ---------------------------------------------------------------- steps


def match_steps(as_is: Blueprint, to_be: Blueprint) -> tuple[StepPair, ...]:
    """Pair the steps: a to-be step's ``replaces``, then the same id, then the same lane
    and a similar title; the rest removed (as-is) or added (to-be). To-be order, each
    removed step after the pair before it in the as-is."""
    old = {step.id: step for step in as_is.steps}
    new = {step.id: step for step in to_be.steps}
    pairs: dict[str, list[tuple[str, MatchedBy]]] = {}  # to-be id -> its as-is steps
    taken: set[str] = set()

    def pair(old_id: str, new_id: str, how: MatchedBy) -> None:
        pairs.setdefault(new_id, []).append((old_id, how))
        taken.add(old_id)

    for step in to_be.steps:
        for old_id in step.replaces:
            if old_id in old and old_id not in taken:
                pair(old_id, step.id, MatchedBy.REPLACES)
    for step in to_be.steps:
        if step.id not in pairs and step.id in old and step.id not in taken:
            pair(step.id, step.id, MatchedBy.ID)
    for old_id, new_id in _similar_titles([s for s in as_is.steps if s.id not in taken],
                                          [s for s in to_be.steps if s.id not in pairs]):
        pair(old_id, new_id, MatchedBy.TITLE)
    rows: list[StepPair] = []
    for step in to_be.steps:
        if step.id not in pairs:
            rows.append(StepPair(None, step.id, StepChange.ADDED))
        for old_id, how in pairs.get(step.id, ()):
            fields = _changed_fields(old[old_id], step)
            rows.append(StepPair(old_id, step.id, StepChange.CHANGED if fields else StepChange.KEPT,
                                 how, fields))
    return _with_removed(rows, [s.id for s in as_is.steps], taken)


def _with_removed(rows: list[StepPair], old_order: list[str], taken: set[str]) -> tuple[StepPair, ...]:
    """Put each removed as-is step right after the row of the as-is step before it."""
    for index, old_id in enumerate(old_order):
        if old_id in taken:
            continue
        before = next((old_order[i] for i in range(index - 1, -1, -1)), None)
        at = next((i + 1 for i in range(len(rows) - 1, -1, -1)
                   if before is not None and rows[i].as_is == before), 0)
        rows.insert(at, StepPair(old_id, None, StepChange.REMOVED))
    return tuple(rows)


def _similar_titles(old: list[Step], new: list[Step]) -> list[tuple[str, str]]:
    """Same lane, title similarity at least :data:`TITLE_SIMILARITY`, most similar first."""
    scored = []
    for a in old:
        for b in new:
            if a.lane == b.lane:
                ratio = SequenceMatcher(None, a.title.casefold(), b.title.casefold()).ratio()
                if ratio >= TITLE_SIMILARITY:
                    scored.append((-ratio, a.id, b.id))
    scored.sort()
    used_old: set[str] = set()
    used_new: set[str] = set()
    chosen = []
    for _, a_id, b_id in scored:
        if a_id not in used_old and b_id not in used_new:
            used_old.add(a_id)
            used_new.add(b_id)
            chosen.append((a_id, b_id))
    return chosen


def _changed_fields(old: Step, new: Step) -> tuple[str, ...]:
    return tuple(name for name in COMPARED_STEP_FIELDS if getattr(old, name) != getattr(new, name))


# ---------------------------------------------------------------- findings


def _finding_changes(as_is: Blueprint, before: CheckResult, after: CheckResult,
                     steps: tuple[StepPair, ...]) -> tuple[FindingChange, ...]:
    """An as-is finding is still open when a to-be finding of the same rule concerns one
    of its elements (a step through its match, anything else by id), or when both concern
    nothing in particular; otherwise it is resolved. The to-be findings left are new."""
    step_ids = {step.id for step in as_is.steps}
    matched: dict[str, set[str]] = {}
    for pair in steps:
        if pair.as_is is not None and pair.to_be is not None:
            matched.setdefault(pair.as_is, set()).add(pair.to_be)
    claimed: set[int] = set()
    changes: list[FindingChange] = []
    for finding in before.findings:
        where: set[str] = set()
        for element in finding.elements:
            where |= matched.get(element, set()) if element in step_ids else {element}
        same = next((i for i, later in enumerate(after.findings) if i not in claimed
                     and later.rule == finding.rule
                     and (where & set(later.elements) or not (finding.elements or later.elements))),
                    None)
        if same is None:
            changes.append(FindingChange(FindingStatus.RESOLVED, finding.rule, finding, None))
        else:
            claimed.add(same)
            changes.append(FindingChange(FindingStatus.OPEN, finding.rule, finding, after.findings[same]))
    changes += [FindingChange(FindingStatus.NEW, later.rule, None, later)
                for i, later in enumerate(after.findings) if i not in claimed]
    return tuple(changes)
