"""What the check reports: findings, grouped by element, and the rule metadata behind them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from blueprint.check.wording import plural_template
from blueprint.model.vocabulary import Severity


SEVERITY_COUNTED: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: plural_template("{count} error", "{count} errors"),
    Severity.WARNING: plural_template("{count} warning", "{count} warnings"),
    Severity.INFO: plural_template("{count} info", "{count} info"),
}
"""How many findings of a severity, singular and plural (say it with ``say.plural(*forms, n)``)."""


@dataclass(frozen=True, slots=True)
class RuleMeta:
    """Metadata of a rule: what it finds, why (the case it comes from), what to do instead."""

    id: str  # kebab-case, e.g. "administrative-trip"
    title: str  # one line
    rationale: str  # cites the founding case
    hint: str  # what to do instead
    severity: Severity  # default severity in the "recommended" preset


class Report(NamedTuple):
    """What a rule reports: the elements concerned and a message naming them by title.

    The engine turns a report into a :class:`Finding` with the rule's id, the severity the
    preset and the concept choose, and the rule's hint (or ``hint`` when a report needs a
    more precise one). A named tuple: a rule may report thousands, and a tuple is the
    cheapest immutable record to build.
    """

    elements: tuple[str, ...]
    message: str
    hint: str | None = None


class Finding(NamedTuple):
    """One thing the check found: which rule, how bad, on which elements, and the fix.

    A named tuple, like :class:`Report`: a check of a large journey finds thousands, and a
    tuple is the cheapest immutable record to build.
    """

    rule: str
    severity: Severity
    elements: tuple[str, ...]
    message: str  # names the elements by their titles
    hint: str

    def as_json(self) -> dict[str, object]:
        """The JSON form used by ``blueprint check --format json``."""
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "elements": list(self.elements),
            "message": self.message,
            "hint": self.hint,
        }


@dataclass(slots=True)
class CheckResult:
    """All findings of one check, in a stable order, with an index by element."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)  # hidden by blueprint.suppressions

    def by_element(self) -> dict[str, list[Finding]]:
        """Element id -> its findings, worst first (for badges on the canvas)."""
        grouped: dict[str, list[Finding]] = defaultdict(list)
        for finding in self.findings:
            for element in finding.elements:
                grouped[element].append(finding)
        for findings in grouped.values():
            findings.sort(key=lambda f: -f.severity.rank)
        return dict(grouped)

    def worst(self, element_id: str) -> Severity | None:
        """The worst severity found on one element, or None."""
        ranks = [f.severity for f in self.findings if element_id in f.elements]
        return max(ranks, key=lambda s: s.rank) if ranks else None

    def of_rule(self, rule_id: str) -> list[Finding]:
        """The findings of one rule, in the result's order."""
        return [f for f in self.findings if f.rule == rule_id]

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity == severity)
