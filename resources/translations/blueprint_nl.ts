<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BlueprintForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="74"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="75"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="96"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="76"/>
        <source>What this journey is about</source>
        <translation>Waar deze klantreis over gaat</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="77"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="78"/>
        <source>A language code such as en or nl</source>
        <translation>Een taalcode zoals nl of en</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="81"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="81"/>
        <source>Who goes through the journey</source>
        <translation>Wie de klantreis doorloopt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="82"/>
        <source>Customer&apos;s goal</source>
        <translation>Doel van de klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="83"/>
        <source>What they want from it</source>
        <translation>Wat de klant ermee wil bereiken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="84"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="92"/>
        <source>Case facts</source>
        <translation>Feiten van de casus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="92"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="92"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="93"/>
        <source>Add fact</source>
        <translation>Feit toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="93"/>
        <source>Facts the concept&apos;s thresholds look at, e.g. item_value_eur = 800</source>
        <translation>Feiten waar de drempels van het concept naar kijken, bv. item_value_eur = 800</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="95"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="86"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="95"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="86"/>
        <source>Other organisations</source>
        <translation>Andere organisaties</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="87"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="88"/>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="89"/>
        <source>Organisations that share the journey; each step says whose it is, and each organisation may have its own concept</source>
        <translation>Organisaties die de klantreis delen; elke stap zegt van wie hij is, en elke organisatie kan een eigen concept hebben</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="95"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="96"/>
        <source>Add need</source>
        <translation>Behoefte toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="97"/>
        <source>What the customer came for; contacts are counted per need</source>
        <translation>Waarvoor de klant kwam; contacten worden per behoefte geteld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="99"/>
        <source>Lanes</source>
        <translation>Banen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="99"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="100"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="101"/>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="102"/>
        <source>Add, remove and reorder lanes in the Journey menu or the canvas&apos;s context menu</source>
        <translation>Banen toevoegen, verwijderen en herschikken doe je in het menu Klantreis of in het contextmenu van het tekenvlak</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="105"/>
        <source>Suppressed findings</source>
        <translation>Geaccepteerde bevindingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="105"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="106"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="107"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="107"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="108"/>
        <source>Rules switched off on one element, with the team&apos;s reason</source>
        <translation>Regels die voor één element uitgeschakeld zijn, met de reden van het team</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="190"/>
        <source>The need “{need}” is still counted on step “{step}”; choose another need for that step first.</source>
        <translation>De behoefte “{need}” wordt nog geteld bij stap “{step}”; kies eerst een andere behoefte voor die stap.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="196"/>
        <source>The organisation “{organisation}” is still named on step “{step}”; choose another organisation for that step first.</source>
        <translation>De organisatie “{organisation}” staat nog bij stap “{step}”; kies eerst een andere organisatie voor die stap.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="206"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="216"/>
        <source>A lane&apos;s height is a number of units, e.g. 180.</source>
        <translation>De hoogte van een baan is een aantal eenheden, bv. 180.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="255"/>
        <source>New need</source>
        <translation>Nieuwe behoefte</translation>
    </message>
</context>
<context>
    <name>BlueprintView</name>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="60"/>
        <source>Blueprint canvas</source>
        <translation>Tekenvlak van de blueprint</translation>
    </message>
</context>
<context>
    <name>CanvasEditing</name>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="49"/>
        <location filename="../../blueprint/ui/canvas/editing.py" line="68"/>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="117"/>
        <source>Make {n} flow(s) {kind}</source>
        <translation>{n} verbinding(en) wijzigen in {kind}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="147"/>
        <source>Paste {n} step(s)</source>
        <translation>{n} stap(pen) plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="153"/>
        <source>Duplicate {n} step(s)</source>
        <translation>{n} stap(pen) dupliceren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="174"/>
        <source>Add lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="174"/>
        <source>Title of the new lane:</source>
        <translation>Titel van de nieuwe baan:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="188"/>
        <source>Rename lane</source>
        <translation>Baan hernoemen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="188"/>
        <source>New title of the lane:</source>
        <translation>Nieuwe titel van de baan:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="195"/>
        <source>Rename lane to “{title}”</source>
        <translation>Baan hernoemen naar “{title}”</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="209"/>
        <location filename="../../blueprint/ui/canvas/editing.py" line="216"/>
        <source>Remove lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="210"/>
        <source>A blueprint keeps at least one lane, so “{title}” stays.</source>
        <translation>Een blueprint heeft altijd minstens één baan, dus “{title}” blijft.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="217"/>
        <source>The lane “{title}” holds {n} step(s). Remove the lane together with its steps?</source>
        <translation>De baan “{title}” bevat {n} stap(pen). De baan samen met haar stappen verwijderen?</translation>
    </message>
