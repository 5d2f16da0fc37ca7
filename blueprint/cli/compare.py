"""``blueprint compare AS-IS TO-BE``: the business case of a redesign.

Prints the two journeys' metrics side by side with the difference, the steps matched
between them (kept, changed, removed, added), the findings resolved, still open and new,
and the savings per case and per year in hours and euro; a negative saving is printed as
an extra cost. ``--format text`` (default, in the blueprints' language), ``json``, ``csv``
(one rectangular table) or ``html`` (one self-contained page); ``-o FILE`` writes to a file
instead of the terminal. ``--concept`` checks and prices both against one concept instead
of each file's own. Exit status 0; 2 when a file cannot be read or written.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from blueprint.cli import EXIT_OK, EXIT_UNREADABLE, language_code
from blueprint.check.wording import Wording
from blueprint.cli.check import cannot_be_written
from blueprint.interchange.csv_safe import SafeCsvWriter
from blueprint.model import LoadError, load_blueprint, load_concept

FORMATS = ("text", "json", "csv", "html")
CSV_COLUMNS = ("section", "item", "as_is", "to_be", "difference", "per_year", "note")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: the as-is and the to-be blueprint, --format, -o, --concept, --language."""
    parser.add_argument("as_is", metavar="AS-IS", help="today's journey (*.blueprint.json)")
    parser.add_argument("to_be", metavar="TO-BE", help="the redesigned journey (*.blueprint.json)")
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="text (default), json, csv or html")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the terminal")
    parser.add_argument("--concept", metavar="C.concept.json",
                        help="check and price both journeys against this concept (default: each its own)")
    parser.add_argument("--language", type=language_code, metavar="CODE",
                        help="language of the text, the page and the findings (default: the to-be's)")


def run(args: argparse.Namespace) -> int:
    """Compare the two journeys and write the comparison; exit 0, or 2 on a file problem."""
    from blueprint.analysis.compare import compare

    try:
        as_is, to_be = load_blueprint(args.as_is), load_blueprint(args.to_be)
        concept = load_concept(args.concept) if args.concept else None
    except LoadError as error:
        print(error.describe(), file=sys.stderr)
        return EXIT_UNREADABLE
    language = args.language or to_be.language
    comparison = compare(as_is, to_be, concept, language=language)
    text = WRITERS[args.format](comparison, language)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    from blueprint.model.fileformat import write_atomically

    try:
        write_atomically(Path(args.output), text)
    except OSError as error:
        print(cannot_be_written(Wording.for_language(language), args.output, error), file=sys.stderr)
        return EXIT_UNREADABLE
    print(Wording.for_language(language)("{output}: comparison written", output=args.output))
    return EXIT_OK


def as_text(comparison, language: str) -> str:
    """The comparison for people, in ``language``."""
    from blueprint.report.comparison import comparison_text

    return comparison_text(comparison, Wording.for_language(language))


def as_html(comparison, language: str) -> str:
    """One self-contained page."""
    from blueprint.report.comparison import render_comparison

    return render_comparison(comparison, language=language)


def as_json(comparison, language: str) -> str:
    """Everything, for programs."""
    return json.dumps(comparison.as_json(), indent=2, ensure_ascii=False) + "\n"


def as_csv(comparison, language: str) -> str:
    """One rectangular table (:data:`CSV_COLUMNS`): metrics, savings, steps, findings.

    No cell runs as a formula in a spreadsheet (:mod:`blueprint.interchange.csv_safe`).
    """
    stream = io.StringIO()
    writer = SafeCsvWriter(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in comparison.metrics:
        verdict = {True: "better", False: "worse", None: "same"}[m.improved]
        writer.writerow(["metric", m.key, _number(m.as_is), _number(m.to_be), _number(m.difference), "", verdict])
    for s in comparison.savings:
        note = "" if not s.per_case else ("saved" if s.per_case > 0 else "extra cost")
        writer.writerow(["saving", s.key, "", "", _number(s.per_case), _number(s.per_year), note])
    for p in comparison.steps:
        before = "" if p.as_is is None else f"{p.as_is}: {comparison.as_is.element_title(p.as_is)}"
        after = "" if p.to_be is None else f"{p.to_be}: {comparison.to_be.element_title(p.to_be)}"
        writer.writerow(["step", str(p.change), before, after, " ".join(p.fields), "",
                         "" if p.matched_by is None else f"matched by {p.matched_by}"])
    for c in comparison.findings:
        writer.writerow(["finding", str(c.status), "" if c.as_is is None else c.as_is.message,
                         "" if c.to_be is None else c.to_be.message, "", "", c.rule])
    return stream.getvalue()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(round(value, 4)) if isinstance(value, float) else str(value)


WRITERS = {"text": as_text, "json": as_json, "csv": as_csv, "html": as_html}
