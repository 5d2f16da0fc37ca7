"""The layers hold: no Qt below the user interface, and no networkx in the program at all
(it is only the benchmarks' raw baseline)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "blueprint"
QT_FREE = ["model", "check", "analysis", "interchange", "report", "collab"]


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


# ---------------------------------------------------------------- layers and circles

LAYERS: list[set[str]] = [
    {"", "model", "progress", "shipped", "desktop_entry"},  # "": the package itself (its version)
    {"analysis", "check", "interchange", "collab"},
    {"report"},
    {"render"},
    {"ui"},
    {"cli"},
    {"launch", "__main__"},
]
"""The program's layers from the bottom up; a module imports only from its own layer and those
below. The report (HTML, no Qt) sits under the drawing, which writes the report with its
picture; the CLI's export and report use the drawing and never the user interface."""


def _part(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def _layer(module: str) -> int:
    part = _part(module)
    for index, parts in enumerate(LAYERS):
        if part in parts:
            return index
    raise AssertionError(f"{module} belongs to no layer: add '{part}' to LAYERS")


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """The nodes under ``if TYPE_CHECKING:``: annotations only, never run."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for statement in node.body for inner in ast.walk(statement))
    return skipped


def import_graph(run_time_only: bool) -> dict[str, set[str]]:
    """Module -> the program's modules it imports (at any depth of the file), each ``from
    package import module`` counted as an import of that module."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree) if run_time_only else set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules
                           else node.module for alias in node.names]
            else:
                continue
            graph[name].update(target for target in targets if target in modules and target != name)
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    circles.append(sorted(group))
    return circles


def test_every_import_points_down_the_layers():
    upward = [f"{module} imports {target}"
              for module, targets in import_graph(run_time_only=False).items()
              for target in sorted(targets) if _layer(target) > _layer(module)]
    assert upward == []


def test_the_commands_and_the_report_never_reach_the_user_interface():
    graph = import_graph(run_time_only=False)
    reached = [f"{module} imports {target}" for module, targets in graph.items()
               if _part(module) in {"cli", "report", "render"}
               for target in targets if _part(target) == "ui"]
    assert reached == []


def test_no_import_circles():
    """No module imports, directly or round about, one that imports it back. A reference
    for annotations only (``if TYPE_CHECKING:``, e.g. a part of the canvas naming its view)
    never runs, so it is not a circle."""
    assert import_circles(import_graph(run_time_only=True)) == []


def test_the_circle_finder_finds_circles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert import_circles(graph) == [["a", "b", "c"]]
