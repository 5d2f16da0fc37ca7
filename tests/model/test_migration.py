"""Every version-1 file the repository ever shipped opens with the same meaning and saves as version 2.

``tests/model/version1/`` holds the examples and rule fixtures exactly as version 1 of the
program wrote them (before the format went to version 2).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blueprint.analysis.metrics import compute_metrics
from blueprint.check import run_check
from blueprint.model import (
    Blueprint,
    dumps_blueprint,
    dumps_concept,
    load_blueprint,
    load_concept,
    loads_blueprint,
    loads_concept,
)
from blueprint.model.fileformat import FORMAT_VERSION, LoadError

VERSION_1 = Path(__file__).resolve().parent / "version1"
BLUEPRINTS = sorted(VERSION_1.rglob("*.blueprint.json"))
CONCEPTS = sorted(VERSION_1.rglob("*.concept.json"))


def _name(path: Path) -> str:
    return str(path.relative_to(VERSION_1))


def _body(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data.pop("version") == 1, "the snapshot holds version-1 files only"
    data.pop("format")
    return data


def test_the_snapshot_holds_every_shipped_file() -> None:
    assert FORMAT_VERSION == 2
    assert len(BLUEPRINTS) >= 50 and len(CONCEPTS) == 4


@pytest.mark.parametrize("path", BLUEPRINTS, ids=_name)
def test_a_version_1_blueprint_keeps_its_meaning_and_saves_as_version_2(path: Path) -> None:
    old = load_blueprint(path)
    # same meaning: every field the file wrote has the value it wrote, and nothing else moved
    assert old.model_dump(mode="json", exclude_defaults=True) == _body(path)
    saved = dumps_blueprint(old)
    assert json.loads(saved)["version"] == 2
    again = loads_blueprint(saved)
    assert again == old
    assert dumps_blueprint(again) == saved  # round trip: same bytes
    assert run_check(again).findings == run_check(old).findings
    assert compute_metrics(again) == compute_metrics(old)


@pytest.mark.parametrize("path", CONCEPTS, ids=_name)
def test_a_version_1_concept_keeps_its_meaning_and_saves_as_version_2(path: Path) -> None:
    old = load_concept(path)
    assert old.model_dump(mode="json", exclude_defaults=True) == _body(path)
    saved = dumps_concept(old)
    assert json.loads(saved)["version"] == 2
    assert loads_concept(saved) == old


def test_a_version_1_file_may_already_carry_version_2_fields() -> None:
    """Version 2 only adds fields, so a version-1 file edited by hand with one is read as written."""
    text = json.dumps({"format": "service-blueprint", "version": 1,
                       "organisations": [{"id": "insurer", "name": "The insurer"}]})
    assert loads_blueprint(text).organisations[0].name == "The insurer"


def test_a_version_3_file_is_refused_with_the_reason() -> None:
    with pytest.raises(LoadError, match="newer program"):
        loads_blueprint(json.dumps({"format": "service-blueprint", "version": 3}))


def test_a_new_blueprint_saves_as_version_2() -> None:
    assert json.loads(dumps_blueprint(Blueprint()))["version"] == 2
