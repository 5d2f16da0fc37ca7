"""Malformed files: each gives a clear, plain message naming what to fix, and exit code 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blueprint.cli import main
from blueprint.model import fileformat

HEADER = {"format": "service-blueprint", "version": 1}
STEP = {"id": "ask", "title": "Ask at the desk", "lane": "customer"}


def doc(**fields) -> str:
    """A blueprint file's text with the header and the given fields."""
    return json.dumps({**HEADER, **fields})


def deep_nesting(depth: int) -> str:
    return '{"format": "service-blueprint", "version": 1, "facts": ' + "[" * depth + "]" * depth + "}"


# (case name, file content, words the message must contain)
MALFORMED: list[tuple[str, str | bytes, list[str]]] = [
    ("truncated", doc(steps=[STEP])[:-7], ["not valid JSON", "line 1"]),
    ("not-json", "title: lost iPhone\nsteps: many\n", ["not valid JSON"]),
    ("empty", "", ["the file is empty"]),
    ("whitespace-only", "  \n\t\n", ["the file is empty"]),
    ("top-level-array", json.dumps([HEADER]), ["expected a JSON object", "found list"]),
    ("null-document", "null", ["expected a JSON object", "null"]),
    ("wrong-types", doc(title=3, steps=[{**STEP, "x": "left"}]),
     ["title: input should be a valid string", "steps[0].x:"]),
    ("dangling-flow-end", doc(steps=[STEP], flows=[{"id": "f", "source": "ask", "target": "gone"}]),
     ["flows[0].target: no step with id 'gone'"]),
    ("duplicate-ids", doc(steps=[STEP, {**STEP, "title": "Again"}]),
     ["steps[1].id: id 'ask' is already used by steps[0]"]),
    ("unknown-lane", doc(steps=[{**STEP, "lane": "frontstge"}]),
     ["steps[0].lane: no lane with id 'frontstge'"]),
    ("future-version", json.dumps({**HEADER, "version": 7}),
     ["version", "newer program", "version 7"]),
    ("version-as-text", json.dumps({**HEADER, "version": "1"}), ["version must be a whole number"]),
    ("unknown-format", json.dumps({"format": "bpmn", "version": 1}),
     ["'bpmn' file, not a 'service-blueprint' file"]),
    ("missing-format", json.dumps({"version": 1, "title": "x"}), ["\"format\" key is missing"]),
    ("missing-required-field", doc(steps=[{"id": "ask", "lane": "customer"}]),
     ["steps[0].title: this field is required but missing"]),
    ("non-utf8", b'{"format": "service-blueprint", "version": 1, "title": "caf\xe9"}',
     ["not UTF-8", "byte 59"]),
    ("absurd-float", doc(steps=[{**STEP, "customer_minutes": 1e300}]),
     ["steps[0].customer_minutes", "less than or equal to 1000000"]),
    ("absurd-integer", '{"format": "service-blueprint", "version": 1, "title": ' + "9" * 5000 + "}",
     ["not valid JSON"]),
    ("not-a-number", '{"format": "service-blueprint", "version": 1, "steps": [{"id": "a", '
     '"title": "t", "lane": "customer", "staff_minutes": NaN}]}', ["'NaN' is not a number JSON allows"]),
    ("deep-nesting", deep_nesting(100_000), ["nested far too deeply"]),
    ("unknown-field", doc(titel="Lost iPhone"), ["titel: unknown field"]),
    ("bad-value-word", doc(steps=[{**STEP, "value": "great"}]),
     ["steps[0].value: 'great' is not one of the allowed values"]),
    ("emotion-out-of-range", doc(steps=[{**STEP, "emotion": 7}]), ["steps[0].emotion"]),
    ("id-with-spaces", doc(steps=[{**STEP, "id": "ask at desk"}]), ["'ask at desk' is not a valid id"]),
    ("unknown-need", doc(steps=[{**STEP, "need": "fly"}]), ["steps[0].need: no need with id 'fly'"]),
    ("negative-minutes", doc(steps=[{**STEP, "waiting_minutes": -5}]),
     ["steps[0].waiting_minutes", "greater than or equal to 0"]),
    ("concept-bad-threshold", doc(concept={"intervene_when": [{"fact": "value", "op": "=>", "value": 1}]}),
     ["concept.intervene_when[0].op"]),
]


@pytest.mark.parametrize("name, content, expected", MALFORMED, ids=[case[0] for case in MALFORMED])
def test_malformed_file_gets_plain_message_and_exit_1(tmp_path: Path, capsys, name, content, expected):
    path = tmp_path / f"{name}.blueprint.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")

    status = main(["validate", str(path)])

    output = capsys.readouterr()
    text = output.out + output.err
    assert status == 1
    assert "Traceback" not in text
    assert f"{path}: cannot be opened" in text
    for words in expected:
        assert words in text


def test_all_problems_are_reported_at_once(tmp_path: Path, capsys):
    path = tmp_path / "many.blueprint.json"
    path.write_text(doc(steps=[{**STEP, "lane": "nowhere"}, {**STEP, "title": "Twice"}],
                        flows=[{"id": "f", "source": "ask", "target": "void"}]), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "steps[0].lane: no lane with id 'nowhere'" in out
    assert "steps[1].id: id 'ask' is already used" in out
    assert "flows[0].target: no step with id 'void'" in out


def test_oversized_file_is_refused_before_reading(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setattr(fileformat, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "huge.blueprint.json"
    path.write_text(doc(description="x" * (2 * 1024 * 1024)), encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert "files over 1 MB are refused" in capsys.readouterr().err


@pytest.mark.parametrize("make", [lambda p: p / "missing.blueprint.json", lambda p: p])
def test_unreadable_path_exits_2(tmp_path: Path, capsys, make):
    assert main(["validate", str(make(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert "cannot be opened" in err and "Traceback" not in err


def test_concept_file_errors_name_their_path(tmp_path: Path, capsys):
    path = tmp_path / "bad.concept.json"
    path.write_text(json.dumps({"format": "service-concept", "version": 1,
                                "standards": {"max_contacts_per_need": 0}}), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert "standards.max_contacts_per_need" in capsys.readouterr().out
