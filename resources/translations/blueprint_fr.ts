<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BlueprintForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="79"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="80"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="107"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="81"/>
        <source>What this journey is about</source>
        <translation>Ce dont traite ce parcours client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="82"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="83"/>
        <source>A language code such as en, nl or fr</source>
        <translation>Un code de langue comme fr, nl ou en</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="87"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="87"/>
        <source>Who goes through the journey</source>
        <translation>Qui suit le parcours client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="88"/>
        <source>Customer&apos;s goal</source>
        <translation>But du client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="89"/>
        <source>What they want from it</source>
        <translation>Ce que le client veut obtenir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="91"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="91"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="92"/>
        <source>How often the journey happens; the comparison of an as-is with its to-be gives the savings per year from it</source>
        <translation>La fréquence du parcours&#xa0;; la comparaison de la situation actuelle avec la situation souhaitée en tire les économies par an</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="94"/>
        <source>per</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="94"/>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="95"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="97"/>
        <source>Other organisations</source>
        <translation>Autres organisations</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="97"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="106"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="98"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="99"/>
        <source>Add organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="100"/>
        <source>Organisations that share the journey; each step says whose it is, and each organisation may have its own concept</source>
        <translation>Les organisations qui partagent le parcours&#xa0;; chaque étape dit à qui elle appartient, et chaque organisation peut avoir son propre concept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="103"/>
        <source>Case facts</source>
        <translation>Faits du dossier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="103"/>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="103"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="104"/>
        <source>Add fact</source>
        <translation>Ajouter un fait</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="104"/>
        <source>Facts the concept&apos;s thresholds look at, e.g. item_value_eur = 800</source>
        <translation>Les faits auxquels les seuils du concept se réfèrent, p. ex. item_value_eur = 800</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="106"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="106"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="107"/>
        <source>Add need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="108"/>
        <source>What the customer came for; contacts are counted per need</source>
        <translation>Ce pour quoi le client est venu&#xa0;; les contacts sont comptés par besoin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="110"/>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="110"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="111"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="112"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="113"/>
        <source>Add, remove and reorder lanes in the Journey menu or the canvas&apos;s context menu</source>
        <translation>Ajoutez, supprimez et réordonnez les couloirs dans le menu Parcours ou dans le menu contextuel de la zone de dessin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="116"/>
        <source>Suppressed findings</source>
        <translation>Constats acceptés</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="116"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="117"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="118"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="118"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="119"/>
        <source>Rules switched off on one element, with the team&apos;s reason</source>
        <translation>Règles désactivées pour un élément, avec le motif de l’équipe</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="218"/>
        <source>The need “{need}” is still counted on step “{step}”; choose another need for that step first.</source>
        <translation>Le besoin «&#xa0;{need}&#xa0;» est encore compté à l’étape «&#xa0;{step}&#xa0;»&#xa0;; choisissez d’abord un autre besoin pour cette étape.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="224"/>
        <source>The organisation “{organisation}” is still named on step “{step}”; choose another organisation for that step first.</source>
        <translation>L’organisation «&#xa0;{organisation}&#xa0;» figure encore à l’étape «&#xa0;{step}&#xa0;»&#xa0;; choisissez d’abord une autre organisation pour cette étape.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="234"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="244"/>
        <source>A lane&apos;s height is a number of units, e.g. 180.</source>
        <translation>La hauteur d’un couloir est un nombre d’unités, p. ex. 180.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="283"/>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
</context>
<context>
    <name>BlueprintView</name>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="73"/>
        <source>Blueprint canvas</source>
        <translation>Zone de dessin du blueprint</translation>
    </message>
