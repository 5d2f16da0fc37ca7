"""How many cases the fuzz tests try: a few hundred in ``make test``, thousands in ``make fuzz``.

``make fuzz`` sets ``BLUEPRINT_FUZZ=full``; the counts below are then what the issue asks of
a full run (10,000 blueprint files, 2,000 CSV files, 1,000 edit sequences).
"""

from __future__ import annotations

import os

FULL = os.environ.get("BLUEPRINT_FUZZ") == "full"


def cases(quick: int, full: int) -> int:
    """The number of cases for this run."""
    return full if FULL else quick
