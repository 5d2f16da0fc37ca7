"""Fuzzed blueprint files: every input opens or gives a LoadError in plain words, never a
traceback, and whatever opens can be saved and opened again unchanged."""

from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint.model.fileformat import LoadError, dumps_blueprint, loads_blueprint
from blueprint.shipped import examples_folder
from tests.fuzz.scale import cases

EXAMPLES = examples_folder()
SEEDS = [json.loads(path.read_text(encoding="utf-8"))
         for path in sorted(EXAMPLES.glob("*.blueprint.json"))]

ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**30, 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e400, -1e400, 1e308, "", " ", "\x00", "x" * 600, "=cmd", [], {}, [[[]]],
                     "step-1", "customer", "wasted", "in-person", -2, 3, 0.5]),
    st.text(max_size=20),
)


def _paths(data, prefix=()):
    """Every (container, key) in a JSON value, depth first."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield data, key
            yield from _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield data, index
            yield from _paths(value, prefix + (index,))


@st.composite
def mutated_files(draw) -> str:
    """An example file with a few values replaced, keys dropped or added, then written out
    (sometimes cut short or with a byte changed)."""
    data = json.loads(json.dumps(draw(st.sampled_from(SEEDS))))
    for _ in range(draw(st.integers(1, 6))):
        places = list(_paths(data))
        if not places:
            break
        container, key = places[draw(st.integers(0, len(places) - 1))]
        action = draw(st.sampled_from(["replace", "drop", "add", "duplicate"]))
        if action == "replace":
            container[key] = draw(ODD_VALUES)
        elif action == "drop":
            del container[key]
        elif action == "add" and isinstance(container, dict):
            container[draw(st.text(min_size=1, max_size=8))] = draw(ODD_VALUES)
        elif action == "duplicate" and isinstance(container, list):
            container.append(json.loads(json.dumps(container[key])))
    text = json.dumps(data, ensure_ascii=False, allow_nan=True)
    text = text.replace("Infinity", draw(st.sampled_from(["Infinity", "1e400", "-1e999"])))
    cut = draw(st.sampled_from([None, None, None, "cut", "byte"]))
    if cut == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif cut == "byte" and text:
        position = draw(st.integers(0, len(text) - 1))
        text = text[:position] + draw(st.sampled_from(["{", "]", "\"", ",", "\\", "é"])) + text[position + 1:]
    return text


def _opens_or_says_why(text: str) -> None:
    try:
        blueprint = loads_blueprint(text, "fuzzed.blueprint.json")
    except LoadError as error:
        assert error.problems and "Traceback" not in error.describe()
        return
    again = loads_blueprint(dumps_blueprint(blueprint), "saved.blueprint.json")
    assert again == blueprint
    for step in blueprint.steps:
        assert math.isfinite(step.x) and math.isfinite(step.customer_minutes)


@settings(max_examples=cases(300, 10_000), suppress_health_check=list(HealthCheck))
@given(mutated_files())
def test_a_mutated_file_opens_or_says_why(text: str) -> None:
    _opens_or_says_why(text)


@settings(max_examples=cases(100, 1_000), suppress_health_check=list(HealthCheck))
@given(st.text(max_size=300))
def test_arbitrary_text_opens_or_says_why(text: str) -> None:
    _opens_or_says_why(text)


def test_a_number_json_cannot_hold_is_refused_with_its_place() -> None:
    text = '{"format": "service-blueprint", "version": 1, "facts": {"value_eur": 1e400}}'
    try:
        loads_blueprint(text, "big.blueprint.json")
    except LoadError as error:
        assert [str(p) for p in error.problems] == ["facts.value_eur: input should be a finite number (found inf)"]
    else:
        raise AssertionError("a file with 1e400 opened")
