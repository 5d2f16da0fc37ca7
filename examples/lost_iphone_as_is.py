"""The lost iPhone (Gent) as the seed tells it: the as-is journey and the steps the to-be keeps.

Source: Stéphanie 't Felt, "Geen helder service concept? Een gemiste kans!". Every as-is
step is a step the seed tells, in its order; the to-be changes only what its concept
needs. Dutch quotes are the seed's own words.
"""

from __future__ import annotations

from example_builder import (
    LANGUAGES,
    ConceptSpec,
    FlowSpec,
    JourneySpec,
    ReferralSpec,
    StepSpec,
    joined,
    rate_note,
)

from blueprint.model import Channel, FlowKind, Outcome, StepKind, Value, WasteKind

NEED = "get-phone-back"
POLICE_RATE_EUR = 50.0
"""An estimated hourly cost of a police officer, used for the staff cost of waste."""
CASES_PER_YEAR = 1200
"""Estimated: lost phones a year reported to the Gent police whose owner sees them in an app."""
CHANNEL_COSTS_EUR = ((Channel.IN_PERSON, 15.0), (Channel.PHONE, 4.0), (Channel.APP_WEB, 1.0),
                     (Channel.LETTER, 2.0))
"""Estimated cost of a contact beyond the officer's time: the station's desk, the call line, the site."""

OFFICER_ON_PHONE = ("Police officer on the phone", "Agent aan de telefoon", "Agent au téléphone")
OFFICER_101 = ("Police officer at 101", "Politieman van de 101", "Policier du 101")
TEAM = ("Police team", "Politieploeg", "Équipe de police")
MOTHER = ("Mother", "Moeder", "Mère")
CHASE = (WasteKind.ABANDONED_EFFORT,)
REPEATED_CHASE = (WasteKind.REPEAT_CONTACT, WasteKind.ABANDONED_EFFORT)

# ---------------------------------------------------------------- steps both journeys share

NOTICE_PHONE_LOST = StepSpec(
    id="notice-phone-lost", lane="customer", column=0,
    title=("Notice the iPhone is gone", "Merken dat de iPhone weg is",
                                        "Remarquer que l'iPhone a disparu"),
    description=(
        "A family outing to the Blaarmeersen in Gent: after some fun in the water the "
        "iPhone is no longer in her trouser pocket.",
        "Een familie-uitje naar de Blaarmeersen in Gent: na wat waterpret zit de iPhone "
        "niet meer in haar broekzak.",
        "Une sortie en famille aux Blaarmeersen à Gand : après quelques jeux dans l'eau, "
        "l'iPhone n'est plus dans la poche de son pantalon."),
    actor=MOTHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.NECESSARY,
    emotion=-1, minutes=(2, 0, 0))

ASK_BEACH_POST = StepSpec(
    id="ask-beach-post", lane="frontstage", column=1,
    title=("Ask at the police post on site", "Vragen aan de politiepost ter plaatse",
                                             "Demander au poste de police sur place"),
    description=(
        "She walks to the police post at the Blaarmeersen. \"No, madam, nothing found, "
        "sorry.\" The outing is over.",
        "Ze stapt naar de politiepost aan de Blaarmeersen. “Neen, mevrouw niets gevonden, "
        "sorry.” Het uitje zit erop.",
        "Elle se rend au poste de police des Blaarmeersen. « Non, madame, rien trouvé, "
        "désolé. » La sortie est finie."),
    actor=("Police officer at the post", "Agent van de politiepost", "Agent du poste de police"),
    kind=StepKind.CONTACT, channel=Channel.IN_PERSON, value=Value.NECESSARY, need=NEED,
    emotion=-1, minutes=(10, 3, 0))

