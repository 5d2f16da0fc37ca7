"""The lost iPhone redesigned under a clear service concept.

The concept answers the seed's questions: when the police intervene (from what value) and
when not, what an intervention includes, what result the citizen may expect, what she must
do for it, and what is left aside. The report is taken by phone, and "half efforts without
result make way for one complete effort with result". The €250 threshold is the
redesign's example value; the seed asks for one ("from what budget?") but names none.
"""

from __future__ import annotations

from dataclasses import replace

from example_builder import (
    LANGUAGES,
    ChannelRuleSpec,
    ConceptSpec,
    FlowSpec,
    JourneySpec,
    StepSpec,
    joined,
    rate_note,
)
from lost_iphone_as_is import (
    ASK_BEACH_POST,
    CALL_101,
    FACTS,
    LOCATE_PHONE_APP,
    MAP_APARTMENT_BUILDING,
    NEED,
    NEEDS,
    NOTICE_PHONE_LOST,
    OFFICER_ON_PHONE,
    ORGANISATION,
    PERSONA,
    GOAL,
    POLICE_RATE_EUR,
    CASES_PER_YEAR,
    CHANNEL_COSTS_EUR,
    SEE_PHONE_ZUIDPARK,
    TEAM,
    TITLE,
)

from blueprint.model import Channel, Condition, FlowKind, Outcome, Standards, StepKind, Value

MINIMUM_ITEM_VALUE_EUR = 250

ASK_BEACH_POST_TO_BE = replace(
    ASK_BEACH_POST,
    description=(
        "\"No, madam, nothing found, sorry. If you can locate your phone, report it by "
        "phone or online: there is no need to come to the station.\"",
        "“Neen, mevrouw niets gevonden, sorry. Kunt u uw telefoon opsporen, doe dan "
        "aangifte per telefoon of online: u hoeft niet naar het politiekantoor te komen.”",
        "« Non, madame, rien trouvé, désolé. Si vous pouvez localiser votre téléphone, "
        "signalez-le par téléphone ou en ligne : inutile de venir au commissariat. »"),
    note=("Redesign: the post tells the concept: what she can do and where.",
          "Herontwerp: de post vertelt het serviceconcept: wat ze kan doen en waar.",
          "Refonte : le poste annonce le concept : ce qu'elle peut faire et où."))

REPORT_BY_PHONE = StepSpec(
    id="report-by-phone", lane="frontstage", column=3, replaces=("phone-police", "file-report"),
    title=("Report the loss by phone", "Aangifte doen per telefoon",
                                       "Déclarer la perte par téléphone"),
    description=(
        "She phones the police. The officer takes the report on the phone and says what "
        "happens next: \"We don't search a whole apartment building for a phone. When the "
        "app shows it in a public place, call 101: we will send one team and finish the job.\"",
        "Ze belt de politie. De agent neemt de aangifte telefonisch op en zegt wat er nu "
        "gebeurt: “We doorzoeken geen volledig appartementsgebouw voor een telefoon. Toont "
        "de app hem op een openbare plaats, bel dan de 101: we sturen één ploeg en maken "
        "het werk af.”",
        "Elle téléphone à la police. L'agent enregistre la plainte au téléphone et dit ce "
        "qui va suivre : « Nous ne fouillons pas tout un immeuble pour un téléphone. Quand "
        "l'appli le montre dans un lieu public, appelez le 101 : nous enverrons une équipe "
        "et nous irons jusqu'au bout. »"),
    actor=OFFICER_ON_PHONE, kind=StepKind.ADMINISTRATION, channel=Channel.PHONE,
    value=Value.NECESSARY, need=NEED, emotion=0, minutes=(10, 10, 0),
    note=("Redesign: the report is registered by phone (or online): no trip, no queue.",
          "Herontwerp: de aangifte wordt telefonisch (of online) geregistreerd: geen "
          "verplaatsing, geen wachtrij.",
          "Refonte : la plainte est enregistrée par téléphone (ou en ligne) : pas de "
          "déplacement, pas de file."))

