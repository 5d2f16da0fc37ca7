"""The birth registration (a Dutch town hall) as the seed tells it, and the steps the to-be keeps.

Source: Jan Roelof Steenbergen (KCM Survey), "Meedenken en een stapje extra doen, kleine
moeite…groot plezier…?". Every as-is step is a step the seed tells, in its order. Dutch
quotes are the seed's own words.
"""

from __future__ import annotations

from example_builder import ConceptSpec, FlowSpec, JourneySpec, StepSpec, joined, rate_note

from blueprint.model import Channel, FlowKind, Outcome, StepKind, Value, WasteKind

REGISTER = "register-birth"
FIX_SURNAME = "fix-first-surname"
CLERK_RATE_EUR = 45.0
"""An estimated hourly cost of a municipal clerk, used for the staff cost of waste."""

FATHER = ("Father", "Vader")
CLERK = ("Clerk", "Medewerker")
MANAGER = ("Manager (the author)", "Leidinggevende (de auteur)")

# ---------------------------------------------------------------- steps both journeys share

COME_TO_DESK = StepSpec(
    id="come-to-desk", lane="customer", column=0,
    title=("Come to the town hall desk", "Naar de balie van het gemeentehuis komen"),
    description=(
        "A delighted father comes to the desk of the town hall to register the birth of "
        "his newborn son.",
        "Een dolgelukkige vader meldt zich aan de balie van het gemeentehuis om aangifte "
        "te doen van zijn pas geboren zoontje."),
    actor=FATHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.NECESSARY,
    need=REGISTER, emotion=2, minutes=(15, 0, 0))

CONGRATULATE = StepSpec(
    id="congratulate", lane="frontstage", column=1,
    title=("Congratulate and ask after mother and child",
           "Feliciteren en vragen naar moeder en kind"),
    description=(
        "The clerk asks after the health of mother and child, then congratulates the father.",
        "De medewerker informeert keurig naar de toestand van moeder en kind en feliciteert "
        "de man."),
    actor=CLERK, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=REGISTER, emotion=2, minutes=(3, 3, 0),
    note=("Good service: friendly and empathic, as customers want.",
          "Goede dienstverlening: vriendelijk en empathisch, zoals klanten het willen."))

GIVE_NAME_ON_PAPER = StepSpec(
    id="give-name-on-paper", lane="customer", column=2,
    title=("Give the name, written on paper", "De naam doorgeven, op papier"),
    description=(
        "The child's name is passed on, neatly written on a slip of paper to prevent "
        "misunderstandings.",
        "De naam van het kindje wordt doorgegeven en staat ook keurig op een papiertje om "
        "misverstanden te voorkomen."),
    actor=FATHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=REGISTER, emotion=1, minutes=(2, 0, 0))

NAME_ON_PAPER = StepSpec(
    id="name-on-paper", lane="evidence", column=2,
    title=("The name on a slip of paper", "De naam op een papiertje"),
    description=("The name, written down by the father.", "De naam, door de vader opgeschreven."),
    actor=FATHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=REGISTER)

SURNAME_QUESTION = StepSpec(
    id="surname-question", lane="frontstage", column=3,
    title=("Question about the first child's surname",
           "Vraag over de achternaam van het eerste kind"),
    description=(
        "The clerk wants to get up to draw up the certificate, but the father has one more "
        "question: on the first child's certificate the father's surname was put, and it "
        "should not have been. The clerk will draw up the new certificate first and then "
        "come back.",
        "De medewerker wil opstaan om de akte op te maken, maar de man heeft nog een vraag: "
        "bij het eerste kindje is de achternaam van de vader op de akte gekomen, en dat had "
        "niet gemoeten. De medewerker maakt eerst de nieuwe akte op en komt dan terug."),
    actor=CLERK, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.NECESSARY,
    need=FIX_SURNAME, emotion=0, minutes=(2, 1, 0))

DRAW_UP_CERTIFICATE = StepSpec(
    id="draw-up-certificate", lane="backstage", column=4,
    title=("Draw up the birth certificate", "De geboorteakte opmaken"),
    description=(
        "Out of sight, the clerk draws up the new certificate; the father waits some minutes.",
        "Buiten het zicht maakt de medewerker de nieuwe akte op; de vader wacht enige minuten."),
    actor=CLERK, kind=StepKind.ACTION, channel=Channel.INTERNAL, value=Value.VALUABLE,
    need=REGISTER, minutes=(0, 10, 10))

