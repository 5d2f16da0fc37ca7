"""``blueprint import STEPS.csv -o FILE.blueprint.json``: a spreadsheet of steps as a blueprint.

Exit 0 when the blueprint was written, 1 when rows are wrong (every one is listed and
nothing is written), 2 when the CSV can't be read, the output exists (without ``--force``)
or can't be written. Its lines, and the problems in the rows, are said in ``--language`` or
else the user's language (the environment's, as gettext finds it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from blueprint.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, language_code, user_wording
from blueprint.interchange import SpreadsheetUnreadable, StepsImportError, read_steps_csv
from blueprint.model.fileformat import BLUEPRINT_SUFFIX, save_blueprint


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: the CSV file, the output file, --title, --force and --language."""
    parser.add_argument("csv", metavar="STEPS.csv",
                        help="one step per row; a header row names the columns (English or Dutch)")
    parser.add_argument("-o", "--output", metavar="FILE.blueprint.json",
                        help="where to write the blueprint (default: beside the CSV, same name)")
    parser.add_argument("--title", help="the blueprint's title (default: the CSV's file name)")
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")
    parser.add_argument("--language", type=language_code, metavar="CODE",
                        help="language of the messages, e.g. en, nl or fr (default: the user's, from "
                        "LANGUAGE, LC_ALL, LC_MESSAGES or LANG; English when the program does not speak it)")


def default_output(csv_path: Path) -> Path:
    """``steps.csv`` -> ``steps.blueprint.json`` in the same folder."""
    return csv_path.with_name(csv_path.stem + BLUEPRINT_SUFFIX)


def run(args: argparse.Namespace) -> int:
    """Import the CSV and write the blueprint, or list every bad row and write nothing."""
    csv_path = Path(args.csv)
    say = user_wording(args.language)
    output = Path(args.output) if args.output else default_output(csv_path)
    if output.exists() and not args.force:
        print(say("{path} already exists; add --force to replace it", path=output), file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        blueprint = read_steps_csv(csv_path, title=args.title or csv_path.stem, language=say.language)
    except SpreadsheetUnreadable as error:
        print(error.describe(), file=sys.stderr)
        return EXIT_UNREADABLE
    except StepsImportError as error:
        print(error.describe())
        return EXIT_PROBLEMS
    try:
        save_blueprint(blueprint, output)
    except OSError as error:
        print(say("{path}: cannot be written ({reason})", path=output, reason=error.strerror or error),
              file=sys.stderr)
        return EXIT_UNREADABLE
    print(say.plural("{path}: {count} step imported from {source}", "{path}: {count} steps imported from {source}",
                     len(blueprint.steps), path=output, source=csv_path))
    return EXIT_OK
