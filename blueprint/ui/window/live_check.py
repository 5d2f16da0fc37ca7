"""The live check: after every edit, check the journey again and recompute the metrics.

Edits come in bursts (a drag, typing a title), so the check waits until the document has
been quiet for a moment (a restarted single-shot timer) and then runs once, on a worker
thread, over a snapshot of the document (:meth:`Document.snapshot`) that later edits never
touch: no edit waits for it. A result that arrives after the document changed again is
dropped (a newer check is on its way). Check Now (F9) runs on the spot.

The check and the metrics modules are imported on the first run only: the window shows
first, the check follows.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from blueprint.model.document import Document

DEBOUNCE_MS = 300


class _Relay(QObject):
    """Carries a worker's answer to the UI thread (a queued signal)."""

    done = Signal(int, object, object, object)  # revision, result, metrics, error


class LiveCheck(QObject):
    """Runs the check and the metrics a short while after the document last changed.

    ``checked(result, metrics)`` carries a :class:`blueprint.check.finding.CheckResult`
    and the metrics object, both from one :func:`blueprint.check.analyse`.
    ``failed(message)`` says in plain words that the check itself broke.
    """

    checked = Signal(object, object)
    failed = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.document = document
        self.result: Any = None
        self.metrics: Any = None
        self.runs = 0
        self._delay_ms = delay_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_in_background)
        self._relay = _Relay()
        self._relay.done.connect(self._finished)
        self._running = False
        self._again = False

    def schedule(self, *_: object) -> None:
        """Check again once the document has been quiet for the debounce delay."""
        self._timer.start(self._delay_ms)

    def schedule_soon(self) -> None:
        """Check on the next turn of the event loop (after the window has shown)."""
        self._timer.start(0)

    @property
    def pending(self) -> bool:
        """Whether a check is scheduled or running and its result not shown yet."""
        return self._timer.isActive() or self._running

    def run_now(self) -> None:
        """Check the document now, on this thread, and announce the result."""
        self._timer.stop()
        from blueprint.check import analyse

        try:
            result, metrics = analyse(self.document.blueprint)  # one journey index for both
        except Exception as error:  # the engine isolates rules; this is a last guard
            self._announce_failure(error)
            return
        self._announce(result, metrics)

    def run_in_background(self) -> None:
        """Check a snapshot of the document on a worker thread; the answer comes back queued."""
        self._timer.stop()
        if self._running:  # one at a time: check again when this one is back
            self._again = True
            return
        self._running = True
        thread = threading.Thread(target=_check, name="live-check", daemon=True,
                                  args=(self.document.snapshot(), self.document.revision, self._relay))
        thread.start()

    def _finished(self, revision: int, result: Any, metrics: Any, error: Any) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.run_in_background()
        if revision != self.document.revision:
            return  # the document changed meanwhile: the newer check will speak
        if error is not None:
            self._announce_failure(error)
        else:
            self._announce(result, metrics)

    def _announce(self, result: Any, metrics: Any) -> None:
        self.result, self.metrics = result, metrics
        self.runs += 1
        self.checked.emit(result, metrics)

    def _announce_failure(self, error: Exception) -> None:
        self.failed.emit(self.tr("The check could not run: {error}").format(error=error))


def _check(blueprint: Any, revision: int, relay: _Relay) -> None:
    """On the worker thread: analyse the snapshot and send the answer back."""
    from blueprint.check import analyse

    try:
        result, metrics = analyse(blueprint)
        answer = (revision, result, metrics, None)
    except Exception as error:  # the engine isolates rules; this is a last guard
        answer = (revision, None, None, error)
    try:
        relay.done.emit(*answer)
    except RuntimeError:  # the window went away while the check ran
        pass
