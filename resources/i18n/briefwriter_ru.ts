<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Addressees</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="40"/>
        <source>Member States</source>
        <translation type="unfinished">Государства-члены</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="41"/>
        <source>Our government</source>
        <translation type="unfinished">Наше правительство</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="42"/>
        <source>Parliaments</source>
        <translation type="unfinished">Парламенты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="43"/>
        <source>IOM</source>
        <translation type="unfinished">МОМ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="44"/>
        <source>OHCHR</source>
        <translation type="unfinished">УВКПЧ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="45"/>
        <source>UNHCR</source>
        <translation type="unfinished">УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="46"/>
        <source>The UN Network on Migration</source>
        <translation type="unfinished">Сеть ООН по миграции</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="47"/>
        <source>Local authorities</source>
        <translation type="unfinished">Местные органы власти</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="48"/>
        <source>National human rights institutions</source>
        <translation type="unfinished">Национальные правозащитные учреждения</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="49"/>
        <source>Civil-society organisations</source>
        <translation type="unfinished">Организации гражданского общества</translation>
    </message>
</context>
<context>
    <name>AimsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="62"/>
        <source>who</source>
        <translation type="unfinished">кто</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="64"/>
        <source>what</source>
        <translation type="unfinished">что</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="66"/>
        <source>by when</source>
        <translation type="unfinished">к какому сроку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="75"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="61"/>
        <source>Engagement aims and asks</source>
        <translation type="unfinished">Задачи участия и требования</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="76"/>
        <source>What do you want to achieve by engaging? Choose from the twelve common aims or write your own, then turn each into a concrete ask: who should do what, by when.</source>
        <translation type="unfinished">Чего вы хотите добиться своим участием? Выберите одну из двенадцати типичных задач или сформулируйте свою, а затем превратите каждую в конкретное требование: кто, что и к какому сроку должен сделать.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="86"/>
        <source>Aim</source>
        <translation type="unfinished">Задача</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="87"/>
        <source>Choose an aim or type your own</source>
        <translation type="unfinished">Выберите задачу или введите свою</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="89"/>
        <source>&amp;Aim:</source>
        <translation type="unfinished">&amp;Задача:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="97"/>
        <source>&amp;Who should act:</source>
        <translation type="unfinished">&amp;Кто должен действовать:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="103"/>
        <source>W&amp;hat they should do:</source>
        <translation type="unfinished">&amp;Что нужно сделать:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="107"/>
        <source>The ask</source>
        <translation type="unfinished">Требование</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="93"/>
        <source>Who should act</source>
        <translation type="unfinished">Кто должен действовать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="95"/>
        <source>e.g. Member States</source>
        <translation type="unfinished">например, государства-члены</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="98"/>
        <source>What they should do</source>
        <translation type="unfinished">Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="99"/>
        <source>e.g. adopt a national GCM implementation plan with civil society</source>
        <translation type="unfinished">например, принять национальный план осуществления ГДМ совместно с гражданским обществом</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="104"/>
        <source>By when</source>
        <translation type="unfinished">К какому сроку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="105"/>
        <source>e.g. before the IMRF 2026</source>
        <translation type="unfinished">например, до Международного форума по обзору миграции 2026 года</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="106"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>&amp;Aims:</source>
        <translation type="unfinished">Зад&amp;ачи:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>Add your o&amp;wn aim</source>
        <translation type="unfinished">Добавить св&amp;ою задачу</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="117"/>
        <source>No aims yet: choose from the twelve aims or add your own.</source>
        <translation type="unfinished">Задач пока нет: выберите одну из двенадцати задач или добавьте свою.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>aim</source>
        <translation type="unfinished">задачу</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="122"/>
        <source>Choose from the &amp;twelve aims…</source>
        <translation type="unfinished">Выбрать из &amp;двенадцати задач…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="123"/>
        <source>Add an aim from the twelve aims</source>
        <translation type="unfinished">Добавить одну из двенадцати задач</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="134"/>
        <source>(no aim yet)</source>
        <translation type="unfinished">(задача пока не указана)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="141"/>
        <source> — ask incomplete</source>
        <translation type="unfinished"> — требование неполное</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="146"/>
        <source>The ask is complete.</source>
        <translation type="unfinished">Требование заполнено полностью.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="147"/>
        <source>The ask is missing: %1.</source>
        <translation type="unfinished">В требовании не указано: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="180"/>
        <source>✓ This ask is complete.</source>
        <translation type="unfinished">✓ Это требование заполнено полностью.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="181"/>
        <source>⚠ This ask is incomplete: add %1.</source>
        <translation type="unfinished">⚠ Это требование неполное: укажите, %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="186"/>
        <source>Choose an engagement aim</source>
        <translation type="unfinished">Выбрать задачу участия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="187"/>
        <source>The twelve aims organisations commonly pursue when engaging with the Global Compact reviews. You will turn the aim into a concrete ask next.</source>
        <translation type="unfinished">Двенадцать задач, которые организации обычно ставят перед собой, участвуя в обзорах Глобального договора. Затем вы превратите выбранную задачу в конкретное требование.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="192"/>
        <source>Add aim</source>
        <translation type="unfinished">добавление задачи</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="157"/>
        <source>Could not create the recovery folder %1: %2</source>
        <translation type="unfinished">Не удалось создать папку для копий восстановления %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="162"/>
        <source>Could not lock the recovery file %1.</source>
        <translation type="unfinished">Не удалось заблокировать файл восстановления %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="219"/>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished">Не удалось записать копию для восстановления: %1</translation>
    </message>
</context>
<context>
    <name>BoundField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/bound.py" line="96"/>
        <source>Edit %1</source>
        <translation type="unfinished">изменение поля «%1»</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="71"/>
        <source>Brand Kit</source>
        <extracomment>the kit was saved or imported (the path of its folder) the kit on disk was read and the fields show it</extracomment>
        <translation type="unfinished">Фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="72"/>
        <source>Brand kit</source>
        <translation type="unfinished">Фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="79"/>
        <source>Your organisation&apos;s house style, used for every brief and template. A brief&apos;s own look choices (a colour, font or paper other than the default) win over it.</source>
        <translation type="unfinished">Фирменный стиль вашей организации, который применяется ко всем запискам и шаблонам. Собственные настройки оформления записки (цвет, шрифт или бумага, отличные от стандартных) перекрывают его.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="83"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="90"/>
        <source>Logo preview</source>
        <translation type="unfinished">Предпросмотр логотипа</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="91"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="93"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">&amp;Удалить логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="102"/>
        <source>Logo:</source>
        <translation type="unfinished">Логотип:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>P&amp;rimary colour:</source>
        <translation type="unfinished">&amp;Основной цвет:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>Primary colour</source>
        <translation type="unfinished">Основной цвет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">&amp;Акцентный цвет:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>Accent colour</source>
        <translation type="unfinished">Акцентный цвет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>&amp;Text colour:</source>
        <translation type="unfinished">&amp;Цвет текста:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>Text colour</source>
        <translation type="unfinished">Цвет текста</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="115"/>
        <source>template&apos;s own</source>
        <translation type="unfinished">как в шаблоне</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="116"/>
        <source>%1, hexadecimal</source>
        <translation type="unfinished">%1, шестнадцатеричный код</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="118"/>
        <source>Choose…</source>
        <translation type="unfinished">Выбрать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="119"/>
        <source>Choose %1</source>
        <translation type="unfinished">Выбрать: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="135"/>
        <source>&amp;Heading font:</source>
        <translation type="unfinished">Шрифт за&amp;головков:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="136"/>
        <source>&amp;Body font:</source>
        <translation type="unfinished">Шрифт основного &amp;текста:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="137"/>
        <source>Add font &amp;file…</source>
        <translation type="unfinished">Добавить &amp;файл шрифта…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="139"/>
        <source>Your own font (.ttf, .otf, .woff or .woff2). It must draw every basic Latin letter.</source>
        <translation type="unfinished">Ваш собственный шрифт (.ttf, .otf, .woff или .woff2). В нём должны быть все базовые латинские буквы.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="152"/>
        <source>e.g. the network&apos;s name, address, website</source>
        <translation type="unfinished">например, название, адрес и сайт сети</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="153"/>
        <source>Footer l&amp;ine:</source>
        <translation type="unfinished">Строка нижнего &amp;колонтитула:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>The brief&apos;s own</source>
        <translation type="unfinished">Как в записке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="156"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">US Letter (8,5 × 11 дюйм.)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="158"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="161"/>
        <source>Brand kit status</source>
        <translation type="unfinished">Состояние фирменного стиля</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="163"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">&amp;Импортировать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="165"/>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Экспортировать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="167"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="169"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="171"/>
        <source>Use a brand kit file a partner sent you</source>
        <translation type="unfinished">Использовать файл фирменного стиля, присланный партнёром</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="172"/>
        <source>Save the brand kit as a file to share</source>
        <translation type="unfinished">Сохранить фирменный стиль в файл, чтобы поделиться им</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="193"/>
        <source>No brand kit yet: fill in the fields and press Save.</source>
        <translation type="unfinished">Фирменного стиля пока нет: заполните поля и нажмите «Сохранить».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="196"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="363"/>
        <source>Saved in %1</source>
        <translation type="unfinished">Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="205"/>
        <source>The saved brand kit cannot be used; saving replaces it.
