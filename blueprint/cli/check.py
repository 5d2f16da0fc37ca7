"""``blueprint check FILE...``: check journeys against their service concept.

Prints the findings (what is wrong, where, and what to do instead) and the metrics, as
text for people, JSON for programs, or CSV for spreadsheets. Exit status: 0 when there
is no error and no more warnings than ``--max-warnings`` allows, 1 otherwise, 2 when a
file cannot be read.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from blueprint.check.finding import SEVERITY_COUNTED
from blueprint.check.wording import Wording, plural_template
from blueprint.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, language_code
from blueprint.interchange.csv_safe import SafeCsvWriter
from blueprint.model import Blueprint, LoadError, ServiceConcept, Severity, load_blueprint, load_concept

if TYPE_CHECKING:
    from blueprint.check import CheckResult, Finding

FORMATS = ("text", "json", "csv")


@dataclass(frozen=True, slots=True)
class Checked:
    """One checked file: its name, the check's result and the metrics."""

    name: str
    result: CheckResult
    metrics: dict[str, object]
    language: str = "en"
    """The language the findings are in (the summary line speaks it too)."""


def _warning_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def add_check_options(parser: argparse.ArgumentParser) -> None:
    """--concept, --preset, --max-warnings and --language: shared by ``check`` and ``report``."""
    from blueprint.check import PRESET_NAMES

    parser.add_argument("--concept", metavar="C.concept.json",
                        help="check against this concept instead of each file's own")
    parser.add_argument("--preset", choices=PRESET_NAMES,
                        help="severities to start from (default: the concept's preset)")
    parser.add_argument("--max-warnings", type=_warning_count, metavar="N",
                        help="exit 1 when there are more than N warnings (default: no limit)")
    parser.add_argument("--language", type=language_code, metavar="CODE",
                        help="language of the findings and hints, e.g. en, nl or fr (default: each "
                             "blueprint's own; English for a language the check does not speak)")


def exit_status(errors: int, warnings: int, max_warnings: int | None) -> int:
    """1 when there is an error or more warnings than allowed, else 0."""
    too_many = max_warnings is not None and warnings > max_warnings
    return EXIT_PROBLEMS if errors or too_many else EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: blueprint files, another concept, the preset, the format, the warning limit."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="*.blueprint.json files")
    add_check_options(parser)
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="text (default), json (findings and metrics) or csv (the findings)")
    parser.add_argument("--metrics-csv", metavar="METRICS.csv",
                        help="also write the metrics as a CSV table to this file")


def run(args: argparse.Namespace) -> int:
    """Check each file; print the findings and metrics; the exit status as documented."""
    concept = None
    if args.concept:
        try:
            concept = load_concept(args.concept)
        except LoadError as error:
            print(error.describe(), file=sys.stderr)
            return EXIT_UNREADABLE
    checked, unreadable = [], False
    for name in args.files:
        try:
            blueprint = load_blueprint(name)
        except LoadError as error:
            print(error.describe(), file=sys.stderr)
            unreadable = True
            continue
        checked.append(check_file(name, blueprint, concept, args.preset, args.language))
    WRITERS[args.format](checked, args.max_warnings)
    if args.metrics_csv:
        try:
            write_metrics_csv(checked, args.metrics_csv)
        except OSError as error:
            print(cannot_be_written(Wording.for_language(args.language), args.metrics_csv, error),
                  file=sys.stderr)
            return EXIT_UNREADABLE
    if unreadable:
        return EXIT_UNREADABLE
    return exit_status(_total(checked, Severity.ERROR), _total(checked, Severity.WARNING),
                       args.max_warnings)


def check_file(name: str, blueprint: Blueprint, concept: ServiceConcept | None,
               preset: str | None, language: str | None = None) -> Checked:
    """Run the check and the metrics over one loaded blueprint; findings in ``language``
    (default: the blueprint's own)."""
    from blueprint.check import analyse

    result, metrics = analyse(blueprint, concept, preset, language=language)
    return Checked(name, result, metrics.as_json(), Wording.for_language(language or blueprint.language).language)


def _total(checked: list[Checked], severity: Severity) -> int:
    return sum(item.result.count(severity) for item in checked)


# ---------------------------------------------------------------- text


def write_text(checked: list[Checked], max_warnings: int | None) -> None:
    """Per file: its name, then one line per finding; then one summary line."""
    for item in checked:
        print(item.name)
        findings = item.result.findings
        width = max((len(_element(f)) for f in findings), default=0)
        for finding in findings:
            print(f"  {_element(finding):<{width}}  {finding.severity:<7}  "
                  f"{finding.message}  {finding.rule}")
    print(summary(checked, max_warnings))


def _element(finding: Finding) -> str:
    return finding.elements[0] if finding.elements else "-"