CALL_101_TO_BE = replace(
    CALL_101, column=5, value=Value.VALUABLE, minutes=(30, 30, 0),
    description=(
        "She gives the friendly officer the precise location. The phone is worth €800 and "
        "its location is known precisely, so the officer sends one team and keeps her on "
        "the line to pass on each new location until the phone is recovered.",
        "Ze geeft de vriendelijke politieman de precieze locatie door. De telefoon is €800 "
        "waard en de locatie is precies gekend, dus de politieman stuurt één ploeg en houdt "
        "haar aan de lijn om elke nieuwe locatie door te geven tot de telefoon terug is.",
        "Elle donne la localisation précise au policier aimable. Le téléphone vaut 800 € et "
        "sa localisation est connue précisément : le policier envoie donc une équipe et la "
        "garde en ligne pour transmettre chaque nouvelle localisation jusqu'à ce que le "
        "téléphone soit récupéré."),
    note=("Redesign: one call for the whole effort instead of call-backs and half efforts.",
          "Herontwerp: één gesprek voor de hele inspanning in plaats van terugbellen en "
          "halve inspanningen.",
          "Refonte : un seul appel pour tout l'effort au lieu de rappels et de "
          "demi-efforts."))

RECOVER_PHONE = StepSpec(
    id="recover-phone", lane="backstage", column=6,
    replaces=("send-team-zuidpark", "team-to-library"),
    title=("One team follows the phone and recovers it",
           "Eén ploeg volgt de telefoon en haalt hem terug",
           "Une équipe suit le téléphone et le récupère"),
    description=(
        "The team goes to the Zuidpark and follows the live location she passes on "
        "(the library, the tram) until it has the phone: one complete effort with result.",
        "De ploeg gaat naar het Zuidpark en volgt de actuele locatie die zij doorgeeft "
        "(de bibliotheek, de tram) tot ze de telefoon heeft: één volledige inspanning mét "
        "resultaat.",
        "L'équipe se rend au Zuidpark et suit la localisation en direct qu'elle transmet "
        "(la bibliothèque, le tram) jusqu'à avoir le téléphone : un effort complet avec "
        "résultat."),
    actor=TEAM, kind=StepKind.INTERVENTION, channel=Channel.INTERNAL, value=Value.VALUABLE,
    minutes=(0, 60, 0),
    note=joined(("Redesign. Staff minutes count two officers.",
                 "Herontwerp. De personeelsminuten tellen twee agenten.",
                 "Refonte. Les minutes du personnel comptent deux agents."),
                rate_note(POLICE_RATE_EUR)))

RETURN_PHONE = StepSpec(
    id="return-phone", lane="frontstage", column=7, replaces=("abandon-chase",),
    title=("The team brings the phone back", "De ploeg brengt de telefoon terug",
                                             "L'équipe rapporte le téléphone"),
    description=("An officer brings the recovered phone back to her at home.",
                 "Een agent brengt de teruggevonden telefoon bij haar thuis terug.",
                 "Un agent lui rapporte le téléphone récupéré à domicile."),
    actor=TEAM, kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.VALUABLE,
    need=NEED, outcome=Outcome.RESOLVED, emotion=2, minutes=(5, 15, 0),
    note=("Redesign: the result the concept promises.",
          "Herontwerp: het resultaat dat het serviceconcept belooft.",
          "Refonte : le résultat que le concept promet."))

