"""Import steps typed into a spreadsheet (sticky notes after a workshop) as a blueprint.

A header row names the columns, in English or Dutch (see :mod:`blueprint.interchange.words`);
one row per step. The delimiter is sniffed from the header (``,`` or ``;`` — Dutch Excel
writes ``;`` — or a tab), a byte-order mark is tolerated, and a file Excel saved in its
Windows code page or as UTF-16 is read too.

Import is all or nothing: every bad row is reported with its row number as the
spreadsheet shows it (the header is row 1) and what is wrong in plain words, and a file
with any problem gives no blueprint at all. Steps are placed in ``order`` (else row order)
in their lanes, one column each (see :mod:`blueprint.interchange.placement`).

The problems are said in the language of the person importing (``language``: the desktop
program's, or the user's on the command line), English unless told; the file's own language
(English or Dutch column names) only decides the blueprint's.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path

from pydantic import ValidationError

from blueprint.check.wording import Wording, template
from blueprint.interchange.cells import ENGLISH, CellError, parse_cell, step_field_problems
from blueprint.interchange.placement import StepRow, place_steps, supported_rows
from blueprint.interchange.words import (
    COLUMNS,
    REQUIRED_FIELDS,
    Language,
    closest,
    column_names,
    word_key,
)
from blueprint.model.blueprint import MAX_NEEDS, Blueprint
from blueprint.model.fileformat import FileUnreadable, LoadError, problems_from_validation, read_text

MAX_STEPS = 4000
"""More steps than this would put cards beyond the canvas's coordinate range."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One thing wrong in the spreadsheet: the row (header = 1) and what, in plain words."""

    row: int
    message: str
    say: Wording = field(default=ENGLISH, compare=False, repr=False)
    """The language of the message, which says "row N" in it too."""

    def __str__(self) -> str:
        return self.say("row {row}: {message}", row=self.row, message=self.message)


class StepsImportError(LoadError):
    """The spreadsheet gave no blueprint; ``problems`` (RowProblems) names every bad row,
    said by ``say``."""

    problems: list[RowProblem]  # type: ignore[assignment]

    def __init__(self, source: str, problems: list[RowProblem], say: Wording = ENGLISH):
        self.say = say
        super().__init__(source, [replace(problem, say=say) for problem in problems])  # type: ignore[arg-type]

    def describe(self) -> str:
        """Every problem, one per line, headed by the file name and how many rows are bad."""
        say = self.say
        rows = len({problem.row for problem in self.problems if problem.row})
        lines = [say.plural("{source}: nothing was imported ({count} bad row)",
                            "{source}: nothing was imported ({count} bad rows)", rows, source=self.source)
                 if rows else say("{source}: nothing was imported", source=self.source)]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


class SpreadsheetUnreadable(StepsImportError):
    """The file could not be read as text at all (missing, a folder, a workbook, binary)."""


@dataclass(frozen=True, slots=True)
class Header:
    """What the header row says: the step field of each column and the file's language."""

    fields: list[str | None]  # per column; None for an empty trailing header cell
    names: list[str]  # the names as written, for messages
    dutch: bool


# ---------------------------------------------------------------- reading the file


def read_steps_csv(path: Path | str, title: str | None = None, language: str | None = None) -> Blueprint:
    """The blueprint in a steps CSV file; StepsImportError naming every bad row, said in
    ``language`` (a code such as ``nl`` or Qt's ``nl_BE``; English when None)."""
    name, say = str(path), Wording.for_language(language)
    try:
        text = read_text(path)
    except FileUnreadable as error:
        raise SpreadsheetUnreadable(name, [RowProblem(0, str(p)) for p in error.problems], say) from None
    except LoadError:  # not UTF-8: what Excel writes as "CSV" on Windows, or UTF-16 text
        text = decode_spreadsheet(Path(path).read_bytes(), name, say)
    return _import_steps(text, name, title, say)


def decode_spreadsheet(data: bytes, source: str, say: Wording = ENGLISH) -> str:
    """Text of a file that is not UTF-8: UTF-16 with a BOM, else the Windows code page."""
    if data.startswith(b"PK\x03\x04"):
        raise SpreadsheetUnreadable(source, [RowProblem(0, say(
            "this is a workbook (.xlsx), not a CSV file; in the spreadsheet choose "
            "Save As and the format 'CSV UTF-8'"))], say)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise SpreadsheetUnreadable(source, [RowProblem(0, say(
        "this is not a text file; save the spreadsheet as 'CSV UTF-8'"))], say)