</context>
<context>
    <name>CanvasEditing</name>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="53"/>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n’a été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="64"/>
        <location filename="../../blueprint/ui/canvas/keyboard.py" line="64"/>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="138"/>
        <source>Make {n} flow(s) {kind}</source>
        <translation>Changer {n} liaison(s) en {kind}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="168"/>
        <source>Paste {n} step(s)</source>
        <translation>Coller {n} étape(s)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="174"/>
        <source>Duplicate {n} step(s)</source>
        <translation>Dupliquer {n} étape(s)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="196"/>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="196"/>
        <source>Title of the new lane:</source>
        <translation>Titre du nouveau couloir&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="210"/>
        <source>Rename lane</source>
        <translation>Renommer le couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="210"/>
        <source>New title of the lane:</source>
        <translation>Nouveau titre du couloir&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="217"/>
        <source>Rename lane to “{title}”</source>
        <translation>Renommer le couloir en «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="231"/>
        <location filename="../../blueprint/ui/canvas/editing.py" line="238"/>
        <source>Remove lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="232"/>
        <source>A blueprint keeps at least one lane, so “{title}” stays.</source>
        <translation>Un blueprint garde toujours au moins un couloir&#xa0;; «&#xa0;{title}&#xa0;» reste donc.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="239"/>
        <source>The lane “{title}” holds {n} step(s). Remove the lane together with its steps?</source>
        <translation>Le couloir «&#xa0;{title}&#xa0;» contient {n} étape(s). Supprimer le couloir avec ses étapes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="254"/>
        <source>Tidying the layout…</source>
        <translation>Rangement de la disposition…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/editing.py" line="256"/>
        <source>Moving {n} steps…</source>
        <translation>Déplacement de {n} étapes…</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="44"/>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="45"/>
        <source>Compare this blueprint with another one: as-is against to-be</source>
        <translation>Comparer ce blueprint avec un autre&#xa0;: situation actuelle et situation souhaitée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="57"/>
        <source>Compare with which blueprint?</source>
        <translation>Comparer avec quel blueprint&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="58"/>
        <source>Blueprints (*.blueprint.json);;All files (*)</source>
        <translation>Blueprints (*.blueprint.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/actions.py" line="86"/>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="191"/>
        <source>&apos;{name}&apos; does not end in .png, .svg or .pdf; the suffix chooses the format.</source>
        <translation>«&#xa0;{name}&#xa0;» ne se termine pas par .png, .svg ou .pdf&#xa0;; l’extension détermine le format.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="197"/>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="204"/>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="205"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="211"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="213"/>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/picture.py" line="238"/>
        <source>Print the comparison</source>
        <translation>Imprimer la comparaison</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="111"/>
        <source>Compare: {before} → {after}</source>
        <translation>Comparaison&#xa0;: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="115"/>
        <source>As-is blueprint</source>
        <translation>Blueprint de la situation actuelle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="116"/>
        <source>To-be blueprint</source>
        <translation>Blueprint de la situation souhaitée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="125"/>
        <source>As-is: {title}</source>
        <translation>Situation actuelle&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="126"/>
        <source>To-be: {title}</source>
        <translation>Situation souhaitée&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="180"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="182"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="183"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="184"/>
        <source>&amp;Fit Both</source>
        <translation>&amp;Ajuster les deux</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="184"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="185"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="185"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="186"/>
        <source>Save the comparison as a PNG, SVG or PDF picture</source>
        <translation>Enregistrer la comparaison comme image PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="187"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="188"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="272"/>
        <source>Kept in the redesign</source>
        <translation>Conservé dans la nouvelle conception</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="273"/>
        <source>Changed in the redesign</source>
        <translation>Modifié dans la nouvelle conception</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="274"/>
        <source>Removed by the redesign</source>
        <translation>Supprimé par la nouvelle conception</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/compare/window.py" line="275"/>
        <source>Added by the redesign</source>
        <translation>Ajouté par la nouvelle conception</translation>
    </message>
</context>
<context>
    <name>ConceptDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="351"/>
        <source>Service concept</source>
        <translation>Concept de service</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="357"/>
        <source>Load concept…</source>
        <translation>Charger un concept…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="358"/>
        <source>Save concept as…</source>
        <translation>Enregistrer le concept sous…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="359"/>
        <source>Apply a concept saved on its own to this blueprint</source>
        <translation>Appliquer à ce blueprint un concept enregistré à part</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="360"/>
        <source>Keep this concept in its own file, to apply it to other blueprints</source>
        <translation>Conserver ce concept dans son propre fichier, pour l’appliquer à d’autres blueprints</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="409"/>
        <source>Load a service concept</source>
        <translation>Charger un concept de service</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="410"/>
        <source>Service concepts (*.concept.json);;All files (*)</source>
        <translation>Concepts de service (*.concept.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="416"/>
        <source>Cannot load the concept</source>
        <translation>Impossible de charger le concept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="418"/>
        <source>Load concept</source>
        <translation>Charger le concept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="425"/>
        <source>Save the service concept as</source>
        <translation>Enregistrer le concept de service sous</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="426"/>
        <source>Service concepts (*.concept.json)</source>
        <translation>Concepts de service (*.concept.json)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="434"/>
        <source>Cannot save the concept</source>
        <translation>Impossible d’enregistrer le concept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="435"/>
        <source>{path} could not be saved: {reason}.</source>
        <translation>{path} n’a pas pu être enregistré&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>ConceptForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="73"/>
        <source>Each organisation in the journey may have its own concept</source>
        <translation>Chaque organisation du parcours peut avoir son propre concept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="74"/>
        <source>Concept of</source>
        <translation>Concept de</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="76"/>
        <source>e.g. Lost property: one complete effort</source>
        <translation>p. ex. Objets perdus&#xa0;: un effort complet</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="77"/>
        <source>The essential questions</source>
        <translation>Les questions essentielles</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="79"/>
        <source>What may the customer expect?</source>
        <translation>À quoi le client peut-il s’attendre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="80"/>
        <source>When do we intervene, and when not?</source>
        <translation>Quand intervenons-nous, et quand pas&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="81"/>
        <source>What does an intervention include?</source>
        <translation>Que comprend une intervention&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="82"/>
        <source>What result do we promise?</source>
        <translation>Quel résultat promettons-nous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="83"/>
        <source>What must the customer do?</source>
        <translation>Que doit faire le client&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="84"/>
        <source>What do we deliberately leave aside?</source>
        <translation>Que laissons-nous délibérément de côté&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="85"/>
        <source>Which experience do we aim for?</source>
        <translation>Quelle expérience visons-nous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="88"/>
        <source>Answer in a sentence or two</source>
        <translation>Répondez en une phrase ou deux</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="89"/>
        <source>We intervene when</source>
        <translation>Nous intervenons quand</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="91"/>
        <source>Case fact</source>
        <translation>Fait du dossier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="92"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="93"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="93"/>
        <source>Add threshold</source>
        <translation>Ajouter un seuil</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="94"/>
        <source>Conditions over the blueprint&apos;s case facts, e.g. item_value_eur &gt;= 250</source>
        <translation>Conditions sur les faits du dossier, p. ex. item_value_eur &gt;= 250</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="97"/>
        <source>Intervene when</source>
        <translation>Intervenir quand</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="98"/>
        <source>all of the conditions hold</source>
        <translation>toutes les conditions sont remplies</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="98"/>
        <source>any of the conditions holds</source>
        <translation>l’une des conditions est remplie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="99"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="100"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="100"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="101"/>
        <source>working days</source>
        <translation>jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="101"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="102"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="104"/>
        <source>In our own words</source>
        <translation>Dans nos propres mots</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="105"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="106"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="107"/>
        <source>Within</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="107"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="108"/>
        <source>Tell once</source>
        <translation>Dire une seule fois</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="108"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="108"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="109"/>
        <source>Most customer actions</source>
        <translation>Actions du client (maximum)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="110"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="111"/>
        <source>Add commitment</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="112"/>
        <source>Promises the check can test: a result; a deadline from the first contact; a notification; what the customer must do (tell once, at most so many actions); the channels the customer deals with us on</source>
        <translation>Les promesses que le contrôle peut vérifier&#xa0;: un résultat&#xa0;; un délai à partir du premier contact&#xa0;; une notification&#xa0;; ce que le client doit faire (dire une seule fois, au plus tant d’actions)&#xa0;; les canaux par lesquels le client traite avec nous</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="117"/>
        <source>Working day</source>
        <translation>Journée de travail</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="118"/>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="119"/>
        <source>The working calendar that deadlines in working days are counted on</source>
        <translation>Le calendrier de travail sur lequel les délais en jours ouvrables sont comptés</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="120"/>
        <source>Working week</source>
        <translation>Semaine de travail</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="121"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="122"/>
        <source>Channel rules</source>
        <translation>Règles de canal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="124"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="125"/>
        <source>Steps of kind</source>
        <translation>Étapes du type</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="126"/>
        <source>never use</source>
        <translation>n’utilisent jamais</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="127"/>
        <source>Add channel rule</source>
        <translation>Ajouter une règle de canal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="127"/>
        <source>e.g. a registration never requires a trip: administration never uses in person</source>
        <translation>p. ex. un enregistrement n’exige jamais de déplacement&#xa0;: le type Administration n’utilise jamais Sur place</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="131"/>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="132"/>
        <source>Most contacts per need</source>
        <translation>Contacts par besoin (maximum)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="133"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="136"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="142"/>
        <source>No standard</source>
        <translation>Pas de norme</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="135"/>
        <source>Longest wait</source>
        <translation>Attente maximale</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="136"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="138"/>
        <source>Every refusal names the alternative</source>
        <translation>Tout refus indique l’alternative</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="140"/>
        <source>An intervention once started is finished</source>
        <translation>Une intervention commencée est menée à terme</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="141"/>
        <source>Most hand-offs per need</source>
        <translation>Transferts par besoin (maximum)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="144"/>
        <source>Every fail point has a recovery step</source>
        <translation>Chaque point de défaillance a une étape de rattrapage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="145"/>
        <source>Staff hourly rate</source>
        <translation>Taux horaire du personnel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="146"/>
        <source> €/hour</source>
        <translation> €/heure</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="146"/>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="151"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="147"/>
        <source>Used for the staff cost of waste and the cost to serve</source>
        <translation>Sert au coût en personnel du gaspillage et au coût par dossier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="148"/>
        <source>Cost per contact, beyond the staff time</source>
        <translation>Coût par contact, en plus du temps du personnel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="151"/>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="152"/>
        <source>What one contact on this channel costs besides the staff&apos;s time (the desk, the call, the stamp); used for the cost to serve</source>
        <translation>Ce que coûte un contact par ce canal en plus du temps du personnel (le guichet, l’appel, le timbre)&#xa0;; sert au coût par dossier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="154"/>
        <source>How strict the check is</source>
        <translation>La sévérité du contrôle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="155"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="155"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="156"/>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="206"/>
        <source>Edit the concept of {organisation}</source>
        <translation>Modifier le concept de {organisation}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="213"/>
        <source>Every need</source>
        <translation>Chaque besoin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="245"/>
        <source>This blueprint&apos;s organisation</source>
        <translation>L’organisation de ce blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="298"/>
        <source>A registration never requires a trip</source>
        <translation>Un enregistrement n’exige jamais de déplacement</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="311"/>
        <source>“Within” is a number of the unit beside it, and “Most customer actions” a whole number.</source>
        <translation>«&#xa0;Délai&#xa0;» est un nombre dans l’unité à côté, et «&#xa0;Actions du client (maximum)&#xa0;» un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/concept_editor.py" line="330"/>
        <source>We decide within five working days</source>
        <translation>Nous décidons dans les cinq jours ouvrables</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="82"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="89"/>
        <source>The program ran into an error it did not expect ({error}).</source>
        <translation>Le programme a rencontré une erreur inattendue ({error}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="92"/>
        <source>Your unsaved work was kept: if the program has to close, it is offered back at the next start.</source>
        <translation>Votre travail non enregistré a été conservé&#xa0;: si le programme doit se fermer, il vous sera proposé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="95"/>
        <source>The details are in the log file:
{path}</source>
        <translation>Les détails se trouvent dans le fichier journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/base/crash.py" line="96"/>
        <source>You can go on working; saving now is a good idea.</source>
        <translation>Vous pouvez continuer à travailler&#xa0;; il est conseillé d’enregistrer maintenant.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="27"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="28"/>
        <source>Add a step in the current lane (or double-click in a lane)</source>
        <translation>Ajouter une étape dans le couloir actuel (ou double-cliquez dans un couloir)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="29"/>
        <source>Add next step</source>
        <translation>Ajouter l’étape suivante</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="31"/>
        <source>Add a step after the selected one, connected to it</source>
        <translation>Ajouter une étape après l’étape sélectionnée, reliée à celle-ci</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="33"/>
        <source>Add next step in the lane above</source>
        <translation>Étape suivante dans le couloir au-dessus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="35"/>
        <source>Add next step in the lane below</source>
        <translation>Étape suivante dans le couloir en dessous</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="37"/>
        <source>Move to the lane above</source>
        <translation>Vers le couloir au-dessus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="39"/>
        <source>Move to the lane below</source>
        <translation>Vers le couloir en dessous</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="41"/>
        <source>Connect in order</source>
        <translation>Relier dans l’ordre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="43"/>
        <source>Connect the selected steps one after another, left to right</source>
        <translation>Relier les étapes sélectionnées l’une après l’autre, de gauche à droite</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="45"/>
        <source>Customer minutes…</source>
        <translation>Minutes du client…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="47"/>
        <source>Staff minutes…</source>
        <translation>Minutes du personnel…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="49"/>
        <source>Waiting minutes…</source>
        <translation>Minutes d’attente…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="52"/>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="53"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="55"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="56"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="57"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="58"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="59"/>
        <source>Mark valuable</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="60"/>
        <source>Mark necessary</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="61"/>
        <source>Mark wasted</source>
        <translation>Gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="62"/>
        <source>Mark unmarked</source>
        <translation>Effacer le marquage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="63"/>
        <source>Add lane…</source>
        <translation>Ajouter un couloir…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="64"/>
        <source>Rename lane…</source>
        <translation>Renommer le couloir…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="65"/>
        <source>Move lane up</source>
        <translation>Monter le couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="66"/>
        <source>Move lane down</source>
        <translation>Descendre le couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="67"/>
        <source>Remove lane…</source>
        <translation>Supprimer le couloir…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="68"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="70"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="72"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="73"/>
        <source>Fit to window</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="74"/>
        <source>Tidy layout</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="75"/>
        <source>Put the steps in columns by flow order, lanes kept</source>
        <translation>Placer les étapes en colonnes selon l’ordre des liaisons&#xa0;; les couloirs sont conservés</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="100"/>
        <source>Mark the selected steps {value} ({key})</source>
        <translation>Marquer les étapes sélectionnées&#xa0;: {value} ({key})</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/actions.py" line="119"/>
        <source>Flow kind</source>
        <translation>Type de liaison</translation>
    </message>
</context>
<context>
    <name>ExampleCard</name>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="66"/>
        <source>As-is: today&apos;s journey</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="66"/>
        <source>To-be: the redesign</source>
        <translation>Situation souhaitée</translation>
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
        <translation>Ouvrir une copie de {name}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="66"/>
        <source>Export the blueprint</source>
        <translation>Exporter le blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="77"/>
        <source>PNG picture (slides, e-mail)</source>
        <translation>Image PNG (diapositives, e-mail)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="78"/>
        <source>SVG drawing (text stays searchable)</source>
        <translation>Dessin SVG (le texte reste consultable par recherche)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="79"/>
        <source>PDF (print, the workshop wall)</source>
        <translation>PDF (impression, le mur de l’atelier)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="90"/>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="92"/>
        <source>One A4 page, landscape</source>
        <translation>Une page A4, paysage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="93"/>
        <source>One A3 page, landscape</source>
        <translation>Une page A3, paysage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="94"/>
        <source>Poster: A4 sheets to tape together</source>
        <translation>Affiche&#xa0;: feuilles A4 à assembler</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="96"/>
        <source>Show the check&apos;s findings as badges</source>
        <translation>Afficher les constats du contrôle sur les étapes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="103"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="108"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="111"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="113"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="114"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="193"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="195"/>
        <source>A drawing that scales to any size; titles stay searchable text.</source>
        <translation>Un dessin net à toute taille&#xa0;; les titres restent du texte consultable par recherche.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="201"/>
        <source>{count} A4 sheets ({rows} rows of {columns}), {width:.1f} × {height:.1f} m on the wall</source>
        <translation>{count} feuilles A4 ({rows} rangées de {columns}), {width:.1f} × {height:.1f} m au mur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="206"/>
        <source>One page, {paper} landscape</source>
        <translation>Une page, {paper} paysage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="225"/>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="234"/>
        <source>Export the blueprint as</source>
        <translation>Exporter le blueprint sous</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="235"/>
        <source>{format} files (*.{suffix})</source>
        <translation>Fichiers {format} (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="246"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="87"/>
        <source>&amp;Export…</source>
        <translation>Ex&amp;porter…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="87"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="88"/>
        <source>Save the blueprint as a PNG, SVG or PDF picture</source>
        <translation>Enregistrer le blueprint comme image PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="90"/>
        <source>Print the blueprint on one page, with a preview first</source>
        <translation>Imprimer le blueprint sur une page, avec d’abord un aperçu</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="91"/>
        <source>Wr&amp;ite Report…</source>
        <translation>Rédi&amp;ger le rapport…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="92"/>
        <source>Write the check, the metrics, the concept and the picture as one HTML page to share</source>
        <translation>Écrire le contrôle, les indicateurs, le concept et l’image en une seule page HTML à partager</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="94"/>
        <source>Import CS&amp;V…</source>
        <translation>Importer un fichier &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="95"/>
        <source>Turn steps typed into a spreadsheet into a new blueprint</source>
        <translation>Transformer les étapes saisies dans un tableur en un nouveau blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="136"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="144"/>
        <source>Printed to {where}</source>
        <translation>Imprimé vers {where}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="152"/>
        <source>Write the report as</source>
        <translation>Écrire le rapport sous</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="153"/>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="162"/>
        <source>Writing the report {name}…</source>
        <translation>Écriture du rapport {name}…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="167"/>
        <source>Cannot write the report</source>
        <translation>Impossible d’écrire le rapport</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="168"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="172"/>
        <source>Report written: {path}</source>
        <translation>Rapport écrit&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="130"/>
        <source>{title} (copy of an example)</source>
        <translation>{title} (copie d’un exemple)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="131"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="144"/>
        <source>New blueprint with the five standard lanes</source>
        <translation>Nouveau blueprint avec les cinq couloirs standard</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="166"/>
        <location filename="../../blueprint/ui/files/controller.py" line="365"/>
        <source>Opening was cancelled; nothing changed</source>
        <translation>L’ouverture a été annulée&#xa0;; rien n’a changé</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="171"/>
        <source>Opened a copy of the example; Save asks where to keep it</source>
        <translation>Une copie de l’exemple est ouverte&#xa0;; Enregistrer demande où la conserver</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="174"/>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="209"/>
        <source>Reloaded {name} from disk</source>
        <translation>{name} rechargé depuis le disque</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="241"/>
        <source>Restored the unsaved work; save it to keep it</source>
        <translation>Le travail non enregistré a été restauré&#xa0;; enregistrez-le pour le conserver</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="256"/>
        <source>Cannot restore the work</source>
        <translation>Impossible de restaurer le travail</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="257"/>
        <source>Work left behind by an earlier session cannot be opened by this version of the program. It was not deleted; it is kept at:
{path}

{reason}</source>
        <translation>Le travail laissé par une session précédente ne peut pas être ouvert par cette version du programme. Il n’a pas été supprimé&#xa0;; il est conservé ici&#xa0;:
{path}

{reason}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="261"/>
        <source>earlier</source>
        <translation>plus tôt</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="264"/>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="265"/>
        <source>The program stopped unexpectedly while “{title}” had unsaved changes (last kept {time}). Restore that work?</source>
        <translation>Le programme s’est arrêté de manière inattendue alors que «&#xa0;{title}&#xa0;» avait des modifications non enregistrées (dernière sauvegarde {time}). Restaurer ce travail&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="289"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="290"/>
        <source>“{name}” has changes that are not saved yet. Save them first?</source>
        <translation>«&#xa0;{name}&#xa0;» contient des modifications qui ne sont pas encore enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="349"/>
        <source>Drawing {n} steps…</source>
        <translation>Dessin de {n} étapes…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="362"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="368"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="379"/>
        <source>Cannot save the file</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="380"/>
        <source>{path} could not be saved: {reason}. Your work is still open; try another folder.</source>
        <translation>{path} n’a pas pu être enregistré&#xa0;: {reason}. Votre travail est toujours ouvert&#xa0;; essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="387"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="413"/>
        <source>{name} was removed or renamed on disk; Save writes it again</source>
        <translation>{name} a été supprimé ou renommé sur le disque&#xa0;; Enregistrer le réécrit</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="421"/>
        <source>{name} was changed on disk by another program; saving will ask what to do</source>
        <translation>{name} a été modifié sur le disque par un autre programme&#xa0;; à l’enregistrement, il vous sera demandé quoi faire</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="425"/>
        <location filename="../../blueprint/ui/files/controller.py" line="440"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="426"/>
        <source>“{name}” was changed by another program. Reload it? You have no unsaved changes here.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié par un autre programme. Le recharger&#xa0;? Vous n’avez ici aucune modification non enregistrée.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="441"/>
        <source>“{name}” was changed by another program (or another window) since you opened or last saved it. Saving now would replace those changes.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié par un autre programme (ou une autre fenêtre) depuis que vous l’avez ouvert ou enregistré. L’enregistrer maintenant remplacerait ces modifications.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="446"/>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="447"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="448"/>
        <source>Reload and Discard Mine</source>
        <translation>Recharger et abandonner mes modifications</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="470"/>
        <source>Open a blueprint</source>
        <translation>Ouvrir un blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="471"/>
        <source>Service blueprints (*.blueprint.json);;All files (*)</source>
        <translation>Service blueprints (*.blueprint.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="478"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/files/controller.py" line="481"/>
        <source>Save the blueprint as</source>
        <translation>Enregistrer le blueprint sous</translation>
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
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="68"/>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="80"/>
        <source>Accept here…</source>
        <translation>Accepter ici…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="81"/>
        <source>Switch this rule off on this element, with the team&apos;s reason</source>
        <translation>Désactiver cette règle pour cet élément, avec le motif de l’équipe</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="83"/>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="84"/>
        <source>The rule&apos;s page: what it finds, why it matters, and what to do instead</source>
        <translation>La page de la règle&#xa0;: ce qu’elle relève, pourquoi c’est important, et que faire à la place</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="129"/>
        <source>{rule}
What to do instead: {hint}</source>
        <translation>{rule}
Que faire à la place&#xa0;: {hint}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="147"/>
        <source>No findings: the journey keeps the concept&apos;s promise.</source>
        <translation>Aucun constat&#xa0;: le parcours tient la promesse du concept.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="161"/>
        <source>Click a finding to see it on the canvas and what to do instead.</source>
        <translation>Cliquez sur un constat pour le voir sur la zone de dessin, avec ce qu’il faut faire à la place.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/findings.py" line="165"/>
        <source>{message}

What to do instead: {hint}

Rule: {rule}</source>
        <translation>{message}

Que faire à la place&#xa0;: {hint}

Règle&#xa0;: {rule}</translation>
    </message>
</context>
<context>
    <name>FlowForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="317"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="318"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="319"/>
        <source>A referral sends the customer on to someone who can help</source>
        <translation>Une réorientation envoie le client vers quelqu’un qui peut l’aider</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="320"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="320"/>
        <source>Optional words on the arrow</source>
        <translation>Mots facultatifs sur la flèche</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="321"/>
        <source>Time until the next step</source>
        <translation>Délai jusqu’à l’étape suivante</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="322"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="323"/>
        <source>Time that passes between the two steps, e.g. two weeks</source>
        <translation>Le temps qui passe entre les deux étapes, p. ex. deux semaines</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="324"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="325"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="325"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="326"/>
        <source>working days</source>
        <translation>jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="326"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="327"/>
        <source>weeks</source>
        <translation>semaines</translation>
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
        <translation>{amount} heure</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="44"/>
        <source>{amount} hours</source>
        <translation>{amount} heures</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="45"/>
        <source>{amount} working day</source>
        <translation>{amount} jour ouvrable</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="46"/>
        <source>{amount} working days</source>
        <translation>{amount} jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="47"/>
        <source>{amount} day</source>
        <translation>{amount} jour</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="47"/>
        <source>{amount} days</source>
        <translation>{amount} jours</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="48"/>
        <source>{amount} week</source>
        <translation>{amount} semaine</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/flow_item.py" line="48"/>
        <source>{amount} weeks</source>
        <translation>{amount} semaines</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="106"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/history.py" line="16"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/history.py" line="19"/>
        <source>As opened</source>
        <translation>Tel qu’ouvert</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="28"/>
        <source>Inspector</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="46"/>
        <source>Several elements are selected. Mark them all at once with V (valuable), N (necessary), W (wasted) or U (not marked), or press Delete to remove them.</source>
        <translation>Plusieurs éléments sont sélectionnés. Marquez-les tous à la fois avec V (valeur ajoutée, «&#xa0;valuable&#xa0;»), N (nécessaire), W (gaspillage, «&#xa0;wasted&#xa0;») ou U (non marqué, «&#xa0;unmarked&#xa0;»), ou appuyez sur Suppr pour les supprimer.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="131"/>
        <source>{n} elements selected</source>
        <translation>{n} éléments sélectionnés</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="133"/>
        <source>Blueprint: {title}</source>
        <translation>Blueprint&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="137"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="137"/>
        <source>Flow</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="138"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/inspector.py" line="140"/>
        <source>{kind}: {title}</source>
        <translation>{kind}&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>KeyMetricsBar</name>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="165"/>
        <source>Set the staff hourly rate in the service concept to see the cost</source>
        <translation>Indiquez le taux horaire du personnel dans le concept de service pour voir le coût</translation>
    </message>
</context>
<context>
    <name>KeyboardCapture</name>
    <message>
        <location filename="../../blueprint/ui/canvas/keyboard.py" line="97"/>
        <source>Connect {n} step(s) in order</source>
        <translation>Relier {n} étape(s) dans l’ordre</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="366"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="367"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="368"/>
        <source>The kind decides the lines of interaction, visibility and internal interaction</source>
        <translation>Le type détermine la ligne d’interaction, la ligne de visibilité et la ligne d’interaction interne</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="369"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="369"/>
        <source> units</source>
        <translation> unités</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="130"/>
        <source>Live Session Shared</source>
        <translation>Session en direct partagée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="132"/>
        <source>Others join with File › Join Live Session… and this link:</source>
        <translation>D’autres personnes se joignent via Fichier › Rejoindre une session en direct… avec ce lien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="136"/>
        <source>or by typing: {code}</source>
        <translation>ou en tapant&#xa0;: {code}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="138"/>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="140"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <location filename="../../blueprint/ui/window/live_check.py" line="111"/>
        <source>The check could not run: {error}</source>
        <translation>Le contrôle n’a pas pu s’exécuter&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="48"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="49"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="50"/>
        <source>reconnecting… (keep working)</source>
        <translation>reconnexion… (continuez à travailler)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="51"/>
        <source>refused: no such session</source>
        <translation>refusé&#xa0;: cette session n’existe pas</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="52"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="186"/>
        <location filename="../../blueprint/ui/window/live.py" line="351"/>
        <source>Share &amp;Live Session…</source>
        <translation>Partager une session en &amp;direct…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="187"/>
        <source>Let others on this network edit this blueprint with you</source>
        <translation>Permettre à d’autres personnes sur ce réseau de modifier ce blueprint avec vous</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="189"/>
        <source>&amp;Join Live Session…</source>
        <translation>Re&amp;joindre une session en direct…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="190"/>
        <source>Edit a blueprint someone shares, with a link or code</source>
        <translation>Modifier un blueprint que quelqu’un partage, avec un lien ou un code</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="192"/>
        <source>Leave Live Session</source>
        <translation>Quitter la session en direct</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="194"/>
        <source>Undo &amp;My Last Edit</source>
        <translation>Ann&amp;uler ma dernière modification</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="196"/>
        <source>Redo My &amp;Edit</source>
        <translation>Rétablir ma m&amp;odification</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="247"/>
        <source>Open or create a blueprint first, then share it.</source>
        <translation>Ouvrez ou créez d’abord un blueprint, puis partagez-le.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="257"/>
        <source>Could not start the live session: {reason}</source>
        <translation>La session en direct n’a pas pu démarrer&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="265"/>
        <location filename="../../blueprint/ui/window/live.py" line="283"/>
        <source>That is not a session link; one looks like ws://192.168.1.10:8765/K7QM-X3PD-RTW9</source>
        <translation>Ce n’est pas un lien de session&#xa0;; un tel lien ressemble à ws://192.168.1.10:8765/K7QM-X3PD-RTW9</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="302"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="320"/>
        <source>Show Live Session &amp;Link…</source>
        <translation>Afficher le &amp;lien de la session…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="334"/>
        <source>That session already holds a blueprint: join it with File › Join Live Session…, or share yours into a new session.</source>
        <translation>Cette session contient déjà un blueprint&#xa0;: rejoignez-la via Fichier › Rejoindre une session en direct…, ou partagez le vôtre dans une nouvelle session.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="359"/>
        <source>Left the live session; the blueprint stays open here.</source>
        <translation>Session en direct quittée&#xa0;; le blueprint reste ouvert ici.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="444"/>
        <source>The relay does not know this session: check the link.</source>
        <translation>Le relais ne connaît pas cette session&#xa0;: vérifiez le lien.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="482"/>
        <source>Joined the live session.</source>
        <translation>Vous avez rejoint la session en direct.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="503"/>
        <source>{who} undid an edit</source>
        <translation>{who} a annulé une modification</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="505"/>
        <source>{who} redid an edit</source>
        <translation>{who} a rétabli une modification</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="506"/>
        <source>{who}: {what}</source>
        <translation>{who}&#xa0;: {what}</translation>
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
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="154"/>
        <source>Unsaved work could not be kept for recovery ({reason}); trying again at the next autosave. Save the file to be safe.</source>
        <translation>Le travail non enregistré n’a pas pu être conservé pour la récupération ({reason})&#xa0;; nouvel essai à la prochaine sauvegarde automatique. Par prudence, enregistrez le fichier.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="240"/>
        <source>{name}[*] — {program}</source>
        <translation>{name}[*] — {program}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/mainwindow.py" line="281"/>
        <source>Accept a finding</source>
        <translation>Accepter un constat</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="58"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="59"/>
        <source>A new blueprint with the five standard lanes</source>
        <translation>Un nouveau blueprint avec les cinq couloirs standard</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="61"/>
        <source>Open a blueprint file</source>
        <translation>Ouvrir un fichier blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="62"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="63"/>
        <source>Save the blueprint</source>
        <translation>Enregistrer le blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="64"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="66"/>
        <source>Save the blueprint under a new name</source>
        <translation>Enregistrer le blueprint sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="67"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="68"/>
        <source>Close the blueprint and go back to the welcome page</source>
        <translation>Fermer le blueprint et revenir à la page d’accueil</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="70"/>
        <source>&amp;Welcome Page and Examples</source>
        <translation>Page d’accueil et e&amp;xemples</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="72"/>
        <source>The example gallery and recent files</source>
        <translation>Les exemples et les fichiers récents</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="77"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="79"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="81"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="83"/>
        <source>Fill the projector screen</source>
        <translation>Remplir tout l’écran du projecteur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="85"/>
        <source>&amp;Presentation Mode</source>
        <translation>Mode pré&amp;sentation</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="87"/>
        <source>The whole journey, readable from the back of the room; F shows the findings, Esc leaves</source>
        <translation>Le parcours entier, lisible du fond de la salle&#xa0;; F montre les constats, Échap quitte</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="89"/>
        <source>Show Findings on the &amp;Canvas</source>
        <translation>Afficher les constats sur la &amp;zone de dessin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="93"/>
        <source>&amp;Check Now</source>
        <translation>Contrôler &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="95"/>
        <source>Check the journey against the concept now</source>
        <translation>Contrôler maintenant le parcours par rapport au concept</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="96"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="98"/>
        <source>&amp;Metric Definitions</source>
        <translation>&amp;Définitions des indicateurs</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="100"/>
        <source>How every metric is measured</source>
        <translation>Comment chaque indicateur est mesuré</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="101"/>
        <source>&amp;Rules</source>
        <translation>Rè&amp;gles</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="103"/>
        <source>Every rule of the check: what it finds, why, and what to do instead</source>
        <translation>Chaque règle du contrôle&#xa0;: ce qu’elle relève, pourquoi, et que faire à la place</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="105"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="118"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="139"/>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="142"/>
        <source>&amp;Keyboard Capture</source>
        <translation>&amp;Saisie au clavier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="144"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Couloirs</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="148"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="155"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="158"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="187"/>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/menus.py" line="189"/>
        <source>(no recent files)</source>
        <translation>(aucun fichier récent)</translation>
    </message>
</context>
<context>
    <name>MetricsDock</name>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="192"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="196"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="196"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="169"/>
        <source>Customer minutes</source>
        <translation>Minutes du client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="170"/>
        <source>Staff minutes</source>
        <translation>Minutes du personnel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="171"/>
        <source>Waiting minutes</source>
        <translation>Minutes d’attente</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="182"/>
        <source>{what}: type a number, Enter keeps it, Esc cancels</source>
        <translation>{what}&#xa0;: tapez un nombre, Entrée le conserve, Échap annule</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="210"/>
        <source>Set {what} of “{title}” to {n}</source>
        <translation>{what} de «&#xa0;{title}&#xa0;» mis à {n}</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="89"/>
        <source>Live session: {state}</source>
        <translation>Session en direct&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="95"/>
        <source>{count} here</source>
        <translation>{count} présent(s)</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../blueprint/ui/window/presentation.py" line="179"/>
        <source>Presentation of the journey</source>
        <translation>Présentation du parcours</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../blueprint/ui/docks/tables.py" line="71"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RuleSeverityTable</name>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="26"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="26"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="62"/>
        <source>{rule}

{rationale}

Instead: {hint}</source>
        <translation>{rule}

{rationale}

À la place&#xa0;: {hint}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/rule_severities.py" line="66"/>
        <source>Preset ({severity})</source>
        <translation>Par défaut ({severity})</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="103"/>
        <source>Join Live Session</source>
        <translation>Rejoindre une session en direct</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="103"/>
        <source>Share Live Session</source>
        <translation>Partager une session en direct</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="107"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="110"/>
        <source>Others on this network may join (listen on every network)</source>
        <translation>D’autres personnes sur ce réseau peuvent se joindre (écoute sur tous les réseaux)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="113"/>
        <source>Session link or code:</source>
        <translation>Lien ou code de session&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/live.py" line="116"/>
        <source>Or use a running relay (link):</source>
        <translation>Ou utilisez un relais en service (lien)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="75"/>
        <source>Canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="78"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="78"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="78"/>
        <source>Keys or mouse</source>
        <translation>Touches ou souris</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="224"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="224"/>
        <source>What happens, in a few words</source>
        <translation>Ce qui se passe, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="225"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="226"/>
        <source>Valuable (V), necessary (N), wasted (W) or not marked yet (U)</source>
        <translation>Valeur ajoutée (V, «&#xa0;valuable&#xa0;»), nécessaire (N), gaspillage (W, «&#xa0;wasted&#xa0;») ou pas encore marqué (U, «&#xa0;unmarked&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="227"/>
        <source>Waste kinds</source>
        <translation>Types de gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="228"/>
        <source>Why this step is waste; tick all that apply</source>
        <translation>Pourquoi cette étape est du gaspillage&#xa0;; cochez tout ce qui s’applique</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="229"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="230"/>
        <source>Customer time</source>
        <translation>Temps du client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="231"/>
        <source>Staff time</source>
        <translation>Temps du personnel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="232"/>
        <source>Waiting time</source>
        <translation>Temps d’attente</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="233"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="234"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="235"/>
        <source>What happens, in more words</source>
        <translation>Ce qui se passe, plus en détail</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="236"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="237"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="238"/>
        <source>Contacts, administration and escalations count as customer contacts</source>
        <translation>Les contacts, l’administration et les escalades comptent comme contacts client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="239"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="239"/>
        <source>Who does it</source>
        <translation>Qui le fait</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="240"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="241"/>
        <location filename="../../blueprint/ui/docks/forms.py" line="258"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="242"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="243"/>
        <source>What the customer came for; contacts are counted per need</source>
        <translation>Ce pour quoi le client est venu&#xa0;; les contacts sont comptés par besoin</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="244"/>
        <source>Fail point: this step often goes wrong</source>
        <translation>Point de défaillance&#xa0;: cette étape tourne souvent mal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="245"/>
        <source>What goes wrong</source>
        <translation>Ce qui tourne mal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="246"/>
        <source>The failure, in a few words</source>
        <translation>La défaillance, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="247"/>
        <source>Shown on the card&apos;s tooltip and in the report</source>
        <translation>Affiché dans l’infobulle de la carte et dans le rapport</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="248"/>
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="249"/>
        <source>The customer steps this evidence, backstage or support item serves (Bitner&apos;s vertical line); it is then not a step of the customer&apos;s path</source>
        <translation>Les étapes du client que sert cette preuve, cette étape de back-office ou de support (la ligne verticale de Bitner)&#xa0;; ce n’est alors pas une étape du chemin du client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="251"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="252"/>
        <source>Whose step this is; it is judged by that organisation&apos;s concept</source>
        <translation>À qui appartient cette étape&#xa0;; elle est contrôlée par rapport au concept de cette organisation</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="253"/>
        <source>Customer provides</source>
        <translation>Le client fournit</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="254"/>
        <source>What the customer tells or hands in, separated by ;</source>
        <translation>Ce que le client dit ou remet, séparé par&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="255"/>
        <source>For &apos;tell us once&apos;: the same thing given at two steps is told twice</source>
        <translation>Pour «&#xa0;dire une seule fois&#xa0;»&#xa0;: la même chose fournie à deux étapes est dite deux fois</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="257"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="259"/>
        <source>How the customer feels here, from −2 to +2</source>
        <translation>Ce que ressent le client ici, de −2 à +2</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="260"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="261"/>
        <source>Anything the team wants to remember</source>
        <translation>Tout ce dont l’équipe veut se souvenir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="293"/>
        <source>This blueprint&apos;s organisation</source>
        <translation>L’organisation de ce blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="297"/>
        <source>The journey&apos;s single need</source>
        <translation>Le seul besoin du parcours</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="24"/>
        <source>Suppress a finding</source>
        <translation>Accepter un constat</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="34"/>
        <source>Why the team accepts this here</source>
        <translation>Pourquoi l’équipe l’accepte ici</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="45"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="46"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/suppress.py" line="47"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="47"/>
        <source>Step title</source>
        <translation>Titre de l’étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="48"/>
        <source>Enter keeps the title, Esc cancels, Tab keeps it and adds the next step</source>
        <translation>Entrée conserve le titre, Échap annule, Tab le conserve et ajoute l’étape suivante</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/title_editor.py" line="144"/>
        <source>Rename step to “{title}”</source>
        <translation>Renommer l’étape en «&#xa0;{title}&#xa0;»</translation>
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
        <translation>Dessinez un parcours client, marquez chaque étape comme valeur ajoutée ou gaspillage, et contrôlez le parcours par rapport au concept de service de l’organisation.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="106"/>
        <source>New blueprint</source>
        <translation>Nouveau blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="107"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="125"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="130"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="134"/>
        <source>Examples — one click opens a copy</source>
        <translation>Exemples — un clic ouvre une copie</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="169"/>
        <source>Back to “{title}”</source>
        <translation>Retour à «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="180"/>
        <source>(none yet)</source>
        <translation>(aucun pour le moment)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="191"/>
        <source>No examples were found next to the program.</source>
        <translation>Aucun exemple n’a été trouvé à côté du programme.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="231"/>
        <source>Compare as-is with to-be · {language}</source>
        <translation>Comparer la situation actuelle et la situation souhaitée · {language}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/welcome.py" line="233"/>
        <source>The two journeys one above the other, with the savings</source>
        <translation>Les deux parcours l’un au-dessus de l’autre, avec les économies</translation>
    </message>
</context>
<context>
    <name>_TickButton</name>
    <message>
        <location filename="../../blueprint/ui/docks/tables.py" line="236"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../blueprint/render/step_item.py" line="217"/>
        <source>wait {n} min</source>
        <translation>attente {n} min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="549"/>
        <source>Value: {value}</source>
        <translation>Valeur&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="552"/>
        <source>Channel: {channel}</source>
        <translation>Canal&#xa0;: {channel}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="555"/>
        <source>Fail point: {what}</source>
        <translation>Point de défaillance&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="556"/>
        <source>Fail point</source>
        <translation>Point de défaillance</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/canvas/view.py" line="557"/>
        <source>Drag the round handle on the right edge onto another step to connect them.</source>
        <translation>Faites glisser la poignée ronde du bord droit sur une autre étape pour les relier.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="28"/>
        <source>valuable</source>
        <translation>valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="29"/>
        <source>necessary</source>
        <translation>nécessaire</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="30"/>
        <source>wasted</source>
        <translation>gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="31"/>
        <source>unmarked</source>
        <translation>non marqué</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="93"/>
        <source>Add step “{title}”</source>
        <translation>Ajouter l’étape «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="135"/>
        <source>Remove {n} lane(s)</source>
        <translation>Supprimer {n} couloir(s)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="137"/>
        <source>Delete {n} step(s)</source>
        <translation>Supprimer {n} étape(s)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="138"/>
        <source>Delete {n} flow(s)</source>
        <translation>Supprimer {n} liaison(s)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="182"/>
        <source>Edit step “{title}”</source>
        <translation>Modifier l’étape «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="195"/>
        <source>Edit flow</source>
        <translation>Modifier la liaison</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="208"/>
        <source>Edit lane “{title}”</source>
        <translation>Modifier le couloir «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="221"/>
        <source>Edit blueprint details</source>
        <translation>Modifier les données du blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="235"/>
        <source>Move {n} step(s)</source>
        <translation>Déplacer {n} étape(s)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="254"/>
        <source>Mark {n} step(s) {value}</source>
        <translation>Marquer {n} étape(s)&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="276"/>
        <source>Connect “{source}” to “{target}”</source>
        <translation>Relier «&#xa0;{source}&#xa0;» à «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="294"/>
        <source>Add lane “{title}”</source>
        <translation>Ajouter le couloir «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="312"/>
        <source>Move lane “{title}”</source>
        <translation>Déplacer le couloir «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="330"/>
        <source>Edit service concept</source>
        <translation>Modifier le concept de service</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="351"/>
        <source>Paste {n} step(s)</source>
        <translation>Coller {n} étape(s)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/commands.py" line="394"/>
        <source>Auto-layout</source>
        <translation>Rangement</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../blueprint/render/export.py" line="87"/>
        <source>&apos;{name}&apos; does not end in .png, .svg or .pdf; the suffix chooses the format.</source>
        <translation>«&#xa0;{name}&#xa0;» ne se termine pas par .png, .svg ou .pdf&#xa0;; l’extension détermine le format.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="182"/>
        <source>At scale {scale:g} the picture would be {width} × {height} pixels; choose a scale above 0 and at most {largest:.2f}, or export SVG or PDF.</source>
        <translation>À l’échelle {scale:g}, l’image ferait {width} × {height} pixels&#xa0;; choisissez une échelle supérieure à 0 et d’au plus {largest:.2f}, ou exportez en SVG ou en PDF.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="211"/>
        <source>At scale {asked:g} the picture would be larger than a PNG can be; it is made at scale {scale:g} instead ({width} × {height} pixels). SVG and PDF have no such limit.</source>
        <translation>À l’échelle {asked:g}, l’image dépasserait la taille maximale d’un PNG&#xa0;; elle est donc faite à l’échelle {scale:g} ({width} × {height} pixels). SVG et PDF n’ont pas cette limite.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="224"/>
        <source>At scale {asked:g} the poster would take {sheets} sheets of A4; it is made at scale {scale:g} on {fitted} sheets instead (at most {most}).</source>
        <translation>À l’échelle {asked:g}, l’affiche demanderait {sheets} feuilles A4&#xa0;; elle est donc faite à l’échelle {scale:g} sur {fitted} feuilles (au plus {most}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="239"/>
        <source>This journey is too large for a PNG: even with each step card only {pixels} pixels wide the picture would be {width} × {height} pixels, more than a PNG can hold. Export SVG (zoom in as far as you like) or PDF instead.</source>
        <translation>Ce parcours client est trop grand pour un PNG : même avec des cartes d’étape de {pixels} pixels de large seulement, l’image ferait {width} × {height} pixels, plus qu’un PNG ne peut contenir. Exportez plutôt en SVG (zoomez autant que vous voulez) ou en PDF.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="248"/>
        <source>This journey is too large for a poster: even with each step card only {mm:g} mm wide it would take {sheets} sheets of A4 (at most {most} are made). Export one A3 page, or an SVG, instead.</source>
        <translation>Ce parcours client est trop grand pour une affiche : même avec des cartes d’étape de {mm:g} mm de large seulement, il faudrait {sheets} feuilles A4 (au plus {most} sont produites). Exportez plutôt une page A3, ou un SVG.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="303"/>
        <source>The picture could not be encoded as {format}.</source>
        <translation>L’image n’a pas pu être encodée en {format}.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="343"/>
        <source>Service blueprint “{title}”, exported by {creator}. Steps: {titles}</source>
        <translation>Service blueprint «&#xa0;{title}&#xa0;», exporté par {creator}. Étapes&#xa0;: {titles}</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="402"/>
        <location filename="../../blueprint/render/export.py" line="422"/>
        <source>The SVG picture could not be started.</source>
        <translation>L’image SVG n’a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="459"/>
        <source>The poster would take {sheets} sheets of A4; at most {most} are made. Choose a smaller scale, or one A3 page.</source>
        <translation>L’affiche demanderait {sheets} feuilles A4&#xa0;; au plus {most} sont faites. Choisissez une échelle plus petite, ou une page A3.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/export.py" line="503"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="39"/>
        <source>{name} could not be read:</source>
        <translation>{name} n’a pas pu être lu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="41"/>
        <source>Nothing was imported from {name}. Fix these rows in the spreadsheet and import it again:</source>
        <translation>Rien n’a été importé de {name}. Corrigez ces lignes dans le tableur et importez-le à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="45"/>
        <source>… and {count} more (see the details)</source>
        <translation>… et {count} de plus (voir les détails)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="54"/>
        <source>Import steps from a spreadsheet</source>
        <translation>Importer des étapes d’un tableur</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="55"/>
        <source>Spreadsheet as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Tableur en CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="64"/>
        <source>Cannot import the steps</source>
        <translation>Impossible d’importer les étapes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_actions.py" line="188"/>
        <source>Imported {count} steps as a new blueprint; save it to keep it</source>
        <translation>{count} étapes importées dans un nouveau blueprint&#xa0;; enregistrez-le pour le conserver</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="290"/>
        <source>Preparing the print…</source>
        <translation>Préparation de l’impression…</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/export_dialog.py" line="295"/>
        <source>Print the blueprint</source>
        <translation>Imprimer le blueprint</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/pages.py" line="93"/>
        <source>The page could not be painted on.</source>
        <translation>Impossible de dessiner sur la page.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/pages.py" line="194"/>
        <source>{title} — sheet {name} (row {row} of {rows}, column {column} of {columns}). Trim the margin at the corner marks; lay the next sheet&apos;s edge on the dash-dot line.</source>
        <translation>{title} — feuille {name} (rangée {row} sur {rows}, colonne {column} sur {columns}). Coupez la marge aux repères de coin&#xa0;; posez le bord de la feuille suivante sur la ligne en trait mixte.</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="169"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="171"/>
        <source>Flows</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="175"/>
        <source>Marks</source>
        <translation>Marquages</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="176"/>
        <source>fail point</source>
        <translation>point de défaillance</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/picture.py" line="179"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="43"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="65"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="45"/>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="65"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/blueprint_form.py" line="56"/>
        <source>“{text}” is not a number a blueprint can keep; type a number such as 800, or a word.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre qu’un blueprint peut conserver&#xa0;; tapez un nombre comme 800, ou un mot.</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="192"/>
        <source>Referred to</source>
        <translation>Réorienté vers</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="192"/>
        <source>Who can help: an office, a person</source>
        <translation>Qui peut aider&#xa0;: un service, une personne</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="193"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="194"/>
        <source>A number, an address, a link</source>
        <translation>Un numéro, une adresse, un lien</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="195"/>
        <source>We hand the case over (they contact the customer)</source>
        <translation>Nous transmettons le dossier (ils contactent le client)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/forms.py" line="196"/>
        <source>We make an appointment for the customer</source>
        <translation>Nous prenons rendez-vous pour le client</translation>
    </message>
</context>
<context>
    <name>gestures</name>
    <message>
        <location filename="../../blueprint/ui/canvas/gestures.py" line="156"/>
        <source>Support “{title}”</source>
        <translation>Soutenir «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="32"/>
        <source>Double-click an empty place in a lane</source>
        <translation>Double-cliquez sur un espace libre dans un couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="33"/>
        <source>Add a step there</source>
        <translation>Y ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="34"/>
        <source>Drag from a step&apos;s right-hand handle</source>
        <translation>Faites glisser depuis la poignée à droite d’une étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="35"/>
        <source>Connect it to another step</source>
        <translation>La relier à une autre étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="36"/>
        <source>Drag a step</source>
        <translation>Faites glisser une étape</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="37"/>
        <source>Move it (into another lane too)</source>
        <translation>La déplacer (aussi vers un autre couloir)</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="38"/>
        <source>Drag on an empty place</source>
        <translation>Faites glisser sur un espace libre</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="39"/>
        <source>Select several steps</source>
        <translation>Sélectionner plusieurs étapes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="40"/>
        <source>Click a lane&apos;s title</source>
        <translation>Cliquez sur le titre d’un couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="41"/>
        <source>Select the lane: the inspector shows it, F2 renames it, Delete removes it</source>
        <translation>Sélectionner le couloir&#xa0;: Propriétés l’affiche, F2 le renomme, Suppr le supprime</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="42"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + molette de la souris</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="42"/>
        <source>Zoom</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="43"/>
        <source>Hold Space and drag, or drag with the middle button</source>
        <translation>Faites glisser en maintenant Espace, ou avec le bouton du milieu</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="44"/>
        <source>Pan</source>
        <translation>Déplacer la vue</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="45"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="45"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation>Annuler un glissement, ou effacer la sélection</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="131"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="132"/>
        <source>The help page {path} is missing from this installation.</source>
        <translation>La page d’aide {path} manque dans cette installation.</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="144"/>
        <source>About Service Blueprint Designer</source>
        <translation>À propos de Service Blueprint Designer</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/help.py" line="145"/>
        <source>&lt;p&gt;&lt;b&gt;Service Blueprint Designer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Draw a customer journey as a service blueprint, mark every step valuable or wasted, and check it against the organisation&apos;s own service concept: where the promise is broken, where the customer&apos;s time and public money are wasted, and what to do instead.&lt;/p&gt;&lt;p&gt;The two founding cases, the lost iPhone and the birth registration, ship as examples: open them from the welcome page.&lt;/p&gt;&lt;p&gt;Version {version} · MIT licence&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Service Blueprint Designer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dessinez un parcours client sous forme de service blueprint, marquez chaque étape comme valeur ajoutée ou gaspillage, et contrôlez le parcours par rapport au concept de service de l’organisation&#xa0;: où la promesse est rompue, où le temps du client et l’argent public sont gaspillés, et que faire à la place.&lt;/p&gt;&lt;p&gt;Les deux cas fondateurs, l’iPhone perdu et la déclaration de naissance, sont fournis comme exemples&#xa0;: ouvrez-les depuis la page d’accueil.&lt;/p&gt;&lt;p&gt;Version {version} · licence MIT&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../blueprint/render/labels.py" line="34"/>
        <source>Valuable</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="35"/>
        <source>Necessary</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="36"/>
        <source>Wasted</source>
        <translation>Gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="37"/>
        <source>Not marked yet</source>
        <translation>Pas encore marqué</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="38"/>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="39"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="40"/>
        <source>Repeat contact (failure demand)</source>
        <translation>Contact répété (demande d’échec)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="41"/>
        <location filename="../../blueprint/render/labels.py" line="66"/>
        <source>Hand-off</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="42"/>
        <source>Over-processing (administration only)</source>
        <translation>Surtraitement (administration seule)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="43"/>
        <source>Abandoned effort</source>
        <translation>Effort abandonné</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="44"/>
        <location filename="../../blueprint/render/labels.py" line="79"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="45"/>
        <source>Unclear information</source>
        <translation>Information peu claire</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="46"/>
        <source>Wrong door (sent elsewhere)</source>
        <translation>Mauvais guichet (envoyé ailleurs)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="47"/>
        <source>In person</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="48"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="49"/>
        <source>App or web</source>
        <translation>Application ou web</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="50"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="51"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="52"/>
        <source>Internal (no customer channel)</source>
        <translation>Interne (pas de canal client)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="53"/>
        <source>Other</source>
        <translation>Autre canal</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="54"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="55"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="56"/>
        <source>Referred</source>
        <translation>Réorienté</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="57"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="58"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="59"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="60"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="61"/>
        <source>Administration (only registers)</source>
        <translation>Administration (enregistre seulement)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="62"/>
        <source>Escalation (manager, complaint)</source>
        <translation>Escalade (responsable, plainte)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="63"/>
        <source>Intervention (we act on the case)</source>
        <translation>Intervention (nous agissons sur le dossier)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="64"/>
        <source>Notification (we tell the customer)</source>
        <translation>Notification (nous informons le client)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="65"/>
        <source>Sequence</source>
        <translation>Enchaînement</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="67"/>
        <source>Referral</source>
        <translation>Réorientation</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="68"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="69"/>
        <source>Recovery (puts a fail point right)</source>
        <translation>Rattrapage (corrige un point de défaillance)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="70"/>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="71"/>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="72"/>
        <source>Frontstage</source>
        <translation>Front-office (visible)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="73"/>
        <source>Backstage</source>
        <translation>Back-office (invisible)</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="74"/>
        <source>Support processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="75"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="76"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="77"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="78"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="83"/>
        <source>−2 very unhappy</source>
        <translation>−2 très mécontent</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="84"/>
        <source>−1 unhappy</source>
        <translation>−1 mécontent</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="85"/>
        <source>0 neutral</source>
        <translation>0 neutre</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="86"/>
        <source>+1 happy</source>
        <translation>+1 content</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/labels.py" line="87"/>
        <source>+2 very happy</source>
        <translation>+2 très content</translation>
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
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="37"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="86"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="87"/>
        <source>Customer contacts</source>
        <translation>Contacts client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="88"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="89"/>
        <source>Needs resolved or referred</source>
        <translation>Besoins résolus ou réorientés</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="90"/>
        <source>Avoidable contacts</source>
        <translation>Contacts évitables</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="92"/>
        <source>Avoidable contacts per resolved need</source>
        <translation>Contacts évitables par besoin résolu</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="93"/>
        <source>Valuable steps</source>
        <translation>Étapes à valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="94"/>
        <source>Necessary steps</source>
        <translation>Étapes nécessaires</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="95"/>
        <source>Wasted steps</source>
        <translation>Étapes de gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="96"/>
        <source>Steps not marked yet</source>
        <translation>Étapes pas encore marquées</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="97"/>
        <source>Wasted share of steps</source>
        <translation>Part des étapes de gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="98"/>
        <source>Customer time</source>
        <translation>Temps du client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="99"/>
        <source>Customer time wasted</source>
        <translation>Temps du client gaspillé</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="100"/>
        <source>Staff time</source>
        <translation>Temps du personnel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="101"/>
        <source>Staff time wasted</source>
        <translation>Temps du personnel gaspillé</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="102"/>
        <source>Waiting time</source>
        <translation>Temps d’attente</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="103"/>
        <source>Valuable customer time</source>
        <translation>Temps du client à valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="104"/>
        <source>Time drawn on flows</source>
        <translation>Temps indiqué sur les liaisons</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="105"/>
        <source>Customer&apos;s lead time</source>
        <translation>Délai total pour le client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="107"/>
        <source>Value-added ratio, customer view</source>
        <translation>Taux de valeur ajoutée, point de vue du client</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="108"/>
        <source>Value-adding work</source>
        <translation>Travail à valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="109"/>
        <source>Lead time</source>
        <translation>Délai total</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="110"/>
        <source>Value-added ratio, process view</source>
        <translation>Taux de valeur ajoutée, point de vue du processus</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="111"/>
        <source>Staff hourly rate</source>
        <translation>Taux horaire du personnel</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="112"/>
        <source>Staff cost of waste</source>
        <translation>Coût en personnel du gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="113"/>
        <source>Cost to serve a case</source>
        <translation>Coût par dossier</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="114"/>
        <source>Cases a year</source>
        <translation>Dossiers par an</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="115"/>
        <source>Cost to serve a year</source>
        <translation>Coût par an</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="116"/>
        <source>Customer hours a year</source>
        <translation>Heures du client par an</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="117"/>
        <source>Hand-offs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="119"/>
        <source>Hand-offs between organisations</source>
        <translation>Transferts entre organisations</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="120"/>
        <source>Channel switches</source>
        <translation>Changements de canal</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="121"/>
        <source>Fail points</source>
        <translation>Points de défaillance</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="122"/>
        <source>Fail points per lane</source>
        <translation>Points de défaillance par couloir</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/docks/metrics.py" line="123"/>
        <source>Emotion curve</source>
        <translation>Courbe des émotions</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../blueprint/ui/window/progress_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../blueprint/ui/window/progress_dialog.py" line="57"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../../blueprint/render/style.py" line="153"/>
        <source>valuable</source>
        <translation>valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="154"/>
        <source>necessary</source>
        <translation>nécessaire</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="155"/>
        <source>wasted</source>
        <translation>gaspillage</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="156"/>
        <source>unmarked</source>
        <translation>non marqué</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="196"/>
        <source>sequence</source>
        <translation>enchaînement</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="197"/>
        <source>hand-off</source>
        <translation>transfert</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="198"/>
        <source>referral</source>
        <translation>réorientation</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="199"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="200"/>
        <source>recovery</source>
        <translation>rattrapage</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="254"/>
        <source>Line of interaction</source>
        <translation>Ligne d’interaction</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="255"/>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="256"/>
        <source>Line of internal interaction</source>
        <translation>Ligne d’interaction interne</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="310"/>
        <source>in person</source>
        <translation>sur place</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="311"/>
        <source>phone</source>
        <translation>téléphone</translation>
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
        <translation>courrier</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="315"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../../blueprint/render/style.py" line="316"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
</TS>
