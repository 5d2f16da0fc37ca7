"""How every place (window, report, CSV, JSON) rounds a share and a duration: one rule, no Qt.

A share keeps **two significant digits** of its percentage (53 %, 4.5 %, 0.012 %), so a
tiny value-added ratio never reads "0 %"; only zero itself is "0 %". A duration under an
hour keeps one decimal of a minute (4.5 min), longer ones whole minutes (2 h 10 min).
"""

from __future__ import annotations

from math import floor, log10

SIGNIFICANT_DIGITS = 2


def rounded_share(share: float | None) -> float | None:
    """A ratio (0.000123) rounded so its percentage keeps two significant digits (0.00012)."""
    if share is None or share == 0:
        return share
    return round(share, _decimals(share))


def percent_digits(share: float) -> int:
    """How many decimals the percentage of a (rounded) share is written with: 0 for 53 %,
    1 for 4.5 %, 3 for 0.012 %."""
    if share == 0:
        return 0
    return max(0, _decimals(share) - 2)


def percent_text(share: float, decimal_mark: str = ".") -> str:
    """A share as a percentage with two significant digits: ``53 %``, ``0.012 %``."""
    share = rounded_share(share)
    text = f"{share * 100:.{percent_digits(share)}f}"
    return f"{text.replace('.', decimal_mark)} %"


def _decimals(value: float) -> int:
    """Decimals that keep two significant digits of ``value``."""
    return SIGNIFICANT_DIGITS - 1 - floor(log10(abs(value)))


def duration_parts(minutes: float) -> tuple[int, float]:
    """(hours, minutes) as a duration is written: under an hour (0, minutes to one decimal);
    from an hour on, whole minutes."""
    if round(minutes, 1) < 60:
        return 0, round(minutes, 1)
    hours, rest = divmod(round(minutes), 60)
    return int(hours), float(rest)


def minutes_number(minutes: float, decimal_mark: str = ".") -> str:
    """Minutes under an hour as written: ``4.5``, ``12``."""
    value = round(minutes, 1)
    text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return text.replace(".", decimal_mark)
