"""Writes the rule fixtures in ``tests/check/fixtures/<rule-id>/{valid,invalid}/`` with our saver.

Run ``python tests/check/make_fixtures.py`` after changing a fixture here; the test
``test_fixtures_are_current`` fails while the files on disk differ from these definitions.
Each invalid fixture names the elements its findings must cover in its description.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_builders import WAY, answered_concept, chain, flow, journey, needs, standards, step  # noqa: E402

from blueprint.model import (  # noqa: E402
    Blueprint, ChannelRule, Commitment, Condition, Duration, Organisation, Referral, ServiceConcept,
    dumps_blueprint,
)
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
                 value="valuable", outcome="referred", referral=WAY)]
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
                    kind="contact", value="valuable", outcome="referred", referral=WAY)
    refused = step("no", "That can't be done here", "frontstage", kind="contact",
                   value="wasted", waste=["unclear-information"], outcome="refused")
    explained = step("explain", "Court procedure explained", "frontstage", kind="contact",
                     value="valuable", outcome="referred", referral=WAY)
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
                     need="name", value="valuable", outcome="referred", referral=WAY)]
    two = needs(("birth", "Register the newborn"), ("name", "Correct the first child's surname"))
    refused = [step("ask", "Ask at the post", kind="contact", value="valuable"),
               step("none", "Nothing found, sorry", "frontstage", kind="contact", value="wasted",
                    waste=["error"], outcome="refused")]
    open_second = register[:3] + [step("away", "Clerk walks away", "frontstage", kind="contact",
                                       value="wasted", waste=["error"], outcome="abandoned")]
    forgotten = needs(("birth", "Register the newborn"), ("name", "Correct the surname"))
    return {
        "valid/resolved": journey("Resolved", steps, flows),
        "valid/bitner-support-columns": bitner(),
        "invalid/refused-mid-journey": journey(
            "Refused, then asked again",
            [step("ask", "Ask at the desk", kind="contact", channel="in-person", value="valuable"),
             step("no", "Not here", "frontstage", kind="contact", value="wasted",
                  waste=["wrong-door"], outcome="refused"),
             step("again", "Call the helpline", channel="phone", value="wasted", waste=["repeat-contact"]),
             step("maybe", "We will look into it", "frontstage", kind="contact", value="necessary")],
            chain("ask", "no", "again", "maybe"), expected=("maybe",)),
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
                contact("court", "Via the court", "frontstage", outcome="referred", referral=WAY)]
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
        "valid/bitner-support-columns": bitner(),
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
        "valid/bitner-support-columns": bitner(),
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
        "valid/bitner-support-columns": bitner(),
        "valid/all-marked": journey("All marked", [*steps, evidence],
                                    [*flows, flow("answer", "paper", "information")]),
        "invalid/answer-unmarked": journey("Answer not marked", unmarked, flows, expected=("answer",)),
    }


def incomplete_referral() -> Fixtures:
    ask = step("ask", "Ask to correct the surname", kind="contact", channel="in-person", value="valuable")
    named = Referral(to="The court")
    door_only = step("court", "Not for us: try the court", "frontstage", kind="contact",
                     value="wasted", waste=["wrong-door"], outcome="referred", referral=named)
    with_number = step("court", "Not for us: here is the court registry's number", "frontstage",
                       kind="contact", value="valuable", outcome="referred", referral=WAY)
    handed = step("court", "We pass your file to the court", "frontstage", kind="contact",
                  value="valuable", outcome="referred", referral=Referral(to="The court", hand_over=True))
    told = step("told", "Try the other office", "frontstage", kind="contact", value="wasted",
                waste=["wrong-door"])
    office = step("office", "Walk to the other office", value="wasted", waste=["travel"])
    desk = step("desk", "Other office takes the case", "frontstage", kind="contact", value="valuable",
                outcome="resolved")
    return {
        "valid/contact-details": journey("Referred with the number", [ask, with_number],
                                         chain("ask", "court")),
        "valid/hand-over": journey("Referred with a hand-over", [ask, handed], chain("ask", "court")),
        "valid/referral-flow-to-the-other-desk": journey(
            "The other desk takes it over", [ask, told, desk],
            [flow("ask", "told"), flow("told", "desk", "referral")]),
        "invalid/names-the-door-only": journey("Not for us, try the court", [ask, door_only],
                                               chain("ask", "court"), expected=("court",)),
        "invalid/customer-finds-the-way": journey(
            "The customer has to find the other office", [ask, told, office, desk],
            [flow("ask", "told"), flow("told", "office", "referral"), flow("office", "desk")],
            expected=("told",)),
    }


def deadline_missed() -> Fixtures:
    five_days = Commitment(text="We decide within five working days", type="deadline",
                           within=Duration(amount=5, unit="working-days"))
    concept = answered_concept(commitments=[five_days])
    apply = step("apply", "Apply for the permit", kind="contact", channel="app-web", value="valuable",
                 customer_minutes=20)
    decide = step("decide", "Decide on the permit", "backstage", value="valuable", staff_minutes=60)
    told = step("told", "Permit granted", "frontstage", kind="notification", channel="email",
                value="valuable", outcome="resolved")
    flows = [flow("apply", "decide"), flow("decide", "told")]
    slow = [flow("apply", "decide").model_copy(update={"delay": Duration(amount=3, unit="weeks")}),
            flow("decide", "told")]
    busy = [flow("apply", "decide").model_copy(update={"delay": Duration(amount=4, unit="working-days")}),
            flow("decide", "told")]
    return {
        "valid/within-the-deadline": journey("Decided the same week", [apply, decide, told], busy,
                                             concept=concept),
        "valid/no-deadline": journey("No deadline promised", [apply, decide, told], slow),
        "invalid/three-weeks-pass": journey("Three weeks pass", [apply, decide, told], slow,
                                            concept=concept, expected=("told", "apply")),
        "invalid/long-queue-in-hours": journey(
            "A deadline in hours", [apply, decide.model_copy(update={"waiting_minutes": 300}), told],
            flows, concept=answered_concept(commitments=[Commitment(
                text="An answer within four hours", type="deadline",
                within=Duration(amount=4, unit="hours"))]), expected=("told",)),
    }


def notification_missing() -> Fixtures:
    we_tell = Commitment(text="We let you know when it is done", type="notification")
    concept = answered_concept(commitments=[we_tell])
    apply = step("apply", "Apply for the permit", kind="contact", channel="app-web", value="valuable")
    decide = step("decide", "Decide on the permit", "backstage", value="valuable", staff_minutes=60)
    told = step("told", "E-mail: your permit is granted", "frontstage", kind="notification",
                channel="email", value="valuable", outcome="resolved")
    chase = step("chase", "Call to ask about the permit", channel="phone", value="wasted",
                 waste=["repeat-contact"], outcome="resolved")
    slow = [flow("apply", "decide").model_copy(update={"delay": Duration(amount=2, unit="weeks")}),
            flow("decide", "told")]
    return {
        "valid/told-by-e-mail": journey("Told by e-mail", [apply, decide, told],
                                        chain("apply", "decide", "told"), concept=concept),
        "valid/nothing-promised": journey("Nothing promised", [apply, decide, chase],
                                          chain("apply", "decide", "chase")),
        "invalid/customer-has-to-chase": journey("The customer has to chase", [apply, decide, chase],
                                                 chain("apply", "decide", "chase"), concept=concept,
                                                 expected=("apply",)),
        "invalid/told-too-late": journey(
            "Told after two weeks", [apply, decide, told], slow, expected=("told",),
            concept=answered_concept(commitments=[Commitment(
                text="We tell you within three working days", type="notification",
                within=Duration(amount=3, unit="working-days"))])),
    }


def customer_duty_broken() -> Fixtures:
    once = Commitment(text="Tell us once", type="customer-duty", tell_once=True)
    call = step("call", "Call: give the policy number", channel="phone", value="necessary",
                customer_provides=["Policy number", "Address"])
    agent = step("agent", "Agent takes the claim", "frontstage", kind="contact", channel="phone",
                 value="valuable")
    form = step("form", "Form: give the policy number", channel="app-web", value="wasted",
                waste=["repeat-contact"], customer_provides=["policy  number"])
    paid = step("paid", "Claim paid", "frontstage", kind="notification", channel="email",
                value="valuable", outcome="resolved")
    two_actions = Commitment(text="You only report the damage", type="customer-duty",
                             max_customer_actions=1)
    return {
        "valid/told-once": journey("Told once", [call, agent, paid], chain("call", "agent", "paid"),
                                   concept=answered_concept(commitments=[once])),
        "invalid/told-twice": journey("The policy number twice", [call, agent, form, paid],
                                      chain("call", "agent", "form", "paid"),
                                      concept=answered_concept(commitments=[once]),
                                      expected=("form",)),
        "invalid/more-actions-than-promised": journey(
            "Two customer actions", [call, agent, form, paid], chain("call", "agent", "form", "paid"),
            concept=answered_concept(commitments=[two_actions]), expected=("call", "form")),
    }


def too_many_hand_offs() -> Fixtures:
    concept = answered_concept(standards=standards(max_hand_offs_per_need=1))
    call = step("call", "Report the damage", channel="phone", value="valuable")
    agent = step("agent", "Agent takes the call", "frontstage", kind="contact", channel="phone",
                 actor="Agent", value="valuable")
    handler = step("handler", "Claims handler assesses", "backstage", actor="Claims handler",
                   value="necessary")
    expert = step("expert", "Expert visits", "backstage", actor="Expert", organisation="adjusters",
                  value="necessary")
    paid = step("paid", "Claim paid", "frontstage", kind="notification", channel="email",
                actor="Agent", value="valuable", outcome="resolved")
    adjusters = [Organisation(id="adjusters", name="Loss adjusters")]
    return {
        "valid/one-owner": journey("The agent owns the claim", [call, agent, paid],
                                   chain("call", "agent", "paid"), concept=concept),
        "valid/no-standard": journey("No standard set", [call, agent, handler, expert, paid],
                                     chain("call", "agent", "handler", "expert", "paid"),
                                     organisations=adjusters),
        "invalid/handed-on-three-times": journey(
            "Handed on three times", [call, agent, handler, expert, paid],
            chain("call", "agent", "handler", "expert", "paid"), concept=concept,
            organisations=adjusters, expected=("agent--handler", "handler--expert", "expert--paid")),
    }


def fail_point_without_recovery() -> Fixtures:
    concept = answered_concept(standards=standards(fail_points_need_recovery=True))
    call = step("call", "Report the damage", channel="phone", value="valuable")
    pay = step("pay", "Payment run", "backstage", value="necessary", fail_point=True,
               fail_point_text="Bank details wrong")
    check = step("check", "Call the customer to check the bank details", "frontstage",
                 kind="contact", channel="phone", value="necessary")
    paid = step("paid", "Claim paid", "frontstage", kind="notification", channel="email",
                value="valuable", outcome="resolved")
    recovered = [flow("call", "pay"), flow("pay", "paid"), flow("pay", "check", "recovery"),
                 flow("check", "paid")]
    return {
        "valid/recovered": journey("A recovery step", [call, pay, check, paid], recovered,
                                   concept=concept),
        "valid/recovery-not-asked": journey("The concept asks no recovery", [call, pay, paid],
                                            chain("call", "pay", "paid")),
        "invalid/no-recovery": journey("No recovery", [call, pay, paid], chain("call", "pay", "paid"),
                                       concept=concept, expected=("pay",)),
    }


def bitner() -> Blueprint:
    """A classic Bitner blueprint: the customer's path wired, evidence and support items
    standing unwired in the columns they serve (one names what it supports)."""
    steps = [step("enter", "Enter the branch", kind="contact", channel="in-person", value="valuable"),
             step("sign", "Branch sign", "evidence"),
             step("greet", "Greeted at the desk", "frontstage", channel="in-person", value="valuable",
                  outcome="resolved"),
             step("crm", "Look up the customer", "support", supports=["greet"])]
    placed = journey("Bitner columns", steps).steps
    placed[1].x = placed[0].x  # the sign stands in the column of 'enter'
    placed[2].x = placed[3].x = placed[0].x + 240
    return Blueprint(title="Bitner columns", steps=placed, flows=chain("enter", "greet"),
                     concept=answered_concept())


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
    "incomplete-referral": incomplete_referral,
    "deadline-missed": deadline_missed,
    "notification-missing": notification_missing,
    "customer-duty-broken": customer_duty_broken,
    "too-many-hand-offs": too_many_hand_offs,
    "fail-point-without-recovery": fail_point_without_recovery,
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