BIRTH_CERTIFICATE = StepSpec(
    id="birth-certificate", lane="evidence", column=5,
    title=("The new birth certificate", "De nieuwe geboorteakte"),
    description=("The certificate of the newborn son.", "De akte van het pas geboren zoontje."),
    actor=CLERK, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=REGISTER)

CHECK_CERTIFICATE = StepSpec(
    id="check-certificate", lane="customer", column=6,
    title=("Read the certificate: this one is good", "De akte nalezen: deze is goed"),
    description=("The father reads the certificate through first. \"This one is good.\"",
                 "De man leest de akte eerst maar even door. “Deze is goed.”"),
    actor=FATHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.NECESSARY,
    need=REGISTER, outcome=Outcome.RESOLVED, emotion=1, minutes=(3, 0, 0),
    note=("The birth is registered: this need is resolved.",
          "De geboorte is aangegeven: deze behoefte is opgelost."))

SHOW_FIRST_CERTIFICATE = StepSpec(
    id="show-first-certificate", lane="customer", column=7,
    title=("Show the first child's certificate", "De akte van het eerste kind tonen"),
    description=(
        "While the clerk is already getting up, the father brings out the certificate of "
        "their first child: \"And this surname, then?\"",
        "Terwijl de medewerker al opstaat, komt de man met de akte van hun eerste kindje: "
        "“En deze achternaam dan?”"),
    actor=FATHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.NECESSARY,
    need=FIX_SURNAME, emotion=0, minutes=(1, 0, 0))

# ---------------------------------------------------------------- as-is only

HAND_OVER_CERTIFICATE = StepSpec(
    id="hand-over-certificate", lane="frontstage", column=5,
    title=("Hand over the certificate", "De akte overhandigen"),
    description=(
        "After some minutes the clerk is back at the desk and hands over the certificate: "
        "\"Please read it through carefully, or we get the same as last time.\" The father "
        "looks at him, irritated.",
        "Na enige minuten verschijnt de ambtenaar weer aan de balie en overhandigt de akte: "
        "“Graag even goed doorlezen, anders krijgen we hetzelfde als de vorige keer.” De man "
        "kijkt even geërgerd naar de medewerker."),
    actor=CLERK, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.NECESSARY,
    need=REGISTER, fail_point=True,
    fail_point_text=("The remark is unclear and blames the father",
                     "De opmerking is onduidelijk en legt de schuld bij de vader"),
    emotion=-1, minutes=(2, 2, 0),
    note=("Fail point: the remark is unclear and lays last time's error at the father's door.",
          "Faalpunt: de opmerking is onduidelijk en legt de fout van de vorige keer bij de vader."))

REFUSE_HERE = StepSpec(
    id="refuse-here", lane="frontstage", column=8,
    title=("Refuse: that can't be done here", "Weigeren: dat kan hier niet"),
    description=(
        "Across the desk a vigorous shake of the head. \"That can't be done here,\" and the "
        "clerk takes another step back. No explanation, no alternative.",
        "Aan de andere kant van de balie wordt heftig nee geschud. “Dat kan hier niet”, en "
        "de medewerker doet nog een stap naar achteren. Geen uitleg, geen alternatief."),
    actor=CLERK, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.UNCLEAR_INFORMATION,), need=FIX_SURNAME, outcome=Outcome.REFUSED,
    fail_point=True,
    fail_point_text=("Refused without saying what can be done",
                     "Geweigerd zonder te zeggen wat wel kan"),
    emotion=-2, minutes=(1, 1, 0))

INSIST = StepSpec(
    id="insist", lane="customer", column=9,
    title=("Insist: this has to be changed", "Aandringen: dit moet veranderd worden"),
    description=("\"But this has to be changed,\" the father tries again.",
                 "“Maar dit moet wel veranderd worden”, probeert de man weer."),
    actor=FATHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.REPEAT_CONTACT,), need=FIX_SURNAME, emotion=-2, minutes=(1, 0, 0))

