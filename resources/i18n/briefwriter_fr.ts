<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Addressees</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="39"/>
        <source>Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="40"/>
        <source>Our government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="41"/>
        <source>Parliaments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="42"/>
        <source>IOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="43"/>
        <source>OHCHR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="44"/>
        <source>UNHCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="45"/>
        <source>The UN Network on Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="46"/>
        <source>Local authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="47"/>
        <source>National human rights institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="48"/>
        <source>Civil-society organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AimsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="61"/>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="63"/>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="65"/>
        <source>by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="75"/>
        <location filename="../../briefwriter/gui/steps/aims.py" line="195"/>
        <source>Engagement aims and asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="76"/>
        <source>What do you want to achieve by engaging? Choose from the twelve common aims or write your own, then turn each into a concrete ask: who should do what, by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="86"/>
        <source>Aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="87"/>
        <source>Choose an aim or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="89"/>
        <source>&amp;Aim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="92"/>
        <source>The ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="94"/>
        <source>Who should act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="96"/>
        <source>e.g. Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="98"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="99"/>
        <source>What they should do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="100"/>
        <source>e.g. adopt a national GCM implementation plan with civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="104"/>
        <source>W&amp;hat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="105"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="106"/>
        <source>e.g. before the IMRF 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="107"/>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="117"/>
        <source>&amp;Aims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="117"/>
        <source>Add your o&amp;wn aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="119"/>
        <source>No aims yet: choose from the twelve aims or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="120"/>
        <source>aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="124"/>
        <source>Choose from the &amp;twelve aims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="125"/>
        <source>Add an aim from the twelve aims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="136"/>
        <source>(no aim yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="140"/>
        <source> — ask incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="145"/>
        <source>The ask is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="146"/>
        <source>The ask is missing: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="179"/>
        <source>✓ This ask is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="180"/>
        <source>⚠ This ask is incomplete: add %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="185"/>
        <source>Choose an engagement aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="186"/>
        <source>The twelve aims organisations commonly pursue when engaging with the Global Compact reviews. You will turn the aim into a concrete ask next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="191"/>
        <source>Add aim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="152"/>
        <source>Could not create the recovery folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="157"/>
        <source>Could not lock the recovery file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="223"/>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="149"/>
        <source>e.g. Regional economic commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="151"/>
        <source>Add your o&amp;wn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="152"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="153"/>
        <source>Add your own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="155"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="156"/>
        <source>Remove the selected own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="199"/>
        <source>%s (your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="204"/>
        <source>Your own entry: untick it or press Remove to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="220"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="232"/>
        <source>Add %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="220"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="241"/>
        <source>Remove %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="276"/>
        <source>%s (already added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="281"/>
        <source>&amp;Suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="288"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="61"/>
        <source>— Choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="70"/>
        <source>%s in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="71"/>
        <source>Describe it in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="104"/>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="109"/>
        <source>Choose %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CosignatoriesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="96"/>
        <source>Co-signatories and pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="29"/>
        <source>List the organisations that sign the paper with you, and the pledges you make: concrete, measurable commitments with a date, so others can hold you to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="33"/>
        <source>Co-signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="37"/>
        <source>Co-signatory name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="38"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="39"/>
        <source>Co-signatory country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="40"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="44"/>
        <source>Co-si&amp;gnatories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="44"/>
        <source>&amp;Add co-signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="45"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="45"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="45"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="46"/>
        <source>No co-signatories yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="46"/>
        <source>co-signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="53"/>
        <source>Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="57"/>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="58"/>
        <source>&amp;Pledge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="59"/>
        <source>Pledge by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="60"/>
        <source>e.g. by the end of 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="61"/>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="63"/>
        <source>A good pledge says what you will do, for whom, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="67"/>
        <source>Pl&amp;edges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="67"/>
        <source>Add p&amp;ledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="68"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="68"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="68"/>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="69"/>
        <source>No pledges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="69"/>
        <source>pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="78"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="82"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="222"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="234"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="236"/>
        <source>It uses file format %1 and will be updated when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="242"/>
        <source>Opened with Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="243"/>
        <source>%1 was opened. Worth a look:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="251"/>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="254"/>
        <source>Could Not Open Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="281"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="291"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="303"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="305"/>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="43"/>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="105"/>
        <source>Evidence and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="44"/>
        <source>Back each priority with facts: what you found or what others report, who published it, and where readers can check it. Sources become footnotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="47"/>
        <source>Priority whose evidence is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="49"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="56"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="57"/>
        <source>&amp;Fact or finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="58"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="59"/>
        <source>Who published it, title, year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="60"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="61"/>
        <source>Web address of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="63"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>&amp;Evidence for this priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>&amp;Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="69"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="69"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="69"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="70"/>
        <source>No evidence for this priority yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="70"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="89"/>
        <source>Use a full web address starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="93"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="78"/>
        <source>Accessible PDF (PDF/UA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="79"/>
        <source>Archival PDF (PDF/A-3u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="80"/>
        <source>Plain PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="100"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="113"/>
        <source>Export HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="114"/>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="166"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="182"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="183"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="184"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="190"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="262"/>
        <source>Exported {name} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="264"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="266"/>
        <source>Exported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="267"/>
        <source>&amp;Open page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="268"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="274"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="290"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="291"/>
        <source>{name} was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileService</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="54"/>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="56"/>
        <source>%1 could not be opened because of an unexpected problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="65"/>
        <source>Could not save %1: %2. The previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GcmBrowser</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="58"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the objective&apos;s title or commitment is not yet verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="64"/>
        <source>Wording partly from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="66"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="106"/>
        <source>e.g. detention, firewall, children, 29(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="108"/>
        <source>Search the guiding principles, objectives and actions. Press Down to go to the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="112"/>
        <source>&amp;Search the Compact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="117"/>
        <source>Principle, objective or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="118"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="121"/>
        <source>Global Compact for Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="123"/>
        <source>Arrows move, Right expands an objective, Space ticks the item for the selected priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="139"/>
        <source>Full text of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="142"/>
        <source>F&amp;ull text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="149"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the final text). The full text and citation of the selected item are shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="210"/>
        <source>Guiding principles (para 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="211"/>
        <source>The ten guiding principles, paragraph 15 (a) to (j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="222"/>
        <source>Commitment: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="224"/>
        <source>para %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="285"/>
        <source>Link %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="285"/>
        <source>Unlink %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="330"/>
        <source>Matches: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="330"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="382"/>
        <source>&lt;p&gt;The ten guiding principles (paragraph 15) run through the whole Compact. Expand a principle or objective to see its text.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="399"/>
        <source>Guiding principle: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="405"/>
        <source>Actions: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="409"/>
        <source>Objective %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GcmLinkPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="27"/>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="76"/>
        <source>Link to the GCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="28"/>
        <source>For each priority, tick the guiding principles, objectives and actions of the Global Compact for Migration that it relates to. Search with Ctrl+F; Space ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="31"/>
        <source>Priority to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="33"/>
        <source>Add a &amp;priority first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="36"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="44"/>
        <source>Overview: priorities × objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="49"/>
        <source>● marks an objective linked to a priority directly or through its actions. Select a cell to show the objective above; double-click or press Space to tick or untick the objective.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GcmMatrix</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="41"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="84"/>
        <source>Priority %s, objective %d (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="87"/>
        <source>objective and actions %s linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="89"/>
        <source>objective linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="91"/>
        <source>actions %s linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="93"/>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="191"/>
        <source>Links of each priority to each objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="192"/>
        <source>Rows are priorities, columns objectives 1 to 23. Space or Enter ticks or unticks the objective for that priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="202"/>
        <source>Priorities by objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="249"/>
        <source>Link objective %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="250"/>
        <source>Unlink objective %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="85"/>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="190"/>
        <source>Remove %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="87"/>
        <source>Move %s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="89"/>
        <source>Move %s down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="101"/>
        <source>%s (Insert key in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="103"/>
        <source>Remove the selected %s (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="104"/>
        <source>Move the selected %s up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="105"/>
        <source>Move the selected %s down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="202"/>
        <source>Move %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="53"/>
        <source>%s is larger than 5 MB: please use a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="66"/>
        <source>%s cannot be read: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="71"/>
        <source>%s is not a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="104"/>
        <source>Too many files called %s in the brief&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="128"/>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="137"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="138"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="221"/>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="140"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="141"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="225"/>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="180"/>
        <source>The logo is kept in the brief&apos;s folder so the two travel together: save the brief first, then choose a logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="183"/>
        <source>PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is copied into the brief&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="186"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="187"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="196"/>
        <source>%s (not found or not an image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="206"/>
        <source>Save the brief first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="207"/>
        <source>The logo is copied into the folder of the brief file, so that the brief and its logo can be moved and shared together. Please save the brief (File ▸ Save), then choose the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="212"/>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="213"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="219"/>
        <source>This logo cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="47"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="48"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="49"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="50"/>
        <source>Crimson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="51"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="52"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="53"/>
        <source>Graphite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="80"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="280"/>
        <source>Template and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="81"/>
        <source>Choose how the paper looks. The preview shows the real PDF as you change things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="85"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="89"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="91"/>
        <source>Re&amp;load templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="93"/>
        <source>&amp;Open templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="95"/>
        <source>Put template packs shared by other organisations here, then press Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="103"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="108"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="113"/>
        <source>Accent colour sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="118"/>
        <source>Accent colour, hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="120"/>
        <source>C&amp;hoose colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="121"/>
        <source>Choose accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="130"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="142"/>
        <source>%s accent colour (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="150"/>
        <source>Presets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="153"/>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="154"/>
        <source>Sans-serif (Noto Sans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="154"/>
        <source>Serif (Noto Serif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="155"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="156"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="157"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="157"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="158"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="160"/>
        <source>&amp;Mark GCM wording not yet verified against the final text (†)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="189"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="189"/>
        <source>your templates: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="204"/>
        <source>%s (not installed on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="224"/>
        <source>Choose template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="241"/>
        <source>Change accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="256"/>
        <source>Choose the accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="273"/>
        <source>Contrast with white paper %.1f:1 — headings in this colour may be hard to read; choose a darker colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="275"/>
        <source>Contrast with white paper %.1f:1 — easy to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="215"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="220"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="139"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="217"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="223"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="256"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="257"/>
        <source>Start a new, empty brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="258"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="259"/>
        <source>Open a brief file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="260"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="261"/>
        <source>Save the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="262"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="264"/>
        <source>Save the brief under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="266"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="267"/>
        <source>Export the brief as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="269"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="270"/>
        <source>Export the brief as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="271"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="272"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="273"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="275"/>
        <source>Close all windows and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="279"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="281"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="284"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="288"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="290"/>
        <source>Show or hide the PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="293"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="295"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="299"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="301"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="303"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="305"/>
        <source>&amp;About BriefWriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="316"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="318"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="328"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="333"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="337"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="340"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="345"/>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="359"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="362"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="387"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="423"/>
        <source>%1[*] — BriefWriter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="222"/>
        <source>Markdown: **bold**, *italic*, [link](https://…), - list, footnotes[^1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="239"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="239"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="262"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="240"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="240"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="265"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="241"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="241"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="277"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="282"/>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="242"/>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="242"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="268"/>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="244"/>
        <source>Note¹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="244"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="271"/>
        <source>Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="278"/>
        <source>Web address (https://…) or e-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="295"/>
        <source>%s in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="308"/>
        <source>Words: %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="51"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="212"/>
        <source>Messages and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="52"/>
        <source>Say it briefly: a summary, a few key messages, recommendations for each addressee, and — for the oral-statement template — the words to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="59"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="60"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="64"/>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="65"/>
        <source>Key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="69"/>
        <source>Key &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="70"/>
        <source>One or two sentences each; three to five messages work best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="75"/>
        <source>Messa&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="75"/>
        <source>&amp;Add message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="76"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="103"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="76"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="103"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="76"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="103"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>No key messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="87"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="91"/>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="94"/>
        <source>Who the recommendation is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="96"/>
        <source>Addre&amp;ssee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="97"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="98"/>
        <source>Recommendatio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="102"/>
        <source>Recommen&amp;dations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="102"/>
        <source>Add recommen&amp;dation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>No recommendations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="112"/>
        <source>Oral statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="114"/>
        <source>Statement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="116"/>
        <source>Statement &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="118"/>
        <source>Leave it empty to let the oral-statement template compose one from your summary, key messages and asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="120"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="121"/>
        <source>Name and role of the person speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="122"/>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="124"/>
        <source>Time limit in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="127"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="128"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="208"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="132"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="136"/>
        <source>Length of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="152"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="156"/>
        <source>(no addressee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="195"/>
        <source>Words: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="196"/>
        <source>about %s to speak at %d words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="200"/>
        <source>⚠ %s over the limit of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="203"/>
        <source>within the limit of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="206"/>
        <source>Composed statement: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="48"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="127"/>
        <source>Occasion and audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="49"/>
        <source>What is the paper for? Give it a title, choose the language it is written in, and say which process or meeting it is for and who should read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="56"/>
        <source>Paper title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="57"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="58"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="59"/>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="60"/>
        <source>Language of the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="61"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="62"/>
        <source>Français — French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="63"/>
        <source>Español — Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="64"/>
        <source>العربية — Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="65"/>
        <source>中文 — Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="66"/>
        <source>Русский — Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="69"/>
        <source>The six official UN languages. Headings and dates in the paper follow it; Arabic papers are laid out right to left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="71"/>
        <source>&amp;Language of the paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="74"/>
        <source>Process and event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="77"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="78"/>
        <source>Other — in your own words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="79"/>
        <source>&amp;Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="80"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="81"/>
        <source>e.g. Multi-stakeholder hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="82"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="83"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="84"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="86"/>
        <source>A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="88"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="90"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="91"/>
        <source>e.g. New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="92"/>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="97"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="101"/>
        <source>Tick everyone the paper is for (hover for a hint), or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="121"/>
        <source>Not a date: write 2026-05-12, 2026-05 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="123"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="33"/>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="109"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="34"/>
        <source>Tell readers who is speaking. The name and a short description appear on the paper; the contact details let them reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="39"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="40"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="41"/>
        <source>Acronym or short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="42"/>
        <source>e.g. MVWA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="43"/>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="44"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="45"/>
        <source>Where you are based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="46"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="48"/>
        <source>&amp;Migrant-led organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="50"/>
        <source>Led by migrants, refugees or returnees themselves. The paper says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="52"/>
        <source>Short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="54"/>
        <source>Short &amp;description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="57"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="60"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="61"/>
        <source>Name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="62"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="63"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="64"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="66"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="67"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="68"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="70"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="72"/>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="73"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="77"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="102"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="106"/>
        <source>This does not look like a web address (https://example.org).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="292"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="299"/>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="300"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="305"/>
        <source>Automatic (from the language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="306"/>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="307"/>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="310"/>
        <source>Layout direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="311"/>
        <source>Layout &amp;direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="317"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="319"/>
        <source>Seconds without typing before a recovery copy is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="321"/>
        <source>&amp;Recovery copy after a pause of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="325"/>
        <source>Show “Getting started” when BriefWriter &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="331"/>
        <source>A new language or layout direction applies the next time BriefWriter starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="99"/>
        <source>Preview of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="116"/>
        <source>Preview error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="123"/>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="129"/>
        <source>Preview warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="177"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="180"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="184"/>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="235"/>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="237"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="313"/>
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="315"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="324"/>
        <location filename="../../briefwriter/gui/preview.py" line="327"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="331"/>
        <source>Starting the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="333"/>
        <source>Restarting the renderer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="335"/>
        <source>The preview is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="338"/>
        <source>The preview could not be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="345"/>
        <source>Showing the last preview that worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="347"/>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="354"/>
        <source>The preview file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="382"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="385"/>
        <source>Up to date, with %n warning(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="390"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="35"/>
        <source>principles %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="38"/>
        <source>objectives %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="41"/>
        <source>actions %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="52"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="155"/>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="53"/>
        <source>Name the issues your paper is about, in your own words. Start from a suggestion if one fits: it comes with links to the Global Compact already ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="62"/>
        <source>Priority title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="63"/>
        <source>A short, clear headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="64"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="65"/>
        <source>Priority description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="66"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="70"/>
        <source>Links to the GCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="74"/>
        <source>Link to the &amp;GCM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="75"/>
        <source>Go to the Link to the GCM step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>&amp;Priorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>&amp;Add your own priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>No priorities yet: add your own or start from a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="86"/>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="89"/>
        <source>Add from su&amp;ggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="90"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="131"/>
        <source>Add a priority from suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="99"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="116"/>
        <source>Select or add a priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="122"/>
        <source>Started from the suggestion “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="126"/>
        <source>Not linked to the Global Compact yet: use “Link to the GCM”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="132"/>
        <source>Suggested priorities from civil-society work on the Global Compact. Picking one adds it with its usual GCM links ticked; change anything afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="142"/>
        <source>Add priority “%s”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="55"/>
        <source>The document could not be rendered.</source>
        <extracomment>a preview still running this long after newer edits came in is abandoned (the worker is restarted) rather than waited for: a normal render takes a second or less. waits before each automatic restart after a crash; when they run out the service gives up until ``start()`` is called again (an export or the user asking).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="277"/>
        <source>The renderer could not be started{detail}. The preview and export are unavailable until BriefWriter is restarted or repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="306"/>
        <source>The renderer sent a malformed reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="358"/>
        <source>The renderer stopped unexpectedly and is being restarted; the preview will update with your next edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="360"/>
        <source>The renderer stopped unexpectedly and is being restarted. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="384"/>
        <source>Rendering took longer than {seconds} seconds and was stopped. The template may be stuck in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="448"/>
        <location filename="../../briefwriter/gui/render_service.py" line="451"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="54"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="224"/>
        <source>Review and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="55"/>
        <source>Check what is still missing, then export the paper. Press Enter on a remark (or double-click it) to go to the field it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="69"/>
        <source>Remarks on the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="72"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="74"/>
        <source>&amp;Go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="81"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="85"/>
        <source>Tagged for screen readers; the best choice for sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="86"/>
        <source>For long-term archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="87"/>
        <source>An ordinary PDF, for systems that reject the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="100"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="102"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="131"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="131"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="132"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="145"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="161"/>
        <source>Warnings: %d. Look at them before you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="163"/>
        <source>No warnings: the brief is ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="165"/>
        <source>Notes for your information: %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="206"/>
        <source>Accessible PDF (PDF/UA) — recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="207"/>
        <source>PDF/A-3u for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="208"/>
        <source>Plain PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="76"/>
        <source>Untitled brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="95"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="102"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="111"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="118"/>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="29"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="31"/>
        <source>The steps of writing a brief; each says whether it is empty, done or has warnings. Choose one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="52"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="60"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="62"/>
        <source>has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="63"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="80"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="51"/>
        <source>Do you want to save the changes to “%1”?

If you don&apos;t save them, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="53"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="67"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="68"/>
        <source>Untitled brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="69"/>
        <source>BriefWriter did not close properly. A recovery copy of “%1” (%2) was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="73"/>
        <source>, saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="81"/>
        <source>Recover Unsaved Work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="83"/>
        <source>Recover opens it with its changes marked as unsaved; your own file is not changed until you save. Discard deletes the copy. Later keeps it for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="87"/>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="88"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="90"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="114"/>
        <source>Briefs (*.brief.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="115"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="116"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="120"/>
        <source>Open Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="127"/>
        <source>Save Brief As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="141"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="142"/>
        <source>&lt;p&gt;BriefWriter walks you through a briefing paper in ten steps. The list on the left shows them in order, with a mark for each: an empty circle for a step not started, a tick when it is done, and a warning sign when something needs a look. You can go to any step at any time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="147"/>
        <source>&lt;p&gt;&lt;b&gt;Start with who you are and what the paper is for.&lt;/b&gt; Organisation takes your name, country and contact; Occasion and audience asks which process or event the paper is for (the IMRF, a regional review, a Human Rights Council session or your own) and who will read it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="152"/>
        <source>&lt;p&gt;&lt;b&gt;Name your priorities in your own words.&lt;/b&gt; Suggestions drawn from civil-society guidance are there if they help. Then, in Link to the GCM, tick the guiding principles, objectives and lettered actions of the Global Compact that each priority relates to. Search for words such as “detention” or “children” to find them quickly.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="158"/>
        <source>&lt;p&gt;&lt;b&gt;Say what you want to achieve.&lt;/b&gt; Pick engagement aims and turn each into a concrete ask: who should do what, by when. Add your key messages, recommendations, evidence with sources, pledges and co-signatories.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="162"/>
        <source>&lt;p&gt;&lt;b&gt;Watch the paper take shape.&lt;/b&gt; The pane on the right shows the real PDF and updates a moment after you stop typing. Choose a template and adjust the look in Template and look.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="166"/>
        <source>&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Review and export lists anything worth checking; choose an item to jump to the field. Then export an accessible PDF (or HTML) with File ▸ Export PDF.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="170"/>
        <source>&lt;p&gt;&lt;b&gt;Your work is kept safe.&lt;/b&gt; Save with Ctrl+S: briefs are readable text files you can reopen next year or share with partners. Every change can be undone with Ctrl+Z, and a recovery copy is kept while you work, so a crash does not cost you your text.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="175"/>
        <source>&lt;p&gt;Everything works from the keyboard: Tab moves between fields, Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous and next step, and F1 opens this guide again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="204"/>
        <source>Getting Started with BriefWriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="221"/>
        <source>&lt;p&gt;The GCM data could not be loaded: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="224"/>
        <source>%1 of %2 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="226"/>
        <source>Guiding principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="228"/>
        <source>Objective titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="230"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="231"/>
        <source>%1 verified, %2 partly verified, of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="234"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="235"/>
        <source>%1 verified, %2 partly verified, %3 not yet verified, of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="246"/>
        <source>&lt;p&gt;“Verified” means every word was compared with the final text of %1. Wording not yet verified is flagged in the app and, if you choose, in the PDF.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="250"/>
        <source>&lt;h3&gt;The Global Compact for Migration text&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="266"/>
        <source>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Write briefing papers on migrants&apos; rights that cite the Global Compact for Migration, and export accessible PDFs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="270"/>
        <source>&lt;p&gt;Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="277"/>
        <source>About BriefWriter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../briefwriter/gui/i18n.py" line="26"/>
        <source>System default</source>
        <extracomment>Languages written right to left (the UI mirrors for them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="341"/>
        <source>Could Not Recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.session</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/bound.py" line="94"/>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
