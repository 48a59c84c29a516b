<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="50" />
        <source>Agreement between annotators</source>
        <translation>Accord entre annotateurs</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="52" />
        <source>Annotators</source>
        <translation>Annotateurs</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="53" />
        <source>Claims exact F1</source>
        <translation>F1 exact des affirmations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="54" />
        <source>Claims overlap F1</source>
        <translation>F1 par chevauchement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="55" />
        <source>Matched claims</source>
        <translation>Affirmations appariées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="56" />
        <source>κ category</source>
        <translation>κ catégorie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="57" />
        <source>κ stance</source>
        <translation>κ position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="64" />
        <source>Agreement needs the work of two annotators or more in this project (merge their files first).</source>
        <translation>L'accord demande le travail d'au moins deux annotateurs dans ce projet (fusionnez d'abord leurs fichiers).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="74" />
        <source>Krippendorff's α over all annotators: category {c}, stance {s}</source>
        <translation>α de Krippendorff sur tous les annotateurs : catégorie {c}, position {s}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="84" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="86" />
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="89" />
        <source>Per document</source>
        <translation>Par document</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="31" />
        <source>Mark selection as &amp;claim</source>
        <translation>Marquer la sélection comme &amp;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="33" />
        <source>Mark selection as &amp;source of the current claim</source>
        <translation>Marquer la sélection comme &amp;source de l'affirmation courante</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="36" />
        <source>&amp;Link the source mention under the cursor</source>
        <translation>&amp;Lier la mention de source sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="39" />
        <source>Set the current claim's &amp;boundaries to the selection</source>
        <translation>Ajuster les &amp;bornes de l'affirmation à la sélection</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="41" />
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="42" />
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="44" />
        <source>Accept the &amp;entity under the cursor</source>
        <translation>Accepter l'&amp;entité sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="49" />
        <source>Reject the entit&amp;y under the cursor</source>
        <translation>Rejeter l'entit&amp;é sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="54" />
        <source>Accept all in this &amp;document</source>
        <translation>Tout accepter dans ce &amp;document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="57" />
        <source>&amp;Delete statement</source>
        <translation>&amp;Supprimer la déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="60" />
        <source>Delete the entity or source mention under the cursor</source>
        <translation>Supprimer l'entité ou la mention de source sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="64" />
        <source>&amp;Next statement</source>
        <translation>Déclaration &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="65" />
        <source>&amp;Previous statement</source>
        <translation>Déclaration &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="66" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="68" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="116" />
        <source>Category: {name}</source>
        <translation>Catégorie : {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="124" />
        <source>Stance: {name}</source>
        <translation>Position : {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="136" />
        <source>Select the words of the claim first.</source>
        <translation>Sélectionnez d'abord les mots de l'affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="143" />
        <source>Select the words that name the source first.</source>
        <translation>Sélectionnez d'abord les mots qui nomment la source.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="152" />
        <source>Select a statement to link a source to.</source>
        <translation>Sélectionnez une déclaration à laquelle lier une source.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="161" />
        <source>Put the cursor on a source mention first.</source>
        <translation>Placez d'abord le curseur sur une mention de source.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="169" />
        <source>Select a statement, then the claim's new words.</source>
        <translation>Sélectionnez une déclaration, puis les nouveaux mots de l'affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="182" />
        <source>Put the cursor on a named entity.</source>
        <translation>Placez le curseur sur une entité nommée.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="189" />
        <source>Select a statement first.</source>
        <translation>Sélectionnez d'abord une déclaration.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_actions.py" line="206" />
        <source>Put the cursor on an entity or a source mention.</source>
        <translation>Placez le curseur sur une entité ou une mention de source.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="55" />
        <source>Nothing yet</source>
        <translation>Rien pour l'instant</translation>
    </message>
</context>
<context>
    <name>CorpusActions</name>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="47" />
        <source>&amp;Import articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="48" />
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="49" />
        <source>&amp;Paste as a new document</source>
        <translation>&amp;Coller comme nouveau document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="50" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="52" />
        <source>Fact-checking &amp;organisation…</source>
        <translation>&amp;Organisation de vérification…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="54" />
        <source>Ne&amp;xt document</source>
        <translation>Document &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="56" />
        <source>Pre&amp;vious document</source>
        <translation>Document &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="58" />
        <source>Edit document &amp;details…</source>
        <translation>Modifier les &amp;détails du document…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="59" />
        <source>De&amp;lete document…</source>
        <translation>&amp;Supprimer le document…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="61" />
        <source>Su&amp;ggest again (decisions kept)</source>
        <translation>Su&amp;ggérer à nouveau (décisions gardées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="65" />
        <source>Mark document: {status}</source>
        <translation>Marquer le document : {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="76" />
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="82" />
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="93" />
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="97" />
        <source>Import failed</source>
        <translation>L'importation a échoué</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="106" />
        <source>{name}: already in the project</source>
        <translation>{name} : déjà dans le projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="111" />
        <source>Import: {summary}</source>
        <translation>Importation : {summary}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="151" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="156" />
        <source>{count} document(s) exported to {path}</source>
        <translation>{count} document(s) exporté(s) vers {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="159" />
        <source>Export failed</source>
        <translation>L'exportation a échoué</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="166" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="217" />
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/corpus_actions.py" line="219" />
        <source>Delete “{title}” with all its annotations? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer « {title} » avec toutes ses annotations ? Édition ▸ Annuler le ramène.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/document.py" line="16" />
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document.py" line="25" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document.py" line="26" />
        <source>&amp;Outlet</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document.py" line="27" />
        <source>&amp;Published</source>
        <translation>&amp;Publié le</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document.py" line="28" />
        <source>&amp;Web address</source>
        <translation>Adresse &amp;web</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/document.py" line="29" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="33" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="34" />
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="35" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="36" />
        <source>Lang</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="37" />
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="38" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="39" />
        <source>Sugg.</source>
        <translation>Sugg.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="40" />
        <source>Acc.</source>
        <translation>Acc.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="41" />
        <source>Rej.</source>
        <translation>Rej.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="44" />
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="45" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="46" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="47" />
        <source>reviewed</source>
        <translation>révisé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="59" />
        <source>{status} · suggestions failed: {reason}</source>
        <translation>{status} · échec des suggestions : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="90" />
        <source>imported</source>
        <translation>import</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="143" />
        <source>Filter documents…</source>
        <translation>Filtrer les documents…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="147" />
        <source>%v of %m done</source>
        <translation>%v sur %m terminés</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="49" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="50" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="51" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="52" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="84" />
        <source>Double-click to choose a colour</source>
        <translation>Double-cliquez pour choisir une couleur</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="45" />
        <source>Export the corpus</source>
        <translation>Exporter le corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="51" />
        <source>Suggested and accepted</source>
        <translation>Suggérées et acceptées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="53" />
        <source>Suggested only</source>
        <translation>Suggérées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="54" />
        <source>Accepted only</source>
        <translation>Acceptées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="55" />
        <source>Rejected only</source>
        <translation>Rejetées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="59" />
        <source>Reviewed versions only</source>
        <translation>Versions révisées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="60" />
        <source>For Excel (UTF-8 with a byte-order mark)</source>
        <translation>Pour Excel (UTF-8 avec indicateur d'ordre des octets)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="63" />
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="65" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="80" />
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="81" />
        <source>&amp;Annotations</source>
        <translation>&amp;Annotations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="82" />
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="85" />
        <source>&amp;Save to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="140" />
        <source>Export to an empty folder</source>
        <translation>Exporter dans un dossier vide</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="142" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>FactCheckDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/factcheck.py" line="21" />
        <source>Fact-checking organisation</source>
        <translation>Organisation de vérification des faits</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/factcheck.py" line="24" />
        <source>ClaimReview tells search engines who checked a claim and where the fact check is published. Google reads it only from that page, and names your organisation as its author. The project keeps these for every export.</source>
        <translation>ClaimReview indique aux moteurs de recherche qui a vérifié une affirmation et où la vérification est publiée. Google ne le lit que sur cette page et nomme votre organisation comme auteur. Le projet garde ces réglages pour chaque export.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/factcheck.py" line="46" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/factcheck.py" line="47" />
        <source>Its &amp;web site</source>
        <translation>Son &amp;site web</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/factcheck.py" line="48" />
        <source>Fact-check &amp;page</source>
        <translation>&amp;Page de la vérification</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/guidelines.py" line="34" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/guidelines.py" line="35" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/guidelines.py" line="36" />
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/help.py" line="32" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/help.py" line="35" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/help.py" line="35" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="102" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="116" />
        <source>(machine)</source>
        <translation>(machine)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="121" />
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="121" />
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="127" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="128" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="129" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="130" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="131" />
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="58" />
        <source>Entities (tinted)</source>
        <translation>Entités (teintées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="61" />
        <source>Claims by source (underlined: dashed = suggested)</source>
        <translation>Affirmations par source (soulignées : tirets = suggérées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="66" />
        <source>Cue words (said, selon…): grey dotted underline</source>
        <translation>Mots introducteurs (dit, selon…) : soulignés en pointillés gris</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="42" />
        <location filename="../../annotator/gui/panels/legend.py" line="64" />
        <source>Category not set</source>
        <translation>Catégorie non définie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="65" />
        <source>Source mentions are bold</source>
        <translation>Les mentions de source sont en gras</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="55" />
        <source>annotator — {name}</source>
        <translation>annotator — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="69" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="70" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="71" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="73" />
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="74" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="76" />
        <source>Guidelines</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="79" />
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="80" />
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="126" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="136" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="139" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="141" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="144" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="146" />
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="147" />
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="149" />
        <location filename="../../annotator/gui/main_window.py" line="155" />
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="150" />
        <source>&amp;Light</source>
        <translation>&amp;Claire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="151" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="154" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="158" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="159" />
        <source>&amp;Guidelines</source>
        <translation>&amp;Consignes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="160" />
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="163" />
        <source>The &amp;article</source>
        <translation>L'&amp;article</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="164" />
        <source>The &amp;documents</source>
        <translation>Les &amp;documents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="165" />
        <source>The &amp;statements</source>
        <translation>Les &amp;déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="166" />
        <source>The statement &amp;editor</source>
        <translation>L'&amp;éditeur de déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="167" />
        <source>The &amp;search</source>
        <translation>La &amp;recherche</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="172" />
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="176" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="186" />
        <source>&amp;Search the corpus</source>
        <translation>&amp;Rechercher dans le corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="191" />
        <source>&amp;Refresh (show others' changes)</source>
        <translation>&amp;Actualiser (voir les modifications des autres)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="194" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="199" />
        <source>&amp;Taxonomy and gazetteer…</source>
        <translation>&amp;Taxonomie et répertoire…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="203" />
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="211" />
        <source>Source &amp;category</source>
        <translation>&amp;Catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="212" />
        <source>S&amp;tance</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="215" />
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="220" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="223" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="227" />
        <source>&amp;About annotator</source>
        <translation>À &amp;propos d'annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="252" />
        <source>Chart saved to {path}</source>
        <translation>Graphique enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="283" />
        <source>Some files were not imported</source>
        <translation>Certains fichiers n'ont pas été importés</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="392" />
        <source>About annotator</source>
        <translation>À propos d'annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="428" />
        <source>The language applies to windows opened from now on.</source>
        <translation>La langue s'applique aux fenêtres ouvertes à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="52" />
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="55" />
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="58" />
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="60" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="61" />
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="66" />
        <location filename="../../annotator/gui/project_actions.py" line="74" />
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="75" />
        <source>{path} exists already; open it instead.</source>
        <translation>{path} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="82" />
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="94" />
        <source>Cannot open the project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="99" />
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="112" />
        <source>A copy was saved to {path}</source>
        <translation>Une copie a été enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_actions.py" line="122" />
        <source>(none yet)</source>
        <translation>(aucun pour l'instant)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="138" />
        <source>The claim in one line, as your fact check names it (ClaimReview); {count} characters or fewer fit a phone's line. Empty: the quote, shortened.</source>
        <translation>L'affirmation en une ligne, telle que votre vérification la nomme (ClaimReview) ; {count} caractères ou moins tiennent sur une ligne de téléphone. Vide : la citation, raccourcie.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="144" />
        <source>Note (saved as you type)</source>
        <translation>Note (enregistrée pendant la saisie)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="146" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="147" />
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="159" />
        <source>Source &amp;category</source>
        <translation>&amp;Catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="160" />
        <source>S&amp;peaker</source>
        <translation>&amp;Locuteur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="161" />
        <source>S&amp;tance</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="162" />
        <source>&amp;Rating</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="166" />
        <source>&amp;Short claim</source>
        <translation>Affirmation co&amp;urte</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="169" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="208" />
        <location filename="../../annotator/gui/panels/properties.py" line="209" />
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="210" />
        <source>(no rating)</source>
        <translation>(sans verdict)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="222" />
        <source>Add “{speaker}” to the gazetteer as {category}</source>
        <translation>Ajouter « {speaker} » au répertoire comme {category}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="228" />
        <source>Later suggestions in this project find this name and give it this source category</source>
        <translation>Les suggestions suivantes de ce projet trouveront ce nom et lui donneront cette catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="250" />
        <source>Select a statement, or select text and press C to mark a claim.</source>
        <translation>Sélectionnez une déclaration, ou sélectionnez du texte et appuyez sur C pour marquer une affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="256" />
        <source>Status: {status} · origin: {origin}</source>
        <translation>Statut : {status} · origine : {origin}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="316" />
        <source>Longer than a phone's line in Google's results</source>
        <translation>Plus long qu'une ligne de téléphone dans les résultats de Google</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="11" />
        <source>reporting word “{word}”</source>
        <translation>verbe introducteur « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="12" />
        <source>attributed with “{word}”</source>
        <translation>attribué par « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="13" />
        <source>denied with “{word}”</source>
        <translation>démenti par « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="14" />
        <source>passed on: “{word}”</source>
        <translation>relayé : « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="15" />
        <source>speaker named by the pronoun “{word}”</source>
        <translation>locuteur désigné par le pronom « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="16" />
        <source>a speaker's name before a colon</source>
        <translation>le nom d'un locuteur avant deux-points</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="17" />
        <source>words announced with a colon</source>
        <translation>des paroles annoncées par deux-points</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="18" />
        <source>a quotation that goes on</source>
        <translation>une citation qui se poursuit</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="19" />
        <source>hedged (may, reportedly)</source>
        <translation>au conditionnel (pourrait, selon des informations)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="20" />
        <source>in quotation marks</source>
        <translation>entre guillemets</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="21" />
        <source>words held at a distance by quotation marks</source>
        <translation>des mots mis à distance par des guillemets</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="22" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="23" />
        <source>a comparison</source>
        <translation>une comparaison</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="24" />
        <source>a prediction</source>
        <translation>une prédiction</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reasons.py" line="42" />
        <source>Why: {reasons}</source>
        <translation>Pourquoi : {reasons}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="51" />
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="53" />
        <source>Mark document reviewed</source>
        <translation>Marquer le document comme révisé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="67" />
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="67" />
        <source>Reviewed</source>
        <translation>Révisée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="81" />
        <source>Differs on: {what}</source>
        <translation>Diffère sur : {what}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="88" />
        <source>{n} claims, {d} with disagreements, {s} settled</source>
        <translation>{n} affirmations, {d} avec désaccords, {s} tranchées</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="33" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="34" />
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="41" />
        <source>Search the corpus (words, "a phrase", prefix*)</source>
        <translation>Rechercher dans le corpus (mots, "une expression", préfixe*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="64" />
        <source>No document contains “{words}”.</source>
        <translation>Aucun document ne contient « {words} ».</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="69" />
        <source>{total} documents match: the first {shown} in corpus order (add words to rank them)</source>
        <translation>{total} documents correspondent : les {shown} premiers dans l'ordre du corpus (ajoutez des mots pour les classer)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="76" />
        <source>{total} documents match: the best {shown}</source>
        <translation>{total} documents correspondent : les {shown} meilleurs</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="102" />
        <location filename="../../annotator/gui/panels/search.py" line="109" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="103" />
        <location filename="../../annotator/gui/panels/search.py" line="109" />
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="104" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="105" />
        <location filename="../../annotator/gui/panels/search.py" line="109" />
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="106" />
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="109" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="126" />
        <location filename="../../annotator/gui/panels/search.py" line="132" />
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="134" />
        <source>Suggested</source>
        <translation>Suggérées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="135" />
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="136" />
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../annotator/gui/session.py" line="260" />
        <source>Pipeline: none (annotations imported)</source>
        <translation>Pipeline : aucun (annotations importées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="262" />
        <source>Pipeline: {name}</source>
        <translation>Pipeline : {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="266" />
        <source>Pipeline: none yet</source>
        <translation>Pipeline : aucun pour l'instant</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="269" />
        <source>Pipeline: {name} (suggesting…)</source>
        <translation>Pipeline : {name} (suggestions en cours…)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="271" />
        <source>Loading the {language} language model…</source>
        <translation>Chargement du modèle de langue ({language})…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="295" />
        <source>Suggestions stopped</source>
        <translation>Suggestions arrêtées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="296" />
        <source>Suggestions stopped: {reason}</source>
        <translation>Suggestions arrêtées : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="307" />
        <source>Suggestions failed for “{title}”: {reason}</source>
        <translation>Échec des suggestions pour « {title} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="285" />
        <source>{entities} entities and {claims} claims suggested by {name}</source>
        <translation>{entities} entités et {claims} affirmations suggérées par {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="264" />
        <source>Suggestions failed</source>
        <translation>Les suggestions ont échoué</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="58" />
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="59" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="60" />
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="63" />
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="64" />
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="65" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="66" />
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="67" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="209" />
        <source>Filter statements…</source>
        <translation>Filtrer les déclarations…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="213" />
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="215" />
        <source>Suggested</source>
        <translation>Suggérées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="216" />
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="217" />
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="90" />
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="91" />
        <source>The whole corpus</source>
        <translation>Tout le corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="93" />
        <source>Statements by source category</source>
        <translation>Déclarations par catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="94" />
        <source>Statements by stance</source>
        <translation>Déclarations par position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="95" />
        <source>Progress: statements decided per day</source>
        <translation>Avancement : déclarations tranchées par jour</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="99" />
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="128" />
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="142" />
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="142" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="25" />
        <source>Source categories</source>
        <translation>Catégories de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="26" />
        <source>Stances</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="27" />
        <source>Ratings</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="28" />
        <source>Entity labels</source>
        <translation>Étiquettes d'entités</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="123" />
        <source>Taxonomy and gazetteer</source>
        <translation>Taxonomie et répertoire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="134" />
        <source>Gazetteer</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="150" />
        <source>{kind}: every entry needs a code</source>
        <translation>{kind} : chaque entrée doit avoir un code</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="152" />
        <source>{kind}: codes must be different</source>
        <translation>{kind} : les codes doivent être différents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="155" />
        <source>{kind}: two entries share a shortcut</source>
        <translation>{kind} : deux entrées ont le même raccourci</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="159" />
        <source>{kind}: {key} is already the key for “{what}”</source>
        <translation>{kind} : {key} est déjà la touche de « {what} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="164" />
        <source>gazetteer: every entry needs a pattern</source>
        <translation>répertoire : chaque entrée doit avoir un motif</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="191" />
        <source>Cannot save</source>
        <translation>Impossible d'enregistrer</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="37" />
        <source>&amp;Your name as annotator…</source>
        <translation>&amp;Votre nom d'annotateur…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="40" />
        <source>&amp;Merge project files into this one…</source>
        <translation>&amp;Fusionner des projets dans celui-ci…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="43" />
        <source>&amp;Agreement report</source>
        <translation>Rapport d'&amp;accord</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="46" />
        <source>&amp;Review this document</source>
        <translation>&amp;Réviser ce document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="49" />
        <source>&amp;History of this statement</source>
        <translation>&amp;Historique de cette déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="67" />
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="68" />
        <source>Your name, recorded on every annotation:</source>
        <translation>Votre nom, enregistré sur chaque annotation :</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="74" />
        <source>Annotating as {name}</source>
        <translation>Vous annotez en tant que {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="79" />
        <source>Merge project files</source>
        <translation>Fusionner des projets</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="81" />
        <source>Projects (*.db);;All files (*)</source>
        <translation>Projets (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="89" />
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="93" />
        <source>Merge failed</source>
        <translation>La fusion a échoué</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="101" />
        <source>Merged</source>
        <translation>Fusion terminée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="106" />
        <source>Measuring agreement…</source>
        <translation>Mesure de l'accord…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="112" />
        <source>Agreement failed</source>
        <translation>Échec de la mesure de l'accord</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_actions.py" line="139" />
        <source>Select a statement to see its history.</source>
        <translation>Sélectionnez une déclaration pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/gui/app.py" line="55" />
        <source>Welcome to annotator</source>
        <translation>Bienvenue dans annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="56" />
        <source>Your name, recorded on every annotation you make:</source>
        <translation>Votre nom, enregistré sur chaque annotation que vous faites :</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="80" />
        <source>annotator cannot open this project</source>
        <translation>annotator ne peut pas ouvrir ce projet</translation>
    </message>
</context>
</TS>