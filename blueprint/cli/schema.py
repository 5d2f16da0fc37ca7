"""``blueprint schema [blueprint|concept]``: print the JSON Schema of a file format.

The schema is generated from the program's own models, so it always matches what the
program reads; the published copies in ``docs/schema/`` come from the same function.
"""

from __future__ import annotations

import argparse
import sys

from blueprint.cli import EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Argument: which file format (default: blueprint)."""
    from blueprint.model.schema import KINDS

    parser.add_argument("kind", nargs="?", choices=tuple(KINDS), default="blueprint",
                        help="blueprint (*.blueprint.json, the default) or concept (*.concept.json)")


def run(args: argparse.Namespace) -> int:
    """Print the schema as JSON."""
    from blueprint.model.schema import schema_text

    sys.stdout.write(schema_text(args.kind))
    return EXIT_OK
