"""``blueprint report FILE -o report.html``: the check, the metrics and the concept as one
self-contained HTML page for people who were not in the workshop.

Options: ``--concept C.concept.json`` checks against a concept kept in its own file
instead of the blueprint's own; ``--preset`` chooses the preset (default: the concept's);
``--language`` the language of the page and its findings (default: the blueprint's own).
Exit status as ``blueprint check``: 0 when the check finds no error and no more warnings
than ``--max-warnings`` allows, 1 otherwise (the report is written all the same), 2 when a
file cannot be read or the report cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from blueprint.check.wording import Wording
from blueprint.cli import EXIT_UNREADABLE
from blueprint.cli.check import COUNTED, add_check_options, cannot_be_written, exit_status
from blueprint.model import Severity
from blueprint.model.fileformat import BLUEPRINT_SUFFIX, LoadError, load_blueprint, load_concept

REPORT_SUFFIX = ".report.html"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: the blueprint, the output file, --concept, --preset, --max-warnings, --language."""
    parser.add_argument("file", metavar="FILE", help="a *.blueprint.json file")
    parser.add_argument("-o", "--output", metavar="REPORT.html",
                        help="where to write the report (default: beside FILE, ending .report.html)")
    add_check_options(parser)


def default_output(blueprint_path: Path) -> Path:
    """``trip.blueprint.json`` -> ``trip.report.html`` in the same folder."""
    name = blueprint_path.name
    stem = name[: -len(BLUEPRINT_SUFFIX)] if name.endswith(BLUEPRINT_SUFFIX) else blueprint_path.stem
    return blueprint_path.with_name(stem + REPORT_SUFFIX)


def run(args: argparse.Namespace) -> int:
    """Check the blueprint, measure it and write the report (a progress bar on a terminal)."""
    try:
        blueprint = load_blueprint(args.file)
        concept = load_concept(args.concept) if args.concept else None
    except LoadError as error:
        print(error.describe(), file=sys.stderr)
        return EXIT_UNREADABLE
    from blueprint.cli.progress_bar import TerminalProgress
    from blueprint.render.report_file import write_report  # Qt stays out of the report itself

    output = Path(args.output) if args.output else default_output(Path(args.file))
    say = Wording.for_language(args.language or blueprint.language)  # the report's language
    try:
        with TerminalProgress(say("Writing {name}", name=output.name)) as progress:
            result = write_report(blueprint, output, concept, args.preset, args.language, progress,
                                  source=args.file)
    except OSError as error:
        print(cannot_be_written(say, output, error), file=sys.stderr)
        return EXIT_UNREADABLE
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    print(say("{output}: report written ({errors}, {warnings}, {info})", output=output,
              errors=say.plural(*COUNTED["error"], errors), warnings=say.plural(*COUNTED["warning"], warnings),
              info=say.plural(*COUNTED["info"], result.count(Severity.INFO))))
    return exit_status(errors, warnings, args.max_warnings)
