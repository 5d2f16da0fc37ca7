"""Shared pieces of the benchmarks: a timer and the row each benchmark reports."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def best_time_ms(action: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """The best of ``repeat`` runs of ``action``, in milliseconds.

    The garbage collector runs before the runs and is switched off during them, so a
    collection triggered by an earlier benchmark is not charged to this one.
    """
    return best_times_ms([action], repeat, warmup)[0]


def best_times_ms(actions: Sequence[Callable[[], object]], repeat: int = 5,
                  warmup: int = 1, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """The best of ``repeat`` runs of each action, in milliseconds, the actions taking turns.

    Taking turns puts the program and its raw baseline under the same conditions on a busy
    machine, so their ratio holds even when the absolute times wander. The garbage
    collector is handled as in :func:`best_time_ms`. ``clock`` may be ``time.process_time``:
    the CPU time of this process only, which other programs on a shared machine do not
    lengthen (for work done on one thread, without waiting).
    """
    for _ in range(warmup):
        for action in actions:
            action()
    best = [float("inf")] * len(actions)
    was_enabled = gc.isenabled()
    try:
        for _ in range(repeat):
            for index, action in enumerate(actions):
                gc.collect()
                gc.disable()
                start = clock()
                action()
                best[index] = min(best[index], clock() - start)
                gc.enable()
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
    return [seconds * 1000.0 for seconds in best]


@dataclass(frozen=True, slots=True)
class Row:
    """One benchmark result: the program's time beside the raw work it needs, and targets.

    ``target_ratio`` bounds ``app_ms / raw_ms``; ``target_ms`` bounds ``app_ms``. Either may
    be None (no target of that sort); ``raw_ms`` may be None when there is no raw baseline.
    ``unit`` names what the numbers count when they are not milliseconds (e.g. MiB).
    """

    name: str
    app_ms: float
    raw_ms: float | None = None
    target_ratio: float | None = None
    target_ms: float | None = None
    unit: str = "ms"

    @property
    def ratio(self) -> float | None:
        """``app_ms / raw_ms``, or None without a raw time."""
        if self.raw_ms is None or self.raw_ms <= 0:
            return None
        return self.app_ms / self.raw_ms

    @property
    def over(self) -> bool:
        """Whether the row misses one of its targets."""
        too_slow = self.target_ms is not None and self.app_ms > self.target_ms
        ratio = self.ratio
        too_far = self.target_ratio is not None and ratio is not None and ratio > self.target_ratio
        return too_slow or too_far

    def line(self) -> str:
        """The row as printed: ``name app_ms raw_ms ratio target ok|over``."""
        raw = "-" if self.raw_ms is None else f"{self.raw_ms:.1f}"
        ratio = "-" if self.ratio is None else f"{self.ratio:.2f}x"
        return (f"{self.name:<40} {self.app_ms:>10.1f} {raw:>10} {ratio:>8} "
                f"{self.target():>18} {'over' if self.over else 'ok'}")

    def target(self) -> str:
        """The targets in words, e.g. ``<=100ms <=2.0x``; ``-`` when there are none."""
        parts = []
        if self.target_ms is not None:
            parts.append(f"<={self.target_ms:g}{self.unit}")
        if self.target_ratio is not None:
            parts.append(f"<={self.target_ratio:g}x")
        return " ".join(parts) or "-"


HEADER = f"{'name':<40} {'app_ms':>10} {'raw_ms':>10} {'ratio':>8} {'target':>18} result"
"""The header line printed above the rows; columns line up with :meth:`Row.line`."""
