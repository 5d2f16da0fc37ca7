"""Reading one spreadsheet cell as a step field, with a plain reason when it can't be read."""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Callable

from pydantic import ValidationError

from blueprint.interchange.words import (
    CHANNEL_WORDS,
    KIND_WORDS,
    NO_WORDS,
    OUTCOME_WORDS,
    STANDARD_LANES,
    VALUE_WORDS,
    WASTE_WORDS,
    YES_WORDS,
    closest,
    lane_words,
    word_key,
    word_table,
)
from blueprint.model.blueprint import Step
from blueprint.model.timing import Duration, TimeUnit
from blueprint.model.fileformat import problems_from_validation
from blueprint.model.validation import Problem

MAX_MINUTES = 1_000_000

_NUMBER = re.compile(r"^([+-]?\d+(?:[.,]\d+)?)$")
_MINUTES = re.compile(r"^([+-]?\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?|minuten|minuut)?\.?$",
                      re.IGNORECASE)
_WASTE_SEPARATORS = re.compile(r"[,;/|+]")


class CellError(ValueError):
    """A cell that cannot be read as its column's field; the message says why, plainly."""


def _word(cell: str, words: dict[StrEnum, tuple[str, ...]], what: str) -> StrEnum:
    table = word_table(words)
    found = table.get(word_key(cell) or cell)
    if found is not None:
        return found
    guess = closest(cell, [name for names in words.values() for name in names] + [str(v) for v in words])
    hint = f" (did you mean '{guess}'?)" if guess else ""
    allowed = ", ".join(str(value) for value in words)
    raise CellError(f"'{cell}' is not a {what}{hint}; use one of {allowed} (or the Dutch word)")


def _lane(cell: str) -> str:
    lane_id = lane_words().get(word_key(cell))
    if lane_id is not None:
        return lane_id
    names = [name for lane in STANDARD_LANES for name in (lane.id, lane.english, lane.dutch) + lane.aliases]
    guess = closest(cell, names)
    hint = f" (did you mean '{guess}'?)" if guess else ""
    ids = ", ".join(lane.id for lane in STANDARD_LANES)
    raise CellError(f"'{cell}' is not a lane{hint}; use a lane id ({ids}) or a lane title "
                    "such as 'Customer actions' or 'Klantacties'")


def _number(cell: str, pattern: re.Pattern[str], what: str) -> float:
    match = pattern.match(cell.replace("\u2212", "-"))
    if not match:
        raise CellError(f"'{cell}' is not a number; write {what} as digits, e.g. 5 or 2,5")
    number = float(match.group(1).replace(",", "."))
    if not math.isfinite(number):
        raise CellError(f"'{cell}' is not a number")
    return number


def _minutes(cell: str) -> float:
    minutes = _number(cell, _MINUTES, "the minutes")
    if minutes < 0:
        raise CellError(f"'{cell}' is negative; minutes are 0 or more")
    if minutes > MAX_MINUTES:
        raise CellError(f"'{cell}' minutes is more than anyone spends on one step")
    return minutes


def _order(cell: str) -> float:
    return _number(cell, _NUMBER, "the order")


def _emotion(cell: str) -> int:
    number = _number(cell, _NUMBER, "the emotion")
    if number != int(number) or not -2 <= number <= 2:
        raise CellError(f"'{cell}' is not an emotion; use a whole number from -2 to +2")
    return int(number)


def _yes_no(cell: str) -> bool:
    key = word_key(cell)
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise CellError(f"'{cell}' is neither yes nor no; write yes or no (ja of nee)")


def _waste(cell: str) -> list[StrEnum]:
    kinds: list[StrEnum] = []
    for part in _WASTE_SEPARATORS.split(cell):
        if part.strip():
            kind = _word(part.strip(), WASTE_WORDS, "kind of waste")
            if kind not in kinds:
                kinds.append(kind)
    return kinds


