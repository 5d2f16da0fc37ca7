"""The check against the corpus (``corpus/*/expected.json``) and the shipped examples
(``corpus/examples/*.expected.json``): nothing expected is missed, nothing else is found.

The same comparison as ``make corpus`` (:mod:`blueprint.cli.corpus`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from blueprint.cli.corpus import compare, expected_files, main, report

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
EXPECTED = expected_files(CORPUS)
EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"


def _name(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def test_every_example_has_an_expected_file() -> None:
    stems = {path.name.removesuffix(".json") for path in EXAMPLES.glob("*.blueprint.json")}
    written = {path.name.removesuffix(".expected.json") for path in (CORPUS / "examples").glob("*.expected.json")}
    assert stems and stems == written


@pytest.mark.parametrize("path", EXPECTED, ids=_name)
def test_the_check_finds_what_is_expected_and_nothing_else(path: Path) -> None:
    comparison = compare(path)
    assert comparison.clean, report([comparison])


def test_the_runner_reports_misses_and_false_alarms(tmp_path: Path, capsys) -> None:
    journey = tmp_path / "journey"
    journey.mkdir()
    example = EXAMPLES / "lost-iphone.as-is.en.blueprint.json"
    (journey / "expected.json").write_text(
        '{"blueprint": "%s", "expect": [{"rule": "dead-end", "element": "abandon-chase"},'
        ' {"rule": "administrative-trip", "element": "file-report"}],'
        ' "must_not": [{"rule": "too-many-contacts"}]}' % example.as_posix(), encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "missed: dead-end on abandon-chase" in out
    assert "false alarm: too-many-contacts" in out and "false alarm: abandoned-effort" in out
    assert "1 journey: 1 missed, " in out
