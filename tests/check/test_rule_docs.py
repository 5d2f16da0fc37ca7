"""Every rule has its page among the shipped help pages, and the index lists every rule with its presets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from blueprint.check import RULES
from blueprint.check.presets import preset_severities
from blueprint.shipped import rules_index

DOCS = rules_index().parent
SECTIONS = ("## What it finds", "## Why", "## Incorrect", "## Correct", "## What to do instead")
STRICT = preset_severities("strict", RULES.values())


def flat(text: str) -> str:
    """Text as prose compares: lines unwrapped, code marks dropped, one kind of quote."""
    return " ".join(text.replace("`", "'").replace('"', "'").replace("''", "'").split())


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_page(rule_id: str) -> None:
    meta = RULES[rule_id]
    text = (DOCS / f"{rule_id}.md").read_text(encoding="utf-8")
    assert text.startswith(f"# {rule_id}\n")
    assert f"**{meta.title}.**" in text
    assert f"Severity: {meta.severity} (strict: {STRICT[rule_id]})" in text
    for section in SECTIONS:
        assert f"\n{section}\n" in text, section
    assert flat(meta.hint) in flat(text), "the page gives the rule's hint"


def test_index_lists_every_rule_with_its_presets() -> None:
    text = (DOCS / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| \[([a-z-]+)\]\(\1\.md\) \| (.+?) \| (\w+) \| (\w+) \|$", text, re.MULTILINE)
    assert [row[0] for row in rows] == list(RULES)
    for rule_id, title, recommended, strict in rows:
        assert (title, recommended, strict) == (RULES[rule_id].title, RULES[rule_id].severity, STRICT[rule_id])