_DURATION = re.compile(r"^(\d+(?:[.,]\d+)?)\s*([^\d].*)?$")
_UNIT_WORDS: dict[TimeUnit, tuple[str, ...]] = {
    TimeUnit.MINUTES: ("m", "min", "mins", "minute", "minutes", "minuut", "minuten"),
    TimeUnit.HOURS: ("h", "hr", "hrs", "hour", "hours", "u", "uur", "uren"),
    TimeUnit.WORKING_DAYS: ("working day", "working days", "workday", "workdays", "business day",
                            "business days", "werkdag", "werkdagen"),
    TimeUnit.DAYS: ("d", "day", "days", "dag", "dagen"),
    TimeUnit.WEEKS: ("w", "wk", "week", "weeks", "weken"),
}


def _duration(cell: str) -> Duration:
    """``2 weeks``, ``3 working days``, ``45 min``, ``4 uur``; a bare number is minutes."""
    match = _DURATION.match(cell.strip())
    if not match:
        raise CellError(f"'{cell}' is not a time; write a number and a unit, e.g. 2 weeks, "
                        "3 working days or 45 min")
    amount = float(match.group(1).replace(",", "."))
    unit_text = word_key(match.group(2) or "min")
    for unit, names in _UNIT_WORDS.items():
        if unit_text in {word_key(name) for name in names}:
            if amount > MAX_MINUTES:
                raise CellError(f"'{cell}' is far longer than any wait in one journey")
            return Duration(amount=amount, unit=unit)
    raise CellError(f"'{cell}' has no unit the program knows; use minutes, hours, working days, "
                    "days or weeks (or minuten, uur, werkdagen, dagen, weken)")


def _items(cell: str) -> list[str]:
    """Several items in one cell, separated by ``;`` (or ``|``)."""
    return [part.strip() for part in re.split(r"[;|]", cell) if part.strip()]


def _need(cell: str) -> str:
    if len(cell) > 500:
        raise CellError("the need is longer than 500 characters; shorten it")
    return cell


_PARSERS: dict[str, Callable[[str], object]] = {
    "lane": _lane,
    "channel": lambda cell: _word(cell, CHANNEL_WORDS, "channel"),
    "value": lambda cell: _word(cell, VALUE_WORDS, "value"),
    "kind": lambda cell: _word(cell, KIND_WORDS, "kind of step"),
    "outcome": lambda cell: _word(cell, OUTCOME_WORDS, "outcome"),
    "waste": _waste,
    "customer_minutes": _minutes,
    "staff_minutes": _minutes,
    "waiting_minutes": _minutes,
    "order": _order,
    "emotion": _emotion,
    "fail_point": _yes_no,
    "need": _need,
    "delay": _duration,
    "supports": _items,
    "customer_provides": _items,
    "referral.hand_over": _yes_no,
    "referral.appointment": _yes_no,
}
"""Parsers of the fields that are not free text; every other field keeps its text."""


def parse_cell(field: str, cell: str) -> object | None:
    """The cell's value for ``field``; None for an empty cell; CellError when unreadable."""
    cell = cell.strip()
    if not cell:
        return None
    parser = _PARSERS.get(field)
    return parser(cell) if parser else cell


PLACED_LATER = frozenset({"need", "organisation", "supports", "delay"})
"""Fields the placement turns into needs, organisations, supports and flow delays."""


def step_field_problems(fields: dict[str, object]) -> list[Problem]:
    """What the step model refuses in these fields (e.g. a title that is far too long)."""
    step_fields = {name: value for name, value in fields.items() if name not in PLACED_LATER}
    step_fields.setdefault("title", "")
    step_fields.setdefault("lane", "customer")
    try:
        Step(id="imported", **step_fields)  # type: ignore[arg-type]
    except ValidationError as error:
        return problems_from_validation(error)
    if not str(step_fields["title"]).strip():
        return [Problem("", "the title is empty; every step needs one")]
    return []

