"""CSV the program writes is safe to open in a spreadsheet: no cell runs as a formula.

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or a
carriage return before one) as a formula, so a step titled ``=HYPERLINK(...)`` would become
a live link or worse in the reader's spreadsheet (CSV injection, OWASP). Such a cell gets a
leading apostrophe, which spreadsheets show as plain text; a cell that is just a number
(``-2``, ``+3.5``) is left as it is, so numbers stay numbers. A carriage return inside a
cell becomes a plain line break, which the writer quotes (Python 3.11's ``csv`` leaves a
lone ``\r`` unquoted when rows end in ``\n``, and a reader then splits the row there).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def safe_cell(value: Any) -> str:
    """The cell's text, with an apostrophe in front when a spreadsheet would run it."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.match(text):
        text = "'" + text
    return text.replace("\r\n", "\n").replace("\r", "\n")


class SafeCsvWriter:
    """A ``csv.writer`` whose every cell goes through :func:`safe_cell`."""

    def __init__(self, stream: TextIO, **options: Any):
        self._writer = csv.writer(stream, **options)

    def writerow(self, row: Iterable[Any]) -> None:
        """Write one row of safe cells."""
        self._writer.writerow([safe_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        """Write several rows of safe cells."""
        for row in rows:
            self.writerow(row)