LOCATE_PHONE_APP = StepSpec(
    id="locate-phone-app", lane="customer", column=2,
    title=("Locate the iPhone with Find My iPhone", "De iPhone opsporen met Find My iPhone",
                                                    "Localiser l'iPhone avec Localiser mon iPhone"),
    description=(
        "Back home, Find My iPhone shows the phone very precisely on a detailed map: in the "
        "hands of strangers, in an apartment building less than a kilometre from her home.",
        "Weer thuis toont Find My iPhone de telefoon héél precies op een gedetailleerde "
        "kaart: in handen van wildvreemden, in een appartementsgebouw op nog geen kilometer "
        "van haar huis.",
        "De retour à la maison, Localiser mon iPhone montre le téléphone très précisément "
        "sur une carte détaillée : entre les mains de parfaits inconnus, dans un immeuble à "
        "appartements à moins d'un kilomètre de chez elle."),
    actor=MOTHER, kind=StepKind.ACTION, channel=Channel.APP_WEB, value=Value.VALUABLE,
    emotion=0, minutes=(5, 0, 0),
    note=("\"Fantastic tool!\" Relief at the precise location, indignation that strangers "
          "hold her phone.",
          "“Fantastische tool!” Opluchting over de precieze locatie, verontwaardiging dat "
          "wildvreemden haar telefoon hebben.",
          "« Un outil fantastique ! » Soulagement devant la localisation précise, "
          "indignation que des inconnus aient son téléphone."))

MAP_APARTMENT_BUILDING = StepSpec(
    id="map-apartment-building", lane="evidence", column=2,
    title=("Map: the iPhone in an apartment building", "Kaart: de iPhone in een appartementsgebouw",
                                                       "Carte : l'iPhone dans un immeuble à appartements"),
    description=(
        "The app's map marks the phone in an apartment building less than a kilometre "
        "from home.",
        "De kaart in de app duidt de telefoon aan in een appartementsgebouw op nog geen "
        "kilometer van huis.",
        "La carte de l'appli situe le téléphone dans un immeuble à appartements à moins "
        "d'un kilomètre de chez elle."),
    actor=("Find My iPhone", "Find My iPhone",
                             "Localiser mon iPhone"), kind=StepKind.ACTION, channel=Channel.APP_WEB,
    value=Value.VALUABLE)

SEE_PHONE_ZUIDPARK = StepSpec(
    id="see-phone-zuidpark", lane="customer", column=7,
    title=("Next day: the app shows the iPhone in the Zuidpark",
           "Volgende dag: de app toont de iPhone in het Zuidpark",
           "Le lendemain : l'appli montre l'iPhone au Zuidpark"),
    description=(
        "A message from Find My iPhone: the phone is now in the Zuidpark. \"Time for "
        "action!\"",
        "Een bericht van Find My iPhone: de telefoon bevindt zich nu in het Zuidpark. "
        "“Tijd voor actie!”",
        "Un message de Localiser mon iPhone : le téléphone se trouve maintenant au "
        "Zuidpark. « Il est temps d'agir ! »"),
    actor=MOTHER, kind=StepKind.ACTION, channel=Channel.APP_WEB, value=Value.VALUABLE,
    emotion=1, minutes=(2, 0, 0))

CALL_101 = StepSpec(
    id="call-101", lane="frontstage", column=8,
    title=("Call 101 with the exact location", "De 101 bellen met de precieze locatie",
                                               "Appeler le 101 avec la localisation exacte"),
    description=(
        "With a pounding heart and her eyes on the computer screen she gives the "
        "particularly friendly officer the precise location. \"Madam, we are sending a "
        "team and will call you as soon as we are on site.\"",
        "Met bonkend hart en ogen gericht op het computerscherm geeft ze de bijzonder "
        "vriendelijke politieman de precieze locatie door. “Mevrouw, we sturen een ploeg "
        "en bellen u van zodra we ter plaatse zijn.”",
        "Le cœur battant et les yeux rivés sur l'écran de l'ordinateur, elle donne la "
        "localisation précise au policier particulièrement aimable. « Madame, nous envoyons "
        "une équipe et nous vous appelons dès que nous sommes sur place. »"),
    actor=OFFICER_101, kind=StepKind.CONTACT, channel=Channel.PHONE, value=Value.NECESSARY,
    need=NEED, emotion=1, minutes=(5, 5, 0))

# ---------------------------------------------------------------- as-is only

