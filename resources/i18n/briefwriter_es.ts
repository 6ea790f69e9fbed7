<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Addressees</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="40"/>
        <source>Member States</source>
        <translation type="unfinished">Estados Miembros</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="41"/>
        <source>Our government</source>
        <translation type="unfinished">Nuestro gobierno</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="42"/>
        <source>Parliaments</source>
        <translation type="unfinished">Parlamentos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="43"/>
        <source>IOM</source>
        <translation type="unfinished">OIM</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="44"/>
        <source>OHCHR</source>
        <translation type="unfinished">ACNUDH</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="45"/>
        <source>UNHCR</source>
        <translation type="unfinished">ACNUR</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="46"/>
        <source>The UN Network on Migration</source>
        <translation type="unfinished">La Red de las Naciones Unidas sobre la Migración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="47"/>
        <source>Local authorities</source>
        <translation type="unfinished">Autoridades locales</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="48"/>
        <source>National human rights institutions</source>
        <translation type="unfinished">Instituciones nacionales de derechos humanos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="49"/>
        <source>Civil-society organisations</source>
        <translation type="unfinished">Organizaciones de la sociedad civil</translation>
    </message>
</context>
<context>
    <name>AimsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="62"/>
        <source>who</source>
        <translation type="unfinished">quién</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="64"/>
        <source>what</source>
        <translation type="unfinished">qué</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="66"/>
        <source>by when</source>
        <translation type="unfinished">para cuándo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="75"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="61"/>
        <source>Engagement aims and asks</source>
        <translation type="unfinished">Propósitos de la participación y peticiones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="76"/>
        <source>What do you want to achieve by engaging? Choose from the twelve common aims or write your own, then turn each into a concrete ask: who should do what, by when.</source>
        <translation type="unfinished">¿Qué quiere lograr con su participación? Elija entre los doce propósitos habituales o escriba el suyo, y conviértalo en una petición concreta: quién debe hacer qué y para cuándo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="86"/>
        <source>Aim</source>
        <translation type="unfinished">Propósito</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="87"/>
        <source>Choose an aim or type your own</source>
        <translation type="unfinished">Elija un propósito o escriba el suyo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="89"/>
        <source>&amp;Aim:</source>
        <translation type="unfinished">&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="97"/>
        <source>&amp;Who should act:</source>
        <translation type="unfinished">Q&amp;uién debe actuar:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="103"/>
        <source>W&amp;hat they should do:</source>
        <translation type="unfinished">&amp;Lo que debe hacer:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="107"/>
        <source>The ask</source>
        <translation type="unfinished">La petición</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="93"/>
        <source>Who should act</source>
        <translation type="unfinished">Quién debe actuar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="95"/>
        <source>e.g. Member States</source>
        <translation type="unfinished">p. ej., los Estados Miembros</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="98"/>
        <source>What they should do</source>
        <translation type="unfinished">Qué debe hacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="99"/>
        <source>e.g. adopt a national GCM implementation plan with civil society</source>
        <translation type="unfinished">p. ej., aprobar con la sociedad civil un plan nacional de implementación del Pacto Mundial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="104"/>
        <source>By when</source>
        <translation type="unfinished">Para cuándo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="105"/>
        <source>e.g. before the IMRF 2026</source>
        <translation type="unfinished">p. ej., antes del Foro de Examen de 2026</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="106"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">P&amp;ara cuándo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>&amp;Aims:</source>
        <translation type="unfinished">Pr&amp;opósitos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>Add your o&amp;wn aim</source>
        <translation type="unfinished">Añadir un propósito &amp;propio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="117"/>
        <source>No aims yet: choose from the twelve aims or add your own.</source>
        <translation type="unfinished">Todavía no hay propósitos: elija entre los doce o añada el suyo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>aim</source>
        <translation type="unfinished">el propósito</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="122"/>
        <source>Choose from the &amp;twelve aims…</source>
        <translation type="unfinished">Elegir entre los &amp;doce propósitos…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="123"/>
        <source>Add an aim from the twelve aims</source>
        <translation type="unfinished">Añadir uno de los doce propósitos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="134"/>
        <source>(no aim yet)</source>
        <translation type="unfinished">(sin propósito todavía)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="141"/>
        <source> — ask incomplete</source>
        <translation type="unfinished"> — petición incompleta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="146"/>
        <source>The ask is complete.</source>
        <translation type="unfinished">La petición está completa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="147"/>
        <source>The ask is missing: %1.</source>
        <translation type="unfinished">A la petición le falta: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="181"/>
        <source>⚠ This ask is incomplete: add %1.</source>
        <translation type="unfinished">⚠ Esta petición está incompleta: indique %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="180"/>
        <source>✓ This ask is complete.</source>
        <translation type="unfinished">✓ Esta petición está completa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="186"/>
        <source>Choose an engagement aim</source>
        <translation type="unfinished">Elegir un propósito de participación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="187"/>
        <source>The twelve aims organisations commonly pursue when engaging with the Global Compact reviews. You will turn the aim into a concrete ask next.</source>
        <translation type="unfinished">Los doce propósitos que las organizaciones suelen perseguir al participar en los exámenes del Pacto Mundial. Después convertirá el propósito en una petición concreta.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="192"/>
        <source>Add aim</source>
        <translation type="unfinished">Añadir propósito</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="157"/>
        <source>Could not create the recovery folder %1: %2</source>
        <translation type="unfinished">No se pudo crear la carpeta de recuperación %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="162"/>
        <source>Could not lock the recovery file %1.</source>
        <translation type="unfinished">No se pudo bloquear el archivo de recuperación %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="219"/>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished">No se pudo escribir la copia de recuperación: %1</translation>
    </message>
</context>
<context>
    <name>BoundField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/bound.py" line="96"/>
        <source>Edit %1</source>
        <translation type="unfinished">Editar «%1»</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="71"/>
        <source>Brand Kit</source>
        <extracomment>the kit was saved or imported (the path of its folder) the kit on disk was read and the fields show it</extracomment>
        <translation type="unfinished">Identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="72"/>
        <source>Brand kit</source>
        <translation type="unfinished">Identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="79"/>
        <source>Your organisation&apos;s house style, used for every brief and template. A brief&apos;s own look choices (a colour, font or paper other than the default) win over it.</source>
        <translation type="unfinished">La identidad visual de su organización, que se usa en todos sus documentos y plantillas. Las opciones de aspecto propias de un documento (un color, un tipo de letra o un papel distintos de los predeterminados) tienen prioridad sobre ella.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="83"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="90"/>
        <source>Logo preview</source>
        <translation type="unfinished">Vista previa del logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="91"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="93"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">Q&amp;uitar el logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="102"/>
        <source>Logo:</source>
        <translation type="unfinished">Logotipo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>P&amp;rimary colour:</source>
        <translation type="unfinished">Color &amp;principal:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>Primary colour</source>
        <translation type="unfinished">Color principal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">&amp;Color de acento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>Accent colour</source>
        <translation type="unfinished">Color de acento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>&amp;Text colour:</source>
        <translation type="unfinished">Color &amp;del texto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>Text colour</source>
        <translation type="unfinished">Color del texto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="115"/>
        <source>template&apos;s own</source>
        <translation type="unfinished">el de la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="116"/>
        <source>%1, hexadecimal</source>
        <translation type="unfinished">%1, en hexadecimal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="118"/>
        <source>Choose…</source>
        <translation type="unfinished">Elegir…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="119"/>
        <source>Choose %1</source>
        <translation type="unfinished">Elegir «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="135"/>
        <source>&amp;Heading font:</source>
        <translation type="unfinished">Tipo de letra de los &amp;títulos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="136"/>
        <source>&amp;Body font:</source>
        <translation type="unfinished">Tipo de letra del te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="137"/>
        <source>Add font &amp;file…</source>
        <translation type="unfinished">Añadir &amp;archivo de fuente…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="139"/>
        <source>Your own font (.ttf, .otf, .woff or .woff2). It must draw every basic Latin letter.</source>
        <translation type="unfinished">Su propio tipo de letra (.ttf, .otf, .woff o .woff2). Debe incluir todas las letras latinas básicas.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="152"/>
        <source>e.g. the network&apos;s name, address, website</source>
        <translation type="unfinished">p. ej., el nombre, la dirección y el sitio web de la red</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="153"/>
        <source>Footer l&amp;ine:</source>
        <translation type="unfinished">Línea de p&amp;ie de página:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>The brief&apos;s own</source>
        <translation type="unfinished">El del documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="156"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="158"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">Pap&amp;el:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="161"/>
        <source>Brand kit status</source>
        <translation type="unfinished">Estado de la identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="163"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="165"/>
        <source>&amp;Export…</source>
        <translation type="unfinished">Exp&amp;ortar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="167"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="169"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ce&amp;rrar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="171"/>
        <source>Use a brand kit file a partner sent you</source>
        <translation type="unfinished">Usar un archivo de identidad visual enviado por un socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="172"/>
        <source>Save the brand kit as a file to share</source>
        <translation type="unfinished">Guardar la identidad visual en un archivo para compartir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="193"/>
        <source>No brand kit yet: fill in the fields and press Save.</source>
        <translation type="unfinished">Todavía no hay identidad visual: rellene los campos y pulse Guardar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="196"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="363"/>
        <source>Saved in %1</source>
        <translation type="unfinished">Guardada en %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="205"/>
        <source>The saved brand kit cannot be used; saving replaces it.