REFUSE_AGAIN = StepSpec(
    id="refuse-again", lane="frontstage", column=10,
    title=("Refuse again and walk away", "Opnieuw weigeren en weglopen"),
    description=(
        "\"I tell you once more… that can't be done here.\" The clerk leaves through the "
        "door; the father is left bewildered.",
        "“Ik zeg u nogmaals…dat kan hier niet.” De medewerker vertrekt door de deur; de "
        "vader blijft in verbijstering achter."),
    actor=CLERK, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.REPEAT_CONTACT,), need=FIX_SURNAME, outcome=Outcome.REFUSED,
    fail_point=True,
    fail_point_text=("The clerk walks away without an alternative",
                     "De medewerker loopt weg zonder alternatief"),
    emotion=-2, minutes=(1, 1, 0))

REFUSE_TO_LEAVE = StepSpec(
    id="refuse-to-leave", lane="customer", column=11,
    title=("Angry, refuse to leave the town hall", "Boos het gemeentehuis niet willen verlaten"),
    description=("The father gets rather angry and will not leave the town hall.",
                 "De man wordt nogal boos en wil het gemeentehuis niet verlaten."),
    actor=FATHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.WAITING,), need=FIX_SURNAME, emotion=-2, minutes=(0, 0, 5))

MANAGER_STEPS_IN = StepSpec(
    id="manager-steps-in", lane="frontstage", column=12,
    title=("A manager steps in", "Een leidinggevende komt tussenbeide"),
    description=(
        "The author, who had followed the scene from a distance (\"unfortunately without "
        "stepping in\"), talks with the father.",
        "De auteur, die het tafereel op enige afstand had gevolgd (“helaas zonder "
        "ingrijpen”), gaat met de man in gesprek."),
    actor=MANAGER, kind=StepKind.ESCALATION, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.REPEAT_CONTACT,), need=FIX_SURNAME, emotion=-1, minutes=(5, 5, 0),
    note=("Failure demand: a contact needed only because the first answer failed.",
          "Faalvraag: een contact dat alleen nodig is omdat het eerste antwoord tekortschoot."))

MANAGER_CONSULTS_CLERK = StepSpec(
    id="manager-consults-clerk", lane="backstage", column=13,
    title=("Consult the clerk: it goes through the court",
           "De medewerker raadplegen: het moet via de rechtbank"),
    description=(
        "After a short talk with the father the manager asks the clerk what the man must do "
        "to get the surname changed: it has to go through the court. Asked why he did not "
        "say so, the clerk shrugs.",
        "Na een kort gesprekje met de vader vraagt de leidinggevende de medewerker wat de "
        "man moet doen om de achternaam veranderd te krijgen: dat moet via de rechtbank. Op "
        "de vraag waarom hij dat niet had meegegeven, haalt de medewerker zijn schouders op."),
    actor=MANAGER, kind=StepKind.ACTION, channel=Channel.INTERNAL, value=Value.WASTED,
    waste=(WasteKind.HAND_OFF,), need=FIX_SURNAME, minutes=(0, 10, 5),
    note=joined(("Staff minutes count the manager and the clerk.",
                 "De personeelsminuten tellen de leidinggevende en de medewerker."),
                rate_note(CLERK_RATE_EUR)))

MANAGER_REFERS_TO_COURT = StepSpec(
    id="manager-refers-to-court", lane="frontstage", column=14,
    title=("Tell the father: through the court", "De vader zeggen: via de rechtbank"),
    description=("The manager tells the father that the surname can only be changed "
                 "through the court.",
                 "De leidinggevende zegt de vader dat de achternaam alleen via de rechtbank "
                 "veranderd kan worden."),
    actor=MANAGER, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=FIX_SURNAME, outcome=Outcome.REFERRED, emotion=0, minutes=(3, 3, 0),
    note=("The first answer with a way forward, only after an escalation.",
          "Het eerste antwoord met een uitweg, pas na een escalatie."))

# ---------------------------------------------------------------- the journey

TITLE = ("Birth registration", "Geboorteaangifte")
PERSONA = ("A delighted father of a newborn son", "Een dolgelukkige vader van een pasgeboren zoontje")
GOAL = ("Register his son's birth, and have the surname on his first child's certificate "
        "corrected",
        "De geboorte van zijn zoontje aangeven, en de achternaam op de akte van zijn eerste "
        "kind laten verbeteren")
