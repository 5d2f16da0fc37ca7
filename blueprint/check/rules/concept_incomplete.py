"""concept-incomplete: the service concept leaves an essential question unanswered."""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.check.context import CheckContext
from blueprint.check.finding import Report, RuleMeta
from blueprint.check.wording import template
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
    "promise": template("What may the customer expect?"),
    "intervention_policy": template("When does the organisation intervene, and when not?"),
    "intervention_includes": template("What does an intervention include?"),
    "result_promised": template("What result may the customer expect?"),
    "customer_must_do": template("What must the customer do for it?"),
    "left_aside": template("What is deliberately left aside?"),
}
"""Each essential-question field of the concept, asked as the seed asks it (in English:
say ``context.say(QUESTIONS[field])`` for the check's language)."""


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
    say = context.say
    count = len(unanswered)
    fields = {"total": len(QUESTIONS), "questions": " ".join(say(QUESTIONS[field]) for field in unanswered)}
    if concept.name.strip():
        yield Report((), say.plural(
            "The service concept '{name}' leaves {count} of {total} essential questions unanswered: "
            "{questions}",
            "The service concept '{name}' leaves {count} of {total} essential questions unanswered: "
            "{questions}", count, name=concept.name, **fields))
    else:
        yield Report((), say.plural(
            "The service concept leaves {count} of {total} essential questions unanswered: {questions}",
            "The service concept leaves {count} of {total} essential questions unanswered: {questions}",
            count, **fields))
