"""Test configuration: headless Qt, deterministic hypothesis, shared paths.

Qt runs with the offscreen platform, set here before any test can create a QApplication,
so the suite needs no display.
"""

import os
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANGUAGE"] = "en"  # the command line speaks the user's language: the tests read English

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

settings.register_profile("deterministic", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("deterministic")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "blueprint" / "resources" / "examples"


@pytest.fixture
def repo_root() -> Path:
    """The checkout's top folder."""
    return ROOT


@pytest.fixture
def examples_dir() -> Path:
    """The folder of the shipped example blueprints."""
    return EXAMPLES
