<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Addressees</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="40"/>
        <source>Member States</source>
        <translation type="unfinished">États Membres</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="41"/>
        <source>Our government</source>
        <translation type="unfinished">Notre gouvernement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="42"/>
        <source>Parliaments</source>
        <translation type="unfinished">Parlements</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="43"/>
        <source>IOM</source>
        <translation type="unfinished">OIM</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="44"/>
        <source>OHCHR</source>
        <translation type="unfinished">HCDH</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="45"/>
        <source>UNHCR</source>
        <translation type="unfinished">HCR</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="46"/>
        <source>The UN Network on Migration</source>
        <translation type="unfinished">Le Réseau des Nations Unies sur les migrations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="47"/>
        <source>Local authorities</source>
        <translation type="unfinished">Autorités locales</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="48"/>
        <source>National human rights institutions</source>
        <translation type="unfinished">Institutions nationales des droits de l’homme</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="49"/>
        <source>Civil-society organisations</source>
        <translation type="unfinished">Organisations de la société civile</translation>
    </message>
</context>
<context>
    <name>AimsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="62"/>
        <source>who</source>
        <translation type="unfinished">qui</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="64"/>
        <source>what</source>
        <translation type="unfinished">quoi</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="66"/>
        <source>by when</source>
        <translation type="unfinished">dans quel délai</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="75"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="61"/>
        <source>Engagement aims and asks</source>
        <translation type="unfinished">Buts de la participation et demandes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="76"/>
        <source>What do you want to achieve by engaging? Choose from the twelve common aims or write your own, then turn each into a concrete ask: who should do what, by when.</source>
        <translation type="unfinished">Que voulez-vous obtenir en participant&#xa0;? Choisissez parmi les douze buts courants ou écrivez le vôtre, puis traduisez chacun en une demande concrète&#xa0;: qui doit faire quoi, et dans quel délai.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="86"/>
        <source>Aim</source>
        <translation type="unfinished">But</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="87"/>
        <source>Choose an aim or type your own</source>
        <translation type="unfinished">Choisissez un but ou saisissez le vôtre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="89"/>
        <source>&amp;Aim:</source>
        <translation type="unfinished">&amp;But&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="97"/>
        <source>&amp;Who should act:</source>
        <translation type="unfinished">&amp;Qui doit agir&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="103"/>
        <source>W&amp;hat they should do:</source>
        <translation type="unfinished">&amp;Ce qu’il faut faire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="107"/>
        <source>The ask</source>
        <translation type="unfinished">La demande</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="93"/>
        <source>Who should act</source>
        <translation type="unfinished">Qui doit agir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="95"/>
        <source>e.g. Member States</source>
        <translation type="unfinished">p. ex. les États Membres</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="98"/>
        <source>What they should do</source>
        <translation type="unfinished">Ce qu’il faut faire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="99"/>
        <source>e.g. adopt a national GCM implementation plan with civil society</source>
        <translation type="unfinished">p. ex. adopter avec la société civile un plan national de mise en œuvre du Pacte mondial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="104"/>
        <source>By when</source>
        <translation type="unfinished">Dans quel délai</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="105"/>
        <source>e.g. before the IMRF 2026</source>
        <translation type="unfinished">p. ex. avant le Forum d’examen de 2026</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="106"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>&amp;Aims:</source>
        <translation type="unfinished">&amp;Buts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>Add your o&amp;wn aim</source>
        <translation type="unfinished">Ajouter votre propre b&amp;ut</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="117"/>
        <source>No aims yet: choose from the twelve aims or add your own.</source>
        <translation type="unfinished">Aucun but pour l’instant&#xa0;: choisissez parmi les douze buts ou ajoutez le vôtre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>aim</source>
        <translation type="unfinished">le but</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="122"/>
        <source>Choose from the &amp;twelve aims…</source>
        <translation type="unfinished">Choisir parmi les &amp;douze buts…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="123"/>
        <source>Add an aim from the twelve aims</source>
        <translation type="unfinished">Ajouter un des douze buts</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="134"/>
        <source>(no aim yet)</source>
        <translation type="unfinished">(pas encore de but)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="141"/>
        <source> — ask incomplete</source>
        <translation type="unfinished"> — demande incomplète</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="146"/>
        <source>The ask is complete.</source>
        <translation type="unfinished">La demande est complète.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="147"/>
        <source>The ask is missing: %1.</source>
        <translation type="unfinished">Il manque à la demande&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="181"/>
        <source>⚠ This ask is incomplete: add %1.</source>
        <translation type="unfinished">⚠ Cette demande est incomplète&#xa0;: précisez %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="180"/>
        <source>✓ This ask is complete.</source>
        <translation type="unfinished">✓ Cette demande est complète.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="186"/>
        <source>Choose an engagement aim</source>
        <translation type="unfinished">Choisir un but de participation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="187"/>
        <source>The twelve aims organisations commonly pursue when engaging with the Global Compact reviews. You will turn the aim into a concrete ask next.</source>
        <translation type="unfinished">Les douze buts que les organisations poursuivent souvent en participant aux examens du Pacte mondial. Vous traduirez ensuite le but en une demande concrète.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="192"/>
        <source>Add aim</source>
        <translation type="unfinished">Ajouter un but</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="157"/>
        <source>Could not create the recovery folder %1: %2</source>
        <translation type="unfinished">Impossible de créer le dossier de récupération %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="162"/>
        <source>Could not lock the recovery file %1.</source>
        <translation type="unfinished">Impossible de verrouiller le fichier de récupération %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="219"/>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished">La copie de récupération n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BoundField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/bound.py" line="96"/>
        <source>Edit %1</source>
        <translation type="unfinished">Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="71"/>
        <source>Brand Kit</source>
        <extracomment>the kit was saved or imported (the path of its folder) the kit on disk was read and the fields show it</extracomment>
        <translation type="unfinished">Charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="72"/>
        <source>Brand kit</source>
        <translation type="unfinished">Charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="79"/>
        <source>Your organisation&apos;s house style, used for every brief and template. A brief&apos;s own look choices (a colour, font or paper other than the default) win over it.</source>
        <translation type="unfinished">La charte graphique de votre organisation, utilisée pour tous vos documents et modèles. Les choix d’apparence propres à un document (une couleur, une police ou un papier autres que ceux par défaut) l’emportent sur elle.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="83"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="90"/>
        <source>Logo preview</source>
        <translation type="unfinished">Aperçu du logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="91"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">Choisir un &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="93"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">Reti&amp;rer le logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="102"/>
        <source>Logo:</source>
        <translation type="unfinished">Logo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>P&amp;rimary colour:</source>
        <translation type="unfinished">Couleur &amp;principale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>Primary colour</source>
        <translation type="unfinished">Couleur principale</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">Couleur d’&amp;accent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>Accent colour</source>
        <translation type="unfinished">Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>&amp;Text colour:</source>
        <translation type="unfinished">Couleur du te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>Text colour</source>
        <translation type="unfinished">Couleur du texte</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="115"/>
        <source>template&apos;s own</source>
        <translation type="unfinished">celle du modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="116"/>
        <source>%1, hexadecimal</source>
        <translation type="unfinished">%1, en hexadécimal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="118"/>
        <source>Choose…</source>
        <translation type="unfinished">Choisir…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="119"/>
        <source>Choose %1</source>
        <translation type="unfinished">Choisir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="135"/>
        <source>&amp;Heading font:</source>
        <translation type="unfinished">Police des &amp;titres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="136"/>
        <source>&amp;Body font:</source>
        <translation type="unfinished">Police du &amp;corps de texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="137"/>
        <source>Add font &amp;file…</source>
        <translation type="unfinished">Ajouter un fic&amp;hier de police…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="139"/>
        <source>Your own font (.ttf, .otf, .woff or .woff2). It must draw every basic Latin letter.</source>
        <translation type="unfinished">Votre propre police (.ttf, .otf, .woff ou .woff2). Elle doit contenir toutes les lettres latines de base.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="152"/>
        <source>e.g. the network&apos;s name, address, website</source>
        <translation type="unfinished">p. ex. le nom, l’adresse et le site web du réseau</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="153"/>
        <source>Footer l&amp;ine:</source>
        <translation type="unfinished">Ligne de pie&amp;d de page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>The brief&apos;s own</source>
        <translation type="unfinished">Celui du document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="156"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="158"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">Pap&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="161"/>
        <source>Brand kit status</source>
        <translation type="unfinished">État de la charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="163"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">I&amp;mporter…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="165"/>
        <source>&amp;Export…</source>
        <translation type="unfinished">Exp&amp;orter…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="167"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="169"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="171"/>
        <source>Use a brand kit file a partner sent you</source>
        <translation type="unfinished">Utiliser un fichier de charte graphique envoyé par un partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="172"/>
        <source>Save the brand kit as a file to share</source>
        <translation type="unfinished">Enregistrer la charte graphique dans un fichier à partager</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="193"/>
        <source>No brand kit yet: fill in the fields and press Save.</source>
        <translation type="unfinished">Pas encore de charte graphique&#xa0;: remplissez les champs et appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="196"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="363"/>
        <source>Saved in %1</source>
        <translation type="unfinished">Enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="205"/>
        <source>The saved brand kit cannot be used; saving replaces it.