def sniff_delimiter(text: str) -> str:
    """The delimiter the header row uses: the most frequent of ``;``, ``,`` and tab."""
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    counts = {delimiter: first_line.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def spreadsheet_rows(text: str, source: str = "<csv>", say: Wording = ENGLISH) -> list[list[str]]:
    """The rows of the CSV text, the header first; a quoted cell may span lines.

    StepsImportError (with the row number) when the text cannot be split into cells, e.g.
    a cell longer than any field could hold.
    """
    text = text.lstrip("\ufeff")
    reader = csv.reader(text.splitlines(keepends=True), delimiter=sniff_delimiter(text), strict=False)
    rows: list[list[str]] = []
    try:
        for cells in reader:
            rows.append(cells)
    except csv.Error as error:
        row = len(rows) + 1
        reason = (say("a cell is longer than {limit:,} characters; no field of a step is that long "
                      "(a quote that is never closed swallows the rest of the file)",
                      limit=csv.field_size_limit())
                  if "field larger" in str(error) else say("the cells cannot be read ({error})", error=error))
        raise StepsImportError(source, [RowProblem(row, reason)], say) from None
    return rows


# ---------------------------------------------------------------- the header


def column_letter(index: int) -> str:
    """The column's name as a spreadsheet shows it: A, B, ..., Z, AA, AB, ..."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def read_header(cells: list[str], say: Wording = ENGLISH) -> tuple[Header, list[RowProblem]]:
    """The columns the header names, and every problem with it (all reported as row 1)."""
    known = column_names()
    fields: list[str | None] = []
    problems: list[RowProblem] = []
    languages: list[Language] = []
    seen: dict[str, int] = {}
    names = [cell.strip() for cell in cells]
    for index, name in enumerate(names):
        if not name:
            fields.append(None)
            continue
        field, language = known.get(word_key(name), (None, Language.EITHER))
        fields.append(field)
        if field is None:
            problems.append(RowProblem(1, _unknown_column(index, name, say)))
        elif field in seen:
            problems.append(RowProblem(1, say(
                "columns {first} ({first_name}) and {second} ({second_name}) both give the {field}; "
                "keep one of them", first=column_letter(seen[field]), first_name=names[seen[field]],
                second=column_letter(index), second_name=name, field=field.replace("_", " "))))
        else:
            seen[field] = index
            languages.append(language)
    for field in REQUIRED_FIELDS:
        if field not in seen:
            problems.append(RowProblem(1, say(
                "there is no {field} column; the header row must name at least the "
                "title and the lane of each step (e.g. 'title;lane' or 'titel;baan')", field=field)))
    dutch = languages.count(Language.DUTCH) > languages.count(Language.ENGLISH)
    return Header(fields, names, dutch), problems


def _unknown_column(index: int, name: str, say: Wording) -> str:
    english = [column.field.replace("_", " ") for column in COLUMNS]
    all_names = english + [word for column in COLUMNS for word in column.dutch + column.english]
    guess = closest(name, all_names)
    fields = {"column": column_letter(index), "name": name, "known": ", ".join(english), "guess": guess}
    if guess:
        return say("column {column} is named '{name}', which is not a known column. Did you mean "
                   "'{guess}'? Known columns: {known} (or their Dutch names)", **fields)
    return say("column {column} is named '{name}', which is not a known column. "
               "Known columns: {known} (or their Dutch names)", **fields)


# ---------------------------------------------------------------- the rows


_EMPTY = {"title": template("the title is empty; every step needs its title"),
          "lane": template("the lane is empty; every step needs its lane")}
"""What is said of an empty cell in each of the REQUIRED_FIELDS."""


def read_row(row: int, cells: list[str], header: Header,
             say: Wording = ENGLISH) -> tuple[StepRow | None, list[RowProblem]]:
    """One data row as step fields, or None with every problem in it."""
    width = len(header.fields)
    extra = [cell for cell in cells[width:] if cell.strip()]
    if extra:
        return None, [RowProblem(row, say(  # more than the header's two or more: a plural in every language
            "the row has {count} cells but the header names {columns} columns; "
            "a cell that contains the delimiter needs quotes around it", count=len(cells), columns=width))]
    fields: dict[str, object] = {}
    problems: list[RowProblem] = []
    unreadable: set[str] = set()
    for index, field_name in enumerate(header.fields):
        cell = cells[index] if index < len(cells) else ""
        if field_name is None:
            continue
        try:
            value = parse_cell(field_name, cell, say)
        except CellError as error:
            problems.append(RowProblem(row, f"{header.names[index]}: {error}"))
            unreadable.add(field_name)
            continue
        if value is not None:
            fields[field_name] = value
    for required in REQUIRED_FIELDS:
        if required not in fields and required not in unreadable:
            problems.append(RowProblem(row, say(_EMPTY[required])))
    referral = {name.removeprefix("referral."): fields.pop(name) for name in list(fields)
                if name.startswith("referral.")}
    if referral:
        fields["referral"] = referral
    order = fields.pop("order", None)
    if "waste" in fields and fields.get("value", "wasted") != "wasted":
        problems.append(RowProblem(row, say(
            "waste kinds are given but the step is not marked wasted; mark it wasted "
            "or leave the waste kinds empty")))
    if not problems:
        problems = [RowProblem(row, str(problem)) for problem in step_field_problems(fields, say)]
    if problems:
        return None, problems
    return StepRow(row, order, fields), []  # type: ignore[arg-type]


def import_steps(text: str, source: str = "<csv>", title: str | None = None,
                 language: str | None = None) -> Blueprint:
    """The blueprint of a steps CSV text; StepsImportError naming every bad row, said in
    ``language`` (English when None)."""
    return _import_steps(text, source, title, Wording.for_language(language))


def _import_steps(text: str, source: str, title: str | None, say: Wording) -> Blueprint:
    rows = spreadsheet_rows(text, source, say) if text.strip() else []
    if not rows:
        raise StepsImportError(source, [RowProblem(1, say(
            "the file is empty; the first row must name the columns, e.g. 'title;lane'"))], say)
    header, problems = read_header(rows[0], say)
    if problems:
        raise StepsImportError(source, problems, say)
    step_rows: list[StepRow] = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank rows between groups of notes are fine
        step_row, row_problems = read_row(number, cells, header, say)
        problems += row_problems
        if step_row is not None:
            step_rows.append(step_row)
    problems += _order_problems(step_rows, header, say)
    problems += _support_problems(step_rows, say)
    if not problems and not step_rows:
        problems.append(RowProblem(2, say("there are no steps below the header row")))
    if not problems and len(step_rows) > MAX_STEPS:
        problems.append(RowProblem(0, say("the file has {count} steps; at most {limit} fit in one blueprint",
                                          count=len(step_rows), limit=MAX_STEPS)))
    if not problems:
        problems += _need_count_problems(step_rows, say)
    if problems:
        raise StepsImportError(source, problems, say)
    try:
        return place_steps(step_rows, dutch=header.dutch, title=title)
    except ValidationError as error:  # a limit of the whole blueprint no row check foresaw
        raise StepsImportError(source, [RowProblem(0, str(problem))
                                        for problem in problems_from_validation(error)], say) from None


def _need_count_problems(step_rows: list[StepRow], say: Wording) -> list[RowProblem]:
    """A blueprint holds at most MAX_NEEDS needs: name the row where the file goes over."""
    needs: set[object] = set()
    for step_row in step_rows:
        need = step_row.fields.get("need")
        if need is not None and need not in needs:
            needs.add(need)
            if len(needs) > MAX_NEEDS:
                return [RowProblem(step_row.row, say(
                    "this row brings the number of different needs over {limit}, the most "
                    "one blueprint holds; group the steps under fewer needs", limit=MAX_NEEDS))]
    return []


def _order_problems(step_rows: list[StepRow], header: Header, say: Wording) -> list[RowProblem]:
    """With an order column, every step needs its number: a gap would be guessed."""
    if "order" not in header.fields:
        return []
    return [RowProblem(step_row.row, say(
        "the order is empty; give every step a number, or leave out the whole order column"))
        for step_row in step_rows if step_row.order is None]


def _support_problems(step_rows: list[StepRow], say: Wording) -> list[RowProblem]:
    """Each entry of a supports cell must name another row: its order number or its title."""
    problems = []
    for step_row in step_rows:
        for wanted in step_row.fields.get("supports", []):
            found = supported_rows(wanted, step_rows, step_row)
            if not found:
                problems.append(RowProblem(step_row.row, say(
                    "supports: '{wanted}' is neither the order number nor the title of another step",
                    wanted=wanted)))
    return problems
