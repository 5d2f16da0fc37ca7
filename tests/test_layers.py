"""The layers hold: no Qt below the user interface, and no networkx in the program at all
(it is only the benchmarks' raw baseline)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "blueprint"
QT_FREE = ["model", "check", "analysis", "interchange", "report"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_lower_layers_never_import_qt(layer: str):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}:
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offenders == []


def test_model_imports_neither_qt_nor_networkx_at_run_time():
    code = (
        "import sys, blueprint.model, blueprint.model.document, blueprint.cli, blueprint.check\n"
        "from blueprint.analysis.layout import auto_layout\n"
        "from blueprint.model import Blueprint, Flow, Step\n"
        "auto_layout(Blueprint(steps=[Step(id='a', title='A', lane='customer'),\n"
        "                              Step(id='b', title='B', lane='customer')],\n"
        "                       flows=[Flow(id='f', source='a', target='b')]))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'networkx')))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "[]"
