"""The program's entry point: ``blueprint``, ``blueprint-designer`` and ``python -m blueprint``.

The command line (:mod:`blueprint.cli`) runs a subcommand, or opens the desktop program
(:mod:`blueprint.ui.app`) when none is given. Only this module knows both, so the commands
stay free of the user interface and the layers keep pointing one way.
"""

from __future__ import annotations

from blueprint.cli import main as command_line


def main(argv: list[str] | None = None) -> int:
    """Run ``blueprint`` with ``argv`` (default: the process's arguments); the exit status."""
    return command_line(argv, open_desktop=open_desktop)


def open_desktop(path: str | None, verbose: bool) -> int:
    """Open the desktop program, on ``path`` when given; imported only when it is opened, so
    the commands start without Qt's widgets."""
    from blueprint.ui.app import run_desktop

    return run_desktop(path, verbose=verbose)
