"""Progress of long work, without Qt: a callable told the fraction done (0 to 1).

Long operations (export, print, report) call ``progress(fraction)`` now and then; a
progress dialog or a terminal bar shows it, and raises :class:`Cancelled` from that call
when the person cancels. The operation lets it pass: it has changed nothing yet (files are
written atomically, at the very end), so a cancel leaves everything as it was.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float], None]
"""``progress(fraction)``: ``fraction`` done, from 0 to 1; may raise :class:`Cancelled`."""


class Cancelled(Exception):
    """The person cancelled the work; nothing was changed."""


def no_progress(fraction: float) -> None:
    """A progress that shows nothing and is never cancelled."""


def part(progress: Progress, start: float, end: float) -> Progress:
    """The stretch from ``start`` to ``end`` of ``progress``, as a progress of its own."""
    if progress is no_progress:
        return no_progress
    return lambda fraction: progress(start + (end - start) * min(max(fraction, 0.0), 1.0))