</context>
<context>
    <name>ConceptDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="328"/>
        <source>Service concept</source>
        <translation>Serviceconcept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="334"/>
        <source>Load concept…</source>
        <translation>Concept laden…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="335"/>
        <source>Save concept as…</source>
        <translation>Concept opslaan als…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="336"/>
        <source>Apply a concept saved on its own to this blueprint</source>
        <translation>Een apart opgeslagen concept op deze blueprint toepassen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="337"/>
        <source>Keep this concept in its own file, to apply it to other blueprints</source>
        <translation>Dit concept in een eigen bestand bewaren, om het op andere blueprints toe te passen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="385"/>
        <source>Load a service concept</source>
        <translation>Een serviceconcept laden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="386"/>
        <source>Service concepts (*.concept.json);;All files (*)</source>
        <translation>Serviceconcepten (*.concept.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="392"/>
        <source>Cannot load the concept</source>
        <translation>Kan het concept niet laden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="394"/>
        <source>Load concept</source>
        <translation>Concept laden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="401"/>
        <source>Save the service concept as</source>
        <translation>Het serviceconcept opslaan als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="402"/>
        <source>Service concepts (*.concept.json)</source>
        <translation>Serviceconcepten (*.concept.json)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="410"/>
        <source>Cannot save the concept</source>
        <translation>Kan het concept niet opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="411"/>
        <source>{path} could not be saved: {reason}.</source>
        <translation>{path} kon niet worden opgeslagen: {reason}.</translation>
    </message>
</context>
<context>
    <name>ConceptForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="66"/>
        <source>Each organisation in the journey may have its own concept</source>
        <translation>Elke organisatie in de klantreis kan een eigen concept hebben</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="67"/>
        <source>Concept of</source>
        <translation>Concept van</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="69"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="69"/>
        <source>e.g. Lost property: one complete effort</source>
        <translation>bv. Verloren voorwerpen: één volledige inspanning</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="70"/>
        <source>The essential questions</source>
        <translation>De essentiële vragen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="72"/>
        <source>What may the customer expect?</source>
        <translation>Wat mag de klant verwachten?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="73"/>
        <source>When do we intervene, and when not?</source>
        <translation>Wanneer treden we op, en wanneer niet?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="74"/>
        <source>What does an intervention include?</source>
        <translation>Wat houdt een interventie in?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="75"/>
        <source>What result do we promise?</source>
        <translation>Welk resultaat beloven we?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="76"/>
        <source>What must the customer do?</source>
        <translation>Wat moet de klant daarvoor doen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="77"/>
        <source>What do we deliberately leave aside?</source>
        <translation>Wat laten we bewust liggen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="78"/>
        <source>Which experience do we aim for?</source>
        <translation>Welke beleving streven we na?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="81"/>
        <source>Answer in a sentence or two</source>
        <translation>Antwoord in een zin of twee</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="82"/>
        <source>We intervene when</source>
        <translation>We treden op als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="84"/>
        <source>Case fact</source>
        <translation>Feit van de casus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="85"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="86"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="86"/>
        <source>Add threshold</source>
        <translation>Drempel toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="87"/>
        <source>Conditions over the blueprint&apos;s case facts, e.g. item_value_eur &gt;= 250</source>
        <translation>Voorwaarden op de feiten van de casus, bv. item_value_eur &gt;= 250</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="90"/>
        <source>Intervene when</source>
        <translation>Optreden wanneer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="91"/>
        <source>all of the conditions hold</source>
        <translation>alle voorwaarden gelden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="91"/>
        <source>any of the conditions holds</source>
        <translation>een van de voorwaarden geldt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="92"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="93"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="93"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="94"/>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="94"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="95"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="97"/>
        <source>In our own words</source>
        <translation>In onze eigen woorden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="98"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="99"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="100"/>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="100"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="101"/>
        <source>Tell once</source>
        <translation>Eén keer vertellen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="101"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="101"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="102"/>
        <source>Most customer actions</source>
        <translation>Hoogstens zoveel klanthandelingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="103"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="104"/>
        <source>Add commitment</source>
        <translation>Toezegging toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="105"/>
        <source>Promises the check can test: a result; a deadline from the first contact; a notification; what the customer must do (tell once, at most so many actions); the channels the customer deals with us on</source>
        <translation>Beloften die de toets kan nagaan: een resultaat; een termijn vanaf het eerste contact; een bericht; wat de klant moet doen (één keer vertellen, hoogstens zoveel handelingen); de kanalen waarlangs de klant met ons te maken heeft</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="110"/>
        <source>Working day</source>
        <translation>Werkdag</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="111"/>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="112"/>
        <source>The working calendar that deadlines in working days are counted on</source>
        <translation>De werkkalender waarop termijnen in werkdagen worden geteld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="113"/>
        <source>Working week</source>
        <translation>Werkweek</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="114"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="115"/>
        <source>Channel rules</source>
        <translation>Kanaalregels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="117"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="118"/>
        <source>Steps of kind</source>
        <translation>Soort stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="119"/>
        <source>never use</source>
        <translation>nooit via</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="120"/>
        <source>Add channel rule</source>
        <translation>Kanaalregel toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="120"/>
        <source>e.g. a registration never requires a trip: administration never uses in person</source>
        <translation>bv. een registratie vraagt nooit een verplaatsing: soort stap Administratie, nooit via Ter plaatse</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="124"/>
        <source>Standards</source>
        <translation>Normen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="125"/>
        <source>Most contacts per need</source>
        <translation>Max. contacten per behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="126"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="129"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="135"/>
        <source>No standard</source>
        <translation>Geen norm</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="128"/>
        <source>Longest wait</source>
        <translation>Langste wachttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="129"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="131"/>
        <source>Every refusal names the alternative</source>
        <translation>Elke weigering noemt het alternatief</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="133"/>
        <source>An intervention once started is finished</source>
        <translation>Een begonnen interventie wordt afgemaakt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="134"/>
        <source>Most hand-offs per need</source>
        <translation>Hoogstens zoveel overdrachten per behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="137"/>
        <source>Every fail point has a recovery step</source>
        <translation>Elk faalpunt heeft een herstelstap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="138"/>
        <source>Staff hourly rate</source>
        <translation>Uurtarief medewerkers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="139"/>
        <source> €/hour</source>
        <translation> €/uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="139"/>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="140"/>
        <source>Used for the staff cost of waste</source>
        <translation>Gebruikt voor de personeelskosten van verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="141"/>
        <source>How strict the check is</source>
        <translation>Hoe streng de toets is</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="142"/>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="142"/>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="143"/>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="193"/>
        <source>Edit the concept of {organisation}</source>
        <translation>Het concept van {organisation} bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="200"/>
        <source>Every need</source>
        <translation>Elke behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="222"/>
        <source>This blueprint&apos;s organisation</source>
        <translation>De organisatie van deze blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="275"/>
        <source>A registration never requires a trip</source>
        <translation>Een registratie vraagt nooit een verplaatsing</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="288"/>
        <source>“Within” is a number of the unit beside it, and “Most customer actions” a whole number.</source>
        <translation>“Binnen” is een getal in de eenheid ernaast, en “Hoogstens zoveel klanthandelingen” een geheel getal.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="307"/>
        <source>We decide within five working days</source>
        <translation>We beslissen binnen vijf werkdagen</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../blueprint/ui/crash.py" line="82"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/crash.py" line="89"/>
        <source>The program ran into an error it did not expect ({error}).</source>
        <translation>Het programma stuitte op een onverwachte fout ({error}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/crash.py" line="92"/>
        <source>Your unsaved work was kept: if the program has to close, it is offered back at the next start.</source>
        <translation>Je niet-opgeslagen werk is bewaard: als het programma moet sluiten, wordt het bij de volgende start teruggeboden.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/crash.py" line="95"/>
        <source>The details are in the log file:
{path}</source>
        <translation>De details staan in het logbestand:
{path}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/crash.py" line="96"/>
        <source>You can go on working; saving now is a good idea.</source>
        <translation>Je kunt verder werken; nu opslaan is verstandig.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="27"/>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="28"/>
        <source>Add a step in the current lane (or double-click in a lane)</source>
        <translation>Een stap toevoegen in de huidige baan (of dubbelklik in een baan)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="29"/>
        <source>Add next step</source>
        <translation>Volgende stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="31"/>
        <source>Add a step after the selected one, connected to it</source>
        <translation>Een stap toevoegen na de gekozen stap, ermee verbonden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="32"/>
        <source>Edit title</source>
        <translation>Titel bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="33"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="35"/>
        <source>Cut</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="36"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="37"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="38"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="39"/>
        <source>Mark valuable</source>
        <translation>Waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="40"/>
        <source>Mark necessary</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="41"/>
        <source>Mark wasted</source>
        <translation>Verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="42"/>
        <source>Mark unmarked</source>
        <translation>Markering wissen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="43"/>
        <source>Add lane…</source>
        <translation>Baan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="44"/>
        <source>Rename lane…</source>
        <translation>Baan hernoemen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="45"/>
        <source>Move lane up</source>
        <translation>Baan omhoog</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="46"/>
        <source>Move lane down</source>
        <translation>Baan omlaag</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="47"/>
        <source>Remove lane…</source>
        <translation>Baan verwijderen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="48"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="50"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="52"/>
        <source>Actual size</source>
        <translation>Ware grootte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="53"/>
        <source>Fit to window</source>
        <translation>Alles in beeld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="54"/>
        <source>Tidy layout</source>
        <translation>Ordenen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="55"/>
        <source>Put the steps in columns by flow order, lanes kept</source>
        <translation>De stappen in kolommen zetten volgens de volgorde van de verbindingen; de banen blijven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="80"/>
        <source>Mark the selected steps {value} ({key})</source>
        <translation>De gekozen stappen markeren: {value} ({key})</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="97"/>
        <source>Flow kind</source>
        <translation>Soort verbinding</translation>
    </message>
</context>
<context>
    <name>ExampleCard</name>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="60"/>
        <source>As-is: today&apos;s journey</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="60"/>
        <source>To-be: the redesign</source>
        <translation>Gewenste situatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="62"/>
        <source>{title}
{details}</source>
        <translation>{title}
{details}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="64"/>
        <source>Open a copy of {name}</source>
        <translation>Een kopie van {name} openen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="57"/>
        <source>Export the blueprint</source>
        <translation>De blueprint exporteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="68"/>
        <source>PNG picture (slides, e-mail)</source>
        <translation>PNG-afbeelding (dia&apos;s, e-mail)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="69"/>
        <source>SVG drawing (text stays searchable)</source>
        <translation>SVG-tekening (tekst blijft doorzoekbaar)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="70"/>
        <source>PDF (print, the workshop wall)</source>
        <translation>PDF (afdrukken, de workshopmuur)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="81"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="83"/>
        <source>One A4 page, landscape</source>
        <translation>Eén A4-pagina, liggend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="84"/>
        <source>One A3 page, landscape</source>
        <translation>Eén A3-pagina, liggend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="85"/>
        <source>Poster: A4 sheets to tape together</source>
        <translation>Poster: A4-vellen om aan elkaar te plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="87"/>
        <source>Show the check&apos;s findings as badges</source>
        <translation>De bevindingen van de toets op de stappen tonen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="94"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="99"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="102"/>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="104"/>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="105"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="179"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="181"/>
        <source>A drawing that scales to any size; titles stay searchable text.</source>
        <translation>Een tekening die op elke grootte scherp blijft; titels blijven doorzoekbare tekst.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="184"/>
        <source>{count} A4 sheets ({rows} rows of {columns}), {width:.1f} × {height:.1f} m on the wall</source>
        <translation>{count} A4-vellen ({rows} rijen van {columns}), {width:.1f} × {height:.1f} m aan de muur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="189"/>
        <source>One page, {paper} landscape</source>
        <translation>Eén pagina, {paper} liggend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="206"/>
        <source>Exporting {name}…</source>
        <translation>{name} exporteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="212"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="219"/>
        <source>Export the blueprint as</source>
        <translation>De blueprint exporteren als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="220"/>
        <source>{format} files (*.{suffix})</source>
        <translation>{format}-bestanden (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="231"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="92"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="92"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="93"/>
        <source>Save the blueprint as a PNG, SVG or PDF picture</source>
        <translation>De blueprint opslaan als PNG-, SVG- of PDF-afbeelding</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="94"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="95"/>
        <source>Print the blueprint on one page, with a preview first</source>
        <translation>De blueprint op één pagina afdrukken, eerst met een voorbeeld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="96"/>
        <source>Wr&amp;ite Report…</source>
        <translation>Rapport sc&amp;hrijven…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="97"/>
        <source>Write the check, the metrics, the concept and the picture as one HTML page to share</source>
        <translation>Schrijf de toetsing, de kengetallen, het concept en de afbeelding als één HTML-pagina om te delen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="99"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importeren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="100"/>
        <source>Turn steps typed into a spreadsheet into a new blueprint</source>
        <translation>Stappen die in een spreadsheet getypt zijn omzetten in een nieuwe blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="152"/>
        <source>Write the report as</source>
        <translation>Het rapport schrijven als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="153"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML-pagina&apos;s (*.html)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="162"/>
        <source>Writing the report {name}…</source>
        <translation>Het rapport {name} schrijven…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="167"/>
        <source>Cannot write the report</source>
        <translation>Kan het rapport niet schrijven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="168"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="172"/>
        <source>Report written: {path}</source>
        <translation>Rapport geschreven: {path}</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../blueprint/ui/files.py" line="123"/>
        <source>{title} (copy of an example)</source>
        <translation>{title} (kopie van een voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="124"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="137"/>
        <source>New blueprint with the five standard lanes</source>
        <translation>Nieuwe blueprint met de vijf standaardbanen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="152"/>
        <source>Opened a copy of the example; Save asks where to keep it</source>
        <translation>Een kopie van het voorbeeld is geopend; Opslaan vraagt waar je die wilt bewaren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="156"/>
        <source>Opened {name}</source>
        <translation>{name} geopend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="222"/>
        <source>Restored the unsaved work; save it to keep it</source>
        <translation>Het niet-opgeslagen werk is hersteld; sla het op om het te bewaren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="242"/>
        <source>earlier</source>
        <translation>eerder</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="245"/>
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="246"/>
        <source>The program stopped unexpectedly while “{title}” had unsaved changes (last kept {time}). Restore that work?</source>
        <translation>Het programma stopte onverwacht terwijl “{title}” niet-opgeslagen wijzigingen had (laatst bewaard {time}). Dat werk herstellen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="237"/>
        <source>Cannot restore the work</source>
        <translation>Kan het werk niet herstellen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="190"/>
        <source>Reloaded {name} from disk</source>
        <translation>{name} opnieuw van schijf geladen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="238"/>
        <source>Work left behind by an earlier session cannot be opened by this version of the program. It was not deleted; it is kept at:
{path}

{reason}</source>
        <translation>Werk van een eerdere sessie kan deze versie van het programma niet openen. Het is niet verwijderd; het staat bewaard op:
{path}

{reason}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="270"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="271"/>
        <source>“{name}” has changes that are not saved yet. Save them first?</source>
        <translation>“{name}” heeft wijzigingen die nog niet opgeslagen zijn. Eerst opslaan?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="299"/>
        <source>Cannot open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="310"/>
        <source>Cannot save the file</source>
        <translation>Kan het bestand niet opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="311"/>
        <source>{path} could not be saved: {reason}. Your work is still open; try another folder.</source>
        <translation>{path} kon niet worden opgeslagen: {reason}. Je werk is nog open; probeer een andere map.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="318"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="344"/>
        <source>{name} was removed or renamed on disk; Save writes it again</source>
        <translation>{name} is op schijf verwijderd of hernoemd; Opslaan schrijft het opnieuw</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="352"/>
        <source>{name} was changed on disk by another program; saving will ask what to do</source>
        <translation>{name} is op schijf gewijzigd door een ander programma; bij opslaan wordt gevraagd wat er moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="356"/>
        <location filename="../../blueprint/ui/files.py" line="371"/>
        <source>File changed on disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="357"/>
        <source>“{name}” was changed by another program. Reload it? You have no unsaved changes here.</source>
        <translation>“{name}” is gewijzigd door een ander programma. Opnieuw laden? Je hebt hier geen niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="372"/>
        <source>“{name}” was changed by another program (or another window) since you opened or last saved it. Saving now would replace those changes.</source>
        <translation>“{name}” is gewijzigd door een ander programma (of een ander venster) sinds je het opende of laatst opsloeg. Nu opslaan zou die wijzigingen vervangen.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="377"/>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="378"/>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="379"/>
        <source>Reload and Discard Mine</source>
        <translation>Opnieuw laden, mijn wijzigingen weg</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="401"/>
        <source>Open a blueprint</source>
        <translation>Een blueprint openen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="402"/>
        <source>Service blueprints (*.blueprint.json);;All files (*)</source>
        <translation>Service blueprints (*.blueprint.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="409"/>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="412"/>
        <source>Save the blueprint as</source>
        <translation>De blueprint opslaan als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files.py" line="413"/>
        <source>Service blueprints (*.blueprint.json)</source>
        <translation>Service blueprints (*.blueprint.json)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="60"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="62"/>
        <source>Checking…</source>
        <translation>Bezig met toetsen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="74"/>
        <source>Accept here…</source>
        <translation>Hier accepteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="75"/>
        <source>Switch this rule off on this element, with the team&apos;s reason</source>
        <translation>Deze regel voor dit element uitschakelen, met de reden van het team</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="77"/>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="78"/>
        <source>The rule&apos;s page: what it finds, why it matters, and what to do instead</source>
        <translation>De pagina van de regel: wat ze vindt, waarom dat ertoe doet, en wat je in plaats daarvan kunt doen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="113"/>
        <source>{rule}
What to do instead: {hint}</source>
        <translation>{rule}
Wat je in plaats daarvan kunt doen: {hint}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="132"/>
        <source>No findings: the journey keeps the concept&apos;s promise.</source>
        <translation>Geen bevindingen: de klantreis houdt de belofte van het concept.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="134"/>
        <source>{n} error(s)</source>
        <translation>{n} fout(en)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="135"/>
        <source>{n} warning(s)</source>
        <translation>{n} waarschuwing(en)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="136"/>
        <source>{n} note(s)</source>
        <translation>{n} opmerking(en)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="151"/>
        <source>Click a finding to see it on the canvas and what to do instead.</source>
        <translation>Klik op een bevinding om ze op het tekenvlak te zien, met wat je in plaats daarvan kunt doen.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="155"/>
        <source>{message}

What to do instead: {hint}

Rule: {rule}</source>
        <translation>{message}

Wat je in plaats daarvan kunt doen: {hint}

Regel: {rule}</translation>
    </message>
</context>
<context>
    <name>FlowForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="292"/>
        <source>From → to</source>
        <translation>Van → naar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="293"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="294"/>
        <source>A referral sends the customer on to someone who can help</source>
        <translation>Een doorverwijzing stuurt de klant door naar iemand die kan helpen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="295"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="295"/>
        <source>Optional words on the arrow</source>
        <translation>Eventuele woorden bij de pijl</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="296"/>
        <source>Time until the next step</source>
        <translation>Tijd tot de volgende stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="297"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="298"/>
        <source>Time that passes between the two steps, e.g. two weeks</source>
        <translation>Tijd die verstrijkt tussen de twee stappen, bv. twee weken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="299"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="300"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="300"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="301"/>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="301"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="302"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../blueprint/ui/help.py" line="106"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/history.py" line="13"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/history.py" line="16"/>
        <source>As opened</source>
        <translation>Zoals geopend</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="27"/>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="42"/>
        <source>Several elements are selected. Mark them all at once with V (valuable), N (necessary), W (wasted) or U (not marked), or press Delete to remove them.</source>
        <translation>Meerdere elementen gekozen. Markeer ze samen met V (waardevol, ‘valuable’), N (nodig), W (verspilling, ‘wasted’) of U (niet gemarkeerd, ‘unmarked’), of verwijder ze met Delete.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="118"/>
        <source>{n} elements selected</source>
        <translation>{n} elementen gekozen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="120"/>
        <source>Blueprint: {title}</source>
        <translation>Blueprint: {title}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="124"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="124"/>
        <source>Flow</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="125"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="127"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>KeyMetricsBar</name>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="158"/>
        <source>Set the staff hourly rate in the service concept to see the cost</source>
        <translation>Vul het uurtarief van de medewerkers in het serviceconcept in om de kosten te zien</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="341"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="342"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="343"/>
        <source>The kind decides the lines of interaction, visibility and internal interaction</source>
        <translation>De soort bepaalt de interactielijn, de zichtbaarheidslijn en de lijn van interne interactie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="344"/>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="344"/>
        <source> units</source>
        <translation> eenheden</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <location filename="../../blueprint/ui/live_check.py" line="63"/>
        <source>The check could not run: {error}</source>
        <translation>De toets kon niet worden uitgevoerd: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../blueprint/ui/mainwindow.py" line="36"/>
        <source>Service Blueprint Designer</source>
        <translation>Service Blueprint Designer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/mainwindow.py" line="106"/>
        <source>Key metrics</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/mainwindow.py" line="145"/>
        <source>Unsaved work could not be kept for recovery ({reason}); trying again at the next autosave. Save the file to be safe.</source>
        <translation>Niet-opgeslagen werk kon niet bewaard worden voor herstel ({reason}); bij de volgende automatische opslag opnieuw geprobeerd. Sla het bestand op voor de zekerheid.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/mainwindow.py" line="230"/>
        <source>{name}[*] — {program}</source>
        <translation>{name}[*] — {program}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/mainwindow.py" line="271"/>
        <source>Accept a finding</source>
        <translation>Een bevinding accepteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="58"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="59"/>
        <source>A new blueprint with the five standard lanes</source>
        <translation>Een nieuwe blueprint met de vijf standaardbanen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="61"/>
        <source>Open a blueprint file</source>
        <translation>Een blueprintbestand openen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="62"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="63"/>
        <source>Save the blueprint</source>
        <translation>De blueprint opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="64"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="66"/>
        <source>Save the blueprint under a new name</source>
        <translation>De blueprint onder een nieuwe naam opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="67"/>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="68"/>
        <source>Close the blueprint and go back to the welcome page</source>
        <translation>De blueprint sluiten en terug naar de welkomstpagina</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="70"/>
        <source>&amp;Welcome Page and Examples</source>
        <translation>&amp;Welkomstpagina en voorbeelden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="72"/>
        <source>The example gallery and recent files</source>
        <translation>De voorbeelden en de recente bestanden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="77"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="79"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="81"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="83"/>
        <source>Fill the projector screen</source>
        <translation>Het hele projectorscherm vullen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="85"/>
        <source>Show Findings on the &amp;Canvas</source>
        <translation>&amp;Bevindingen op het tekenvlak tonen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="89"/>
        <source>&amp;Check Now</source>
        <translation>Nu &amp;toetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="91"/>
        <source>Check the journey against the concept now</source>
        <translation>De klantreis nu aan het concept toetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="92"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="94"/>
        <source>&amp;Metric Definitions</source>
        <translation>Definities van de &amp;kengetallen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="96"/>
        <source>How every metric is measured</source>
        <translation>Hoe elk kengetal gemeten wordt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="97"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="99"/>
        <source>Every rule of the check: what it finds, why, and what to do instead</source>
        <translation>Elke regel van de toetsing: wat ze vindt, waarom, en wat je in plaats daarvan kunt doen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="101"/>
        <source>&amp;About</source>
        <translation>&amp;Over dit programma</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="114"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="129"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="135"/>
        <source>&amp;Journey</source>
        <translation>&amp;Klantreis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="138"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Banen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="149"/>
        <source>Main</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="152"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="181"/>
        <source>Clear the List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/menus.py" line="183"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
</context>
<context>
    <name>MetricsDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="185"/>
        <source>Metrics</source>
        <translation>Kengetallen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="189"/>
        <source>Metric</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="189"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../blueprint/ui/docks/tables.py" line="71"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RuleSeverityTable</name>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="26"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="26"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="62"/>
        <source>{rule}

{rationale}

Instead: {hint}</source>
        <translation>{rule}

{rationale}

In plaats daarvan: {hint}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="66"/>
        <source>Preset ({severity})</source>
        <translation>Standaard ({severity})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../blueprint/ui/help.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="75"/>
        <source>Canvas</source>
        <translation>Tekenvlak</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="78"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="78"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="78"/>
        <source>Keys or mouse</source>
        <translation>Toetsen of muis</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="207"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="207"/>
        <source>What happens, in a few words</source>
        <translation>Wat er gebeurt, in een paar woorden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="208"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="209"/>
        <source>What happens, in more words</source>
        <translation>Wat er gebeurt, uitgebreider</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="210"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="211"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="212"/>
        <source>Contacts, administration and escalations count as customer contacts</source>
        <translation>Contacten, administratie en escalaties tellen als klantcontacten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="213"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="213"/>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="214"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="215"/>
        <location filename="../../blueprint/ui/docks/forms.py" line="241"/>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="216"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="217"/>
        <source>Valuable (V), necessary (N), wasted (W) or not marked yet (U)</source>
        <translation>Waardevol (V, ‘valuable’), nodig (N), verspilling (W, ‘wasted’) of nog niet gemarkeerd (U, ‘unmarked’)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="218"/>
        <source>Waste kinds</source>
        <translation>Soorten verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="219"/>
        <source>Why this step is waste; tick all that apply</source>
        <translation>Waarom deze stap verspilling is; vink alles aan wat past</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="220"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="221"/>
        <source>What the customer came for; contacts are counted per need</source>
        <translation>Waarvoor de klant kwam; contacten worden per behoefte geteld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="222"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="223"/>
        <source>Customer time</source>
        <translation>Klanttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="224"/>
        <source>Staff time</source>
        <translation>Medewerkerstijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="225"/>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="226"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="227"/>
        <source>Fail point: this step often goes wrong</source>
        <translation>Faalpunt: deze stap loopt vaak mis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="228"/>
        <source>What goes wrong</source>
        <translation>Wat er misloopt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="229"/>
        <source>The failure, in a few words</source>
        <translation>De fout, in een paar woorden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="230"/>
        <source>Shown on the card&apos;s tooltip and in the report</source>
        <translation>Te zien in de tooltip van de kaart en in het rapport</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="231"/>
        <source>Supports</source>
        <translation>Ondersteunt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="232"/>
        <source>The customer steps this evidence, backstage or support item serves (Bitner&apos;s vertical line); it is then not a step of the customer&apos;s path</source>
        <translation>De klantstappen die dit bewijs of deze backstage- of ondersteunende stap dient (de verticale lijn van Bitner); dan is het geen stap van de weg van de klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="234"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="235"/>
        <source>Whose step this is; it is judged by that organisation&apos;s concept</source>
        <translation>Van wie deze stap is; hij wordt getoetst aan het concept van die organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="236"/>
        <source>Customer provides</source>
        <translation>Klant geeft door</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="237"/>
        <source>What the customer tells or hands in, separated by ;</source>
        <translation>Wat de klant vertelt of afgeeft, gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="238"/>
        <source>For &apos;tell us once&apos;: the same thing given at two steps is told twice</source>
        <translation>Voor &apos;één keer vertellen&apos;: hetzelfde bij twee stappen doorgeven is twee keer vertellen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="240"/>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="242"/>
        <source>How the customer feels here, from −2 to +2</source>
        <translation>Hoe de klant zich hier voelt, van −2 tot +2</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="243"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="244"/>
        <source>Anything the team wants to remember</source>
        <translation>Alles wat het team wil onthouden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="276"/>
        <source>This blueprint&apos;s organisation</source>
        <translation>De organisatie van deze blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="280"/>
        <source>The journey&apos;s single need</source>
        <translation>De enige behoefte van de klantreis</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <location filename="../../blueprint/ui/canvas/step_item.py" line="172"/>
        <source>{title}
Fail point: {what}</source>
        <translation>{title}
Faalpunt: {what}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/step_item.py" line="174"/>
        <source>{title}
Fail point</source>
        <translation>{title}
Faalpunt</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="24"/>
        <source>Suppress a finding</source>
        <translation>Een bevinding accepteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="34"/>
        <source>Why the team accepts this here</source>
        <translation>Waarom het team dit hier accepteert</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="45"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="46"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="47"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="41"/>
        <source>Step title</source>
        <translation>Titel van de stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="42"/>
        <source>Enter keeps the title, Esc cancels, Tab keeps it and adds the next step</source>
        <translation>Enter bewaart de titel, Esc annuleert, Tab bewaart en voegt de volgende stap toe</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="102"/>
        <source>Rename step to “{title}”</source>
        <translation>Stap hernoemen naar “{title}”</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="90"/>
        <source>Service Blueprint Designer</source>
        <translation>Service Blueprint Designer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="95"/>
        <source>Draw a customer journey, mark every step valuable or wasted, and check it against the organisation&apos;s own service concept.</source>
        <translation>Teken een klantreis, markeer elke stap als waardevol of verspilling, en toets de reis aan het eigen serviceconcept van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="98"/>
        <source>New blueprint</source>
        <translation>Nieuwe blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="99"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="117"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="122"/>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="126"/>
        <source>Examples — one click opens a copy</source>
        <translation>Voorbeelden — één klik opent een kopie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="161"/>
        <source>Back to “{title}”</source>
        <translation>Terug naar “{title}”</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="172"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/welcome.py" line="183"/>
        <source>No examples were found next to the program.</source>
        <translation>Er zijn geen voorbeelden gevonden naast het programma.</translation>
    </message>
</context>
<context>
    <name>_TickButton</name>
    <message>
        <location filename="../../blueprint/ui/docks/tables.py" line="229"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../blueprint/ui/canvas/step_item.py" line="225"/>
        <source>wait {n} min</source>
        <translation>wacht {n} min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="435"/>
        <source>Value: {value}</source>
        <translation>Waarde: {value}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="438"/>
        <source>Channel: {channel}</source>
        <translation>Kanaal: {channel}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="440"/>
        <source>Fail point</source>
        <translation>Faalpunt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="441"/>
        <source>Drag the round handle on the right edge onto another step to connect them.</source>
        <translation>Sleep het ronde handvat aan de rechterrand naar een andere stap om ze te verbinden.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="23"/>
        <source>valuable</source>
        <translation>waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="24"/>
        <source>necessary</source>
        <translation>nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="25"/>
        <source>wasted</source>
        <translation>verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="26"/>
        <source>unmarked</source>
        <translation>ongemarkeerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="44"/>
        <source>Add step “{title}”</source>
        <translation>Stap “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="85"/>
        <source>Remove {n} lane(s)</source>
        <translation>{n} baan/banen verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="87"/>
        <source>Delete {n} step(s)</source>
        <translation>{n} stap(pen) verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="88"/>
        <source>Delete {n} flow(s)</source>
        <translation>{n} verbinding(en) verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="139"/>
        <source>Edit step “{title}”</source>
        <translation>Stap “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="152"/>
        <source>Edit flow</source>
        <translation>Verbinding bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="165"/>
        <source>Edit lane “{title}”</source>
        <translation>Baan “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="178"/>
        <source>Edit blueprint details</source>
        <translation>Gegevens van de blueprint bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="193"/>
        <source>Move {n} step(s)</source>
        <translation>{n} stap(pen) verplaatsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="214"/>
        <source>Mark {n} step(s) {value}</source>
        <translation>{n} stap(pen) markeren als {value}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="234"/>
        <source>Connect “{source}” to “{target}”</source>
        <translation>“{source}” met “{target}” verbinden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="252"/>
        <source>Add lane “{title}”</source>
        <translation>Baan “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="270"/>
        <source>Move lane “{title}”</source>
        <translation>Baan “{title}” verplaatsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="288"/>
        <source>Edit service concept</source>
        <translation>Serviceconcept bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="310"/>
        <source>Paste {n} step(s)</source>
        <translation>{n} stap(pen) plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="344"/>
        <source>Auto-layout</source>
        <translation>Ordenen</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../blueprint/ui/export.py" line="68"/>
        <source>&apos;{name}&apos; does not end in .png, .svg or .pdf; the suffix chooses the format.</source>
        <translation>&apos;{name}&apos; eindigt niet op .png, .svg of .pdf; de extensie bepaalt het formaat.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export.py" line="134"/>
        <source>At scale {scale:g} the picture would be {width} × {height} pixels; choose a scale above 0 and at most {largest:.2f}, or export SVG or PDF.</source>
        <translation>Op schaal {scale:g} zou de afbeelding {width} × {height} pixels worden; kies een schaal boven 0 en hoogstens {largest:.2f}, of exporteer als SVG of PDF.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export.py" line="190"/>
        <source>The picture could not be encoded as {format}.</source>
        <translation>De afbeelding kon niet als {format} worden gecodeerd.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export.py" line="204"/>
        <source>Service blueprint “{title}”, exported by {creator}. Steps: {titles}</source>
        <translation>Service blueprint “{title}”, geëxporteerd door {creator}. Stappen: {titles}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export.py" line="224"/>
        <source>The SVG picture could not be started.</source>
        <translation>De SVG-afbeelding kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export.py" line="258"/>
        <source>The poster would take {sheets} sheets of A4; at most {most} are made. Choose a smaller scale, or one A3 page.</source>
        <translation>De poster zou {sheets} A4-vellen vragen; er worden er hoogstens {most} gemaakt. Kies een kleinere schaal, of één A3-pagina.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export.py" line="310"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="44"/>
        <source>{name} could not be read:</source>
        <translation>{name} kon niet worden gelezen:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="46"/>
        <source>Nothing was imported from {name}. Fix these rows in the spreadsheet and import it again:</source>
        <translation>Er is niets geïmporteerd uit {name}. Verbeter deze rijen in de spreadsheet en importeer opnieuw:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="50"/>
        <source>… and {count} more (see the details)</source>
        <translation>… en nog {count} (zie de details)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="59"/>
        <source>Import steps from a spreadsheet</source>
        <translation>Stappen importeren uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="60"/>
        <source>Spreadsheet as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheet als CSV (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="69"/>
        <source>Cannot import the steps</source>
        <translation>Kan de stappen niet importeren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_actions.py" line="188"/>
        <source>Imported {count} steps as a new blueprint; save it to keep it</source>
        <translation>{count} stappen geïmporteerd als nieuwe blueprint; sla de blueprint op om die te bewaren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="274"/>
        <source>Preparing the print…</source>
        <translation>De afdruk voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_dialog.py" line="279"/>
        <source>Print the blueprint</source>
        <translation>De blueprint afdrukken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_pages.py" line="93"/>
        <source>The page could not be painted on.</source>
        <translation>Er kon niet op de pagina getekend worden.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_pages.py" line="194"/>
        <source>{title} — sheet {name} (row {row} of {rows}, column {column} of {columns}). Trim the margin at the corner marks; lay the next sheet&apos;s edge on the dash-dot line.</source>
        <translation>{title} — vel {name} (rij {row} van {rows}, kolom {column} van {columns}). Knip de marge af bij de hoekmerken; leg de rand van het volgende vel op de streep-puntlijn.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_picture.py" line="125"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_picture.py" line="127"/>
        <source>Flows</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_picture.py" line="131"/>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_picture.py" line="132"/>
        <source>fail point</source>
        <translation>faalpunt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/export_picture.py" line="135"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="39"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="61"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="41"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="61"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="52"/>
        <source>“{text}” is not a number a blueprint can keep; type a number such as 800, or a word.</source>
        <translation>“{text}” is geen getal dat een blueprint kan bewaren; typ een getal zoals 800, of een woord.</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="177"/>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="177"/>
        <source>Who can help: an office, a person</source>
        <translation>Wie kan helpen: een kantoor, een persoon</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="178"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="179"/>
        <source>A number, an address, a link</source>
        <translation>Een nummer, een adres, een link</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="180"/>
        <source>We hand the case over (they contact the customer)</source>
        <translation>We dragen het dossier over (zij nemen contact op met de klant)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="181"/>
        <source>We make an appointment for the customer</source>
        <translation>We maken een afspraak voor de klant</translation>
    </message>
</context>
<context>
    <name>gestures</name>
    <message>
        <location filename="../../blueprint/ui/canvas/gestures.py" line="149"/>
        <source>Support “{title}”</source>
        <translation>“{title}” ondersteunen</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../blueprint/ui/help.py" line="32"/>
        <source>Double-click an empty place in a lane</source>
        <translation>Dubbelklik op een lege plek in een baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="33"/>
        <source>Add a step there</source>
        <translation>Daar een stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="34"/>
        <source>Drag from a step&apos;s right-hand handle</source>
        <translation>Sleep vanaf het handvat rechts op een stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="35"/>
        <source>Connect it to another step</source>
        <translation>Met een andere stap verbinden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="36"/>
        <source>Drag a step</source>
        <translation>Sleep een stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="37"/>
        <source>Move it (into another lane too)</source>
        <translation>Verplaatsen (ook naar een andere baan)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="38"/>
        <source>Drag on an empty place</source>
        <translation>Sleep op een lege plek</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="39"/>
        <source>Select several steps</source>
        <translation>Meerdere stappen kiezen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="40"/>
        <source>Click a lane&apos;s title</source>
        <translation>Klik op de titel van een baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="41"/>
        <source>Select the lane: the inspector shows it, F2 renames it, Delete removes it</source>
        <translation>De baan selecteren: Eigenschappen toont ze, F2 hernoemt ze, Delete verwijdert ze</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="42"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + muiswiel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="42"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="43"/>
        <source>Hold Space and drag, or drag with the middle button</source>
        <translation>Sleep met Spatie ingedrukt of met de middelste knop</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="44"/>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="45"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="45"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation>Slepen afbreken, of de keuze wissen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="131"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="132"/>
        <source>The help page {path} is missing from this installation.</source>
        <translation>De helppagina {path} ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="144"/>
        <source>About Service Blueprint Designer</source>
        <translation>Over Service Blueprint Designer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/help.py" line="145"/>
        <source>&lt;p&gt;&lt;b&gt;Service Blueprint Designer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Draw a customer journey as a service blueprint, mark every step valuable or wasted, and check it against the organisation&apos;s own service concept: where the promise is broken, where the customer&apos;s time and public money are wasted, and what to do instead.&lt;/p&gt;&lt;p&gt;The two founding cases, the lost iPhone and the birth registration, ship as examples: open them from the welcome page.&lt;/p&gt;&lt;p&gt;Version {version} · MIT licence&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Service Blueprint Designer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Teken een klantreis als service blueprint, markeer elke stap als waardevol of verspilling, en toets de reis aan het eigen serviceconcept van de organisatie: waar de belofte gebroken wordt, waar de tijd van de klant en publiek geld verspild worden, en wat je in plaats daarvan kunt doen.&lt;/p&gt;&lt;p&gt;De twee gevallen waarmee het begon, de verloren iPhone en de geboorteaangifte, zitten erbij als voorbeelden: open ze vanaf de welkomstpagina.&lt;/p&gt;&lt;p&gt;Versie {version} · MIT-licentie&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="27"/>
        <source>Valuable</source>
        <translation>Waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="28"/>
        <source>Necessary</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="29"/>
        <source>Wasted</source>
        <translation>Verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="30"/>
        <source>Not marked yet</source>
        <translation>Nog niet gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="31"/>
        <source>Travel</source>
        <translation>Verplaatsing</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="32"/>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="33"/>
        <source>Repeat contact (failure demand)</source>
        <translation>Herhaald contact (faalvraag)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="34"/>
        <location filename="../../blueprint/ui/labels.py" line="59"/>
        <source>Hand-off</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="35"/>
        <source>Over-processing (administration only)</source>
        <translation>Overbewerking (alleen administratie)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="36"/>
        <source>Abandoned effort</source>
        <translation>Afgebroken inspanning</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="37"/>
        <location filename="../../blueprint/ui/labels.py" line="72"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="38"/>
        <source>Unclear information</source>
        <translation>Onduidelijke informatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="39"/>
        <source>Wrong door (sent elsewhere)</source>
        <translation>Verkeerde deur (elders heen gestuurd)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="40"/>
        <source>In person</source>
        <translation>Ter plaatse</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="41"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="42"/>
        <source>App or web</source>
        <translation>App of web</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="44"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="45"/>
        <source>Internal (no customer channel)</source>
        <translation>Intern (geen klantkanaal)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="46"/>
        <source>Other</source>
        <translation>Ander kanaal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="47"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="48"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="49"/>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="50"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="51"/>
        <source>Abandoned</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="52"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="53"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="54"/>
        <source>Administration (only registers)</source>
        <translation>Administratie (alleen registreren)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="55"/>
        <source>Escalation (manager, complaint)</source>
        <translation>Escalatie (leidinggevende, klacht)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="56"/>
        <source>Intervention (we act on the case)</source>
        <translation>Interventie (we treden op)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="57"/>
        <source>Notification (we tell the customer)</source>
        <translation>Bericht (wij laten de klant iets weten)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="58"/>
        <source>Sequence</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="60"/>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="61"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="62"/>
        <source>Recovery (puts a fail point right)</source>
        <translation>Herstel (zet een faalpunt recht)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="63"/>
        <source>Physical evidence</source>
        <translation>Fysiek bewijs</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="64"/>
        <source>Customer actions</source>
        <translation>Klantacties</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="65"/>
        <source>Frontstage</source>
        <translation>Frontstage (zichtbaar)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="66"/>
        <source>Backstage</source>
        <translation>Backstage (onzichtbaar)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="67"/>
        <source>Support processes</source>
        <translation>Ondersteunende processen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="68"/>
        <source>Custom</source>
        <translation>Eigen baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="69"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="70"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="71"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="76"/>
        <source>−2 very unhappy</source>
        <translation>−2 heel ontevreden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="77"/>
        <source>−1 unhappy</source>
        <translation>−1 ontevreden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="78"/>
        <source>0 neutral</source>
        <translation>0 neutraal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="79"/>
        <source>+1 happy</source>
        <translation>+1 tevreden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/labels.py" line="80"/>
        <source>+2 very happy</source>
        <translation>+2 heel tevreden</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="33"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="36"/>
        <source>{h} h</source>
        <translation>{h} u</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="37"/>
        <source>{h} h {m} min</source>
        <translation>{h} u {m} min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="86"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="87"/>
        <source>Customer contacts</source>
        <translation>Klantcontacten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="88"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="89"/>
        <source>Needs resolved or referred</source>
        <translation>Behoeften opgelost of doorverwezen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="90"/>
        <source>Avoidable contacts</source>
        <translation>Vermijdbare contacten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="92"/>
        <source>Avoidable contacts per resolved need</source>
        <translation>Vermijdbare contacten per opgeloste behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="93"/>
        <source>Valuable steps</source>
        <translation>Waardevolle stappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="94"/>
        <source>Necessary steps</source>
        <translation>Nodige stappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="95"/>
        <source>Wasted steps</source>
        <translation>Verspillende stappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="96"/>
        <source>Steps not marked yet</source>
        <translation>Nog niet gemarkeerde stappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="97"/>
        <source>Wasted share of steps</source>
        <translation>Aandeel verspillende stappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="98"/>
        <source>Customer time</source>
        <translation>Klanttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="99"/>
        <source>Customer time wasted</source>
        <translation>Verspilde klanttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="100"/>
        <source>Staff time</source>
        <translation>Medewerkerstijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="101"/>
        <source>Staff time wasted</source>
        <translation>Verspilde medewerkerstijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="102"/>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="103"/>
        <source>Valuable customer time</source>
        <translation>Waardevolle klanttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="104"/>
        <source>Time drawn on flows</source>
        <translation>Tijd op de verbindingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="105"/>
        <source>Customer&apos;s lead time</source>
        <translation>Doorlooptijd voor de klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="107"/>
        <source>Value-added ratio, customer view</source>
        <translation>Aandeel toegevoegde waarde, voor de klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="108"/>
        <source>Value-adding work</source>
        <translation>Waardetoevoegend werk</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="109"/>
        <source>Lead time</source>
        <translation>Doorlooptijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="110"/>
        <source>Value-added ratio, process view</source>
        <translation>Aandeel toegevoegde waarde, voor het proces</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="111"/>
        <source>Staff hourly rate</source>
        <translation>Uurtarief medewerkers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="112"/>
        <source>Staff cost of waste</source>
        <translation>Personeelskosten van verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="113"/>
        <source>Hand-offs</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="115"/>
        <source>Hand-offs between organisations</source>
        <translation>Overdrachten tussen organisaties</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="116"/>
        <source>Channel switches</source>
        <translation>Kanaalwissels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="117"/>
        <source>Fail points</source>
        <translation>Faalpunten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="118"/>
        <source>Fail points per lane</source>
        <translation>Faalpunten per baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="119"/>
        <source>Emotion curve</source>
        <translation>Emotiecurve</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../blueprint/ui/progress_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/progress_dialog.py" line="57"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="149"/>
        <source>valuable</source>
        <translation>waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="150"/>
        <source>necessary</source>
        <translation>nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="151"/>
        <source>wasted</source>
        <translation>verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="152"/>
        <source>unmarked</source>
        <translation>niet gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="192"/>
        <source>sequence</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="193"/>
        <source>hand-off</source>
        <translation>overdracht</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="194"/>
        <source>referral</source>
        <translation>doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="195"/>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="196"/>
        <source>recovery</source>
        <translation>herstel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="242"/>
        <source>Line of interaction</source>
        <translation>Interactielijn</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="243"/>
        <source>Line of visibility</source>
        <translation>Zichtbaarheidslijn</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="244"/>
        <source>Line of internal interaction</source>
        <translation>Lijn van interne interactie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="300"/>
        <source>in person</source>
        <translation>ter plaatse</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="301"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="302"/>
        <source>app / web</source>
        <translation>app / web</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="303"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="304"/>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="305"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/style.py" line="306"/>
        <source>other</source>
        <translation>ander</translation>
    </message>
</context>
</TS>
