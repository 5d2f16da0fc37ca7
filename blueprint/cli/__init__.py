"""The ``blueprint`` command: opens the desktop program, or runs a subcommand.

``blueprint [--verbose] [FILE]`` opens the program (on FILE if given; ``--verbose`` also
logs to the terminal). ``blueprint SUBCOMMAND ...``
runs one of the commands in :data:`SUBCOMMANDS`; each lives in its own module in this
package with ``add_arguments(parser)`` and ``run(args) -> int``. Modules are imported only
when their command runs, so starting the desktop program stays fast.

Exit codes used by every subcommand: 0 all well, 1 a problem was found, 2 a file could not
be read or the command line is wrong. A closed pipe (``blueprint check ... | head -1``)
ends the command quietly with the status a shell gives a program stopped by SIGPIPE.
Unknown commands and missing files are refused before Qt starts, so no display is needed
to be told.

The command line's own lines speak the user's language, found in the environment as gettext
finds it (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; English when no catalogue
speaks it): see :func:`user_wording`. ``check``, ``report`` and ``compare`` speak each
blueprint's language instead, as their findings do.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from blueprint.check.wording import Wording
    from blueprint.model.fileformat import LoadError

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("blueprint.cli.validate", "check that files load; print OK or every problem"),
    "check": ("blueprint.cli.check", "check journeys against their service concept: findings and metrics"),
    "report": ("blueprint.cli.report", "check a blueprint and write the findings, metrics and concept as one HTML page"),
    "import": ("blueprint.cli.import_csv", "import steps typed into a spreadsheet (CSV) as a blueprint"),
    "compare": ("blueprint.cli.compare", "compare an as-is journey with its to-be: metrics, steps, findings and savings"),
    "export": ("blueprint.cli.export", "export a blueprint as a picture: PNG, SVG or PDF (A4, A3, poster)"),
    "schema": ("blueprint.cli.schema", "print the JSON Schema of the blueprint or concept file format"),
    "serve": ("blueprint.cli.serve", "run the relay of a live session that several laptops edit together"),
}
"""Subcommand name -> (module, one-line help). Add a command by adding a module and a line."""

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2
EXIT_PIPE_CLOSED = 141
"""128 + SIGPIPE: what a shell reports for a Unix tool whose reader went away."""

OPTIONS = ("-h", "--help", "--version", "--install-desktop", "--uninstall-desktop")

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?")


def language_code(text: str) -> str:
    """The argparse type of ``--language``: a code such as ``en``, ``nl``, ``fr`` or ``nl-BE``."""
    if not LANGUAGE_CODE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a language code such as en, nl, fr or nl-BE")
    return text


def user_wording(language: str | None = None) -> Wording:
    """The words of the command line's own lines: in ``language`` when given, else in the
    user's language as the environment says it (English when no catalogue speaks it).
    Imported when a line is said, so that starting the desktop program stays fast."""
    from blueprint.check.wording import Wording

    return Wording.for_language(language) if language else Wording.for_environment()


def unloadable(error: LoadError, say: Wording) -> str:
    """Why a blueprint or concept file could not be loaded: the file's line in ``say``'s
    language, then every problem (the file format's own words), one per line."""
    return "\n".join([say("{path}: cannot be opened", path=error.source),
                      *(f"  {problem}" for problem in error.problems)])


def build_parser() -> argparse.ArgumentParser:
    """The parser of the subcommands (not of the plain ``blueprint [FILE]`` form)."""
    parser = argparse.ArgumentParser(
        prog="blueprint",
        description="Service Blueprint Designer. Without a subcommand, opens the desktop "
        "program: 'blueprint [FILE]'.",
    )
    from blueprint import __version__

    parser.add_argument("--version", action="version", version=f"blueprint {__version__}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="Linux: add the program to the desktop's menu with its icon, and open "
                         "*.blueprint.json files with it on a double-click (under $XDG_DATA_HOME)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="Linux: remove what --install-desktop added")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(module_name=module_name)
        importlib.import_module(module_name).add_arguments(sub)
    return parser


def main(argv: list[str] | None = None,
         open_desktop: Callable[[str | None, bool], int] | None = None) -> int:
    """Run the command line ``argv`` (default: the process's); without a subcommand it opens
    the desktop program with ``open_desktop(file, verbose)``, which the program's entry point
    (:mod:`blueprint.launch`) passes in, so this package never imports the user interface."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args, open_desktop)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE_CLOSED


def _dispatch(args: list[str], open_desktop: Callable[[str | None, bool], int] | None) -> int:
    if args and (args[0] in SUBCOMMANDS or args[0] in OPTIONS):
        parser = build_parser()
        try:
            parsed = parser.parse_args(args)
        except SystemExit as stop:  # argparse exits 2 on a bad command line, 0 on --help
            return int(stop.code or 0)
        if parsed.command is None and (parsed.install_desktop or parsed.uninstall_desktop):
            return _desktop_integration(parsed.install_desktop)
        if parsed.command is None:
            parser.print_usage(sys.stderr)
            return EXIT_UNREADABLE
        return importlib.import_module(parsed.module_name).run(parsed)
    verbose = "--verbose" in args
    args = [arg for arg in args if arg != "--verbose"]
    problem = _refusal(args)
    if problem:
        print(f"blueprint: {problem}", file=sys.stderr)
        return EXIT_UNREADABLE
    if open_desktop is None:
        say = user_wording()
        print("blueprint: " + say("give a subcommand; try 'blueprint --help'"), file=sys.stderr)
        return EXIT_UNREADABLE
    return open_desktop(args[0] if args else None, verbose)


def _desktop_integration(install: bool) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``: list what was written or removed."""
    from blueprint import desktop_entry

    say = user_wording()
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print("blueprint: " + say("--install-desktop is for Linux and BSD desktops (freedesktop.org); on "
                                  "Windows and macOS the installer associates the files (see the README)"),
              file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        changed = desktop_entry.install() if install else desktop_entry.uninstall()
    except OSError as error:
        print("blueprint: " + say("{path}: cannot be written ({reason})", path=error.filename or "",
                                  reason=error.strerror or error), file=sys.stderr)
        return EXIT_UNREADABLE
    for path in changed:
        print(say("{path}: written", path=path) if install else say("{path}: removed", path=path))
    if not changed:
        print(say("nothing to remove: the program was not added to this desktop"))
    return EXIT_OK


def _refusal(args: list[str]) -> str:
    """Why ``blueprint [FILE]`` cannot open the program, or "" when it can (in the user's language)."""
    if not args or (len(args) == 1 and not args[0].startswith("-") and Path(args[0]).is_file()):
        return ""
    say, path = user_wording(), Path(args[0])
    if len(args) > 1 or args[0].startswith("-"):
        return say("unknown command '{command}'; try 'blueprint --help'", command=args[0])
    if path.exists():
        return say("{path}: this is a folder, not a file", path=path)
    if path.suffix or os.sep in args[0] or "/" in args[0]:
        return say("{path}: there is no such file", path=path)
    return say("unknown command '{command}' (and no file of that name); commands: {commands}; "
               "try 'blueprint --help'", command=args[0], commands=", ".join(SUBCOMMANDS))


def _silence_stdout() -> None:
    """After the reader of stdout went away: point stdout at the null device, so Python's
    final flush at exit does not report the broken pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
