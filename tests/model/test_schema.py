"""The JSON Schema of the file formats: generated from the models, published in docs/schema,
and every shipped file (examples, rule fixtures) valid against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from blueprint.cli import main
from blueprint.model import Blueprint, ServiceConcept, dumps_blueprint, dumps_concept, loads_blueprint, loads_concept
from blueprint.model.fileformat import SCHEMA_KEY, LoadError, schema_id
from blueprint.model.schema import schema_text
from blueprint.ui.files.examples import examples_dir

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "docs" / "schema"
FIXTURES = ROOT / "tests" / "check" / "fixtures"


def validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(schema_text(kind))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def shipped(pattern: str) -> list[Path]:
    return sorted(examples_dir().glob(pattern)) + sorted(FIXTURES.rglob(pattern))


@pytest.mark.parametrize("path", shipped("*.blueprint.json"), ids=lambda path: path.name)
def test_every_shipped_blueprint_is_valid_against_the_schema(path: Path) -> None:
    validator("blueprint").validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", shipped("*.concept.json"), ids=lambda path: path.name)
def test_every_shipped_concept_is_valid_against_the_schema(path: Path) -> None:
    validator("concept").validate(json.loads(path.read_text(encoding="utf-8")))


def test_the_schema_refuses_what_the_program_refuses() -> None:
    good = json.loads(dumps_blueprint(Blueprint(title="Trip")))
    check = validator("blueprint")
    assert not list(check.iter_errors(good))
    for broken in ({**good, "format": "service-concept"}, {**good, "colour": "red"},
                   {key: value for key, value in good.items() if key != "version"},
                   {**good, "lanes": [{"id": "has space", "title": "x"}]}):
        assert list(check.iter_errors(broken)), broken


@pytest.mark.parametrize("kind", ["blueprint", "concept"])
def test_published_schema_is_what_the_program_generates(kind: str) -> None:
    published = PUBLISHED / f"{kind}.schema.json"
    assert published.read_text(encoding="utf-8") == schema_text(kind), (
        f"{published.relative_to(ROOT)} is stale: run `make schema`")


def test_schema_command_prints_the_schema(capsys) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["$id"] == schema_id("service-blueprint")
    assert main(["schema", "concept"]) == 0
    assert json.loads(capsys.readouterr().out)["properties"]["format"] == {
        "const": "service-concept", "description": "What sort of file this is."}
    assert main(["schema", "bpmn"]) == 2


def test_saved_files_name_their_schema_first_and_files_without_it_still_load() -> None:
    text = dumps_blueprint(Blueprint(title="Trip"))
    data = json.loads(text)
    assert next(iter(data)) == SCHEMA_KEY and data[SCHEMA_KEY] == schema_id("service-blueprint")
    assert loads_blueprint(text).title == "Trip"
    del data[SCHEMA_KEY]
    assert loads_blueprint(json.dumps(data)).title == "Trip"
    concept = json.loads(dumps_concept(ServiceConcept(name="Lost items")))
    assert concept[SCHEMA_KEY] == schema_id("service-concept")
    del concept[SCHEMA_KEY]
    assert loads_concept(json.dumps(concept)).name == "Lost items"


def test_a_schema_that_is_not_text_is_named_as_the_problem() -> None:
    data = json.loads(dumps_blueprint(Blueprint(title="Trip")))
    with pytest.raises(LoadError, match=r"\$schema"):
        loads_blueprint(json.dumps({**data, SCHEMA_KEY: 3}))
