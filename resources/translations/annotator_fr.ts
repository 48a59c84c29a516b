<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="51" />
        <source>Agreement between annotators</source>
        <translation>Accord entre annotateurs</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="53" />
        <source>Annotators</source>
        <translation>Annotateurs</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="54" />
        <source>Claims exact F1</source>
        <translation>F1 exact des affirmations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="55" />
        <source>Claims overlap F1</source>
        <translation>F1 par chevauchement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="56" />
        <source>Matched claims</source>
        <translation>Affirmations appariées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="57" />
        <source>κ category</source>
        <translation>κ catégorie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="58" />
        <source>κ stance</source>
        <translation>κ position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="65" />
        <source>Agreement needs the work of two annotators or more in this project (merge their files first).</source>
        <translation>L'accord demande le travail d'au moins deux annotateurs dans ce projet (fusionnez d'abord leurs fichiers).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="75" />
        <source>Krippendorff's α over all annotators: category {c}, stance {s}</source>
        <translation>α de Krippendorff sur tous les annotateurs : catégorie {c}, position {s}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="85" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="87" />
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="90" />
        <source>Per document</source>
        <translation>Par document</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="33" />
        <source>Mark selection as &amp;claim</source>
        <translation>Marquer la sélection comme &amp;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="35" />
        <source>Mark selection as &amp;source of the current claim</source>
        <translation>Marquer la sélection comme &amp;source de l'affirmation courante</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="38" />
        <source>&amp;Link the source mention under the cursor</source>
        <translation>&amp;Lier la mention de source sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="41" />
        <source>Set the current claim's &amp;boundaries to the selection</source>
        <translation>Ajuster les &amp;bornes de l'affirmation à la sélection</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="43" />
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="44" />
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="46" />
        <source>Accept the &amp;entity under the cursor</source>
        <translation>Accepter l'&amp;entité sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="51" />
        <source>Reject the entit&amp;y under the cursor</source>
        <translation>Rejeter l'entit&amp;é sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="56" />
        <source>Accept all in this &amp;document</source>
        <translation>Tout accepter dans ce &amp;document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="59" />
        <source>&amp;Delete statement</source>
        <translation>&amp;Supprimer la déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="62" />
        <source>Delete the entity or source mention under the cursor</source>
        <translation>Supprimer l'entité ou la mention de source sous le curseur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="66" />
        <source>&amp;Next statement</source>
        <translation>Déclaration &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="67" />
        <source>&amp;Previous statement</source>
        <translation>Déclaration &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="68" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="70" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="118" />
        <source>Category: {name}</source>
        <translation>Catégorie : {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="126" />
        <source>Stance: {name}</source>
        <translation>Position : {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="138" />
        <source>Select the words of the claim first.</source>
        <translation>Sélectionnez d'abord les mots de l'affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="145" />
        <source>Select the words that name the source first.</source>
        <translation>Sélectionnez d'abord les mots qui nomment la source.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="154" />
        <source>Select a statement to link a source to.</source>
        <translation>Sélectionnez une déclaration à laquelle lier une source.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="163" />
        <source>Put the cursor on a source mention first.</source>
        <translation>Placez d'abord le curseur sur une mention de source.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="171" />
        <source>Select a statement, then the claim's new words.</source>
        <translation>Sélectionnez une déclaration, puis les nouveaux mots de l'affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="184" />
        <source>Put the cursor on a named entity.</source>
        <translation>Placez le curseur sur une entité nommée.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="191" />
        <source>Select a statement first.</source>
        <translation>Sélectionnez d'abord une déclaration.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/annotation.py" line="208" />
        <source>Put the cursor on an entity or a source mention.</source>
        <translation>Placez le curseur sur une entité ou une mention de source.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="57" />
        <source>Nothing yet</source>
        <translation>Rien pour l'instant</translation>
    </message>
</context>
<context>
    <name>CorpusActions</name>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="50" />
        <source>&amp;Import articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="51" />
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="52" />
        <source>&amp;Paste as a new document</source>
        <translation>&amp;Coller comme nouveau document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="53" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="55" />
        <source>Fact-checking &amp;organisation…</source>
        <translation>&amp;Organisation de vérification…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="57" />
        <source>Ne&amp;xt document</source>
        <translation>Document &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="59" />
        <source>Pre&amp;vious document</source>
        <translation>Document &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="61" />
        <source>Edit document &amp;details…</source>
        <translation>Modifier les &amp;détails du document…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="62" />
        <source>De&amp;lete document…</source>
        <translation>&amp;Supprimer le document…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="64" />
        <source>Su&amp;ggest again (decisions kept)</source>
        <translation>Su&amp;ggérer à nouveau (décisions gardées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="68" />
        <source>Mark document: {status}</source>
        <translation>Marquer le document : {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="79" />
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="85" />
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="96" />
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="100" />
        <source>Import failed</source>
        <translation>L'importation a échoué</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="109" />
        <source>{name}: already in the project</source>
        <translation>{name} : déjà dans le projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="115" />
        <source>Import: {summary}</source>
        <translation>Importation : {summary}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="155" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="160" />
        <source>{count} document(s) exported to {path}</source>
        <translation>{count} document(s) exporté(s) vers {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="163" />
        <source>Export failed</source>
        <translation>L'exportation a échoué</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="170" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="222" />
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/corpus.py" line="224" />
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
        <location filename="../../annotator/gui/panels/documents.py" line="35" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="36" />
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="37" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="38" />
        <source>Lang</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="39" />
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="40" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="41" />
        <source>Sugg.</source>
        <translation>Sugg.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="42" />
        <source>Acc.</source>
        <translation>Acc.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="43" />
        <source>Rej.</source>
        <translation>Rej.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="55" />
        <source>{status} · suggestions failed: {reason}</source>
        <translation>{status} · échec des suggestions : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="86" />
        <source>imported</source>
        <translation>import</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="139" />
        <source>Filter documents…</source>
        <translation>Filtrer les documents…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/documents.py" line="143" />
        <source>%v of %m done</source>
        <translation>%v sur %m terminés</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="51" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="52" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="53" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="54" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="88" />
        <source>Double-click to choose a colour</source>
        <translation>Double-cliquez pour choisir une couleur</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="7" />
        <source>a document's {field} must be text, not {value}</source>
        <translation>le champ {field} d’un document doit être du texte, pas {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="8" />
        <source>a document's {field} must be text, not an object</source>
        <translation>le champ {field} d’un document doit être du texte, pas un objet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="9" />
        <source>a document's {field} must be text, not a list</source>
        <translation>le champ {field} d’un document doit être du texte, pas une liste</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="10" />
        <source>a span's {field} must be text, not {value}</source>
        <translation>le champ {field} d’un passage doit être du texte, pas {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="11" />
        <source>a span's {field} must be text, not an object</source>
        <translation>le champ {field} d’un passage doit être du texte, pas un objet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="12" />
        <source>a span's {field} must be text, not a list</source>
        <translation>le champ {field} d’un passage doit être du texte, pas une liste</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="13" />
        <source>a statement's {field} must be text, not {value}</source>
        <translation>le champ {field} d’une déclaration doit être du texte, pas {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="14" />
        <source>a statement's {field} must be text, not an object</source>
        <translation>le champ {field} d’une déclaration doit être du texte, pas un objet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="15" />
        <source>a statement's {field} must be text, not a list</source>
        <translation>le champ {field} d’une déclaration doit être du texte, pas une liste</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="16" />
        <source>a document's {field} holds {char!r}, half of a UTF-16 pair and no character</source>
        <translation>le champ {field} d’un document contient {char!r}, une moitié de paire UTF-16 et non un caractère</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="19" />
        <source>a span's {field} holds {char!r}, half of a UTF-16 pair and no character</source>
        <translation>le champ {field} d’un passage contient {char!r}, une moitié de paire UTF-16 et non un caractère</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="22" />
        <source>a statement's {field} holds {char!r}, half of a UTF-16 pair and no character</source>
        <translation>le champ {field} d’une déclaration contient {char!r}, une moitié de paire UTF-16 et non un caractère</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="25" />
        <source>a document of {length:,} characters is over the limit of {limit:,}; split it into articles</source>
        <translation>un document de {length:,} caractères dépasse la limite de {limit:,} ; découpez-le en articles</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="29" />
        <source>'{published}' is no date: write it as 2025-06-02 or 2025-06-02T21:24</source>
        <translation>« {published} » n’est pas une date : écrivez-la 2025-06-02 ou 2025-06-02T21:24</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="32" />
        <source>'{url}' is no web address (http:// or https://)</source>
        <translation>« {url} » n’est pas une adresse web (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="33" />
        <source>'{lang}' is no language code: two or three letters (fr, uk, ru)</source>
        <translation>« {lang} » n’est pas un code de langue : deux ou trois lettres (fr, uk, ru)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="34" />
        <source>{start}..{end} is not a stretch of this text ({length} characters)</source>
        <translation>{start}..{end} n’est pas un passage de ce texte ({length} caractères)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="37" />
        <source>link a source mention to a statement</source>
        <translation>relier une mention de source à une déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="38" />
        <source>this statement no longer exists (deleted in another window?)</source>
        <translation>cette déclaration n’existe plus (supprimée dans une autre fenêtre ?)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="39" />
        <source>this span no longer exists (deleted in another window?)</source>
        <translation>ce passage n’existe plus (supprimé dans une autre fenêtre ?)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="40" />
        <source>only named entities are decided this way; claims go by statements</source>
        <translation>seules les entités nommées se décident ainsi ; les affirmations passent par leurs déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="43" />
        <source>unknown format '{name}' (known: {known})</source>
        <translation>format inconnu « {name} » (connus : {known})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="44" />
        <source>is the project file itself; export to another file</source>
        <translation>est le fichier du projet lui-même ; exportez vers un autre fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="45" />
        <source>no document is marked reviewed, so --reviewed has nothing to export; nothing was written</source>
        <translation>aucun document n’est marqué révisé, --reviewed n’a donc rien à exporter ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="49" />
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="50" />
        <source>the disk quota is used up</source>
        <translation>le quota disque est épuisé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="51" />
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="52" />
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="53" />
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="54" />
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="55" />
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="56" />
        <source>unexpected error ({kind}: {detail}); details in {log}</source>
        <translation>erreur inattendue ({kind} : {detail}) ; détails dans {log}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="57" />
        <source>the project file could not be read or written ({detail})</source>
        <translation>le fichier du projet n’a pas pu être lu ou écrit ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="58" />
        <source>not enough memory for this operation; close other programs or split the input</source>
        <translation>pas assez de mémoire pour cette opération ; fermez d’autres programmes ou découpez l’entrée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="61" />
        <source>cannot write it: {reason}</source>
        <translation>écriture impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="62" />
        <source>cannot read it: {reason}</source>
        <translation>lecture impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="63" />
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="64" />
        <source>a link to a file outside its folder; not followed</source>
        <translation>un lien vers un fichier hors de son dossier ; non suivi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="65" />
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="66" />
        <source>cannot read: {reason}</source>
        <translation>lecture impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="67" />
        <source>no article text found in this web page</source>
        <translation>aucun texte d’article trouvé dans cette page web</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="68" />
        <source>an element of this web page has more than {limit} attributes (at character {offset:,}): not an article page</source>
        <translation>un élément de cette page web a plus de {limit} attributs (au caractère {offset:,}) : ce n’est pas une page d’article</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="72" />
        <source>not a zip file</source>
        <translation>pas un fichier zip</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="73" />
        <source>is a ZIP64 archive: over 65,535 members or 4 GiB, too large</source>
        <translation>est une archive ZIP64 : plus de 65 535 membres ou 4 Gio, trop grande</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="74" />
        <source>has a directory for more than {limit:,} members</source>
        <translation>a un répertoire de plus de {limit:,} membres</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="75" />
        <source>has {count:,} members; the limit is {limit:,}</source>
        <translation>contient {count:,} membres ; la limite est de {limit:,}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="76" />
        <source>holds no .xmi file (export from INCEpTION as UIMA CAS XMI)</source>
        <translation>ne contient aucun fichier .xmi (exportez depuis INCEpTION en UIMA CAS XMI)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="77" />
        <source>holds more than {limit:,} bytes of XML</source>
        <translation>contient plus de {limit:,} octets de XML</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="78" />
        <source>{member!r} is larger than the zip's directory says</source>
        <translation>{member!r} est plus grand que ne l’indique le répertoire du zip</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="79" />
        <source>{member!r} is not XML in UTF-8</source>
        <translation>{member!r} n’est pas du XML en UTF-8</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="80" />
        <source>{member!r} declares a DOCTYPE or entities; refused</source>
        <translation>{member!r} déclare un DOCTYPE ou des entités ; refusé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="81" />
        <source>{member!r} holds {length:,} characters of text; the limit is {limit:,}</source>
        <translation>{member!r} contient {length:,} caractères de texte ; la limite est de {limit:,}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="84" />
        <source>{member!r} is {size:,} bytes; the limit is {limit:,}</source>
        <translation>{member!r} fait {size:,} octets ; la limite est de {limit:,}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="85" />
        <source>{member!r} is compressed beyond reason (a zip bomb?)</source>
        <translation>{member!r} est compressé au-delà du raisonnable (une bombe zip ?)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="86" />
        <source>{member!r} cannot be read ({detail})</source>
        <translation>{member!r} ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="87" />
        <source>TypeSystem.xml cannot be read ({detail})</source>
        <translation>TypeSystem.xml ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="88" />
        <source>{member!r}: a bad offset ({detail})</source>
        <translation>{member!r} : une position de caractère invalide ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="89" />
        <source>not a zip file, or a damaged one ({detail})</source>
        <translation>pas un fichier zip, ou un fichier endommagé ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="90" />
        <source>{member!r}: {problem}</source>
        <translation>{member!r} : {problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="91" />
        <source>{member!r} is not UIMA CAS XMI ({detail})</source>
        <translation>{member!r} n’est pas du UIMA CAS XMI ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="92" />
        <source>each line needs an object with a "text" string</source>
        <translation>chaque ligne doit être un objet avec une chaîne « text »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="93" />
        <source>not valid JSON ({detail})</source>
        <translation>pas du JSON valide ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="94" />
        <source>not a corpus line: nested too deeply</source>
        <translation>pas une ligne de corpus : imbrication trop profonde</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="95" />
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="96" />
        <source>not a Label Studio export (a JSON list of tasks)</source>
        <translation>pas un export Label Studio (une liste JSON de tâches)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="97" />
        <source>task {number}: {problem}</source>
        <translation>tâche {number} : {problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="98" />
        <source>not valid JSON after task {number} ({detail})</source>
        <translation>pas du JSON valide après la tâche {number} ({detail})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="99" />
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>est un tube nommé (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="100" />
        <source>is a device, not a regular file</source>
        <translation>est un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="101" />
        <source>is a socket, not a regular file</source>
        <translation>est une socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="102" />
        <source>is a folder, not a regular file</source>
        <translation>est un dossier, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="103" />
        <source>is a special file, not a regular file</source>
        <translation>est un fichier spécial, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="104" />
        <source>too large to import ({size} MB; the limit is {limit} MB)</source>
        <translation>trop volumineux pour être importé ({size} Mo ; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="105" />
        <source>cannot read it ({reason})</source>
        <translation>lecture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="106" />
        <source>not a spaCy DocBin file ({kind})</source>
        <translation>pas un fichier DocBin spaCy ({kind})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="107" />
        <source>larger than {limit} MB once unpacked, the limit for a .spacy file (room for the largest article annotator imports, twice); split the corpus into smaller files</source>
        <translation>plus de {limit} Mo une fois décompressé, la limite pour un fichier .spacy (de quoi contenir deux fois le plus long article qu’annotator importe) ; découpez le corpus en fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="111" />
        <source>document {number} is not a spaCy document ({kind})</source>
        <translation>le document {number} n’est pas un document spaCy ({kind})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="112" />
        <source>document {number}: {problem}</source>
        <translation>document {number} : {problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="113" />
        <source>not a spaCy DocBin file (not a zlib stream)</source>
        <translation>pas un fichier DocBin spaCy (pas un flux zlib)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="114" />
        <source>looks like a binary file, not text</source>
        <translation>semble être un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="115" />
        <source>mixes UTF-8 with another encoding: this line is not UTF-8; save the file as UTF-8 and import it again</source>
        <translation>mélange l’UTF-8 et un autre encodage : cette ligne n’est pas en UTF-8 ; enregistrez le fichier en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="119" />
        <source>is not UTF-8, and its encoding cannot be told with confidence; save it as UTF-8 and import it again</source>
        <translation>n’est pas en UTF-8 et son encodage ne peut pas être déterminé avec certitude ; enregistrez-le en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="126" />
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="130" />
        <source>no such file: an empty file name (a variable not set?)</source>
        <translation>fichier introuvable : un nom de fichier vide (une variable non définie ?)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="131" />
        <source>the clipboard holds no text</source>
        <translation>le presse-papiers ne contient pas de texte</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="132" />
        <source>the pasted text has {count:,} characters, over the limit of {limit:,}; split it into articles</source>
        <translation>le texte collé compte {count:,} caractères, au-delà de la limite de {limit:,} ; découpez-le en articles</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="136" />
        <source>is this project's own file; it cannot be imported into itself</source>
        <translation>est le fichier de ce projet ; il ne peut pas être importé dans lui-même</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="123" />
        <source>cannot import {suffix} files (known: {known}, brat .txt with .ann)</source>
        <translation>impossible d’importer des fichiers {suffix} (connues : {known}, brat .txt avec .ann)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="127" />
        <source>cannot import files without a suffix (known: {known}, brat .txt with .ann)</source>
        <translation>impossible d’importer des fichiers sans extension (connues : {known}, brat .txt avec .ann)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="137" />
        <source>is the output itself; name another output file</source>
        <translation>est le fichier de sortie lui-même ; nommez un autre fichier de sortie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="138" />
        <source>is this project itself; choose other files to merge</source>
        <translation>est ce projet lui-même ; choisissez d’autres fichiers à fusionner</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="139" />
        <source>no language pipeline for {lang!r}: it is no language code annotator knows; set the document's language in its details</source>
        <translation>aucun pipeline de langue pour {lang!r} : ce n’est pas un code de langue connu d’annotator ; indiquez la langue du document dans ses détails</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="143" />
        <source>cannot load a spaCy pipeline for '{lang}': {error}</source>
        <translation>impossible de charger un pipeline spaCy pour « {lang} » : {error}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="144" />
        <source>is a named pipe, not a file; export to a file</source>
        <translation>est un tube nommé, pas un fichier ; exportez vers un fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="145" />
        <source>is a device, not a file; export to a file</source>
        <translation>est un périphérique, pas un fichier ; exportez vers un fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="146" />
        <source>is a socket, not a file; export to a file</source>
        <translation>est une socket, pas un fichier ; exportez vers un fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="147" />
        <source>cannot write it: no free temporary name beside it</source>
        <translation>écriture impossible : aucun nom temporaire libre à côté</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="148" />
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="149" />
        <source>cannot write it: its folder is read-only</source>
        <translation>écriture impossible : son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="150" />
        <source>is a link; export to the file itself or to a new name</source>
        <translation>est un lien ; exportez vers le fichier lui-même ou sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="151" />
        <source>is a folder; give a file name to export to</source>
        <translation>est un dossier ; donnez un nom de fichier vers lequel exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="152" />
        <source>exists and is not an empty folder; this export makes a folder of its own</source>
        <translation>existe et n’est pas un dossier vide ; cet export crée son propre dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="155" />
        <source>is read-only for you; export to another name, or make it writable</source>
        <translation>est en lecture seule pour vous ; exportez sous un autre nom ou rendez-le modifiable</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="158" />
        <source>is a database (a project?); export to another name</source>
        <translation>est une base de données (un projet ?) ; exportez sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="159" />
        <source>cannot write it: the disk is full; nothing was written</source>
        <translation>écriture impossible : le disque est plein ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="160" />
        <source>cannot read it to check it is no project ({reason})</source>
        <translation>lecture impossible pour vérifier que ce n’est pas un projet ({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="161" />
        <source>{annotator} kept no version of this claim</source>
        <translation>{annotator} n’a gardé aucune version de cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="162" />
        <source>this claim has no annotator's decision to reject</source>
        <translation>cette affirmation n’a aucune décision d’annotateur à rejeter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="163" />
        <source>is a folder, not a project file</source>
        <translation>est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="164" />
        <source>made by a newer annotator (schema {version}, this one reads up to {known}); update annotator to open it</source>
        <translation>créé par un annotator plus récent (schéma {version}, celui-ci lit jusqu’au {known}) ; mettez annotator à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="168" />
        <source>a SQLite file, but not an annotator project</source>
        <translation>un fichier SQLite, mais pas un projet annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="169" />
        <source>an empty file, not an annotator project</source>
        <translation>un fichier vide, pas un projet annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="170" />
        <source>cannot be opened ({error})</source>
        <translation>ne peut pas être ouvert ({error})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="171" />
        <source>not a readable project file ({error})</source>
        <translation>pas un fichier de projet lisible ({error})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="172" />
        <source>the project file is damaged ({reason}); open a backup copy</source>
        <translation>le fichier du projet est endommagé ({reason}) ; ouvrez une copie de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/core_texts.py" line="173" />
        <source>not a project file (not an SQLite database)</source>
        <translation>pas un fichier de projet (pas une base SQLite)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="29" />
        <source>doccano JSONL (entities and relations)</source>
        <translation>doccano JSONL (entités et relations)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="30" />
        <source>doccano JSONL (labels only)</source>
        <translation>doccano JSONL (étiquettes seules)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="31" />
        <source>Prodigy spans JSONL</source>
        <translation>Prodigy, passages en JSONL</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="32" />
        <source>brat standoff (folder)</source>
        <translation>brat standoff (dossier)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="33" />
        <source>spaCy DocBin (.spacy)</source>
        <translation>spaCy DocBin (.spacy)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="34" />
        <source>CSV, one row per statement</source>
        <translation>CSV, une ligne par déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="35" />
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="36" />
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="37" />
        <source>Label Studio tasks and labeling config (folder)</source>
        <translation>Label Studio : tâches et configuration d’étiquetage (dossier)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="40" />
        <source>INCEpTION: UIMA CAS XMI files (.zip)</source>
        <translation>INCEpTION : fichiers UIMA CAS XMI (.zip)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="48" />
        <source>Export the corpus</source>
        <translation>Exporter le corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="54" />
        <source>Suggested and accepted</source>
        <translation>Suggérées et acceptées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="56" />
        <source>Suggested only</source>
        <translation>Suggérées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="57" />
        <source>Accepted only</source>
        <translation>Acceptées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="58" />
        <source>Rejected only</source>
        <translation>Rejetées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="62" />
        <source>Reviewed versions only</source>
        <translation>Versions révisées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="63" />
        <source>For Excel (UTF-8 with a byte-order mark)</source>
        <translation>Pour Excel (UTF-8 avec indicateur d'ordre des octets)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="66" />
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="68" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="83" />
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="84" />
        <source>&amp;Annotations</source>
        <translation>&amp;Annotations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="85" />
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="88" />
        <source>&amp;Save to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="145" />
        <source>Export to an empty folder</source>
        <translation>Exporter dans un dossier vide</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/export.py" line="147" />
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
        <location filename="../../annotator/gui/dialogs/help.py" line="34" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/help.py" line="37" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/help.py" line="37" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="109" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="123" />
        <source>(machine)</source>
        <translation>(machine)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="128" />
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="128" />
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="134" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="135" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="136" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="137" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/team.py" line="138" />
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="59" />
        <source>Entities (tinted)</source>
        <translation>Entités (teintées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="64" />
        <source>Claims by source (underlined: dashed = suggested)</source>
        <translation>Affirmations par source (soulignées : tirets = suggérées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="69" />
        <source>Cue words (said, selon…): grey dotted underline</source>
        <translation>Mots introducteurs (dit, selon…) : soulignés en pointillés gris</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="43" />
        <location filename="../../annotator/gui/panels/legend.py" line="67" />
        <source>Category not set</source>
        <translation>Catégorie non définie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/legend.py" line="68" />
        <source>Source mentions are bold</source>
        <translation>Les mentions de source sont en gras</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="67" />
        <source>annotator — {name}</source>
        <translation>annotator — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="81" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="82" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="83" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="85" />
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="86" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="88" />
        <source>Guidelines</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="91" />
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="92" />
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="144" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="154" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="159" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="162" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="164" />
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="165" />
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="167" />
        <location filename="../../annotator/gui/main_window.py" line="173" />
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="168" />
        <source>&amp;Light</source>
        <translation>&amp;Claire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="169" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="172" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="176" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="177" />
        <source>&amp;Guidelines</source>
        <translation>&amp;Consignes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="178" />
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="181" />
        <source>The &amp;article</source>
        <translation>L'&amp;article</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="182" />
        <source>The &amp;documents</source>
        <translation>Les &amp;documents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="183" />
        <source>The &amp;statements</source>
        <translation>Les &amp;déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="184" />
        <source>The statement &amp;editor</source>
        <translation>L'&amp;éditeur de déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="185" />
        <source>The &amp;search</source>
        <translation>La &amp;recherche</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="190" />
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="194" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="204" />
        <source>&amp;Search the corpus</source>
        <translation>&amp;Rechercher dans le corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="209" />
        <source>&amp;Refresh (show others' changes)</source>
        <translation>&amp;Actualiser (voir les modifications des autres)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="212" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="217" />
        <source>&amp;Taxonomy and gazetteer…</source>
        <translation>&amp;Taxonomie et répertoire…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="221" />
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="229" />
        <source>Source &amp;category</source>
        <translation>&amp;Catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="230" />
        <source>S&amp;tance</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="235" />
        <source>Choose the source cate&amp;gory…</source>
        <translation>Choisir la caté&amp;gorie de source…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="239" />
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="244" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="247" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="251" />
        <source>&amp;About annotator</source>
        <translation>À &amp;propos d'annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="258" />
        <source>Select a statement first.</source>
        <translation>Sélectionnez d'abord une déclaration.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="287" />
        <source>Chart saved to {path}</source>
        <translation>Graphique enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="318" />
        <source>Some files were not imported</source>
        <translation>Certains fichiers n'ont pas été importés</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="427" />
        <source>About annotator</source>
        <translation>À propos d'annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="463" />
        <source>The language applies to windows opened from now on.</source>
        <translation>La langue s'applique aux fenêtres ouvertes à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="61" />
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="64" />
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="67" />
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="69" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="70" />
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="75" />
        <location filename="../../annotator/gui/actions/project.py" line="83" />
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="84" />
        <source>{path} exists already; open it instead.</source>
        <translation>{path} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="91" />
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="104" />
        <source>Cannot open the project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="110" />
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="123" />
        <source>A copy was saved to {path}</source>
        <translation>Une copie a été enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/project.py" line="133" />
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
        <location filename="../../annotator/gui/panels/properties.py" line="210" />
        <location filename="../../annotator/gui/panels/properties.py" line="211" />
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="212" />
        <source>(no rating)</source>
        <translation>(sans verdict)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="224" />
        <source>Add “{speaker}” to the gazetteer as {category}</source>
        <translation>Ajouter « {speaker} » au répertoire comme {category}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="230" />
        <source>Later suggestions in this project find this name and give it this source category</source>
        <translation>Les suggestions suivantes de ce projet trouveront ce nom et lui donneront cette catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="252" />
        <source>Select a statement, or select text and press C to mark a claim.</source>
        <translation>Sélectionnez une déclaration, ou sélectionnez du texte et appuyez sur C pour marquer une affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="258" />
        <source>Status: {status} · origin: {origin}</source>
        <translation>Statut : {status} · origine : {origin}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="263" />
        <source> · by {name}</source>
        <translation> · par {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/properties.py" line="327" />
        <source>Longer than a phone's line in Google's results</source>
        <translation>Plus long qu'une ligne de téléphone dans les résultats de Google</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="11" />
        <source>reporting word “{word}”</source>
        <translation>verbe introducteur « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="12" />
        <source>attributed with “{word}”</source>
        <translation>attribué par « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="13" />
        <source>denied with “{word}”</source>
        <translation>démenti par « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="14" />
        <source>passed on: “{word}”</source>
        <translation>relayé : « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="15" />
        <source>speaker named by the pronoun “{word}”</source>
        <translation>locuteur désigné par le pronom « {word} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="16" />
        <source>a speaker's name before a colon</source>
        <translation>le nom d'un locuteur avant deux-points</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="17" />
        <source>words announced with a colon</source>
        <translation>des paroles annoncées par deux-points</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="18" />
        <source>a quotation that goes on</source>
        <translation>une citation qui se poursuit</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="19" />
        <source>hedged (may, reportedly)</source>
        <translation>au conditionnel (pourrait, selon des informations)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="20" />
        <source>in quotation marks</source>
        <translation>entre guillemets</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="21" />
        <source>words held at a distance by quotation marks</source>
        <translation>des mots mis à distance par des guillemets</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="22" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="23" />
        <source>a comparison</source>
        <translation>une comparaison</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="24" />
        <source>a prediction</source>
        <translation>une prédiction</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="26" />
        <source>marked “{word}” in the imported file</source>
        <translation>marqué « {word} » dans le fichier importé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/reasons.py" line="45" />
        <source>Why: {reasons}</source>
        <translation>Pourquoi : {reasons}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="27" />
        <source>only some kept it</source>
        <translation>seuls certains l’ont gardée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="28" />
        <source>the words</source>
        <translation>les mots</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="29" />
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="30" />
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="31" />
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="32" />
        <source>rating</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="33" />
        <source>relay</source>
        <translation>relais</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="36" />
        <source>everyone who annotated the document kept the same claim: the same words, source category, stance, speaker, rating and relays; or nobody kept it</source>
        <translation>toutes les personnes qui ont annoté le document ont gardé la même affirmation : les mêmes mots, catégorie de source, position, locuteur, verdict et relais ; ou personne ne l’a gardée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="40" />
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="86" />
        <source>Each cell: source category · stance · speaker (· rating), a line per statement, ↪ a relay; – not set; red: the annotators differ</source>
        <translation>Chaque case : catégorie de source · position · locuteur (· verdict), une ligne par déclaration, ↪ un relais ; – non défini ; en rouge : les annotateurs diffèrent</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="92" />
        <source>Merge agreements automatically</source>
        <translation>Fusionner automatiquement les accords</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="94" />
        <source>Agreed: {rule}.</source>
        <translation>Accord : {rule}.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="102" />
        <source>The annotators who kept a version of this claim</source>
        <translation>Les annotateurs qui ont gardé une version de cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="103" />
        <source>&amp;Keep this version</source>
        <translation>&amp;Garder cette version</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="105" />
        <source>Re&amp;ject the claim</source>
        <translation>Re&amp;jeter l’affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="106" />
        <source>Settle it as no claim: it is not exported as reviewed</source>
        <translation>La régler comme non-affirmation : elle n’est pas exportée comme révisée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="108" />
        <source>Mark document reviewed</source>
        <translation>Marquer le document comme révisé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="131" />
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="131" />
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="132" />
        <source>Reviewed</source>
        <translation>Révisée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="148" />
        <source>{n} claims: {a} agreed, {d} to decide, {s} settled</source>
        <translation>{n} affirmations : {a} en accord, {d} à trancher, {s} réglées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="184" />
        <source>changed since: {was}</source>
        <translation>modifiée depuis : {was}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="189" />
        <source>added in review</source>
        <translation>ajoutée en révision</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="191" />
        <source>changed since its review</source>
        <translation>modifiée depuis sa révision</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="193" />
        <source>agreed</source>
        <translation>accord</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="193" />
        <source>agreed: no claim</source>
        <translation>accord : pas d’affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/review.py" line="196" />
        <source>only {names} kept it</source>
        <translation>seul(e)s {names} l’ont gardée</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="34" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="35" />
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="42" />
        <source>Search the corpus (words, "a phrase", prefix*)</source>
        <translation>Rechercher dans le corpus (mots, "une expression", préfixe*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="65" />
        <source>No document contains “{words}”.</source>
        <translation>Aucun document ne contient « {words} ».</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="70" />
        <source>{total} documents match: the first {shown} in corpus order (add words to rank them)</source>
        <translation>{total} documents correspondent : les {shown} premiers dans l'ordre du corpus (ajoutez des mots pour les classer)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="77" />
        <source>{total} documents match: the best {shown}</source>
        <translation>{total} documents correspondent : les {shown} meilleurs</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="103" />
        <location filename="../../annotator/gui/panels/search.py" line="110" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="104" />
        <location filename="../../annotator/gui/panels/search.py" line="110" />
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="105" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="106" />
        <location filename="../../annotator/gui/panels/search.py" line="110" />
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="107" />
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="110" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="127" />
        <location filename="../../annotator/gui/panels/search.py" line="133" />
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="135" />
        <source>Suggested</source>
        <translation>Suggérées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="136" />
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="137" />
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../annotator/gui/session.py" line="273" />
        <source>Pipeline: none (annotations imported)</source>
        <translation>Pipeline : aucun (annotations importées)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="275" />
        <source>Pipeline: {name}</source>
        <translation>Pipeline : {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="279" />
        <source>Pipeline: none yet</source>
        <translation>Pipeline : aucun pour l'instant</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="282" />
        <source>Pipeline: {name} (suggesting…)</source>
        <translation>Pipeline : {name} (suggestions en cours…)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="284" />
        <source>Loading the {language} language model…</source>
        <translation>Chargement du modèle de langue ({language})…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="308" />
        <source>Suggestions stopped</source>
        <translation>Suggestions arrêtées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="309" />
        <source>Suggestions stopped: {reason}</source>
        <translation>Suggestions arrêtées : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="320" />
        <source>Suggestions failed for “{title}”: {reason}</source>
        <translation>Échec des suggestions pour « {title} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="298" />
        <source>{entities} entities and {claims} claims suggested by {name}</source>
        <translation>{entities} entités et {claims} affirmations suggérées par {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="277" />
        <source>Suggestions failed</source>
        <translation>Les suggestions ont échoué</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="60" />
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="61" />
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="62" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="63" />
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="64" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="65" />
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="207" />
        <source>Filter statements…</source>
        <translation>Filtrer les déclarations…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="211" />
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="213" />
        <source>Suggested</source>
        <translation>Suggérées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="214" />
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/statements.py" line="215" />
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="92" />
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="93" />
        <source>The whole corpus</source>
        <translation>Tout le corpus</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="95" />
        <source>Statements by source category</source>
        <translation>Déclarations par catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="96" />
        <source>Statements by stance</source>
        <translation>Déclarations par position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="97" />
        <source>Progress: statements decided per day</source>
        <translation>Avancement : déclarations tranchées par jour</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="101" />
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="131" />
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="145" />
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/stats.py" line="145" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>StyleBook</name>
    <message>
        <location filename="../../annotator/gui/article/styles.py" line="27" />
        <source>Entity: {label}</source>
        <translation>Entité : {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/article/styles.py" line="28" />
        <source>Claim: {label}</source>
        <translation>Affirmation : {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/article/styles.py" line="29" />
        <source>Source: {label}</source>
        <translation>Source : {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/article/styles.py" line="32" />
        <source>Cue: the words that report a statement</source>
        <translation>Introducteur : les mots qui rapportent une déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/article/styles.py" line="33" />
        <source>category not set</source>
        <translation>catégorie non définie</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="24" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="25" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="26" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="27" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="28" />
        <source>Russian officials</source>
        <translation>Responsables russes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="29" />
        <source>Russian state media</source>
        <translation>Médias d'État russes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="30" />
        <source>Russian media (unspecified)</source>
        <translation>Médias russes (non précisés)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="31" />
        <source>Ukrainian officials</source>
        <translation>Responsables ukrainiens</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="32" />
        <source>Ukrainian media</source>
        <translation>Médias ukrainiens</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="33" />
        <source>Western officials</source>
        <translation>Responsables occidentaux</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="34" />
        <source>Mediator officials (e.g. Turkey)</source>
        <translation>Responsables médiateurs (p. ex. Turquie)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="35" />
        <source>Third-country state media</source>
        <translation>Médias d'État de pays tiers</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="36" />
        <source>International organisations</source>
        <translation>Organisations internationales</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="37" />
        <source>International independent media</source>
        <translation>Médias internationaux indépendants</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="38" />
        <source>Experts and NGOs</source>
        <translation>Experts et ONG</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="39" />
        <source>Anonymous source</source>
        <translation>Source anonyme</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="40" />
        <source>Unattributed (the article's own voice)</source>
        <translation>Non attribué (la voix de l'article)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="41" />
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="42" />
        <source>Refutes</source>
        <translation>Réfute</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="43" />
        <source>Reports (relays)</source>
        <translation>Rapporte (relaie)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="44" />
        <source>Questions (doubts, hedges)</source>
        <translation>Met en doute (nuance)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="45" />
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="46" />
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="47" />
        <source>Mostly true</source>
        <translation>Plutôt vrai</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="48" />
        <source>Misleading</source>
        <translation>Trompeur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="49" />
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="50" />
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="27" />
        <source>Source categories</source>
        <translation>Catégories de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="28" />
        <source>Stances</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="29" />
        <source>Ratings</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="30" />
        <source>Entity labels</source>
        <translation>Étiquettes d'entités</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="129" />
        <source>Taxonomy and gazetteer</source>
        <translation>Taxonomie et répertoire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="140" />
        <source>Gazetteer</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="156" />
        <source>{kind}: every entry needs a code</source>
        <translation>{kind} : chaque entrée doit avoir un code</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="158" />
        <source>{kind}: codes must be different</source>
        <translation>{kind} : les codes doivent être différents</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="161" />
        <source>{kind}: two entries share a shortcut</source>
        <translation>{kind} : deux entrées ont le même raccourci</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="165" />
        <source>{kind}: {key} is already the key for “{what}”</source>
        <translation>{kind} : {key} est déjà la touche de « {what} »</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="170" />
        <source>gazetteer: every entry needs a pattern</source>
        <translation>répertoire : chaque entrée doit avoir un motif</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dialogs/taxonomy.py" line="197" />
        <source>Cannot save</source>
        <translation>Impossible d'enregistrer</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="48" />
        <source>&amp;Your name as annotator…</source>
        <translation>&amp;Votre nom d'annotateur…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="51" />
        <source>&amp;Merge project files into this one…</source>
        <translation>&amp;Fusionner des projets dans celui-ci…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="54" />
        <source>&amp;Agreement report</source>
        <translation>Rapport d'&amp;accord</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="57" />
        <source>&amp;Review this document</source>
        <translation>&amp;Réviser ce document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="60" />
        <source>&amp;History of this statement</source>
        <translation>&amp;Historique de cette déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="76" />
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="77" />
        <source>Your name, recorded on every annotation:</source>
        <translation>Votre nom, enregistré sur chaque annotation :</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="83" />
        <source>Annotating as {name}</source>
        <translation>Vous annotez en tant que {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="88" />
        <source>Merge project files</source>
        <translation>Fusionner des projets</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="90" />
        <source>Projects (*.db);;All files (*)</source>
        <translation>Projets (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="98" />
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="102" />
        <source>Merge failed</source>
        <translation>La fusion a échoué</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="110" />
        <source>Merged</source>
        <translation>Fusion terminée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="115" />
        <source>Measuring agreement…</source>
        <translation>Mesure de l'accord…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="121" />
        <source>Agreement failed</source>
        <translation>Échec de la mesure de l'accord</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="151" />
        <source>Agreements merged automatically ({what}); Ctrl+Z undoes it</source>
        <translation>Accords fusionnés automatiquement ({what}) ; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="200" />
        <source>Claims not decided</source>
        <translation>Affirmations non tranchées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/actions/team.py" line="202" />
        <source>%n claim(s) of this document are not decided yet; a reviewed export leaves them out. Mark the document reviewed anyway?</source>
        <translation>
            <numerusform>%n affirmation de ce document n’est pas encore tranchée ; un export révisé la laisse de côté. Marquer quand même le document comme révisé ?</numerusform>
            <numerusform>%n affirmations de ce document ne sont pas encore tranchées ; un export révisé les laisse de côté. Marquer quand même le document comme révisé ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/actions/team.py" line="216" />
        <source>Select a statement to see its history.</source>
        <translation>Sélectionnez une déclaration pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="53" />
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="54" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="55" />
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="58" />
        <source>the language model</source>
        <translation>le modèle de langue</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="59" />
        <source>a rule</source>
        <translation>une règle</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="60" />
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="61" />
        <source>imported</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="62" />
        <location filename="../../annotator/gui/language/wording.py" line="98" />
        <source>review</source>
        <translation>révision</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="65" />
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="66" />
        <source>source category</source>
        <translation>catégorie de source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="67" />
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="68" />
        <source>rating</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="69" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="70" />
        <source>short claim</source>
        <translation>affirmation courte</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="71" />
        <source>guidelines</source>
        <translation>consignes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="74" />
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="75" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="76" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="77" />
        <source>reviewed</source>
        <translation>révisé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="81" />
        <source>Mark claim</source>
        <translation>Marquer une affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="82" />
        <source>Mark source</source>
        <translation>Marquer une source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="83" />
        <source>Link source</source>
        <translation>Lier une source</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="84" />
        <source>Change boundaries</source>
        <translation>Changer les bornes</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="85" />
        <source>Delete statement</source>
        <translation>Supprimer la déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="86" />
        <source>Delete span</source>
        <translation>Supprimer le passage</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="87" />
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="88" />
        <source>Edit document details</source>
        <translation>Modifier les détails du document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="89" />
        <source>Edit lists and gazetteer</source>
        <translation>Modifier les listes et le répertoire</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="90" />
        <source>Set the fact-checker</source>
        <translation>Définir l'organisation de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="91" />
        <source>Review: reject the claim</source>
        <translation>Révision : rejeter l’affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="95" />
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="96" />
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="97" />
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="103" />
        <source>Accept {n} statement</source>
        <translation>Accepter {n} déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="104" />
        <source>Accept {n} statements</source>
        <translation>Accepter {n} déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="107" />
        <source>Reject {n} statement</source>
        <translation>Rejeter {n} déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="108" />
        <source>Reject {n} statements</source>
        <translation>Rejeter {n} déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="111" />
        <source>Reset {n} statement</source>
        <translation>Rétablir {n} déclaration</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="112" />
        <source>Reset {n} statements</source>
        <translation>Rétablir {n} déclarations</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="115" />
        <source>Accept {n} entity</source>
        <translation>Accepter {n} entité</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="116" />
        <source>Accept {n} entities</source>
        <translation>Accepter {n} entités</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="119" />
        <source>Reject {n} entity</source>
        <translation>Rejeter {n} entité</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="120" />
        <source>Reject {n} entities</source>
        <translation>Rejeter {n} entités</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="123" />
        <source>Reset {n} entity</source>
        <translation>Rétablir {n} entité</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="124" />
        <source>Reset {n} entities</source>
        <translation>Rétablir {n} entités</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="128" />
        <source>{n} imported</source>
        <translation>{n} importé(s)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="130" />
        <location filename="../../annotator/gui/language/wording.py" line="131" />
        <source>{n} already in the project</source>
        <translation>{n} déjà dans le projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="134" />
        <location filename="../../annotator/gui/language/wording.py" line="135" />
        <source>{n} changed in another tool</source>
        <translation>{n} modifié(s) dans un autre outil</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="137" />
        <source>{n} failed</source>
        <translation>{n} en échec</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="199" />
        <source>Review: merge {n} agreed claim of {names}</source>
        <translation>Révision : fusionner {n} affirmation en accord de {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="200" />
        <source>Review: merge {n} agreed claims of {names}</source>
        <translation>Révision : fusionner {n} affirmations en accord de {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="266" />
        <source>Set {fields}</source>
        <translation>Définir {fields}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="267" />
        <source>Mark document {status}</source>
        <translation>Marquer le document : {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="268" />
        <source>Edit {what}</source>
        <translation>Modifier : {what}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="269" />
        <source>Learn speaker {speaker}</source>
        <translation>Apprendre le locuteur {speaker}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="270" />
        <source>Review: keep {name}'s version</source>
        <translation>Révision : garder la version de {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="271" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/language/wording.py" line="239" />
        <source>{documents} document(s), {spans} span(s), {statements} statement(s), {history} history row(s) added; {replaced} older version(s) replaced; {to_review} claim(s) to review (the annotators differ, or a decision changed since its review); {reopened} reviewed document(s) back to review</source>
        <translation>{documents} document(s), {spans} passage(s), {statements} déclaration(s), {history} ligne(s) d’historique ajoutés ; {replaced} version(s) plus ancienne(s) remplacée(s) ; {to_review} affirmation(s) à réviser (les annotateurs diffèrent, ou une décision a changé depuis sa révision) ; {reopened} document(s) révisé(s) à réviser de nouveau</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/gui/preferences.py" line="33" />
        <source>Welcome to annotator</source>
        <translation>Bienvenue dans annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences.py" line="34" />
        <source>Your name, recorded on every annotation you make:</source>
        <translation>Votre nom, enregistré sur chaque annotation que vous faites :</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="62" />
        <source>annotator cannot open this project</source>
        <translation>annotator ne peut pas ouvrir ce projet</translation>
    </message>
</context>
</TS>