PHONE_POLICE = StepSpec(
    id="phone-police", lane="frontstage", column=3,
    title=("Phone the police", "De politie bellen", "Téléphoner à la police"),
    description=(
        "\"Madam, before we can do anything, you must come and file a report.\"",
        "“Mevrouw, voor we iets kunnen doen, moet u een aangifte komen doen.”",
        "« Madame, avant que nous puissions faire quoi que ce soit, vous devez venir porter "
        "plainte. »"),
    actor=OFFICER_ON_PHONE, kind=StepKind.CONTACT, channel=Channel.PHONE,
    value=Value.NECESSARY, need=NEED, fail_point=True,
    fail_point_text=("The call cannot take the report",
                     "Het gesprek kan de aangifte niet opnemen",
                     "L'appel ne permet pas d'enregistrer la plainte"),
    emotion=-1, minutes=(5, 5, 0),
    referral=ReferralSpec(to=("The police station", "Het politiekantoor", "Le commissariat"),
                          contact_details=("The officer's own station: 'come and file a report'",
                                           "Het eigen kantoor van de agent: 'kom aangifte doen'",
                                           "Le commissariat de l'agent lui-même : « venez "
                                           "porter plainte »")),
    note=("Fail point: the call cannot take the report, so it sends her on a trip.",
          "Faalpunt: het gesprek kan de aangifte niet opnemen en stuurt haar op verplaatsing.",
          "Point de défaillance : l'appel ne permet pas d'enregistrer la plainte, et "
          "l'envoie donc en déplacement."))

TRAVEL_TO_STATION = StepSpec(
    id="travel-to-station", lane="customer", column=4,
    title=("Travel to the police station", "Naar het politiekantoor gaan",
                                           "Se rendre au commissariat"),
    description=(
        "A trip only to file a report. The author: \"Why the trip, then?\"",
        "Een verplaatsing enkel om aangifte te doen. De auteur: “Waarom die verplaatsing dan?”",
        "Un déplacement rien que pour porter plainte. L'auteure : « Pourquoi alors ce "
        "déplacement ? »"),
    actor=MOTHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.TRAVEL,), emotion=-1, minutes=(20, 0, 0))

QUEUE_AT_STATION = StepSpec(
    id="queue-at-station", lane="customer", column=5,
    title=("Queue at the station", "In de wachtrij staan", "Faire la file au commissariat"),
    description=("The author: \"Standing in the queue?\"", "De auteur: “In de wachtrij staan?”",
                                                           "L'auteure : « Faire la file ? »"),
    actor=MOTHER, kind=StepKind.ACTION, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.WAITING,), emotion=-1, minutes=(0, 0, 30))

FILE_REPORT = StepSpec(
    id="file-report", lane="frontstage", column=6,
    title=("File the report", "Aangifte doen", "Porter plainte"),
    description=(
        "Once there, the 'case' is closed without any follow-up: the police cannot search "
        "a whole apartment building for an iPhone. A purely administrative registration: "
        "\"Was this a valuable contact?\"",
        "Eenmaal ter plaatse wordt de ‘zaak’ afgesloten zonder enig gevolg, want de politie "
        "kan geen volledig appartementsgebouw onderzoeken voor een iPhone. Een puur "
        "administratieve registratie: “Is dit een waardevol contact geweest?”",
        "Sur place, le « dossier » est classé sans aucune suite : la police ne peut pas "
        "fouiller tout un immeuble à appartements pour un iPhone. Un enregistrement "
        "purement administratif : « Était-ce un contact utile ? »"),
    actor=("Police officer at the station", "Agent op het politiekantoor", "Agent au commissariat"),
    kind=StepKind.ADMINISTRATION, channel=Channel.IN_PERSON, value=Value.WASTED,
    waste=(WasteKind.OVER_PROCESSING,), need=NEED, fail_point=True,
    fail_point_text=("A trip and a queue for a registration",
                     "Een verplaatsing en een wachtrij voor een registratie",
                     "Un déplacement et une file pour un enregistrement"),
    emotion=-2,
    minutes=(20, 20, 0),
    note=("The author: an officer's time wasted, all for a purely administrative registration.",
          "De auteur: de tijd van een agent verspild, dat alles voor een puur administratieve "
          "registratie.",
          "L'auteure : le temps d'un agent gaspillé, tout cela pour un enregistrement "
          "purement administratif."))

SEND_TEAM_ZUIDPARK = StepSpec(
    id="send-team-zuidpark", lane="backstage", column=9,
    title=("Send a team to the Zuidpark", "Een ploeg naar het Zuidpark sturen",
                                          "Envoyer une équipe au Zuidpark"),
    description=(
        "The officer sends a team; it goes to the phone's location in the Zuidpark.",
        "De politieman stuurt een ploeg; die gaat naar de locatie van de telefoon in het Zuidpark.",
        "Le policier envoie une équipe ; elle se rend à l'endroit où se trouve le téléphone "
        "au Zuidpark."),
    actor=TEAM, kind=StepKind.INTERVENTION, channel=Channel.INTERNAL, value=Value.WASTED,
    waste=CHASE, minutes=(0, 40, 0),
    note=joined(("Wasted in hindsight: the effort is abandoned without result. Staff "
                 "minutes count two officers.",
                 "Achteraf verspild: de inspanning wordt zonder resultaat afgebroken. De "
                 "personeelsminuten tellen twee agenten.",
                 "Gaspillage après coup : l'effort est abandonné sans résultat. Les minutes "
                 "du personnel comptent deux agents."),
                rate_note(POLICE_RATE_EUR)))

