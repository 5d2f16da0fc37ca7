"""``python -m benchmarks`` (``make bench``): run every ``*_bench.py`` module, print its rows.

Each module exposes ``rows() -> list[Row]``. The exit status is 1 when any row misses its
target, or a benchmark module fails, and 0 otherwise.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

from benchmarks.common import HEADER, Row


def bench_modules() -> list[str]:
    """Module names of the benchmarks in this package, sorted."""
    folder = Path(__file__).resolve().parent
    return sorted(f"benchmarks.{path.stem}" for path in folder.glob("*_bench.py"))


def run_module(name: str) -> list[Row] | None:
    """The rows of one benchmark module, printed as they come; None when it failed."""
    try:
        rows = importlib.import_module(name).rows()
    except Exception:  # a broken benchmark is reported, the others still run
        print(f"{name}: failed", file=sys.stderr)
        traceback.print_exc()
        return None
    for row in rows:
        print(row.line(), flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks named in ``argv`` (substrings of module names) or all of them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = list(sys.argv[1:] if argv is None else argv)
    names = [name for name in bench_modules() if not wanted or any(w in name for w in wanted)]
    print(HEADER, flush=True)
    failed = False
    for name in names:
        rows = run_module(name)
        failed = failed or rows is None or any(row.over for row in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