def summary(checked: list[Checked], max_warnings: int | None) -> str:
    """The closing line, in the findings' language (the first file's): how many errors,
    warnings and info in how many files."""
    say = Wording.for_language(checked[0].language if checked else None)
    counts = [_total(checked, severity) for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    files = _counted(say, len(checked), COUNTED["file"])
    if not any(counts):
        line = say("{files}: no findings", files=files)
    else:
        line = say("{files}: {errors}, {warnings}, {info}", files=files,
                   errors=_counted(say, counts[0], COUNTED["error"]),
                   warnings=_counted(say, counts[1], COUNTED["warning"]),
                   info=_counted(say, counts[2], COUNTED["info"]))
    suppressed = sum(len(item.result.suppressed) for item in checked)
    if suppressed:
        line += " " + say.plural("({count} suppressed)", "({count} suppressed)", suppressed)
    if max_warnings is not None and counts[1] > max_warnings:
        line = say("{summary}; more than the {warnings} allowed", summary=line,
                   warnings=_counted(say, max_warnings, COUNTED["warning"]))
    return line


COUNTED = {
    "file": plural_template("{count} file checked", "{count} files checked"),
    "error": SEVERITY_COUNTED[Severity.ERROR],
    "warning": SEVERITY_COUNTED[Severity.WARNING],
    "info": SEVERITY_COUNTED[Severity.INFO],
}
"""Each counted word, singular and plural (the language's plural forms choose)."""


def _counted(say: Wording, count: int, forms: tuple[str, str]) -> str:
    return say.plural(*forms, count)


def cannot_be_written(say: Wording, path: object, error: OSError) -> str:
    """The line that says a file could not be written, and why (the system's words)."""
    return say("{path}: cannot be written ({reason})", path=path, reason=error.strerror or error)


# ---------------------------------------------------------------- json and csv


def write_json(checked: list[Checked], max_warnings: int | None) -> None:
    """Always one shape, however many files: ``{"files": [{"file", "findings", "metrics"}],
    "summary": {"files", "errors", "warnings", "info", "suppressed"}}``."""
    files = [{"file": item.name,
              "findings": [finding.as_json() for finding in item.result.findings],
              "metrics": item.metrics} for item in checked]
    totals = {"files": len(checked), "errors": _total(checked, Severity.ERROR),
              "warnings": _total(checked, Severity.WARNING), "info": _total(checked, Severity.INFO),
              "suppressed": sum(len(item.result.suppressed) for item in checked)}
    print(json.dumps({"files": files, "summary": totals}, indent=2, ensure_ascii=False))


FINDING_COLUMNS = ["file", "rule", "severity", "elements", "message", "hint"]
METRIC_COLUMNS = ["file", "metric", "item", "value", "label"]


def write_csv(checked: list[Checked], max_warnings: int | None) -> None:
    """One table, one row per finding: file, rule, severity, elements, message, hint.

    No cell runs as a formula in a spreadsheet (:mod:`blueprint.interchange.csv_safe`).
    Elements are separated by spaces (ids never contain one). The metrics are in the JSON
    output, or in their own table with ``--metrics-csv``.
    """
    writer = SafeCsvWriter(sys.stdout, lineterminator="\n")
    writer.writerows(finding_rows(checked))


def finding_rows(checked: list[Checked]) -> list[list[str]]:
    """The findings table, header first."""
    rows = [FINDING_COLUMNS]
    for item in checked:
        rows += [[item.name, finding.rule, str(finding.severity), " ".join(finding.elements),
                  finding.message, finding.hint] for finding in item.result.findings]
    return rows


def metric_rows(checked: list[Checked]) -> list[list[str]]:
    """The metrics as one rectangular table, header first: file, metric, item, value, label.

    A plain metric fills ``value``; a list of points (the emotion curve) takes one row per
    point: the step's id as ``item``, its emotion as ``value`` and its title as ``label``.
    """
    rows = [METRIC_COLUMNS]
    for item in checked:
        for metric, value in item.metrics.items():
            if isinstance(value, list):
                rows += [[item.name, metric, *_point_cells(point)] for point in value]
            else:
                rows.append([item.name, metric, "", _cell(value), ""])
    return rows


def _point_cells(point: object) -> list[str]:
    """(item, value, label) of one point of a list-valued metric."""
    if not isinstance(point, dict):
        return ["", _cell(point), ""]
    fields = list(point.values())
    key = fields[0] if fields else ""
    numbers = [f for f in fields[1:] if isinstance(f, (int, float)) and not isinstance(f, bool)]
    words = [f for f in fields[1:] if isinstance(f, str)]
    return [_cell(key), _cell(numbers[0] if numbers else None), _cell(words[0] if words else None)]


def write_metrics_csv(checked: list[Checked], path: str) -> None:
    """The metrics table (:func:`metric_rows`) written atomically to ``path``."""
    from blueprint.model.fileformat import write_atomically

    text = io.StringIO()
    SafeCsvWriter(text, lineterminator="\n").writerows(metric_rows(checked))
    write_atomically(path, text.getvalue())


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(round(value, 4))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


WRITERS = {"text": write_text, "json": write_json, "csv": write_csv}
