"""Presets: which severity each rule has before the concept's own overrides.

``recommended`` uses each rule's default severity. ``strict`` raises every rule one step
(info becomes warning, warning becomes error), for a to-be journey that must be spotless.
The concept's ``rules`` then switch a rule off or set its severity, whatever the preset.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from blueprint.check.finding import RuleMeta
from blueprint.model import Severity

PRESET_NAMES = ("recommended", "strict")

_RAISED = {Severity.OFF: Severity.OFF, Severity.INFO: Severity.WARNING,
           Severity.WARNING: Severity.ERROR, Severity.ERROR: Severity.ERROR}


class UnknownPreset(ValueError):
    """A preset name that is neither ``recommended`` nor ``strict``."""


def preset_severities(preset: str, rules: Iterable[RuleMeta]) -> dict[str, Severity]:
    """Rule id -> severity in this preset."""
    if preset == "recommended":
        return {rule.id: rule.severity for rule in rules}
    if preset == "strict":
        return {rule.id: _RAISED[rule.severity] for rule in rules}
    raise UnknownPreset(f"unknown preset '{preset}'; choose one of: {', '.join(PRESET_NAMES)}")


def effective_severities(preset: str, rules: Iterable[RuleMeta],
                         overrides: Mapping[str, Severity]) -> dict[str, Severity]:
    """Rule id -> severity: the preset's, then the concept's overrides on top."""
    severities = preset_severities(preset, rules)
    for rule_id, severity in overrides.items():
        if rule_id in severities:
            severities[rule_id] = Severity(severity)
    return severities