%1</source>
        <translation type="unfinished">La charte graphique enregistrée ne peut pas être utilisée&#xa0;; l’enregistrement la remplacera.
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="233"/>
        <source>The template&apos;s own</source>
        <translation type="unfinished">Celle du modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="234"/>
        <source>%1 (bundled)</source>
        <translation type="unfinished">%1 (fournie)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="235"/>
        <source>%1 (your font file)</source>
        <translation type="unfinished">%1 (votre fichier de police)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="243"/>
        <source>%1 (%2, weight %3)</source>
        <translation type="unfinished">%1 (%2, graisse %3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="245"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="428"/>
        <source>Font files: %1</source>
        <translation type="unfinished">Fichiers de police&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="246"/>
        <source>No font files of your own yet.</source>
        <translation type="unfinished">Aucun fichier de police personnel pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="253"/>
        <source>No logo</source>
        <translation type="unfinished">Aucun logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="282"/>
        <source>Choose a colour</source>
        <translation type="unfinished">Choisir une couleur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="289"/>
        <source>Choose the Logo</source>
        <translation type="unfinished">Choisir le logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="290"/>
        <source>Images (%1)</source>
        <translation type="unfinished">Images (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="301"/>
        <source>This image cannot be the logo</source>
        <translation type="unfinished">Cette image ne peut pas servir de logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="309"/>
        <source>Add a Font File</source>
        <translation type="unfinished">Ajouter un fichier de police</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="310"/>
        <source>Fonts (%1)</source>
        <translation type="unfinished">Polices (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="326"/>
        <source>Added the font “%1”; press Save to keep it.</source>
        <translation type="unfinished">Police «&#xa0;%1&#xa0;» ajoutée&#xa0;; appuyez sur Enregistrer pour la conserver.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="330"/>
        <source>This font cannot be used</source>
        <translation type="unfinished">Cette police ne peut pas être utilisée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="348"/>
        <source>Brand kit not saved</source>
        <translation type="unfinished">Charte graphique non enregistrée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="349"/>
        <source>“%1” is not a whole colour: write six hexadecimal digits, as #1d5c8c, or leave the field empty.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n’est pas une couleur complète&#xa0;: écrivez six chiffres hexadécimaux, comme #1d5c8c, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="369"/>
        <source>The brand kit was not saved; the previous one is unchanged</source>
        <translation type="unfinished">La charte graphique n’a pas été enregistrée&#xa0;; la précédente est inchangée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="376"/>
        <source>Export Brand Kit</source>
        <translation type="unfinished">Exporter la charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="377"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="396"/>
        <source>Brand kits (%1)</source>
        <translation type="unfinished">Fichiers de charte graphique (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="385"/>
        <source>Brand kit exported</source>
        <translation type="unfinished">Charte graphique exportée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="386"/>
        <source>The brand kit was saved as %1. A partner uses it with Tools ▸ Brand Kit… ▸ Import.</source>
        <translation type="unfinished">La charte graphique a été enregistrée sous %1. Un partenaire pourra l’utiliser avec Outils ▸ Charte graphique… ▸ Importer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="391"/>
        <source>The brand kit was not exported</source>
        <translation type="unfinished">La charte graphique n’a pas été exportée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="395"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="402"/>
        <source>Import Brand Kit</source>
        <translation type="unfinished">Importer une charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="403"/>
        <source>&amp;Replace My Brand Kit</source>
        <translation type="unfinished">&amp;Remplacer ma charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="409"/>
        <source>Imported from %1</source>
        <translation type="unfinished">Importée depuis %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="413"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="416"/>
        <source>The brand kit was not imported; nothing was changed</source>
        <translation type="unfinished">La charte graphique n’a pas été importée&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="421"/>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="422"/>
        <source>%1 holds the brand kit “%2”:</source>
        <translation type="unfinished">%1 contient la charte graphique «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="423"/>
        <source>unnamed</source>
        <translation type="unfinished">sans nom</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="424"/>
        <source>Colours: primary %1, accent %2, text %3</source>
        <translation type="unfinished">Couleurs&#xa0;: principale %1, accent %2, texte %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="426"/>
        <source>Fonts: headings %1, body %2</source>
        <translation type="unfinished">Polices&#xa0;: titres %1, corps de texte %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="430"/>
        <source>Logo: %1</source>
        <translation type="unfinished">Logo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="431"/>
        <source>Footer line: %1</source>
        <translation type="unfinished">Ligne de pied de page&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="432"/>
        <source>Paper: %1</source>
        <translation type="unfinished">Papier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="433"/>
        <source>It replaces your brand kit.</source>
        <translation type="unfinished">Elle remplacera votre charte graphique.</translation>
    </message>
</context>
<context>
    <name>CatalogueChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="155"/>
        <source>e.g. Regional economic commissions</source>
        <translation type="unfinished">p. ex. commissions économiques régionales</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="157"/>
        <source>Add your o&amp;wn:</source>
        <translation type="unfinished">Ajouter votre p&amp;ropre entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="158"/>
        <source>A&amp;dd</source>
        <translation type="unfinished">A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="159"/>
        <source>Add your own entry</source>
        <translation type="unfinished">Ajouter votre propre entrée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="161"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Reti&amp;rer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="162"/>
        <source>Remove the selected own entry</source>
        <translation type="unfinished">Retirer l’entrée personnelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="205"/>
        <source>%1 (your own)</source>
        <translation type="unfinished">%1 (votre entrée)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="238"/>
        <source>Add %1</source>
        <translation type="unfinished">Ajouter à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="247"/>
        <source>Remove %1</source>
        <translation type="unfinished">Retirer de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="210"/>
        <source>Your own entry: untick it or press Remove to drop it.</source>
        <translation type="unfinished">Votre propre entrée&#xa0;: décochez-la ou appuyez sur Retirer pour l’enlever.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="292"/>
        <source>%1 (already added)</source>
        <translation type="unfinished">%1 (déjà ajouté)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="297"/>
        <source>&amp;Suggestions:</source>
        <translation type="unfinished">&amp;Suggestions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="304"/>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="62"/>
        <source>— Choose —</source>
        <translation type="unfinished">— Choisir —</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="71"/>
        <source>%1 in your own words</source>
        <translation type="unfinished">%1 avec vos propres mots</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="110"/>
        <source>Edit %1</source>
        <translation type="unfinished">Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="116"/>
        <source>Choose %1</source>
        <translation type="unfinished">Choisir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="73"/>
        <source>Describe it in your own words</source>
        <translation type="unfinished">Décrivez-le avec vos propres mots</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="20"/>
        <source>a guiding principle</source>
        <translation type="unfinished">un principe directeur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="21"/>
        <source>an objective</source>
        <translation type="unfinished">un objectif</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="22"/>
        <source>an action</source>
        <translation type="unfinished">une action</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="32"/>
        <source>Priority {number} {title}</source>
        <translation type="unfinished">Priorité {number} {title}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="34"/>
        <source>Priority {number}</source>
        <translation type="unfinished">Priorité {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="108"/>
        <source>The logo {logo} is outside the brief&apos;s folder. Copy the image into the folder where the brief is saved (or a folder inside it) and choose it again.</source>
        <translation type="unfinished">Le logo {logo} se trouve hors du dossier du document. Copiez l’image dans le dossier où le document est enregistré (ou dans un de ses sous-dossiers) et choisissez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="137"/>
        <source>The logo will be looked for next to the brief file: save the brief in the folder that holds the logo so it can be checked and shown.</source>
        <translation type="unfinished">Le logo sera cherché à côté du fichier du document&#xa0;: enregistrez le document dans le dossier qui contient le logo pour qu’il puisse être vérifié et affiché.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="200"/>
        <source>The logo {logo} is not an ordinary file (it is a device, a pipe or a socket), so it is not read. Choose an image file.</source>
        <translation type="unfinished">Le logo {logo} n’est pas un fichier ordinaire (c’est un périphérique, un tube ou une socket) : il n’est donc pas lu. Choisissez un fichier image.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="222"/>
        <source>The logo file {logo} was not found in the brief&apos;s folder. Choose the image again in the organisation step.</source>
        <translation type="unfinished">Le fichier du logo {logo} est introuvable dans le dossier du document. Choisissez de nouveau l’image à l’étape «&#xa0;Organisation&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="295"/>
        <source>The logo {logo} is a picture of {width} × {height} pixels, too large to print (the limit is 50 million pixels). Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">Le logo {logo} est une image de {width} × {height} pixels, trop grande pour être imprimée (la limite est de 50 millions de pixels). Enregistrez-en une version plus petite (un logo dépasse rarement 1000 pixels de large) et choisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="377"/>
        <source>The logo {logo} is an SVG file that declares entities or a document type of its own, which BriefWriter does not read. Export it again as plain SVG (or as a PNG) and choose it again.</source>
        <translation type="unfinished">Le logo {logo} est un fichier SVG qui déclare ses propres entités ou son propre type de document, ce que BriefWriter ne lit pas. Exportez-le à nouveau en SVG simple (ou en PNG) et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="396"/>
        <source>The logo {logo} is an SVG file with a script or web content in it (&lt;{element}&gt;), which is not printed. Export it again without it (or as a PNG) and choose it again.</source>
        <translation type="unfinished">Le logo {logo} est un fichier SVG qui contient un script ou du contenu web (&lt;{element}&gt;), qui n’est pas imprimé. Exportez-le à nouveau sans ce contenu (ou en PNG) et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="414"/>
        <source>The logo {logo} is an SVG file that uses another file or a web address ({href}); a logo must carry everything it shows. Export it again with its pictures embedded (or as a PNG) and choose it again.</source>
        <translation type="unfinished">Le logo {logo} est un fichier SVG qui utilise un autre fichier ou une adresse web ({href}) ; un logo doit contenir tout ce qu’il affiche. Exportez-le à nouveau avec ses images incorporées (ou en PNG) et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="441"/>
        <source>The logo {logo} is an SVG file that cannot be read: {reason} (line {line}). Export it again and choose it again.</source>
        <translation type="unfinished">Le logo {logo} est un fichier SVG illisible : {reason} (ligne {line}). Exportez-le à nouveau et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="451"/>
        <source>The logo {logo} is an SVG drawing too complex to print: with its copies (&lt;use&gt;) drawn out it has about {shapes} shapes, and at most {limit} can be printed. Simplify it or export it as a PNG and choose it again.</source>
        <translation type="unfinished">Le logo {logo} est un dessin SVG trop complexe pour être imprimé : une fois ses copies (&lt;use&gt;) développées, il compte environ {shapes} formes, alors qu’au plus {limit} peuvent être imprimées. Simplifiez-le ou exportez-le en PNG et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="487"/>
        <source>The logo {logo} is an SVG file in which a copy (&lt;use&gt;) contains itself, so it can never be drawn. Export it again and choose it again.</source>
        <translation type="unfinished">Le logo {logo} est un fichier SVG dans lequel une copie (&lt;use&gt;) se contient elle-même : il ne peut donc jamais être dessiné. Exportez-le à nouveau et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="196"/>
        <source>The logo {logo} is a folder.</source>
        <translation type="unfinished">Le logo {logo} est un dossier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="163"/>
        <source>The logo {logo} cannot be read: {reason}.</source>
        <translation type="unfinished">Le logo {logo} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="171"/>
        <source>The logo is {size} MB; the limit is 5 MB. Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">Le logo pèse {size} Mo&#xa0;; la limite est de 5 Mo. Enregistrez une version plus légère (un logo dépasse rarement 1000 pixels de large) et choisissez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="183"/>
        <source>The logo {logo} is not a PNG, JPEG or SVG image (whatever its name says). Export the logo in one of those formats and choose it again.</source>
        <translation type="unfinished">Le logo {logo} n’est pas une image PNG, JPEG ou SVG (quel que soit son nom). Exportez le logo dans l’un de ces formats et choisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="57"/>
        <source>it names {citation}, which is not {kind}</source>
        <translation type="unfinished">il désigne {citation}, qui n’est pas {kind}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="65"/>
        <source>{name} links to {ref}, which is not in the GCM: {reason}. Remove it, or pick the right item in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}&#xa0;: le lien {ref} ne figure pas dans le Pacte mondial&#xa0;: {reason}. Retirez-le ou choisissez le bon élément à l’étape «&#xa0;Lien avec le Pacte mondial&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="87"/>
        <source>The PDF marks this wording.</source>
        <translation type="unfinished">Le PDF signale ce libellé.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="89"/>
        <source>Marking it in the PDF is turned off in the look settings.</source>
        <translation type="unfinished">Son signalement dans le PDF est désactivé dans les réglages d’apparence.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="94"/>
        <source>The GCM item this brief links ({items}) uses wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">L’élément du Pacte mondial lié à ce document ({items}) reprend un libellé pas encore vérifié mot à mot par rapport à la résolution finale (A/RES/73/195). {marked} Comparez-le au texte officiel avant de publier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="101"/>
        <source>All {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">Les {total} éléments du Pacte mondial liés à ce document ({items}) reprennent tous un libellé pas encore vérifié mot à mot par rapport à la résolution finale (A/RES/73/195). {marked} Comparez-le au texte officiel avant de publier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="108"/>
        <source>{count} of the {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">{count} des {total} éléments du Pacte mondial liés à ce document ({items}) reprennent un libellé pas encore vérifié mot à mot par rapport à la résolution finale (A/RES/73/195). {marked} Comparez-le au texte officiel avant de publier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="79"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion. Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}&#xa0;: la valeur {value} ressemble à une suggestion mal saisie. Choisissez-la de nouveau dans la liste ou écrivez-la avec vos propres mots.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="85"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion: did you mean {suggestion}? Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}&#xa0;: la valeur {value} ressemble à une suggestion mal saisie. Vouliez-vous dire {suggestion}&#xa0;? Choisissez-la de nouveau dans la liste ou écrivez-la avec vos propres mots.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="120"/>
        <source>The brief has no title yet: give it one.</source>
        <translation type="unfinished">Le document n’a pas encore de titre&#xa0;: donnez-lui-en un.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="129"/>
        <source>Your organisation&apos;s name is missing: add it in the organisation step so readers know who is speaking.</source>
        <translation type="unfinished">Le nom de votre organisation manque&#xa0;: ajoutez-le à l’étape «&#xa0;Organisation&#xa0;» pour que les lecteurs sachent qui s’exprime.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="140"/>
        <source>The process</source>
        <translation type="unfinished">Processus</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="144"/>
        <location filename="../../briefwriter/core/check_text.py" line="253"/>
        <source>Audience {number}</source>
        <translation type="unfinished">Public {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="151"/>
        <source>The brief has no summary yet: say in two or three sentences what you ask for and why.</source>
        <translation type="unfinished">Le document n’a pas encore de résumé&#xa0;: dites en deux ou trois phrases ce que vous demandez et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Arabic</source>
        <translation type="unfinished">arabe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Chinese</source>
        <translation type="unfinished">chinois</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>French</source>
        <translation type="unfinished">français</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>Russian</source>
        <translation type="unfinished">russe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="132"/>
        <source>Spanish</source>
        <translation type="unfinished">espagnol</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="146"/>
        <source>This brief is in {language} but quotes the English text of the GCM, and the paper says so. To quote the official {language} text, import it: Help ▸ Check the GCM Text Against the Official Document…</source>
        <translation type="unfinished">Ce document est rédigé en {language} mais cite le texte anglais du Pacte mondial, et le document l’indique. Pour citer le texte officiel en {language}, importez-le&#xa0;: Aide ▸ Comparer le texte du Pacte mondial avec le document officiel…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="156"/>
        <source>The GCM has no official edition in this brief&apos;s language: the paper quotes its English text and says so.</source>
        <translation type="unfinished">Le Pacte mondial n’a pas d’édition officielle dans la langue de ce document&#xa0;: le document cite son texte anglais et l’indique.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="175"/>
        <source>BriefWriter does not hold the whole text of {items}: the PDF cites it and says “Text not included: see A/RES/73/195” instead of quoting it.</source>
        <translation type="unfinished">BriefWriter ne dispose pas du texte intégral de {items} : le PDF y renvoie et indique « Texte non reproduit : voir A/RES/73/195 » au lieu d’en citer le texte.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="67"/>
        <source>The title is {count} characters long; over {limit} it no longer fits the cover. Shorten it and move the rest to the subtitle.</source>
        <translation type="unfinished">Le titre compte {count} caractères ; au-delà de {limit}, il ne tient plus sur la couverture. Raccourcissez-le et placez le reste dans le sous-titre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="75"/>
        <source>The subtitle is {count} characters long; over {limit} it crowds the cover. Shorten it and move the detail to the summary.</source>
        <translation type="unfinished">Le sous-titre compte {count} caractères ; au-delà de {limit}, il encombre la couverture. Raccourcissez-le et placez les détails dans le résumé.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="84"/>
        <source>Your organisation&apos;s name is {count} characters long; over {limit} it does not fit where the paper names you. Use the name you are known by and say more in the description.</source>
        <translation type="unfinished">Le nom de votre organisation compte {count} caractères ; au-delà de {limit}, il ne tient pas là où le document vous nomme. Utilisez le nom sous lequel vous êtes connus et dites-en plus dans la description.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="93"/>
        <source>The summary is {count} characters long; over {limit} it is no longer a summary. Keep it to a few sentences and move the detail into the priorities.</source>
        <translation type="unfinished">Le résumé compte {count} caractères ; au-delà de {limit}, ce n’est plus un résumé. Tenez-vous-en à quelques phrases et placez les détails dans les priorités.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="103"/>
        <source>The heading of section {number} is {count} characters long; over {limit} it is no longer a heading. Shorten it and begin the section&apos;s text with the rest.</source>
        <translation type="unfinished">Le titre de la section {number} compte {count} caractères ; au-delà de {limit}, ce n’est plus un titre. Raccourcissez-le et commencez le texte de la section par le reste.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="116"/>
        <source>The title of priority {number} is {count} characters long; over {limit} it is no longer a short name. Shorten it and move the rest to its description.</source>
        <translation type="unfinished">Le titre de la priorité {number} compte {count} caractères ; au-delà de {limit}, ce n’est plus un nom court. Raccourcissez-le et placez le reste dans sa description.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="126"/>
        <source>The description of {name} is {count} characters long; over {limit} readers skim it. Cut it down, or move the detail into its evidence or a section of your own.</source>
        <translation type="unfinished">La description de {name} compte {count} caractères ; au-delà de {limit}, les lecteurs la survolent. Raccourcissez-la ou placez les détails dans ses preuves ou dans une section à vous.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="137"/>
        <source>Key message {number} is {count} characters long; over {limit} readers no longer take it in at a glance. Keep it to a sentence or two.</source>
        <translation type="unfinished">Le message clé {number} compte {count} caractères ; au-delà de {limit}, les lecteurs ne le saisissent plus d’un coup d’œil. Tenez-vous-en à une ou deux phrases.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="148"/>
        <source>Recommendation {number} is {count} characters long; over {limit} it asks for too much at once. Split it into several recommendations.</source>
        <translation type="unfinished">La recommandation {number} compte {count} caractères ; au-delà de {limit}, elle demande trop à la fois. Scindez-la en plusieurs recommandations.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="244"/>
        <source>The title</source>
        <translation type="unfinished">Le titre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="245"/>
        <source>The subtitle</source>
        <translation type="unfinished">Le sous-titre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="246"/>
        <source>The summary</source>
        <translation type="unfinished">Le résumé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="247"/>
        <source>Your organisation&apos;s details</source>
        <translation type="unfinished">Les informations sur votre organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="248"/>
        <source>The occasion</source>
        <translation type="unfinished">Le contexte</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="249"/>
        <source>Your headings</source>
        <translation type="unfinished">Vos titres de section</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="250"/>
        <source>The oral statement</source>
        <translation type="unfinished">La déclaration orale</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="255"/>
        <source>Key message {number}</source>
        <translation type="unfinished">Message clé {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="256"/>
        <source>Recommendation {number}</source>
        <translation type="unfinished">Recommandation {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="257"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="41"/>
        <source>Pledge {number}</source>
        <translation type="unfinished">Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="258"/>
        <location filename="../../briefwriter/core/checks_coalition.py" line="24"/>
        <source>Co-signatory {number}</source>
        <translation type="unfinished">Cosignataire {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="275"/>
        <source>The field {field}</source>
        <translation type="unfinished">Le champ {field}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="287"/>
        <source>{name}: a character no font can print: {characters}. It would come out as an empty box: replace it, or install a font that has it.</source>
        <translation type="unfinished">{name}&#xa0;: un caractère qu’aucune police ne peut imprimer&#xa0;: {characters}. Il apparaîtrait comme un carré vide&#xa0;: remplacez-le, ou installez une police qui le contient.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="293"/>
        <source>{name}: {count} characters no font can print: {characters}. They would come out as empty boxes: replace them, or install a font that has them.</source>
        <translation type="unfinished">{name}&#xa0;: {count}&#xa0;caractères qu’aucune police ne peut imprimer&#xa0;: {characters}. Ils apparaîtraient comme des carrés vides&#xa0;: remplacez-les, ou installez une police qui les contient.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="188"/>
        <source>The brief has no priorities yet: add at least one, in your own words or from the suggestions.</source>
        <translation type="unfinished">Le document n’a pas encore de priorités&#xa0;: ajoutez-en au moins une, avec vos propres mots ou à partir des suggestions.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="203"/>
        <source>{name} has no title yet: give it a short name, such as “Ending lethal disregard”.</source>
        <translation type="unfinished">{name}&#xa0;: pas encore de titre. Donnez-lui un nom court, par exemple «&#xa0;Mettre fin à l’indifférence meurtrière&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="216"/>
        <source>{name} has no description yet: say in a few sentences what the problem is and what should change.</source>
        <translation type="unfinished">{name}&#xa0;: pas encore de description. Dites en quelques phrases quel est le problème et ce qui doit changer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="229"/>
        <source>{name} is not linked to the GCM yet: link it to at least one objective or action in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}&#xa0;: aucun lien avec le Pacte mondial pour l’instant. Liez-la à au moins un objectif ou une action à l’étape «&#xa0;Lien avec le Pacte mondial&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="248"/>
        <location filename="../../briefwriter/core/checks_safety.py" line="75"/>
        <source>Evidence {number} of {owner}</source>
        <translation type="unfinished">Preuve {number} ({owner})</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="256"/>
        <location filename="../../briefwriter/core/check_text.py" line="218"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="99"/>
        <source>{name} is empty: fill it in or remove it.</source>
        <translation type="unfinished">{name}&#xa0;: vide. Complétez-la ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="266"/>
        <source>{name} has a source but no text: write the fact or finding it supports.</source>
        <translation type="unfinished">{name}&#xa0;: une source, mais pas de texte. Écrivez le fait ou le constat qu’elle étaye.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="279"/>
        <source>{name} has no source: say who published it, the title and the year, so readers can check it.</source>
        <translation type="unfinished">{name}&#xa0;: pas de source. Indiquez qui l’a publiée, le titre et l’année, pour que les lecteurs puissent vérifier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="295"/>
        <source>{name} has the link {url}, which is not a web address: write the full address starting with https://, e.g. {example}.</source>
        <translation type="unfinished">{name}&#xa0;: le lien {url} n’est pas une adresse web. Écrivez l’adresse complète commençant par https://, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="309"/>
        <source>who should act</source>
        <translation type="unfinished">qui doit agir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="310"/>
        <source>what they should do</source>
        <translation type="unfinished">ce qu’il faut faire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="311"/>
        <source>by when</source>
        <translation type="unfinished">dans quel délai</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="319"/>
        <location filename="../../briefwriter/core/check_text.py" line="254"/>
        <source>Aim {number}</source>
        <translation type="unfinished">But {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="322"/>
        <source>Aim {number} {label}</source>
        <translation type="unfinished">But {number} {label}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="329"/>
        <source>{name} is empty: choose an aim from the list or write your own.</source>
        <translation type="unfinished">{name}&#xa0;: vide. Choisissez un but dans la liste ou écrivez le vôtre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="341"/>
        <source>{name} has no concrete ask yet: say {parts}.</source>
        <translation type="unfinished">{name}&#xa0;: pas encore de demande concrète. Précisez {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="343"/>
        <source>{name} needs a complete ask: say {parts}.</source>
        <translation type="unfinished">{name}&#xa0;: demande incomplète. Précisez {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="360"/>
        <source>The two-page brief leads with your key messages, and there are none yet: add two or three.</source>
        <translation type="unfinished">La note de deux pages s’ouvre sur vos messages clés, et il n’y en a encore aucun&#xa0;: ajoutez-en deux ou trois.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="374"/>
        <source>Recommendation {number} is empty: fill it in or remove it.</source>
        <translation type="unfinished">La recommandation {number} est vide&#xa0;: complétez-la ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="385"/>
        <source>Recommendation {number} {text} has no addressee: say who should act on it (for example “Member States”).</source>
        <translation type="unfinished">La recommandation {number} {text} n’a pas de destinataire&#xa0;: dites qui doit y donner suite (par exemple «&#xa0;États Membres&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="399"/>
        <source>Recommendation {number} to {addressee} has no text yet.</source>
        <translation type="unfinished">La recommandation {number} adressée à {addressee} n’a pas encore de texte.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="420"/>
        <source>about {duration} to deliver ({words} words at {wpm} words a minute), over its time limit of {limit}</source>
        <translation type="unfinished">environ {duration} à prononcer ({words} mots à {wpm} mots par minute), au-delà de sa limite de {limit}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="431"/>
        <source>The statement takes {timing}: cut about {cut} words.</source>
        <translation type="unfinished">La déclaration demande {timing}&#xa0;: supprimez environ {cut} mots.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="435"/>
        <source>The statement composed from your summary, key messages and asks takes {timing}: write a shorter statement in the statement step, or cut about {cut} words from those parts.</source>
        <translation type="unfinished">La déclaration composée à partir de votre résumé, de vos messages clés et de vos demandes demande {timing}&#xa0;: rédigez une déclaration plus courte dans le champ de la déclaration orale, ou supprimez environ {cut} mots de ces parties.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="188"/>
        <source>The publication date {date} does not exist in the calendar: correct it, or leave it empty to print no date.</source>
        <translation type="unfinished">La date de publication {date} n’existe pas dans le calendrier : corrigez-la ou laissez le champ vide pour n’imprimer aucune date.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="194"/>
        <source>The publication date {date} is not a date: write it as 2026-05-12, or leave it empty to print no date.</source>
        <translation type="unfinished">La date de publication {date} n’est pas une date : écrivez-la sous la forme 2026-05-12, ou laissez le champ vide pour n’imprimer aucune date.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="204"/>
        <source>Your section {number} {heading}</source>
        <translation type="unfinished">Votre section {number} {heading}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="206"/>
        <source>Your section {number}</source>
        <translation type="unfinished">Votre section {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="223"/>
        <source>{name} has text but no heading: give it one, so readers can find it.</source>
        <translation type="unfinished">{name} a du texte, mais pas de titre : donnez-lui-en un pour que les lecteurs la trouvent.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="231"/>
        <source>{name} has a heading but no text yet.</source>
        <translation type="unfinished">{name} a un titre, mais pas encore de texte.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="57"/>
        <source>{a} and {b}</source>
        <translation type="unfinished">{a} et {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="58"/>
        <source>{a}, {b}</source>
        <translation type="unfinished">{a}, {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="134"/>
        <source>The field {field} has tables with {rows} rows (the row past the limit is on line {line} of its text); at most {limit} fit in one field, so its tables are printed as plain lines of text. Shorten the table or split it across fields.</source>
        <translation type="unfinished">Le champ {field} contient des tableaux de {rows} lignes (la ligne qui dépasse la limite se trouve à la ligne {line} de son texte) ; un champ en accepte au plus {limit}, ses tableaux sont donc imprimés comme de simples lignes de texte. Raccourcissez le tableau ou répartissez-le sur plusieurs champs.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="156"/>
        <source>The field {field} has footnotes inside footnotes {depth} deep (from line {line} of its text); at most {limit} levels can be printed, so this text is printed as plain text, without its formatting or notes. Take the inner notes out of the outer ones.</source>
        <translation type="unfinished">Le champ {field} contient des notes imbriquées sur {depth} niveaux (à partir de la ligne {line} de son texte) ; au plus {limit} niveaux peuvent être imprimés, ce texte est donc imprimé tel quel, sans sa mise en forme ni ses notes. Sortez les notes intérieures des notes qui les contiennent.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="170"/>
        <source>The field {field} has {count} footnotes (the note past the limit is on line {line} of its text); at most {limit} fit in one field, so this text is printed as plain text, without its formatting or notes. Cut some notes or move sources into the evidence of a priority.</source>
        <translation type="unfinished">Le champ {field} contient {count} notes (la note qui dépasse la limite est à la ligne {line} de son texte) ; un champ en accepte au plus {limit}, ce texte est donc imprimé tel quel, sans sa mise en forme ni ses notes. Supprimez des notes ou déplacez les sources dans les preuves d’une priorité.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="366"/>
        <source>key message {numbers}</source>
        <translation type="unfinished">message clé {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="367"/>
        <source>key messages {numbers}</source>
        <translation type="unfinished">messages clés {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="370"/>
        <source>the ask of aim {numbers}</source>
        <translation type="unfinished">la demande du but {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="371"/>
        <source>the asks of aims {numbers}</source>
        <translation type="unfinished">les demandes des buts {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="374"/>
        <source>{a}; {b}</source>
        <translation type="unfinished">{a} ; {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="405"/>
        <source>The suggested statement is in English: BriefWriter cannot yet compose one in {language}. Translate it or write your own.</source>
        <translation type="unfinished">La déclaration proposée est en anglais : BriefWriter ne sait pas encore en composer une en {language}. Traduisez-la ou rédigez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="444"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over the time limit of {limit}.</source>
        <translation type="unfinished">La déclaration proposée durerait {duration} ({words} mots à 130 mots par minute) : {over} mots ({over_time}) au-delà de la limite de {limit}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="449"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over {limit}, the usual limit when none is set.</source>
        <translation type="unfinished">La déclaration proposée durerait {duration} ({words} mots à 130 mots par minute) : {over} mots ({over_time}) au-delà de {limit}, la limite habituelle quand aucune n’est fixée.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="456"/>
        <source>Left out to fit: {parts}.</source>
        <translation type="unfinished">Pour respecter la limite, la déclaration omet : {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="459"/>
        <source>It is still {over} words over: shorten the first key message or the first ask, or edit the draft.</source>
        <translation type="unfinished">La déclaration dépasse encore la limite de {over} mots : raccourcissez le premier message clé ou la première demande, ou modifiez la version proposée.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="22"/>
        <source>Co-signatory {number} {name}</source>
        <translation type="unfinished">Cosignataire {number} {name}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="37"/>
        <source>{name}: no consent recorded. Note when and how they agreed to sign (an e-mail from the director, a signed form) before the paper goes out.</source>
        <translation type="unfinished">{name}&#xa0;: aucun consentement enregistré. Notez quand et comment ce cosignataire a accepté de signer (un e-mail de la direction, un formulaire signé) avant la diffusion du document.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="45"/>
        <source>{name}: when was consent given? Add the date.</source>
        <translation type="unfinished">{name}&#xa0;: quand le consentement a-t-il été donné&#xa0;? Ajoutez la date.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="50"/>
        <source>{name}: how was consent given? Say how (an e-mail, a form).</source>
        <translation type="unfinished">{name}&#xa0;: comment le consentement a-t-il été donné&#xa0;? Précisez-le (un e-mail, un formulaire).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="59"/>
        <source>{name}: {problem}</source>
        <translation type="unfinished">{name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="23"/>
        <source>{name} does not say what will be done: describe the action.</source>
        <translation type="unfinished">{name}&#xa0;: ce qui sera fait n’est pas indiqué. Décrivez l’action.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="25"/>
        <source>{name} has no one responsible: say who will do it (a unit, a partner).</source>
        <translation type="unfinished">{name}&#xa0;: aucun responsable. Indiquez qui s’en chargera (un service, un partenaire).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="27"/>
        <source>{name} has no GCM objective: tick the objectives it serves.</source>
        <translation type="unfinished">{name}&#xa0;: aucun objectif du Pacte mondial. Cochez les objectifs auxquels cet engagement contribue.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="29"/>
        <source>{name} has no indicator: say how progress will be measured.</source>
        <translation type="unfinished">{name}&#xa0;: aucun indicateur. Indiquez comment les progrès seront mesurés.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="31"/>
        <source>{name} has no measurable target: say what will have been reached, in numbers where you can.</source>
        <translation type="unfinished">{name}&#xa0;: aucune cible mesurable. Indiquez ce qui aura été atteint, en chiffres si possible.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="34"/>
        <source>{name} has no deadline: say by when it will be done (2027-12-31, 2027-12 or 2027).</source>
        <translation type="unfinished">{name}&#xa0;: aucune échéance. Indiquez à quelle date ce sera fait (2027-12-31, 2027-12 ou 2027).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="69"/>
        <source>The deadline of {name}, {date}, does not exist in the calendar: correct it.</source>
        <translation type="unfinished">L’échéance de {name}, {date}, n’existe pas dans le calendrier&#xa0;: corrigez-la.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="73"/>
        <source>The deadline of {name}, {date}, is not a date: write it as 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">L’échéance de {name}, {date}, n’est pas une date&#xa0;: écrivez-la sous la forme 2027-12-31, 2027-12 ou 2027, pour que les progrès puissent être vérifiés.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="79"/>
        <source>The deadline of {name}, {date}, has already passed: give a date still to come.</source>
        <translation type="unfinished">L’échéance de {name}, {date}, est déjà passée&#xa0;: indiquez une date à venir.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="84"/>
        <source>The deadline of {name}, {date}, comes before the occasion ({occasion}) where it is announced: give a later date.</source>
        <translation type="unfinished">L’échéance de {name}, {date}, précède l’événement ({occasion}) où l’engagement est annoncé&#xa0;: indiquez une date ultérieure.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="108"/>
        <source>{name} has a target but no baseline: say where things stand now, so that the change can be measured.</source>
        <translation type="unfinished">{name}&#xa0;: une cible, mais pas de valeur de référence. Indiquez où en sont les choses aujourd’hui, pour que le changement puisse être mesuré.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="117"/>
        <source>met</source>
        <translation type="unfinished">réalisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="118"/>
        <source>partly met</source>
        <translation type="unfinished">partiellement réalisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="125"/>
        <source>Follow-up item {number} {text}</source>
        <translation type="unfinished">Point de suivi {number} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="127"/>
        <source>Follow-up item {number}</source>
        <translation type="unfinished">Point de suivi {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="137"/>
        <source>{name} has no outcome yet: say whether it was met, partly met or not met.</source>
        <translation type="unfinished">{name}&#xa0;: pas encore de résultat. Indiquez s’il a été réalisé, partiellement réalisé ou non réalisé.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="142"/>
        <source>{name} is marked {status} but has no evidence: say what happened, with a source.</source>
        <translation type="unfinished">{name}&#xa0;: marqué «&#xa0;{status}&#xa0;», mais sans preuve. Dites ce qui s’est passé, en citant une source.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="53"/>
        <source>your organisation&apos;s name</source>
        <translation type="unfinished">le nom de votre organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="54"/>
        <source>an e-mail address</source>
        <translation type="unfinished">une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="55"/>
        <source>a phone number</source>
        <translation type="unfinished">un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="56"/>
        <source>your organisation&apos;s web address</source>
        <translation type="unfinished">l’adresse web de votre organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="99"/>
        <source>Safety mode: the speaker {name} is a personal name, printed with the statement. Give a role instead (“our representative”), or leave it empty.</source>
        <translation type="unfinished">Mode sécurité&#xa0;: l’orateur ou oratrice est désigné par un nom de personne ({name}), imprimé avec la déclaration. Indiquez plutôt une fonction («&#xa0;notre représentant&#xa0;»), ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="107"/>
        <source>Safety mode: co-signatory {number} {name} signs as an individual, so the paper prints a personal name. Make sure they agreed to be named, or leave them out.</source>
        <translation type="unfinished">Mode sécurité&#xa0;: le cosignataire {number} {name} signe à titre individuel&#xa0;; le document imprime donc un nom de personne. Assurez-vous que cette personne a accepté d’être nommée, ou retirez-la.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="114"/>
        <source>Safety mode: the contact person {name} is a personal name and is printed on the paper. Leave contact details out (Organisation step, Safety mode), or give a role instead of a name.</source>
        <translation type="unfinished">Mode sécurité&#xa0;: la personne à contacter est désignée par son nom ({name}), qui est imprimé sur le document. Omettez les coordonnées (étape «&#xa0;Organisation&#xa0;», Mode sécurité), ou indiquez une fonction plutôt qu’un nom.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="121"/>
        <source>Safety mode: the contact person {name} is a personal name. It is left out of the exported paper, but anyone you send the brief file to can read it: clear it before you share the file.</source>
        <translation type="unfinished">Mode sécurité&#xa0;: la personne à contacter est désignée par son nom ({name}). Ce nom est omis du document exporté, mais toute personne à qui vous envoyez le fichier du document peut le lire&#xa0;: effacez-le avant de partager le fichier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="138"/>
        <source>{field} names {names}, a person the brief names elsewhere (as a contact person, speaker or co-signatory); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field} nomme {names}, une personne que le document nomme ailleurs (comme personne à contacter, orateur ou oratrice, ou cosignataire)&#xa0;; en mode sécurité, omettez le nom ou indiquez une fonction.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="150"/>
        <source>{field} seems to name a person: {names} (a title such as Ms or Dr before a name, or “my name is”); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field} semble nommer une personne&#xa0;: {names} (un titre comme Mme ou Dr devant un nom, ou «&#xa0;je m’appelle&#xa0;»)&#xa0;; en mode sécurité, omettez le nom ou indiquez une fonction.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="160"/>
        <source>{what} {text}</source>
        <translation type="unfinished">{what} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="165"/>
        <source>{field} holds {what}, which can tell readers who wrote the paper; with safety mode on, leave it out or write “our organisation”.</source>
        <translation type="unfinished">{field} contient {what}, ce qui peut indiquer aux lecteurs qui a rédigé le document&#xa0;; en mode sécurité, supprimez cette mention ou écrivez «&#xa0;notre organisation&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ChoosePackDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="276"/>
        <source>Export template pack</source>
        <translation type="unfinished">Exporter un paquet de modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="279"/>
        <source>Template to export</source>
        <translation type="unfinished">Modèle à exporter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="285"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">&amp;Modèle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoalitionDialog</name>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="72"/>
        <source>Priorities</source>
        <translation type="unfinished">Priorités</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="73"/>
        <source>Asks</source>
        <translation type="unfinished">Demandes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="74"/>
        <source>Evidence</source>
        <translation type="unfinished">Preuve</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="75"/>
        <source>Recommendations</source>
        <translation type="unfinished">Recommandations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="76"/>
        <source>Co-signatories</source>
        <translation type="unfinished">Cosignataires</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="91"/>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="345"/>
        <source>Import from a Partner&apos;s Brief</source>
        <extracomment>the merge was applied (the number of items that came in)</extracomment>
        <translation type="unfinished">Importer depuis le document d’un partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="99"/>
        <source>From “%1” (%2). Check what to bring into your brief. Items already in your brief are shown beside yours: keep yours, take theirs, or keep both.</source>
        <translation type="unfinished">Provenant de «&#xa0;%1&#xa0;» (%2). Choisissez ce que vous reprenez dans votre document. Les éléments qui figurent déjà dans votre document sont affichés à côté des vôtres&#xa0;: gardez votre version, prenez celle du partenaire, ou gardez les deux.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>From your partner</source>
        <translation type="unfinished">De votre partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>Already in your brief</source>
        <translation type="unfinished">Déjà dans votre document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="106"/>
        <source>What to do</source>
        <translation type="unfinished">Que faire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="107"/>
        <source>Items from your partner&apos;s brief</source>
        <translation type="unfinished">Éléments du document de votre partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="116"/>
        <source>&amp;Items:</source>
        <translation type="unfinished">É&amp;léments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>&amp;Yours:</source>
        <translation type="unfinished">&amp;Votre version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>Yours</source>
        <translation type="unfinished">Votre version</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="125"/>
        <source>Your &amp;partner&apos;s:</source>
        <translation type="unfinished">Version du &amp;partenaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="126"/>
        <source>Your partner&apos;s</source>
        <translation type="unfinished">Version du partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="136"/>
        <source>Worth a look in the partner&apos;s file: %1</source>
        <translation type="unfinished">À examiner dans le fichier du partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="139"/>
        <source>&amp;Merge</source>
        <translation type="unfinished">&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="156"/>
        <source>The partner&apos;s brief holds nothing to import.</source>
        <translation type="unfinished">Le document du partenaire ne contient rien à importer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="167"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="168"/>
        <source>%1 already in your brief</source>
        <translation type="unfinished">%1 déjà dans votre document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="169"/>
        <source>none in your brief</source>
        <translation type="unfinished">aucun dans votre document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="182"/>
        <source>%1 (similar)</source>
        <translation type="unfinished">%1 (similaire)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="183"/>
        <source>not in your brief</source>
        <translation type="unfinished">absent de votre document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="185"/>
        <source>Add</source>
        <translation type="unfinished">Ajouter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="197"/>
        <source>Priority for the evidence “%1”</source>
        <translation type="unfinished">Priorité pour la preuve «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="206"/>
        <source>What to do with “%1”</source>
        <translation type="unfinished">Que faire de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="207"/>
        <source>Keep ours</source>
        <translation type="unfinished">Garder votre version</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="208"/>
        <source>Take theirs</source>
        <translation type="unfinished">Prendre la version du partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="209"/>
        <source>Keep both</source>
        <translation type="unfinished">Garder les deux</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>Under: %1</source>
        <translation type="unfinished">Sous&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>priority %1</source>
        <translation type="unfinished">priorité %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="222"/>
        <source>Under: %1 (theirs, if merged)</source>
        <translation type="unfinished">Sous&#xa0;: %1 (celle du partenaire, en cas de fusion)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="253"/>
        <source>(not in your brief)</source>
        <translation type="unfinished">(absent de votre document)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="278"/>
        <source>Not Everything Can Be Merged</source>
        <translation type="unfinished">Tout ne peut pas être fusionné</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="291"/>
        <source>Logos Left Out</source>
        <translation type="unfinished">Logos omis</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="297"/>
        <source>Not Merged</source>
        <translation type="unfinished">Non fusionné</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="304"/>
        <source>Import from partner&apos;s brief</source>
        <translation type="unfinished">Importer depuis le document d’un partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="331"/>
        <source>save your brief first, then add the logo on the Co-signatories step</source>
        <translation type="unfinished">enregistrez d’abord votre document, puis ajoutez le logo à l’étape «&#xa0;Cosignataires&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="337"/>
        <source>The logo of %1 was left out: %2</source>
        <translation type="unfinished">Le logo de %1 a été omis&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="362"/>
        <source>Could Not Read the Partner&apos;s Brief</source>
        <translation type="unfinished">Impossible de lire le document du partenaire</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="59"/>
        <source>File text</source>
        <translation type="unfinished">Texte du fichier</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="46"/>
        <source>Continue for the Next Review</source>
        <translation type="unfinished">Poursuivre pour le prochain examen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="62"/>
        <source>Start the brief for the next review from this one. This brief and its file stay as they are.</source>
        <translation type="unfinished">Commencez le document du prochain examen à partir de celui-ci. Ce document et son fichier restent inchangés.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="66"/>
        <source>&amp;Next review:</source>
        <translation type="unfinished">Pro&amp;chain examen&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="69"/>
        <source>Carried over: your organisation, priorities with their GCM links and evidence, audience, language, template and look, your own sections and headings, and the safety settings.</source>
        <translation type="unfinished">Repris&#xa0;: votre organisation, les priorités avec leurs liens au Pacte mondial et leurs preuves, le public, la langue, le modèle et l’apparence, vos propres sections et titres, et les réglages de sécurité.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="73"/>
        <source>Your asks and pledges become the list “Since the last review”, where you record what happened to each. This paper is kept in the new brief&apos;s history.</source>
        <translation type="unfinished">Vos demandes et vos engagements deviennent la liste «&#xa0;Depuis le dernier examen&#xa0;», où vous indiquez ce qu’il est advenu de chacun. Ce document est conservé dans l’historique du nouveau document.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="76"/>
        <source>Starting anew: title, summary, key messages, recommendations, asks, pledges, co-signatories and the oral statement.</source>
        <translation type="unfinished">Repartent de zéro&#xa0;: le titre, le résumé, les messages clés, les recommandations, les demandes, les engagements, les cosignataires et la déclaration orale.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="82"/>
        <source>&amp;Continue</source>
        <translation type="unfinished">&amp;Poursuivre</translation>
    </message>
</context>
<context>
    <name>CosignatoriesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="18"/>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="72"/>
        <source>Co-signatories</source>
        <translation type="unfinished">Cosignataires</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="19"/>
        <source>List the organisations that sign the paper with you.</source>
        <translation type="unfinished">Indiquez les organisations qui signent le document avec vous.</translation>
    </message>
</context>
<context>
    <name>CosignatoryEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="46"/>
        <source>The logo of %1 was left out: save the brief first, then add the partner&apos;s profile again.</source>
        <translation type="unfinished">Le logo de %1 a été omis&#xa0;: enregistrez d’abord le document, puis ajoutez de nouveau le profil du partenaire.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="69"/>
        <source>Co-signatory kind</source>
        <translation type="unfinished">Type de cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Individual</source>
        <translation type="unfinished">À titre individuel</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="72"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="73"/>
        <source>Co-signatory name</source>
        <translation type="unfinished">Nom du cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="75"/>
        <source>Co-signatory country</source>
        <translation type="unfinished">Pays du cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="76"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="79"/>
        <source>Co-signatory contact person</source>
        <translation type="unfinished">Personne à contacter du cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="80"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">Personne à c&amp;ontacter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="81"/>
        <source>Co-signatory e-mail</source>
        <translation type="unfinished">E-mail du cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="82"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="83"/>
        <source>Co-signatory phone</source>
        <translation type="unfinished">Téléphone du cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="84"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="85"/>
        <source>Co-signatory website</source>
        <translation type="unfinished">Site web du cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="87"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="88"/>
        <source>Co-signatory postal address</source>
        <translation type="unfinished">Adresse postale du cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="89"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="90"/>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="93"/>
        <source>Date consent was given</source>
        <translation type="unfinished">Date à laquelle le consentement a été donné</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="95"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="96"/>
        <source>How consent was given</source>
        <translation type="unfinished">Comment le consentement a été donné</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="97"/>
        <source>e.g. e-mail from the director, signed form</source>
        <translation type="unfinished">p. ex. e-mail de la direction, formulaire signé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="98"/>
        <source>H&amp;ow:</source>
        <translation type="unfinished">C&amp;omment&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="100"/>
        <source>Your own record that they agreed to sign this paper. It is never printed.</source>
        <translation type="unfinished">Votre propre trace de leur accord pour signer ce document. Elle n’est jamais imprimée.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="101"/>
        <source>Consent</source>
        <translation type="unfinished">Consentement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="106"/>
        <source>Logo (optional)</source>
        <translation type="unfinished">Logo (facultatif)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>Co-si&amp;gnatories:</source>
        <translation type="unfinished">&amp;Cosignataires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>&amp;Add co-signatory</source>
        <translation type="unfinished">A&amp;jouter un cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>No co-signatories yet.</source>
        <translation type="unfinished">Aucun cosignataire pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>co-signatory</source>
        <translation type="unfinished">le cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="116"/>
        <source>Add from a partner&apos;s pro&amp;file…</source>
        <translation type="unfinished">Ajouter depuis le pro&amp;fil d’un partenaire…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="118"/>
        <source>Add a partner from the organisation profile file they sent you (.orgprofile)</source>
        <translation type="unfinished">Ajouter un partenaire à partir du fichier de profil d’organisation qu’il vous a envoyé (.orgprofile)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="126"/>
        <source>(no name)</source>
        <translation type="unfinished">(sans nom)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="133"/>
        <source>Consent: %1</source>
        <translation type="unfinished">Consentement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="136"/>
        <source>No consent recorded yet</source>
        <translation type="unfinished">Aucun consentement enregistré pour l’instant</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="163"/>
        <source>Add from a Partner&apos;s Profile</source>
        <translation type="unfinished">Ajouter depuis le profil d’un partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="165"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">Profils d’organisation (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="179"/>
        <source>Add co-signatory from profile</source>
        <translation type="unfinished">Ajouter un cosignataire depuis un profil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="181"/>
        <source>Logo Not Added</source>
        <translation type="unfinished">Logo non ajouté</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="186"/>
        <source>The partner&apos;s profile cannot be used</source>
        <translation type="unfinished">Le profil du partenaire ne peut pas être utilisé</translation>
    </message>
</context>
<context>
    <name>DesktopOffer</name>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="35"/>
        <source>BriefWriter is now in your applications menu, with its icon, and double-clicking a brief opens it in BriefWriter.</source>
        <translation type="unfinished">BriefWriter figure désormais dans le menu des applications, avec son icône, et un double-clic sur un document l&apos;ouvre dans BriefWriter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="38"/>
        <source>Your desktop may take a moment, or a new login, to show it.</source>
        <translation type="unfinished">Votre bureau peut mettre un moment à l&apos;afficher, ou attendre une nouvelle connexion.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="56"/>
        <source>Puts BriefWriter in your desktop&apos;s applications menu with its icon, so that double-clicking a brief opens it.</source>
        <translation type="unfinished">Ajoute BriefWriter au menu des applications de votre bureau, avec son icône, pour qu&apos;un double-clic sur un document l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="60"/>
        <source>Add BriefWriter to the &amp;Applications Menu</source>
        <translation type="unfinished">&amp;Ajouter BriefWriter au menu des applications</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="91"/>
        <source>Adding BriefWriter to the applications menu…</source>
        <translation type="unfinished">Ajout de BriefWriter au menu des applications…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="102"/>
        <source>BriefWriter could not be added to the applications menu: %1</source>
        <translation type="unfinished">BriefWriter n&apos;a pas pu être ajouté au menu des applications : %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="130"/>
        <source>Added to the Applications Menu</source>
        <translation type="unfinished">Ajouté au menu des applications</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="134"/>
        <source>BriefWriter could not be added to the applications menu</source>
        <translation type="unfinished">BriefWriter n&apos;a pas pu être ajouté au menu des applications</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="140"/>
        <source>BriefWriter is no longer in your applications menu, and briefs no longer open in it with a double-click.</source>
        <translation type="unfinished">BriefWriter ne figure plus dans le menu des applications, et un double-clic sur un document ne l&apos;ouvre plus.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="143"/>
        <source>BriefWriter was not in the applications menu: there was nothing to remove.</source>
        <translation type="unfinished">BriefWriter ne figurait pas dans le menu des applications : il n&apos;y avait rien à retirer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="145"/>
        <source>Removed from the Applications Menu</source>
        <translation type="unfinished">Retiré du menu des applications</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="148"/>
        <source>BriefWriter could not be removed from the applications menu</source>
        <translation type="unfinished">BriefWriter n&apos;a pas pu être retiré du menu des applications</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="224"/>
        <source>Copy of the example “%1”</source>
        <extracomment>``SaveError.code`` values that mean &quot;this place cannot be written&quot;: Save As may help.</extracomment>
        <translation type="unfinished">Copie de l’exemple «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="260"/>
        <location filename="../../briefwriter/gui/files.py" line="267"/>
        <source>Opening %1…</source>
        <translation type="unfinished">Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="284"/>
        <source>Opened %1.</source>
        <translation type="unfinished">%1 ouvert.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="286"/>
        <source>It uses file format %1 and will be updated when you save.</source>
        <translation type="unfinished">Il utilise le format de fichier %1 et sera mis à jour à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="299"/>
        <source>Opened a copy of %1. Save it to keep your changes; the example itself stays as it is.</source>
        <translation type="unfinished">Copie de %1 ouverte. Enregistrez-la pour garder vos modifications&#xa0;; l’exemple lui-même reste tel quel.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="308"/>
        <source>Opened with Notes</source>
        <translation type="unfinished">Ouvert, avec des remarques</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="309"/>
        <source>%1 was opened. Worth a look:

%2</source>
        <translation type="unfinished">%1 a été ouvert. À regarder&#xa0;:

%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="317"/>
        <source>Could not open %1.</source>
        <translation type="unfinished">Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="320"/>
        <source>Could Not Open Brief</source>
        <translation type="unfinished">Impossible d’ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="351"/>
        <source>Logo Not Copied</source>
        <translation type="unfinished">Logo non copié</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="355"/>
        <source>Saving %1…</source>
        <translation type="unfinished">Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="365"/>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="377"/>
        <source>Not saved.</source>
        <translation type="unfinished">Non enregistré.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="378"/>
        <source>Could Not Save</source>
        <translation type="unfinished">Impossible d’enregistrer</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="41"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="69"/>
        <source>Evidence and sources</source>
        <translation type="unfinished">Preuves et sources</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="42"/>
        <source>Back each priority with facts: what you found or what others report, who published it, and where readers can check it. Sources become footnotes.</source>
        <translation type="unfinished">Étayez chaque priorité par des faits&#xa0;: ce que vous avez constaté ou ce que d’autres rapportent, qui l’a publié et où les lecteurs peuvent le vérifier. Les sources deviennent des notes de bas de page.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="45"/>
        <source>Priority whose evidence is shown</source>
        <translation type="unfinished">Priorité dont les preuves sont affichées</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="47"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="54"/>
        <source>Evidence</source>
        <translation type="unfinished">Preuve</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="55"/>
        <source>&amp;Fact or finding:</source>
        <translation type="unfinished">Fait ou &amp;constat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="56"/>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="57"/>
        <source>Who published it, title, year</source>
        <translation type="unfinished">Qui l’a publié, titre, année</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="58"/>
        <source>&amp;Source:</source>
        <translation type="unfinished">S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="59"/>
        <source>Web address of the source</source>
        <translation type="unfinished">Adresse web de la source</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="61"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished">Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Evidence for this priority:</source>
        <translation type="unfinished">&amp;Preuves pour cette priorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Add evidence</source>
        <translation type="unfinished">A&amp;jouter une preuve</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>No evidence for this priority yet.</source>
        <translation type="unfinished">Aucune preuve pour cette priorité pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>evidence</source>
        <translation type="unfinished">la preuve</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="87"/>
        <source>Use a full web address starting with https:// or http://.</source>
        <translation type="unfinished">Utilisez une adresse web complète commençant par https:// ou http://.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="91"/>
        <source>(empty)</source>
        <translation type="unfinished">(vide)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="79"/>
        <source>Accessible PDF (PDF/UA-1)</source>
        <translation type="unfinished">PDF accessible (PDF/UA-1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="80"/>
        <source>Archival PDF (PDF/A-3u)</source>
        <translation type="unfinished">PDF d’archivage (PDF/A-3u)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="81"/>
        <source>Plain PDF</source>
        <translation type="unfinished">PDF simple</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="100"/>
        <source>Export PDF — Safety Mode On</source>
        <translation type="unfinished">Exporter en PDF — mode sécurité activé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="101"/>
        <source>Export PDF</source>
        <translation type="unfinished">Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="115"/>
        <source>Export HTML — Safety Mode On</source>
        <translation type="unfinished">Exporter en HTML — mode sécurité activé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="116"/>
        <source>Export HTML</source>
        <translation type="unfinished">Exporter en HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="119"/>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished">Page web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="133"/>
        <source>Export as Word</source>
        <translation type="unfinished">Exporter en Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="134"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished">Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="182"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="197"/>
        <source>Exporting</source>
        <translation type="unfinished">Exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="198"/>
        <source>Writing {name}…</source>
        <translation type="unfinished">Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="199"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="205"/>
        <source>Export progress</source>
        <translation type="unfinished">Progression de l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="270"/>
        <source>Exported {name} (1 page).</source>
        <translation type="unfinished">{name} exporté (1 page).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="271"/>
        <source>Exported {name} ({pages} pages).</source>
        <translation type="unfinished">{name} exporté ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="273"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished">&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="275"/>
        <location filename="../../briefwriter/gui/export.py" line="278"/>
        <source>Exported {name}.</source>
        <translation type="unfinished">{name} exporté.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="276"/>
        <source>&amp;Open document</source>
        <translation type="unfinished">&amp;Ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="279"/>
        <source>&amp;Open page</source>
        <translation type="unfinished">&amp;Ouvrir la page</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="282"/>
        <source>Made in safety mode: your organisation&apos;s name and the metadata that could identify you are left out. Review lists any names still in the text.</source>
        <translation type="unfinished">Créé en mode sécurité&#xa0;: le nom de votre organisation et les métadonnées qui pourraient vous identifier sont omis. L’étape «&#xa0;Vérification et exportation&#xa0;» liste les noms encore présents dans le texte.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="284"/>
        <source>Export finished</source>
        <translation type="unfinished">Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="290"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished">Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="306"/>
        <source>Export failed</source>
        <translation type="unfinished">Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="307"/>
        <source>{name} was not exported.</source>
        <translation type="unfinished">{name} n’a pas été exporté.</translation>
    </message>
</context>
<context>
    <name>ExportSetDialog</name>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="85"/>
        <source>Export Set</source>
        <translation type="unfinished">Exportation groupée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="86"/>
        <source>Export set</source>
        <translation type="unfinished">Exportation groupée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="95"/>
        <source>Export this brief with several templates at once, into one folder.</source>
        <translation type="unfinished">Exportez ce document avec plusieurs modèles à la fois, dans un seul dossier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="101"/>
        <source>Templates to export</source>
        <translation type="unfinished">Modèles à exporter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="103"/>
        <source>&amp;Templates:</source>
        <translation type="unfinished">&amp;Modèles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="109"/>
        <source>Folder to export into</source>
        <translation type="unfinished">Dossier d’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="111"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="112"/>
        <source>Choose the folder to export into</source>
        <translation type="unfinished">Choisir le dossier d’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="114"/>
        <source>Save &amp;in folder:</source>
        <translation type="unfinished">&amp;Enregistrer dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="122"/>
        <source>Also write HT&amp;ML pages</source>
        <translation type="unfinished">Écrire aussi des pages &amp;HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="123"/>
        <source>Also write HTML pages</source>
        <translation type="unfinished">Écrire aussi des pages HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="126"/>
        <source>Also write &amp;Word documents</source>
        <translation type="unfinished">Écrire aussi des documents &amp;Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="127"/>
        <source>Also write Word documents</source>
        <translation type="unfinished">Écrire aussi des documents Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="132"/>
        <source>Files that will be written</source>
        <translation type="unfinished">Fichiers qui seront écrits</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="134"/>
        <source>File &amp;names:</source>
        <translation type="unfinished">&amp;Noms des fichiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="141"/>
        <source>Export status</source>
        <translation type="unfinished">État de l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="146"/>
        <source>Export progress</source>
        <translation type="unfinished">Progression de l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="152"/>
        <source>Export summary</source>
        <translation type="unfinished">Récapitulatif de l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="157"/>
        <source>&amp;Export</source>
        <translation type="unfinished">E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="159"/>
        <source>Export the chosen templates</source>
        <translation type="unfinished">Exporter les modèles choisis</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="160"/>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished">&amp;Annuler l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="162"/>
        <source>Cancel the export</source>
        <translation type="unfinished">Annuler l’exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="164"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished">Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="166"/>
        <source>Open the folder the files were written to</source>
        <translation type="unfinished">Ouvrir le dossier dans lequel les fichiers ont été écrits</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="168"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="170"/>
        <source>Close this dialog</source>
        <translation type="unfinished">Fermer cette boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="183"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Recherche des modèles…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="193"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="245"/>
        <source>(tick at least one template)</source>
        <translation type="unfinished">(cochez au moins un modèle)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="248"/>
        <source>Export Set Into</source>
        <translation type="unfinished">Dossier de l’exportation groupée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="265"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="331"/>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished">%1 sur %2 — %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="340"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished">Terminé&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="345"/>
        <source>Cancelled: %1 of %2 documents exported.</source>
        <translation type="unfinished">Exportation annulée&#xa0;: %1 sur %2 documents exportés.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="347"/>
        <source>1 file written; %2 failed.</source>
        <translation type="unfinished">1 fichier écrit&#xa0;; échecs&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="348"/>
        <source>%1 files written; %2 failed.</source>
        <translation type="unfinished">Fichiers écrits&#xa0;: %1&#xa0;; échecs&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="350"/>
        <source>1 file written into %2.</source>
        <translation type="unfinished">1 fichier écrit dans %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="351"/>
        <source>%1 files written into %2.</source>
        <translation type="unfinished">%1 fichiers écrits dans %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="353"/>
        <source>Wrote %1</source>
        <translation type="unfinished">Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="354"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileService</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="60"/>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished">Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="62"/>
        <source>%1 could not be opened because of an unexpected problem: %2</source>
        <translation type="unfinished">Impossible d’ouvrir %1 à cause d’un problème inattendu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="217"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="218"/>
        <source>Find</source>
        <translation type="unfinished">Rechercher</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="220"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="221"/>
        <source>Replace with</source>
        <translation type="unfinished">Remplacer par</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="222"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished">Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="224"/>
        <source>Re&amp;place:</source>
        <translation type="unfinished">Re&amp;mplacer par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="226"/>
        <source>Match &amp;case</source>
        <translation type="unfinished">Respecter la c&amp;asse</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="227"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="228"/>
        <source>Pre&amp;vious</source>
        <translation type="unfinished">Précéde&amp;nt</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="229"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="230"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished">Remplacer &amp;tout</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="231"/>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="232"/>
        <source>Close find bar</source>
        <translation type="unfinished">Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="234"/>
        <source>Find result</source>
        <translation type="unfinished">Résultat de la recherche</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="282"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="300"/>
        <source>Not found</source>
        <translation type="unfinished">Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/workshop/editor.py" line="299"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="47"/>
        <source>Met</source>
        <translation type="unfinished">Réalisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="48"/>
        <source>Partly met</source>
        <translation type="unfinished">Partiellement réalisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="49"/>
        <source>Not met</source>
        <translation type="unfinished">Non réalisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="50"/>
        <source>Unknown</source>
        <translation type="unfinished">Inconnu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="58"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="76"/>
        <source>Since the last review</source>
        <translation type="unfinished">Depuis le dernier examen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="59"/>
        <source>What became of the asks and pledges of your earlier paper: for each, say whether it was met, partly met or not met, and give the evidence — what happened, with sources. The paper prints them under “Since the last review”.</source>
        <translation type="unfinished">Ce que sont devenus les demandes et les engagements de votre document précédent&#xa0;: pour chacun, indiquez s’il a été réalisé, partiellement réalisé ou non réalisé, et donnez les preuves — ce qui s’est passé, avec les sources. Le document les imprime sous «&#xa0;Depuis le dernier examen&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="68"/>
        <source>Ask or pledge</source>
        <translation type="unfinished">Demande ou engagement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>An ask</source>
        <translation type="unfinished">Une demande</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>A pledge</source>
        <translation type="unfinished">Un engagement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">Ty&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="71"/>
        <source>What was asked or pledged</source>
        <translation type="unfinished">Ce qui a été demandé ou promis</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="72"/>
        <source>W&amp;hat:</source>
        <translation type="unfinished">&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="73"/>
        <source>Who was to act</source>
        <translation type="unfinished">Qui devait agir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="74"/>
        <source>Wh&amp;o:</source>
        <translation type="unfinished">&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="75"/>
        <source>By when</source>
        <translation type="unfinished">Dans quel délai</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="76"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="79"/>
        <source>&amp;Status:</source>
        <translation type="unfinished">É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="80"/>
        <source>Evidence</source>
        <translation type="unfinished">Preuve</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="81"/>
        <source>E&amp;vidence:</source>
        <translation type="unfinished">Pre&amp;uves&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="83"/>
        <source>What happened, and how you know: a law passed, a figure from a report, a statement — with its source.</source>
        <translation type="unfinished">Ce qui s’est passé, et comment vous le savez&#xa0;: une loi adoptée, un chiffre tiré d’un rapport, une déclaration — avec sa source.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Follow-up items:</source>
        <translation type="unfinished">Points de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Add item</source>
        <translation type="unfinished">A&amp;jouter un point</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="92"/>
        <source>Nothing to follow up yet. To report on an earlier paper, open it and choose File ▸ Continue for the Next Review…: its asks and pledges come here. Or add an item yourself.</source>
        <translation type="unfinished">Rien à suivre pour l’instant. Pour rendre compte d’un document précédent, ouvrez-le et choisissez Fichier ▸ Poursuivre pour le prochain examen…&#xa0;: ses demandes et ses engagements arrivent ici. Vous pouvez aussi ajouter un point vous-même.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="95"/>
        <source>follow-up item</source>
        <translation type="unfinished">le point de suivi</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="104"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="109"/>
        <source>Earlier review cycles</source>
        <translation type="unfinished">Cycles d’examen précédents</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="117"/>
        <source>(empty)</source>
        <translation type="unfinished">(vide)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="144"/>
        <source>(untitled)</source>
        <translation type="unfinished">(sans titre)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="152"/>
        <source>Asks</source>
        <translation type="unfinished">Demandes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="155"/>
        <source>Pledges</source>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>Its follow-up</source>
        <translation type="unfinished">Son suivi</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="148"/>
        <source>Template Gallery</source>
        <translation type="unfinished">Galerie de modèles</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="162"/>
        <source>Each template is shown printing the first page of your brief. Use the arrow keys to move between them and Enter to use one for this brief.</source>
        <translation type="unfinished">Chaque modèle montre la première page de votre document imprimée avec lui. Passez de l’un à l’autre avec les touches fléchées et appuyez sur Entrée pour utiliser le modèle choisi pour ce document.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="168"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Recherche des modèles…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="173"/>
        <source>Templates</source>
        <translation type="unfinished">Modèles</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="186"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">&amp;Importer un paquet de modèle…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="189"/>
        <source>Re&amp;load</source>
        <translation type="unfinished">Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="230"/>
        <location filename="../../briefwriter/gui/gallery.py" line="388"/>
        <source>&amp;Use for This Brief</source>
        <translation type="unfinished">&amp;Utiliser pour ce document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="232"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">&amp;Personnaliser…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="233"/>
        <source>Copy this template into your template folder under a new name and change it in the workshop</source>
        <translation type="unfinished">Copier ce modèle dans votre dossier de modèles sous un nouveau nom et le modifier dans l’atelier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="235"/>
        <location filename="../../briefwriter/gui/gallery.py" line="392"/>
        <source>Open in &amp;Workshop</source>
        <translation type="unfinished">Ouvrir dans l’&amp;atelier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="236"/>
        <source>Re&amp;vert…</source>
        <translation type="unfinished">&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="237"/>
        <source>Put back the files of the template this one is based on</source>
        <translation type="unfinished">Remettre les fichiers du modèle dont celui-ci est issu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="239"/>
        <source>Rena&amp;me…</source>
        <translation type="unfinished">Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="240"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="241"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="242"/>
        <source>Save this template as a file to share</source>
        <translation type="unfinished">Enregistrer ce modèle dans un fichier à partager</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="263"/>
        <source>No templates found.</source>
        <translation type="unfinished">Aucun modèle trouvé.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="273"/>
        <source>Some folders in your template folder could not be read as templates: %1</source>
        <translation type="unfinished">Certains dossiers de votre dossier de modèles n’ont pas pu être lus comme des modèles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="341"/>
        <source>Choose template</source>
        <translation type="unfinished">Choisir le modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="387"/>
        <source>In Use for This Brief</source>
        <translation type="unfinished">Utilisé pour ce document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="391"/>
        <source>Open in &amp;Workshop (Read Only)</source>
        <translation type="unfinished">Ouvrir dans l’&amp;atelier (lecture seule)</translation>
    </message>
</context>
<context>
    <name>GcmBrowser</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="84"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the objective&apos;s title or commitment is not yet verified).</source>
        <translation type="unfinished">Libellé tiré du projet de juillet 2018 — à comparer avec A/RES/73/195 (le titre ou l’engagement de l’objectif n’est pas encore vérifié).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="90"/>
        <source>Wording partly from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">Libellé en partie tiré du projet de juillet 2018 — à comparer avec A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="92"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">Libellé tiré du projet de juillet 2018 — à comparer avec A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="151"/>
        <source>Clear search</source>
        <translation type="unfinished">Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="159"/>
        <source>&amp;Search the Compact:</source>
        <translation type="unfinished">&amp;Rechercher dans le Pacte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="165"/>
        <source>Reference</source>
        <translation type="unfinished">Référence</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="168"/>
        <source>Global Compact for Migration</source>
        <translation type="unfinished">Pacte mondial sur les migrations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="187"/>
        <source>Full text of the selected item</source>
        <translation type="unfinished">Texte intégral de l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="194"/>
        <source>F&amp;ull text:</source>
        <translation type="unfinished">Te&amp;xte intégral&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="296"/>
        <source>Commitment: %1</source>
        <translation type="unfinished">Engagement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="298"/>
        <source>para %1</source>
        <translation type="unfinished">para %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Link %1</source>
        <translation type="unfinished">Lier %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Unlink %1</source>
        <translation type="unfinished">Délier %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="504"/>
        <source>&lt;p&gt;The Compact in the order of the resolution: the preamble and vision, the ten guiding principles (paragraph 15), the cooperative framework, the 23 objectives, implementation, and follow-up and review. Expand a part to see its paragraphs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Le Pacte dans l’ordre de la résolution : le préambule et la vision, les dix principes directeurs (paragraphe 15), le cadre de coopération, les 23 objectifs, la mise en œuvre, puis le suivi et l’examen. Dépliez une partie pour voir ses paragraphes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="525"/>
        <source>Guiding principle: %1</source>
        <translation type="unfinished">Principe directeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="531"/>
        <source>Actions: %1</source>
        <translation type="unfinished">Actions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="535"/>
        <source>Objective %1: %2</source>
        <translation type="unfinished">Objectif %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>No match</source>
        <translation type="unfinished">Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="98"/>
        <source>Text not included — see A/RES/73/195, %1. It can still be cited.</source>
        <translation type="unfinished">Texte non reproduit — voir A/RES/73/195, %1. Il peut quand même être cité.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="102"/>
        <source>Only part of the text is included (… marks where it breaks off) — see A/RES/73/195, %1. The paper cites it without quoting it.</source>
        <translation type="unfinished">Seule une partie du texte est reproduite (… marque l’endroit où il s’interrompt) — voir A/RES/73/195, %1. Le document y renvoie sans le citer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="107"/>
        <source>Wording not yet checked word for word — check against A/RES/73/195.</source>
        <translation type="unfinished">Libellé pas encore vérifié mot à mot — à comparer avec A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="153"/>
        <source>e.g. detention, firewall, children, 29(c), para 49</source>
        <translation type="unfinished">p. ex. detention, firewall, children, 29(c), para 49</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="155"/>
        <source>Search the whole Compact: its paragraphs, guiding principles, objectives and actions. Press Down to go to the results.</source>
        <translation type="unfinished">Cherchez dans tout le Pacte&#xa0;: ses paragraphes, principes directeurs, objectifs et actions. Appuyez sur Bas pour aller aux résultats.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="164"/>
        <source>Paragraph, principle, objective or action</source>
        <translation type="unfinished">Paragraphe, principe, objectif ou action</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="170"/>
        <source>The parts of the Compact in order. Arrows move, Right expands a part, objective or paragraph, Space ticks the item for the selected priority.</source>
        <translation type="unfinished">Les parties du Pacte dans l’ordre. Les flèches déplacent la sélection, Droite déplie une partie, un objectif ou un paragraphe, Espace coche l’élément pour la priorité choisie.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="201"/>
        <source>Wording from the July 2018 draft or not yet checked, or a paragraph whose text is not included — check against A/RES/73/195 (the final text).</source>
        <translation type="unfinished">Libellé tiré du projet de juillet 2018 ou pas encore vérifié, ou paragraphe dont le texte n’est pas reproduit — à comparer avec A/RES/73/195 (le texte final).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="268"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="270"/>
        <source>Part of the Compact: %1, %2</source>
        <translation type="unfinished">Partie du Pacte : %1, %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="315"/>
        <source>Text not included</source>
        <translation type="unfinished">Texte non reproduit</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="317"/>
        <source>%1 (partial text)</source>
        <translation type="unfinished">%1 (texte partiel)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>Matches: %1</source>
        <translation type="unfinished">Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="544"/>
        <source>Part of the Compact: %1</source>
        <translation type="unfinished">Partie du Pacte : %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="551"/>
        <source>Source: %1</source>
        <translation type="unfinished">Source : %1</translation>
    </message>
</context>
<context>
    <name>GcmImport</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="41"/>
        <source>The built-in English text, in which some wording is not yet verified against the official document.</source>
        <translation type="unfinished">Le texte anglais intégré, dont une partie du libellé n’est pas encore vérifiée par rapport au document officiel.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="45"/>
        <source>The official %1 text of A/RES/73/195, imported on %2 from %3 (SHA-256 %4…).</source>
        <translation type="unfinished">Le texte officiel (%1) de A/RES/73/195, importé le %2 depuis %3 (SHA-256 %4…).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="51"/>
        <source>Papers in %1 quote the official edition in their language.</source>
        <translation type="unfinished">Les documents rédigés en %1 citent l’édition officielle dans leur langue.</translation>
    </message>
</context>
<context>
    <name>GcmImportDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="81"/>
        <source>Check the GCM Text Against the Official Document</source>
        <translation type="unfinished">Comparer le texte du Pacte mondial avec le document officiel</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="91"/>
        <source>&lt;p&gt;BriefWriter quotes the Global Compact for Migration from a built-in copy in which some wording comes from the July 2018 draft. Bring the official resolution and BriefWriter checks every paragraph, guiding principle, objective and action against it.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the UN Official Document System, &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Search for the symbol &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose the language of your papers (Arabic, Chinese, English, French, Russian or Spanish) and download the PDF.&lt;/li&gt;&lt;li&gt;Choose that file here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Items that match become verified; items that differ take the official wording and are listed. The file is read on this computer only.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter cite le Pacte mondial sur les migrations à partir d’une copie intégrée dont une partie du libellé provient du projet de juillet 2018. Fournissez la résolution officielle et BriefWriter comparera avec elle chaque paragraphe, principe directeur, objectif et action.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Ouvrez le Système de diffusion électronique des documents de l’ONU (Sédoc), &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Recherchez la cote &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choisissez la langue de vos documents (anglais, arabe, chinois, espagnol, français ou russe) et téléchargez le PDF.&lt;/li&gt;&lt;li&gt;Choisissez ce fichier ici.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Les éléments identiques deviennent vérifiés&#xa0;; les éléments différents prennent le libellé officiel et sont listés. Le fichier est lu uniquement sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="102"/>
        <source>Where to download the official text</source>
        <translation type="unfinished">Où télécharger le texte officiel</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="110"/>
        <source>&amp;Choose the PDF…</source>
        <translation type="unfinished">&amp;Choisir le PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="111"/>
        <source>Choose the official PDF of A/RES/73/195</source>
        <translation type="unfinished">Choisir le PDF officiel de A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="116"/>
        <source>Result of the check</source>
        <translation type="unfinished">Résultat de la comparaison</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="122"/>
        <source>Use the &amp;Built-in Text Again</source>
        <translation type="unfinished">Réutiliser le texte &amp;intégré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="123"/>
        <source>Forget the imported text and use the built-in text again</source>
        <translation type="unfinished">Oublier le texte importé et réutiliser le texte intégré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="137"/>
        <source>Text in use: %1</source>
        <translation type="unfinished">Texte utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="142"/>
        <source>Choose the Official PDF of A/RES/73/195</source>
        <translation type="unfinished">Choisir le PDF officiel de A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="143"/>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation type="unfinished">Documents PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="153"/>
        <source>Reading %1…</source>
        <translation type="unfinished">Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="174"/>
        <source>The file was not used; the text in use is unchanged.</source>
        <translation type="unfinished">Le fichier n’a pas été utilisé&#xa0;; le texte utilisé reste inchangé.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="184"/>
        <source>%1: the official %2 text of A/RES/73/195. Found %3 of %4 items; they are kept as the %2 edition of the Compact.</source>
        <translation type="unfinished">%1&#xa0;: le texte officiel (%2) de A/RES/73/195. %3 éléments trouvés sur %4&#xa0;; ils sont conservés comme édition (%2) du Pacte.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="189"/>
        <source>%1: the official English text of A/RES/73/195. Found %2 of %3 items: %4 matched the built-in text and are now verified, %5 differed and now use the official wording, %6 were not (fully) in the built-in text and were added.</source>
        <translation type="unfinished">%1&#xa0;: le texte officiel anglais de A/RES/73/195. %2 éléments trouvés sur %3&#xa0;: %4 correspondaient au texte intégré et sont maintenant vérifiés, %5 différaient et reprennent maintenant le libellé officiel, %6 ne figuraient pas (en entier) dans le texte intégré et ont été ajoutés.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="195"/>
        <source>Wording that differed (the official wording is now used):</source>
        <translation type="unfinished">Libellé qui différait (le libellé officiel est maintenant utilisé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="197"/>
        <source>Not found in the file (these keep their flags):</source>
        <translation type="unfinished">Introuvables dans le fichier (ces éléments restent signalés)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="207"/>
        <source>The built-in text is used again.</source>
        <translation type="unfinished">Le texte intégré est de nouveau utilisé.</translation>
    </message>
</context>
<context>
    <name>GcmLinkPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="59"/>
        <source>Link to the GCM</source>
        <translation type="unfinished">Lien avec le Pacte mondial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="29"/>
        <source>For each priority, tick the guiding principles, objectives, actions and other paragraphs of the Global Compact for Migration that it relates to. Search with Ctrl+F; Space ticks.</source>
        <translation type="unfinished">Pour chaque priorité, cochez les principes directeurs, les objectifs, les actions et les autres paragraphes du Pacte mondial sur les migrations qui s’y rapportent. Recherche avec Ctrl+F ; Espace coche.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="33"/>
        <source>Priority to link</source>
        <translation type="unfinished">Priorité à lier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="35"/>
        <source>Add a &amp;priority first…</source>
        <translation type="unfinished">Ajoutez d’abord une &amp;priorité…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="38"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="47"/>
        <source>&amp;Check the Text Against the Official Document…</source>
        <translation type="unfinished">&amp;Comparer le texte avec le document officiel…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="50"/>
        <source>Import the official PDF of resolution A/RES/73/195 (in the paper&apos;s language) to verify every quotation</source>
        <translation type="unfinished">Importer le PDF officiel de la résolution A/RES/73/195 (dans la langue du document) pour vérifier chaque citation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="74"/>
        <source>Overview: priorities × objectives</source>
        <translation type="unfinished">Vue d’ensemble&#xa0;: priorités × objectifs</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="62"/>
        <source>Columns are objectives 1 to 23 (point at a number for its title). ● marks an objective linked to a priority directly or through its actions. Select a cell to show the objective above; double-click or press Space to tick or untick it.</source>
        <translation type="unfinished">Les colonnes sont les objectifs 1 à 23 (pointez un numéro pour voir son titre). ● signale un objectif lié à une priorité, directement ou par ses actions. Sélectionnez une case pour afficher l’objectif ci-dessus&#xa0;; double-cliquez ou appuyez sur Espace pour le cocher ou le décocher.</translation>
    </message>
</context>
<context>
    <name>GcmMatrix</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="41"/>
        <source>(untitled)</source>
        <translation type="unfinished">(sans titre)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="92"/>
        <source>objective linked</source>
        <translation type="unfinished">objectif lié</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="96"/>
        <source>not linked</source>
        <translation type="unfinished">non lié</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="128"/>
        <source>No objective is linked yet.</source>
        <translation type="unfinished">Aucun objectif n’est encore lié.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="86"/>
        <source>Priority %1, objective %2 (%3)</source>
        <translation type="unfinished">Priorité %1, objectif %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="89"/>
        <source>objective and actions %1 linked</source>
        <translation type="unfinished">objectif et actions %1 liés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="94"/>
        <source>actions %1 linked</source>
        <translation type="unfinished">actions %1 liées</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="129"/>
        <source>Linked: %1</source>
        <translation type="unfinished">Liés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="167"/>
        <source>Links of each priority to each objective</source>
        <translation type="unfinished">Liens de chaque priorité avec chaque objectif</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="168"/>
        <source>Rows are priorities, columns objectives 1 to 23. Space or Enter ticks or unticks the objective for that priority.</source>
        <translation type="unfinished">Les lignes sont les priorités, les colonnes les objectifs 1 à 23. Espace ou Entrée coche ou décoche l’objectif pour cette priorité.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="178"/>
        <source>Priorities by objectives</source>
        <translation type="unfinished">Priorités par objectif</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="255"/>
        <source>Link objective %1</source>
        <translation type="unfinished">Lier l’objectif %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="256"/>
        <source>Unlink objective %1</source>
        <translation type="unfinished">Délier l’objectif %1</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="195"/>
        <source>Install template “%1”</source>
        <translation type="unfinished">Installer le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="197"/>
        <source>From the file %1.</source>
        <translation type="unfinished">Provenant du fichier %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="204"/>
        <source>Printing your brief with this template…</source>
        <translation type="unfinished">Impression de votre document avec ce modèle…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="205"/>
        <source>Preview</source>
        <translation type="unfinished">Aperçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="207"/>
        <source>Page 1 of your brief printed with this template, being made</source>
        <translation type="unfinished">Page 1 de votre document imprimée avec ce modèle, en cours de création</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="217"/>
        <source>Problems found in the template</source>
        <translation type="unfinished">Problèmes trouvés dans le modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="221"/>
        <source>Problems found:</source>
        <translation type="unfinished">Problèmes trouvés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="229"/>
        <source>A bundled template is already called “%1”, so this pack cannot be installed; ask its author to rename it.</source>
        <translation type="unfinished">Un modèle fourni s’appelle déjà «&#xa0;%1&#xa0;», ce paquet ne peut donc pas être installé&#xa0;; demandez à son auteur de le renommer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="234"/>
        <source>Replace your template “%1”? Its files will be replaced by this pack&apos;s.</source>
        <translation type="unfinished">Remplacer votre modèle «&#xa0;%1&#xa0;»&#xa0;? Ses fichiers seront remplacés par ceux de ce paquet.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Install</source>
        <translation type="unfinished">&amp;Installer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="244"/>
        <source>This template has errors and cannot be installed; ask its author for a corrected pack.</source>
        <translation type="unfinished">Ce modèle contient des erreurs et ne peut pas être installé&#xa0;; demandez à son auteur un paquet corrigé.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="262"/>
        <source>Page 1 of your brief printed with this template</source>
        <translation type="unfinished">Page 1 de votre document imprimée avec ce modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="265"/>
        <source>Your brief could not be printed with this template: %1</source>
        <translation type="unfinished">Votre document n’a pas pu être imprimé avec ce modèle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="130"/>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="254"/>
        <source>Remove %1</source>
        <extracomment>the most lines a row of the list shows; longer labels end in &quot;…&quot; (the tooltip has it all)</extracomment>
        <translation type="unfinished">Retirer %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="132"/>
        <source>Move %1 up</source>
        <translation type="unfinished">Monter %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="134"/>
        <source>Move %1 down</source>
        <translation type="unfinished">Descendre %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="146"/>
        <source>%1 (Insert key in the list)</source>
        <translation type="unfinished">%1 (touche Inser dans la liste)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="148"/>
        <source>Remove the selected %1 (Delete key)</source>
        <translation type="unfinished">Retirer %1 de la liste (touche Suppr)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="150"/>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation type="unfinished">Monter %1 dans la liste (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="151"/>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation type="unfinished">Descendre %1 dans la liste (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="266"/>
        <source>Move %1</source>
        <translation type="unfinished">Déplacer %1</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="100"/>
        <source>Too many files called %1 in the brief&apos;s folder.</source>
        <translation type="unfinished">Trop de fichiers nommés %1 dans le dossier du document.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="132"/>
        <source>Copy logo</source>
        <translation type="unfinished">Copier le logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="165"/>
        <source>Logo preview</source>
        <translation type="unfinished">Aperçu du logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="174"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">Choisir un &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="175"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="289"/>
        <source>Choose logo</source>
        <translation type="unfinished">Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="177"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">Reti&amp;rer le logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="178"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="294"/>
        <source>Remove logo</source>
        <translation type="unfinished">Retirer le logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="236"/>
        <source>PNG, JPEG or SVG, up to 5 MB. When you save the brief, the logo is copied into its folder so the two travel together.</source>
        <translation type="unfinished">PNG, JPEG ou SVG, jusqu’à 5 Mo. Quand vous enregistrez le document, le logo est copié dans son dossier pour que les deux voyagent ensemble.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="239"/>
        <source>PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is copied into the brief&apos;s folder.</source>
        <translation type="unfinished">PNG, JPEG ou SVG, 5 Mo au maximum. Un logo situé ailleurs est copié dans le dossier du document.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="242"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="243"/>
        <source>No logo</source>
        <translation type="unfinished">Aucun logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="258"/>
        <source>%1 (not found or not an image)</source>
        <translation type="unfinished">%1 (introuvable ou pas une image)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="271"/>
        <source>Choose a logo</source>
        <translation type="unfinished">Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="272"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished">Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="284"/>
        <source>This logo cannot be used</source>
        <translation type="unfinished">Ce logo ne peut pas être utilisé</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="59"/>
        <source>Blue</source>
        <translation type="unfinished">Bleu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="60"/>
        <source>Teal</source>
        <translation type="unfinished">Bleu canard</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="61"/>
        <source>Green</source>
        <translation type="unfinished">Vert</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="62"/>
        <source>Crimson</source>
        <translation type="unfinished">Cramoisi</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="63"/>
        <source>Purple</source>
        <translation type="unfinished">Violet</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="64"/>
        <source>Brown</source>
        <translation type="unfinished">Brun</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="65"/>
        <source>Graphite</source>
        <translation type="unfinished">Graphite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="92"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="78"/>
        <source>Template and look</source>
        <extracomment>the templates were listed (again) and the list shows them</extracomment>
        <translation type="unfinished">Modèle et apparence</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="93"/>
        <source>Choose how the paper looks. The preview shows the real PDF as you change things.</source>
        <translation type="unfinished">Choisissez l’apparence du document. L’aperçu montre le vrai PDF au fil de vos changements.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="123"/>
        <source>Template</source>
        <translation type="unfinished">Modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="103"/>
        <source>Re&amp;load templates</source>
        <translation type="unfinished">Re&amp;charger les modèles</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="105"/>
        <source>&amp;Open templates folder</source>
        <translation type="unfinished">&amp;Ouvrir le dossier des modèles</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="107"/>
        <source>Put template packs shared by other organisations here, then press Reload.</source>
        <translation type="unfinished">Placez ici les modèles partagés par d’autres organisations, puis appuyez sur Recharger.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="110"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">&amp;Galerie de modèles…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="112"/>
        <source>See each template print your brief; customise, import or share templates.</source>
        <translation type="unfinished">Voir votre document imprimé avec chaque modèle&#xa0;; personnaliser, importer ou partager des modèles.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="120"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="192"/>
        <source>Look</source>
        <translation type="unfinished">Apparence</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="129"/>
        <source>Accent colour sample</source>
        <translation type="unfinished">Échantillon de la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="135"/>
        <source>Accent colour, hexadecimal</source>
        <translation type="unfinished">Couleur d’accent, en hexadécimal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="137"/>
        <source>C&amp;hoose colour…</source>
        <translation type="unfinished">C&amp;hoisir la couleur…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="138"/>
        <source>Choose accent colour</source>
        <translation type="unfinished">Choisir la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="147"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">Couleur d’acce&amp;nt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="159"/>
        <source>%1 accent colour (%2)</source>
        <translation type="unfinished">Couleur d’accent %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="176"/>
        <source>Apply ho&amp;use style</source>
        <translation type="unfinished">Appliq&amp;uer la charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="178"/>
        <source>Set this brief&apos;s accent colour, font and paper to your organisation&apos;s brand kit (Tools ▸ Brand Kit…). Undo takes it back.</source>
        <translation type="unfinished">Régler la couleur d’accent, la police et le papier de ce document sur la charte graphique de votre organisation (Outils ▸ Charte graphique…). Annuler revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="224"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Recherche des modèles…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="231"/>
        <source>your templates: %1</source>
        <translation type="unfinished">vos modèles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="245"/>
        <source>%1 (not installed on this computer)</source>
        <translation type="unfinished">%1 (non installé sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="293"/>
        <source>Brand kit “%1”: what this brief leaves at the default (colour, font, paper) is taken from it.</source>
        <translation type="unfinished">Charte graphique «&#xa0;%1&#xa0;»&#xa0;: ce que ce document laisse par défaut (couleur, police, papier) en est repris.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="294"/>
        <source>unnamed</source>
        <translation type="unfinished">sans nom</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="299"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="334"/>
        <source>The brand kit cannot be used: %1</source>
        <translation type="unfinished">La charte graphique ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="315"/>
        <source>There is no brand kit yet: make one with Tools ▸ Brand Kit…</source>
        <translation type="unfinished">Il n’y a pas encore de charte graphique&#xa0;: créez-en une avec Outils ▸ Charte graphique…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="321"/>
        <source>Apply house style</source>
        <translation type="unfinished">Application de la charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="327"/>
        <source>The brief now uses the house style of “%1”.</source>
        <translation type="unfinished">Le document suit maintenant le style de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="328"/>
        <source>your brand kit</source>
        <translation type="unfinished">votre charte graphique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="376"/>
        <source>Contrast with white paper %1:1 — headings in this colour may be hard to read; choose a darker colour.</source>
        <translation type="unfinished">Contraste avec le papier blanc de %1:1 — des titres de cette couleur risquent d’être difficiles à lire&#xa0;; choisissez une couleur plus foncée.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="378"/>
        <source>Contrast with white paper %1:1 — easy to read.</source>
        <translation type="unfinished">Contraste avec le papier blanc de %1:1 — facile à lire.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="167"/>
        <source>Presets:</source>
        <translation type="unfinished">Couleurs prédéfinies&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="170"/>
        <source>Font</source>
        <translation type="unfinished">Police</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Sans-serif (Noto Sans)</source>
        <translation type="unfinished">Sans empattement (Noto Sans)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Serif (Noto Serif)</source>
        <translation type="unfinished">Avec empattement (Noto Serif)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="172"/>
        <source>&amp;Font:</source>
        <translation type="unfinished">&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="173"/>
        <source>Paper size</source>
        <translation type="unfinished">Format du papier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="175"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">Pap&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="190"/>
        <source>&amp;Mark GCM wording not yet verified against the final text (†)</source>
        <translation type="unfinished">&amp;Signaler le libellé du Pacte mondial pas encore vérifié sur le texte final (†)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="230"/>
        <source>bundled</source>
        <translation type="unfinished">fourni</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="265"/>
        <source>Choose template</source>
        <translation type="unfinished">Choisir le modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="343"/>
        <source>Change accent colour</source>
        <translation type="unfinished">Changer la couleur d’accent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="358"/>
        <source>Choose the accent colour</source>
        <translation type="unfinished">Choisir la couleur d’accent</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="358"/>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="363"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/language_switch.py" line="226"/>
        <location filename="../../briefwriter/gui/mainwindow.py" line="150"/>
        <source>Loading…</source>
        <extracomment>a close (or quit) that waited for a save will not happen: the save failed</extracomment>
        <translation type="unfinished">Chargement…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the steps and the form</source>
        <translation type="unfinished">Redimensionner les étapes et le formulaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the form and the preview</source>
        <translation type="unfinished">Redimensionner le formulaire et l’aperçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="175"/>
        <source>Resize the window</source>
        <translation type="unfinished">Redimensionner la fenêtre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="360"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished">Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="366"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished">Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="77"/>
        <source>&amp;New</source>
        <translation type="unfinished">&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="80"/>
        <source>Start a new, empty brief</source>
        <translation type="unfinished">Commencer un nouveau document vide</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="84"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="87"/>
        <source>Open a brief file</source>
        <translation type="unfinished">Ouvrir un fichier de document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="91"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="94"/>
        <source>Save the brief</source>
        <translation type="unfinished">Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="98"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="102"/>
        <source>Save the brief under a new name</source>
        <translation type="unfinished">Enregistrer le document sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="123"/>
        <source>Export the brief as a PDF file</source>
        <translation type="unfinished">Exporter le document en fichier PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="127"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="130"/>
        <source>Export the brief as a web page</source>
        <translation type="unfinished">Exporter le document en page web</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="146"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="150"/>
        <source>Close this window</source>
        <translation type="unfinished">Fermer cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="158"/>
        <source>Close all windows and quit</source>
        <translation type="unfinished">Fermer toutes les fenêtres et quitter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="277"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="279"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="164"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished">&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="106"/>
        <source>Continue for the Ne&amp;xt Review…</source>
        <translation type="unfinished">&amp;Poursuivre pour le prochain examen…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="108"/>
        <source>Start the brief for the next review cycle from this one: its asks and pledges become the follow-up list</source>
        <translation type="unfinished">Commencer le document du prochain cycle d’examen à partir de celui-ci&#xa0;: ses demandes et ses engagements deviennent la liste de suivi</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="113"/>
        <source>Import from a &amp;Partner&apos;s Brief…</source>
        <translation type="unfinished">&amp;Importer depuis le document d’un partenaire…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="115"/>
        <source>Bring priorities, asks, evidence, recommendations and co-signatories from a partner&apos;s brief into this one</source>
        <translation type="unfinished">Reprendre dans ce document les priorités, demandes, preuves, recommandations et cosignataires du document d’un partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="134"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">Exporter en &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="136"/>
        <source>Export the brief as a Word document (.docx)</source>
        <translation type="unfinished">Exporter le document au format Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="140"/>
        <source>Export Se&amp;t…</source>
        <translation type="unfinished">Exportation &amp;groupée…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="142"/>
        <source>Export the brief with several templates into one folder</source>
        <translation type="unfinished">Exporter le document avec plusieurs modèles dans un seul dossier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="170"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="172"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="175"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="178"/>
        <source>Select &amp;All</source>
        <translation type="unfinished">&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="185"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished">Afficher l’a&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="188"/>
        <source>Show or hide the PDF preview</source>
        <translation type="unfinished">Afficher ou masquer l’aperçu du PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="194"/>
        <source>Paper as &amp;Text</source>
        <translation type="unfinished">Document en &amp;texte</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="197"/>
        <source>Show the text of the preview instead of its pages, to read it line by line (screen readers read it too)</source>
        <translation type="unfinished">Afficher le texte de l’aperçu au lieu de ses pages, pour le lire ligne par ligne (les lecteurs d’écran le lisent aussi)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="204"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished">Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="210"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished">Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="217"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished">Étape &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="223"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished">Étape &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="229"/>
        <source>&amp;Welcome…</source>
        <translation type="unfinished">&amp;Bienvenue…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="231"/>
        <source>Start a new brief, open an example or a recent brief</source>
        <translation type="unfinished">Commencer un nouveau document, ouvrir un exemple ou un document récent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="235"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished">&amp;Prise en main</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="241"/>
        <source>&amp;About BriefWriter</source>
        <translation type="unfinished">À pr&amp;opos de BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="246"/>
        <source>Check the GCM &amp;Text Against the Official Document…</source>
        <translation type="unfinished">Comparer le &amp;texte du Pacte mondial avec le document officiel…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="249"/>
        <source>Add to the Applications &amp;Menu</source>
        <translation type="unfinished">Ajouter au &amp;menu des applications</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="251"/>
        <source>A menu entry and icon for BriefWriter; double-clicking a brief opens it</source>
        <translation type="unfinished">Une entrée de menu et une icône pour BriefWriter ; un double-clic sur un document l&apos;ouvre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="254"/>
        <source>&amp;Remove from the Applications Menu</source>
        <translation type="unfinished">&amp;Retirer du menu des applications</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="325"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="327"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="341"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="350"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="354"/>
        <source>&amp;Go</source>
        <translation type="unfinished">A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="360"/>
        <source>&amp;Help</source>
        <translation type="unfinished">Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="374"/>
        <source>More menus</source>
        <translation type="unfinished">Autres menus</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="394"/>
        <source>&amp;Templates</source>
        <translation type="unfinished">&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="396"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">&amp;Galerie de modèles…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="397"/>
        <source>See every template with your brief, and choose one</source>
        <translation type="unfinished">Voir votre document avec chacun des modèles et en choisir un</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="399"/>
        <source>&amp;Customise Current Template…</source>
        <translation type="unfinished">&amp;Personnaliser le modèle actuel…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="401"/>
        <source>Copy this brief&apos;s template under a new name and change it</source>
        <translation type="unfinished">Copier le modèle de ce document sous un nouveau nom et le modifier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="403"/>
        <source>Open in &amp;Workshop…</source>
        <translation type="unfinished">Ouvrir dans l’&amp;atelier…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="405"/>
        <source>Edit this brief&apos;s template with a live preview (a bundled template opens read-only)</source>
        <translation type="unfinished">Modifier le modèle de ce document avec un aperçu en direct (un modèle fourni s’ouvre en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="408"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">&amp;Importer un paquet de modèle…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="409"/>
        <source>Install a template pack file from a partner</source>
        <translation type="unfinished">Installer un paquet de modèle reçu d’un partenaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="411"/>
        <source>&amp;Export Template Pack…</source>
        <translation type="unfinished">&amp;Exporter un paquet de modèle…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="412"/>
        <source>Save a template as a file to share</source>
        <translation type="unfinished">Enregistrer un modèle dans un fichier à partager</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="443"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="445"/>
        <source>&amp;Brand Kit…</source>
        <translation type="unfinished">&amp;Charte graphique…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="446"/>
        <source>Your organisation&apos;s logo, colours, fonts and footer line for every brief</source>
        <translation type="unfinished">Le logo, les couleurs, les polices et la ligne de pied de page de votre organisation, pour tous vos documents</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="450"/>
        <source>Organisation &amp;Profile…</source>
        <translation type="unfinished">&amp;Profil de l’organisation…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="451"/>
        <source>Who you are, saved once: every new brief starts with it</source>
        <translation type="unfinished">Qui vous êtes, enregistré une fois pour toutes&#xa0;: chaque nouveau document commence avec ces informations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="484"/>
        <source>No recent files</source>
        <translation type="unfinished">Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="487"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished">&amp;Vider le menu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="413"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="458"/>
        <source>%1[*] — BriefWriter</source>
        <translation type="unfinished">%1[*] — BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="117"/>
        <source>The brief for the next review, made from %1: not saved yet.</source>
        <translation type="unfinished">Le document du prochain examen, créé à partir de %1&#xa0;: pas encore enregistré.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="297"/>
        <source>Markdown: **bold**, *italic*, [link](https://…), - list, footnote^[the note]</source>
        <translation type="unfinished">Markdown : **gras**, *italique*, [lien](https://…), - liste, note^[texte de la note]</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <source>B</source>
        <translation type="unfinished">G</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="339"/>
        <source>Bold</source>
        <translation type="unfinished">Gras</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <source>I</source>
        <translation type="unfinished">I</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="342"/>
        <source>Italic</source>
        <translation type="unfinished">Italique</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <source>Link…</source>
        <translation type="unfinished">Lien…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="376"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="381"/>
        <source>Insert link</source>
        <translation type="unfinished">Insérer un lien</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <source>• List</source>
        <translation type="unfinished">• Liste</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="345"/>
        <source>Bulleted list</source>
        <translation type="unfinished">Liste à puces</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <source>Note¹</source>
        <translation type="unfinished">Note¹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="353"/>
        <source>Footnote</source>
        <translation type="unfinished">Note de bas de page</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="357"/>
        <source>Insert Footnote</source>
        <translation type="unfinished">Insérer une note</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="358"/>
        <source>&amp;Text of the note (printed at the foot of the page):</source>
        <translation type="unfinished">&amp;Texte de la note (imprimé en bas de page) :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="360"/>
        <source>&amp;Insert</source>
        <translation type="unfinished">&amp;Insérer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="361"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="364"/>
        <source>Text of the note</source>
        <translation type="unfinished">Texte de la note</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="377"/>
        <source>Web address (https://…) or e-mail address:</source>
        <translation type="unfinished">Adresse web (https://…) ou adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="394"/>
        <source>%1 in %2</source>
        <translation type="unfinished">%1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="407"/>
        <source>Words: %1</source>
        <translation type="unfinished">Mots&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="54"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="64"/>
        <source>Messages and recommendations</source>
        <translation type="unfinished">Messages et recommandations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="55"/>
        <source>Say it briefly: a summary, a few key messages, recommendations for each addressee, and — for the oral-statement template — the words to deliver.</source>
        <translation type="unfinished">Dites-le brièvement&#xa0;: un résumé, quelques messages clés, des recommandations pour chaque destinataire et — pour le modèle de déclaration orale — le texte à prononcer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="62"/>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="63"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished">Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="87"/>
        <source>Key messages</source>
        <translation type="unfinished">Messages clés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="67"/>
        <source>Key message</source>
        <translation type="unfinished">Message clé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="71"/>
        <source>Key &amp;message:</source>
        <translation type="unfinished">&amp;Message clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="72"/>
        <source>One or two sentences each; three to five messages work best.</source>
        <translation type="unfinished">Une ou deux phrases chacun&#xa0;; trois à cinq messages, c’est l’idéal.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>Messa&amp;ges:</source>
        <translation type="unfinished">Messa&amp;ges&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>&amp;Add message</source>
        <translation type="unfinished">A&amp;jouter un message</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>No key messages yet.</source>
        <translation type="unfinished">Aucun message clé pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>key message</source>
        <translation type="unfinished">le message clé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="112"/>
        <source>Recommendations</source>
        <translation type="unfinished">Recommandations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="93"/>
        <source>Addressee</source>
        <translation type="unfinished">Destinataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="96"/>
        <source>Who the recommendation is for</source>
        <translation type="unfinished">À qui s’adresse la recommandation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="98"/>
        <source>Addre&amp;ssee:</source>
        <translation type="unfinished">Destina&amp;taire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="99"/>
        <source>Recommendation</source>
        <translation type="unfinished">Recommandation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="100"/>
        <source>Recommendatio&amp;n:</source>
        <translation type="unfinished">Recomma&amp;ndation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Recommen&amp;dations:</source>
        <translation type="unfinished">Recommandat&amp;ions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Add recommen&amp;dation</source>
        <translation type="unfinished">Ajouter une re&amp;commandation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>No recommendations yet.</source>
        <translation type="unfinished">Aucune recommandation pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>recommendation</source>
        <translation type="unfinished">la recommandation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="158"/>
        <source>Oral statement</source>
        <translation type="unfinished">Déclaration orale</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="116"/>
        <source>Statement text</source>
        <translation type="unfinished">Texte de la déclaration</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="118"/>
        <source>Statement &amp;text:</source>
        <translation type="unfinished">Te&amp;xte de la déclaration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="120"/>
        <source>Leave it empty to deliver the suggested draft, composed from your key messages and asks; or take the draft and edit it.</source>
        <translation type="unfinished">Laissez-le vide pour prononcer la version proposée, composée à partir de vos messages clés et de vos demandes ; ou reprenez cette version pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="123"/>
        <source>&amp;Insert the suggested draft</source>
        <translation type="unfinished">Insérer la &amp;version proposée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="125"/>
        <source>Insert the suggested draft</source>
        <translation type="unfinished">Insérer la version proposée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="127"/>
        <source>Copy the statement composed from your key messages and asks into the statement text, to edit as you like (Undo brings back what was there).</source>
        <translation type="unfinished">Copier la déclaration composée à partir de vos messages clés et de vos demandes dans le texte de la déclaration, pour la modifier à votre guise (Annuler rétablit le texte précédent).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="133"/>
        <source>Length of the suggested draft</source>
        <translation type="unfinished">Durée de la version proposée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="247"/>
        <source>No draft yet: add key messages or asks.</source>
        <translation type="unfinished">Pas encore de version proposée : ajoutez des messages clés ou des demandes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="250"/>
        <source>Suggested draft: %1 words, about %2</source>
        <translation type="unfinished">Version proposée : %1 mots, environ %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="139"/>
        <source>Speaker</source>
        <translation type="unfinished">Orateur ou oratrice</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="140"/>
        <source>Name and role of the person speaking</source>
        <translation type="unfinished">Nom et fonction de la personne qui parle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="141"/>
        <source>S&amp;peaker:</source>
        <translation type="unfinished">&amp;Orateur ou oratrice&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="143"/>
        <source>Time limit in seconds</source>
        <translation type="unfinished">Temps de parole maximal en secondes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="146"/>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="147"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="242"/>
        <source>No limit</source>
        <translation type="unfinished">Sans limite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="152"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished">Temps de parole ma&amp;ximal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="156"/>
        <source>Length of the statement</source>
        <translation type="unfinished">Durée de la déclaration</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="171"/>
        <source>(empty)</source>
        <translation type="unfinished">(vide)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="175"/>
        <source>(no addressee)</source>
        <translation type="unfinished">(sans destinataire)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="211"/>
        <source>Insert the suggested statement</source>
        <translation type="unfinished">Insertion de la déclaration proposée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="229"/>
        <source>Words: %1</source>
        <translation type="unfinished">Mots&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="230"/>
        <source>about %1 to speak at %2 words a minute</source>
        <translation type="unfinished">environ %1 de parole à %2 mots par minute</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="234"/>
        <source>⚠ %1 over the limit of %2</source>
        <translation type="unfinished">⚠ %1 de plus que la limite de %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="237"/>
        <source>within the limit of %1</source>
        <translation type="unfinished">dans la limite de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="240"/>
        <source>Composed statement: %1</source>
        <translation type="unfinished">Déclaration composée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ObjectiveChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="57"/>
        <source>Ticked: %1</source>
        <translation type="unfinished">Cochés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="58"/>
        <source>None ticked yet.</source>
        <translation type="unfinished">Aucun objectif coché pour l’instant.</translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="29"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="51"/>
        <source>Occasion and audience</source>
        <translation type="unfinished">Contexte et public</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="30"/>
        <source>What is the paper for? Give it a title, choose the language it is written in, and say which process or meeting it is for and who should read it.</source>
        <translation type="unfinished">À quoi sert le document&#xa0;? Donnez-lui un titre, choisissez sa langue de rédaction et indiquez à quel processus ou à quelle réunion il est destiné et qui doit le lire.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="37"/>
        <source>Paper title</source>
        <translation type="unfinished">Titre du document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="38"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="39"/>
        <source>Subtitle</source>
        <translation type="unfinished">Sous-titre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="40"/>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished">&amp;Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="41"/>
        <source>Language of the paper</source>
        <translation type="unfinished">Langue du document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="42"/>
        <source>English</source>
        <translation type="unfinished">English — anglais</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="43"/>
        <source>Français — French</source>
        <translation type="unfinished">Français</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="44"/>
        <source>Español — Spanish</source>
        <translation type="unfinished">Español — espagnol</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="45"/>
        <source>العربية — Arabic</source>
        <translation type="unfinished">العربية — arabe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="46"/>
        <source>中文 — Chinese</source>
        <translation type="unfinished">中文 — chinois</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="47"/>
        <source>Русский — Russian</source>
        <translation type="unfinished">Русский — russe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="50"/>
        <source>The six official UN languages. Headings and dates in the paper follow it; Arabic papers are laid out right to left.</source>
        <translation type="unfinished">Les six langues officielles de l’ONU. Les intitulés et les dates du document suivent ce choix&#xa0;; un document en arabe se lit de droite à gauche.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="52"/>
        <source>&amp;Language of the paper:</source>
        <translation type="unfinished">&amp;Langue du document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="53"/>
        <source>Publication date</source>
        <translation type="unfinished">Date de publication</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="54"/>
        <source>Not shown on the paper</source>
        <translation type="unfinished">Non indiquée sur le document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="56"/>
        <source>The day the paper comes out, written YYYY-MM-DD (2026-05-05); it is printed on the paper. Leave it empty to print no date.</source>
        <translation type="unfinished">La date de parution du document, au format AAAA-MM-JJ (2026-05-05) ; elle est imprimée sur le document. Laissez le champ vide pour n’imprimer aucune date.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="58"/>
        <source>P&amp;ublished:</source>
        <translation type="unfinished">Pu&amp;blié le :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="80"/>
        <source>Process and event</source>
        <translation type="unfinished">Processus et événement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="64"/>
        <source>Process</source>
        <translation type="unfinished">Processus</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="65"/>
        <source>Other — in your own words…</source>
        <translation type="unfinished">Autre — avec vos propres mots…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="66"/>
        <source>&amp;Process:</source>
        <translation type="unfinished">&amp;Processus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="67"/>
        <source>Event</source>
        <translation type="unfinished">Événement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="68"/>
        <source>e.g. Multi-stakeholder hearing</source>
        <translation type="unfinished">p. ex. audition multipartite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="69"/>
        <source>&amp;Event:</source>
        <translation type="unfinished">&amp;Événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="73"/>
        <source>A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for no date.</source>
        <translation type="unfinished">Une date complète (2026-05-05), un mois (2026-05) ou une année (2026)&#xa0;; laissez vide pour ne pas indiquer de date.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="75"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="77"/>
        <source>Place</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="78"/>
        <source>e.g. New York</source>
        <translation type="unfinished">p. ex. New York</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="79"/>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished">Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="82"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="88"/>
        <source>Audience</source>
        <translation type="unfinished">Public</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="86"/>
        <source>Tick everyone the paper is for (hover for a hint), or add your own.</source>
        <translation type="unfinished">Cochez tous les publics auxquels le document s’adresse (survolez pour une explication), ou ajoutez les vôtres.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="94"/>
        <source>Not a date: write 2026-05-12, 2026-05 or 2026.</source>
        <translation type="unfinished">Ce n’est pas une date&#xa0;: écrivez 2026-05-12, 2026-05 ou 2026.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="104"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">Cette date n’existe pas dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="102"/>
        <source>Not a date: write it as 2026-05-12, or leave it empty.</source>
        <translation type="unfinished">Ce n’est pas une date : écrivez-la sous la forme 2026-05-12, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="33"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="48"/>
        <source>Organisation</source>
        <extracomment>Field path prefixes; ``None`` stands for any list index.</extracomment>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="34"/>
        <source>Tell readers who is speaking. The name and a short description appear on the paper; the contact details let them reach you.</source>
        <translation type="unfinished">Dites aux lecteurs qui s’exprime. Le nom et une courte description figurent sur le document&#xa0;; les coordonnées permettent de vous joindre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="41"/>
        <source>Organisation name</source>
        <translation type="unfinished">Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="42"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="43"/>
        <source>Acronym or short name</source>
        <translation type="unfinished">Sigle ou nom court</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="44"/>
        <source>e.g. MVWA</source>
        <translation type="unfinished">p. ex. MVWA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="45"/>
        <source>&amp;Acronym:</source>
        <translation type="unfinished">Si&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="46"/>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="47"/>
        <source>Where you are based</source>
        <translation type="unfinished">Où vous êtes établis</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="48"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="50"/>
        <source>&amp;Migrant-led organisation</source>
        <translation type="unfinished">Organisation &amp;dirigée par des migrants</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="52"/>
        <source>Led by migrants, refugees or returnees themselves. The paper says so.</source>
        <translation type="unfinished">Dirigée par des personnes migrantes, réfugiées ou de retour elles-mêmes. Le document le mentionne.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="54"/>
        <source>Short description</source>
        <translation type="unfinished">Courte description</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="56"/>
        <source>Short &amp;description:</source>
        <translation type="unfinished">Courte des&amp;cription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="75"/>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="61"/>
        <source>Contact person</source>
        <translation type="unfinished">Personne à contacter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="62"/>
        <source>Name and role</source>
        <translation type="unfinished">Nom et fonction</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="63"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">Personne à c&amp;ontacter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="64"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="65"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="67"/>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="68"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="69"/>
        <source>Website</source>
        <translation type="unfinished">Site web</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="71"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="73"/>
        <source>Postal address</source>
        <translation type="unfinished">Adresse postale</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="74"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="80"/>
        <source>Logo</source>
        <translation type="unfinished">Logo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="87"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished">Cela ne ressemble pas à une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="91"/>
        <source>This does not look like a web address (https://example.org).</source>
        <translation type="unfinished">Cela ne ressemble pas à une adresse web (https://example.org).</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="321"/>
        <source>Templates</source>
        <translation type="unfinished">Modèles</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="348"/>
        <source>Customise template</source>
        <translation type="unfinished">Personnaliser le modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="349"/>
        <source>A copy of “%1” is made in your template folder under a new name. Change the copy as you like; the original stays as it is.</source>
        <translation type="unfinished">Une copie de «&#xa0;%1&#xa0;» est créée dans votre dossier de modèles sous un nouveau nom. Modifiez la copie comme vous le souhaitez&#xa0;; l’original reste inchangé.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="351"/>
        <source>%1 (our own)</source>
        <translation type="unfinished">%1 (notre version)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="356"/>
        <source>Use customised template</source>
        <translation type="unfinished">Utiliser le modèle personnalisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="360"/>
        <source>The template could not be copied</source>
        <translation type="unfinished">Le modèle n’a pas pu être copié</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="377"/>
        <source>The template could not be customised</source>
        <translation type="unfinished">Le modèle n’a pas pu être personnalisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="384"/>
        <source>The template could not be opened</source>
        <translation type="unfinished">Le modèle n’a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="389"/>
        <source>Rename template</source>
        <translation type="unfinished">Renommer le modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="390"/>
        <source>Briefs that use this template by its old name will need to be pointed at the new one.</source>
        <translation type="unfinished">Les documents qui désignent ce modèle par son ancien nom devront être modifiés pour utiliser le nouveau.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="397"/>
        <source>Follow renamed template</source>
        <translation type="unfinished">Suivre le modèle renommé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="400"/>
        <source>The template could not be renamed</source>
        <translation type="unfinished">Le modèle n’a pas pu être renommé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="403"/>
        <source>Revert template</source>
        <translation type="unfinished">Restaurer le modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="404"/>
        <source>Put back the files of “%1” as they are in “%2”? The changes made to this copy will be lost.</source>
        <translation type="unfinished">Remettre les fichiers de «&#xa0;%1&#xa0;» tels qu’ils sont dans «&#xa0;%2&#xa0;»&#xa0;? Les modifications apportées à cette copie seront perdues.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="405"/>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="409"/>
        <source>The template could not be reverted</source>
        <translation type="unfinished">Le modèle n’a pas pu être restauré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="412"/>
        <source>Delete template</source>
        <translation type="unfinished">Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="413"/>
        <source>Delete the template “%1” and its files from your template folder? This cannot be undone.</source>
        <translation type="unfinished">Supprimer le modèle «&#xa0;%1&#xa0;» et ses fichiers de votre dossier de modèles&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="414"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="422"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="423"/>
        <source>Template deleted</source>
        <translation type="unfinished">Modèle supprimé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="424"/>
        <source>This brief used the template “%1”, which has been deleted. It now uses “%2”; choose another on the Template and look step.</source>
        <translation type="unfinished">Ce document utilisait le modèle «&#xa0;%1&#xa0;», qui a été supprimé. Il utilise maintenant «&#xa0;%2&#xa0;»&#xa0;; choisissez-en un autre à l’étape Modèle et apparence.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="427"/>
        <source>The template could not be deleted</source>
        <translation type="unfinished">Le modèle n’a pas pu être supprimé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="435"/>
        <source>Import Template Pack</source>
        <translation type="unfinished">Importer un paquet de modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="436"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="483"/>
        <source>Template packs (%1)</source>
        <translation type="unfinished">Paquets de modèle (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="452"/>
        <source>Template pack refused</source>
        <translation type="unfinished">Paquet de modèle refusé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="453"/>
        <source>The template pack was not installed; nothing was written.

%1</source>
        <translation type="unfinished">Le paquet de modèle n’a pas été installé&#xa0;; rien n’a été écrit.

%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="472"/>
        <source>Template installed</source>
        <translation type="unfinished">Modèle installé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="473"/>
        <source>“%1” is installed in your template folder. Choose it in the template gallery or on the Template and look step.</source>
        <translation type="unfinished">Le modèle «&#xa0;%1&#xa0;» est installé dans votre dossier de modèles. Choisissez-le dans la galerie de modèles ou à l’étape Modèle et apparence.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="475"/>
        <source>The template could not be installed</source>
        <translation type="unfinished">Le modèle n’a pas pu être installé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="482"/>
        <source>Export Template Pack</source>
        <translation type="unfinished">Exporter un paquet de modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="490"/>
        <source>Template exported</source>
        <translation type="unfinished">Modèle exporté</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="491"/>
        <source>“%1” was saved as %2. Send this file to a partner: they install it with Templates ▸ Import Template Pack.</source>
        <translation type="unfinished">Le modèle «&#xa0;%1&#xa0;» a été enregistré sous %2. Envoyez ce fichier à un partenaire&#xa0;: il pourra l’installer avec Modèles ▸ Importer un paquet de modèle.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="494"/>
        <source>The template could not be exported</source>
        <translation type="unfinished">Le modèle n’a pas pu être exporté</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="503"/>
        <source>The templates could not be listed</source>
        <translation type="unfinished">La liste des modèles n’a pas pu être établie</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="62"/>
        <source>Printing your brief…</source>
        <translation type="unfinished">Impression de votre document…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="66"/>
        <source>Thumbnail of %1</source>
        <translation type="unfinished">Miniature de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="68"/>
        <source>Page 1 of your brief printed with “%1” is being made.</source>
        <translation type="unfinished">La page 1 de votre document imprimée avec «&#xa0;%1&#xa0;» est en cours de création.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="78"/>
        <source>%1 pages at most</source>
        <translation type="unfinished">%1 pages au maximum</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="79"/>
        <source>1 page</source>
        <translation type="unfinished">1 page</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="89"/>
        <source>Page 1 of your brief printed with “%1”.</source>
        <translation type="unfinished">Page 1 de votre document imprimée avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="94"/>
        <source>Could not print your brief:
%1</source>
        <translation type="unfinished">Impossible d’imprimer votre document&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="97"/>
        <source>Your brief could not be printed with “%1”: %2</source>
        <translation type="unfinished">Votre document n’a pas pu être imprimé avec «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PackDialogs</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="58"/>
        <source>bundled</source>
        <extracomment>what Import offers (any zip still installs); Export writes the first a brief whose template was deleted falls back to this bundled one (the model&apos;s default)</extracomment>
        <translation type="unfinished">fourni</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="60"/>
        <source>your own, based on %1</source>
        <translation type="unfinished">personnel, basé sur %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="61"/>
        <source>installed</source>
        <translation type="unfinished">installé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="69"/>
        <source>by %1</source>
        <translation type="unfinished">par %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="71"/>
        <source>version %1</source>
        <translation type="unfinished">version %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="78"/>
        <source>oral statement</source>
        <translation type="unfinished">déclaration orale</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="79"/>
        <source>paper</source>
        <translation type="unfinished">document écrit</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="80"/>
        <source>%1 at most</source>
        <translation type="unfinished">%1 au maximum</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="81"/>
        <source>no limit</source>
        <translation type="unfinished">sans limite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="83"/>
        <source>Name:</source>
        <translation type="unfinished">Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="84"/>
        <source>Author:</source>
        <translation type="unfinished">Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="85"/>
        <source>Version:</source>
        <translation type="unfinished">Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="86"/>
        <source>Licence:</source>
        <translation type="unfinished">Licence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="87"/>
        <source>Kind:</source>
        <translation type="unfinished">Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="88"/>
        <source>Pages:</source>
        <translation type="unfinished">Pages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="89"/>
        <source>Where:</source>
        <translation type="unfinished">Origine&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PackNameDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="139"/>
        <source>Template name</source>
        <translation type="unfinished">Nom du modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="140"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="144"/>
        <source>Template title</source>
        <translation type="unfinished">Titre du modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="145"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="161"/>
        <source>A name is lowercase letters (a–z), digits and dashes, starts with a letter or digit and is at most 64 characters, e.g. our-brief.</source>
        <translation type="unfinished">Un nom se compose de lettres minuscules (a–z), de chiffres et de tirets, commence par une lettre ou un chiffre et compte au plus 64 caractères, p. ex. notre-document.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="164"/>
        <source>There is already a template called “%1”: choose another name.</source>
        <translation type="unfinished">Il existe déjà un modèle nommé «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="167"/>
        <source>Give the template a title: people see it in the gallery.</source>
        <translation type="unfinished">Donnez un titre au modèle&#xa0;: c’est lui qui s’affiche dans la galerie.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="173"/>
        <source>The name is how briefs refer to the template; the title is what people see.</source>
        <translation type="unfinished">Les documents désignent le modèle par son nom&#xa0;; le titre est ce qui s’affiche à l’écran.</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="53"/>
        <source>Paper as text</source>
        <extracomment>pages read per turn of the event loop (a page takes a few milliseconds)</extracomment>
        <translation type="unfinished">Document en texte</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="55"/>
        <source>The text of the preview, page by page. The arrow keys read it line by line.</source>
        <translation type="unfinished">Le texte de l’aperçu, page par page. Les touches fléchées le lisent ligne par ligne.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="60"/>
        <source>No preview yet.</source>
        <translation type="unfinished">Pas encore d’aperçu.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="87"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PledgesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="44"/>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="104"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="73"/>
        <source>Pledges</source>
        <extracomment>The fields of a pledge the detail form edits, in its order.</extracomment>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="45"/>
        <source>The commitments your organisation makes, written so that others can hold you to them: SMART — specific (what exactly, done by whom), measurable (an indicator, where things stand now and the target), achievable (the resources you put in), relevant (the GCM objectives it serves) and time-bound (a deadline). Review says which part a pledge still lacks.</source>
        <translation type="unfinished">Les engagements que prend votre organisation, rédigés pour que d’autres puissent vous en demander compte&#xa0;: SMART — spécifiques (quoi exactement, réalisé par qui), mesurables (un indicateur, la situation actuelle et la cible), atteignables (les ressources que vous y consacrez), pertinents (les objectifs du Pacte mondial qu’ils servent) et temporellement définis (une échéance). L’étape «&#xa0;Vérification et exportation&#xa0;» indique ce qui manque encore à un engagement.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="55"/>
        <source>Pledge action</source>
        <translation type="unfinished">Action de l’engagement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="56"/>
        <source>&amp;Action:</source>
        <translation type="unfinished">&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="58"/>
        <source>Specific: what you will do, for whom, where. “Open two legal advice desks for migrant domestic workers in Nairobi”, not “support migrants”.</source>
        <translation type="unfinished">Spécifique&#xa0;: ce que vous ferez, pour qui, où. «&#xa0;Ouvrir deux permanences de conseil juridique pour les travailleuses et travailleurs domestiques migrants à Nairobi&#xa0;», et non «&#xa0;soutenir les migrants&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="60"/>
        <source>Who is responsible</source>
        <translation type="unfinished">Qui est responsable</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="61"/>
        <source>e.g. our legal aid unit, with the Bar Association</source>
        <translation type="unfinished">p. ex. notre service d’aide juridique, avec le barreau</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="62"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="63"/>
        <source>GCM objectives served</source>
        <translation type="unfinished">Objectifs du Pacte mondial servis</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="64"/>
        <source>GCM ob&amp;jectives:</source>
        <translation type="unfinished">Ob&amp;jectifs du Pacte mondial&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="67"/>
        <source>Relevant: tick the objectives of the Global Compact the pledge helps to meet.</source>
        <translation type="unfinished">Pertinent&#xa0;: cochez les objectifs du Pacte mondial que l’engagement aide à atteindre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="68"/>
        <source>Indicator</source>
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="69"/>
        <source>e.g. migrants given legal advice a year</source>
        <translation type="unfinished">p. ex. nombre de personnes migrantes ayant reçu un conseil juridique par an</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="70"/>
        <source>&amp;Indicator:</source>
        <translation type="unfinished">I&amp;ndicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="71"/>
        <source>Baseline</source>
        <translation type="unfinished">Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="72"/>
        <source>e.g. 400 in 2025</source>
        <translation type="unfinished">p. ex. 400 en 2025</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="73"/>
        <source>&amp;Baseline:</source>
        <translation type="unfinished">Valeur de &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="74"/>
        <source>Target</source>
        <translation type="unfinished">Cible</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="75"/>
        <source>e.g. 1,500 a year</source>
        <translation type="unfinished">p. ex. 1&#xa0;500 par an</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="76"/>
        <source>&amp;Target:</source>
        <translation type="unfinished">&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="78"/>
        <source>Measurable: how progress is counted (the indicator), where it stands now (the baseline) and what you will reach (the target), in numbers where you can.</source>
        <translation type="unfinished">Mesurable&#xa0;: comment les progrès sont comptés (l’indicateur), où ils en sont aujourd’hui (la valeur de référence) et ce que vous atteindrez (la cible), en chiffres si possible.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="80"/>
        <source>Deadline</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="81"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="83"/>
        <source>Time-bound: the day (2027-12-31), month (2027-12) or year (2027) by which it is done.</source>
        <translation type="unfinished">Temporellement défini&#xa0;: la date à laquelle ce sera fait — un jour (2027-12-31), un mois (2027-12) ou une année (2027).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="85"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="87"/>
        <source>Resources</source>
        <translation type="unfinished">Ressources</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="88"/>
        <source>e.g. two lawyers, USD 40,000 a year</source>
        <translation type="unfinished">p. ex. deux juristes, 40&#xa0;000 USD par an</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="89"/>
        <source>&amp;Resources:</source>
        <translation type="unfinished">Re&amp;ssources&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="91"/>
        <source>Achievable: the money, staff and partners you commit.</source>
        <translation type="unfinished">Atteignable&#xa0;: l’argent, le personnel et les partenaires que vous engagez.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Pl&amp;edges:</source>
        <translation type="unfinished">Engage&amp;ments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Add p&amp;ledge</source>
        <translation type="unfinished">Ajouter un engagemen&amp;t</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Reti&amp;rer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished">Mon&amp;ter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move dow&amp;n</source>
        <translation type="unfinished">Descen&amp;dre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>No pledges yet: press Add pledge.</source>
        <translation type="unfinished">Aucun engagement pour l’instant&#xa0;: appuyez sur Ajouter un engagement.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>pledge</source>
        <translation type="unfinished">l’engagement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="108"/>
        <source>(no action yet)</source>
        <translation type="unfinished">(pas encore d’action)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="120"/>
        <source>Not a date: write 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">Ce n’est pas une date&#xa0;: écrivez 2027-12-31, 2027-12 ou 2027, pour que les progrès puissent être vérifiés.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="123"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">Cette date n’existe pas dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="412"/>
        <source>Preferences</source>
        <translation type="unfinished">Préférences</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="419"/>
        <source>Language of the app</source>
        <translation type="unfinished">Langue de l’application</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="420"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="425"/>
        <source>Automatic (from the language)</source>
        <translation type="unfinished">Automatique (selon la langue)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="426"/>
        <source>Left to right</source>
        <translation type="unfinished">De gauche à droite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="427"/>
        <source>Right to left</source>
        <translation type="unfinished">De droite à gauche</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="430"/>
        <source>Layout direction</source>
        <translation type="unfinished">Sens de l’interface</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="431"/>
        <source>Layout &amp;direction:</source>
        <translation type="unfinished">&amp;Sens de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="437"/>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="439"/>
        <source>Seconds without typing before a recovery copy is saved</source>
        <translation type="unfinished">Secondes sans saisie avant l’enregistrement d’une copie de récupération</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="441"/>
        <source>&amp;Recovery copy after a pause of:</source>
        <translation type="unfinished">Copie de &amp;récupération après une pause de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="445"/>
        <source>Show the welcome screen when BriefWriter &amp;starts</source>
        <translation type="unfinished">Afficher l’écran d’accueil au &amp;démarrage de BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="451"/>
        <source>A new language or layout direction applies at once; your work stays as it is.</source>
        <translation type="unfinished">Une nouvelle langue ou un nouveau sens d’écriture s’applique aussitôt&#xa0;; votre travail reste tel quel.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="122"/>
        <source>Preview of the brief</source>
        <extracomment>the pane switched between the pages and their text (&quot;Paper as text&quot;)</extracomment>
        <translation type="unfinished">Aperçu du document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="143"/>
        <source>Preview error</source>
        <translation type="unfinished">Erreur d’aperçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="150"/>
        <source>Preview status</source>
        <translation type="unfinished">État de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="155"/>
        <source>Preview progress</source>
        <translation type="unfinished">Progression de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="163"/>
        <source>Preview warnings</source>
        <translation type="unfinished">Avertissements de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="219"/>
        <source>Zoom out</source>
        <translation type="unfinished">Zoom −</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="222"/>
        <source>Zoom in</source>
        <translation type="unfinished">Zoom +</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="226"/>
        <source>Fit width</source>
        <translation type="unfinished">Pleine largeur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="229"/>
        <source>Paper as text</source>
        <translation type="unfinished">Document en texte</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="283"/>
        <source>&amp;Page</source>
        <translation type="unfinished">Pa&amp;ge</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="285"/>
        <source>Page</source>
        <translation type="unfinished">Page</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="389"/>
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform>sur %n</numerusform>
            <numerusform>sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="390"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="396"/>
        <source>%1. To read its text, choose Paper as text (%2).</source>
        <translation type="unfinished">%1. Pour en lire le texte, choisissez Document en texte (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="405"/>
        <location filename="../../briefwriter/gui/preview.py" line="418"/>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <location filename="../../briefwriter/gui/preview.py" line="505"/>
        <source>Updating…</source>
        <translation type="unfinished">Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="425"/>
        <source>Updating: laying out page %1 of about %2…</source>
        <translation type="unfinished">Mise à jour : mise en page de la page %1 sur environ %2…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="427"/>
        <source>Updating: laying out page %1…</source>
        <translation type="unfinished">Mise à jour : mise en page de la page %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="431"/>
        <source>Updating: writing the pages…</source>
        <translation type="unfinished">Mise à jour : écriture des pages…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="435"/>
        <source>Updating: preparing the text and styles…</source>
        <translation type="unfinished">Mise à jour : préparation du texte et des styles…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="445"/>
        <source>Starting the preview…</source>
        <translation type="unfinished">Démarrage de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="447"/>
        <source>Restarting the renderer…</source>
        <translation type="unfinished">Redémarrage du moteur de rendu…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="449"/>
        <source>The preview is not available.</source>
        <translation type="unfinished">L’aperçu n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="453"/>
        <source>The preview could not be updated:</source>
        <translation type="unfinished">L’aperçu n’a pas pu être mis à jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="460"/>
        <source>Showing the last preview that worked.</source>
        <translation type="unfinished">Affichage du dernier aperçu réussi.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="397"/>
        <location filename="../../briefwriter/gui/preview.py" line="462"/>
        <source>No preview yet.</source>
        <translation type="unfinished">Pas encore d’aperçu.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="469"/>
        <source>The preview file could not be opened.</source>
        <translation type="unfinished">Le fichier d’aperçu n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <source>Up to date</source>
        <translation type="unfinished">À jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="506"/>
        <source>Up to date, with %n warning(s):</source>
        <translation type="unfinished">
            <numerusform>À jour, avec %n avertissement&#xa0;:</numerusform>
            <numerusform>À jour, avec %n avertissements&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="511"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="36"/>
        <source>principles %1</source>
        <translation type="unfinished">principes %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="39"/>
        <source>objectives %1</source>
        <translation type="unfinished">objectifs %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="42"/>
        <source>actions %1</source>
        <translation type="unfinished">actions %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="52"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="55"/>
        <source>Priorities</source>
        <translation type="unfinished">Priorités</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="53"/>
        <source>Name the issues your paper is about, in your own words. Start from a suggestion if one fits: it comes with links to the Global Compact already ticked.</source>
        <translation type="unfinished">Nommez avec vos propres mots les questions dont traite votre document. Partez d’une suggestion si l’une convient&#xa0;: ses liens avec le Pacte mondial sont déjà cochés.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="62"/>
        <source>Priority title</source>
        <translation type="unfinished">Titre de la priorité</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="63"/>
        <source>A short, clear headline</source>
        <translation type="unfinished">Un intitulé court et clair</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="64"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="65"/>
        <source>Priority description</source>
        <translation type="unfinished">Description de la priorité</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="66"/>
        <source>&amp;Description:</source>
        <translation type="unfinished">&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="78"/>
        <source>Links to the GCM</source>
        <translation type="unfinished">Liens avec le Pacte mondial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="73"/>
        <source>Link to the &amp;GCM…</source>
        <translation type="unfinished">Lier au Pacte &amp;mondial…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="74"/>
        <source>Go to the Link to the GCM step</source>
        <translation type="unfinished">Aller à l’étape «&#xa0;Lien avec le Pacte mondial&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Priorities:</source>
        <translation type="unfinished">&amp;Priorités&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Add your own priority</source>
        <translation type="unfinished">A&amp;jouter votre propre priorité</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>No priorities yet: add your own or start from a suggestion.</source>
        <translation type="unfinished">Aucune priorité pour l’instant&#xa0;: ajoutez la vôtre ou partez d’une suggestion.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>priority</source>
        <translation type="unfinished">la priorité</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="88"/>
        <source>Add from su&amp;ggestions…</source>
        <translation type="unfinished">Ajouter depuis les su&amp;ggestions…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="89"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="131"/>
        <source>Add a priority from suggestions</source>
        <translation type="unfinished">Ajouter une priorité depuis les suggestions</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="98"/>
        <source>(untitled)</source>
        <translation type="unfinished">(sans titre)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="115"/>
        <source>Select or add a priority.</source>
        <translation type="unfinished">Sélectionnez ou ajoutez une priorité.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="121"/>
        <source>Started from the suggestion “%1”.</source>
        <translation type="unfinished">Créée à partir de la suggestion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="142"/>
        <source>Add priority “%1”</source>
        <translation type="unfinished">Ajouter la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="126"/>
        <source>Not linked to the Global Compact yet: use “Link to the GCM”.</source>
        <translation type="unfinished">Pas encore liée au Pacte mondial&#xa0;: utilisez «&#xa0;Lien avec le Pacte mondial&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="132"/>
        <source>Suggested priorities from civil-society work on the Global Compact. Picking one adds it with its usual GCM links ticked; change anything afterwards.</source>
        <translation type="unfinished">Priorités suggérées, tirées du travail de la société civile sur le Pacte mondial. En choisir une l’ajoute avec ses liens habituels au Pacte déjà cochés&#xa0;; vous pourrez tout modifier ensuite.</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="47"/>
        <source>Problems</source>
        <translation type="unfinished">Problèmes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Warning</source>
        <translation type="unfinished">Avertissement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished">Remarque</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="89"/>
        <source>No problems found.</source>
        <translation type="unfinished">Aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="259"/>
        <source>&amp;Use saved profile</source>
        <translation type="unfinished">&amp;Utiliser le profil enregistré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="261"/>
        <source>Fill in this page from your organisation profile (Tools ▸ Organisation Profile…)</source>
        <translation type="unfinished">Remplir cette page à partir du profil de votre organisation (Outils ▸ Profil de l’organisation…)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="263"/>
        <source>Save as &amp;profile</source>
        <translation type="unfinished">Enregistrer comme &amp;profil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="265"/>
        <source>Keep this organisation as your profile, for every new brief</source>
        <translation type="unfinished">Conserver cette organisation comme profil, pour chaque nouveau document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="294"/>
        <source>No saved profile</source>
        <translation type="unfinished">Aucun profil enregistré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="295"/>
        <source>There is no organisation profile yet. Fill in this page and press “Save as profile”, or use Tools ▸ Organisation Profile…</source>
        <translation type="unfinished">Il n’y a pas encore de profil d’organisation. Remplissez cette page et appuyez sur «&#xa0;Enregistrer comme profil&#xa0;», ou utilisez Outils ▸ Profil de l’organisation…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="303"/>
        <source>Use saved profile</source>
        <translation type="unfinished">Utiliser le profil enregistré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="305"/>
        <source>The saved profile cannot be used</source>
        <translation type="unfinished">Le profil enregistré ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="313"/>
        <source>Profile saved</source>
        <translation type="unfinished">Profil enregistré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="314"/>
        <source>“%1” is now your organisation profile: every new brief starts with it.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» est désormais le profil de votre organisation&#xa0;: chaque nouveau document commence avec ces informations.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="315"/>
        <source>Your organisation</source>
        <translation type="unfinished">Votre organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="316"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">Le profil n’a pas été enregistré&#xa0;; le précédent est inchangé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="323"/>
        <source>Save as Profile</source>
        <translation type="unfinished">Enregistrer comme profil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="324"/>
        <source>Replace your saved profile (“%1”) with this brief&apos;s organisation?</source>
        <translation type="unfinished">Remplacer votre profil enregistré («&#xa0;%1&#xa0;») par l’organisation de ce document&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>unnamed</source>
        <translation type="unfinished">sans nom</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>&amp;Replace Profile</source>
        <translation type="unfinished">&amp;Remplacer le profil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="330"/>
        <source>The saved profile cannot be read</source>
        <translation type="unfinished">Le profil enregistré ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="98"/>
        <source>%1 holds the profile of “%2”:</source>
        <translation type="unfinished">%1 contient le profil de «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="99"/>
        <source>an unnamed organisation</source>
        <translation type="unfinished">une organisation sans nom</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="100"/>
        <source>Acronym: %1</source>
        <translation type="unfinished">Sigle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="101"/>
        <source>Country: %1</source>
        <translation type="unfinished">Pays&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="102"/>
        <source>Contact: %1</source>
        <translation type="unfinished">Contact&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="103"/>
        <source>Logo: %1</source>
        <translation type="unfinished">Logo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="120"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="127"/>
        <source>Organisation Profile</source>
        <extracomment>the saved profile was read (or there is none) and the fields show it the profile was saved or imported (the path of its folder)</extracomment>
        <translation type="unfinished">Profil de l’organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="121"/>
        <source>Organisation profile</source>
        <translation type="unfinished">Profil de l’organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="128"/>
        <source>Who you are, saved once: every new brief starts with it, and partners can use the exported file to add you as a co-signatory.</source>
        <translation type="unfinished">Qui vous êtes, enregistré une fois pour toutes&#xa0;: chaque nouveau document commence avec ces informations, et vos partenaires peuvent utiliser le fichier exporté pour vous ajouter comme cosignataire.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="131"/>
        <source>Profile status</source>
        <translation type="unfinished">État du profil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="133"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">I&amp;mporter…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="135"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="137"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="139"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="141"/>
        <source>Use a profile file made on another computer</source>
        <translation type="unfinished">Utiliser un fichier de profil créé sur un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="143"/>
        <source>Save the profile as a file partners can add as a co-signatory</source>
        <translation type="unfinished">Enregistrer le profil dans un fichier que vos partenaires pourront ajouter comme cosignataire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="157"/>
        <source>The saved profile cannot be used; saving replaces it</source>
        <translation type="unfinished">Le profil enregistré ne peut pas être utilisé&#xa0;; l’enregistrement le remplacera</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="167"/>
        <source>No profile yet: fill in the fields and press Save.</source>
        <translation type="unfinished">Pas encore de profil&#xa0;: remplissez les champs et appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="173"/>
        <source>Saved in %1</source>
        <translation type="unfinished">Enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="193"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">Le profil n’a pas été enregistré&#xa0;; le précédent est inchangé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="201"/>
        <source>Export Organisation Profile</source>
        <translation type="unfinished">Exporter le profil de l’organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="202"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="222"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">Profils d’organisation (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="210"/>
        <source>Profile exported</source>
        <translation type="unfinished">Profil exporté</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="211"/>
        <source>The profile was saved as %1. A partner adds you to their brief with “Add from a partner&apos;s profile…” on the Co-signatories step.</source>
        <translation type="unfinished">Le profil a été enregistré sous %1. Un partenaire vous ajoute à son document avec «&#xa0;Ajouter depuis le profil d’un partenaire…&#xa0;» à l’étape «&#xa0;Cosignataires&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="217"/>
        <source>The profile was not exported</source>
        <translation type="unfinished">Le profil n’a pas été exporté</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="221"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="233"/>
        <source>Import Organisation Profile</source>
        <translation type="unfinished">Importer un profil d’organisation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="226"/>
        <source>The profile was not imported; nothing was changed</source>
        <translation type="unfinished">Le profil n’a pas été importé&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="232"/>
        <source>It replaces your saved profile.</source>
        <translation type="unfinished">Il remplacera votre profil enregistré.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="234"/>
        <source>&amp;Replace My Profile</source>
        <translation type="unfinished">&amp;Remplacer mon profil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="239"/>
        <source>Imported from %1</source>
        <translation type="unfinished">Importée depuis %1</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="23"/>
        <source>The document could not be rendered.</source>
        <translation type="unfinished">Le document n’a pas pu être mis en page.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="28"/>
        <source>%1, line %2</source>
        <translation type="unfinished">%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="29"/>
        <source>line %1</source>
        <translation type="unfinished">ligne %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="273"/>
        <source>The renderer could not be started{detail}. The preview and export are unavailable until BriefWriter is restarted or repaired.</source>
        <extracomment>a preview still running this long after newer edits came in is abandoned (the worker is restarted) rather than waited for: a normal render takes a second or less. waits before each automatic restart after a crash; when they run out the service gives up until ``start()`` is called again (an export or the user asking).</extracomment>
        <translation type="unfinished">Le moteur de rendu n’a pas pu démarrer{detail}. L’aperçu et l’exportation sont indisponibles jusqu’au redémarrage ou à la réparation de BriefWriter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="302"/>
        <source>The renderer sent a malformed reply.</source>
        <translation type="unfinished">Le moteur de rendu a envoyé une réponse mal formée.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="367"/>
        <source>The renderer stopped unexpectedly and is being restarted; the preview will update with your next edit.</source>
        <translation type="unfinished">Le moteur de rendu s’est arrêté de façon inattendue et redémarre&#xa0;; l’aperçu se mettra à jour à votre prochaine modification.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="369"/>
        <source>The renderer stopped unexpectedly and is being restarted. Please try again.</source>
        <translation type="unfinished">Le moteur de rendu s’est arrêté de façon inattendue et redémarre. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="394"/>
        <source>Rendering took longer than %1 seconds and was stopped. The brief is very long (%2 characters of text): export it in parts, or shorten it.</source>
        <translation type="unfinished">Le rendu a pris plus de %1 secondes et a été arrêté. Le document est très long (%2 caractères de texte) : exportez-le en plusieurs parties ou raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="399"/>
        <source>Rendering took longer than {seconds} seconds and was stopped. The template may be stuck in a loop.</source>
        <translation type="unfinished">Le rendu a duré plus de {seconds} secondes et a été arrêté. Le modèle tourne peut-être en boucle.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="498"/>
        <location filename="../../briefwriter/gui/render_service.py" line="501"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished">L’exportation a été annulée.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="55"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="80"/>
        <source>Review and export</source>
        <translation type="unfinished">Vérification et exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="56"/>
        <source>Check what is still missing, then export the paper. Press Enter on a remark (or double-click it) to go to the field it is about.</source>
        <translation type="unfinished">Vérifiez ce qui manque encore, puis exportez le document. Appuyez sur Entrée sur une remarque (ou double-cliquez dessus) pour aller au champ concerné.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="70"/>
        <source>Remarks on the brief</source>
        <translation type="unfinished">Remarques sur le document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="73"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished">&amp;Remarques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="76"/>
        <source>&amp;Go to the field</source>
        <translation type="unfinished">&amp;Aller au champ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="117"/>
        <source>Export</source>
        <translation type="unfinished">Exportation</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="86"/>
        <source>Tagged for screen readers; the best choice for sharing.</source>
        <translation type="unfinished">Balisé pour les lecteurs d’écran&#xa0;; le meilleur choix pour le partage.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="87"/>
        <source>For long-term archiving.</source>
        <translation type="unfinished">Pour l’archivage à long terme.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="88"/>
        <source>An ordinary PDF, for systems that reject the others.</source>
        <translation type="unfinished">Un PDF ordinaire, pour les systèmes qui refusent les autres.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="93"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="104"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="106"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="108"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">Exporter en &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="109"/>
        <source>A Word document (.docx) of the same paper, for partners and calls for input that ask for one</source>
        <translation type="unfinished">Un document Word (.docx) au contenu identique, pour les partenaires et les appels à contributions qui en demandent un</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Problem</source>
        <translation type="unfinished">Problème</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Warning</source>
        <translation type="unfinished">Avertissement</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="148"/>
        <source>Note</source>
        <translation type="unfinished">Remarque</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="170"/>
        <source>General</source>
        <translation type="unfinished">Général</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="180"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="187"/>
        <source>Warnings: %1. Look at them before you export.</source>
        <translation type="unfinished">Avertissements&#xa0;: %1. Examinez-les avant d’exporter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="191"/>
        <source>Notes for your information: %1.</source>
        <translation type="unfinished">Remarques pour information&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="189"/>
        <source>No warnings: the brief is ready to export.</source>
        <translation type="unfinished">Aucun avertissement&#xa0;: le document est prêt à être exporté.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="232"/>
        <source>Accessible PDF (PDF/UA) — recommended</source>
        <translation type="unfinished">PDF accessible (PDF/UA) — recommandé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="233"/>
        <source>PDF/A-3u for archiving</source>
        <translation type="unfinished">PDF/A-3u pour l’archivage</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="234"/>
        <source>Plain PDF</source>
        <translation type="unfinished">PDF simple</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="36"/>
        <source>&amp;Safety mode: papers that do not say who wrote them</source>
        <translation type="unfinished">Mode &amp;sécurité&#xa0;: des documents qui ne disent pas qui les a rédigés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="39"/>
        <source>For organisations at risk. Exported PDFs and web pages leave out your organisation&apos;s name and acronym, and their metadata name no author or organisation. The file name offered for an export is neutral, such as %1. Review warns about personal names and anything else in the text that could identify you. The brief file itself still holds everything you typed: share it only with people you trust.</source>
        <translation type="unfinished">Pour les organisations en danger. Les PDF et les pages web exportés omettent le nom et le sigle de votre organisation, et leurs métadonnées ne nomment ni auteur ni organisation. Le nom de fichier proposé à l’exportation est neutre, par exemple %1. L’étape «&#xa0;Vérification et exportation&#xa0;» signale les noms de personnes et tout autre élément du texte qui pourrait vous identifier. Le fichier du document conserve toutefois tout ce que vous avez saisi&#xa0;: ne le partagez qu’avec des personnes de confiance.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="51"/>
        <source>Leave out contact deta&amp;ils (yours and the co-signatories&apos;)</source>
        <translation type="unfinished">Om&amp;ettre les coordonnées (les vôtres et celles des cosignataires)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="53"/>
        <source>Leave o&amp;ut logos (yours, the brand kit&apos;s and the co-signatories&apos;)</source>
        <translation type="unfinished">Omettre les &amp;logos (le vôtre, celui de la charte graphique et ceux des cosignataires)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="57"/>
        <source>Safety mode</source>
        <translation type="unfinished">Mode sécurité</translation>
    </message>
</context>
<context>
    <name>SafetyStatus</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="93"/>
        <source>Safety mode on</source>
        <translation type="unfinished">Mode sécurité activé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="95"/>
        <source>Exports leave out what names your organisation; Review warns about names in the text.</source>
        <translation type="unfinished">Les exportations omettent ce qui désigne votre organisation&#xa0;; l’étape «&#xa0;Vérification et exportation&#xa0;» signale les noms présents dans le texte.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="32"/>
        <source>At the start</source>
        <extracomment>What the &quot;Placed&quot; choice says for each ``Section.after`` value, in ``SECTION_PLACES`` order.</extracomment>
        <translation type="unfinished">Au début</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="33"/>
        <source>After the summary</source>
        <translation type="unfinished">Après le résumé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="34"/>
        <source>After the priorities</source>
        <translation type="unfinished">Après les priorités</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="35"/>
        <source>After the asks</source>
        <translation type="unfinished">Après les demandes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="36"/>
        <source>After the key messages</source>
        <translation type="unfinished">Après les messages clés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="37"/>
        <source>After the recommendations</source>
        <translation type="unfinished">Après les recommandations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="38"/>
        <source>After the pledges</source>
        <translation type="unfinished">Après les engagements</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="39"/>
        <source>After the co-signatories</source>
        <translation type="unfinished">Après les cosignataires</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="40"/>
        <source>At the end</source>
        <translation type="unfinished">À la fin</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="47"/>
        <source>Summar&amp;y:</source>
        <extracomment>The label of each fixed part&apos;s field in &quot;Your own headings&quot; (mnemonics chosen to be free on this page and in the window), and the accessible name of that field.</extracomment>
        <translation type="unfinished">Rés&amp;umé :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="48"/>
        <source>Your heading for the summary</source>
        <translation type="unfinished">Votre titre pour le résumé</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="50"/>
        <source>Si&amp;nce the last review:</source>
        <translation type="unfinished">&amp;Depuis le dernier examen&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="51"/>
        <source>Your heading for what happened since the last review</source>
        <translation type="unfinished">Votre titre pour ce qui s’est passé depuis le dernier examen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="53"/>
        <source>Pr&amp;iorities:</source>
        <translation type="unfinished">Pr&amp;iorités :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="54"/>
        <source>Your heading for the priorities</source>
        <translation type="unfinished">Votre titre pour les priorités</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="55"/>
        <source>As&amp;ks:</source>
        <translation type="unfinished">Dema&amp;ndes :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="56"/>
        <source>Your heading for the asks</source>
        <translation type="unfinished">Votre titre pour les demandes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="57"/>
        <source>Key &amp;messages:</source>
        <translation type="unfinished">Messages &amp;clés :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="58"/>
        <source>Your heading for the key messages</source>
        <translation type="unfinished">Votre titre pour les messages clés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="59"/>
        <source>Rec&amp;ommendations:</source>
        <translation type="unfinished">Rec&amp;ommandations :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="60"/>
        <source>Your heading for the recommendations</source>
        <translation type="unfinished">Votre titre pour les recommandations</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="62"/>
        <source>P&amp;ledges:</source>
        <translation type="unfinished">En&amp;gagements :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="63"/>
        <source>Your heading for the pledges</source>
        <translation type="unfinished">Votre titre pour les engagements</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="64"/>
        <source>Co-signa&amp;tories:</source>
        <translation type="unfinished">Cosigna&amp;taires :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="65"/>
        <source>Your heading for the co-signatories</source>
        <translation type="unfinished">Votre titre pour les cosignataires</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="84"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="67"/>
        <source>Your own sections</source>
        <extracomment>The templates print the asks under the label &quot;aims_and_asks&quot;; every other part&apos;s label has the part&apos;s own name.</extracomment>
        <translation type="unfinished">Vos propres sections</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="85"/>
        <source>Add the parts only your organisation can write — a testimony, the situation in your country, how you gathered your evidence — and choose where each goes among the paper&apos;s fixed parts. You can also give the fixed parts headings of your own.</source>
        <translation type="unfinished">Ajoutez les parties que seule votre organisation peut écrire — un témoignage, la situation dans votre pays, la façon dont vous avez recueilli vos preuves — et choisissez la place de chacune parmi les parties fixes du document. Vous pouvez aussi donner vos propres titres aux parties fixes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="116"/>
        <source>Sections</source>
        <translation type="unfinished">Sections</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="93"/>
        <source>Section heading</source>
        <translation type="unfinished">Titre de la section</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="94"/>
        <source>e.g. What we see in detention</source>
        <translation type="unfinished">p. ex. Ce que nous voyons en détention</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="95"/>
        <source>Hea&amp;ding:</source>
        <translation type="unfinished">&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="96"/>
        <source>Section text</source>
        <translation type="unfinished">Texte de la section</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="97"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;xte :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="99"/>
        <source>Where the section goes</source>
        <translation type="unfinished">Emplacement de la section</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="102"/>
        <source>Pla&amp;ced:</source>
        <translation type="unfinished">Emplaceme&amp;nt :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="104"/>
        <source>Sections placed at the same spot follow the order of the list.</source>
        <translation type="unfinished">Les sections placées au même endroit suivent l’ordre de la liste.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>Your &amp;sections:</source>
        <translation type="unfinished">&amp;Vos sections :</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>&amp;Add section</source>
        <translation type="unfinished">A&amp;jouter une section</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>No sections of your own yet.</source>
        <translation type="unfinished">Aucune section propre pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>section</source>
        <translation type="unfinished">la section</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="128"/>
        <source>Your own headings</source>
        <translation type="unfinished">Vos propres titres</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="120"/>
        <source>A heading left empty keeps the template&apos;s, shown greyed in the field.</source>
        <translation type="unfinished">Un titre laissé vide reprend celui du modèle, affiché en grisé dans le champ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="141"/>
        <source>(no heading)</source>
        <translation type="unfinished">(sans titre)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="159"/>
        <source>Template&apos;s heading</source>
        <translation type="unfinished">Titre du modèle</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="457"/>
        <location filename="../../briefwriter/gui/session.py" line="89"/>
        <source>Untitled brief</source>
        <translation type="unfinished">Document sans titre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="108"/>
        <source>Edit</source>
        <translation type="unfinished">Modification</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="115"/>
        <source>Add item</source>
        <translation type="unfinished">Ajout d’un élément</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="124"/>
        <source>Remove item</source>
        <translation type="unfinished">Retrait d’un élément</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="131"/>
        <source>Move item</source>
        <translation type="unfinished">Déplacement d’un élément</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="40"/>
        <source>Steps</source>
        <translation type="unfinished">Étapes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="42"/>
        <source>The steps of writing a brief; each says whether it is empty, done or has warnings. Choose one to go to it.</source>
        <translation type="unfinished">Les étapes de rédaction d’un document&#xa0;; chacune indique si elle est vide, terminée ou comporte des avertissements. Choisissez-en une pour y aller.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="71"/>
        <source>%1. %2</source>
        <translation type="unfinished">%1. %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="79"/>
        <source>done</source>
        <translation type="unfinished">terminée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="81"/>
        <source>has warnings</source>
        <translation type="unfinished">avec avertissements</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="82"/>
        <source>empty</source>
        <translation type="unfinished">vide</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="99"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="96"/>
        <source>The examples could not be read from %1: %2.</source>
        <translation type="unfinished">Impossible de lire les exemples dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="110"/>
        <source>Some examples could not be read:
%1</source>
        <translation type="unfinished">Certains exemples n’ont pas pu être lus&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="113"/>
        <source>No examples were found in %1.</source>
        <translation type="unfinished">Aucun exemple n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="126"/>
        <source>Arabic</source>
        <translation type="unfinished">Arabe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="127"/>
        <source>Chinese</source>
        <translation type="unfinished">Chinois</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="128"/>
        <source>English</source>
        <translation type="unfinished">Anglais</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="129"/>
        <source>French</source>
        <translation type="unfinished">Français</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="130"/>
        <source>Russian</source>
        <translation type="unfinished">Russe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="131"/>
        <source>Spanish</source>
        <translation type="unfinished">Espagnol</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="161"/>
        <source>Welcome to BriefWriter</source>
        <translation type="unfinished">Bienvenue dans BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="168"/>
        <source>BriefWriter walks you through a briefing paper on the Global Compact for Migration, step by step, and shows the finished paper as you type. Start a new brief, or look at an example first: it opens as an untitled copy, so you can change anything.</source>
        <translation type="unfinished">BriefWriter vous guide pas à pas dans la rédaction d’une note d’information sur le Pacte mondial sur les migrations et affiche le document final pendant que vous écrivez. Commencez un nouveau document, ou regardez d’abord un exemple&#xa0;: il s’ouvre comme une copie sans titre, que vous pouvez modifier à votre guise.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="176"/>
        <source>Start a &amp;new brief</source>
        <translation type="unfinished">Commencer un &amp;nouveau document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="177"/>
        <source>An empty brief; the list of steps shows the way</source>
        <translation type="unfinished">Un document vide&#xa0;; la liste des étapes vous guide</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="180"/>
        <source>&amp;Open a brief…</source>
        <translation type="unfinished">&amp;Ouvrir un document…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="181"/>
        <source>Choose a brief file on this computer</source>
        <translation type="unfinished">Choisir un fichier de document sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="183"/>
        <source>Read the &amp;getting-started guide</source>
        <translation type="unfinished">Lire le &amp;guide de prise en main</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="184"/>
        <source>What each step is for, and the keys that move between them</source>
        <translation type="unfinished">À quoi sert chaque étape, et les touches pour passer de l’une à l’autre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="192"/>
        <source>Examples</source>
        <translation type="unfinished">Exemples</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="193"/>
        <source>Each example opens as an untitled copy; the example itself is never changed</source>
        <translation type="unfinished">Chaque exemple s’ouvre comme une copie sans titre&#xa0;; l’exemple lui-même n’est jamais modifié</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="197"/>
        <source>&amp;Examples:</source>
        <translation type="unfinished">&amp;Exemples&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="201"/>
        <source>Open a cop&amp;y of the example</source>
        <translation type="unfinished">Ouvrir une &amp;copie de l’exemple</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="205"/>
        <source>Recent briefs</source>
        <translation type="unfinished">Documents récents</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="209"/>
        <source>&amp;Recent briefs:</source>
        <translation type="unfinished">Documents &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="211"/>
        <source>No recent briefs yet.</source>
        <translation type="unfinished">Aucun document récent pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="214"/>
        <source>O&amp;pen the recent brief</source>
        <translation type="unfinished">Ouvrir le &amp;document récent</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="235"/>
        <source>&amp;Show this at start-up</source>
        <translation type="unfinished">&amp;Afficher au démarrage</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="253"/>
        <source>Reading the examples…</source>
        <translation type="unfinished">Lecture des exemples…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="254"/>
        <source>Looking for your recent briefs…</source>
        <translation type="unfinished">Recherche de vos documents récents…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="309"/>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="314"/>
        <source>%1, in %2, template %3</source>
        <translation type="unfinished">%1, %2, modèle %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="329"/>
        <source>%1, in %2</source>
        <translation type="unfinished">%1, dans %2</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="76"/>
        <source>a link, not a file of the pack</source>
        <extracomment>what a pack&apos;s editable files end with; everything else (images, fonts) is an asset</extracomment>
        <translation type="unfinished">un lien, pas un fichier du paquet</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="89"/>
        <source>larger than %1 kB</source>
        <translation type="unfinished">plus de %1 ko</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="92"/>
        <source>not a regular file</source>
        <translation type="unfinished">pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="99"/>
        <source>not UTF-8 text (line %1)</source>
        <translation type="unfinished">pas du texte UTF-8 (ligne %1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="28"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished">L’aperçu n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="121"/>
        <source>Pack files</source>
        <extracomment>brief edits are let pause this long before the pack&apos;s preview is made again</extracomment>
        <translation type="unfinished">Fichiers du paquet</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="123"/>
        <source>&amp;Files</source>
        <translation type="unfinished">Fic&amp;hiers</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="135"/>
        <source>Bundled templates cannot be changed — Customise… makes your own copy</source>
        <translation type="unfinished">Les modèles fournis ne peuvent pas être modifiés — Personnaliser… en crée votre propre copie</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="137"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">&amp;Personnaliser…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="138"/>
        <source>Customise this template</source>
        <translation type="unfinished">Personnaliser ce modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="149"/>
        <source>Preview of the brief with this template</source>
        <translation type="unfinished">Aperçu du document avec ce modèle</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="152"/>
        <source>P&amp;roblems</source>
        <translation type="unfinished">Pro&amp;blèmes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="169"/>
        <source>Resize the file list and the editor</source>
        <translation type="unfinished">Redimensionner la liste des fichiers et l’éditeur</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="170"/>
        <source>Resize the editor and the preview</source>
        <translation type="unfinished">Redimensionner l’éditeur et l’aperçu</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="171"/>
        <source>Resize the editor and the problems</source>
        <translation type="unfinished">Redimensionner l’éditeur et la liste des problèmes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="175"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="308"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished">Ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="179"/>
        <source>Resize the window</source>
        <translation type="unfinished">Redimensionner la fenêtre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="204"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="205"/>
        <source>Save A&amp;ll</source>
        <translation type="unfinished">Enregistrer &amp;tout</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="207"/>
        <source>C&amp;heck Now</source>
        <translation type="unfinished">&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="209"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="211"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="213"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="215"/>
        <source>&amp;Find…</source>
        <translation type="unfinished">Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="217"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished">Re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="219"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished">Aller à la &amp;ligne…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="242"/>
        <source>%1 (not editable: %2)</source>
        <translation type="unfinished">%1 (non modifiable&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="243"/>
        <source>an asset</source>
        <translation type="unfinished">une ressource</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="253"/>
        <source>The template&apos;s files could not be read: %1</source>
        <translation type="unfinished">Les fichiers du modèle n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="269"/>
        <source>Text of %1</source>
        <translation type="unfinished">Texte de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="272"/>
        <source>%1 cannot be edited here (%2).</source>
        <translation type="unfinished">%1 ne peut pas être modifié ici (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="273"/>
        <source>an image, font or other asset</source>
        <translation type="unfinished">une image, une police ou une autre ressource</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="285"/>
        <source>%1[*] — Template workshop</source>
        <translation type="unfinished">%1[*] — Atelier de modèles</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="313"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="319"/>
        <source>Saving…</source>
        <translation type="unfinished">Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="323"/>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="336"/>
        <source>The file could not be saved</source>
        <translation type="unfinished">Le fichier n’a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="355"/>
        <source>The template could not be checked: %1</source>
        <translation type="unfinished">Le modèle n’a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="395"/>
        <source>Go to Line</source>
        <translation type="unfinished">Aller à la ligne</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="396"/>
        <source>&amp;Line (1 to %1):</source>
        <translation type="unfinished">&amp;Ligne (1 à %1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="81"/>
        <source>Do you want to save the changes to “%1”?

If you don&apos;t save them, your changes will be lost.</source>
        <translation type="unfinished">Voulez-vous enregistrer les modifications apportées à «&#xa0;%1&#xa0;»&#xa0;?

Si vous ne les enregistrez pas, elles seront perdues.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="80"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="120"/>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 à %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="128"/>
        <source>never saved</source>
        <translation type="unfinished">jamais enregistré</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="129"/>
        <source>Untitled brief</source>
        <translation type="unfinished">Document sans titre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="130"/>
        <source>BriefWriter did not close properly. A recovery copy of “%1” (%2) was found</source>
        <translation type="unfinished">BriefWriter ne s’est pas fermé correctement. Une copie de récupération de «&#xa0;%1&#xa0;» (%2) a été trouvée</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="133"/>
        <source>, saved %1</source>
        <translation type="unfinished">, enregistrée le %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="141"/>
        <source>Recover Unsaved Work?</source>
        <translation type="unfinished">Récupérer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="143"/>
        <source>Recover opens it with its changes marked as unsaved; your own file is not changed until you save. Discard deletes the copy. Later keeps it for the next start.</source>
        <translation type="unfinished">Récupérer l’ouvre avec ses modifications marquées comme non enregistrées&#xa0;; votre propre fichier ne change pas tant que vous n’enregistrez pas. Supprimer efface la copie. Plus tard la garde pour le prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="147"/>
        <source>&amp;Recover</source>
        <translation type="unfinished">&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="148"/>
        <source>&amp;Discard</source>
        <translation type="unfinished">&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="150"/>
        <source>&amp;Later</source>
        <translation type="unfinished">Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="171"/>
        <source>You can save the brief under another name or in another folder.</source>
        <translation type="unfinished">Vous pouvez enregistrer le document sous un autre nom ou dans un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="173"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="346"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="210"/>
        <source>Briefs (*.brief.yaml)</source>
        <translation type="unfinished">Documents BriefWriter (*.brief.yaml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="347"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="211"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished">Fichiers YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="348"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="212"/>
        <source>All files (*)</source>
        <translation type="unfinished">Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="216"/>
        <source>Open Brief</source>
        <translation type="unfinished">Ouvrir un document</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="223"/>
        <source>Save Brief As</source>
        <translation type="unfinished">Enregistrer le document sous</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="237"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Prise en main&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="238"/>
        <source>&lt;p&gt;BriefWriter walks you through a briefing paper step by step. The list on the left shows them in order, with a mark for each: an empty circle for a step not started, a tick when it is done, and a warning sign when something needs a look. You can go to any step at any time.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter vous guide pas à pas dans la rédaction d’une note d’information. La liste de gauche présente les étapes dans l’ordre, chacune avec une marque : un cercle vide pour une étape pas commencée, une coche quand elle est terminée et un signe d’avertissement quand quelque chose mérite un coup d’œil. Vous pouvez passer à n’importe quelle étape à tout moment.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="243"/>
        <source>&lt;p&gt;&lt;b&gt;Start with who you are and what the paper is for.&lt;/b&gt; Organisation takes your name, country and contact; Occasion and audience asks which process or event the paper is for (the IMRF, a regional review, a Human Rights Council session or your own) and who will read it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Commencez par dire qui vous êtes et à quoi sert le document.&lt;/b&gt; Organisation recueille votre nom, votre pays et vos coordonnées&#xa0;; Contexte et public demande à quel processus ou événement le document est destiné (le Forum d’examen des migrations internationales, un examen régional, une session du Conseil des droits de l’homme ou le vôtre) et qui le lira.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Name your priorities in your own words.&lt;/b&gt; Suggestions drawn from civil-society guidance are there if they help. Then, in Link to the GCM, tick the guiding principles, objectives and lettered actions of the Global Compact that each priority relates to. Search for words such as “detention” or “children” to find them quickly.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Nommez vos priorités avec vos propres mots.&lt;/b&gt; Des suggestions tirées de guides de la société civile sont là si elles vous aident. Ensuite, à l’étape Lien avec le Pacte mondial, cochez les principes directeurs, les objectifs et les actions (désignées par une lettre) du Pacte mondial auxquels se rapporte chaque priorité. Cherchez des mots comme «&#xa0;detention&#xa0;» ou «&#xa0;children&#xa0;» (le texte du Pacte est en anglais) pour les trouver vite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Say what you want to achieve.&lt;/b&gt; Pick engagement aims and turn each into a concrete ask: who should do what, by when. Add your key messages, recommendations, evidence with sources, pledges and co-signatories.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Dites ce que vous voulez obtenir.&lt;/b&gt; Choisissez des buts de participation et traduisez chacun en une demande concrète&#xa0;: qui doit faire quoi, et dans quel délai. Ajoutez vos messages clés, vos recommandations, vos preuves avec leurs sources, vos engagements et vos cosignataires.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="258"/>
        <source>&lt;p&gt;&lt;b&gt;Watch the paper take shape.&lt;/b&gt; The pane on the right shows the real PDF and updates a moment after you stop typing. Choose a template and adjust the look in Template and look.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Regardez le document prendre forme.&lt;/b&gt; Le volet de droite montre le vrai PDF et se met à jour un instant après que vous arrêtez de taper. Choisissez un modèle et réglez l’apparence à l’étape Modèle et apparence.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="262"/>
        <source>&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Review and export lists anything worth checking; choose an item to jump to the field. Then export an accessible PDF (or HTML) with File ▸ Export PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Exportez.&lt;/b&gt; Vérification et exportation liste tout ce qui mérite d’être vérifié&#xa0;; choisissez un élément pour aller au champ. Exportez ensuite un PDF accessible (ou du HTML) avec Fichier ▸ Exporter en PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Your work is kept safe.&lt;/b&gt; Save with Ctrl+S: briefs are readable text files you can reopen next year or share with partners. Every change can be undone with Ctrl+Z, and a recovery copy is kept while you work, so a crash does not cost you your text.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Votre travail est en sécurité.&lt;/b&gt; Enregistrez avec Ctrl+S&#xa0;: les documents sont des fichiers texte lisibles que vous pourrez rouvrir l’an prochain ou partager avec vos partenaires. Chaque modification peut être annulée avec Ctrl+Z, et une copie de récupération est tenue à jour pendant que vous travaillez&#xa0;: un plantage ne vous fera pas perdre votre texte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="271"/>
        <source>&lt;p&gt;Everything works from the keyboard: Tab moves between fields, Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous and next step, and F1 opens this guide again.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Tout fonctionne au clavier&#xa0;: Tab passe d’un champ à l’autre, Alt+Gauche et Alt+Droite (ou Ctrl+Page préc. et Ctrl+Page suiv.) mènent à l’étape précédente et à la suivante, et F1 rouvre ce guide.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="300"/>
        <source>Getting Started with BriefWriter</source>
        <translation type="unfinished">Prise en main de BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="317"/>
        <source>&lt;p&gt;The GCM data could not be loaded: %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Les données du Pacte mondial n’ont pas pu être chargées&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="320"/>
        <source>%1 of %2 verified</source>
        <translation type="unfinished">%1 sur %2 vérifiés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="322"/>
        <source>Guiding principles</source>
        <translation type="unfinished">Principes directeurs</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="324"/>
        <source>Objective titles</source>
        <translation type="unfinished">Titres des objectifs</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="326"/>
        <source>Commitments</source>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="327"/>
        <source>%1 verified, %2 partly verified, of %3</source>
        <translation type="unfinished">%1 vérifiés, %2 en partie vérifiés, sur %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="330"/>
        <source>Actions</source>
        <translation type="unfinished">Actions</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="331"/>
        <source>%1 verified, %2 partly verified, %3 not yet verified, of %4</source>
        <translation type="unfinished">%1 vérifiées, %2 en partie vérifiées, %3 pas encore vérifiées, sur %4</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="342"/>
        <source>&lt;p&gt;“Verified” means every word was compared with the final text of %1. Wording not yet verified is flagged in the app and, if you choose, in the PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;«&#xa0;Vérifié&#xa0;» signifie que chaque mot a été comparé avec le texte final de %1. Le libellé pas encore vérifié est signalé dans l’application et, si vous le souhaitez, dans le PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="348"/>
        <source>&lt;h3&gt;The Global Compact for Migration text&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Le texte du Pacte mondial sur les migrations&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="350"/>
        <source>&lt;p&gt;&lt;b&gt;Text in use:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Texte utilisé&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="354"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="366"/>
        <source>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Write briefing papers on migrants&apos; rights that cite the Global Compact for Migration, and export accessible PDFs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Rédigez des notes d’information sur les droits des personnes migrantes qui citent le Pacte mondial sur les migrations, et exportez des PDF accessibles.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="370"/>
        <source>&lt;p&gt;Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Code&#xa0;: GPL-3.0-or-later. Polices&#xa0;: Noto, SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="397"/>
        <source>About BriefWriter</source>
        <translation type="unfinished">À propos de BriefWriter</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../briefwriter/gui/i18n.py" line="42"/>
        <source>System default</source>
        <extracomment>Languages written right to left (the UI mirrors for them). The six UN languages of the interface, named in themselves, in the UN&apos;s order. Our translators&apos; object name: how ``apply_language`` finds those it installed before.</extracomment>
        <translation type="unfinished">Langue du système</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="337"/>
        <source>Could Not Recover</source>
        <translation type="unfinished">Récupération impossible</translation>
    </message>
</context>
</TS>