TO_BE_CONCEPT = ConceptSpec(
    name=("Lost items with a known location", "Verloren voorwerpen met een gekende locatie",
                                              "Objets perdus dont la localisation est connue"),
    promise=(
        "You report a loss once, by phone or online, without a trip. If we act, we act "
        "once and completely, until there is a result; if we don't, we say so at once, "
        "and why.",
        "U doet één keer aangifte, per telefoon of online, zonder verplaatsing. Als we "
        "optreden, doen we dat één keer en volledig, tot er een resultaat is; doen we het "
        "niet, dan zeggen we dat meteen, en waarom.",
        "Vous déclarez une perte une seule fois, par téléphone ou en ligne, sans vous "
        "déplacer. Si nous agissons, nous agissons une fois et complètement, jusqu'à ce "
        "qu'il y ait un résultat ; sinon, nous le disons tout de suite, et pourquoi."),
    experience=(
        "Friendly and clear: you always know what happens next and what you may expect.",
        "Vriendelijk en duidelijk: u weet altijd wat er gebeurt en wat u mag verwachten.",
        "Aimable et clair : vous savez toujours ce qui va suivre et à quoi vous attendre."),
    intervention_policy=(
        f"We intervene when the item is worth at least €{MINIMUM_ITEM_VALUE_EUR} and its "
        "location is known precisely, in a public place a team can reach. Below that "
        "value, or without a precise location, we register the report and send no team.",
        f"We treden op als het voorwerp minstens €{MINIMUM_ITEM_VALUE_EUR} waard is en de "
        "locatie precies gekend is, op een openbare plaats die een ploeg kan bereiken. "
        "Onder die waarde, of zonder precieze locatie, registreren we de aangifte en "
        "sturen we geen ploeg.",
        f"Nous intervenons quand l'objet vaut au moins {MINIMUM_ITEM_VALUE_EUR} € et que sa "
        "localisation est connue précisément, dans un lieu public qu'une équipe peut atteindre. "
        "En dessous de cette valeur, ou sans localisation précise, nous enregistrons la plainte "
        "et n'envoyons pas d'équipe."),
    intervene_when=(
        Condition(fact="item_value_eur", op=">=", value=MINIMUM_ITEM_VALUE_EUR),
        Condition(fact="location_known_precisely", op="==", value=True),
    ),
    intervention_includes=(
        "One team goes to the location and follows the live location the citizen passes "
        "on, until it has the item; the item is then brought back to its owner. The team "
        "finishes what it starts.",
        "Eén ploeg gaat naar de locatie en volgt de actuele locatie die de burger "
        "doorgeeft, tot ze het voorwerp heeft; daarna wordt het aan de eigenaar "
        "teruggebracht. De ploeg maakt af waaraan ze begint.",
        "Une équipe se rend sur place et suit la localisation en direct que le citoyen "
        "transmet, jusqu'à avoir l'objet ; l'objet est ensuite rapporté à son propriétaire. "
        "L'équipe termine ce qu'elle commence."),
    result_promised=(
        "When we intervene: your item recovered and brought back to you. When we don't: "
        "your report registered at once, without a trip, and a clear answer why.",
        "Als we optreden: uw voorwerp teruggevonden en bij u teruggebracht. Als we niet "
        "optreden: uw aangifte meteen geregistreerd, zonder verplaatsing, en een duidelijk "
        "antwoord waarom.",
        "Quand nous intervenons : votre objet récupéré et rapporté. Quand nous "
        "n'intervenons pas : votre plainte enregistrée tout de suite, sans déplacement, et "
        "une réponse claire sur le pourquoi."),
    customer_must_do=(
        "Report the loss by phone or online, with the item's value. When a tracking app "
        "shows the item in a public place, call 101 and stay on the line to pass on its "
        "live location.",
        "Aangifte doen per telefoon of online, met de waarde van het voorwerp. Toont een "
        "opsporingsapp het voorwerp op een openbare plaats, bel dan de 101 en blijf aan de "
        "lijn om de actuele locatie door te geven.",
        "Déclarer la perte par téléphone ou en ligne, avec la valeur de l'objet. Quand une "
        "appli de localisation montre l'objet dans un lieu public, appeler le 101 et rester "
        "en ligne pour transmettre sa localisation en direct."),
    left_aside=(
        f"We do not search buildings or homes for an item, and we send no team for items "
        f"worth less than €{MINIMUM_ITEM_VALUE_EUR} or without a precise location.",
        f"We doorzoeken geen gebouwen of woningen voor een voorwerp, en we sturen geen "
        f"ploeg voor voorwerpen van minder dan €{MINIMUM_ITEM_VALUE_EUR} of zonder "
        f"precieze locatie.",
        f"Nous ne fouillons ni bâtiments ni habitations pour un objet, et nous n'envoyons pas "
        f"d'équipe pour des objets de moins de {MINIMUM_ITEM_VALUE_EUR} € ou sans "
        f"localisation précise."),
    channel_rules=(
        ChannelRuleSpec(StepKind.ADMINISTRATION, (Channel.IN_PERSON,),
                        ("A registration never requires a trip.",
                         "Een registratie vraagt nooit een verplaatsing.",
                         "Un enregistrement n'exige jamais de déplacement.")),
    ),
    standards=Standards(max_contacts_per_need=4, max_waiting_minutes=10),
    staff_hourly_rate_eur=POLICE_RATE_EUR, channel_costs_eur=CHANNEL_COSTS_EUR,
)

