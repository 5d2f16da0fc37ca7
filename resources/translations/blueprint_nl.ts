<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BlueprintForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="79"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="80"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="107"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="81"/>
        <source>What this journey is about</source>
        <translation>Waar deze klantreis over gaat</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="82"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="87"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="87"/>
        <source>Who goes through the journey</source>
        <translation>Wie de klantreis doorloopt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="88"/>
        <source>Customer&apos;s goal</source>
        <translation>Doel van de klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="89"/>
        <source>What they want from it</source>
        <translation>Wat de klant ermee wil bereiken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="103"/>
        <source>Case facts</source>
        <translation>Feiten van de casus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="103"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="103"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="104"/>
        <source>Add fact</source>
        <translation>Feit toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="104"/>
        <source>Facts the concept&apos;s thresholds look at, e.g. item_value_eur = 800</source>
        <translation>Feiten waar de drempels van het concept naar kijken, bv. item_value_eur = 800</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="106"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="97"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="106"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="83"/>
        <source>A language code such as en, nl or fr</source>
        <translation>Een taalcode zoals nl, fr of en</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="91"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="91"/>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="92"/>
        <source>How often the journey happens; the comparison of an as-is with its to-be gives the savings per year from it</source>
        <translation>Hoe vaak de klantreis voorkomt; de vergelijking van de huidige met de gewenste situatie berekent daarmee de besparing per jaar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="94"/>
        <source>per</source>
        <translation>per</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="94"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="95"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="97"/>
        <source>Other organisations</source>
        <translation>Andere organisaties</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="98"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="99"/>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="100"/>
        <source>Organisations that share the journey; each step says whose it is, and each organisation may have its own concept</source>
        <translation>Organisaties die de klantreis delen; elke stap zegt van wie hij is, en elke organisatie kan een eigen concept hebben</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="106"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="107"/>
        <source>Add need</source>
        <translation>Behoefte toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="108"/>
        <source>What the customer came for; contacts are counted per need</source>
        <translation>Waarvoor de klant kwam; contacten worden per behoefte geteld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="110"/>
        <source>Lanes</source>
        <translation>Banen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="110"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="111"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="112"/>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="113"/>
        <source>Add, remove and reorder lanes in the Journey menu or the canvas&apos;s context menu</source>
        <translation>Banen toevoegen, verwijderen en herschikken doe je in het menu Klantreis of in het contextmenu van het tekenvlak</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="116"/>
        <source>Suppressed findings</source>
        <translation>Geaccepteerde bevindingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="116"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="117"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="118"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="118"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="119"/>
        <source>Rules switched off on one element, with the team&apos;s reason</source>
        <translation>Regels die voor één element uitgeschakeld zijn, met de reden van het team</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="218"/>
        <source>The need “{need}” is still counted on step “{step}”; choose another need for that step first.</source>
        <translation>De behoefte “{need}” wordt nog geteld bij stap “{step}”; kies eerst een andere behoefte voor die stap.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="224"/>
        <source>The organisation “{organisation}” is still named on step “{step}”; choose another organisation for that step first.</source>
        <translation>De organisatie “{organisation}” staat nog bij stap “{step}”; kies eerst een andere organisatie voor die stap.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="234"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="244"/>
        <source>A lane&apos;s height is a number of units, e.g. 180.</source>
        <translation>De hoogte van een baan is een aantal eenheden, bv. 180.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="283"/>
        <source>New need</source>
        <translation>Nieuwe behoefte</translation>
    </message>
</context>
<context>
    <name>BlueprintView</name>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="73"/>
        <source>Blueprint canvas</source>
        <translation>Tekenvlak van de blueprint</translation>
    </message>
