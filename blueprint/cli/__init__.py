"""The ``blueprint`` command: opens the desktop program, or runs a subcommand.

``blueprint [--verbose] [FILE]`` opens the program (on FILE if given; ``--verbose`` also
logs to the terminal). ``blueprint SUBCOMMAND ...``
runs one of the commands in :data:`SUBCOMMANDS`; each lives in its own module in this
package with ``add_arguments(parser)`` and ``run(args) -> int``. Modules are imported only
when their command runs, so starting the desktop program stays fast.

Exit codes used by every subcommand: 0 all well, 1 a problem was found, 2 a file could not
be read or the command line is wrong.
"""

from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("blueprint.cli.validate", "check that files load; print OK or every problem"),
    "check": ("blueprint.cli.check", "check journeys against their service concept: findings and metrics"),
    "report": ("blueprint.cli.report", "check a blueprint and write the findings, metrics and concept as one HTML page"),
    "import": ("blueprint.cli.import_csv", "import steps typed into a spreadsheet (CSV) as a blueprint"),
    "compare": ("blueprint.cli.compare", "compare an as-is journey with its to-be: metrics, steps, findings and savings"),
    "export": ("blueprint.cli.export", "export a blueprint as a picture: PNG, SVG or PDF (A4, A3, poster)"),
}
"""Subcommand name -> (module, one-line help). Add a command by adding a module and a line."""

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The parser of the subcommands (not of the plain ``blueprint [FILE]`` form)."""
    parser = argparse.ArgumentParser(
        prog="blueprint",
        description="Service Blueprint Designer. Without a subcommand, opens the desktop "
        "program: 'blueprint [FILE]'.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(module_name=module_name)
        importlib.import_module(module_name).add_arguments(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``blueprint`` console script and ``python -m blueprint``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help")):
        parser = build_parser()
        try:
            parsed = parser.parse_args(args)
        except SystemExit as stop:  # argparse exits 2 on a bad command line, 0 on --help
            return int(stop.code or 0)
        return importlib.import_module(parsed.module_name).run(parsed)
    verbose = "--verbose" in args
    args = [arg for arg in args if arg != "--verbose"]
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(f"blueprint: unknown command '{args[0]}'; try 'blueprint --help'", file=sys.stderr)
        return EXIT_UNREADABLE
    from blueprint.ui.app import run_desktop

    return run_desktop(args[0] if args else None, verbose=verbose)
