"""Test configuration: headless Qt, deterministic hypothesis, shared paths."""

import os
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from hypothesis import settings  # noqa: E402

settings.register_profile("deterministic", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("deterministic")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
