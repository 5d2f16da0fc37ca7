"""A progress bar on the terminal for long commands (``report``, ``export``).

Drawn on stderr, and only when stderr is a terminal and the work has taken longer than
half a second: piped or redirected output, and quick runs, stay exactly as they were.
The bar is wiped when the work ends, so the command's own last line stands alone.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

DELAY_SECONDS = 0.5
WIDTH = 30


class TerminalProgress:
    """``with TerminalProgress("Exporting wall.png") as progress: work(progress)``."""

    def __init__(self, label: str, stream: TextIO | None = None, delay: float = DELAY_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.label = label
        self.stream = sys.stderr if stream is None else stream
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self.shown = -1  # the percentage on screen; -1: nothing drawn yet
        try:
            self.enabled = self.stream.isatty()
        except (AttributeError, ValueError):
            self.enabled = False

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __call__(self, fraction: float) -> None:
        """Show ``fraction`` done, once the delay has passed and the percentage moved."""
        if not self.enabled or self.clock() - self.started < self.delay:
            return
        percent = int(min(max(fraction, 0.0), 1.0) * 100)
        if percent == self.shown:
            return
        self.shown = percent
        filled = percent * WIDTH // 100
        self.stream.write(f"\r{self.label}  [{'#' * filled}{'.' * (WIDTH - filled)}] {percent:3d}%")
        self.stream.flush()

    def close(self) -> None:
        """Wipe the bar (if one was drawn)."""
        if self.shown >= 0:
            self.stream.write("\r" + " " * (len(self.label) + WIDTH + 9) + "\r")
            self.stream.flush()
            self.shown = -1