CALLBACK_TEAM_ON_SITE = StepSpec(
    id="callback-team-on-site", lane="frontstage", column=10,
    title=("Officer calls back: the team is on site", "De politieman belt terug: de ploeg is ter plaatse",
                                                      "Le policier rappelle : l'équipe est sur place"),
    description=("A little later: \"Madam, the team is on site.\"",
                 "Even later: “Mevrouw, de ploeg is ter plaatse.”",
                 "Un peu plus tard : « Madame, l'équipe est sur place. »"),
    actor=OFFICER_101, kind=StepKind.CONTACT, channel=Channel.PHONE, value=Value.WASTED,
    waste=CHASE, need=NEED, emotion=1, minutes=(2, 2, 0))

CHECK_LIBRARY_LOCATION = StepSpec(
    id="check-library-location", lane="customer", column=11,
    title=("Check the app: 500 m further, at the library",
           "De app checken: 500 m verder aan de bibliotheek",
           "Vérifier l'appli : 500 m plus loin, à la bibliothèque"),
    description=("She quickly checks the phone's location once more.",
                 "Ze checkt nog snel even de locatie van de telefoon.",
                 "Elle vérifie vite encore une fois où se trouve le téléphone."),
    actor=MOTHER, kind=StepKind.ACTION, channel=Channel.APP_WEB, value=Value.WASTED,
    waste=CHASE, emotion=1, minutes=(2, 0, 0))

PASS_LIBRARY_LOCATION = StepSpec(
    id="pass-library-location", lane="frontstage", column=12,
    title=("Pass on the new location", "De nieuwe locatie doorgeven",
                                       "Transmettre la nouvelle localisation"),
    description=("She passes on the newest details: \"500 m further, at the library.\"",
                 "Ze geeft de nieuwste gegevens door: “500 m verder aan de bibliotheek”.",
                 "Elle transmet les dernières informations : « 500 m plus loin, à la "
                 "bibliothèque. »"),
    actor=OFFICER_101, kind=StepKind.CONTACT, channel=Channel.PHONE, value=Value.WASTED,
    waste=REPEATED_CHASE, need=NEED, emotion=0, minutes=(2, 2, 0))

TEAM_TO_LIBRARY = StepSpec(
    id="team-to-library", lane="backstage", column=13,
    title=("The team goes to the library", "De ploeg gaat naar de bibliotheek",
                                           "L'équipe se rend à la bibliothèque"),
    description=("The team follows the new location to the library.",
                 "De ploeg volgt de nieuwe locatie naar de bibliotheek.",
                 "L'équipe suit la nouvelle localisation jusqu'à la bibliothèque."),
    actor=TEAM, kind=StepKind.INTERVENTION, channel=Channel.INTERNAL, value=Value.WASTED,
    waste=CHASE, minutes=(0, 20, 0),
    note=("Wasted in hindsight: the effort is abandoned without result.",
          "Achteraf verspild: de inspanning wordt zonder resultaat afgebroken.",
          "Gaspillage après coup : l'effort est abandonné sans résultat."))

CALLBACK_TEAM_AT_LIBRARY = StepSpec(
    id="callback-team-at-library", lane="frontstage", column=14,
    title=("Officer calls back: my team is there", "De politieman belt terug: mijn ploeg staat er",
                                                   "Le policier rappelle : mon équipe y est"),
    description=("\"My team is there.\"", "“Mijn ploeg staat er.”", "« Mon équipe y est. »"),
    actor=OFFICER_101, kind=StepKind.CONTACT, channel=Channel.PHONE, value=Value.WASTED,
    waste=REPEATED_CHASE, need=NEED, emotion=0, minutes=(2, 2, 0))

