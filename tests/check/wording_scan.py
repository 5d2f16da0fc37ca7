"""Where the program says its words, and what each catalogue says for them.

A template is the literal first argument of a ``say(...)`` or ``template(...)`` call (the
wording, or the marker of a table said later), the two literals of a ``say.plural(...)`` or
``plural_template(...)`` call, or a rule's title, rationale or hint, anywhere in
``blueprint/``: :mod:`blueprint.check.wording_extract` reads them, as ``pybabel extract``
does for ``make translations``. The catalogues are the ``.po`` files the program's ``.mo``
files are compiled from.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from blueprint.check.wording_extract import KEYWORDS, called_name, templates_in_source

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "blueprint"
LOCALE = PACKAGE / "resources" / "locale"

Msgid = str | tuple[str, str]


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def saying_calls() -> Iterator[tuple[Path, ast.Call]]:
    """Every ``say(...)``/``x.say(...)``/``template(...)``/``say.plural(...)`` call in the package."""
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and called_name(node.func) in KEYWORDS:
                yield path, node


@cache
def templates_in_code() -> dict[Msgid, str]:
    """Msgid (a template, or a plural's (singular, plural)) -> where it is said first."""
    found: dict[Msgid, str] = {}
    for path in source_files():
        for line, _, msgid, _ in templates_in_source(path.read_text(encoding="utf-8")):
            found.setdefault(msgid, f"{path.relative_to(ROOT)}:{line}")
    return found


@cache
def catalogue(code: str) -> Catalog:
    """The ``.po`` catalogue of one language, as Babel reads it."""
    with open(LOCALE / code / "LC_MESSAGES" / "blueprint.po", "rb") as po:
        return read_po(po)


def entries(code: str) -> dict[Msgid, str | tuple[str, ...]]:
    """Msgid -> translation (a plural's forms as a tuple), the header left out."""
    return {message.id: message.string for message in catalogue(code) if message.id}


def translated(code: str) -> dict[str, str]:
    """English template -> the catalogue's words; each form of a plural under its own msgid
    (the singular's words under the singular, the plural's under the plural)."""
    said: dict[str, str] = {}
    for msgid, string_ in entries(code).items():
        if isinstance(msgid, tuple):
            said.setdefault(msgid[0], string_[0])
            said.setdefault(msgid[1], string_[-1])
        else:
            said[msgid] = string_
    return said


def fields(text: str) -> list[tuple[str, str, str]]:
    """The ``{fields}`` of a template: (name, format spec, conversion), sorted."""
    return sorted((name, spec or "", conversion or "")
                  for _, name, spec, conversion in string.Formatter().parse(text) if name is not None)


def fixed_phrases(text: str) -> list[str]:
    """The template's own words between its fields, where they run to two words or more."""
    chunks = (literal.strip(" '.,;:()") for literal, *_ in string.Formatter().parse(text))
    return [chunk for chunk in chunks if len(re.findall(r"[^\W\d_]+", chunk)) >= 2]
