"""The birth registration redesigned: a desk that thinks along and goes one step further.

The seed gives the redesign in the author's own words: "That can't be done here, but it
has to go through the court. If you need help with that, I'm glad to help you." The
certificate is handed over without the remark about last time; everything before it stays.
"""

from __future__ import annotations

from dataclasses import replace

from birth_registration_as_is import (
    BIRTH_CERTIFICATE,
    CHECK_CERTIFICATE,
    CLERK,
    CLERK_RATE_EUR,
    COME_TO_DESK,
    CONGRATULATE,
    DRAW_UP_CERTIFICATE,
    FIRST_FLOWS,
    FIX_SURNAME,
    GIVE_NAME_ON_PAPER,
    GOAL,
    HAND_OVER_CERTIFICATE,
    NAME_ON_PAPER,
    NEEDS,
    ORGANISATION,
    PERSONA,
    SHOW_FIRST_CERTIFICATE,
    SURNAME_QUESTION,
    TITLE,
)
from example_builder import ConceptSpec, FlowSpec, JourneySpec, ReferralSpec, StepSpec, joined, rate_note

from blueprint.model import Channel, FlowKind, Outcome, Standards, StepKind, Value

HAND_OVER_CERTIFICATE_TO_BE = replace(
    HAND_OVER_CERTIFICATE, fail_point=False, emotion=1,
    description=(
        "After some minutes the clerk is back at the desk and hands over the certificate: "
        "\"Would you check that everything is right?\"",
        "Na enige minuten verschijnt de ambtenaar weer aan de balie en overhandigt de akte: "
        "“Wilt u even nakijken of alles klopt?”"),
    note=("Redesign: the same check, asked without the remark about last time.",
          "Herontwerp: dezelfde controle, gevraagd zonder de opmerking over de vorige keer."))

REFER_TO_COURT = StepSpec(
    id="refer-to-court", lane="frontstage", column=8,
    title=("Explain: not here, but through the court", "Uitleggen: niet hier, maar via de rechtbank"),
    description=(
        "\"That can't be done here, but it has to go through the court. If you need help "
        "with that, I'm glad to help you.\"",
        "“Dat kan hier niet, maar dat moet via de rechtbank. Wanneer u daarbij hulp nodig "
        "heeft, wil ik u wel helpen.”"),
    actor=CLERK, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=FIX_SURNAME, outcome=Outcome.REFERRED, emotion=1, minutes=(2, 2, 0),
    note=("The author's own words for what the clerk could have said: an honest "
          "explanation and what is possible instead.",
          "De eigen woorden van de auteur voor wat de medewerker had kunnen zeggen: een "
          "eerlijke uitleg en wat er wél mogelijk is."))

HELP_PREPARE_COURT_REQUEST = StepSpec(
    id="help-prepare-court-request", lane="frontstage", column=9,
    title=("Help prepare the request to the court",
           "Helpen het verzoek aan de rechtbank voor te bereiden"),
    description=(
        "The clerk helps the father prepare his request to the court to change the surname "
        "on the first child's certificate.",
        "De medewerker helpt de vader zijn verzoek aan de rechtbank voor te bereiden om de "
        "achternaam op de akte van het eerste kind te laten veranderen."),
    actor=CLERK, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=FIX_SURNAME, outcome=Outcome.REFERRED, emotion=1, minutes=(15, 15, 0),
    referral=ReferralSpec(
        to=("The family court", "De familierechtbank"),
        contact_details=("The court registry's address and opening hours, written on the "
                         "prepared request", "Het adres en de openingsuren van de griffie, "
                         "op het voorbereide verzoek geschreven")),
    note=joined(("Redesign: one step further. The court decides; the need leaves the desk "
                 "referred, with help.",
                 "Herontwerp: een stapje extra. De rechtbank beslist; de behoefte verlaat "
                 "de balie doorverwezen, met hulp."),
                rate_note(CLERK_RATE_EUR)))