WATCH_PHONE_MOVE = StepSpec(
    id="watch-phone-move", lane="customer", column=15,
    title=("Watch the iPhone move", "De iPhone zien bewegen", "Voir l'iPhone se déplacer"),
    description=(
        "While she is on the line she sees the iPhone move on the screen: tram in, tram "
        "out, across the street…",
        "Terwijl ze aan de lijn is, ziet ze de iPhone op het scherm bewegen: tram in, tram "
        "uit, de straat over,…",
        "Pendant qu'elle est en ligne, elle voit l'iPhone se déplacer à l'écran : dans le "
        "tram, hors du tram, de l'autre côté de la rue…"),
    actor=MOTHER, kind=StepKind.ACTION, channel=Channel.APP_WEB, value=Value.WASTED,
    waste=CHASE, emotion=-1, minutes=(5, 0, 0))

PASS_NEW_ADDRESS = StepSpec(
    id="pass-new-address", lane="frontstage", column=16,
    title=("Pass on the new address again", "Opnieuw het nieuwe adres doorgeven",
                                            "Transmettre encore la nouvelle adresse"),
    description=("Once more she passes on the new address.", "Weer geeft ze het nieuwe adres door.",
                                                             "Une fois de plus, elle transmet la nouvelle adresse."),
    actor=OFFICER_101, kind=StepKind.CONTACT, channel=Channel.PHONE, value=Value.WASTED,
    waste=REPEATED_CHASE, need=NEED, emotion=-1, minutes=(2, 2, 0))

ABANDON_CHASE = StepSpec(
    id="abandon-chase", lane="frontstage", column=17,
    title=("The officer abandons the chase", "De politieman breekt de actie af",
                                             "Le policier abandonne la poursuite"),
    description=(
        "In the middle of the action: \"Madam, it can't go on like this. We have other "
        "things to do than chase villains for an iPhone. I hope you can understand that.\" "
        "No phone, no result.",
        "Midden in de actie: “Mevrouw op die manier kan het niet verder. We hebben andere "
        "dingen te doen dan boeven achterna te lopen voor een iPhone. Ik hoop dat u hier "
        "begrip voor kunt opbrengen.” Geen telefoon, geen resultaat.",
        "En pleine action : « Madame, ça ne peut pas continuer comme ça. Nous avons autre "
        "chose à faire que de poursuivre des malfrats pour un iPhone. J'espère que vous "
        "pouvez le comprendre. » Pas de téléphone, pas de résultat."),
    actor=OFFICER_101, kind=StepKind.CONTACT, channel=Channel.PHONE, value=Value.WASTED,
    waste=CHASE, need=NEED, outcome=Outcome.ABANDONED, fail_point=True,
    fail_point_text=("The chase is called off without a result",
                     "De achtervolging wordt zonder resultaat afgeblazen",
                     "La poursuite est arrêtée sans résultat"),
    emotion=-2,
    minutes=(2, 2, 0),
    note=("The author: \"Why did we make all that effort then?\" Half efforts without "
          "result, paid with public money.",
          "De auteur: “Waarom hebben we dan al die moeite al gedaan?” Halve inspanningen "
          "zonder resultaat, betaald met belastinggeld.",
          "L'auteure : « Pourquoi avoir fait tous ces efforts alors ? » Des demi-efforts "
          "sans résultat, payés avec l'argent public."))

# ---------------------------------------------------------------- the journeys

TITLE = ("Lost iPhone", "Verloren iPhone", "iPhone perdu")
PERSONA = ("A mother on a family outing in Gent", "Een moeder op familie-uitje in Gent",
                                                  "Une mère en sortie familiale à Gand")
GOAL = ("Get her lost iPhone back", "Haar verloren iPhone terugkrijgen",
                                    "Récupérer son iPhone perdu")
ORGANISATION = ("Police, Gent", "Politie Gent", "Police, Gand")
NEEDS = ((NEED, ("Get the lost iPhone back", "De verloren iPhone terugkrijgen",
                                             "Récupérer l'iPhone perdu")),)
FACTS = {"item_value_eur": 800, "location_known_precisely": True}

AS_IS_CONCEPT = ConceptSpec(
    name=("No explicit service concept", "Geen expliciet serviceconcept",
                                         "Pas de concept de service explicite"),
    promise=("Friendly, and ready to act.", "Vriendelijk, en bereid om actie te ondernemen.",
                                            "Aimable, et prête à agir."),
    staff_hourly_rate_eur=POLICE_RATE_EUR, channel_costs_eur=CHANNEL_COSTS_EUR,
)
"""What the police effectively had: friendliness and action; the seed's questions unanswered."""

