"""Where the program says its words: the templates in the source, for ``pybabel extract``.

A Babel extraction method (``babel.cfg``) that reads a module's syntax tree and yields
every template the program says: the literal first argument of a call to one of the
keywords (``say``, ``template``; ``say.plural`` and ``plural_template`` with their two
literals, as ``ngettext``), and the ``title``, ``rationale`` and ``hint`` of each rule's
``RuleMeta``. ``tests/check/test_wording.py`` uses the same reading, so the test and the
catalogues agree on what the code says.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

__all__ = ["KEYWORDS", "RULE_FIELDS", "extract", "templates_in_source"]

KEYWORDS = {"say": (1,), "template": (1,), "plural": (1, 2), "plural_template": (1, 2)}
"""Call names that say a template -> the positions of their literals (as ``pybabel -k``)."""

RULE_FIELDS = ("title", "rationale", "hint")
"""The keyword arguments of ``RuleMeta(...)`` that are said to the user."""

Found = tuple[int, str | None, str | tuple[str, str], list[str]]


def called_name(function: ast.expr) -> str | None:
    """``say`` for ``say(...)``, ``plural`` for ``say.plural(...)``."""
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def templates_in_source(source: str, keywords: Collection[str] = tuple(KEYWORDS)) -> Iterator[Found]:
    """Every template in one module's source: (line, keyword, msgid or (singular, plural), comments)."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = called_name(node.func)
        if name == "RuleMeta":
            for argument in node.keywords:
                text = _literal(argument.value) if argument.arg in RULE_FIELDS else None
                if text is not None:
                    yield argument.value.lineno, None, text, [f"rule {argument.arg}"]
        elif name in keywords and node.args:
            width = len(KEYWORDS.get(name, (1,)))
            texts = [_literal(argument) for argument in node.args[:width]]
            if len(texts) == width and None not in texts:
                yield node.lineno, name, texts[0] if width == 1 else (texts[0], texts[1]), []


def extract(fileobj: IO[bytes], keywords: Mapping[str, Any], comment_tags: Collection[str],
            options: Mapping[str, Any]) -> Iterator[Found]:
    """The Babel extraction method: ``[blueprint.check.wording_extract:extract: blueprint/**.py]``."""
    encoding = options.get("encoding", "utf-8")
    yield from templates_in_source(fileobj.read().decode(encoding), keywords)
