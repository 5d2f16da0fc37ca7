"""Every rule over every fixture: valid ones give no finding of their rule, invalid ones do.

Fixtures live in ``tests/check/fixtures/<rule-id>/{valid,invalid}/*.blueprint.json``; an
invalid fixture names the elements its findings must cover in its description
(``Expected elements: a, b.``) or in an ``expected.json`` beside it
(``{"<file name>": ["a", "b"]}``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from blueprint.check import RULE_ERROR, RULES, run_check
from blueprint.model import load_blueprint
from make_fixtures import FIXTURES, fixture_files

EXPECTED_LINE = re.compile(r"^Expected elements: (.*)\.$", re.MULTILINE)
FIXTURE_FILES = sorted(FIXTURES.glob("*/*/*.blueprint.json"))


def _case_id(path: Path) -> str:
    return "/".join(path.relative_to(FIXTURES).parts)


def expected_elements(path: Path) -> set[str]:
    """The elements an invalid fixture's findings must cover."""
    sidecar = path.parent / "expected.json"
    if sidecar.exists():
        return set(json.loads(sidecar.read_text(encoding="utf-8"))[path.name])
    match = EXPECTED_LINE.search(load_blueprint(path).description)
    assert match, f"{path.name} names no expected elements in its description"
    return set() if match.group(1) == "none" else {part.strip() for part in match.group(1).split(",")}


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=_case_id)
def test_rule_over_fixture(path: Path) -> None:
    rule_id, verdict = path.parent.parent.name, path.parent.name
    assert rule_id in RULES, f"fixture folder '{rule_id}' names no rule"
    blueprint = load_blueprint(path)
    result = run_check(blueprint, preset="strict")
    assert not result.of_rule(RULE_ERROR), result.of_rule(RULE_ERROR)
    findings = result.of_rule(rule_id)
    if verdict == "valid":
        assert findings == [], [f.message for f in findings]
        return
    assert verdict == "invalid"
    assert findings, f"{rule_id} found nothing in {path.name}"
    covered = {element for finding in findings for element in finding.elements}
    assert expected_elements(path) <= covered, [f.elements for f in findings]


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_has_valid_and_invalid_fixtures(rule_id: str) -> None:
    for verdict in ("valid", "invalid"):
        assert list((FIXTURES / rule_id / verdict).glob("*.blueprint.json")), f"{rule_id}/{verdict}"


def test_fixtures_are_current() -> None:
    """The files on disk are what make_fixtures.py writes with our saver (run it to update)."""
    on_disk = {path: path.read_text(encoding="utf-8") for path in FIXTURE_FILES}
    assert on_disk == fixture_files()
