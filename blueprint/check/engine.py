"""The check engine: runs every rule over one blueprint and the concept it is checked against.

Each rule sees the same :class:`CheckContext` (the journey indexed once). The preset and
the concept's ``rules`` decide each rule's severity; ``blueprint.suppressions`` hide one
rule's findings on one element, with the reason the team recorded. A rule that raises
becomes a ``rule-error`` finding naming the rule; the other rules run as usual. Messages
and hints are in the check's language (:mod:`blueprint.check.wording`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from blueprint.analysis.journey import Journey
from blueprint.analysis.metrics import Metrics, compute_metrics
from blueprint.check.context import CheckContext
from blueprint.check.finding import CheckResult, Finding, Report, RuleMeta
from blueprint.check.presets import effective_severities
from blueprint.check.rules import RULE_MODULES
from blueprint.check.wording import Wording
from blueprint.model import Blueprint, ServiceConcept, Severity

RULES: dict[str, RuleMeta] = {module.META.id: module.META for module in RULE_MODULES}
"""Every rule's metadata by id, in the stable order the rules run and are documented."""

RULE_ERROR = "rule-error"
"""The rule id of the finding that stands for a rule that failed."""

UNKNOWN_RULE = "unknown-rule"
"""The rule id of the finding about a concept override or suppression naming no rule."""

_RULE_ORDER = {rule_id: index for index, rule_id in enumerate(RULES)}
_WORST_FIRST = {severity: -severity.rank for severity in Severity}


def analyse(blueprint: Blueprint, concept: ServiceConcept | None = None,
            preset: str | None = None, *, language: str | None = None) -> tuple[CheckResult, Metrics]:
    """The check and the metrics of one blueprint, over one journey index built once.

    What the command line and the live check run: the same as :func:`run_check` followed
    by :func:`blueprint.analysis.metrics.compute_metrics` with the same concept, without
    reading the journey twice. ``language`` as in :func:`run_check`.
    """
    journey = Journey(blueprint)
    result = run_check(blueprint, concept, preset, journey=journey, language=language)
    return result, compute_metrics(blueprint, concept, journey=journey)


def run_check(blueprint: Blueprint, concept: ServiceConcept | None = None,
              preset: str | None = None, *, journey: Journey | None = None,
              language: str | None = None) -> CheckResult:
    """Check a blueprint against a concept (its own by default) with a preset.

    ``preset`` defaults to the concept's; an unknown name raises
    :class:`blueprint.check.presets.UnknownPreset`. ``journey`` is the blueprint's index
    when the caller has one already; without it, the index is built here. Messages and
    hints are in ``language`` (default: the blueprint's own; Dutch for ``nl``, ``nl-BE``,
    English for any language without a catalogue). Findings come back worst first, then in
    the order of the blueprint's elements, then in rule order.
    """
    concept = blueprint.concept if concept is None else concept
    severities = effective_severities(preset or concept.preset, RULES.values(), concept.rules)
    context = CheckContext(blueprint, concept, journey, language)
    suppressed = {(s.rule, s.element) for s in blueprint.suppressions}
    result = CheckResult()
    for module in RULE_MODULES:
        severity = severities[module.META.id]
        if severity is Severity.OFF:
            continue
        findings = _run_rule(module, context, severity)
        if not suppressed:
            result.findings += findings
            continue
        for finding in findings:
            hidden = any((finding.rule, element) in suppressed for element in finding.elements)
            (result.suppressed if hidden else result.findings).append(finding)
    result.findings += _unknown_rule_findings(blueprint, concept, context.say)
    _sort_findings(result.findings, context.position, blueprint)
    return result


def rules_in_language(language: str | None) -> dict[str, RuleMeta]:
    """Every rule's metadata as :data:`RULES` has it, with the title, rationale and hint in
    ``language`` (``en``, ``nl``, ``nl-BE``; English for a language without a catalogue)."""
    say = Wording.for_language(language)
    return {rule_id: replace(meta, title=say(meta.title), rationale=say(meta.rationale),
                             hint=say(meta.hint))
            for rule_id, meta in RULES.items()}


def _run_rule(module, context: CheckContext, severity: Severity) -> list[Finding]:
    meta: RuleMeta = module.META
    say = context.say
    try:
        reports: Iterable[Report] = module.check(context)
        rule_id, rule_hint = meta.id, say(meta.hint)
        return [Finding(rule_id, severity, tuple(elements), message, hint or rule_hint)
                for elements, message, hint in reports]
    except Exception as error:  # a broken rule must never stop the check
        return [Finding(
            RULE_ERROR, Severity.ERROR, (),
            say("The rule '{rule}' stopped with an internal error ({error}); its findings are "
                "missing from this check.", rule=meta.id, error=f"{type(error).__name__}: {error}"),
            say("Report this problem together with the blueprint file; the other rules ran as usual."),
        )]


def _unknown_rule_findings(blueprint: Blueprint, concept: ServiceConcept, say: Wording) -> list[Finding]:
    hint = say("Use one of the rule ids listed in the program's Help › Rules, or remove the entry.")
    findings = [
        Finding(UNKNOWN_RULE, Severity.WARNING, (),
                say("The concept sets the severity of '{rule}', which is not a rule.", rule=rule_id),
                hint)
        for rule_id in concept.rules if rule_id not in RULES
    ]
    findings += [
        Finding(UNKNOWN_RULE, Severity.WARNING, (suppression.element,),
                say("A suppression on '{title}' names '{rule}', which is not a rule.",
                    title=blueprint.element_title(suppression.element), rule=suppression.rule), hint)
        for suppression in blueprint.suppressions
        if suppression.rule not in RULES and suppression.rule != RULE_ERROR
    ]
    return findings


def _sort_findings(findings: list[Finding], steps: dict[str, int], blueprint: Blueprint) -> None:
    """Worst first; then concept findings, steps in document order (``steps``: id ->
    position), needs, anything else; then rule order, elements and message."""
    needs = {need.id: len(steps) + index for index, need in enumerate(blueprint.needs)}
    elsewhere, last_rule = len(steps) + len(needs), len(_RULE_ORDER)
    at_step, at_need, rule_order = steps.get, needs.get, _RULE_ORDER.get

    def order(finding: Finding) -> tuple:
        elements = finding.elements
        if elements:
            first = at_step(elements[0])
            if first is None:
                first = at_need(elements[0], elsewhere)
        else:
            first = -1
        return (_WORST_FIRST[finding.severity], first, rule_order(finding.rule, last_rule),
                elements, finding.message)

    findings.sort(key=order)
