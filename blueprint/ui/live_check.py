"""The live check: after every edit, check the journey again and recompute the metrics.

Edits come in bursts (a drag, typing a title), so the check waits until the document has
been quiet for a moment (a restarted single-shot timer) and then runs once. The check and
the metrics modules are imported on the first run only: the window shows first, the check
follows on the next turn of the event loop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from blueprint.model.document import Document

DEBOUNCE_MS = 300


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
        self._timer.timeout.connect(self.run_now)

    def schedule(self, *_: object) -> None:
        """Check again once the document has been quiet for the debounce delay."""
        self._timer.start(self._delay_ms)

    def schedule_soon(self) -> None:
        """Check on the next turn of the event loop (after the window has shown)."""
        self._timer.start(0)

    @property
    def pending(self) -> bool:
        """Whether a check is scheduled but has not run yet."""
        return self._timer.isActive()

    def run_now(self) -> None:
        """Check the document now and announce the result."""
        self._timer.stop()
        from blueprint.check import analyse

        try:
            result, metrics = analyse(self.document.blueprint)  # one journey index for both
        except Exception as error:  # the engine isolates rules; this is a last guard
            self.failed.emit(self.tr("The check could not run: {error}").format(error=error))
            return
        self.result, self.metrics = result, metrics
        self.runs += 1
        self.checked.emit(result, metrics)
