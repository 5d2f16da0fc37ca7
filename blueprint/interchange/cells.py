"""Reading one spreadsheet cell as a step field, with a plain reason when it can't be read.

The reason is said in the language of the person importing: the :class:`Wording` passed to
:func:`parse_cell` (English unless told).
"""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Callable

from pydantic import ValidationError

from blueprint.check.wording import Wording, template
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


ENGLISH = Wording.for_language("en")
"""The wording when the caller names no language."""


class CellError(ValueError):
    """A cell that cannot be read as its column's field; the message says why, plainly."""


_NOT_A_WORD = {
    "channel": (template("'{cell}' is not a channel; use one of {allowed} (or the Dutch word)"),
                template("'{cell}' is not a channel (did you mean '{guess}'?); use one of {allowed} "
                         "(or the Dutch word)")),
    "value": (template("'{cell}' is not a value; use one of {allowed} (or the Dutch word)"),
              template("'{cell}' is not a value (did you mean '{guess}'?); use one of {allowed} "
                       "(or the Dutch word)")),
    "kind": (template("'{cell}' is not a kind of step; use one of {allowed} (or the Dutch word)"),
             template("'{cell}' is not a kind of step (did you mean '{guess}'?); use one of {allowed} "
                      "(or the Dutch word)")),
    "outcome": (template("'{cell}' is not an outcome; use one of {allowed} (or the Dutch word)"),
                template("'{cell}' is not an outcome (did you mean '{guess}'?); use one of {allowed} "
                         "(or the Dutch word)")),
    "waste": (template("'{cell}' is not a kind of waste; use one of {allowed} (or the Dutch word)"),
              template("'{cell}' is not a kind of waste (did you mean '{guess}'?); use one of {allowed} "
                       "(or the Dutch word)")),
}
"""Field -> what is said of a word it does not know: without a guess, and with one."""

_NOT_DIGITS = {
    "minutes": template("'{cell}' is not a number; write the minutes as digits, e.g. 5 or 2,5"),
    "order": template("'{cell}' is not a number; write the order as digits, e.g. 5 or 2,5"),
    "emotion": template("'{cell}' is not a number; write the emotion as digits, e.g. 5 or 2,5"),
}


def _word(cell: str, words: dict[StrEnum, tuple[str, ...]], field: str, say: Wording) -> StrEnum:
    table = word_table(words)
    found = table.get(word_key(cell) or cell)
    if found is not None:
        return found
    guess = closest(cell, [name for names in words.values() for name in names] + [str(v) for v in words])
    allowed = ", ".join(str(value) for value in words)
    unknown, guessed = _NOT_A_WORD[field]
    raise CellError(say(guessed if guess else unknown, cell=cell, guess=guess, allowed=allowed))


def _lane(cell: str, say: Wording) -> str:
    lane_id = lane_words().get(word_key(cell))
    if lane_id is not None:
        return lane_id
    names = [name for lane in STANDARD_LANES for name in (lane.id, lane.english, lane.dutch) + lane.aliases]
    guess = closest(cell, names)
    ids = ", ".join(lane.id for lane in STANDARD_LANES)
    if guess:
        raise CellError(say("'{cell}' is not a lane (did you mean '{guess}'?); use a lane id ({ids}) or a "
                            "lane title such as 'Customer actions' or 'Klantacties'",
                            cell=cell, guess=guess, ids=ids))
    raise CellError(say("'{cell}' is not a lane; use a lane id ({ids}) or a lane title such as "
                        "'Customer actions' or 'Klantacties'", cell=cell, ids=ids))


def _number(cell: str, pattern: re.Pattern[str], what: str, say: Wording) -> float:
    match = pattern.match(cell.replace("\u2212", "-"))
    if not match:
        raise CellError(say(_NOT_DIGITS[what], cell=cell))
    number = float(match.group(1).replace(",", "."))
    if not math.isfinite(number):
        raise CellError(say("'{cell}' is not a number", cell=cell))
    return number