AS_IS = JourneySpec(
    file_stem="lost-iphone.as-is",
    languages=LANGUAGES,
    title=(f"{TITLE[0]} (as-is)", f"{TITLE[1]} (huidige situatie)", f"{TITLE[2]} (situation actuelle)"),
    description=(
        "The lost iPhone as the seed tells it, after Stéphanie 't Felt, \"Geen helder "
        "service concept? Een gemiste kans!\" (Gent, Belgium). Friendliness and action "
        "without a clear service concept: a trip and a queue for a purely administrative "
        "report, then a chase abandoned halfway. Minutes and the staff hourly rate are "
        "estimates.",
        "De verloren iPhone zoals de bron het vertelt, naar Stéphanie 't Felt, “Geen "
        "helder service concept? Een gemiste kans!” (Gent, België). Vriendelijkheid en "
        "actie zonder helder serviceconcept: een verplaatsing en een wachtrij voor een "
        "puur administratieve aangifte, daarna een achtervolging die halverwege wordt "
        "afgebroken. De minuten en het uurtarief van het personeel zijn schattingen.",
        "L'iPhone perdu tel que la source le raconte, d'après Stéphanie 't Felt, « Geen "
        "helder service concept? Een gemiste kans! » (Gand, Belgique). De l'amabilité et de "
        "l'action sans concept de service clair : un déplacement et une file pour une "
        "plainte purement administrative, puis une poursuite abandonnée à mi-chemin. Les "
        "minutes et le taux horaire du personnel sont des estimations."),
    persona=PERSONA, goal=GOAL, organisation=ORGANISATION, needs=NEEDS, facts=FACTS,
    cases_per_year=CASES_PER_YEAR,
    steps=(NOTICE_PHONE_LOST, ASK_BEACH_POST, LOCATE_PHONE_APP, MAP_APARTMENT_BUILDING,
           PHONE_POLICE, TRAVEL_TO_STATION, QUEUE_AT_STATION, FILE_REPORT, SEE_PHONE_ZUIDPARK,
           CALL_101, SEND_TEAM_ZUIDPARK, CALLBACK_TEAM_ON_SITE, CHECK_LIBRARY_LOCATION,
           PASS_LIBRARY_LOCATION, TEAM_TO_LIBRARY, CALLBACK_TEAM_AT_LIBRARY, WATCH_PHONE_MOVE,
           PASS_NEW_ADDRESS, ABANDON_CHASE),
    flows=(
        FlowSpec("notice-phone-lost", "ask-beach-post"),
        FlowSpec("ask-beach-post", "locate-phone-app", label=("back home", "weer thuis",
                                                                           "de retour à la maison")),
        FlowSpec("locate-phone-app", "map-apartment-building", FlowKind.INFORMATION),
        FlowSpec("map-apartment-building", "phone-police", FlowKind.INFORMATION),
        FlowSpec("locate-phone-app", "phone-police"),
        FlowSpec("phone-police", "travel-to-station", FlowKind.REFERRAL,
                 ("come and file a report", "kom aangifte doen", "venez porter plainte")),
        FlowSpec("travel-to-station", "queue-at-station"),
        FlowSpec("queue-at-station", "file-report"),
        FlowSpec("file-report", "see-phone-zuidpark", label=("next day", "volgende dag",
                                                                         "le lendemain")),
        FlowSpec("see-phone-zuidpark", "call-101"),
        FlowSpec("call-101", "send-team-zuidpark", FlowKind.HAND_OFF,
                 ("send a team", "stuur een ploeg", "envoyer une équipe")),
        FlowSpec("send-team-zuidpark", "callback-team-on-site",
                 label=("team on site", "ploeg ter plaatse", "équipe sur place")),
        FlowSpec("callback-team-on-site", "check-library-location"),
        FlowSpec("check-library-location", "pass-library-location"),
        FlowSpec("pass-library-location", "team-to-library", FlowKind.HAND_OFF,
                 ("new location", "nieuwe locatie", "nouvelle localisation")),
        FlowSpec("team-to-library", "callback-team-at-library",
                 label=("team at the library", "ploeg aan de bibliotheek",
                                               "équipe à la bibliothèque")),
        FlowSpec("callback-team-at-library", "watch-phone-move"),
        FlowSpec("watch-phone-move", "pass-new-address"),
        FlowSpec("pass-new-address", "abandon-chase"),
    ),
    concept=AS_IS_CONCEPT,
)
