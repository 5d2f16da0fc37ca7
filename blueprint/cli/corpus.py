"""The corpus: journeys with the findings a service designer expects, and those that must not appear.

Each ``corpus/**/*expected.json`` names a blueprint (relative to itself), optionally a
separate concept and a preset, the findings expected (``expect``: a rule, optionally an
element the finding must list) and the findings that must not appear (``must_not``).
An expected entry is *found* when some shown finding has its rule (and lists its element,
when one is given). A *false alarm* is a shown finding (any severity, not suppressed) that
matches no expected entry, or that matches a ``must_not`` entry.

``python -m blueprint.cli.corpus [FOLDER]`` (``make corpus``) prints a table per journey
and the totals, and exits 1 on any miss or false alarm; ``tests/check/test_corpus.py``
runs the same comparison in ``make test``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from blueprint.check import run_check
from blueprint.check.finding import Finding
from blueprint.model import load_blueprint, load_concept

EXPECTED_PATTERNS = ("*/expected.json", "**/*.expected.json")
"""Where expected files live below the corpus folder."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of ``expect`` or ``must_not``: a rule, maybe an element, and why."""

    rule: str
    element: str | None = None
    why: str = ""

    def matches(self, finding: Finding) -> bool:
        """Whether the finding has this rule and (when one is named) lists this element."""
        return finding.rule == self.rule and (self.element is None or self.element in finding.elements)

    def __str__(self) -> str:
        return f"{self.rule} on {self.element}" if self.element else self.rule


@dataclass(slots=True)
class Comparison:
    """One journey: what was expected, what was found, what was missed, the false alarms."""

    name: str
    expected: list[Entry]
    findings: list[Finding]
    found: list[Entry] = field(default_factory=list)
    missed: list[Entry] = field(default_factory=list)
    false_alarms: list[tuple[Finding, Entry | None]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """No miss and no false alarm."""
        return not self.missed and not self.false_alarms


def expected_files(folder: Path) -> list[Path]:
    """Every expected file below ``folder``, sorted."""
    found = {path for pattern in EXPECTED_PATTERNS for path in folder.glob(pattern)}
    return sorted(found)


def _entries(data: Any, key: str, source: Path) -> list[Entry]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise ValueError(f"{source}: '{key}' must be a list")
    entries = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("rule"), str):
            raise ValueError(f"{source}: {key}[{index}] needs a \"rule\"")
        entries.append(Entry(item["rule"], item.get("element"), item.get("why", "")))
    return entries


def compare(path: Path) -> Comparison:
    """Check the journey an expected file names and compare the findings with it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    blueprint = load_blueprint(path.parent / data["blueprint"])
    concept = load_concept(path.parent / data["concept"]) if data.get("concept") else None
    result = run_check(blueprint, concept, data.get("preset"))
    expected, forbidden = _entries(data, "expect", path), _entries(data, "must_not", path)
    name = str(path.parent.name if path.name == "expected.json" else path.name.removesuffix(".expected.json"))
    comparison = Comparison(name, expected, result.findings)
    for entry in expected:
        (comparison.found if any(entry.matches(f) for f in result.findings) else comparison.missed).append(entry)
    for finding in result.findings:
        breaking = next((entry for entry in forbidden if entry.matches(finding)), None)
        if breaking is not None or not any(entry.matches(finding) for entry in expected):
            comparison.false_alarms.append((finding, breaking))
    return comparison


def report(comparisons: list[Comparison]) -> str:
    """The table per journey with its misses and false alarms spelled out, and the totals."""
    width = max([len(c.name) for c in comparisons] + [7])
    lines = [f"{'journey':<{width}}  expected  found  missed  false alarms"]
    for c in comparisons:
        lines.append(f"{c.name:<{width}}  {len(c.expected):>8}  {len(c.found):>5}  {len(c.missed):>6}  "
                     f"{len(c.false_alarms):>12}")
        for entry in c.missed:
            lines.append(f"    missed: {entry}" + (f" ({entry.why})" if entry.why else ""))
        for finding, breaking in c.false_alarms:
            where = f" on {', '.join(finding.elements)}" if finding.elements else ""
            because = f" [must not: {breaking.why or breaking}]" if breaking else ""
            lines.append(f"    false alarm: {finding.rule}{where}: {finding.message}{because}")
    totals = [sum(len(getattr(c, name)) for c in comparisons)
              for name in ("expected", "found", "missed", "false_alarms")]
    lines.append(f"{'total':<{width}}  {totals[0]:>8}  {totals[1]:>5}  {totals[2]:>6}  {totals[3]:>12}")
    lines.append(f"{_count(len(comparisons), 'journey')}: {totals[2]} missed, "
                 f"{_count(totals[3], 'false alarm')}")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def main(argv: list[str] | None = None) -> int:
    """Compare every journey of the corpus; 0 when nothing is missed and nothing is a false alarm."""
    parser = argparse.ArgumentParser(prog="python -m blueprint.cli.corpus",
                                     description="Compare the check with the corpus's expected findings.")
    parser.add_argument("folder", nargs="?", default="corpus", type=Path)
    options = parser.parse_args(argv)
    paths = expected_files(options.folder)
    if not paths:
        print(f"no expected files below {options.folder}", file=sys.stderr)
        return 2
    comparisons = [compare(path) for path in paths]
    print(report(comparisons))
    return 0 if all(c.clean for c in comparisons) else 1


if __name__ == "__main__":
    sys.exit(main())