TO_BE_CONCEPT = ConceptSpec(
    name=("A desk that thinks along", "Een balie die meedenkt"),
    promise=(
        "At the desk you meet someone who thinks along: what can be done here is done at "
        "once; what can't, you hear honestly, with why and what is possible instead.",
        "Aan de balie treft u iemand die meedenkt: wat hier kan, gebeurt meteen; wat hier "
        "niet kan, hoort u eerlijk, met de reden en wat er wél mogelijk is."),
    experience=(
        "Friendly and empathic, and one step further: the customer leaves glad, not "
        "bewildered.",
        "Vriendelijk en empathisch, en een stapje extra: de klant gaat blij naar huis, niet "
        "verbijsterd."),
    intervention_policy=(
        "The desk handles every request it is allowed to handle, such as registering a "
        "birth and drawing up its certificate. A request it may not handle, such as "
        "changing the surname on an existing certificate, is never just refused: the clerk "
        "names where it can be done and offers help.",
        "De balie handelt elke vraag af die ze mag afhandelen, zoals een geboorte "
        "aangeven en de akte opmaken. Een vraag die ze niet mag afhandelen, zoals de "
        "achternaam op een bestaande akte veranderen, wordt nooit zomaar geweigerd: de "
        "medewerker zegt waar het wel kan en biedt hulp aan."),
    intervention_includes=(
        "For a birth: the registration, and the certificate drawn up and handed over to "
        "be checked. For a request that belongs elsewhere: the honest reason, the place "
        "where it can be done (here: the court) and help preparing the request.",
        "Bij een geboorte: de aangifte, en de akte opgemaakt en overhandigd om na te "
        "lezen. Bij een vraag die elders thuishoort: de eerlijke reden, de plaats waar het "
        "wel kan (hier: de rechtbank) en hulp bij het voorbereiden van het verzoek."),
    result_promised=(
        "You leave with what you came for, or with a clear way forward: the birth "
        "registered and its certificate in hand; for the surname, a request to the court "
        "prepared with help.",
        "U vertrekt met waarvoor u kwam, of met een duidelijke uitweg: de geboorte "
        "aangegeven en de akte in handen; voor de achternaam, een verzoek aan de rechtbank "
        "dat met hulp is voorbereid."),
    customer_must_do=(
        "Give the child's details (a name written on paper helps), read the certificate "
        "before you leave, and file the prepared request with the court yourself.",
        "De gegevens van het kind doorgeven (een naam op papier helpt), de akte nalezen "
        "voor u vertrekt, en het voorbereide verzoek zelf bij de rechtbank indienen."),
    left_aside=(
        "The desk does not change a surname on an existing certificate: only the court can. "
        "The desk does not act for the citizen at the court.",
        "De balie verandert geen achternaam op een bestaande akte: dat kan alleen de "
        "rechtbank. De balie treedt niet voor de burger op bij de rechtbank."),
    standards=Standards(max_contacts_per_need=3, max_waiting_minutes=15),
    staff_hourly_rate_eur=CLERK_RATE_EUR,
)

TO_BE = JourneySpec(
    file_stem="birth-registration.to-be",
    title=(f"{TITLE[0]} (to-be)", f"{TITLE[1]} (gewenste situatie)"),
    description=(
        "The birth registration redesigned: when something can't be done here, the clerk "
        "says where it can be done and offers to help. Minutes and the staff hourly rate "
        "are estimates.",
        "De geboorteaangifte herontworpen: wanneer iets hier niet kan, zegt de medewerker "
        "waar het wel kan en biedt hij hulp aan. De minuten en het uurtarief van het "
        "personeel zijn schattingen."),
    persona=PERSONA, goal=GOAL, organisation=ORGANISATION, needs=NEEDS,
    steps=(COME_TO_DESK, CONGRATULATE, GIVE_NAME_ON_PAPER, NAME_ON_PAPER, SURNAME_QUESTION,
           DRAW_UP_CERTIFICATE, HAND_OVER_CERTIFICATE_TO_BE, BIRTH_CERTIFICATE,
           CHECK_CERTIFICATE, SHOW_FIRST_CERTIFICATE, REFER_TO_COURT,
           HELP_PREPARE_COURT_REQUEST),
    flows=FIRST_FLOWS + (
        FlowSpec("show-first-certificate", "refer-to-court"),
        FlowSpec("refer-to-court", "help-prepare-court-request", FlowKind.REFERRAL,
                 ("I'm glad to help you", "ik wil u wel helpen")),
    ),
    concept=TO_BE_CONCEPT,
)
