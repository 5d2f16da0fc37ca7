"""``blueprint validate FILE...``: OK per valid file, or every problem with its JSON path
(the command's own words in the user's language)."""

from __future__ import annotations

import argparse
import sys

from blueprint.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, unloadable, user_wording
from blueprint.model.fileformat import CONCEPT_SUFFIX, FileUnreadable, LoadError, load_blueprint, load_concept


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: one or more blueprint or concept files."""
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="*.blueprint.json or *.concept.json files")


def run(args: argparse.Namespace) -> int:
    """Validate each file; exit 0 all valid, 1 one is not, 2 one cannot be read."""
    status, say = EXIT_OK, user_wording()
    for name in args.files:
        try:
            if name.endswith(CONCEPT_SUFFIX):
                load_concept(name)
            else:
                load_blueprint(name)
        except FileUnreadable as error:
            print(unloadable(error, say), file=sys.stderr)
            status = EXIT_UNREADABLE
            continue
        except LoadError as error:
            print(unloadable(error, say))
            status = max(status, EXIT_PROBLEMS) if status != EXIT_UNREADABLE else status
            continue
        print(say("{path}: OK", path=name))
    return status
