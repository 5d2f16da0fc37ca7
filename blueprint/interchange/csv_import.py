"""Import steps typed into a spreadsheet (sticky notes after a workshop) as a blueprint.

A header row names the columns, in English or Dutch (see :mod:`blueprint.interchange.words`);
one row per step. The delimiter is sniffed from the header (``,`` or ``;`` — Dutch Excel
writes ``;`` — or a tab), a byte-order mark is tolerated, and a file Excel saved in its
Windows code page or as UTF-16 is read too.

Import is all or nothing: every bad row is reported with its row number as the
spreadsheet shows it (the header is row 1) and what is wrong in plain words, and a file
with any problem gives no blueprint at all. Steps are placed in ``order`` (else row order)
in their lanes, one column each (see :mod:`blueprint.interchange.placement`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from blueprint.interchange.cells import CellError, parse_cell, step_field_problems
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

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}"


class StepsImportError(LoadError):
    """The spreadsheet gave no blueprint; ``problems`` (RowProblems) names every bad row."""

    problems: list[RowProblem]  # type: ignore[assignment]

    def describe(self) -> str:
        """Every problem, one per line, headed by the file name and how many rows are bad."""
        rows = len({problem.row for problem in self.problems if problem.row})
        count = f" ({rows} bad row{'s' if rows != 1 else ''})" if rows else ""
        lines = [f"{self.source}: nothing was imported{count}"]
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


def read_steps_csv(path: Path | str, title: str | None = None) -> Blueprint:
    """The blueprint in a steps CSV file; StepsImportError naming every bad row."""
    name = str(path)
    try:
        text = read_text(path)
    except FileUnreadable as error:
        raise SpreadsheetUnreadable(name, [RowProblem(0, str(p)) for p in error.problems]) from None
    except LoadError:  # not UTF-8: what Excel writes as "CSV" on Windows, or UTF-16 text
        text = decode_spreadsheet(Path(path).read_bytes(), name)
    return import_steps(text, source=name, title=title)


def decode_spreadsheet(data: bytes, source: str) -> str:
    """Text of a file that is not UTF-8: UTF-16 with a BOM, else the Windows code page."""
    if data.startswith(b"PK\x03\x04"):
        raise SpreadsheetUnreadable(source, [RowProblem(0, (
            "this is a workbook (.xlsx), not a CSV file; in the spreadsheet choose "
            "Save As and the format 'CSV UTF-8'"))])
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
    raise SpreadsheetUnreadable(source, [RowProblem(0, (
        "this is not a text file; save the spreadsheet as 'CSV UTF-8'"))])


def sniff_delimiter(text: str) -> str:
    """The delimiter the header row uses: the most frequent of ``;``, ``,`` and tab."""
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    counts = {delimiter: first_line.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def spreadsheet_rows(text: str, source: str = "<csv>") -> list[list[str]]:
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
        reason = (f"a cell is longer than {csv.field_size_limit():,} characters; no field of a step "
                  "is that long (a quote that is never closed swallows the rest of the file)"
                  if "field larger" in str(error) else f"the cells cannot be read ({error})")
        raise StepsImportError(source, [RowProblem(row, reason)]) from None
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


def read_header(cells: list[str]) -> tuple[Header, list[RowProblem]]:
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
            problems.append(RowProblem(1, _unknown_column(index, name, known)))
        elif field in seen:
            problems.append(RowProblem(1, (
                f"columns {column_letter(seen[field])} ({names[seen[field]]}) and "
                f"{column_letter(index)} ({name}) both give the {field.replace('_', ' ')}; "
                "keep one of them")))
        else:
            seen[field] = index
            languages.append(language)
    for field in REQUIRED_FIELDS:
        if field not in seen:
            problems.append(RowProblem(1, (
                f"there is no {field} column; the header row must name at least the "
                "title and the lane of each step (e.g. 'title;lane' or 'titel;baan')")))
    dutch = languages.count(Language.DUTCH) > languages.count(Language.ENGLISH)
    return Header(fields, names, dutch), problems


def _unknown_column(index: int, name: str, known: dict[str, tuple[str, Language]]) -> str:
    english = [column.field.replace("_", " ") for column in COLUMNS]
    all_names = english + [word for column in COLUMNS for word in column.dutch + column.english]
    guess = closest(name, all_names)
    hint = f" Did you mean '{guess}'?" if guess else ""
    return (f"column {column_letter(index)} is named '{name}', which is not a known column.{hint} "
            f"Known columns: {', '.join(english)} (or their Dutch names)")


# ---------------------------------------------------------------- the rows


def read_row(row: int, cells: list[str], header: Header) -> tuple[StepRow | None, list[RowProblem]]:
    """One data row as step fields, or None with every problem in it."""
    width = len(header.fields)
    extra = [cell for cell in cells[width:] if cell.strip()]
    if extra:
        return None, [RowProblem(row, (
            f"the row has {len(cells)} cells but the header names {width} columns; "
            "a cell that contains the delimiter needs quotes around it"))]
    fields: dict[str, object] = {}
    problems: list[RowProblem] = []
    for index, field in enumerate(header.fields):
        cell = cells[index] if index < len(cells) else ""
        if field is None:
            continue
        try:
            value = parse_cell(field, cell)
        except CellError as error:
            problems.append(RowProblem(row, f"{header.names[index]}: {error}"))
            continue
        if value is not None:
            fields[field] = value
    for required in REQUIRED_FIELDS:
        if required not in fields and not any(required in p.message for p in problems):
            problems.append(RowProblem(row, (
                f"the {required} is empty; every step needs its {required}")))
    referral = {name.removeprefix("referral."): fields.pop(name) for name in list(fields)
                if name.startswith("referral.")}
    if referral:
        fields["referral"] = referral
    order = fields.pop("order", None)
    if "waste" in fields and fields.get("value", "wasted") != "wasted":
        problems.append(RowProblem(row, (
            "waste kinds are given but the step is not marked wasted; mark it wasted "
            "or leave the waste kinds empty")))
    if not problems:
        problems = [RowProblem(row, str(problem)) for problem in step_field_problems(fields)]
    if problems:
        return None, problems
    return StepRow(row, order, fields), []  # type: ignore[arg-type]


def import_steps(text: str, source: str = "<csv>", title: str | None = None) -> Blueprint:
    """The blueprint of a steps CSV text; StepsImportError naming every bad row."""
    rows = spreadsheet_rows(text, source) if text.strip() else []
    if not rows:
        raise StepsImportError(source, [RowProblem(1, (
            "the file is empty; the first row must name the columns, e.g. 'title;lane'"))])
    header, problems = read_header(rows[0])
    if problems:
        raise StepsImportError(source, problems)
    step_rows: list[StepRow] = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank rows between groups of notes are fine
        step_row, row_problems = read_row(number, cells, header)
        problems += row_problems
        if step_row is not None:
            step_rows.append(step_row)
    problems += _order_problems(step_rows, header)
    problems += _support_problems(step_rows)
    if not problems and not step_rows:
        problems.append(RowProblem(2, "there are no steps below the header row"))
    if not problems and len(step_rows) > MAX_STEPS:
        problems.append(RowProblem(0, (
            f"the file has {len(step_rows)} steps; at most {MAX_STEPS} fit in one blueprint")))
    if not problems:
        problems += _need_count_problems(step_rows)
    if problems:
        raise StepsImportError(source, problems)
    try:
        return place_steps(step_rows, dutch=header.dutch, title=title)
    except ValidationError as error:  # a limit of the whole blueprint no row check foresaw
        raise StepsImportError(source, [RowProblem(0, str(problem))
                                        for problem in problems_from_validation(error)]) from None


def _need_count_problems(step_rows: list[StepRow]) -> list[RowProblem]:
    """A blueprint holds at most MAX_NEEDS needs: name the row where the file goes over."""
    needs: set[object] = set()
    for step_row in step_rows:
        need = step_row.fields.get("need")
        if need is not None and need not in needs:
            needs.add(need)
            if len(needs) > MAX_NEEDS:
                return [RowProblem(step_row.row, (
                    f"this row brings the number of different needs over {MAX_NEEDS}, the most "
                    "one blueprint holds; group the steps under fewer needs"))]
    return []


def _order_problems(step_rows: list[StepRow], header: Header) -> list[RowProblem]:
    """With an order column, every step needs its number: a gap would be guessed."""
    if "order" not in header.fields:
        return []
    return [RowProblem(step_row.row, (
        "the order is empty; give every step a number, or leave out the whole order column"))
        for step_row in step_rows if step_row.order is None]


def _support_problems(step_rows: list[StepRow]) -> list[RowProblem]:
    """Each entry of a supports cell must name another row: its order number or its title."""
    problems = []
    for step_row in step_rows:
        for wanted in step_row.fields.get("supports", []):
            found = supported_rows(wanted, step_rows, step_row)
            if not found:
                problems.append(RowProblem(step_row.row, (
                    f"supports: '{wanted}' is neither the order number nor the title of another step")))
    return problems