def _minutes(cell: str, say: Wording) -> float:
    minutes = _number(cell, _MINUTES, "minutes", say)
    if minutes < 0:
        raise CellError(say("'{cell}' is negative; minutes are 0 or more", cell=cell))
    if minutes > MAX_MINUTES:
        raise CellError(say("'{cell}' minutes is more than anyone spends on one step", cell=cell))
    return minutes


def _order(cell: str, say: Wording) -> float:
    return _number(cell, _NUMBER, "order", say)


def _emotion(cell: str, say: Wording) -> int:
    number = _number(cell, _NUMBER, "emotion", say)
    if number != int(number) or not -2 <= number <= 2:
        raise CellError(say("'{cell}' is not an emotion; use a whole number from -2 to +2", cell=cell))
    return int(number)


def _yes_no(cell: str, say: Wording) -> bool:
    key = word_key(cell)
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise CellError(say("'{cell}' is neither yes nor no; write yes or no (ja of nee)", cell=cell))


def _waste(cell: str, say: Wording) -> list[StrEnum]:
    kinds: list[StrEnum] = []
    for part in _WASTE_SEPARATORS.split(cell):
        if part.strip():
            kind = _word(part.strip(), WASTE_WORDS, "waste", say)
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


def _duration(cell: str, say: Wording) -> Duration:
    """``2 weeks``, ``3 working days``, ``45 min``, ``4 uur``; a bare number is minutes."""
    match = _DURATION.match(cell.strip())
    if not match:
        raise CellError(say("'{cell}' is not a time; write a number and a unit, e.g. 2 weeks, "
                            "3 working days or 45 min", cell=cell))
    amount = float(match.group(1).replace(",", "."))
    unit_text = word_key(match.group(2) or "min")
    for unit, names in _UNIT_WORDS.items():
        if unit_text in {word_key(name) for name in names}:
            if amount > MAX_MINUTES:
                raise CellError(say("'{cell}' is far longer than any wait in one journey", cell=cell))
            return Duration(amount=amount, unit=unit)
    raise CellError(say("'{cell}' has no unit the program knows; use minutes, hours, working days, "
                        "days or weeks (or minuten, uur, werkdagen, dagen, weken)", cell=cell))


def _items(cell: str, say: Wording) -> list[str]:
    """Several items in one cell, separated by ``;`` (or ``|``)."""
    return [part.strip() for part in re.split(r"[;|]", cell) if part.strip()]


def _need(cell: str, say: Wording) -> str:
    if len(cell) > 500:
        raise CellError(say("the need is longer than {limit} characters; shorten it", limit=500))
    return cell


_PARSERS: dict[str, Callable[[str, Wording], object]] = {
    "lane": _lane,
    "channel": lambda cell, say: _word(cell, CHANNEL_WORDS, "channel", say),
    "value": lambda cell, say: _word(cell, VALUE_WORDS, "value", say),
    "kind": lambda cell, say: _word(cell, KIND_WORDS, "kind", say),
    "outcome": lambda cell, say: _word(cell, OUTCOME_WORDS, "outcome", say),
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


def parse_cell(field: str, cell: str, say: Wording = ENGLISH) -> object | None:
    """The cell's value for ``field``; None for an empty cell; CellError, said by ``say``,
    when unreadable."""
    cell = cell.strip()
    if not cell:
        return None
    parser = _PARSERS.get(field)
    return parser(cell, say) if parser else cell


PLACED_LATER = frozenset({"need", "organisation", "supports", "delay"})
"""Fields the placement turns into needs, organisations, supports and flow delays."""


def step_field_problems(fields: dict[str, object], say: Wording = ENGLISH) -> list[Problem]:
    """What the step model refuses in these fields (e.g. a title that is far too long)."""
    step_fields = {name: value for name, value in fields.items() if name not in PLACED_LATER}
    step_fields.setdefault("title", "")
    step_fields.setdefault("lane", "customer")
    try:
        Step(id="imported", **step_fields)  # type: ignore[arg-type]
    except ValidationError as error:
        return problems_from_validation(error)
    if not str(step_fields["title"]).strip():
        return [Problem("", say("the title is empty; every step needs one"))]
    return []

