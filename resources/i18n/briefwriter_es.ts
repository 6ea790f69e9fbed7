<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Addressees</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="40"/>
        <source>Member States</source>
        <translation>Estados Miembros</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="41"/>
        <source>Our government</source>
        <translation>Nuestro gobierno</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="42"/>
        <source>Parliaments</source>
        <translation>Parlamentos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="43"/>
        <source>IOM</source>
        <translation>OIM</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="44"/>
        <source>OHCHR</source>
        <translation>ACNUDH</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="45"/>
        <source>UNHCR</source>
        <translation>ACNUR</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="46"/>
        <source>The UN Network on Migration</source>
        <translation>La Red de las Naciones Unidas sobre la Migración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="47"/>
        <source>Local authorities</source>
        <translation>Autoridades locales</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="48"/>
        <source>National human rights institutions</source>
        <translation>Instituciones nacionales de derechos humanos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="49"/>
        <source>Civil-society organisations</source>
        <translation>Organizaciones de la sociedad civil</translation>
    </message>
</context>
<context>
    <name>AimsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="62"/>
        <source>who</source>
        <translation>quién</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="64"/>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="66"/>
        <source>by when</source>
        <translation>para cuándo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="76"/>
        <location filename="../../briefwriter/gui/steps/aims.py" line="199"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="57"/>
        <source>Engagement aims and asks</source>
        <translation>Propósitos de la participación y peticiones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="77"/>
        <source>What do you want to achieve by engaging? Choose from the twelve common aims or write your own, then turn each into a concrete ask: who should do what, by when.</source>
        <translation>¿Qué quiere lograr con su participación? Elija entre los doce propósitos habituales o escriba el suyo, y conviértalo en una petición concreta: quién debe hacer qué y para cuándo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="87"/>
        <source>Aim</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="88"/>
        <source>Choose an aim or type your own</source>
        <translation>Elija un propósito o escriba el suyo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="90"/>
        <source>&amp;Aim:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="93"/>
        <source>The ask</source>
        <translation>La petición</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="95"/>
        <source>Who should act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="97"/>
        <source>e.g. Member States</source>
        <translation>p. ej., los Estados Miembros</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="99"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="100"/>
        <source>What they should do</source>
        <translation>Qué debe hacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="101"/>
        <source>e.g. adopt a national GCM implementation plan with civil society</source>
        <translation>p. ej., aprobar con la sociedad civil un plan nacional de implementación del Pacto Mundial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="105"/>
        <source>W&amp;hat:</source>
        <translation>Q&amp;ué:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="106"/>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="107"/>
        <source>e.g. before the IMRF 2026</source>
        <translation>p. ej., antes del Foro de Examen de 2026</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="108"/>
        <source>&amp;By when:</source>
        <translation>P&amp;ara cuándo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>&amp;Aims:</source>
        <translation>Pr&amp;opósitos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>Add your o&amp;wn aim</source>
        <translation>Añadir un propósito &amp;propio</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="119"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="119"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="119"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="120"/>
        <source>No aims yet: choose from the twelve aims or add your own.</source>
        <translation>Todavía no hay propósitos: elija entre los doce o añada el suyo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="121"/>
        <source>aim</source>
        <translation>el propósito</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="125"/>
        <source>Choose from the &amp;twelve aims…</source>
        <translation>Elegir entre los &amp;doce propósitos…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="126"/>
        <source>Add an aim from the twelve aims</source>
        <translation>Añadir uno de los doce propósitos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="137"/>
        <source>(no aim yet)</source>
        <translation>(sin propósito todavía)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="144"/>
        <source> — ask incomplete</source>
        <translation> — petición incompleta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="149"/>
        <source>The ask is complete.</source>
        <translation>La petición está completa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="150"/>
        <source>The ask is missing: %1.</source>
        <translation>A la petición le falta: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="184"/>
        <source>⚠ This ask is incomplete: add %1.</source>
        <translation>⚠ Esta petición está incompleta: indique %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="183"/>
        <source>✓ This ask is complete.</source>
        <translation>✓ Esta petición está completa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="189"/>
        <source>Choose an engagement aim</source>
        <translation>Elegir un propósito de participación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="190"/>
        <source>The twelve aims organisations commonly pursue when engaging with the Global Compact reviews. You will turn the aim into a concrete ask next.</source>
        <translation>Los doce propósitos que las organizaciones suelen perseguir al participar en los exámenes del Pacto Mundial. Después convertirá el propósito en una petición concreta.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="195"/>
        <source>Add aim</source>
        <translation>Añadir propósito</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="152"/>
        <source>Could not create the recovery folder %1: %2</source>
        <translation>No se pudo crear la carpeta de recuperación %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="157"/>
        <source>Could not lock the recovery file %1.</source>
        <translation>No se pudo bloquear el archivo de recuperación %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="223"/>
        <source>The recovery copy could not be written: %1</source>
        <translation>No se pudo escribir la copia de recuperación: %1</translation>
    </message>
</context>
<context>
    <name>BoundField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/bound.py" line="96"/>
        <source>Edit %1</source>
        <translation>Editar «%1»</translation>
    </message>
