"""Where the check and the report say their words: every template, found in the source.

A template is the literal first argument of a ``say(...)`` or ``template(...)`` call (the
wording, or the marker of a table said later) anywhere in ``blueprint/check`` and
``blueprint/report``, plus every rule's title, rationale and hint.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

from blueprint.check import RULES

ROOT = Path(__file__).resolve().parents[2]
SAYING_LAYERS = (ROOT / "blueprint" / "check", ROOT / "blueprint" / "report", ROOT / "blueprint" / "cli")
SAYING_CALLS = {"say", "template"}


def saying_calls() -> Iterator[tuple[Path, ast.Call]]:
    """Every ``say(...)``/``x.say(...)``/``template(...)`` call in the check and report layers."""
    for folder in SAYING_LAYERS:
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Call) and _called_name(node.func) in SAYING_CALLS:
                    yield path, node


def _called_name(function: ast.expr) -> str | None:
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else None


def templates_in_code() -> dict[str, str]:
    """English template -> where it is said (a file, or the rule whose metadata it is)."""
    found: dict[str, str] = {}
    for path, call in saying_calls():
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.setdefault(first.value, f"{path.relative_to(ROOT)}:{call.lineno}")
    for meta in RULES.values():
        for text in (meta.title, meta.rationale, meta.hint):
            found.setdefault(text, f"RuleMeta of {meta.id}")
    return found


def fields(text: str) -> list[tuple[str, str, str]]:
    """The ``{fields}`` of a template: (name, format spec, conversion), sorted."""
    return sorted((name, spec or "", conversion or "")
                  for _, name, spec, conversion in string.Formatter().parse(text) if name is not None)


def fixed_phrases(text: str) -> list[str]:
    """The template's own words between its fields, where they run to two words or more."""
    chunks = (literal.strip(" '.,;:()") for literal, *_ in string.Formatter().parse(text))
    return [chunk for chunk in chunks if len(re.findall(r"[^\W\d_]+", chunk)) >= 2]
