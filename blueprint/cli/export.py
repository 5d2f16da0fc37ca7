"""``blueprint export FILE -o OUT.png|OUT.svg|OUT.pdf``: the blueprint as a picture, headless.

On a terminal a progress bar shows on stderr while a large picture is made. Needs no display: Qt's offscreen platform is chosen unless ``QT_QPA_PLATFORM`` says
otherwise. Exit 0 when the picture was written, 1 when the blueprint has problems,
2 when a file can't be read or written or the options are wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from blueprint.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, unloadable, user_wording
from blueprint.model.fileformat import FileUnreadable, LoadError, load_blueprint

PAGES = ("A4", "A3", "poster")


def _positive(text: str) -> float:
    say = user_wording()
    try:
        number = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("'{text}' is not a number", text=text)) from None
    if not 0 < number < 1000:
        raise argparse.ArgumentTypeError(say("'{text}' must be above 0 (and below {limit})", text=text, limit=1000))
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: the blueprint, the output file and how to draw it."""
    parser.add_argument("file", metavar="FILE", help="a *.blueprint.json file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="OUT.png, OUT.svg or OUT.pdf: the suffix chooses the format")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--scale", type=_positive, default=1.0, metavar="S",
                      help="PNG: pixels per canvas unit (default 1); PDF poster: print size "
                      "times S (default 1: a step card is 6 cm wide)")
    size.add_argument("--dpi", type=_positive, metavar="D",
                      help="PNG: resolution in dots per inch (96 dpi = scale 1), stored in the file")
    parser.add_argument("--page", choices=PAGES, default="A4",
                        help="PDF: one landscape A4 or A3 page, or a poster of A4 sheets to tape "
                        "together (default A4)")
    parser.add_argument("--findings", action="store_true",
                        help="run the check and show a badge on each step with a finding")


def run(args: argparse.Namespace) -> int:
    """Load the blueprint and write its picture atomically."""
    from blueprint.render.export import ExportError, ExportFormat, ExportSettings, export_blueprint
    from blueprint.render.pages import PageChoice

    say = user_wording()
    try:
        ExportFormat.of(args.output)
        blueprint = load_blueprint(args.file)
    except ExportError as error:
        print(f"blueprint export: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    except FileUnreadable as error:
        print(unloadable(error, say), file=sys.stderr)
        return EXIT_UNREADABLE
    except LoadError as error:
        print(unloadable(error, say))
        return EXIT_PROBLEMS
    settings = ExportSettings(scale=args.scale, dpi=args.dpi, page=PageChoice(args.page),
                              findings=args.findings)
    from blueprint.cli.progress_bar import TerminalProgress

    try:
        with TerminalProgress(say("Exporting {name}", name=Path(args.output).name)) as progress:
            note = export_blueprint(blueprint, args.output, settings, progress)
    except ExportError as error:
        print(f"blueprint export: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    if note:
        print(f"blueprint export: {note}", file=sys.stderr)
    print(say("{path}: written", path=args.output))
    return EXIT_OK