TO_BE = JourneySpec(
    file_stem="lost-iphone.to-be",
    languages=LANGUAGES,
    title=(f"{TITLE[0]} (to-be)", f"{TITLE[1]} (gewenste situatie)", f"{TITLE[2]} (situation visée)"),
    description=(
        "The lost iPhone redesigned under a clear service concept: the report taken by "
        "phone, and one complete effort with result instead of half efforts without "
        f"result. The €{MINIMUM_ITEM_VALUE_EUR} threshold is the redesign's example value; "
        "minutes and the staff hourly rate are estimates.",
        "De verloren iPhone herontworpen met een helder serviceconcept: de aangifte per "
        "telefoon, en één volledige inspanning mét resultaat in plaats van halve "
        f"inspanningen zonder resultaat. De drempel van €{MINIMUM_ITEM_VALUE_EUR} is een "
        "voorbeeldwaarde van het herontwerp; de minuten en het uurtarief van het personeel "
        "zijn schattingen.",
        "L'iPhone perdu repensé avec un concept de service clair : la plainte enregistrée par "
        "téléphone, et un seul effort complet avec résultat au lieu de demi-efforts sans "
        f"résultat. Le seuil de {MINIMUM_ITEM_VALUE_EUR} € est la valeur d'exemple de la refonte ; "
        "les minutes et le taux horaire du personnel sont des estimations."),
    persona=PERSONA, goal=GOAL, organisation=ORGANISATION, needs=NEEDS, facts=FACTS,
    cases_per_year=CASES_PER_YEAR,
    steps=(NOTICE_PHONE_LOST, ASK_BEACH_POST_TO_BE, LOCATE_PHONE_APP, MAP_APARTMENT_BUILDING,
           REPORT_BY_PHONE, replace(SEE_PHONE_ZUIDPARK, column=4), CALL_101_TO_BE,
           RECOVER_PHONE, RETURN_PHONE),
    flows=(
        FlowSpec("notice-phone-lost", "ask-beach-post"),
        FlowSpec("ask-beach-post", "locate-phone-app", label=("back home", "weer thuis",
                                                                           "de retour à la maison")),
        FlowSpec("locate-phone-app", "map-apartment-building", FlowKind.INFORMATION),
        FlowSpec("map-apartment-building", "report-by-phone", FlowKind.INFORMATION),
        FlowSpec("locate-phone-app", "report-by-phone"),
        FlowSpec("report-by-phone", "see-phone-zuidpark", label=("next day", "volgende dag",
                                                                             "le lendemain")),
        FlowSpec("see-phone-zuidpark", "call-101"),
        FlowSpec("call-101", "recover-phone", FlowKind.HAND_OFF,
                 ("send one team", "stuur één ploeg", "envoyer une équipe")),
        FlowSpec("recover-phone", "return-phone", label=("phone recovered", "telefoon terug",
                                                                            "téléphone récupéré")),
    ),
    concept=TO_BE_CONCEPT,
)