</context>
<context>
    <name>CanvasEditing</name>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="53"/>
        <source>Nothing was changed: {reason}</source>
        <translation>Er is niets veranderd: {reason}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="64"/>
        <location filename="../../blueprint/ui/canvas/keyboard.py" line="64"/>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="138"/>
        <source>Make {n} flow(s) {kind}</source>
        <translation>{n} verbinding(en) wijzigen in {kind}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="168"/>
        <source>Paste {n} step(s)</source>
        <translation>{n} stap(pen) plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="174"/>
        <source>Duplicate {n} step(s)</source>
        <translation>{n} stap(pen) dupliceren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="196"/>
        <source>Add lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="196"/>
        <source>Title of the new lane:</source>
        <translation>Titel van de nieuwe baan:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="210"/>
        <source>Rename lane</source>
        <translation>Baan hernoemen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="210"/>
        <source>New title of the lane:</source>
        <translation>Nieuwe titel van de baan:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="217"/>
        <source>Rename lane to “{title}”</source>
        <translation>Baan hernoemen naar “{title}”</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="231"/>
        <location filename="../../blueprint/ui/canvas/editing.py" line="238"/>
        <source>Remove lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="232"/>
        <source>A blueprint keeps at least one lane, so “{title}” stays.</source>
        <translation>Een blueprint heeft altijd minstens één baan, dus “{title}” blijft.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="239"/>
        <source>The lane “{title}” holds {n} step(s). Remove the lane together with its steps?</source>
        <translation>De baan “{title}” bevat {n} stap(pen). De baan samen met haar stappen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="254"/>
        <source>Tidying the layout…</source>
        <translation>De indeling wordt opgeruimd…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="256"/>
        <source>Moving {n} steps…</source>
        <translation>{n} stappen worden verplaatst…</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="44"/>
        <source>Co&amp;mpare With…</source>
        <translation>Ver&amp;gelijken met…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="45"/>
        <source>Compare this blueprint with another one: as-is against to-be</source>
        <translation>Deze blueprint met een andere vergelijken: huidige tegenover gewenste situatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="57"/>
        <source>Compare with which blueprint?</source>
        <translation>Met welke blueprint vergelijken?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="58"/>
        <source>Blueprints (*.blueprint.json);;All files (*)</source>
        <translation>Blueprints (*.blueprint.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="86"/>
        <source>Cannot compare</source>
        <translation>Kan niet vergelijken</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="191"/>
        <source>&apos;{name}&apos; does not end in .png, .svg or .pdf; the suffix chooses the format.</source>
        <translation>&apos;{name}&apos; eindigt niet op .png, .svg of .pdf; de extensie bepaalt het formaat.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="197"/>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="204"/>
        <source>Export the comparison</source>
        <translation>De vergelijking exporteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="205"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="211"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="213"/>
        <source>Exported {name}</source>
        <translation>{name} geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="238"/>
        <source>Print the comparison</source>
        <translation>De vergelijking afdrukken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="111"/>
        <source>Compare: {before} → {after}</source>
        <translation>Vergelijking: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="115"/>
        <source>As-is blueprint</source>
        <translation>Blueprint van de huidige situatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="116"/>
        <source>To-be blueprint</source>
        <translation>Blueprint van de gewenste situatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="125"/>
        <source>As-is: {title}</source>
        <translation>Huidige situatie: {title}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="126"/>
        <source>To-be: {title}</source>
        <translation>Gewenste situatie: {title}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="180"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="182"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="183"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="184"/>
        <source>&amp;Fit Both</source>
        <translation>&amp;Beide passend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="184"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="185"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="185"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="186"/>
        <source>Save the comparison as a PNG, SVG or PDF picture</source>
        <translation>De vergelijking opslaan als PNG-, SVG- of PDF-afbeelding</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="187"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="188"/>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="272"/>
        <source>Kept in the redesign</source>
        <translation>Behouden in het herontwerp</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="273"/>
        <source>Changed in the redesign</source>
        <translation>Gewijzigd in het herontwerp</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="274"/>
        <source>Removed by the redesign</source>
        <translation>Geschrapt door het herontwerp</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="275"/>
        <source>Added by the redesign</source>
        <translation>Toegevoegd door het herontwerp</translation>
    </message>
</context>
<context>
    <name>ConceptDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="351"/>
        <source>Service concept</source>
        <translation>Serviceconcept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="357"/>
        <source>Load concept…</source>
        <translation>Concept laden…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="358"/>
        <source>Save concept as…</source>
        <translation>Concept opslaan als…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="359"/>
        <source>Apply a concept saved on its own to this blueprint</source>
        <translation>Een apart opgeslagen concept op deze blueprint toepassen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="360"/>
        <source>Keep this concept in its own file, to apply it to other blueprints</source>
        <translation>Dit concept in een eigen bestand bewaren, om het op andere blueprints toe te passen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="409"/>
        <source>Load a service concept</source>
        <translation>Een serviceconcept laden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="410"/>
        <source>Service concepts (*.concept.json);;All files (*)</source>
        <translation>Serviceconcepten (*.concept.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="416"/>
        <source>Cannot load the concept</source>
        <translation>Kan het concept niet laden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="418"/>
        <source>Load concept</source>
        <translation>Concept laden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="425"/>
        <source>Save the service concept as</source>
        <translation>Het serviceconcept opslaan als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="426"/>
        <source>Service concepts (*.concept.json)</source>
        <translation>Serviceconcepten (*.concept.json)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="434"/>
        <source>Cannot save the concept</source>
        <translation>Kan het concept niet opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="435"/>
        <source>{path} could not be saved: {reason}.</source>
        <translation>{path} kon niet worden opgeslagen: {reason}.</translation>
    </message>
</context>
<context>
    <name>ConceptForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="73"/>
        <source>Each organisation in the journey may have its own concept</source>
        <translation>Elke organisatie in de klantreis kan een eigen concept hebben</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="74"/>
        <source>Concept of</source>
        <translation>Concept van</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="76"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="76"/>
        <source>e.g. Lost property: one complete effort</source>
        <translation>bv. Verloren voorwerpen: één volledige inspanning</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="77"/>
        <source>The essential questions</source>
        <translation>De essentiële vragen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="79"/>
        <source>What may the customer expect?</source>
        <translation>Wat mag de klant verwachten?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="80"/>
        <source>When do we intervene, and when not?</source>
        <translation>Wanneer treden we op, en wanneer niet?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="81"/>
        <source>What does an intervention include?</source>
        <translation>Wat houdt een interventie in?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="82"/>
        <source>What result do we promise?</source>
        <translation>Welk resultaat beloven we?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="83"/>
        <source>What must the customer do?</source>
        <translation>Wat moet de klant daarvoor doen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="84"/>
        <source>What do we deliberately leave aside?</source>
        <translation>Wat laten we bewust liggen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="85"/>
        <source>Which experience do we aim for?</source>
        <translation>Welke beleving streven we na?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="88"/>
        <source>Answer in a sentence or two</source>
        <translation>Antwoord in een zin of twee</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="89"/>
        <source>We intervene when</source>
        <translation>We treden op als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="91"/>
        <source>Case fact</source>
        <translation>Feit van de casus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="92"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="93"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="93"/>
        <source>Add threshold</source>
        <translation>Drempel toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="94"/>
        <source>Conditions over the blueprint&apos;s case facts, e.g. item_value_eur &gt;= 250</source>
        <translation>Voorwaarden op de feiten van de casus, bv. item_value_eur &gt;= 250</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="97"/>
        <source>Intervene when</source>
        <translation>Optreden wanneer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="98"/>
        <source>all of the conditions hold</source>
        <translation>alle voorwaarden gelden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="98"/>
        <source>any of the conditions holds</source>
        <translation>een van de voorwaarden geldt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="99"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="100"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="100"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="101"/>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="101"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="102"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="104"/>
        <source>In our own words</source>
        <translation>In onze eigen woorden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="105"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="106"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="107"/>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="107"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="108"/>
        <source>Tell once</source>
        <translation>Eén keer vertellen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="108"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="108"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="109"/>
        <source>Most customer actions</source>
        <translation>Hoogstens zoveel klanthandelingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="110"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="111"/>
        <source>Add commitment</source>
        <translation>Toezegging toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="112"/>
        <source>Promises the check can test: a result; a deadline from the first contact; a notification; what the customer must do (tell once, at most so many actions); the channels the customer deals with us on</source>
        <translation>Beloften die de toets kan nagaan: een resultaat; een termijn vanaf het eerste contact; een bericht; wat de klant moet doen (één keer vertellen, hoogstens zoveel handelingen); de kanalen waarlangs de klant met ons te maken heeft</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="117"/>
        <source>Working day</source>
        <translation>Werkdag</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="118"/>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="119"/>
        <source>The working calendar that deadlines in working days are counted on</source>
        <translation>De werkkalender waarop termijnen in werkdagen worden geteld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="120"/>
        <source>Working week</source>
        <translation>Werkweek</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="121"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="122"/>
        <source>Channel rules</source>
        <translation>Kanaalregels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="124"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="125"/>
        <source>Steps of kind</source>
        <translation>Soort stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="126"/>
        <source>never use</source>
        <translation>nooit via</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="127"/>
        <source>Add channel rule</source>
        <translation>Kanaalregel toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="127"/>
        <source>e.g. a registration never requires a trip: administration never uses in person</source>
        <translation>bv. een registratie vraagt nooit een verplaatsing: soort stap Administratie, nooit via Ter plaatse</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="131"/>
        <source>Standards</source>
        <translation>Normen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="132"/>
        <source>Most contacts per need</source>
        <translation>Max. contacten per behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="133"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="136"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="142"/>
        <source>No standard</source>
        <translation>Geen norm</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="135"/>
        <source>Longest wait</source>
        <translation>Langste wachttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="136"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="138"/>
        <source>Every refusal names the alternative</source>
        <translation>Elke weigering noemt het alternatief</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="140"/>
        <source>An intervention once started is finished</source>
        <translation>Een begonnen interventie wordt afgemaakt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="141"/>
        <source>Most hand-offs per need</source>
        <translation>Hoogstens zoveel overdrachten per behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="144"/>
        <source>Every fail point has a recovery step</source>
        <translation>Elk faalpunt heeft een herstelstap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="145"/>
        <source>Staff hourly rate</source>
        <translation>Uurtarief medewerkers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="146"/>
        <source> €/hour</source>
        <translation> €/uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="146"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="151"/>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="147"/>
        <source>Used for the staff cost of waste and the cost to serve</source>
        <translation>Gebruikt voor de personeelskosten van verspilling en de kosten per zaak</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="148"/>
        <source>Cost per contact, beyond the staff time</source>
        <translation>Kosten per contact, naast de tijd van medewerkers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="151"/>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="152"/>
        <source>What one contact on this channel costs besides the staff&apos;s time (the desk, the call, the stamp); used for the cost to serve</source>
        <translation>Wat één contact via dit kanaal kost naast de tijd van medewerkers (de balie, het gesprek, de postzegel); gebruikt voor de kosten per zaak</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="311"/>
        <source>“Within” is a number of the unit beside it, and “Most customer actions” a whole number.</source>
        <translation>“Binnen” is een getal in de eenheid ernaast, en “Hoogstens zoveel klanthandelingen” een geheel getal.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="330"/>
        <source>We decide within five working days</source>
        <translation>We beslissen binnen vijf werkdagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="154"/>
        <source>How strict the check is</source>
        <translation>Hoe streng de toets is</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="155"/>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="155"/>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="156"/>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="206"/>
        <source>Edit the concept of {organisation}</source>
        <translation>Het concept van {organisation} bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="213"/>
        <source>Every need</source>
        <translation>Elke behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="245"/>
        <source>This blueprint&apos;s organisation</source>
        <translation>De organisatie van deze blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="298"/>
        <source>A registration never requires a trip</source>
        <translation>Een registratie vraagt nooit een verplaatsing</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="82"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="89"/>
        <source>The program ran into an error it did not expect ({error}).</source>
        <translation>Het programma stuitte op een onverwachte fout ({error}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="92"/>
        <source>Your unsaved work was kept: if the program has to close, it is offered back at the next start.</source>
        <translation>Je niet-opgeslagen werk is bewaard: als het programma moet sluiten, wordt het bij de volgende start teruggeboden.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="95"/>
        <source>The details are in the log file:
{path}</source>
        <translation>De details staan in het logbestand:
{path}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="96"/>
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
        <location filename="../../blueprint/ui/canvas/actions.py" line="33"/>
        <source>Add next step in the lane above</source>
        <translation>Volgende stap in de baan erboven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="35"/>
        <source>Add next step in the lane below</source>
        <translation>Volgende stap in de baan eronder</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="37"/>
        <source>Move to the lane above</source>
        <translation>Naar de baan erboven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="39"/>
        <source>Move to the lane below</source>
        <translation>Naar de baan eronder</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="41"/>
        <source>Connect in order</source>
        <translation>Op volgorde verbinden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="43"/>
        <source>Connect the selected steps one after another, left to right</source>
        <translation>Verbind de gekozen stappen na elkaar, van links naar rechts</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="45"/>
        <source>Customer minutes…</source>
        <translation>Klantminuten…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="47"/>
        <source>Staff minutes…</source>
        <translation>Medewerkerminuten…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="49"/>
        <source>Waiting minutes…</source>
        <translation>Wachtminuten…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="52"/>
        <source>Edit title</source>
        <translation>Titel bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="53"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="55"/>
        <source>Cut</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="56"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="57"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="58"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="59"/>
        <source>Mark valuable</source>
        <translation>Waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="60"/>
        <source>Mark necessary</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="61"/>
        <source>Mark wasted</source>
        <translation>Verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="62"/>
        <source>Mark unmarked</source>
        <translation>Markering wissen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="63"/>
        <source>Add lane…</source>
        <translation>Baan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="64"/>
        <source>Rename lane…</source>
        <translation>Baan hernoemen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="65"/>
        <source>Move lane up</source>
        <translation>Baan omhoog</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="66"/>
        <source>Move lane down</source>
        <translation>Baan omlaag</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="67"/>
        <source>Remove lane…</source>
        <translation>Baan verwijderen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="68"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="70"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="72"/>
        <source>Actual size</source>
        <translation>Ware grootte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="73"/>
        <source>Fit to window</source>
        <translation>Alles in beeld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="74"/>
        <source>Tidy layout</source>
        <translation>Ordenen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="75"/>
        <source>Put the steps in columns by flow order, lanes kept</source>
        <translation>De stappen in kolommen zetten volgens de volgorde van de verbindingen; de banen blijven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="100"/>
        <source>Mark the selected steps {value} ({key})</source>
        <translation>De gekozen stappen markeren: {value} ({key})</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="119"/>
        <source>Flow kind</source>
        <translation>Soort verbinding</translation>
    </message>
</context>
<context>
    <name>ExampleCard</name>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="66"/>
        <source>As-is: today&apos;s journey</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="66"/>
        <source>To-be: the redesign</source>
        <translation>Gewenste situatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="68"/>
        <source>{title}
{details}</source>
        <translation>{title}
{details}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="70"/>
        <source>Open a copy of {name}</source>
        <translation>Een kopie van {name} openen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="66"/>
        <source>Export the blueprint</source>
        <translation>De blueprint exporteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="77"/>
        <source>PNG picture (slides, e-mail)</source>
        <translation>PNG-afbeelding (dia&apos;s, e-mail)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="78"/>
        <source>SVG drawing (text stays searchable)</source>
        <translation>SVG-tekening (tekst blijft doorzoekbaar)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="79"/>
        <source>PDF (print, the workshop wall)</source>
        <translation>PDF (afdrukken, de workshopmuur)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="90"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="92"/>
        <source>One A4 page, landscape</source>
        <translation>Eén A4-pagina, liggend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="93"/>
        <source>One A3 page, landscape</source>
        <translation>Eén A3-pagina, liggend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="94"/>
        <source>Poster: A4 sheets to tape together</source>
        <translation>Poster: A4-vellen om aan elkaar te plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="96"/>
        <source>Show the check&apos;s findings as badges</source>
        <translation>De bevindingen van de toets op de stappen tonen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="103"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="108"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="111"/>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="113"/>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="114"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="193"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="195"/>
        <source>A drawing that scales to any size; titles stay searchable text.</source>
        <translation>Een tekening die op elke grootte scherp blijft; titels blijven doorzoekbare tekst.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="201"/>
        <source>{count} A4 sheets ({rows} rows of {columns}), {width:.1f} × {height:.1f} m on the wall</source>
        <translation>{count} A4-vellen ({rows} rijen van {columns}), {width:.1f} × {height:.1f} m aan de muur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="206"/>
        <source>One page, {paper} landscape</source>
        <translation>Eén pagina, {paper} liggend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="225"/>
        <source>Exporting {name}…</source>
        <translation>{name} exporteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="234"/>
        <source>Export the blueprint as</source>
        <translation>De blueprint exporteren als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="235"/>
        <source>{format} files (*.{suffix})</source>
        <translation>{format}-bestanden (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="246"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="87"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="87"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="88"/>
        <source>Save the blueprint as a PNG, SVG or PDF picture</source>
        <translation>De blueprint opslaan als PNG-, SVG- of PDF-afbeelding</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="90"/>
        <source>Print the blueprint on one page, with a preview first</source>
        <translation>De blueprint op één pagina afdrukken, eerst met een voorbeeld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="91"/>
        <source>Wr&amp;ite Report…</source>
        <translation>Rapport sc&amp;hrijven…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="92"/>
        <source>Write the check, the metrics, the concept and the picture as one HTML page to share</source>
        <translation>Schrijf de toetsing, de kengetallen, het concept en de afbeelding als één HTML-pagina om te delen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="94"/>
        <source>Import CS&amp;V…</source>
        <translation>&amp;CSV importeren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="95"/>
        <source>Turn steps typed into a spreadsheet into a new blueprint</source>
        <translation>Stappen die in een spreadsheet getypt zijn omzetten in een nieuwe blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="136"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="144"/>
        <source>Printed to {where}</source>
        <translation>Afgedrukt naar {where}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="152"/>
        <source>Write the report as</source>
        <translation>Het rapport schrijven als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="153"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML-pagina&apos;s (*.html)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="162"/>
        <source>Writing the report {name}…</source>
        <translation>Het rapport {name} schrijven…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="167"/>
        <source>Cannot write the report</source>
        <translation>Kan het rapport niet schrijven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="168"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="172"/>
        <source>Report written: {path}</source>
        <translation>Rapport geschreven: {path}</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="130"/>
        <source>{title} (copy of an example)</source>
        <translation>{title} (kopie van een voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="131"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="144"/>
        <source>New blueprint with the five standard lanes</source>
        <translation>Nieuwe blueprint met de vijf standaardbanen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="171"/>
        <source>Opened a copy of the example; Save asks where to keep it</source>
        <translation>Een kopie van het voorbeeld is geopend; Opslaan vraagt waar je die wilt bewaren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="174"/>
        <source>Opened {name}</source>
        <translation>{name} geopend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="241"/>
        <source>Restored the unsaved work; save it to keep it</source>
        <translation>Het niet-opgeslagen werk is hersteld; sla het op om het te bewaren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="261"/>
        <source>earlier</source>
        <translation>eerder</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="264"/>
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="265"/>
        <source>The program stopped unexpectedly while “{title}” had unsaved changes (last kept {time}). Restore that work?</source>
        <translation>Het programma stopte onverwacht terwijl “{title}” niet-opgeslagen wijzigingen had (laatst bewaard {time}). Dat werk herstellen?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="256"/>
        <source>Cannot restore the work</source>
        <translation>Kan het werk niet herstellen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="166"/>
        <location filename="../../blueprint/ui/files/controller.py" line="365"/>
        <source>Opening was cancelled; nothing changed</source>
        <translation>Openen is geannuleerd; er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="209"/>
        <source>Reloaded {name} from disk</source>
        <translation>{name} opnieuw van schijf geladen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="257"/>
        <source>Work left behind by an earlier session cannot be opened by this version of the program. It was not deleted; it is kept at:
{path}

{reason}</source>
        <translation>Werk van een eerdere sessie kan deze versie van het programma niet openen. Het is niet verwijderd; het staat bewaard op:
{path}

{reason}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="289"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="290"/>
        <source>“{name}” has changes that are not saved yet. Save them first?</source>
        <translation>“{name}” heeft wijzigingen die nog niet opgeslagen zijn. Eerst opslaan?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="349"/>
        <source>Drawing {n} steps…</source>
        <translation>{n} stappen worden getekend…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="362"/>
        <source>Opening {name}…</source>
        <translation>{name} wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="368"/>
        <source>Cannot open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="379"/>
        <source>Cannot save the file</source>
        <translation>Kan het bestand niet opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="380"/>
        <source>{path} could not be saved: {reason}. Your work is still open; try another folder.</source>
        <translation>{path} kon niet worden opgeslagen: {reason}. Je werk is nog open; probeer een andere map.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="387"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="413"/>
        <source>{name} was removed or renamed on disk; Save writes it again</source>
        <translation>{name} is op schijf verwijderd of hernoemd; Opslaan schrijft het opnieuw</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="421"/>
        <source>{name} was changed on disk by another program; saving will ask what to do</source>
        <translation>{name} is op schijf gewijzigd door een ander programma; bij opslaan wordt gevraagd wat er moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="425"/>
        <location filename="../../blueprint/ui/files/controller.py" line="440"/>
        <source>File changed on disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="426"/>
        <source>“{name}” was changed by another program. Reload it? You have no unsaved changes here.</source>
        <translation>“{name}” is gewijzigd door een ander programma. Opnieuw laden? Je hebt hier geen niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="441"/>
        <source>“{name}” was changed by another program (or another window) since you opened or last saved it. Saving now would replace those changes.</source>
        <translation>“{name}” is gewijzigd door een ander programma (of een ander venster) sinds je het opende of laatst opsloeg. Nu opslaan zou die wijzigingen vervangen.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="446"/>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="447"/>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="448"/>
        <source>Reload and Discard Mine</source>
        <translation>Opnieuw laden, mijn wijzigingen weg</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="470"/>
        <source>Open a blueprint</source>
        <translation>Een blueprint openen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="471"/>
        <source>Service blueprints (*.blueprint.json);;All files (*)</source>
        <translation>Service blueprints (*.blueprint.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="478"/>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="481"/>
        <source>Save the blueprint as</source>
        <translation>De blueprint opslaan als</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="482"/>
        <source>Service blueprints (*.blueprint.json)</source>
        <translation>Service blueprints (*.blueprint.json)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="66"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="68"/>
        <source>Checking…</source>
        <translation>Bezig met toetsen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="80"/>
        <source>Accept here…</source>
        <translation>Hier accepteren…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="81"/>
        <source>Switch this rule off on this element, with the team&apos;s reason</source>
        <translation>Deze regel voor dit element uitschakelen, met de reden van het team</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="83"/>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="84"/>
        <source>The rule&apos;s page: what it finds, why it matters, and what to do instead</source>
        <translation>De pagina van de regel: wat ze vindt, waarom dat ertoe doet, en wat je in plaats daarvan kunt doen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="129"/>
        <source>{rule}
What to do instead: {hint}</source>
        <translation>{rule}
Wat je in plaats daarvan kunt doen: {hint}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="147"/>
        <source>No findings: the journey keeps the concept&apos;s promise.</source>
        <translation>Geen bevindingen: de klantreis houdt de belofte van het concept.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="161"/>
        <source>Click a finding to see it on the canvas and what to do instead.</source>
        <translation>Klik op een bevinding om ze op het tekenvlak te zien, met wat je in plaats daarvan kunt doen.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="165"/>
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
        <location filename="../../blueprint/ui/docks/forms.py" line="317"/>
        <source>From → to</source>
        <translation>Van → naar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="318"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="319"/>
        <source>A referral sends the customer on to someone who can help</source>
        <translation>Een doorverwijzing stuurt de klant door naar iemand die kan helpen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="320"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="320"/>
        <source>Optional words on the arrow</source>
        <translation>Eventuele woorden bij de pijl</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="321"/>
        <source>Time until the next step</source>
        <translation>Tijd tot de volgende stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="322"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="323"/>
        <source>Time that passes between the two steps, e.g. two weeks</source>
        <translation>Tijd die verstrijkt tussen de twee stappen, bv. twee weken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="324"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="325"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="325"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="326"/>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="326"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="327"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="43"/>
        <source>{amount} min</source>
        <translation>{amount} min</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="44"/>
        <source>{amount} hour</source>
        <translation>{amount} uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="44"/>
        <source>{amount} hours</source>
        <translation>{amount} uur</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="45"/>
        <source>{amount} working day</source>
        <translation>{amount} werkdag</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="46"/>
        <source>{amount} working days</source>
        <translation>{amount} werkdagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="47"/>
        <source>{amount} day</source>
        <translation>{amount} dag</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="47"/>
        <source>{amount} days</source>
        <translation>{amount} dagen</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="48"/>
        <source>{amount} week</source>
        <translation>{amount} week</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="48"/>
        <source>{amount} weeks</source>
        <translation>{amount} weken</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="106"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/history.py" line="16"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/history.py" line="19"/>
        <source>As opened</source>
        <translation>Zoals geopend</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="28"/>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="46"/>
        <source>Several elements are selected. Mark them all at once with V (valuable), N (necessary), W (wasted) or U (not marked), or press Delete to remove them.</source>
        <translation>Meerdere elementen gekozen. Markeer ze samen met V (waardevol, ‘valuable’), N (nodig), W (verspilling, ‘wasted’) of U (niet gemarkeerd, ‘unmarked’), of verwijder ze met Delete.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="131"/>
        <source>{n} elements selected</source>
        <translation>{n} elementen gekozen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="133"/>
        <source>Blueprint: {title}</source>
        <translation>Blueprint: {title}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="137"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="137"/>
        <source>Flow</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="138"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="140"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>KeyMetricsBar</name>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="165"/>
        <source>Set the staff hourly rate in the service concept to see the cost</source>
        <translation>Vul het uurtarief van de medewerkers in het serviceconcept in om de kosten te zien</translation>
    </message>
</context>
<context>
    <name>KeyboardCapture</name>
    <message>
        <location filename="../../blueprint/ui/canvas/keyboard.py" line="97"/>
        <source>Connect {n} step(s) in order</source>
        <translation>{n} stap(pen) op volgorde verbinden</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="366"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="367"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="368"/>
        <source>The kind decides the lines of interaction, visibility and internal interaction</source>
        <translation>De soort bepaalt de interactielijn, de zichtbaarheidslijn en de lijn van interne interactie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="369"/>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="369"/>
        <source> units</source>
        <translation> eenheden</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="130"/>
        <source>Live Session Shared</source>
        <translation>Live-sessie gedeeld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="132"/>
        <source>Others join with File › Join Live Session… and this link:</source>
        <translation>Anderen doen mee via Bestand › Meedoen aan live-sessie… met deze link:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="136"/>
        <source>or by typing: {code}</source>
        <translation>of door te typen: {code}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="138"/>
        <source>Copy Link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="140"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <location filename="../../blueprint/ui/window/live_check.py" line="111"/>
        <source>The check could not run: {error}</source>
        <translation>De toets kon niet worden uitgevoerd: {error}</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="48"/>
        <source>connecting…</source>
        <translation>verbinden…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="49"/>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="50"/>
        <source>reconnecting… (keep working)</source>
        <translation>opnieuw verbinden… (werk gewoon door)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="51"/>
        <source>refused: no such session</source>
        <translation>geweigerd: deze sessie bestaat niet</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="52"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="186"/>
        <location filename="../../blueprint/ui/window/live.py" line="351"/>
        <source>Share &amp;Live Session…</source>
        <translation>Li&amp;ve-sessie delen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="187"/>
        <source>Let others on this network edit this blueprint with you</source>
        <translation>Laat anderen op dit netwerk deze blauwdruk samen met u bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="189"/>
        <source>&amp;Join Live Session…</source>
        <translation>&amp;Meedoen aan live-sessie…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="190"/>
        <source>Edit a blueprint someone shares, with a link or code</source>
        <translation>Bewerk een blauwdruk die iemand deelt, met een link of code</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="192"/>
        <source>Leave Live Session</source>
        <translation>Live-sessie verlaten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="194"/>
        <source>Undo &amp;My Last Edit</source>
        <translation>Mijn laatste bewerking ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="196"/>
        <source>Redo My &amp;Edit</source>
        <translation>Mijn bewerking opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="247"/>
        <source>Open or create a blueprint first, then share it.</source>
        <translation>Open of maak eerst een blauwdruk en deel die dan.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="257"/>
        <source>Could not start the live session: {reason}</source>
        <translation>De live-sessie kon niet starten: {reason}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="265"/>
        <location filename="../../blueprint/ui/window/live.py" line="283"/>
        <source>That is not a session link; one looks like ws://192.168.1.10:8765/K7QM-X3PD-RTW9</source>
        <translation>Dat is geen sessielink; een sessielink ziet eruit als ws://192.168.1.10:8765/K7QM-X3PD-RTW9</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="302"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="320"/>
        <source>Show Live Session &amp;Link…</source>
        <translation>Sessielin&amp;k tonen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="334"/>
        <source>That session already holds a blueprint: join it with File › Join Live Session…, or share yours into a new session.</source>
        <translation>Die sessie heeft al een blauwdruk: doe mee via Bestand › Meedoen aan live-sessie…, of deel de uwe in een nieuwe sessie.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="359"/>
        <source>Left the live session; the blueprint stays open here.</source>
        <translation>Live-sessie verlaten; de blauwdruk blijft hier open.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="444"/>
        <source>The relay does not know this session: check the link.</source>
        <translation>De relay kent deze sessie niet: controleer de link.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="482"/>
        <source>Joined the live session.</source>
        <translation>Meegedaan aan de live-sessie.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="503"/>
        <source>{who} undid an edit</source>
        <translation>{who} maakte een bewerking ongedaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="505"/>
        <source>{who} redid an edit</source>
        <translation>{who} deed een bewerking opnieuw</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="506"/>
        <source>{who}: {what}</source>
        <translation>{who}: {what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="39"/>
        <source>Service Blueprint Designer</source>
        <translation>Service Blueprint Designer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="114"/>
        <source>Key metrics</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="154"/>
        <source>Unsaved work could not be kept for recovery ({reason}); trying again at the next autosave. Save the file to be safe.</source>
        <translation>Niet-opgeslagen werk kon niet bewaard worden voor herstel ({reason}); bij de volgende automatische opslag opnieuw geprobeerd. Sla het bestand op voor de zekerheid.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="240"/>
        <source>{name}[*] — {program}</source>
        <translation>{name}[*] — {program}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="281"/>
        <source>Accept a finding</source>
        <translation>Een bevinding accepteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="58"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="59"/>
        <source>A new blueprint with the five standard lanes</source>
        <translation>Een nieuwe blueprint met de vijf standaardbanen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="61"/>
        <source>Open a blueprint file</source>
        <translation>Een blueprintbestand openen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="62"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="63"/>
        <source>Save the blueprint</source>
        <translation>De blueprint opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="64"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="66"/>
        <source>Save the blueprint under a new name</source>
        <translation>De blueprint onder een nieuwe naam opslaan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="67"/>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="68"/>
        <source>Close the blueprint and go back to the welcome page</source>
        <translation>De blueprint sluiten en terug naar de welkomstpagina</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="70"/>
        <source>&amp;Welcome Page and Examples</source>
        <translation>&amp;Welkomstpagina en voorbeelden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="72"/>
        <source>The example gallery and recent files</source>
        <translation>De voorbeelden en de recente bestanden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="77"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="79"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="81"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="83"/>
        <source>Fill the projector screen</source>
        <translation>Het hele projectorscherm vullen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="85"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentatiemodus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="87"/>
        <source>The whole journey, readable from the back of the room; F shows the findings, Esc leaves</source>
        <translation>De hele klantreis, leesbaar tot achter in de zaal; F toont de bevindingen, Esc sluit af</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="89"/>
        <source>Show Findings on the &amp;Canvas</source>
        <translation>&amp;Bevindingen op het tekenvlak tonen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="93"/>
        <source>&amp;Check Now</source>
        <translation>Nu &amp;toetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="95"/>
        <source>Check the journey against the concept now</source>
        <translation>De klantreis nu aan het concept toetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="96"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="98"/>
        <source>&amp;Metric Definitions</source>
        <translation>Definities van de &amp;kengetallen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="100"/>
        <source>How every metric is measured</source>
        <translation>Hoe elk kengetal gemeten wordt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="101"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="103"/>
        <source>Every rule of the check: what it finds, why, and what to do instead</source>
        <translation>Elke regel van de toetsing: wat ze vindt, waarom, en wat je in plaats daarvan kunt doen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="105"/>
        <source>&amp;About</source>
        <translation>&amp;Over dit programma</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="118"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="133"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="139"/>
        <source>&amp;Journey</source>
        <translation>&amp;Klantreis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="142"/>
        <source>&amp;Keyboard Capture</source>
        <translation>&amp;Vastleggen met toetsenbord</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="144"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Banen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="155"/>
        <source>Main</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="158"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="187"/>
        <source>Clear the List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="189"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
</context>
<context>
    <name>MetricsDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="192"/>
        <source>Metrics</source>
        <translation>Kengetallen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="196"/>
        <source>Metric</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="196"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="169"/>
        <source>Customer minutes</source>
        <translation>Klantminuten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="170"/>
        <source>Staff minutes</source>
        <translation>Medewerkerminuten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="171"/>
        <source>Waiting minutes</source>
        <translation>Wachtminuten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="182"/>
        <source>{what}: type a number, Enter keeps it, Esc cancels</source>
        <translation>{what}: typ een getal, Enter bewaart het, Esc annuleert</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="210"/>
        <source>Set {what} of “{title}” to {n}</source>
        <translation>{what} van “{title}” op {n} gezet</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="89"/>
        <source>Live session: {state}</source>
        <translation>Live-sessie: {state}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="95"/>
        <source>{count} here</source>
        <translation>{count} aanwezig</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../blueprint/ui/window/presentation.py" line="179"/>
        <source>Presentation of the journey</source>
        <translation>Presentatie van de klantreis</translation>
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
    <name>SessionDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="103"/>
        <source>Join Live Session</source>
        <translation>Meedoen aan live-sessie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="103"/>
        <source>Share Live Session</source>
        <translation>Live-sessie delen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="107"/>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="110"/>
        <source>Others on this network may join (listen on every network)</source>
        <translation>Anderen op dit netwerk mogen meedoen (luisteren op elk netwerk)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="113"/>
        <source>Session link or code:</source>
        <translation>Sessielink of code:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="116"/>
        <source>Or use a running relay (link):</source>
        <translation>Of gebruik een draaiende relay (link):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="75"/>
        <source>Canvas</source>
        <translation>Tekenvlak</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="78"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="78"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="78"/>
        <source>Keys or mouse</source>
        <translation>Toetsen of muis</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="224"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="224"/>
        <source>What happens, in a few words</source>
        <translation>Wat er gebeurt, in een paar woorden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="234"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="235"/>
        <source>What happens, in more words</source>
        <translation>Wat er gebeurt, uitgebreider</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="236"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="237"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="238"/>
        <source>Contacts, administration and escalations count as customer contacts</source>
        <translation>Contacten, administratie en escalaties tellen als klantcontacten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="239"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="239"/>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="240"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="241"/>
        <location filename="../../blueprint/ui/docks/forms.py" line="258"/>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="225"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="226"/>
        <source>Valuable (V), necessary (N), wasted (W) or not marked yet (U)</source>
        <translation>Waardevol (V, ‘valuable’), nodig (N), verspilling (W, ‘wasted’) of nog niet gemarkeerd (U, ‘unmarked’)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="227"/>
        <source>Waste kinds</source>
        <translation>Soorten verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="228"/>
        <source>Why this step is waste; tick all that apply</source>
        <translation>Waarom deze stap verspilling is; vink alles aan wat past</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="242"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="243"/>
        <source>What the customer came for; contacts are counted per need</source>
        <translation>Waarvoor de klant kwam; contacten worden per behoefte geteld</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="229"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="230"/>
        <source>Customer time</source>
        <translation>Klanttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="231"/>
        <source>Staff time</source>
        <translation>Medewerkerstijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="232"/>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="233"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="244"/>
        <source>Fail point: this step often goes wrong</source>
        <translation>Faalpunt: deze stap loopt vaak mis</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="245"/>
        <source>What goes wrong</source>
        <translation>Wat er misloopt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="246"/>
        <source>The failure, in a few words</source>
        <translation>De fout, in een paar woorden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="247"/>
        <source>Shown on the card&apos;s tooltip and in the report</source>
        <translation>Te zien in de tooltip van de kaart en in het rapport</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="248"/>
        <source>Supports</source>
        <translation>Ondersteunt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="249"/>
        <source>The customer steps this evidence, backstage or support item serves (Bitner&apos;s vertical line); it is then not a step of the customer&apos;s path</source>
        <translation>De klantstappen die dit bewijs of deze backstage- of ondersteunende stap dient (de verticale lijn van Bitner); dan is het geen stap van de weg van de klant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="251"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="252"/>
        <source>Whose step this is; it is judged by that organisation&apos;s concept</source>
        <translation>Van wie deze stap is; hij wordt getoetst aan het concept van die organisatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="253"/>
        <source>Customer provides</source>
        <translation>Klant geeft door</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="254"/>
        <source>What the customer tells or hands in, separated by ;</source>
        <translation>Wat de klant vertelt of afgeeft, gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="255"/>
        <source>For &apos;tell us once&apos;: the same thing given at two steps is told twice</source>
        <translation>Voor &apos;één keer vertellen&apos;: hetzelfde bij twee stappen doorgeven is twee keer vertellen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="257"/>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="259"/>
        <source>How the customer feels here, from −2 to +2</source>
        <translation>Hoe de klant zich hier voelt, van −2 tot +2</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="260"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="261"/>
        <source>Anything the team wants to remember</source>
        <translation>Alles wat het team wil onthouden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="293"/>
        <source>This blueprint&apos;s organisation</source>
        <translation>De organisatie van deze blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="297"/>
        <source>The journey&apos;s single need</source>
        <translation>De enige behoefte van de klantreis</translation>
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
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="47"/>
        <source>Step title</source>
        <translation>Titel van de stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="48"/>
        <source>Enter keeps the title, Esc cancels, Tab keeps it and adds the next step</source>
        <translation>Enter bewaart de titel, Esc annuleert, Tab bewaart en voegt de volgende stap toe</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="144"/>
        <source>Rename step to “{title}”</source>
        <translation>Stap hernoemen naar “{title}”</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="98"/>
        <source>Service Blueprint Designer</source>
        <translation>Service Blueprint Designer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="103"/>
        <source>Draw a customer journey, mark every step valuable or wasted, and check it against the organisation&apos;s own service concept.</source>
        <translation>Teken een klantreis, markeer elke stap als waardevol of verspilling, en toets de reis aan het eigen serviceconcept van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="106"/>
        <source>New blueprint</source>
        <translation>Nieuwe blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="107"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="125"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="130"/>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="134"/>
        <source>Examples — one click opens a copy</source>
        <translation>Voorbeelden — één klik opent een kopie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="169"/>
        <source>Back to “{title}”</source>
        <translation>Terug naar “{title}”</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="180"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="191"/>
        <source>No examples were found next to the program.</source>
        <translation>Er zijn geen voorbeelden gevonden naast het programma.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="231"/>
        <source>Compare as-is with to-be · {language}</source>
        <translation>Huidige met gewenste situatie vergelijken · {language}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="233"/>
        <source>The two journeys one above the other, with the savings</source>
        <translation>De twee klantreizen boven elkaar, met de besparingen</translation>
    </message>
</context>
<context>
    <name>_TickButton</name>
    <message>
        <location filename="../../blueprint/ui/docks/tables.py" line="236"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../blueprint/render/step_item.py" line="217"/>
        <source>wait {n} min</source>
        <translation>wacht {n} min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="549"/>
        <source>Value: {value}</source>
        <translation>Waarde: {value}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="552"/>
        <source>Channel: {channel}</source>
        <translation>Kanaal: {channel}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="555"/>
        <source>Fail point: {what}</source>
        <translation>Faalpunt: {what}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="556"/>
        <source>Fail point</source>
        <translation>Faalpunt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="557"/>
        <source>Drag the round handle on the right edge onto another step to connect them.</source>
        <translation>Sleep het ronde handvat aan de rechterrand naar een andere stap om ze te verbinden.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="28"/>
        <source>valuable</source>
        <translation>waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="29"/>
        <source>necessary</source>
        <translation>nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="30"/>
        <source>wasted</source>
        <translation>verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="31"/>
        <source>unmarked</source>
        <translation>ongemarkeerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="93"/>
        <source>Add step “{title}”</source>
        <translation>Stap “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="135"/>
        <source>Remove {n} lane(s)</source>
        <translation>{n} baan/banen verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="137"/>
        <source>Delete {n} step(s)</source>
        <translation>{n} stap(pen) verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="138"/>
        <source>Delete {n} flow(s)</source>
        <translation>{n} verbinding(en) verwijderen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="182"/>
        <source>Edit step “{title}”</source>
        <translation>Stap “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="195"/>
        <source>Edit flow</source>
        <translation>Verbinding bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="208"/>
        <source>Edit lane “{title}”</source>
        <translation>Baan “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="221"/>
        <source>Edit blueprint details</source>
        <translation>Gegevens van de blueprint bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="235"/>
        <source>Move {n} step(s)</source>
        <translation>{n} stap(pen) verplaatsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="254"/>
        <source>Mark {n} step(s) {value}</source>
        <translation>{n} stap(pen) markeren als {value}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="276"/>
        <source>Connect “{source}” to “{target}”</source>
        <translation>“{source}” met “{target}” verbinden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="294"/>
        <source>Add lane “{title}”</source>
        <translation>Baan “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="312"/>
        <source>Move lane “{title}”</source>
        <translation>Baan “{title}” verplaatsen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="330"/>
        <source>Edit service concept</source>
        <translation>Serviceconcept bewerken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="351"/>
        <source>Paste {n} step(s)</source>
        <translation>{n} stap(pen) plakken</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="394"/>
        <source>Auto-layout</source>
        <translation>Ordenen</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../blueprint/render/export.py" line="87"/>
        <source>&apos;{name}&apos; does not end in .png, .svg or .pdf; the suffix chooses the format.</source>
        <translation>&apos;{name}&apos; eindigt niet op .png, .svg of .pdf; de extensie bepaalt het formaat.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="182"/>
        <source>At scale {scale:g} the picture would be {width} × {height} pixels; choose a scale above 0 and at most {largest:.2f}, or export SVG or PDF.</source>
        <translation>Op schaal {scale:g} zou de afbeelding {width} × {height} pixels worden; kies een schaal boven 0 en hoogstens {largest:.2f}, of exporteer als SVG of PDF.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="211"/>
        <source>At scale {asked:g} the picture would be larger than a PNG can be; it is made at scale {scale:g} instead ({width} × {height} pixels). SVG and PDF have no such limit.</source>
        <translation>Op schaal {asked:g} zou de afbeelding groter worden dan een PNG kan zijn; hij wordt in plaats daarvan op schaal {scale:g} gemaakt ({width} × {height} pixels). SVG en PDF kennen die grens niet.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="224"/>
        <source>At scale {asked:g} the poster would take {sheets} sheets of A4; it is made at scale {scale:g} on {fitted} sheets instead (at most {most}).</source>
        <translation>Op schaal {asked:g} zou de poster {sheets} vellen A4 nodig hebben; hij wordt in plaats daarvan op schaal {scale:g} op {fitted} vellen gemaakt (hoogstens {most}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="239"/>
        <source>This journey is too large for a PNG: even with each step card only {pixels} pixels wide the picture would be {width} × {height} pixels, more than a PNG can hold. Export SVG (zoom in as far as you like) or PDF instead.</source>
        <translation>Deze klantreis is te groot voor een PNG: zelfs met elke stapkaart maar {pixels} pixels breed zou de afbeelding {width} × {height} pixels worden, meer dan een PNG kan bevatten. Exporteer in plaats daarvan SVG (zo ver inzoomen als je wilt) of PDF.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="248"/>
        <source>This journey is too large for a poster: even with each step card only {mm:g} mm wide it would take {sheets} sheets of A4 (at most {most} are made). Export one A3 page, or an SVG, instead.</source>
        <translation>Deze klantreis is te groot voor een poster: zelfs met elke stapkaart maar {mm:g} mm breed zou ze {sheets} vellen A4 nodig hebben (er worden er hoogstens {most} gemaakt). Exporteer in plaats daarvan één A3-pagina, of een SVG.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="303"/>
        <source>The picture could not be encoded as {format}.</source>
        <translation>De afbeelding kon niet als {format} worden gecodeerd.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="343"/>
        <source>Service blueprint “{title}”, exported by {creator}. Steps: {titles}</source>
        <translation>Service blueprint “{title}”, geëxporteerd door {creator}. Stappen: {titles}</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="402"/>
        <location filename="../../blueprint/render/export.py" line="422"/>
        <source>The SVG picture could not be started.</source>
        <translation>De SVG-afbeelding kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="459"/>
        <source>The poster would take {sheets} sheets of A4; at most {most} are made. Choose a smaller scale, or one A3 page.</source>
        <translation>De poster zou {sheets} A4-vellen vragen; er worden er hoogstens {most} gemaakt. Kies een kleinere schaal, of één A3-pagina.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="503"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="39"/>
        <source>{name} could not be read:</source>
        <translation>{name} kon niet worden gelezen:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="41"/>
        <source>Nothing was imported from {name}. Fix these rows in the spreadsheet and import it again:</source>
        <translation>Er is niets geïmporteerd uit {name}. Verbeter deze rijen in de spreadsheet en importeer opnieuw:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="45"/>
        <source>… and {count} more (see the details)</source>
        <translation>… en nog {count} (zie de details)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="54"/>
        <source>Import steps from a spreadsheet</source>
        <translation>Stappen importeren uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="55"/>
        <source>Spreadsheet as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheet als CSV (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="64"/>
        <source>Cannot import the steps</source>
        <translation>Kan de stappen niet importeren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="188"/>
        <source>Imported {count} steps as a new blueprint; save it to keep it</source>
        <translation>{count} stappen geïmporteerd als nieuwe blueprint; sla de blueprint op om die te bewaren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="290"/>
        <source>Preparing the print…</source>
        <translation>De afdruk voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="295"/>
        <source>Print the blueprint</source>
        <translation>De blueprint afdrukken</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/pages.py" line="93"/>
        <source>The page could not be painted on.</source>
        <translation>Er kon niet op de pagina getekend worden.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/pages.py" line="194"/>
        <source>{title} — sheet {name} (row {row} of {rows}, column {column} of {columns}). Trim the margin at the corner marks; lay the next sheet&apos;s edge on the dash-dot line.</source>
        <translation>{title} — vel {name} (rij {row} van {rows}, kolom {column} van {columns}). Knip de marge af bij de hoekmerken; leg de rand van het volgende vel op de streep-puntlijn.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="169"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="171"/>
        <source>Flows</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="175"/>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="176"/>
        <source>fail point</source>
        <translation>faalpunt</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="179"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="43"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="65"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="45"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="65"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="56"/>
        <source>“{text}” is not a number a blueprint can keep; type a number such as 800, or a word.</source>
        <translation>“{text}” is geen getal dat een blueprint kan bewaren; typ een getal zoals 800, of een woord.</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="192"/>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="192"/>
        <source>Who can help: an office, a person</source>
        <translation>Wie kan helpen: een kantoor, een persoon</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="193"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="194"/>
        <source>A number, an address, a link</source>
        <translation>Een nummer, een adres, een link</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="195"/>
        <source>We hand the case over (they contact the customer)</source>
        <translation>We dragen het dossier over (zij nemen contact op met de klant)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="196"/>
        <source>We make an appointment for the customer</source>
        <translation>We maken een afspraak voor de klant</translation>
    </message>
</context>
<context>
    <name>gestures</name>
    <message>
        <location filename="../../blueprint/ui/canvas/gestures.py" line="156"/>
        <source>Support “{title}”</source>
        <translation>“{title}” ondersteunen</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="32"/>
        <source>Double-click an empty place in a lane</source>
        <translation>Dubbelklik op een lege plek in een baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="33"/>
        <source>Add a step there</source>
        <translation>Daar een stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="34"/>
        <source>Drag from a step&apos;s right-hand handle</source>
        <translation>Sleep vanaf het handvat rechts op een stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="35"/>
        <source>Connect it to another step</source>
        <translation>Met een andere stap verbinden</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="36"/>
        <source>Drag a step</source>
        <translation>Sleep een stap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="37"/>
        <source>Move it (into another lane too)</source>
        <translation>Verplaatsen (ook naar een andere baan)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="38"/>
        <source>Drag on an empty place</source>
        <translation>Sleep op een lege plek</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="39"/>
        <source>Select several steps</source>
        <translation>Meerdere stappen kiezen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="40"/>
        <source>Click a lane&apos;s title</source>
        <translation>Klik op de titel van een baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="41"/>
        <source>Select the lane: the inspector shows it, F2 renames it, Delete removes it</source>
        <translation>De baan selecteren: Eigenschappen toont ze, F2 hernoemt ze, Delete verwijdert ze</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="42"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + muiswiel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="42"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="43"/>
        <source>Hold Space and drag, or drag with the middle button</source>
        <translation>Sleep met Spatie ingedrukt of met de middelste knop</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="44"/>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="45"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="45"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation>Slepen afbreken, of de keuze wissen</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="131"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="132"/>
        <source>The help page {path} is missing from this installation.</source>
        <translation>De helppagina {path} ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="144"/>
        <source>About Service Blueprint Designer</source>
        <translation>Over Service Blueprint Designer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="145"/>
        <source>&lt;p&gt;&lt;b&gt;Service Blueprint Designer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Draw a customer journey as a service blueprint, mark every step valuable or wasted, and check it against the organisation&apos;s own service concept: where the promise is broken, where the customer&apos;s time and public money are wasted, and what to do instead.&lt;/p&gt;&lt;p&gt;The two founding cases, the lost iPhone and the birth registration, ship as examples: open them from the welcome page.&lt;/p&gt;&lt;p&gt;Version {version} · MIT licence&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Service Blueprint Designer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Teken een klantreis als service blueprint, markeer elke stap als waardevol of verspilling, en toets de reis aan het eigen serviceconcept van de organisatie: waar de belofte gebroken wordt, waar de tijd van de klant en publiek geld verspild worden, en wat je in plaats daarvan kunt doen.&lt;/p&gt;&lt;p&gt;De twee gevallen waarmee het begon, de verloren iPhone en de geboorteaangifte, zitten erbij als voorbeelden: open ze vanaf de welkomstpagina.&lt;/p&gt;&lt;p&gt;Versie {version} · MIT-licentie&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../blueprint/render/labels.py" line="34"/>
        <source>Valuable</source>
        <translation>Waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="35"/>
        <source>Necessary</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="36"/>
        <source>Wasted</source>
        <translation>Verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="37"/>
        <source>Not marked yet</source>
        <translation>Nog niet gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="38"/>
        <source>Travel</source>
        <translation>Verplaatsing</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="39"/>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="40"/>
        <source>Repeat contact (failure demand)</source>
        <translation>Herhaald contact (faalvraag)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="41"/>
        <location filename="../../blueprint/render/labels.py" line="66"/>
        <source>Hand-off</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="42"/>
        <source>Over-processing (administration only)</source>
        <translation>Overbewerking (alleen administratie)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="43"/>
        <source>Abandoned effort</source>
        <translation>Afgebroken inspanning</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="44"/>
        <location filename="../../blueprint/render/labels.py" line="79"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="45"/>
        <source>Unclear information</source>
        <translation>Onduidelijke informatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="46"/>
        <source>Wrong door (sent elsewhere)</source>
        <translation>Verkeerde deur (elders heen gestuurd)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="47"/>
        <source>In person</source>
        <translation>Ter plaatse</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="48"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="49"/>
        <source>App or web</source>
        <translation>App of web</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="50"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="51"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="52"/>
        <source>Internal (no customer channel)</source>
        <translation>Intern (geen klantkanaal)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="53"/>
        <source>Other</source>
        <translation>Ander kanaal</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="54"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="55"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="56"/>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="57"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="58"/>
        <source>Abandoned</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="59"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="60"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="61"/>
        <source>Administration (only registers)</source>
        <translation>Administratie (alleen registreren)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="62"/>
        <source>Escalation (manager, complaint)</source>
        <translation>Escalatie (leidinggevende, klacht)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="63"/>
        <source>Intervention (we act on the case)</source>
        <translation>Interventie (we treden op)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="64"/>
        <source>Notification (we tell the customer)</source>
        <translation>Bericht (wij laten de klant iets weten)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="65"/>
        <source>Sequence</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="67"/>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="68"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="69"/>
        <source>Recovery (puts a fail point right)</source>
        <translation>Herstel (zet een faalpunt recht)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="70"/>
        <source>Physical evidence</source>
        <translation>Fysiek bewijs</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="71"/>
        <source>Customer actions</source>
        <translation>Klantacties</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="72"/>
        <source>Frontstage</source>
        <translation>Frontstage (zichtbaar)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="73"/>
        <source>Backstage</source>
        <translation>Backstage (onzichtbaar)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="74"/>
        <source>Support processes</source>
        <translation>Ondersteunende processen</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="75"/>
        <source>Custom</source>
        <translation>Eigen baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="76"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="77"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="78"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="83"/>
        <source>−2 very unhappy</source>
        <translation>−2 heel ontevreden</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="84"/>
        <source>−1 unhappy</source>
        <translation>−1 ontevreden</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="85"/>
        <source>0 neutral</source>
        <translation>0 neutraal</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="86"/>
        <source>+1 happy</source>
        <translation>+1 tevreden</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="87"/>
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
        <source>Cost to serve a case</source>
        <translation>Kosten per zaak</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="114"/>
        <source>Cases a year</source>
        <translation>Zaken per jaar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="115"/>
        <source>Cost to serve a year</source>
        <translation>Kosten per jaar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="116"/>
        <source>Customer hours a year</source>
        <translation>Klanturen per jaar</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="117"/>
        <source>Hand-offs</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="119"/>
        <source>Hand-offs between organisations</source>
        <translation>Overdrachten tussen organisaties</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="120"/>
        <source>Channel switches</source>
        <translation>Kanaalwissels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="121"/>
        <source>Fail points</source>
        <translation>Faalpunten</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="122"/>
        <source>Fail points per lane</source>
        <translation>Faalpunten per baan</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="123"/>
        <source>Emotion curve</source>
        <translation>Emotiecurve</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../blueprint/ui/window/progress_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/progress_dialog.py" line="57"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../../blueprint/render/style.py" line="153"/>
        <source>valuable</source>
        <translation>waardevol</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="154"/>
        <source>necessary</source>
        <translation>nodig</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="155"/>
        <source>wasted</source>
        <translation>verspilling</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="156"/>
        <source>unmarked</source>
        <translation>niet gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="196"/>
        <source>sequence</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="197"/>
        <source>hand-off</source>
        <translation>overdracht</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="198"/>
        <source>referral</source>
        <translation>doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="199"/>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="200"/>
        <source>recovery</source>
        <translation>herstel</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="254"/>
        <source>Line of interaction</source>
        <translation>Interactielijn</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="255"/>
        <source>Line of visibility</source>
        <translation>Zichtbaarheidslijn</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="256"/>
        <source>Line of internal interaction</source>
        <translation>Lijn van interne interactie</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="310"/>
        <source>in person</source>
        <translation>ter plaatse</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="311"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="312"/>
        <source>app / web</source>
        <translation>app / web</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="313"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="314"/>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="315"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="316"/>
        <source>other</source>
        <translation>ander</translation>
    </message>
</context>
</TS>
