"""PySide6 6.12.0 aborts Python 3.11 after ~5,300 calls of a binding method returning nothing.

The project pins it out; this test would kill the interpreter (Fatal Python error:
none_dealloc) if a broken build slipped back in, so it runs in a child process.
"""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
point = QPointF()
path = QPainterPath()
for i in range(20_000):
    point.setX(float(i))
    path.lineTo(float(i), 0.0)
print("survived", point.x())
"""


def test_twenty_thousand_void_calls_survive():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "survived 19999.0" in result.stdout


def test_pyside_version_is_not_the_broken_one():
    import PySide6

    assert PySide6.__version__ != "6.12.0"
