"""Writes the rule fixtures in ``tests/check/fixtures/<rule-id>/{valid,invalid}/`` with our saver.

Run ``python tests/check/make_fixtures.py`` after changing a fixture here; the test
``test_fixtures_are_current`` fails while the files on disk differ from these definitions.
Each invalid fixture names the elements its findings must cover in its description.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_builders import answered_concept, chain, flow, journey, needs, standards, step  # noqa: E402

from blueprint.model import Blueprint, ChannelRule, Condition, ServiceConcept, dumps_blueprint  # noqa: E402
from blueprint.model.fileformat import write_atomically  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"

Fixtures = dict[str, Blueprint]
"""``valid/<name>`` or ``invalid/<name>`` -> the blueprint."""


def resolved_question() -> tuple[list, list]:
    """The smallest clean journey: the customer asks, the desk resolves it."""
    steps = [step("ask", "Ask at the desk", kind="contact", channel="in-person", value="valuable"),
             step("answer", "Answer given", "frontstage", kind="contact", channel="in-person",
                  value="valuable", outcome="resolved")]
    return steps, chain("ask", "answer")


def concept_incomplete() -> Fixtures:
    steps, flows = resolved_question()
    unanswered = answered_concept(left_aside="", customer_must_do="  ")
    return {
        "valid/all-answered": journey("All questions answered", steps, flows),
        "valid/policy-as-thresholds": journey(
            "Policy given as thresholds", steps, flows, concept=answered_concept(
                intervention_policy="", intervene_when=[Condition(fact="value_eur", value=250)])),
        "invalid/empty-concept": journey("No concept at all", steps, flows, expected=(),
                                         concept=ServiceConcept()),
        "invalid/two-left-open": journey("Two questions left open", steps, flows, expected=(),
                                         concept=unanswered),
    }


def intervention_outside_policy() -> Fixtures:
    policy = answered_concept(intervene_when=[Condition(fact="item_value_eur", op=">=", value=250),
                                              Condition(fact="location_known", op="==", value=True)])
    steps = [step("call", "Call with the location", kind="contact", channel="phone", value="valuable"),
             step("patrol", "Patrol sent", "frontstage", kind="intervention", value="valuable"),
             step("returned", "Phone returned", "frontstage", kind="contact", value="valuable",
                  outcome="resolved")]
    flows = chain("call", "patrol", "returned")
    told = [step("call", "Call with the location", kind="contact", channel="phone", value="valuable"),
            step("told", "Told: no patrol for this value", "frontstage", kind="contact",
                 value="valuable", outcome="referred")]
    in_words = answered_concept(intervention_policy="We go out for every stolen item we can locate.")
    return {
        "valid/covered": journey("Covered by the policy", steps, flows, concept=policy,
                                 facts={"item_value_eur": 800, "location_known": True}),
        "valid/not-promised": journey("Below the threshold, no patrol", told, chain("call", "told"),
                                      concept=policy, facts={"item_value_eur": 40, "location_known": True}),
        "valid/policy-in-words": journey("Policy in words only", steps, flows, concept=in_words),
        "invalid/below-threshold": journey(
            "Patrol below the threshold", steps, flows, concept=policy, expected=("patrol",),
            facts={"item_value_eur": 40, "location_known": True}),
        "invalid/promised-but-missing": journey(
            "Promised but no patrol", told, chain("call", "told"), concept=policy, expected=(),
            facts={"item_value_eur": 800, "location_known": True}),
        "invalid/no-policy": journey("No policy at all", steps, flows, expected=("patrol",),
                                     concept=answered_concept(intervention_policy="")),
        "invalid/fact-unknown": journey("The value is not known", steps, flows, concept=policy,
                                        expected=("patrol",), facts={"location_known": True}),
    }


def administrative_trip() -> Fixtures:
    by_phone = [step("call", "Report by phone", kind="administration", channel="phone",
                     value="necessary", outcome="resolved")]
    trip = [step("travel", "Travel to the station", value="wasted", waste=["travel"]),
            step("queue", "Queue at the desk", value="wasted", waste=["waiting"]),
            step("file", "File the report", "frontstage", kind="administration",
                 channel="in-person", value="wasted", waste=["over-processing"], outcome="refused")]
    on_step = [step("file", "File the report at the station", "frontstage", kind="administration",
                    channel="in-person", value="wasted", waste=["travel", "waiting"])]
    valuable_trip = [step("travel", "Travel to the town hall", value="necessary", waste=[]),
                     step("register", "Register the birth", "frontstage", kind="contact",
                          channel="in-person", value="valuable", outcome="resolved")]
    return {
        "valid/report-by-phone": journey("Report by phone", by_phone),
        "valid/trip-for-a-real-contact": journey("Trip for a contact", valuable_trip,
                                                 chain("travel", "register")),
        "invalid/report-at-the-station": journey("Trip and queue to file a report", trip,
                                                 chain("travel", "queue", "file"),
                                                 expected=("file", "queue", "travel")),
        "invalid/trip-on-the-step": journey("Trip written on the step", on_step, expected=("file",)),
    }


def channel_rule_broken() -> Fixtures:
    rule = ChannelRule(description="Registration never requires a trip", kind="administration",
                       forbidden=["in-person"])
    concept = answered_concept(channel_rules=[rule])
    by_phone = [step("file", "Report by phone", kind="administration", channel="phone",
                     value="necessary", outcome="resolved")]
    in_person = [step("file", "File the report at the station", kind="administration",
                      channel="in-person", value="wasted", waste=["travel"], outcome="resolved")]
    return {
        "valid/registration-by-phone": journey("Registration by phone", by_phone, concept=concept),
        "valid/no-channel-rules": journey("No channel rules", in_person),
        "invalid/registration-in-person": journey("Registration in person", in_person,
                                                  concept=concept, expected=("file",)),
    }


def refusal_without_alternative() -> Fixtures:
    ask = step("ask", "Ask to correct the surname", kind="contact", channel="in-person", value="valuable")
    referred = step("court", "Not here, but via the court: I'll help you", "frontstage",
                    kind="contact", value="valuable", outcome="referred")
    refused = step("no", "That can't be done here", "frontstage", kind="contact",
                   value="wasted", waste=["unclear-information"], outcome="refused")
    explained = step("explain", "Court procedure explained", "frontstage", kind="contact",
                     value="valuable", outcome="referred")
    dropped = answered_concept(standards=standards(refusal_names_alternative=False))
    return {
        "valid/referred": journey("Referred to the court", [ask, referred], chain("ask", "court")),
        "valid/refusal-with-referral-flow": journey(
            "Refusal with a referral", [ask, refused, explained],
            [flow("ask", "no"), flow("no", "explain", "referral")]),
        "valid/standard-dropped": journey("The concept drops the standard", [ask, refused],
                                          chain("ask", "no"), concept=dropped),
        "invalid/cant-be-done-here": journey("That can't be done here", [ask, refused],
                                             chain("ask", "no"), expected=("no",)),
    }


def abandoned_effort() -> Fixtures:
    call = step("call", "Call 101 with the location", kind="contact", channel="phone", value="valuable")
    patrol = step("patrol", "Patrol sent", "frontstage", kind="intervention", value="valuable")
    back = step("back", "Officer calls back", "frontstage", kind="contact", channel="phone",
                value="wasted", waste=["repeat-contact"])
    stop = step("stop", "Chase called off", "frontstage", kind="contact", channel="phone",
                value="wasted", waste=["abandoned-effort"], outcome="abandoned")
    found = step("found", "Phone returned", "frontstage", kind="contact", value="valuable",
                 outcome="resolved")
    gave_up = step("gave-up", "Gives up waiting", value="wasted", waste=["abandoned-effort"])
    return {
        "valid/finished": journey("Intervention finished", [call, patrol, found],
                                  chain("call", "patrol", "found")),
        "invalid/chase-called-off": journey("Chase called off", [call, patrol, back, stop],
                                            chain("call", "patrol", "back", "stop"),
                                            expected=("stop", "patrol")),
        "invalid/marked-as-waste": journey("Customer gives up", [call, gave_up],
                                           chain("call", "gave-up"), expected=("gave-up",)),
    }


def promise_not_met() -> Fixtures:
    steps, flows = resolved_question()
    register = [step("register", "Register the newborn", kind="contact", need="birth", value="valuable"),
                step("deed", "Birth certificate handed over", "frontstage", kind="contact",
                     need="birth", value="valuable", outcome="resolved"),
                step("surname", "Ask to correct the surname", kind="contact", need="name",
                     value="valuable"),
                step("court", "Not here, but via the court", "frontstage", kind="contact",
                     need="name", value="valuable", outcome="referred")]
    two = needs(("birth", "Register the newborn"), ("name", "Correct the first child's surname"))
    refused = [step("ask", "Ask at the post", kind="contact", value="valuable"),
               step("none", "Nothing found, sorry", "frontstage", kind="contact", value="wasted",
                    waste=["error"], outcome="refused")]
    open_second = register[:3] + [step("away", "Clerk walks away", "frontstage", kind="contact",
                                       value="wasted", waste=["error"], outcome="abandoned")]
    forgotten = needs(("birth", "Register the newborn"), ("name", "Correct the surname"))
    return {
        "valid/resolved": journey("Resolved", steps, flows),
        "valid/each-need-met": journey("Two needs met", register,
                                       chain("register", "deed", "surname", "court"), needs=two),
        "invalid/refused": journey("Nothing found", refused, chain("ask", "none"), expected=("none",)),
        "invalid/second-need-open": journey("Surname left open", open_second,
                                            chain("register", "deed", "surname", "away"),
                                            needs=two, expected=("name", "away")),
        "invalid/need-without-steps": journey("Need forgotten", register[:2],
                                              chain("register", "deed"), needs=forgotten,
                                              expected=("name",)),
    }


def too_many_contacts() -> Fixtures:
    def contact(step_id: str, title: str, lane: str = "customer", **fields) -> object:
        return step(step_id, title, lane, kind="contact", channel="phone", value="valuable", **fields)

    three = [contact("one", "Ask at the post"), contact("two", "Phone the police"),
             contact("three", "Report by phone", "frontstage", outcome="resolved")]
    repeat = [contact("call", "Call 101"),
              step("again", "Officer calls back", "frontstage", kind="contact", channel="phone",
                   value="wasted", waste=["repeat-contact"]),
              contact("done", "Phone returned", "frontstage", outcome="resolved")]
    escalate = [contact("ask", "Ask to correct the surname"),
                step("manager", "Manager steps in", "frontstage", kind="escalation",
                     value="wasted", waste=["error"]),
                contact("court", "Via the court", "frontstage", outcome="referred")]
    at_most = answered_concept(standards=standards(max_contacts_per_need=3))
    at_most_two = answered_concept(standards=standards(max_contacts_per_need=2))
    return {
        "valid/within-the-maximum": journey("Three contacts allowed", three,
                                            chain("one", "two", "three"), concept=at_most),
        "valid/no-maximum-no-failure-demand": journey("No maximum", three, chain("one", "two", "three")),
        "invalid/over-the-maximum": journey("Three contacts, two allowed", three,
                                            chain("one", "two", "three"), concept=at_most_two,
                                            expected=("one", "two", "three")),
        "invalid/repeat-contact": journey("Called back", repeat, chain("call", "again", "done"),
                                          expected=("again",)),
        "invalid/escalation": journey("Manager steps in", escalate, chain("ask", "manager", "court"),
                                      expected=("manager",)),
    }


def waiting_over_standard() -> Fixtures:
    concept = answered_concept(standards=standards(max_waiting_minutes=15))

    def desk(minutes: float) -> list:
        return [step("queue", "Queue at the desk", kind="contact", channel="in-person",
                     value="valuable", waiting_minutes=minutes, outcome="resolved")]

    return {
        "valid/within-the-standard": journey("Short wait", desk(10), concept=concept),
        "valid/no-standard": journey("No standard set", desk(90)),
        "invalid/long-queue": journey("Long queue", desk(45), concept=concept, expected=("queue",)),
    }


def line_of_visibility() -> Fixtures:
    ask = step("ask", "Ask at the desk", kind="contact", value="valuable")
    desk = step("desk", "Clerk takes the question", "frontstage", kind="contact", value="valuable")
    back = step("back", "Clerk looks it up in the back office", "backstage", value="valuable")
    answer = step("answer", "Answer given", "frontstage", kind="contact", value="valuable",
                  outcome="resolved")
    system = step("system", "Case system", "support", value="necessary")
    read = step("read", "Reads the case number", kind="action", value="valuable", outcome="resolved")
    return {
        "valid/through-the-frontstage": journey("Through the desk", [ask, desk, back, answer],
                                                chain("ask", "desk", "back", "answer")),
        "invalid/customer-to-backstage": journey(
            "Straight to the back office", [ask, back, answer], chain("ask", "back", "answer"),
            expected=("ask", "back", "ask--back")),
        "invalid/support-to-customer": journey(
            "System talks to the customer", [ask, system, read],
            [flow("ask", "read"), flow("system", "read", "information")],
            expected=("read", "system")),
    }


def dead_end() -> Fixtures:
    steps, flows = resolved_question()
    read = step("read", "Reads the certificate", value="valuable")
    evidence = step("paper", "Certificate", "evidence")
    record = step("record", "Birth recorded", "support", value="necessary")
    walk = step("away", "Clerk walks away", "frontstage", kind="contact", value="wasted", waste=["error"])
    ask = step("ask", "Ask to correct the surname", kind="contact", value="valuable")
    alone = step("alone", "Looks at the app", value="valuable")
    return {
        "valid/ends-resolved": journey("Ends resolved", steps, flows),
        "valid/aftermath-evidence-and-records": journey(
            "After the outcome", [*steps, read, evidence, record],
            [*flows, flow("answer", "read"), flow("answer", "paper", "information"),
             flow("answer", "record", "information")]),
        "invalid/clerk-walks-away": journey("Clerk walks away", [ask, walk], chain("ask", "away"),
                                            expected=("away",)),
        "invalid/lonely-start": journey("A start that leads nowhere", [alone], expected=("alone",)),
    }


def unreachable_step() -> Fixtures:
    steps, flows = resolved_question()
    map_shown = step("map", "Phone shown on the map", "evidence")
    record = step("record", "Question logged", "support", value="necessary")
    orphan = step("orphan", "Case reviewed by a manager", "backstage", value="necessary",
                  outcome="resolved")
    loop = [step("a", "Phone the police", kind="contact", value="valuable", outcome="resolved"),
            step("b", "Phone again", kind="contact", value="valuable")]
    return {
        "valid/all-wired": journey(
            "Everything wired", [map_shown, *steps, record],
            [flow("map", "ask", "information"), *flows, flow("answer", "record", "information")]),
        "invalid/orphan-backstage": journey("A step nobody reaches", [*steps, orphan], flows,
                                            expected=("orphan",)),
        "invalid/no-start": journey("A loop without start", loop,
                                    [flow("a", "b"), flow("b", "a")], expected=()),
    }


def unmarked_step() -> Fixtures:
    steps, flows = resolved_question()
    evidence = step("paper", "Receipt", "evidence")
    unmarked = [steps[0], steps[1].model_copy(update={"value": "unmarked"})]
    return {
        "valid/all-marked": journey("All marked", [*steps, evidence],
                                    [*flows, flow("answer", "paper", "information")]),
        "invalid/answer-unmarked": journey("Answer not marked", unmarked, flows, expected=("answer",)),
    }


ALL = {
    "concept-incomplete": concept_incomplete,
    "intervention-outside-policy": intervention_outside_policy,
    "administrative-trip": administrative_trip,
    "channel-rule-broken": channel_rule_broken,
    "refusal-without-alternative": refusal_without_alternative,
    "abandoned-effort": abandoned_effort,
    "promise-not-met": promise_not_met,
    "too-many-contacts": too_many_contacts,
    "waiting-over-standard": waiting_over_standard,
    "line-of-visibility": line_of_visibility,
    "dead-end": dead_end,
    "unreachable-step": unreachable_step,
    "unmarked-step": unmarked_step,
}
"""Rule id -> the function that defines its fixtures."""


def fixture_files() -> dict[Path, str]:
    """Every fixture path -> the file text our saver writes for it."""
    return {FIXTURES / rule_id / f"{name}.blueprint.json": dumps_blueprint(blueprint)
            for rule_id, define in ALL.items() for name, blueprint in define().items()}


def main() -> None:
    """Write every fixture file (only those whose text changed)."""
    for path, text in fixture_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_atomically(path, text)
            print(f"wrote {path.relative_to(FIXTURES.parent)}")


if __name__ == "__main__":
    main()
