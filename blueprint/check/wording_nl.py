"""Dutch words of the check and the report: English template -> Dutch template.

The vocabulary is the desktop program's own (``resources/translations/blueprint_nl.ts``):
klantreis, stap, baan, verbinding, behoefte, serviceconcept, toets, bevinding, waardevol,
nodig, verspilling, faalvraag, interventie, optreden, doorverwezen. The rules' rationales
quote the seeds in their own Dutch words. Each entry keeps exactly the ``{fields}`` of its
English key; ``tests/check/test_wording.py`` checks that, and that no template is missing.
"""

DECIMAL_MARK = ","
GROUP_MARK = "."

TEMPLATES: dict[str, str] = {
    # ------------------------------------------------------------ shared words
    "{titles} and {count} more": "{titles} en nog {count}",
    "{items} and {last}": "{items} en {last}",
    "{items} or {last}": "{items} of {last}",
    "the need '{title}'": "de behoefte '{title}'",
    "the customer's goal '{goal}'": "het doel van de klant '{goal}'",
    "the journey": "de klantreis",

    # ------------------------------------------------------------ the engine
    "The rule '{rule}' stopped with an internal error ({error}); its findings are missing from "
    "this check.":
        "De regel '{rule}' is gestopt door een interne fout ({error}); de bevindingen van die "
        "regel ontbreken in deze toets.",
    "Report this problem together with the blueprint file; the other rules ran as usual.":
        "Meld dit probleem en stuur het blueprintbestand mee; de andere regels zijn gewoon "
        "uitgevoerd.",
    "Use one of the rule ids listed in the program's Help › Rules, or remove the entry.":
        "Gebruik een van de regel-id's uit Help › Regels in het programma, of verwijder de vermelding.",
    "The concept sets the severity of '{rule}', which is not a rule.":
        "Het concept stelt de ernst in van '{rule}', maar dat is geen regel.",
    "A suppression on '{title}' names '{rule}', which is not a rule.":
        "Een geaccepteerde bevinding op '{title}' noemt '{rule}', maar dat is geen regel.",

    # ------------------------------------------------------------ concept-incomplete
    "The service concept leaves an essential question unanswered":
        "Het serviceconcept laat een essentiële vraag onbeantwoord",
    "Lost iPhone (Gent): the police were friendly and acted, yet the citizen got no result and "
    "public money was spent, because nobody had decided when the police intervene, what an "
    "intervention includes, what result the citizen may expect, what she must do for it, and "
    "what is left aside.":
        "Verloren iPhone (Gent): de politie was vriendelijk en ondernam actie, en toch kreeg de "
        "burger geen resultaat en ging er belastinggeld op, omdat niemand had beslist wanneer de "
        "politie optreedt, wat een interventie inhoudt, welk resultaat de burger mag verwachten, "
        "wat ze daarvoor moet doen en wat de politie laat liggen.",
    "Answer each question in the concept: the promise, when you intervene and when not (with "
    "thresholds over the case facts), what an intervention includes, the result promised, what "
    "the customer must do, and what you deliberately leave aside.":
        "Beantwoord elke vraag in het concept: de belofte, wanneer je optreedt en wanneer niet "
        "(met drempels op de feiten van de casus), wat een interventie inhoudt, welk resultaat "
        "je belooft, wat de klant moet doen en wat je bewust laat liggen.",
    "What may the customer expect?": "Wat mag de klant verwachten?",
    "When does the organisation intervene, and when not?":
        "Wanneer treedt de organisatie op, en wanneer niet?",
    "What does an intervention include?": "Wat houdt een interventie in?",
    "What result may the customer expect?": "Welk resultaat mag de klant verwachten?",
    "What must the customer do for it?": "Wat moet de klant daarvoor doen?",
    "What is deliberately left aside?": "Wat laat de organisatie bewust liggen?",
    "The service concept '{name}' leaves {count} of {total} essential questions unanswered: "
    "{questions}":
        "Het serviceconcept '{name}' laat {count} van de {total} essentiële vragen onbeantwoord: "
        "{questions}",
    "The service concept leaves {count} of {total} essential questions unanswered: {questions}":
        "Het serviceconcept laat {count} van de {total} essentiële vragen onbeantwoord: {questions}",

    # ------------------------------------------------------------ intervention-outside-policy
    "An intervention the concept's policy does not cover, or one it promises but is missing":
        "Een interventie die het beleid van het concept niet dekt, of een beloofde interventie "
        "die ontbreekt",
    "Lost iPhone (Gent): 'When does the police intervene (from what value?) and when not?' "
    "Without that answer the police first refused to act, then sent a patrol for the same phone, "
    "then called the chase off.":
        "Verloren iPhone (Gent): 'Wanneer intervenieert de politie (bijvoorbeeld vanaf welk "
        "budget?) en wanneer niet?' Zonder dat antwoord weigerde de politie eerst op te treden, "
        "stuurde ze daarna een ploeg voor dezelfde telefoon en blies ze ten slotte de achtervolging af.",
    "Write the policy as thresholds over the case facts (intervene_when, e.g. item_value_eur >= "
    "250) and make the journey follow it: intervene fully where the facts meet it, and say at "
    "once that you will not where they do not.":
        "Schrijf het beleid uit als drempels op de feiten van de casus (intervene_when, bv. "
        "item_value_eur >= 250) en laat de klantreis het volgen: treed volledig op waar de feiten "
        "aan het beleid voldoen, en zeg meteen dat je niet optreedt waar ze dat niet doen.",
    "The concept has no intervention policy, so nothing covers {steps}.":
        "Het concept heeft geen interventiebeleid, dus niets in het concept dekt {steps}.",
    "{steps} intervenes although the policy does not cover this case: {reasons}.":
        "{steps} is een interventie, maar het beleid dekt deze casus niet: {reasons}.",
    "{steps} intervene although the policy does not cover this case: {reasons}.":
        "{steps} zijn interventies, maar het beleid dekt deze casus niet: {reasons}.",
    "{condition} does not hold ({fact} is {value})": "{condition} geldt niet ({fact} is {value})",
    "The case facts do not say {facts}, so the policy cannot tell whether {steps} should happen.":
        "De feiten van de casus vermelden {facts} niet, dus valt niet uit te maken of het beleid "
        "{steps} dekt.",
    "Add the missing facts to the blueprint, so the policy can be applied.":
        "Vul de ontbrekende feiten aan in de blueprint, zodat het beleid kan worden toegepast.",
    "The policy promises an intervention when {conditions}, and this case meets it, but the "
    "journey has no intervention step.":
        "Het beleid belooft een interventie als {conditions}, en deze casus voldoet daaraan, maar "
        "de klantreis heeft geen interventiestap.",

    # ------------------------------------------------------------ administrative-trip
    "An administrative step makes the customer travel or queue in person":
        "Voor een administratieve stap moet de klant zich verplaatsen of in de wachtrij staan",
    "Lost iPhone (Gent): to file a report the mother had to travel to the station and queue, and "
    "an officer spent his time, 'all for a purely administrative registration' that was closed "
    "without any follow-up.":
        "Verloren iPhone (Gent): om aangifte te doen moest de moeder naar het politiekantoor en "
        "in de wachtrij staan, en een agent besteedde er zijn tijd aan, 'dat alles voor een puur "
        "administratieve registratie' die zonder enig gevolg werd afgesloten.",
    "Take the registration where the customer already is: by phone, app or e-mail, or during the "
    "first contact. Keep trips and queues for contacts that add value.":
        "Registreer waar de klant al is: per telefoon, app of e-mail, of tijdens het eerste "
        "contact. Houd verplaatsingen en wachtrijen voor contacten die waarde toevoegen.",
    "'{title}' only registers something, yet the customer has to travel in person for it.":
        "'{title}' is een puur administratieve registratie, en toch moet de klant zich daarvoor "
        "verplaatsen.",
    "'{title}' only registers something, yet the customer has to queue in person for it.":
        "'{title}' is een puur administratieve registratie, en toch moet de klant daarvoor ter "
        "plaatse in de wachtrij staan.",
    "'{title}' only registers something, yet the customer has to travel and queue in person for it.":
        "'{title}' is een puur administratieve registratie, en toch moet de klant zich daarvoor "
        "verplaatsen en in de wachtrij staan.",
    "'{title}' only registers something, yet the customer has to travel in person for it ({steps}).":
        "'{title}' is een puur administratieve registratie, en toch moet de klant zich daarvoor "
        "verplaatsen ({steps}).",
    "'{title}' only registers something, yet the customer has to queue in person for it ({steps}).":
        "'{title}' is een puur administratieve registratie, en toch moet de klant daarvoor ter "
        "plaatse in de wachtrij staan ({steps}).",
    "'{title}' only registers something, yet the customer has to travel and queue in person for "
    "it ({steps}).":
        "'{title}' is een puur administratieve registratie, en toch moet de klant zich daarvoor "
        "verplaatsen en in de wachtrij staan ({steps}).",

    # ------------------------------------------------------------ channel-rule-broken
    "A step uses a channel the concept's channel rules forbid":
        "Een stap gebruikt een kanaal dat de kanaalregels van het concept verbieden",
    "Lost iPhone (Gent): 'Why the trip, then?' A concept that says 'a registration never "
    "requires a trip' (administration never in person) turns the author's question into a rule "
    "the journey can be checked against.":
        "Verloren iPhone (Gent): 'Waarom die verplaatsing dan?' Een concept dat zegt 'een "
        "registratie vraagt nooit een verplaatsing' (administratie nooit ter plaatse) maakt van "
        "de vraag van de auteur een regel waaraan je de klantreis kunt toetsen.",
    "Move the step to a channel the concept allows for its kind, or change the rule.":
        "Breng de stap naar een kanaal dat het concept voor die soort stap toelaat, of pas de "
        "regel aan.",
    "an action step": "een handeling",
    "a contact step": "een contact",
    "an administration step": "een administratieve stap",
    "an escalation step": "een escalatie",
    "an intervention step": "een interventie",
    "a notification step": "een bericht aan de klant",
    "in person": "ter plaatse",
    "by phone": "per telefoon",
    "by app or web": "via app of web",
    "by e-mail": "per e-mail",
    "by letter": "per brief",
    "inside the organisation": "binnen de organisatie",
    "by another channel": "via een ander kanaal",
    "'{title}' is {step} {channel}, which the concept's channel rule forbids ('{rule}').":
        "'{title}' is {step} {channel}, en dat verbiedt de kanaalregel van het concept ('{rule}').",
    "'{title}' is {step} {channel}, which the concept's channel rule forbids.":
        "'{title}' is {step} {channel}, en dat verbiedt de kanaalregel van het concept.",

    # ------------------------------------------------------------ refusal-without-alternative
    "A refusal names no alternative or referral":
        "Een weigering noemt geen alternatief en verwijst niet door",
    "Birth registration (town hall): asked to correct the surname on his first child's birth "
    "certificate, the clerk said 'that can't be done here', twice, and walked away. It had to go "
    "through the court; a manager had to step in to find that out. Customers want staff who "
    "think along: when something is not possible, an honest explanation and what is possible "
    "instead.":
        "Geboorteaangifte (gemeentehuis): toen de vader vroeg om de achternaam op de akte van "
        "zijn eerste kind te verbeteren, zei de medewerker twee keer 'dat kan hier niet' en liep "
        "weg. Het moest via de rechtbank; een leidinggevende moest tussenbeide komen om dat te "
        "achterhalen. Klanten willen een medewerker die meedenkt: wanneer iets niet kan, een "
        "eerlijke uitleg erbij en wat er anders toch nog mogelijk is.",
    "Say what is possible instead and where: 'Not here, but via the court, and I'm glad to help "
    "you with that.' Give the step the outcome 'referred', or a referral flow to the step where "
    "the alternative happens.":
        "Zeg wat er wel kan, en waar: 'Dat kan hier niet, maar dat moet via de rechtbank. "
        "Wanneer u daarbij hulp nodig heeft, wil ik u wel helpen.' Geef de stap de uitkomst "
        "'doorverwezen', of een verbinding van de soort doorverwijzing naar de stap waar het "
        "alternatief gebeurt.",
    "'{title}' refuses the customer without naming an alternative or referring to who can help.":
        "Bij '{title}' wordt de klant geweigerd, zonder alternatief en zonder doorverwijzing naar "
        "wie wel kan helpen.",

    # ------------------------------------------------------------ abandoned-effort
    "An effort is started and abandoned without result":
        "Een begonnen inspanning wordt zonder resultaat afgebroken",
    "Lost iPhone (Gent): a patrol was sent, the officer called back again and again, then "
    "mid-chase: 'we have other things to do than chase villains for an iPhone'. No phone, no "
    "result, public money spent. 'Why did we make all that effort then?' A clear concept "
    "replaces half efforts without result by one complete effort with result.":
        "Verloren iPhone (Gent): er werd een ploeg gestuurd, de politieman belde keer op keer "
        "terug, en dan, midden in de actie: 'We hebben andere dingen te doen dan boeven achterna "
        "te lopen voor een iPhone.' Geen telefoon, geen resultaat, wel belastinggeld uitgegeven. "
        "'Waarom hebben we dan al die moeite al gedaan?' Met een helder serviceconcept maken "
        "halve inspanningen zonder resultaat plaats voor één volledige inspanning mét resultaat.",
    "Decide before you start: intervene only where the concept says you will, and then finish "
    "the intervention with a result. Where you will not act, say so at once and say what the "
    "customer can do instead.":
        "Beslis voor je begint: treed alleen op waar het concept zegt dat je optreedt, en maak "
        "de interventie dan af met een resultaat. Waar je niet optreedt, zeg je dat meteen, en "
        "ook wat de klant in de plaats kan doen.",
    "'{title}' abandons the effort without a result, after {steps}.":
        "Bij '{title}' wordt de inspanning zonder resultaat afgebroken, na {steps}.",
    "'{title}' abandons the effort without a result.":
        "Bij '{title}' wordt de inspanning zonder resultaat afgebroken.",
    "The concept promises that an intervention once started is finished.":
        "Het concept belooft dat een begonnen interventie wordt afgemaakt.",
    "'{title}' is effort given up without a result.":
        "'{title}' is een inspanning die zonder resultaat is opgegeven.",

    # ------------------------------------------------------------ promise-not-met
    "The journey ends without the promised result": "De klantreis eindigt zonder het beloofde resultaat",
    "Lost iPhone (Gent): three contacts, a trip, a report and a chase, and in the end 'no phone, "
    "no result'. A clear concept replaces half efforts without result by one complete effort "
    "with result.":
        "Verloren iPhone (Gent): drie contacten, een verplaatsing, een aangifte en een "
        "achtervolging, en uiteindelijk 'geen telefoon, geen resultaat'. Met een helder "
        "serviceconcept maken halve inspanningen zonder resultaat plaats voor één volledige "
        "inspanning mét resultaat.",
    "Redesign the journey so each need ends resolved, or referred to whoever can resolve it; if "
    "the organisation will not deliver, say so at the first contact.":
        "Ontwerp de klantreis opnieuw, zodat elke behoefte eindigt met een oplossing of met een "
        "doorverwijzing naar wie het wel kan oplossen; als de organisatie het niet zal leveren, "
        "zeg dat dan bij het eerste contact.",
    "The concept promises: '{promise}'.": "Het concept belooft: '{promise}'.",
    "{need} ends without the promised result: no step resolves it or refers the customer on; it "
    "ends at {steps}.":
        "{need} eindigt bij {steps} zonder het beloofde resultaat: geen enkele stap brengt een "
        "oplossing of verwijst de klant door.",
    "{need} ends without the promised result: no step resolves it, and the customer is referred "
    "on without a way to get there; it ends at {steps}.":
        "{need} eindigt bij {steps} zonder het beloofde resultaat: geen enkele stap brengt een "
        "oplossing, en de klant wordt doorverwezen zonder te horen hoe hij er komt.",
    "{need} ends without the promised result: no step resolves it, and the customer is referred "
    "on without a way to get there.":
        "{need} eindigt zonder het beloofde resultaat: geen enkele stap brengt een oplossing, en "
        "de klant wordt doorverwezen zonder te horen hoe hij er komt.",
    "{need} ends without the promised result: no step resolves it or refers the customer on.":
        "{need} eindigt zonder het beloofde resultaat: geen enkele stap brengt een oplossing of "
        "verwijst de klant door.",

    # ------------------------------------------------------------ too-many-contacts
    "More contacts for one need than the concept allows; failure demand":
        "Meer contacten voor één behoefte dan het concept toestaat; faalvraag",
    "Both cases: the mother asks at the post, phones, files a report in person and is called "
    "back again and again; the father has to ask twice and a manager has to step in. Contacts "
    "that only exist because an earlier one failed are failure demand (Seddon): waste the "
    "organisation causes itself.":
        "Beide gevallen: de moeder vraagt het aan de politiepost, belt, doet ter plaatse aangifte "
        "en wordt keer op keer teruggebeld; de vader moet het twee keer vragen en een "
        "leidinggevende moet tussenbeide komen. Contacten die er alleen zijn omdat een eerder "
        "contact mislukte, zijn faalvraag ('failure demand', Seddon): verspilling die de "
        "organisatie zelf veroorzaakt.",
    "Resolve the need at the first contact: give the first person the knowledge and the "
    "authority to answer, so repeat contacts and escalations are not needed.":
        "Los de behoefte op bij het eerste contact: geef wie de klant het eerst te woord staat de "
        "kennis en het mandaat om te antwoorden, zodat herhaalde contacten en escalaties niet "
        "nodig zijn.",
    "{need} takes one contact": "{need} vraagt één contact",
    "{need} takes {count} contacts": "{need} vraagt {count} contacten",
    "{need} takes one contact (the concept allows {limit})":
        "{need} vraagt één contact (het concept staat er hoogstens {limit} toe)",
    "{need} takes {count} contacts (the concept allows {limit})":
        "{need} vraagt {count} contacten (het concept staat er hoogstens {limit} toe)",
    "{count} of them is failure demand: {steps}": "daarvan is er {count} faalvraag: {steps}",
    "{count} of them are failure demand: {steps}": "daarvan zijn er {count} faalvraag: {steps}",
    "{contacts}; {failure_demand}.": "{contacts}; {failure_demand}.",
    "{contacts}.": "{contacts}.",

    # ------------------------------------------------------------ waiting-over-standard
    "The customer waits longer than the concept's standard":
        "De klant wacht langer dan de norm van het concept",
    "Lost iPhone (Gent): 'Why the trip? Standing in the queue?' Waiting is waste the customer "
    "feels first; a concept that sets a maximum wait makes it measurable.":
        "Verloren iPhone (Gent): 'Waarom die verplaatsing dan? In de wachtrij staan?' Wachten is "
        "verspilling die de klant als eerste voelt; een concept dat een maximale wachttijd "
        "vastlegt, maakt die meetbaar.",
    "Remove the wait (an appointment, a call back, doing it at the first contact) or shorten it "
    "below the standard.":
        "Haal het wachten weg (een afspraak, terugbellen, het meteen bij het eerste contact "
        "regelen) of maak het korter dan de norm.",
    "The customer waits {minutes:g} minutes at '{title}'; the concept allows at most {limit:g}.":
        "De klant wacht {minutes:g} minuten bij '{title}'; het concept staat hoogstens {limit:g} "
        "minuten toe.",

    # ------------------------------------------------------------ line-of-visibility
    "A customer step is wired straight to backstage or support, across the line of visibility":
        "Een klantstap is rechtstreeks verbonden met de backstage of de ondersteunende processen, "
        "over de zichtbaarheidslijn heen",
    "Birth registration (town hall): the clerk walked away through the door to the back office "
    "and the father was left at the desk with nobody to talk to. The customer deals with the "
    "frontstage; work behind the line of visibility (Bitner, Ostrom & Morgan) reaches the "
    "customer through someone or something visible.":
        "Geboorteaangifte (gemeentehuis): de medewerker vertrok door de deur naar de backoffice "
        "en de vader bleef aan de balie achter, zonder iemand om mee te praten. De klant heeft te "
        "maken met de frontstage; werk achter de zichtbaarheidslijn (Bitner, Ostrom & Morgan) "
        "bereikt de klant via iemand of iets zichtbaars.",
    "Put the contact in the frontstage lane (the person, letter, app or text message the "
    "customer actually meets) and let the frontstage step hand over to the back.":
        "Zet het contact in de frontstagebaan (de persoon, de brief, de app of het sms-bericht "
        "waar de klant echt mee te maken krijgt) en laat de frontstagestap het werk overdragen "
        "aan de backstage.",
    "The flow from '{source}' to '{target}' connects the customer straight to backstage, past "
    "the frontstage.":
        "De verbinding van '{source}' naar '{target}' brengt de klant rechtstreeks in contact met "
        "de backstage, buiten de frontstage om.",
    "The flow from '{source}' to '{target}' connects the customer straight to support processes, "
    "past the frontstage.":
        "De verbinding van '{source}' naar '{target}' brengt de klant rechtstreeks in contact met "
        "de ondersteunende processen, buiten de frontstage om.",

    # ------------------------------------------------------------ dead-end
    "The journey stops at a step that gives the customer no outcome":
        "De klantreis stopt bij een stap die de klant geen uitkomst geeft",
    "Birth registration (town hall): 'I tell you again... that can't be done here', and the "
    "clerk left through the door, the father left behind in bewilderment. A journey that just "
    "stops leaves the customer without a way forward.":
        "Geboorteaangifte (gemeentehuis): 'Ik zeg u nogmaals… dat kan hier niet', en de "
        "medewerker vertrok door de deur, de vader in verbijstering achtergelaten. Een klantreis "
        "die zomaar stopt, laat de klant achter zonder weg vooruit.",
    "Continue the journey from this step, or give it the outcome the customer leaves with: "
    "resolved, referred (and to whom), refused or abandoned.":
        "Zet de klantreis voort vanaf deze stap, of geef de stap de uitkomst waarmee de klant "
        "vertrekt: opgelost, doorverwezen (en naar wie), geweigerd of afgebroken.",
    "The journey stops at '{title}' without an outcome for the customer.":
        "De klantreis stopt bij '{title}' zonder uitkomst voor de klant.",

    # ------------------------------------------------------------ unreachable-step
    "A step cannot be reached from the start of the journey":
        "Een stap is vanaf het begin van de klantreis niet te bereiken",
    "Both cases are told as one journey, contact after contact. A step that no flow from the "
    "customer's first action reaches is not part of that journey: it is forgotten wiring, or "
    "work nobody asked for.":
        "Beide gevallen worden verteld als één klantreis, contact na contact. Een stap die geen "
        "verbinding vanaf de eerste actie van de klant bereikt, hoort niet bij die klantreis: het "
        "is een vergeten verbinding, of werk waar niemand om vroeg.",
    "Wire the step into the journey with a flow from the step that leads to it (physical "
    "evidence with an information flow), or delete it.":
        "Neem de stap op in de klantreis met een verbinding vanaf de stap die ernaartoe leidt "
        "(fysiek bewijs met een verbinding van de soort informatie), of verwijder de stap.",
    "The journey has no start: every customer step has a flow leading into it, so no step can "
    "be reached.":
        "De klantreis heeft geen begin: naar elke klantstap leidt een verbinding, dus geen enkele "
        "stap is bereikbaar.",
    "Begin the journey with a customer step that no flow leads into.":
        "Laat de klantreis beginnen met een klantstap waar geen verbinding naartoe leidt.",
    "'{title}' cannot be reached from the start of the journey.":
        "'{title}' is niet bereikbaar vanaf het begin van de klantreis.",

    # ------------------------------------------------------------ unmarked-step
    "A step is not yet marked valuable, necessary or wasted":
        "Een stap is nog niet gemarkeerd als waardevol, nodig of verspilling",
    "Both cases turn on judging each contact from the customer's side: 'Has this been a "
    "valuable contact?' asks the lost-iPhone author of the trip to the station. An unmarked step "
    "leaves that question open and the waste metrics incomplete.":
        "Beide gevallen draaien om het beoordelen van elk contact vanuit de klant: 'Is dit een "
        "waardevol contact geweest?', vraagt de auteur van de verloren iPhone zich af bij de "
        "verplaatsing naar het politiekantoor. Een ongemarkeerde stap laat die vraag open en de "
        "kengetallen over verspilling onvolledig.",
    "Mark the step: valuable (the customer would pay for it), necessary (needed, but adds nothing "
    "for the customer) or wasted, with the kind of waste.":
        "Markeer de stap: waardevol (de klant zou ervoor betalen), nodig (moet gebeuren, maar "
        "voegt voor de klant niets toe) of verspilling, met de soort verspilling.",
    "'{title}' is not marked valuable, necessary or wasted.":
        "'{title}' is nog niet gemarkeerd als waardevol, nodig of verspilling.",

    # ------------------------------------------------------------ the report: page and findings
    "Check: {title}": "Toets: {title}",
    "Service blueprint check": "Toets van de service blueprint",
    "Made by Service Blueprint Designer. The program's Help menu defines every metric and "
    "explains every rule.":
        "Gemaakt met Service Blueprint Designer. Het Help-menu van het programma definieert elk "
        "kengetal en legt elke regel uit.",
    "Findings": "Bevindingen",
    "Findings by severity": "Bevindingen per ernst",
    "errors": "fouten",
    "warnings": "waarschuwingen",
    "infos": "opmerkingen",
    "error": "fout",
    "warning": "waarschuwing",
    "info": "info",
    "off": "uit",
    "The blueprint": "De blueprint",
    "The picture of this journey's {count:,} steps is left out: drawn into this page it would make the page "
    "too large to open in a browser. Every finding is listed below.":
        "De tekening van de {count:,} stappen van deze klantreis is weggelaten: in deze pagina getekend zou ze "
        "de pagina te groot maken om in een browser te openen. Alle bevindingen staan hieronder.",
    "Export the whole picture from the program (File › Export…), or on the command line:":
        "Exporteer de hele tekening vanuit het programma (Bestand › Exporteren…), of op de opdrachtregel:",
    "The check found nothing: the journey keeps the concept's promise.":
        "De toets vond niets: de klantreis houdt de belofte van het concept.",
    "The concept and the journey as a whole": "Het concept en de klantreis als geheel",
    "What to do instead:": "Wat je in plaats daarvan kunt doen:",
    "Also concerns: {titles}": "Gaat ook over: {titles}",
    "Suppressed by the team: {count:,}": "Door het team geaccepteerd: {count:,}",
    "Reason: {reason}": "Reden: {reason}",
    "Organisation: {text}": "Organisatie: {text}",
    "Customer: {text}": "Klant: {text}",
    "Goal: {text}": "Doel: {text}",

    # ------------------------------------------------------------ the report: concept
    "The service concept": "Het serviceconcept",
    "Concept: {name}": "Concept: {name}",
    "Experience aimed for: {experience}": "Beoogde beleving: {experience}",
    "not answered": "niet beantwoord",
    "Intervene when: {conditions}": "Optreden als: {conditions}",
    "Standards and channel rules": "Normen en kanaalregels",
    "At most {count} contacts per need": "Hoogstens {count} contacten per behoefte",
    "At most {duration} of waiting": "Hoogstens {duration} wachttijd",
    "Every refusal names the alternative": "Elke weigering noemt het alternatief",
    "An intervention once started is finished": "Een begonnen interventie wordt afgemaakt",
    "Steps of kind '{kind}' never use: {channels}":
        "Stappen van de soort '{kind}' gebruiken nooit: {channels}",
    "Steps of kind '{kind}' may use any channel":
        "Stappen van de soort '{kind}' mogen elk kanaal gebruiken",
    "action": "handeling",
    "contact": "contact",
    "administration": "administratie",
    "escalation": "escalatie",
    "intervention": "interventie",
    "notification": "bericht aan de klant",
    "phone": "telefoon",
    "app or web": "app of web",
    "e-mail": "e-mail",
    "letter": "brief",
    "internal": "intern",
    "another channel": "ander kanaal",

    # ------------------------------------------------------------ the report: metrics and emotion
    "Metrics": "Kengetallen",
    "Contacts": "Klantcontacten",
    "Avoidable contacts (wasted, repeat contacts, escalations)":
        "Vermijdbare contacten (verspilling, herhaalde contacten, escalaties)",
    "Needs resolved or referred": "Behoeften opgelost of doorverwezen",
    "{resolved:,} of {needs:,}": "{resolved:,} van {needs:,}",
    "Avoidable contacts per resolved need": "Vermijdbare contacten per opgeloste behoefte",
    "no need resolved or referred": "geen behoefte opgelost of doorverwezen",
    "Steps valuable / necessary / wasted / unmarked":
        "Stappen waardevol / nodig / verspilling / niet gemarkeerd",
    "Share of steps wasted": "Aandeel verspillende stappen",
    "no steps": "geen stappen",
    "Customer time": "Klanttijd",
    "{total}, of which {wasted} wasted": "{total}, waarvan {wasted} verspild",
    "Customer waiting": "Wachttijd van de klant",
    "Time drawn on flows": "Tijd op de verbindingen",
    "The customer's lead time (customer time + waiting + time on flows)":
        "Doorlooptijd voor de klant (klanttijd + wachttijd + tijd op de verbindingen)",
    "Value-added ratio, customer view (valuable customer time ÷ the customer's lead time)":
        "Aandeel toegevoegde waarde, voor de klant (waardevolle klanttijd ÷ doorlooptijd voor de "
        "klant)",
    "no customer time recorded": "geen klanttijd ingevuld",
    "Lead time (each step's longer of customer and staff time + waiting + time on flows)":
        "Doorlooptijd (per stap de langste van klant- en medewerkerstijd + wachttijd + tijd op de "
        "verbindingen)",
    "Value-added ratio, process view (value-adding work of staff and customer ÷ lead time)":
        "Aandeel toegevoegde waarde, voor het proces (waardetoevoegend werk van medewerkers en "
        "klant ÷ doorlooptijd)",
    "no time recorded": "geen tijd ingevuld",
    "Hand-offs between organisations": "Overdrachten tussen organisaties",
    "Fail points": "Faalpunten",
    "Staff time": "Medewerkerstijd",
    "Staff cost of waste": "Personeelskosten van verspilling",
    "€ {cost:,.2f} (at € {rate:,.2f} an hour)": "€ {cost:,.2f} (aan € {rate:,.2f} per uur)",
    "the concept sets no staff hourly rate": "het concept legt geen uurtarief voor medewerkers vast",
    "Hand-offs": "Overdrachten",
    "Channel switches": "Kanaalwissels",
    "{minutes} min": "{minutes} min",
    "{hours:,} h {minutes} min": "{hours:,} u {minutes} min",
    "The emotion curve": "De emotiecurve",
    "No step has an emotion yet.": "Nog geen enkele stap heeft een emotie.",
    "The {count:,} points as a list": "De {count:,} punten als lijst",
    "Emotion curve over {count:,} steps, from −2 to +2":
        "Emotiecurve over {count:,} stappen, van −2 tot +2",
    "step {number:,}": "stap {number:,}",

    # ------------------------------------------------------------ the comparison (as-is against to-be)
    "Avoidable contacts": "Vermijdbare contacten",
    "Failure demand (repeat contacts and escalations)": "Faalvraag (herhaalcontacten en escalaties)",
    "Customer time wasted": "Verspilde klanttijd",
    "Cost to serve a case": "Kosten per zaak",
    "Value-added ratio, process view": "Aandeel toegevoegde waarde, voor het proces",
    "Value-added ratio, customer view": "Aandeel toegevoegde waarde, voor de klant",
    "Lead time": "Doorlooptijd",
    "Emotion low point": "Emotioneel dieptepunt",
    "Customer hours": "Klanturen",
    "Staff hours": "Medewerkersuren",
    "Cost to serve": "Kosten",
    "kept": "behouden",
    "changed": "gewijzigd",
    "removed": "geschrapt",
    "added": "toegevoegd",
    "Findings resolved": "Opgeloste bevindingen",
    "Findings still open": "Bevindingen die blijven",
    "New findings": "Nieuwe bevindingen",
    "title": "titel",
    "lane": "baan",
    "kind": "soort",
    "channel": "kanaal",
    "value": "waarde",
    "waste": "verspilling",
    "customer time": "klanttijd",
    "staff time": "medewerkerstijd",
    "waiting time": "wachttijd",
    "outcome": "uitkomst",
    "fail point": "faalpunt",
    "emotion": "emotie",
    "costs {amount} more": "kost {amount} meer",
    "saves {amount}": "bespaart {amount}",
    "no change": "geen verschil",
    "not known": "onbekend",
    "no volume given": "geen volume opgegeven",
    "{name}: {per_case} per case; {per_year} per year": "{name}: {per_case} per zaak; {per_year} per jaar",
    "{before} → {after} ({fields})": "{before} → {after} ({fields})",
    "{before} against {after}": "{before} tegenover {after}",
    "Steps: {kept:,} kept, {changed:,} changed, {removed:,} removed, {added:,} added":
        "Stappen: {kept:,} behouden, {changed:,} gewijzigd, {removed:,} geschrapt, {added:,} toegevoegd",
    "€ {amount:,.2f}": "€ {amount:,.2f}",
    "{points:,.1f} percentage points": "{points:,.1f} procentpunt",
    "{hours:,.1f} h": "{hours:,.1f} u",
    "{percent:.2g}%": "{percent:.2g}%",
    "As-is: {title}": "Huidige situatie: {title}",
    "To-be: {title}": "Gewenste situatie: {title}",
    "Savings": "Besparingen",
    "Metric": "Kengetal",
    "As-is": "Huidige situatie",
    "To-be": "Gewenste situatie",
    "Difference": "Verschil",
    "A year is {cases:,.0f} cases.": "Een jaar telt {cases:,.0f} zaken.",
    "Neither blueprint says how many cases a year: give a volume to see the year.":
        "Geen van beide blueprints zegt hoeveel zaken er per jaar zijn: geef een volume op om het "
        "jaar te zien.",
    "The emotion curves": "De emotiecurves",
    "The steps": "De stappen",
    "The business case of a redesign: as-is against to-be":
        "De businesscase van een herontwerp: huidige tegenover gewenste situatie",
    "Change": "Wijziging",
    "What changed": "Wat veranderde",
    "per case:": "per zaak:",
    "per year:": "per jaar:",
    "Emotion curves of the as-is ({before:,} steps) and the to-be ({after:,} steps), from −2 to +2":
        "Emotiecurves van de huidige ({before:,} stappen) en de gewenste situatie ({after:,} "
        "stappen), van −2 tot +2",
    "€ {cost:,.2f} (staff time € {staff:,.2f}, contacts € {contacts:,.2f})":
        "€ {cost:,.2f} (medewerkerstijd € {staff:,.2f}, contacten € {contacts:,.2f})",
    "Cost to serve a year": "Kosten per jaar",
    "€ {cost:,.2f} for {cases:,.0f} cases": "€ {cost:,.2f} voor {cases:,.0f} zaken",
    # ------------------------------------------------------------ version 2: commitments, referrals,
    # hand-offs, fail points
    "{amount} minute":
        "{amount} minuut",
    "{amount} minutes":
        "{amount} minuten",
    "{amount} hour":
        "{amount} uur",
    "{amount} hours":
        "{amount} uur",
    "{amount} working day":
        "{amount} werkdag",
    "{amount} working days":
        "{amount} werkdagen",
    "{amount} day":
        "{amount} dag",
    "{amount} days":
        "{amount} dagen",
    "{amount} week":
        "{amount} week",
    "{amount} weeks":
        "{amount} weken",
    "'{title}' happens {channel}, while the concept promises '{promise}' ({allowed}).":
        "'{title}' gebeurt {channel}, terwijl het concept belooft: '{promise}' ({allowed}).",
    "'{title}' happens {channel}, while the concept promises {allowed}.":
        "'{title}' gebeurt {channel}, terwijl het concept {allowed} belooft.",
    "The customer gives '{item}' {count} times ({steps}).":
        "De klant geeft '{item}' {count} keer door ({steps}).",
    "{need} asks {count} actions of the customer ({steps}); the concept asks at most {limit}.":
        "{need} vraagt {count} handelingen van de klant ({steps}); het concept vraagt er hoogstens {limit}.",
    "{need} takes {taken} from '{first}' to '{last}'; the concept promises '{promise}' ({limit}).":
        "{need} duurt {taken} van '{first}' tot '{last}'; het concept belooft '{promise}' ({limit}).",
    "{need} takes {taken} from the first contact ('{first}') to '{last}'; the concept promises '{promise}' ({limit}).":
        "{need} duurt {taken} van het eerste contact ('{first}') tot '{last}'; het concept belooft '{promise}' ({limit}).",
    "The fail point '{title}' ({what}) has no recovery step.":
        "Het faalpunt '{title}' ({what}) heeft geen herstelstap.",
    "The fail point '{title}' has no recovery step.":
        "Het faalpunt '{title}' heeft geen herstelstap.",
    "'{title}' refers the customer to {door} without a way to get there: no contact details, no hand-over, no appointment.":
        "'{title}' verwijst de klant door naar {door} zonder te zeggen hoe hij er komt: geen contactgegevens, geen overdracht, geen afspraak.",
    "'{title}' refers the customer on without saying who can help or how to reach them.":
        "'{title}' verwijst de klant door zonder te zeggen wie kan helpen of hoe hij hen bereikt.",
    "{need}: the customer is first told at '{step}', {taken} after the first contact; the concept promises within {limit}.":
        "{need}: de klant hoort pas iets bij '{step}', {taken} na het eerste contact; het concept belooft binnen {limit}.",
    "{need}: no step tells the customer, yet the concept promises '{promise}'.":
        "{need}: geen enkele stap laat de klant iets weten, terwijl het concept belooft: '{promise}'.",
    "{need}: no step tells the customer, yet the concept promises to.":
        "{need}: geen enkele stap laat de klant iets weten, terwijl het concept dat belooft.",
    "{need} is handed on once ({steps}); the concept allows {limit}.":
        "{need} wordt één keer doorgegeven ({steps}); het concept staat er {limit} toe.",
    "{need} is handed on {count} times ({steps}); the concept allows {limit}.":
        "{need} wordt {count} keer doorgegeven ({steps}); het concept staat er {limit} toe.",
    "One of them goes to another organisation.":
        "Eén daarvan gaat naar een andere organisatie.",
    "{count} of them go to another organisation.":
        "{count} daarvan gaan naar een andere organisatie.",
    "A referral names the door but gives the customer no way to it":
        "Een doorverwijzing noemt de deur, maar niet de weg ernaartoe",
    "Birth registration (town hall): 'it has to go through the court', and the father was left to find out how. A referral helps only when it says who and how; 'not for us, try the other office' leaves the customer to find the door (NI14: ringing the wrong number is an avoidable contact).":
        "Geboorteaangifte (stadhuis): 'dat moet via de rechtbank', en de vader mocht zelf uitzoeken hoe. Een doorverwijzing helpt pas als ze zegt wie en hoe; 'niet voor ons, probeer het andere kantoor' laat de klant zelf de deur zoeken (NI14: het verkeerde nummer bellen is een vermijdbaar contact).",
    "Give the way with the referral: the contact details of whoever can help, a hand-over of the case (they contact the customer), or an appointment made for the customer. Record it in the step's or the referral flow's referral details.":
        "Geef de weg mee met de doorverwijzing: de contactgegevens van wie kan helpen, een overdracht van het dossier (zij nemen contact op met de klant) of een afspraak voor de klant. Noteer het bij de doorverwijzing van de stap of van de verwijsverbinding.",
    "A need takes longer than the concept's deadline":
        "Een behoefte duurt langer dan de termijn van het concept",
    "Goldstein et al. (2002): the service concept is the 'what and how' of a service, and a promise the organisation cannot check is a slogan. 'Within five working days' can be checked: from the first contact to the result, on the working calendar the concept sets.":
        "Goldstein e.a. (2002): het serviceconcept is het 'wat en hoe' van een dienst, en een belofte die de organisatie niet kan toetsen is een slogan. 'Binnen vijf werkdagen' kan getoetst worden: van het eerste contact tot het resultaat, op de werkkalender van het concept.",
    "Take the waits and the hand-offs out of the path to the result, or promise a deadline the process can keep.":
        "Haal het wachten en de overdrachten uit de weg naar het resultaat, of beloof een termijn die het proces kan halen.",
    "The concept promises to tell the customer, and no step does":
        "Het concept belooft de klant iets te laten weten, en geen enkele stap doet dat",
    "Seddon counts 'chasing' as failure demand: the customer calls because nobody told them where their case stands. NI14 lists it among the avoidable contacts. 'We let you know when it is done' is a commitment the blueprint must show as a step.":
        "Seddon rekent 'nabellen' tot faalvraag: de klant belt omdat niemand hem zei hoe zijn dossier ervoor staat. NI14 telt het bij de vermijdbare contacten. 'We laten u weten wanneer het klaar is' is een toezegging die de blueprint als stap moet tonen.",
    "Add the step where the organisation tells the customer (kind notification: a letter, an e-mail, a text message, a call), at the moment the concept promises.":
        "Voeg de stap toe waarin de organisatie de klant iets laat weten (soort bericht: een brief, een e-mail, een sms, een telefoontje), op het moment dat het concept belooft.",
    "The customer has to do more than the concept says":
        "De klant moet meer doen dan het concept zegt",
    "Birth registration (town hall): the father asked, insisted and refused to leave before anyone helped. Goldstein et al. (2002): the concept says what the customer must do; 'tell us once' is a duty the organisation takes on, and telling the same thing twice is failure demand (Seddon).":
        "Geboorteaangifte (stadhuis): de vader vroeg, drong aan en weigerde te vertrekken voor iemand hielp. Goldstein e.a. (2002): het concept zegt wat de klant moet doen; 'één keer vertellen' is een plicht die de organisatie op zich neemt, en twee keer hetzelfde vertellen is faalvraag (Seddon).",
    "Pass on what the customer already told you (one file, one case owner) and take the customer's steps that the concept does not ask for out of the journey.":
        "Geef door wat de klant al vertelde (één dossier, één eigenaar) en haal de stappen die het concept niet van de klant vraagt uit de klantreis.",
    "A need is handed on more often than the concept allows":
        "Een behoefte wordt vaker doorgegeven dan het concept toestaat",
    "Lost iPhone (Gent): the desk at the beach, the phone line, the station, the dispatcher and the team each took the case a step further and handed it on. Every hand-off is a place where the customer's story is told again and where customers get lost, most of all between organisations (Seddon: failure demand).":
        "Verloren iPhone (Gent): de post aan het strand, de telefoonlijn, het kantoor, de dispatching en de ploeg brachten de zaak elk een stap verder en gaven ze door. Bij elke overdracht wordt het verhaal van de klant opnieuw verteld en raken klanten zoek, vooral tussen organisaties (Seddon: faalvraag).",
    "Let one person or team own the need from the first contact to the result, and bring the others in behind them instead of passing the customer along.":
        "Laat één persoon of team eigenaar zijn van de behoefte, van het eerste contact tot het resultaat, en haal de anderen erbij achter de schermen in plaats van de klant door te sturen.",
    "A fail point has no recovery step":
        "Een faalpunt heeft geen herstelstap",
    "Shostack marks the fail points of a blueprint: where the service is likely to go wrong. Both cases went wrong at such points (the report nobody followed up, the clerk who walked away) with nothing ready to put it right.":
        "Shostack duidt de faalpunten van een blueprint aan: waar de dienst waarschijnlijk misloopt. Beide casussen liepen op zulke punten mis (de aangifte die niemand opvolgde, de medewerker die wegliep), zonder iets klaar om het recht te zetten.",
    "Draw the recovery: a step that puts the failure right, joined to the fail point by a flow of kind recovery; or change the design so the failure cannot happen.":
        "Teken het herstel: een stap die de fout rechtzet, met het faalpunt verbonden door een verbinding van de soort herstel; of verander het ontwerp zodat de fout niet kan gebeuren.",
    # ------------------------------------------------------------ the report's standards, the CLI summary
    "result": "resultaat",
    "deadline": "termijn",
    "customer duty": "plicht van de klant",
    "At most one contact per need": "Hoogstens één contact per behoefte",
    "Every fail point has a recovery step": "Elk faalpunt heeft een herstelstap",
    "At most one hand-off per need": "Hoogstens één overdracht per behoefte",
    "At most {count} hand-offs per need": "Hoogstens {count} overdrachten per behoefte",
    "Commitment ({kind}): {text}": "Toezegging ({kind}): {text}",
    "{files}: no findings": "{files}: geen bevindingen",
    "{files}: {errors}, {warnings}, {info}": "{files}: {errors}, {warnings}, {info}",
    "; more than the {warnings} allowed": "; meer dan de toegestane {warnings}",
    "{count} file checked": "{count} bestand getoetst",
    "{count} files checked": "{count} bestanden getoetst",
    "{count} error": "{count} fout",
    "{count} errors": "{count} fouten",
    "{count} warning": "{count} waarschuwing",
    "{count} warnings": "{count} waarschuwingen",
    "({count} suppressed)": "({count} geaccepteerd)",
    "{count} info": "{count} info",
}
