"""The concept check: rules that say where a journey breaks the organisation's own promise.

``run_check(blueprint, concept=None, preset=None)`` runs every rule in :data:`RULES` and
returns a :class:`CheckResult`; ``analyse(blueprint, concept=None, preset=None)`` returns
the check's result and the metrics together, reading the journey once for both. Both take
``language=`` (default: the blueprint's own) for the findings' messages and hints;
``rules_in_language(language)`` gives the rules' titles, rationales and hints in a
language. No Qt here, and nothing slow at import time.
"""

from blueprint.check.engine import RULE_ERROR, RULES, UNKNOWN_RULE, analyse, rules_in_language, run_check
from blueprint.check.finding import CheckResult, Finding, Report, RuleMeta
from blueprint.check.presets import PRESET_NAMES, UnknownPreset

__all__ = ["analyse", "run_check", "rules_in_language", "RULES", "RULE_ERROR", "UNKNOWN_RULE",
           "CheckResult", "Finding", "Report", "RuleMeta", "PRESET_NAMES", "UnknownPreset"]