%1</source>
        <translation type="unfinished">Сохранённый фирменный стиль нельзя использовать; при сохранении он будет заменён.
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="233"/>
        <source>The template&apos;s own</source>
        <translation type="unfinished">Как в шаблоне</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="234"/>
        <source>%1 (bundled)</source>
        <translation type="unfinished">%1 (встроенный)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="235"/>
        <source>%1 (your font file)</source>
        <translation type="unfinished">%1 (ваш файл шрифта)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="243"/>
        <source>%1 (%2, weight %3)</source>
        <translation type="unfinished">%1 (%2, насыщенность %3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="245"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="428"/>
        <source>Font files: %1</source>
        <translation type="unfinished">Файлы шрифтов: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="246"/>
        <source>No font files of your own yet.</source>
        <translation type="unfinished">Собственных файлов шрифтов пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="253"/>
        <source>No logo</source>
        <translation type="unfinished">Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="282"/>
        <source>Choose a colour</source>
        <translation type="unfinished">Выбрать цвет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="289"/>
        <source>Choose the Logo</source>
        <translation type="unfinished">Выбрать логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="290"/>
        <source>Images (%1)</source>
        <translation type="unfinished">Изображения (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="301"/>
        <source>This image cannot be the logo</source>
        <translation type="unfinished">Это изображение нельзя использовать как логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="309"/>
        <source>Add a Font File</source>
        <translation type="unfinished">Добавить файл шрифта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="310"/>
        <source>Fonts (%1)</source>
        <translation type="unfinished">Шрифты (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="326"/>
        <source>Added the font “%1”; press Save to keep it.</source>
        <translation type="unfinished">Шрифт «%1» добавлен; нажмите «Сохранить», чтобы сохранить его.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="330"/>
        <source>This font cannot be used</source>
        <translation type="unfinished">Этот шрифт нельзя использовать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="348"/>
        <source>Brand kit not saved</source>
        <translation type="unfinished">Фирменный стиль не сохранён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="349"/>
        <source>“%1” is not a whole colour: write six hexadecimal digits, as #1d5c8c, or leave the field empty.</source>
        <translation type="unfinished">«%1» — неполный код цвета: введите шесть шестнадцатеричных цифр, например #1d5c8c, или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="369"/>
        <source>The brand kit was not saved; the previous one is unchanged</source>
        <translation type="unfinished">Фирменный стиль не сохранён; предыдущий остался без изменений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="376"/>
        <source>Export Brand Kit</source>
        <translation type="unfinished">Экспортировать фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="377"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="396"/>
        <source>Brand kits (%1)</source>
        <translation type="unfinished">Файлы фирменного стиля (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="385"/>
        <source>Brand kit exported</source>
        <translation type="unfinished">Фирменный стиль экспортирован</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="386"/>
        <source>The brand kit was saved as %1. A partner uses it with Tools ▸ Brand Kit… ▸ Import.</source>
        <translation type="unfinished">Фирменный стиль сохранён как %1. Партнёр может применить его через Инструменты ▸ Фирменный стиль… ▸ Импортировать.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="391"/>
        <source>The brand kit was not exported</source>
        <translation type="unfinished">Фирменный стиль не экспортирован</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="395"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="402"/>
        <source>Import Brand Kit</source>
        <translation type="unfinished">Импортировать фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="403"/>
        <source>&amp;Replace My Brand Kit</source>
        <translation type="unfinished">&amp;Заменить мой фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="409"/>
        <source>Imported from %1</source>
        <translation type="unfinished">Импортировано из %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="413"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="416"/>
        <source>The brand kit was not imported; nothing was changed</source>
        <translation type="unfinished">Фирменный стиль не импортирован; ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="421"/>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="422"/>
        <source>%1 holds the brand kit “%2”:</source>
        <translation type="unfinished">%1 содержит фирменный стиль «%2»:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="423"/>
        <source>unnamed</source>
        <translation type="unfinished">без названия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="424"/>
        <source>Colours: primary %1, accent %2, text %3</source>
        <translation type="unfinished">Цвета: основной %1, акцентный %2, текст %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="426"/>
        <source>Fonts: headings %1, body %2</source>
        <translation type="unfinished">Шрифты: заголовки %1, основной текст %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="430"/>
        <source>Logo: %1</source>
        <translation type="unfinished">Логотип: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="431"/>
        <source>Footer line: %1</source>
        <translation type="unfinished">Строка нижнего колонтитула: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="432"/>
        <source>Paper: %1</source>
        <translation type="unfinished">Бумага: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="433"/>
        <source>It replaces your brand kit.</source>
        <translation type="unfinished">Он заменит ваш фирменный стиль.</translation>
    </message>
</context>
<context>
    <name>CatalogueChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="155"/>
        <source>e.g. Regional economic commissions</source>
        <translation type="unfinished">например, региональные экономические комиссии</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="157"/>
        <source>Add your o&amp;wn:</source>
        <translation type="unfinished">&amp;Свой вариант:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="158"/>
        <source>A&amp;dd</source>
        <translation type="unfinished">&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="159"/>
        <source>Add your own entry</source>
        <translation type="unfinished">Добавить свой вариант</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="161"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="162"/>
        <source>Remove the selected own entry</source>
        <translation type="unfinished">Удалить выбранный собственный вариант</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="205"/>
        <source>%1 (your own)</source>
        <translation type="unfinished">%1 (ваш вариант)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="210"/>
        <source>Your own entry: untick it or press Remove to drop it.</source>
        <translation type="unfinished">Ваш собственный вариант: снимите флажок или нажмите «Удалить», чтобы убрать его.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="238"/>
        <source>Add %1</source>
        <translation type="unfinished">добавление в список «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="247"/>
        <source>Remove %1</source>
        <translation type="unfinished">удаление из списка «%1»</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="292"/>
        <source>%1 (already added)</source>
        <translation type="unfinished">%1 (уже добавлено)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="297"/>
        <source>&amp;Suggestions:</source>
        <translation type="unfinished">&amp;Предложенные варианты:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="304"/>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Добавить</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="62"/>
        <source>— Choose —</source>
        <translation type="unfinished">— Выберите —</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="71"/>
        <source>%1 in your own words</source>
        <translation type="unfinished">%1 своими словами</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="73"/>
        <source>Describe it in your own words</source>
        <translation type="unfinished">Опишите своими словами</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="110"/>
        <source>Edit %1</source>
        <translation type="unfinished">изменение поля «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="116"/>
        <source>Choose %1</source>
        <translation type="unfinished">выбор значения «%1»</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="20"/>
        <source>a guiding principle</source>
        <translation type="unfinished">руководящий принцип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="21"/>
        <source>an objective</source>
        <translation type="unfinished">цель</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="22"/>
        <source>an action</source>
        <translation type="unfinished">действие</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="57"/>
        <source>it names {citation}, which is not {kind}</source>
        <translation type="unfinished">в ссылке указан {citation}, а это не {kind}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="65"/>
        <source>{name} links to {ref}, which is not in the GCM: {reason}. Remove it, or pick the right item in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name} ссылается на {ref}, но такого элемента в ГДМ нет: {reason}. Удалите ссылку или выберите правильный элемент на шаге «Связь с ГДМ».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="87"/>
        <source>The PDF marks this wording.</source>
        <translation type="unfinished">В PDF эта формулировка помечена.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="89"/>
        <source>Marking it in the PDF is turned off in the look settings.</source>
        <translation type="unfinished">Пометка в PDF отключена в настройках оформления.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="94"/>
        <source>The GCM item this brief links ({items}) uses wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">Элемент ГДМ, с которым связана эта записка ({items}), использует формулировку, ещё не сверенную дословно с окончательным текстом резолюции (A/RES/73/195). {marked} Перед публикацией сравните её с официальным текстом.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="101"/>
        <source>All {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">Все элементы ГДМ, с которыми связана эта записка (всего {total}: {items}), используют формулировки, ещё не сверенные дословно с окончательным текстом резолюции (A/RES/73/195). {marked} Перед публикацией сравните их с официальным текстом.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="108"/>
        <source>{count} of the {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">Из элементов ГДМ, с которыми связана эта записка ({items}), {count} из {total} используют формулировки, ещё не сверенные дословно с окончательным текстом резолюции (A/RES/73/195). {marked} Перед публикацией сравните их с официальным текстом.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="79"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion. Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}: значение {value} похоже на опечатку в предложенном варианте. Выберите его заново из списка или напишите своими словами.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="85"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion: did you mean {suggestion}? Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}: значение {value} похоже на опечатку в предложенном варианте. Возможно, вы имели в виду {suggestion}? Выберите его заново из списка или напишите своими словами.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="120"/>
        <source>The brief has no title yet: give it one.</source>
        <translation type="unfinished">У записки пока нет заголовка: добавьте его.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="129"/>
        <source>Your organisation&apos;s name is missing: add it in the organisation step so readers know who is speaking.</source>
        <translation type="unfinished">Не указано название вашей организации: добавьте его на шаге «Организация», чтобы читатели знали, кто выступает.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="140"/>
        <source>The process</source>
        <translation type="unfinished">Процесс</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="144"/>
        <location filename="../../briefwriter/core/check_text.py" line="253"/>
        <source>Audience {number}</source>
        <translation type="unfinished">Аудитория {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="151"/>
        <source>The brief has no summary yet: say in two or three sentences what you ask for and why.</source>
        <translation type="unfinished">В записке пока нет резюме: в двух-трёх предложениях скажите, чего вы просите и почему.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Arabic</source>
        <translation type="unfinished">арабский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Chinese</source>
        <translation type="unfinished">китайский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>French</source>
        <translation type="unfinished">французский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>Russian</source>
        <translation type="unfinished">русский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="132"/>
        <source>Spanish</source>
        <translation type="unfinished">испанский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="146"/>
        <source>This brief is in {language} but quotes the English text of the GCM, and the paper says so. To quote the official {language} text, import it: Help ▸ Check the GCM Text Against the Official Document…</source>
        <translation type="unfinished">Язык этой записки — {language}, но в ней цитируется английский текст ГДМ, и в записке это указано. Чтобы цитировать официальный текст (язык: {language}), импортируйте его: Справка ▸ Сверить текст ГДМ с официальным документом…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="156"/>
        <source>The GCM has no official edition in this brief&apos;s language: the paper quotes its English text and says so.</source>
        <translation type="unfinished">У ГДМ нет официальной редакции на языке этой записки: в записке цитируется английский текст, и это указано.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="175"/>
        <source>BriefWriter does not hold the whole text of {items}: the PDF cites it and says “Text not included: see A/RES/73/195” instead of quoting it.</source>
        <translation type="unfinished">В BriefWriter нет полного текста следующих элементов: {items}. В PDF вместо цитаты даётся ссылка с пометкой «Текст не приводится: см. A/RES/73/195».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="188"/>
        <source>The brief has no priorities yet: add at least one, in your own words or from the suggestions.</source>
        <translation type="unfinished">В записке пока нет приоритетов: добавьте хотя бы один — своими словами или из предложенных вариантов.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="203"/>
        <source>{name} has no title yet: give it a short name, such as “Ending lethal disregard”.</source>
        <translation type="unfinished">{name}: пока нет названия. Дайте короткое название, например «Положить конец смертоносному пренебрежению».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="216"/>
        <source>{name} has no description yet: say in a few sentences what the problem is and what should change.</source>
        <translation type="unfinished">{name}: пока нет описания. В нескольких предложениях опишите, в чём проблема и что должно измениться.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="229"/>
        <source>{name} is not linked to the GCM yet: link it to at least one objective or action in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}: пока нет связи с ГДМ. Свяжите приоритет хотя бы с одной целью или действием на шаге «Связь с ГДМ».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="248"/>
        <location filename="../../briefwriter/core/checks_safety.py" line="75"/>
        <source>Evidence {number} of {owner}</source>
        <translation type="unfinished">Факт {number} ({owner})</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="256"/>
        <location filename="../../briefwriter/core/check_text.py" line="218"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="99"/>
        <source>{name} is empty: fill it in or remove it.</source>
        <translation type="unfinished">{name}: пусто. Заполните или удалите.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="266"/>
        <source>{name} has a source but no text: write the fact or finding it supports.</source>
        <translation type="unfinished">{name}: указан источник, но нет текста. Напишите факт или вывод, который он подтверждает.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="279"/>
        <source>{name} has no source: say who published it, the title and the year, so readers can check it.</source>
        <translation type="unfinished">{name}: не указан источник. Укажите, кто опубликовал материал, его название и год, чтобы читатели могли проверить.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="295"/>
        <source>{name} has the link {url}, which is not a web address: write the full address starting with https://, e.g. {example}.</source>
        <translation type="unfinished">{name}: ссылка {url} не является веб-адресом. Укажите полный адрес, начинающийся с https://, например {example}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="309"/>
        <source>who should act</source>
        <translation type="unfinished">кто должен действовать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="310"/>
        <source>what they should do</source>
        <translation type="unfinished">что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="311"/>
        <source>by when</source>
        <translation type="unfinished">к какому сроку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="319"/>
        <location filename="../../briefwriter/core/check_text.py" line="254"/>
        <source>Aim {number}</source>
        <translation type="unfinished">Задача {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="322"/>
        <source>Aim {number} {label}</source>
        <translation type="unfinished">Задача {number} {label}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="329"/>
        <source>{name} is empty: choose an aim from the list or write your own.</source>
        <translation type="unfinished">{name}: пусто. Выберите задачу из списка или напишите свою.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="341"/>
        <source>{name} has no concrete ask yet: say {parts}.</source>
        <translation type="unfinished">{name}: пока нет конкретного требования. Укажите, {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="343"/>
        <source>{name} needs a complete ask: say {parts}.</source>
        <translation type="unfinished">{name}: требование неполное. Укажите, {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="360"/>
        <source>The two-page brief leads with your key messages, and there are none yet: add two or three.</source>
        <translation type="unfinished">Записка на две страницы начинается с ключевых тезисов, а их пока нет: добавьте два-три.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="374"/>
        <source>Recommendation {number} is empty: fill it in or remove it.</source>
        <translation type="unfinished">Рекомендация {number} пуста: заполните её или удалите.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="385"/>
        <source>Recommendation {number} {text} has no addressee: say who should act on it (for example “Member States”).</source>
        <translation type="unfinished">Рекомендация {number} {text}: не указан адресат. Укажите, кто должен её выполнить (например, «Государства-члены»).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="399"/>
        <source>Recommendation {number} to {addressee} has no text yet.</source>
        <translation type="unfinished">Рекомендация {number} ({addressee}): пока нет текста.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="420"/>
        <source>about {duration} to deliver ({words} words at {wpm} words a minute), over its time limit of {limit}</source>
        <translation type="unfinished">примерно {duration} на произнесение ({words} сл. в темпе {wpm} сл./мин), что превышает отведённое время ({limit})</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="431"/>
        <source>The statement takes {timing}: cut about {cut} words.</source>
        <translation type="unfinished">Заявление займёт {timing}: сократите его примерно на {cut} сл.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="435"/>
        <source>The statement composed from your summary, key messages and asks takes {timing}: write a shorter statement in the statement step, or cut about {cut} words from those parts.</source>
        <translation type="unfinished">Заявление, составленное из вашего резюме, ключевых тезисов и требований, займёт {timing}: напишите более короткое заявление в поле устного заявления или сократите эти части примерно на {cut} сл.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="32"/>
        <source>Priority {number} {title}</source>
        <translation type="unfinished">Приоритет {number} {title}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="34"/>
        <source>Priority {number}</source>
        <translation type="unfinished">Приоритет {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="67"/>
        <source>The title is {count} characters long; over {limit} it no longer fits the cover. Shorten it and move the rest to the subtitle.</source>
        <translation type="unfinished">Длина заголовка — {count} симв.; если больше {limit}, он не помещается на обложке. Сократите его, а остальное перенесите в подзаголовок.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="75"/>
        <source>The subtitle is {count} characters long; over {limit} it crowds the cover. Shorten it and move the detail to the summary.</source>
        <translation type="unfinished">Длина подзаголовка — {count} симв.; если больше {limit}, он перегружает обложку. Сократите его, а подробности перенесите в резюме.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="84"/>
        <source>Your organisation&apos;s name is {count} characters long; over {limit} it does not fit where the paper names you. Use the name you are known by and say more in the description.</source>
        <translation type="unfinished">Длина названия вашей организации — {count} симв.; если больше {limit}, оно не помещается там, где записка называет вас. Используйте название, под которым вас знают, а подробнее расскажите о себе в описании.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="93"/>
        <source>The summary is {count} characters long; over {limit} it is no longer a summary. Keep it to a few sentences and move the detail into the priorities.</source>
        <translation type="unfinished">Длина резюме — {count} симв.; если больше {limit}, это уже не резюме. Ограничьтесь несколькими предложениями, а подробности перенесите в приоритеты.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="103"/>
        <source>The heading of section {number} is {count} characters long; over {limit} it is no longer a heading. Shorten it and begin the section&apos;s text with the rest.</source>
        <translation type="unfinished">Длина заголовка раздела {number} — {count} симв.; если больше {limit}, это уже не заголовок. Сократите его, а остальное перенесите в начало текста раздела.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="116"/>
        <source>The title of priority {number} is {count} characters long; over {limit} it is no longer a short name. Shorten it and move the rest to its description.</source>
        <translation type="unfinished">Длина названия приоритета {number} — {count} симв.; если больше {limit}, это уже не короткое название. Сократите его, а остальное перенесите в описание.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="126"/>
        <source>The description of {name} is {count} characters long; over {limit} readers skim it. Cut it down, or move the detail into its evidence or a section of your own.</source>
        <translation type="unfinished">Длина описания ({name}) — {count} симв.; если больше {limit}, читатели лишь пробегают его глазами. Сократите его или перенесите подробности в факты либо в собственный раздел.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="137"/>
        <source>Key message {number} is {count} characters long; over {limit} readers no longer take it in at a glance. Keep it to a sentence or two.</source>
        <translation type="unfinished">Длина ключевого тезиса {number} — {count} симв.; если больше {limit}, читатели уже не схватывают его с первого взгляда. Ограничьтесь одним-двумя предложениями.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="148"/>
        <source>Recommendation {number} is {count} characters long; over {limit} it asks for too much at once. Split it into several recommendations.</source>
        <translation type="unfinished">Длина рекомендации {number} — {count} симв.; если больше {limit}, в ней слишком много просьб сразу. Разделите её на несколько рекомендаций.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="188"/>
        <source>The publication date {date} does not exist in the calendar: correct it, or leave it empty to print no date.</source>
        <translation type="unfinished">Даты публикации {date} нет в календаре: исправьте её или оставьте поле пустым, чтобы дата не печаталась.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="194"/>
        <source>The publication date {date} is not a date: write it as 2026-05-12, or leave it empty to print no date.</source>
        <translation type="unfinished">Дата публикации {date} — это не дата: введите её в формате 2026-05-12 или оставьте поле пустым, чтобы дата не печаталась.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="204"/>
        <source>Your section {number} {heading}</source>
        <translation type="unfinished">Ваш раздел {number} {heading}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="206"/>
        <source>Your section {number}</source>
        <translation type="unfinished">Ваш раздел {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="223"/>
        <source>{name} has text but no heading: give it one, so readers can find it.</source>
        <translation type="unfinished">{name}: есть текст, но нет заголовка. Добавьте заголовок, чтобы читатели могли найти раздел.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="231"/>
        <source>{name} has a heading but no text yet.</source>
        <translation type="unfinished">{name}: есть заголовок, но пока нет текста.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="244"/>
        <source>The title</source>
        <translation type="unfinished">Заголовок</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="245"/>
        <source>The subtitle</source>
        <translation type="unfinished">Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="246"/>
        <source>The summary</source>
        <translation type="unfinished">Резюме</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="247"/>
        <source>Your organisation&apos;s details</source>
        <translation type="unfinished">Сведения о вашей организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="248"/>
        <source>The occasion</source>
        <translation type="unfinished">Повод</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="249"/>
        <source>Your headings</source>
        <translation type="unfinished">Ваши заголовки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="250"/>
        <source>The oral statement</source>
        <translation type="unfinished">Устное заявление</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="255"/>
        <source>Key message {number}</source>
        <translation type="unfinished">Ключевой тезис {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="256"/>
        <source>Recommendation {number}</source>
        <translation type="unfinished">Рекомендация {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="257"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="41"/>
        <source>Pledge {number}</source>
        <translation type="unfinished">Обязательство {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="258"/>
        <location filename="../../briefwriter/core/checks_coalition.py" line="24"/>
        <source>Co-signatory {number}</source>
        <translation type="unfinished">Соподписант {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="275"/>
        <source>The field {field}</source>
        <translation type="unfinished">Поле {field}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="287"/>
        <source>{name}: a character no font can print: {characters}. It would come out as an empty box: replace it, or install a font that has it.</source>
        <translation type="unfinished">{name}: символ, который не может напечатать ни один шрифт: {characters}. Он будет выглядеть как пустой квадрат: замените его или установите шрифт, в котором он есть.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="293"/>
        <source>{name}: {count} characters no font can print: {characters}. They would come out as empty boxes: replace them, or install a font that has them.</source>
        <translation type="unfinished">{name}: символов, которые не может напечатать ни один шрифт: {count} — {characters}. Они будут выглядеть как пустые квадраты: замените их или установите шрифт, в котором они есть.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="57"/>
        <source>{a} and {b}</source>
        <translation type="unfinished">{a} и {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="58"/>
        <source>{a}, {b}</source>
        <translation type="unfinished">{a}, {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="108"/>
        <source>The logo {logo} is outside the brief&apos;s folder. Copy the image into the folder where the brief is saved (or a folder inside it) and choose it again.</source>
        <translation type="unfinished">Логотип {logo} находится вне папки записки. Скопируйте изображение в папку, где сохранена записка (или во вложенную в неё папку), и выберите его заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="137"/>
        <source>The logo will be looked for next to the brief file: save the brief in the folder that holds the logo so it can be checked and shown.</source>
        <translation type="unfinished">Логотип будет искаться рядом с файлом записки: сохраните записку в папке с логотипом, чтобы его можно было проверить и показать.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="163"/>
        <source>The logo {logo} cannot be read: {reason}.</source>
        <translation type="unfinished">Не удаётся прочитать логотип {logo}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="171"/>
        <source>The logo is {size} MB; the limit is 5 MB. Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">Размер логотипа — {size} МБ, а ограничение — 5 МБ. Сохраните уменьшенную версию (логотипу редко нужно больше 1000 пикселей в ширину) и выберите её заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="183"/>
        <source>The logo {logo} is not a PNG, JPEG or SVG image (whatever its name says). Export the logo in one of those formats and choose it again.</source>
        <translation type="unfinished">Логотип {logo} не является изображением PNG, JPEG или SVG (что бы ни говорило его имя). Экспортируйте логотип в один из этих форматов и выберите его заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="196"/>
        <source>The logo {logo} is a folder.</source>
        <translation type="unfinished">Логотип {logo} — это папка.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="200"/>
        <source>The logo {logo} is not an ordinary file (it is a device, a pipe or a socket), so it is not read. Choose an image file.</source>
        <translation type="unfinished">Логотип {logo} — не обычный файл (это устройство, канал или сокет), поэтому он не читается. Выберите файл изображения.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="222"/>
        <source>The logo file {logo} was not found in the brief&apos;s folder. Choose the image again in the organisation step.</source>
        <translation type="unfinished">Файл логотипа {logo} не найден в папке записки. Выберите изображение заново на шаге «Организация».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="295"/>
        <source>The logo {logo} is a picture of {width} × {height} pixels, too large to print (the limit is 50 million pixels). Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">Логотип {logo} — изображение размером {width} × {height} пикселей, слишком большое для печати (ограничение — 50 миллионов пикселей). Сохраните уменьшенную версию (логотипу редко нужно больше 1000 пикселей в ширину) и выберите её заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="377"/>
        <source>The logo {logo} is an SVG file that declares entities or a document type of its own, which BriefWriter does not read. Export it again as plain SVG (or as a PNG) and choose it again.</source>
        <translation type="unfinished">Логотип {logo} — файл SVG, в котором объявлены собственные сущности или тип документа; BriefWriter такие файлы не читает. Экспортируйте его заново как обычный SVG (или как PNG) и выберите заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="396"/>
        <source>The logo {logo} is an SVG file with a script or web content in it (&lt;{element}&gt;), which is not printed. Export it again without it (or as a PNG) and choose it again.</source>
        <translation type="unfinished">Логотип {logo} — файл SVG со сценарием или веб-содержимым (&lt;{element}&gt;), которые не печатаются. Экспортируйте его заново без них (или как PNG) и выберите заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="414"/>
        <source>The logo {logo} is an SVG file that uses another file or a web address ({href}); a logo must carry everything it shows. Export it again with its pictures embedded (or as a PNG) and choose it again.</source>
        <translation type="unfinished">Логотип {logo} — файл SVG, который использует другой файл или веб-адрес ({href}); логотип должен содержать всё, что он показывает. Экспортируйте его заново со встроенными изображениями (или как PNG) и выберите заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="441"/>
        <source>The logo {logo} is an SVG file that cannot be read: {reason} (line {line}). Export it again and choose it again.</source>
        <translation type="unfinished">Логотип {logo} — файл SVG, который не удаётся прочитать: {reason} (строка {line}). Экспортируйте его заново и выберите заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="451"/>
        <source>The logo {logo} is an SVG drawing too complex to print: with its copies (&lt;use&gt;) drawn out it has about {shapes} shapes, and at most {limit} can be printed. Simplify it or export it as a PNG and choose it again.</source>
        <translation type="unfinished">Логотип {logo} — рисунок SVG, слишком сложный для печати: если развернуть его копии (&lt;use&gt;), в нём около {shapes} фигур, а напечатать можно не более {limit}. Упростите его или экспортируйте как PNG и выберите заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="487"/>
        <source>The logo {logo} is an SVG file in which a copy (&lt;use&gt;) contains itself, so it can never be drawn. Export it again and choose it again.</source>
        <translation type="unfinished">Логотип {logo} — файл SVG, в котором копия (&lt;use&gt;) содержит саму себя, поэтому его невозможно нарисовать. Экспортируйте его заново и выберите заново.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="134"/>
        <source>The field {field} has tables with {rows} rows (the row past the limit is on line {line} of its text); at most {limit} fit in one field, so its tables are printed as plain lines of text. Shorten the table or split it across fields.</source>
        <translation type="unfinished">В поле {field} есть таблицы со слишком большим числом строк ({rows}; первая лишняя строка — в строке {line} текста поля); в одном поле допускается не более {limit}, поэтому таблицы этого поля печатаются как обычные строки текста. Сократите таблицу или разделите её на несколько полей.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="156"/>
        <source>The field {field} has footnotes inside footnotes {depth} deep (from line {line} of its text); at most {limit} levels can be printed, so this text is printed as plain text, without its formatting or notes. Take the inner notes out of the outer ones.</source>
        <translation type="unfinished">В поле {field} есть сноски внутри сносок с глубиной вложенности {depth} (начиная со строки {line} текста поля); печатается не более {limit} уровней, поэтому этот текст печатается как обычный, без форматирования и сносок. Вынесите внутренние сноски из внешних.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="170"/>
        <source>The field {field} has {count} footnotes (the note past the limit is on line {line} of its text); at most {limit} fit in one field, so this text is printed as plain text, without its formatting or notes. Cut some notes or move sources into the evidence of a priority.</source>
        <translation type="unfinished">В поле {field} слишком много сносок ({count}; первая лишняя сноска — в строке {line} текста поля); в одном поле допускается не более {limit}, поэтому этот текст печатается как обычный, без форматирования и сносок. Удалите часть сносок или перенесите источники в факты одного из приоритетов.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="366"/>
        <source>key message {numbers}</source>
        <translation type="unfinished">ключевой тезис {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="367"/>
        <source>key messages {numbers}</source>
        <translation type="unfinished">ключевые тезисы {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="370"/>
        <source>the ask of aim {numbers}</source>
        <translation type="unfinished">требование задачи {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="371"/>
        <source>the asks of aims {numbers}</source>
        <translation type="unfinished">требования задач {numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="374"/>
        <source>{a}; {b}</source>
        <translation type="unfinished">{a}; {b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="405"/>
        <source>The suggested statement is in English: BriefWriter cannot yet compose one in {language}. Translate it or write your own.</source>
        <translation type="unfinished">Предлагаемое заявление составлено на английском: BriefWriter пока не умеет составлять его на другом языке ({language}). Переведите его или напишите своё.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="444"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over the time limit of {limit}.</source>
        <translation type="unfinished">Предлагаемое заявление займёт {duration} ({words} сл. в темпе 130 сл./мин): это на {over} сл. ({over_time}) больше отведённого времени ({limit}).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="449"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over {limit}, the usual limit when none is set.</source>
        <translation type="unfinished">Предлагаемое заявление займёт {duration} ({words} сл. в темпе 130 сл./мин): это на {over} сл. ({over_time}) больше {limit} — обычного ограничения, когда оно не задано.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="456"/>
        <source>Left out to fit: {parts}.</source>
        <translation type="unfinished">Чтобы уложиться во время, опущено: {parts}.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="459"/>
        <source>It is still {over} words over: shorten the first key message or the first ask, or edit the draft.</source>
        <translation type="unfinished">Превышение всё ещё составляет {over} сл.: сократите первый ключевой тезис или первое требование либо отредактируйте предлагаемый текст.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="22"/>
        <source>Co-signatory {number} {name}</source>
        <translation type="unfinished">Соподписант {number} {name}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="37"/>
        <source>{name}: no consent recorded. Note when and how they agreed to sign (an e-mail from the director, a signed form) before the paper goes out.</source>
        <translation type="unfinished">{name}: согласие не зафиксировано. Прежде чем рассылать записку, отметьте, когда и как было получено согласие на подписание (письмо руководителя по электронной почте, подписанная форма).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="45"/>
        <source>{name}: when was consent given? Add the date.</source>
        <translation type="unfinished">{name}: когда было дано согласие? Укажите дату.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="50"/>
        <source>{name}: how was consent given? Say how (an e-mail, a form).</source>
        <translation type="unfinished">{name}: как было дано согласие? Укажите способ (письмо по электронной почте, форма).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="59"/>
        <source>{name}: {problem}</source>
        <translation type="unfinished">{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="23"/>
        <source>{name} does not say what will be done: describe the action.</source>
        <translation type="unfinished">{name}: не сказано, что будет сделано. Опишите действие.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="25"/>
        <source>{name} has no one responsible: say who will do it (a unit, a partner).</source>
        <translation type="unfinished">{name}: не указан ответственный. Укажите, кто будет выполнять обязательство (подразделение, партнёр).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="27"/>
        <source>{name} has no GCM objective: tick the objectives it serves.</source>
        <translation type="unfinished">{name}: не указаны цели ГДМ. Отметьте цели, которым служит это обязательство.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="29"/>
        <source>{name} has no indicator: say how progress will be measured.</source>
        <translation type="unfinished">{name}: не указан показатель. Укажите, как будет измеряться прогресс.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="31"/>
        <source>{name} has no measurable target: say what will have been reached, in numbers where you can.</source>
        <translation type="unfinished">{name}: не указано измеримое целевое значение. Укажите, чего планируется достичь, по возможности в цифрах.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="34"/>
        <source>{name} has no deadline: say by when it will be done (2027-12-31, 2027-12 or 2027).</source>
        <translation type="unfinished">{name}: не указан срок. Укажите, к какому сроку обязательство будет выполнено (2027-12-31, 2027-12 или 2027).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="69"/>
        <source>The deadline of {name}, {date}, does not exist in the calendar: correct it.</source>
        <translation type="unfinished">Даты {date}, указанной как срок ({name}), нет в календаре: исправьте её.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="73"/>
        <source>The deadline of {name}, {date}, is not a date: write it as 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">Срок {date} ({name}) — это не дата: введите его в формате 2027-12-31, 2027-12 или 2027, чтобы можно было отслеживать прогресс.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="79"/>
        <source>The deadline of {name}, {date}, has already passed: give a date still to come.</source>
        <translation type="unfinished">Срок {date} ({name}) уже прошёл: укажите дату, которая ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="84"/>
        <source>The deadline of {name}, {date}, comes before the occasion ({occasion}) where it is announced: give a later date.</source>
        <translation type="unfinished">Срок {date} ({name}) наступает раньше мероприятия, на котором объявляется обязательство ({occasion}): укажите более позднюю дату.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="108"/>
        <source>{name} has a target but no baseline: say where things stand now, so that the change can be measured.</source>
        <translation type="unfinished">{name}: указано целевое значение, но нет исходного значения. Опишите текущее положение дел, чтобы можно было измерить изменения.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="117"/>
        <source>met</source>
        <translation type="unfinished">выполнено</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="118"/>
        <source>partly met</source>
        <translation type="unfinished">выполнено частично</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="125"/>
        <source>Follow-up item {number} {text}</source>
        <translation type="unfinished">Пункт отслеживания {number} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="127"/>
        <source>Follow-up item {number}</source>
        <translation type="unfinished">Пункт отслеживания {number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="137"/>
        <source>{name} has no outcome yet: say whether it was met, partly met or not met.</source>
        <translation type="unfinished">{name}: пока не указан результат. Укажите, выполнено ли требование или обязательство, выполнено частично или не выполнено.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="142"/>
        <source>{name} is marked {status} but has no evidence: say what happened, with a source.</source>
        <translation type="unfinished">{name}: указан статус «{status}», но нет фактов. Опишите, что произошло, и укажите источник.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="53"/>
        <source>your organisation&apos;s name</source>
        <translation type="unfinished">название вашей организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="54"/>
        <source>an e-mail address</source>
        <translation type="unfinished">адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="55"/>
        <source>a phone number</source>
        <translation type="unfinished">номер телефона</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="56"/>
        <source>your organisation&apos;s web address</source>
        <translation type="unfinished">веб-адрес вашей организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="99"/>
        <source>Safety mode: the speaker {name} is a personal name, printed with the statement. Give a role instead (“our representative”), or leave it empty.</source>
        <translation type="unfinished">Режим безопасности: в качестве выступающего указано личное имя ({name}), которое печатается вместе с заявлением. Укажите вместо него должность («наш представитель») или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="107"/>
        <source>Safety mode: co-signatory {number} {name} signs as an individual, so the paper prints a personal name. Make sure they agreed to be named, or leave them out.</source>
        <translation type="unfinished">Режим безопасности: соподписант {number} {name} подписывает записку как частное лицо, поэтому в ней печатается личное имя. Убедитесь, что этот человек согласился быть названным, или исключите его.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="114"/>
        <source>Safety mode: the contact person {name} is a personal name and is printed on the paper. Leave contact details out (Organisation step, Safety mode), or give a role instead of a name.</source>
        <translation type="unfinished">Режим безопасности: в качестве контактного лица указано личное имя ({name}), и оно печатается в записке. Исключите контактные данные (шаг «Организация», флажок «Без контактных данных» в разделе «Режим безопасности») или укажите должность вместо имени.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="121"/>
        <source>Safety mode: the contact person {name} is a personal name. It is left out of the exported paper, but anyone you send the brief file to can read it: clear it before you share the file.</source>
        <translation type="unfinished">Режим безопасности: в качестве контактного лица указано личное имя ({name}). В экспортированную записку оно не попадает, но его сможет прочитать любой, кому вы отправите файл записки: удалите его, прежде чем делиться файлом.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="138"/>
        <source>{field} names {names}, a person the brief names elsewhere (as a contact person, speaker or co-signatory); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field}: упоминается {names} — лицо, которое записка называет и в другом месте (как контактное лицо, выступающего или соподписанта); при включённом режиме безопасности уберите имя или укажите должность.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="150"/>
        <source>{field} seems to name a person: {names} (a title such as Ms or Dr before a name, or “my name is”); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field}: похоже, здесь упоминается человек — {names} (обращение вроде «г-жа» или «д-р» перед именем либо слова «меня зовут»); при включённом режиме безопасности уберите имя или укажите должность.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="160"/>
        <source>{what} {text}</source>
        <translation type="unfinished">{what} {text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="165"/>
        <source>{field} holds {what}, which can tell readers who wrote the paper; with safety mode on, leave it out or write “our organisation”.</source>
        <translation type="unfinished">{field}: в тексте есть {what}, по которому читатели могут узнать, кто написал записку; при включённом режиме безопасности уберите эти сведения или напишите «наша организация».</translation>
    </message>
</context>
<context>
    <name>ChoosePackDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="276"/>
        <source>Export template pack</source>
        <translation type="unfinished">Экспортировать пакет шаблона</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="279"/>
        <source>Template to export</source>
        <translation type="unfinished">Шаблон для экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="285"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">&amp;Шаблон:</translation>
    </message>
</context>
<context>
    <name>CoalitionDialog</name>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="72"/>
        <source>Priorities</source>
        <translation type="unfinished">Приоритеты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="73"/>
        <source>Asks</source>
        <translation type="unfinished">Требования</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="74"/>
        <source>Evidence</source>
        <translation type="unfinished">Факт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="75"/>
        <source>Recommendations</source>
        <translation type="unfinished">Рекомендации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="76"/>
        <source>Co-signatories</source>
        <translation type="unfinished">Соподписанты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="91"/>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="345"/>
        <source>Import from a Partner&apos;s Brief</source>
        <extracomment>the merge was applied (the number of items that came in)</extracomment>
        <translation type="unfinished">Импортировать из записки партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="99"/>
        <source>From “%1” (%2). Check what to bring into your brief. Items already in your brief are shown beside yours: keep yours, take theirs, or keep both.</source>
        <translation type="unfinished">Из записки «%1» (%2). Отметьте, что перенести в вашу записку. Элементы, которые уже есть в вашей записке, показаны рядом с вашими: оставьте свой вариант, возьмите вариант партнёра или оставьте оба.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>From your partner</source>
        <translation type="unfinished">От партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>Already in your brief</source>
        <translation type="unfinished">Уже в вашей записке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="106"/>
        <source>What to do</source>
        <translation type="unfinished">Что сделать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="107"/>
        <source>Items from your partner&apos;s brief</source>
        <translation type="unfinished">Элементы из записки партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="116"/>
        <source>&amp;Items:</source>
        <translation type="unfinished">&amp;Элементы:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>&amp;Yours:</source>
        <translation type="unfinished">&amp;Ваш вариант:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>Yours</source>
        <translation type="unfinished">Ваш вариант</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="125"/>
        <source>Your &amp;partner&apos;s:</source>
        <translation type="unfinished">Вариант &amp;партнёра:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="126"/>
        <source>Your partner&apos;s</source>
        <translation type="unfinished">Вариант партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="136"/>
        <source>Worth a look in the partner&apos;s file: %1</source>
        <translation type="unfinished">В файле партнёра стоит проверить: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="139"/>
        <source>&amp;Merge</source>
        <translation type="unfinished">&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="156"/>
        <source>The partner&apos;s brief holds nothing to import.</source>
        <translation type="unfinished">В записке партнёра нет ничего для импорта.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="167"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="168"/>
        <source>%1 already in your brief</source>
        <translation type="unfinished">уже в вашей записке: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="169"/>
        <source>none in your brief</source>
        <translation type="unfinished">в вашей записке нет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="182"/>
        <source>%1 (similar)</source>
        <translation type="unfinished">%1 (схожий вариант)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="183"/>
        <source>not in your brief</source>
        <translation type="unfinished">нет в вашей записке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="185"/>
        <source>Add</source>
        <translation type="unfinished">Добавить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="197"/>
        <source>Priority for the evidence “%1”</source>
        <translation type="unfinished">Приоритет для факта «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="206"/>
        <source>What to do with “%1”</source>
        <translation type="unfinished">Что сделать с «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="207"/>
        <source>Keep ours</source>
        <translation type="unfinished">Оставить наш вариант</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="208"/>
        <source>Take theirs</source>
        <translation type="unfinished">Взять вариант партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="209"/>
        <source>Keep both</source>
        <translation type="unfinished">Оставить оба</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>Under: %1</source>
        <translation type="unfinished">К приоритету: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>priority %1</source>
        <translation type="unfinished">приоритет %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="222"/>
        <source>Under: %1 (theirs, if merged)</source>
        <translation type="unfinished">К приоритету: %1 (партнёра, если он будет добавлен)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="253"/>
        <source>(not in your brief)</source>
        <translation type="unfinished">(нет в вашей записке)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="278"/>
        <source>Not Everything Can Be Merged</source>
        <translation type="unfinished">Не всё можно объединить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="291"/>
        <source>Logos Left Out</source>
        <translation type="unfinished">Логотипы не перенесены</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="297"/>
        <source>Not Merged</source>
        <translation type="unfinished">Объединение не выполнено</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="304"/>
        <source>Import from partner&apos;s brief</source>
        <translation type="unfinished">импорт из записки партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="331"/>
        <source>save your brief first, then add the logo on the Co-signatories step</source>
        <translation type="unfinished">сначала сохраните записку, затем добавьте логотип на шаге «Соподписанты»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="337"/>
        <source>The logo of %1 was left out: %2</source>
        <translation type="unfinished">Логотип соподписанта %1 не перенесён: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="362"/>
        <source>Could Not Read the Partner&apos;s Brief</source>
        <translation type="unfinished">Не удалось прочитать записку партнёра</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="59"/>
        <source>File text</source>
        <translation type="unfinished">Текст файла</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="46"/>
        <source>Continue for the Next Review</source>
        <translation type="unfinished">Продолжить для следующего обзора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="62"/>
        <source>Start the brief for the next review from this one. This brief and its file stay as they are.</source>
        <translation type="unfinished">Начать записку для следующего обзора на основе этой. Эта записка и её файл останутся без изменений.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="66"/>
        <source>&amp;Next review:</source>
        <translation type="unfinished">&amp;Следующий обзор:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="69"/>
        <source>Carried over: your organisation, priorities with their GCM links and evidence, audience, language, template and look, your own sections and headings, and the safety settings.</source>
        <translation type="unfinished">Переносятся: ваша организация, приоритеты с их связями с ГДМ и фактами, аудитория, язык, шаблон и оформление, собственные разделы и заголовки, а также настройки безопасности.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="73"/>
        <source>Your asks and pledges become the list “Since the last review”, where you record what happened to each. This paper is kept in the new brief&apos;s history.</source>
        <translation type="unfinished">Ваши требования и обязательства войдут в список «С момента последнего обзора», где вы отметите, что стало с каждым из них. Эта записка сохраняется в истории новой записки.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="76"/>
        <source>Starting anew: title, summary, key messages, recommendations, asks, pledges, co-signatories and the oral statement.</source>
        <translation type="unfinished">Заполняются заново: заголовок, резюме, ключевые тезисы, рекомендации, требования, обязательства, соподписанты и устное заявление.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="82"/>
        <source>&amp;Continue</source>
        <translation type="unfinished">&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>CosignatoriesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="18"/>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="72"/>
        <source>Co-signatories</source>
        <translation type="unfinished">Соподписанты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="19"/>
        <source>List the organisations that sign the paper with you.</source>
        <translation type="unfinished">Перечислите организации, которые подписывают записку вместе с вами.</translation>
    </message>
</context>
<context>
    <name>CosignatoryEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="46"/>
        <source>The logo of %1 was left out: save the brief first, then add the partner&apos;s profile again.</source>
        <translation type="unfinished">Логотип соподписанта %1 не перенесён: сначала сохраните записку, затем снова добавьте профиль партнёра.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="69"/>
        <source>Co-signatory kind</source>
        <translation type="unfinished">Тип соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Individual</source>
        <translation type="unfinished">Частное лицо</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="72"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">Ти&amp;п:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="73"/>
        <source>Co-signatory name</source>
        <translation type="unfinished">Название соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="75"/>
        <source>Co-signatory country</source>
        <translation type="unfinished">Страна соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="76"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="79"/>
        <source>Co-signatory contact person</source>
        <translation type="unfinished">Контактное лицо соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="80"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">Контактное &amp;лицо:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="81"/>
        <source>Co-signatory e-mail</source>
        <translation type="unfinished">Электронная почта соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="82"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="83"/>
        <source>Co-signatory phone</source>
        <translation type="unfinished">Телефон соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="84"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="85"/>
        <source>Co-signatory website</source>
        <translation type="unfinished">Веб-сайт соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="87"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="88"/>
        <source>Co-signatory postal address</source>
        <translation type="unfinished">Почтовый адрес соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="89"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="90"/>
        <source>Contact</source>
        <translation type="unfinished">Контакты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="93"/>
        <source>Date consent was given</source>
        <translation type="unfinished">Дата получения согласия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="95"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="96"/>
        <source>How consent was given</source>
        <translation type="unfinished">Способ получения согласия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="97"/>
        <source>e.g. e-mail from the director, signed form</source>
        <translation type="unfinished">например, письмо руководителя по электронной почте, подписанная форма</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="98"/>
        <source>H&amp;ow:</source>
        <translation type="unfinished">&amp;Как:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="100"/>
        <source>Your own record that they agreed to sign this paper. It is never printed.</source>
        <translation type="unfinished">Ваша собственная запись о том, что соподписант согласился подписать эту записку. Она никогда не печатается.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="101"/>
        <source>Consent</source>
        <translation type="unfinished">Согласие</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="106"/>
        <source>Logo (optional)</source>
        <translation type="unfinished">Логотип (необязательно)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>Co-si&amp;gnatories:</source>
        <translation type="unfinished">Соп&amp;одписанты:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>&amp;Add co-signatory</source>
        <translation type="unfinished">&amp;Добавить соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Вни&amp;з</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>No co-signatories yet.</source>
        <translation type="unfinished">Соподписантов пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>co-signatory</source>
        <translation type="unfinished">соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="116"/>
        <source>Add from a partner&apos;s pro&amp;file…</source>
        <translation type="unfinished">Добавить из про&amp;филя партнёра…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="118"/>
        <source>Add a partner from the organisation profile file they sent you (.orgprofile)</source>
        <translation type="unfinished">Добавить партнёра из присланного им файла профиля организации (.orgprofile)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="126"/>
        <source>(no name)</source>
        <translation type="unfinished">(без названия)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="133"/>
        <source>Consent: %1</source>
        <translation type="unfinished">Согласие: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="136"/>
        <source>No consent recorded yet</source>
        <translation type="unfinished">Согласие пока не зафиксировано</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="163"/>
        <source>Add from a Partner&apos;s Profile</source>
        <translation type="unfinished">Добавить из профиля партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="165"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">Профили организаций (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="179"/>
        <source>Add co-signatory from profile</source>
        <translation type="unfinished">добавление соподписанта из профиля</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="181"/>
        <source>Logo Not Added</source>
        <translation type="unfinished">Логотип не добавлен</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="186"/>
        <source>The partner&apos;s profile cannot be used</source>
        <translation type="unfinished">Профиль партнёра нельзя использовать</translation>
    </message>
</context>
<context>
    <name>DesktopOffer</name>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="35"/>
        <source>BriefWriter is now in your applications menu, with its icon, and double-clicking a brief opens it in BriefWriter.</source>
        <translation type="unfinished">BriefWriter теперь есть в меню приложений, со своим значком, и двойной щелчок по записке открывает её в BriefWriter.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="38"/>
        <source>Your desktop may take a moment, or a new login, to show it.</source>
        <translation type="unfinished">Рабочему столу может понадобиться немного времени или новый вход в систему, чтобы это показать.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="56"/>
        <source>Puts BriefWriter in your desktop&apos;s applications menu with its icon, so that double-clicking a brief opens it.</source>
        <translation type="unfinished">Добавляет BriefWriter в меню приложений рабочего стола со значком, чтобы записки открывались двойным щелчком.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="60"/>
        <source>Add BriefWriter to the &amp;Applications Menu</source>
        <translation type="unfinished">Добавить BriefWriter в &amp;меню приложений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="91"/>
        <source>Adding BriefWriter to the applications menu…</source>
        <translation type="unfinished">BriefWriter добавляется в меню приложений…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="102"/>
        <source>BriefWriter could not be added to the applications menu: %1</source>
        <translation type="unfinished">Не удалось добавить BriefWriter в меню приложений: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="130"/>
        <source>Added to the Applications Menu</source>
        <translation type="unfinished">Добавлено в меню приложений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="134"/>
        <source>BriefWriter could not be added to the applications menu</source>
        <translation type="unfinished">Не удалось добавить BriefWriter в меню приложений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="140"/>
        <source>BriefWriter is no longer in your applications menu, and briefs no longer open in it with a double-click.</source>
        <translation type="unfinished">BriefWriter больше нет в меню приложений, и записки больше не открываются в нём двойным щелчком.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="143"/>
        <source>BriefWriter was not in the applications menu: there was nothing to remove.</source>
        <translation type="unfinished">BriefWriter не было в меню приложений: удалять было нечего.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="145"/>
        <source>Removed from the Applications Menu</source>
        <translation type="unfinished">Убрано из меню приложений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="148"/>
        <source>BriefWriter could not be removed from the applications menu</source>
        <translation type="unfinished">Не удалось убрать BriefWriter из меню приложений</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="224"/>
        <source>Copy of the example “%1”</source>
        <extracomment>``SaveError.code`` values that mean &quot;this place cannot be written&quot;: Save As may help.</extracomment>
        <translation type="unfinished">Копия примера «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="260"/>
        <location filename="../../briefwriter/gui/files.py" line="267"/>
        <source>Opening %1…</source>
        <translation type="unfinished">Открытие %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="284"/>
        <source>Opened %1.</source>
        <translation type="unfinished">Файл %1 открыт.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="286"/>
        <source>It uses file format %1 and will be updated when you save.</source>
        <translation type="unfinished">Файл использует формат %1 и будет обновлён при сохранении.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="299"/>
        <source>Opened a copy of %1. Save it to keep your changes; the example itself stays as it is.</source>
        <translation type="unfinished">Открыта копия %1. Сохраните её, чтобы не потерять изменения; сам пример остаётся без изменений.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="308"/>
        <source>Opened with Notes</source>
        <translation type="unfinished">Открыто с замечаниями</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="309"/>
        <source>%1 was opened. Worth a look:

%2</source>
        <translation type="unfinished">Файл %1 открыт. Обратите внимание:

%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="317"/>
        <source>Could not open %1.</source>
        <translation type="unfinished">Не удалось открыть %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="320"/>
        <source>Could Not Open Brief</source>
        <translation type="unfinished">Не удалось открыть записку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="351"/>
        <source>Logo Not Copied</source>
        <translation type="unfinished">Логотип не скопирован</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="355"/>
        <source>Saving %1…</source>
        <translation type="unfinished">Сохранение %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="365"/>
        <source>Saved %1.</source>
        <translation type="unfinished">Файл %1 сохранён.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="377"/>
        <source>Not saved.</source>
        <translation type="unfinished">Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="378"/>
        <source>Could Not Save</source>
        <translation type="unfinished">Не удалось сохранить</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="41"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="69"/>
        <source>Evidence and sources</source>
        <translation type="unfinished">Факты и источники</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="42"/>
        <source>Back each priority with facts: what you found or what others report, who published it, and where readers can check it. Sources become footnotes.</source>
        <translation type="unfinished">Подкрепите каждый приоритет фактами: что вы обнаружили сами или о чём сообщают другие, кто это опубликовал и где читатели могут это проверить. Источники превращаются в сноски.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="45"/>
        <source>Priority whose evidence is shown</source>
        <translation type="unfinished">Приоритет, факты которого показаны</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="47"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="54"/>
        <source>Evidence</source>
        <translation type="unfinished">Факт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="55"/>
        <source>&amp;Fact or finding:</source>
        <translation type="unfinished">&amp;Факт или вывод:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="56"/>
        <source>Source</source>
        <translation type="unfinished">Источник</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="57"/>
        <source>Who published it, title, year</source>
        <translation type="unfinished">Кто опубликовал, название, год</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="58"/>
        <source>&amp;Source:</source>
        <translation type="unfinished">&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="59"/>
        <source>Web address of the source</source>
        <translation type="unfinished">Веб-адрес источника</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="61"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished">Ве&amp;б-адрес:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Evidence for this priority:</source>
        <translation type="unfinished">Факты по &amp;этому приоритету:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Add evidence</source>
        <translation type="unfinished">&amp;Добавить факт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Вни&amp;з</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>No evidence for this priority yet.</source>
        <translation type="unfinished">Для этого приоритета пока нет фактов.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>evidence</source>
        <translation type="unfinished">факт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="87"/>
        <source>Use a full web address starting with https:// or http://.</source>
        <translation type="unfinished">Укажите полный веб-адрес, начинающийся с https:// или http://.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="91"/>
        <source>(empty)</source>
        <translation type="unfinished">(пусто)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="79"/>
        <source>Accessible PDF (PDF/UA-1)</source>
        <translation type="unfinished">Доступный PDF (PDF/UA-1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="80"/>
        <source>Archival PDF (PDF/A-3u)</source>
        <translation type="unfinished">Архивный PDF (PDF/A-3u)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="81"/>
        <source>Plain PDF</source>
        <translation type="unfinished">Обычный PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="100"/>
        <source>Export PDF — Safety Mode On</source>
        <translation type="unfinished">Экспортировать в PDF — режим безопасности включён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="101"/>
        <source>Export PDF</source>
        <translation type="unfinished">Экспортировать в PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="115"/>
        <source>Export HTML — Safety Mode On</source>
        <translation type="unfinished">Экспортировать в HTML — режим безопасности включён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="116"/>
        <source>Export HTML</source>
        <translation type="unfinished">Экспортировать в HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="119"/>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished">Веб-страница (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="133"/>
        <source>Export as Word</source>
        <translation type="unfinished">Экспортировать в Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="134"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished">Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="182"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="197"/>
        <source>Exporting</source>
        <translation type="unfinished">Экспорт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="198"/>
        <source>Writing {name}…</source>
        <translation type="unfinished">Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="199"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="205"/>
        <source>Export progress</source>
        <translation type="unfinished">Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="270"/>
        <source>Exported {name} (1 page).</source>
        <translation type="unfinished">Файл {name} экспортирован (1 страница).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="271"/>
        <source>Exported {name} ({pages} pages).</source>
        <translation type="unfinished">Файл {name} экспортирован (страниц: {pages}).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="273"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished">&amp;Открыть PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="275"/>
        <location filename="../../briefwriter/gui/export.py" line="278"/>
        <source>Exported {name}.</source>
        <translation type="unfinished">Файл {name} экспортирован.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="276"/>
        <source>&amp;Open document</source>
        <translation type="unfinished">&amp;Открыть документ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="279"/>
        <source>&amp;Open page</source>
        <translation type="unfinished">&amp;Открыть страницу</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="282"/>
        <source>Made in safety mode: your organisation&apos;s name and the metadata that could identify you are left out. Review lists any names still in the text.</source>
        <translation type="unfinished">Создано в режиме безопасности: название вашей организации и метаданные, по которым вас можно установить, не включены. Имена, оставшиеся в тексте, перечислены на шаге «Проверка».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="284"/>
        <source>Export finished</source>
        <translation type="unfinished">Экспорт завершён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="290"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished">Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="306"/>
        <source>Export failed</source>
        <translation type="unfinished">Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="307"/>
        <source>{name} was not exported.</source>
        <translation type="unfinished">Файл {name} не экспортирован.</translation>
    </message>
</context>
<context>
    <name>ExportSetDialog</name>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="85"/>
        <source>Export Set</source>
        <translation type="unfinished">Экспорт набора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="86"/>
        <source>Export set</source>
        <translation type="unfinished">Экспорт набора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="95"/>
        <source>Export this brief with several templates at once, into one folder.</source>
        <translation type="unfinished">Экспортировать эту записку сразу в нескольких шаблонах в одну папку.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="101"/>
        <source>Templates to export</source>
        <translation type="unfinished">Шаблоны для экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="103"/>
        <source>&amp;Templates:</source>
        <translation type="unfinished">&amp;Шаблоны:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="109"/>
        <source>Folder to export into</source>
        <translation type="unfinished">Папка для экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="111"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="112"/>
        <source>Choose the folder to export into</source>
        <translation type="unfinished">Выберите папку для экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="114"/>
        <source>Save &amp;in folder:</source>
        <translation type="unfinished">&amp;Сохранить в папке:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="122"/>
        <source>Also write HT&amp;ML pages</source>
        <translation type="unfinished">Также записать &amp;веб-страницы HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="123"/>
        <source>Also write HTML pages</source>
        <translation type="unfinished">Также записать веб-страницы HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="126"/>
        <source>Also write &amp;Word documents</source>
        <translation type="unfinished">Также записать &amp;документы Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="127"/>
        <source>Also write Word documents</source>
        <translation type="unfinished">Также записать документы Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="132"/>
        <source>Files that will be written</source>
        <translation type="unfinished">Файлы, которые будут записаны</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="134"/>
        <source>File &amp;names:</source>
        <translation type="unfinished">&amp;Имена файлов:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="141"/>
        <source>Export status</source>
        <translation type="unfinished">Состояние экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="146"/>
        <source>Export progress</source>
        <translation type="unfinished">Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="152"/>
        <source>Export summary</source>
        <translation type="unfinished">Итоги экспорта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="157"/>
        <source>&amp;Export</source>
        <translation type="unfinished">&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="159"/>
        <source>Export the chosen templates</source>
        <translation type="unfinished">Экспортировать выбранные шаблоны</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="160"/>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished">&amp;Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="162"/>
        <source>Cancel the export</source>
        <translation type="unfinished">Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="164"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished">Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="166"/>
        <source>Open the folder the files were written to</source>
        <translation type="unfinished">Открыть папку, в которую записаны файлы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="168"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="170"/>
        <source>Close this dialog</source>
        <translation type="unfinished">Закрыть это окно</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="183"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Поиск шаблонов…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="193"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="245"/>
        <source>(tick at least one template)</source>
        <translation type="unfinished">(отметьте хотя бы один шаблон)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="248"/>
        <source>Export Set Into</source>
        <translation type="unfinished">Папка для экспорта набора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="265"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">Папка %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="331"/>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished">%1 из %2 — %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="340"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished">Выполнено: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="345"/>
        <source>Cancelled: %1 of %2 documents exported.</source>
        <translation type="unfinished">Экспорт отменён. Экспортировано документов: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="347"/>
        <source>1 file written; %2 failed.</source>
        <translation type="unfinished">Записан 1 файл; не удалось записать: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="348"/>
        <source>%1 files written; %2 failed.</source>
        <translation type="unfinished">Записано файлов: %1; не удалось записать: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="350"/>
        <source>1 file written into %2.</source>
        <translation type="unfinished">1 файл записан в папку %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="351"/>
        <source>%1 files written into %2.</source>
        <translation type="unfinished">Записано файлов: %1 — в папку %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="353"/>
        <source>Wrote %1</source>
        <translation type="unfinished">Записано: %1</translation>
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
        <translation type="unfinished">Не удалось открыть %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="62"/>
        <source>%1 could not be opened because of an unexpected problem: %2</source>
        <translation type="unfinished">Не удалось открыть %1 из-за непредвиденной проблемы: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="217"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="218"/>
        <source>Find</source>
        <translation type="unfinished">Найти</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="220"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="221"/>
        <source>Replace with</source>
        <translation type="unfinished">Заменить на</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="222"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished">&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="224"/>
        <source>Re&amp;place:</source>
        <translation type="unfinished">За&amp;менить на:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="226"/>
        <source>Match &amp;case</source>
        <translation type="unfinished">&amp;Учитывать регистр</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="227"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Следующее</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="228"/>
        <source>Pre&amp;vious</source>
        <translation type="unfinished">&amp;Предыдущее</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="229"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="230"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished">Заменить &amp;все</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="231"/>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="232"/>
        <source>Close find bar</source>
        <translation type="unfinished">Закрыть панель поиска</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="234"/>
        <source>Find result</source>
        <translation type="unfinished">Результат поиска</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="282"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="300"/>
        <source>Not found</source>
        <translation type="unfinished">Не найдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/workshop/editor.py" line="299"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform>Заменено %n вхождение</numerusform>
            <numerusform>Заменено %n вхождения</numerusform>
            <numerusform>Заменено %n вхождений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="47"/>
        <source>Met</source>
        <translation type="unfinished">Выполнено</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="48"/>
        <source>Partly met</source>
        <translation type="unfinished">Выполнено частично</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="49"/>
        <source>Not met</source>
        <translation type="unfinished">Не выполнено</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="50"/>
        <source>Unknown</source>
        <translation type="unfinished">Неизвестно</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="58"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="76"/>
        <source>Since the last review</source>
        <translation type="unfinished">С момента последнего обзора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="59"/>
        <source>What became of the asks and pledges of your earlier paper: for each, say whether it was met, partly met or not met, and give the evidence — what happened, with sources. The paper prints them under “Since the last review”.</source>
        <translation type="unfinished">Что стало с требованиями и обязательствами из вашей предыдущей записки: для каждого из них укажите, выполнено ли оно, выполнено частично или не выполнено, и приведите факты — что произошло, со ссылками на источники. В записке они печатаются под заголовком «С момента последнего обзора».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="68"/>
        <source>Ask or pledge</source>
        <translation type="unfinished">Требование или обязательство</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>An ask</source>
        <translation type="unfinished">Требование</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>A pledge</source>
        <translation type="unfinished">Обязательство</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="71"/>
        <source>What was asked or pledged</source>
        <translation type="unfinished">Содержание требования или обязательства</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="72"/>
        <source>W&amp;hat:</source>
        <translation type="unfinished">&amp;Что:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="73"/>
        <source>Who was to act</source>
        <translation type="unfinished">Кто должен был действовать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="74"/>
        <source>Wh&amp;o:</source>
        <translation type="unfinished">&amp;Кто:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="75"/>
        <source>By when</source>
        <translation type="unfinished">К какому сроку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="76"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="79"/>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="80"/>
        <source>Evidence</source>
        <translation type="unfinished">Факт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="81"/>
        <source>E&amp;vidence:</source>
        <translation type="unfinished">&amp;Факты:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="83"/>
        <source>What happened, and how you know: a law passed, a figure from a report, a statement — with its source.</source>
        <translation type="unfinished">Что произошло и откуда вы это знаете: принятый закон, данные из доклада, заявление — с указанием источника.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Follow-up items:</source>
        <translation type="unfinished">&amp;Пункты отслеживания:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Add item</source>
        <translation type="unfinished">&amp;Добавить пункт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Вни&amp;з</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="92"/>
        <source>Nothing to follow up yet. To report on an earlier paper, open it and choose File ▸ Continue for the Next Review…: its asks and pledges come here. Or add an item yourself.</source>
        <translation type="unfinished">Отслеживать пока нечего. Чтобы отчитаться по предыдущей записке, откройте её и выберите Файл ▸ Продолжить для следующего обзора…: её требования и обязательства появятся здесь. Или добавьте пункт самостоятельно.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="95"/>
        <source>follow-up item</source>
        <translation type="unfinished">пункт отслеживания</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="104"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="109"/>
        <source>Earlier review cycles</source>
        <translation type="unfinished">Предыдущие циклы обзора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="117"/>
        <source>(empty)</source>
        <translation type="unfinished">(пусто)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="144"/>
        <source>(untitled)</source>
        <translation type="unfinished">(без названия)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="152"/>
        <source>Asks</source>
        <translation type="unfinished">Требования</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="155"/>
        <source>Pledges</source>
        <translation type="unfinished">Обязательства</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>Its follow-up</source>
        <translation type="unfinished">Результаты отслеживания</translation>
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
        <translation type="unfinished">Галерея шаблонов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="162"/>
        <source>Each template is shown printing the first page of your brief. Use the arrow keys to move between them and Enter to use one for this brief.</source>
        <translation type="unfinished">Для каждого шаблона показано, как будет напечатана первая страница вашей записки. Перемещайтесь между шаблонами клавишами со стрелками и нажмите Enter, чтобы применить выбранный шаблон к этой записке.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="168"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Поиск шаблонов…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="173"/>
        <source>Templates</source>
        <translation type="unfinished">Шаблоны</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="186"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">&amp;Импортировать пакет шаблона…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="189"/>
        <source>Re&amp;load</source>
        <translation type="unfinished">&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="230"/>
        <location filename="../../briefwriter/gui/gallery.py" line="388"/>
        <source>&amp;Use for This Brief</source>
        <translation type="unfinished">&amp;Применить к этой записке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="232"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">&amp;Настроить…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="233"/>
        <source>Copy this template into your template folder under a new name and change it in the workshop</source>
        <translation type="unfinished">Скопировать этот шаблон в вашу папку шаблонов под новым именем и изменить его в мастерской</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="235"/>
        <location filename="../../briefwriter/gui/gallery.py" line="392"/>
        <source>Open in &amp;Workshop</source>
        <translation type="unfinished">Открыть в &amp;мастерской</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="236"/>
        <source>Re&amp;vert…</source>
        <translation type="unfinished">&amp;Сбросить…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="237"/>
        <source>Put back the files of the template this one is based on</source>
        <translation type="unfinished">Вернуть файлы шаблона, на основе которого создан этот шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="239"/>
        <source>Rena&amp;me…</source>
        <translation type="unfinished">П&amp;ереименовать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="240"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="241"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">&amp;Экспортировать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="242"/>
        <source>Save this template as a file to share</source>
        <translation type="unfinished">Сохранить этот шаблон в файл, чтобы поделиться им</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="263"/>
        <source>No templates found.</source>
        <translation type="unfinished">Шаблоны не найдены.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="273"/>
        <source>Some folders in your template folder could not be read as templates: %1</source>
        <translation type="unfinished">Некоторые папки в вашей папке шаблонов не удалось прочитать как шаблоны: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="341"/>
        <source>Choose template</source>
        <translation type="unfinished">Выбрать шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="387"/>
        <source>In Use for This Brief</source>
        <translation type="unfinished">Применяется к этой записке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="391"/>
        <source>Open in &amp;Workshop (Read Only)</source>
        <translation type="unfinished">Открыть в &amp;мастерской (только чтение)</translation>
    </message>
</context>
<context>
    <name>GcmBrowser</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="84"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the objective&apos;s title or commitment is not yet verified).</source>
        <translation type="unfinished">Формулировка из проекта от июля 2018 года — сверьте с A/RES/73/195 (название или обязательство этой цели ещё не проверено).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="90"/>
        <source>Wording partly from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">Формулировка частично из проекта от июля 2018 года — сверьте с A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="92"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">Формулировка из проекта от июля 2018 года — сверьте с A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="98"/>
        <source>Text not included — see A/RES/73/195, %1. It can still be cited.</source>
        <translation type="unfinished">Текст не приводится — см. A/RES/73/195, %1. На этот пункт всё равно можно сослаться.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="102"/>
        <source>Only part of the text is included (… marks where it breaks off) — see A/RES/73/195, %1. The paper cites it without quoting it.</source>
        <translation type="unfinished">Приводится только часть текста (… отмечает место обрыва) — см. A/RES/73/195, %1. В записке на него даётся ссылка без цитаты.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="107"/>
        <source>Wording not yet checked word for word — check against A/RES/73/195.</source>
        <translation type="unfinished">Формулировка ещё не сверена дословно — сверьте с A/RES/73/195.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="151"/>
        <source>Clear search</source>
        <translation type="unfinished">Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="153"/>
        <source>e.g. detention, firewall, children, 29(c), para 49</source>
        <translation type="unfinished">например: detention, firewall, children, 29(c), para 49</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="155"/>
        <source>Search the whole Compact: its paragraphs, guiding principles, objectives and actions. Press Down to go to the results.</source>
        <translation type="unfinished">Поиск по всему Глобальному договору: пунктам, руководящим принципам, целям и действиям. Нажмите стрелку вниз, чтобы перейти к результатам.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="159"/>
        <source>&amp;Search the Compact:</source>
        <translation type="unfinished">&amp;Поиск по Глобальному договору:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="164"/>
        <source>Paragraph, principle, objective or action</source>
        <translation type="unfinished">Пункт, принцип, цель или действие</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="165"/>
        <source>Reference</source>
        <translation type="unfinished">Ссылка</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="168"/>
        <source>Global Compact for Migration</source>
        <translation type="unfinished">Глобальный договор о миграции</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="170"/>
        <source>The parts of the Compact in order. Arrows move, Right expands a part, objective or paragraph, Space ticks the item for the selected priority.</source>
        <translation type="unfinished">Части Глобального договора по порядку. Стрелки перемещают выделение, стрелка вправо раскрывает часть, цель или пункт, пробел отмечает элемент для выбранного приоритета.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="187"/>
        <source>Full text of the selected item</source>
        <translation type="unfinished">Полный текст выбранного элемента</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="194"/>
        <source>F&amp;ull text:</source>
        <translation type="unfinished">По&amp;лный текст:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="201"/>
        <source>Wording from the July 2018 draft or not yet checked, or a paragraph whose text is not included — check against A/RES/73/195 (the final text).</source>
        <translation type="unfinished">Формулировка из проекта от июля 2018 года или ещё не проверенная либо пункт, текст которого не приводится, — сверьте с A/RES/73/195 (окончательным текстом).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="268"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="270"/>
        <source>Part of the Compact: %1, %2</source>
        <translation type="unfinished">Часть Глобального договора: %1, %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="296"/>
        <source>Commitment: %1</source>
        <translation type="unfinished">Обязательство: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="298"/>
        <source>para %1</source>
        <translation type="unfinished">пункт %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="315"/>
        <source>Text not included</source>
        <translation type="unfinished">Текст не приводится</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="317"/>
        <source>%1 (partial text)</source>
        <translation type="unfinished">%1 (частичный текст)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Link %1</source>
        <translation type="unfinished">добавление связи: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Unlink %1</source>
        <translation type="unfinished">удаление связи: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>Matches: %1</source>
        <translation type="unfinished">Совпадений: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>No match</source>
        <translation type="unfinished">Нет совпадений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="504"/>
        <source>&lt;p&gt;The Compact in the order of the resolution: the preamble and vision, the ten guiding principles (paragraph 15), the cooperative framework, the 23 objectives, implementation, and follow-up and review. Expand a part to see its paragraphs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Глобальный договор в порядке резолюции: преамбула и видение, десять руководящих принципов (пункт 15), рамки сотрудничества, 23 цели, осуществление, последующая деятельность и обзор. Раскройте часть, чтобы увидеть её пункты.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="525"/>
        <source>Guiding principle: %1</source>
        <translation type="unfinished">Руководящий принцип: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="531"/>
        <source>Actions: %1</source>
        <translation type="unfinished">Действия: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="535"/>
        <source>Objective %1: %2</source>
        <translation type="unfinished">Цель %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="544"/>
        <source>Part of the Compact: %1</source>
        <translation type="unfinished">Часть Глобального договора: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="551"/>
        <source>Source: %1</source>
        <translation type="unfinished">Источник: %1</translation>
    </message>
</context>
<context>
    <name>GcmImport</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="41"/>
        <source>The built-in English text, in which some wording is not yet verified against the official document.</source>
        <translation type="unfinished">Встроенный английский текст, часть формулировок которого ещё не проверена по официальному документу.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="45"/>
        <source>The official %1 text of A/RES/73/195, imported on %2 from %3 (SHA-256 %4…).</source>
        <translation type="unfinished">Официальный текст A/RES/73/195 (%1), импортированный %2 из %3 (SHA-256 %4…).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="51"/>
        <source>Papers in %1 quote the official edition in their language.</source>
        <translation type="unfinished">Записки на этих языках цитируют официальную редакцию на своём языке: %1.</translation>
    </message>
</context>
<context>
    <name>GcmImportDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="81"/>
        <source>Check the GCM Text Against the Official Document</source>
        <translation type="unfinished">Сверить текст ГДМ с официальным документом</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="91"/>
        <source>&lt;p&gt;BriefWriter quotes the Global Compact for Migration from a built-in copy in which some wording comes from the July 2018 draft. Bring the official resolution and BriefWriter checks every paragraph, guiding principle, objective and action against it.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the UN Official Document System, &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Search for the symbol &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose the language of your papers (Arabic, Chinese, English, French, Russian or Spanish) and download the PDF.&lt;/li&gt;&lt;li&gt;Choose that file here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Items that match become verified; items that differ take the official wording and are listed. The file is read on this computer only.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter цитирует Глобальный договор о миграции по встроенной копии, часть формулировок которой взята из проекта от июля 2018 года. Загрузите официальную резолюцию, и BriefWriter сверит с ней каждый пункт, руководящий принцип, цель и действие.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Откройте Систему официальной документации ООН, &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Найдите документ с условным обозначением &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Выберите язык ваших записок (английский, арабский, испанский, китайский, русский или французский) и скачайте PDF.&lt;/li&gt;&lt;li&gt;Выберите этот файл здесь.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Совпадающие элементы станут проверенными; отличающиеся получат официальную формулировку и будут перечислены. Файл читается только на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="102"/>
        <source>Where to download the official text</source>
        <translation type="unfinished">Где скачать официальный текст</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="110"/>
        <source>&amp;Choose the PDF…</source>
        <translation type="unfinished">&amp;Выбрать PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="111"/>
        <source>Choose the official PDF of A/RES/73/195</source>
        <translation type="unfinished">Выбрать официальный PDF-файл A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="116"/>
        <source>Result of the check</source>
        <translation type="unfinished">Результат сверки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="122"/>
        <source>Use the &amp;Built-in Text Again</source>
        <translation type="unfinished">Снова использовать &amp;встроенный текст</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="123"/>
        <source>Forget the imported text and use the built-in text again</source>
        <translation type="unfinished">Забыть импортированный текст и снова использовать встроенный</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="137"/>
        <source>Text in use: %1</source>
        <translation type="unfinished">Используемый текст: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="142"/>
        <source>Choose the Official PDF of A/RES/73/195</source>
        <translation type="unfinished">Выбрать официальный PDF-файл A/RES/73/195</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="143"/>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation type="unfinished">Документы PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="153"/>
        <source>Reading %1…</source>
        <translation type="unfinished">Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="174"/>
        <source>The file was not used; the text in use is unchanged.</source>
        <translation type="unfinished">Файл не использован; используемый текст не изменился.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="184"/>
        <source>%1: the official %2 text of A/RES/73/195. Found %3 of %4 items; they are kept as the %2 edition of the Compact.</source>
        <translation type="unfinished">%1: официальный текст A/RES/73/195 (%2). Найдено элементов: %3 из %4; они сохранены как редакция Глобального договора на этом языке (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="189"/>
        <source>%1: the official English text of A/RES/73/195. Found %2 of %3 items: %4 matched the built-in text and are now verified, %5 differed and now use the official wording, %6 were not (fully) in the built-in text and were added.</source>
        <translation type="unfinished">%1: официальный английский текст A/RES/73/195. Найдено элементов: %2 из %3. Совпали со встроенным текстом и теперь проверены: %4; отличались и теперь используют официальную формулировку: %5; отсутствовали во встроенном тексте (или были неполными) и добавлены: %6.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="195"/>
        <source>Wording that differed (the official wording is now used):</source>
        <translation type="unfinished">Отличавшиеся формулировки (теперь используется официальная формулировка):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="197"/>
        <source>Not found in the file (these keep their flags):</source>
        <translation type="unfinished">Не найдены в файле (эти элементы сохраняют пометки):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="207"/>
        <source>The built-in text is used again.</source>
        <translation type="unfinished">Снова используется встроенный текст.</translation>
    </message>
</context>
<context>
    <name>GcmLinkPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="59"/>
        <source>Link to the GCM</source>
        <translation type="unfinished">Связь с ГДМ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="29"/>
        <source>For each priority, tick the guiding principles, objectives, actions and other paragraphs of the Global Compact for Migration that it relates to. Search with Ctrl+F; Space ticks.</source>
        <translation type="unfinished">Для каждого приоритета отметьте руководящие принципы, цели, действия и другие пункты Глобального договора о миграции, к которым он относится. Поиск — Ctrl+F; пробел ставит отметку.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="33"/>
        <source>Priority to link</source>
        <translation type="unfinished">Приоритет для связывания</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="35"/>
        <source>Add a &amp;priority first…</source>
        <translation type="unfinished">Сначала добавьте &amp;приоритет…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="38"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="47"/>
        <source>&amp;Check the Text Against the Official Document…</source>
        <translation type="unfinished">&amp;Сверить текст с официальным документом…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="50"/>
        <source>Import the official PDF of resolution A/RES/73/195 (in the paper&apos;s language) to verify every quotation</source>
        <translation type="unfinished">Импортировать официальный PDF-файл резолюции A/RES/73/195 (на языке записки), чтобы проверить каждую цитату</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="74"/>
        <source>Overview: priorities × objectives</source>
        <translation type="unfinished">Сводка: приоритеты × цели</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="62"/>
        <source>Columns are objectives 1 to 23 (point at a number for its title). ● marks an objective linked to a priority directly or through its actions. Select a cell to show the objective above; double-click or press Space to tick or untick it.</source>
        <translation type="unfinished">Столбцы — цели с 1 по 23 (наведите указатель на номер, чтобы увидеть название цели). ● отмечает цель, связанную с приоритетом напрямую или через её действия. Выберите ячейку, чтобы показать цель выше; дважды щёлкните или нажмите пробел, чтобы поставить или снять отметку.</translation>
    </message>
</context>
<context>
    <name>GcmMatrix</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="41"/>
        <source>(untitled)</source>
        <translation type="unfinished">(без названия)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="86"/>
        <source>Priority %1, objective %2 (%3)</source>
        <translation type="unfinished">Приоритет %1, цель %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="89"/>
        <source>objective and actions %1 linked</source>
        <translation type="unfinished">связаны цель и действия %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="92"/>
        <source>objective linked</source>
        <translation type="unfinished">цель связана</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="94"/>
        <source>actions %1 linked</source>
        <translation type="unfinished">связаны действия %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="96"/>
        <source>not linked</source>
        <translation type="unfinished">не связано</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="128"/>
        <source>No objective is linked yet.</source>
        <translation type="unfinished">Пока ни одна цель не связана.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="129"/>
        <source>Linked: %1</source>
        <translation type="unfinished">Связаны: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="167"/>
        <source>Links of each priority to each objective</source>
        <translation type="unfinished">Связи каждого приоритета с каждой целью</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="168"/>
        <source>Rows are priorities, columns objectives 1 to 23. Space or Enter ticks or unticks the objective for that priority.</source>
        <translation type="unfinished">Строки — приоритеты, столбцы — цели с 1 по 23. Пробел или Enter ставит или снимает отметку цели для этого приоритета.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="178"/>
        <source>Priorities by objectives</source>
        <translation type="unfinished">Приоритеты по целям</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="255"/>
        <source>Link objective %1</source>
        <translation type="unfinished">добавление связи с целью %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="256"/>
        <source>Unlink objective %1</source>
        <translation type="unfinished">удаление связи с целью %1</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="195"/>
        <source>Install template “%1”</source>
        <translation type="unfinished">Установить шаблон «%1»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="197"/>
        <source>From the file %1.</source>
        <translation type="unfinished">Из файла %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="204"/>
        <source>Printing your brief with this template…</source>
        <translation type="unfinished">Печать вашей записки с этим шаблоном…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="205"/>
        <source>Preview</source>
        <translation type="unfinished">Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="207"/>
        <source>Page 1 of your brief printed with this template, being made</source>
        <translation type="unfinished">Страница 1 вашей записки, напечатанная с этим шаблоном (создаётся)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="217"/>
        <source>Problems found in the template</source>
        <translation type="unfinished">Проблемы, найденные в шаблоне</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="221"/>
        <source>Problems found:</source>
        <translation type="unfinished">Найденные проблемы:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="229"/>
        <source>A bundled template is already called “%1”, so this pack cannot be installed; ask its author to rename it.</source>
        <translation type="unfinished">Встроенный шаблон уже называется «%1», поэтому этот пакет нельзя установить; попросите автора переименовать шаблон.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="234"/>
        <source>Replace your template “%1”? Its files will be replaced by this pack&apos;s.</source>
        <translation type="unfinished">Заменить ваш шаблон «%1»? Его файлы будут заменены файлами из этого пакета.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Install</source>
        <translation type="unfinished">&amp;Установить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="244"/>
        <source>This template has errors and cannot be installed; ask its author for a corrected pack.</source>
        <translation type="unfinished">В этом шаблоне есть ошибки, и его нельзя установить; попросите автора прислать исправленный пакет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="262"/>
        <source>Page 1 of your brief printed with this template</source>
        <translation type="unfinished">Страница 1 вашей записки, напечатанная с этим шаблоном</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="265"/>
        <source>Your brief could not be printed with this template: %1</source>
        <translation type="unfinished">Не удалось напечатать вашу записку с этим шаблоном: %1</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="130"/>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="254"/>
        <source>Remove %1</source>
        <extracomment>the most lines a row of the list shows; longer labels end in &quot;…&quot; (the tooltip has it all)</extracomment>
        <translation type="unfinished">Удалить %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="132"/>
        <source>Move %1 up</source>
        <translation type="unfinished">Переместить %1 вверх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="134"/>
        <source>Move %1 down</source>
        <translation type="unfinished">Переместить %1 вниз</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="146"/>
        <source>%1 (Insert key in the list)</source>
        <translation type="unfinished">%1 (клавиша Insert в списке)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="148"/>
        <source>Remove the selected %1 (Delete key)</source>
        <translation type="unfinished">Удалить %1 из списка (клавиша Delete)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="150"/>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation type="unfinished">Переместить %1 вверх по списку (Alt+Вверх)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="151"/>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation type="unfinished">Переместить %1 вниз по списку (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="266"/>
        <source>Move %1</source>
        <translation type="unfinished">«Переместить %1»</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="100"/>
        <source>Too many files called %1 in the brief&apos;s folder.</source>
        <translation type="unfinished">В папке записки слишком много файлов с именем %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="132"/>
        <source>Copy logo</source>
        <translation type="unfinished">копирование логотипа</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="165"/>
        <source>Logo preview</source>
        <translation type="unfinished">Предпросмотр логотипа</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="174"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="175"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="289"/>
        <source>Choose logo</source>
        <translation type="unfinished">Выбрать логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="177"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">&amp;Удалить логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="178"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="294"/>
        <source>Remove logo</source>
        <translation type="unfinished">Удалить логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="236"/>
        <source>PNG, JPEG or SVG, up to 5 MB. When you save the brief, the logo is copied into its folder so the two travel together.</source>
        <translation type="unfinished">PNG, JPEG или SVG, до 5 МБ. При сохранении записки логотип копируется в её папку, чтобы они всегда были вместе.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="239"/>
        <source>PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is copied into the brief&apos;s folder.</source>
        <translation type="unfinished">PNG, JPEG или SVG, до 5 МБ. Логотип из другого места копируется в папку записки.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="242"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="243"/>
        <source>No logo</source>
        <translation type="unfinished">Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="258"/>
        <source>%1 (not found or not an image)</source>
        <translation type="unfinished">%1 (не найден или не является изображением)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="271"/>
        <source>Choose a logo</source>
        <translation type="unfinished">Выбрать логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="272"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished">Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="284"/>
        <source>This logo cannot be used</source>
        <translation type="unfinished">Этот логотип нельзя использовать</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="59"/>
        <source>Blue</source>
        <translation type="unfinished">Синий</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="60"/>
        <source>Teal</source>
        <translation type="unfinished">Сине-зелёный</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="61"/>
        <source>Green</source>
        <translation type="unfinished">Зелёный</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="62"/>
        <source>Crimson</source>
        <translation type="unfinished">Малиновый</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="63"/>
        <source>Purple</source>
        <translation type="unfinished">Фиолетовый</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="64"/>
        <source>Brown</source>
        <translation type="unfinished">Коричневый</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="65"/>
        <source>Graphite</source>
        <translation type="unfinished">Графитовый</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="92"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="78"/>
        <source>Template and look</source>
        <extracomment>the templates were listed (again) and the list shows them</extracomment>
        <translation type="unfinished">Шаблон и оформление</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="93"/>
        <source>Choose how the paper looks. The preview shows the real PDF as you change things.</source>
        <translation type="unfinished">Выберите, как будет выглядеть записка. В предпросмотре показывается настоящий PDF, который меняется вместе с вашими настройками.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="123"/>
        <source>Template</source>
        <translation type="unfinished">Шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="103"/>
        <source>Re&amp;load templates</source>
        <translation type="unfinished">Об&amp;новить список шаблонов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="105"/>
        <source>&amp;Open templates folder</source>
        <translation type="unfinished">&amp;Открыть папку шаблонов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="107"/>
        <source>Put template packs shared by other organisations here, then press Reload.</source>
        <translation type="unfinished">Поместите сюда пакеты шаблонов, которыми поделились другие организации, а затем нажмите «Обновить список шаблонов».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="110"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">&amp;Галерея шаблонов…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="112"/>
        <source>See each template print your brief; customise, import or share templates.</source>
        <translation type="unfinished">Посмотреть, как каждый шаблон печатает вашу записку; настроить или импортировать шаблоны, поделиться ими.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="120"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="192"/>
        <source>Look</source>
        <translation type="unfinished">Оформление</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="129"/>
        <source>Accent colour sample</source>
        <translation type="unfinished">Образец акцентного цвета</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="135"/>
        <source>Accent colour, hexadecimal</source>
        <translation type="unfinished">Акцентный цвет, шестнадцатеричный код</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="137"/>
        <source>C&amp;hoose colour…</source>
        <translation type="unfinished">&amp;Выбрать цвет…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="138"/>
        <source>Choose accent colour</source>
        <translation type="unfinished">Выбрать акцентный цвет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="147"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">&amp;Акцентный цвет:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="159"/>
        <source>%1 accent colour (%2)</source>
        <translation type="unfinished">Акцентный цвет «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="167"/>
        <source>Presets:</source>
        <translation type="unfinished">Готовые цвета:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="170"/>
        <source>Font</source>
        <translation type="unfinished">Шрифт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Sans-serif (Noto Sans)</source>
        <translation type="unfinished">Без засечек (Noto Sans)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Serif (Noto Serif)</source>
        <translation type="unfinished">С засечками (Noto Serif)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="172"/>
        <source>&amp;Font:</source>
        <translation type="unfinished">Шри&amp;фт:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="173"/>
        <source>Paper size</source>
        <translation type="unfinished">Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">US Letter (8,5 × 11 дюйм.)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="175"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="176"/>
        <source>Apply ho&amp;use style</source>
        <translation type="unfinished">Применить фирменный &amp;стиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="178"/>
        <source>Set this brief&apos;s accent colour, font and paper to your organisation&apos;s brand kit (Tools ▸ Brand Kit…). Undo takes it back.</source>
        <translation type="unfinished">Применить к этой записке акцентный цвет, шрифт и бумагу из фирменного стиля вашей организации (Инструменты ▸ Фирменный стиль…). Команда «Отменить» вернёт прежние настройки.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="190"/>
        <source>&amp;Mark GCM wording not yet verified against the final text (†)</source>
        <translation type="unfinished">&amp;Помечать формулировки ГДМ, ещё не сверенные с окончательным текстом (†)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="224"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">Поиск шаблонов…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="230"/>
        <source>bundled</source>
        <translation type="unfinished">встроенный</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="231"/>
        <source>your templates: %1</source>
        <translation type="unfinished">ваши шаблоны: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="245"/>
        <source>%1 (not installed on this computer)</source>
        <translation type="unfinished">%1 (не установлен на этом компьютере)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="265"/>
        <source>Choose template</source>
        <translation type="unfinished">Выбрать шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="293"/>
        <source>Brand kit “%1”: what this brief leaves at the default (colour, font, paper) is taken from it.</source>
        <translation type="unfinished">Фирменный стиль «%1»: всё, что в этой записке оставлено по умолчанию (цвет, шрифт, бумага), берётся из него.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="294"/>
        <source>unnamed</source>
        <translation type="unfinished">без названия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="299"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="334"/>
        <source>The brand kit cannot be used: %1</source>
        <translation type="unfinished">Фирменный стиль нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="315"/>
        <source>There is no brand kit yet: make one with Tools ▸ Brand Kit…</source>
        <translation type="unfinished">Фирменного стиля пока нет: создайте его через Инструменты ▸ Фирменный стиль…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="321"/>
        <source>Apply house style</source>
        <translation type="unfinished">применение фирменного стиля</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="327"/>
        <source>The brief now uses the house style of “%1”.</source>
        <translation type="unfinished">Теперь в записке используется фирменный стиль «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="328"/>
        <source>your brand kit</source>
        <translation type="unfinished">ваш фирменный стиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="343"/>
        <source>Change accent colour</source>
        <translation type="unfinished">изменение акцентного цвета</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="358"/>
        <source>Choose the accent colour</source>
        <translation type="unfinished">Выбрать акцентный цвет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="376"/>
        <source>Contrast with white paper %1:1 — headings in this colour may be hard to read; choose a darker colour.</source>
        <translation type="unfinished">Контрастность с белой бумагой %1:1 — заголовки этого цвета может быть трудно читать; выберите более тёмный цвет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="378"/>
        <source>Contrast with white paper %1:1 — easy to read.</source>
        <translation type="unfinished">Контрастность с белой бумагой %1:1 — хорошо читается.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefwriter/gui/language_switch.py" line="226"/>
        <location filename="../../briefwriter/gui/mainwindow.py" line="150"/>
        <source>Loading…</source>
        <extracomment>a close (or quit) that waited for a save will not happen: the save failed</extracomment>
        <translation type="unfinished">Загрузка…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the steps and the form</source>
        <translation type="unfinished">Изменить размер списка шагов и формы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the form and the preview</source>
        <translation type="unfinished">Изменить размер формы и предпросмотра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="175"/>
        <source>Resize the window</source>
        <translation type="unfinished">Изменить размер окна</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="277"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="279"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="358"/>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="360"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished">Предыдущий шаг (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="363"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Далее</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="366"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished">Следующий шаг (Alt+Вправо)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="413"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="458"/>
        <source>%1[*] — BriefWriter</source>
        <translation type="unfinished">%1[*] — BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="77"/>
        <source>&amp;New</source>
        <translation type="unfinished">&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="80"/>
        <source>Start a new, empty brief</source>
        <translation type="unfinished">Создать новую пустую записку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="84"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="87"/>
        <source>Open a brief file</source>
        <translation type="unfinished">Открыть файл записки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="91"/>
        <source>&amp;Save</source>
        <translation type="unfinished">Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="94"/>
        <source>Save the brief</source>
        <translation type="unfinished">Сохранить записку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="98"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="102"/>
        <source>Save the brief under a new name</source>
        <translation type="unfinished">Сохранить записку под новым именем</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="106"/>
        <source>Continue for the Ne&amp;xt Review…</source>
        <translation type="unfinished">&amp;Продолжить для следующего обзора…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="108"/>
        <source>Start the brief for the next review cycle from this one: its asks and pledges become the follow-up list</source>
        <translation type="unfinished">Начать записку для следующего цикла обзора на основе этой: её требования и обязательства войдут в список отслеживания</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="113"/>
        <source>Import from a &amp;Partner&apos;s Brief…</source>
        <translation type="unfinished">&amp;Импортировать из записки партнёра…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="115"/>
        <source>Bring priorities, asks, evidence, recommendations and co-signatories from a partner&apos;s brief into this one</source>
        <translation type="unfinished">Перенести в эту записку приоритеты, требования, факты, рекомендации и соподписантов из записки партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">&amp;Экспортировать в PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="123"/>
        <source>Export the brief as a PDF file</source>
        <translation type="unfinished">Экспортировать записку в файл PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="127"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">Экспортировать в &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="130"/>
        <source>Export the brief as a web page</source>
        <translation type="unfinished">Экспортировать записку как веб-страницу</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="134"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">Экспор&amp;тировать в Word…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="136"/>
        <source>Export the brief as a Word document (.docx)</source>
        <translation type="unfinished">Экспортировать записку в документ Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="140"/>
        <source>Export Se&amp;t…</source>
        <translation type="unfinished">Экспортировать на&amp;бор…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="142"/>
        <source>Export the brief with several templates into one folder</source>
        <translation type="unfinished">Экспортировать записку в нескольких шаблонах в одну папку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="146"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="150"/>
        <source>Close this window</source>
        <translation type="unfinished">Закрыть это окно</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="158"/>
        <source>Close all windows and quit</source>
        <translation type="unfinished">Закрыть все окна и выйти</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="164"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished">&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="170"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Вы&amp;резать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="172"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="175"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">Вст&amp;авить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="178"/>
        <source>Select &amp;All</source>
        <translation type="unfinished">Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="185"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished">Показать &amp;предпросмотр</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="188"/>
        <source>Show or hide the PDF preview</source>
        <translation type="unfinished">Показать или скрыть предпросмотр PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="194"/>
        <source>Paper as &amp;Text</source>
        <translation type="unfinished">Записка как &amp;текст</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="197"/>
        <source>Show the text of the preview instead of its pages, to read it line by line (screen readers read it too)</source>
        <translation type="unfinished">Показать текст предпросмотра вместо страниц, чтобы читать его построчно (программы экранного доступа тоже его читают)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="204"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished">&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="210"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished">У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="217"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished">&amp;Предыдущий шаг</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="223"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished">&amp;Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="229"/>
        <source>&amp;Welcome…</source>
        <translation type="unfinished">&amp;Добро пожаловать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="231"/>
        <source>Start a new brief, open an example or a recent brief</source>
        <translation type="unfinished">Создать новую записку, открыть пример или недавнюю записку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="235"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished">&amp;Начало работы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="241"/>
        <source>&amp;About BriefWriter</source>
        <translation type="unfinished">&amp;О программе BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="246"/>
        <source>Check the GCM &amp;Text Against the Official Document…</source>
        <translation type="unfinished">Сверить &amp;текст ГДМ с официальным документом…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="249"/>
        <source>Add to the Applications &amp;Menu</source>
        <translation type="unfinished">Добавить в &amp;меню приложений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="251"/>
        <source>A menu entry and icon for BriefWriter; double-clicking a brief opens it</source>
        <translation type="unfinished">Пункт меню и значок BriefWriter; двойной щелчок по записке открывает её</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="254"/>
        <source>&amp;Remove from the Applications Menu</source>
        <translation type="unfinished">&amp;Убрать из меню приложений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="325"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="327"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="341"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="350"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="354"/>
        <source>&amp;Go</source>
        <translation type="unfinished">Пере&amp;ход</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="360"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="374"/>
        <source>More menus</source>
        <translation type="unfinished">Другие меню</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="394"/>
        <source>&amp;Templates</source>
        <translation type="unfinished">&amp;Шаблоны</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="396"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">&amp;Галерея шаблонов…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="397"/>
        <source>See every template with your brief, and choose one</source>
        <translation type="unfinished">Посмотреть вашу записку в каждом шаблоне и выбрать один из них</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="399"/>
        <source>&amp;Customise Current Template…</source>
        <translation type="unfinished">&amp;Настроить текущий шаблон…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="401"/>
        <source>Copy this brief&apos;s template under a new name and change it</source>
        <translation type="unfinished">Скопировать шаблон этой записки под новым именем и изменить его</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="403"/>
        <source>Open in &amp;Workshop…</source>
        <translation type="unfinished">Открыть в &amp;мастерской…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="405"/>
        <source>Edit this brief&apos;s template with a live preview (a bundled template opens read-only)</source>
        <translation type="unfinished">Изменить шаблон этой записки с предпросмотром в реальном времени (встроенный шаблон открывается только для чтения)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="408"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">&amp;Импортировать пакет шаблона…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="409"/>
        <source>Install a template pack file from a partner</source>
        <translation type="unfinished">Установить файл пакета шаблона, полученный от партнёра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="411"/>
        <source>&amp;Export Template Pack…</source>
        <translation type="unfinished">&amp;Экспортировать пакет шаблона…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="412"/>
        <source>Save a template as a file to share</source>
        <translation type="unfinished">Сохранить шаблон в файл, чтобы поделиться им</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="443"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="445"/>
        <source>&amp;Brand Kit…</source>
        <translation type="unfinished">&amp;Фирменный стиль…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="446"/>
        <source>Your organisation&apos;s logo, colours, fonts and footer line for every brief</source>
        <translation type="unfinished">Логотип, цвета, шрифты и строка нижнего колонтитула вашей организации для всех записок</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="450"/>
        <source>Organisation &amp;Profile…</source>
        <translation type="unfinished">&amp;Профиль организации…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="451"/>
        <source>Who you are, saved once: every new brief starts with it</source>
        <translation type="unfinished">Сведения о вас, сохранённые один раз: с них начинается каждая новая записка</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="484"/>
        <source>No recent files</source>
        <translation type="unfinished">Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="487"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished">&amp;Очистить меню</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="117"/>
        <source>The brief for the next review, made from %1: not saved yet.</source>
        <translation type="unfinished">Записка для следующего обзора на основе «%1»: ещё не сохранена.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="297"/>
        <source>Markdown: **bold**, *italic*, [link](https://…), - list, footnote^[the note]</source>
        <translation type="unfinished">Markdown: **bold**, *italic*, [link](https://…), - list, footnote^[the note]</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <source>B</source>
        <translation type="unfinished">Ж</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="339"/>
        <source>Bold</source>
        <translation type="unfinished">Полужирный</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <source>I</source>
        <translation type="unfinished">К</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="317"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="342"/>
        <source>Italic</source>
        <translation type="unfinished">Курсив</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <source>Link…</source>
        <translation type="unfinished">Ссылка…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="376"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="381"/>
        <source>Insert link</source>
        <translation type="unfinished">Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <source>• List</source>
        <translation type="unfinished">• Список</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="345"/>
        <source>Bulleted list</source>
        <translation type="unfinished">Маркированный список</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <source>Note¹</source>
        <translation type="unfinished">Сноска¹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="353"/>
        <source>Footnote</source>
        <translation type="unfinished">Сноска</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="357"/>
        <source>Insert Footnote</source>
        <translation type="unfinished">Вставить сноску</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="358"/>
        <source>&amp;Text of the note (printed at the foot of the page):</source>
        <translation type="unfinished">&amp;Текст сноски (печатается внизу страницы):</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="360"/>
        <source>&amp;Insert</source>
        <translation type="unfinished">&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="361"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="364"/>
        <source>Text of the note</source>
        <translation type="unfinished">Текст сноски</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="377"/>
        <source>Web address (https://…) or e-mail address:</source>
        <translation type="unfinished">Веб-адрес (https://…) или адрес электронной почты:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="394"/>
        <source>%1 in %2</source>
        <translation type="unfinished">%1 в поле «%2»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="407"/>
        <source>Words: %1</source>
        <translation type="unfinished">Слов: %1</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="54"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="64"/>
        <source>Messages and recommendations</source>
        <translation type="unfinished">Тезисы и рекомендации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="55"/>
        <source>Say it briefly: a summary, a few key messages, recommendations for each addressee, and — for the oral-statement template — the words to deliver.</source>
        <translation type="unfinished">Коротко о главном: резюме, несколько ключевых тезисов, рекомендации для каждого адресата и — для шаблона устного заявления — текст выступления.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="62"/>
        <source>Summary</source>
        <translation type="unfinished">Резюме</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="63"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished">&amp;Резюме:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="87"/>
        <source>Key messages</source>
        <translation type="unfinished">Ключевые тезисы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="67"/>
        <source>Key message</source>
        <translation type="unfinished">Ключевой тезис</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="71"/>
        <source>Key &amp;message:</source>
        <translation type="unfinished">Ключевой &amp;тезис:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="72"/>
        <source>One or two sentences each; three to five messages work best.</source>
        <translation type="unfinished">По одному-два предложения на каждый; лучше всего — от трёх до пяти тезисов.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>Messa&amp;ges:</source>
        <translation type="unfinished">Те&amp;зисы:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>&amp;Add message</source>
        <translation type="unfinished">&amp;Добавить тезис</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>No key messages yet.</source>
        <translation type="unfinished">Ключевых тезисов пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>key message</source>
        <translation type="unfinished">ключевой тезис</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="112"/>
        <source>Recommendations</source>
        <translation type="unfinished">Рекомендации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="93"/>
        <source>Addressee</source>
        <translation type="unfinished">Адресат</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="96"/>
        <source>Who the recommendation is for</source>
        <translation type="unfinished">Кому адресована рекомендация</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="98"/>
        <source>Addre&amp;ssee:</source>
        <translation type="unfinished">&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="99"/>
        <source>Recommendation</source>
        <translation type="unfinished">Рекомендация</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="100"/>
        <source>Recommendatio&amp;n:</source>
        <translation type="unfinished">Ре&amp;комендация:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Recommen&amp;dations:</source>
        <translation type="unfinished">Рекомендаци&amp;и:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Add recommen&amp;dation</source>
        <translation type="unfinished">Добавить рекомендаци&amp;ю</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>No recommendations yet.</source>
        <translation type="unfinished">Рекомендаций пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>recommendation</source>
        <translation type="unfinished">рекомендацию</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="158"/>
        <source>Oral statement</source>
        <translation type="unfinished">Устное заявление</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="116"/>
        <source>Statement text</source>
        <translation type="unfinished">Текст заявления</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="118"/>
        <source>Statement &amp;text:</source>
        <translation type="unfinished">Текст за&amp;явления:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="120"/>
        <source>Leave it empty to deliver the suggested draft, composed from your key messages and asks; or take the draft and edit it.</source>
        <translation type="unfinished">Оставьте поле пустым, чтобы произнести предлагаемый текст, составленный из ваших ключевых тезисов и требований, или вставьте этот текст и отредактируйте его.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="123"/>
        <source>&amp;Insert the suggested draft</source>
        <translation type="unfinished">Вставить пр&amp;едлагаемый текст</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="125"/>
        <source>Insert the suggested draft</source>
        <translation type="unfinished">Вставить предлагаемый текст</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="127"/>
        <source>Copy the statement composed from your key messages and asks into the statement text, to edit as you like (Undo brings back what was there).</source>
        <translation type="unfinished">Скопировать заявление, составленное из ваших ключевых тезисов и требований, в текст заявления, чтобы отредактировать его по своему усмотрению (команда «Отменить» вернёт прежний текст).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="133"/>
        <source>Length of the suggested draft</source>
        <translation type="unfinished">Продолжительность предлагаемого текста</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="139"/>
        <source>Speaker</source>
        <translation type="unfinished">Выступающий</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="140"/>
        <source>Name and role of the person speaking</source>
        <translation type="unfinished">Имя и должность выступающего</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="141"/>
        <source>S&amp;peaker:</source>
        <translation type="unfinished">Высту&amp;пающий:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="143"/>
        <source>Time limit in seconds</source>
        <translation type="unfinished">Лимит времени в секундах</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="146"/>
        <source> s</source>
        <translation type="unfinished"> с</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="147"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="242"/>
        <source>No limit</source>
        <translation type="unfinished">Без ограничения</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="152"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished">&amp;Лимит времени:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="156"/>
        <source>Length of the statement</source>
        <translation type="unfinished">Продолжительность заявления</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="171"/>
        <source>(empty)</source>
        <translation type="unfinished">(пусто)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="175"/>
        <source>(no addressee)</source>
        <translation type="unfinished">(без адресата)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="211"/>
        <source>Insert the suggested statement</source>
        <translation type="unfinished">вставка предлагаемого заявления</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="229"/>
        <source>Words: %1</source>
        <translation type="unfinished">Слов: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="230"/>
        <source>about %1 to speak at %2 words a minute</source>
        <translation type="unfinished">примерно %1 в темпе %2 сл./мин</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="234"/>
        <source>⚠ %1 over the limit of %2</source>
        <translation type="unfinished">⚠ на %1 больше лимита (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="237"/>
        <source>within the limit of %1</source>
        <translation type="unfinished">в пределах лимита (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="240"/>
        <source>Composed statement: %1</source>
        <translation type="unfinished">Составленное заявление: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="247"/>
        <source>No draft yet: add key messages or asks.</source>
        <translation type="unfinished">Предлагаемого текста пока нет: добавьте ключевые тезисы или требования.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="250"/>
        <source>Suggested draft: %1 words, about %2</source>
        <translation type="unfinished">Предлагаемый текст: %1 сл., примерно %2</translation>
    </message>
</context>
<context>
    <name>ObjectiveChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="57"/>
        <source>Ticked: %1</source>
        <translation type="unfinished">Отмечено: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="58"/>
        <source>None ticked yet.</source>
        <translation type="unfinished">Пока ничего не отмечено.</translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="29"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="51"/>
        <source>Occasion and audience</source>
        <translation type="unfinished">Повод и аудитория</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="30"/>
        <source>What is the paper for? Give it a title, choose the language it is written in, and say which process or meeting it is for and who should read it.</source>
        <translation type="unfinished">Для чего эта записка? Дайте ей заголовок, выберите язык, на котором она написана, и укажите, для какого процесса или встречи она предназначена и кто должен её прочитать.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="37"/>
        <source>Paper title</source>
        <translation type="unfinished">Заголовок записки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="38"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="39"/>
        <source>Subtitle</source>
        <translation type="unfinished">Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="40"/>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished">&amp;Подзаголовок:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="41"/>
        <source>Language of the paper</source>
        <translation type="unfinished">Язык записки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="42"/>
        <source>English</source>
        <translation type="unfinished">English — английский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="43"/>
        <source>Français — French</source>
        <translation type="unfinished">Français — французский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="44"/>
        <source>Español — Spanish</source>
        <translation type="unfinished">Español — испанский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="45"/>
        <source>العربية — Arabic</source>
        <translation type="unfinished">العربية — арабский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="46"/>
        <source>中文 — Chinese</source>
        <translation type="unfinished">中文 — китайский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="47"/>
        <source>Русский — Russian</source>
        <translation type="unfinished">Русский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="50"/>
        <source>The six official UN languages. Headings and dates in the paper follow it; Arabic papers are laid out right to left.</source>
        <translation type="unfinished">Шесть официальных языков ООН. От выбранного языка зависят заголовки и даты в записке; записки на арабском языке верстаются справа налево.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="52"/>
        <source>&amp;Language of the paper:</source>
        <translation type="unfinished">&amp;Язык записки:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="53"/>
        <source>Publication date</source>
        <translation type="unfinished">Дата публикации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="54"/>
        <source>Not shown on the paper</source>
        <translation type="unfinished">Не указывается в записке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="56"/>
        <source>The day the paper comes out, written YYYY-MM-DD (2026-05-05); it is printed on the paper. Leave it empty to print no date.</source>
        <translation type="unfinished">День выхода записки в формате ГГГГ-ММ-ДД (2026-05-05); эта дата печатается в записке. Оставьте поле пустым, чтобы дата не печаталась.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="58"/>
        <source>P&amp;ublished:</source>
        <translation type="unfinished">Опу&amp;бликовано:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="80"/>
        <source>Process and event</source>
        <translation type="unfinished">Процесс и мероприятие</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="64"/>
        <source>Process</source>
        <translation type="unfinished">Процесс</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="65"/>
        <source>Other — in your own words…</source>
        <translation type="unfinished">Другое — своими словами…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="66"/>
        <source>&amp;Process:</source>
        <translation type="unfinished">П&amp;роцесс:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="67"/>
        <source>Event</source>
        <translation type="unfinished">Мероприятие</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="68"/>
        <source>e.g. Multi-stakeholder hearing</source>
        <translation type="unfinished">например, слушания с участием многих заинтересованных сторон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="69"/>
        <source>&amp;Event:</source>
        <translation type="unfinished">&amp;Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="73"/>
        <source>A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for no date.</source>
        <translation type="unfinished">Полная дата (2026-05-05), месяц (2026-05) или год (2026); оставьте поле пустым, если дата не нужна.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="75"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="77"/>
        <source>Place</source>
        <translation type="unfinished">Место</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="78"/>
        <source>e.g. New York</source>
        <translation type="unfinished">например, Нью-Йорк</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="79"/>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished">Мес&amp;то:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="82"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="88"/>
        <source>Audience</source>
        <translation type="unfinished">Аудитория</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="86"/>
        <source>Tick everyone the paper is for (hover for a hint), or add your own.</source>
        <translation type="unfinished">Отметьте всех, для кого предназначена записка (наведите указатель, чтобы увидеть подсказку), или добавьте свои варианты.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="94"/>
        <source>Not a date: write 2026-05-12, 2026-05 or 2026.</source>
        <translation type="unfinished">Это не дата: введите 2026-05-12, 2026-05 или 2026.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="104"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">Такой даты нет в календаре.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="102"/>
        <source>Not a date: write it as 2026-05-12, or leave it empty.</source>
        <translation type="unfinished">Это не дата: введите её в формате 2026-05-12 или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="33"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="48"/>
        <source>Organisation</source>
        <extracomment>Field path prefixes; ``None`` stands for any list index.</extracomment>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="34"/>
        <source>Tell readers who is speaking. The name and a short description appear on the paper; the contact details let them reach you.</source>
        <translation type="unfinished">Расскажите читателям, кто выступает. Название и краткое описание печатаются в записке; по контактным данным с вами смогут связаться.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="41"/>
        <source>Organisation name</source>
        <translation type="unfinished">Название организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="42"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="43"/>
        <source>Acronym or short name</source>
        <translation type="unfinished">Аббревиатура или краткое название</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="44"/>
        <source>e.g. MVWA</source>
        <translation type="unfinished">например, MVWA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="45"/>
        <source>&amp;Acronym:</source>
        <translation type="unfinished">&amp;Аббревиатура:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="46"/>
        <source>Country</source>
        <translation type="unfinished">Страна</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="47"/>
        <source>Where you are based</source>
        <translation type="unfinished">Где базируется организация</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="48"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="50"/>
        <source>&amp;Migrant-led organisation</source>
        <translation type="unfinished">&amp;Организация, возглавляемая мигрантами</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="52"/>
        <source>Led by migrants, refugees or returnees themselves. The paper says so.</source>
        <translation type="unfinished">Организацией руководят сами мигранты, беженцы или вернувшиеся на родину лица. В записке это будет указано.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="54"/>
        <source>Short description</source>
        <translation type="unfinished">Краткое описание</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="56"/>
        <source>Short &amp;description:</source>
        <translation type="unfinished">&amp;Краткое описание:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="75"/>
        <source>Contact</source>
        <translation type="unfinished">Контакты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="61"/>
        <source>Contact person</source>
        <translation type="unfinished">Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="62"/>
        <source>Name and role</source>
        <translation type="unfinished">Имя и должность</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="63"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">Контактное &amp;лицо:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="64"/>
        <source>E-mail</source>
        <translation type="unfinished">Электронная почта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="65"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="67"/>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="68"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="69"/>
        <source>Website</source>
        <translation type="unfinished">Веб-сайт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="71"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="73"/>
        <source>Postal address</source>
        <translation type="unfinished">Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="74"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="80"/>
        <source>Logo</source>
        <translation type="unfinished">Логотип</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="87"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished">Это не похоже на адрес электронной почты (name@example.org).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="91"/>
        <source>This does not look like a web address (https://example.org).</source>
        <translation type="unfinished">Это не похоже на веб-адрес (https://example.org).</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="321"/>
        <source>Templates</source>
        <translation type="unfinished">Шаблоны</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="348"/>
        <source>Customise template</source>
        <translation type="unfinished">Настроить шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="349"/>
        <source>A copy of “%1” is made in your template folder under a new name. Change the copy as you like; the original stays as it is.</source>
        <translation type="unfinished">В вашей папке шаблонов будет создана копия шаблона «%1» под новым именем. Меняйте копию как угодно; оригинал останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="351"/>
        <source>%1 (our own)</source>
        <translation type="unfinished">%1 (наш вариант)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="356"/>
        <source>Use customised template</source>
        <translation type="unfinished">переход на настроенный шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="360"/>
        <source>The template could not be copied</source>
        <translation type="unfinished">Не удалось скопировать шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="377"/>
        <source>The template could not be customised</source>
        <translation type="unfinished">Не удалось настроить шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="384"/>
        <source>The template could not be opened</source>
        <translation type="unfinished">Не удалось открыть шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="389"/>
        <source>Rename template</source>
        <translation type="unfinished">Переименовать шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="390"/>
        <source>Briefs that use this template by its old name will need to be pointed at the new one.</source>
        <translation type="unfinished">Записки, которые ссылаются на этот шаблон по старому имени, нужно будет перенастроить на новое.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="397"/>
        <source>Follow renamed template</source>
        <translation type="unfinished">переход на переименованный шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="400"/>
        <source>The template could not be renamed</source>
        <translation type="unfinished">Не удалось переименовать шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="403"/>
        <source>Revert template</source>
        <translation type="unfinished">Сбросить шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="404"/>
        <source>Put back the files of “%1” as they are in “%2”? The changes made to this copy will be lost.</source>
        <translation type="unfinished">Вернуть файлы шаблона «%1» в том виде, в каком они находятся в «%2»? Изменения, внесённые в эту копию, будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="405"/>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Сбросить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="409"/>
        <source>The template could not be reverted</source>
        <translation type="unfinished">Не удалось сбросить шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="412"/>
        <source>Delete template</source>
        <translation type="unfinished">Удалить шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="413"/>
        <source>Delete the template “%1” and its files from your template folder? This cannot be undone.</source>
        <translation type="unfinished">Удалить шаблон «%1» и его файлы из вашей папки шаблонов? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="414"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="422"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="423"/>
        <source>Template deleted</source>
        <translation type="unfinished">Шаблон удалён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="424"/>
        <source>This brief used the template “%1”, which has been deleted. It now uses “%2”; choose another on the Template and look step.</source>
        <translation type="unfinished">В этой записке использовался шаблон «%1», который был удалён. Теперь в ней используется «%2»; выберите другой шаблон на шаге «Шаблон и оформление».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="427"/>
        <source>The template could not be deleted</source>
        <translation type="unfinished">Не удалось удалить шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="435"/>
        <source>Import Template Pack</source>
        <translation type="unfinished">Импортировать пакет шаблона</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="436"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="483"/>
        <source>Template packs (%1)</source>
        <translation type="unfinished">Пакеты шаблонов (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="452"/>
        <source>Template pack refused</source>
        <translation type="unfinished">Пакет шаблона отклонён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="453"/>
        <source>The template pack was not installed; nothing was written.

%1</source>
        <translation type="unfinished">Пакет шаблона не установлен; ничего не записано.

%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="472"/>
        <source>Template installed</source>
        <translation type="unfinished">Шаблон установлен</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="473"/>
        <source>“%1” is installed in your template folder. Choose it in the template gallery or on the Template and look step.</source>
        <translation type="unfinished">Шаблон «%1» установлен в вашу папку шаблонов. Выберите его в галерее шаблонов или на шаге «Шаблон и оформление».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="475"/>
        <source>The template could not be installed</source>
        <translation type="unfinished">Не удалось установить шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="482"/>
        <source>Export Template Pack</source>
        <translation type="unfinished">Экспортировать пакет шаблона</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="490"/>
        <source>Template exported</source>
        <translation type="unfinished">Шаблон экспортирован</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="491"/>
        <source>“%1” was saved as %2. Send this file to a partner: they install it with Templates ▸ Import Template Pack.</source>
        <translation type="unfinished">Шаблон «%1» сохранён как %2. Отправьте этот файл партнёру: он сможет установить его через Шаблоны ▸ Импортировать пакет шаблона.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="494"/>
        <source>The template could not be exported</source>
        <translation type="unfinished">Не удалось экспортировать шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="503"/>
        <source>The templates could not be listed</source>
        <translation type="unfinished">Не удалось получить список шаблонов</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="62"/>
        <source>Printing your brief…</source>
        <translation type="unfinished">Печать вашей записки…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="66"/>
        <source>Thumbnail of %1</source>
        <translation type="unfinished">Миниатюра: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="68"/>
        <source>Page 1 of your brief printed with “%1” is being made.</source>
        <translation type="unfinished">Создаётся страница 1 вашей записки, напечатанная с шаблоном «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="78"/>
        <source>%1 pages at most</source>
        <translation type="unfinished">Не более %1 стр.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="79"/>
        <source>1 page</source>
        <translation type="unfinished">1 страница</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="89"/>
        <source>Page 1 of your brief printed with “%1”.</source>
        <translation type="unfinished">Страница 1 вашей записки, напечатанная с шаблоном «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="94"/>
        <source>Could not print your brief:
%1</source>
        <translation type="unfinished">Не удалось напечатать вашу записку:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="97"/>
        <source>Your brief could not be printed with “%1”: %2</source>
        <translation type="unfinished">Не удалось напечатать вашу записку с шаблоном «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PackDialogs</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="58"/>
        <source>bundled</source>
        <extracomment>what Import offers (any zip still installs); Export writes the first a brief whose template was deleted falls back to this bundled one (the model&apos;s default)</extracomment>
        <translation type="unfinished">встроенный</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="60"/>
        <source>your own, based on %1</source>
        <translation type="unfinished">ваш собственный, на основе %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="61"/>
        <source>installed</source>
        <translation type="unfinished">установленный</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="69"/>
        <source>by %1</source>
        <translation type="unfinished">автор: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="71"/>
        <source>version %1</source>
        <translation type="unfinished">версия %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="78"/>
        <source>oral statement</source>
        <translation type="unfinished">устное заявление</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="79"/>
        <source>paper</source>
        <translation type="unfinished">записка</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="80"/>
        <source>%1 at most</source>
        <translation type="unfinished">не более %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="81"/>
        <source>no limit</source>
        <translation type="unfinished">без ограничения</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="83"/>
        <source>Name:</source>
        <translation type="unfinished">Имя:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="84"/>
        <source>Author:</source>
        <translation type="unfinished">Автор:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="85"/>
        <source>Version:</source>
        <translation type="unfinished">Версия:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="86"/>
        <source>Licence:</source>
        <translation type="unfinished">Лицензия:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="87"/>
        <source>Kind:</source>
        <translation type="unfinished">Тип:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="88"/>
        <source>Pages:</source>
        <translation type="unfinished">Страниц:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="89"/>
        <source>Where:</source>
        <translation type="unfinished">Происхождение:</translation>
    </message>
</context>
<context>
    <name>PackNameDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="139"/>
        <source>Template name</source>
        <translation type="unfinished">Имя шаблона</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="140"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="144"/>
        <source>Template title</source>
        <translation type="unfinished">Название шаблона</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="145"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="161"/>
        <source>A name is lowercase letters (a–z), digits and dashes, starts with a letter or digit and is at most 64 characters, e.g. our-brief.</source>
        <translation type="unfinished">Имя состоит из строчных латинских букв (a–z), цифр и дефисов, начинается с буквы или цифры и содержит не более 64 символов, например our-brief.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="164"/>
        <source>There is already a template called “%1”: choose another name.</source>
        <translation type="unfinished">Шаблон с именем «%1» уже существует: выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="167"/>
        <source>Give the template a title: people see it in the gallery.</source>
        <translation type="unfinished">Дайте шаблону название: его видят в галерее.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="173"/>
        <source>The name is how briefs refer to the template; the title is what people see.</source>
        <translation type="unfinished">По имени записки ссылаются на шаблон; название — то, что видят пользователи.</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="53"/>
        <source>Paper as text</source>
        <extracomment>pages read per turn of the event loop (a page takes a few milliseconds)</extracomment>
        <translation type="unfinished">Записка как текст</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="55"/>
        <source>The text of the preview, page by page. The arrow keys read it line by line.</source>
        <translation type="unfinished">Текст предпросмотра, страница за страницей. Клавиши со стрелками читают его построчно.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="60"/>
        <source>No preview yet.</source>
        <translation type="unfinished">Предпросмотра пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="87"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Страница %1 из %2</translation>
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
        <translation type="unfinished">Обязательства</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="45"/>
        <source>The commitments your organisation makes, written so that others can hold you to them: SMART — specific (what exactly, done by whom), measurable (an indicator, where things stand now and the target), achievable (the resources you put in), relevant (the GCM objectives it serves) and time-bound (a deadline). Review says which part a pledge still lacks.</source>
        <translation type="unfinished">Обязательства, которые берёт на себя ваша организация, сформулированные так, чтобы другие могли спросить с вас за их выполнение: SMART — конкретные (что именно и кто это сделает), измеримые (показатель, текущее положение дел и целевое значение), достижимые (ресурсы, которые вы выделяете), актуальные (цели ГДМ, которым они служат) и ограниченные по времени (срок). На шаге «Проверка» указано, чего ещё не хватает в обязательстве.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="55"/>
        <source>Pledge action</source>
        <translation type="unfinished">Действие по обязательству</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="56"/>
        <source>&amp;Action:</source>
        <translation type="unfinished">&amp;Действие:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="58"/>
        <source>Specific: what you will do, for whom, where. “Open two legal advice desks for migrant domestic workers in Nairobi”, not “support migrants”.</source>
        <translation type="unfinished">Конкретное: что вы сделаете, для кого и где. «Открыть в Найроби два пункта юридических консультаций для домашних работников из числа мигрантов», а не «поддерживать мигрантов».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="60"/>
        <source>Who is responsible</source>
        <translation type="unfinished">Кто отвечает за выполнение</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="61"/>
        <source>e.g. our legal aid unit, with the Bar Association</source>
        <translation type="unfinished">например, наш отдел юридической помощи совместно с коллегией адвокатов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="62"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">&amp;Кто:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="63"/>
        <source>GCM objectives served</source>
        <translation type="unfinished">Цели ГДМ, которым служит обязательство</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="64"/>
        <source>GCM ob&amp;jectives:</source>
        <translation type="unfinished">Цели &amp;ГДМ:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="67"/>
        <source>Relevant: tick the objectives of the Global Compact the pledge helps to meet.</source>
        <translation type="unfinished">Актуальное: отметьте цели Глобального договора, достижению которых способствует обязательство.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="68"/>
        <source>Indicator</source>
        <translation type="unfinished">Показатель</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="69"/>
        <source>e.g. migrants given legal advice a year</source>
        <translation type="unfinished">например, число мигрантов, получивших юридическую консультацию, за год</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="70"/>
        <source>&amp;Indicator:</source>
        <translation type="unfinished">&amp;Показатель:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="71"/>
        <source>Baseline</source>
        <translation type="unfinished">Исходное значение</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="72"/>
        <source>e.g. 400 in 2025</source>
        <translation type="unfinished">например, 400 в 2025 году</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="73"/>
        <source>&amp;Baseline:</source>
        <translation type="unfinished">Исходное &amp;значение:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="74"/>
        <source>Target</source>
        <translation type="unfinished">Целевое значение</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="75"/>
        <source>e.g. 1,500 a year</source>
        <translation type="unfinished">например, 1500 в год</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="76"/>
        <source>&amp;Target:</source>
        <translation type="unfinished">&amp;Целевое значение:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="78"/>
        <source>Measurable: how progress is counted (the indicator), where it stands now (the baseline) and what you will reach (the target), in numbers where you can.</source>
        <translation type="unfinished">Измеримое: как учитывается прогресс (показатель), каково положение дел сейчас (исходное значение) и чего вы достигнете (целевое значение), по возможности в цифрах.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="80"/>
        <source>Deadline</source>
        <translation type="unfinished">Срок</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="81"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="83"/>
        <source>Time-bound: the day (2027-12-31), month (2027-12) or year (2027) by which it is done.</source>
        <translation type="unfinished">Ограниченное по времени: день (2027-12-31), месяц (2027-12) или год (2027), к которому обязательство будет выполнено.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="85"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="87"/>
        <source>Resources</source>
        <translation type="unfinished">Ресурсы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="88"/>
        <source>e.g. two lawyers, USD 40,000 a year</source>
        <translation type="unfinished">например, два юриста, 40&#xa0;000 долл. США в год</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="89"/>
        <source>&amp;Resources:</source>
        <translation type="unfinished">&amp;Ресурсы:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="91"/>
        <source>Achievable: the money, staff and partners you commit.</source>
        <translation type="unfinished">Достижимое: средства, сотрудники и партнёры, которых вы привлекаете.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Pl&amp;edges:</source>
        <translation type="unfinished">Об&amp;язательства:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Add p&amp;ledge</source>
        <translation type="unfinished">Добавить о&amp;бязательство</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished">Вв&amp;ерх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move dow&amp;n</source>
        <translation type="unfinished">Вн&amp;из</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>No pledges yet: press Add pledge.</source>
        <translation type="unfinished">Обязательств пока нет: нажмите «Добавить обязательство».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>pledge</source>
        <translation type="unfinished">обязательство</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="108"/>
        <source>(no action yet)</source>
        <translation type="unfinished">(действие пока не указано)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="120"/>
        <source>Not a date: write 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">Это не дата: введите 2027-12-31, 2027-12 или 2027, чтобы можно было отслеживать прогресс.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="123"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">Такой даты нет в календаре.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="412"/>
        <source>Preferences</source>
        <translation type="unfinished">Настройки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="419"/>
        <source>Language of the app</source>
        <translation type="unfinished">Язык приложения</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="420"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="425"/>
        <source>Automatic (from the language)</source>
        <translation type="unfinished">Автоматически (по языку)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="426"/>
        <source>Left to right</source>
        <translation type="unfinished">Слева направо</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="427"/>
        <source>Right to left</source>
        <translation type="unfinished">Справа налево</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="430"/>
        <source>Layout direction</source>
        <translation type="unfinished">Направление интерфейса</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="431"/>
        <source>Layout &amp;direction:</source>
        <translation type="unfinished">&amp;Направление интерфейса:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="437"/>
        <source> s</source>
        <translation type="unfinished"> с</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="439"/>
        <source>Seconds without typing before a recovery copy is saved</source>
        <translation type="unfinished">Сколько секунд без ввода должно пройти до сохранения копии для восстановления</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="441"/>
        <source>&amp;Recovery copy after a pause of:</source>
        <translation type="unfinished">&amp;Копия для восстановления после паузы:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="445"/>
        <source>Show the welcome screen when BriefWriter &amp;starts</source>
        <translation type="unfinished">Показывать экран приветствия при &amp;запуске BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="451"/>
        <source>A new language or layout direction applies at once; your work stays as it is.</source>
        <translation type="unfinished">Новый язык или направление письма применяются сразу; ваша работа остаётся без изменений.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="122"/>
        <source>Preview of the brief</source>
        <extracomment>the pane switched between the pages and their text (&quot;Paper as text&quot;)</extracomment>
        <translation type="unfinished">Предпросмотр записки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="143"/>
        <source>Preview error</source>
        <translation type="unfinished">Ошибка предпросмотра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="150"/>
        <source>Preview status</source>
        <translation type="unfinished">Состояние предпросмотра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="155"/>
        <source>Preview progress</source>
        <translation type="unfinished">Ход подготовки предпросмотра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="163"/>
        <source>Preview warnings</source>
        <translation type="unfinished">Предупреждения предпросмотра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="219"/>
        <source>Zoom out</source>
        <translation type="unfinished">Уменьшить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="222"/>
        <source>Zoom in</source>
        <translation type="unfinished">Увеличить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="226"/>
        <source>Fit width</source>
        <translation type="unfinished">По ширине</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="229"/>
        <source>Paper as text</source>
        <translation type="unfinished">Записка как текст</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="283"/>
        <source>&amp;Page</source>
        <translation type="unfinished">&amp;Страница</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="285"/>
        <source>Page</source>
        <translation type="unfinished">Страница</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="389"/>
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="390"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="396"/>
        <source>%1. To read its text, choose Paper as text (%2).</source>
        <translation type="unfinished">%1. Чтобы прочитать текст, выберите «Записка как текст» (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="405"/>
        <location filename="../../briefwriter/gui/preview.py" line="418"/>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <location filename="../../briefwriter/gui/preview.py" line="505"/>
        <source>Updating…</source>
        <translation type="unfinished">Обновление…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="425"/>
        <source>Updating: laying out page %1 of about %2…</source>
        <translation type="unfinished">Обновление: вёрстка страницы %1 из примерно %2…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="427"/>
        <source>Updating: laying out page %1…</source>
        <translation type="unfinished">Обновление: вёрстка страницы %1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="431"/>
        <source>Updating: writing the pages…</source>
        <translation type="unfinished">Обновление: запись страниц…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="435"/>
        <source>Updating: preparing the text and styles…</source>
        <translation type="unfinished">Обновление: подготовка текста и стилей…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="445"/>
        <source>Starting the preview…</source>
        <translation type="unfinished">Запуск предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="447"/>
        <source>Restarting the renderer…</source>
        <translation type="unfinished">Перезапуск модуля отрисовки…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="449"/>
        <source>The preview is not available.</source>
        <translation type="unfinished">Предпросмотр недоступен.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="453"/>
        <source>The preview could not be updated:</source>
        <translation type="unfinished">Не удалось обновить предпросмотр:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="460"/>
        <source>Showing the last preview that worked.</source>
        <translation type="unfinished">Показан последний удачный предпросмотр.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="397"/>
        <location filename="../../briefwriter/gui/preview.py" line="462"/>
        <source>No preview yet.</source>
        <translation type="unfinished">Предпросмотра пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="469"/>
        <source>The preview file could not be opened.</source>
        <translation type="unfinished">Не удалось открыть файл предпросмотра.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <source>Up to date</source>
        <translation type="unfinished">Актуально</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="506"/>
        <source>Up to date, with %n warning(s):</source>
        <translation type="unfinished">
            <numerusform>Актуально, %n предупреждение:</numerusform>
            <numerusform>Актуально, %n предупреждения:</numerusform>
            <numerusform>Актуально, %n предупреждений:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="511"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="36"/>
        <source>principles %1</source>
        <translation type="unfinished">принципы %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="39"/>
        <source>objectives %1</source>
        <translation type="unfinished">цели %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="42"/>
        <source>actions %1</source>
        <translation type="unfinished">действия %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="52"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="55"/>
        <source>Priorities</source>
        <translation type="unfinished">Приоритеты</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="53"/>
        <source>Name the issues your paper is about, in your own words. Start from a suggestion if one fits: it comes with links to the Global Compact already ticked.</source>
        <translation type="unfinished">Своими словами назовите проблемы, которым посвящена ваша записка. Если подходит один из предложенных вариантов, начните с него: связи с Глобальным договором в нём уже отмечены.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="62"/>
        <source>Priority title</source>
        <translation type="unfinished">Название приоритета</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="63"/>
        <source>A short, clear headline</source>
        <translation type="unfinished">Короткое и ясное название</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="64"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="65"/>
        <source>Priority description</source>
        <translation type="unfinished">Описание приоритета</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="66"/>
        <source>&amp;Description:</source>
        <translation type="unfinished">&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="78"/>
        <source>Links to the GCM</source>
        <translation type="unfinished">Связи с ГДМ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="73"/>
        <source>Link to the &amp;GCM…</source>
        <translation type="unfinished">Связать с &amp;ГДМ…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="74"/>
        <source>Go to the Link to the GCM step</source>
        <translation type="unfinished">Перейти к шагу «Связь с ГДМ»</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Priorities:</source>
        <translation type="unfinished">&amp;Приоритеты:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Add your own priority</source>
        <translation type="unfinished">&amp;Добавить свой приоритет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Вни&amp;з</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>No priorities yet: add your own or start from a suggestion.</source>
        <translation type="unfinished">Приоритетов пока нет: добавьте свой или начните с предложенного варианта.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>priority</source>
        <translation type="unfinished">приоритет</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="88"/>
        <source>Add from su&amp;ggestions…</source>
        <translation type="unfinished">Добавить из п&amp;редложенных…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="89"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="131"/>
        <source>Add a priority from suggestions</source>
        <translation type="unfinished">Добавить приоритет из предложенных вариантов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="98"/>
        <source>(untitled)</source>
        <translation type="unfinished">(без названия)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="115"/>
        <source>Select or add a priority.</source>
        <translation type="unfinished">Выберите или добавьте приоритет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="121"/>
        <source>Started from the suggestion “%1”.</source>
        <translation type="unfinished">Создан на основе предложенного варианта «%1».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="126"/>
        <source>Not linked to the Global Compact yet: use “Link to the GCM”.</source>
        <translation type="unfinished">Пока не связан с Глобальным договором: используйте «Связь с ГДМ».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="132"/>
        <source>Suggested priorities from civil-society work on the Global Compact. Picking one adds it with its usual GCM links ticked; change anything afterwards.</source>
        <translation type="unfinished">Предлагаемые приоритеты из работы гражданского общества по Глобальному договору. Выбранный приоритет добавляется с уже отмеченными типичными связями с ГДМ; потом всё можно изменить.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="142"/>
        <source>Add priority “%1”</source>
        <translation type="unfinished">добавление приоритета «%1»</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="47"/>
        <source>Problems</source>
        <translation type="unfinished">Проблемы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Error</source>
        <translation type="unfinished">Ошибка</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Warning</source>
        <translation type="unfinished">Предупреждение</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished">Замечание</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="89"/>
        <source>No problems found.</source>
        <translation type="unfinished">Проблем не найдено.</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="259"/>
        <source>&amp;Use saved profile</source>
        <translation type="unfinished">&amp;Использовать сохранённый профиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="261"/>
        <source>Fill in this page from your organisation profile (Tools ▸ Organisation Profile…)</source>
        <translation type="unfinished">Заполнить эту страницу данными из профиля организации (Инструменты ▸ Профиль организации…)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="263"/>
        <source>Save as &amp;profile</source>
        <translation type="unfinished">Сохранить как &amp;профиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="265"/>
        <source>Keep this organisation as your profile, for every new brief</source>
        <translation type="unfinished">Сохранить эту организацию как ваш профиль для всех новых записок</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="294"/>
        <source>No saved profile</source>
        <translation type="unfinished">Нет сохранённого профиля</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="295"/>
        <source>There is no organisation profile yet. Fill in this page and press “Save as profile”, or use Tools ▸ Organisation Profile…</source>
        <translation type="unfinished">Профиля организации пока нет. Заполните эту страницу и нажмите «Сохранить как профиль» или воспользуйтесь командой Инструменты ▸ Профиль организации…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="303"/>
        <source>Use saved profile</source>
        <translation type="unfinished">Использовать сохранённый профиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="305"/>
        <source>The saved profile cannot be used</source>
        <translation type="unfinished">Сохранённый профиль нельзя использовать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="313"/>
        <source>Profile saved</source>
        <translation type="unfinished">Профиль сохранён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="314"/>
        <source>“%1” is now your organisation profile: every new brief starts with it.</source>
        <translation type="unfinished">«%1» — теперь профиль вашей организации: с него начинается каждая новая записка.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="315"/>
        <source>Your organisation</source>
        <translation type="unfinished">Ваша организация</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="316"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">Профиль не сохранён; предыдущий остался без изменений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="323"/>
        <source>Save as Profile</source>
        <translation type="unfinished">Сохранить как профиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="324"/>
        <source>Replace your saved profile (“%1”) with this brief&apos;s organisation?</source>
        <translation type="unfinished">Заменить сохранённый профиль («%1») организацией из этой записки?</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>unnamed</source>
        <translation type="unfinished">без названия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>&amp;Replace Profile</source>
        <translation type="unfinished">&amp;Заменить профиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="330"/>
        <source>The saved profile cannot be read</source>
        <translation type="unfinished">Не удаётся прочитать сохранённый профиль</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="98"/>
        <source>%1 holds the profile of “%2”:</source>
        <translation type="unfinished">%1 содержит профиль организации «%2»:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="99"/>
        <source>an unnamed organisation</source>
        <translation type="unfinished">организация без названия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="100"/>
        <source>Acronym: %1</source>
        <translation type="unfinished">Аббревиатура: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="101"/>
        <source>Country: %1</source>
        <translation type="unfinished">Страна: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="102"/>
        <source>Contact: %1</source>
        <translation type="unfinished">Контакты: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="103"/>
        <source>Logo: %1</source>
        <translation type="unfinished">Логотип: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="120"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="127"/>
        <source>Organisation Profile</source>
        <extracomment>the saved profile was read (or there is none) and the fields show it the profile was saved or imported (the path of its folder)</extracomment>
        <translation type="unfinished">Профиль организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="121"/>
        <source>Organisation profile</source>
        <translation type="unfinished">Профиль организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="128"/>
        <source>Who you are, saved once: every new brief starts with it, and partners can use the exported file to add you as a co-signatory.</source>
        <translation type="unfinished">Сведения о вас, сохранённые один раз: с них начинается каждая новая записка, а партнёры могут с помощью экспортированного файла добавить вас в качестве соподписанта.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="131"/>
        <source>Profile status</source>
        <translation type="unfinished">Состояние профиля</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="133"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">&amp;Импортировать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="135"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">&amp;Экспортировать…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="137"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="139"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="141"/>
        <source>Use a profile file made on another computer</source>
        <translation type="unfinished">Использовать файл профиля, созданный на другом компьютере</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="143"/>
        <source>Save the profile as a file partners can add as a co-signatory</source>
        <translation type="unfinished">Сохранить профиль в файл, с помощью которого партнёры смогут добавить вас в качестве соподписанта</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="157"/>
        <source>The saved profile cannot be used; saving replaces it</source>
        <translation type="unfinished">Сохранённый профиль нельзя использовать; при сохранении он будет заменён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="167"/>
        <source>No profile yet: fill in the fields and press Save.</source>
        <translation type="unfinished">Профиля пока нет: заполните поля и нажмите «Сохранить».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="173"/>
        <source>Saved in %1</source>
        <translation type="unfinished">Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="193"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">Профиль не сохранён; предыдущий остался без изменений</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="201"/>
        <source>Export Organisation Profile</source>
        <translation type="unfinished">Экспортировать профиль организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="202"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="222"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">Профили организаций (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="210"/>
        <source>Profile exported</source>
        <translation type="unfinished">Профиль экспортирован</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="211"/>
        <source>The profile was saved as %1. A partner adds you to their brief with “Add from a partner&apos;s profile…” on the Co-signatories step.</source>
        <translation type="unfinished">Профиль сохранён как %1. Партнёр может добавить вас в свою записку с помощью кнопки «Добавить из профиля партнёра…» на шаге «Соподписанты».</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="217"/>
        <source>The profile was not exported</source>
        <translation type="unfinished">Профиль не экспортирован</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="221"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="233"/>
        <source>Import Organisation Profile</source>
        <translation type="unfinished">Импортировать профиль организации</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="226"/>
        <source>The profile was not imported; nothing was changed</source>
        <translation type="unfinished">Профиль не импортирован; ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="232"/>
        <source>It replaces your saved profile.</source>
        <translation type="unfinished">Он заменит ваш сохранённый профиль.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="234"/>
        <source>&amp;Replace My Profile</source>
        <translation type="unfinished">&amp;Заменить мой профиль</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="239"/>
        <source>Imported from %1</source>
        <translation type="unfinished">Импортировано из %1</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="23"/>
        <source>The document could not be rendered.</source>
        <translation type="unfinished">Не удалось отрисовать документ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="28"/>
        <source>%1, line %2</source>
        <translation type="unfinished">%1, строка %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="29"/>
        <source>line %1</source>
        <translation type="unfinished">строка %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="273"/>
        <source>The renderer could not be started{detail}. The preview and export are unavailable until BriefWriter is restarted or repaired.</source>
        <extracomment>a preview still running this long after newer edits came in is abandoned (the worker is restarted) rather than waited for: a normal render takes a second or less. waits before each automatic restart after a crash; when they run out the service gives up until ``start()`` is called again (an export or the user asking).</extracomment>
        <translation type="unfinished">Не удалось запустить модуль отрисовки{detail}. Предпросмотр и экспорт будут недоступны, пока BriefWriter не будет перезапущен или восстановлен.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="302"/>
        <source>The renderer sent a malformed reply.</source>
        <translation type="unfinished">Модуль отрисовки прислал некорректный ответ.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="367"/>
        <source>The renderer stopped unexpectedly and is being restarted; the preview will update with your next edit.</source>
        <translation type="unfinished">Модуль отрисовки неожиданно остановился и перезапускается; предпросмотр обновится после вашей следующей правки.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="369"/>
        <source>The renderer stopped unexpectedly and is being restarted. Please try again.</source>
        <translation type="unfinished">Модуль отрисовки неожиданно остановился и перезапускается. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="394"/>
        <source>Rendering took longer than %1 seconds and was stopped. The brief is very long (%2 characters of text): export it in parts, or shorten it.</source>
        <translation type="unfinished">Отрисовка заняла больше %1 с и была остановлена. Записка очень длинная (%2 симв. текста): экспортируйте её по частям или сократите.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="399"/>
        <source>Rendering took longer than {seconds} seconds and was stopped. The template may be stuck in a loop.</source>
        <translation type="unfinished">Отрисовка заняла больше {seconds} с и была остановлена. Возможно, шаблон зациклился.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="498"/>
        <location filename="../../briefwriter/gui/render_service.py" line="501"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished">Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="55"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="80"/>
        <source>Review and export</source>
        <translation type="unfinished">Проверка и экспорт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="56"/>
        <source>Check what is still missing, then export the paper. Press Enter on a remark (or double-click it) to go to the field it is about.</source>
        <translation type="unfinished">Проверьте, чего ещё не хватает, а затем экспортируйте записку. Нажмите Enter на замечании (или дважды щёлкните его), чтобы перейти к полю, к которому оно относится.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="70"/>
        <source>Remarks on the brief</source>
        <translation type="unfinished">Замечания по записке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="73"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished">&amp;Замечания:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="76"/>
        <source>&amp;Go to the field</source>
        <translation type="unfinished">&amp;Перейти к полю</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="117"/>
        <source>Export</source>
        <translation type="unfinished">Экспорт</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="86"/>
        <source>Tagged for screen readers; the best choice for sharing.</source>
        <translation type="unfinished">Размечен тегами для программ чтения с экрана; лучший выбор, чтобы делиться записками.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="87"/>
        <source>For long-term archiving.</source>
        <translation type="unfinished">Для долгосрочного архивного хранения.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="88"/>
        <source>An ordinary PDF, for systems that reject the others.</source>
        <translation type="unfinished">Обычный PDF для систем, которые не принимают другие варианты.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="93"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="104"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Экспортировать в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="106"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">Экспортировать в &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="108"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">Экспор&amp;тировать в Word…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="109"/>
        <source>A Word document (.docx) of the same paper, for partners and calls for input that ask for one</source>
        <translation type="unfinished">Документ Word (.docx) той же записки — для партнёров и для призывов к представлению материалов, где он требуется</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Problem</source>
        <translation type="unfinished">Проблема</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Warning</source>
        <translation type="unfinished">Предупреждение</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="148"/>
        <source>Note</source>
        <translation type="unfinished">Замечание</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="170"/>
        <source>General</source>
        <translation type="unfinished">Общее</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="180"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="187"/>
        <source>Warnings: %1. Look at them before you export.</source>
        <translation type="unfinished">Предупреждений: %1. Просмотрите их перед экспортом.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="189"/>
        <source>No warnings: the brief is ready to export.</source>
        <translation type="unfinished">Предупреждений нет: записка готова к экспорту.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="191"/>
        <source>Notes for your information: %1.</source>
        <translation type="unfinished">Замечаний для сведения: %1.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="232"/>
        <source>Accessible PDF (PDF/UA) — recommended</source>
        <translation type="unfinished">Доступный PDF (PDF/UA) — рекомендуется</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="233"/>
        <source>PDF/A-3u for archiving</source>
        <translation type="unfinished">PDF/A-3u для архивного хранения</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="234"/>
        <source>Plain PDF</source>
        <translation type="unfinished">Обычный PDF</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="36"/>
        <source>&amp;Safety mode: papers that do not say who wrote them</source>
        <translation type="unfinished">&amp;Режим безопасности: записки без указания авторства</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="39"/>
        <source>For organisations at risk. Exported PDFs and web pages leave out your organisation&apos;s name and acronym, and their metadata name no author or organisation. The file name offered for an export is neutral, such as %1. Review warns about personal names and anything else in the text that could identify you. The brief file itself still holds everything you typed: share it only with people you trust.</source>
        <translation type="unfinished">Для организаций, подвергающихся риску. В экспортированных файлах PDF и веб-страницах не указываются название и аббревиатура вашей организации, а в их метаданных не называются ни автор, ни организация. Для экспорта предлагается нейтральное имя файла, например %1. На шаге «Проверка» выводятся предупреждения о личных именах и обо всём остальном в тексте, по чему вас можно установить. Сам файл записки по-прежнему содержит всё, что вы ввели: делитесь им только с теми, кому доверяете.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="51"/>
        <source>Leave out contact deta&amp;ils (yours and the co-signatories&apos;)</source>
        <translation type="unfinished">&amp;Без контактных данных (ваших и соподписантов)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="53"/>
        <source>Leave o&amp;ut logos (yours, the brand kit&apos;s and the co-signatories&apos;)</source>
        <translation type="unfinished">Без ло&amp;готипов (вашего, из фирменного стиля и соподписантов)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="57"/>
        <source>Safety mode</source>
        <translation type="unfinished">Режим безопасности</translation>
    </message>
</context>
<context>
    <name>SafetyStatus</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="93"/>
        <source>Safety mode on</source>
        <translation type="unfinished">Режим безопасности включён</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="95"/>
        <source>Exports leave out what names your organisation; Review warns about names in the text.</source>
        <translation type="unfinished">При экспорте опускается всё, что указывает на вашу организацию; на шаге «Проверка» выводятся предупреждения об именах в тексте.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="32"/>
        <source>At the start</source>
        <extracomment>What the &quot;Placed&quot; choice says for each ``Section.after`` value, in ``SECTION_PLACES`` order.</extracomment>
        <translation type="unfinished">В начале</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="33"/>
        <source>After the summary</source>
        <translation type="unfinished">После резюме</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="34"/>
        <source>After the priorities</source>
        <translation type="unfinished">После приоритетов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="35"/>
        <source>After the asks</source>
        <translation type="unfinished">После требований</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="36"/>
        <source>After the key messages</source>
        <translation type="unfinished">После ключевых тезисов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="37"/>
        <source>After the recommendations</source>
        <translation type="unfinished">После рекомендаций</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="38"/>
        <source>After the pledges</source>
        <translation type="unfinished">После обязательств</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="39"/>
        <source>After the co-signatories</source>
        <translation type="unfinished">После соподписантов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="40"/>
        <source>At the end</source>
        <translation type="unfinished">В конце</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="47"/>
        <source>Summar&amp;y:</source>
        <extracomment>The label of each fixed part&apos;s field in &quot;Your own headings&quot; (mnemonics chosen to be free on this page and in the window), and the accessible name of that field.</extracomment>
        <translation type="unfinished">&amp;Резюме:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="48"/>
        <source>Your heading for the summary</source>
        <translation type="unfinished">Ваш заголовок для резюме</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="50"/>
        <source>Si&amp;nce the last review:</source>
        <translation type="unfinished">С момента пос&amp;леднего обзора:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="51"/>
        <source>Your heading for what happened since the last review</source>
        <translation type="unfinished">Ваш заголовок для раздела о том, что произошло с момента последнего обзора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="53"/>
        <source>Pr&amp;iorities:</source>
        <translation type="unfinished">&amp;Приоритеты:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="54"/>
        <source>Your heading for the priorities</source>
        <translation type="unfinished">Ваш заголовок для приоритетов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="55"/>
        <source>As&amp;ks:</source>
        <translation type="unfinished">&amp;Требования:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="56"/>
        <source>Your heading for the asks</source>
        <translation type="unfinished">Ваш заголовок для требований</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="57"/>
        <source>Key &amp;messages:</source>
        <translation type="unfinished">&amp;Ключевые тезисы:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="58"/>
        <source>Your heading for the key messages</source>
        <translation type="unfinished">Ваш заголовок для ключевых тезисов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="59"/>
        <source>Rec&amp;ommendations:</source>
        <translation type="unfinished">Рек&amp;омендации:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="60"/>
        <source>Your heading for the recommendations</source>
        <translation type="unfinished">Ваш заголовок для рекомендаций</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="62"/>
        <source>P&amp;ledges:</source>
        <translation type="unfinished">О&amp;бязательства:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="63"/>
        <source>Your heading for the pledges</source>
        <translation type="unfinished">Ваш заголовок для обязательств</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="64"/>
        <source>Co-signa&amp;tories:</source>
        <translation type="unfinished">&amp;Соподписанты:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="65"/>
        <source>Your heading for the co-signatories</source>
        <translation type="unfinished">Ваш заголовок для соподписантов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="84"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="67"/>
        <source>Your own sections</source>
        <extracomment>The templates print the asks under the label &quot;aims_and_asks&quot;; every other part&apos;s label has the part&apos;s own name.</extracomment>
        <translation type="unfinished">Собственные разделы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="85"/>
        <source>Add the parts only your organisation can write — a testimony, the situation in your country, how you gathered your evidence — and choose where each goes among the paper&apos;s fixed parts. You can also give the fixed parts headings of your own.</source>
        <translation type="unfinished">Добавьте части, которые может написать только ваша организация, — свидетельство, положение дел в вашей стране, то, как вы собирали факты, — и выберите, где каждая из них будет стоять среди постоянных частей записки. Постоянным частям тоже можно дать собственные заголовки.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="116"/>
        <source>Sections</source>
        <translation type="unfinished">Разделы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="93"/>
        <source>Section heading</source>
        <translation type="unfinished">Заголовок раздела</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="94"/>
        <source>e.g. What we see in detention</source>
        <translation type="unfinished">например, Что мы видим в местах содержания под стражей</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="95"/>
        <source>Hea&amp;ding:</source>
        <translation type="unfinished">&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="96"/>
        <source>Section text</source>
        <translation type="unfinished">Текст раздела</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="97"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="99"/>
        <source>Where the section goes</source>
        <translation type="unfinished">Место раздела</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="102"/>
        <source>Pla&amp;ced:</source>
        <translation type="unfinished">&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="104"/>
        <source>Sections placed at the same spot follow the order of the list.</source>
        <translation type="unfinished">Разделы, размещённые в одном месте, идут в порядке списка.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>Your &amp;sections:</source>
        <translation type="unfinished">&amp;Ваши разделы:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>&amp;Add section</source>
        <translation type="unfinished">&amp;Добавить раздел</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">Ввер&amp;х</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>No sections of your own yet.</source>
        <translation type="unfinished">Собственных разделов пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>section</source>
        <translation type="unfinished">раздел</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="128"/>
        <source>Your own headings</source>
        <translation type="unfinished">Собственные заголовки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="120"/>
        <source>A heading left empty keeps the template&apos;s, shown greyed in the field.</source>
        <translation type="unfinished">Если заголовок оставлен пустым, используется заголовок шаблона — он показан в поле серым.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="141"/>
        <source>(no heading)</source>
        <translation type="unfinished">(без заголовка)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="159"/>
        <source>Template&apos;s heading</source>
        <translation type="unfinished">Заголовок шаблона</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="457"/>
        <location filename="../../briefwriter/gui/session.py" line="89"/>
        <source>Untitled brief</source>
        <translation type="unfinished">Записка без названия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="108"/>
        <source>Edit</source>
        <translation type="unfinished">изменение</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="115"/>
        <source>Add item</source>
        <translation type="unfinished">добавление элемента</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="124"/>
        <source>Remove item</source>
        <translation type="unfinished">удаление элемента</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="131"/>
        <source>Move item</source>
        <translation type="unfinished">перемещение элемента</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="40"/>
        <source>Steps</source>
        <translation type="unfinished">Шаги</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="42"/>
        <source>The steps of writing a brief; each says whether it is empty, done or has warnings. Choose one to go to it.</source>
        <translation type="unfinished">Шаги работы над запиской; для каждого указано, не заполнен ли он, выполнен ли или содержит предупреждения. Выберите шаг, чтобы перейти к нему.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="71"/>
        <source>%1. %2</source>
        <translation type="unfinished">%1. %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="79"/>
        <source>done</source>
        <translation type="unfinished">выполнен</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="81"/>
        <source>has warnings</source>
        <translation type="unfinished">есть предупреждения</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="82"/>
        <source>empty</source>
        <translation type="unfinished">не заполнен</translation>
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
        <translation type="unfinished">Не удалось прочитать примеры из %1: %2.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="110"/>
        <source>Some examples could not be read:
%1</source>
        <translation type="unfinished">Некоторые примеры не удалось прочитать:
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="113"/>
        <source>No examples were found in %1.</source>
        <translation type="unfinished">В %1 не найдено ни одного примера.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="126"/>
        <source>Arabic</source>
        <translation type="unfinished">Арабский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="127"/>
        <source>Chinese</source>
        <translation type="unfinished">Китайский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="128"/>
        <source>English</source>
        <translation type="unfinished">Английский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="129"/>
        <source>French</source>
        <translation type="unfinished">Французский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="130"/>
        <source>Russian</source>
        <translation type="unfinished">Русский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="131"/>
        <source>Spanish</source>
        <translation type="unfinished">Испанский</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="161"/>
        <source>Welcome to BriefWriter</source>
        <translation type="unfinished">Добро пожаловать в BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="168"/>
        <source>BriefWriter walks you through a briefing paper on the Global Compact for Migration, step by step, and shows the finished paper as you type. Start a new brief, or look at an example first: it opens as an untitled copy, so you can change anything.</source>
        <translation type="unfinished">BriefWriter шаг за шагом проведёт вас через подготовку аналитической записки по Глобальному договору о миграции и покажет готовый документ прямо во время набора. Создайте новую записку или сначала посмотрите пример: он откроется как копия без названия, и в ней можно менять что угодно.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="176"/>
        <source>Start a &amp;new brief</source>
        <translation type="unfinished">Создать &amp;новую записку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="177"/>
        <source>An empty brief; the list of steps shows the way</source>
        <translation type="unfinished">Пустая записка; список шагов подскажет, что делать</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="180"/>
        <source>&amp;Open a brief…</source>
        <translation type="unfinished">&amp;Открыть записку…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="181"/>
        <source>Choose a brief file on this computer</source>
        <translation type="unfinished">Выбрать файл записки на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="183"/>
        <source>Read the &amp;getting-started guide</source>
        <translation type="unfinished">Прочитать &amp;руководство для начала работы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="184"/>
        <source>What each step is for, and the keys that move between them</source>
        <translation type="unfinished">Для чего нужен каждый шаг и какими клавишами переходить между ними</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="192"/>
        <source>Examples</source>
        <translation type="unfinished">Примеры</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="193"/>
        <source>Each example opens as an untitled copy; the example itself is never changed</source>
        <translation type="unfinished">Каждый пример открывается как копия без названия; сам пример никогда не изменяется</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="197"/>
        <source>&amp;Examples:</source>
        <translation type="unfinished">При&amp;меры:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="201"/>
        <source>Open a cop&amp;y of the example</source>
        <translation type="unfinished">Открыть &amp;копию примера</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="205"/>
        <source>Recent briefs</source>
        <translation type="unfinished">Недавние записки</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="209"/>
        <source>&amp;Recent briefs:</source>
        <translation type="unfinished">Неда&amp;вние записки:</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="211"/>
        <source>No recent briefs yet.</source>
        <translation type="unfinished">Недавних записок пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="214"/>
        <source>O&amp;pen the recent brief</source>
        <translation type="unfinished">Открыть не&amp;давнюю записку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="235"/>
        <source>&amp;Show this at start-up</source>
        <translation type="unfinished">&amp;Показывать при запуске</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="253"/>
        <source>Reading the examples…</source>
        <translation type="unfinished">Чтение примеров…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="254"/>
        <source>Looking for your recent briefs…</source>
        <translation type="unfinished">Поиск недавних записок…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="309"/>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="314"/>
        <source>%1, in %2, template %3</source>
        <translation type="unfinished">%1, %2, шаблон %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="329"/>
        <source>%1, in %2</source>
        <translation type="unfinished">%1, в папке %2</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="76"/>
        <source>a link, not a file of the pack</source>
        <extracomment>what a pack&apos;s editable files end with; everything else (images, fonts) is an asset</extracomment>
        <translation type="unfinished">ссылка, а не файл пакета</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="89"/>
        <source>larger than %1 kB</source>
        <translation type="unfinished">больше %1 КБ</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="92"/>
        <source>not a regular file</source>
        <translation type="unfinished">не обычный файл</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="99"/>
        <source>not UTF-8 text (line %1)</source>
        <translation type="unfinished">не текст в кодировке UTF-8 (строка %1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="28"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished">Не удалось создать предпросмотр.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="121"/>
        <source>Pack files</source>
        <extracomment>brief edits are let pause this long before the pack&apos;s preview is made again</extracomment>
        <translation type="unfinished">Файлы пакета</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="123"/>
        <source>&amp;Files</source>
        <translation type="unfinished">Ф&amp;айлы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="135"/>
        <source>Bundled templates cannot be changed — Customise… makes your own copy</source>
        <translation type="unfinished">Встроенные шаблоны нельзя изменять — команда «Настроить…» создаёт вашу собственную копию</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="137"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">&amp;Настроить…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="138"/>
        <source>Customise this template</source>
        <translation type="unfinished">Настроить этот шаблон</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="149"/>
        <source>Preview of the brief with this template</source>
        <translation type="unfinished">Предпросмотр записки с этим шаблоном</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="152"/>
        <source>P&amp;roblems</source>
        <translation type="unfinished">П&amp;роблемы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="169"/>
        <source>Resize the file list and the editor</source>
        <translation type="unfinished">Изменить размер списка файлов и редактора</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="170"/>
        <source>Resize the editor and the preview</source>
        <translation type="unfinished">Изменить размер редактора и предпросмотра</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="171"/>
        <source>Resize the editor and the problems</source>
        <translation type="unfinished">Изменить размер редактора и списка проблем</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="175"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="308"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished">Строка %1, столбец %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="179"/>
        <source>Resize the window</source>
        <translation type="unfinished">Изменить размер окна</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="204"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="205"/>
        <source>Save A&amp;ll</source>
        <translation type="unfinished">Сохранить &amp;все</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="207"/>
        <source>C&amp;heck Now</source>
        <translation type="unfinished">Пр&amp;оверить сейчас</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="209"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="211"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="213"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="215"/>
        <source>&amp;Find…</source>
        <translation type="unfinished">&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="217"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished">За&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="219"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished">Перейти к &amp;строке…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="242"/>
        <source>%1 (not editable: %2)</source>
        <translation type="unfinished">%1 (нельзя изменить: %2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="243"/>
        <source>an asset</source>
        <translation type="unfinished">ресурс</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="253"/>
        <source>The template&apos;s files could not be read: %1</source>
        <translation type="unfinished">Не удалось прочитать файлы шаблона: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="269"/>
        <source>Text of %1</source>
        <translation type="unfinished">Текст файла %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="272"/>
        <source>%1 cannot be edited here (%2).</source>
        <translation type="unfinished">Файл %1 нельзя изменить здесь (%2).</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="273"/>
        <source>an image, font or other asset</source>
        <translation type="unfinished">изображение, шрифт или другой ресурс</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="285"/>
        <source>%1[*] — Template workshop</source>
        <translation type="unfinished">%1[*] — Мастерская шаблонов</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="313"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="319"/>
        <source>Saving…</source>
        <translation type="unfinished">Сохранение…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="323"/>
        <source>Saved %1.</source>
        <translation type="unfinished">Файл %1 сохранён.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="336"/>
        <source>The file could not be saved</source>
        <translation type="unfinished">Не удалось сохранить файл</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="355"/>
        <source>The template could not be checked: %1</source>
        <translation type="unfinished">Не удалось проверить шаблон: %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="395"/>
        <source>Go to Line</source>
        <translation type="unfinished">Перейти к строке</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="396"/>
        <source>&amp;Line (1 to %1):</source>
        <translation type="unfinished">&amp;Строка (от 1 до %1):</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="80"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="81"/>
        <source>Do you want to save the changes to “%1”?

If you don&apos;t save them, your changes will be lost.</source>
        <translation type="unfinished">Сохранить изменения в «%1»?

Если вы их не сохраните, они будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="120"/>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 в %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="128"/>
        <source>never saved</source>
        <translation type="unfinished">ни разу не сохранялась</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="129"/>
        <source>Untitled brief</source>
        <translation type="unfinished">Записка без названия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="130"/>
        <source>BriefWriter did not close properly. A recovery copy of “%1” (%2) was found</source>
        <translation type="unfinished">BriefWriter был закрыт некорректно. Найдена копия для восстановления записки «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="133"/>
        <source>, saved %1</source>
        <translation type="unfinished">, сохранена %1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="141"/>
        <source>Recover Unsaved Work?</source>
        <translation type="unfinished">Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="143"/>
        <source>Recover opens it with its changes marked as unsaved; your own file is not changed until you save. Discard deletes the copy. Later keeps it for the next start.</source>
        <translation type="unfinished">«Восстановить» откроет копию, а её изменения будут помечены как несохранённые; ваш собственный файл не изменится, пока вы не сохраните записку. «Удалить» удаляет копию. «Позже» оставляет её до следующего запуска.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="147"/>
        <source>&amp;Recover</source>
        <translation type="unfinished">&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="148"/>
        <source>&amp;Discard</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="150"/>
        <source>&amp;Later</source>
        <translation type="unfinished">&amp;Позже</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="171"/>
        <source>You can save the brief under another name or in another folder.</source>
        <translation type="unfinished">Вы можете сохранить записку под другим именем или в другой папке.</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="173"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="346"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="210"/>
        <source>Briefs (*.brief.yaml)</source>
        <translation type="unfinished">Записки (*.brief.yaml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="347"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="211"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished">Файлы YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="348"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="212"/>
        <source>All files (*)</source>
        <translation type="unfinished">Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="216"/>
        <source>Open Brief</source>
        <translation type="unfinished">Открыть записку</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="223"/>
        <source>Save Brief As</source>
        <translation type="unfinished">Сохранить записку как</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="237"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Начало работы&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="238"/>
        <source>&lt;p&gt;BriefWriter walks you through a briefing paper step by step. The list on the left shows them in order, with a mark for each: an empty circle for a step not started, a tick when it is done, and a warning sign when something needs a look. You can go to any step at any time.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter шаг за шагом проведёт вас через подготовку аналитической записки. Список слева показывает шаги по порядку, и у каждого есть отметка: пустой кружок — шаг ещё не начат, галочка — шаг выполнен, предупреждающий знак — что-то требует внимания. Перейти к любому шагу можно в любое время.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="243"/>
        <source>&lt;p&gt;&lt;b&gt;Start with who you are and what the paper is for.&lt;/b&gt; Organisation takes your name, country and contact; Occasion and audience asks which process or event the paper is for (the IMRF, a regional review, a Human Rights Council session or your own) and who will read it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Начните с того, кто вы и для чего записка.&lt;/b&gt; На шаге «Организация» укажите название, страну и контакты; на шаге «Повод и аудитория» — для какого процесса или мероприятия предназначена записка (Международный форум по обзору миграции, региональный обзор, сессия Совета по правам человека или что-то своё) и кто будет её читать.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Name your priorities in your own words.&lt;/b&gt; Suggestions drawn from civil-society guidance are there if they help. Then, in Link to the GCM, tick the guiding principles, objectives and lettered actions of the Global Compact that each priority relates to. Search for words such as “detention” or “children” to find them quickly.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Сформулируйте приоритеты своими словами.&lt;/b&gt; Если нужно, воспользуйтесь предложенными вариантами, взятыми из методических материалов гражданского общества. Затем на шаге «Связь с ГДМ» отметьте руководящие принципы, цели и действия (обозначенные буквами) Глобального договора, к которым относится каждый приоритет. Чтобы быстро их найти, ищите такие слова, как «detention» (задержание) или «children» (дети).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Say what you want to achieve.&lt;/b&gt; Pick engagement aims and turn each into a concrete ask: who should do what, by when. Add your key messages, recommendations, evidence with sources, pledges and co-signatories.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Скажите, чего вы хотите добиться.&lt;/b&gt; Выберите задачи участия и превратите каждую в конкретное требование: кто, что и к какому сроку должен сделать. Добавьте ключевые тезисы, рекомендации, факты с источниками, обязательства и соподписантов.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="258"/>
        <source>&lt;p&gt;&lt;b&gt;Watch the paper take shape.&lt;/b&gt; The pane on the right shows the real PDF and updates a moment after you stop typing. Choose a template and adjust the look in Template and look.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Следите, как записка обретает форму.&lt;/b&gt; Панель справа показывает настоящий PDF и обновляется через мгновение после того, как вы перестаёте печатать. Выберите шаблон и настройте оформление на шаге «Шаблон и оформление».&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="262"/>
        <source>&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Review and export lists anything worth checking; choose an item to jump to the field. Then export an accessible PDF (or HTML) with File ▸ Export PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Экспорт.&lt;/b&gt; На шаге «Проверка и экспорт» перечислено всё, что стоит проверить; выберите пункт, чтобы перейти к нужному полю. Затем экспортируйте доступный PDF (или HTML) через Файл ▸ Экспортировать в PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Your work is kept safe.&lt;/b&gt; Save with Ctrl+S: briefs are readable text files you can reopen next year or share with partners. Every change can be undone with Ctrl+Z, and a recovery copy is kept while you work, so a crash does not cost you your text.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Ваша работа в безопасности.&lt;/b&gt; Сохраняйте её сочетанием клавиш Ctrl+S: записки — это удобочитаемые текстовые файлы, которые можно снова открыть в следующем году или передать партнёрам. Любое изменение можно отменить сочетанием Ctrl+Z, а во время работы ведётся копия для восстановления, поэтому сбой программы не лишит вас текста.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="271"/>
        <source>&lt;p&gt;Everything works from the keyboard: Tab moves between fields, Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous and next step, and F1 opens this guide again.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Всё можно делать с клавиатуры: Tab переходит между полями, Alt+Влево и Alt+Вправо (или Ctrl+Page Up и Ctrl+Page Down) переходят к предыдущему и следующему шагу, а F1 снова открывает это руководство.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="300"/>
        <source>Getting Started with BriefWriter</source>
        <translation type="unfinished">Начало работы с BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="317"/>
        <source>&lt;p&gt;The GCM data could not be loaded: %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Не удалось загрузить данные ГДМ: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="320"/>
        <source>%1 of %2 verified</source>
        <translation type="unfinished">Проверено: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="322"/>
        <source>Guiding principles</source>
        <translation type="unfinished">Руководящие принципы</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="324"/>
        <source>Objective titles</source>
        <translation type="unfinished">Названия целей</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="326"/>
        <source>Commitments</source>
        <translation type="unfinished">Обязательства</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="327"/>
        <source>%1 verified, %2 partly verified, of %3</source>
        <translation type="unfinished">Из %3: проверено — %1, частично проверено — %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="330"/>
        <source>Actions</source>
        <translation type="unfinished">Действия</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="331"/>
        <source>%1 verified, %2 partly verified, %3 not yet verified, of %4</source>
        <translation type="unfinished">Из %4: проверено — %1, частично проверено — %2, ещё не проверено — %3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="342"/>
        <source>&lt;p&gt;“Verified” means every word was compared with the final text of %1. Wording not yet verified is flagged in the app and, if you choose, in the PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;«Проверено» означает, что каждое слово сверено с окончательным текстом %1. Ещё не проверенные формулировки помечаются в приложении и, если вы захотите, в PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="348"/>
        <source>&lt;h3&gt;The Global Compact for Migration text&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Текст Глобального договора о миграции&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="350"/>
        <source>&lt;p&gt;&lt;b&gt;Text in use:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Используемый текст:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="354"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Источники&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="366"/>
        <source>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Write briefing papers on migrants&apos; rights that cite the Global Compact for Migration, and export accessible PDFs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Пишите аналитические записки о правах мигрантов со ссылками на Глобальный договор о миграции и экспортируйте доступные PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="370"/>
        <source>&lt;p&gt;Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Код: GPL-3.0-or-later. Шрифты: Noto, SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="397"/>
        <source>About BriefWriter</source>
        <translation type="unfinished">О программе BriefWriter</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../briefwriter/gui/i18n.py" line="42"/>
        <source>System default</source>
        <extracomment>Languages written right to left (the UI mirrors for them). The six UN languages of the interface, named in themselves, in the UN&apos;s order. Our translators&apos; object name: how ``apply_language`` finds those it installed before.</extracomment>
        <translation type="unfinished">Как в системе</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="337"/>
        <source>Could Not Recover</source>
        <translation type="unfinished">Не удалось восстановить</translation>
    </message>
</context>
</TS>