%1</source>
        <translation type="unfinished">No se puede usar la identidad visual guardada; al guardar, se reemplazará.
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="233"/>
        <source>The template&apos;s own</source>
        <translation type="unfinished">El de la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="234"/>
        <source>%1 (bundled)</source>
        <translation type="unfinished">%1 (incluido)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="235"/>
        <source>%1 (your font file)</source>
        <translation type="unfinished">%1 (su archivo de fuente)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="243"/>
        <source>%1 (%2, weight %3)</source>
        <translation type="unfinished">%1 (%2, peso %3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="245"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="428"/>
        <source>Font files: %1</source>
        <translation type="unfinished">Archivos de fuente: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="246"/>
        <source>No font files of your own yet.</source>
        <translation type="unfinished">Todavía no hay archivos de fuente propios.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="253"/>
        <source>No logo</source>
        <translation type="unfinished">Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="282"/>
        <source>Choose a colour</source>
        <translation type="unfinished">Elegir un color</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="289"/>
        <source>Choose the Logo</source>
        <translation type="unfinished">Elegir el logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="290"/>
        <source>Images (%1)</source>
        <translation type="unfinished">Imágenes (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="301"/>
        <source>This image cannot be the logo</source>
        <translation type="unfinished">Esta imagen no puede usarse como logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="309"/>
        <source>Add a Font File</source>
        <translation type="unfinished">Añadir un archivo de fuente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="310"/>
        <source>Fonts (%1)</source>
        <translation type="unfinished">Fuentes (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="326"/>
        <source>Added the font “%1”; press Save to keep it.</source>
        <translation type="unfinished">Se añadió el tipo de letra «%1»; pulse Guardar para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="330"/>
        <source>This font cannot be used</source>
        <translation type="unfinished">No se puede usar este tipo de letra</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="348"/>
        <source>Brand kit not saved</source>
        <translation type="unfinished">Identidad visual no guardada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="349"/>
        <source>“%1” is not a whole colour: write six hexadecimal digits, as #1d5c8c, or leave the field empty.</source>
        <translation type="unfinished">«%1» no es un color completo: escriba seis dígitos hexadecimales, como #1d5c8c, o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="369"/>
        <source>The brand kit was not saved; the previous one is unchanged</source>
        <translation type="unfinished">No se guardó la identidad visual; la anterior no ha cambiado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="376"/>
        <source>Export Brand Kit</source>
        <translation type="unfinished">Exportar la identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="377"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="396"/>
        <source>Brand kits (%1)</source>
        <translation type="unfinished">Archivos de identidad visual (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="385"/>
        <source>Brand kit exported</source>
        <translation type="unfinished">Identidad visual exportada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="386"/>
        <source>The brand kit was saved as %1. A partner uses it with Tools ▸ Brand Kit… ▸ Import.</source>
        <translation type="unfinished">La identidad visual se guardó como %1. Un socio podrá usarla con Herramientas ▸ Identidad visual… ▸ Importar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="391"/>
        <source>The brand kit was not exported</source>
        <translation type="unfinished">No se exportó la identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="395"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="402"/>
        <source>Import Brand Kit</source>
        <translation type="unfinished">Importar una identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="403"/>
        <source>&amp;Replace My Brand Kit</source>
        <translation type="unfinished">&amp;Reemplazar mi identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="409"/>
        <source>Imported from %1</source>
        <translation type="unfinished">Importada de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="413"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="416"/>
        <source>The brand kit was not imported; nothing was changed</source>
        <translation type="unfinished">No se importó la identidad visual; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="421"/>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="422"/>
        <source>%1 holds the brand kit “%2”:</source>
        <translation type="unfinished">%1 contiene la identidad visual «%2»:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="423"/>
        <source>unnamed</source>
        <translation type="unfinished">sin nombre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="424"/>
        <source>Colours: primary %1, accent %2, text %3</source>
        <translation type="unfinished">Colores: principal %1, acento %2, texto %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="426"/>
        <source>Fonts: headings %1, body %2</source>
        <translation type="unfinished">Tipos de letra: títulos %1, texto %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="430"/>
        <source>Logo: %1</source>
        <translation type="unfinished">Logotipo: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="431"/>
        <source>Footer line: %1</source>
        <translation type="unfinished">Línea de pie de página: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="432"/>
        <source>Paper: %1</source>
        <translation type="unfinished">Papel: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="433"/>
        <source>It replaces your brand kit.</source>
        <translation type="unfinished">Reemplazará su identidad visual.</translation>
    </message>
</context>
<context>
    <name>CatalogueChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="155"/>
        <source>e.g. Regional economic commissions</source>
        <translation type="unfinished">p. ej., comisiones económicas regionales</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="157"/>
        <source>Add your o&amp;wn:</source>
        <translation type="unfinished">Añadir una entrada p&amp;ropia:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="158"/>
        <source>A&amp;dd</source>
        <translation type="unfinished">Aña&amp;dir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="159"/>
        <source>Add your own entry</source>
        <translation type="unfinished">Añadir una entrada propia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="161"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Q&amp;uitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="162"/>
        <source>Remove the selected own entry</source>
        <translation type="unfinished">Quitar la entrada propia seleccionada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="205"/>
        <source>%1 (your own)</source>
        <translation type="unfinished">%1 (entrada propia)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="238"/>
        <source>Add %1</source>
        <translation type="unfinished">Añadir a «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="247"/>
        <source>Remove %1</source>
        <translation type="unfinished">Quitar de «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="210"/>
        <source>Your own entry: untick it or press Remove to drop it.</source>
        <translation type="unfinished">Entrada propia: desmárquela o pulse Quitar para eliminarla.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="292"/>
        <source>%1 (already added)</source>
        <translation type="unfinished">%1 (ya añadido)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="297"/>
        <source>&amp;Suggestions:</source>
        <translation type="unfinished">&amp;Sugerencias:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="304"/>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="62"/>
        <source>— Choose —</source>
        <translation type="unfinished">— Elegir —</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="71"/>
        <source>%1 in your own words</source>
        <translation type="unfinished">%1 con sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="110"/>
        <source>Edit %1</source>
        <translation type="unfinished">Editar «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="116"/>
        <source>Choose %1</source>
        <translation type="unfinished">Elegir «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="73"/>
        <source>Describe it in your own words</source>
        <translation type="unfinished">Descríbalo con sus propias palabras</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="20"/>
        <source>a guiding principle</source>
        <translation type="unfinished">un principio rector</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="21"/>
        <source>an objective</source>
        <translation type="unfinished">un objetivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="22"/>
        <source>an action</source>
        <translation type="unfinished">una acción</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="32"/>
        <source>Priority {number} {title}</source>
        <translation type="unfinished">Prioridad {number} {title}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="34"/>
        <source>Priority {number}</source>
        <translation type="unfinished">Prioridad {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="108"/>
        <source>The logo {logo} is outside the brief&apos;s folder. Copy the image into the folder where the brief is saved (or a folder inside it) and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} está fuera de la carpeta del documento. Copie la imagen en la carpeta donde está guardado el documento (o en una subcarpeta) y vuelva a elegirla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="137"/>
        <source>The logo will be looked for next to the brief file: save the brief in the folder that holds the logo so it can be checked and shown.</source>
        <translation type="unfinished">El logotipo se buscará junto al archivo del documento: guarde el documento en la carpeta que contiene el logotipo para que pueda comprobarse y mostrarse.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="200"/>
        <source>The logo {logo} is not an ordinary file (it is a device, a pipe or a socket), so it is not read. Choose an image file.</source>
        <translation type="unfinished">El logotipo {logo} no es un archivo normal (es un dispositivo, una tubería o un socket), así que no se lee. Elija un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="222"/>
        <source>The logo file {logo} was not found in the brief&apos;s folder. Choose the image again in the organisation step.</source>
        <translation type="unfinished">No se encontró el archivo del logotipo {logo} en la carpeta del documento. Vuelva a elegir la imagen en el paso «Organización».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="295"/>
        <source>The logo {logo} is a picture of {width} × {height} pixels, too large to print (the limit is 50 million pixels). Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} es una imagen de {width} × {height} píxeles, demasiado grande para imprimirla (el límite es de 50 millones de píxeles). Guarde una versión más pequeña (un logotipo rara vez necesita más de 1000 píxeles de ancho) y vuelva a elegirla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="377"/>
        <source>The logo {logo} is an SVG file that declares entities or a document type of its own, which BriefWriter does not read. Export it again as plain SVG (or as a PNG) and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} es un archivo SVG que declara entidades o un tipo de documento propios, que BriefWriter no lee. Vuelva a exportarlo como SVG simple (o como PNG) y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="396"/>
        <source>The logo {logo} is an SVG file with a script or web content in it (&lt;{element}&gt;), which is not printed. Export it again without it (or as a PNG) and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} es un archivo SVG que contiene un script o contenido web (&lt;{element}&gt;), que no se imprime. Vuelva a exportarlo sin ese contenido (o como PNG) y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="414"/>
        <source>The logo {logo} is an SVG file that uses another file or a web address ({href}); a logo must carry everything it shows. Export it again with its pictures embedded (or as a PNG) and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} es un archivo SVG que usa otro archivo o una dirección web ({href}); un logotipo debe contener todo lo que muestra. Vuelva a exportarlo con sus imágenes incrustadas (o como PNG) y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="441"/>
        <source>The logo {logo} is an SVG file that cannot be read: {reason} (line {line}). Export it again and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} es un archivo SVG que no se puede leer: {reason} (línea {line}). Vuelva a exportarlo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="451"/>
        <source>The logo {logo} is an SVG drawing too complex to print: with its copies (&lt;use&gt;) drawn out it has about {shapes} shapes, and at most {limit} can be printed. Simplify it or export it as a PNG and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} es un dibujo SVG demasiado complejo para imprimirlo: con sus copias (&lt;use&gt;) desarrolladas tiene unas {shapes} formas, y se pueden imprimir como máximo {limit}. Simplifíquelo o expórtelo como PNG y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="487"/>
        <source>The logo {logo} is an SVG file in which a copy (&lt;use&gt;) contains itself, so it can never be drawn. Export it again and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} es un archivo SVG en el que una copia (&lt;use&gt;) se contiene a sí misma, así que nunca se puede dibujar. Vuelva a exportarlo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="196"/>
        <source>The logo {logo} is a folder.</source>
        <translation type="unfinished">El logotipo {logo} es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="163"/>
        <source>The logo {logo} cannot be read: {reason}.</source>
        <translation type="unfinished">No se puede leer el logotipo {logo}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="171"/>
        <source>The logo is {size} MB; the limit is 5 MB. Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">El logotipo ocupa {size} MB; el límite es de 5 MB. Guarde una versión más pequeña (un logotipo rara vez necesita más de 1000 píxeles de ancho) y vuelva a elegirla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="183"/>
        <source>The logo {logo} is not a PNG, JPEG or SVG image (whatever its name says). Export the logo in one of those formats and choose it again.</source>
        <translation type="unfinished">El logotipo {logo} no es una imagen PNG, JPEG o SVG (diga lo que diga su nombre). Exporte el logotipo en uno de esos formatos y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="57"/>
        <source>it names {citation}, which is not {kind}</source>
        <translation type="unfinished">designa {citation}, que no es {kind}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="65"/>
        <source>{name} links to {ref}, which is not in the GCM: {reason}. Remove it, or pick the right item in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}: el vínculo {ref} no figura en el Pacto Mundial: {reason}. Quítelo o elija el elemento correcto en el paso «Vínculo con el Pacto Mundial».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="87"/>
        <source>The PDF marks this wording.</source>
        <translation type="unfinished">El PDF señala esta redacción.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="89"/>
        <source>Marking it in the PDF is turned off in the look settings.</source>
        <translation type="unfinished">Su señalización en el PDF está desactivada en los ajustes de aspecto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="94"/>
        <source>The GCM item this brief links ({items}) uses wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">El elemento del Pacto Mundial vinculado a este documento ({items}) usa una redacción que aún no se ha cotejado palabra por palabra con la resolución final (A/RES/73/195). {marked} Compárela con el texto oficial antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="101"/>
        <source>All {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">Los {total} elementos del Pacto Mundial vinculados a este documento ({items}) usan todos una redacción que aún no se ha cotejado palabra por palabra con la resolución final (A/RES/73/195). {marked} Compárela con el texto oficial antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="108"/>
        <source>{count} of the {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">{count} de los {total} elementos del Pacto Mundial vinculados a este documento ({items}) usan una redacción que aún no se ha cotejado palabra por palabra con la resolución final (A/RES/73/195). {marked} Compárela con el texto oficial antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="79"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion. Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}: el valor {value} parece una sugerencia mal escrita. Vuelva a elegirla en la lista o escríbala con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="85"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion: did you mean {suggestion}? Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}: el valor {value} parece una sugerencia mal escrita. ¿Quería decir {suggestion}? Vuelva a elegirla en la lista o escríbala con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="120"/>
        <source>The brief has no title yet: give it one.</source>
        <translation type="unfinished">El documento todavía no tiene título: póngale uno.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="129"/>
        <source>Your organisation&apos;s name is missing: add it in the organisation step so readers know who is speaking.</source>
        <translation type="unfinished">Falta el nombre de su organización: añádalo en el paso «Organización» para que quienes lean sepan quién habla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="140"/>
        <source>The process</source>
        <translation type="unfinished">Proceso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="144"/>
        <location filename="../../briefwriter/core/check_text.py" line="253"/>
        <source>Audience {number}</source>
        <translation type="unfinished">Público {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="151"/>
        <source>The brief has no summary yet: say in two or three sentences what you ask for and why.</source>
        <translation type="unfinished">El documento todavía no tiene resumen: diga en dos o tres frases qué pide y por qué.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Arabic</source>
        <translation type="unfinished">árabe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Chinese</source>
        <translation type="unfinished">chino</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>French</source>
        <translation type="unfinished">francés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>Russian</source>
        <translation type="unfinished">ruso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="132"/>
        <source>Spanish</source>
        <translation type="unfinished">español</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="146"/>
        <source>This brief is in {language} but quotes the English text of the GCM, and the paper says so. To quote the official {language} text, import it: Help ▸ Check the GCM Text Against the Official Document…</source>
        <translation type="unfinished">Este documento está en {language} pero cita el texto en inglés del Pacto Mundial, y el documento lo indica. Para citar el texto oficial en {language}, impórtelo: Ayuda ▸ Cotejar el texto del Pacto Mundial con el documento oficial…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="156"/>
        <source>The GCM has no official edition in this brief&apos;s language: the paper quotes its English text and says so.</source>
        <translation type="unfinished">El Pacto Mundial no tiene edición oficial en el idioma de este documento: el documento cita su texto en inglés y lo indica.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="175"/>
        <source>BriefWriter does not hold the whole text of {items}: the PDF cites it and says “Text not included: see A/RES/73/195” instead of quoting it.</source>
        <translation type="unfinished">BriefWriter no dispone del texto completo de {items}: el PDF lo cita y muestra «Texto no incluido: véase A/RES/73/195» en lugar de reproducirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="67"/>
        <source>The title is {count} characters long; over {limit} it no longer fits the cover. Shorten it and move the rest to the subtitle.</source>
        <translation type="unfinished">El título tiene {count} caracteres; con más de {limit} ya no cabe en la portada. Acórtelo y pase el resto al subtítulo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="75"/>
        <source>The subtitle is {count} characters long; over {limit} it crowds the cover. Shorten it and move the detail to the summary.</source>
        <translation type="unfinished">El subtítulo tiene {count} caracteres; con más de {limit} sobrecarga la portada. Acórtelo y pase los detalles al resumen.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="84"/>
        <source>Your organisation&apos;s name is {count} characters long; over {limit} it does not fit where the paper names you. Use the name you are known by and say more in the description.</source>
        <translation type="unfinished">El nombre de su organización tiene {count} caracteres; con más de {limit} no cabe donde el documento la nombra. Use el nombre por el que se les conoce y explique más en la descripción.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="93"/>
        <source>The summary is {count} characters long; over {limit} it is no longer a summary. Keep it to a few sentences and move the detail into the priorities.</source>
        <translation type="unfinished">El resumen tiene {count} caracteres; con más de {limit} ya no es un resumen. Limítelo a unas pocas frases y pase los detalles a las prioridades.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="103"/>
        <source>The heading of section {number} is {count} characters long; over {limit} it is no longer a heading. Shorten it and begin the section&apos;s text with the rest.</source>
        <translation type="unfinished">El título de la sección {number} tiene {count} caracteres; con más de {limit} ya no es un título. Acórtelo y empiece el texto de la sección con el resto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="116"/>
        <source>The title of priority {number} is {count} characters long; over {limit} it is no longer a short name. Shorten it and move the rest to its description.</source>
        <translation type="unfinished">El título de la prioridad {number} tiene {count} caracteres; con más de {limit} ya no es un nombre breve. Acórtelo y pase el resto a su descripción.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="126"/>
        <source>The description of {name} is {count} characters long; over {limit} readers skim it. Cut it down, or move the detail into its evidence or a section of your own.</source>
        <translation type="unfinished">La descripción de {name} tiene {count} caracteres; con más de {limit} los lectores la leen en diagonal. Redúzcala o pase los detalles a sus pruebas o a una sección propia.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="137"/>
        <source>Key message {number} is {count} characters long; over {limit} readers no longer take it in at a glance. Keep it to a sentence or two.</source>
        <translation type="unfinished">El mensaje clave {number} tiene {count} caracteres; con más de {limit} los lectores ya no lo captan de un vistazo. Limítelo a una o dos frases.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="148"/>
        <source>Recommendation {number} is {count} characters long; over {limit} it asks for too much at once. Split it into several recommendations.</source>
        <translation type="unfinished">La recomendación {number} tiene {count} caracteres; con más de {limit} pide demasiado a la vez. Divídala en varias recomendaciones.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="244"/>
        <source>The title</source>
        <translation type="unfinished">El título</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="245"/>
        <source>The subtitle</source>
        <translation type="unfinished">El subtítulo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="246"/>
        <source>The summary</source>
        <translation type="unfinished">El resumen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="247"/>
        <source>Your organisation&apos;s details</source>
        <translation type="unfinished">Los datos de su organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="248"/>
        <source>The occasion</source>
        <translation type="unfinished">El contexto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="249"/>
        <source>Your headings</source>
        <translation type="unfinished">Sus títulos de sección</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="250"/>
        <source>The oral statement</source>
        <translation type="unfinished">La declaración oral</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="255"/>
        <source>Key message {number}</source>
        <translation type="unfinished">Mensaje clave {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="256"/>
        <source>Recommendation {number}</source>
        <translation type="unfinished">Recomendación {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="257"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="41"/>
        <source>Pledge {number}</source>
        <translation type="unfinished">Compromiso {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="258"/>
        <location filename="../../briefwriter/core/checks_coalition.py" line="24"/>
        <source>Co-signatory {number}</source>
        <translation type="unfinished">Cofirmante {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="275"/>
        <source>The field {field}</source>
        <translation type="unfinished">El campo {field}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="287"/>
        <source>{name}: a character no font can print: {characters}. It would come out as an empty box: replace it, or install a font that has it.</source>
        <translation type="unfinished">{name}: un carácter que ninguna fuente puede imprimir: {characters}. Saldría como un recuadro vacío: sustitúyalo o instale una fuente que lo contenga.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="293"/>
        <source>{name}: {count} characters no font can print: {characters}. They would come out as empty boxes: replace them, or install a font that has them.</source>
        <translation type="unfinished">{name}: {count} caracteres que ninguna fuente puede imprimir: {characters}. Saldrían como recuadros vacíos: sustitúyalos o instale una fuente que los contenga.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="188"/>
        <source>The brief has no priorities yet: add at least one, in your own words or from the suggestions.</source>
        <translation type="unfinished">El documento todavía no tiene prioridades: añada al menos una, con sus propias palabras o a partir de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="203"/>
        <source>{name} has no title yet: give it a short name, such as “Ending lethal disregard”.</source>
        <translation type="unfinished">{name}: todavía no tiene título. Póngale un nombre breve, como «Poner fin a la indiferencia letal».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="216"/>
        <source>{name} has no description yet: say in a few sentences what the problem is and what should change.</source>
        <translation type="unfinished">{name}: todavía no tiene descripción. Diga en pocas frases cuál es el problema y qué debe cambiar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="229"/>
        <source>{name} is not linked to the GCM yet: link it to at least one objective or action in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}: todavía sin vínculo con el Pacto Mundial. Vincúlela al menos a un objetivo o una acción en el paso «Vínculo con el Pacto Mundial».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="248"/>
        <location filename="../../briefwriter/core/checks_safety.py" line="75"/>
        <source>Evidence {number} of {owner}</source>
        <translation type="unfinished">Prueba {number} ({owner})</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="256"/>
        <location filename="../../briefwriter/core/check_text.py" line="218"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="99"/>
        <source>{name} is empty: fill it in or remove it.</source>
        <translation type="unfinished">{name}: vacía. Complétela o elimínela.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="266"/>
        <source>{name} has a source but no text: write the fact or finding it supports.</source>
        <translation type="unfinished">{name}: tiene fuente pero no texto. Escriba el hecho o el hallazgo que respalda.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="279"/>
        <source>{name} has no source: say who published it, the title and the year, so readers can check it.</source>
        <translation type="unfinished">{name}: no tiene fuente. Indique quién la publicó, el título y el año, para que quienes lean puedan comprobarla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="295"/>
        <source>{name} has the link {url}, which is not a web address: write the full address starting with https://, e.g. {example}.</source>
        <translation type="unfinished">{name}: el enlace {url} no es una dirección web. Escriba la dirección completa que empieza por https://, p. ej., {example}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="309"/>
        <source>who should act</source>
        <translation type="unfinished">quién debe actuar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="310"/>
        <source>what they should do</source>
        <translation type="unfinished">qué debe hacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="311"/>
        <source>by when</source>
        <translation type="unfinished">para cuándo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="319"/>
        <location filename="../../briefwriter/core/check_text.py" line="254"/>
        <source>Aim {number}</source>
        <translation type="unfinished">Propósito {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="322"/>
        <source>Aim {number} {label}</source>
        <translation type="unfinished">Propósito {number} {label}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="329"/>
        <source>{name} is empty: choose an aim from the list or write your own.</source>
        <translation type="unfinished">{name}: vacío. Elija un propósito de la lista o escriba el suyo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="341"/>
        <source>{name} has no concrete ask yet: say {parts}.</source>
        <translation type="unfinished">{name}: todavía no tiene una petición concreta. Indique {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="343"/>
        <source>{name} needs a complete ask: say {parts}.</source>
        <translation type="unfinished">{name}: petición incompleta. Indique {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="360"/>
        <source>The two-page brief leads with your key messages, and there are none yet: add two or three.</source>
        <translation type="unfinished">La nota de dos páginas empieza con sus mensajes clave, y todavía no hay ninguno: añada dos o tres.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="374"/>
        <source>Recommendation {number} is empty: fill it in or remove it.</source>
        <translation type="unfinished">La recomendación {number} está vacía: complétela o elimínela.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="385"/>
        <source>Recommendation {number} {text} has no addressee: say who should act on it (for example “Member States”).</source>
        <translation type="unfinished">La recomendación {number} {text} no tiene destinatario: diga quién debe actuar (por ejemplo, «Estados Miembros»).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="399"/>
        <source>Recommendation {number} to {addressee} has no text yet.</source>
        <translation type="unfinished">La recomendación {number} dirigida a {addressee} todavía no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="420"/>
        <source>about {duration} to deliver ({words} words at {wpm} words a minute), over its time limit of {limit}</source>
        <translation type="unfinished">unos {duration} de lectura ({words} palabras a {wpm} palabras por minuto), por encima de su límite de {limit}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="431"/>
        <source>The statement takes {timing}: cut about {cut} words.</source>
        <translation type="unfinished">La declaración requiere {timing}: recorte unas {cut} palabras.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="435"/>
        <source>The statement composed from your summary, key messages and asks takes {timing}: write a shorter statement in the statement step, or cut about {cut} words from those parts.</source>
        <translation type="unfinished">La declaración compuesta a partir de su resumen, sus mensajes clave y sus peticiones requiere {timing}: escriba una declaración más breve en el campo de la declaración oral, o recorte unas {cut} palabras de esas partes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="188"/>
        <source>The publication date {date} does not exist in the calendar: correct it, or leave it empty to print no date.</source>
        <translation type="unfinished">La fecha de publicación {date} no existe en el calendario: corríjala o deje el campo vacío para no imprimir ninguna fecha.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="194"/>
        <source>The publication date {date} is not a date: write it as 2026-05-12, or leave it empty to print no date.</source>
        <translation type="unfinished">La fecha de publicación {date} no es una fecha: escríbala con el formato 2026-05-12 o deje el campo vacío para no imprimir ninguna fecha.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="204"/>
        <source>Your section {number} {heading}</source>
        <translation type="unfinished">Su sección {number} {heading}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="206"/>
        <source>Your section {number}</source>
        <translation type="unfinished">Su sección {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="223"/>
        <source>{name} has text but no heading: give it one, so readers can find it.</source>
        <translation type="unfinished">{name} tiene texto, pero no título: póngale uno para que quienes lean puedan encontrarla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="231"/>
        <source>{name} has a heading but no text yet.</source>
        <translation type="unfinished">{name} tiene título, pero todavía no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="57"/>
        <source>{a} and {b}</source>
        <translation type="unfinished">{a} y {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="58"/>
        <source>{a}, {b}</source>
        <translation type="unfinished">{a}, {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="134"/>
        <source>The field {field} has tables with {rows} rows (the row past the limit is on line {line} of its text); at most {limit} fit in one field, so its tables are printed as plain lines of text. Shorten the table or split it across fields.</source>
        <translation type="unfinished">El campo {field} tiene tablas de {rows} filas (la fila que supera el límite está en la línea {line} de su texto); un campo admite como máximo {limit}, así que sus tablas se imprimen como simples líneas de texto. Acorte la tabla o repártala entre varios campos.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="156"/>
        <source>The field {field} has footnotes inside footnotes {depth} deep (from line {line} of its text); at most {limit} levels can be printed, so this text is printed as plain text, without its formatting or notes. Take the inner notes out of the outer ones.</source>
        <translation type="unfinished">El campo {field} tiene notas dentro de notas con {depth} niveles (desde la línea {line} de su texto); se pueden imprimir como máximo {limit} niveles, así que este texto se imprime tal cual, sin formato ni notas. Saque las notas interiores de las exteriores.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="170"/>
        <source>The field {field} has {count} footnotes (the note past the limit is on line {line} of its text); at most {limit} fit in one field, so this text is printed as plain text, without its formatting or notes. Cut some notes or move sources into the evidence of a priority.</source>
        <translation type="unfinished">El campo {field} tiene {count} notas (la que supera el límite está en la línea {line} de su texto); un campo admite como máximo {limit}, así que este texto se imprime tal cual, sin formato ni notas. Elimine algunas notas o pase las fuentes a las pruebas de una prioridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="366"/>
        <source>key message {numbers}</source>
        <translation type="unfinished">mensaje clave {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="367"/>
        <source>key messages {numbers}</source>
        <translation type="unfinished">mensajes clave {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="370"/>
        <source>the ask of aim {numbers}</source>
        <translation type="unfinished">la petición del propósito {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="371"/>
        <source>the asks of aims {numbers}</source>
        <translation type="unfinished">las peticiones de los propósitos {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="374"/>
        <source>{a}; {b}</source>
        <translation type="unfinished">{a}; {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="405"/>
        <source>The suggested statement is in English: BriefWriter cannot yet compose one in {language}. Translate it or write your own.</source>
        <translation type="unfinished">La declaración propuesta está en inglés: BriefWriter todavía no puede redactar una en {language}. Tradúzcala o escriba la suya.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="444"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over the time limit of {limit}.</source>
        <translation type="unfinished">La declaración propuesta duraría {duration} ({words} palabras a 130 palabras por minuto): {over} palabras ({over_time}) por encima del límite de {limit}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="449"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over {limit}, the usual limit when none is set.</source>
        <translation type="unfinished">La declaración propuesta duraría {duration} ({words} palabras a 130 palabras por minuto): {over} palabras ({over_time}) por encima de {limit}, el límite habitual cuando no se fija ninguno.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="456"/>
        <source>Left out to fit: {parts}.</source>
        <translation type="unfinished">Para ajustarse al límite, la declaración omite: {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="459"/>
        <source>It is still {over} words over: shorten the first key message or the first ask, or edit the draft.</source>
        <translation type="unfinished">La declaración aún supera el límite en {over} palabras: acorte el primer mensaje clave o la primera petición, o edite el borrador.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="22"/>
        <source>Co-signatory {number} {name}</source>
        <translation type="unfinished">Cofirmante {number} {name}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="37"/>
        <source>{name}: no consent recorded. Note when and how they agreed to sign (an e-mail from the director, a signed form) before the paper goes out.</source>
        <translation type="unfinished">{name}: no se ha registrado el consentimiento. Anote cuándo y cómo aceptó firmar (un correo electrónico de la dirección, un formulario firmado) antes de que se difunda el documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="45"/>
        <source>{name}: when was consent given? Add the date.</source>
        <translation type="unfinished">{name}: ¿cuándo se dio el consentimiento? Añada la fecha.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="50"/>
        <source>{name}: how was consent given? Say how (an e-mail, a form).</source>
        <translation type="unfinished">{name}: ¿cómo se dio el consentimiento? Indique la forma (un correo electrónico, un formulario).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="59"/>
        <source>{name}: {problem}</source>
        <translation type="unfinished">{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="23"/>
        <source>{name} does not say what will be done: describe the action.</source>
        <translation type="unfinished">{name}: no indica qué se hará. Describa la acción.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="25"/>
        <source>{name} has no one responsible: say who will do it (a unit, a partner).</source>
        <translation type="unfinished">{name}: no tiene responsable. Indique quién lo llevará a cabo (una unidad, un socio).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="27"/>
        <source>{name} has no GCM objective: tick the objectives it serves.</source>
        <translation type="unfinished">{name}: no tiene ningún objetivo del Pacto Mundial. Marque los objetivos a los que contribuye.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="29"/>
        <source>{name} has no indicator: say how progress will be measured.</source>
        <translation type="unfinished">{name}: no tiene indicador. Indique cómo se medirán los avances.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="31"/>
        <source>{name} has no measurable target: say what will have been reached, in numbers where you can.</source>
        <translation type="unfinished">{name}: no tiene una meta medible. Indique qué se habrá logrado, con cifras siempre que pueda.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="34"/>
        <source>{name} has no deadline: say by when it will be done (2027-12-31, 2027-12 or 2027).</source>
        <translation type="unfinished">{name}: no tiene fecha límite. Indique para cuándo estará hecho (2027-12-31, 2027-12 o 2027).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="69"/>
        <source>The deadline of {name}, {date}, does not exist in the calendar: correct it.</source>
        <translation type="unfinished">La fecha límite de {name}, {date}, no existe en el calendario: corríjala.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="73"/>
        <source>The deadline of {name}, {date}, is not a date: write it as 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">La fecha límite de {name}, {date}, no es una fecha: escríbala como 2027-12-31, 2027-12 o 2027, para que se puedan comprobar los avances.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="79"/>
        <source>The deadline of {name}, {date}, has already passed: give a date still to come.</source>
        <translation type="unfinished">La fecha límite de {name}, {date}, ya ha pasado: indique una fecha futura.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="84"/>
        <source>The deadline of {name}, {date}, comes before the occasion ({occasion}) where it is announced: give a later date.</source>
        <translation type="unfinished">La fecha límite de {name}, {date}, es anterior al evento ({occasion}) en el que se anuncia: indique una fecha posterior.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="108"/>
        <source>{name} has a target but no baseline: say where things stand now, so that the change can be measured.</source>
        <translation type="unfinished">{name}: tiene meta, pero no línea de base. Indique la situación actual, para que se pueda medir el cambio.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="117"/>
        <source>met</source>
        <translation type="unfinished">cumplido</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="118"/>
        <source>partly met</source>
        <translation type="unfinished">cumplido en parte</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="125"/>
        <source>Follow-up item {number} {text}</source>
        <translation type="unfinished">Elemento de seguimiento {number} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="127"/>
        <source>Follow-up item {number}</source>
        <translation type="unfinished">Elemento de seguimiento {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="137"/>
        <source>{name} has no outcome yet: say whether it was met, partly met or not met.</source>
        <translation type="unfinished">{name}: todavía no tiene resultado. Indique si se cumplió, se cumplió en parte o no se cumplió.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="142"/>
        <source>{name} is marked {status} but has no evidence: say what happened, with a source.</source>
        <translation type="unfinished">{name}: marcado como «{status}», pero sin pruebas. Diga qué ocurrió, con una fuente.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="53"/>
        <source>your organisation&apos;s name</source>
        <translation type="unfinished">el nombre de su organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="54"/>
        <source>an e-mail address</source>
        <translation type="unfinished">una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="55"/>
        <source>a phone number</source>
        <translation type="unfinished">un número de teléfono</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="56"/>
        <source>your organisation&apos;s web address</source>
        <translation type="unfinished">la dirección web de su organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="99"/>
        <source>Safety mode: the speaker {name} is a personal name, printed with the statement. Give a role instead (“our representative”), or leave it empty.</source>
        <translation type="unfinished">Modo de seguridad: el orador u oradora {name} es un nombre de persona, que se imprime con la declaración. Indique un cargo en su lugar («representante de la organización») o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="107"/>
        <source>Safety mode: co-signatory {number} {name} signs as an individual, so the paper prints a personal name. Make sure they agreed to be named, or leave them out.</source>
        <translation type="unfinished">Modo de seguridad: el cofirmante {number} {name} firma a título individual, así que el documento imprime un nombre de persona. Asegúrese de que aceptó figurar con su nombre o quítelo de la lista.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="114"/>
        <source>Safety mode: the contact person {name} is a personal name and is printed on the paper. Leave contact details out (Organisation step, Safety mode), or give a role instead of a name.</source>
        <translation type="unfinished">Modo de seguridad: la persona de contacto {name} es un nombre de persona y se imprime en el documento. Omita los datos de contacto (paso «Organización», Modo de seguridad) o indique un cargo en lugar de un nombre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="121"/>
        <source>Safety mode: the contact person {name} is a personal name. It is left out of the exported paper, but anyone you send the brief file to can read it: clear it before you share the file.</source>
        <translation type="unfinished">Modo de seguridad: la persona de contacto {name} es un nombre de persona. Se omite en el documento exportado, pero cualquier persona a la que envíe el archivo del documento puede leerlo: bórrelo antes de compartir el archivo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="138"/>
        <source>{field} names {names}, a person the brief names elsewhere (as a contact person, speaker or co-signatory); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field} menciona a {names}, una persona que el documento nombra en otra parte (como persona de contacto, orador u oradora o cofirmante); con el modo de seguridad activado, omita el nombre o indique un cargo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="150"/>
        <source>{field} seems to name a person: {names} (a title such as Ms or Dr before a name, or “my name is”); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field} parece nombrar a una persona: {names} (un tratamiento como Sra. o Dr. delante de un nombre, o «me llamo»); con el modo de seguridad activado, omita el nombre o indique un cargo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="160"/>
        <source>{what} {text}</source>
        <translation type="unfinished">{what} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="165"/>
        <source>{field} holds {what}, which can tell readers who wrote the paper; with safety mode on, leave it out or write “our organisation”.</source>
        <translation type="unfinished">{field} contiene {what}, que puede revelar a quienes lean quién escribió el documento; con el modo de seguridad activado, omítalo o escriba «nuestra organización».</translation>
    </message>
</context>
<context>
    <name>ChoosePackDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="276"/>
        <source>Export template pack</source>
        <translation type="unfinished">Exportar paquete de plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="279"/>
        <source>Template to export</source>
        <translation type="unfinished">Plantilla que se va a exportar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="285"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">&amp;Plantilla:</translation>
    </message>
</context>
<context>
    <name>CoalitionDialog</name>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="72"/>
        <source>Priorities</source>
        <translation type="unfinished">Prioridades</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="73"/>
        <source>Asks</source>
        <translation type="unfinished">Peticiones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="74"/>
        <source>Evidence</source>
        <translation type="unfinished">Prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="75"/>
        <source>Recommendations</source>
        <translation type="unfinished">Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="76"/>
        <source>Co-signatories</source>
        <translation type="unfinished">Cofirmantes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="91"/>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="345"/>
        <source>Import from a Partner&apos;s Brief</source>
        <extracomment>the merge was applied (the number of items that came in)</extracomment>
        <translation type="unfinished">Importar del documento de un socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="99"/>
        <source>From “%1” (%2). Check what to bring into your brief. Items already in your brief are shown beside yours: keep yours, take theirs, or keep both.</source>
        <translation type="unfinished">De «%1» (%2). Compruebe qué quiere incorporar a su documento. Los elementos que ya están en su documento aparecen junto a su versión: conserve su versión, tome la de su socio o conserve ambas.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>From your partner</source>
        <translation type="unfinished">De su socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>Already in your brief</source>
        <translation type="unfinished">Ya en su documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="106"/>
        <source>What to do</source>
        <translation type="unfinished">Qué hacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="107"/>
        <source>Items from your partner&apos;s brief</source>
        <translation type="unfinished">Elementos del documento de su socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="116"/>
        <source>&amp;Items:</source>
        <translation type="unfinished">&amp;Elementos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>&amp;Yours:</source>
        <translation type="unfinished">Su &amp;versión:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>Yours</source>
        <translation type="unfinished">Su versión</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="125"/>
        <source>Your &amp;partner&apos;s:</source>
        <translation type="unfinished">Versión de su &amp;socio:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="126"/>
        <source>Your partner&apos;s</source>
        <translation type="unfinished">Versión de su socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="136"/>
        <source>Worth a look in the partner&apos;s file: %1</source>
        <translation type="unfinished">Conviene revisar en el archivo del socio: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="139"/>
        <source>&amp;Merge</source>
        <translation type="unfinished">Co&amp;mbinar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="156"/>
        <source>The partner&apos;s brief holds nothing to import.</source>
        <translation type="unfinished">El documento del socio no contiene nada que importar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="167"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="168"/>
        <source>%1 already in your brief</source>
        <translation type="unfinished">%1 ya en su documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="169"/>
        <source>none in your brief</source>
        <translation type="unfinished">ninguno en su documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="182"/>
        <source>%1 (similar)</source>
        <translation type="unfinished">%1 (similar)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="183"/>
        <source>not in your brief</source>
        <translation type="unfinished">no figura en su documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="185"/>
        <source>Add</source>
        <translation type="unfinished">Añadir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="197"/>
        <source>Priority for the evidence “%1”</source>
        <translation type="unfinished">Prioridad para la prueba «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="206"/>
        <source>What to do with “%1”</source>
        <translation type="unfinished">Qué hacer con «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="207"/>
        <source>Keep ours</source>
        <translation type="unfinished">Conservar nuestra versión</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="208"/>
        <source>Take theirs</source>
        <translation type="unfinished">Tomar la del socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="209"/>
        <source>Keep both</source>
        <translation type="unfinished">Conservar ambas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>Under: %1</source>
        <translation type="unfinished">En: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>priority %1</source>
        <translation type="unfinished">prioridad %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="222"/>
        <source>Under: %1 (theirs, if merged)</source>
        <translation type="unfinished">En: %1 (del socio, si se combina)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="253"/>
        <source>(not in your brief)</source>
        <translation type="unfinished">(no figura en su documento)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="278"/>
        <source>Not Everything Can Be Merged</source>
        <translation type="unfinished">No se puede combinar todo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="291"/>
        <source>Logos Left Out</source>
        <translation type="unfinished">Logotipos omitidos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="297"/>
        <source>Not Merged</source>
        <translation type="unfinished">No se realizó la combinación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="304"/>
        <source>Import from partner&apos;s brief</source>
        <translation type="unfinished">Importación del documento de un socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="331"/>
        <source>save your brief first, then add the logo on the Co-signatories step</source>
        <translation type="unfinished">guarde primero su documento y después añada el logotipo en el paso «Cofirmantes»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="337"/>
        <source>The logo of %1 was left out: %2</source>
        <translation type="unfinished">Se omitió el logotipo de %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="362"/>
        <source>Could Not Read the Partner&apos;s Brief</source>
        <translation type="unfinished">No se pudo leer el documento del socio</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="59"/>
        <source>File text</source>
        <translation type="unfinished">Texto del archivo</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="46"/>
        <source>Continue for the Next Review</source>
        <translation type="unfinished">Continuar para el próximo examen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="62"/>
        <source>Start the brief for the next review from this one. This brief and its file stay as they are.</source>
        <translation type="unfinished">Empiece el documento para el próximo examen a partir de este. Este documento y su archivo no cambian.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="66"/>
        <source>&amp;Next review:</source>
        <translation type="unfinished">&amp;Próximo examen:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="69"/>
        <source>Carried over: your organisation, priorities with their GCM links and evidence, audience, language, template and look, your own sections and headings, and the safety settings.</source>
        <translation type="unfinished">Se trasladan: su organización, las prioridades con sus vínculos con el Pacto Mundial y sus pruebas, el público, el idioma, la plantilla y el aspecto, sus propias secciones y títulos, y los ajustes de seguridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="73"/>
        <source>Your asks and pledges become the list “Since the last review”, where you record what happened to each. This paper is kept in the new brief&apos;s history.</source>
        <translation type="unfinished">Sus peticiones y compromisos pasan a la lista «Desde el último examen», donde anotará qué ocurrió con cada uno. Este documento se conserva en el historial del nuevo documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="76"/>
        <source>Starting anew: title, summary, key messages, recommendations, asks, pledges, co-signatories and the oral statement.</source>
        <translation type="unfinished">Empiezan de cero: el título, el resumen, los mensajes clave, las recomendaciones, las peticiones, los compromisos, los cofirmantes y la declaración oral.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="82"/>
        <source>&amp;Continue</source>
        <translation type="unfinished">&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>CosignatoriesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="18"/>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="72"/>
        <source>Co-signatories</source>
        <translation type="unfinished">Cofirmantes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="19"/>
        <source>List the organisations that sign the paper with you.</source>
        <translation type="unfinished">Indique las organizaciones que firman el documento con usted.</translation>
    </message>
</context>
<context>
    <name>CosignatoryEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="46"/>
        <source>The logo of %1 was left out: save the brief first, then add the partner&apos;s profile again.</source>
        <translation type="unfinished">Se omitió el logotipo de %1: guarde primero el documento y después vuelva a añadir el perfil del socio.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="69"/>
        <source>Co-signatory kind</source>
        <translation type="unfinished">Tipo de cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Individual</source>
        <translation type="unfinished">Persona a título individual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="72"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="73"/>
        <source>Co-signatory name</source>
        <translation type="unfinished">Nombre del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="75"/>
        <source>Co-signatory country</source>
        <translation type="unfinished">País del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="76"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">&amp;País:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="79"/>
        <source>Co-signatory contact person</source>
        <translation type="unfinished">Persona de contacto del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="80"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">Persona de c&amp;ontacto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="81"/>
        <source>Co-signatory e-mail</source>
        <translation type="unfinished">Correo electrónico del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="82"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="83"/>
        <source>Co-signatory phone</source>
        <translation type="unfinished">Teléfono del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="84"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">Telé&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="85"/>
        <source>Co-signatory website</source>
        <translation type="unfinished">Sitio web del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="87"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">Sitio &amp;web:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="88"/>
        <source>Co-signatory postal address</source>
        <translation type="unfinished">Dirección postal del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="89"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">Di&amp;rección:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="90"/>
        <source>Contact</source>
        <translation type="unfinished">Contacto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="93"/>
        <source>Date consent was given</source>
        <translation type="unfinished">Fecha en que se dio el consentimiento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="95"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="96"/>
        <source>How consent was given</source>
        <translation type="unfinished">Forma en que se dio el consentimiento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="97"/>
        <source>e.g. e-mail from the director, signed form</source>
        <translation type="unfinished">p. ej., correo electrónico de la dirección, formulario firmado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="98"/>
        <source>H&amp;ow:</source>
        <translation type="unfinished">Có&amp;mo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="100"/>
        <source>Your own record that they agreed to sign this paper. It is never printed.</source>
        <translation type="unfinished">Su propio registro de que aceptaron firmar este documento. Nunca se imprime.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="101"/>
        <source>Consent</source>
        <translation type="unfinished">Consentimiento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="106"/>
        <source>Logo (optional)</source>
        <translation type="unfinished">Logotipo (opcional)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>Co-si&amp;gnatories:</source>
        <translation type="unfinished">&amp;Cofirmantes:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>&amp;Add co-signatory</source>
        <translation type="unfinished">Aña&amp;dir cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>No co-signatories yet.</source>
        <translation type="unfinished">Todavía no hay cofirmantes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>co-signatory</source>
        <translation type="unfinished">el cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="116"/>
        <source>Add from a partner&apos;s pro&amp;file…</source>
        <translation type="unfinished">Añadir desde el p&amp;erfil de un socio…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="118"/>
        <source>Add a partner from the organisation profile file they sent you (.orgprofile)</source>
        <translation type="unfinished">Añadir un socio a partir del archivo de perfil de la organización que le envió (.orgprofile)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="126"/>
        <source>(no name)</source>
        <translation type="unfinished">(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="133"/>
        <source>Consent: %1</source>
        <translation type="unfinished">Consentimiento: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="136"/>
        <source>No consent recorded yet</source>
        <translation type="unfinished">Todavía no se ha registrado el consentimiento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="163"/>
        <source>Add from a Partner&apos;s Profile</source>
        <translation type="unfinished">Añadir desde el perfil de un socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="165"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">Perfiles de organización (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="179"/>
        <source>Add co-signatory from profile</source>
        <translation type="unfinished">Añadido de un cofirmante desde un perfil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="181"/>
        <source>Logo Not Added</source>
        <translation type="unfinished">Logotipo no añadido</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="186"/>
        <source>The partner&apos;s profile cannot be used</source>
        <translation type="unfinished">No se puede usar el perfil del socio</translation>
    </message>
</context>
<context>
    <name>DesktopOffer</name>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="35"/>
        <source>BriefWriter is now in your applications menu, with its icon, and double-clicking a brief opens it in BriefWriter.</source>
        <translation type="unfinished">BriefWriter ya está en el menú de aplicaciones, con su icono, y al hacer doble clic en un documento se abre en BriefWriter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="38"/>
        <source>Your desktop may take a moment, or a new login, to show it.</source>
        <translation type="unfinished">Su escritorio puede tardar un momento, o necesitar un nuevo inicio de sesión, en mostrarlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="56"/>
        <source>Puts BriefWriter in your desktop&apos;s applications menu with its icon, so that double-clicking a brief opens it.</source>
        <translation type="unfinished">Añade BriefWriter al menú de aplicaciones de su escritorio, con su icono, para que un doble clic en un documento lo abra.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="60"/>
        <source>Add BriefWriter to the &amp;Applications Menu</source>
        <translation type="unfinished">Añadir BriefWriter al &amp;menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="91"/>
        <source>Adding BriefWriter to the applications menu…</source>
        <translation type="unfinished">Añadiendo BriefWriter al menú de aplicaciones…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="102"/>
        <source>BriefWriter could not be added to the applications menu: %1</source>
        <translation type="unfinished">No se pudo añadir BriefWriter al menú de aplicaciones: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="130"/>
        <source>Added to the Applications Menu</source>
        <translation type="unfinished">Añadido al menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="134"/>
        <source>BriefWriter could not be added to the applications menu</source>
        <translation type="unfinished">No se pudo añadir BriefWriter al menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="140"/>
        <source>BriefWriter is no longer in your applications menu, and briefs no longer open in it with a double-click.</source>
        <translation type="unfinished">BriefWriter ya no está en el menú de aplicaciones, y los documentos ya no se abren en él con un doble clic.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="143"/>
        <source>BriefWriter was not in the applications menu: there was nothing to remove.</source>
        <translation type="unfinished">BriefWriter no estaba en el menú de aplicaciones: no había nada que quitar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="145"/>
        <source>Removed from the Applications Menu</source>
        <translation type="unfinished">Quitado del menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="148"/>
        <source>BriefWriter could not be removed from the applications menu</source>
        <translation type="unfinished">No se pudo quitar BriefWriter del menú de aplicaciones</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="224"/>
        <source>Copy of the example “%1”</source>
        <extracomment>``SaveError.code`` values that mean &quot;this place cannot be written&quot;: Save As may help.</extracomment>
        <translation type="unfinished">Copia del ejemplo «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="260"/>
        <location filename="../../briefwriter/gui/files.py" line="267"/>
        <source>Opening %1…</source>
        <translation type="unfinished">Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="284"/>
        <source>Opened %1.</source>
        <translation type="unfinished">Se abrió %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="286"/>
        <source>It uses file format %1 and will be updated when you save.</source>
        <translation type="unfinished">Usa el formato de archivo %1 y se actualizará al guardarlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="299"/>
        <source>Opened a copy of %1. Save it to keep your changes; the example itself stays as it is.</source>
        <translation type="unfinished">Se abrió una copia de %1. Guárdela para conservar los cambios; el ejemplo en sí no cambia.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="308"/>
        <source>Opened with Notes</source>
        <translation type="unfinished">Abierto con observaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="309"/>
        <source>%1 was opened. Worth a look:

%2</source>
        <translation type="unfinished">Se abrió %1. Conviene revisar:

%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="317"/>
        <source>Could not open %1.</source>
        <translation type="unfinished">No se pudo abrir %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="320"/>
        <source>Could Not Open Brief</source>
        <translation type="unfinished">No se pudo abrir el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="351"/>
        <source>Logo Not Copied</source>
        <translation type="unfinished">Logotipo no copiado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="355"/>
        <source>Saving %1…</source>
        <translation type="unfinished">Guardando %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="365"/>
        <source>Saved %1.</source>
        <translation type="unfinished">Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="377"/>
        <source>Not saved.</source>
        <translation type="unfinished">No se guardó.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="378"/>
        <source>Could Not Save</source>
        <translation type="unfinished">No se pudo guardar</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="41"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="69"/>
        <source>Evidence and sources</source>
        <translation type="unfinished">Pruebas y fuentes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="42"/>
        <source>Back each priority with facts: what you found or what others report, who published it, and where readers can check it. Sources become footnotes.</source>
        <translation type="unfinished">Respalde cada prioridad con hechos: lo que usted ha comprobado o lo que otros informan, quién lo publicó y dónde pueden verificarlo quienes lean. Las fuentes se convierten en notas al pie.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="45"/>
        <source>Priority whose evidence is shown</source>
        <translation type="unfinished">Prioridad cuyas pruebas se muestran</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="47"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">P&amp;rioridad:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="54"/>
        <source>Evidence</source>
        <translation type="unfinished">Prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="55"/>
        <source>&amp;Fact or finding:</source>
        <translation type="unfinished">&amp;Hecho o hallazgo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="56"/>
        <source>Source</source>
        <translation type="unfinished">Fuente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="57"/>
        <source>Who published it, title, year</source>
        <translation type="unfinished">Quién lo publicó, título, año</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="58"/>
        <source>&amp;Source:</source>
        <translation type="unfinished">&amp;Fuente:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="59"/>
        <source>Web address of the source</source>
        <translation type="unfinished">Dirección web de la fuente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="61"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished">Dirección &amp;web:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Evidence for this priority:</source>
        <translation type="unfinished">Pr&amp;uebas de esta prioridad:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Add evidence</source>
        <translation type="unfinished">Aña&amp;dir prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>No evidence for this priority yet.</source>
        <translation type="unfinished">Todavía no hay pruebas para esta prioridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>evidence</source>
        <translation type="unfinished">la prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="87"/>
        <source>Use a full web address starting with https:// or http://.</source>
        <translation type="unfinished">Use una dirección web completa que empiece por https:// o http://.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="91"/>
        <source>(empty)</source>
        <translation type="unfinished">(vacía)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="79"/>
        <source>Accessible PDF (PDF/UA-1)</source>
        <translation type="unfinished">PDF accesible (PDF/UA-1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="80"/>
        <source>Archival PDF (PDF/A-3u)</source>
        <translation type="unfinished">PDF de archivo (PDF/A-3u)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="81"/>
        <source>Plain PDF</source>
        <translation type="unfinished">PDF sencillo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="100"/>
        <source>Export PDF — Safety Mode On</source>
        <translation type="unfinished">Exportar PDF — Modo de seguridad activado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="101"/>
        <source>Export PDF</source>
        <translation type="unfinished">Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="115"/>
        <source>Export HTML — Safety Mode On</source>
        <translation type="unfinished">Exportar HTML — Modo de seguridad activado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="116"/>
        <source>Export HTML</source>
        <translation type="unfinished">Exportar HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="119"/>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished">Página web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="133"/>
        <source>Export as Word</source>
        <translation type="unfinished">Exportar como Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="134"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished">Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="182"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="197"/>
        <source>Exporting</source>
        <translation type="unfinished">Exportando</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="198"/>
        <source>Writing {name}…</source>
        <translation type="unfinished">Escribiendo {name}…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="199"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="205"/>
        <source>Export progress</source>
        <translation type="unfinished">Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="270"/>
        <source>Exported {name} (1 page).</source>
        <translation type="unfinished">Se exportó {name} (1 página).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="271"/>
        <source>Exported {name} ({pages} pages).</source>
        <translation type="unfinished">Se exportó {name} ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="273"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished">&amp;Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="275"/>
        <location filename="../../briefwriter/gui/export.py" line="278"/>
        <source>Exported {name}.</source>
        <translation type="unfinished">Se exportó {name}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="276"/>
        <source>&amp;Open document</source>
        <translation type="unfinished">&amp;Abrir el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="279"/>
        <source>&amp;Open page</source>
        <translation type="unfinished">&amp;Abrir la página</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="282"/>
        <source>Made in safety mode: your organisation&apos;s name and the metadata that could identify you are left out. Review lists any names still in the text.</source>
        <translation type="unfinished">Generado en modo de seguridad: se omiten el nombre de su organización y los metadatos que podrían identificarla. El paso «Revisión y exportación» enumera los nombres que aún queden en el texto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="284"/>
        <source>Export finished</source>
        <translation type="unfinished">Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="290"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished">Abrir la car&amp;peta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="306"/>
        <source>Export failed</source>
        <translation type="unfinished">La exportación falló</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="307"/>
        <source>{name} was not exported.</source>
        <translation type="unfinished">No se exportó {name}.</translation>
    </message>
</context>
<context>
    <name>ExportSetDialog</name>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="85"/>
        <source>Export Set</source>
        <translation type="unfinished">Exportar un conjunto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="86"/>
        <source>Export set</source>
        <translation type="unfinished">Exportar un conjunto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="95"/>
        <source>Export this brief with several templates at once, into one folder.</source>
        <translation type="unfinished">Exporte este documento con varias plantillas a la vez, en una sola carpeta.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="101"/>
        <source>Templates to export</source>
        <translation type="unfinished">Plantillas que se van a exportar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="103"/>
        <source>&amp;Templates:</source>
        <translation type="unfinished">&amp;Plantillas:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="109"/>
        <source>Folder to export into</source>
        <translation type="unfinished">Carpeta de destino de la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="111"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="112"/>
        <source>Choose the folder to export into</source>
        <translation type="unfinished">Elegir la carpeta de destino de la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="114"/>
        <source>Save &amp;in folder:</source>
        <translation type="unfinished">&amp;Guardar en la carpeta:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="122"/>
        <source>Also write HT&amp;ML pages</source>
        <translation type="unfinished">Escribir también páginas HT&amp;ML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="123"/>
        <source>Also write HTML pages</source>
        <translation type="unfinished">Escribir también páginas HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="126"/>
        <source>Also write &amp;Word documents</source>
        <translation type="unfinished">Escribir también documentos de &amp;Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="127"/>
        <source>Also write Word documents</source>
        <translation type="unfinished">Escribir también documentos de Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="132"/>
        <source>Files that will be written</source>
        <translation type="unfinished">Archivos que se escribirán</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="134"/>
        <source>File &amp;names:</source>
        <translation type="unfinished">&amp;Nombres de archivo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="141"/>
        <source>Export status</source>
        <translation type="unfinished">Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="146"/>
        <source>Export progress</source>
        <translation type="unfinished">Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="152"/>
        <source>Export summary</source>
        <translation type="unfinished">Resumen de la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="157"/>
        <source>&amp;Export</source>
        <translation type="unfinished">&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="159"/>
        <source>Export the chosen templates</source>
        <translation type="unfinished">Exportar las plantillas elegidas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="160"/>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished">&amp;Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="162"/>
        <source>Cancel the export</source>
        <translation type="unfinished">Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="164"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished">&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="166"/>
        <source>Open the folder the files were written to</source>
        <translation type="unfinished">Abrir la carpeta en la que se escribieron los archivos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="168"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">Ce&amp;rrar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="170"/>
        <source>Close this dialog</source>
        <translation type="unfinished">Cerrar este cuadro de diálogo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="183"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Buscando plantillas…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="193"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="245"/>
        <source>(tick at least one template)</source>
        <translation type="unfinished">(marque al menos una plantilla)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="248"/>
        <source>Export Set Into</source>
        <translation type="unfinished">Carpeta de destino del conjunto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="265"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="331"/>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished">%1 de %2 — %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="340"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished">Terminado: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="345"/>
        <source>Cancelled: %1 of %2 documents exported.</source>
        <translation type="unfinished">Exportación cancelada: se exportaron %1 de %2 documentos.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="347"/>
        <source>1 file written; %2 failed.</source>
        <translation type="unfinished">Se escribió 1 archivo; documentos con errores: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="348"/>
        <source>%1 files written; %2 failed.</source>
        <translation type="unfinished">Se escribieron %1 archivos; documentos con errores: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="350"/>
        <source>1 file written into %2.</source>
        <translation type="unfinished">Se escribió 1 archivo en %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="351"/>
        <source>%1 files written into %2.</source>
        <translation type="unfinished">Se escribieron %1 archivos en %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="353"/>
        <source>Wrote %1</source>
        <translation type="unfinished">Se escribió %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="354"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>FileService</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="60"/>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished">No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="62"/>
        <source>%1 could not be opened because of an unexpected problem: %2</source>
        <translation type="unfinished">No se pudo abrir %1 por un problema inesperado: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="217"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="218"/>
        <source>Find</source>
        <translation type="unfinished">Buscar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="220"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="221"/>
        <source>Replace with</source>
        <translation type="unfinished">Reemplazar por</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="222"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished">Bus&amp;car:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="224"/>
        <source>Re&amp;place:</source>
        <translation type="unfinished">Ree&amp;mplazar por:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="226"/>
        <source>Match &amp;case</source>
        <translation type="unfinished">C&amp;oincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="227"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="228"/>
        <source>Pre&amp;vious</source>
        <translation type="unfinished">A&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="229"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="230"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished">Reemplazar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="231"/>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="232"/>
        <source>Close find bar</source>
        <translation type="unfinished">Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="234"/>
        <source>Find result</source>
        <translation type="unfinished">Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="282"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="300"/>
        <source>Not found</source>
        <translation type="unfinished">No se encontró</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/workshop/editor.py" line="299"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform>%n coincidencia reemplazada</numerusform>
            <numerusform>%n coincidencias reemplazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="47"/>
        <source>Met</source>
        <translation type="unfinished">Cumplido</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="48"/>
        <source>Partly met</source>
        <translation type="unfinished">Cumplido en parte</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="49"/>
        <source>Not met</source>
        <translation type="unfinished">No cumplido</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="50"/>
        <source>Unknown</source>
        <translation type="unfinished">Desconocido</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="58"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="76"/>
        <source>Since the last review</source>
        <translation type="unfinished">Desde el último examen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="59"/>
        <source>What became of the asks and pledges of your earlier paper: for each, say whether it was met, partly met or not met, and give the evidence — what happened, with sources. The paper prints them under “Since the last review”.</source>
        <translation type="unfinished">Qué fue de las peticiones y los compromisos de su documento anterior: para cada uno, indique si se cumplió, se cumplió en parte o no se cumplió, y aporte las pruebas (qué ocurrió, con sus fuentes). El documento los imprime en «Desde el último examen».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="68"/>
        <source>Ask or pledge</source>
        <translation type="unfinished">Petición o compromiso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>An ask</source>
        <translation type="unfinished">Una petición</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>A pledge</source>
        <translation type="unfinished">Un compromiso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="71"/>
        <source>What was asked or pledged</source>
        <translation type="unfinished">Lo que se pidió o a lo que se comprometió</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="72"/>
        <source>W&amp;hat:</source>
        <translation type="unfinished">Q&amp;ué:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="73"/>
        <source>Who was to act</source>
        <translation type="unfinished">Quién debía actuar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="74"/>
        <source>Wh&amp;o:</source>
        <translation type="unfinished">Qu&amp;ién:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="75"/>
        <source>By when</source>
        <translation type="unfinished">Para cuándo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="76"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">P&amp;ara cuándo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="79"/>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="80"/>
        <source>Evidence</source>
        <translation type="unfinished">Prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="81"/>
        <source>E&amp;vidence:</source>
        <translation type="unfinished">Prue&amp;bas:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="83"/>
        <source>What happened, and how you know: a law passed, a figure from a report, a statement — with its source.</source>
        <translation type="unfinished">Qué ocurrió y cómo lo sabe: una ley aprobada, una cifra de un informe, una declaración, con su fuente.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Follow-up items:</source>
        <translation type="unfinished">Elementos de se&amp;guimiento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Add item</source>
        <translation type="unfinished">Aña&amp;dir elemento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="92"/>
        <source>Nothing to follow up yet. To report on an earlier paper, open it and choose File ▸ Continue for the Next Review…: its asks and pledges come here. Or add an item yourself.</source>
        <translation type="unfinished">Todavía no hay nada que seguir. Para informar sobre un documento anterior, ábralo y elija Archivo ▸ Continuar para el próximo examen…: sus peticiones y compromisos aparecerán aquí. O añada usted un elemento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="95"/>
        <source>follow-up item</source>
        <translation type="unfinished">el elemento de seguimiento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="104"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="109"/>
        <source>Earlier review cycles</source>
        <translation type="unfinished">Ciclos de examen anteriores</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="117"/>
        <source>(empty)</source>
        <translation type="unfinished">(vacío)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="144"/>
        <source>(untitled)</source>
        <translation type="unfinished">(sin título)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="152"/>
        <source>Asks</source>
        <translation type="unfinished">Peticiones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="155"/>
        <source>Pledges</source>
        <translation type="unfinished">Compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>Its follow-up</source>
        <translation type="unfinished">Su seguimiento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="148"/>
        <source>Template Gallery</source>
        <translation type="unfinished">Galería de plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="162"/>
        <source>Each template is shown printing the first page of your brief. Use the arrow keys to move between them and Enter to use one for this brief.</source>
        <translation type="unfinished">Cada plantilla muestra la primera página de su documento impresa con ella. Use las teclas de flecha para pasar de una a otra e Intro para usar la elegida en este documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="168"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Buscando plantillas…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="173"/>
        <source>Templates</source>
        <translation type="unfinished">Plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="186"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">&amp;Importar paquete de plantilla…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="189"/>
        <source>Re&amp;load</source>
        <translation type="unfinished">Re&amp;cargar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="230"/>
        <location filename="../../briefwriter/gui/gallery.py" line="388"/>
        <source>&amp;Use for This Brief</source>
        <translation type="unfinished">&amp;Usar en este documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="232"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">&amp;Personalizar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="233"/>
        <source>Copy this template into your template folder under a new name and change it in the workshop</source>
        <translation type="unfinished">Copiar esta plantilla en su carpeta de plantillas con un nombre nuevo y modificarla en el taller</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="235"/>
        <location filename="../../briefwriter/gui/gallery.py" line="392"/>
        <source>Open in &amp;Workshop</source>
        <translation type="unfinished">Abrir en el &amp;taller</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="236"/>
        <source>Re&amp;vert…</source>
        <translation type="unfinished">&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="237"/>
        <source>Put back the files of the template this one is based on</source>
        <translation type="unfinished">Recuperar los archivos de la plantilla en la que se basa esta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="239"/>
        <source>Rena&amp;me…</source>
        <translation type="unfinished">Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="240"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="241"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="242"/>
        <source>Save this template as a file to share</source>
        <translation type="unfinished">Guardar esta plantilla en un archivo para compartir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="263"/>
        <source>No templates found.</source>
        <translation type="unfinished">No se encontró ninguna plantilla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="273"/>
        <source>Some folders in your template folder could not be read as templates: %1</source>
        <translation type="unfinished">Algunas carpetas de su carpeta de plantillas no se pudieron leer como plantillas: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="341"/>
        <source>Choose template</source>
        <translation type="unfinished">Elegir plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="387"/>
        <source>In Use for This Brief</source>
        <translation type="unfinished">En uso en este documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="391"/>
        <source>Open in &amp;Workshop (Read Only)</source>
        <translation type="unfinished">Abrir en el &amp;taller (solo lectura)</translation>
    </message>
</context>
<context>
    <name>GcmBrowser</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="84"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the objective&apos;s title or commitment is not yet verified).</source>
        <translation type="unfinished">Redacción tomada del borrador de julio de 2018 — cotéjela con A/RES/73/195 (el título o el compromiso del objetivo aún no se ha verificado).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="90"/>
        <source>Wording partly from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">Redacción tomada en parte del borrador de julio de 2018 — cotéjela con A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="92"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">Redacción tomada del borrador de julio de 2018 — cotéjela con A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="151"/>
        <source>Clear search</source>
        <translation type="unfinished">Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="159"/>
        <source>&amp;Search the Compact:</source>
        <translation type="unfinished">&amp;Buscar en el Pacto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="165"/>
        <source>Reference</source>
        <translation type="unfinished">Referencia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="168"/>
        <source>Global Compact for Migration</source>
        <translation type="unfinished">Pacto Mundial para la Migración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="187"/>
        <source>Full text of the selected item</source>
        <translation type="unfinished">Texto completo del elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="194"/>
        <source>F&amp;ull text:</source>
        <translation type="unfinished">Te&amp;xto completo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="296"/>
        <source>Commitment: %1</source>
        <translation type="unfinished">Compromiso: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="298"/>
        <source>para %1</source>
        <translation type="unfinished">para %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Link %1</source>
        <translation type="unfinished">Vincular %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Unlink %1</source>
        <translation type="unfinished">Desvincular %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="504"/>
        <source>&lt;p&gt;The Compact in the order of the resolution: the preamble and vision, the ten guiding principles (paragraph 15), the cooperative framework, the 23 objectives, implementation, and follow-up and review. Expand a part to see its paragraphs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;El Pacto en el orden de la resolución: el preámbulo y la visión, los diez principios rectores (párrafo 15), el marco de cooperación, los 23 objetivos, la aplicación, y el seguimiento y examen. Despliegue una parte para ver sus párrafos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="525"/>
        <source>Guiding principle: %1</source>
        <translation type="unfinished">Principio rector: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="531"/>
        <source>Actions: %1</source>
        <translation type="unfinished">Acciones: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="535"/>
        <source>Objective %1: %2</source>
        <translation type="unfinished">Objetivo %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>No match</source>
        <translation type="unfinished">Sin resultados</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="98"/>
        <source>Text not included — see A/RES/73/195, %1. It can still be cited.</source>
        <translation type="unfinished">Texto no incluido — véase A/RES/73/195, %1. Aun así se puede citar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="102"/>
        <source>Only part of the text is included (… marks where it breaks off) — see A/RES/73/195, %1. The paper cites it without quoting it.</source>
        <translation type="unfinished">Solo se incluye parte del texto (… marca dónde se interrumpe) — véase A/RES/73/195, %1. El documento lo cita sin reproducirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="107"/>
        <source>Wording not yet checked word for word — check against A/RES/73/195.</source>
        <translation type="unfinished">Redacción aún no cotejada palabra por palabra — cotéjela con A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="153"/>
        <source>e.g. detention, firewall, children, 29(c), para 49</source>
        <translation type="unfinished">p. ej., detention, firewall, children, 29(c), para 49</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="155"/>
        <source>Search the whole Compact: its paragraphs, guiding principles, objectives and actions. Press Down to go to the results.</source>
        <translation type="unfinished">Busque en todo el Pacto: sus párrafos, principios rectores, objetivos y acciones. Pulse Abajo para ir a los resultados.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="164"/>
        <source>Paragraph, principle, objective or action</source>
        <translation type="unfinished">Párrafo, principio, objetivo o acción</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="170"/>
        <source>The parts of the Compact in order. Arrows move, Right expands a part, objective or paragraph, Space ticks the item for the selected priority.</source>
        <translation type="unfinished">Las partes del Pacto en orden. Las flechas mueven la selección, Derecha despliega una parte, un objetivo o un párrafo, y Espacio marca el elemento para la prioridad elegida.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="201"/>
        <source>Wording from the July 2018 draft or not yet checked, or a paragraph whose text is not included — check against A/RES/73/195 (the final text).</source>
        <translation type="unfinished">Redacción tomada del borrador de julio de 2018 o aún no verificada, o párrafo cuyo texto no está incluido — compare con A/RES/73/195 (el texto final).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="268"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="270"/>
        <source>Part of the Compact: %1, %2</source>
        <translation type="unfinished">Parte del Pacto: %1, %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="315"/>
        <source>Text not included</source>
        <translation type="unfinished">Texto no incluido</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="317"/>
        <source>%1 (partial text)</source>
        <translation type="unfinished">%1 (texto parcial)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>Matches: %1</source>
        <translation type="unfinished">Resultados: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="544"/>
        <source>Part of the Compact: %1</source>
        <translation type="unfinished">Parte del Pacto: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="551"/>
        <source>Source: %1</source>
        <translation type="unfinished">Fuente: %1</translation>
    </message>
</context>
<context>
    <name>GcmImport</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="41"/>
        <source>The built-in English text, in which some wording is not yet verified against the official document.</source>
        <translation type="unfinished">El texto en inglés integrado, en el que parte de la redacción aún no se ha verificado con el documento oficial.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="45"/>
        <source>The official %1 text of A/RES/73/195, imported on %2 from %3 (SHA-256 %4…).</source>
        <translation type="unfinished">El texto oficial (%1) de A/RES/73/195, importado el %2 desde %3 (SHA-256 %4…).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="51"/>
        <source>Papers in %1 quote the official edition in their language.</source>
        <translation type="unfinished">Los documentos redactados en %1 citan la edición oficial en su idioma.</translation>
    </message>
</context>
<context>
    <name>GcmImportDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="81"/>
        <source>Check the GCM Text Against the Official Document</source>
        <translation type="unfinished">Cotejar el texto del Pacto Mundial con el documento oficial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="91"/>
        <source>&lt;p&gt;BriefWriter quotes the Global Compact for Migration from a built-in copy in which some wording comes from the July 2018 draft. Bring the official resolution and BriefWriter checks every paragraph, guiding principle, objective and action against it.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the UN Official Document System, &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Search for the symbol &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose the language of your papers (Arabic, Chinese, English, French, Russian or Spanish) and download the PDF.&lt;/li&gt;&lt;li&gt;Choose that file here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Items that match become verified; items that differ take the official wording and are listed. The file is read on this computer only.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter cita el Pacto Mundial para la Migración a partir de una copia integrada en la que parte de la redacción procede del borrador de julio de 2018. Facilite la resolución oficial y BriefWriter cotejará con ella cada párrafo, principio rector, objetivo y acción.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Abra el Sistema de Archivo de Documentos de las Naciones Unidas (ODS), &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Busque la signatura &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Elija el idioma de sus documentos (árabe, chino, español, francés, inglés o ruso) y descargue el PDF.&lt;/li&gt;&lt;li&gt;Elija ese archivo aquí.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Los elementos que coinciden pasan a estar verificados; los que difieren adoptan la redacción oficial y se enumeran. El archivo solo se lee en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="102"/>
        <source>Where to download the official text</source>
        <translation type="unfinished">Dónde descargar el texto oficial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="110"/>
        <source>&amp;Choose the PDF…</source>
        <translation type="unfinished">&amp;Elegir el PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="111"/>
        <source>Choose the official PDF of A/RES/73/195</source>
        <translation type="unfinished">Elegir el PDF oficial de A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="116"/>
        <source>Result of the check</source>
        <translation type="unfinished">Resultado del cotejo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="122"/>
        <source>Use the &amp;Built-in Text Again</source>
        <translation type="unfinished">Volver a usar el texto &amp;integrado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="123"/>
        <source>Forget the imported text and use the built-in text again</source>
        <translation type="unfinished">Olvidar el texto importado y volver a usar el texto integrado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="137"/>
        <source>Text in use: %1</source>
        <translation type="unfinished">Texto en uso: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="142"/>
        <source>Choose the Official PDF of A/RES/73/195</source>
        <translation type="unfinished">Elegir el PDF oficial de A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="143"/>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation type="unfinished">Documentos PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="153"/>
        <source>Reading %1…</source>
        <translation type="unfinished">Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="174"/>
        <source>The file was not used; the text in use is unchanged.</source>
        <translation type="unfinished">No se usó el archivo; el texto en uso no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="184"/>
        <source>%1: the official %2 text of A/RES/73/195. Found %3 of %4 items; they are kept as the %2 edition of the Compact.</source>
        <translation type="unfinished">%1: el texto oficial (%2) de A/RES/73/195. Se encontraron %3 de %4 elementos; se conservan como la edición (%2) del Pacto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="189"/>
        <source>%1: the official English text of A/RES/73/195. Found %2 of %3 items: %4 matched the built-in text and are now verified, %5 differed and now use the official wording, %6 were not (fully) in the built-in text and were added.</source>
        <translation type="unfinished">%1: el texto oficial en inglés de A/RES/73/195. Se encontraron %2 de %3 elementos: %4 coincidían con el texto integrado y ahora están verificados, %5 diferían y ahora usan la redacción oficial, y %6 no estaban (completos) en el texto integrado y se añadieron.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="195"/>
        <source>Wording that differed (the official wording is now used):</source>
        <translation type="unfinished">Redacción que difería (ahora se usa la redacción oficial):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="197"/>
        <source>Not found in the file (these keep their flags):</source>
        <translation type="unfinished">No encontrados en el archivo (siguen señalados):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="207"/>
        <source>The built-in text is used again.</source>
        <translation type="unfinished">Se vuelve a usar el texto integrado.</translation>
    </message>
</context>
<context>
    <name>GcmLinkPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="59"/>
        <source>Link to the GCM</source>
        <translation type="unfinished">Vínculo con el Pacto Mundial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="29"/>
        <source>For each priority, tick the guiding principles, objectives, actions and other paragraphs of the Global Compact for Migration that it relates to. Search with Ctrl+F; Space ticks.</source>
        <translation type="unfinished">Para cada prioridad, marque los principios rectores, los objetivos, las acciones y los demás párrafos del Pacto Mundial para la Migración con los que se relaciona. Busque con Ctrl+F; Espacio marca.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="33"/>
        <source>Priority to link</source>
        <translation type="unfinished">Prioridad que vincular</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="35"/>
        <source>Add a &amp;priority first…</source>
        <translation type="unfinished">Añada primero una &amp;prioridad…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="38"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">P&amp;rioridad:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="47"/>
        <source>&amp;Check the Text Against the Official Document…</source>
        <translation type="unfinished">&amp;Cotejar el texto con el documento oficial…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="50"/>
        <source>Import the official PDF of resolution A/RES/73/195 (in the paper&apos;s language) to verify every quotation</source>
        <translation type="unfinished">Importar el PDF oficial de la resolución A/RES/73/195 (en el idioma del documento) para verificar cada cita</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="74"/>
        <source>Overview: priorities × objectives</source>
        <translation type="unfinished">Vista general: prioridades × objetivos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="62"/>
        <source>Columns are objectives 1 to 23 (point at a number for its title). ● marks an objective linked to a priority directly or through its actions. Select a cell to show the objective above; double-click or press Space to tick or untick it.</source>
        <translation type="unfinished">Las columnas son los objetivos 1 a 23 (señale un número para ver su título). ● indica un objetivo vinculado a una prioridad, directamente o a través de sus acciones. Seleccione una celda para mostrar el objetivo arriba; haga doble clic o pulse Espacio para marcarlo o desmarcarlo.</translation>
    </message>
</context>
<context>
    <name>GcmMatrix</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="41"/>
        <source>(untitled)</source>
        <translation type="unfinished">(sin título)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="92"/>
        <source>objective linked</source>
        <translation type="unfinished">objetivo vinculado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="96"/>
        <source>not linked</source>
        <translation type="unfinished">sin vincular</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="128"/>
        <source>No objective is linked yet.</source>
        <translation type="unfinished">Todavía no hay ningún objetivo vinculado.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="86"/>
        <source>Priority %1, objective %2 (%3)</source>
        <translation type="unfinished">Prioridad %1, objetivo %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="89"/>
        <source>objective and actions %1 linked</source>
        <translation type="unfinished">objetivo y acciones %1 vinculados</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="94"/>
        <source>actions %1 linked</source>
        <translation type="unfinished">acciones %1 vinculadas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="129"/>
        <source>Linked: %1</source>
        <translation type="unfinished">Vinculados: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="167"/>
        <source>Links of each priority to each objective</source>
        <translation type="unfinished">Vínculos de cada prioridad con cada objetivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="168"/>
        <source>Rows are priorities, columns objectives 1 to 23. Space or Enter ticks or unticks the objective for that priority.</source>
        <translation type="unfinished">Las filas son las prioridades y las columnas los objetivos 1 a 23. Espacio o Intro marca o desmarca el objetivo para esa prioridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="178"/>
        <source>Priorities by objectives</source>
        <translation type="unfinished">Prioridades por objetivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="255"/>
        <source>Link objective %1</source>
        <translation type="unfinished">Vincular el objetivo %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="256"/>
        <source>Unlink objective %1</source>
        <translation type="unfinished">Desvincular el objetivo %1</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="195"/>
        <source>Install template “%1”</source>
        <translation type="unfinished">Instalar la plantilla «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="197"/>
        <source>From the file %1.</source>
        <translation type="unfinished">Procedente del archivo %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="204"/>
        <source>Printing your brief with this template…</source>
        <translation type="unfinished">Imprimiendo su documento con esta plantilla…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="205"/>
        <source>Preview</source>
        <translation type="unfinished">Vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="207"/>
        <source>Page 1 of your brief printed with this template, being made</source>
        <translation type="unfinished">Página 1 de su documento impresa con esta plantilla, en preparación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="217"/>
        <source>Problems found in the template</source>
        <translation type="unfinished">Problemas encontrados en la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="221"/>
        <source>Problems found:</source>
        <translation type="unfinished">Problemas encontrados:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="229"/>
        <source>A bundled template is already called “%1”, so this pack cannot be installed; ask its author to rename it.</source>
        <translation type="unfinished">Ya hay una plantilla incluida llamada «%1», así que este paquete no se puede instalar; pida a su autor que le cambie el nombre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="234"/>
        <source>Replace your template “%1”? Its files will be replaced by this pack&apos;s.</source>
        <translation type="unfinished">¿Reemplazar su plantilla «%1»? Sus archivos se sustituirán por los de este paquete.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Install</source>
        <translation type="unfinished">&amp;Instalar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="244"/>
        <source>This template has errors and cannot be installed; ask its author for a corrected pack.</source>
        <translation type="unfinished">Esta plantilla tiene errores y no se puede instalar; pida a su autor un paquete corregido.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="262"/>
        <source>Page 1 of your brief printed with this template</source>
        <translation type="unfinished">Página 1 de su documento impresa con esta plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="265"/>
        <source>Your brief could not be printed with this template: %1</source>
        <translation type="unfinished">No se pudo imprimir su documento con esta plantilla: %1</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="130"/>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="254"/>
        <source>Remove %1</source>
        <extracomment>the most lines a row of the list shows; longer labels end in &quot;…&quot; (the tooltip has it all)</extracomment>
        <translation type="unfinished">Quitar %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="132"/>
        <source>Move %1 up</source>
        <translation type="unfinished">Subir %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="134"/>
        <source>Move %1 down</source>
        <translation type="unfinished">Bajar %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="146"/>
        <source>%1 (Insert key in the list)</source>
        <translation type="unfinished">%1 (tecla Insert en la lista)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="148"/>
        <source>Remove the selected %1 (Delete key)</source>
        <translation type="unfinished">Quitar %1 de la lista (tecla Supr)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="150"/>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation type="unfinished">Subir %1 en la lista (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="151"/>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation type="unfinished">Bajar %1 en la lista (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="266"/>
        <source>Move %1</source>
        <translation type="unfinished">Mover %1</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="100"/>
        <source>Too many files called %1 in the brief&apos;s folder.</source>
        <translation type="unfinished">Hay demasiados archivos llamados %1 en la carpeta del documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="132"/>
        <source>Copy logo</source>
        <translation type="unfinished">Copiar el logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="165"/>
        <source>Logo preview</source>
        <translation type="unfinished">Vista previa del logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="174"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="175"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="289"/>
        <source>Choose logo</source>
        <translation type="unfinished">Elegir logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="177"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">Q&amp;uitar el logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="178"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="294"/>
        <source>Remove logo</source>
        <translation type="unfinished">Quitar el logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="236"/>
        <source>PNG, JPEG or SVG, up to 5 MB. When you save the brief, the logo is copied into its folder so the two travel together.</source>
        <translation type="unfinished">PNG, JPEG o SVG, hasta 5 MB. Al guardar el documento, el logotipo se copia en su carpeta para que ambos viajen juntos.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="239"/>
        <source>PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is copied into the brief&apos;s folder.</source>
        <translation type="unfinished">PNG, JPEG o SVG, hasta 5 MB. Un logotipo de otra ubicación se copia en la carpeta del documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="242"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="243"/>
        <source>No logo</source>
        <translation type="unfinished">Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="258"/>
        <source>%1 (not found or not an image)</source>
        <translation type="unfinished">%1 (no encontrado o no es una imagen)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="271"/>
        <source>Choose a logo</source>
        <translation type="unfinished">Elegir un logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="272"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished">Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="284"/>
        <source>This logo cannot be used</source>
        <translation type="unfinished">No se puede usar este logotipo</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="59"/>
        <source>Blue</source>
        <translation type="unfinished">Azul</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="60"/>
        <source>Teal</source>
        <translation type="unfinished">Verde azulado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="61"/>
        <source>Green</source>
        <translation type="unfinished">Verde</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="62"/>
        <source>Crimson</source>
        <translation type="unfinished">Carmesí</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="63"/>
        <source>Purple</source>
        <translation type="unfinished">Morado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="64"/>
        <source>Brown</source>
        <translation type="unfinished">Marrón</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="65"/>
        <source>Graphite</source>
        <translation type="unfinished">Grafito</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="92"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="78"/>
        <source>Template and look</source>
        <extracomment>the templates were listed (again) and the list shows them</extracomment>
        <translation type="unfinished">Plantilla y aspecto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="93"/>
        <source>Choose how the paper looks. The preview shows the real PDF as you change things.</source>
        <translation type="unfinished">Elija el aspecto del documento. La vista previa muestra el PDF real a medida que hace cambios.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="123"/>
        <source>Template</source>
        <translation type="unfinished">Plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="103"/>
        <source>Re&amp;load templates</source>
        <translation type="unfinished">&amp;Recargar plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="105"/>
        <source>&amp;Open templates folder</source>
        <translation type="unfinished">&amp;Abrir la carpeta de plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="107"/>
        <source>Put template packs shared by other organisations here, then press Reload.</source>
        <translation type="unfinished">Coloque aquí las plantillas compartidas por otras organizaciones y pulse Recargar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="110"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">&amp;Galería de plantillas…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="112"/>
        <source>See each template print your brief; customise, import or share templates.</source>
        <translation type="unfinished">Ver su documento impreso con cada plantilla; personalizar, importar o compartir plantillas.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="120"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">&amp;Plantilla:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="192"/>
        <source>Look</source>
        <translation type="unfinished">Aspecto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="129"/>
        <source>Accent colour sample</source>
        <translation type="unfinished">Muestra del color de acento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="135"/>
        <source>Accent colour, hexadecimal</source>
        <translation type="unfinished">Color de acento, en hexadecimal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="137"/>
        <source>C&amp;hoose colour…</source>
        <translation type="unfinished">Elegir c&amp;olor…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="138"/>
        <source>Choose accent colour</source>
        <translation type="unfinished">Elegir el color de acento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="147"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">&amp;Color de acento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="159"/>
        <source>%1 accent colour (%2)</source>
        <translation type="unfinished">Color de acento %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="176"/>
        <source>Apply ho&amp;use style</source>
        <translation type="unfinished">Ap&amp;licar la identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="178"/>
        <source>Set this brief&apos;s accent colour, font and paper to your organisation&apos;s brand kit (Tools ▸ Brand Kit…). Undo takes it back.</source>
        <translation type="unfinished">Ajustar el color de acento, el tipo de letra y el papel de este documento a la identidad visual de su organización (Herramientas ▸ Identidad visual…). Deshacer lo revierte.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="224"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Buscando plantillas…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="231"/>
        <source>your templates: %1</source>
        <translation type="unfinished">sus plantillas: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="245"/>
        <source>%1 (not installed on this computer)</source>
        <translation type="unfinished">%1 (no instalada en este equipo)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="293"/>
        <source>Brand kit “%1”: what this brief leaves at the default (colour, font, paper) is taken from it.</source>
        <translation type="unfinished">Identidad visual «%1»: lo que este documento deja con el valor predeterminado (color, tipo de letra, papel) se toma de ella.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="294"/>
        <source>unnamed</source>
        <translation type="unfinished">sin nombre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="299"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="334"/>
        <source>The brand kit cannot be used: %1</source>
        <translation type="unfinished">No se puede usar la identidad visual: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="315"/>
        <source>There is no brand kit yet: make one with Tools ▸ Brand Kit…</source>
        <translation type="unfinished">Todavía no hay identidad visual: cree una con Herramientas ▸ Identidad visual…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="321"/>
        <source>Apply house style</source>
        <translation type="unfinished">Aplicación de la identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="327"/>
        <source>The brief now uses the house style of “%1”.</source>
        <translation type="unfinished">El documento sigue ahora el estilo de «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="328"/>
        <source>your brand kit</source>
        <translation type="unfinished">su identidad visual</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="376"/>
        <source>Contrast with white paper %1:1 — headings in this colour may be hard to read; choose a darker colour.</source>
        <translation type="unfinished">Contraste con el papel blanco de %1:1 — los títulos en este color pueden ser difíciles de leer; elija un color más oscuro.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="378"/>
        <source>Contrast with white paper %1:1 — easy to read.</source>
        <translation type="unfinished">Contraste con el papel blanco de %1:1 — fácil de leer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="167"/>
        <source>Presets:</source>
        <translation type="unfinished">Colores predefinidos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="170"/>
        <source>Font</source>
        <translation type="unfinished">Fuente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Sans-serif (Noto Sans)</source>
        <translation type="unfinished">Sin serifa (Noto Sans)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Serif (Noto Serif)</source>
        <translation type="unfinished">Con serifa (Noto Serif)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="172"/>
        <source>&amp;Font:</source>
        <translation type="unfinished">&amp;Tipo de letra:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="173"/>
        <source>Paper size</source>
        <translation type="unfinished">Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="175"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">Pap&amp;el:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="190"/>
        <source>&amp;Mark GCM wording not yet verified against the final text (†)</source>
        <translation type="unfinished">&amp;Señalar la redacción del Pacto Mundial aún no verificada con el texto final (†)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="230"/>
        <source>bundled</source>
        <translation type="unfinished">incluida</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="265"/>
        <source>Choose template</source>
        <translation type="unfinished">Elegir plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="343"/>
        <source>Change accent colour</source>
        <translation type="unfinished">Cambiar el color de acento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="358"/>
        <source>Choose the accent colour</source>
        <translation type="unfinished">Elegir el color de acento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="358"/>
        <source>&amp;Back</source>
        <translation type="unfinished">A&amp;trás</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="363"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/language_switch.py" line="226"/>
        <location filename="../../briefwriter/gui/mainwindow.py" line="150"/>
        <source>Loading…</source>
        <extracomment>a close (or quit) that waited for a save will not happen: the save failed</extracomment>
        <translation type="unfinished">Cargando…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the steps and the form</source>
        <translation type="unfinished">Cambiar el tamaño de los pasos y el formulario</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the form and the preview</source>
        <translation type="unfinished">Cambiar el tamaño del formulario y la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="175"/>
        <source>Resize the window</source>
        <translation type="unfinished">Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="360"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished">Paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="366"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished">Paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="77"/>
        <source>&amp;New</source>
        <translation type="unfinished">&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="80"/>
        <source>Start a new, empty brief</source>
        <translation type="unfinished">Empezar un documento nuevo y vacío</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="84"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="87"/>
        <source>Open a brief file</source>
        <translation type="unfinished">Abrir un archivo de documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="91"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="94"/>
        <source>Save the brief</source>
        <translation type="unfinished">Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="98"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Guardar co&amp;mo…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="102"/>
        <source>Save the brief under a new name</source>
        <translation type="unfinished">Guardar el documento con otro nombre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="123"/>
        <source>Export the brief as a PDF file</source>
        <translation type="unfinished">Exportar el documento como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="127"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">Exportar &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="130"/>
        <source>Export the brief as a web page</source>
        <translation type="unfinished">Exportar el documento como página web</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="146"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="150"/>
        <source>Close this window</source>
        <translation type="unfinished">Cerrar esta ventana</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="158"/>
        <source>Close all windows and quit</source>
        <translation type="unfinished">Cerrar todas las ventanas y salir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="277"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="279"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="164"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished">Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="106"/>
        <source>Continue for the Ne&amp;xt Review…</source>
        <translation type="unfinished">Continuar para el próximo &amp;examen…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="108"/>
        <source>Start the brief for the next review cycle from this one: its asks and pledges become the follow-up list</source>
        <translation type="unfinished">Empezar el documento para el próximo ciclo de examen a partir de este: sus peticiones y compromisos pasan a la lista de seguimiento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="113"/>
        <source>Import from a &amp;Partner&apos;s Brief…</source>
        <translation type="unfinished">&amp;Importar del documento de un socio…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="115"/>
        <source>Bring priorities, asks, evidence, recommendations and co-signatories from a partner&apos;s brief into this one</source>
        <translation type="unfinished">Incorporar a este documento prioridades, peticiones, pruebas, recomendaciones y cofirmantes del documento de un socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="134"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">Exportar como &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="136"/>
        <source>Export the brief as a Word document (.docx)</source>
        <translation type="unfinished">Exportar el documento en formato Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="140"/>
        <source>Export Se&amp;t…</source>
        <translation type="unfinished">Exportar un con&amp;junto…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="142"/>
        <source>Export the brief with several templates into one folder</source>
        <translation type="unfinished">Exportar el documento con varias plantillas en una sola carpeta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="170"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="172"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="175"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="178"/>
        <source>Select &amp;All</source>
        <translation type="unfinished">Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="185"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished">Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="188"/>
        <source>Show or hide the PDF preview</source>
        <translation type="unfinished">Mostrar u ocultar la vista previa del PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="194"/>
        <source>Paper as &amp;Text</source>
        <translation type="unfinished">Documento como &amp;texto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="197"/>
        <source>Show the text of the preview instead of its pages, to read it line by line (screen readers read it too)</source>
        <translation type="unfinished">Mostrar el texto de la vista previa en lugar de sus páginas, para leerlo línea a línea (los lectores de pantalla también lo leen)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="204"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished">A&amp;mpliar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="210"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished">&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="217"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished">Paso &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="223"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished">Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="229"/>
        <source>&amp;Welcome…</source>
        <translation type="unfinished">&amp;Bienvenida…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="231"/>
        <source>Start a new brief, open an example or a recent brief</source>
        <translation type="unfinished">Empezar un documento nuevo, abrir un ejemplo o un documento reciente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="235"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished">&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="241"/>
        <source>&amp;About BriefWriter</source>
        <translation type="unfinished">&amp;Acerca de BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="246"/>
        <source>Check the GCM &amp;Text Against the Official Document…</source>
        <translation type="unfinished">Cotejar el &amp;texto del Pacto Mundial con el documento oficial…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="249"/>
        <source>Add to the Applications &amp;Menu</source>
        <translation type="unfinished">Añadir al &amp;menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="251"/>
        <source>A menu entry and icon for BriefWriter; double-clicking a brief opens it</source>
        <translation type="unfinished">Una entrada de menú y un icono para BriefWriter; un doble clic en un documento lo abre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="254"/>
        <source>&amp;Remove from the Applications Menu</source>
        <translation type="unfinished">&amp;Quitar del menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="325"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="327"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="341"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="350"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="354"/>
        <source>&amp;Go</source>
        <translation type="unfinished">&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="360"/>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="374"/>
        <source>More menus</source>
        <translation type="unfinished">Más menús</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="394"/>
        <source>&amp;Templates</source>
        <translation type="unfinished">&amp;Plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="396"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">&amp;Galería de plantillas…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="397"/>
        <source>See every template with your brief, and choose one</source>
        <translation type="unfinished">Ver su documento con cada una de las plantillas y elegir una</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="399"/>
        <source>&amp;Customise Current Template…</source>
        <translation type="unfinished">&amp;Personalizar la plantilla actual…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="401"/>
        <source>Copy this brief&apos;s template under a new name and change it</source>
        <translation type="unfinished">Copiar la plantilla de este documento con un nombre nuevo y modificarla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="403"/>
        <source>Open in &amp;Workshop…</source>
        <translation type="unfinished">Abrir en el &amp;taller…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="405"/>
        <source>Edit this brief&apos;s template with a live preview (a bundled template opens read-only)</source>
        <translation type="unfinished">Editar la plantilla de este documento con vista previa en directo (una plantilla incluida se abre en solo lectura)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="408"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">&amp;Importar paquete de plantilla…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="409"/>
        <source>Install a template pack file from a partner</source>
        <translation type="unfinished">Instalar un paquete de plantilla recibido de un socio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="411"/>
        <source>&amp;Export Template Pack…</source>
        <translation type="unfinished">&amp;Exportar paquete de plantilla…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="412"/>
        <source>Save a template as a file to share</source>
        <translation type="unfinished">Guardar una plantilla en un archivo para compartir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="443"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="445"/>
        <source>&amp;Brand Kit…</source>
        <translation type="unfinished">&amp;Identidad visual…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="446"/>
        <source>Your organisation&apos;s logo, colours, fonts and footer line for every brief</source>
        <translation type="unfinished">El logotipo, los colores, los tipos de letra y la línea de pie de página de su organización, para todos sus documentos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="450"/>
        <source>Organisation &amp;Profile…</source>
        <translation type="unfinished">&amp;Perfil de la organización…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="451"/>
        <source>Who you are, saved once: every new brief starts with it</source>
        <translation type="unfinished">Los datos de su organización, guardados una sola vez: todo documento nuevo empieza con ellos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="484"/>
        <source>No recent files</source>
        <translation type="unfinished">No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="487"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished">&amp;Vaciar el menú</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="413"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="458"/>
        <source>%1[*] — BriefWriter</source>
        <translation type="unfinished">%1[*] — BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="117"/>
        <source>The brief for the next review, made from %1: not saved yet.</source>
        <translation type="unfinished">El documento para el próximo examen, creado a partir de %1: todavía no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="297"/>
        <source>Markdown: **bold**, *italic*, [link](https://…), - list, footnote^[the note]</source>
        <translation type="unfinished">Markdown: **negrita**, *cursiva*, [enlace](https://…), - lista, nota^[texto de la nota]</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <source>B</source>
        <translation type="unfinished">N</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="339"/>
        <source>Bold</source>
        <translation type="unfinished">Negrita</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <source>I</source>
        <translation type="unfinished">C</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="342"/>
        <source>Italic</source>
        <translation type="unfinished">Cursiva</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <source>Link…</source>
        <translation type="unfinished">Enlace…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="376"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="381"/>
        <source>Insert link</source>
        <translation type="unfinished">Insertar enlace</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <source>• List</source>
        <translation type="unfinished">• Lista</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="345"/>
        <source>Bulleted list</source>
        <translation type="unfinished">Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <source>Note¹</source>
        <translation type="unfinished">Nota¹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="353"/>
        <source>Footnote</source>
        <translation type="unfinished">Nota al pie</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="357"/>
        <source>Insert Footnote</source>
        <translation type="unfinished">Insertar una nota</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="358"/>
        <source>&amp;Text of the note (printed at the foot of the page):</source>
        <translation type="unfinished">&amp;Texto de la nota (impreso al pie de la página):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="360"/>
        <source>&amp;Insert</source>
        <translation type="unfinished">&amp;Insertar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="361"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="364"/>
        <source>Text of the note</source>
        <translation type="unfinished">Texto de la nota</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="377"/>
        <source>Web address (https://…) or e-mail address:</source>
        <translation type="unfinished">Dirección web (https://…) o de correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="394"/>
        <source>%1 in %2</source>
        <translation type="unfinished">%1 en «%2»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="407"/>
        <source>Words: %1</source>
        <translation type="unfinished">Palabras: %1</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="54"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="64"/>
        <source>Messages and recommendations</source>
        <translation type="unfinished">Mensajes y recomendaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="55"/>
        <source>Say it briefly: a summary, a few key messages, recommendations for each addressee, and — for the oral-statement template — the words to deliver.</source>
        <translation type="unfinished">Dígalo en pocas palabras: un resumen, algunos mensajes clave, recomendaciones para cada destinatario y —para la plantilla de declaración oral— el texto que se leerá.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="62"/>
        <source>Summary</source>
        <translation type="unfinished">Resumen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="63"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished">Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="87"/>
        <source>Key messages</source>
        <translation type="unfinished">Mensajes clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="67"/>
        <source>Key message</source>
        <translation type="unfinished">Mensaje clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="71"/>
        <source>Key &amp;message:</source>
        <translation type="unfinished">Mensaje &amp;clave:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="72"/>
        <source>One or two sentences each; three to five messages work best.</source>
        <translation type="unfinished">Una o dos frases cada uno; lo ideal son de tres a cinco mensajes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>Messa&amp;ges:</source>
        <translation type="unfinished">Mensa&amp;jes:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>&amp;Add message</source>
        <translation type="unfinished">Aña&amp;dir mensaje</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>No key messages yet.</source>
        <translation type="unfinished">Todavía no hay mensajes clave.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>key message</source>
        <translation type="unfinished">el mensaje clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="112"/>
        <source>Recommendations</source>
        <translation type="unfinished">Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="93"/>
        <source>Addressee</source>
        <translation type="unfinished">Destinatario</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="96"/>
        <source>Who the recommendation is for</source>
        <translation type="unfinished">A quién va dirigida la recomendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="98"/>
        <source>Addre&amp;ssee:</source>
        <translation type="unfinished">Destina&amp;tario:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="99"/>
        <source>Recommendation</source>
        <translation type="unfinished">Recomendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="100"/>
        <source>Recommendatio&amp;n:</source>
        <translation type="unfinished">Recomendació&amp;n:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Recommen&amp;dations:</source>
        <translation type="unfinished">Recomendac&amp;iones:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Add recommen&amp;dation</source>
        <translation type="unfinished">Añadir rec&amp;omendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>No recommendations yet.</source>
        <translation type="unfinished">Todavía no hay recomendaciones.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>recommendation</source>
        <translation type="unfinished">la recomendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="158"/>
        <source>Oral statement</source>
        <translation type="unfinished">Declaración oral</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="116"/>
        <source>Statement text</source>
        <translation type="unfinished">Texto de la declaración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="118"/>
        <source>Statement &amp;text:</source>
        <translation type="unfinished">Te&amp;xto de la declaración:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="120"/>
        <source>Leave it empty to deliver the suggested draft, composed from your key messages and asks; or take the draft and edit it.</source>
        <translation type="unfinished">Déjelo vacío para pronunciar el borrador propuesto, compuesto a partir de sus mensajes clave y sus peticiones; o tome el borrador y modifíquelo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="123"/>
        <source>&amp;Insert the suggested draft</source>
        <translation type="unfinished">Insertar el &amp;borrador propuesto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="125"/>
        <source>Insert the suggested draft</source>
        <translation type="unfinished">Insertar el borrador propuesto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="127"/>
        <source>Copy the statement composed from your key messages and asks into the statement text, to edit as you like (Undo brings back what was there).</source>
        <translation type="unfinished">Copiar la declaración compuesta a partir de sus mensajes clave y sus peticiones en el texto de la declaración, para modificarla a su gusto (Deshacer recupera lo que había).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="133"/>
        <source>Length of the suggested draft</source>
        <translation type="unfinished">Duración del borrador propuesto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="247"/>
        <source>No draft yet: add key messages or asks.</source>
        <translation type="unfinished">Todavía no hay borrador: añada mensajes clave o peticiones.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="250"/>
        <source>Suggested draft: %1 words, about %2</source>
        <translation type="unfinished">Borrador propuesto: %1 palabras, unos %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="139"/>
        <source>Speaker</source>
        <translation type="unfinished">Orador u oradora</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="140"/>
        <source>Name and role of the person speaking</source>
        <translation type="unfinished">Nombre y cargo de la persona que habla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="141"/>
        <source>S&amp;peaker:</source>
        <translation type="unfinished">Or&amp;ador u oradora:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="143"/>
        <source>Time limit in seconds</source>
        <translation type="unfinished">Tiempo máximo en segundos</translation>
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
        <translation type="unfinished">Sin límite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="152"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished">Tiempo má&amp;ximo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="156"/>
        <source>Length of the statement</source>
        <translation type="unfinished">Duración de la declaración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="171"/>
        <source>(empty)</source>
        <translation type="unfinished">(vacío)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="175"/>
        <source>(no addressee)</source>
        <translation type="unfinished">(sin destinatario)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="211"/>
        <source>Insert the suggested statement</source>
        <translation type="unfinished">Inserción de la declaración propuesta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="229"/>
        <source>Words: %1</source>
        <translation type="unfinished">Palabras: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="230"/>
        <source>about %1 to speak at %2 words a minute</source>
        <translation type="unfinished">unos %1 de lectura a %2 palabras por minuto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="234"/>
        <source>⚠ %1 over the limit of %2</source>
        <translation type="unfinished">⚠ %1 por encima del límite de %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="237"/>
        <source>within the limit of %1</source>
        <translation type="unfinished">dentro del límite de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="240"/>
        <source>Composed statement: %1</source>
        <translation type="unfinished">Declaración compuesta: %1</translation>
    </message>
</context>
<context>
    <name>ObjectiveChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="57"/>
        <source>Ticked: %1</source>
        <translation type="unfinished">Marcados: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="58"/>
        <source>None ticked yet.</source>
        <translation type="unfinished">Todavía no hay ninguno marcado.</translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="29"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="51"/>
        <source>Occasion and audience</source>
        <translation type="unfinished">Contexto y público</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="30"/>
        <source>What is the paper for? Give it a title, choose the language it is written in, and say which process or meeting it is for and who should read it.</source>
        <translation type="unfinished">¿Para qué es el documento? Póngale un título, elija el idioma en que está escrito e indique para qué proceso o reunión es y quién debe leerlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="37"/>
        <source>Paper title</source>
        <translation type="unfinished">Título del documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="38"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="39"/>
        <source>Subtitle</source>
        <translation type="unfinished">Subtítulo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="40"/>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished">&amp;Subtítulo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="41"/>
        <source>Language of the paper</source>
        <translation type="unfinished">Idioma del documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="42"/>
        <source>English</source>
        <translation type="unfinished">English — inglés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="43"/>
        <source>Français — French</source>
        <translation type="unfinished">Français — francés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="44"/>
        <source>Español — Spanish</source>
        <translation type="unfinished">Español</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="45"/>
        <source>العربية — Arabic</source>
        <translation type="unfinished">العربية — árabe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="46"/>
        <source>中文 — Chinese</source>
        <translation type="unfinished">中文 — chino</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="47"/>
        <source>Русский — Russian</source>
        <translation type="unfinished">Русский — ruso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="50"/>
        <source>The six official UN languages. Headings and dates in the paper follow it; Arabic papers are laid out right to left.</source>
        <translation type="unfinished">Los seis idiomas oficiales de las Naciones Unidas. Los encabezados y las fechas del documento siguen esta elección; los documentos en árabe se maquetan de derecha a izquierda.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="52"/>
        <source>&amp;Language of the paper:</source>
        <translation type="unfinished">&amp;Idioma del documento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="53"/>
        <source>Publication date</source>
        <translation type="unfinished">Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="54"/>
        <source>Not shown on the paper</source>
        <translation type="unfinished">No figura en el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="56"/>
        <source>The day the paper comes out, written YYYY-MM-DD (2026-05-05); it is printed on the paper. Leave it empty to print no date.</source>
        <translation type="unfinished">El día en que se publica el documento, con el formato AAAA-MM-DD (2026-05-05); se imprime en el documento. Deje el campo vacío para no imprimir ninguna fecha.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="58"/>
        <source>P&amp;ublished:</source>
        <translation type="unfinished">Pu&amp;blicado el:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="80"/>
        <source>Process and event</source>
        <translation type="unfinished">Proceso y evento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="64"/>
        <source>Process</source>
        <translation type="unfinished">Proceso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="65"/>
        <source>Other — in your own words…</source>
        <translation type="unfinished">Otro — con sus propias palabras…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="66"/>
        <source>&amp;Process:</source>
        <translation type="unfinished">&amp;Proceso:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="67"/>
        <source>Event</source>
        <translation type="unfinished">Evento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="68"/>
        <source>e.g. Multi-stakeholder hearing</source>
        <translation type="unfinished">p. ej., audiencia de múltiples partes interesadas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="69"/>
        <source>&amp;Event:</source>
        <translation type="unfinished">&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="73"/>
        <source>A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for no date.</source>
        <translation type="unfinished">Una fecha completa (2026-05-05), un mes (2026-05) o un año (2026); déjelo vacío si no hay fecha.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="75"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="77"/>
        <source>Place</source>
        <translation type="unfinished">Lugar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="78"/>
        <source>e.g. New York</source>
        <translation type="unfinished">p. ej., Nueva York</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="79"/>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished">Lu&amp;gar:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="82"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="88"/>
        <source>Audience</source>
        <translation type="unfinished">Público</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="86"/>
        <source>Tick everyone the paper is for (hover for a hint), or add your own.</source>
        <translation type="unfinished">Marque todos los públicos a los que se dirige el documento (pase el ratón para ver una explicación) o añada los suyos.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="94"/>
        <source>Not a date: write 2026-05-12, 2026-05 or 2026.</source>
        <translation type="unfinished">No es una fecha: escriba 2026-05-12, 2026-05 o 2026.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="104"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">Esta fecha no existe en el calendario.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="102"/>
        <source>Not a date: write it as 2026-05-12, or leave it empty.</source>
        <translation type="unfinished">No es una fecha: escríbala con el formato 2026-05-12 o deje el campo vacío.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="33"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="48"/>
        <source>Organisation</source>
        <extracomment>Field path prefixes; ``None`` stands for any list index.</extracomment>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="34"/>
        <source>Tell readers who is speaking. The name and a short description appear on the paper; the contact details let them reach you.</source>
        <translation type="unfinished">Diga a quienes lean quién habla. El nombre y una breve descripción aparecen en el documento; los datos de contacto permiten comunicarse con ustedes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="41"/>
        <source>Organisation name</source>
        <translation type="unfinished">Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="42"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="43"/>
        <source>Acronym or short name</source>
        <translation type="unfinished">Sigla o nombre corto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="44"/>
        <source>e.g. MVWA</source>
        <translation type="unfinished">p. ej., MVWA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="45"/>
        <source>&amp;Acronym:</source>
        <translation type="unfinished">Si&amp;gla:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="46"/>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="47"/>
        <source>Where you are based</source>
        <translation type="unfinished">Dónde tienen su sede</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="48"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">&amp;País:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="50"/>
        <source>&amp;Migrant-led organisation</source>
        <translation type="unfinished">Organización &amp;liderada por migrantes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="52"/>
        <source>Led by migrants, refugees or returnees themselves. The paper says so.</source>
        <translation type="unfinished">Liderada por las propias personas migrantes, refugiadas o retornadas. El documento lo indica.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="54"/>
        <source>Short description</source>
        <translation type="unfinished">Breve descripción</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="56"/>
        <source>Short &amp;description:</source>
        <translation type="unfinished">Breve &amp;descripción:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="75"/>
        <source>Contact</source>
        <translation type="unfinished">Contacto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="61"/>
        <source>Contact person</source>
        <translation type="unfinished">Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="62"/>
        <source>Name and role</source>
        <translation type="unfinished">Nombre y cargo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="63"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">Persona de c&amp;ontacto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="64"/>
        <source>E-mail</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="65"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="67"/>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="68"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">Telé&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="69"/>
        <source>Website</source>
        <translation type="unfinished">Sitio web</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="71"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">Sitio &amp;web:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="73"/>
        <source>Postal address</source>
        <translation type="unfinished">Dirección postal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="74"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">Di&amp;rección:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="80"/>
        <source>Logo</source>
        <translation type="unfinished">Logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="87"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished">Esto no parece una dirección de correo electrónico (nombre@example.org).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="91"/>
        <source>This does not look like a web address (https://example.org).</source>
        <translation type="unfinished">Esto no parece una dirección web (https://example.org).</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="321"/>
        <source>Templates</source>
        <translation type="unfinished">Plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="348"/>
        <source>Customise template</source>
        <translation type="unfinished">Personalizar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="349"/>
        <source>A copy of “%1” is made in your template folder under a new name. Change the copy as you like; the original stays as it is.</source>
        <translation type="unfinished">Se crea una copia de «%1» en su carpeta de plantillas con un nombre nuevo. Modifique la copia como quiera; el original no cambia.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="351"/>
        <source>%1 (our own)</source>
        <translation type="unfinished">%1 (nuestra versión)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="356"/>
        <source>Use customised template</source>
        <translation type="unfinished">Usar la plantilla personalizada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="360"/>
        <source>The template could not be copied</source>
        <translation type="unfinished">No se pudo copiar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="377"/>
        <source>The template could not be customised</source>
        <translation type="unfinished">No se pudo personalizar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="384"/>
        <source>The template could not be opened</source>
        <translation type="unfinished">No se pudo abrir la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="389"/>
        <source>Rename template</source>
        <translation type="unfinished">Cambiar el nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="390"/>
        <source>Briefs that use this template by its old name will need to be pointed at the new one.</source>
        <translation type="unfinished">Los documentos que se refieren a esta plantilla por su nombre anterior tendrán que cambiarse para usar el nuevo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="397"/>
        <source>Follow renamed template</source>
        <translation type="unfinished">Seguir la plantilla renombrada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="400"/>
        <source>The template could not be renamed</source>
        <translation type="unfinished">No se pudo cambiar el nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="403"/>
        <source>Revert template</source>
        <translation type="unfinished">Restaurar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="404"/>
        <source>Put back the files of “%1” as they are in “%2”? The changes made to this copy will be lost.</source>
        <translation type="unfinished">¿Dejar los archivos de «%1» como están en «%2»? Se perderán los cambios hechos en esta copia.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="405"/>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="409"/>
        <source>The template could not be reverted</source>
        <translation type="unfinished">No se pudo restaurar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="412"/>
        <source>Delete template</source>
        <translation type="unfinished">Eliminar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="413"/>
        <source>Delete the template “%1” and its files from your template folder? This cannot be undone.</source>
        <translation type="unfinished">¿Eliminar la plantilla «%1» y sus archivos de su carpeta de plantillas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="414"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="422"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="423"/>
        <source>Template deleted</source>
        <translation type="unfinished">Plantilla eliminada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="424"/>
        <source>This brief used the template “%1”, which has been deleted. It now uses “%2”; choose another on the Template and look step.</source>
        <translation type="unfinished">Este documento usaba la plantilla «%1», que se ha eliminado. Ahora usa «%2»; elija otra en el paso Plantilla y aspecto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="427"/>
        <source>The template could not be deleted</source>
        <translation type="unfinished">No se pudo eliminar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="435"/>
        <source>Import Template Pack</source>
        <translation type="unfinished">Importar paquete de plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="436"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="483"/>
        <source>Template packs (%1)</source>
        <translation type="unfinished">Paquetes de plantilla (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="452"/>
        <source>Template pack refused</source>
        <translation type="unfinished">Paquete de plantilla rechazado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="453"/>
        <source>The template pack was not installed; nothing was written.

%1</source>
        <translation type="unfinished">No se instaló el paquete de plantilla; no se escribió nada.

%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="472"/>
        <source>Template installed</source>
        <translation type="unfinished">Plantilla instalada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="473"/>
        <source>“%1” is installed in your template folder. Choose it in the template gallery or on the Template and look step.</source>
        <translation type="unfinished">La plantilla «%1» se instaló en su carpeta de plantillas. Elíjala en la galería de plantillas o en el paso Plantilla y aspecto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="475"/>
        <source>The template could not be installed</source>
        <translation type="unfinished">No se pudo instalar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="482"/>
        <source>Export Template Pack</source>
        <translation type="unfinished">Exportar paquete de plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="490"/>
        <source>Template exported</source>
        <translation type="unfinished">Plantilla exportada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="491"/>
        <source>“%1” was saved as %2. Send this file to a partner: they install it with Templates ▸ Import Template Pack.</source>
        <translation type="unfinished">La plantilla «%1» se guardó como %2. Envíe este archivo a un socio: podrá instalarla con Plantillas ▸ Importar paquete de plantilla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="494"/>
        <source>The template could not be exported</source>
        <translation type="unfinished">No se pudo exportar la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="503"/>
        <source>The templates could not be listed</source>
        <translation type="unfinished">No se pudo obtener la lista de plantillas</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="62"/>
        <source>Printing your brief…</source>
        <translation type="unfinished">Imprimiendo su documento…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="66"/>
        <source>Thumbnail of %1</source>
        <translation type="unfinished">Miniatura de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="68"/>
        <source>Page 1 of your brief printed with “%1” is being made.</source>
        <translation type="unfinished">Se está preparando la página 1 de su documento impresa con «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="78"/>
        <source>%1 pages at most</source>
        <translation type="unfinished">%1 páginas como máximo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="79"/>
        <source>1 page</source>
        <translation type="unfinished">1 página</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="89"/>
        <source>Page 1 of your brief printed with “%1”.</source>
        <translation type="unfinished">Página 1 de su documento impresa con «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="94"/>
        <source>Could not print your brief:
%1</source>
        <translation type="unfinished">No se pudo imprimir su documento:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="97"/>
        <source>Your brief could not be printed with “%1”: %2</source>
        <translation type="unfinished">No se pudo imprimir su documento con «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PackDialogs</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="58"/>
        <source>bundled</source>
        <extracomment>what Import offers (any zip still installs); Export writes the first a brief whose template was deleted falls back to this bundled one (the model&apos;s default)</extracomment>
        <translation type="unfinished">incluida</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="60"/>
        <source>your own, based on %1</source>
        <translation type="unfinished">propia, basada en %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="61"/>
        <source>installed</source>
        <translation type="unfinished">instalada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="69"/>
        <source>by %1</source>
        <translation type="unfinished">de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="71"/>
        <source>version %1</source>
        <translation type="unfinished">versión %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="78"/>
        <source>oral statement</source>
        <translation type="unfinished">declaración oral</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="79"/>
        <source>paper</source>
        <translation type="unfinished">documento escrito</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="80"/>
        <source>%1 at most</source>
        <translation type="unfinished">%1 como máximo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="81"/>
        <source>no limit</source>
        <translation type="unfinished">sin límite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="83"/>
        <source>Name:</source>
        <translation type="unfinished">Nombre:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="84"/>
        <source>Author:</source>
        <translation type="unfinished">Autor:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="85"/>
        <source>Version:</source>
        <translation type="unfinished">Versión:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="86"/>
        <source>Licence:</source>
        <translation type="unfinished">Licencia:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="87"/>
        <source>Kind:</source>
        <translation type="unfinished">Tipo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="88"/>
        <source>Pages:</source>
        <translation type="unfinished">Páginas:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="89"/>
        <source>Where:</source>
        <translation type="unfinished">Origen:</translation>
    </message>
</context>
<context>
    <name>PackNameDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="139"/>
        <source>Template name</source>
        <translation type="unfinished">Nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="140"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="144"/>
        <source>Template title</source>
        <translation type="unfinished">Título de la plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="145"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="161"/>
        <source>A name is lowercase letters (a–z), digits and dashes, starts with a letter or digit and is at most 64 characters, e.g. our-brief.</source>
        <translation type="unfinished">Un nombre consta de letras minúsculas (a–z), cifras y guiones, empieza por una letra o una cifra y tiene como máximo 64 caracteres; p. ej., nuestro-documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="164"/>
        <source>There is already a template called “%1”: choose another name.</source>
        <translation type="unfinished">Ya hay una plantilla llamada «%1»: elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="167"/>
        <source>Give the template a title: people see it in the gallery.</source>
        <translation type="unfinished">Dé un título a la plantilla: es lo que se ve en la galería.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="173"/>
        <source>The name is how briefs refer to the template; the title is what people see.</source>
        <translation type="unfinished">Los documentos se refieren a la plantilla por su nombre; el título es lo que se muestra en pantalla.</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="53"/>
        <source>Paper as text</source>
        <extracomment>pages read per turn of the event loop (a page takes a few milliseconds)</extracomment>
        <translation type="unfinished">Documento como texto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="55"/>
        <source>The text of the preview, page by page. The arrow keys read it line by line.</source>
        <translation type="unfinished">El texto de la vista previa, página por página. Las teclas de flecha lo recorren línea a línea.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="60"/>
        <source>No preview yet.</source>
        <translation type="unfinished">Todavía no hay vista previa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="87"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Página %1 de %2</translation>
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
        <translation type="unfinished">Compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="45"/>
        <source>The commitments your organisation makes, written so that others can hold you to them: SMART — specific (what exactly, done by whom), measurable (an indicator, where things stand now and the target), achievable (the resources you put in), relevant (the GCM objectives it serves) and time-bound (a deadline). Review says which part a pledge still lacks.</source>
        <translation type="unfinished">Los compromisos que asume su organización, redactados de modo que otros puedan pedirle cuentas: SMART — específicos (qué exactamente y quién lo hará), medibles (un indicador, la situación actual y la meta), alcanzables (los recursos que aporta), pertinentes (los objetivos del Pacto Mundial a los que contribuyen) y con plazo (una fecha límite). El paso «Revisión y exportación» indica qué le falta todavía a cada compromiso.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="55"/>
        <source>Pledge action</source>
        <translation type="unfinished">Acción del compromiso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="56"/>
        <source>&amp;Action:</source>
        <translation type="unfinished">&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="58"/>
        <source>Specific: what you will do, for whom, where. “Open two legal advice desks for migrant domestic workers in Nairobi”, not “support migrants”.</source>
        <translation type="unfinished">Específico: qué hará, para quién y dónde. «Abrir dos servicios de asesoramiento jurídico para trabajadoras y trabajadores domésticos migrantes en Nairobi», no «apoyar a los migrantes».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="60"/>
        <source>Who is responsible</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="61"/>
        <source>e.g. our legal aid unit, with the Bar Association</source>
        <translation type="unfinished">p. ej., nuestra unidad de asistencia jurídica, con el Colegio de Abogados</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="62"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">&amp;Quién:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="63"/>
        <source>GCM objectives served</source>
        <translation type="unfinished">Objetivos del Pacto Mundial a los que contribuye</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="64"/>
        <source>GCM ob&amp;jectives:</source>
        <translation type="unfinished">Ob&amp;jetivos del Pacto Mundial:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="67"/>
        <source>Relevant: tick the objectives of the Global Compact the pledge helps to meet.</source>
        <translation type="unfinished">Pertinente: marque los objetivos del Pacto Mundial a cuyo cumplimiento contribuye el compromiso.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="68"/>
        <source>Indicator</source>
        <translation type="unfinished">Indicador</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="69"/>
        <source>e.g. migrants given legal advice a year</source>
        <translation type="unfinished">p. ej., personas migrantes que reciben asesoramiento jurídico al año</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="70"/>
        <source>&amp;Indicator:</source>
        <translation type="unfinished">&amp;Indicador:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="71"/>
        <source>Baseline</source>
        <translation type="unfinished">Línea de base</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="72"/>
        <source>e.g. 400 in 2025</source>
        <translation type="unfinished">p. ej., 400 en 2025</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="73"/>
        <source>&amp;Baseline:</source>
        <translation type="unfinished">&amp;Línea de base:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="74"/>
        <source>Target</source>
        <translation type="unfinished">Meta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="75"/>
        <source>e.g. 1,500 a year</source>
        <translation type="unfinished">p. ej., 1.500 al año</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="76"/>
        <source>&amp;Target:</source>
        <translation type="unfinished">&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="78"/>
        <source>Measurable: how progress is counted (the indicator), where it stands now (the baseline) and what you will reach (the target), in numbers where you can.</source>
        <translation type="unfinished">Medible: cómo se cuentan los avances (el indicador), cuál es la situación actual (la línea de base) y qué logrará (la meta), con cifras siempre que pueda.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="80"/>
        <source>Deadline</source>
        <translation type="unfinished">Fecha límite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="81"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="83"/>
        <source>Time-bound: the day (2027-12-31), month (2027-12) or year (2027) by which it is done.</source>
        <translation type="unfinished">Con plazo: el día (2027-12-31), el mes (2027-12) o el año (2027) en que estará hecho.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="85"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;Fecha límite:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="87"/>
        <source>Resources</source>
        <translation type="unfinished">Recursos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="88"/>
        <source>e.g. two lawyers, USD 40,000 a year</source>
        <translation type="unfinished">p. ej., dos abogados, 40.000 USD al año</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="89"/>
        <source>&amp;Resources:</source>
        <translation type="unfinished">Recur&amp;sos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="91"/>
        <source>Achievable: the money, staff and partners you commit.</source>
        <translation type="unfinished">Alcanzable: el dinero, el personal y los socios que compromete.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Pl&amp;edges:</source>
        <translation type="unfinished">Compr&amp;omisos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Add p&amp;ledge</source>
        <translation type="unfinished">Añadir compromis&amp;o</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Q&amp;uitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished">Su&amp;bir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move dow&amp;n</source>
        <translation type="unfinished">Baja&amp;r</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>No pledges yet: press Add pledge.</source>
        <translation type="unfinished">Todavía no hay compromisos: pulse Añadir compromiso.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>pledge</source>
        <translation type="unfinished">el compromiso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="108"/>
        <source>(no action yet)</source>
        <translation type="unfinished">(todavía sin acción)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="120"/>
        <source>Not a date: write 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">No es una fecha: escriba 2027-12-31, 2027-12 o 2027, para que se puedan comprobar los avances.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="123"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">Esta fecha no existe en el calendario.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="412"/>
        <source>Preferences</source>
        <translation type="unfinished">Preferencias</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="419"/>
        <source>Language of the app</source>
        <translation type="unfinished">Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="420"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="425"/>
        <source>Automatic (from the language)</source>
        <translation type="unfinished">Automática (según el idioma)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="426"/>
        <source>Left to right</source>
        <translation type="unfinished">De izquierda a derecha</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="427"/>
        <source>Right to left</source>
        <translation type="unfinished">De derecha a izquierda</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="430"/>
        <source>Layout direction</source>
        <translation type="unfinished">Dirección de la interfaz</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="431"/>
        <source>Layout &amp;direction:</source>
        <translation type="unfinished">&amp;Dirección de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="437"/>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="439"/>
        <source>Seconds without typing before a recovery copy is saved</source>
        <translation type="unfinished">Segundos sin escribir antes de guardar una copia de recuperación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="441"/>
        <source>&amp;Recovery copy after a pause of:</source>
        <translation type="unfinished">Copia de &amp;recuperación tras una pausa de:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="445"/>
        <source>Show the welcome screen when BriefWriter &amp;starts</source>
        <translation type="unfinished">Mostrar la pantalla de bienvenida al i&amp;niciar BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="451"/>
        <source>A new language or layout direction applies at once; your work stays as it is.</source>
        <translation type="unfinished">Un nuevo idioma o sentido de escritura se aplica de inmediato; su trabajo queda tal como está.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="122"/>
        <source>Preview of the brief</source>
        <extracomment>the pane switched between the pages and their text (&quot;Paper as text&quot;)</extracomment>
        <translation type="unfinished">Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="143"/>
        <source>Preview error</source>
        <translation type="unfinished">Error de la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="150"/>
        <source>Preview status</source>
        <translation type="unfinished">Estado de la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="155"/>
        <source>Preview progress</source>
        <translation type="unfinished">Progreso de la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="163"/>
        <source>Preview warnings</source>
        <translation type="unfinished">Advertencias de la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="219"/>
        <source>Zoom out</source>
        <translation type="unfinished">Reducir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="222"/>
        <source>Zoom in</source>
        <translation type="unfinished">Ampliar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="226"/>
        <source>Fit width</source>
        <translation type="unfinished">Ancho completo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="229"/>
        <source>Paper as text</source>
        <translation type="unfinished">Documento como texto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="283"/>
        <source>&amp;Page</source>
        <translation type="unfinished">&amp;Página</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="285"/>
        <source>Page</source>
        <translation type="unfinished">Página</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="389"/>
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform>de %n</numerusform>
            <numerusform>de %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="390"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="396"/>
        <source>%1. To read its text, choose Paper as text (%2).</source>
        <translation type="unfinished">%1. Para leer su texto, elija Documento como texto (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="405"/>
        <location filename="../../briefwriter/gui/preview.py" line="418"/>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <location filename="../../briefwriter/gui/preview.py" line="505"/>
        <source>Updating…</source>
        <translation type="unfinished">Actualizando…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="425"/>
        <source>Updating: laying out page %1 of about %2…</source>
        <translation type="unfinished">Actualizando: maquetando la página %1 de unas %2…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="427"/>
        <source>Updating: laying out page %1…</source>
        <translation type="unfinished">Actualizando: maquetando la página %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="431"/>
        <source>Updating: writing the pages…</source>
        <translation type="unfinished">Actualizando: escribiendo las páginas…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="435"/>
        <source>Updating: preparing the text and styles…</source>
        <translation type="unfinished">Actualizando: preparando el texto y los estilos…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="445"/>
        <source>Starting the preview…</source>
        <translation type="unfinished">Iniciando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="447"/>
        <source>Restarting the renderer…</source>
        <translation type="unfinished">Reiniciando el motor de representación…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="449"/>
        <source>The preview is not available.</source>
        <translation type="unfinished">La vista previa no está disponible.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="453"/>
        <source>The preview could not be updated:</source>
        <translation type="unfinished">No se pudo actualizar la vista previa:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="460"/>
        <source>Showing the last preview that worked.</source>
        <translation type="unfinished">Se muestra la última vista previa que funcionó.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="397"/>
        <location filename="../../briefwriter/gui/preview.py" line="462"/>
        <source>No preview yet.</source>
        <translation type="unfinished">Todavía no hay vista previa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="469"/>
        <source>The preview file could not be opened.</source>
        <translation type="unfinished">No se pudo abrir el archivo de la vista previa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <source>Up to date</source>
        <translation type="unfinished">Actualizada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="506"/>
        <source>Up to date, with %n warning(s):</source>
        <translation type="unfinished">
            <numerusform>Actualizada, con %n advertencia:</numerusform>
            <numerusform>Actualizada, con %n advertencias:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="511"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="36"/>
        <source>principles %1</source>
        <translation type="unfinished">principios %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="39"/>
        <source>objectives %1</source>
        <translation type="unfinished">objetivos %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="42"/>
        <source>actions %1</source>
        <translation type="unfinished">acciones %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="52"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="55"/>
        <source>Priorities</source>
        <translation type="unfinished">Prioridades</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="53"/>
        <source>Name the issues your paper is about, in your own words. Start from a suggestion if one fits: it comes with links to the Global Compact already ticked.</source>
        <translation type="unfinished">Nombre con sus propias palabras los temas de los que trata su documento. Parta de una sugerencia si alguna encaja: trae ya marcados sus vínculos con el Pacto Mundial.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="62"/>
        <source>Priority title</source>
        <translation type="unfinished">Título de la prioridad</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="63"/>
        <source>A short, clear headline</source>
        <translation type="unfinished">Un titular breve y claro</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="64"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="65"/>
        <source>Priority description</source>
        <translation type="unfinished">Descripción de la prioridad</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="66"/>
        <source>&amp;Description:</source>
        <translation type="unfinished">&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="78"/>
        <source>Links to the GCM</source>
        <translation type="unfinished">Vínculos con el Pacto Mundial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="73"/>
        <source>Link to the &amp;GCM…</source>
        <translation type="unfinished">Vincular al Pacto &amp;Mundial…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="74"/>
        <source>Go to the Link to the GCM step</source>
        <translation type="unfinished">Ir al paso «Vínculo con el Pacto Mundial»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Priorities:</source>
        <translation type="unfinished">&amp;Prioridades:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Add your own priority</source>
        <translation type="unfinished">Aña&amp;dir una prioridad propia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>No priorities yet: add your own or start from a suggestion.</source>
        <translation type="unfinished">Todavía no hay prioridades: añada la suya o parta de una sugerencia.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>priority</source>
        <translation type="unfinished">la prioridad</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="88"/>
        <source>Add from su&amp;ggestions…</source>
        <translation type="unfinished">Añadir desde su&amp;gerencias…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="89"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="131"/>
        <source>Add a priority from suggestions</source>
        <translation type="unfinished">Añadir una prioridad desde las sugerencias</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="98"/>
        <source>(untitled)</source>
        <translation type="unfinished">(sin título)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="115"/>
        <source>Select or add a priority.</source>
        <translation type="unfinished">Seleccione o añada una prioridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="121"/>
        <source>Started from the suggestion “%1”.</source>
        <translation type="unfinished">Creada a partir de la sugerencia «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="142"/>
        <source>Add priority “%1”</source>
        <translation type="unfinished">Añadir la prioridad «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="126"/>
        <source>Not linked to the Global Compact yet: use “Link to the GCM”.</source>
        <translation type="unfinished">Todavía sin vincular al Pacto Mundial: use «Vínculo con el Pacto Mundial».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="132"/>
        <source>Suggested priorities from civil-society work on the Global Compact. Picking one adds it with its usual GCM links ticked; change anything afterwards.</source>
        <translation type="unfinished">Prioridades sugeridas a partir del trabajo de la sociedad civil sobre el Pacto Mundial. Al elegir una, se añade con sus vínculos habituales con el Pacto ya marcados; después puede cambiar lo que quiera.</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="47"/>
        <source>Problems</source>
        <translation type="unfinished">Problemas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Error</source>
        <translation type="unfinished">Error</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Warning</source>
        <translation type="unfinished">Advertencia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished">Nota</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="89"/>
        <source>No problems found.</source>
        <translation type="unfinished">No se encontró ningún problema.</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="259"/>
        <source>&amp;Use saved profile</source>
        <translation type="unfinished">Us&amp;ar el perfil guardado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="261"/>
        <source>Fill in this page from your organisation profile (Tools ▸ Organisation Profile…)</source>
        <translation type="unfinished">Rellenar esta página con el perfil de su organización (Herramientas ▸ Perfil de la organización…)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="263"/>
        <source>Save as &amp;profile</source>
        <translation type="unfinished">Guardar como p&amp;erfil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="265"/>
        <source>Keep this organisation as your profile, for every new brief</source>
        <translation type="unfinished">Conservar esta organización como su perfil, para todos los documentos nuevos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="294"/>
        <source>No saved profile</source>
        <translation type="unfinished">No hay perfil guardado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="295"/>
        <source>There is no organisation profile yet. Fill in this page and press “Save as profile”, or use Tools ▸ Organisation Profile…</source>
        <translation type="unfinished">Todavía no hay perfil de la organización. Rellene esta página y pulse «Guardar como perfil», o use Herramientas ▸ Perfil de la organización…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="303"/>
        <source>Use saved profile</source>
        <translation type="unfinished">Usar el perfil guardado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="305"/>
        <source>The saved profile cannot be used</source>
        <translation type="unfinished">No se puede usar el perfil guardado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="313"/>
        <source>Profile saved</source>
        <translation type="unfinished">Perfil guardado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="314"/>
        <source>“%1” is now your organisation profile: every new brief starts with it.</source>
        <translation type="unfinished">«%1» es ahora el perfil de su organización: todo documento nuevo empezará con él.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="315"/>
        <source>Your organisation</source>
        <translation type="unfinished">Su organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="316"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">No se guardó el perfil; el anterior no ha cambiado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="323"/>
        <source>Save as Profile</source>
        <translation type="unfinished">Guardar como perfil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="324"/>
        <source>Replace your saved profile (“%1”) with this brief&apos;s organisation?</source>
        <translation type="unfinished">¿Reemplazar su perfil guardado («%1») por la organización de este documento?</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>unnamed</source>
        <translation type="unfinished">sin nombre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>&amp;Replace Profile</source>
        <translation type="unfinished">&amp;Reemplazar el perfil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="330"/>
        <source>The saved profile cannot be read</source>
        <translation type="unfinished">No se puede leer el perfil guardado</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="98"/>
        <source>%1 holds the profile of “%2”:</source>
        <translation type="unfinished">%1 contiene el perfil de «%2»:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="99"/>
        <source>an unnamed organisation</source>
        <translation type="unfinished">una organización sin nombre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="100"/>
        <source>Acronym: %1</source>
        <translation type="unfinished">Sigla: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="101"/>
        <source>Country: %1</source>
        <translation type="unfinished">País: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="102"/>
        <source>Contact: %1</source>
        <translation type="unfinished">Contacto: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="103"/>
        <source>Logo: %1</source>
        <translation type="unfinished">Logotipo: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="120"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="127"/>
        <source>Organisation Profile</source>
        <extracomment>the saved profile was read (or there is none) and the fields show it the profile was saved or imported (the path of its folder)</extracomment>
        <translation type="unfinished">Perfil de la organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="121"/>
        <source>Organisation profile</source>
        <translation type="unfinished">Perfil de la organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="128"/>
        <source>Who you are, saved once: every new brief starts with it, and partners can use the exported file to add you as a co-signatory.</source>
        <translation type="unfinished">Los datos de su organización, guardados una sola vez: todo documento nuevo empieza con ellos, y sus socios pueden usar el archivo exportado para añadir a su organización como cofirmante.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="131"/>
        <source>Profile status</source>
        <translation type="unfinished">Estado del perfil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="133"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="135"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="137"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="139"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">Cerr&amp;ar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="141"/>
        <source>Use a profile file made on another computer</source>
        <translation type="unfinished">Usar un archivo de perfil creado en otro equipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="143"/>
        <source>Save the profile as a file partners can add as a co-signatory</source>
        <translation type="unfinished">Guardar el perfil en un archivo que sus socios puedan añadir como cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="157"/>
        <source>The saved profile cannot be used; saving replaces it</source>
        <translation type="unfinished">No se puede usar el perfil guardado; al guardar, se reemplazará</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="167"/>
        <source>No profile yet: fill in the fields and press Save.</source>
        <translation type="unfinished">Todavía no hay perfil: rellene los campos y pulse Guardar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="173"/>
        <source>Saved in %1</source>
        <translation type="unfinished">Guardada en %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="193"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">No se guardó el perfil; el anterior no ha cambiado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="201"/>
        <source>Export Organisation Profile</source>
        <translation type="unfinished">Exportar el perfil de la organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="202"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="222"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">Perfiles de organización (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="210"/>
        <source>Profile exported</source>
        <translation type="unfinished">Perfil exportado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="211"/>
        <source>The profile was saved as %1. A partner adds you to their brief with “Add from a partner&apos;s profile…” on the Co-signatories step.</source>
        <translation type="unfinished">El perfil se guardó como %1. Para añadir a su organización como cofirmante, un socio usa «Añadir desde el perfil de un socio…» en el paso «Cofirmantes» de su propio documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="217"/>
        <source>The profile was not exported</source>
        <translation type="unfinished">No se exportó el perfil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="221"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="233"/>
        <source>Import Organisation Profile</source>
        <translation type="unfinished">Importar un perfil de la organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="226"/>
        <source>The profile was not imported; nothing was changed</source>
        <translation type="unfinished">No se importó el perfil; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="232"/>
        <source>It replaces your saved profile.</source>
        <translation type="unfinished">Reemplazará su perfil guardado.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="234"/>
        <source>&amp;Replace My Profile</source>
        <translation type="unfinished">&amp;Reemplazar mi perfil</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="239"/>
        <source>Imported from %1</source>
        <translation type="unfinished">Importada de %1</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="23"/>
        <source>The document could not be rendered.</source>
        <translation type="unfinished">No se pudo generar el documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="28"/>
        <source>%1, line %2</source>
        <translation type="unfinished">%1, línea %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="29"/>
        <source>line %1</source>
        <translation type="unfinished">línea %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="273"/>
        <source>The renderer could not be started{detail}. The preview and export are unavailable until BriefWriter is restarted or repaired.</source>
        <extracomment>a preview still running this long after newer edits came in is abandoned (the worker is restarted) rather than waited for: a normal render takes a second or less. waits before each automatic restart after a crash; when they run out the service gives up until ``start()`` is called again (an export or the user asking).</extracomment>
        <translation type="unfinished">No se pudo iniciar el motor de representación{detail}. La vista previa y la exportación no estarán disponibles hasta que se reinicie o se repare BriefWriter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="302"/>
        <source>The renderer sent a malformed reply.</source>
        <translation type="unfinished">El motor de representación envió una respuesta mal formada.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="367"/>
        <source>The renderer stopped unexpectedly and is being restarted; the preview will update with your next edit.</source>
        <translation type="unfinished">El motor de representación se detuvo inesperadamente y se está reiniciando; la vista previa se actualizará con su próximo cambio.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="369"/>
        <source>The renderer stopped unexpectedly and is being restarted. Please try again.</source>
        <translation type="unfinished">El motor de representación se detuvo inesperadamente y se está reiniciando. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="394"/>
        <source>Rendering took longer than %1 seconds and was stopped. The brief is very long (%2 characters of text): export it in parts, or shorten it.</source>
        <translation type="unfinished">La generación tardó más de %1 segundos y se detuvo. El documento es muy largo (%2 caracteres de texto): expórtelo por partes o acórtelo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="399"/>
        <source>Rendering took longer than {seconds} seconds and was stopped. The template may be stuck in a loop.</source>
        <translation type="unfinished">La generación tardó más de {seconds} segundos y se detuvo. Puede que la plantilla esté atrapada en un bucle.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="498"/>
        <location filename="../../briefwriter/gui/render_service.py" line="501"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished">Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="55"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="80"/>
        <source>Review and export</source>
        <translation type="unfinished">Revisión y exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="56"/>
        <source>Check what is still missing, then export the paper. Press Enter on a remark (or double-click it) to go to the field it is about.</source>
        <translation type="unfinished">Compruebe lo que falta todavía y exporte el documento. Pulse Intro sobre una observación (o haga doble clic en ella) para ir al campo correspondiente.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="70"/>
        <source>Remarks on the brief</source>
        <translation type="unfinished">Observaciones sobre el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="73"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished">&amp;Observaciones:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="76"/>
        <source>&amp;Go to the field</source>
        <translation type="unfinished">&amp;Ir al campo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="117"/>
        <source>Export</source>
        <translation type="unfinished">Exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="86"/>
        <source>Tagged for screen readers; the best choice for sharing.</source>
        <translation type="unfinished">Etiquetado para lectores de pantalla; la mejor opción para compartir.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="87"/>
        <source>For long-term archiving.</source>
        <translation type="unfinished">Para el archivo a largo plazo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="88"/>
        <source>An ordinary PDF, for systems that reject the others.</source>
        <translation type="unfinished">Un PDF corriente, para los sistemas que rechazan los demás.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="93"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="104"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="106"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">Exportar &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="108"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">Exportar como &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="109"/>
        <source>A Word document (.docx) of the same paper, for partners and calls for input that ask for one</source>
        <translation type="unfinished">Un documento de Word (.docx) con el mismo contenido, para los socios y las convocatorias de contribuciones que lo soliciten</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Problem</source>
        <translation type="unfinished">Problema</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Warning</source>
        <translation type="unfinished">Advertencia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="148"/>
        <source>Note</source>
        <translation type="unfinished">Nota</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="170"/>
        <source>General</source>
        <translation type="unfinished">General</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="180"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="187"/>
        <source>Warnings: %1. Look at them before you export.</source>
        <translation type="unfinished">Advertencias: %1. Revíselas antes de exportar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="191"/>
        <source>Notes for your information: %1.</source>
        <translation type="unfinished">Observaciones informativas: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="189"/>
        <source>No warnings: the brief is ready to export.</source>
        <translation type="unfinished">Sin advertencias: el documento está listo para exportar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="232"/>
        <source>Accessible PDF (PDF/UA) — recommended</source>
        <translation type="unfinished">PDF accesible (PDF/UA) — recomendado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="233"/>
        <source>PDF/A-3u for archiving</source>
        <translation type="unfinished">PDF/A-3u para archivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="234"/>
        <source>Plain PDF</source>
        <translation type="unfinished">PDF sencillo</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="36"/>
        <source>&amp;Safety mode: papers that do not say who wrote them</source>
        <translation type="unfinished">Modo de &amp;seguridad: documentos que no indican quién los escribió</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="39"/>
        <source>For organisations at risk. Exported PDFs and web pages leave out your organisation&apos;s name and acronym, and their metadata name no author or organisation. The file name offered for an export is neutral, such as %1. Review warns about personal names and anything else in the text that could identify you. The brief file itself still holds everything you typed: share it only with people you trust.</source>
        <translation type="unfinished">Para organizaciones en situación de riesgo. Los PDF y las páginas web exportados omiten el nombre y la sigla de su organización, y sus metadatos no indican ningún autor ni organización. El nombre de archivo que se propone al exportar es neutro, como %1. El paso «Revisión y exportación» advierte de los nombres de persona y de cualquier otro elemento del texto que pueda identificar a su organización. El archivo del documento sigue conteniendo todo lo que ha escrito: compártalo solo con personas de confianza.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="51"/>
        <source>Leave out contact deta&amp;ils (yours and the co-signatories&apos;)</source>
        <translation type="unfinished">Om&amp;itir los datos de contacto (los suyos y los de los cofirmantes)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="53"/>
        <source>Leave o&amp;ut logos (yours, the brand kit&apos;s and the co-signatories&apos;)</source>
        <translation type="unfinished">Omi&amp;tir los logotipos (el suyo, el de la identidad visual y los de los cofirmantes)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="57"/>
        <source>Safety mode</source>
        <translation type="unfinished">Modo de seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyStatus</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="93"/>
        <source>Safety mode on</source>
        <translation type="unfinished">Modo de seguridad activado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="95"/>
        <source>Exports leave out what names your organisation; Review warns about names in the text.</source>
        <translation type="unfinished">Las exportaciones omiten lo que identifica a su organización; el paso «Revisión y exportación» advierte de los nombres que aparecen en el texto.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="32"/>
        <source>At the start</source>
        <extracomment>What the &quot;Placed&quot; choice says for each ``Section.after`` value, in ``SECTION_PLACES`` order.</extracomment>
        <translation type="unfinished">Al principio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="33"/>
        <source>After the summary</source>
        <translation type="unfinished">Después del resumen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="34"/>
        <source>After the priorities</source>
        <translation type="unfinished">Después de las prioridades</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="35"/>
        <source>After the asks</source>
        <translation type="unfinished">Después de las peticiones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="36"/>
        <source>After the key messages</source>
        <translation type="unfinished">Después de los mensajes clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="37"/>
        <source>After the recommendations</source>
        <translation type="unfinished">Después de las recomendaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="38"/>
        <source>After the pledges</source>
        <translation type="unfinished">Después de los compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="39"/>
        <source>After the co-signatories</source>
        <translation type="unfinished">Después de los cofirmantes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="40"/>
        <source>At the end</source>
        <translation type="unfinished">Al final</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="47"/>
        <source>Summar&amp;y:</source>
        <extracomment>The label of each fixed part&apos;s field in &quot;Your own headings&quot; (mnemonics chosen to be free on this page and in the window), and the accessible name of that field.</extracomment>
        <translation type="unfinished">&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="48"/>
        <source>Your heading for the summary</source>
        <translation type="unfinished">Su título para el resumen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="50"/>
        <source>Si&amp;nce the last review:</source>
        <translation type="unfinished">Desde el último &amp;examen:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="51"/>
        <source>Your heading for what happened since the last review</source>
        <translation type="unfinished">Su título para lo ocurrido desde el último examen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="53"/>
        <source>Pr&amp;iorities:</source>
        <translation type="unfinished">&amp;Prioridades:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="54"/>
        <source>Your heading for the priorities</source>
        <translation type="unfinished">Su título para las prioridades</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="55"/>
        <source>As&amp;ks:</source>
        <translation type="unfinished">Peticio&amp;nes:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="56"/>
        <source>Your heading for the asks</source>
        <translation type="unfinished">Su título para las peticiones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="57"/>
        <source>Key &amp;messages:</source>
        <translation type="unfinished">&amp;Mensajes clave:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="58"/>
        <source>Your heading for the key messages</source>
        <translation type="unfinished">Su título para los mensajes clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="59"/>
        <source>Rec&amp;ommendations:</source>
        <translation type="unfinished">Rec&amp;omendaciones:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="60"/>
        <source>Your heading for the recommendations</source>
        <translation type="unfinished">Su título para las recomendaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="62"/>
        <source>P&amp;ledges:</source>
        <translation type="unfinished">&amp;Compromisos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="63"/>
        <source>Your heading for the pledges</source>
        <translation type="unfinished">Su título para los compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="64"/>
        <source>Co-signa&amp;tories:</source>
        <translation type="unfinished">Co&amp;firmantes:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="65"/>
        <source>Your heading for the co-signatories</source>
        <translation type="unfinished">Su título para los cofirmantes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="84"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="67"/>
        <source>Your own sections</source>
        <extracomment>The templates print the asks under the label &quot;aims_and_asks&quot;; every other part&apos;s label has the part&apos;s own name.</extracomment>
        <translation type="unfinished">Sus propias secciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="85"/>
        <source>Add the parts only your organisation can write — a testimony, the situation in your country, how you gathered your evidence — and choose where each goes among the paper&apos;s fixed parts. You can also give the fixed parts headings of your own.</source>
        <translation type="unfinished">Añada las partes que solo su organización puede escribir —un testimonio, la situación en su país, cómo reunió sus pruebas— y elija dónde va cada una entre las partes fijas del documento. También puede dar sus propios títulos a las partes fijas.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="116"/>
        <source>Sections</source>
        <translation type="unfinished">Secciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="93"/>
        <source>Section heading</source>
        <translation type="unfinished">Título de la sección</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="94"/>
        <source>e.g. What we see in detention</source>
        <translation type="unfinished">p. ej., Lo que vemos en los centros de detención</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="95"/>
        <source>Hea&amp;ding:</source>
        <translation type="unfinished">Títu&amp;lo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="96"/>
        <source>Section text</source>
        <translation type="unfinished">Texto de la sección</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="97"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="99"/>
        <source>Where the section goes</source>
        <translation type="unfinished">Ubicación de la sección</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="102"/>
        <source>Pla&amp;ced:</source>
        <translation type="unfinished">U&amp;bicación:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="104"/>
        <source>Sections placed at the same spot follow the order of the list.</source>
        <translation type="unfinished">Las secciones situadas en el mismo lugar siguen el orden de la lista.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>Your &amp;sections:</source>
        <translation type="unfinished">S&amp;us secciones:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>&amp;Add section</source>
        <translation type="unfinished">Aña&amp;dir sección</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>No sections of your own yet.</source>
        <translation type="unfinished">Todavía no hay secciones propias.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>section</source>
        <translation type="unfinished">la sección</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="128"/>
        <source>Your own headings</source>
        <translation type="unfinished">Sus propios títulos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="120"/>
        <source>A heading left empty keeps the template&apos;s, shown greyed in the field.</source>
        <translation type="unfinished">Un título que se deja vacío conserva el de la plantilla, que se muestra en gris en el campo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="141"/>
        <source>(no heading)</source>
        <translation type="unfinished">(sin título)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="159"/>
        <source>Template&apos;s heading</source>
        <translation type="unfinished">Título de la plantilla</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="457"/>
        <location filename="../../briefwriter/gui/session.py" line="89"/>
        <source>Untitled brief</source>
        <translation type="unfinished">Documento sin título</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="108"/>
        <source>Edit</source>
        <translation type="unfinished">Edición</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="115"/>
        <source>Add item</source>
        <translation type="unfinished">Añadido de un elemento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="124"/>
        <source>Remove item</source>
        <translation type="unfinished">Eliminación de un elemento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="131"/>
        <source>Move item</source>
        <translation type="unfinished">Movimiento de un elemento</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="40"/>
        <source>Steps</source>
        <translation type="unfinished">Pasos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="42"/>
        <source>The steps of writing a brief; each says whether it is empty, done or has warnings. Choose one to go to it.</source>
        <translation type="unfinished">Los pasos para redactar un documento; cada uno indica si está vacío, terminado o tiene advertencias. Elija uno para ir a él.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="71"/>
        <source>%1. %2</source>
        <translation type="unfinished">%1. %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="79"/>
        <source>done</source>
        <translation type="unfinished">terminado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="81"/>
        <source>has warnings</source>
        <translation type="unfinished">con advertencias</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="82"/>
        <source>empty</source>
        <translation type="unfinished">vacío</translation>
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
        <translation type="unfinished">No se pudieron leer los ejemplos de %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="110"/>
        <source>Some examples could not be read:
%1</source>
        <translation type="unfinished">Algunos ejemplos no se pudieron leer:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="113"/>
        <source>No examples were found in %1.</source>
        <translation type="unfinished">No se encontraron ejemplos en %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="126"/>
        <source>Arabic</source>
        <translation type="unfinished">Árabe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="127"/>
        <source>Chinese</source>
        <translation type="unfinished">Chino</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="128"/>
        <source>English</source>
        <translation type="unfinished">Inglés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="129"/>
        <source>French</source>
        <translation type="unfinished">Francés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="130"/>
        <source>Russian</source>
        <translation type="unfinished">Ruso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="131"/>
        <source>Spanish</source>
        <translation type="unfinished">Español</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="161"/>
        <source>Welcome to BriefWriter</source>
        <translation type="unfinished">Le damos la bienvenida a BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="168"/>
        <source>BriefWriter walks you through a briefing paper on the Global Compact for Migration, step by step, and shows the finished paper as you type. Start a new brief, or look at an example first: it opens as an untitled copy, so you can change anything.</source>
        <translation type="unfinished">BriefWriter le guía paso a paso en la redacción de un documento informativo sobre el Pacto Mundial para la Migración y muestra el documento final mientras escribe. Empiece un documento nuevo o vea antes un ejemplo: se abre como una copia sin título, que puede cambiar a su gusto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="176"/>
        <source>Start a &amp;new brief</source>
        <translation type="unfinished">Empezar un documento &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="177"/>
        <source>An empty brief; the list of steps shows the way</source>
        <translation type="unfinished">Un documento vacío; la lista de pasos le guía</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="180"/>
        <source>&amp;Open a brief…</source>
        <translation type="unfinished">&amp;Abrir un documento…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="181"/>
        <source>Choose a brief file on this computer</source>
        <translation type="unfinished">Elegir un archivo de documento en este equipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="183"/>
        <source>Read the &amp;getting-started guide</source>
        <translation type="unfinished">Leer la &amp;guía de primeros pasos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="184"/>
        <source>What each step is for, and the keys that move between them</source>
        <translation type="unfinished">Para qué sirve cada paso y las teclas para moverse entre ellos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="192"/>
        <source>Examples</source>
        <translation type="unfinished">Ejemplos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="193"/>
        <source>Each example opens as an untitled copy; the example itself is never changed</source>
        <translation type="unfinished">Cada ejemplo se abre como una copia sin título; el ejemplo en sí nunca se modifica</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="197"/>
        <source>&amp;Examples:</source>
        <translation type="unfinished">&amp;Ejemplos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="201"/>
        <source>Open a cop&amp;y of the example</source>
        <translation type="unfinished">Abrir una cop&amp;ia del ejemplo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="205"/>
        <source>Recent briefs</source>
        <translation type="unfinished">Documentos recientes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="209"/>
        <source>&amp;Recent briefs:</source>
        <translation type="unfinished">Documentos &amp;recientes:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="211"/>
        <source>No recent briefs yet.</source>
        <translation type="unfinished">Todavía no hay documentos recientes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="214"/>
        <source>O&amp;pen the recent brief</source>
        <translation type="unfinished">Abrir el &amp;documento reciente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="235"/>
        <source>&amp;Show this at start-up</source>
        <translation type="unfinished">&amp;Mostrar al iniciar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="253"/>
        <source>Reading the examples…</source>
        <translation type="unfinished">Leyendo los ejemplos…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="254"/>
        <source>Looking for your recent briefs…</source>
        <translation type="unfinished">Buscando sus documentos recientes…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="309"/>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="314"/>
        <source>%1, in %2, template %3</source>
        <translation type="unfinished">%1, %2, plantilla %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="329"/>
        <source>%1, in %2</source>
        <translation type="unfinished">%1, en %2</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="76"/>
        <source>a link, not a file of the pack</source>
        <extracomment>what a pack&apos;s editable files end with; everything else (images, fonts) is an asset</extracomment>
        <translation type="unfinished">un enlace, no un archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="89"/>
        <source>larger than %1 kB</source>
        <translation type="unfinished">más de %1 kB</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="92"/>
        <source>not a regular file</source>
        <translation type="unfinished">no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="99"/>
        <source>not UTF-8 text (line %1)</source>
        <translation type="unfinished">no es texto UTF-8 (línea %1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="28"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished">No se pudo generar la vista previa.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="121"/>
        <source>Pack files</source>
        <extracomment>brief edits are let pause this long before the pack&apos;s preview is made again</extracomment>
        <translation type="unfinished">Archivos del paquete</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="123"/>
        <source>&amp;Files</source>
        <translation type="unfinished">Arc&amp;hivos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="135"/>
        <source>Bundled templates cannot be changed — Customise… makes your own copy</source>
        <translation type="unfinished">Las plantillas incluidas no se pueden modificar — Personalizar… crea una copia propia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="137"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">&amp;Personalizar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="138"/>
        <source>Customise this template</source>
        <translation type="unfinished">Personalizar esta plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="149"/>
        <source>Preview of the brief with this template</source>
        <translation type="unfinished">Vista previa del documento con esta plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="152"/>
        <source>P&amp;roblems</source>
        <translation type="unfinished">Pro&amp;blemas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="169"/>
        <source>Resize the file list and the editor</source>
        <translation type="unfinished">Cambiar el tamaño de la lista de archivos y el editor</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="170"/>
        <source>Resize the editor and the preview</source>
        <translation type="unfinished">Cambiar el tamaño del editor y la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="171"/>
        <source>Resize the editor and the problems</source>
        <translation type="unfinished">Cambiar el tamaño del editor y la lista de problemas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="175"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="308"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished">Línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="179"/>
        <source>Resize the window</source>
        <translation type="unfinished">Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="204"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="205"/>
        <source>Save A&amp;ll</source>
        <translation type="unfinished">Guardar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="207"/>
        <source>C&amp;heck Now</source>
        <translation type="unfinished">Com&amp;probar ahora</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="209"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="211"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="213"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="215"/>
        <source>&amp;Find…</source>
        <translation type="unfinished">&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="217"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished">Ree&amp;mplazar…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="219"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished">&amp;Ir a la línea…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="242"/>
        <source>%1 (not editable: %2)</source>
        <translation type="unfinished">%1 (no editable: %2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="243"/>
        <source>an asset</source>
        <translation type="unfinished">un recurso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="253"/>
        <source>The template&apos;s files could not be read: %1</source>
        <translation type="unfinished">No se pudieron leer los archivos de la plantilla: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="269"/>
        <source>Text of %1</source>
        <translation type="unfinished">Texto de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="272"/>
        <source>%1 cannot be edited here (%2).</source>
        <translation type="unfinished">%1 no se puede editar aquí (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="273"/>
        <source>an image, font or other asset</source>
        <translation type="unfinished">una imagen, una fuente u otro recurso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="285"/>
        <source>%1[*] — Template workshop</source>
        <translation type="unfinished">%1[*] — Taller de plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="313"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="319"/>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="323"/>
        <source>Saved %1.</source>
        <translation type="unfinished">Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="336"/>
        <source>The file could not be saved</source>
        <translation type="unfinished">No se pudo guardar el archivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="355"/>
        <source>The template could not be checked: %1</source>
        <translation type="unfinished">No se pudo comprobar la plantilla: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="395"/>
        <source>Go to Line</source>
        <translation type="unfinished">Ir a la línea</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="396"/>
        <source>&amp;Line (1 to %1):</source>
        <translation type="unfinished">&amp;Línea (1 a %1):</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="81"/>
        <source>Do you want to save the changes to “%1”?

If you don&apos;t save them, your changes will be lost.</source>
        <translation type="unfinished">¿Desea guardar los cambios en «%1»?

Si no los guarda, se perderán.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="80"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="120"/>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="128"/>
        <source>never saved</source>
        <translation type="unfinished">nunca guardado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="129"/>
        <source>Untitled brief</source>
        <translation type="unfinished">Documento sin título</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="130"/>
        <source>BriefWriter did not close properly. A recovery copy of “%1” (%2) was found</source>
        <translation type="unfinished">BriefWriter no se cerró correctamente. Se encontró una copia de recuperación de «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="133"/>
        <source>, saved %1</source>
        <translation type="unfinished">, guardada el %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="141"/>
        <source>Recover Unsaved Work?</source>
        <translation type="unfinished">¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="143"/>
        <source>Recover opens it with its changes marked as unsaved; your own file is not changed until you save. Discard deletes the copy. Later keeps it for the next start.</source>
        <translation type="unfinished">Recuperar la abre con sus cambios marcados como no guardados; su propio archivo no cambia hasta que guarde. Descartar elimina la copia. Más tarde la conserva para el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="147"/>
        <source>&amp;Recover</source>
        <translation type="unfinished">&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="148"/>
        <source>&amp;Discard</source>
        <translation type="unfinished">&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="150"/>
        <source>&amp;Later</source>
        <translation type="unfinished">Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="171"/>
        <source>You can save the brief under another name or in another folder.</source>
        <translation type="unfinished">Puede guardar el documento con otro nombre o en otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="173"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="346"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="210"/>
        <source>Briefs (*.brief.yaml)</source>
        <translation type="unfinished">Documentos de BriefWriter (*.brief.yaml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="347"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="211"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished">Archivos YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="348"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="212"/>
        <source>All files (*)</source>
        <translation type="unfinished">Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="216"/>
        <source>Open Brief</source>
        <translation type="unfinished">Abrir documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="223"/>
        <source>Save Brief As</source>
        <translation type="unfinished">Guardar documento como</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="237"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Primeros pasos&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="238"/>
        <source>&lt;p&gt;BriefWriter walks you through a briefing paper step by step. The list on the left shows them in order, with a mark for each: an empty circle for a step not started, a tick when it is done, and a warning sign when something needs a look. You can go to any step at any time.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter le acompaña paso a paso en la redacción de una nota informativa. La lista de la izquierda muestra los pasos en orden, cada uno con una marca: un círculo vacío para un paso sin empezar, una marca de verificación cuando está terminado y un signo de advertencia cuando algo merece una revisión. Puede ir a cualquier paso en cualquier momento.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="243"/>
        <source>&lt;p&gt;&lt;b&gt;Start with who you are and what the paper is for.&lt;/b&gt; Organisation takes your name, country and contact; Occasion and audience asks which process or event the paper is for (the IMRF, a regional review, a Human Rights Council session or your own) and who will read it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Empiece por quiénes son ustedes y para qué es el documento.&lt;/b&gt; Organización recoge su nombre, su país y sus datos de contacto; Contexto y público pregunta para qué proceso o evento es el documento (el Foro de Examen de la Migración Internacional, un examen regional, un período de sesiones del Consejo de Derechos Humanos u otro propio) y quién lo leerá.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Name your priorities in your own words.&lt;/b&gt; Suggestions drawn from civil-society guidance are there if they help. Then, in Link to the GCM, tick the guiding principles, objectives and lettered actions of the Global Compact that each priority relates to. Search for words such as “detention” or “children” to find them quickly.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Nombre sus prioridades con sus propias palabras.&lt;/b&gt; Hay sugerencias tomadas de guías de la sociedad civil por si le ayudan. Después, en Vínculo con el Pacto Mundial, marque los principios rectores, los objetivos y las acciones (designadas con una letra) del Pacto Mundial con los que se relaciona cada prioridad. Busque palabras como «detention» o «children» (el texto del Pacto está en inglés) para encontrarlos rápido.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Say what you want to achieve.&lt;/b&gt; Pick engagement aims and turn each into a concrete ask: who should do what, by when. Add your key messages, recommendations, evidence with sources, pledges and co-signatories.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Diga qué quiere lograr.&lt;/b&gt; Elija propósitos de participación y convierta cada uno en una petición concreta: quién debe hacer qué y para cuándo. Añada sus mensajes clave, recomendaciones, pruebas con sus fuentes, compromisos y cofirmantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="258"/>
        <source>&lt;p&gt;&lt;b&gt;Watch the paper take shape.&lt;/b&gt; The pane on the right shows the real PDF and updates a moment after you stop typing. Choose a template and adjust the look in Template and look.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Vea cómo toma forma el documento.&lt;/b&gt; El panel de la derecha muestra el PDF real y se actualiza un momento después de que deje de escribir. Elija una plantilla y ajuste el aspecto en Plantilla y aspecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="262"/>
        <source>&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Review and export lists anything worth checking; choose an item to jump to the field. Then export an accessible PDF (or HTML) with File ▸ Export PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Exporte.&lt;/b&gt; Revisión y exportación enumera todo lo que conviene revisar; elija un elemento para ir al campo. Después exporte un PDF accesible (o HTML) con Archivo ▸ Exportar PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Your work is kept safe.&lt;/b&gt; Save with Ctrl+S: briefs are readable text files you can reopen next year or share with partners. Every change can be undone with Ctrl+Z, and a recovery copy is kept while you work, so a crash does not cost you your text.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Su trabajo está a salvo.&lt;/b&gt; Guarde con Ctrl+S: los documentos son archivos de texto legibles que podrá volver a abrir el año próximo o compartir con sus socios. Cada cambio se puede deshacer con Ctrl+Z, y se mantiene una copia de recuperación mientras trabaja, así que un cierre inesperado no le hará perder su texto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="271"/>
        <source>&lt;p&gt;Everything works from the keyboard: Tab moves between fields, Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous and next step, and F1 opens this guide again.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Todo funciona con el teclado: Tab pasa de un campo a otro, Alt+Izquierda y Alt+Derecha (o Ctrl+Re Pág y Ctrl+Av Pág) llevan al paso anterior y al siguiente, y F1 vuelve a abrir esta guía.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="300"/>
        <source>Getting Started with BriefWriter</source>
        <translation type="unfinished">Primeros pasos con BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="317"/>
        <source>&lt;p&gt;The GCM data could not be loaded: %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;No se pudieron cargar los datos del Pacto Mundial: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="320"/>
        <source>%1 of %2 verified</source>
        <translation type="unfinished">%1 de %2 verificados</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="322"/>
        <source>Guiding principles</source>
        <translation type="unfinished">Principios rectores</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="324"/>
        <source>Objective titles</source>
        <translation type="unfinished">Títulos de los objetivos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="326"/>
        <source>Commitments</source>
        <translation type="unfinished">Compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="327"/>
        <source>%1 verified, %2 partly verified, of %3</source>
        <translation type="unfinished">%1 verificados, %2 verificados en parte, de %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="330"/>
        <source>Actions</source>
        <translation type="unfinished">Acciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="331"/>
        <source>%1 verified, %2 partly verified, %3 not yet verified, of %4</source>
        <translation type="unfinished">%1 verificadas, %2 verificadas en parte, %3 aún sin verificar, de %4</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="342"/>
        <source>&lt;p&gt;“Verified” means every word was compared with the final text of %1. Wording not yet verified is flagged in the app and, if you choose, in the PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;«Verificado» significa que cada palabra se cotejó con el texto final de %1. La redacción aún no verificada se señala en la aplicación y, si así lo decide, en el PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="348"/>
        <source>&lt;h3&gt;The Global Compact for Migration text&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;El texto del Pacto Mundial para la Migración&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="350"/>
        <source>&lt;p&gt;&lt;b&gt;Text in use:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Texto en uso:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="354"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Fuentes&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="366"/>
        <source>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Write briefing papers on migrants&apos; rights that cite the Global Compact for Migration, and export accessible PDFs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Redacte notas informativas sobre los derechos de las personas migrantes que citan el Pacto Mundial para la Migración, y exporte PDF accesibles.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="370"/>
        <source>&lt;p&gt;Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Código: GPL-3.0-or-later. Fuentes tipográficas: Noto, SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="397"/>
        <source>About BriefWriter</source>
        <translation type="unfinished">Acerca de BriefWriter</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../briefwriter/gui/i18n.py" line="42"/>
        <source>System default</source>
        <extracomment>Languages written right to left (the UI mirrors for them). The six UN languages of the interface, named in themselves, in the UN&apos;s order. Our translators&apos; object name: how ``apply_language`` finds those it installed before.</extracomment>
        <translation type="unfinished">Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="337"/>
        <source>Could Not Recover</source>
        <translation type="unfinished">No se pudo recuperar</translation>
    </message>
</context>
</TS>