ORGANISATION = ("Town hall", "Gemeentehuis")
NEEDS = (
    (REGISTER, ("Register the newborn son's birth", "De geboorte van het zoontje aangeven")),
    (FIX_SURNAME, ("Correct the surname on the first child's certificate",
                   "De achternaam op de akte van het eerste kind laten verbeteren")),
)

FIRST_FLOWS = (
    FlowSpec("come-to-desk", "congratulate"),
    FlowSpec("congratulate", "give-name-on-paper"),
    FlowSpec("give-name-on-paper", "name-on-paper", FlowKind.INFORMATION),
    FlowSpec("name-on-paper", "draw-up-certificate", FlowKind.INFORMATION),
    FlowSpec("give-name-on-paper", "surname-question"),
    FlowSpec("surname-question", "draw-up-certificate",
             label=("first the new certificate", "eerst de nieuwe akte")),
    FlowSpec("draw-up-certificate", "hand-over-certificate"),
    FlowSpec("hand-over-certificate", "birth-certificate", FlowKind.INFORMATION),
    FlowSpec("birth-certificate", "check-certificate", FlowKind.INFORMATION),
    FlowSpec("hand-over-certificate", "check-certificate"),
    FlowSpec("check-certificate", "show-first-certificate"),
)
"""The flows of the birth itself, the same in the as-is and the to-be."""

AS_IS_CONCEPT = ConceptSpec(
    name=("No explicit service concept", "Geen expliciet serviceconcept"),
    promise=("Friendly, personal service at the desk.",
             "Vriendelijke, persoonlijke dienstverlening aan de balie."),
    staff_hourly_rate_eur=CLERK_RATE_EUR,
)
"""What the town hall effectively had: friendliness at the desk, nothing more decided."""

AS_IS = JourneySpec(
    file_stem="birth-registration.as-is",
    title=(f"{TITLE[0]} (as-is)", f"{TITLE[1]} (huidige situatie)"),
    description=(
        "The birth registration as the seed tells it, after Jan Roelof Steenbergen (KCM "
        "Survey), \"Meedenken en een stapje extra doen\" (a Dutch town hall). Good service at "
        "the desk, then a refusal without alternative, twice, until a manager has to step in. "
        "Minutes and the staff hourly rate are estimates.",
        "De geboorteaangifte zoals de bron het vertelt, naar Jan Roelof Steenbergen (KCM "
        "Survey), “Meedenken en een stapje extra doen” (een Nederlands gemeentehuis). Goede "
        "dienstverlening aan de balie, daarna twee keer een weigering zonder alternatief, "
        "tot een leidinggevende moet ingrijpen. De minuten en het uurtarief van het personeel "
        "zijn schattingen."),
    persona=PERSONA, goal=GOAL, organisation=ORGANISATION, needs=NEEDS,
    steps=(COME_TO_DESK, CONGRATULATE, GIVE_NAME_ON_PAPER, NAME_ON_PAPER, SURNAME_QUESTION,
           DRAW_UP_CERTIFICATE, HAND_OVER_CERTIFICATE, BIRTH_CERTIFICATE, CHECK_CERTIFICATE,
           SHOW_FIRST_CERTIFICATE, REFUSE_HERE, INSIST, REFUSE_AGAIN, REFUSE_TO_LEAVE,
           MANAGER_STEPS_IN, MANAGER_CONSULTS_CLERK, MANAGER_REFERS_TO_COURT),
    flows=FIRST_FLOWS + (
        FlowSpec("show-first-certificate", "refuse-here"),
        FlowSpec("refuse-here", "insist"),
        FlowSpec("insist", "refuse-again"),
        FlowSpec("refuse-again", "refuse-to-leave"),
        FlowSpec("refuse-to-leave", "manager-steps-in"),
        FlowSpec("manager-steps-in", "manager-consults-clerk", FlowKind.HAND_OFF,
                 ("what must he do?", "wat moet hij doen?")),
        FlowSpec("manager-consults-clerk", "manager-refers-to-court"),
    ),
    concept=AS_IS_CONCEPT,
)