</context>
<context>
    <name>CatalogueChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="152"/>
        <source>e.g. Regional economic commissions</source>
        <translation>p. ej., comisiones económicas regionales</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="154"/>
        <source>Add your o&amp;wn:</source>
        <translation>Añadir una entrada p&amp;ropia:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="155"/>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="156"/>
        <source>Add your own entry</source>
        <translation>Añadir una entrada propia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="158"/>
        <source>Remo&amp;ve</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="159"/>
        <source>Remove the selected own entry</source>
        <translation>Quitar la entrada propia seleccionada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="202"/>
        <source>%1 (your own)</source>
        <translation>%1 (entrada propia)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="223"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="235"/>
        <source>Add %1</source>
        <translation>Añadir a «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="223"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="244"/>
        <source>Remove %1</source>
        <translation>Quitar de «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="207"/>
        <source>Your own entry: untick it or press Remove to drop it.</source>
        <translation>Entrada propia: desmárquela o pulse Quitar para eliminarla.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="279"/>
        <source>%1 (already added)</source>
        <translation>%1 (ya añadido)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="284"/>
        <source>&amp;Suggestions:</source>
        <translation>&amp;Sugerencias:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="291"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="62"/>
        <source>— Choose —</source>
        <translation>— Elegir —</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="71"/>
        <source>%1 in your own words</source>
        <translation>%1 con sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="107"/>
        <source>Edit %1</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="113"/>
        <source>Choose %1</source>
        <translation>Elegir «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="73"/>
        <source>Describe it in your own words</source>
        <translation>Descríbalo con sus propias palabras</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="32"/>
        <source>a guiding principle</source>
        <translation>un principio rector</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="33"/>
        <source>an objective</source>
        <translation>un objetivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="34"/>
        <source>an action</source>
        <translation>una acción</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="56"/>
        <source>Priority {number} {title}</source>
        <translation>Prioridad {number} {title}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="58"/>
        <source>Priority {number}</source>
        <translation>Prioridad {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="88"/>
        <source>The logo {logo} is outside the brief&apos;s folder. Copy the image into the folder where the brief is saved (or a folder inside it) and choose it again.</source>
        <translation>El logotipo {logo} está fuera de la carpeta del documento. Copie la imagen en la carpeta donde está guardado el documento (o en una subcarpeta) y vuelva a elegirla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="110"/>
        <source>The logo will be looked for next to the brief file: save the brief in the folder that holds the logo so it can be checked and shown.</source>
        <translation>El logotipo se buscará junto al archivo del documento: guarde el documento en la carpeta que contiene el logotipo para que pueda comprobarse y mostrarse.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="127"/>
        <source>The logo file {logo} was not found in the brief&apos;s folder. Choose the image again in the organisation step.</source>
        <translation>No se encontró el archivo del logotipo {logo} en la carpeta del documento. Vuelva a elegir la imagen en el paso «Organización».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="140"/>
        <source>The logo {logo} is a folder.</source>
        <translation>El logotipo {logo} es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="153"/>
        <source>The logo {logo} cannot be read: {reason}.</source>
        <translation>No se puede leer el logotipo {logo}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="163"/>
        <source>The logo is {size} MB; the limit is 5 MB. Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation>El logotipo ocupa {size} MB; el límite es de 5 MB. Guarde una versión más pequeña (un logotipo rara vez necesita más de 1000 píxeles de ancho) y vuelva a elegirla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="176"/>
        <source>The logo {logo} is not a PNG, JPEG or SVG image (whatever its name says). Export the logo in one of those formats and choose it again.</source>
        <translation>El logotipo {logo} no es una imagen PNG, JPEG o SVG (diga lo que diga su nombre). Exporte el logotipo en uno de esos formatos y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="219"/>
        <source>it names {citation}, which is not {kind}</source>
        <translation>designa {citation}, que no es {kind}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="227"/>
        <source>{name} links to {ref}, which is not in the GCM: {reason}. Remove it, or pick the right item in the “Link to the GCM” step.</source>
        <translation>{name}: el vínculo {ref} no figura en el Pacto Mundial: {reason}. Quítelo o elija el elemento correcto en el paso «Vínculo con el Pacto Mundial».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="248"/>
        <source>The PDF marks this wording.</source>
        <translation>El PDF señala esta redacción.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="250"/>
        <source>Marking it in the PDF is turned off in the look settings.</source>
        <translation>Su señalización en el PDF está desactivada en los ajustes de aspecto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="255"/>
        <source>The GCM item this brief links ({items}) uses wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation>El elemento del Pacto Mundial vinculado a este documento ({items}) usa una redacción que aún no se ha cotejado palabra por palabra con la resolución final (A/RES/73/195). {marked} Compárela con el texto oficial antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="262"/>
        <source>All {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation>Los {total} elementos del Pacto Mundial vinculados a este documento ({items}) usan todos una redacción que aún no se ha cotejado palabra por palabra con la resolución final (A/RES/73/195). {marked} Compárela con el texto oficial antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="269"/>
        <source>{count} of the {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation>{count} de los {total} elementos del Pacto Mundial vinculados a este documento ({items}) usan una redacción que aún no se ha cotejado palabra por palabra con la resolución final (A/RES/73/195). {marked} Compárela con el texto oficial antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="301"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion. Pick it again from the list, or write it in your own words.</source>
        <translation>{what}: el valor {value} parece una sugerencia mal escrita. Vuelva a elegirla en la lista o escríbala con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="307"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion: did you mean {suggestion}? Pick it again from the list, or write it in your own words.</source>
        <translation>{what}: el valor {value} parece una sugerencia mal escrita. ¿Quería decir {suggestion}? Vuelva a elegirla en la lista o escríbala con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="338"/>
        <source>The brief has no title yet: give it one.</source>
        <translation>El documento todavía no tiene título: póngale uno.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="346"/>
        <source>Your organisation&apos;s name is missing: add it in the organisation step so readers know who is speaking.</source>
        <translation>Falta el nombre de su organización: añádalo en el paso «Organización» para que quienes lean sepan quién habla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="354"/>
        <source>The process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="358"/>
        <source>Audience {number}</source>
        <translation>Público {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="365"/>
        <source>The brief has no summary yet: say in two or three sentences what you ask for and why.</source>
        <translation>El documento todavía no tiene resumen: diga en dos o tres frases qué pide y por qué.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="387"/>
        <source>The brief has no priorities yet: add at least one, in your own words or from the suggestions.</source>
        <translation>El documento todavía no tiene prioridades: añada al menos una, con sus propias palabras o a partir de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="402"/>
        <source>{name} has no title yet: give it a short name, such as “Ending lethal disregard”.</source>
        <translation>{name}: todavía no tiene título. Póngale un nombre breve, como «Poner fin a la indiferencia letal».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="415"/>
        <source>{name} has no description yet: say in a few sentences what the problem is and what should change.</source>
        <translation>{name}: todavía no tiene descripción. Diga en pocas frases cuál es el problema y qué debe cambiar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="428"/>
        <source>{name} is not linked to the GCM yet: link it to at least one objective or action in the “Link to the GCM” step.</source>
        <translation>{name}: todavía sin vínculo con el Pacto Mundial. Vincúlela al menos a un objetivo o una acción en el paso «Vínculo con el Pacto Mundial».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="447"/>
        <source>Evidence {number} of {owner}</source>
        <translation>Prueba {number} ({owner})</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="455"/>
        <source>{name} is empty: fill it in or remove it.</source>
        <translation>{name}: vacía. Complétela o elimínela.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="465"/>
        <source>{name} has a source but no text: write the fact or finding it supports.</source>
        <translation>{name}: tiene fuente pero no texto. Escriba el hecho o el hallazgo que respalda.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="478"/>
        <source>{name} has no source: say who published it, the title and the year, so readers can check it.</source>
        <translation>{name}: no tiene fuente. Indique quién la publicó, el título y el año, para que quienes lean puedan comprobarla.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="494"/>
        <source>{name} has the link {url}, which is not a web address: write the full address starting with https://, e.g. {example}.</source>
        <translation>{name}: el enlace {url} no es una dirección web. Escriba la dirección completa que empieza por https://, p. ej., {example}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="508"/>
        <source>who should act</source>
        <translation>quién debe actuar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="509"/>
        <source>what they should do</source>
        <translation>qué debe hacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="510"/>
        <source>by when</source>
        <translation>para cuándo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="518"/>
        <source>Aim {number}</source>
        <translation>Propósito {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="521"/>
        <source>Aim {number} {label}</source>
        <translation>Propósito {number} {label}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="528"/>
        <source>{name} is empty: choose an aim from the list or write your own.</source>
        <translation>{name}: vacío. Elija un propósito de la lista o escriba el suyo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="540"/>
        <source>{name} has no concrete ask yet: say {parts}.</source>
        <translation>{name}: todavía no tiene una petición concreta. Indique {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="542"/>
        <source>{name} needs a complete ask: say {parts}.</source>
        <translation>{name}: petición incompleta. Indique {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="559"/>
        <source>The two-page brief leads with your key messages, and there are none yet: add two or three.</source>
        <translation>La nota de dos páginas empieza con sus mensajes clave, y todavía no hay ninguno: añada dos o tres.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="573"/>
        <source>Recommendation {number} is empty: fill it in or remove it.</source>
        <translation>La recomendación {number} está vacía: complétela o elimínela.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="584"/>
        <source>Recommendation {number} {text} has no addressee: say who should act on it (for example “Member States”).</source>
        <translation>La recomendación {number} {text} no tiene destinatario: diga quién debe actuar (por ejemplo, «Estados Miembros»).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="598"/>
        <source>Recommendation {number} to {addressee} has no text yet.</source>
        <translation>La recomendación {number} dirigida a {addressee} todavía no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="619"/>
        <source>about {duration} to deliver ({words} words at {wpm} words a minute), over its time limit of {limit}</source>
        <translation>unos {duration} de lectura ({words} palabras a {wpm} palabras por minuto), por encima de su límite de {limit}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="630"/>
        <source>The statement takes {timing}: cut about {cut} words.</source>
        <translation>La declaración requiere {timing}: recorte unas {cut} palabras.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="634"/>
        <source>The statement composed from your summary, key messages and asks takes {timing}: write a shorter statement in the statement step, or cut about {cut} words from those parts.</source>
        <translation>La declaración compuesta a partir de su resumen, sus mensajes clave y sus peticiones requiere {timing}: escriba una declaración más breve en el campo de la declaración oral, o recorte unas {cut} palabras de esas partes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="57"/>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="58"/>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
</context>
<context>
    <name>CosignatoriesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="60"/>
        <source>Co-signatories and pledges</source>
        <translation>Cofirmantes y compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="29"/>
        <source>List the organisations that sign the paper with you, and the pledges you make: concrete, measurable commitments with a date, so others can hold you to them.</source>
        <translation>Indique las organizaciones que firman el documento con usted y los compromisos que asume: compromisos concretos, medibles y con fecha, de los que otros puedan pedirle cuentas.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="33"/>
        <source>Co-signatories</source>
        <translation>Cofirmantes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="37"/>
        <source>Co-signatory name</source>
        <translation>Nombre del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="39"/>
        <source>Co-signatory country</source>
        <translation>País del cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="40"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="44"/>
        <source>Co-si&amp;gnatories:</source>
        <translation>&amp;Cofirmantes:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="44"/>
        <source>&amp;Add co-signatory</source>
        <translation>Aña&amp;dir cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="45"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="45"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="45"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="46"/>
        <source>No co-signatories yet.</source>
        <translation>Todavía no hay cofirmantes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="46"/>
        <source>co-signatory</source>
        <translation>el cofirmante</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="53"/>
        <source>Pledges</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="57"/>
        <source>Pledge</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="58"/>
        <source>&amp;Pledge:</source>
        <translation>Co&amp;mpromiso:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="59"/>
        <source>Pledge by when</source>
        <translation>Plazo del compromiso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="60"/>
        <source>e.g. by the end of 2027</source>
        <translation>p. ej., antes de finales de 2027</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="61"/>
        <source>&amp;By when:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="63"/>
        <source>A good pledge says what you will do, for whom, and by when.</source>
        <translation>Un buen compromiso dice qué hará, para quién y para cuándo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="67"/>
        <source>Pl&amp;edges:</source>
        <translation>Compr&amp;omisos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="67"/>
        <source>Add p&amp;ledge</source>
        <translation>Añadir compromis&amp;o</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="68"/>
        <source>Remo&amp;ve</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="68"/>
        <source>Move u&amp;p</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="68"/>
        <source>Move dow&amp;n</source>
        <translation>Baja&amp;r</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="69"/>
        <source>No pledges yet.</source>
        <translation>Todavía no hay compromisos.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="69"/>
        <source>pledge</source>
        <translation>el compromiso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="78"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="82"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="222"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="234"/>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="236"/>
        <source>It uses file format %1 and will be updated when you save.</source>
        <translation>Usa el formato de archivo %1 y se actualizará al guardarlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="242"/>
        <source>Opened with Notes</source>
        <translation>Abierto con observaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="243"/>
        <source>%1 was opened. Worth a look:

%2</source>
        <translation>Se abrió %1. Conviene revisar:

%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="251"/>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="254"/>
        <source>Could Not Open Brief</source>
        <translation>No se pudo abrir el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="281"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="291"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="303"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="305"/>
        <source>Could Not Save</source>
        <translation>No se pudo guardar</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="43"/>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="105"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="59"/>
        <source>Evidence and sources</source>
        <translation>Pruebas y fuentes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="44"/>
        <source>Back each priority with facts: what you found or what others report, who published it, and where readers can check it. Sources become footnotes.</source>
        <translation>Respalde cada prioridad con hechos: lo que usted ha comprobado o lo que otros informan, quién lo publicó y dónde pueden verificarlo quienes lean. Las fuentes se convierten en notas al pie.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="47"/>
        <source>Priority whose evidence is shown</source>
        <translation>Prioridad cuyas pruebas se muestran</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="49"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="56"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="57"/>
        <source>&amp;Fact or finding:</source>
        <translation>&amp;Hecho o hallazgo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="58"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="59"/>
        <source>Who published it, title, year</source>
        <translation>Quién lo publicó, título, año</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="60"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="61"/>
        <source>Web address of the source</source>
        <translation>Dirección web de la fuente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="63"/>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>&amp;Evidence for this priority:</source>
        <translation>Pr&amp;uebas de esta prioridad:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>&amp;Add evidence</source>
        <translation>Aña&amp;dir prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="69"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="69"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="69"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="70"/>
        <source>No evidence for this priority yet.</source>
        <translation>Todavía no hay pruebas para esta prioridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="70"/>
        <source>evidence</source>
        <translation>la prueba</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="89"/>
        <source>Use a full web address starting with https:// or http://.</source>
        <translation>Use una dirección web completa que empiece por https:// o http://.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="93"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="78"/>
        <source>Accessible PDF (PDF/UA-1)</source>
        <translation>PDF accesible (PDF/UA-1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="79"/>
        <source>Archival PDF (PDF/A-3u)</source>
        <translation>PDF de archivo (PDF/A-3u)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="80"/>
        <source>Plain PDF</source>
        <translation>PDF sencillo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="100"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="113"/>
        <source>Export HTML</source>
        <translation>Exportar HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="114"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Página web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="166"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="182"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="183"/>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="184"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="190"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="262"/>
        <source>Exported {name} (1 page).</source>
        <translation>Se exportó {name} (1 página).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="263"/>
        <source>Exported {name} ({pages} pages).</source>
        <translation>Se exportó {name} ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="265"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="267"/>
        <source>Exported {name}.</source>
        <translation>Se exportó {name}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="268"/>
        <source>&amp;Open page</source>
        <translation>&amp;Abrir la página</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="269"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="275"/>
        <source>Open &amp;folder</source>
        <translation>Abrir la car&amp;peta</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="291"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="292"/>
        <source>{name} was not exported.</source>
        <translation>No se exportó {name}.</translation>
    </message>
</context>
<context>
    <name>FileService</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="54"/>
        <source>%1 could not be opened: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="56"/>
        <source>%1 could not be opened because of an unexpected problem: %2</source>
        <translation>No se pudo abrir %1 por un problema inesperado: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="65"/>
        <source>Could not save %1: %2. The previous version is unchanged.</source>
        <translation>No se pudo guardar %1: %2. La versión anterior no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>GcmBrowser</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="67"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the objective&apos;s title or commitment is not yet verified).</source>
        <translation>Redacción tomada del borrador de julio de 2018 — cotéjela con A/RES/73/195 (el título o el compromiso del objetivo aún no se ha verificado).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="73"/>
        <source>Wording partly from the July 2018 draft — check against A/RES/73/195.</source>
        <translation>Redacción tomada en parte del borrador de julio de 2018 — cotéjela con A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="75"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195.</source>
        <translation>Redacción tomada del borrador de julio de 2018 — cotéjela con A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="115"/>
        <source>e.g. detention, firewall, children, 29(c)</source>
        <translation>p. ej., detention, firewall, children, 29(c)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="117"/>
        <source>Search the guiding principles, objectives and actions. Press Down to go to the results.</source>
        <translation>Busque en los principios rectores, los objetivos y las acciones (texto en inglés). Pulse Abajo para ir a los resultados.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="121"/>
        <source>&amp;Search the Compact:</source>
        <translation>&amp;Buscar en el Pacto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="126"/>
        <source>Principle, objective or action</source>
        <translation>Principio, objetivo o acción</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="127"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="130"/>
        <source>Global Compact for Migration</source>
        <translation>Pacto Mundial para la Migración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="132"/>
        <source>Arrows move, Right expands an objective, Space ticks the item for the selected priority.</source>
        <translation>Las flechas mueven la selección, Derecha despliega un objetivo y Espacio marca el elemento para la prioridad elegida.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="149"/>
        <source>Full text of the selected item</source>
        <translation>Texto completo del elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="156"/>
        <source>F&amp;ull text:</source>
        <translation>Te&amp;xto completo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="163"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the final text).</source>
        <translation>Redacción tomada del borrador de julio de 2018 — cotéjela con A/RES/73/195 (el texto final).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="228"/>
        <source>Guiding principles (para 15)</source>
        <translation>Principios rectores (para 15)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="229"/>
        <source>The ten guiding principles, paragraph 15 (a) to (j)</source>
        <translation>Los diez principios rectores, párrafo 15, apartados a) a j)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="240"/>
        <source>Commitment: %1</source>
        <translation>Compromiso: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="242"/>
        <source>para %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="303"/>
        <source>Link %1</source>
        <translation>Vincular %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="303"/>
        <source>Unlink %1</source>
        <translation>Desvincular %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="417"/>
        <source>Guiding principle: %1</source>
        <translation>Principio rector: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="423"/>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="427"/>
        <source>Objective %1: %2</source>
        <translation>Objetivo %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="348"/>
        <source>No match</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="348"/>
        <source>Matches: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="400"/>
        <source>&lt;p&gt;The ten guiding principles (paragraph 15) run through the whole Compact. Expand a principle or objective to see its text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los diez principios rectores (párrafo 15) atraviesan todo el Pacto. Despliegue un principio o un objetivo para ver su texto.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GcmLinkPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="89"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="56"/>
        <source>Link to the GCM</source>
        <translation>Vínculo con el Pacto Mundial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="29"/>
        <source>For each priority, tick the guiding principles, objectives and actions of the Global Compact for Migration that it relates to. Search with Ctrl+F; Space ticks.</source>
        <translation>Para cada prioridad, marque los principios rectores, los objetivos y las acciones del Pacto Mundial para la Migración con los que se relaciona. Busque con Ctrl+F; Espacio marca.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="32"/>
        <source>Priority to link</source>
        <translation>Prioridad que vincular</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="34"/>
        <source>Add a &amp;priority first…</source>
        <translation>Añada primero una &amp;prioridad…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="37"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="45"/>
        <source>Overview: priorities × objectives</source>
        <translation>Vista general: prioridades × objetivos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="50"/>
        <source>Columns are objectives 1 to 23 (point at a number for its title). ● marks an objective linked to a priority directly or through its actions. Select a cell to show the objective above; double-click or press Space to tick or untick it.</source>
        <translation>Las columnas son los objetivos 1 a 23 (señale un número para ver su título). ● indica un objetivo vinculado a una prioridad, directamente o a través de sus acciones. Seleccione una celda para mostrar el objetivo arriba; haga doble clic o pulse Espacio para marcarlo o desmarcarlo.</translation>
    </message>
</context>
<context>
    <name>GcmMatrix</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="41"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="92"/>
        <source>objective linked</source>
        <translation>objetivo vinculado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="96"/>
        <source>not linked</source>
        <translation>sin vincular</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="128"/>
        <source>No objective is linked yet.</source>
        <translation>Todavía no hay ningún objetivo vinculado.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="86"/>
        <source>Priority %1, objective %2 (%3)</source>
        <translation>Prioridad %1, objetivo %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="89"/>
        <source>objective and actions %1 linked</source>
        <translation>objetivo y acciones %1 vinculados</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="94"/>
        <source>actions %1 linked</source>
        <translation>acciones %1 vinculadas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="129"/>
        <source>Linked: %1</source>
        <translation>Vinculados: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="167"/>
        <source>Links of each priority to each objective</source>
        <translation>Vínculos de cada prioridad con cada objetivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="168"/>
        <source>Rows are priorities, columns objectives 1 to 23. Space or Enter ticks or unticks the objective for that priority.</source>
        <translation>Las filas son las prioridades y las columnas los objetivos 1 a 23. Espacio o Intro marca o desmarca el objetivo para esa prioridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="178"/>
        <source>Priorities by objectives</source>
        <translation>Prioridades por objetivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="255"/>
        <source>Link objective %1</source>
        <translation>Vincular el objetivo %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="256"/>
        <source>Unlink objective %1</source>
        <translation>Desvincular el objetivo %1</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="130"/>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="243"/>
        <source>Remove %1</source>
        <extracomment>the most lines a row of the list shows; longer labels end in &quot;…&quot; (the tooltip has it all)</extracomment>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="132"/>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="134"/>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="146"/>
        <source>%1 (Insert key in the list)</source>
        <translation>%1 (tecla Insert en la lista)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="148"/>
        <source>Remove the selected %1 (Delete key)</source>
        <translation>Quitar %1 de la lista (tecla Supr)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="150"/>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation>Subir %1 en la lista (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="151"/>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation>Bajar %1 en la lista (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="255"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="53"/>
        <source>%1 is larger than 5 MB: please use a smaller image.</source>
        <translation>%1 ocupa más de 5 MB: use una imagen más pequeña.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="66"/>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="71"/>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 no es una imagen PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="109"/>
        <source>Too many files called %1 in the brief&apos;s folder.</source>
        <translation>Hay demasiados archivos llamados %1 en la carpeta del documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="133"/>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="142"/>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="143"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="226"/>
        <source>Choose logo</source>
        <translation>Elegir logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="145"/>
        <source>Remo&amp;ve logo</source>
        <translation>Q&amp;uitar el logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="146"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="230"/>
        <source>Remove logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="185"/>
        <source>The logo is kept in the brief&apos;s folder so the two travel together: save the brief first, then choose a logo.</source>
        <translation>El logotipo se guarda en la carpeta del documento para que viajen juntos: guarde primero el documento y después elija un logotipo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="188"/>
        <source>PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is copied into the brief&apos;s folder.</source>
        <translation>PNG, JPEG o SVG, hasta 5 MB. Un logotipo de otra ubicación se copia en la carpeta del documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="191"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="192"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="201"/>
        <source>%1 (not found or not an image)</source>
        <translation>%1 (no encontrado o no es una imagen)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="211"/>
        <source>Save the brief first</source>
        <translation>Guarde primero el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="212"/>
        <source>The logo is copied into the folder of the brief file, so that the brief and its logo can be moved and shared together. Please save the brief (File ▸ Save), then choose the logo.</source>
        <translation>El logotipo se copia en la carpeta del archivo del documento, para que el documento y su logotipo puedan moverse y compartirse juntos. Guarde el documento (Archivo ▸ Guardar) y después elija el logotipo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="217"/>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="218"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="224"/>
        <source>This logo cannot be used</source>
        <translation>No se puede usar este logotipo</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="49"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="50"/>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="51"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="52"/>
        <source>Crimson</source>
        <translation>Carmesí</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="53"/>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="54"/>
        <source>Brown</source>
        <translation>Marrón</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="55"/>
        <source>Graphite</source>
        <translation>Grafito</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="82"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="283"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="61"/>
        <source>Template and look</source>
        <translation>Plantilla y aspecto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="83"/>
        <source>Choose how the paper looks. The preview shows the real PDF as you change things.</source>
        <translation>Elija el aspecto del documento. La vista previa muestra el PDF real a medida que hace cambios.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="87"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="91"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="93"/>
        <source>Re&amp;load templates</source>
        <translation>&amp;Recargar plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="95"/>
        <source>&amp;Open templates folder</source>
        <translation>&amp;Abrir la carpeta de plantillas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="97"/>
        <source>Put template packs shared by other organisations here, then press Reload.</source>
        <translation>Coloque aquí las plantillas compartidas por otras organizaciones y pulse Recargar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="105"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="110"/>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="115"/>
        <source>Accent colour sample</source>
        <translation>Muestra del color de acento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="120"/>
        <source>Accent colour, hexadecimal</source>
        <translation>Color de acento, en hexadecimal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="122"/>
        <source>C&amp;hoose colour…</source>
        <translation>Elegir c&amp;olor…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="123"/>
        <source>Choose accent colour</source>
        <translation>Elegir el color de acento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="132"/>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Color de acento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="144"/>
        <source>%1 accent colour (%2)</source>
        <translation>Color de acento %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="192"/>
        <source>your templates: %1</source>
        <translation>sus plantillas: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="206"/>
        <source>%1 (not installed on this computer)</source>
        <translation>%1 (no instalada en este equipo)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="276"/>
        <source>Contrast with white paper %1:1 — headings in this colour may be hard to read; choose a darker colour.</source>
        <translation>Contraste con el papel blanco de %1:1 — los títulos en este color pueden ser difíciles de leer; elija un color más oscuro.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="278"/>
        <source>Contrast with white paper %1:1 — easy to read.</source>
        <translation>Contraste con el papel blanco de %1:1 — fácil de leer.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="152"/>
        <source>Presets:</source>
        <translation>Colores predefinidos:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="155"/>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="156"/>
        <source>Sans-serif (Noto Sans)</source>
        <translation>Sin serifa (Noto Sans)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="156"/>
        <source>Serif (Noto Serif)</source>
        <translation>Con serifa (Noto Serif)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="157"/>
        <source>&amp;Font:</source>
        <translation>&amp;Tipo de letra:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="158"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="159"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="159"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="160"/>
        <source>&amp;Paper:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="162"/>
        <source>&amp;Mark GCM wording not yet verified against the final text (†)</source>
        <translation>&amp;Señalar la redacción del Pacto Mundial aún no verificada con el texto final (†)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="191"/>
        <source>bundled</source>
        <translation>incluida</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="226"/>
        <source>Choose template</source>
        <translation>Elegir plantilla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="243"/>
        <source>Change accent colour</source>
        <translation>Cambiar el color de acento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="258"/>
        <source>Choose the accent colour</source>
        <translation>Elegir el color de acento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="331"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="336"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="142"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="333"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="339"/>
        <source>Next step (Alt+Right)</source>
        <translation>Paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="378"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="379"/>
        <source>Start a new, empty brief</source>
        <translation>Empezar un documento nuevo y vacío</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="380"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="381"/>
        <source>Open a brief file</source>
        <translation>Abrir un archivo de documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="382"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="383"/>
        <source>Save the brief</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="384"/>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="386"/>
        <source>Save the brief under a new name</source>
        <translation>Guardar el documento con otro nombre</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="388"/>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="389"/>
        <source>Export the brief as a PDF file</source>
        <translation>Exportar el documento como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="391"/>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="392"/>
        <source>Export the brief as a web page</source>
        <translation>Exportar el documento como página web</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="393"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="394"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="395"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="397"/>
        <source>Close all windows and quit</source>
        <translation>Cerrar todas las ventanas y salir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="214"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="400"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="404"/>
        <source>Show &amp;Preview</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="406"/>
        <source>Show or hide the PDF preview</source>
        <translation>Mostrar u ocultar la vista previa del PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="409"/>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="411"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="415"/>
        <source>&amp;Previous Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="417"/>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="419"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="421"/>
        <source>&amp;About BriefWriter</source>
        <translation>&amp;Acerca de BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="432"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="434"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="444"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="448"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="452"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="455"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="460"/>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="474"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="477"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="500"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="545"/>
        <source>%1[*] — BriefWriter</source>
        <translation>%1[*] — BriefWriter</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="226"/>
        <source>Markdown: **bold**, *italic*, [link](https://…), - list, footnotes[^1]</source>
        <translation>Markdown: **negrita**, *cursiva*, [enlace](https://…), - lista, notas[^1]</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="245"/>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="245"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="268"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="246"/>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="246"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="271"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="247"/>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="247"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="283"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="288"/>
        <source>Insert link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="248"/>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="248"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="274"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="250"/>
        <source>Note¹</source>
        <translation>Nota¹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="250"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="277"/>
        <source>Footnote</source>
        <translation>Nota al pie</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="284"/>
        <source>Web address (https://…) or e-mail address:</source>
        <translation>Dirección web (https://…) o de correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="301"/>
        <source>%1 in %2</source>
        <translation>%1 en «%2»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="314"/>
        <source>Words: %1</source>
        <translation>Palabras: %1</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="52"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="214"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="58"/>
        <source>Messages and recommendations</source>
        <translation>Mensajes y recomendaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="53"/>
        <source>Say it briefly: a summary, a few key messages, recommendations for each addressee, and — for the oral-statement template — the words to deliver.</source>
        <translation>Dígalo en pocas palabras: un resumen, algunos mensajes clave, recomendaciones para cada destinatario y —para la plantilla de declaración oral— el texto que se leerá.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="60"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="61"/>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="65"/>
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="66"/>
        <source>Key message</source>
        <translation>Mensaje clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="70"/>
        <source>Key &amp;message:</source>
        <translation>Mensaje &amp;clave:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="71"/>
        <source>One or two sentences each; three to five messages work best.</source>
        <translation>Una o dos frases cada uno; lo ideal son de tres a cinco mensajes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="76"/>
        <source>Messa&amp;ges:</source>
        <translation>Mensa&amp;jes:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="76"/>
        <source>&amp;Add message</source>
        <translation>Aña&amp;dir mensaje</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <source>No key messages yet.</source>
        <translation>Todavía no hay mensajes clave.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <source>key message</source>
        <translation>el mensaje clave</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="88"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="92"/>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="95"/>
        <source>Who the recommendation is for</source>
        <translation>A quién va dirigida la recomendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="97"/>
        <source>Addre&amp;ssee:</source>
        <translation>Destina&amp;tario:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="98"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="99"/>
        <source>Recommendatio&amp;n:</source>
        <translation>Recomendació&amp;n:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="103"/>
        <source>Recommen&amp;dations:</source>
        <translation>Recomendac&amp;iones:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="103"/>
        <source>Add recommen&amp;dation</source>
        <translation>Añadir rec&amp;omendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>No recommendations yet.</source>
        <translation>Todavía no hay recomendaciones.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>recommendation</source>
        <translation>la recomendación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="113"/>
        <source>Oral statement</source>
        <translation>Declaración oral</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="115"/>
        <source>Statement text</source>
        <translation>Texto de la declaración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="117"/>
        <source>Statement &amp;text:</source>
        <translation>Te&amp;xto de la declaración:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="119"/>
        <source>Leave it empty to let the oral-statement template compose one from your summary, key messages and asks.</source>
        <translation>Déjelo vacío para que la plantilla de declaración oral componga una a partir de su resumen, sus mensajes clave y sus peticiones.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="121"/>
        <source>Speaker</source>
        <translation>Orador u oradora</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="122"/>
        <source>Name and role of the person speaking</source>
        <translation>Nombre y cargo de la persona que habla</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="123"/>
        <source>S&amp;peaker:</source>
        <translation>Or&amp;ador u oradora:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="125"/>
        <source>Time limit in seconds</source>
        <translation>Tiempo máximo en segundos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="128"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="129"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="210"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="134"/>
        <source>Time &amp;limit:</source>
        <translation>Tiempo má&amp;ximo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="138"/>
        <source>Length of the statement</source>
        <translation>Duración de la declaración</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="154"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="158"/>
        <source>(no addressee)</source>
        <translation>(sin destinatario)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="197"/>
        <source>Words: %1</source>
        <translation>Palabras: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="198"/>
        <source>about %1 to speak at %2 words a minute</source>
        <translation>unos %1 de lectura a %2 palabras por minuto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="202"/>
        <source>⚠ %1 over the limit of %2</source>
        <translation>⚠ %1 por encima del límite de %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="205"/>
        <source>within the limit of %1</source>
        <translation>dentro del límite de %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="208"/>
        <source>Composed statement: %1</source>
        <translation>Declaración compuesta: %1</translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="48"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="127"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="54"/>
        <source>Occasion and audience</source>
        <translation>Contexto y público</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="49"/>
        <source>What is the paper for? Give it a title, choose the language it is written in, and say which process or meeting it is for and who should read it.</source>
        <translation>¿Para qué es el documento? Póngale un título, elija el idioma en que está escrito e indique para qué proceso o reunión es y quién debe leerlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="56"/>
        <source>Paper title</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="58"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="59"/>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="60"/>
        <source>Language of the paper</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="61"/>
        <source>English</source>
        <translation>English — inglés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="62"/>
        <source>Français — French</source>
        <translation>Français — francés</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="63"/>
        <source>Español — Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="64"/>
        <source>العربية — Arabic</source>
        <translation>العربية — árabe</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="65"/>
        <source>中文 — Chinese</source>
        <translation>中文 — chino</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="66"/>
        <source>Русский — Russian</source>
        <translation>Русский — ruso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="69"/>
        <source>The six official UN languages. Headings and dates in the paper follow it; Arabic papers are laid out right to left.</source>
        <translation>Los seis idiomas oficiales de las Naciones Unidas. Los encabezados y las fechas del documento siguen esta elección; los documentos en árabe se maquetan de derecha a izquierda.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="71"/>
        <source>&amp;Language of the paper:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="74"/>
        <source>Process and event</source>
        <translation>Proceso y evento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="77"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="78"/>
        <source>Other — in your own words…</source>
        <translation>Otro — con sus propias palabras…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="79"/>
        <source>&amp;Process:</source>
        <translation>&amp;Proceso:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="80"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="81"/>
        <source>e.g. Multi-stakeholder hearing</source>
        <translation>p. ej., audiencia de múltiples partes interesadas</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="82"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="83"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="84"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="86"/>
        <source>A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for no date.</source>
        <translation>Una fecha completa (2026-05-05), un mes (2026-05) o un año (2026); déjelo vacío si no hay fecha.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="88"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="90"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="91"/>
        <source>e.g. New York</source>
        <translation>p. ej., Nueva York</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="92"/>
        <source>Pla&amp;ce:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="97"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="101"/>
        <source>Tick everyone the paper is for (hover for a hint), or add your own.</source>
        <translation>Marque todos los públicos a los que se dirige el documento (pase el ratón para ver una explicación) o añada los suyos.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="121"/>
        <source>Not a date: write 2026-05-12, 2026-05 or 2026.</source>
        <translation>No es una fecha: escriba 2026-05-12, 2026-05 o 2026.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="123"/>
        <source>This date does not exist in the calendar.</source>
        <translation>Esta fecha no existe en el calendario.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="33"/>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="109"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="53"/>
        <source>Organisation</source>
        <extracomment>step id -&gt; (module in briefwriter.gui.steps, page class); imported only when needed. Pages made only when first shown, never ahead of time: the GCM step fills a tree with the whole compact (23 objectives, 187 actions) and a matrix, about 100 ms in one piece, more than an idle slice should take.</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="34"/>
        <source>Tell readers who is speaking. The name and a short description appear on the paper; the contact details let them reach you.</source>
        <translation>Diga a quienes lean quién habla. El nombre y una breve descripción aparecen en el documento; los datos de contacto permiten comunicarse con ustedes.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="39"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="40"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="41"/>
        <source>Acronym or short name</source>
        <translation>Sigla o nombre corto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="42"/>
        <source>e.g. MVWA</source>
        <translation>p. ej., MVWA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="43"/>
        <source>&amp;Acronym:</source>
        <translation>Si&amp;gla:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="44"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="45"/>
        <source>Where you are based</source>
        <translation>Dónde tienen su sede</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="46"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="48"/>
        <source>&amp;Migrant-led organisation</source>
        <translation>Organización &amp;liderada por migrantes</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="50"/>
        <source>Led by migrants, refugees or returnees themselves. The paper says so.</source>
        <translation>Liderada por las propias personas migrantes, refugiadas o retornadas. El documento lo indica.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="52"/>
        <source>Short description</source>
        <translation>Breve descripción</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="54"/>
        <source>Short &amp;description:</source>
        <translation>Breve &amp;descripción:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="57"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="60"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="61"/>
        <source>Name and role</source>
        <translation>Nombre y cargo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="62"/>
        <source>Contact &amp;person:</source>
        <translation>Persona de c&amp;ontacto:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="63"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="64"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="66"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="67"/>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="68"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="70"/>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="72"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="73"/>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="77"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="102"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>Esto no parece una dirección de correo electrónico (nombre@example.org).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="106"/>
        <source>This does not look like a web address (https://example.org).</source>
        <translation>Esto no parece una dirección web (https://example.org).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="292"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="299"/>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="300"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="305"/>
        <source>Automatic (from the language)</source>
        <translation>Automática (según el idioma)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="306"/>
        <source>Left to right</source>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="307"/>
        <source>Right to left</source>
        <translation>De derecha a izquierda</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="310"/>
        <source>Layout direction</source>
        <translation>Dirección de la interfaz</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="311"/>
        <source>Layout &amp;direction:</source>
        <translation>&amp;Dirección de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="317"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="319"/>
        <source>Seconds without typing before a recovery copy is saved</source>
        <translation>Segundos sin escribir antes de guardar una copia de recuperación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="321"/>
        <source>&amp;Recovery copy after a pause of:</source>
        <translation>Copia de &amp;recuperación tras una pausa de:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="325"/>
        <source>Show “Getting started” when BriefWriter &amp;starts</source>
        <translation>Mostrar «Primeros pasos» al i&amp;niciar BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="331"/>
        <source>A new language or layout direction applies the next time BriefWriter starts.</source>
        <translation>Un cambio de idioma o de dirección de la interfaz se aplica la próxima vez que se inicie BriefWriter.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="99"/>
        <source>Preview of the brief</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="116"/>
        <source>Preview error</source>
        <translation>Error de la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="123"/>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="129"/>
        <source>Preview warnings</source>
        <translation>Advertencias de la vista previa</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="179"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="182"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="186"/>
        <source>Fit width</source>
        <translation>Ancho completo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="237"/>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="239"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="315"/>
        <source>of %n</source>
        <translation>
            <numerusform>de %n</numerusform>
            <numerusform>de %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="317"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="326"/>
        <location filename="../../briefwriter/gui/preview.py" line="329"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="333"/>
        <source>Starting the preview…</source>
        <translation>Iniciando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="335"/>
        <source>Restarting the renderer…</source>
        <translation>Reiniciando el motor de representación…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="337"/>
        <source>The preview is not available.</source>
        <translation>La vista previa no está disponible.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="340"/>
        <source>The preview could not be updated:</source>
        <translation>No se pudo actualizar la vista previa:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="347"/>
        <source>Showing the last preview that worked.</source>
        <translation>Se muestra la última vista previa que funcionó.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="349"/>
        <source>No preview yet.</source>
        <translation>Todavía no hay vista previa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="356"/>
        <source>The preview file could not be opened.</source>
        <translation>No se pudo abrir el archivo de la vista previa.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="384"/>
        <source>Up to date</source>
        <translation>Actualizada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="387"/>
        <source>Up to date, with %n warning(s):</source>
        <translation>
            <numerusform>Actualizada, con %n advertencia:</numerusform>
            <numerusform>Actualizada, con %n advertencias:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="392"/>
        <source>and %n more</source>
        <translation>
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
        <translation>principios %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="39"/>
        <source>objectives %1</source>
        <translation>objetivos %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="42"/>
        <source>actions %1</source>
        <translation>acciones %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="53"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="157"/>
        <location filename="../../briefwriter/gui/steps/registry.py" line="55"/>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="54"/>
        <source>Name the issues your paper is about, in your own words. Start from a suggestion if one fits: it comes with links to the Global Compact already ticked.</source>
        <translation>Nombre con sus propias palabras los temas de los que trata su documento. Parta de una sugerencia si alguna encaja: trae ya marcados sus vínculos con el Pacto Mundial.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="63"/>
        <source>Priority title</source>
        <translation>Título de la prioridad</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="64"/>
        <source>A short, clear headline</source>
        <translation>Un titular breve y claro</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="65"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="66"/>
        <source>Priority description</source>
        <translation>Descripción de la prioridad</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="67"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="71"/>
        <source>Links to the GCM</source>
        <translation>Vínculos con el Pacto Mundial</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="75"/>
        <source>Link to the &amp;GCM…</source>
        <translation>Vincular al Pacto &amp;Mundial…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="76"/>
        <source>Go to the Link to the GCM step</source>
        <translation>Ir al paso «Vínculo con el Pacto Mundial»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>&amp;Priorities:</source>
        <translation>&amp;Prioridades:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>&amp;Add your own priority</source>
        <translation>Aña&amp;dir una prioridad propia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="86"/>
        <source>No priorities yet: add your own or start from a suggestion.</source>
        <translation>Todavía no hay prioridades: añada la suya o parta de una sugerencia.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="87"/>
        <source>priority</source>
        <translation>la prioridad</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="90"/>
        <source>Add from su&amp;ggestions…</source>
        <translation>Añadir desde su&amp;gerencias…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="91"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="133"/>
        <source>Add a priority from suggestions</source>
        <translation>Añadir una prioridad desde las sugerencias</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="100"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="117"/>
        <source>Select or add a priority.</source>
        <translation>Seleccione o añada una prioridad.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="123"/>
        <source>Started from the suggestion “%1”.</source>
        <translation>Creada a partir de la sugerencia «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="144"/>
        <source>Add priority “%1”</source>
        <translation>Añadir la prioridad «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="128"/>
        <source>Not linked to the Global Compact yet: use “Link to the GCM”.</source>
        <translation>Todavía sin vincular al Pacto Mundial: use «Vínculo con el Pacto Mundial».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="134"/>
        <source>Suggested priorities from civil-society work on the Global Compact. Picking one adds it with its usual GCM links ticked; change anything afterwards.</source>
        <translation>Prioridades sugeridas a partir del trabajo de la sociedad civil sobre el Pacto Mundial. Al elegir una, se añade con sus vínculos habituales con el Pacto ya marcados; después puede cambiar lo que quiera.</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="56"/>
        <source>The document could not be rendered.</source>
        <extracomment>a preview still running this long after newer edits came in is abandoned (the worker is restarted) rather than waited for: a normal render takes a second or less. waits before each automatic restart after a crash; when they run out the service gives up until ``start()`` is called again (an export or the user asking).</extracomment>
        <translation>No se pudo generar el documento.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="61"/>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="62"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="279"/>
        <source>The renderer could not be started{detail}. The preview and export are unavailable until BriefWriter is restarted or repaired.</source>
        <translation>No se pudo iniciar el motor de representación{detail}. La vista previa y la exportación no estarán disponibles hasta que se reinicie o se repare BriefWriter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="308"/>
        <source>The renderer sent a malformed reply.</source>
        <translation>El motor de representación envió una respuesta mal formada.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="360"/>
        <source>The renderer stopped unexpectedly and is being restarted; the preview will update with your next edit.</source>
        <translation>El motor de representación se detuvo inesperadamente y se está reiniciando; la vista previa se actualizará con su próximo cambio.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="362"/>
        <source>The renderer stopped unexpectedly and is being restarted. Please try again.</source>
        <translation>El motor de representación se detuvo inesperadamente y se está reiniciando. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="386"/>
        <source>Rendering took longer than {seconds} seconds and was stopped. The template may be stuck in a loop.</source>
        <translation>La generación tardó más de {seconds} segundos y se detuvo. Puede que la plantilla esté atrapada en un bucle.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="450"/>
        <location filename="../../briefwriter/gui/render_service.py" line="453"/>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/registry.py" line="62"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="57"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="232"/>
        <source>Review and export</source>
        <translation>Revisión y exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="58"/>
        <source>Check what is still missing, then export the paper. Press Enter on a remark (or double-click it) to go to the field it is about.</source>
        <translation>Compruebe lo que falta todavía y exporte el documento. Pulse Intro sobre una observación (o haga doble clic en ella) para ir al campo correspondiente.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="72"/>
        <source>Remarks on the brief</source>
        <translation>Observaciones sobre el documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="75"/>
        <source>&amp;Remarks:</source>
        <translation>&amp;Observaciones:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="78"/>
        <source>&amp;Go to the field</source>
        <translation>&amp;Ir al campo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="85"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="89"/>
        <source>Tagged for screen readers; the best choice for sharing.</source>
        <translation>Etiquetado para lectores de pantalla; la mejor opción para compartir.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="90"/>
        <source>For long-term archiving.</source>
        <translation>Para el archivo a largo plazo.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="91"/>
        <source>An ordinary PDF, for systems that reject the others.</source>
        <translation>Un PDF corriente, para los sistemas que rechazan los demás.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="107"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="97"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="109"/>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="138"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="138"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="139"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="152"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="162"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="169"/>
        <source>Warnings: %1. Look at them before you export.</source>
        <translation>Advertencias: %1. Revíselas antes de exportar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="173"/>
        <source>Notes for your information: %1.</source>
        <translation>Observaciones informativas: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="171"/>
        <source>No warnings: the brief is ready to export.</source>
        <translation>Sin advertencias: el documento está listo para exportar.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="214"/>
        <source>Accessible PDF (PDF/UA) — recommended</source>
        <translation>PDF accesible (PDF/UA) — recomendado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="215"/>
        <source>PDF/A-3u for archiving</source>
        <translation>PDF/A-3u para archivo</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="216"/>
        <source>Plain PDF</source>
        <translation>PDF sencillo</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="544"/>
        <location filename="../../briefwriter/gui/session.py" line="76"/>
        <source>Untitled brief</source>
        <translation>Documento sin título</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="95"/>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="102"/>
        <source>Add item</source>
        <translation>Añadido de un elemento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="111"/>
        <source>Remove item</source>
        <translation>Eliminación de un elemento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="118"/>
        <source>Move item</source>
        <translation>Movimiento de un elemento</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="36"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="38"/>
        <source>The steps of writing a brief; each says whether it is empty, done or has warnings. Choose one to go to it.</source>
        <translation>Los pasos para redactar un documento; cada uno indica si está vacío, terminado o tiene advertencias. Elija uno para ir a él.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="62"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="70"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="72"/>
        <source>has warnings</source>
        <translation>con advertencias</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="73"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="90"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="51"/>
        <source>Do you want to save the changes to “%1”?

If you don&apos;t save them, your changes will be lost.</source>
        <translation>¿Desea guardar los cambios en «%1»?

Si no los guarda, se perderán.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="53"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="67"/>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="68"/>
        <source>Untitled brief</source>
        <translation>Documento sin título</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="69"/>
        <source>BriefWriter did not close properly. A recovery copy of “%1” (%2) was found</source>
        <translation>BriefWriter no se cerró correctamente. Se encontró una copia de recuperación de «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="73"/>
        <source>, saved %1</source>
        <translation>, guardada el %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="81"/>
        <source>Recover Unsaved Work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="83"/>
        <source>Recover opens it with its changes marked as unsaved; your own file is not changed until you save. Discard deletes the copy. Later keeps it for the next start.</source>
        <translation>Recuperar la abre con sus cambios marcados como no guardados; su propio archivo no cambia hasta que guarde. Descartar elimina la copia. Más tarde la conserva para el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="87"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="88"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="90"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="114"/>
        <source>Briefs (*.brief.yaml)</source>
        <translation>Documentos de BriefWriter (*.brief.yaml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="115"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Archivos YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="116"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="120"/>
        <source>Open Brief</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="127"/>
        <source>Save Brief As</source>
        <translation>Guardar documento como</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="141"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Primeros pasos&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="142"/>
        <source>&lt;p&gt;BriefWriter walks you through a briefing paper in ten steps. The list on the left shows them in order, with a mark for each: an empty circle for a step not started, a tick when it is done, and a warning sign when something needs a look. You can go to any step at any time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BriefWriter le acompaña en la redacción de una nota informativa en diez pasos. La lista de la izquierda los muestra en orden, cada uno con una marca: un círculo vacío para un paso sin empezar, una marca de verificación cuando está terminado y un signo de advertencia cuando algo merece una revisión. Puede ir a cualquier paso en cualquier momento.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="147"/>
        <source>&lt;p&gt;&lt;b&gt;Start with who you are and what the paper is for.&lt;/b&gt; Organisation takes your name, country and contact; Occasion and audience asks which process or event the paper is for (the IMRF, a regional review, a Human Rights Council session or your own) and who will read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Empiece por quiénes son ustedes y para qué es el documento.&lt;/b&gt; Organización recoge su nombre, su país y sus datos de contacto; Contexto y público pregunta para qué proceso o evento es el documento (el Foro de Examen de la Migración Internacional, un examen regional, un período de sesiones del Consejo de Derechos Humanos u otro propio) y quién lo leerá.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="152"/>
        <source>&lt;p&gt;&lt;b&gt;Name your priorities in your own words.&lt;/b&gt; Suggestions drawn from civil-society guidance are there if they help. Then, in Link to the GCM, tick the guiding principles, objectives and lettered actions of the Global Compact that each priority relates to. Search for words such as “detention” or “children” to find them quickly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nombre sus prioridades con sus propias palabras.&lt;/b&gt; Hay sugerencias tomadas de guías de la sociedad civil por si le ayudan. Después, en Vínculo con el Pacto Mundial, marque los principios rectores, los objetivos y las acciones (designadas con una letra) del Pacto Mundial con los que se relaciona cada prioridad. Busque palabras como «detention» o «children» (el texto del Pacto está en inglés) para encontrarlos rápido.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="158"/>
        <source>&lt;p&gt;&lt;b&gt;Say what you want to achieve.&lt;/b&gt; Pick engagement aims and turn each into a concrete ask: who should do what, by when. Add your key messages, recommendations, evidence with sources, pledges and co-signatories.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diga qué quiere lograr.&lt;/b&gt; Elija propósitos de participación y convierta cada uno en una petición concreta: quién debe hacer qué y para cuándo. Añada sus mensajes clave, recomendaciones, pruebas con sus fuentes, compromisos y cofirmantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="162"/>
        <source>&lt;p&gt;&lt;b&gt;Watch the paper take shape.&lt;/b&gt; The pane on the right shows the real PDF and updates a moment after you stop typing. Choose a template and adjust the look in Template and look.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vea cómo toma forma el documento.&lt;/b&gt; El panel de la derecha muestra el PDF real y se actualiza un momento después de que deje de escribir. Elija una plantilla y ajuste el aspecto en Plantilla y aspecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="166"/>
        <source>&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Review and export lists anything worth checking; choose an item to jump to the field. Then export an accessible PDF (or HTML) with File ▸ Export PDF.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exporte.&lt;/b&gt; Revisión y exportación enumera todo lo que conviene revisar; elija un elemento para ir al campo. Después exporte un PDF accesible (o HTML) con Archivo ▸ Exportar PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="170"/>
        <source>&lt;p&gt;&lt;b&gt;Your work is kept safe.&lt;/b&gt; Save with Ctrl+S: briefs are readable text files you can reopen next year or share with partners. Every change can be undone with Ctrl+Z, and a recovery copy is kept while you work, so a crash does not cost you your text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su trabajo está a salvo.&lt;/b&gt; Guarde con Ctrl+S: los documentos son archivos de texto legibles que podrá volver a abrir el año próximo o compartir con sus socios. Cada cambio se puede deshacer con Ctrl+Z, y se mantiene una copia de recuperación mientras trabaja, así que un cierre inesperado no le hará perder su texto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="175"/>
        <source>&lt;p&gt;Everything works from the keyboard: Tab moves between fields, Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous and next step, and F1 opens this guide again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todo funciona con el teclado: Tab pasa de un campo a otro, Alt+Izquierda y Alt+Derecha (o Ctrl+Re Pág y Ctrl+Av Pág) llevan al paso anterior y al siguiente, y F1 vuelve a abrir esta guía.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="204"/>
        <source>Getting Started with BriefWriter</source>
        <translation>Primeros pasos con BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="221"/>
        <source>&lt;p&gt;The GCM data could not be loaded: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudieron cargar los datos del Pacto Mundial: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="224"/>
        <source>%1 of %2 verified</source>
        <translation>%1 de %2 verificados</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="226"/>
        <source>Guiding principles</source>
        <translation>Principios rectores</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="228"/>
        <source>Objective titles</source>
        <translation>Títulos de los objetivos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="230"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="231"/>
        <source>%1 verified, %2 partly verified, of %3</source>
        <translation>%1 verificados, %2 verificados en parte, de %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="234"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="235"/>
        <source>%1 verified, %2 partly verified, %3 not yet verified, of %4</source>
        <translation>%1 verificadas, %2 verificadas en parte, %3 aún sin verificar, de %4</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="246"/>
        <source>&lt;p&gt;“Verified” means every word was compared with the final text of %1. Wording not yet verified is flagged in the app and, if you choose, in the PDF.&lt;/p&gt;</source>
        <translation>&lt;p&gt;«Verificado» significa que cada palabra se cotejó con el texto final de %1. La redacción aún no verificada se señala en la aplicación y, si así lo decide, en el PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="250"/>
        <source>&lt;h3&gt;The Global Compact for Migration text&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;El texto del Pacto Mundial para la Migración&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fuentes&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="266"/>
        <source>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Write briefing papers on migrants&apos; rights that cite the Global Compact for Migration, and export accessible PDFs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Redacte notas informativas sobre los derechos de las personas migrantes que citan el Pacto Mundial para la Migración, y exporte PDF accesibles.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="270"/>
        <source>&lt;p&gt;Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Código: GPL-3.0-or-later. Fuentes tipográficas: Noto, SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="277"/>
        <source>About BriefWriter</source>
        <translation>Acerca de BriefWriter</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../briefwriter/gui/i18n.py" line="26"/>
        <source>System default</source>
        <extracomment>Languages written right to left (the UI mirrors for them).</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="341"/>
        <source>Could Not Recover</source>
        <translation>No se pudo recuperar</translation>
    </message>
</context>
</TS>
