"""Fuzzed step spreadsheets: every input is imported or refused with row numbers and plain
words (StepsImportError), never a traceback; what is imported saves and opens again."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint.interchange.csv_import import StepsImportError, import_steps
from blueprint.model.fileformat import dumps_blueprint, loads_blueprint
from tests.fuzz.scale import cases

GOOD = [
    "title;lane;channel;value;waste;customer minutes;outcome;need;order;emotion;fail point\n"
    "Asks at the post;customer;in person;wasted;travel, waiting;20;none;lost phone;1;-1;no\n"
    "Nothing found;frontstage;in person;wasted;;2;refused;lost phone;2;-2;yes\n"
    "Files a report;customer;in person;wasted;over-processing;60;none;lost phone;3;-2;no\n",
    "titel,baan,waarde,klantminuten\nMeldt zich,klant,waardevol,5\nHelpt,frontstage,nodig,3\n",
    "title\tlane\nOne\tcustomer\nTwo\tsupport\n",
]

CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "customer", "frontstage", "klant", "wasted", "waardevol", "yes",
                     "nee", "-3", "3", "1e400", "inf", "nan", "2,5", "1.000.000", "9" * 40,
                     "\"", "\"\"", ";", ",", "\t", "\n", "=SUM(A1)", "x" * 600, "x" * 140_000,
                     "travel,waiting", "waiting;error", "\ufeff", "\x00"]),
)


@st.composite
def mutated_spreadsheets(draw) -> str:
    """A good spreadsheet with cells replaced, rows added or dropped, or the text cut."""
    text = draw(st.sampled_from(GOOD))
    delimiter = ";" if ";" in text.splitlines()[0] else ("," if "," in text.splitlines()[0] else "\t")
    rows = [line.split(delimiter) for line in text.splitlines()]
    for _ in range(draw(st.integers(1, 5))):
        action = draw(st.sampled_from(["cell", "cell", "row", "drop", "header", "many-needs"]))
        row = draw(st.integers(0, len(rows) - 1)) if rows else 0
        if action == "cell" and rows and rows[row]:
            rows[row][draw(st.integers(0, len(rows[row]) - 1))] = draw(CELLS)
        elif action == "row":
            rows.append([draw(CELLS) for _ in range(draw(st.integers(0, 12)))])
        elif action == "drop" and rows:
            del rows[row]
        elif action == "header" and rows:
            rows[0].append(draw(CELLS))
        elif action == "many-needs" and rows:
            rows += [[f"s{n}", "customer", "", "", "", "", "", f"need {n}"] for n in range(1005)]
    result = "\n".join(delimiter.join(row) for row in rows)
    if draw(st.booleans()):
        result = result[: draw(st.integers(0, len(result)))]
    return result


def _imports_or_says_why(text: str) -> None:
    try:
        blueprint = import_steps(text, source="fuzzed.csv")
    except StepsImportError as error:
        assert error.problems, "a refusal must say why"
        assert "Traceback" not in error.describe()
        return
    assert loads_blueprint(dumps_blueprint(blueprint)) == blueprint


@settings(max_examples=cases(200, 2_000), suppress_health_check=list(HealthCheck))
@given(mutated_spreadsheets())
def test_a_mutated_spreadsheet_imports_or_says_why(text: str) -> None:
    _imports_or_says_why(text)


@settings(max_examples=cases(100, 1_000), suppress_health_check=list(HealthCheck))
@given(st.text(max_size=200))
def test_arbitrary_text_imports_or_says_why(text: str) -> None:
    _imports_or_says_why(text)


def test_a_cell_over_the_csv_limit_is_named_by_row() -> None:
    text = "title;lane\nAsks;customer\n" + "x" * 140_000 + ";customer\n"
    try:
        import_steps(text, source="long.csv")
    except StepsImportError as error:
        assert error.problems[0].row == 3
        assert "131,072 characters" in error.problems[0].message
    else:
        raise AssertionError("a 140,000-character cell was imported")


def test_more_needs_than_a_blueprint_holds_names_the_row() -> None:
    rows = "".join(f"step {n};customer;need {n}\n" for n in range(1001))
    try:
        import_steps("title;lane;need\n" + rows, source="needs.csv")
    except StepsImportError as error:
        assert [(p.row, "over 1000" in p.message) for p in error.problems] == [(1002, True)]
    else:
        raise AssertionError("1,001 needs were imported")


def test_an_empty_lane_cell_is_a_row_problem() -> None:
    try:
        import_steps("title;lane\nAsks;customer\nWaits;\n", source="lanes.csv")
    except StepsImportError as error:
        assert [str(p) for p in error.problems] == ["row 3: the lane is empty; every step needs its lane"]
    else:
        raise AssertionError("a step without a lane was imported")
