<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Addressees</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="40"/>
        <source>Member States</source>
        <translation type="unfinished">الدول الأعضاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="41"/>
        <source>Our government</source>
        <translation type="unfinished">حكومتنا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="42"/>
        <source>Parliaments</source>
        <translation type="unfinished">البرلمانات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="43"/>
        <source>IOM</source>
        <translation type="unfinished">المنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="44"/>
        <source>OHCHR</source>
        <translation type="unfinished">مفوضية الأمم المتحدة السامية لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="45"/>
        <source>UNHCR</source>
        <translation type="unfinished">مفوضية الأمم المتحدة لشؤون اللاجئين</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="46"/>
        <source>The UN Network on Migration</source>
        <translation type="unfinished">شبكة الأمم المتحدة المعنية بالهجرة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="47"/>
        <source>Local authorities</source>
        <translation type="unfinished">السلطات المحلية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="48"/>
        <source>National human rights institutions</source>
        <translation type="unfinished">المؤسسات الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="49"/>
        <source>Civil-society organisations</source>
        <translation type="unfinished">منظمات المجتمع المدني</translation>
    </message>
</context>
<context>
    <name>AimsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="62"/>
        <source>who</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="64"/>
        <source>what</source>
        <translation type="unfinished">المطلوب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="66"/>
        <source>by when</source>
        <translation type="unfinished">الموعد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="75"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="61"/>
        <source>Engagement aims and asks</source>
        <translation type="unfinished">غايات المشاركة والمطالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="76"/>
        <source>What do you want to achieve by engaging? Choose from the twelve common aims or write your own, then turn each into a concrete ask: who should do what, by when.</source>
        <translation type="unfinished">ما الذي تريد تحقيقه من خلال المشاركة؟ اختر من الغايات الاثنتي عشرة الشائعة أو اكتب غايتك الخاصة، ثم حوِّل كل غاية إلى مطلب محدد: من ينبغي أن يفعل ماذا، ومتى.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="86"/>
        <source>Aim</source>
        <translation type="unfinished">الغاية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="87"/>
        <source>Choose an aim or type your own</source>
        <translation type="unfinished">اختر غاية أو اكتب غايتك الخاصة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="89"/>
        <source>&amp;Aim:</source>
        <translation type="unfinished">الغاية(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="97"/>
        <source>&amp;Who should act:</source>
        <translation type="unfinished">من ينبغي أن يتصرف(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="103"/>
        <source>W&amp;hat they should do:</source>
        <translation type="unfinished">ما الذي ينبغي فعله(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="107"/>
        <source>The ask</source>
        <translation type="unfinished">المطلب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="93"/>
        <source>Who should act</source>
        <translation type="unfinished">من ينبغي أن يتصرف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="95"/>
        <source>e.g. Member States</source>
        <translation type="unfinished">مثلًا: الدول الأعضاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="98"/>
        <source>What they should do</source>
        <translation type="unfinished">ما ينبغي فعله</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="99"/>
        <source>e.g. adopt a national GCM implementation plan with civil society</source>
        <translation type="unfinished">مثلًا: اعتماد خطة وطنية لتنفيذ الاتفاق العالمي بالتعاون مع المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="104"/>
        <source>By when</source>
        <translation type="unfinished">الموعد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="105"/>
        <source>e.g. before the IMRF 2026</source>
        <translation type="unfinished">مثلًا: قبل منتدى استعراض الهجرة الدولية لعام 2026</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="106"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">الموعد(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>&amp;Aims:</source>
        <translation type="unfinished">الغايات(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>Add your o&amp;wn aim</source>
        <translation type="unfinished">إضافة غاية خاصة بك(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="117"/>
        <source>No aims yet: choose from the twelve aims or add your own.</source>
        <translation type="unfinished">لا توجد غايات بعد: اختر من الغايات الاثنتي عشرة أو أضف غايتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>aim</source>
        <translation type="unfinished">الغاية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="122"/>
        <source>Choose from the &amp;twelve aims…</source>
        <translation type="unfinished">الاختيار من الغايات الاثنتي عشرة(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="123"/>
        <source>Add an aim from the twelve aims</source>
        <translation type="unfinished">إضافة غاية من الغايات الاثنتي عشرة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="134"/>
        <source>(no aim yet)</source>
        <translation type="unfinished">(لا توجد غاية بعد)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="141"/>
        <source> — ask incomplete</source>
        <translation type="unfinished"> — المطلب غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="146"/>
        <source>The ask is complete.</source>
        <translation type="unfinished">المطلب مكتمل.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="147"/>
        <source>The ask is missing: %1.</source>
        <translation type="unfinished">ينقص المطلب: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="180"/>
        <source>✓ This ask is complete.</source>
        <translation type="unfinished">✓ هذا المطلب مكتمل.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="181"/>
        <source>⚠ This ask is incomplete: add %1.</source>
        <translation type="unfinished">⚠ هذا المطلب غير مكتمل: أضف %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="186"/>
        <source>Choose an engagement aim</source>
        <translation type="unfinished">اختيار غاية للمشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="187"/>
        <source>The twelve aims organisations commonly pursue when engaging with the Global Compact reviews. You will turn the aim into a concrete ask next.</source>
        <translation type="unfinished">الغايات الاثنتا عشرة التي تسعى إليها المنظمات عادةً عند المشاركة في استعراضات الاتفاق العالمي. ستحوِّل الغاية بعد ذلك إلى مطلب محدد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="192"/>
        <source>Add aim</source>
        <translation type="unfinished">إضافة الغاية</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="157"/>
        <source>Could not create the recovery folder %1: %2</source>
        <translation type="unfinished">تعذّر إنشاء مجلد الاسترداد %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="162"/>
        <source>Could not lock the recovery file %1.</source>
        <translation type="unfinished">تعذّر قفل ملف الاسترداد %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="219"/>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished">تعذّرت كتابة نسخة الاسترداد: %1</translation>
    </message>
</context>
<context>
    <name>BoundField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/bound.py" line="96"/>
        <source>Edit %1</source>
        <translation type="unfinished">تحرير %1</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="71"/>
        <source>Brand Kit</source>
        <extracomment>the kit was saved or imported (the path of its folder) the kit on disk was read and the fields show it</extracomment>
        <translation type="unfinished">الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="72"/>
        <source>Brand kit</source>
        <translation type="unfinished">الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="79"/>
        <source>Your organisation&apos;s house style, used for every brief and template. A brief&apos;s own look choices (a colour, font or paper other than the default) win over it.</source>
        <translation type="unfinished">الهوية البصرية لمنظمتك، وتُستخدم في كل ورقة وكل قالب. وخيارات المظهر الخاصة بالورقة نفسها (لون أو خط أو ورق غير الافتراضي) تتقدم عليها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="83"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">الاسم(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="90"/>
        <source>Logo preview</source>
        <translation type="unfinished">معاينة الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="91"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">اختيار شعار(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="93"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">إزالة الشعار(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="102"/>
        <source>Logo:</source>
        <translation type="unfinished">الشعار:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>P&amp;rimary colour:</source>
        <translation type="unfinished">اللون الأساسي(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>Primary colour</source>
        <translation type="unfinished">اللون الأساسي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">لون التمييز(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>Accent colour</source>
        <translation type="unfinished">لون التمييز</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>&amp;Text colour:</source>
        <translation type="unfinished">لون النص(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>Text colour</source>
        <translation type="unfinished">لون النص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="115"/>
        <source>template&apos;s own</source>
        <translation type="unfinished">الخاص بالقالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="116"/>
        <source>%1, hexadecimal</source>
        <translation type="unfinished">%1، بالنظام الست عشري</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="118"/>
        <source>Choose…</source>
        <translation type="unfinished">اختيار…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="119"/>
        <source>Choose %1</source>
        <translation type="unfinished">اختيار %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="135"/>
        <source>&amp;Heading font:</source>
        <translation type="unfinished">خط العناوين(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="136"/>
        <source>&amp;Body font:</source>
        <translation type="unfinished">خط المتن(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="137"/>
        <source>Add font &amp;file…</source>
        <translation type="unfinished">إضافة ملف خط(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="139"/>
        <source>Your own font (.ttf, .otf, .woff or .woff2). It must draw every basic Latin letter.</source>
        <translation type="unfinished">خطك الخاص (.ttf أو .otf أو .woff أو .woff2). يجب أن يتضمن جميع الحروف اللاتينية الأساسية.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="152"/>
        <source>e.g. the network&apos;s name, address, website</source>
        <translation type="unfinished">مثلًا: اسم الشبكة وعنوانها وموقعها الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="153"/>
        <source>Footer l&amp;ine:</source>
        <translation type="unfinished">سطر التذييل(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>The brief&apos;s own</source>
        <translation type="unfinished">الخاص بالورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 مم)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="156"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">Letter الأمريكي (8.5 × 11 بوصة)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="158"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">الورق(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="161"/>
        <source>Brand kit status</source>
        <translation type="unfinished">حالة الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="163"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">استيراد(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="165"/>
        <source>&amp;Export…</source>
        <translation type="unfinished">تصدير(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="167"/>
        <source>&amp;Save</source>
        <translation type="unfinished">حفظ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="169"/>
        <source>&amp;Close</source>
        <translation type="unfinished">إغلاق(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="171"/>
        <source>Use a brand kit file a partner sent you</source>
        <translation type="unfinished">استخدام ملف هوية بصرية أرسله إليك أحد الشركاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="172"/>
        <source>Save the brand kit as a file to share</source>
        <translation type="unfinished">حفظ الهوية البصرية في ملف لمشاركته</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="193"/>
        <source>No brand kit yet: fill in the fields and press Save.</source>
        <translation type="unfinished">لا توجد هوية بصرية بعد: املأ الحقول ثم اضغط «حفظ».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="196"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="363"/>
        <source>Saved in %1</source>
        <translation type="unfinished">حُفظت في %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="205"/>
        <source>The saved brand kit cannot be used; saving replaces it.
%1</source>
        <translation type="unfinished">لا يمكن استخدام الهوية البصرية المحفوظة؛ وسيحل الحفظ محلها.
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="233"/>
        <source>The template&apos;s own</source>
        <translation type="unfinished">الخاص بالقالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="234"/>
        <source>%1 (bundled)</source>
        <translation type="unfinished">%1 (مضمَّن)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="235"/>
        <source>%1 (your font file)</source>
        <translation type="unfinished">%1 (ملف الخط الخاص بك)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="243"/>
        <source>%1 (%2, weight %3)</source>
        <translation type="unfinished">%1 (%2، الوزن %3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="245"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="428"/>
        <source>Font files: %1</source>
        <translation type="unfinished">ملفات الخطوط: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="246"/>
        <source>No font files of your own yet.</source>
        <translation type="unfinished">لا توجد ملفات خطوط خاصة بك بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="253"/>
        <source>No logo</source>
        <translation type="unfinished">لا يوجد شعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="282"/>
        <source>Choose a colour</source>
        <translation type="unfinished">اختيار لون</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="289"/>
        <source>Choose the Logo</source>
        <translation type="unfinished">اختيار الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="290"/>
        <source>Images (%1)</source>
        <translation type="unfinished">الصور (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="301"/>
        <source>This image cannot be the logo</source>
        <translation type="unfinished">لا يمكن استخدام هذه الصورة شعارًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="309"/>
        <source>Add a Font File</source>
        <translation type="unfinished">إضافة ملف خط</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="310"/>
        <source>Fonts (%1)</source>
        <translation type="unfinished">الخطوط (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="326"/>
        <source>Added the font “%1”; press Save to keep it.</source>
        <translation type="unfinished">أُضيف الخط «%1»؛ اضغط «حفظ» للاحتفاظ به.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="330"/>
        <source>This font cannot be used</source>
        <translation type="unfinished">لا يمكن استخدام هذا الخط</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="348"/>
        <source>Brand kit not saved</source>
        <translation type="unfinished">لم تُحفظ الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="349"/>
        <source>“%1” is not a whole colour: write six hexadecimal digits, as #1d5c8c, or leave the field empty.</source>
        <translation type="unfinished">«%1» ليس لونًا كاملًا: اكتب ستة أرقام ست عشرية، مثل #1d5c8c، أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="369"/>
        <source>The brand kit was not saved; the previous one is unchanged</source>
        <translation type="unfinished">لم تُحفظ الهوية البصرية؛ وبقيت السابقة دون تغيير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="376"/>
        <source>Export Brand Kit</source>
        <translation type="unfinished">تصدير الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="377"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="396"/>
        <source>Brand kits (%1)</source>
        <translation type="unfinished">ملفات الهوية البصرية (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="385"/>
        <source>Brand kit exported</source>
        <translation type="unfinished">تم تصدير الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="386"/>
        <source>The brand kit was saved as %1. A partner uses it with Tools ▸ Brand Kit… ▸ Import.</source>
        <translation type="unfinished">حُفظت الهوية البصرية باسم %1. ويمكن للشريك استخدامها من أدوات ▸ الهوية البصرية… ▸ استيراد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="391"/>
        <source>The brand kit was not exported</source>
        <translation type="unfinished">لم تُصدَّر الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="395"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="402"/>
        <source>Import Brand Kit</source>
        <translation type="unfinished">استيراد هوية بصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="403"/>
        <source>&amp;Replace My Brand Kit</source>
        <translation type="unfinished">استبدال هويتي البصرية(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="409"/>
        <source>Imported from %1</source>
        <translation type="unfinished">استُوردت من %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="413"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="416"/>
        <source>The brand kit was not imported; nothing was changed</source>
        <translation type="unfinished">لم تُستورد الهوية البصرية؛ ولم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="421"/>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="422"/>
        <source>%1 holds the brand kit “%2”:</source>
        <translation type="unfinished">يحتوي %1 على الهوية البصرية «%2»:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="423"/>
        <source>unnamed</source>
        <translation type="unfinished">بلا اسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="424"/>
        <source>Colours: primary %1, accent %2, text %3</source>
        <translation type="unfinished">الألوان: الأساسي %1، التمييز %2، النص %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="426"/>
        <source>Fonts: headings %1, body %2</source>
        <translation type="unfinished">الخطوط: العناوين %1، المتن %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="430"/>
        <source>Logo: %1</source>
        <translation type="unfinished">الشعار: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="431"/>
        <source>Footer line: %1</source>
        <translation type="unfinished">سطر التذييل: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="432"/>
        <source>Paper: %1</source>
        <translation type="unfinished">الورق: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="433"/>
        <source>It replaces your brand kit.</source>
        <translation type="unfinished">ستحل محل هويتك البصرية.</translation>
    </message>
</context>
<context>
    <name>CatalogueChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="155"/>
        <source>e.g. Regional economic commissions</source>
        <translation type="unfinished">مثلًا: اللجان الاقتصادية الإقليمية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="157"/>
        <source>Add your o&amp;wn:</source>
        <translation type="unfinished">إضافة عنصر خاص بك(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="158"/>
        <source>A&amp;dd</source>
        <translation type="unfinished">إضافة(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="159"/>
        <source>Add your own entry</source>
        <translation type="unfinished">إضافة عنصر خاص بك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="161"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">إزالة(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="162"/>
        <source>Remove the selected own entry</source>
        <translation type="unfinished">إزالة العنصر الخاص المحدد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="205"/>
        <source>%1 (your own)</source>
        <translation type="unfinished">%1 (خاص بك)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="210"/>
        <source>Your own entry: untick it or press Remove to drop it.</source>
        <translation type="unfinished">عنصر خاص بك: أزِل العلامة عنه أو اضغط «إزالة» لحذفه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="238"/>
        <source>Add %1</source>
        <translation type="unfinished">إضافة %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="247"/>
        <source>Remove %1</source>
        <translation type="unfinished">إزالة %1</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="292"/>
        <source>%1 (already added)</source>
        <translation type="unfinished">%1 (مضاف بالفعل)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="297"/>
        <source>&amp;Suggestions:</source>
        <translation type="unfinished">الاقتراحات(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="304"/>
        <source>&amp;Add</source>
        <translation type="unfinished">إضافة(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="62"/>
        <source>— Choose —</source>
        <translation type="unfinished">— اختيار —</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="71"/>
        <source>%1 in your own words</source>
        <translation type="unfinished">%1 بكلماتك الخاصة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="73"/>
        <source>Describe it in your own words</source>
        <translation type="unfinished">صِفه بكلماتك الخاصة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="110"/>
        <source>Edit %1</source>
        <translation type="unfinished">تحرير %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="116"/>
        <source>Choose %1</source>
        <translation type="unfinished">اختيار %1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="20"/>
        <source>a guiding principle</source>
        <translation type="unfinished">مبدأً توجيهيًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="21"/>
        <source>an objective</source>
        <translation type="unfinished">هدفًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="22"/>
        <source>an action</source>
        <translation type="unfinished">إجراءً</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="57"/>
        <source>it names {citation}, which is not {kind}</source>
        <translation type="unfinished">يشير إلى {citation}، وهو ليس {kind}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="65"/>
        <source>{name} links to {ref}, which is not in the GCM: {reason}. Remove it, or pick the right item in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}: الرابط {ref} غير موجود في الاتفاق العالمي: {reason}. أزِله، أو اختر العنصر الصحيح في خطوة «الربط بالاتفاق العالمي».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="87"/>
        <source>The PDF marks this wording.</source>
        <translation type="unfinished">تُميَّز هذه الصيغة بعلامة في ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="89"/>
        <source>Marking it in the PDF is turned off in the look settings.</source>
        <translation type="unfinished">وضعُ علامة عليها في ملف PDF معطَّل في إعدادات المظهر.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="94"/>
        <source>The GCM item this brief links ({items}) uses wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">عنصر الاتفاق العالمي المرتبط بهذه الورقة ({items}) يستخدم صيغة لم تُطابَق بعدُ كلمةً كلمة مع القرار النهائي (A/RES/73/195). {marked} قارِنه بالنص الرسمي قبل النشر.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="101"/>
        <source>All {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">جميع عناصر الاتفاق العالمي المرتبطة بهذه الورقة وعددها {total} ({items}) تستخدم صيغة لم تُطابَق بعدُ كلمةً كلمة مع القرار النهائي (A/RES/73/195). {marked} قارِنها بالنص الرسمي قبل النشر.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="108"/>
        <source>{count} of the {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">{count} من أصل {total} من عناصر الاتفاق العالمي المرتبطة بهذه الورقة ({items}) تستخدم صيغة لم تُطابَق بعدُ كلمةً كلمة مع القرار النهائي (A/RES/73/195). {marked} قارِنها بالنص الرسمي قبل النشر.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="79"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion. Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}: القيمة {value} تبدو اقتراحًا كُتب خطأً. اخترها مجددًا من القائمة، أو اكتبها بكلماتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="85"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion: did you mean {suggestion}? Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}: القيمة {value} تبدو اقتراحًا كُتب خطأً: هل تقصد {suggestion}؟ اخترها مجددًا من القائمة، أو اكتبها بكلماتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="120"/>
        <source>The brief has no title yet: give it one.</source>
        <translation type="unfinished">ليس للورقة عنوان بعد: أعطها عنوانًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="129"/>
        <source>Your organisation&apos;s name is missing: add it in the organisation step so readers know who is speaking.</source>
        <translation type="unfinished">اسم منظمتك غير موجود: أضفه في خطوة «المنظمة» ليعرف القراء من المتحدث.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="140"/>
        <source>The process</source>
        <translation type="unfinished">العملية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="144"/>
        <location filename="../../briefwriter/core/check_text.py" line="253"/>
        <source>Audience {number}</source>
        <translation type="unfinished">الجمهور {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="151"/>
        <source>The brief has no summary yet: say in two or three sentences what you ask for and why.</source>
        <translation type="unfinished">ليس للورقة ملخص بعد: اذكر في جملتين أو ثلاث ما تطلبه ولماذا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Arabic</source>
        <translation type="unfinished">العربية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Chinese</source>
        <translation type="unfinished">الصينية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>French</source>
        <translation type="unfinished">الفرنسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>Russian</source>
        <translation type="unfinished">الروسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="132"/>
        <source>Spanish</source>
        <translation type="unfinished">الإسبانية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="146"/>
        <source>This brief is in {language} but quotes the English text of the GCM, and the paper says so. To quote the official {language} text, import it: Help ▸ Check the GCM Text Against the Official Document…</source>
        <translation type="unfinished">هذه الورقة مكتوبة باللغة {language} لكنها تقتبس النص الإنكليزي للاتفاق العالمي، وتذكر الورقة ذلك. لاقتباس النص الرسمي باللغة {language}، استورده من: تعليمات ▸ مطابقة نص الاتفاق العالمي مع الوثيقة الرسمية…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="156"/>
        <source>The GCM has no official edition in this brief&apos;s language: the paper quotes its English text and says so.</source>
        <translation type="unfinished">ليس للاتفاق العالمي نسخة رسمية بلغة هذه الورقة: لذا تقتبس الورقة نصه الإنكليزي وتذكر ذلك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="175"/>
        <source>BriefWriter does not hold the whole text of {items}: the PDF cites it and says “Text not included: see A/RES/73/195” instead of quoting it.</source>
        <translation type="unfinished">لا يحتوي BriefWriter على النص الكامل للعناصر {items}: لذا يُحيل ملف PDF إليها ويذكر «النص غير مُدرج: انظر A/RES/73/195» بدلًا من اقتباسها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="188"/>
        <source>The brief has no priorities yet: add at least one, in your own words or from the suggestions.</source>
        <translation type="unfinished">ليس للورقة أولويات بعد: أضف أولوية واحدة على الأقل، بكلماتك الخاصة أو من الاقتراحات.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="203"/>
        <source>{name} has no title yet: give it a short name, such as “Ending lethal disregard”.</source>
        <translation type="unfinished">{name}: لا عنوان بعد. أعطها اسمًا قصيرًا، مثل «إنهاء الإهمال القاتل».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="216"/>
        <source>{name} has no description yet: say in a few sentences what the problem is and what should change.</source>
        <translation type="unfinished">{name}: لا وصف بعد. اذكر في بضع جمل ما المشكلة وما الذي ينبغي أن يتغير.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="229"/>
        <source>{name} is not linked to the GCM yet: link it to at least one objective or action in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}: غير مرتبطة بالاتفاق العالمي بعد. اربطها بهدف أو إجراء واحد على الأقل في خطوة «الربط بالاتفاق العالمي».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="248"/>
        <location filename="../../briefwriter/core/checks_safety.py" line="75"/>
        <source>Evidence {number} of {owner}</source>
        <translation type="unfinished">الدليل {number} ({owner})</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="256"/>
        <location filename="../../briefwriter/core/check_text.py" line="218"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="99"/>
        <source>{name} is empty: fill it in or remove it.</source>
        <translation type="unfinished">{name}: فارغ. املأه أو أزِله.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="266"/>
        <source>{name} has a source but no text: write the fact or finding it supports.</source>
        <translation type="unfinished">{name}: له مصدر لكن بلا نص. اكتب الواقعة أو النتيجة التي يدعمها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="279"/>
        <source>{name} has no source: say who published it, the title and the year, so readers can check it.</source>
        <translation type="unfinished">{name}: بلا مصدر. اذكر الجهة التي نشرته والعنوان والسنة، ليتمكن القراء من التحقق منه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="295"/>
        <source>{name} has the link {url}, which is not a web address: write the full address starting with https://, e.g. {example}.</source>
        <translation type="unfinished">{name}: الرابط {url} ليس عنوان ويب. اكتب العنوان الكامل بدءًا بـ https://، مثل {example}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="309"/>
        <source>who should act</source>
        <translation type="unfinished">من ينبغي أن يتصرف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="310"/>
        <source>what they should do</source>
        <translation type="unfinished">ما ينبغي فعله</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="311"/>
        <source>by when</source>
        <translation type="unfinished">الموعد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="319"/>
        <location filename="../../briefwriter/core/check_text.py" line="254"/>
        <source>Aim {number}</source>
        <translation type="unfinished">الغاية {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="322"/>
        <source>Aim {number} {label}</source>
        <translation type="unfinished">الغاية {number} {label}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="329"/>
        <source>{name} is empty: choose an aim from the list or write your own.</source>
        <translation type="unfinished">{name}: فارغة. اختر غاية من القائمة أو اكتب غايتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="341"/>
        <source>{name} has no concrete ask yet: say {parts}.</source>
        <translation type="unfinished">{name}: لا مطلب محددًا بعد. حدِّد {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="343"/>
        <source>{name} needs a complete ask: say {parts}.</source>
        <translation type="unfinished">{name}: المطلب غير مكتمل. حدِّد {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="360"/>
        <source>The two-page brief leads with your key messages, and there are none yet: add two or three.</source>
        <translation type="unfinished">تبدأ الورقة ذات الصفحتين برسائلك الرئيسية، ولا توجد رسائل بعد: أضف رسالتين أو ثلاثًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="374"/>
        <source>Recommendation {number} is empty: fill it in or remove it.</source>
        <translation type="unfinished">التوصية {number} فارغة: املأها أو أزِلها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="385"/>
        <source>Recommendation {number} {text} has no addressee: say who should act on it (for example “Member States”).</source>
        <translation type="unfinished">التوصية {number} {text} بلا جهة مخاطَبة: حدِّد من ينبغي أن يعمل بها (مثل «الدول الأعضاء»).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="399"/>
        <source>Recommendation {number} to {addressee} has no text yet.</source>
        <translation type="unfinished">التوصية {number} الموجهة إلى {addressee} بلا نص بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="420"/>
        <source>about {duration} to deliver ({words} words at {wpm} words a minute), over its time limit of {limit}</source>
        <translation type="unfinished">نحو {duration} للإلقاء ({words} كلمة بمعدل {wpm} كلمة في الدقيقة)، بما يتجاوز حده الزمني البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="431"/>
        <source>The statement takes {timing}: cut about {cut} words.</source>
        <translation type="unfinished">يستغرق البيان {timing}: احذف نحو {cut} كلمة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="435"/>
        <source>The statement composed from your summary, key messages and asks takes {timing}: write a shorter statement in the statement step, or cut about {cut} words from those parts.</source>
        <translation type="unfinished">يستغرق البيان المؤلَّف من ملخصك ورسائلك الرئيسية ومطالبك {timing}: اكتب بيانًا أقصر في حقل نص البيان، أو احذف نحو {cut} كلمة من تلك الأجزاء.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="32"/>
        <source>Priority {number} {title}</source>
        <translation type="unfinished">الأولوية {number} {title}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="34"/>
        <source>Priority {number}</source>
        <translation type="unfinished">الأولوية {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="67"/>
        <source>The title is {count} characters long; over {limit} it no longer fits the cover. Shorten it and move the rest to the subtitle.</source>
        <translation type="unfinished">يبلغ طول العنوان {count} حرفًا؛ وإذا تجاوز {limit} لم يعد يتسع للغلاف. اختصره وانقل الباقي إلى العنوان الفرعي.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="75"/>
        <source>The subtitle is {count} characters long; over {limit} it crowds the cover. Shorten it and move the detail to the summary.</source>
        <translation type="unfinished">يبلغ طول العنوان الفرعي {count} حرفًا؛ وإذا تجاوز {limit} ازدحم به الغلاف. اختصره وانقل التفاصيل إلى الملخص.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="84"/>
        <source>Your organisation&apos;s name is {count} characters long; over {limit} it does not fit where the paper names you. Use the name you are known by and say more in the description.</source>
        <translation type="unfinished">يبلغ طول اسم منظمتك {count} حرفًا؛ وإذا تجاوز {limit} لم يعد يتسع في الموضع الذي تذكركم فيه الورقة. استخدم الاسم الذي تُعرفون به، وقدِّم المزيد في الوصف.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="93"/>
        <source>The summary is {count} characters long; over {limit} it is no longer a summary. Keep it to a few sentences and move the detail into the priorities.</source>
        <translation type="unfinished">يبلغ طول الملخص {count} حرفًا؛ وإذا تجاوز {limit} لم يعد ملخصًا. اقتصر على بضع جمل وانقل التفاصيل إلى الأولويات.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="103"/>
        <source>The heading of section {number} is {count} characters long; over {limit} it is no longer a heading. Shorten it and begin the section&apos;s text with the rest.</source>
        <translation type="unfinished">يبلغ طول عنوان القسم {number} {count} حرفًا؛ وإذا تجاوز {limit} لم يعد عنوانًا. اختصره وابدأ نص القسم بالباقي.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="116"/>
        <source>The title of priority {number} is {count} characters long; over {limit} it is no longer a short name. Shorten it and move the rest to its description.</source>
        <translation type="unfinished">يبلغ طول عنوان الأولوية {number} {count} حرفًا؛ وإذا تجاوز {limit} لم يعد اسمًا قصيرًا. اختصره وانقل الباقي إلى وصفها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="126"/>
        <source>The description of {name} is {count} characters long; over {limit} readers skim it. Cut it down, or move the detail into its evidence or a section of your own.</source>
        <translation type="unfinished">يبلغ طول وصف {name} {count} حرفًا؛ وإذا تجاوز {limit} اكتفى القراء بتصفحه سريعًا. اختصره، أو انقل التفاصيل إلى أدلتها أو إلى قسم خاص بك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="137"/>
        <source>Key message {number} is {count} characters long; over {limit} readers no longer take it in at a glance. Keep it to a sentence or two.</source>
        <translation type="unfinished">يبلغ طول الرسالة الرئيسية {number} {count} حرفًا؛ وإذا تجاوز {limit} لم يعد القراء يستوعبونها بنظرة واحدة. اقتصر على جملة أو جملتين.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="148"/>
        <source>Recommendation {number} is {count} characters long; over {limit} it asks for too much at once. Split it into several recommendations.</source>
        <translation type="unfinished">يبلغ طول التوصية {number} {count} حرفًا؛ وإذا تجاوز {limit} طلبت الكثير دفعة واحدة. قسِّمها إلى عدة توصيات.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="188"/>
        <source>The publication date {date} does not exist in the calendar: correct it, or leave it empty to print no date.</source>
        <translation type="unfinished">تاريخ النشر {date} غير موجود في التقويم: صحِّحه، أو اترك الحقل فارغًا كي لا يُطبع أي تاريخ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="194"/>
        <source>The publication date {date} is not a date: write it as 2026-05-12, or leave it empty to print no date.</source>
        <translation type="unfinished">تاريخ النشر {date} ليس تاريخًا: اكتبه بالصيغة 2026-05-12، أو اترك الحقل فارغًا كي لا يُطبع أي تاريخ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="204"/>
        <source>Your section {number} {heading}</source>
        <translation type="unfinished">قسمك {number} {heading}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="206"/>
        <source>Your section {number}</source>
        <translation type="unfinished">قسمك {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="223"/>
        <source>{name} has text but no heading: give it one, so readers can find it.</source>
        <translation type="unfinished">{name}: فيه نص لكن بلا عنوان. أعطه عنوانًا ليجده القراء.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="231"/>
        <source>{name} has a heading but no text yet.</source>
        <translation type="unfinished">{name}: له عنوان لكن بلا نص بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="244"/>
        <source>The title</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="245"/>
        <source>The subtitle</source>
        <translation type="unfinished">العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="246"/>
        <source>The summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="247"/>
        <source>Your organisation&apos;s details</source>
        <translation type="unfinished">بيانات منظمتكم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="248"/>
        <source>The occasion</source>
        <translation type="unfinished">المناسبة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="249"/>
        <source>Your headings</source>
        <translation type="unfinished">عناوينكم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="250"/>
        <source>The oral statement</source>
        <translation type="unfinished">البيان الشفوي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="255"/>
        <source>Key message {number}</source>
        <translation type="unfinished">الرسالة الرئيسية {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="256"/>
        <source>Recommendation {number}</source>
        <translation type="unfinished">التوصية {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="257"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="41"/>
        <source>Pledge {number}</source>
        <translation type="unfinished">التعهد {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="258"/>
        <location filename="../../briefwriter/core/checks_coalition.py" line="24"/>
        <source>Co-signatory {number}</source>
        <translation type="unfinished">الجهة الموقِّعة المشاركة {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="275"/>
        <source>The field {field}</source>
        <translation type="unfinished">الحقل {field}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="287"/>
        <source>{name}: a character no font can print: {characters}. It would come out as an empty box: replace it, or install a font that has it.</source>
        <translation type="unfinished">{name}: حرف لا يمكن لأي خط طباعته: {characters}. سيظهر مربعًا فارغًا: استبدلوه أو ثبّتوا خطًا يتضمنه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="293"/>
        <source>{name}: {count} characters no font can print: {characters}. They would come out as empty boxes: replace them, or install a font that has them.</source>
        <translation type="unfinished">{name}: {count} من الحروف لا يمكن لأي خط طباعتها: {characters}. ستظهر مربعات فارغة: استبدلوها أو ثبّتوا خطًا يتضمنها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="57"/>
        <source>{a} and {b}</source>
        <translation type="unfinished">{a} و{b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="58"/>
        <source>{a}, {b}</source>
        <translation type="unfinished">{a}، {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="108"/>
        <source>The logo {logo} is outside the brief&apos;s folder. Copy the image into the folder where the brief is saved (or a folder inside it) and choose it again.</source>
        <translation type="unfinished">الشعار {logo} موجود خارج مجلد الورقة. انسخ الصورة إلى المجلد المحفوظة فيه الورقة (أو إلى مجلد داخله) ثم اخترها مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="137"/>
        <source>The logo will be looked for next to the brief file: save the brief in the folder that holds the logo so it can be checked and shown.</source>
        <translation type="unfinished">سيُبحث عن الشعار بجوار ملف الورقة: احفظ الورقة في المجلد الذي يحتوي على الشعار ليمكن التحقق منه وعرضه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="163"/>
        <source>The logo {logo} cannot be read: {reason}.</source>
        <translation type="unfinished">تتعذر قراءة الشعار {logo}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="171"/>
        <source>The logo is {size} MB; the limit is 5 MB. Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">حجم الشعار {size} ميغابايت، والحد الأقصى 5 ميغابايت. احفظ نسخة أصغر (نادرًا ما يحتاج الشعار إلى أكثر من 1000 بكسل عرضًا) ثم اخترها مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="183"/>
        <source>The logo {logo} is not a PNG, JPEG or SVG image (whatever its name says). Export the logo in one of those formats and choose it again.</source>
        <translation type="unfinished">الشعار {logo} ليس صورة PNG أو JPEG أو SVG (أيًّا كان ما يوحي به اسمه). صدِّر الشعار بأحد هذه التنسيقات ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="196"/>
        <source>The logo {logo} is a folder.</source>
        <translation type="unfinished">الشعار {logo} مجلد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="200"/>
        <source>The logo {logo} is not an ordinary file (it is a device, a pipe or a socket), so it is not read. Choose an image file.</source>
        <translation type="unfinished">الشعار {logo} ليس ملفًا عاديًا (بل جهاز أو أنبوب أو مقبس)، لذا لا تتم قراءته. اختر ملف صورة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="222"/>
        <source>The logo file {logo} was not found in the brief&apos;s folder. Choose the image again in the organisation step.</source>
        <translation type="unfinished">ملف الشعار {logo} غير موجود في مجلد الورقة. اختر الصورة مجددًا في خطوة «المنظمة».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="295"/>
        <source>The logo {logo} is a picture of {width} × {height} pixels, too large to print (the limit is 50 million pixels). Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">الشعار {logo} صورة أبعادها {width} × {height} بكسل، وهي أكبر من أن تُطبع (الحد الأقصى 50 مليون بكسل). احفظ نسخة أصغر (نادرًا ما يحتاج الشعار إلى أكثر من 1000 بكسل عرضًا) ثم اخترها مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="377"/>
        <source>The logo {logo} is an SVG file that declares entities or a document type of its own, which BriefWriter does not read. Export it again as plain SVG (or as a PNG) and choose it again.</source>
        <translation type="unfinished">الشعار {logo} ملف SVG يعرِّف كيانات أو نوع مستند خاصًّا به، وهو ما لا يقرؤه BriefWriter. صدِّره مجددًا بصيغة SVG عادية (أو بصيغة PNG) ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="396"/>
        <source>The logo {logo} is an SVG file with a script or web content in it (&lt;{element}&gt;), which is not printed. Export it again without it (or as a PNG) and choose it again.</source>
        <translation type="unfinished">الشعار {logo} ملف SVG يحتوي على نص برمجي أو محتوى ويب (&lt;{element}&gt;)، وهذا لا يُطبع. صدِّره مجددًا من دونه (أو بصيغة PNG) ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="414"/>
        <source>The logo {logo} is an SVG file that uses another file or a web address ({href}); a logo must carry everything it shows. Export it again with its pictures embedded (or as a PNG) and choose it again.</source>
        <translation type="unfinished">الشعار {logo} ملف SVG يستخدم ملفًا آخر أو عنوان ويب ({href})؛ ويجب أن يحمل الشعار في داخله كل ما يعرضه. صدِّره مجددًا مع تضمين صوره (أو بصيغة PNG) ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="441"/>
        <source>The logo {logo} is an SVG file that cannot be read: {reason} (line {line}). Export it again and choose it again.</source>
        <translation type="unfinished">الشعار {logo} ملف SVG تتعذر قراءته: {reason} (السطر {line}). صدِّره مجددًا ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="451"/>
        <source>The logo {logo} is an SVG drawing too complex to print: with its copies (&lt;use&gt;) drawn out it has about {shapes} shapes, and at most {limit} can be printed. Simplify it or export it as a PNG and choose it again.</source>
        <translation type="unfinished">الشعار {logo} رسم SVG أعقد من أن يُطبع: فعند رسم نُسخه (&lt;use&gt;) كاملةً يبلغ عدد أشكاله نحو {shapes}، في حين لا يمكن طباعة أكثر من {limit}. بسِّطه أو صدِّره بصيغة PNG ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="487"/>
        <source>The logo {logo} is an SVG file in which a copy (&lt;use&gt;) contains itself, so it can never be drawn. Export it again and choose it again.</source>
        <translation type="unfinished">الشعار {logo} ملف SVG تحتوي فيه نسخةٌ (&lt;use&gt;) على نفسها، لذا لا يمكن رسمه أبدًا. صدِّره مجددًا ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="134"/>
        <source>The field {field} has tables with {rows} rows (the row past the limit is on line {line} of its text); at most {limit} fit in one field, so its tables are printed as plain lines of text. Shorten the table or split it across fields.</source>
        <translation type="unfinished">يحتوي الحقل {field} على جداول من {rows} صفًّا (الصف المتجاوز للحد في السطر {line} من نصه)؛ ولا يتسع الحقل الواحد لأكثر من {limit}، لذا تُطبع جداوله أسطرًا نصية عادية. اختصر الجدول أو وزِّعه على عدة حقول.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="156"/>
        <source>The field {field} has footnotes inside footnotes {depth} deep (from line {line} of its text); at most {limit} levels can be printed, so this text is printed as plain text, without its formatting or notes. Take the inner notes out of the outer ones.</source>
        <translation type="unfinished">يحتوي الحقل {field} على حواشٍ داخل حواشٍ بعمق {depth} مستويات (بدءًا من السطر {line} من نصه)؛ ولا يمكن طباعة أكثر من {limit} مستويات، لذا يُطبع هذا النص نصًّا عاديًا دون تنسيقه أو حواشيه. أخرِج الحواشي الداخلية من الحواشي التي تحتويها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="170"/>
        <source>The field {field} has {count} footnotes (the note past the limit is on line {line} of its text); at most {limit} fit in one field, so this text is printed as plain text, without its formatting or notes. Cut some notes or move sources into the evidence of a priority.</source>
        <translation type="unfinished">يحتوي الحقل {field} على {count} حاشية (الحاشية المتجاوزة للحد في السطر {line} من نصه)؛ ولا يتسع الحقل الواحد لأكثر من {limit}، لذا يُطبع هذا النص نصًّا عاديًا دون تنسيقه أو حواشيه. احذف بعض الحواشي أو انقل المصادر إلى أدلة إحدى الأولويات.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="366"/>
        <source>key message {numbers}</source>
        <translation type="unfinished">الرسالة الرئيسية {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="367"/>
        <source>key messages {numbers}</source>
        <translation type="unfinished">الرسائل الرئيسية {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="370"/>
        <source>the ask of aim {numbers}</source>
        <translation type="unfinished">مطلب الغاية {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="371"/>
        <source>the asks of aims {numbers}</source>
        <translation type="unfinished">مطالب الغايات {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="374"/>
        <source>{a}; {b}</source>
        <translation type="unfinished">{a}؛ {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="405"/>
        <source>The suggested statement is in English: BriefWriter cannot yet compose one in {language}. Translate it or write your own.</source>
        <translation type="unfinished">البيان المقترح باللغة الإنكليزية: لا يستطيع BriefWriter بعدُ تأليف بيان باللغة {language}. ترجمه أو اكتب بيانك الخاص.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="444"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over the time limit of {limit}.</source>
        <translation type="unfinished">سيستغرق البيان المقترح {duration} ({words} كلمة بمعدل 130 كلمة في الدقيقة): أي {over} كلمة ({over_time}) فوق الحد الزمني البالغ {limit}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="449"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over {limit}, the usual limit when none is set.</source>
        <translation type="unfinished">سيستغرق البيان المقترح {duration} ({words} كلمة بمعدل 130 كلمة في الدقيقة): أي {over} كلمة ({over_time}) فوق {limit}، وهو الحد المعتاد عند عدم تحديد حد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="456"/>
        <source>Left out to fit: {parts}.</source>
        <translation type="unfinished">حُذف ليتسع البيان للحد الزمني: {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="459"/>
        <source>It is still {over} words over: shorten the first key message or the first ask, or edit the draft.</source>
        <translation type="unfinished">لا يزال البيان يتجاوز الحد بمقدار {over} كلمة: اختصر الرسالة الرئيسية الأولى أو المطلب الأول، أو عدِّل المسودة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="22"/>
        <source>Co-signatory {number} {name}</source>
        <translation type="unfinished">الجهة الموقِّعة المشاركة {number} {name}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="37"/>
        <source>{name}: no consent recorded. Note when and how they agreed to sign (an e-mail from the director, a signed form) before the paper goes out.</source>
        <translation type="unfinished">{name}: لم تُسجَّل أي موافقة. دوِّن متى وكيف وافقت الجهة على التوقيع (رسالة بريد إلكتروني من المدير، أو استمارة موقَّعة) قبل إصدار الورقة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="45"/>
        <source>{name}: when was consent given? Add the date.</source>
        <translation type="unfinished">{name}: متى أُعطيت الموافقة؟ أضف التاريخ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="50"/>
        <source>{name}: how was consent given? Say how (an e-mail, a form).</source>
        <translation type="unfinished">{name}: كيف أُعطيت الموافقة؟ اذكر الطريقة (رسالة بريد إلكتروني، أو استمارة).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="59"/>
        <source>{name}: {problem}</source>
        <translation type="unfinished">{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="23"/>
        <source>{name} does not say what will be done: describe the action.</source>
        <translation type="unfinished">{name}: لا يذكر ما سيُنجَز. صِف الإجراء.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="25"/>
        <source>{name} has no one responsible: say who will do it (a unit, a partner).</source>
        <translation type="unfinished">{name}: لا توجد جهة مسؤولة. اذكر من سينفِّذه (وحدة أو شريك).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="27"/>
        <source>{name} has no GCM objective: tick the objectives it serves.</source>
        <translation type="unfinished">{name}: لا يرتبط بأي هدف من أهداف الاتفاق العالمي. ضع علامة على الأهداف التي يخدمها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="29"/>
        <source>{name} has no indicator: say how progress will be measured.</source>
        <translation type="unfinished">{name}: لا يوجد مؤشر. اذكر كيف سيُقاس التقدم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="31"/>
        <source>{name} has no measurable target: say what will have been reached, in numbers where you can.</source>
        <translation type="unfinished">{name}: لا توجد قيمة مستهدفة قابلة للقياس. اذكر ما سيكون قد تحقق، بالأرقام حيثما أمكن.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="34"/>
        <source>{name} has no deadline: say by when it will be done (2027-12-31, 2027-12 or 2027).</source>
        <translation type="unfinished">{name}: لا يوجد موعد نهائي. اذكر الموعد الذي سيُنجَز بحلوله (2027-12-31 أو 2027-12 أو 2027).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="69"/>
        <source>The deadline of {name}, {date}, does not exist in the calendar: correct it.</source>
        <translation type="unfinished">الموعد النهائي لـ{name}، وهو {date}، غير موجود في التقويم: صحِّحه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="73"/>
        <source>The deadline of {name}, {date}, is not a date: write it as 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">الموعد النهائي لـ{name}، وهو {date}، ليس تاريخًا: اكتبه بالصيغة 2027-12-31 أو 2027-12 أو 2027، حتى يمكن التحقق من التقدم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="79"/>
        <source>The deadline of {name}, {date}, has already passed: give a date still to come.</source>
        <translation type="unfinished">الموعد النهائي لـ{name}، وهو {date}، قد انقضى بالفعل: حدِّد تاريخًا لم يحن بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="84"/>
        <source>The deadline of {name}, {date}, comes before the occasion ({occasion}) where it is announced: give a later date.</source>
        <translation type="unfinished">الموعد النهائي لـ{name}، وهو {date}، يسبق المناسبة ({occasion}) التي يُعلَن فيها: حدِّد تاريخًا لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="108"/>
        <source>{name} has a target but no baseline: say where things stand now, so that the change can be measured.</source>
        <translation type="unfinished">{name}: توجد قيمة مستهدفة لكن لا يوجد خط أساس. اذكر الوضع الحالي، حتى يمكن قياس التغيير.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="117"/>
        <source>met</source>
        <translation type="unfinished">تحقق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="118"/>
        <source>partly met</source>
        <translation type="unfinished">تحقق جزئيًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="125"/>
        <source>Follow-up item {number} {text}</source>
        <translation type="unfinished">عنصر المتابعة {number} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="127"/>
        <source>Follow-up item {number}</source>
        <translation type="unfinished">عنصر المتابعة {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="137"/>
        <source>{name} has no outcome yet: say whether it was met, partly met or not met.</source>
        <translation type="unfinished">{name}: لا توجد نتيجة بعد. اذكر ما إذا كان قد تحقق أو تحقق جزئيًا أو لم يتحقق.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="142"/>
        <source>{name} is marked {status} but has no evidence: say what happened, with a source.</source>
        <translation type="unfinished">{name}: الحالة المحددة «{status}» لكن لا يوجد دليل. اذكر ما حدث، مع ذكر المصدر.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="53"/>
        <source>your organisation&apos;s name</source>
        <translation type="unfinished">اسم منظمتك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="54"/>
        <source>an e-mail address</source>
        <translation type="unfinished">عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="55"/>
        <source>a phone number</source>
        <translation type="unfinished">رقم هاتف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="56"/>
        <source>your organisation&apos;s web address</source>
        <translation type="unfinished">عنوان الموقع الإلكتروني لمنظمتك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="99"/>
        <source>Safety mode: the speaker {name} is a personal name, printed with the statement. Give a role instead (“our representative”), or leave it empty.</source>
        <translation type="unfinished">وضع السلامة: المتحدث {name} اسم شخصي يُطبع مع البيان. اذكر صفةً بدلًا منه («ممثلنا»)، أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="107"/>
        <source>Safety mode: co-signatory {number} {name} signs as an individual, so the paper prints a personal name. Make sure they agreed to be named, or leave them out.</source>
        <translation type="unfinished">وضع السلامة: الجهة الموقِّعة المشاركة {number} {name} توقِّع بصفة فردية، لذا تطبع الورقة اسمًا شخصيًا. تأكَّد من موافقة صاحب الاسم على ذكره، أو احذفه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="114"/>
        <source>Safety mode: the contact person {name} is a personal name and is printed on the paper. Leave contact details out (Organisation step, Safety mode), or give a role instead of a name.</source>
        <translation type="unfinished">وضع السلامة: جهة الاتصال {name} اسم شخصي ويُطبع على الورقة. احذف بيانات الاتصال (خطوة «المنظمة»، وضع السلامة)، أو اذكر صفةً بدلًا من الاسم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="121"/>
        <source>Safety mode: the contact person {name} is a personal name. It is left out of the exported paper, but anyone you send the brief file to can read it: clear it before you share the file.</source>
        <translation type="unfinished">وضع السلامة: جهة الاتصال {name} اسم شخصي. يُحذف من الورقة المصدَّرة، لكن يمكن لأي شخص ترسل إليه ملف الورقة قراءته: امسحه قبل مشاركة الملف.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="138"/>
        <source>{field} names {names}, a person the brief names elsewhere (as a contact person, speaker or co-signatory); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field} يذكر {names}، وهو شخص تذكره الورقة في موضع آخر (بوصفه جهة اتصال أو متحدثًا أو جهة موقِّعة مشاركة)؛ وما دام وضع السلامة مفعَّلًا، احذف الاسم أو اذكر صفةً بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="150"/>
        <source>{field} seems to name a person: {names} (a title such as Ms or Dr before a name, or “my name is”); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field} يبدو أنه يذكر شخصًا: {names} (لقب مثل «السيدة» أو «د.» قبل اسم، أو عبارة «اسمي»)؛ وما دام وضع السلامة مفعَّلًا، احذف الاسم أو اذكر صفةً بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="160"/>
        <source>{what} {text}</source>
        <translation type="unfinished">{what} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="165"/>
        <source>{field} holds {what}, which can tell readers who wrote the paper; with safety mode on, leave it out or write “our organisation”.</source>
        <translation type="unfinished">{field} يتضمن {what}، مما قد يكشف للقراء من كتب الورقة؛ وما دام وضع السلامة مفعَّلًا، احذفه أو اكتب «منظمتنا».</translation>
    </message>
</context>
<context>
    <name>ChoosePackDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="276"/>
        <source>Export template pack</source>
        <translation type="unfinished">تصدير حزمة قالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="279"/>
        <source>Template to export</source>
        <translation type="unfinished">القالب المراد تصديره</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="285"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">القالب(&amp;T):</translation>
    </message>
</context>
<context>
    <name>CoalitionDialog</name>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="72"/>
        <source>Priorities</source>
        <translation type="unfinished">الأولويات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="73"/>
        <source>Asks</source>
        <translation type="unfinished">المطالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="74"/>
        <source>Evidence</source>
        <translation type="unfinished">الدليل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="75"/>
        <source>Recommendations</source>
        <translation type="unfinished">التوصيات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="76"/>
        <source>Co-signatories</source>
        <translation type="unfinished">الجهات الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="91"/>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="345"/>
        <source>Import from a Partner&apos;s Brief</source>
        <extracomment>the merge was applied (the number of items that came in)</extracomment>
        <translation type="unfinished">استيراد من ورقة أحد الشركاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="99"/>
        <source>From “%1” (%2). Check what to bring into your brief. Items already in your brief are shown beside yours: keep yours, take theirs, or keep both.</source>
        <translation type="unfinished">من «%1» (%2). حدِّد ما تريد إدخاله في ورقتك. تُعرض العناصر الموجودة في ورقتك بالفعل إلى جانب عناصرك: أبقِ على ما لديك، أو خذ ما لدى الشريك، أو أبقِ على الاثنين.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>From your partner</source>
        <translation type="unfinished">من شريكك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>Already in your brief</source>
        <translation type="unfinished">موجود في ورقتك بالفعل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="106"/>
        <source>What to do</source>
        <translation type="unfinished">الإجراء المطلوب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="107"/>
        <source>Items from your partner&apos;s brief</source>
        <translation type="unfinished">عناصر من ورقة شريكك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="116"/>
        <source>&amp;Items:</source>
        <translation type="unfinished">العناصر(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>&amp;Yours:</source>
        <translation type="unfinished">عناصرك(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>Yours</source>
        <translation type="unfinished">عناصرك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="125"/>
        <source>Your &amp;partner&apos;s:</source>
        <translation type="unfinished">عناصر شريكك(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="126"/>
        <source>Your partner&apos;s</source>
        <translation type="unfinished">عناصر شريكك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="136"/>
        <source>Worth a look in the partner&apos;s file: %1</source>
        <translation type="unfinished">أمور تستحق الاطلاع في ملف الشريك: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="139"/>
        <source>&amp;Merge</source>
        <translation type="unfinished">دمج(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="156"/>
        <source>The partner&apos;s brief holds nothing to import.</source>
        <translation type="unfinished">لا تتضمن ورقة الشريك أي شيء يمكن استيراده.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="167"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="168"/>
        <source>%1 already in your brief</source>
        <translation type="unfinished">%1 موجود في ورقتك بالفعل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="169"/>
        <source>none in your brief</source>
        <translation type="unfinished">لا شيء في ورقتك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="182"/>
        <source>%1 (similar)</source>
        <translation type="unfinished">%1 (مشابه)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="183"/>
        <source>not in your brief</source>
        <translation type="unfinished">غير موجود في ورقتك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="185"/>
        <source>Add</source>
        <translation type="unfinished">إضافة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="197"/>
        <source>Priority for the evidence “%1”</source>
        <translation type="unfinished">أولوية الدليل «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="206"/>
        <source>What to do with “%1”</source>
        <translation type="unfinished">الإجراء المطلوب بشأن «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="207"/>
        <source>Keep ours</source>
        <translation type="unfinished">الإبقاء على ما لدينا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="208"/>
        <source>Take theirs</source>
        <translation type="unfinished">أخذ ما لديهم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="209"/>
        <source>Keep both</source>
        <translation type="unfinished">الإبقاء على الاثنين</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>Under: %1</source>
        <translation type="unfinished">ضمن: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>priority %1</source>
        <translation type="unfinished">الأولوية %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="222"/>
        <source>Under: %1 (theirs, if merged)</source>
        <translation type="unfinished">ضمن: %1 (ما لديهم، في حال الدمج)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="253"/>
        <source>(not in your brief)</source>
        <translation type="unfinished">(غير موجود في ورقتك)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="278"/>
        <source>Not Everything Can Be Merged</source>
        <translation type="unfinished">لا يمكن دمج كل شيء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="291"/>
        <source>Logos Left Out</source>
        <translation type="unfinished">شعارات لم تُدرج</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="297"/>
        <source>Not Merged</source>
        <translation type="unfinished">لم يُدمج</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="304"/>
        <source>Import from partner&apos;s brief</source>
        <translation type="unfinished">استيراد من ورقة أحد الشركاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="331"/>
        <source>save your brief first, then add the logo on the Co-signatories step</source>
        <translation type="unfinished">احفظ ورقتك أولًا، ثم أضف الشعار في خطوة «الجهات الموقِّعة المشاركة»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="337"/>
        <source>The logo of %1 was left out: %2</source>
        <translation type="unfinished">لم يُدرج شعار %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="362"/>
        <source>Could Not Read the Partner&apos;s Brief</source>
        <translation type="unfinished">تعذّرت قراءة ورقة الشريك</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="59"/>
        <source>File text</source>
        <translation type="unfinished">نص الملف</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="46"/>
        <source>Continue for the Next Review</source>
        <translation type="unfinished">مواصلة العمل للاستعراض التالي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="62"/>
        <source>Start the brief for the next review from this one. This brief and its file stay as they are.</source>
        <translation type="unfinished">ابدأ الورقة الخاصة بالاستعراض التالي انطلاقًا من هذه الورقة. تبقى هذه الورقة وملفها كما هما.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="66"/>
        <source>&amp;Next review:</source>
        <translation type="unfinished">الاستعراض التالي(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="69"/>
        <source>Carried over: your organisation, priorities with their GCM links and evidence, audience, language, template and look, your own sections and headings, and the safety settings.</source>
        <translation type="unfinished">ما يُنقل: منظمتك، والأولويات مع روابطها بالاتفاق العالمي وأدلتها، والجمهور، واللغة، والقالب والمظهر، وأقسامك وعناوينك الخاصة، وإعدادات السلامة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="73"/>
        <source>Your asks and pledges become the list “Since the last review”, where you record what happened to each. This paper is kept in the new brief&apos;s history.</source>
        <translation type="unfinished">تصبح مطالبك وتعهداتك قائمة «منذ الاستعراض السابق»، حيث تسجِّل ما آل إليه كل منها. وتُحفظ هذه الورقة في سجل الورقة الجديدة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="76"/>
        <source>Starting anew: title, summary, key messages, recommendations, asks, pledges, co-signatories and the oral statement.</source>
        <translation type="unfinished">ما يبدأ من جديد: العنوان، والملخص، والرسائل الرئيسية، والتوصيات، والمطالب، والتعهدات، والجهات الموقِّعة المشاركة، والبيان الشفوي.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="82"/>
        <source>&amp;Continue</source>
        <translation type="unfinished">مواصلة(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CosignatoriesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="18"/>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="72"/>
        <source>Co-signatories</source>
        <translation type="unfinished">الجهات الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="19"/>
        <source>List the organisations that sign the paper with you.</source>
        <translation type="unfinished">اذكر المنظمات التي توقِّع الورقة معك.</translation>
    </message>
</context>
<context>
    <name>CosignatoryEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="46"/>
        <source>The logo of %1 was left out: save the brief first, then add the partner&apos;s profile again.</source>
        <translation type="unfinished">لم يُدرج شعار %1: احفظ الورقة أولًا، ثم أضف الملف التعريفي للشريك مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="69"/>
        <source>Co-signatory kind</source>
        <translation type="unfinished">نوع الجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Organisation</source>
        <translation type="unfinished">المنظمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Individual</source>
        <translation type="unfinished">فرد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="72"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">النوع(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="73"/>
        <source>Co-signatory name</source>
        <translation type="unfinished">اسم الجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">الاسم(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="75"/>
        <source>Co-signatory country</source>
        <translation type="unfinished">بلد الجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="76"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">البلد(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="79"/>
        <source>Co-signatory contact person</source>
        <translation type="unfinished">جهة الاتصال لدى الجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="80"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">جهة الاتصال(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="81"/>
        <source>Co-signatory e-mail</source>
        <translation type="unfinished">البريد الإلكتروني للجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="82"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">البريد الإلكتروني(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="83"/>
        <source>Co-signatory phone</source>
        <translation type="unfinished">هاتف الجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="84"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">الهاتف(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="85"/>
        <source>Co-signatory website</source>
        <translation type="unfinished">الموقع الإلكتروني للجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="87"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">الموقع الإلكتروني(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="88"/>
        <source>Co-signatory postal address</source>
        <translation type="unfinished">العنوان البريدي للجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="89"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">العنوان(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="90"/>
        <source>Contact</source>
        <translation type="unfinished">الاتصال</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="93"/>
        <source>Date consent was given</source>
        <translation type="unfinished">تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="95"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">التاريخ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="96"/>
        <source>How consent was given</source>
        <translation type="unfinished">طريقة إعطاء الموافقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="97"/>
        <source>e.g. e-mail from the director, signed form</source>
        <translation type="unfinished">مثلًا: رسالة بريد إلكتروني من المدير، أو استمارة موقَّعة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="98"/>
        <source>H&amp;ow:</source>
        <translation type="unfinished">الطريقة(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="100"/>
        <source>Your own record that they agreed to sign this paper. It is never printed.</source>
        <translation type="unfinished">سجلك الخاص بأن الجهة وافقت على توقيع هذه الورقة. لا يُطبع أبدًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="101"/>
        <source>Consent</source>
        <translation type="unfinished">الموافقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="106"/>
        <source>Logo (optional)</source>
        <translation type="unfinished">الشعار (اختياري)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>Co-si&amp;gnatories:</source>
        <translation type="unfinished">الجهات الموقِّعة المشاركة(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>&amp;Add co-signatory</source>
        <translation type="unfinished">إضافة جهة موقِّعة مشاركة(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>No co-signatories yet.</source>
        <translation type="unfinished">لا توجد جهات موقِّعة مشاركة بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>co-signatory</source>
        <translation type="unfinished">الجهة الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="116"/>
        <source>Add from a partner&apos;s pro&amp;file…</source>
        <translation type="unfinished">إضافة من الملف التعريفي لأحد الشركاء(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="118"/>
        <source>Add a partner from the organisation profile file they sent you (.orgprofile)</source>
        <translation type="unfinished">إضافة شريك من ملف تعريفي للمنظمة أرسله إليك (.orgprofile)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="126"/>
        <source>(no name)</source>
        <translation type="unfinished">(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="133"/>
        <source>Consent: %1</source>
        <translation type="unfinished">الموافقة: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="136"/>
        <source>No consent recorded yet</source>
        <translation type="unfinished">لم تُسجَّل أي موافقة بعد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="163"/>
        <source>Add from a Partner&apos;s Profile</source>
        <translation type="unfinished">إضافة من الملف التعريفي لأحد الشركاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="165"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">الملفات التعريفية للمنظمات (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="179"/>
        <source>Add co-signatory from profile</source>
        <translation type="unfinished">إضافة جهة موقِّعة مشاركة من ملف تعريفي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="181"/>
        <source>Logo Not Added</source>
        <translation type="unfinished">لم يُضف الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="186"/>
        <source>The partner&apos;s profile cannot be used</source>
        <translation type="unfinished">لا يمكن استخدام الملف التعريفي للشريك</translation>
    </message>
</context>
<context>
    <name>DesktopOffer</name>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="35"/>
        <source>BriefWriter is now in your applications menu, with its icon, and double-clicking a brief opens it in BriefWriter.</source>
        <translation type="unfinished">أصبح BriefWriter الآن في قائمة التطبيقات مع أيقونته، والنقر المزدوج على ورقة يفتحه في BriefWriter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="38"/>
        <source>Your desktop may take a moment, or a new login, to show it.</source>
        <translation type="unfinished">قد يحتاج سطح المكتب إلى لحظة، أو إلى تسجيل دخول جديد، لإظهاره.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="56"/>
        <source>Puts BriefWriter in your desktop&apos;s applications menu with its icon, so that double-clicking a brief opens it.</source>
        <translation type="unfinished">يضيف BriefWriter إلى قائمة التطبيقات في سطح المكتب مع أيقونته، ليفتح النقر المزدوج على ورقة فيه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="60"/>
        <source>Add BriefWriter to the &amp;Applications Menu</source>
        <translation type="unfinished">إضافة BriefWriter إلى قائمة التطبيقات(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="91"/>
        <source>Adding BriefWriter to the applications menu…</source>
        <translation type="unfinished">جارٍ إضافة BriefWriter إلى قائمة التطبيقات…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="102"/>
        <source>BriefWriter could not be added to the applications menu: %1</source>
        <translation type="unfinished">تعذّرت إضافة BriefWriter إلى قائمة التطبيقات: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="130"/>
        <source>Added to the Applications Menu</source>
        <translation type="unfinished">أُضيف إلى قائمة التطبيقات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="134"/>
        <source>BriefWriter could not be added to the applications menu</source>
        <translation type="unfinished">تعذّرت إضافة BriefWriter إلى قائمة التطبيقات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="140"/>
        <source>BriefWriter is no longer in your applications menu, and briefs no longer open in it with a double-click.</source>
        <translation type="unfinished">لم يعد BriefWriter في قائمة التطبيقات، ولم يعد النقر المزدوج على ورقة يفتحه فيه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="143"/>
        <source>BriefWriter was not in the applications menu: there was nothing to remove.</source>
        <translation type="unfinished">لم يكن BriefWriter في قائمة التطبيقات: لم يكن هناك ما يُزال.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="145"/>
        <source>Removed from the Applications Menu</source>
        <translation type="unfinished">أُزيل من قائمة التطبيقات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="148"/>
        <source>BriefWriter could not be removed from the applications menu</source>
        <translation type="unfinished">تعذّرت إزالة BriefWriter من قائمة التطبيقات</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="224"/>
        <source>Copy of the example “%1”</source>
        <extracomment>``SaveError.code`` values that mean &quot;this place cannot be written&quot;: Save As may help.</extracomment>
        <translation type="unfinished">نسخة من المثال «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="260"/>
        <location filename="../../briefwriter/gui/files.py" line="267"/>
        <source>Opening %1…</source>
        <translation type="unfinished">جارٍ فتح %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="284"/>
        <source>Opened %1.</source>
        <translation type="unfinished">تم فتح %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="286"/>
        <source>It uses file format %1 and will be updated when you save.</source>
        <translation type="unfinished">يستخدم تنسيق الملف %1، وسيُحدَّث عند الحفظ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="299"/>
        <source>Opened a copy of %1. Save it to keep your changes; the example itself stays as it is.</source>
        <translation type="unfinished">فُتحت نسخة من %1. احفظها للاحتفاظ بتغييراتك؛ أما المثال نفسه فيبقى كما هو.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="308"/>
        <source>Opened with Notes</source>
        <translation type="unfinished">تم الفتح مع ملاحظات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="309"/>
        <source>%1 was opened. Worth a look:

%2</source>
        <translation type="unfinished">تم فتح %1. أمور تستحق الاطلاع:

%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="317"/>
        <source>Could not open %1.</source>
        <translation type="unfinished">تعذّر فتح %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="320"/>
        <source>Could Not Open Brief</source>
        <translation type="unfinished">تعذّر فتح الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="351"/>
        <source>Logo Not Copied</source>
        <translation type="unfinished">لم يُنسخ الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="355"/>
        <source>Saving %1…</source>
        <translation type="unfinished">جارٍ حفظ %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="365"/>
        <source>Saved %1.</source>
        <translation type="unfinished">تم حفظ %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="377"/>
        <source>Not saved.</source>
        <translation type="unfinished">لم يتم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="378"/>
        <source>Could Not Save</source>
        <translation type="unfinished">تعذّر الحفظ</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="41"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="69"/>
        <source>Evidence and sources</source>
        <translation type="unfinished">الأدلة والمصادر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="42"/>
        <source>Back each priority with facts: what you found or what others report, who published it, and where readers can check it. Sources become footnotes.</source>
        <translation type="unfinished">ادعم كل أولوية بالوقائع: ما توصلت إليه أو ما يورده الآخرون، ومن نشره، وأين يمكن للقراء التحقق منه. تتحول المصادر إلى حواشٍ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="45"/>
        <source>Priority whose evidence is shown</source>
        <translation type="unfinished">الأولوية المعروضة أدلتها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="47"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">الأولوية(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="54"/>
        <source>Evidence</source>
        <translation type="unfinished">الدليل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="55"/>
        <source>&amp;Fact or finding:</source>
        <translation type="unfinished">الواقعة أو النتيجة(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="56"/>
        <source>Source</source>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="57"/>
        <source>Who published it, title, year</source>
        <translation type="unfinished">الجهة الناشرة، والعنوان، والسنة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="58"/>
        <source>&amp;Source:</source>
        <translation type="unfinished">المصدر(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="59"/>
        <source>Web address of the source</source>
        <translation type="unfinished">عنوان الويب للمصدر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="61"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished">عنوان الويب(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Evidence for this priority:</source>
        <translation type="unfinished">أدلة هذه الأولوية(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Add evidence</source>
        <translation type="unfinished">إضافة دليل(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>No evidence for this priority yet.</source>
        <translation type="unfinished">لا توجد أدلة لهذه الأولوية بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>evidence</source>
        <translation type="unfinished">الدليل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="87"/>
        <source>Use a full web address starting with https:// or http://.</source>
        <translation type="unfinished">استخدم عنوان ويب كاملًا يبدأ بـ https:// أو http://.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="91"/>
        <source>(empty)</source>
        <translation type="unfinished">(فارغ)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="79"/>
        <source>Accessible PDF (PDF/UA-1)</source>
        <translation type="unfinished">PDF ميسَّر الوصول (PDF/UA-1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="80"/>
        <source>Archival PDF (PDF/A-3u)</source>
        <translation type="unfinished">PDF للأرشفة (PDF/A-3u)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="81"/>
        <source>Plain PDF</source>
        <translation type="unfinished">PDF عادي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="100"/>
        <source>Export PDF — Safety Mode On</source>
        <translation type="unfinished">تصدير بصيغة PDF — وضع السلامة مفعَّل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="101"/>
        <source>Export PDF</source>
        <translation type="unfinished">تصدير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="115"/>
        <source>Export HTML — Safety Mode On</source>
        <translation type="unfinished">تصدير بصيغة HTML — وضع السلامة مفعَّل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="116"/>
        <source>Export HTML</source>
        <translation type="unfinished">تصدير بصيغة HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="119"/>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished">صفحة ويب (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="133"/>
        <source>Export as Word</source>
        <translation type="unfinished">تصدير بصيغة Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="134"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished">مستند Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="182"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="197"/>
        <source>Exporting</source>
        <translation type="unfinished">جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="198"/>
        <source>Writing {name}…</source>
        <translation type="unfinished">جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="199"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">إلغاء(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="205"/>
        <source>Export progress</source>
        <translation type="unfinished">تقدم التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="270"/>
        <source>Exported {name} (1 page).</source>
        <translation type="unfinished">تم تصدير {name} (صفحة واحدة).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="271"/>
        <source>Exported {name} ({pages} pages).</source>
        <translation type="unfinished">تم تصدير {name} (عدد الصفحات: {pages}).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="273"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished">فتح ملف PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="275"/>
        <location filename="../../briefwriter/gui/export.py" line="278"/>
        <source>Exported {name}.</source>
        <translation type="unfinished">تم تصدير {name}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="276"/>
        <source>&amp;Open document</source>
        <translation type="unfinished">فتح المستند(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="279"/>
        <source>&amp;Open page</source>
        <translation type="unfinished">فتح الصفحة(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="282"/>
        <source>Made in safety mode: your organisation&apos;s name and the metadata that could identify you are left out. Review lists any names still in the text.</source>
        <translation type="unfinished">أُعدَّت في وضع السلامة: حُذف اسم منظمتك والبيانات الوصفية التي قد تكشف هويتك. وتسرد خطوة «المراجعة والتصدير» أي أسماء لا تزال في النص.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="284"/>
        <source>Export finished</source>
        <translation type="unfinished">اكتمل التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="290"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished">فتح المجلد(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="306"/>
        <source>Export failed</source>
        <translation type="unfinished">فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="307"/>
        <source>{name} was not exported.</source>
        <translation type="unfinished">لم يُصدَّر {name}.</translation>
    </message>
</context>
<context>
    <name>ExportSetDialog</name>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="85"/>
        <source>Export Set</source>
        <translation type="unfinished">تصدير مجموعة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="86"/>
        <source>Export set</source>
        <translation type="unfinished">تصدير مجموعة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="95"/>
        <source>Export this brief with several templates at once, into one folder.</source>
        <translation type="unfinished">صدِّر هذه الورقة بعدة قوالب دفعةً واحدة، في مجلد واحد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="101"/>
        <source>Templates to export</source>
        <translation type="unfinished">القوالب المراد تصديرها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="103"/>
        <source>&amp;Templates:</source>
        <translation type="unfinished">القوالب(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="109"/>
        <source>Folder to export into</source>
        <translation type="unfinished">المجلد المراد التصدير إليه</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="111"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">تصفُّح(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="112"/>
        <source>Choose the folder to export into</source>
        <translation type="unfinished">اختيار المجلد المراد التصدير إليه</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="114"/>
        <source>Save &amp;in folder:</source>
        <translation type="unfinished">الحفظ في المجلد(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="122"/>
        <source>Also write HT&amp;ML pages</source>
        <translation type="unfinished">كتابة صفحات HTML أيضًا(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="123"/>
        <source>Also write HTML pages</source>
        <translation type="unfinished">كتابة صفحات HTML أيضًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="126"/>
        <source>Also write &amp;Word documents</source>
        <translation type="unfinished">كتابة مستندات Word أيضًا(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="127"/>
        <source>Also write Word documents</source>
        <translation type="unfinished">كتابة مستندات Word أيضًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="132"/>
        <source>Files that will be written</source>
        <translation type="unfinished">الملفات التي ستُكتب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="134"/>
        <source>File &amp;names:</source>
        <translation type="unfinished">أسماء الملفات(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="141"/>
        <source>Export status</source>
        <translation type="unfinished">حالة التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="146"/>
        <source>Export progress</source>
        <translation type="unfinished">تقدم التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="152"/>
        <source>Export summary</source>
        <translation type="unfinished">ملخص التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="157"/>
        <source>&amp;Export</source>
        <translation type="unfinished">تصدير(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="159"/>
        <source>Export the chosen templates</source>
        <translation type="unfinished">تصدير القوالب المختارة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="160"/>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished">إلغاء التصدير(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="162"/>
        <source>Cancel the export</source>
        <translation type="unfinished">إلغاء التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="164"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished">فتح المجلد(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="166"/>
        <source>Open the folder the files were written to</source>
        <translation type="unfinished">فتح المجلد الذي كُتبت فيه الملفات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="168"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">إغلاق(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="170"/>
        <source>Close this dialog</source>
        <translation type="unfinished">إغلاق مربع الحوار هذا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="183"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">جارٍ البحث عن القوالب…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="193"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="245"/>
        <source>(tick at least one template)</source>
        <translation type="unfinished">(ضع علامة على قالب واحد على الأقل)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="248"/>
        <source>Export Set Into</source>
        <translation type="unfinished">تصدير المجموعة إلى</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="265"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="331"/>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished">%1 من %2 — %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="340"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished">اكتمل %1 من %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="345"/>
        <source>Cancelled: %1 of %2 documents exported.</source>
        <translation type="unfinished">أُلغي التصدير: عدد المستندات المصدَّرة %1 من أصل %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="347"/>
        <source>1 file written; %2 failed.</source>
        <translation type="unfinished">كُتب ملف واحد؛ وعدد الملفات التي تعذّرت كتابتها: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="348"/>
        <source>%1 files written; %2 failed.</source>
        <translation type="unfinished">عدد الملفات المكتوبة: %1؛ وعدد الملفات التي تعذّرت كتابتها: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="350"/>
        <source>1 file written into %2.</source>
        <translation type="unfinished">كُتب ملف واحد في %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="351"/>
        <source>%1 files written into %2.</source>
        <translation type="unfinished">عدد الملفات المكتوبة: %1 في %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="353"/>
        <source>Wrote %1</source>
        <translation type="unfinished">تمت كتابة %1</translation>
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
        <translation type="unfinished">تعذّر فتح %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="62"/>
        <source>%1 could not be opened because of an unexpected problem: %2</source>
        <translation type="unfinished">تعذّر فتح %1 بسبب مشكلة غير متوقعة: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="217"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="218"/>
        <source>Find</source>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="220"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="221"/>
        <source>Replace with</source>
        <translation type="unfinished">النص البديل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="222"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished">بحث(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="224"/>
        <source>Re&amp;place:</source>
        <translation type="unfinished">النص البديل(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="226"/>
        <source>Match &amp;case</source>
        <translation type="unfinished">مطابقة حالة الأحرف(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="227"/>
        <source>&amp;Next</source>
        <translation type="unfinished">التالي(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="228"/>
        <source>Pre&amp;vious</source>
        <translation type="unfinished">السابق(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="229"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">استبدال(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="230"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished">استبدال الكل(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="231"/>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="232"/>
        <source>Close find bar</source>
        <translation type="unfinished">إغلاق شريط البحث</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="234"/>
        <source>Find result</source>
        <translation type="unfinished">نتيجة البحث</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="282"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="300"/>
        <source>Not found</source>
        <translation type="unfinished">لم يُعثر عليه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/workshop/editor.py" line="299"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform>تم استبدال %n موضع</numerusform>
            <numerusform>تم استبدال %n موضع</numerusform>
            <numerusform>تم استبدال %n موضعين</numerusform>
            <numerusform>تم استبدال %n مواضع</numerusform>
            <numerusform>تم استبدال %n موضعًا</numerusform>
            <numerusform>تم استبدال %n موضع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="47"/>
        <source>Met</source>
        <translation type="unfinished">تحقق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="48"/>
        <source>Partly met</source>
        <translation type="unfinished">تحقق جزئيًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="49"/>
        <source>Not met</source>
        <translation type="unfinished">لم يتحقق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="50"/>
        <source>Unknown</source>
        <translation type="unfinished">غير معروف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="58"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="76"/>
        <source>Since the last review</source>
        <translation type="unfinished">منذ الاستعراض السابق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="59"/>
        <source>What became of the asks and pledges of your earlier paper: for each, say whether it was met, partly met or not met, and give the evidence — what happened, with sources. The paper prints them under “Since the last review”.</source>
        <translation type="unfinished">ما آلت إليه المطالب والتعهدات الواردة في ورقتك السابقة: اذكر لكل منها ما إذا كان قد تحقق أو تحقق جزئيًا أو لم يتحقق، وقدِّم الدليل — ما حدث، مع المصادر. وتطبعها الورقة تحت عنوان «منذ الاستعراض السابق».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="68"/>
        <source>Ask or pledge</source>
        <translation type="unfinished">مطلب أو تعهد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>An ask</source>
        <translation type="unfinished">مطلب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>A pledge</source>
        <translation type="unfinished">تعهد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">النوع(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="71"/>
        <source>What was asked or pledged</source>
        <translation type="unfinished">ما طُلب أو ما تم التعهد به</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="72"/>
        <source>W&amp;hat:</source>
        <translation type="unfinished">المضمون(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="73"/>
        <source>Who was to act</source>
        <translation type="unfinished">الجهة التي كان يُنتظر منها التصرف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="74"/>
        <source>Wh&amp;o:</source>
        <translation type="unfinished">الجهة(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="75"/>
        <source>By when</source>
        <translation type="unfinished">الموعد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="76"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">الموعد(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="79"/>
        <source>&amp;Status:</source>
        <translation type="unfinished">الحالة(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="80"/>
        <source>Evidence</source>
        <translation type="unfinished">الدليل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="81"/>
        <source>E&amp;vidence:</source>
        <translation type="unfinished">الدليل(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="83"/>
        <source>What happened, and how you know: a law passed, a figure from a report, a statement — with its source.</source>
        <translation type="unfinished">ما حدث، وكيف عرفت ذلك: قانون صدر، أو رقم من تقرير، أو بيان — مع مصدره.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Follow-up items:</source>
        <translation type="unfinished">عناصر المتابعة(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Add item</source>
        <translation type="unfinished">إضافة عنصر(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="92"/>
        <source>Nothing to follow up yet. To report on an earlier paper, open it and choose File ▸ Continue for the Next Review…: its asks and pledges come here. Or add an item yourself.</source>
        <translation type="unfinished">لا يوجد ما تجب متابعته بعد. لتقديم تقرير عن ورقة سابقة، افتحها واختر ملف ▸ مواصلة العمل للاستعراض التالي…: فتنتقل مطالبها وتعهداتها إلى هنا. أو أضف عنصرًا بنفسك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="95"/>
        <source>follow-up item</source>
        <translation type="unfinished">عنصر المتابعة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="104"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="109"/>
        <source>Earlier review cycles</source>
        <translation type="unfinished">دورات الاستعراض السابقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="117"/>
        <source>(empty)</source>
        <translation type="unfinished">(فارغ)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="144"/>
        <source>(untitled)</source>
        <translation type="unfinished">(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="152"/>
        <source>Asks</source>
        <translation type="unfinished">المطالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="155"/>
        <source>Pledges</source>
        <translation type="unfinished">التعهدات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>Its follow-up</source>
        <translation type="unfinished">متابعتها</translation>
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
        <translation type="unfinished">معرض القوالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="162"/>
        <source>Each template is shown printing the first page of your brief. Use the arrow keys to move between them and Enter to use one for this brief.</source>
        <translation type="unfinished">يُعرض كل قالب وهو يطبع الصفحة الأولى من ورقتك. استخدم مفاتيح الأسهم للتنقل بين القوالب، واضغط Enter لاستخدام أحدها لهذه الورقة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="168"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">جارٍ البحث عن القوالب…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="173"/>
        <source>Templates</source>
        <translation type="unfinished">القوالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="186"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">استيراد حزمة قالب(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="189"/>
        <source>Re&amp;load</source>
        <translation type="unfinished">إعادة تحميل(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="230"/>
        <location filename="../../briefwriter/gui/gallery.py" line="388"/>
        <source>&amp;Use for This Brief</source>
        <translation type="unfinished">استخدام لهذه الورقة(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="232"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">تخصيص(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="233"/>
        <source>Copy this template into your template folder under a new name and change it in the workshop</source>
        <translation type="unfinished">نسخ هذا القالب إلى مجلد قوالبك باسم جديد وتعديله في ورشة القوالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="235"/>
        <location filename="../../briefwriter/gui/gallery.py" line="392"/>
        <source>Open in &amp;Workshop</source>
        <translation type="unfinished">فتح في ورشة القوالب(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="236"/>
        <source>Re&amp;vert…</source>
        <translation type="unfinished">استعادة الأصل(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="237"/>
        <source>Put back the files of the template this one is based on</source>
        <translation type="unfinished">إعادة ملفات القالب الذي بُني عليه هذا القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="239"/>
        <source>Rena&amp;me…</source>
        <translation type="unfinished">إعادة تسمية(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="240"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">حذف(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="241"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">تصدير(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="242"/>
        <source>Save this template as a file to share</source>
        <translation type="unfinished">حفظ هذا القالب في ملف لمشاركته</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="263"/>
        <source>No templates found.</source>
        <translation type="unfinished">لم يُعثر على قوالب.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="273"/>
        <source>Some folders in your template folder could not be read as templates: %1</source>
        <translation type="unfinished">تعذّرت قراءة بعض المجلدات في مجلد قوالبك بوصفها قوالب: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="341"/>
        <source>Choose template</source>
        <translation type="unfinished">اختيار القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="387"/>
        <source>In Use for This Brief</source>
        <translation type="unfinished">مستخدَم لهذه الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="391"/>
        <source>Open in &amp;Workshop (Read Only)</source>
        <translation type="unfinished">فتح في ورشة القوالب (للقراءة فقط)(&amp;W)</translation>
    </message>
</context>
<context>
    <name>GcmBrowser</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="84"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the objective&apos;s title or commitment is not yet verified).</source>
        <translation type="unfinished">صيغة مأخوذة من مسودة تموز/يوليه 2018 — قارِنها بـ A/RES/73/195 (لم يُتحقق بعدُ من عنوان الهدف أو من الالتزام).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="90"/>
        <source>Wording partly from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">صيغة مأخوذة جزئيًا من مسودة تموز/يوليه 2018 — قارِنها بـ A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="92"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">صيغة مأخوذة من مسودة تموز/يوليه 2018 — قارِنها بـ A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="98"/>
        <source>Text not included — see A/RES/73/195, %1. It can still be cited.</source>
        <translation type="unfinished">النص غير مُدرج — انظر A/RES/73/195، %1. ولا يزال بالإمكان الاستشهاد به.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="102"/>
        <source>Only part of the text is included (… marks where it breaks off) — see A/RES/73/195, %1. The paper cites it without quoting it.</source>
        <translation type="unfinished">لم يُدرج سوى جزء من النص (تشير … إلى موضع انقطاعه) — انظر A/RES/73/195، %1. وتستشهد به الورقة دون اقتباسه.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="107"/>
        <source>Wording not yet checked word for word — check against A/RES/73/195.</source>
        <translation type="unfinished">صيغة لم تُطابَق بعدُ كلمةً كلمة — قارِنها بـ A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="151"/>
        <source>Clear search</source>
        <translation type="unfinished">مسح البحث</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="153"/>
        <source>e.g. detention, firewall, children, 29(c), para 49</source>
        <translation type="unfinished">مثلًا: detention, firewall, children, 29(c), para 49</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="155"/>
        <source>Search the whole Compact: its paragraphs, guiding principles, objectives and actions. Press Down to go to the results.</source>
        <translation type="unfinished">ابحث في الاتفاق كله: فقراته ومبادئه التوجيهية وأهدافه وإجراءاته. اضغط السهم السفلي للانتقال إلى النتائج.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="159"/>
        <source>&amp;Search the Compact:</source>
        <translation type="unfinished">البحث في الاتفاق(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="164"/>
        <source>Paragraph, principle, objective or action</source>
        <translation type="unfinished">فقرة أو مبدأ أو هدف أو إجراء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="165"/>
        <source>Reference</source>
        <translation type="unfinished">المرجع</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="168"/>
        <source>Global Compact for Migration</source>
        <translation type="unfinished">الاتفاق العالمي من أجل الهجرة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="170"/>
        <source>The parts of the Compact in order. Arrows move, Right expands a part, objective or paragraph, Space ticks the item for the selected priority.</source>
        <translation type="unfinished">أجزاء الاتفاق بالترتيب. تنقَّل بالأسهم، ويوسِّع السهم الأيسر الجزء أو الهدف أو الفقرة، ويضع مفتاح المسافة علامة على العنصر للأولوية المحددة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="187"/>
        <source>Full text of the selected item</source>
        <translation type="unfinished">النص الكامل للعنصر المحدد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="194"/>
        <source>F&amp;ull text:</source>
        <translation type="unfinished">النص الكامل(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="201"/>
        <source>Wording from the July 2018 draft or not yet checked, or a paragraph whose text is not included — check against A/RES/73/195 (the final text).</source>
        <translation type="unfinished">صيغة مأخوذة من مسودة تموز/يوليه 2018 أو لم يُتحقق منها بعد، أو فقرة نصها غير مُدرج — قارِنها بـ A/RES/73/195 (النص النهائي).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="268"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="270"/>
        <source>Part of the Compact: %1, %2</source>
        <translation type="unfinished">جزء من الاتفاق: %1، %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="296"/>
        <source>Commitment: %1</source>
        <translation type="unfinished">الالتزام: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="298"/>
        <source>para %1</source>
        <translation type="unfinished">الفقرة %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="315"/>
        <source>Text not included</source>
        <translation type="unfinished">النص غير مُدرج</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="317"/>
        <source>%1 (partial text)</source>
        <translation type="unfinished">%1 (نص جزئي)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Link %1</source>
        <translation type="unfinished">ربط %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Unlink %1</source>
        <translation type="unfinished">إلغاء ربط %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>Matches: %1</source>
        <translation type="unfinished">النتائج: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>No match</source>
        <translation type="unfinished">لا نتائج</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="504"/>
        <source>&lt;p&gt;The Compact in the order of the resolution: the preamble and vision, the ten guiding principles (paragraph 15), the cooperative framework, the 23 objectives, implementation, and follow-up and review. Expand a part to see its paragraphs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;الاتفاق بترتيب القرار: الديباجة والرؤية، والمبادئ التوجيهية العشرة (الفقرة 15)، والإطار التعاوني، والأهداف الثلاثة والعشرون، والتنفيذ، والمتابعة والاستعراض. وسِّع أي جزء لرؤية فقراته.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="525"/>
        <source>Guiding principle: %1</source>
        <translation type="unfinished">المبدأ التوجيهي: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="531"/>
        <source>Actions: %1</source>
        <translation type="unfinished">الإجراءات: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="535"/>
        <source>Objective %1: %2</source>
        <translation type="unfinished">الهدف %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="544"/>
        <source>Part of the Compact: %1</source>
        <translation type="unfinished">جزء من الاتفاق: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="551"/>
        <source>Source: %1</source>
        <translation type="unfinished">المصدر: %1</translation>
    </message>
</context>
<context>
    <name>GcmImport</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="41"/>
        <source>The built-in English text, in which some wording is not yet verified against the official document.</source>
        <translation type="unfinished">النص الإنكليزي المدمج، الذي لم يُتحقق بعدُ من بعض صيغه بمطابقتها مع الوثيقة الرسمية.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="45"/>
        <source>The official %1 text of A/RES/73/195, imported on %2 from %3 (SHA-256 %4…).</source>
        <translation type="unfinished">النص الرسمي للقرار A/RES/73/195 باللغة %1، المستورد في %2 من %3 (SHA-256 %4…).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="51"/>
        <source>Papers in %1 quote the official edition in their language.</source>
        <translation type="unfinished">الأوراق المكتوبة باللغة %1 تقتبس النسخة الرسمية بلغتها.</translation>
    </message>
</context>
<context>
    <name>GcmImportDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="81"/>
        <source>Check the GCM Text Against the Official Document</source>
        <translation type="unfinished">مطابقة نص الاتفاق العالمي مع الوثيقة الرسمية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="91"/>
        <source>&lt;p&gt;BriefWriter quotes the Global Compact for Migration from a built-in copy in which some wording comes from the July 2018 draft. Bring the official resolution and BriefWriter checks every paragraph, guiding principle, objective and action against it.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the UN Official Document System, &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Search for the symbol &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose the language of your papers (Arabic, Chinese, English, French, Russian or Spanish) and download the PDF.&lt;/li&gt;&lt;li&gt;Choose that file here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Items that match become verified; items that differ take the official wording and are listed. The file is read on this computer only.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;يقتبس BriefWriter الاتفاق العالمي من أجل الهجرة من نسخة مدمجة بعض صيغها مأخوذ من مسودة تموز/يوليه 2018. أحضِر القرار الرسمي وسيطابق BriefWriter معه كل فقرة ومبدأ توجيهي وهدف وإجراء.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;افتح نظام الوثائق الرسمية للأمم المتحدة، &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;ابحث عن الرمز &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;اختر لغة أوراقك (الإسبانية أو الإنكليزية أو الروسية أو الصينية أو العربية أو الفرنسية) ونزِّل ملف PDF.&lt;/li&gt;&lt;li&gt;اختر ذلك الملف هنا.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;العناصر المطابقة تصبح متحققًا منها؛ والعناصر المختلفة تأخذ الصيغة الرسمية وتُدرج في قائمة. تتم قراءة الملف على هذا الحاسوب فقط.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="102"/>
        <source>Where to download the official text</source>
        <translation type="unfinished">أين يمكن تنزيل النص الرسمي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="110"/>
        <source>&amp;Choose the PDF…</source>
        <translation type="unfinished">اختيار ملف PDF(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="111"/>
        <source>Choose the official PDF of A/RES/73/195</source>
        <translation type="unfinished">اختيار ملف PDF الرسمي للقرار A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="116"/>
        <source>Result of the check</source>
        <translation type="unfinished">نتيجة المطابقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="122"/>
        <source>Use the &amp;Built-in Text Again</source>
        <translation type="unfinished">العودة إلى النص المدمج(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="123"/>
        <source>Forget the imported text and use the built-in text again</source>
        <translation type="unfinished">إهمال النص المستورد والعودة إلى استخدام النص المدمج</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="137"/>
        <source>Text in use: %1</source>
        <translation type="unfinished">النص المستخدم: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="142"/>
        <source>Choose the Official PDF of A/RES/73/195</source>
        <translation type="unfinished">اختيار ملف PDF الرسمي للقرار A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="143"/>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation type="unfinished">مستندات PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="153"/>
        <source>Reading %1…</source>
        <translation type="unfinished">جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="174"/>
        <source>The file was not used; the text in use is unchanged.</source>
        <translation type="unfinished">لم يُستخدم الملف؛ ولم يتغير النص المستخدم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="184"/>
        <source>%1: the official %2 text of A/RES/73/195. Found %3 of %4 items; they are kept as the %2 edition of the Compact.</source>
        <translation type="unfinished">%1: النص الرسمي للقرار A/RES/73/195 باللغة %2. عُثر على %3 من أصل %4 عنصرًا، وقد حُفظت بوصفها نسخة الاتفاق باللغة %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="189"/>
        <source>%1: the official English text of A/RES/73/195. Found %2 of %3 items: %4 matched the built-in text and are now verified, %5 differed and now use the official wording, %6 were not (fully) in the built-in text and were added.</source>
        <translation type="unfinished">%1: النص الرسمي الإنكليزي للقرار A/RES/73/195. عُثر على %2 من أصل %3 عنصرًا: %4 منها طابقت النص المدمج وأصبحت متحققًا منها، و%5 اختلفت وتستخدم الآن الصيغة الرسمية، و%6 لم تكن موجودة (بالكامل) في النص المدمج فأُضيفت.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="195"/>
        <source>Wording that differed (the official wording is now used):</source>
        <translation type="unfinished">الصيغ التي اختلفت (تُستخدم الآن الصيغة الرسمية):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="197"/>
        <source>Not found in the file (these keep their flags):</source>
        <translation type="unfinished">غير موجودة في الملف (تحتفظ هذه العناصر بعلاماتها):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="207"/>
        <source>The built-in text is used again.</source>
        <translation type="unfinished">يُستخدم النص المدمج مجددًا.</translation>
    </message>
</context>
<context>
    <name>GcmLinkPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="59"/>
        <source>Link to the GCM</source>
        <translation type="unfinished">الربط بالاتفاق العالمي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="29"/>
        <source>For each priority, tick the guiding principles, objectives, actions and other paragraphs of the Global Compact for Migration that it relates to. Search with Ctrl+F; Space ticks.</source>
        <translation type="unfinished">لكل أولوية، ضع علامة على المبادئ التوجيهية والأهداف والإجراءات وغيرها من فقرات الاتفاق العالمي من أجل الهجرة التي تتصل بها. ابحث باستخدام Ctrl+F، ويضع مفتاح المسافة العلامة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="33"/>
        <source>Priority to link</source>
        <translation type="unfinished">الأولوية المراد ربطها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="35"/>
        <source>Add a &amp;priority first…</source>
        <translation type="unfinished">أضف أولوية أولًا(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="38"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">الأولوية(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="47"/>
        <source>&amp;Check the Text Against the Official Document…</source>
        <translation type="unfinished">مطابقة النص مع الوثيقة الرسمية(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="50"/>
        <source>Import the official PDF of resolution A/RES/73/195 (in the paper&apos;s language) to verify every quotation</source>
        <translation type="unfinished">استيراد ملف PDF الرسمي للقرار A/RES/73/195 (بلغة الورقة) للتحقق من كل اقتباس</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="74"/>
        <source>Overview: priorities × objectives</source>
        <translation type="unfinished">نظرة عامة: الأولويات × الأهداف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="62"/>
        <source>Columns are objectives 1 to 23 (point at a number for its title). ● marks an objective linked to a priority directly or through its actions. Select a cell to show the objective above; double-click or press Space to tick or untick it.</source>
        <translation type="unfinished">الأعمدة هي الأهداف من 1 إلى 23 (أشِر إلى رقم لرؤية عنوانه). تشير العلامة ● إلى هدف مرتبط بأولوية، مباشرةً أو عبر إجراءاته. حدِّد خلية لعرض الهدف أعلاه؛ وانقر نقرًا مزدوجًا أو اضغط مفتاح المسافة لوضع العلامة أو إزالتها.</translation>
    </message>
</context>
<context>
    <name>GcmMatrix</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="41"/>
        <source>(untitled)</source>
        <translation type="unfinished">(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="86"/>
        <source>Priority %1, objective %2 (%3)</source>
        <translation type="unfinished">الأولوية %1، الهدف %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="89"/>
        <source>objective and actions %1 linked</source>
        <translation type="unfinished">الهدف والإجراءات %1 مرتبطة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="92"/>
        <source>objective linked</source>
        <translation type="unfinished">الهدف مرتبط</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="94"/>
        <source>actions %1 linked</source>
        <translation type="unfinished">الإجراءات %1 مرتبطة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="96"/>
        <source>not linked</source>
        <translation type="unfinished">غير مرتبط</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="128"/>
        <source>No objective is linked yet.</source>
        <translation type="unfinished">لم يُربط أي هدف بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="129"/>
        <source>Linked: %1</source>
        <translation type="unfinished">المرتبطة: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="167"/>
        <source>Links of each priority to each objective</source>
        <translation type="unfinished">روابط كل أولوية بكل هدف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="168"/>
        <source>Rows are priorities, columns objectives 1 to 23. Space or Enter ticks or unticks the objective for that priority.</source>
        <translation type="unfinished">الصفوف هي الأولويات، والأعمدة هي الأهداف من 1 إلى 23. يضع مفتاح المسافة أو Enter العلامة على الهدف لتلك الأولوية أو يزيلها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="178"/>
        <source>Priorities by objectives</source>
        <translation type="unfinished">الأولويات حسب الأهداف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="255"/>
        <source>Link objective %1</source>
        <translation type="unfinished">ربط الهدف %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="256"/>
        <source>Unlink objective %1</source>
        <translation type="unfinished">إلغاء ربط الهدف %1</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="195"/>
        <source>Install template “%1”</source>
        <translation type="unfinished">تثبيت القالب «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="197"/>
        <source>From the file %1.</source>
        <translation type="unfinished">من الملف %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="204"/>
        <source>Printing your brief with this template…</source>
        <translation type="unfinished">جارٍ طباعة ورقتك بهذا القالب…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="205"/>
        <source>Preview</source>
        <translation type="unfinished">معاينة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="207"/>
        <source>Page 1 of your brief printed with this template, being made</source>
        <translation type="unfinished">الصفحة 1 من ورقتك مطبوعةً بهذا القالب، قيد الإنشاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="217"/>
        <source>Problems found in the template</source>
        <translation type="unfinished">المشكلات التي عُثر عليها في القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="221"/>
        <source>Problems found:</source>
        <translation type="unfinished">المشكلات التي عُثر عليها:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="229"/>
        <source>A bundled template is already called “%1”, so this pack cannot be installed; ask its author to rename it.</source>
        <translation type="unfinished">يوجد قالب مضمَّن يحمل الاسم «%1»، لذا لا يمكن تثبيت هذه الحزمة؛ اطلب من مؤلفها إعادة تسميته.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="234"/>
        <source>Replace your template “%1”? Its files will be replaced by this pack&apos;s.</source>
        <translation type="unfinished">هل تريد استبدال قالبك «%1»؟ ستحل ملفات هذه الحزمة محل ملفاته.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">استبدال(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Install</source>
        <translation type="unfinished">تثبيت(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="244"/>
        <source>This template has errors and cannot be installed; ask its author for a corrected pack.</source>
        <translation type="unfinished">يحتوي هذا القالب على أخطاء ولا يمكن تثبيته؛ اطلب من مؤلفه حزمة مصحَّحة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="262"/>
        <source>Page 1 of your brief printed with this template</source>
        <translation type="unfinished">الصفحة 1 من ورقتك مطبوعةً بهذا القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="265"/>
        <source>Your brief could not be printed with this template: %1</source>
        <translation type="unfinished">تعذّرت طباعة ورقتك بهذا القالب: %1</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="130"/>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="254"/>
        <source>Remove %1</source>
        <extracomment>the most lines a row of the list shows; longer labels end in &quot;…&quot; (the tooltip has it all)</extracomment>
        <translation type="unfinished">إزالة %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="132"/>
        <source>Move %1 up</source>
        <translation type="unfinished">نقل %1 لأعلى</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="134"/>
        <source>Move %1 down</source>
        <translation type="unfinished">نقل %1 لأسفل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="146"/>
        <source>%1 (Insert key in the list)</source>
        <translation type="unfinished">%1 (مفتاح Insert في القائمة)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="148"/>
        <source>Remove the selected %1 (Delete key)</source>
        <translation type="unfinished">إزالة %1 من القائمة (مفتاح Delete)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="150"/>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation type="unfinished">نقل %1 لأعلى في القائمة (Alt+السهم العلوي)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="151"/>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation type="unfinished">نقل %1 لأسفل في القائمة (Alt+السهم السفلي)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="266"/>
        <source>Move %1</source>
        <translation type="unfinished">نقل %1</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="100"/>
        <source>Too many files called %1 in the brief&apos;s folder.</source>
        <translation type="unfinished">يوجد عدد كبير جدًا من الملفات باسم %1 في مجلد الورقة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="132"/>
        <source>Copy logo</source>
        <translation type="unfinished">نسخ الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="165"/>
        <source>Logo preview</source>
        <translation type="unfinished">معاينة الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="174"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">اختيار شعار(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="175"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="289"/>
        <source>Choose logo</source>
        <translation type="unfinished">اختيار شعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="177"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">إزالة الشعار(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="178"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="294"/>
        <source>Remove logo</source>
        <translation type="unfinished">إزالة الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="236"/>
        <source>PNG, JPEG or SVG, up to 5 MB. When you save the brief, the logo is copied into its folder so the two travel together.</source>
        <translation type="unfinished">صورة PNG أو JPEG أو SVG بحجم أقصاه 5 ميغابايت. عند حفظ الورقة يُنسخ الشعار إلى مجلدها ليبقيا معًا أينما نُقلا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="239"/>
        <source>PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is copied into the brief&apos;s folder.</source>
        <translation type="unfinished">صورة PNG أو JPEG أو SVG بحجم أقصاه 5 ميغابايت. يُنسخ الشعار الموجود في مكان آخر إلى مجلد الورقة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="242"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="243"/>
        <source>No logo</source>
        <translation type="unfinished">لا يوجد شعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="258"/>
        <source>%1 (not found or not an image)</source>
        <translation type="unfinished">%1 (غير موجود أو ليس صورة)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="271"/>
        <source>Choose a logo</source>
        <translation type="unfinished">اختيار شعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="272"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished">الصور (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="284"/>
        <source>This logo cannot be used</source>
        <translation type="unfinished">لا يمكن استخدام هذا الشعار</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="59"/>
        <source>Blue</source>
        <translation type="unfinished">أزرق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="60"/>
        <source>Teal</source>
        <translation type="unfinished">أزرق مخضر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="61"/>
        <source>Green</source>
        <translation type="unfinished">أخضر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="62"/>
        <source>Crimson</source>
        <translation type="unfinished">قرمزي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="63"/>
        <source>Purple</source>
        <translation type="unfinished">بنفسجي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="64"/>
        <source>Brown</source>
        <translation type="unfinished">بني</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="65"/>
        <source>Graphite</source>
        <translation type="unfinished">رمادي فحمي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="92"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="78"/>
        <source>Template and look</source>
        <extracomment>the templates were listed (again) and the list shows them</extracomment>
        <translation type="unfinished">القالب والمظهر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="93"/>
        <source>Choose how the paper looks. The preview shows the real PDF as you change things.</source>
        <translation type="unfinished">اختر مظهر الورقة. تعرض المعاينة ملف PDF الفعلي أثناء إجرائك التغييرات.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="123"/>
        <source>Template</source>
        <translation type="unfinished">القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="103"/>
        <source>Re&amp;load templates</source>
        <translation type="unfinished">إعادة تحميل القوالب(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="105"/>
        <source>&amp;Open templates folder</source>
        <translation type="unfinished">فتح مجلد القوالب(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="107"/>
        <source>Put template packs shared by other organisations here, then press Reload.</source>
        <translation type="unfinished">ضع هنا حزم القوالب التي شاركتها منظمات أخرى، ثم اضغط «إعادة تحميل القوالب».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="110"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">معرض القوالب(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="112"/>
        <source>See each template print your brief; customise, import or share templates.</source>
        <translation type="unfinished">اطّلع على ورقتك مطبوعةً بكل قالب؛ وخصِّص القوالب أو استوردها أو شاركها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="120"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">القالب(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="192"/>
        <source>Look</source>
        <translation type="unfinished">المظهر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="129"/>
        <source>Accent colour sample</source>
        <translation type="unfinished">عينة لون التمييز</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="135"/>
        <source>Accent colour, hexadecimal</source>
        <translation type="unfinished">لون التمييز، بالنظام الست عشري</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="137"/>
        <source>C&amp;hoose colour…</source>
        <translation type="unfinished">اختيار اللون(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="138"/>
        <source>Choose accent colour</source>
        <translation type="unfinished">اختيار لون التمييز</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="147"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">لون التمييز(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="159"/>
        <source>%1 accent colour (%2)</source>
        <translation type="unfinished">لون التمييز %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="167"/>
        <source>Presets:</source>
        <translation type="unfinished">ألوان جاهزة:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="170"/>
        <source>Font</source>
        <translation type="unfinished">الخط</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Sans-serif (Noto Sans)</source>
        <translation type="unfinished">بلا زوائد (Noto Sans)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Serif (Noto Serif)</source>
        <translation type="unfinished">بزوائد (Noto Serif)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="172"/>
        <source>&amp;Font:</source>
        <translation type="unfinished">الخط(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="173"/>
        <source>Paper size</source>
        <translation type="unfinished">حجم الورق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 مم)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">Letter الأمريكي (8.5 × 11 بوصة)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="175"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">الورق(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="176"/>
        <source>Apply ho&amp;use style</source>
        <translation type="unfinished">تطبيق الهوية البصرية(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="178"/>
        <source>Set this brief&apos;s accent colour, font and paper to your organisation&apos;s brand kit (Tools ▸ Brand Kit…). Undo takes it back.</source>
        <translation type="unfinished">ضبط لون التمييز والخط والورق في هذه الورقة وفقًا للهوية البصرية لمنظمتك (أدوات ▸ الهوية البصرية…). ويُلغي «تراجع» ذلك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="190"/>
        <source>&amp;Mark GCM wording not yet verified against the final text (†)</source>
        <translation type="unfinished">وضع علامة على صيغ الاتفاق العالمي التي لم يُتحقق منها بعد مقابل النص النهائي (†)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="224"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">جارٍ البحث عن القوالب…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="230"/>
        <source>bundled</source>
        <translation type="unfinished">مضمَّن</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="231"/>
        <source>your templates: %1</source>
        <translation type="unfinished">قوالبك: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="245"/>
        <source>%1 (not installed on this computer)</source>
        <translation type="unfinished">%1 (غير مثبَّت على هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="265"/>
        <source>Choose template</source>
        <translation type="unfinished">اختيار القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="293"/>
        <source>Brand kit “%1”: what this brief leaves at the default (colour, font, paper) is taken from it.</source>
        <translation type="unfinished">الهوية البصرية «%1»: ما تتركه هذه الورقة على القيمة الافتراضية (اللون، الخط، الورق) يؤخذ منها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="294"/>
        <source>unnamed</source>
        <translation type="unfinished">بلا اسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="299"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="334"/>
        <source>The brand kit cannot be used: %1</source>
        <translation type="unfinished">لا يمكن استخدام الهوية البصرية: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="315"/>
        <source>There is no brand kit yet: make one with Tools ▸ Brand Kit…</source>
        <translation type="unfinished">لا توجد هوية بصرية بعد: أنشئ واحدة من أدوات ▸ الهوية البصرية…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="321"/>
        <source>Apply house style</source>
        <translation type="unfinished">تطبيق الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="327"/>
        <source>The brief now uses the house style of “%1”.</source>
        <translation type="unfinished">تتبع الورقة الآن الهوية البصرية «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="328"/>
        <source>your brand kit</source>
        <translation type="unfinished">هويتك البصرية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="343"/>
        <source>Change accent colour</source>
        <translation type="unfinished">تغيير لون التمييز</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="358"/>
        <source>Choose the accent colour</source>
        <translation type="unfinished">اختيار لون التمييز</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="376"/>
        <source>Contrast with white paper %1:1 — headings in this colour may be hard to read; choose a darker colour.</source>
        <translation type="unfinished">التباين مع الورق الأبيض %1:1 — قد يصعب قراءة العناوين بهذا اللون؛ اختر لونًا أغمق.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="378"/>
        <source>Contrast with white paper %1:1 — easy to read.</source>
        <translation type="unfinished">التباين مع الورق الأبيض %1:1 — سهل القراءة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefwriter/gui/language_switch.py" line="226"/>
        <location filename="../../briefwriter/gui/mainwindow.py" line="150"/>
        <source>Loading…</source>
        <extracomment>a close (or quit) that waited for a save will not happen: the save failed</extracomment>
        <translation type="unfinished">جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the steps and the form</source>
        <translation type="unfinished">تغيير حجم الخطوات والنموذج</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the form and the preview</source>
        <translation type="unfinished">تغيير حجم النموذج والمعاينة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="175"/>
        <source>Resize the window</source>
        <translation type="unfinished">تغيير حجم النافذة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="277"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">تراجع(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="279"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">إعادة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="358"/>
        <source>&amp;Back</source>
        <translation type="unfinished">رجوع(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="360"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished">الخطوة السابقة (Alt+السهم الأيسر)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="363"/>
        <source>&amp;Next</source>
        <translation type="unfinished">التالي(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="366"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished">الخطوة التالية (Alt+السهم الأيمن)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="413"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="458"/>
        <source>%1[*] — BriefWriter</source>
        <translation type="unfinished">%1[*] — BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="77"/>
        <source>&amp;New</source>
        <translation type="unfinished">جديد(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="80"/>
        <source>Start a new, empty brief</source>
        <translation type="unfinished">بدء ورقة جديدة فارغة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="84"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">فتح(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="87"/>
        <source>Open a brief file</source>
        <translation type="unfinished">فتح ملف ورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="91"/>
        <source>&amp;Save</source>
        <translation type="unfinished">حفظ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="94"/>
        <source>Save the brief</source>
        <translation type="unfinished">حفظ الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="98"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">حفظ باسم(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="102"/>
        <source>Save the brief under a new name</source>
        <translation type="unfinished">حفظ الورقة باسم جديد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="106"/>
        <source>Continue for the Ne&amp;xt Review…</source>
        <translation type="unfinished">مواصلة العمل للاستعراض التالي(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="108"/>
        <source>Start the brief for the next review cycle from this one: its asks and pledges become the follow-up list</source>
        <translation type="unfinished">بدء الورقة الخاصة بدورة الاستعراض التالية انطلاقًا من هذه الورقة: تصبح مطالبها وتعهداتها قائمة المتابعة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="113"/>
        <source>Import from a &amp;Partner&apos;s Brief…</source>
        <translation type="unfinished">استيراد من ورقة أحد الشركاء(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="115"/>
        <source>Bring priorities, asks, evidence, recommendations and co-signatories from a partner&apos;s brief into this one</source>
        <translation type="unfinished">إدخال الأولويات والمطالب والأدلة والتوصيات والجهات الموقِّعة المشاركة من ورقة أحد الشركاء إلى هذه الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">تصدير بصيغة PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="123"/>
        <source>Export the brief as a PDF file</source>
        <translation type="unfinished">تصدير الورقة ملفًا بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="127"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">تصدير بصيغة HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="130"/>
        <source>Export the brief as a web page</source>
        <translation type="unfinished">تصدير الورقة صفحة ويب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="134"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">تصدير بصيغة Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="136"/>
        <source>Export the brief as a Word document (.docx)</source>
        <translation type="unfinished">تصدير الورقة مستندًا بصيغة Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="140"/>
        <source>Export Se&amp;t…</source>
        <translation type="unfinished">تصدير مجموعة(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="142"/>
        <source>Export the brief with several templates into one folder</source>
        <translation type="unfinished">تصدير الورقة بعدة قوالب في مجلد واحد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="146"/>
        <source>&amp;Close</source>
        <translation type="unfinished">إغلاق(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="150"/>
        <source>Close this window</source>
        <translation type="unfinished">إغلاق هذه النافذة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="158"/>
        <source>Close all windows and quit</source>
        <translation type="unfinished">إغلاق جميع النوافذ والإنهاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="164"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished">التفضيلات(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="170"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">قص(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="172"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">نسخ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="175"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">لصق(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="178"/>
        <source>Select &amp;All</source>
        <translation type="unfinished">تحديد الكل(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="185"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished">إظهار المعاينة(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="188"/>
        <source>Show or hide the PDF preview</source>
        <translation type="unfinished">إظهار معاينة PDF أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="194"/>
        <source>Paper as &amp;Text</source>
        <translation type="unfinished">الورقة كنص(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="197"/>
        <source>Show the text of the preview instead of its pages, to read it line by line (screen readers read it too)</source>
        <translation type="unfinished">إظهار نص المعاينة بدلًا من صفحاتها لقراءته سطرًا سطرًا (تقرؤه برامج قراءة الشاشة أيضًا)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="204"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished">تكبير(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="210"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished">تصغير(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="217"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished">الخطوة السابقة(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="223"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished">الخطوة التالية(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="229"/>
        <source>&amp;Welcome…</source>
        <translation type="unfinished">شاشة الترحيب(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="231"/>
        <source>Start a new brief, open an example or a recent brief</source>
        <translation type="unfinished">بدء ورقة جديدة أو فتح مثال أو ورقة حديثة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="235"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished">بدء الاستخدام(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="241"/>
        <source>&amp;About BriefWriter</source>
        <translation type="unfinished">حول BriefWriter(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="246"/>
        <source>Check the GCM &amp;Text Against the Official Document…</source>
        <translation type="unfinished">مطابقة نص الاتفاق العالمي مع الوثيقة الرسمية(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="249"/>
        <source>Add to the Applications &amp;Menu</source>
        <translation type="unfinished">إضافة إلى قائمة التطبيقات(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="251"/>
        <source>A menu entry and icon for BriefWriter; double-clicking a brief opens it</source>
        <translation type="unfinished">مدخل في القائمة وأيقونة لـ BriefWriter؛ والنقر المزدوج على ورقة يفتحه</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="254"/>
        <source>&amp;Remove from the Applications Menu</source>
        <translation type="unfinished">إزالة من قائمة التطبيقات(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="325"/>
        <source>&amp;File</source>
        <translation type="unfinished">ملف(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="327"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">فتح ملف حديث(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="341"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">تحرير(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="350"/>
        <source>&amp;View</source>
        <translation type="unfinished">عرض(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="354"/>
        <source>&amp;Go</source>
        <translation type="unfinished">انتقال(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="360"/>
        <source>&amp;Help</source>
        <translation type="unfinished">تعليمات(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="374"/>
        <source>More menus</source>
        <translation type="unfinished">قوائم أخرى</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="394"/>
        <source>&amp;Templates</source>
        <translation type="unfinished">قوالب(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="396"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">معرض القوالب(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="397"/>
        <source>See every template with your brief, and choose one</source>
        <translation type="unfinished">رؤية ورقتك بكل قالب، واختيار أحدها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="399"/>
        <source>&amp;Customise Current Template…</source>
        <translation type="unfinished">تخصيص القالب الحالي(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="401"/>
        <source>Copy this brief&apos;s template under a new name and change it</source>
        <translation type="unfinished">نسخ قالب هذه الورقة باسم جديد وتعديله</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="403"/>
        <source>Open in &amp;Workshop…</source>
        <translation type="unfinished">فتح في ورشة القوالب(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="405"/>
        <source>Edit this brief&apos;s template with a live preview (a bundled template opens read-only)</source>
        <translation type="unfinished">تحرير قالب هذه الورقة مع معاينة مباشرة (يُفتح القالب المضمَّن للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="408"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">استيراد حزمة قالب(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="409"/>
        <source>Install a template pack file from a partner</source>
        <translation type="unfinished">تثبيت ملف حزمة قالب من أحد الشركاء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="411"/>
        <source>&amp;Export Template Pack…</source>
        <translation type="unfinished">تصدير حزمة قالب(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="412"/>
        <source>Save a template as a file to share</source>
        <translation type="unfinished">حفظ قالب في ملف لمشاركته</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="443"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">أدوات(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="445"/>
        <source>&amp;Brand Kit…</source>
        <translation type="unfinished">الهوية البصرية(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="446"/>
        <source>Your organisation&apos;s logo, colours, fonts and footer line for every brief</source>
        <translation type="unfinished">شعار منظمتك وألوانها وخطوطها وسطر التذييل، لكل ورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="450"/>
        <source>Organisation &amp;Profile…</source>
        <translation type="unfinished">الملف التعريفي للمنظمة(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="451"/>
        <source>Who you are, saved once: every new brief starts with it</source>
        <translation type="unfinished">هويتك، تُحفظ مرة واحدة: تبدأ بها كل ورقة جديدة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="484"/>
        <source>No recent files</source>
        <translation type="unfinished">لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="487"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished">مسح القائمة(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="117"/>
        <source>The brief for the next review, made from %1: not saved yet.</source>
        <translation type="unfinished">الورقة الخاصة بالاستعراض التالي، المُعدَّة من %1: لم تُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="297"/>
        <source>Markdown: **bold**, *italic*, [link](https://…), - list, footnote^[the note]</source>
        <translation type="unfinished">تنسيق Markdown: **bold**، *italic*، [link](https://…)، - list، footnote^[the note]</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <source>B</source>
        <translation type="unfinished">غ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="339"/>
        <source>Bold</source>
        <translation type="unfinished">غامق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <source>I</source>
        <translation type="unfinished">م</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="342"/>
        <source>Italic</source>
        <translation type="unfinished">مائل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <source>Link…</source>
        <translation type="unfinished">رابط…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="376"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="381"/>
        <source>Insert link</source>
        <translation type="unfinished">إدراج رابط</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <source>• List</source>
        <translation type="unfinished">• قائمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="345"/>
        <source>Bulleted list</source>
        <translation type="unfinished">قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <source>Note¹</source>
        <translation type="unfinished">حاشية¹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="353"/>
        <source>Footnote</source>
        <translation type="unfinished">حاشية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="357"/>
        <source>Insert Footnote</source>
        <translation type="unfinished">إدراج حاشية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="358"/>
        <source>&amp;Text of the note (printed at the foot of the page):</source>
        <translation type="unfinished">نص الحاشية (يُطبع أسفل الصفحة)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="360"/>
        <source>&amp;Insert</source>
        <translation type="unfinished">إدراج(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="361"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">إلغاء(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="364"/>
        <source>Text of the note</source>
        <translation type="unfinished">نص الحاشية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="377"/>
        <source>Web address (https://…) or e-mail address:</source>
        <translation type="unfinished">عنوان ويب (https://…) أو عنوان بريد إلكتروني:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="394"/>
        <source>%1 in %2</source>
        <translation type="unfinished">%1 في %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="407"/>
        <source>Words: %1</source>
        <translation type="unfinished">عدد الكلمات: %1</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="54"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="64"/>
        <source>Messages and recommendations</source>
        <translation type="unfinished">الرسائل والتوصيات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="55"/>
        <source>Say it briefly: a summary, a few key messages, recommendations for each addressee, and — for the oral-statement template — the words to deliver.</source>
        <translation type="unfinished">قلها باختصار: ملخص، وبضع رسائل رئيسية، وتوصيات لكل جهة مخاطَبة، و— لقالب البيان الشفوي — النص الذي سيُلقى.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="62"/>
        <source>Summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="63"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished">الملخص(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="87"/>
        <source>Key messages</source>
        <translation type="unfinished">الرسائل الرئيسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="67"/>
        <source>Key message</source>
        <translation type="unfinished">الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="71"/>
        <source>Key &amp;message:</source>
        <translation type="unfinished">الرسالة الرئيسية(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="72"/>
        <source>One or two sentences each; three to five messages work best.</source>
        <translation type="unfinished">جملة أو جملتان لكل رسالة؛ ومن ثلاث إلى خمس رسائل هو الأفضل.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>Messa&amp;ges:</source>
        <translation type="unfinished">الرسائل(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>&amp;Add message</source>
        <translation type="unfinished">إضافة رسالة(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>No key messages yet.</source>
        <translation type="unfinished">لا توجد رسائل رئيسية بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>key message</source>
        <translation type="unfinished">الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="112"/>
        <source>Recommendations</source>
        <translation type="unfinished">التوصيات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="93"/>
        <source>Addressee</source>
        <translation type="unfinished">الجهة المخاطَبة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="96"/>
        <source>Who the recommendation is for</source>
        <translation type="unfinished">الجهة التي تُوجَّه إليها التوصية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="98"/>
        <source>Addre&amp;ssee:</source>
        <translation type="unfinished">الجهة المخاطَبة(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="99"/>
        <source>Recommendation</source>
        <translation type="unfinished">التوصية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="100"/>
        <source>Recommendatio&amp;n:</source>
        <translation type="unfinished">التوصية(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Recommen&amp;dations:</source>
        <translation type="unfinished">التوصيات(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Add recommen&amp;dation</source>
        <translation type="unfinished">إضافة توصية(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>No recommendations yet.</source>
        <translation type="unfinished">لا توجد توصيات بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>recommendation</source>
        <translation type="unfinished">التوصية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="158"/>
        <source>Oral statement</source>
        <translation type="unfinished">البيان الشفوي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="116"/>
        <source>Statement text</source>
        <translation type="unfinished">نص البيان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="118"/>
        <source>Statement &amp;text:</source>
        <translation type="unfinished">نص البيان(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="120"/>
        <source>Leave it empty to deliver the suggested draft, composed from your key messages and asks; or take the draft and edit it.</source>
        <translation type="unfinished">اتركه فارغًا لإلقاء المسودة المقترحة المؤلَّفة من رسائلك الرئيسية ومطالبك؛ أو خذ المسودة وعدِّلها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="123"/>
        <source>&amp;Insert the suggested draft</source>
        <translation type="unfinished">إدراج المسودة المقترحة(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="125"/>
        <source>Insert the suggested draft</source>
        <translation type="unfinished">إدراج المسودة المقترحة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="127"/>
        <source>Copy the statement composed from your key messages and asks into the statement text, to edit as you like (Undo brings back what was there).</source>
        <translation type="unfinished">نسخ البيان المؤلَّف من رسائلك الرئيسية ومطالبك إلى نص البيان لتعديله كما تشاء (ويعيد «تراجع» ما كان موجودًا).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="133"/>
        <source>Length of the suggested draft</source>
        <translation type="unfinished">مدة المسودة المقترحة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="139"/>
        <source>Speaker</source>
        <translation type="unfinished">المتحدث</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="140"/>
        <source>Name and role of the person speaking</source>
        <translation type="unfinished">اسم المتحدث ومنصبه</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="141"/>
        <source>S&amp;peaker:</source>
        <translation type="unfinished">المتحدث(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="143"/>
        <source>Time limit in seconds</source>
        <translation type="unfinished">الحد الزمني بالثواني</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="146"/>
        <source> s</source>
        <translation type="unfinished"> ث</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="147"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="242"/>
        <source>No limit</source>
        <translation type="unfinished">بلا حد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="152"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished">الحد الزمني(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="156"/>
        <source>Length of the statement</source>
        <translation type="unfinished">مدة البيان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="171"/>
        <source>(empty)</source>
        <translation type="unfinished">(فارغ)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="175"/>
        <source>(no addressee)</source>
        <translation type="unfinished">(بلا جهة مخاطَبة)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="211"/>
        <source>Insert the suggested statement</source>
        <translation type="unfinished">إدراج البيان المقترح</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="229"/>
        <source>Words: %1</source>
        <translation type="unfinished">عدد الكلمات: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="230"/>
        <source>about %1 to speak at %2 words a minute</source>
        <translation type="unfinished">نحو %1 من الكلام بمعدل %2 كلمة في الدقيقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="234"/>
        <source>⚠ %1 over the limit of %2</source>
        <translation type="unfinished">⚠ %1 فوق الحد البالغ %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="237"/>
        <source>within the limit of %1</source>
        <translation type="unfinished">ضمن الحد البالغ %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="240"/>
        <source>Composed statement: %1</source>
        <translation type="unfinished">البيان المؤلَّف: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="247"/>
        <source>No draft yet: add key messages or asks.</source>
        <translation type="unfinished">لا توجد مسودة بعد: أضف رسائل رئيسية أو مطالب.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="250"/>
        <source>Suggested draft: %1 words, about %2</source>
        <translation type="unfinished">المسودة المقترحة: %1 كلمة، نحو %2</translation>
    </message>
</context>
<context>
    <name>ObjectiveChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="57"/>
        <source>Ticked: %1</source>
        <translation type="unfinished">الأهداف المعلَّمة: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="58"/>
        <source>None ticked yet.</source>
        <translation type="unfinished">لم توضع علامة على أي هدف بعد.</translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="29"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="51"/>
        <source>Occasion and audience</source>
        <translation type="unfinished">المناسبة والجمهور</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="30"/>
        <source>What is the paper for? Give it a title, choose the language it is written in, and say which process or meeting it is for and who should read it.</source>
        <translation type="unfinished">ما الغرض من الورقة؟ أعطها عنوانًا، واختر اللغة التي كُتبت بها، واذكر العملية أو الاجتماع الذي تُعَدّ له ومن ينبغي أن يقرأها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="37"/>
        <source>Paper title</source>
        <translation type="unfinished">عنوان الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="38"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">العنوان(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="39"/>
        <source>Subtitle</source>
        <translation type="unfinished">العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="40"/>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished">العنوان الفرعي(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="41"/>
        <source>Language of the paper</source>
        <translation type="unfinished">لغة الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="42"/>
        <source>English</source>
        <translation type="unfinished">English — الإنكليزية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="43"/>
        <source>Français — French</source>
        <translation type="unfinished">Français — الفرنسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="44"/>
        <source>Español — Spanish</source>
        <translation type="unfinished">Español — الإسبانية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="45"/>
        <source>العربية — Arabic</source>
        <translation type="unfinished">العربية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="46"/>
        <source>中文 — Chinese</source>
        <translation type="unfinished">中文 — الصينية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="47"/>
        <source>Русский — Russian</source>
        <translation type="unfinished">Русский — الروسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="50"/>
        <source>The six official UN languages. Headings and dates in the paper follow it; Arabic papers are laid out right to left.</source>
        <translation type="unfinished">اللغات الرسمية الست للأمم المتحدة. تتبعها العناوين والتواريخ في الورقة؛ وتُنسَّق الأوراق العربية من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="52"/>
        <source>&amp;Language of the paper:</source>
        <translation type="unfinished">لغة الورقة(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="53"/>
        <source>Publication date</source>
        <translation type="unfinished">تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="54"/>
        <source>Not shown on the paper</source>
        <translation type="unfinished">لا يظهر على الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="56"/>
        <source>The day the paper comes out, written YYYY-MM-DD (2026-05-05); it is printed on the paper. Leave it empty to print no date.</source>
        <translation type="unfinished">يوم صدور الورقة، بالصيغة YYYY-MM-DD (2026-05-05)؛ ويُطبع على الورقة. اترك الحقل فارغًا كي لا يُطبع أي تاريخ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="58"/>
        <source>P&amp;ublished:</source>
        <translation type="unfinished">تاريخ النشر(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="80"/>
        <source>Process and event</source>
        <translation type="unfinished">العملية والفعالية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="64"/>
        <source>Process</source>
        <translation type="unfinished">العملية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="65"/>
        <source>Other — in your own words…</source>
        <translation type="unfinished">أخرى — بكلماتك الخاصة…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="66"/>
        <source>&amp;Process:</source>
        <translation type="unfinished">العملية(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="67"/>
        <source>Event</source>
        <translation type="unfinished">الفعالية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="68"/>
        <source>e.g. Multi-stakeholder hearing</source>
        <translation type="unfinished">مثلًا: جلسة استماع لأصحاب المصلحة المتعددين</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="69"/>
        <source>&amp;Event:</source>
        <translation type="unfinished">الفعالية(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="73"/>
        <source>A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for no date.</source>
        <translation type="unfinished">تاريخ كامل (2026-05-05)، أو شهر (2026-05)، أو سنة (2026)؛ اترك الحقل فارغًا إن لم يكن هناك تاريخ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="75"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">التاريخ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="77"/>
        <source>Place</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="78"/>
        <source>e.g. New York</source>
        <translation type="unfinished">مثلًا: نيويورك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="79"/>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished">المكان(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="82"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="88"/>
        <source>Audience</source>
        <translation type="unfinished">الجمهور</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="86"/>
        <source>Tick everyone the paper is for (hover for a hint), or add your own.</source>
        <translation type="unfinished">ضع علامة على كل من تُوجَّه إليه الورقة (مرِّر المؤشر فوق أي خيار لرؤية تلميح)، أو أضف جمهورك الخاص.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="94"/>
        <source>Not a date: write 2026-05-12, 2026-05 or 2026.</source>
        <translation type="unfinished">ليس تاريخًا: اكتب 2026-05-12 أو 2026-05 أو 2026.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="104"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">هذا التاريخ غير موجود في التقويم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="102"/>
        <source>Not a date: write it as 2026-05-12, or leave it empty.</source>
        <translation type="unfinished">ليس تاريخًا: اكتبه بالصيغة 2026-05-12، أو اترك الحقل فارغًا.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="33"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="48"/>
        <source>Organisation</source>
        <extracomment>Field path prefixes; ``None`` stands for any list index.</extracomment>
        <translation type="unfinished">المنظمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="34"/>
        <source>Tell readers who is speaking. The name and a short description appear on the paper; the contact details let them reach you.</source>
        <translation type="unfinished">عرِّف القراء بمن يتحدث. يظهر الاسم ووصف قصير على الورقة؛ وتتيح لهم بيانات الاتصال التواصل معك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="41"/>
        <source>Organisation name</source>
        <translation type="unfinished">اسم المنظمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="42"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">الاسم(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="43"/>
        <source>Acronym or short name</source>
        <translation type="unfinished">الاختصار أو الاسم المختصر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="44"/>
        <source>e.g. MVWA</source>
        <translation type="unfinished">مثلًا: MVWA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="45"/>
        <source>&amp;Acronym:</source>
        <translation type="unfinished">الاختصار(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="46"/>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="47"/>
        <source>Where you are based</source>
        <translation type="unfinished">البلد الذي يوجد فيه مقرك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="48"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">البلد(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="50"/>
        <source>&amp;Migrant-led organisation</source>
        <translation type="unfinished">منظمة يقودها مهاجرون(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="52"/>
        <source>Led by migrants, refugees or returnees themselves. The paper says so.</source>
        <translation type="unfinished">يقودها المهاجرون أو اللاجئون أو العائدون أنفسهم. وتذكر الورقة ذلك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="54"/>
        <source>Short description</source>
        <translation type="unfinished">وصف قصير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="56"/>
        <source>Short &amp;description:</source>
        <translation type="unfinished">وصف قصير(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="75"/>
        <source>Contact</source>
        <translation type="unfinished">الاتصال</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="61"/>
        <source>Contact person</source>
        <translation type="unfinished">جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="62"/>
        <source>Name and role</source>
        <translation type="unfinished">الاسم والمنصب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="63"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">جهة الاتصال(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="64"/>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="65"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">البريد الإلكتروني(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="67"/>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="68"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">الهاتف(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="69"/>
        <source>Website</source>
        <translation type="unfinished">الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="71"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">الموقع الإلكتروني(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="73"/>
        <source>Postal address</source>
        <translation type="unfinished">العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="74"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">العنوان(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="80"/>
        <source>Logo</source>
        <translation type="unfinished">الشعار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="87"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished">لا يبدو هذا عنوان بريد إلكتروني (name@example.org).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="91"/>
        <source>This does not look like a web address (https://example.org).</source>
        <translation type="unfinished">لا يبدو هذا عنوان ويب (https://example.org).</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="321"/>
        <source>Templates</source>
        <translation type="unfinished">القوالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="348"/>
        <source>Customise template</source>
        <translation type="unfinished">تخصيص القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="349"/>
        <source>A copy of “%1” is made in your template folder under a new name. Change the copy as you like; the original stays as it is.</source>
        <translation type="unfinished">تُنشأ نسخة من «%1» في مجلد قوالبك باسم جديد. عدِّل النسخة كما تشاء؛ ويبقى الأصل كما هو.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="351"/>
        <source>%1 (our own)</source>
        <translation type="unfinished">%1 (نسختنا الخاصة)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="356"/>
        <source>Use customised template</source>
        <translation type="unfinished">استخدام القالب المخصَّص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="360"/>
        <source>The template could not be copied</source>
        <translation type="unfinished">تعذّر نسخ القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="377"/>
        <source>The template could not be customised</source>
        <translation type="unfinished">تعذّر تخصيص القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="384"/>
        <source>The template could not be opened</source>
        <translation type="unfinished">تعذّر فتح القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="389"/>
        <source>Rename template</source>
        <translation type="unfinished">إعادة تسمية القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="390"/>
        <source>Briefs that use this template by its old name will need to be pointed at the new one.</source>
        <translation type="unfinished">الأوراق التي تشير إلى هذا القالب باسمه القديم سيلزم توجيهها إلى الاسم الجديد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="397"/>
        <source>Follow renamed template</source>
        <translation type="unfinished">اتباع القالب بعد إعادة تسميته</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="400"/>
        <source>The template could not be renamed</source>
        <translation type="unfinished">تعذّرت إعادة تسمية القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="403"/>
        <source>Revert template</source>
        <translation type="unfinished">استعادة أصل القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="404"/>
        <source>Put back the files of “%1” as they are in “%2”? The changes made to this copy will be lost.</source>
        <translation type="unfinished">هل تريد إعادة ملفات «%1» كما هي في «%2»؟ ستفقد التغييرات التي أُجريت على هذه النسخة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="405"/>
        <source>&amp;Revert</source>
        <translation type="unfinished">استعادة الأصل(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="409"/>
        <source>The template could not be reverted</source>
        <translation type="unfinished">تعذّرت استعادة أصل القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="412"/>
        <source>Delete template</source>
        <translation type="unfinished">حذف القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="413"/>
        <source>Delete the template “%1” and its files from your template folder? This cannot be undone.</source>
        <translation type="unfinished">هل تريد حذف القالب «%1» وملفاته من مجلد قوالبك؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="414"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">حذف(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="422"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="423"/>
        <source>Template deleted</source>
        <translation type="unfinished">تم حذف القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="424"/>
        <source>This brief used the template “%1”, which has been deleted. It now uses “%2”; choose another on the Template and look step.</source>
        <translation type="unfinished">كانت هذه الورقة تستخدم القالب «%1» الذي حُذف. وهي تستخدم الآن «%2»؛ اختر قالبًا آخر في خطوة «القالب والمظهر».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="427"/>
        <source>The template could not be deleted</source>
        <translation type="unfinished">تعذّر حذف القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="435"/>
        <source>Import Template Pack</source>
        <translation type="unfinished">استيراد حزمة قالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="436"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="483"/>
        <source>Template packs (%1)</source>
        <translation type="unfinished">حزم القوالب (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="452"/>
        <source>Template pack refused</source>
        <translation type="unfinished">رُفضت حزمة القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="453"/>
        <source>The template pack was not installed; nothing was written.

%1</source>
        <translation type="unfinished">لم تُثبَّت حزمة القالب؛ ولم يُكتب أي شيء.

%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="472"/>
        <source>Template installed</source>
        <translation type="unfinished">تم تثبيت القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="473"/>
        <source>“%1” is installed in your template folder. Choose it in the template gallery or on the Template and look step.</source>
        <translation type="unfinished">تم تثبيت «%1» في مجلد قوالبك. اختره من معرض القوالب أو في خطوة «القالب والمظهر».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="475"/>
        <source>The template could not be installed</source>
        <translation type="unfinished">تعذّر تثبيت القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="482"/>
        <source>Export Template Pack</source>
        <translation type="unfinished">تصدير حزمة قالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="490"/>
        <source>Template exported</source>
        <translation type="unfinished">تم تصدير القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="491"/>
        <source>“%1” was saved as %2. Send this file to a partner: they install it with Templates ▸ Import Template Pack.</source>
        <translation type="unfinished">حُفظ «%1» باسم %2. أرسل هذا الملف إلى أحد الشركاء: يمكنه تثبيته من قوالب ▸ استيراد حزمة قالب.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="494"/>
        <source>The template could not be exported</source>
        <translation type="unfinished">تعذّر تصدير القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="503"/>
        <source>The templates could not be listed</source>
        <translation type="unfinished">تعذّر سرد القوالب</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="62"/>
        <source>Printing your brief…</source>
        <translation type="unfinished">جارٍ طباعة ورقتك…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="66"/>
        <source>Thumbnail of %1</source>
        <translation type="unfinished">صورة مصغرة: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="68"/>
        <source>Page 1 of your brief printed with “%1” is being made.</source>
        <translation type="unfinished">جارٍ إنشاء الصفحة 1 من ورقتك مطبوعةً بالقالب «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="78"/>
        <source>%1 pages at most</source>
        <translation type="unfinished">الحد الأقصى لعدد الصفحات: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="79"/>
        <source>1 page</source>
        <translation type="unfinished">صفحة واحدة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="89"/>
        <source>Page 1 of your brief printed with “%1”.</source>
        <translation type="unfinished">الصفحة 1 من ورقتك مطبوعةً بالقالب «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="94"/>
        <source>Could not print your brief:
%1</source>
        <translation type="unfinished">تعذّرت طباعة ورقتك:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="97"/>
        <source>Your brief could not be printed with “%1”: %2</source>
        <translation type="unfinished">تعذّرت طباعة ورقتك بالقالب «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PackDialogs</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="58"/>
        <source>bundled</source>
        <extracomment>what Import offers (any zip still installs); Export writes the first a brief whose template was deleted falls back to this bundled one (the model&apos;s default)</extracomment>
        <translation type="unfinished">مضمَّن</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="60"/>
        <source>your own, based on %1</source>
        <translation type="unfinished">خاص بك، مبني على %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="61"/>
        <source>installed</source>
        <translation type="unfinished">مثبَّت</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="69"/>
        <source>by %1</source>
        <translation type="unfinished">من إعداد %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="71"/>
        <source>version %1</source>
        <translation type="unfinished">الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="78"/>
        <source>oral statement</source>
        <translation type="unfinished">بيان شفوي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="79"/>
        <source>paper</source>
        <translation type="unfinished">ورقة مكتوبة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="80"/>
        <source>%1 at most</source>
        <translation type="unfinished">%1 كحد أقصى</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="81"/>
        <source>no limit</source>
        <translation type="unfinished">بلا حد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="83"/>
        <source>Name:</source>
        <translation type="unfinished">الاسم:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="84"/>
        <source>Author:</source>
        <translation type="unfinished">المؤلف:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="85"/>
        <source>Version:</source>
        <translation type="unfinished">الإصدار:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="86"/>
        <source>Licence:</source>
        <translation type="unfinished">الترخيص:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="87"/>
        <source>Kind:</source>
        <translation type="unfinished">النوع:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="88"/>
        <source>Pages:</source>
        <translation type="unfinished">الصفحات:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="89"/>
        <source>Where:</source>
        <translation type="unfinished">الموقع:</translation>
    </message>
</context>
<context>
    <name>PackNameDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="139"/>
        <source>Template name</source>
        <translation type="unfinished">اسم القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="140"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">الاسم(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="144"/>
        <source>Template title</source>
        <translation type="unfinished">عنوان القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="145"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">العنوان(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="161"/>
        <source>A name is lowercase letters (a–z), digits and dashes, starts with a letter or digit and is at most 64 characters, e.g. our-brief.</source>
        <translation type="unfinished">يتكون الاسم من أحرف لاتينية صغيرة (a–z) وأرقام وشرطات، ويبدأ بحرف أو رقم، ولا يتجاوز 64 حرفًا، مثل our-brief.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="164"/>
        <source>There is already a template called “%1”: choose another name.</source>
        <translation type="unfinished">يوجد بالفعل قالب باسم «%1»: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="167"/>
        <source>Give the template a title: people see it in the gallery.</source>
        <translation type="unfinished">أعطِ القالب عنوانًا: فهو ما يراه المستخدمون في المعرض.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="173"/>
        <source>The name is how briefs refer to the template; the title is what people see.</source>
        <translation type="unfinished">تشير الأوراق إلى القالب باسمه؛ أما العنوان فهو ما يراه المستخدمون.</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="53"/>
        <source>Paper as text</source>
        <extracomment>pages read per turn of the event loop (a page takes a few milliseconds)</extracomment>
        <translation type="unfinished">الورقة كنص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="55"/>
        <source>The text of the preview, page by page. The arrow keys read it line by line.</source>
        <translation type="unfinished">نص المعاينة صفحةً صفحة. تقرؤه مفاتيح الأسهم سطرًا سطرًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="60"/>
        <source>No preview yet.</source>
        <translation type="unfinished">لا توجد معاينة بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="87"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">الصفحة %1 من %2</translation>
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
        <translation type="unfinished">التعهدات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="45"/>
        <source>The commitments your organisation makes, written so that others can hold you to them: SMART — specific (what exactly, done by whom), measurable (an indicator, where things stand now and the target), achievable (the resources you put in), relevant (the GCM objectives it serves) and time-bound (a deadline). Review says which part a pledge still lacks.</source>
        <translation type="unfinished">الالتزامات التي تقطعها منظمتك، مصاغةً بحيث يمكن للآخرين مساءلتك عنها: SMART — محددة (ما المطلوب بالضبط، ومن ينفِّذه)، وقابلة للقياس (مؤشر، والوضع الحالي، والقيمة المستهدفة)، وقابلة للتحقيق (الموارد التي تخصصها)، وذات صلة (أهداف الاتفاق العالمي التي تخدمها)، ومحددة بموعد (موعد نهائي). وتُبيِّن خطوة «المراجعة والتصدير» ما لا يزال ينقص كل تعهد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="55"/>
        <source>Pledge action</source>
        <translation type="unfinished">إجراء التعهد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="56"/>
        <source>&amp;Action:</source>
        <translation type="unfinished">الإجراء(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="58"/>
        <source>Specific: what you will do, for whom, where. “Open two legal advice desks for migrant domestic workers in Nairobi”, not “support migrants”.</source>
        <translation type="unfinished">محدد: ما ستفعله، ولمن، وأين. «افتتاح مكتبين للمشورة القانونية للعمال المنزليين المهاجرين في نيروبي»، لا «دعم المهاجرين».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="60"/>
        <source>Who is responsible</source>
        <translation type="unfinished">الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="61"/>
        <source>e.g. our legal aid unit, with the Bar Association</source>
        <translation type="unfinished">مثلًا: وحدة المساعدة القانونية لدينا، بالتعاون مع نقابة المحامين</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="62"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">الجهة(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="63"/>
        <source>GCM objectives served</source>
        <translation type="unfinished">أهداف الاتفاق العالمي التي يخدمها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="64"/>
        <source>GCM ob&amp;jectives:</source>
        <translation type="unfinished">أهداف الاتفاق العالمي(&amp;J):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="67"/>
        <source>Relevant: tick the objectives of the Global Compact the pledge helps to meet.</source>
        <translation type="unfinished">ذو صلة: ضع علامة على أهداف الاتفاق العالمي التي يساعد التعهد على تحقيقها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="68"/>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="69"/>
        <source>e.g. migrants given legal advice a year</source>
        <translation type="unfinished">مثلًا: عدد المهاجرين الذين يتلقون مشورة قانونية سنويًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="70"/>
        <source>&amp;Indicator:</source>
        <translation type="unfinished">المؤشر(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="71"/>
        <source>Baseline</source>
        <translation type="unfinished">خط الأساس</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="72"/>
        <source>e.g. 400 in 2025</source>
        <translation type="unfinished">مثلًا: 400 في عام 2025</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="73"/>
        <source>&amp;Baseline:</source>
        <translation type="unfinished">خط الأساس(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="74"/>
        <source>Target</source>
        <translation type="unfinished">القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="75"/>
        <source>e.g. 1,500 a year</source>
        <translation type="unfinished">مثلًا: 1,500 سنويًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="76"/>
        <source>&amp;Target:</source>
        <translation type="unfinished">القيمة المستهدفة(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="78"/>
        <source>Measurable: how progress is counted (the indicator), where it stands now (the baseline) and what you will reach (the target), in numbers where you can.</source>
        <translation type="unfinished">قابل للقياس: كيف يُحسب التقدم (المؤشر)، وأين يقف الآن (خط الأساس)، وما الذي ستبلغه (القيمة المستهدفة)، بالأرقام حيثما أمكن.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="80"/>
        <source>Deadline</source>
        <translation type="unfinished">الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="81"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="83"/>
        <source>Time-bound: the day (2027-12-31), month (2027-12) or year (2027) by which it is done.</source>
        <translation type="unfinished">محدد بموعد: اليوم (2027-12-31) أو الشهر (2027-12) أو السنة (2027) التي يُنجَز بحلولها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="85"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">الموعد النهائي(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="87"/>
        <source>Resources</source>
        <translation type="unfinished">الموارد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="88"/>
        <source>e.g. two lawyers, USD 40,000 a year</source>
        <translation type="unfinished">مثلًا: محاميان، و40,000 دولار أمريكي سنويًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="89"/>
        <source>&amp;Resources:</source>
        <translation type="unfinished">الموارد(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="91"/>
        <source>Achievable: the money, staff and partners you commit.</source>
        <translation type="unfinished">قابل للتحقيق: الأموال والموظفون والشركاء الذين تلتزم بتخصيصهم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Pl&amp;edges:</source>
        <translation type="unfinished">التعهدات(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Add p&amp;ledge</source>
        <translation type="unfinished">إضافة تعهد(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">إزالة(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished">نقل لأعلى(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move dow&amp;n</source>
        <translation type="unfinished">نقل لأسفل(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>No pledges yet: press Add pledge.</source>
        <translation type="unfinished">لا توجد تعهدات بعد: اضغط «إضافة تعهد».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>pledge</source>
        <translation type="unfinished">التعهد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="108"/>
        <source>(no action yet)</source>
        <translation type="unfinished">(لا يوجد إجراء بعد)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="120"/>
        <source>Not a date: write 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">ليس تاريخًا: اكتب 2027-12-31 أو 2027-12 أو 2027، حتى يمكن التحقق من التقدم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="123"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">هذا التاريخ غير موجود في التقويم.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="412"/>
        <source>Preferences</source>
        <translation type="unfinished">التفضيلات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="419"/>
        <source>Language of the app</source>
        <translation type="unfinished">لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="420"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">اللغة(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="425"/>
        <source>Automatic (from the language)</source>
        <translation type="unfinished">تلقائي (حسب اللغة)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="426"/>
        <source>Left to right</source>
        <translation type="unfinished">من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="427"/>
        <source>Right to left</source>
        <translation type="unfinished">من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="430"/>
        <source>Layout direction</source>
        <translation type="unfinished">اتجاه الواجهة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="431"/>
        <source>Layout &amp;direction:</source>
        <translation type="unfinished">اتجاه الواجهة(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="437"/>
        <source> s</source>
        <translation type="unfinished"> ث</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="439"/>
        <source>Seconds without typing before a recovery copy is saved</source>
        <translation type="unfinished">عدد الثواني دون كتابة قبل حفظ نسخة استرداد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="441"/>
        <source>&amp;Recovery copy after a pause of:</source>
        <translation type="unfinished">نسخة الاسترداد بعد توقف لمدة(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="445"/>
        <source>Show the welcome screen when BriefWriter &amp;starts</source>
        <translation type="unfinished">إظهار شاشة الترحيب عند بدء تشغيل BriefWriter(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="451"/>
        <source>A new language or layout direction applies at once; your work stays as it is.</source>
        <translation type="unfinished">تُطبَّق اللغة الجديدة أو اتجاه التخطيط الجديد فورًا، ويبقى عملكم كما هو.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="122"/>
        <source>Preview of the brief</source>
        <extracomment>the pane switched between the pages and their text (&quot;Paper as text&quot;)</extracomment>
        <translation type="unfinished">معاينة الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="143"/>
        <source>Preview error</source>
        <translation type="unfinished">خطأ في المعاينة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="150"/>
        <source>Preview status</source>
        <translation type="unfinished">حالة المعاينة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="155"/>
        <source>Preview progress</source>
        <translation type="unfinished">تقدّم المعاينة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="163"/>
        <source>Preview warnings</source>
        <translation type="unfinished">تحذيرات المعاينة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="219"/>
        <source>Zoom out</source>
        <translation type="unfinished">تصغير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="222"/>
        <source>Zoom in</source>
        <translation type="unfinished">تكبير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="226"/>
        <source>Fit width</source>
        <translation type="unfinished">ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="229"/>
        <source>Paper as text</source>
        <translation type="unfinished">الورقة كنص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="283"/>
        <source>&amp;Page</source>
        <translation type="unfinished">الصفحة(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="285"/>
        <source>Page</source>
        <translation type="unfinished">الصفحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="389"/>
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform>من %n</numerusform>
            <numerusform>من %n</numerusform>
            <numerusform>من %n</numerusform>
            <numerusform>من %n</numerusform>
            <numerusform>من %n</numerusform>
            <numerusform>من %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="390"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="396"/>
        <source>%1. To read its text, choose Paper as text (%2).</source>
        <translation type="unfinished">%1. لقراءة نصها، اختر الورقة كنص (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="405"/>
        <location filename="../../briefwriter/gui/preview.py" line="418"/>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <location filename="../../briefwriter/gui/preview.py" line="505"/>
        <source>Updating…</source>
        <translation type="unfinished">جارٍ التحديث…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="425"/>
        <source>Updating: laying out page %1 of about %2…</source>
        <translation type="unfinished">جارٍ التحديث: تنسيق الصفحة %1 من نحو %2…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="427"/>
        <source>Updating: laying out page %1…</source>
        <translation type="unfinished">جارٍ التحديث: تنسيق الصفحة %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="431"/>
        <source>Updating: writing the pages…</source>
        <translation type="unfinished">جارٍ التحديث: كتابة الصفحات…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="435"/>
        <source>Updating: preparing the text and styles…</source>
        <translation type="unfinished">جارٍ التحديث: تجهيز النص والأنماط…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="445"/>
        <source>Starting the preview…</source>
        <translation type="unfinished">جارٍ بدء المعاينة…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="447"/>
        <source>Restarting the renderer…</source>
        <translation type="unfinished">جارٍ إعادة تشغيل محرك الإخراج…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="449"/>
        <source>The preview is not available.</source>
        <translation type="unfinished">المعاينة غير متاحة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="453"/>
        <source>The preview could not be updated:</source>
        <translation type="unfinished">تعذّر تحديث المعاينة:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="460"/>
        <source>Showing the last preview that worked.</source>
        <translation type="unfinished">تُعرض آخر معاينة ناجحة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="397"/>
        <location filename="../../briefwriter/gui/preview.py" line="462"/>
        <source>No preview yet.</source>
        <translation type="unfinished">لا توجد معاينة بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="469"/>
        <source>The preview file could not be opened.</source>
        <translation type="unfinished">تعذّر فتح ملف المعاينة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <source>Up to date</source>
        <translation type="unfinished">محدَّثة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="506"/>
        <source>Up to date, with %n warning(s):</source>
        <translation type="unfinished">
            <numerusform>محدَّثة، مع %n تحذير:</numerusform>
            <numerusform>محدَّثة، مع %n تحذير:</numerusform>
            <numerusform>محدَّثة، مع %n تحذيرين:</numerusform>
            <numerusform>محدَّثة، مع %n تحذيرات:</numerusform>
            <numerusform>محدَّثة، مع %n تحذيرًا:</numerusform>
            <numerusform>محدَّثة، مع %n تحذير:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="511"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="36"/>
        <source>principles %1</source>
        <translation type="unfinished">المبادئ %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="39"/>
        <source>objectives %1</source>
        <translation type="unfinished">الأهداف %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="42"/>
        <source>actions %1</source>
        <translation type="unfinished">الإجراءات %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="52"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="55"/>
        <source>Priorities</source>
        <translation type="unfinished">الأولويات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="53"/>
        <source>Name the issues your paper is about, in your own words. Start from a suggestion if one fits: it comes with links to the Global Compact already ticked.</source>
        <translation type="unfinished">سمِّ بكلماتك الخاصة القضايا التي تتناولها ورقتك. ابدأ من اقتراح إن كان مناسبًا: فهو يأتي مع روابطه بالاتفاق العالمي وقد وُضعت عليها العلامة مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="62"/>
        <source>Priority title</source>
        <translation type="unfinished">عنوان الأولوية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="63"/>
        <source>A short, clear headline</source>
        <translation type="unfinished">عنوان قصير وواضح</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="64"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">العنوان(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="65"/>
        <source>Priority description</source>
        <translation type="unfinished">وصف الأولوية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="66"/>
        <source>&amp;Description:</source>
        <translation type="unfinished">الوصف(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="78"/>
        <source>Links to the GCM</source>
        <translation type="unfinished">الروابط بالاتفاق العالمي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="73"/>
        <source>Link to the &amp;GCM…</source>
        <translation type="unfinished">الربط بالاتفاق العالمي(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="74"/>
        <source>Go to the Link to the GCM step</source>
        <translation type="unfinished">الانتقال إلى خطوة «الربط بالاتفاق العالمي»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Priorities:</source>
        <translation type="unfinished">الأولويات(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Add your own priority</source>
        <translation type="unfinished">إضافة أولوية خاصة بك(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>No priorities yet: add your own or start from a suggestion.</source>
        <translation type="unfinished">لا توجد أولويات بعد: أضف أولويتك الخاصة أو ابدأ من اقتراح.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>priority</source>
        <translation type="unfinished">الأولوية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="88"/>
        <source>Add from su&amp;ggestions…</source>
        <translation type="unfinished">إضافة من الاقتراحات(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="89"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="131"/>
        <source>Add a priority from suggestions</source>
        <translation type="unfinished">إضافة أولوية من الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="98"/>
        <source>(untitled)</source>
        <translation type="unfinished">(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="115"/>
        <source>Select or add a priority.</source>
        <translation type="unfinished">حدِّد أولوية أو أضف واحدة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="121"/>
        <source>Started from the suggestion “%1”.</source>
        <translation type="unfinished">بُدئت من الاقتراح «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="126"/>
        <source>Not linked to the Global Compact yet: use “Link to the GCM”.</source>
        <translation type="unfinished">غير مرتبطة بالاتفاق العالمي بعد: استخدم «الربط بالاتفاق العالمي».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="132"/>
        <source>Suggested priorities from civil-society work on the Global Compact. Picking one adds it with its usual GCM links ticked; change anything afterwards.</source>
        <translation type="unfinished">أولويات مقترحة مستمدة من عمل المجتمع المدني بشأن الاتفاق العالمي. يؤدي اختيار إحداها إلى إضافتها مع وضع العلامة على روابطها المعتادة بالاتفاق العالمي؛ ويمكنك تغيير أي شيء بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="142"/>
        <source>Add priority “%1”</source>
        <translation type="unfinished">إضافة الأولوية «%1»</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="47"/>
        <source>Problems</source>
        <translation type="unfinished">المشكلات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Error</source>
        <translation type="unfinished">خطأ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Warning</source>
        <translation type="unfinished">تحذير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="89"/>
        <source>No problems found.</source>
        <translation type="unfinished">لم يُعثر على مشكلات.</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="259"/>
        <source>&amp;Use saved profile</source>
        <translation type="unfinished">استخدام الملف التعريفي المحفوظ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="261"/>
        <source>Fill in this page from your organisation profile (Tools ▸ Organisation Profile…)</source>
        <translation type="unfinished">ملء هذه الصفحة من الملف التعريفي لمنظمتك (أدوات ▸ الملف التعريفي للمنظمة…)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="263"/>
        <source>Save as &amp;profile</source>
        <translation type="unfinished">الحفظ كملف تعريفي(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="265"/>
        <source>Keep this organisation as your profile, for every new brief</source>
        <translation type="unfinished">الاحتفاظ بهذه المنظمة كملفك التعريفي، لكل ورقة جديدة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="294"/>
        <source>No saved profile</source>
        <translation type="unfinished">لا يوجد ملف تعريفي محفوظ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="295"/>
        <source>There is no organisation profile yet. Fill in this page and press “Save as profile”, or use Tools ▸ Organisation Profile…</source>
        <translation type="unfinished">لا يوجد ملف تعريفي للمنظمة بعد. املأ هذه الصفحة واضغط «الحفظ كملف تعريفي»، أو استخدم أدوات ▸ الملف التعريفي للمنظمة…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="303"/>
        <source>Use saved profile</source>
        <translation type="unfinished">استخدام الملف التعريفي المحفوظ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="305"/>
        <source>The saved profile cannot be used</source>
        <translation type="unfinished">لا يمكن استخدام الملف التعريفي المحفوظ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="313"/>
        <source>Profile saved</source>
        <translation type="unfinished">تم حفظ الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="314"/>
        <source>“%1” is now your organisation profile: every new brief starts with it.</source>
        <translation type="unfinished">حُفظت «%1» ملفًا تعريفيًا لمنظمتك: تبدأ به كل ورقة جديدة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="315"/>
        <source>Your organisation</source>
        <translation type="unfinished">منظمتك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="316"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">لم يُحفظ الملف التعريفي؛ ولم يتغير الملف السابق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="323"/>
        <source>Save as Profile</source>
        <translation type="unfinished">الحفظ كملف تعريفي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="324"/>
        <source>Replace your saved profile (“%1”) with this brief&apos;s organisation?</source>
        <translation type="unfinished">هل تريد استبدال ملفك التعريفي المحفوظ («%1») بمنظمة هذه الورقة؟</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>unnamed</source>
        <translation type="unfinished">بلا اسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>&amp;Replace Profile</source>
        <translation type="unfinished">استبدال الملف التعريفي(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="330"/>
        <source>The saved profile cannot be read</source>
        <translation type="unfinished">تتعذّر قراءة الملف التعريفي المحفوظ</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="98"/>
        <source>%1 holds the profile of “%2”:</source>
        <translation type="unfinished">يتضمن %1 الملف التعريفي لـ«%2»:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="99"/>
        <source>an unnamed organisation</source>
        <translation type="unfinished">منظمة بلا اسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="100"/>
        <source>Acronym: %1</source>
        <translation type="unfinished">الاختصار: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="101"/>
        <source>Country: %1</source>
        <translation type="unfinished">البلد: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="102"/>
        <source>Contact: %1</source>
        <translation type="unfinished">الاتصال: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="103"/>
        <source>Logo: %1</source>
        <translation type="unfinished">الشعار: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="120"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="127"/>
        <source>Organisation Profile</source>
        <extracomment>the saved profile was read (or there is none) and the fields show it the profile was saved or imported (the path of its folder)</extracomment>
        <translation type="unfinished">الملف التعريفي للمنظمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="121"/>
        <source>Organisation profile</source>
        <translation type="unfinished">الملف التعريفي للمنظمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="128"/>
        <source>Who you are, saved once: every new brief starts with it, and partners can use the exported file to add you as a co-signatory.</source>
        <translation type="unfinished">هويتك، تُحفظ مرة واحدة: تبدأ بها كل ورقة جديدة، ويمكن للشركاء استخدام الملف المصدَّر لإضافتك جهةً موقِّعة مشاركة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="131"/>
        <source>Profile status</source>
        <translation type="unfinished">حالة الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="133"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">استيراد(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="135"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">تصدير(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="137"/>
        <source>&amp;Save</source>
        <translation type="unfinished">حفظ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="139"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">إغلاق(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="141"/>
        <source>Use a profile file made on another computer</source>
        <translation type="unfinished">استخدام ملف تعريفي أُنشئ على حاسوب آخر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="143"/>
        <source>Save the profile as a file partners can add as a co-signatory</source>
        <translation type="unfinished">حفظ الملف التعريفي في ملف يمكن للشركاء إضافته جهةً موقِّعة مشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="157"/>
        <source>The saved profile cannot be used; saving replaces it</source>
        <translation type="unfinished">لا يمكن استخدام الملف التعريفي المحفوظ؛ وسيحل محله ما تحفظه</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="167"/>
        <source>No profile yet: fill in the fields and press Save.</source>
        <translation type="unfinished">لا يوجد ملف تعريفي بعد: املأ الحقول واضغط «حفظ».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="173"/>
        <source>Saved in %1</source>
        <translation type="unfinished">حُفظت في %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="193"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">لم يُحفظ الملف التعريفي؛ ولم يتغير الملف السابق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="201"/>
        <source>Export Organisation Profile</source>
        <translation type="unfinished">تصدير الملف التعريفي للمنظمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="202"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="222"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">الملفات التعريفية للمنظمات (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="210"/>
        <source>Profile exported</source>
        <translation type="unfinished">تم تصدير الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="211"/>
        <source>The profile was saved as %1. A partner adds you to their brief with “Add from a partner&apos;s profile…” on the Co-signatories step.</source>
        <translation type="unfinished">حُفظ الملف التعريفي باسم %1. ويمكن للشريك إضافتك إلى ورقته باستخدام «إضافة من الملف التعريفي لأحد الشركاء…» في خطوة «الجهات الموقِّعة المشاركة».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="217"/>
        <source>The profile was not exported</source>
        <translation type="unfinished">لم يُصدَّر الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="221"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="233"/>
        <source>Import Organisation Profile</source>
        <translation type="unfinished">استيراد الملف التعريفي للمنظمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="226"/>
        <source>The profile was not imported; nothing was changed</source>
        <translation type="unfinished">لم يُستورد الملف التعريفي؛ ولم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="232"/>
        <source>It replaces your saved profile.</source>
        <translation type="unfinished">سيحل محل ملفك التعريفي المحفوظ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="234"/>
        <source>&amp;Replace My Profile</source>
        <translation type="unfinished">استبدال ملفي التعريفي(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="239"/>
        <source>Imported from %1</source>
        <translation type="unfinished">استُوردت من %1</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="23"/>
        <source>The document could not be rendered.</source>
        <translation type="unfinished">تعذّر إخراج المستند.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="28"/>
        <source>%1, line %2</source>
        <translation type="unfinished">%1، السطر %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="29"/>
        <source>line %1</source>
        <translation type="unfinished">السطر %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="273"/>
        <source>The renderer could not be started{detail}. The preview and export are unavailable until BriefWriter is restarted or repaired.</source>
        <extracomment>a preview still running this long after newer edits came in is abandoned (the worker is restarted) rather than waited for: a normal render takes a second or less. waits before each automatic restart after a crash; when they run out the service gives up until ``start()`` is called again (an export or the user asking).</extracomment>
        <translation type="unfinished">تعذّر بدء تشغيل محرك الإخراج{detail}. ستبقى المعاينة والتصدير غير متاحين إلى أن يُعاد تشغيل BriefWriter أو يُصلَح.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="302"/>
        <source>The renderer sent a malformed reply.</source>
        <translation type="unfinished">أرسل محرك الإخراج ردًا غير سليم البنية.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="367"/>
        <source>The renderer stopped unexpectedly and is being restarted; the preview will update with your next edit.</source>
        <translation type="unfinished">توقف محرك الإخراج على نحو غير متوقع ويُعاد تشغيله الآن؛ وستُحدَّث المعاينة مع تعديلك التالي.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="369"/>
        <source>The renderer stopped unexpectedly and is being restarted. Please try again.</source>
        <translation type="unfinished">توقف محرك الإخراج على نحو غير متوقع ويُعاد تشغيله الآن. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="394"/>
        <source>Rendering took longer than %1 seconds and was stopped. The brief is very long (%2 characters of text): export it in parts, or shorten it.</source>
        <translation type="unfinished">استغرق الإخراج أكثر من %1 ثانية فأُوقف. الورقة طويلة جدًا (عدد أحرف النص: %2): صدِّرها على أجزاء، أو اختصرها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="399"/>
        <source>Rendering took longer than {seconds} seconds and was stopped. The template may be stuck in a loop.</source>
        <translation type="unfinished">استغرق الإخراج أكثر من {seconds} ثانية فأُوقف. ربما علق القالب في حلقة تكرار لا تنتهي.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="498"/>
        <location filename="../../briefwriter/gui/render_service.py" line="501"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished">أُلغي التصدير.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="55"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="80"/>
        <source>Review and export</source>
        <translation type="unfinished">المراجعة والتصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="56"/>
        <source>Check what is still missing, then export the paper. Press Enter on a remark (or double-click it) to go to the field it is about.</source>
        <translation type="unfinished">تحقق مما ينقص بعد، ثم صدِّر الورقة. اضغط Enter على أي ملاحظة (أو انقر عليها نقرًا مزدوجًا) للانتقال إلى الحقل الذي تتعلق به.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="70"/>
        <source>Remarks on the brief</source>
        <translation type="unfinished">ملاحظات على الورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="73"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished">الملاحظات(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="76"/>
        <source>&amp;Go to the field</source>
        <translation type="unfinished">الانتقال إلى الحقل(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="117"/>
        <source>Export</source>
        <translation type="unfinished">التصدير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="86"/>
        <source>Tagged for screen readers; the best choice for sharing.</source>
        <translation type="unfinished">موسوم لقارئات الشاشة؛ وهو الخيار الأفضل للمشاركة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="87"/>
        <source>For long-term archiving.</source>
        <translation type="unfinished">للأرشفة طويلة الأمد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="88"/>
        <source>An ordinary PDF, for systems that reject the others.</source>
        <translation type="unfinished">ملف PDF عادي، للأنظمة التي ترفض الأنواع الأخرى.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="93"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="104"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">تصدير بصيغة PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="106"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">تصدير بصيغة HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="108"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">تصدير بصيغة Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="109"/>
        <source>A Word document (.docx) of the same paper, for partners and calls for input that ask for one</source>
        <translation type="unfinished">مستند Word (.docx) للورقة نفسها، للشركاء ولدعوات تقديم المساهمات التي تطلب هذه الصيغة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Problem</source>
        <translation type="unfinished">مشكلة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Warning</source>
        <translation type="unfinished">تحذير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="148"/>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="170"/>
        <source>General</source>
        <translation type="unfinished">عام</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="180"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="187"/>
        <source>Warnings: %1. Look at them before you export.</source>
        <translation type="unfinished">التحذيرات: %1. اطّلع عليها قبل التصدير.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="189"/>
        <source>No warnings: the brief is ready to export.</source>
        <translation type="unfinished">لا توجد تحذيرات: الورقة جاهزة للتصدير.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="191"/>
        <source>Notes for your information: %1.</source>
        <translation type="unfinished">ملاحظات للعلم: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="232"/>
        <source>Accessible PDF (PDF/UA) — recommended</source>
        <translation type="unfinished">PDF ميسَّر الوصول (PDF/UA) — موصى به</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="233"/>
        <source>PDF/A-3u for archiving</source>
        <translation type="unfinished">PDF/A-3u للأرشفة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="234"/>
        <source>Plain PDF</source>
        <translation type="unfinished">PDF عادي</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="36"/>
        <source>&amp;Safety mode: papers that do not say who wrote them</source>
        <translation type="unfinished">وضع السلامة(&amp;S): أوراق لا تذكر من كتبها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="39"/>
        <source>For organisations at risk. Exported PDFs and web pages leave out your organisation&apos;s name and acronym, and their metadata name no author or organisation. The file name offered for an export is neutral, such as %1. Review warns about personal names and anything else in the text that could identify you. The brief file itself still holds everything you typed: share it only with people you trust.</source>
        <translation type="unfinished">للمنظمات المعرَّضة للخطر. تحذف ملفات PDF وصفحات الويب المصدَّرة اسم منظمتك واختصارها، ولا تذكر بياناتها الوصفية أي مؤلف أو منظمة. ويكون اسم الملف المقترح للتصدير محايدًا، مثل %1. وتنبِّه خطوة «المراجعة والتصدير» إلى الأسماء الشخصية وأي شيء آخر في النص قد يكشف هويتك. أما ملف الورقة نفسه فيظل يتضمن كل ما كتبته: فلا تشاركه إلا مع أشخاص تثق بهم.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="51"/>
        <source>Leave out contact deta&amp;ils (yours and the co-signatories&apos;)</source>
        <translation type="unfinished">حذف بيانات الاتصال (بياناتك وبيانات الجهات الموقِّعة المشاركة)(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="53"/>
        <source>Leave o&amp;ut logos (yours, the brand kit&apos;s and the co-signatories&apos;)</source>
        <translation type="unfinished">حذف الشعارات (شعارك وشعار الهوية البصرية وشعارات الجهات الموقِّعة المشاركة)(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="57"/>
        <source>Safety mode</source>
        <translation type="unfinished">وضع السلامة</translation>
    </message>
</context>
<context>
    <name>SafetyStatus</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="93"/>
        <source>Safety mode on</source>
        <translation type="unfinished">وضع السلامة مفعَّل</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="95"/>
        <source>Exports leave out what names your organisation; Review warns about names in the text.</source>
        <translation type="unfinished">تحذف عمليات التصدير ما يدل على منظمتك؛ وتنبِّه خطوة «المراجعة والتصدير» إلى الأسماء الواردة في النص.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="32"/>
        <source>At the start</source>
        <extracomment>What the &quot;Placed&quot; choice says for each ``Section.after`` value, in ``SECTION_PLACES`` order.</extracomment>
        <translation type="unfinished">في البداية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="33"/>
        <source>After the summary</source>
        <translation type="unfinished">بعد الملخص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="34"/>
        <source>After the priorities</source>
        <translation type="unfinished">بعد الأولويات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="35"/>
        <source>After the asks</source>
        <translation type="unfinished">بعد المطالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="36"/>
        <source>After the key messages</source>
        <translation type="unfinished">بعد الرسائل الرئيسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="37"/>
        <source>After the recommendations</source>
        <translation type="unfinished">بعد التوصيات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="38"/>
        <source>After the pledges</source>
        <translation type="unfinished">بعد التعهدات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="39"/>
        <source>After the co-signatories</source>
        <translation type="unfinished">بعد الجهات الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="40"/>
        <source>At the end</source>
        <translation type="unfinished">في النهاية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="47"/>
        <source>Summar&amp;y:</source>
        <extracomment>The label of each fixed part&apos;s field in &quot;Your own headings&quot; (mnemonics chosen to be free on this page and in the window), and the accessible name of that field.</extracomment>
        <translation type="unfinished">الملخص(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="48"/>
        <source>Your heading for the summary</source>
        <translation type="unfinished">عنوانك للملخص</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="50"/>
        <source>Si&amp;nce the last review:</source>
        <translation type="unfinished">منذ الاستعراض السابق(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="51"/>
        <source>Your heading for what happened since the last review</source>
        <translation type="unfinished">عنوانك لما حدث منذ الاستعراض السابق</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="53"/>
        <source>Pr&amp;iorities:</source>
        <translation type="unfinished">الأولويات(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="54"/>
        <source>Your heading for the priorities</source>
        <translation type="unfinished">عنوانك للأولويات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="55"/>
        <source>As&amp;ks:</source>
        <translation type="unfinished">المطالب(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="56"/>
        <source>Your heading for the asks</source>
        <translation type="unfinished">عنوانك للمطالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="57"/>
        <source>Key &amp;messages:</source>
        <translation type="unfinished">الرسائل الرئيسية(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="58"/>
        <source>Your heading for the key messages</source>
        <translation type="unfinished">عنوانك للرسائل الرئيسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="59"/>
        <source>Rec&amp;ommendations:</source>
        <translation type="unfinished">التوصيات(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="60"/>
        <source>Your heading for the recommendations</source>
        <translation type="unfinished">عنوانك للتوصيات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="62"/>
        <source>P&amp;ledges:</source>
        <translation type="unfinished">التعهدات(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="63"/>
        <source>Your heading for the pledges</source>
        <translation type="unfinished">عنوانك للتعهدات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="64"/>
        <source>Co-signa&amp;tories:</source>
        <translation type="unfinished">الجهات الموقِّعة المشاركة(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="65"/>
        <source>Your heading for the co-signatories</source>
        <translation type="unfinished">عنوانك للجهات الموقِّعة المشاركة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="84"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="67"/>
        <source>Your own sections</source>
        <extracomment>The templates print the asks under the label &quot;aims_and_asks&quot;; every other part&apos;s label has the part&apos;s own name.</extracomment>
        <translation type="unfinished">أقسامك الخاصة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="85"/>
        <source>Add the parts only your organisation can write — a testimony, the situation in your country, how you gathered your evidence — and choose where each goes among the paper&apos;s fixed parts. You can also give the fixed parts headings of your own.</source>
        <translation type="unfinished">أضف الأجزاء التي لا تستطيع كتابتها إلا منظمتك — شهادة، أو الوضع في بلدك، أو الطريقة التي جمعت بها أدلتك — واختر موضع كل منها بين الأجزاء الثابتة للورقة. ويمكنك أيضًا إعطاء الأجزاء الثابتة عناوين من اختيارك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="116"/>
        <source>Sections</source>
        <translation type="unfinished">الأقسام</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="93"/>
        <source>Section heading</source>
        <translation type="unfinished">عنوان القسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="94"/>
        <source>e.g. What we see in detention</source>
        <translation type="unfinished">مثلًا: ما نراه في أماكن الاحتجاز</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="95"/>
        <source>Hea&amp;ding:</source>
        <translation type="unfinished">العنوان(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="96"/>
        <source>Section text</source>
        <translation type="unfinished">نص القسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="97"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">النص(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="99"/>
        <source>Where the section goes</source>
        <translation type="unfinished">موضع القسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="102"/>
        <source>Pla&amp;ced:</source>
        <translation type="unfinished">الموضع(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="104"/>
        <source>Sections placed at the same spot follow the order of the list.</source>
        <translation type="unfinished">الأقسام الموضوعة في الموضع نفسه تتبع ترتيب القائمة.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>Your &amp;sections:</source>
        <translation type="unfinished">أقسامك(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>&amp;Add section</source>
        <translation type="unfinished">إضافة قسم(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">نقل لأعلى(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">نقل لأسفل(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>No sections of your own yet.</source>
        <translation type="unfinished">لا توجد أقسام خاصة بك بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>section</source>
        <translation type="unfinished">القسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="128"/>
        <source>Your own headings</source>
        <translation type="unfinished">عناوينك الخاصة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="120"/>
        <source>A heading left empty keeps the template&apos;s, shown greyed in the field.</source>
        <translation type="unfinished">العنوان المتروك فارغًا يُبقي على عنوان القالب، المعروض باللون الرمادي في الحقل.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="141"/>
        <source>(no heading)</source>
        <translation type="unfinished">(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="159"/>
        <source>Template&apos;s heading</source>
        <translation type="unfinished">عنوان القالب</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="457"/>
        <location filename="../../briefwriter/gui/session.py" line="89"/>
        <source>Untitled brief</source>
        <translation type="unfinished">ورقة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="108"/>
        <source>Edit</source>
        <translation type="unfinished">تحرير</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="115"/>
        <source>Add item</source>
        <translation type="unfinished">إضافة عنصر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="124"/>
        <source>Remove item</source>
        <translation type="unfinished">إزالة عنصر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="131"/>
        <source>Move item</source>
        <translation type="unfinished">نقل عنصر</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="40"/>
        <source>Steps</source>
        <translation type="unfinished">الخطوات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="42"/>
        <source>The steps of writing a brief; each says whether it is empty, done or has warnings. Choose one to go to it.</source>
        <translation type="unfinished">خطوات كتابة الورقة؛ وتبيِّن كل خطوة ما إذا كانت فارغة أو مكتملة أو فيها تحذيرات. اختر إحداها للانتقال إليها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="71"/>
        <source>%1. %2</source>
        <translation type="unfinished">%1. %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="79"/>
        <source>done</source>
        <translation type="unfinished">مكتملة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="81"/>
        <source>has warnings</source>
        <translation type="unfinished">فيها تحذيرات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="82"/>
        <source>empty</source>
        <translation type="unfinished">فارغة</translation>
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
        <translation type="unfinished">تعذّرت قراءة الأمثلة من %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="110"/>
        <source>Some examples could not be read:
%1</source>
        <translation type="unfinished">تعذّرت قراءة بعض الأمثلة:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="113"/>
        <source>No examples were found in %1.</source>
        <translation type="unfinished">لم يُعثر على أي أمثلة في %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="126"/>
        <source>Arabic</source>
        <translation type="unfinished">العربية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="127"/>
        <source>Chinese</source>
        <translation type="unfinished">الصينية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="128"/>
        <source>English</source>
        <translation type="unfinished">الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="129"/>
        <source>French</source>
        <translation type="unfinished">الفرنسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="130"/>
        <source>Russian</source>
        <translation type="unfinished">الروسية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="131"/>
        <source>Spanish</source>
        <translation type="unfinished">الإسبانية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="161"/>
        <source>Welcome to BriefWriter</source>
        <translation type="unfinished">مرحبًا بك في BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="168"/>
        <source>BriefWriter walks you through a briefing paper on the Global Compact for Migration, step by step, and shows the finished paper as you type. Start a new brief, or look at an example first: it opens as an untitled copy, so you can change anything.</source>
        <translation type="unfinished">يرشدك BriefWriter خطوة بخطوة في إعداد ورقة إحاطة بشأن الاتفاق العالمي من أجل الهجرة، ويعرض الورقة النهائية أثناء الكتابة. ابدأ ورقة جديدة، أو اطّلع على مثال أولًا: يُفتح المثال نسخةً بلا عنوان، فيمكنك تغيير ما تشاء فيها.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="176"/>
        <source>Start a &amp;new brief</source>
        <translation type="unfinished">بدء ورقة جديدة(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="177"/>
        <source>An empty brief; the list of steps shows the way</source>
        <translation type="unfinished">ورقة فارغة، وقائمة الخطوات ترشدك</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="180"/>
        <source>&amp;Open a brief…</source>
        <translation type="unfinished">فتح ورقة(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="181"/>
        <source>Choose a brief file on this computer</source>
        <translation type="unfinished">اختيار ملف ورقة على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="183"/>
        <source>Read the &amp;getting-started guide</source>
        <translation type="unfinished">قراءة دليل بدء الاستخدام(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="184"/>
        <source>What each step is for, and the keys that move between them</source>
        <translation type="unfinished">الغرض من كل خطوة، والمفاتيح التي تنقلك بينها</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="192"/>
        <source>Examples</source>
        <translation type="unfinished">الأمثلة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="193"/>
        <source>Each example opens as an untitled copy; the example itself is never changed</source>
        <translation type="unfinished">يُفتح كل مثال نسخةً بلا عنوان؛ ولا يتغير المثال نفسه أبدًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="197"/>
        <source>&amp;Examples:</source>
        <translation type="unfinished">الأمثلة(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="201"/>
        <source>Open a cop&amp;y of the example</source>
        <translation type="unfinished">فتح نسخة من المثال(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="205"/>
        <source>Recent briefs</source>
        <translation type="unfinished">الأوراق الحديثة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="209"/>
        <source>&amp;Recent briefs:</source>
        <translation type="unfinished">الأوراق الحديثة(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="211"/>
        <source>No recent briefs yet.</source>
        <translation type="unfinished">لا توجد أوراق حديثة بعد.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="214"/>
        <source>O&amp;pen the recent brief</source>
        <translation type="unfinished">فتح الورقة الحديثة(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="235"/>
        <source>&amp;Show this at start-up</source>
        <translation type="unfinished">عرض هذه الشاشة عند بدء التشغيل(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="253"/>
        <source>Reading the examples…</source>
        <translation type="unfinished">جارٍ قراءة الأمثلة…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="254"/>
        <source>Looking for your recent briefs…</source>
        <translation type="unfinished">جارٍ البحث عن أوراقك الحديثة…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="309"/>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="314"/>
        <source>%1, in %2, template %3</source>
        <translation type="unfinished">%1، %2، القالب %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="329"/>
        <source>%1, in %2</source>
        <translation type="unfinished">%1، في %2</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="76"/>
        <source>a link, not a file of the pack</source>
        <extracomment>what a pack&apos;s editable files end with; everything else (images, fonts) is an asset</extracomment>
        <translation type="unfinished">رابط، وليس ملفًا من الحزمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="89"/>
        <source>larger than %1 kB</source>
        <translation type="unfinished">أكبر من %1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="92"/>
        <source>not a regular file</source>
        <translation type="unfinished">ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="99"/>
        <source>not UTF-8 text (line %1)</source>
        <translation type="unfinished">ليس نصًّا بترميز UTF-8 (السطر %1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="28"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished">تعذّر إنشاء المعاينة.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="121"/>
        <source>Pack files</source>
        <extracomment>brief edits are let pause this long before the pack&apos;s preview is made again</extracomment>
        <translation type="unfinished">ملفات الحزمة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="123"/>
        <source>&amp;Files</source>
        <translation type="unfinished">الملفات(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="135"/>
        <source>Bundled templates cannot be changed — Customise… makes your own copy</source>
        <translation type="unfinished">لا يمكن تغيير القوالب المضمَّنة — يُنشئ «تخصيص…» نسختك الخاصة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="137"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">تخصيص(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="138"/>
        <source>Customise this template</source>
        <translation type="unfinished">تخصيص هذا القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="149"/>
        <source>Preview of the brief with this template</source>
        <translation type="unfinished">معاينة الورقة بهذا القالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="152"/>
        <source>P&amp;roblems</source>
        <translation type="unfinished">المشكلات(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="169"/>
        <source>Resize the file list and the editor</source>
        <translation type="unfinished">تغيير حجم قائمة الملفات والمحرر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="170"/>
        <source>Resize the editor and the preview</source>
        <translation type="unfinished">تغيير حجم المحرر والمعاينة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="171"/>
        <source>Resize the editor and the problems</source>
        <translation type="unfinished">تغيير حجم المحرر وقائمة المشكلات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="175"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="308"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished">السطر %1، العمود %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="179"/>
        <source>Resize the window</source>
        <translation type="unfinished">تغيير حجم النافذة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="204"/>
        <source>&amp;Save</source>
        <translation type="unfinished">حفظ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="205"/>
        <source>Save A&amp;ll</source>
        <translation type="unfinished">حفظ الكل(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="207"/>
        <source>C&amp;heck Now</source>
        <translation type="unfinished">التحقق الآن(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="209"/>
        <source>&amp;Close</source>
        <translation type="unfinished">إغلاق(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="211"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">تراجع(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="213"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">إعادة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="215"/>
        <source>&amp;Find…</source>
        <translation type="unfinished">بحث(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="217"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished">استبدال(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="219"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished">انتقال إلى سطر(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished">ملف(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">تحرير(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="242"/>
        <source>%1 (not editable: %2)</source>
        <translation type="unfinished">%1 (غير قابل للتحرير: %2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="243"/>
        <source>an asset</source>
        <translation type="unfinished">مورد</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="253"/>
        <source>The template&apos;s files could not be read: %1</source>
        <translation type="unfinished">تعذّرت قراءة ملفات القالب: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="269"/>
        <source>Text of %1</source>
        <translation type="unfinished">نص %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="272"/>
        <source>%1 cannot be edited here (%2).</source>
        <translation type="unfinished">لا يمكن تحرير %1 هنا (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="273"/>
        <source>an image, font or other asset</source>
        <translation type="unfinished">صورة أو خط أو مورد آخر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="285"/>
        <source>%1[*] — Template workshop</source>
        <translation type="unfinished">%1[*] — ورشة القوالب</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="313"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="319"/>
        <source>Saving…</source>
        <translation type="unfinished">جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="323"/>
        <source>Saved %1.</source>
        <translation type="unfinished">تم حفظ %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="336"/>
        <source>The file could not be saved</source>
        <translation type="unfinished">تعذّر حفظ الملف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="355"/>
        <source>The template could not be checked: %1</source>
        <translation type="unfinished">تعذّر التحقق من القالب: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="395"/>
        <source>Go to Line</source>
        <translation type="unfinished">الانتقال إلى سطر</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="396"/>
        <source>&amp;Line (1 to %1):</source>
        <translation type="unfinished">السطر(&amp;L) (من 1 إلى %1):</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="80"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished">تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="81"/>
        <source>Do you want to save the changes to “%1”?

If you don&apos;t save them, your changes will be lost.</source>
        <translation type="unfinished">هل تريد حفظ التغييرات في «%1»؟

إذا لم تحفظها، ستفقد تغييراتك.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="120"/>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 الساعة %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="128"/>
        <source>never saved</source>
        <translation type="unfinished">لم تُحفظ قط</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="129"/>
        <source>Untitled brief</source>
        <translation type="unfinished">ورقة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="130"/>
        <source>BriefWriter did not close properly. A recovery copy of “%1” (%2) was found</source>
        <translation type="unfinished">لم يُغلَق BriefWriter بشكل سليم. عُثر على نسخة استرداد من «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="133"/>
        <source>, saved %1</source>
        <translation type="unfinished">، حُفظت في %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="141"/>
        <source>Recover Unsaved Work?</source>
        <translation type="unfinished">هل تريد استرداد العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="143"/>
        <source>Recover opens it with its changes marked as unsaved; your own file is not changed until you save. Discard deletes the copy. Later keeps it for the next start.</source>
        <translation type="unfinished">يفتحها «استرداد» مع تمييز تغييراتها بوصفها غير محفوظة؛ ولا يتغير ملفك إلى أن تحفظ. ويحذف «تجاهل» النسخة. ويحتفظ بها «لاحقًا» لبدء التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="147"/>
        <source>&amp;Recover</source>
        <translation type="unfinished">استرداد(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="148"/>
        <source>&amp;Discard</source>
        <translation type="unfinished">تجاهل(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="150"/>
        <source>&amp;Later</source>
        <translation type="unfinished">لاحقًا(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="171"/>
        <source>You can save the brief under another name or in another folder.</source>
        <translation type="unfinished">يمكنك حفظ الورقة باسم آخر أو في مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="173"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">حفظ باسم(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="346"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="210"/>
        <source>Briefs (*.brief.yaml)</source>
        <translation type="unfinished">ملفات الأوراق (*.brief.yaml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="347"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="211"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished">ملفات YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="348"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="212"/>
        <source>All files (*)</source>
        <translation type="unfinished">جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="216"/>
        <source>Open Brief</source>
        <translation type="unfinished">فتح ورقة</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="223"/>
        <source>Save Brief As</source>
        <translation type="unfinished">حفظ الورقة باسم</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="237"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;بدء الاستخدام&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="238"/>
        <source>&lt;p&gt;BriefWriter walks you through a briefing paper step by step. The list on the left shows them in order, with a mark for each: an empty circle for a step not started, a tick when it is done, and a warning sign when something needs a look. You can go to any step at any time.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;يرشدك BriefWriter خطوة خطوة في إعداد ورقة إحاطة. وتعرض القائمة الجانبية الخطوات بالترتيب، مع علامة لكل منها: دائرة فارغة للخطوة التي لم تبدأ بعد، وعلامة صح عند اكتمالها، وعلامة تحذير عندما يحتاج أمر ما إلى نظرة. ويمكنك الانتقال إلى أي خطوة في أي وقت.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="243"/>
        <source>&lt;p&gt;&lt;b&gt;Start with who you are and what the paper is for.&lt;/b&gt; Organisation takes your name, country and contact; Occasion and audience asks which process or event the paper is for (the IMRF, a regional review, a Human Rights Council session or your own) and who will read it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;ابدأ بالتعريف بنفسك وبالغرض من الورقة.&lt;/b&gt; تأخذ خطوة «المنظمة» اسمك وبلدك وبيانات الاتصال بك؛ وتسأل خطوة «المناسبة والجمهور» عن العملية أو الفعالية التي تُعَدّ لها الورقة (منتدى استعراض الهجرة الدولية، أو استعراض إقليمي، أو دورة لمجلس حقوق الإنسان، أو فعالية خاصة بك) وعمّن سيقرؤها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Name your priorities in your own words.&lt;/b&gt; Suggestions drawn from civil-society guidance are there if they help. Then, in Link to the GCM, tick the guiding principles, objectives and lettered actions of the Global Compact that each priority relates to. Search for words such as “detention” or “children” to find them quickly.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;سمِّ أولوياتك بكلماتك الخاصة.&lt;/b&gt; تتوفر اقتراحات مستمدة من إرشادات المجتمع المدني إن كانت مفيدة. ثم، في خطوة «الربط بالاتفاق العالمي»، ضع علامة على المبادئ التوجيهية والأهداف والإجراءات المرقَّمة بالحروف في الاتفاق العالمي التي تتصل بها كل أولوية. ابحث عن كلمات مثل «detention» أو «children» (النص المدمج للاتفاق بالإنكليزية) للعثور عليها بسرعة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Say what you want to achieve.&lt;/b&gt; Pick engagement aims and turn each into a concrete ask: who should do what, by when. Add your key messages, recommendations, evidence with sources, pledges and co-signatories.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;حدِّد ما تريد تحقيقه.&lt;/b&gt; اختر غايات للمشاركة وحوِّل كلًّا منها إلى مطلب محدد: من ينبغي أن يفعل ماذا، ومتى. وأضف رسائلك الرئيسية وتوصياتك وأدلتك مع مصادرها وتعهداتك والجهات الموقِّعة المشاركة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="258"/>
        <source>&lt;p&gt;&lt;b&gt;Watch the paper take shape.&lt;/b&gt; The pane on the right shows the real PDF and updates a moment after you stop typing. Choose a template and adjust the look in Template and look.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;شاهد الورقة وهي تتشكل.&lt;/b&gt; يعرض جزء المعاينة ملف PDF الفعلي ويُحدَّث بعد لحظة من توقفك عن الكتابة. اختر قالبًا واضبط المظهر في خطوة «القالب والمظهر».&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="262"/>
        <source>&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Review and export lists anything worth checking; choose an item to jump to the field. Then export an accessible PDF (or HTML) with File ▸ Export PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;صدِّر الورقة.&lt;/b&gt; تسرد خطوة «المراجعة والتصدير» كل ما يستحق التحقق؛ اختر عنصرًا للانتقال إلى الحقل. ثم صدِّر ملف PDF ميسَّر الوصول (أو HTML) من ملف ▸ تصدير بصيغة PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Your work is kept safe.&lt;/b&gt; Save with Ctrl+S: briefs are readable text files you can reopen next year or share with partners. Every change can be undone with Ctrl+Z, and a recovery copy is kept while you work, so a crash does not cost you your text.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;عملك في أمان.&lt;/b&gt; احفظ باستخدام Ctrl+S: فالأوراق ملفات نصية مقروءة يمكنك إعادة فتحها في العام المقبل أو مشاركتها مع الشركاء. ويمكن التراجع عن كل تغيير باستخدام Ctrl+Z، وتُحفظ نسخة استرداد أثناء عملك، فلا يضيع نصك إذا تعطل البرنامج.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="271"/>
        <source>&lt;p&gt;Everything works from the keyboard: Tab moves between fields, Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous and next step, and F1 opens this guide again.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;كل شيء يعمل من لوحة المفاتيح: ينقلك Tab بين الحقول، وينقلك Alt+السهم الأيسر وAlt+السهم الأيمن (أو Ctrl+Page Up وCtrl+Page Down) إلى الخطوة السابقة والتالية، ويعيد F1 فتح هذا الدليل.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="300"/>
        <source>Getting Started with BriefWriter</source>
        <translation type="unfinished">بدء استخدام BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="317"/>
        <source>&lt;p&gt;The GCM data could not be loaded: %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;تعذّر تحميل بيانات الاتفاق العالمي: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="320"/>
        <source>%1 of %2 verified</source>
        <translation type="unfinished">تم التحقق من %1 من أصل %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="322"/>
        <source>Guiding principles</source>
        <translation type="unfinished">المبادئ التوجيهية</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="324"/>
        <source>Objective titles</source>
        <translation type="unfinished">عناوين الأهداف</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="326"/>
        <source>Commitments</source>
        <translation type="unfinished">الالتزامات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="327"/>
        <source>%1 verified, %2 partly verified, of %3</source>
        <translation type="unfinished">%1 متحقق منها، و%2 متحقق منها جزئيًا، من أصل %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="330"/>
        <source>Actions</source>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="331"/>
        <source>%1 verified, %2 partly verified, %3 not yet verified, of %4</source>
        <translation type="unfinished">%1 متحقق منها، و%2 متحقق منها جزئيًا، و%3 لم يُتحقق منها بعد، من أصل %4</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="342"/>
        <source>&lt;p&gt;“Verified” means every word was compared with the final text of %1. Wording not yet verified is flagged in the app and, if you choose, in the PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;تعني «متحقق منه» أن كل كلمة قد قوبلت بالنص النهائي للقرار %1. وتُميَّز الصيغ التي لم يُتحقق منها بعد بعلامة في التطبيق، وفي ملف PDF إن اخترت ذلك.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="348"/>
        <source>&lt;h3&gt;The Global Compact for Migration text&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;نص الاتفاق العالمي من أجل الهجرة&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="350"/>
        <source>&lt;p&gt;&lt;b&gt;Text in use:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;النص المستخدم:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="354"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;المصادر&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="366"/>
        <source>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Write briefing papers on migrants&apos; rights that cite the Global Compact for Migration, and export accessible PDFs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;اكتب أوراق إحاطة بشأن حقوق المهاجرين تستشهد بالاتفاق العالمي من أجل الهجرة، وصدِّرها ملفات PDF ميسَّرة الوصول.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="370"/>
        <source>&lt;p&gt;Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;الشيفرة: GPL-3.0-or-later. الخطوط: Noto، بترخيص SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="397"/>
        <source>About BriefWriter</source>
        <translation type="unfinished">حول BriefWriter</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../briefwriter/gui/i18n.py" line="42"/>
        <source>System default</source>
        <extracomment>Languages written right to left (the UI mirrors for them). The six UN languages of the interface, named in themselves, in the UN&apos;s order. Our translators&apos; object name: how ``apply_language`` finds those it installed before.</extracomment>
        <translation type="unfinished">افتراضي النظام</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="337"/>
        <source>Could Not Recover</source>
        <translation type="unfinished">تعذّر الاسترداد</translation>
    </message>
</context>
</TS>
