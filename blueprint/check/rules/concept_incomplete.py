"""concept-incomplete: the service concept leaves an essential question unanswered."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.model import Severity

META = RuleMeta(
    id="concept-incomplete",
    title="The service concept leaves an essential question unanswered",
    rationale=(
        "Lost iPhone (Gent): the police were friendly and acted, yet the citizen got no "
        "result and public money was spent, because nobody had decided when the police "
        "intervene, what an intervention includes, what result the citizen may expect, "
        "what she must do for it, and what is left aside."
    ),
    hint=(
        "Answer each question in the concept: the promise, when you intervene and when "
        "not (with thresholds over the case facts), what an intervention includes, the "
        "result promised, what the customer must do, and what you deliberately leave aside."
    ),
    severity=Severity.WARNING,
)

QUESTIONS = {
    "promise": "What may the customer expect?",
    "intervention_policy": "When does the organisation intervene, and when not?",
    "intervention_includes": "What does an intervention include?",
    "result_promised": "What result may the customer expect?",
    "customer_must_do": "What must the customer do for it?",
    "left_aside": "What is deliberately left aside?",
}
"""Each essential-question field of the concept, asked as the seed asks it."""


def check(context: CheckContext) -> Iterator[Report]:
    """One finding listing every essential question the concept leaves open.

    Thresholds in ``intervene_when`` answer the intervention policy as well as its text.
    """
    concept = context.concept
    unanswered = concept.unanswered_questions()
    if concept.intervene_when and "intervention_policy" in unanswered:
        unanswered.remove("intervention_policy")
    if not unanswered:
        return
    name = f" '{concept.name}'" if concept.name.strip() else ""
    questions = " ".join(QUESTIONS[field] for field in unanswered)
    yield Report((), f"The service concept{name} leaves {len(unanswered)} of "
                     f"{len(QUESTIONS)} essential questions unanswered: {questions}")
