"""``blueprint import STEPS.csv -o FILE.blueprint.json``: a spreadsheet of steps as a blueprint.

Exit 0 when the blueprint was written, 1 when rows are wrong (every one is listed and
nothing is written), 2 when the CSV can't be read, the output exists (without ``--force``)
or can't be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from blueprint.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from blueprint.interchange import SpreadsheetUnreadable, StepsImportError, read_steps_csv
from blueprint.model.fileformat import BLUEPRINT_SUFFIX, save_blueprint


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: the CSV file, the output file, --title and --force."""
    parser.add_argument("csv", metavar="STEPS.csv",
                        help="one step per row; a header row names the columns (English or Dutch)")
    parser.add_argument("-o", "--output", metavar="FILE.blueprint.json",
                        help="where to write the blueprint (default: beside the CSV, same name)")
    parser.add_argument("--title", help="the blueprint's title (default: the CSV's file name)")
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")


def default_output(csv_path: Path) -> Path:
    """``steps.csv`` -> ``steps.blueprint.json`` in the same folder."""
    return csv_path.with_name(csv_path.stem + BLUEPRINT_SUFFIX)


def run(args: argparse.Namespace) -> int:
    """Import the CSV and write the blueprint, or list every bad row and write nothing."""
    csv_path = Path(args.csv)
    output = Path(args.output) if args.output else default_output(csv_path)
    if output.exists() and not args.force:
        print(f"{output} already exists; add --force to replace it", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        blueprint = read_steps_csv(csv_path, title=args.title or csv_path.stem)
    except SpreadsheetUnreadable as error:
        print(error.describe(), file=sys.stderr)
        return EXIT_UNREADABLE
    except StepsImportError as error:
        print(error.describe())
        return EXIT_PROBLEMS
    try:
        save_blueprint(blueprint, output)
    except OSError as error:
        print(f"{output}: cannot be written ({error.strerror or error})", file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"{output}: {len(blueprint.steps)} steps imported from {csv_path}")
    return EXIT_OK
