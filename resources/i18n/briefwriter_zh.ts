<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>Addressees</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="40"/>
        <source>Member States</source>
        <translation type="unfinished">会员国</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="41"/>
        <source>Our government</source>
        <translation type="unfinished">本国政府</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="42"/>
        <source>Parliaments</source>
        <translation type="unfinished">议会</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="43"/>
        <source>IOM</source>
        <translation type="unfinished">国际移民组织</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="44"/>
        <source>OHCHR</source>
        <translation type="unfinished">人权高专办</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="45"/>
        <source>UNHCR</source>
        <translation type="unfinished">难民署</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="46"/>
        <source>The UN Network on Migration</source>
        <translation type="unfinished">联合国移民问题网络</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="47"/>
        <source>Local authorities</source>
        <translation type="unfinished">地方当局</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="48"/>
        <source>National human rights institutions</source>
        <translation type="unfinished">国家人权机构</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="49"/>
        <source>Civil-society organisations</source>
        <translation type="unfinished">民间社会组织</translation>
    </message>
</context>
<context>
    <name>AimsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="62"/>
        <source>who</source>
        <translation type="unfinished">行动方</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="64"/>
        <source>what</source>
        <translation type="unfinished">行动内容</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="66"/>
        <source>by when</source>
        <translation type="unfinished">期限</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="75"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="61"/>
        <source>Engagement aims and asks</source>
        <translation type="unfinished">参与目的和诉求</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="76"/>
        <source>What do you want to achieve by engaging? Choose from the twelve common aims or write your own, then turn each into a concrete ask: who should do what, by when.</source>
        <translation type="unfinished">您希望通过参与实现什么？请从十二个常见目的中选择或自行填写，然后将每个目的转化为具体诉求：应由谁在何时之前做什么。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="86"/>
        <source>Aim</source>
        <translation type="unfinished">目的</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="87"/>
        <source>Choose an aim or type your own</source>
        <translation type="unfinished">选择目的或自行输入</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="89"/>
        <source>&amp;Aim:</source>
        <translation type="unfinished">目的(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="97"/>
        <source>&amp;Who should act:</source>
        <translation type="unfinished">应由谁行动(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="103"/>
        <source>W&amp;hat they should do:</source>
        <translation type="unfinished">应做什么(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="107"/>
        <source>The ask</source>
        <translation type="unfinished">诉求</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="93"/>
        <source>Who should act</source>
        <translation type="unfinished">应由谁采取行动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="95"/>
        <source>e.g. Member States</source>
        <translation type="unfinished">例如：会员国</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="98"/>
        <source>What they should do</source>
        <translation type="unfinished">应做什么</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="99"/>
        <source>e.g. adopt a national GCM implementation plan with civil society</source>
        <translation type="unfinished">例如：与民间社会共同制定国家《全球契约》执行计划</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="104"/>
        <source>By when</source>
        <translation type="unfinished">期限</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="105"/>
        <source>e.g. before the IMRF 2026</source>
        <translation type="unfinished">例如：2026年国际移民审查论坛之前</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="106"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">期限(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>&amp;Aims:</source>
        <translation type="unfinished">目的(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="115"/>
        <source>Add your o&amp;wn aim</source>
        <translation type="unfinished">添加自定义目的(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="116"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="117"/>
        <source>No aims yet: choose from the twelve aims or add your own.</source>
        <translation type="unfinished">尚无目的：请从十二个目的中选择，或添加自定义目的。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="118"/>
        <source>aim</source>
        <translation type="unfinished">目的</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="122"/>
        <source>Choose from the &amp;twelve aims…</source>
        <translation type="unfinished">从十二个目的中选择(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="123"/>
        <source>Add an aim from the twelve aims</source>
        <translation type="unfinished">从十二个目的中添加一个</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="134"/>
        <source>(no aim yet)</source>
        <translation type="unfinished">（尚无目的）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="141"/>
        <source> — ask incomplete</source>
        <translation type="unfinished">（诉求不完整）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="146"/>
        <source>The ask is complete.</source>
        <translation type="unfinished">诉求已完整。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="147"/>
        <source>The ask is missing: %1.</source>
        <translation type="unfinished">诉求缺少：%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="180"/>
        <source>✓ This ask is complete.</source>
        <translation type="unfinished">✓ 此诉求已完整。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="181"/>
        <source>⚠ This ask is incomplete: add %1.</source>
        <translation type="unfinished">⚠ 此诉求不完整：请补充%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="186"/>
        <source>Choose an engagement aim</source>
        <translation type="unfinished">选择参与目的</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="187"/>
        <source>The twelve aims organisations commonly pursue when engaging with the Global Compact reviews. You will turn the aim into a concrete ask next.</source>
        <translation type="unfinished">各组织参与《全球契约》审查时通常追求的十二个目的。接下来您将把所选目的转化为具体诉求。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/aims.py" line="192"/>
        <source>Add aim</source>
        <translation type="unfinished">添加目的</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="157"/>
        <source>Could not create the recovery folder %1: %2</source>
        <translation type="unfinished">无法创建恢复文件夹%1：%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="162"/>
        <source>Could not lock the recovery file %1.</source>
        <translation type="unfinished">无法锁定恢复文件%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="219"/>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished">无法写入恢复副本：%1</translation>
    </message>
</context>
<context>
    <name>BoundField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/bound.py" line="96"/>
        <source>Edit %1</source>
        <translation type="unfinished">编辑%1</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="71"/>
        <source>Brand Kit</source>
        <extracomment>the kit was saved or imported (the path of its folder) the kit on disk was read and the fields show it</extracomment>
        <translation type="unfinished">品牌套件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="72"/>
        <source>Brand kit</source>
        <translation type="unfinished">品牌套件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="79"/>
        <source>Your organisation&apos;s house style, used for every brief and template. A brief&apos;s own look choices (a colour, font or paper other than the default) win over it.</source>
        <translation type="unfinished">您所在组织的机构风格，用于所有简报和模板。简报自身的外观选择（非默认的颜色、字体或纸张）优先于品牌套件。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="83"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="90"/>
        <source>Logo preview</source>
        <translation type="unfinished">徽标预览</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="91"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">选择徽标(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="93"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">移除徽标(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="102"/>
        <source>Logo:</source>
        <translation type="unfinished">徽标：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>P&amp;rimary colour:</source>
        <translation type="unfinished">主色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="106"/>
        <source>Primary colour</source>
        <translation type="unfinished">主色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">强调色(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="107"/>
        <source>Accent colour</source>
        <translation type="unfinished">强调色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>&amp;Text colour:</source>
        <translation type="unfinished">文字颜色(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="108"/>
        <source>Text colour</source>
        <translation type="unfinished">文字颜色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="115"/>
        <source>template&apos;s own</source>
        <translation type="unfinished">由模板决定</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="116"/>
        <source>%1, hexadecimal</source>
        <translation type="unfinished">%1，十六进制</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="118"/>
        <source>Choose…</source>
        <translation type="unfinished">选择…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="119"/>
        <source>Choose %1</source>
        <translation type="unfinished">选择%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="135"/>
        <source>&amp;Heading font:</source>
        <translation type="unfinished">标题字体(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="136"/>
        <source>&amp;Body font:</source>
        <translation type="unfinished">正文字体(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="137"/>
        <source>Add font &amp;file…</source>
        <translation type="unfinished">添加字体文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="139"/>
        <source>Your own font (.ttf, .otf, .woff or .woff2). It must draw every basic Latin letter.</source>
        <translation type="unfinished">您自己的字体（.ttf、.otf、.woff或.woff2）。该字体必须包含所有基本拉丁字母。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="152"/>
        <source>e.g. the network&apos;s name, address, website</source>
        <translation type="unfinished">例如：网络的名称、地址、网站</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="153"/>
        <source>Footer l&amp;ine:</source>
        <translation type="unfinished">页脚文字(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>The brief&apos;s own</source>
        <translation type="unfinished">由简报决定</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="155"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4（210×297毫米）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="156"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">美国信纸（8.5×11英寸）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="158"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="161"/>
        <source>Brand kit status</source>
        <translation type="unfinished">品牌套件状态</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="163"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">导入(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="165"/>
        <source>&amp;Export…</source>
        <translation type="unfinished">导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="167"/>
        <source>&amp;Save</source>
        <translation type="unfinished">保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="169"/>
        <source>&amp;Close</source>
        <translation type="unfinished">关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="171"/>
        <source>Use a brand kit file a partner sent you</source>
        <translation type="unfinished">使用合作伙伴发送给您的品牌套件文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="172"/>
        <source>Save the brand kit as a file to share</source>
        <translation type="unfinished">将品牌套件保存为文件以便共享</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="193"/>
        <source>No brand kit yet: fill in the fields and press Save.</source>
        <translation type="unfinished">尚无品牌套件：请填写各字段，然后按“保存”。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="196"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="363"/>
        <source>Saved in %1</source>
        <translation type="unfinished">已保存在%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="205"/>
        <source>The saved brand kit cannot be used; saving replaces it.
%1</source>
        <translation type="unfinished">已保存的品牌套件无法使用；保存后将替换它。
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="233"/>
        <source>The template&apos;s own</source>
        <translation type="unfinished">由模板决定</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="234"/>
        <source>%1 (bundled)</source>
        <translation type="unfinished">%1（内置）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="235"/>
        <source>%1 (your font file)</source>
        <translation type="unfinished">%1（您的字体文件）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="243"/>
        <source>%1 (%2, weight %3)</source>
        <translation type="unfinished">%1（%2，字重%3）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="245"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="428"/>
        <source>Font files: %1</source>
        <translation type="unfinished">字体文件：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="246"/>
        <source>No font files of your own yet.</source>
        <translation type="unfinished">尚无您自己的字体文件。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="253"/>
        <source>No logo</source>
        <translation type="unfinished">无徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="282"/>
        <source>Choose a colour</source>
        <translation type="unfinished">选择颜色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="289"/>
        <source>Choose the Logo</source>
        <translation type="unfinished">选择徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="290"/>
        <source>Images (%1)</source>
        <translation type="unfinished">图像 (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="301"/>
        <source>This image cannot be the logo</source>
        <translation type="unfinished">此图像不能用作徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="309"/>
        <source>Add a Font File</source>
        <translation type="unfinished">添加字体文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="310"/>
        <source>Fonts (%1)</source>
        <translation type="unfinished">字体 (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="326"/>
        <source>Added the font “%1”; press Save to keep it.</source>
        <translation type="unfinished">已添加字体“%1”；请按“保存”予以保留。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="330"/>
        <source>This font cannot be used</source>
        <translation type="unfinished">此字体无法使用</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="348"/>
        <source>Brand kit not saved</source>
        <translation type="unfinished">品牌套件未保存</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="349"/>
        <source>“%1” is not a whole colour: write six hexadecimal digits, as #1d5c8c, or leave the field empty.</source>
        <translation type="unfinished">“%1”不是完整的颜色：请填写六位十六进制数字（如#1d5c8c），或将此字段留空。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="369"/>
        <source>The brand kit was not saved; the previous one is unchanged</source>
        <translation type="unfinished">品牌套件未保存；原有品牌套件保持不变</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="376"/>
        <source>Export Brand Kit</source>
        <translation type="unfinished">导出品牌套件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="377"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="396"/>
        <source>Brand kits (%1)</source>
        <translation type="unfinished">品牌套件文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="385"/>
        <source>Brand kit exported</source>
        <translation type="unfinished">品牌套件已导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="386"/>
        <source>The brand kit was saved as %1. A partner uses it with Tools ▸ Brand Kit… ▸ Import.</source>
        <translation type="unfinished">品牌套件已保存为%1。合作伙伴可通过“工具 ▸ 品牌套件… ▸ 导入”使用它。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="391"/>
        <source>The brand kit was not exported</source>
        <translation type="unfinished">品牌套件未导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="395"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="402"/>
        <source>Import Brand Kit</source>
        <translation type="unfinished">导入品牌套件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="403"/>
        <source>&amp;Replace My Brand Kit</source>
        <translation type="unfinished">替换我的品牌套件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="409"/>
        <source>Imported from %1</source>
        <translation type="unfinished">从%1导入</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="413"/>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="416"/>
        <source>The brand kit was not imported; nothing was changed</source>
        <translation type="unfinished">品牌套件未导入；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="421"/>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="422"/>
        <source>%1 holds the brand kit “%2”:</source>
        <translation type="unfinished">%1包含品牌套件“%2”：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="423"/>
        <source>unnamed</source>
        <translation type="unfinished">未命名</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="424"/>
        <source>Colours: primary %1, accent %2, text %3</source>
        <translation type="unfinished">颜色：主色%1，强调色%2，文字%3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="426"/>
        <source>Fonts: headings %1, body %2</source>
        <translation type="unfinished">字体：标题%1，正文%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="430"/>
        <source>Logo: %1</source>
        <translation type="unfinished">徽标：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="431"/>
        <source>Footer line: %1</source>
        <translation type="unfinished">页脚文字：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="432"/>
        <source>Paper: %1</source>
        <translation type="unfinished">纸张：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/brand_dialog.py" line="433"/>
        <source>It replaces your brand kit.</source>
        <translation type="unfinished">它将替换您的品牌套件。</translation>
    </message>
</context>
<context>
    <name>CatalogueChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="155"/>
        <source>e.g. Regional economic commissions</source>
        <translation type="unfinished">例如：区域经济委员会</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="157"/>
        <source>Add your o&amp;wn:</source>
        <translation type="unfinished">添加自定义条目(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="158"/>
        <source>A&amp;dd</source>
        <translation type="unfinished">添加(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="159"/>
        <source>Add your own entry</source>
        <translation type="unfinished">添加自定义条目</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="161"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">移除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="162"/>
        <source>Remove the selected own entry</source>
        <translation type="unfinished">移除所选的自定义条目</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="205"/>
        <source>%1 (your own)</source>
        <translation type="unfinished">%1（自定义）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="210"/>
        <source>Your own entry: untick it or press Remove to drop it.</source>
        <translation type="unfinished">自定义条目：取消勾选或按“移除”即可删除。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="238"/>
        <source>Add %1</source>
        <translation type="unfinished">添加到“%1”</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="226"/>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="247"/>
        <source>Remove %1</source>
        <translation type="unfinished">从“%1”移除</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="292"/>
        <source>%1 (already added)</source>
        <translation type="unfinished">%1（已添加）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="297"/>
        <source>&amp;Suggestions:</source>
        <translation type="unfinished">推荐项(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="304"/>
        <source>&amp;Add</source>
        <translation type="unfinished">添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="62"/>
        <source>— Choose —</source>
        <translation type="unfinished">— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="71"/>
        <source>%1 in your own words</source>
        <translation type="unfinished">用您自己的话描述%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="73"/>
        <source>Describe it in your own words</source>
        <translation type="unfinished">用您自己的话描述</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="110"/>
        <source>Edit %1</source>
        <translation type="unfinished">编辑%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/catalogue_picker.py" line="116"/>
        <source>Choose %1</source>
        <translation type="unfinished">选择%1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="20"/>
        <source>a guiding principle</source>
        <translation type="unfinished">指导原则</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="21"/>
        <source>an objective</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="22"/>
        <source>an action</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="57"/>
        <source>it names {citation}, which is not {kind}</source>
        <translation type="unfinished">它引用了{citation}，但该项不是{kind}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="65"/>
        <source>{name} links to {ref}, which is not in the GCM: {reason}. Remove it, or pick the right item in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}关联的{ref}不在《全球契约》中：{reason}。请将其移除，或在“关联《全球契约》”步骤中选择正确的条目。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="87"/>
        <source>The PDF marks this wording.</source>
        <translation type="unfinished">PDF中标记了此措辞。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="89"/>
        <source>Marking it in the PDF is turned off in the look settings.</source>
        <translation type="unfinished">外观设置中已关闭在PDF中标记此措辞的功能。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="94"/>
        <source>The GCM item this brief links ({items}) uses wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">本简报关联的《全球契约》条目（{items}）所用措辞尚未对照最终决议（A/RES/73/195）逐字核实。{marked}发布前请与正式文本进行比对。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="101"/>
        <source>All {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">本简报关联的全部{total}个《全球契约》条目（{items}）所用措辞均尚未对照最终决议（A/RES/73/195）逐字核实。{marked}发布前请与正式文本进行比对。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="108"/>
        <source>{count} of the {total} GCM items this brief links ({items}) use wording not yet checked word for word against the final resolution (A/RES/73/195). {marked} Compare it with the official text before you publish.</source>
        <translation type="unfinished">在本简报关联的{total}个《全球契约》条目中，有{count}个（{items}）所用措辞尚未对照最终决议（A/RES/73/195）逐字核实。{marked}发布前请与正式文本进行比对。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="79"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion. Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}设为{value}，看起来像是输错的推荐项。请从列表中重新选择，或用您自己的话填写。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="85"/>
        <source>{what} is set to {value}, which looks like a mistyped suggestion: did you mean {suggestion}? Pick it again from the list, or write it in your own words.</source>
        <translation type="unfinished">{what}设为{value}，看起来像是输错的推荐项：您是否指{suggestion}？请从列表中重新选择，或用您自己的话填写。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="120"/>
        <source>The brief has no title yet: give it one.</source>
        <translation type="unfinished">简报尚无标题：请添加标题。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="129"/>
        <source>Your organisation&apos;s name is missing: add it in the organisation step so readers know who is speaking.</source>
        <translation type="unfinished">缺少您的组织名称：请在“组织”步骤中填写，让读者知道是谁在发声。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="140"/>
        <source>The process</source>
        <translation type="unfinished">进程</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="144"/>
        <location filename="../../briefwriter/core/check_text.py" line="253"/>
        <source>Audience {number}</source>
        <translation type="unfinished">受众{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="151"/>
        <source>The brief has no summary yet: say in two or three sentences what you ask for and why.</source>
        <translation type="unfinished">简报尚无摘要：请用两三句话说明您的诉求及理由。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Arabic</source>
        <translation type="unfinished">阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="130"/>
        <source>Chinese</source>
        <translation type="unfinished">中文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>French</source>
        <translation type="unfinished">法文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="131"/>
        <source>Russian</source>
        <translation type="unfinished">俄文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="132"/>
        <source>Spanish</source>
        <translation type="unfinished">西班牙文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="146"/>
        <source>This brief is in {language} but quotes the English text of the GCM, and the paper says so. To quote the official {language} text, import it: Help ▸ Check the GCM Text Against the Official Document…</source>
        <translation type="unfinished">本简报以{language}撰写，但引用的是《全球契约》的英文文本，简报中对此作了说明。如需引用{language}正式文本，请导入该文本：帮助 ▸ 对照正式文件核对《全球契约》文本…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="156"/>
        <source>The GCM has no official edition in this brief&apos;s language: the paper quotes its English text and says so.</source>
        <translation type="unfinished">《全球契约》没有本简报所用语言的正式版本：简报引用其英文文本，并对此作了说明。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_gcm.py" line="175"/>
        <source>BriefWriter does not hold the whole text of {items}: the PDF cites it and says “Text not included: see A/RES/73/195” instead of quoting it.</source>
        <translation type="unfinished">BriefWriter未收录{items}的全文：PDF只注明出处并写明“未收录文本：见A/RES/73/195”，而不引述原文。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="188"/>
        <source>The brief has no priorities yet: add at least one, in your own words or from the suggestions.</source>
        <translation type="unfinished">简报尚无优先事项：请至少添加一项，可用您自己的话填写，也可从推荐项中选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="203"/>
        <source>{name} has no title yet: give it a short name, such as “Ending lethal disregard”.</source>
        <translation type="unfinished">{name}尚无标题：请起一个简短的名称，例如“终结致命的漠视”。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="216"/>
        <source>{name} has no description yet: say in a few sentences what the problem is and what should change.</source>
        <translation type="unfinished">{name}尚无描述：请用几句话说明问题是什么、应作出哪些改变。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="229"/>
        <source>{name} is not linked to the GCM yet: link it to at least one objective or action in the “Link to the GCM” step.</source>
        <translation type="unfinished">{name}尚未与《全球契约》关联：请在“关联《全球契约》”步骤中将其关联到至少一个目标或行动。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="248"/>
        <location filename="../../briefwriter/core/checks_safety.py" line="75"/>
        <source>Evidence {number} of {owner}</source>
        <translation type="unfinished">{owner}的证据{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="256"/>
        <location filename="../../briefwriter/core/check_text.py" line="218"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="99"/>
        <source>{name} is empty: fill it in or remove it.</source>
        <translation type="unfinished">{name}为空：请填写或将其移除。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="266"/>
        <source>{name} has a source but no text: write the fact or finding it supports.</source>
        <translation type="unfinished">{name}有来源但没有文字：请写出该来源所支持的事实或调查结果。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="279"/>
        <source>{name} has no source: say who published it, the title and the year, so readers can check it.</source>
        <translation type="unfinished">{name}没有来源：请注明发布者、标题和年份，以便读者核查。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="295"/>
        <source>{name} has the link {url}, which is not a web address: write the full address starting with https://, e.g. {example}.</source>
        <translation type="unfinished">{name}的链接{url}不是网址：请填写以https://开头的完整网址，例如{example}。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="309"/>
        <source>who should act</source>
        <translation type="unfinished">应由谁采取行动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="310"/>
        <source>what they should do</source>
        <translation type="unfinished">应做什么</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="311"/>
        <source>by when</source>
        <translation type="unfinished">在何时之前</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="319"/>
        <location filename="../../briefwriter/core/check_text.py" line="254"/>
        <source>Aim {number}</source>
        <translation type="unfinished">目的{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="322"/>
        <source>Aim {number} {label}</source>
        <translation type="unfinished">目的{number}{label}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="329"/>
        <source>{name} is empty: choose an aim from the list or write your own.</source>
        <translation type="unfinished">{name}为空：请从列表中选择一个目的，或自行填写。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="341"/>
        <source>{name} has no concrete ask yet: say {parts}.</source>
        <translation type="unfinished">{name}尚无具体诉求：请说明{parts}。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="343"/>
        <source>{name} needs a complete ask: say {parts}.</source>
        <translation type="unfinished">{name}的诉求不完整：请说明{parts}。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="360"/>
        <source>The two-page brief leads with your key messages, and there are none yet: add two or three.</source>
        <translation type="unfinished">两页简报以您的关键信息开篇，但目前还没有关键信息：请添加两三条。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="374"/>
        <source>Recommendation {number} is empty: fill it in or remove it.</source>
        <translation type="unfinished">建议{number}为空：请填写或将其移除。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="385"/>
        <source>Recommendation {number} {text} has no addressee: say who should act on it (for example “Member States”).</source>
        <translation type="unfinished">建议{number}{text}没有建议对象：请说明应由谁落实（例如“会员国”）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="399"/>
        <source>Recommendation {number} to {addressee} has no text yet.</source>
        <translation type="unfinished">致{addressee}的建议{number}尚无文字。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="420"/>
        <source>about {duration} to deliver ({words} words at {wpm} words a minute), over its time limit of {limit}</source>
        <translation type="unfinished">宣读约需{duration}（{words}个词，按每分钟{wpm}个词计），超出了{limit}的时限</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="431"/>
        <source>The statement takes {timing}: cut about {cut} words.</source>
        <translation type="unfinished">该发言{timing}：请删减约{cut}个词。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks.py" line="435"/>
        <source>The statement composed from your summary, key messages and asks takes {timing}: write a shorter statement in the statement step, or cut about {cut} words from those parts.</source>
        <translation type="unfinished">根据您的摘要、关键信息和诉求生成的发言{timing}：请在口头发言栏中撰写更短的发言稿，或从上述部分中删减约{cut}个词。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="32"/>
        <source>Priority {number} {title}</source>
        <translation type="unfinished">优先事项{number}{title}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="34"/>
        <source>Priority {number}</source>
        <translation type="unfinished">优先事项{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="67"/>
        <source>The title is {count} characters long; over {limit} it no longer fits the cover. Shorten it and move the rest to the subtitle.</source>
        <translation type="unfinished">标题长{count}个字符；超过{limit}个字符就无法在封面上完整显示。请缩短标题，并将其余内容移至副标题。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="75"/>
        <source>The subtitle is {count} characters long; over {limit} it crowds the cover. Shorten it and move the detail to the summary.</source>
        <translation type="unfinished">副标题长{count}个字符；超过{limit}个字符会使封面显得拥挤。请缩短副标题，并将细节移至摘要。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="84"/>
        <source>Your organisation&apos;s name is {count} characters long; over {limit} it does not fit where the paper names you. Use the name you are known by and say more in the description.</source>
        <translation type="unfinished">您的组织名称长{count}个字符；超过{limit}个字符就无法在简报署名处完整显示。请使用您为人熟知的名称，并在描述中作进一步介绍。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="93"/>
        <source>The summary is {count} characters long; over {limit} it is no longer a summary. Keep it to a few sentences and move the detail into the priorities.</source>
        <translation type="unfinished">摘要长{count}个字符；超过{limit}个字符就不再是摘要了。请控制在几句话之内，并将细节移至优先事项。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="103"/>
        <source>The heading of section {number} is {count} characters long; over {limit} it is no longer a heading. Shorten it and begin the section&apos;s text with the rest.</source>
        <translation type="unfinished">章节{number}的标题长{count}个字符；超过{limit}个字符就不再是标题了。请缩短标题，并将其余内容放在该章节正文的开头。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="116"/>
        <source>The title of priority {number} is {count} characters long; over {limit} it is no longer a short name. Shorten it and move the rest to its description.</source>
        <translation type="unfinished">优先事项{number}的标题长{count}个字符；超过{limit}个字符就不再是简短名称了。请缩短标题，并将其余内容移至描述。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="126"/>
        <source>The description of {name} is {count} characters long; over {limit} readers skim it. Cut it down, or move the detail into its evidence or a section of your own.</source>
        <translation type="unfinished">{name}的描述长{count}个字符；超过{limit}个字符，读者只会一扫而过。请加以删减，或将细节移至其证据或自定义章节中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="137"/>
        <source>Key message {number} is {count} characters long; over {limit} readers no longer take it in at a glance. Keep it to a sentence or two.</source>
        <translation type="unfinished">关键信息{number}长{count}个字符；超过{limit}个字符，读者就无法一眼看明白。请控制在一两句话之内。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="148"/>
        <source>Recommendation {number} is {count} characters long; over {limit} it asks for too much at once. Split it into several recommendations.</source>
        <translation type="unfinished">建议{number}长{count}个字符；超过{limit}个字符，一次提出的要求就太多了。请将其拆分为几条建议。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="188"/>
        <source>The publication date {date} does not exist in the calendar: correct it, or leave it empty to print no date.</source>
        <translation type="unfinished">发布日期{date}在日历中不存在：请更正，或将其留空以不打印日期。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="194"/>
        <source>The publication date {date} is not a date: write it as 2026-05-12, or leave it empty to print no date.</source>
        <translation type="unfinished">发布日期{date}不是日期：请按2026-05-12的格式填写，或将其留空以不打印日期。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="204"/>
        <source>Your section {number} {heading}</source>
        <translation type="unfinished">自定义章节{number}{heading}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="206"/>
        <source>Your section {number}</source>
        <translation type="unfinished">自定义章节{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="223"/>
        <source>{name} has text but no heading: give it one, so readers can find it.</source>
        <translation type="unfinished">{name}有正文但没有标题：请添加标题，以便读者查找。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="231"/>
        <source>{name} has a heading but no text yet.</source>
        <translation type="unfinished">{name}有标题但尚无正文。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="244"/>
        <source>The title</source>
        <translation type="unfinished">标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="245"/>
        <source>The subtitle</source>
        <translation type="unfinished">副标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="246"/>
        <source>The summary</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="247"/>
        <source>Your organisation&apos;s details</source>
        <translation type="unfinished">您的机构信息</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="248"/>
        <source>The occasion</source>
        <translation type="unfinished">场合</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="249"/>
        <source>Your headings</source>
        <translation type="unfinished">您的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="250"/>
        <source>The oral statement</source>
        <translation type="unfinished">口头发言</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="255"/>
        <source>Key message {number}</source>
        <translation type="unfinished">关键信息{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="256"/>
        <source>Recommendation {number}</source>
        <translation type="unfinished">建议{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="257"/>
        <location filename="../../briefwriter/core/checks_pledges.py" line="41"/>
        <source>Pledge {number}</source>
        <translation type="unfinished">保证{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="258"/>
        <location filename="../../briefwriter/core/checks_coalition.py" line="24"/>
        <source>Co-signatory {number}</source>
        <translation type="unfinished">联署方{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="275"/>
        <source>The field {field}</source>
        <translation type="unfinished">字段{field}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="287"/>
        <source>{name}: a character no font can print: {characters}. It would come out as an empty box: replace it, or install a font that has it.</source>
        <translation type="unfinished">{name}：有一个字符没有任何字体可以打印：{characters}。它会显示为空白方框：请替换它，或安装包含该字符的字体。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/check_text.py" line="293"/>
        <source>{name}: {count} characters no font can print: {characters}. They would come out as empty boxes: replace them, or install a font that has them.</source>
        <translation type="unfinished">{name}：有{count}个字符没有任何字体可以打印：{characters}。它们会显示为空白方框：请替换它们，或安装包含这些字符的字体。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="57"/>
        <source>{a} and {b}</source>
        <translation type="unfinished">{a}和{b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/i18n.py" line="58"/>
        <source>{a}, {b}</source>
        <translation type="unfinished">{a}、{b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="108"/>
        <source>The logo {logo} is outside the brief&apos;s folder. Copy the image into the folder where the brief is saved (or a folder inside it) and choose it again.</source>
        <translation type="unfinished">徽标{logo}位于简报文件夹之外。请将图像复制到简报所在的文件夹（或其子文件夹）中，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="137"/>
        <source>The logo will be looked for next to the brief file: save the brief in the folder that holds the logo so it can be checked and shown.</source>
        <translation type="unfinished">将在简报文件所在位置查找徽标：请将简报保存到徽标所在的文件夹中，以便检查和显示徽标。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="163"/>
        <source>The logo {logo} cannot be read: {reason}.</source>
        <translation type="unfinished">无法读取徽标{logo}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="171"/>
        <source>The logo is {size} MB; the limit is 5 MB. Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">徽标大小为{size} MB，上限为5 MB。请另存一个较小的版本（徽标宽度很少需要超过1000像素），然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="183"/>
        <source>The logo {logo} is not a PNG, JPEG or SVG image (whatever its name says). Export the logo in one of those formats and choose it again.</source>
        <translation type="unfinished">徽标{logo}不是PNG、JPEG或SVG图像（无论其文件名如何）。请将徽标导出为上述格式之一，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="196"/>
        <source>The logo {logo} is a folder.</source>
        <translation type="unfinished">徽标{logo}是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="200"/>
        <source>The logo {logo} is not an ordinary file (it is a device, a pipe or a socket), so it is not read. Choose an image file.</source>
        <translation type="unfinished">徽标{logo}不是普通文件（而是设备、管道或套接字），因此不会读取。请选择一个图像文件。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="222"/>
        <source>The logo file {logo} was not found in the brief&apos;s folder. Choose the image again in the organisation step.</source>
        <translation type="unfinished">在简报文件夹中找不到徽标文件{logo}。请在“组织”步骤中重新选择该图像。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="295"/>
        <source>The logo {logo} is a picture of {width} × {height} pixels, too large to print (the limit is 50 million pixels). Save a smaller version (a logo rarely needs more than 1000 pixels across) and choose it again.</source>
        <translation type="unfinished">徽标{logo}是一张{width}×{height}像素的图像，太大，无法打印（上限为5000万像素）。请另存一个较小的版本（徽标宽度很少需要超过1000像素），然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="377"/>
        <source>The logo {logo} is an SVG file that declares entities or a document type of its own, which BriefWriter does not read. Export it again as plain SVG (or as a PNG) and choose it again.</source>
        <translation type="unfinished">徽标{logo}是一个声明了自有实体或文档类型的SVG文件，BriefWriter不读取此类文件。请将其重新导出为普通SVG（或PNG），然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="396"/>
        <source>The logo {logo} is an SVG file with a script or web content in it (&lt;{element}&gt;), which is not printed. Export it again without it (or as a PNG) and choose it again.</source>
        <translation type="unfinished">徽标{logo}是一个包含脚本或网页内容（&lt;{element}&gt;）的SVG文件，这些内容不会被打印。请去除这些内容后重新导出（或导出为PNG），然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="414"/>
        <source>The logo {logo} is an SVG file that uses another file or a web address ({href}); a logo must carry everything it shows. Export it again with its pictures embedded (or as a PNG) and choose it again.</source>
        <translation type="unfinished">徽标{logo}是一个引用了其他文件或网址（{href}）的SVG文件；徽标必须自带其显示的全部内容。请重新导出并嵌入其中的图片（或导出为PNG），然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="441"/>
        <source>The logo {logo} is an SVG file that cannot be read: {reason} (line {line}). Export it again and choose it again.</source>
        <translation type="unfinished">徽标{logo}是一个无法读取的SVG文件：{reason}（第{line}行）。请将其重新导出，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="451"/>
        <source>The logo {logo} is an SVG drawing too complex to print: with its copies (&lt;use&gt;) drawn out it has about {shapes} shapes, and at most {limit} can be printed. Simplify it or export it as a PNG and choose it again.</source>
        <translation type="unfinished">徽标{logo}是一个过于复杂、无法打印的SVG图形：展开其副本（&lt;use&gt;）后约有{shapes}个形状，而最多只能打印{limit}个。请将其简化或导出为PNG，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/logo.py" line="487"/>
        <source>The logo {logo} is an SVG file in which a copy (&lt;use&gt;) contains itself, so it can never be drawn. Export it again and choose it again.</source>
        <translation type="unfinished">徽标{logo}是一个SVG文件，其中有一个副本（&lt;use&gt;）包含其自身，因此永远无法绘制。请将其重新导出，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="134"/>
        <source>The field {field} has tables with {rows} rows (the row past the limit is on line {line} of its text); at most {limit} fit in one field, so its tables are printed as plain lines of text. Shorten the table or split it across fields.</source>
        <translation type="unfinished">字段{field}中的表格有{rows}行（超出上限的那一行位于其文本的第{line}行）；一个字段最多容纳{limit}行，因此其中的表格将以纯文本行的形式打印。请缩短表格，或将其拆分到多个字段中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="156"/>
        <source>The field {field} has footnotes inside footnotes {depth} deep (from line {line} of its text); at most {limit} levels can be printed, so this text is printed as plain text, without its formatting or notes. Take the inner notes out of the outer ones.</source>
        <translation type="unfinished">字段{field}中的脚注嵌套了{depth}层（从其文本的第{line}行开始）；最多只能打印{limit}层，因此该文本将以纯文本形式打印，不带格式和脚注。请将内层脚注移出外层脚注。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/markdown_limits.py" line="170"/>
        <source>The field {field} has {count} footnotes (the note past the limit is on line {line} of its text); at most {limit} fit in one field, so this text is printed as plain text, without its formatting or notes. Cut some notes or move sources into the evidence of a priority.</source>
        <translation type="unfinished">字段{field}中有{count}个脚注（超出上限的那个脚注位于其文本的第{line}行）；一个字段最多容纳{limit}个，因此该文本将以纯文本形式打印，不带格式和脚注。请删减部分脚注，或将来源移至某一优先事项的证据中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="366"/>
        <source>key message {numbers}</source>
        <translation type="unfinished">关键信息{numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="367"/>
        <source>key messages {numbers}</source>
        <translation type="unfinished">关键信息{numbers}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="370"/>
        <source>the ask of aim {numbers}</source>
        <translation type="unfinished">目的{numbers}的诉求</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="371"/>
        <source>the asks of aims {numbers}</source>
        <translation type="unfinished">目的{numbers}的诉求</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="374"/>
        <source>{a}; {b}</source>
        <translation type="unfinished">{a}；{b}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="405"/>
        <source>The suggested statement is in English: BriefWriter cannot yet compose one in {language}. Translate it or write your own.</source>
        <translation type="unfinished">参考发言稿为英文：BriefWriter目前还无法用{language}生成发言稿。请将其译出，或自行撰写。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="444"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over the time limit of {limit}.</source>
        <translation type="unfinished">参考发言稿需时{duration}（{words}个词，按每分钟130个词计）：比{limit}的时限多出{over}个词（{over_time}）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="449"/>
        <source>The suggested statement would take {duration} ({words} words at 130 words a minute): {over} words ({over_time}) over {limit}, the usual limit when none is set.</source>
        <translation type="unfinished">参考发言稿需时{duration}（{words}个词，按每分钟130个词计）：比{limit}（未设定时限时的通常上限）多出{over}个词（{over_time}）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="456"/>
        <source>Left out to fit: {parts}.</source>
        <translation type="unfinished">为控制时长，省略了：{parts}。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/statement.py" line="459"/>
        <source>It is still {over} words over: shorten the first key message or the first ask, or edit the draft.</source>
        <translation type="unfinished">仍超出{over}个词：请缩短第一条关键信息或第一项诉求，或编辑发言稿。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="22"/>
        <source>Co-signatory {number} {name}</source>
        <translation type="unfinished">联署方{number}{name}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="37"/>
        <source>{name}: no consent recorded. Note when and how they agreed to sign (an e-mail from the director, a signed form) before the paper goes out.</source>
        <translation type="unfinished">{name}：未记录同意情况。请在简报发出之前，注明对方何时以及以何种方式同意联署（例如负责人发来的电子邮件、签字的表格）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="45"/>
        <source>{name}: when was consent given? Add the date.</source>
        <translation type="unfinished">{name}：何时表示同意？请添加日期。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="50"/>
        <source>{name}: how was consent given? Say how (an e-mail, a form).</source>
        <translation type="unfinished">{name}：以何种方式表示同意？请说明方式（电子邮件、表格等）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_coalition.py" line="59"/>
        <source>{name}: {problem}</source>
        <translation type="unfinished">{name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="23"/>
        <source>{name} does not say what will be done: describe the action.</source>
        <translation type="unfinished">{name}未说明将采取什么行动：请描述行动。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="25"/>
        <source>{name} has no one responsible: say who will do it (a unit, a partner).</source>
        <translation type="unfinished">{name}没有负责方：请说明由谁落实（某个部门、某个合作伙伴）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="27"/>
        <source>{name} has no GCM objective: tick the objectives it serves.</source>
        <translation type="unfinished">{name}没有对应的《全球契约》目标：请勾选其所服务的目标。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="29"/>
        <source>{name} has no indicator: say how progress will be measured.</source>
        <translation type="unfinished">{name}没有指标：请说明如何衡量进展。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="31"/>
        <source>{name} has no measurable target: say what will have been reached, in numbers where you can.</source>
        <translation type="unfinished">{name}没有可衡量的目标值：请说明届时将达到什么程度，尽可能使用数字。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="34"/>
        <source>{name} has no deadline: say by when it will be done (2027-12-31, 2027-12 or 2027).</source>
        <translation type="unfinished">{name}没有截止日期：请说明在何时之前完成（2027-12-31、2027-12或2027）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="69"/>
        <source>The deadline of {name}, {date}, does not exist in the calendar: correct it.</source>
        <translation type="unfinished">{name}的截止日期{date}在日历中不存在：请更正。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="73"/>
        <source>The deadline of {name}, {date}, is not a date: write it as 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">{name}的截止日期{date}不是日期：请按2027-12-31、2027-12或2027的格式填写，以便核查进展。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="79"/>
        <source>The deadline of {name}, {date}, has already passed: give a date still to come.</source>
        <translation type="unfinished">{name}的截止日期{date}已过：请填写一个尚未到来的日期。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="84"/>
        <source>The deadline of {name}, {date}, comes before the occasion ({occasion}) where it is announced: give a later date.</source>
        <translation type="unfinished">{name}的截止日期{date}早于宣布该保证的场合（{occasion}）：请填写更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="108"/>
        <source>{name} has a target but no baseline: say where things stand now, so that the change can be measured.</source>
        <translation type="unfinished">{name}有目标值但没有基线：请说明目前的状况，以便衡量变化。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="117"/>
        <source>met</source>
        <translation type="unfinished">已实现</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="118"/>
        <source>partly met</source>
        <translation type="unfinished">部分实现</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="125"/>
        <source>Follow-up item {number} {text}</source>
        <translation type="unfinished">后续行动事项{number}{text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="127"/>
        <source>Follow-up item {number}</source>
        <translation type="unfinished">后续行动事项{number}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="137"/>
        <source>{name} has no outcome yet: say whether it was met, partly met or not met.</source>
        <translation type="unfinished">{name}尚无结果：请说明其已实现、部分实现还是未实现。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_pledges.py" line="142"/>
        <source>{name} is marked {status} but has no evidence: say what happened, with a source.</source>
        <translation type="unfinished">{name}标记为“{status}”，但没有证据：请说明发生了什么，并注明来源。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="53"/>
        <source>your organisation&apos;s name</source>
        <translation type="unfinished">您的组织名称</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="54"/>
        <source>an e-mail address</source>
        <translation type="unfinished">电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="55"/>
        <source>a phone number</source>
        <translation type="unfinished">电话号码</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="56"/>
        <source>your organisation&apos;s web address</source>
        <translation type="unfinished">您的组织网址</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="99"/>
        <source>Safety mode: the speaker {name} is a personal name, printed with the statement. Give a role instead (“our representative”), or leave it empty.</source>
        <translation type="unfinished">安全模式：发言人{name}是个人姓名，会随发言一起打印。请改为填写职务（如“我方代表”），或将其留空。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="107"/>
        <source>Safety mode: co-signatory {number} {name} signs as an individual, so the paper prints a personal name. Make sure they agreed to be named, or leave them out.</source>
        <translation type="unfinished">安全模式：联署方{number}{name}以个人身份联署，因此简报上会打印个人姓名。请确认对方同意具名，否则请将其删去。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="114"/>
        <source>Safety mode: the contact person {name} is a personal name and is printed on the paper. Leave contact details out (Organisation step, Safety mode), or give a role instead of a name.</source>
        <translation type="unfinished">安全模式：联系人{name}是个人姓名，会打印在简报上。请略去联系方式（“组织”步骤中的“安全模式”），或以职务代替姓名。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="121"/>
        <source>Safety mode: the contact person {name} is a personal name. It is left out of the exported paper, but anyone you send the brief file to can read it: clear it before you share the file.</source>
        <translation type="unfinished">安全模式：联系人{name}是个人姓名。导出的简报中不含该姓名，但收到简报文件的任何人都能读到它：共享文件之前请将其清除。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="138"/>
        <source>{field} names {names}, a person the brief names elsewhere (as a contact person, speaker or co-signatory); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field}提到了{names}，简报其他地方（作为联系人、发言人或联署方）也提到了此人；开启安全模式时，请略去该姓名或以职务代替。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="150"/>
        <source>{field} seems to name a person: {names} (a title such as Ms or Dr before a name, or “my name is”); with safety mode on, leave the name out or give a role.</source>
        <translation type="unfinished">{field}中似乎提到了某个人：{names}（姓名前有“女士”“博士”等称谓，或有“我的名字是”等字样）；开启安全模式时，请略去该姓名或以职务代替。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="160"/>
        <source>{what} {text}</source>
        <translation type="unfinished">{what}{text}</translation>
    </message>
    <message>
        <location filename="../../briefwriter/core/checks_safety.py" line="165"/>
        <source>{field} holds {what}, which can tell readers who wrote the paper; with safety mode on, leave it out or write “our organisation”.</source>
        <translation type="unfinished">{field}中含有{what}，读者可能据此得知简报的作者；开启安全模式时，请将其略去或改写为“我们的组织”。</translation>
    </message>
</context>
<context>
    <name>ChoosePackDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="276"/>
        <source>Export template pack</source>
        <translation type="unfinished">导出模板包</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="279"/>
        <source>Template to export</source>
        <translation type="unfinished">要导出的模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="285"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">模板(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>CoalitionDialog</name>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="72"/>
        <source>Priorities</source>
        <translation type="unfinished">优先事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="73"/>
        <source>Asks</source>
        <translation type="unfinished">诉求</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="74"/>
        <source>Evidence</source>
        <translation type="unfinished">证据</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="75"/>
        <source>Recommendations</source>
        <translation type="unfinished">建议</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="76"/>
        <source>Co-signatories</source>
        <translation type="unfinished">联署方</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="91"/>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="345"/>
        <source>Import from a Partner&apos;s Brief</source>
        <extracomment>the merge was applied (the number of items that came in)</extracomment>
        <translation type="unfinished">从合作伙伴的简报导入</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="99"/>
        <source>From “%1” (%2). Check what to bring into your brief. Items already in your brief are shown beside yours: keep yours, take theirs, or keep both.</source>
        <translation type="unfinished">来自“%1”（%2）。请勾选要纳入您简报的内容。您的简报中已有的条目会与您的条目并列显示：可保留您的、采用对方的，或两者都保留。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>From your partner</source>
        <translation type="unfinished">来自合作伙伴</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="105"/>
        <source>Already in your brief</source>
        <translation type="unfinished">您的简报中已有</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="106"/>
        <source>What to do</source>
        <translation type="unfinished">处理方式</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="107"/>
        <source>Items from your partner&apos;s brief</source>
        <translation type="unfinished">合作伙伴简报中的条目</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="116"/>
        <source>&amp;Items:</source>
        <translation type="unfinished">条目(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>&amp;Yours:</source>
        <translation type="unfinished">您的(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="124"/>
        <source>Yours</source>
        <translation type="unfinished">您的</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="125"/>
        <source>Your &amp;partner&apos;s:</source>
        <translation type="unfinished">合作伙伴的(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="126"/>
        <source>Your partner&apos;s</source>
        <translation type="unfinished">合作伙伴的</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="136"/>
        <source>Worth a look in the partner&apos;s file: %1</source>
        <translation type="unfinished">请留意合作伙伴文件中的以下情况：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="139"/>
        <source>&amp;Merge</source>
        <translation type="unfinished">合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="156"/>
        <source>The partner&apos;s brief holds nothing to import.</source>
        <translation type="unfinished">合作伙伴的简报中没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="167"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="168"/>
        <source>%1 already in your brief</source>
        <translation type="unfinished">您的简报中已有%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="169"/>
        <source>none in your brief</source>
        <translation type="unfinished">您的简报中没有</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="182"/>
        <source>%1 (similar)</source>
        <translation type="unfinished">%1（相似）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="183"/>
        <source>not in your brief</source>
        <translation type="unfinished">不在您的简报中</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="185"/>
        <source>Add</source>
        <translation type="unfinished">添加</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="197"/>
        <source>Priority for the evidence “%1”</source>
        <translation type="unfinished">证据“%1”所属的优先事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="206"/>
        <source>What to do with “%1”</source>
        <translation type="unfinished">如何处理“%1”</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="207"/>
        <source>Keep ours</source>
        <translation type="unfinished">保留我方的</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="208"/>
        <source>Take theirs</source>
        <translation type="unfinished">采用对方的</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="209"/>
        <source>Keep both</source>
        <translation type="unfinished">两者都保留</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>Under: %1</source>
        <translation type="unfinished">归入：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="219"/>
        <source>priority %1</source>
        <translation type="unfinished">优先事项%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="222"/>
        <source>Under: %1 (theirs, if merged)</source>
        <translation type="unfinished">归入：%1（如合并，则为对方的）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="253"/>
        <source>(not in your brief)</source>
        <translation type="unfinished">（不在您的简报中）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="278"/>
        <source>Not Everything Can Be Merged</source>
        <translation type="unfinished">并非所有内容都能合并</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="291"/>
        <source>Logos Left Out</source>
        <translation type="unfinished">已略去徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="297"/>
        <source>Not Merged</source>
        <translation type="unfinished">未合并</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="304"/>
        <source>Import from partner&apos;s brief</source>
        <translation type="unfinished">从合作伙伴的简报导入</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="331"/>
        <source>save your brief first, then add the logo on the Co-signatories step</source>
        <translation type="unfinished">请先保存您的简报，然后在“联署方”步骤中添加徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="337"/>
        <source>The logo of %1 was left out: %2</source>
        <translation type="unfinished">%1的徽标已略去：%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="362"/>
        <source>Could Not Read the Partner&apos;s Brief</source>
        <translation type="unfinished">无法读取合作伙伴的简报</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="59"/>
        <source>File text</source>
        <translation type="unfinished">文件文本</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="46"/>
        <source>Continue for the Next Review</source>
        <translation type="unfinished">延续到下一次审查</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="62"/>
        <source>Start the brief for the next review from this one. This brief and its file stay as they are.</source>
        <translation type="unfinished">以本简报为基础，开始撰写用于下一次审查的简报。本简报及其文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="66"/>
        <source>&amp;Next review:</source>
        <translation type="unfinished">下一次审查(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="69"/>
        <source>Carried over: your organisation, priorities with their GCM links and evidence, audience, language, template and look, your own sections and headings, and the safety settings.</source>
        <translation type="unfinished">沿用的内容：您的组织、优先事项及其与《全球契约》的关联和证据、受众、语言、模板和外观、自定义章节和标题，以及安全设置。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="73"/>
        <source>Your asks and pledges become the list “Since the last review”, where you record what happened to each. This paper is kept in the new brief&apos;s history.</source>
        <translation type="unfinished">您的诉求和保证将成为“上次审查以来”清单，您可在其中记录每一项的进展情况。本简报会保留在新简报的历史记录中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="76"/>
        <source>Starting anew: title, summary, key messages, recommendations, asks, pledges, co-signatories and the oral statement.</source>
        <translation type="unfinished">重新开始的内容：标题、摘要、关键信息、建议、诉求、保证、联署方和口头发言。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="82"/>
        <source>&amp;Continue</source>
        <translation type="unfinished">继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CosignatoriesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="18"/>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="72"/>
        <source>Co-signatories</source>
        <translation type="unfinished">联署方</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/cosignatories.py" line="19"/>
        <source>List the organisations that sign the paper with you.</source>
        <translation type="unfinished">请列出与您共同签署本简报的组织。</translation>
    </message>
</context>
<context>
    <name>CosignatoryEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="46"/>
        <source>The logo of %1 was left out: save the brief first, then add the partner&apos;s profile again.</source>
        <translation type="unfinished">%1的徽标已略去：请先保存简报，然后重新添加合作伙伴的档案。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="69"/>
        <source>Co-signatory kind</source>
        <translation type="unfinished">联署方类型</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Organisation</source>
        <translation type="unfinished">组织</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="71"/>
        <source>Individual</source>
        <translation type="unfinished">个人</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="72"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="73"/>
        <source>Co-signatory name</source>
        <translation type="unfinished">联署方名称</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="75"/>
        <source>Co-signatory country</source>
        <translation type="unfinished">联署方所在国家</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="76"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="79"/>
        <source>Co-signatory contact person</source>
        <translation type="unfinished">联署方联系人</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="80"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">联系人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="81"/>
        <source>Co-signatory e-mail</source>
        <translation type="unfinished">联署方电子邮件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="82"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="83"/>
        <source>Co-signatory phone</source>
        <translation type="unfinished">联署方电话</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="84"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="85"/>
        <source>Co-signatory website</source>
        <translation type="unfinished">联署方网站</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="87"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">网站(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="88"/>
        <source>Co-signatory postal address</source>
        <translation type="unfinished">联署方邮政地址</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="89"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">地址(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="90"/>
        <source>Contact</source>
        <translation type="unfinished">联系方式</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="93"/>
        <source>Date consent was given</source>
        <translation type="unfinished">表示同意的日期</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="95"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="96"/>
        <source>How consent was given</source>
        <translation type="unfinished">表示同意的方式</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="97"/>
        <source>e.g. e-mail from the director, signed form</source>
        <translation type="unfinished">例如：负责人发来的电子邮件、签字的表格</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="98"/>
        <source>H&amp;ow:</source>
        <translation type="unfinished">方式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="100"/>
        <source>Your own record that they agreed to sign this paper. It is never printed.</source>
        <translation type="unfinished">您自己记录的对方同意联署本简报的情况。此信息绝不会打印。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="101"/>
        <source>Consent</source>
        <translation type="unfinished">同意情况</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="106"/>
        <source>Logo (optional)</source>
        <translation type="unfinished">徽标（可选）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>Co-si&amp;gnatories:</source>
        <translation type="unfinished">联署方(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="110"/>
        <source>&amp;Add co-signatory</source>
        <translation type="unfinished">添加联署方(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="111"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>No co-signatories yet.</source>
        <translation type="unfinished">尚无联署方。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="112"/>
        <source>co-signatory</source>
        <translation type="unfinished">联署方</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="116"/>
        <source>Add from a partner&apos;s pro&amp;file…</source>
        <translation type="unfinished">从合作伙伴的档案添加(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="118"/>
        <source>Add a partner from the organisation profile file they sent you (.orgprofile)</source>
        <translation type="unfinished">从合作伙伴发送给您的组织档案文件（.orgprofile）添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="126"/>
        <source>(no name)</source>
        <translation type="unfinished">（无名称）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="133"/>
        <source>Consent: %1</source>
        <translation type="unfinished">同意情况：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="136"/>
        <source>No consent recorded yet</source>
        <translation type="unfinished">尚未记录同意情况</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="163"/>
        <source>Add from a Partner&apos;s Profile</source>
        <translation type="unfinished">从合作伙伴的档案添加</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="165"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">组织档案文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="179"/>
        <source>Add co-signatory from profile</source>
        <translation type="unfinished">从档案添加联署方</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="181"/>
        <source>Logo Not Added</source>
        <translation type="unfinished">未添加徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/cosignatory_editor.py" line="186"/>
        <source>The partner&apos;s profile cannot be used</source>
        <translation type="unfinished">无法使用合作伙伴的档案</translation>
    </message>
</context>
<context>
    <name>DesktopOffer</name>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="35"/>
        <source>BriefWriter is now in your applications menu, with its icon, and double-clicking a brief opens it in BriefWriter.</source>
        <translation type="unfinished">BriefWriter 及其图标现已加入应用程序菜单，双击简报即可在 BriefWriter 中打开。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="38"/>
        <source>Your desktop may take a moment, or a new login, to show it.</source>
        <translation type="unfinished">桌面可能需要片刻或重新登录后才会显示。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="56"/>
        <source>Puts BriefWriter in your desktop&apos;s applications menu with its icon, so that double-clicking a brief opens it.</source>
        <translation type="unfinished">将 BriefWriter 及其图标加入桌面的应用程序菜单，双击简报即可打开。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="60"/>
        <source>Add BriefWriter to the &amp;Applications Menu</source>
        <translation type="unfinished">将 BriefWriter 加入应用程序菜单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="91"/>
        <source>Adding BriefWriter to the applications menu…</source>
        <translation type="unfinished">正在将 BriefWriter 加入应用程序菜单…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="102"/>
        <source>BriefWriter could not be added to the applications menu: %1</source>
        <translation type="unfinished">无法将 BriefWriter 加入应用程序菜单：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="130"/>
        <source>Added to the Applications Menu</source>
        <translation type="unfinished">已加入应用程序菜单</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="134"/>
        <source>BriefWriter could not be added to the applications menu</source>
        <translation type="unfinished">无法将 BriefWriter 加入应用程序菜单</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="140"/>
        <source>BriefWriter is no longer in your applications menu, and briefs no longer open in it with a double-click.</source>
        <translation type="unfinished">BriefWriter 已不在应用程序菜单中，双击简报也不再用它打开。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="143"/>
        <source>BriefWriter was not in the applications menu: there was nothing to remove.</source>
        <translation type="unfinished">BriefWriter 不在应用程序菜单中：没有可移除的内容。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="145"/>
        <source>Removed from the Applications Menu</source>
        <translation type="unfinished">已从应用程序菜单移除</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/desktop_offer.py" line="148"/>
        <source>BriefWriter could not be removed from the applications menu</source>
        <translation type="unfinished">无法将 BriefWriter 从应用程序菜单移除</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="224"/>
        <source>Copy of the example “%1”</source>
        <extracomment>``SaveError.code`` values that mean &quot;this place cannot be written&quot;: Save As may help.</extracomment>
        <translation type="unfinished">示例“%1”的副本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="260"/>
        <location filename="../../briefwriter/gui/files.py" line="267"/>
        <source>Opening %1…</source>
        <translation type="unfinished">正在打开%1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="284"/>
        <source>Opened %1.</source>
        <translation type="unfinished">已打开%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="286"/>
        <source>It uses file format %1 and will be updated when you save.</source>
        <translation type="unfinished">该文件使用的是文件格式%1，保存时将更新为新格式。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="299"/>
        <source>Opened a copy of %1. Save it to keep your changes; the example itself stays as it is.</source>
        <translation type="unfinished">已打开 %1 的副本。请保存以保留您的更改；示例本身保持不变。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="308"/>
        <source>Opened with Notes</source>
        <translation type="unfinished">已打开，附有说明</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="309"/>
        <source>%1 was opened. Worth a look:

%2</source>
        <translation type="unfinished">已打开%1。请留意：

%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="317"/>
        <source>Could not open %1.</source>
        <translation type="unfinished">无法打开%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="320"/>
        <source>Could Not Open Brief</source>
        <translation type="unfinished">无法打开简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="351"/>
        <source>Logo Not Copied</source>
        <translation type="unfinished">徽标未复制</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="355"/>
        <source>Saving %1…</source>
        <translation type="unfinished">正在保存%1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="365"/>
        <source>Saved %1.</source>
        <translation type="unfinished">已保存%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="377"/>
        <source>Not saved.</source>
        <translation type="unfinished">未保存。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="378"/>
        <source>Could Not Save</source>
        <translation type="unfinished">无法保存</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="41"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="69"/>
        <source>Evidence and sources</source>
        <translation type="unfinished">证据和来源</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="42"/>
        <source>Back each priority with facts: what you found or what others report, who published it, and where readers can check it. Sources become footnotes.</source>
        <translation type="unfinished">用事实支持每个优先事项：您发现了什么或他人报告了什么、由谁发布、读者可在何处核查。来源将成为脚注。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="45"/>
        <source>Priority whose evidence is shown</source>
        <translation type="unfinished">显示其证据的优先事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="47"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">优先事项(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="54"/>
        <source>Evidence</source>
        <translation type="unfinished">证据</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="55"/>
        <source>&amp;Fact or finding:</source>
        <translation type="unfinished">事实或调查结果(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="56"/>
        <source>Source</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="57"/>
        <source>Who published it, title, year</source>
        <translation type="unfinished">发布者、标题、年份</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="58"/>
        <source>&amp;Source:</source>
        <translation type="unfinished">来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="59"/>
        <source>Web address of the source</source>
        <translation type="unfinished">来源网址</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="61"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished">网址(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Evidence for this priority:</source>
        <translation type="unfinished">此优先事项的证据(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="66"/>
        <source>&amp;Add evidence</source>
        <translation type="unfinished">添加证据(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="67"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>No evidence for this priority yet.</source>
        <translation type="unfinished">此优先事项尚无证据。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="68"/>
        <source>evidence</source>
        <translation type="unfinished">证据</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="87"/>
        <source>Use a full web address starting with https:// or http://.</source>
        <translation type="unfinished">请使用以https://或http://开头的完整网址。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/evidence.py" line="91"/>
        <source>(empty)</source>
        <translation type="unfinished">（空）</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="79"/>
        <source>Accessible PDF (PDF/UA-1)</source>
        <translation type="unfinished">无障碍PDF（PDF/UA-1）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="80"/>
        <source>Archival PDF (PDF/A-3u)</source>
        <translation type="unfinished">存档PDF（PDF/A-3u）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="81"/>
        <source>Plain PDF</source>
        <translation type="unfinished">普通PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="100"/>
        <source>Export PDF — Safety Mode On</source>
        <translation type="unfinished">导出PDF——已开启安全模式</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="101"/>
        <source>Export PDF</source>
        <translation type="unfinished">导出PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="115"/>
        <source>Export HTML — Safety Mode On</source>
        <translation type="unfinished">导出HTML——已开启安全模式</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="116"/>
        <source>Export HTML</source>
        <translation type="unfinished">导出HTML</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="119"/>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished">网页 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="133"/>
        <source>Export as Word</source>
        <translation type="unfinished">导出为Word</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="134"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished">Word文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="182"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">文件夹{folder}不存在。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="197"/>
        <source>Exporting</source>
        <translation type="unfinished">正在导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="198"/>
        <source>Writing {name}…</source>
        <translation type="unfinished">正在写入{name}…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="199"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="205"/>
        <source>Export progress</source>
        <translation type="unfinished">导出进度</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="270"/>
        <source>Exported {name} (1 page).</source>
        <translation type="unfinished">已导出{name}（1页）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="271"/>
        <source>Exported {name} ({pages} pages).</source>
        <translation type="unfinished">已导出{name}（{pages}页）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="273"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished">打开PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="275"/>
        <location filename="../../briefwriter/gui/export.py" line="278"/>
        <source>Exported {name}.</source>
        <translation type="unfinished">已导出{name}。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="276"/>
        <source>&amp;Open document</source>
        <translation type="unfinished">打开文档(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="279"/>
        <source>&amp;Open page</source>
        <translation type="unfinished">打开网页(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="282"/>
        <source>Made in safety mode: your organisation&apos;s name and the metadata that could identify you are left out. Review lists any names still in the text.</source>
        <translation type="unfinished">以安全模式生成：已略去您的组织名称以及可能暴露您身份的元数据。“审阅和导出”步骤会列出文本中仍有的姓名。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="284"/>
        <source>Export finished</source>
        <translation type="unfinished">导出完成</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="290"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished">打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="306"/>
        <source>Export failed</source>
        <translation type="unfinished">导出失败</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export.py" line="307"/>
        <source>{name} was not exported.</source>
        <translation type="unfinished">{name}未导出。</translation>
    </message>
</context>
<context>
    <name>ExportSetDialog</name>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="85"/>
        <source>Export Set</source>
        <translation type="unfinished">批量导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="86"/>
        <source>Export set</source>
        <translation type="unfinished">批量导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="95"/>
        <source>Export this brief with several templates at once, into one folder.</source>
        <translation type="unfinished">一次性用多个模板导出本简报，并保存到同一个文件夹中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="101"/>
        <source>Templates to export</source>
        <translation type="unfinished">要导出的模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="103"/>
        <source>&amp;Templates:</source>
        <translation type="unfinished">模板(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="109"/>
        <source>Folder to export into</source>
        <translation type="unfinished">导出目标文件夹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="111"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="112"/>
        <source>Choose the folder to export into</source>
        <translation type="unfinished">选择导出目标文件夹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="114"/>
        <source>Save &amp;in folder:</source>
        <translation type="unfinished">保存到文件夹(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="122"/>
        <source>Also write HT&amp;ML pages</source>
        <translation type="unfinished">同时导出HTML网页(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="123"/>
        <source>Also write HTML pages</source>
        <translation type="unfinished">同时导出HTML网页</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="126"/>
        <source>Also write &amp;Word documents</source>
        <translation type="unfinished">同时导出Word文档(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="127"/>
        <source>Also write Word documents</source>
        <translation type="unfinished">同时导出Word文档</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="132"/>
        <source>Files that will be written</source>
        <translation type="unfinished">将要写入的文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="134"/>
        <source>File &amp;names:</source>
        <translation type="unfinished">文件名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="141"/>
        <source>Export status</source>
        <translation type="unfinished">导出状态</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="146"/>
        <source>Export progress</source>
        <translation type="unfinished">导出进度</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="152"/>
        <source>Export summary</source>
        <translation type="unfinished">导出结果摘要</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="157"/>
        <source>&amp;Export</source>
        <translation type="unfinished">导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="159"/>
        <source>Export the chosen templates</source>
        <translation type="unfinished">按所选模板导出简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="160"/>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished">取消导出(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="162"/>
        <source>Cancel the export</source>
        <translation type="unfinished">取消导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="164"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished">打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="166"/>
        <source>Open the folder the files were written to</source>
        <translation type="unfinished">打开已写入文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="168"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">关闭(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="170"/>
        <source>Close this dialog</source>
        <translation type="unfinished">关闭此对话框</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="183"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">正在查找模板…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="193"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="245"/>
        <source>(tick at least one template)</source>
        <translation type="unfinished">（请至少勾选一个模板）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="248"/>
        <source>Export Set Into</source>
        <translation type="unfinished">批量导出到</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="265"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">文件夹%1不存在。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="331"/>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished">第%1个，共%2个——%3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="340"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished">已完成%1个，共%2个</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="345"/>
        <source>Cancelled: %1 of %2 documents exported.</source>
        <translation type="unfinished">已取消：%2份文档中已导出%1份。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="347"/>
        <source>1 file written; %2 failed.</source>
        <translation type="unfinished">已写入1个文件；%2个失败。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="348"/>
        <source>%1 files written; %2 failed.</source>
        <translation type="unfinished">已写入%1个文件；%2个失败。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="350"/>
        <source>1 file written into %2.</source>
        <translation type="unfinished">已将1个文件写入%2。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="351"/>
        <source>%1 files written into %2.</source>
        <translation type="unfinished">已将%1个文件写入%2。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="353"/>
        <source>Wrote %1</source>
        <translation type="unfinished">已写入%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/export_set.py" line="354"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
<context>
    <name>FileService</name>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="60"/>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished">无法打开%1：%2。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/files.py" line="62"/>
        <source>%1 could not be opened because of an unexpected problem: %2</source>
        <translation type="unfinished">由于意外问题，无法打开%1：%2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="217"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="218"/>
        <source>Find</source>
        <translation type="unfinished">查找</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="220"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="221"/>
        <source>Replace with</source>
        <translation type="unfinished">替换为</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="222"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished">查找(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="224"/>
        <source>Re&amp;place:</source>
        <translation type="unfinished">替换为(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="226"/>
        <source>Match &amp;case</source>
        <translation type="unfinished">区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="227"/>
        <source>&amp;Next</source>
        <translation type="unfinished">下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="228"/>
        <source>Pre&amp;vious</source>
        <translation type="unfinished">上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="229"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="230"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished">全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="231"/>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="232"/>
        <source>Close find bar</source>
        <translation type="unfinished">关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="234"/>
        <source>Find result</source>
        <translation type="unfinished">查找结果</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="282"/>
        <location filename="../../briefwriter/gui/workshop/editor.py" line="300"/>
        <source>Not found</source>
        <translation type="unfinished">未找到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/workshop/editor.py" line="299"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform>已替换%n处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="47"/>
        <source>Met</source>
        <translation type="unfinished">已实现</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="48"/>
        <source>Partly met</source>
        <translation type="unfinished">部分实现</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="49"/>
        <source>Not met</source>
        <translation type="unfinished">未实现</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="50"/>
        <source>Unknown</source>
        <translation type="unfinished">不详</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="58"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="76"/>
        <source>Since the last review</source>
        <translation type="unfinished">上次审查以来</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="59"/>
        <source>What became of the asks and pledges of your earlier paper: for each, say whether it was met, partly met or not met, and give the evidence — what happened, with sources. The paper prints them under “Since the last review”.</source>
        <translation type="unfinished">您之前简报中的诉求和保证进展如何：请逐项说明已实现、部分实现还是未实现，并提供证据，即发生了什么，附上来源。简报会将这些内容列在“上次审查以来”之下。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="68"/>
        <source>Ask or pledge</source>
        <translation type="unfinished">诉求或保证</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>An ask</source>
        <translation type="unfinished">诉求</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="69"/>
        <source>A pledge</source>
        <translation type="unfinished">保证</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="71"/>
        <source>What was asked or pledged</source>
        <translation type="unfinished">诉求或保证的内容</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="72"/>
        <source>W&amp;hat:</source>
        <translation type="unfinished">内容(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="73"/>
        <source>Who was to act</source>
        <translation type="unfinished">应由谁采取行动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="74"/>
        <source>Wh&amp;o:</source>
        <translation type="unfinished">由谁(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="75"/>
        <source>By when</source>
        <translation type="unfinished">期限</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="76"/>
        <source>&amp;By when:</source>
        <translation type="unfinished">期限(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="79"/>
        <source>&amp;Status:</source>
        <translation type="unfinished">状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="80"/>
        <source>Evidence</source>
        <translation type="unfinished">证据</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="81"/>
        <source>E&amp;vidence:</source>
        <translation type="unfinished">证据(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="83"/>
        <source>What happened, and how you know: a law passed, a figure from a report, a statement — with its source.</source>
        <translation type="unfinished">发生了什么，您如何得知：一项法律获得通过、报告中的一个数字、一份声明，并附上来源。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Follow-up items:</source>
        <translation type="unfinished">后续行动事项(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="89"/>
        <source>&amp;Add item</source>
        <translation type="unfinished">添加事项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="90"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="92"/>
        <source>Nothing to follow up yet. To report on an earlier paper, open it and choose File ▸ Continue for the Next Review…: its asks and pledges come here. Or add an item yourself.</source>
        <translation type="unfinished">尚无需要跟进的事项。如需报告之前简报的落实情况，请打开该简报，然后选择“文件 ▸ 延续到下一次审查…”：其诉求和保证会出现在这里。您也可以自行添加事项。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="95"/>
        <source>follow-up item</source>
        <translation type="unfinished">后续行动事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="104"/>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="109"/>
        <source>Earlier review cycles</source>
        <translation type="unfinished">以往各审查周期</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="117"/>
        <source>(empty)</source>
        <translation type="unfinished">（空）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="144"/>
        <source>(untitled)</source>
        <translation type="unfinished">（无标题）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="152"/>
        <source>Asks</source>
        <translation type="unfinished">诉求</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="155"/>
        <source>Pledges</source>
        <translation type="unfinished">保证</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>Its follow-up</source>
        <translation type="unfinished">后续行动情况</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/follow_up.py" line="158"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="148"/>
        <source>Template Gallery</source>
        <translation type="unfinished">模板库</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="162"/>
        <source>Each template is shown printing the first page of your brief. Use the arrow keys to move between them and Enter to use one for this brief.</source>
        <translation type="unfinished">每个模板都会显示用它排版的简报第一页。使用方向键在模板之间移动，按Enter键将所选模板用于本简报。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="168"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">正在查找模板…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="173"/>
        <source>Templates</source>
        <translation type="unfinished">模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="186"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">导入模板包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="189"/>
        <source>Re&amp;load</source>
        <translation type="unfinished">重新加载(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="230"/>
        <location filename="../../briefwriter/gui/gallery.py" line="388"/>
        <source>&amp;Use for This Brief</source>
        <translation type="unfinished">用于本简报(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="232"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">自定义(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="233"/>
        <source>Copy this template into your template folder under a new name and change it in the workshop</source>
        <translation type="unfinished">将此模板以新名称复制到您的模板文件夹，并在工坊中修改</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="235"/>
        <location filename="../../briefwriter/gui/gallery.py" line="392"/>
        <source>Open in &amp;Workshop</source>
        <translation type="unfinished">在工坊中打开(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="236"/>
        <source>Re&amp;vert…</source>
        <translation type="unfinished">还原(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="237"/>
        <source>Put back the files of the template this one is based on</source>
        <translation type="unfinished">恢复此模板所依据的原模板的文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="239"/>
        <source>Rena&amp;me…</source>
        <translation type="unfinished">重命名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="240"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="241"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="242"/>
        <source>Save this template as a file to share</source>
        <translation type="unfinished">将此模板保存为文件以便共享</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="263"/>
        <source>No templates found.</source>
        <translation type="unfinished">未找到模板。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="273"/>
        <source>Some folders in your template folder could not be read as templates: %1</source>
        <translation type="unfinished">您的模板文件夹中有些文件夹无法作为模板读取：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="341"/>
        <source>Choose template</source>
        <translation type="unfinished">选择模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="387"/>
        <source>In Use for This Brief</source>
        <translation type="unfinished">已用于本简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="391"/>
        <source>Open in &amp;Workshop (Read Only)</source>
        <translation type="unfinished">在工坊中打开(&amp;W)（只读）</translation>
    </message>
</context>
<context>
    <name>GcmBrowser</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="84"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195 (the objective&apos;s title or commitment is not yet verified).</source>
        <translation type="unfinished">措辞来自2018年7月草案——请对照A/RES/73/195核对（该目标的标题或承诺尚未核实）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="90"/>
        <source>Wording partly from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">部分措辞来自2018年7月草案——请对照A/RES/73/195核对。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="92"/>
        <source>Wording from the July 2018 draft — check against A/RES/73/195.</source>
        <translation type="unfinished">措辞来自2018年7月草案——请对照A/RES/73/195核对。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="98"/>
        <source>Text not included — see A/RES/73/195, %1. It can still be cited.</source>
        <translation type="unfinished">未收录文本——见A/RES/73/195，%1。仍可引用。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="102"/>
        <source>Only part of the text is included (… marks where it breaks off) — see A/RES/73/195, %1. The paper cites it without quoting it.</source>
        <translation type="unfinished">仅收录部分文本（…表示截断处）——见A/RES/73/195，%1。简报只注明出处，不引述原文。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="107"/>
        <source>Wording not yet checked word for word — check against A/RES/73/195.</source>
        <translation type="unfinished">措辞尚未逐字核实——请对照A/RES/73/195核对。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="151"/>
        <source>Clear search</source>
        <translation type="unfinished">清除搜索</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="153"/>
        <source>e.g. detention, firewall, children, 29(c), para 49</source>
        <translation type="unfinished">例如：detention、firewall、children、29(c)、para 49</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="155"/>
        <source>Search the whole Compact: its paragraphs, guiding principles, objectives and actions. Press Down to go to the results.</source>
        <translation type="unfinished">搜索整部《全球契约》：段落、指导原则、目标和行动。按向下键可转到搜索结果。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="159"/>
        <source>&amp;Search the Compact:</source>
        <translation type="unfinished">搜索《全球契约》(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="164"/>
        <source>Paragraph, principle, objective or action</source>
        <translation type="unfinished">段落、原则、目标或行动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="165"/>
        <source>Reference</source>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="168"/>
        <source>Global Compact for Migration</source>
        <translation type="unfinished">《安全、有序和正常移民全球契约》</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="170"/>
        <source>The parts of the Compact in order. Arrows move, Right expands a part, objective or paragraph, Space ticks the item for the selected priority.</source>
        <translation type="unfinished">按顺序列出的《全球契约》各部分。方向键用于移动，向右键展开部分、目标或段落，空格键为所选优先事项勾选该条目。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="187"/>
        <source>Full text of the selected item</source>
        <translation type="unfinished">所选条目的全文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="194"/>
        <source>F&amp;ull text:</source>
        <translation type="unfinished">全文(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="201"/>
        <source>Wording from the July 2018 draft or not yet checked, or a paragraph whose text is not included — check against A/RES/73/195 (the final text).</source>
        <translation type="unfinished">措辞来自2018年7月草案或尚未核实，或该段文本未收录——请对照A/RES/73/195（最终文本）核对。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="268"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="270"/>
        <source>Part of the Compact: %1, %2</source>
        <translation type="unfinished">《全球契约》部分：%1，%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="296"/>
        <source>Commitment: %1</source>
        <translation type="unfinished">承诺：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="298"/>
        <source>para %1</source>
        <translation type="unfinished">第%1段</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="315"/>
        <source>Text not included</source>
        <translation type="unfinished">未收录文本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="317"/>
        <source>%1 (partial text)</source>
        <translation type="unfinished">%1（部分文本）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Link %1</source>
        <translation type="unfinished">关联%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="396"/>
        <source>Unlink %1</source>
        <translation type="unfinished">取消关联%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>Matches: %1</source>
        <translation type="unfinished">匹配项：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="421"/>
        <source>No match</source>
        <translation type="unfinished">无匹配项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="504"/>
        <source>&lt;p&gt;The Compact in the order of the resolution: the preamble and vision, the ten guiding principles (paragraph 15), the cooperative framework, the 23 objectives, implementation, and follow-up and review. Expand a part to see its paragraphs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;按决议顺序排列的《全球契约》：序言和愿景、十项指导原则（第15段）、合作框架、23个目标、执行以及后续行动和审查。展开某一部分可查看其段落。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="525"/>
        <source>Guiding principle: %1</source>
        <translation type="unfinished">指导原则：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="531"/>
        <source>Actions: %1</source>
        <translation type="unfinished">行动：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="535"/>
        <source>Objective %1: %2</source>
        <translation type="unfinished">目标%1：%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="544"/>
        <source>Part of the Compact: %1</source>
        <translation type="unfinished">《全球契约》部分：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_browser.py" line="551"/>
        <source>Source: %1</source>
        <translation type="unfinished">来源：%1</translation>
    </message>
</context>
<context>
    <name>GcmImport</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="41"/>
        <source>The built-in English text, in which some wording is not yet verified against the official document.</source>
        <translation type="unfinished">内置英文文本，其中部分措辞尚未对照正式文件核实。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="45"/>
        <source>The official %1 text of A/RES/73/195, imported on %2 from %3 (SHA-256 %4…).</source>
        <translation type="unfinished">A/RES/73/195的%1正式文本，于%2从%3导入（SHA-256 %4…）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="51"/>
        <source>Papers in %1 quote the official edition in their language.</source>
        <translation type="unfinished">以%1撰写的简报将引用该语言的正式版本。</translation>
    </message>
</context>
<context>
    <name>GcmImportDialog</name>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="81"/>
        <source>Check the GCM Text Against the Official Document</source>
        <translation type="unfinished">对照正式文件核对《全球契约》文本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="91"/>
        <source>&lt;p&gt;BriefWriter quotes the Global Compact for Migration from a built-in copy in which some wording comes from the July 2018 draft. Bring the official resolution and BriefWriter checks every paragraph, guiding principle, objective and action against it.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the UN Official Document System, &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Search for the symbol &lt;b&gt;A/RES/73/195&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose the language of your papers (Arabic, Chinese, English, French, Russian or Spanish) and download the PDF.&lt;/li&gt;&lt;li&gt;Choose that file here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Items that match become verified; items that differ take the official wording and are listed. The file is read on this computer only.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter引用的《安全、有序和正常移民全球契约》来自内置副本，其中部分措辞来自2018年7月草案。提供正式决议后，BriefWriter将据此逐一核对每个段落、指导原则、目标和行动。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;打开联合国正式文件系统：&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;。&lt;/li&gt;&lt;li&gt;搜索文号&lt;b&gt;A/RES/73/195&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;选择您撰写简报所用的语言（阿拉伯文、中文、英文、法文、俄文或西班牙文），然后下载PDF。&lt;/li&gt;&lt;li&gt;在此处选择该文件。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;相符的条目将标记为已核实；有差异的条目将采用正式措辞并列出。该文件仅在本计算机上读取。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="102"/>
        <source>Where to download the official text</source>
        <translation type="unfinished">从何处下载正式文本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="110"/>
        <source>&amp;Choose the PDF…</source>
        <translation type="unfinished">选择PDF(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="111"/>
        <source>Choose the official PDF of A/RES/73/195</source>
        <translation type="unfinished">选择A/RES/73/195的正式PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="116"/>
        <source>Result of the check</source>
        <translation type="unfinished">核对结果</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="122"/>
        <source>Use the &amp;Built-in Text Again</source>
        <translation type="unfinished">重新使用内置文本(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="123"/>
        <source>Forget the imported text and use the built-in text again</source>
        <translation type="unfinished">舍弃已导入的文本，重新使用内置文本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="137"/>
        <source>Text in use: %1</source>
        <translation type="unfinished">当前使用的文本：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="142"/>
        <source>Choose the Official PDF of A/RES/73/195</source>
        <translation type="unfinished">选择A/RES/73/195的正式PDF</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="143"/>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation type="unfinished">PDF文档 (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="153"/>
        <source>Reading %1…</source>
        <translation type="unfinished">正在读取%1…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="174"/>
        <source>The file was not used; the text in use is unchanged.</source>
        <translation type="unfinished">未使用该文件；当前使用的文本保持不变。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="184"/>
        <source>%1: the official %2 text of A/RES/73/195. Found %3 of %4 items; they are kept as the %2 edition of the Compact.</source>
        <translation type="unfinished">%1：A/RES/73/195的%2正式文本。在%4个条目中找到%3个；这些条目已保存为《全球契约》的%2版本。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="189"/>
        <source>%1: the official English text of A/RES/73/195. Found %2 of %3 items: %4 matched the built-in text and are now verified, %5 differed and now use the official wording, %6 were not (fully) in the built-in text and were added.</source>
        <translation type="unfinished">%1：A/RES/73/195的英文正式文本。在%3个条目中找到%2个：%4个与内置文本相符，现已标记为已核实；%5个有差异，现已采用正式措辞；%6个未（完整）收录在内置文本中，现已添加。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="195"/>
        <source>Wording that differed (the official wording is now used):</source>
        <translation type="unfinished">有差异的措辞（现已采用正式措辞）：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="197"/>
        <source>Not found in the file (these keep their flags):</source>
        <translation type="unfinished">文件中未找到（这些条目保留原有标记）：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gcm_import_dialog.py" line="207"/>
        <source>The built-in text is used again.</source>
        <translation type="unfinished">已重新使用内置文本。</translation>
    </message>
</context>
<context>
    <name>GcmLinkPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="28"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="59"/>
        <source>Link to the GCM</source>
        <translation type="unfinished">关联《全球契约》</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="29"/>
        <source>For each priority, tick the guiding principles, objectives, actions and other paragraphs of the Global Compact for Migration that it relates to. Search with Ctrl+F; Space ticks.</source>
        <translation type="unfinished">为每个优先事项勾选与之相关的《安全、有序和正常移民全球契约》指导原则、目标、行动和其他段落。按Ctrl+F搜索；按空格键勾选。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="33"/>
        <source>Priority to link</source>
        <translation type="unfinished">要关联的优先事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="35"/>
        <source>Add a &amp;priority first…</source>
        <translation type="unfinished">请先添加优先事项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="38"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished">优先事项(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="47"/>
        <source>&amp;Check the Text Against the Official Document…</source>
        <translation type="unfinished">对照正式文件核对文本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="50"/>
        <source>Import the official PDF of resolution A/RES/73/195 (in the paper&apos;s language) to verify every quotation</source>
        <translation type="unfinished">导入决议A/RES/73/195的正式PDF（使用简报的语言），以核实每一处引文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="74"/>
        <source>Overview: priorities × objectives</source>
        <translation type="unfinished">概览：优先事项×目标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/gcm_link.py" line="62"/>
        <source>Columns are objectives 1 to 23 (point at a number for its title). ● marks an objective linked to a priority directly or through its actions. Select a cell to show the objective above; double-click or press Space to tick or untick it.</source>
        <translation type="unfinished">各列为目标1至23（指向编号可查看其标题）。●表示某一目标已直接或通过其行动与某一优先事项关联。选择一个单元格可在上方显示该目标；双击或按空格键可勾选或取消勾选。</translation>
    </message>
</context>
<context>
    <name>GcmMatrix</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="41"/>
        <source>(untitled)</source>
        <translation type="unfinished">（无标题）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="86"/>
        <source>Priority %1, objective %2 (%3)</source>
        <translation type="unfinished">优先事项%1，目标%2（%3）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="89"/>
        <source>objective and actions %1 linked</source>
        <translation type="unfinished">已关联目标及行动%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="92"/>
        <source>objective linked</source>
        <translation type="unfinished">已关联目标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="94"/>
        <source>actions %1 linked</source>
        <translation type="unfinished">已关联行动%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="96"/>
        <source>not linked</source>
        <translation type="unfinished">未关联</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="128"/>
        <source>No objective is linked yet.</source>
        <translation type="unfinished">尚未关联任何目标。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="129"/>
        <source>Linked: %1</source>
        <translation type="unfinished">已关联：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="167"/>
        <source>Links of each priority to each objective</source>
        <translation type="unfinished">各优先事项与各目标的关联</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="168"/>
        <source>Rows are priorities, columns objectives 1 to 23. Space or Enter ticks or unticks the objective for that priority.</source>
        <translation type="unfinished">各行为优先事项，各列为目标1至23。按空格键或Enter键可为该优先事项勾选或取消勾选该目标。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="178"/>
        <source>Priorities by objectives</source>
        <translation type="unfinished">优先事项与目标对照</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="255"/>
        <source>Link objective %1</source>
        <translation type="unfinished">关联目标%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/gcm_matrix.py" line="256"/>
        <source>Unlink objective %1</source>
        <translation type="unfinished">取消关联目标%1</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="195"/>
        <source>Install template “%1”</source>
        <translation type="unfinished">安装模板“%1”</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="197"/>
        <source>From the file %1.</source>
        <translation type="unfinished">来自文件%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="204"/>
        <source>Printing your brief with this template…</source>
        <translation type="unfinished">正在用此模板排版您的简报…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="205"/>
        <source>Preview</source>
        <translation type="unfinished">预览</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="207"/>
        <source>Page 1 of your brief printed with this template, being made</source>
        <translation type="unfinished">正在生成用此模板排版的简报第1页</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="217"/>
        <source>Problems found in the template</source>
        <translation type="unfinished">模板中发现的问题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="221"/>
        <source>Problems found:</source>
        <translation type="unfinished">发现的问题：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="229"/>
        <source>A bundled template is already called “%1”, so this pack cannot be installed; ask its author to rename it.</source>
        <translation type="unfinished">已有一个内置模板名为“%1”，因此无法安装此模板包；请联系其作者重命名。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="234"/>
        <source>Replace your template “%1”? Its files will be replaced by this pack&apos;s.</source>
        <translation type="unfinished">要替换您的模板“%1”吗？其文件将被此模板包中的文件替换。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Replace</source>
        <translation type="unfinished">替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="239"/>
        <source>&amp;Install</source>
        <translation type="unfinished">安装(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="244"/>
        <source>This template has errors and cannot be installed; ask its author for a corrected pack.</source>
        <translation type="unfinished">此模板有错误，无法安装；请向其作者索取修正后的模板包。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="262"/>
        <source>Page 1 of your brief printed with this template</source>
        <translation type="unfinished">用此模板排版的简报第1页</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="265"/>
        <source>Your brief could not be printed with this template: %1</source>
        <translation type="unfinished">无法用此模板排版您的简报：%1</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="130"/>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="254"/>
        <source>Remove %1</source>
        <extracomment>the most lines a row of the list shows; longer labels end in &quot;…&quot; (the tooltip has it all)</extracomment>
        <translation type="unfinished">移除%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="132"/>
        <source>Move %1 up</source>
        <translation type="unfinished">上移%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="134"/>
        <source>Move %1 down</source>
        <translation type="unfinished">下移%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="146"/>
        <source>%1 (Insert key in the list)</source>
        <translation type="unfinished">%1（在列表中按Insert键）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="148"/>
        <source>Remove the selected %1 (Delete key)</source>
        <translation type="unfinished">移除所选%1（Delete键）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="150"/>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation type="unfinished">上移所选%1（Alt+向上键）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="151"/>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation type="unfinished">下移所选%1（Alt+向下键）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/list_editor.py" line="266"/>
        <source>Move %1</source>
        <translation type="unfinished">移动%1</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="100"/>
        <source>Too many files called %1 in the brief&apos;s folder.</source>
        <translation type="unfinished">简报文件夹中名为%1的文件过多。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="132"/>
        <source>Copy logo</source>
        <translation type="unfinished">复制徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="165"/>
        <source>Logo preview</source>
        <translation type="unfinished">徽标预览</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="174"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished">选择徽标(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="175"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="289"/>
        <source>Choose logo</source>
        <translation type="unfinished">选择徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="177"/>
        <source>Remo&amp;ve logo</source>
        <translation type="unfinished">移除徽标(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="178"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="294"/>
        <source>Remove logo</source>
        <translation type="unfinished">移除徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="236"/>
        <source>PNG, JPEG or SVG, up to 5 MB. When you save the brief, the logo is copied into its folder so the two travel together.</source>
        <translation type="unfinished">PNG、JPEG或SVG格式，最大5 MB。保存简报时，徽标会被复制到简报所在的文件夹，以便二者一起移动和共享。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="239"/>
        <source>PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is copied into the brief&apos;s folder.</source>
        <translation type="unfinished">PNG、JPEG或SVG格式，最大5 MB。其他位置的徽标将被复制到简报文件夹中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="242"/>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="243"/>
        <source>No logo</source>
        <translation type="unfinished">无徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="258"/>
        <source>%1 (not found or not an image)</source>
        <translation type="unfinished">%1（未找到或不是图像）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="271"/>
        <source>Choose a logo</source>
        <translation type="unfinished">选择徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="272"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished">图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/logo_field.py" line="284"/>
        <source>This logo cannot be used</source>
        <translation type="unfinished">此徽标无法使用</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="59"/>
        <source>Blue</source>
        <translation type="unfinished">蓝色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="60"/>
        <source>Teal</source>
        <translation type="unfinished">蓝绿色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="61"/>
        <source>Green</source>
        <translation type="unfinished">绿色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="62"/>
        <source>Crimson</source>
        <translation type="unfinished">深红色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="63"/>
        <source>Purple</source>
        <translation type="unfinished">紫色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="64"/>
        <source>Brown</source>
        <translation type="unfinished">棕色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="65"/>
        <source>Graphite</source>
        <translation type="unfinished">石墨灰</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="92"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="78"/>
        <source>Template and look</source>
        <extracomment>the templates were listed (again) and the list shows them</extracomment>
        <translation type="unfinished">模板和外观</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="93"/>
        <source>Choose how the paper looks. The preview shows the real PDF as you change things.</source>
        <translation type="unfinished">选择简报的外观。您更改设置时，预览会显示实际的PDF。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="101"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="123"/>
        <source>Template</source>
        <translation type="unfinished">模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="103"/>
        <source>Re&amp;load templates</source>
        <translation type="unfinished">重新加载模板(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="105"/>
        <source>&amp;Open templates folder</source>
        <translation type="unfinished">打开模板文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="107"/>
        <source>Put template packs shared by other organisations here, then press Reload.</source>
        <translation type="unfinished">将其他组织共享的模板包放在这里，然后按“重新加载模板”。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="110"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">模板库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="112"/>
        <source>See each template print your brief; customise, import or share templates.</source>
        <translation type="unfinished">查看用各模板排版的简报效果；自定义、导入或共享模板。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="120"/>
        <source>&amp;Template:</source>
        <translation type="unfinished">模板(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="192"/>
        <source>Look</source>
        <translation type="unfinished">外观</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="129"/>
        <source>Accent colour sample</source>
        <translation type="unfinished">强调色示例</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="135"/>
        <source>Accent colour, hexadecimal</source>
        <translation type="unfinished">强调色，十六进制</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="137"/>
        <source>C&amp;hoose colour…</source>
        <translation type="unfinished">选择颜色(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="138"/>
        <source>Choose accent colour</source>
        <translation type="unfinished">选择强调色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="147"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished">强调色(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="159"/>
        <source>%1 accent colour (%2)</source>
        <translation type="unfinished">%1强调色（%2）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="167"/>
        <source>Presets:</source>
        <translation type="unfinished">预设：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="170"/>
        <source>Font</source>
        <translation type="unfinished">字体</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Sans-serif (Noto Sans)</source>
        <translation type="unfinished">无衬线（Noto Sans）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="171"/>
        <source>Serif (Noto Serif)</source>
        <translation type="unfinished">衬线（Noto Serif）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="172"/>
        <source>&amp;Font:</source>
        <translation type="unfinished">字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="173"/>
        <source>Paper size</source>
        <translation type="unfinished">纸张大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished">A4（210×297毫米）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="174"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished">美国信纸（8.5×11英寸）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="175"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="176"/>
        <source>Apply ho&amp;use style</source>
        <translation type="unfinished">应用机构风格(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="178"/>
        <source>Set this brief&apos;s accent colour, font and paper to your organisation&apos;s brand kit (Tools ▸ Brand Kit…). Undo takes it back.</source>
        <translation type="unfinished">将本简报的强调色、字体和纸张设为您所在组织品牌套件中的设置（工具 ▸ 品牌套件…）。可用“撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="190"/>
        <source>&amp;Mark GCM wording not yet verified against the final text (†)</source>
        <translation type="unfinished">标记尚未对照最终文本核实的《全球契约》措辞（†）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="224"/>
        <source>Looking for templates…</source>
        <translation type="unfinished">正在查找模板…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="230"/>
        <source>bundled</source>
        <translation type="unfinished">内置</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="231"/>
        <source>your templates: %1</source>
        <translation type="unfinished">您的模板：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="245"/>
        <source>%1 (not installed on this computer)</source>
        <translation type="unfinished">%1（未安装在本计算机上）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="265"/>
        <source>Choose template</source>
        <translation type="unfinished">选择模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="293"/>
        <source>Brand kit “%1”: what this brief leaves at the default (colour, font, paper) is taken from it.</source>
        <translation type="unfinished">品牌套件“%1”：本简报中保留默认值的设置（颜色、字体、纸张）将采用品牌套件中的设置。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="294"/>
        <source>unnamed</source>
        <translation type="unfinished">未命名</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="299"/>
        <location filename="../../briefwriter/gui/steps/look.py" line="334"/>
        <source>The brand kit cannot be used: %1</source>
        <translation type="unfinished">品牌套件无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="315"/>
        <source>There is no brand kit yet: make one with Tools ▸ Brand Kit…</source>
        <translation type="unfinished">尚无品牌套件：请通过“工具 ▸ 品牌套件…”创建。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="321"/>
        <source>Apply house style</source>
        <translation type="unfinished">应用机构风格</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="327"/>
        <source>The brief now uses the house style of “%1”.</source>
        <translation type="unfinished">本简报现已采用“%1”的机构风格。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="328"/>
        <source>your brand kit</source>
        <translation type="unfinished">您的品牌套件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="343"/>
        <source>Change accent colour</source>
        <translation type="unfinished">更改强调色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="358"/>
        <source>Choose the accent colour</source>
        <translation type="unfinished">选择强调色</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="376"/>
        <source>Contrast with white paper %1:1 — headings in this colour may be hard to read; choose a darker colour.</source>
        <translation type="unfinished">与白纸的对比度为%1:1——此颜色的标题可能难以阅读；请选择较深的颜色。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/look.py" line="378"/>
        <source>Contrast with white paper %1:1 — easy to read.</source>
        <translation type="unfinished">与白纸的对比度为%1:1——易于阅读。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefwriter/gui/language_switch.py" line="226"/>
        <location filename="../../briefwriter/gui/mainwindow.py" line="150"/>
        <source>Loading…</source>
        <extracomment>a close (or quit) that waited for a save will not happen: the save failed</extracomment>
        <translation type="unfinished">正在加载…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the steps and the form</source>
        <translation type="unfinished">调整步骤列表和表单的大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="174"/>
        <source>Resize the form and the preview</source>
        <translation type="unfinished">调整表单和预览的大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="175"/>
        <source>Resize the window</source>
        <translation type="unfinished">调整窗口大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="277"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="279"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="358"/>
        <source>&amp;Back</source>
        <translation type="unfinished">上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="360"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished">上一步（Alt+向左键）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="363"/>
        <source>&amp;Next</source>
        <translation type="unfinished">下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="366"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished">下一步（Alt+向右键）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="413"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">第%1步，共%2步：%3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="458"/>
        <source>%1[*] — BriefWriter</source>
        <translation type="unfinished">%1[*] — BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="77"/>
        <source>&amp;New</source>
        <translation type="unfinished">新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="80"/>
        <source>Start a new, empty brief</source>
        <translation type="unfinished">新建空白简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="84"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="87"/>
        <source>Open a brief file</source>
        <translation type="unfinished">打开简报文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="91"/>
        <source>&amp;Save</source>
        <translation type="unfinished">保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="94"/>
        <source>Save the brief</source>
        <translation type="unfinished">保存简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="98"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="102"/>
        <source>Save the brief under a new name</source>
        <translation type="unfinished">以新名称保存简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="106"/>
        <source>Continue for the Ne&amp;xt Review…</source>
        <translation type="unfinished">延续到下一次审查(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="108"/>
        <source>Start the brief for the next review cycle from this one: its asks and pledges become the follow-up list</source>
        <translation type="unfinished">以本简报为基础，开始撰写用于下一个审查周期的简报：其诉求和保证将成为后续行动清单</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="113"/>
        <source>Import from a &amp;Partner&apos;s Brief…</source>
        <translation type="unfinished">从合作伙伴的简报导入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="115"/>
        <source>Bring priorities, asks, evidence, recommendations and co-signatories from a partner&apos;s brief into this one</source>
        <translation type="unfinished">将合作伙伴简报中的优先事项、诉求、证据、建议和联署方纳入本简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">导出PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="123"/>
        <source>Export the brief as a PDF file</source>
        <translation type="unfinished">将简报导出为PDF文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="127"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">导出HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="130"/>
        <source>Export the brief as a web page</source>
        <translation type="unfinished">将简报导出为网页</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="134"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">导出为Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="136"/>
        <source>Export the brief as a Word document (.docx)</source>
        <translation type="unfinished">将简报导出为Word文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="140"/>
        <source>Export Se&amp;t…</source>
        <translation type="unfinished">批量导出(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="142"/>
        <source>Export the brief with several templates into one folder</source>
        <translation type="unfinished">用多个模板导出简报，并保存到同一个文件夹中</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="146"/>
        <source>&amp;Close</source>
        <translation type="unfinished">关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="150"/>
        <source>Close this window</source>
        <translation type="unfinished">关闭此窗口</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="158"/>
        <source>Close all windows and quit</source>
        <translation type="unfinished">关闭所有窗口并退出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="164"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished">首选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="170"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="172"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="175"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="178"/>
        <source>Select &amp;All</source>
        <translation type="unfinished">全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="185"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished">显示预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="188"/>
        <source>Show or hide the PDF preview</source>
        <translation type="unfinished">显示或隐藏PDF预览</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="194"/>
        <source>Paper as &amp;Text</source>
        <translation type="unfinished">以文本查看简报(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="197"/>
        <source>Show the text of the preview instead of its pages, to read it line by line (screen readers read it too)</source>
        <translation type="unfinished">显示预览的文本而不是页面，以便逐行阅读（屏幕阅读器也会朗读）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="204"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished">放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="210"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished">缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="217"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished">上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="223"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished">下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="229"/>
        <source>&amp;Welcome…</source>
        <translation type="unfinished">欢迎(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="231"/>
        <source>Start a new brief, open an example or a recent brief</source>
        <translation type="unfinished">新建简报，或打开示例或最近的简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="235"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished">入门指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="241"/>
        <source>&amp;About BriefWriter</source>
        <translation type="unfinished">关于BriefWriter(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="246"/>
        <source>Check the GCM &amp;Text Against the Official Document…</source>
        <translation type="unfinished">对照正式文件核对《全球契约》文本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="249"/>
        <source>Add to the Applications &amp;Menu</source>
        <translation type="unfinished">加入应用程序菜单(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="251"/>
        <source>A menu entry and icon for BriefWriter; double-clicking a brief opens it</source>
        <translation type="unfinished">BriefWriter 的菜单项和图标；双击简报即可打开</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="254"/>
        <source>&amp;Remove from the Applications Menu</source>
        <translation type="unfinished">从应用程序菜单移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="325"/>
        <source>&amp;File</source>
        <translation type="unfinished">文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="327"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="341"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="350"/>
        <source>&amp;View</source>
        <translation type="unfinished">视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="354"/>
        <source>&amp;Go</source>
        <translation type="unfinished">转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="360"/>
        <source>&amp;Help</source>
        <translation type="unfinished">帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="374"/>
        <source>More menus</source>
        <translation type="unfinished">更多菜单</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="394"/>
        <source>&amp;Templates</source>
        <translation type="unfinished">模板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="396"/>
        <source>Template &amp;Gallery…</source>
        <translation type="unfinished">模板库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="397"/>
        <source>See every template with your brief, and choose one</source>
        <translation type="unfinished">查看用各模板排版的简报，并从中选择一个</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="399"/>
        <source>&amp;Customise Current Template…</source>
        <translation type="unfinished">自定义当前模板(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="401"/>
        <source>Copy this brief&apos;s template under a new name and change it</source>
        <translation type="unfinished">将本简报的模板以新名称复制并加以修改</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="403"/>
        <source>Open in &amp;Workshop…</source>
        <translation type="unfinished">在工坊中打开(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="405"/>
        <source>Edit this brief&apos;s template with a live preview (a bundled template opens read-only)</source>
        <translation type="unfinished">在实时预览下编辑本简报的模板（内置模板以只读方式打开）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="408"/>
        <source>&amp;Import Template Pack…</source>
        <translation type="unfinished">导入模板包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="409"/>
        <source>Install a template pack file from a partner</source>
        <translation type="unfinished">安装合作伙伴提供的模板包文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="411"/>
        <source>&amp;Export Template Pack…</source>
        <translation type="unfinished">导出模板包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="412"/>
        <source>Save a template as a file to share</source>
        <translation type="unfinished">将模板保存为文件以便共享</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="443"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">工具(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="445"/>
        <source>&amp;Brand Kit…</source>
        <translation type="unfinished">品牌套件(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="446"/>
        <source>Your organisation&apos;s logo, colours, fonts and footer line for every brief</source>
        <translation type="unfinished">您的组织用于所有简报的徽标、颜色、字体和页脚文字</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="450"/>
        <source>Organisation &amp;Profile…</source>
        <translation type="unfinished">组织档案(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="451"/>
        <source>Who you are, saved once: every new brief starts with it</source>
        <translation type="unfinished">说明您是谁，只需保存一次：每份新简报都将以此为起点</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="484"/>
        <source>No recent files</source>
        <translation type="unfinished">无最近使用的文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/window_actions.py" line="487"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished">清除菜单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/continue_review.py" line="117"/>
        <source>The brief for the next review, made from %1: not saved yet.</source>
        <translation type="unfinished">用于下一次审查的简报，根据%1生成：尚未保存。</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="297"/>
        <source>Markdown: **bold**, *italic*, [link](https://…), - list, footnote^[the note]</source>
        <translation type="unfinished">Markdown：**bold**（粗体）、*italic*（斜体）、[link](https://…)（链接）、- list（列表）、footnote^[the note]（脚注）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <source>B</source>
        <translation type="unfinished">B</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="316"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="339"/>
        <source>Bold</source>
        <translation type="unfinished">粗体</translation>
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
        <translation type="unfinished">斜体</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <source>Link…</source>
        <translation type="unfinished">链接…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="318"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="376"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="381"/>
        <source>Insert link</source>
        <translation type="unfinished">插入链接</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <source>• List</source>
        <translation type="unfinished">• 列表</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="319"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="345"/>
        <source>Bulleted list</source>
        <translation type="unfinished">项目符号列表</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <source>Note¹</source>
        <translation type="unfinished">脚注¹</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="321"/>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="353"/>
        <source>Footnote</source>
        <translation type="unfinished">脚注</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="357"/>
        <source>Insert Footnote</source>
        <translation type="unfinished">插入脚注</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="358"/>
        <source>&amp;Text of the note (printed at the foot of the page):</source>
        <translation type="unfinished">脚注文本(&amp;T)（打印在页面底部）：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="360"/>
        <source>&amp;Insert</source>
        <translation type="unfinished">插入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="361"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="364"/>
        <source>Text of the note</source>
        <translation type="unfinished">脚注文本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="377"/>
        <source>Web address (https://…) or e-mail address:</source>
        <translation type="unfinished">网址（https://…）或电子邮件地址：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="394"/>
        <source>%1 in %2</source>
        <translation type="unfinished">“%2”中的%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/markdown_editor.py" line="407"/>
        <source>Words: %1</source>
        <translation type="unfinished">词数：%1</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="54"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="64"/>
        <source>Messages and recommendations</source>
        <translation type="unfinished">信息和建议</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="55"/>
        <source>Say it briefly: a summary, a few key messages, recommendations for each addressee, and — for the oral-statement template — the words to deliver.</source>
        <translation type="unfinished">简明扼要：一份摘要、几条关键信息、针对每个建议对象的建议，以及（如使用口头发言模板）要宣读的发言内容。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="62"/>
        <source>Summary</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="63"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished">摘要(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="87"/>
        <source>Key messages</source>
        <translation type="unfinished">关键信息</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="67"/>
        <source>Key message</source>
        <translation type="unfinished">关键信息</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="71"/>
        <source>Key &amp;message:</source>
        <translation type="unfinished">关键信息(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="72"/>
        <source>One or two sentences each; three to five messages work best.</source>
        <translation type="unfinished">每条一两句话；三到五条效果最佳。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>Messa&amp;ges:</source>
        <translation type="unfinished">关键信息(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="77"/>
        <source>&amp;Add message</source>
        <translation type="unfinished">添加关键信息(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="78"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="105"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>No key messages yet.</source>
        <translation type="unfinished">尚无关键信息。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="79"/>
        <source>key message</source>
        <translation type="unfinished">关键信息</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="112"/>
        <source>Recommendations</source>
        <translation type="unfinished">建议</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="93"/>
        <source>Addressee</source>
        <translation type="unfinished">建议对象</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="96"/>
        <source>Who the recommendation is for</source>
        <translation type="unfinished">该建议针对谁</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="98"/>
        <source>Addre&amp;ssee:</source>
        <translation type="unfinished">建议对象(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="99"/>
        <source>Recommendation</source>
        <translation type="unfinished">建议</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="100"/>
        <source>Recommendatio&amp;n:</source>
        <translation type="unfinished">建议(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Recommen&amp;dations:</source>
        <translation type="unfinished">建议(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="104"/>
        <source>Add recommen&amp;dation</source>
        <translation type="unfinished">添加建议(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>No recommendations yet.</source>
        <translation type="unfinished">尚无建议。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="106"/>
        <source>recommendation</source>
        <translation type="unfinished">建议</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="158"/>
        <source>Oral statement</source>
        <translation type="unfinished">口头发言</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="116"/>
        <source>Statement text</source>
        <translation type="unfinished">发言文本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="118"/>
        <source>Statement &amp;text:</source>
        <translation type="unfinished">发言文本(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="120"/>
        <source>Leave it empty to deliver the suggested draft, composed from your key messages and asks; or take the draft and edit it.</source>
        <translation type="unfinished">留空则宣读根据您的关键信息和诉求生成的参考稿；也可以插入参考稿后加以编辑。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="123"/>
        <source>&amp;Insert the suggested draft</source>
        <translation type="unfinished">插入参考稿(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="125"/>
        <source>Insert the suggested draft</source>
        <translation type="unfinished">插入参考稿</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="127"/>
        <source>Copy the statement composed from your key messages and asks into the statement text, to edit as you like (Undo brings back what was there).</source>
        <translation type="unfinished">将根据您的关键信息和诉求生成的发言复制到发言文本中，供您随意编辑（“撤销”可恢复原有内容）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="133"/>
        <source>Length of the suggested draft</source>
        <translation type="unfinished">参考稿时长</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="139"/>
        <source>Speaker</source>
        <translation type="unfinished">发言人</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="140"/>
        <source>Name and role of the person speaking</source>
        <translation type="unfinished">发言人的姓名和职务</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="141"/>
        <source>S&amp;peaker:</source>
        <translation type="unfinished">发言人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="143"/>
        <source>Time limit in seconds</source>
        <translation type="unfinished">时限（秒）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="146"/>
        <source> s</source>
        <translation type="unfinished">秒</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="147"/>
        <location filename="../../briefwriter/gui/steps/messages.py" line="242"/>
        <source>No limit</source>
        <translation type="unfinished">无限制</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="152"/>
        <source>Time &amp;limit:</source>
        <translation type="unfinished">时限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="156"/>
        <source>Length of the statement</source>
        <translation type="unfinished">发言时长</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="171"/>
        <source>(empty)</source>
        <translation type="unfinished">（空）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="175"/>
        <source>(no addressee)</source>
        <translation type="unfinished">（无建议对象）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="211"/>
        <source>Insert the suggested statement</source>
        <translation type="unfinished">插入参考发言稿</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="229"/>
        <source>Words: %1</source>
        <translation type="unfinished">词数：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="230"/>
        <source>about %1 to speak at %2 words a minute</source>
        <translation type="unfinished">按每分钟%2个词计，宣读约需%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="234"/>
        <source>⚠ %1 over the limit of %2</source>
        <translation type="unfinished">⚠ 比%2的时限超出%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="237"/>
        <source>within the limit of %1</source>
        <translation type="unfinished">在%1的时限内</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="240"/>
        <source>Composed statement: %1</source>
        <translation type="unfinished">生成的发言：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="247"/>
        <source>No draft yet: add key messages or asks.</source>
        <translation type="unfinished">尚无参考稿：请添加关键信息或诉求。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/messages.py" line="250"/>
        <source>Suggested draft: %1 words, about %2</source>
        <translation type="unfinished">参考稿：%1个词，约%2</translation>
    </message>
</context>
<context>
    <name>ObjectiveChecklist</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="57"/>
        <source>Ticked: %1</source>
        <translation type="unfinished">已勾选：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/objective_list.py" line="58"/>
        <source>None ticked yet.</source>
        <translation type="unfinished">尚未勾选任何目标。</translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="29"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="51"/>
        <source>Occasion and audience</source>
        <translation type="unfinished">场合和受众</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="30"/>
        <source>What is the paper for? Give it a title, choose the language it is written in, and say which process or meeting it is for and who should read it.</source>
        <translation type="unfinished">简报的用途是什么？请为其添加标题，选择撰写语言，并说明它面向哪个进程或会议，以及应由谁阅读。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="37"/>
        <source>Paper title</source>
        <translation type="unfinished">简报标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="38"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="39"/>
        <source>Subtitle</source>
        <translation type="unfinished">副标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="40"/>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished">副标题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="41"/>
        <source>Language of the paper</source>
        <translation type="unfinished">简报语言</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="42"/>
        <source>English</source>
        <translation type="unfinished">English — 英文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="43"/>
        <source>Français — French</source>
        <translation type="unfinished">Français — 法文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="44"/>
        <source>Español — Spanish</source>
        <translation type="unfinished">Español — 西班牙文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="45"/>
        <source>العربية — Arabic</source>
        <translation type="unfinished">العربية — 阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="46"/>
        <source>中文 — Chinese</source>
        <translation type="unfinished">中文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="47"/>
        <source>Русский — Russian</source>
        <translation type="unfinished">Русский — 俄文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="50"/>
        <source>The six official UN languages. Headings and dates in the paper follow it; Arabic papers are laid out right to left.</source>
        <translation type="unfinished">联合国六种正式语文。简报中的标题和日期将随之变化；阿拉伯文简报从右向左排版。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="52"/>
        <source>&amp;Language of the paper:</source>
        <translation type="unfinished">简报语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="53"/>
        <source>Publication date</source>
        <translation type="unfinished">发布日期</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="54"/>
        <source>Not shown on the paper</source>
        <translation type="unfinished">不显示在简报上</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="56"/>
        <source>The day the paper comes out, written YYYY-MM-DD (2026-05-05); it is printed on the paper. Leave it empty to print no date.</source>
        <translation type="unfinished">简报的发布日期，格式为YYYY-MM-DD（如2026-05-05），将打印在简报上。留空则不打印日期。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="58"/>
        <source>P&amp;ublished:</source>
        <translation type="unfinished">发布日期(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="80"/>
        <source>Process and event</source>
        <translation type="unfinished">进程和活动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="64"/>
        <source>Process</source>
        <translation type="unfinished">进程</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="65"/>
        <source>Other — in your own words…</source>
        <translation type="unfinished">其他——用您自己的话描述…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="66"/>
        <source>&amp;Process:</source>
        <translation type="unfinished">进程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="67"/>
        <source>Event</source>
        <translation type="unfinished">活动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="68"/>
        <source>e.g. Multi-stakeholder hearing</source>
        <translation type="unfinished">例如：多利益攸关方听证会</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="69"/>
        <source>&amp;Event:</source>
        <translation type="unfinished">活动(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">YYYY-MM-DD、YYYY-MM或YYYY</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="73"/>
        <source>A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for no date.</source>
        <translation type="unfinished">完整日期（2026-05-05）、月份（2026-05）或年份（2026）；留空表示无日期。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="75"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="77"/>
        <source>Place</source>
        <translation type="unfinished">地点</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="78"/>
        <source>e.g. New York</source>
        <translation type="unfinished">例如：纽约</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="79"/>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished">地点(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="82"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="88"/>
        <source>Audience</source>
        <translation type="unfinished">受众</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="86"/>
        <source>Tick everyone the paper is for (hover for a hint), or add your own.</source>
        <translation type="unfinished">勾选简报面向的所有受众（悬停可查看提示），或添加自定义受众。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="94"/>
        <source>Not a date: write 2026-05-12, 2026-05 or 2026.</source>
        <translation type="unfinished">不是日期：请填写2026-05-12、2026-05或2026。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="96"/>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="104"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">此日期在日历中不存在。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/occasion.py" line="102"/>
        <source>Not a date: write it as 2026-05-12, or leave it empty.</source>
        <translation type="unfinished">不是日期：请按2026-05-12的格式填写，或留空。</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="33"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="48"/>
        <source>Organisation</source>
        <extracomment>Field path prefixes; ``None`` stands for any list index.</extracomment>
        <translation type="unfinished">组织</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="34"/>
        <source>Tell readers who is speaking. The name and a short description appear on the paper; the contact details let them reach you.</source>
        <translation type="unfinished">告诉读者是谁在发声。名称和简短描述会显示在简报上；读者可通过联系方式与您联系。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="41"/>
        <source>Organisation name</source>
        <translation type="unfinished">组织名称</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="42"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="43"/>
        <source>Acronym or short name</source>
        <translation type="unfinished">缩写或简称</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="44"/>
        <source>e.g. MVWA</source>
        <translation type="unfinished">例如：MVWA</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="45"/>
        <source>&amp;Acronym:</source>
        <translation type="unfinished">缩写(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="46"/>
        <source>Country</source>
        <translation type="unfinished">国家</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="47"/>
        <source>Where you are based</source>
        <translation type="unfinished">您所在的国家</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="48"/>
        <source>&amp;Country:</source>
        <translation type="unfinished">国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="50"/>
        <source>&amp;Migrant-led organisation</source>
        <translation type="unfinished">由移民领导的组织(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="52"/>
        <source>Led by migrants, refugees or returnees themselves. The paper says so.</source>
        <translation type="unfinished">由移民、难民或回返者本人领导。简报中会予以注明。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="54"/>
        <source>Short description</source>
        <translation type="unfinished">简短描述</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="56"/>
        <source>Short &amp;description:</source>
        <translation type="unfinished">简短描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="75"/>
        <source>Contact</source>
        <translation type="unfinished">联系方式</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="61"/>
        <source>Contact person</source>
        <translation type="unfinished">联系人</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="62"/>
        <source>Name and role</source>
        <translation type="unfinished">姓名和职务</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="63"/>
        <source>Contact &amp;person:</source>
        <translation type="unfinished">联系人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="64"/>
        <source>E-mail</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="65"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished">电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="67"/>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="68"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished">电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="69"/>
        <source>Website</source>
        <translation type="unfinished">网站</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="71"/>
        <source>&amp;Website:</source>
        <translation type="unfinished">网站(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="73"/>
        <source>Postal address</source>
        <translation type="unfinished">邮政地址</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="74"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished">地址(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="80"/>
        <source>Logo</source>
        <translation type="unfinished">徽标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="87"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished">这看起来不像电子邮件地址（name@example.org）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/organisation.py" line="91"/>
        <source>This does not look like a web address (https://example.org).</source>
        <translation type="unfinished">这看起来不像网址（https://example.org）。</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="321"/>
        <source>Templates</source>
        <translation type="unfinished">模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="348"/>
        <source>Customise template</source>
        <translation type="unfinished">自定义模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="349"/>
        <source>A copy of “%1” is made in your template folder under a new name. Change the copy as you like; the original stays as it is.</source>
        <translation type="unfinished">将在您的模板文件夹中以新名称创建“%1”的副本。您可以随意修改副本；原模板保持不变。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="351"/>
        <source>%1 (our own)</source>
        <translation type="unfinished">%1（我们的版本）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="356"/>
        <source>Use customised template</source>
        <translation type="unfinished">使用自定义模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="360"/>
        <source>The template could not be copied</source>
        <translation type="unfinished">无法复制模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="377"/>
        <source>The template could not be customised</source>
        <translation type="unfinished">无法自定义模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="384"/>
        <source>The template could not be opened</source>
        <translation type="unfinished">无法打开模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="389"/>
        <source>Rename template</source>
        <translation type="unfinished">重命名模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="390"/>
        <source>Briefs that use this template by its old name will need to be pointed at the new one.</source>
        <translation type="unfinished">按旧名称使用此模板的简报需要改为指向新名称。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="397"/>
        <source>Follow renamed template</source>
        <translation type="unfinished">改用重命名后的模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="400"/>
        <source>The template could not be renamed</source>
        <translation type="unfinished">无法重命名模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="403"/>
        <source>Revert template</source>
        <translation type="unfinished">还原模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="404"/>
        <source>Put back the files of “%1” as they are in “%2”? The changes made to this copy will be lost.</source>
        <translation type="unfinished">要将“%1”的文件恢复为“%2”中的原样吗？对此副本所做的更改将丢失。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="405"/>
        <source>&amp;Revert</source>
        <translation type="unfinished">还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="409"/>
        <source>The template could not be reverted</source>
        <translation type="unfinished">无法还原模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="412"/>
        <source>Delete template</source>
        <translation type="unfinished">删除模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="413"/>
        <source>Delete the template “%1” and its files from your template folder? This cannot be undone.</source>
        <translation type="unfinished">要从您的模板文件夹中删除模板“%1”及其文件吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="414"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="422"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="423"/>
        <source>Template deleted</source>
        <translation type="unfinished">模板已删除</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="424"/>
        <source>This brief used the template “%1”, which has been deleted. It now uses “%2”; choose another on the Template and look step.</source>
        <translation type="unfinished">本简报使用的模板“%1”已被删除，现改用“%2”；请在“模板和外观”步骤中另选一个。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="427"/>
        <source>The template could not be deleted</source>
        <translation type="unfinished">无法删除模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="435"/>
        <source>Import Template Pack</source>
        <translation type="unfinished">导入模板包</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="436"/>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="483"/>
        <source>Template packs (%1)</source>
        <translation type="unfinished">模板包 (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="452"/>
        <source>Template pack refused</source>
        <translation type="unfinished">模板包被拒绝</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="453"/>
        <source>The template pack was not installed; nothing was written.

%1</source>
        <translation type="unfinished">模板包未安装；未写入任何内容。

%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="472"/>
        <source>Template installed</source>
        <translation type="unfinished">模板已安装</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="473"/>
        <source>“%1” is installed in your template folder. Choose it in the template gallery or on the Template and look step.</source>
        <translation type="unfinished">“%1”已安装到您的模板文件夹中。请在模板库或“模板和外观”步骤中选择它。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="475"/>
        <source>The template could not be installed</source>
        <translation type="unfinished">无法安装模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="482"/>
        <source>Export Template Pack</source>
        <translation type="unfinished">导出模板包</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="490"/>
        <source>Template exported</source>
        <translation type="unfinished">模板已导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="491"/>
        <source>“%1” was saved as %2. Send this file to a partner: they install it with Templates ▸ Import Template Pack.</source>
        <translation type="unfinished">“%1”已保存为%2。请将此文件发送给合作伙伴：对方可通过“模板 ▸ 导入模板包”安装。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="494"/>
        <source>The template could not be exported</source>
        <translation type="unfinished">无法导出模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="503"/>
        <source>The templates could not be listed</source>
        <translation type="unfinished">无法列出模板</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="62"/>
        <source>Printing your brief…</source>
        <translation type="unfinished">正在排版您的简报…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="66"/>
        <source>Thumbnail of %1</source>
        <translation type="unfinished">%1的缩略图</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="68"/>
        <source>Page 1 of your brief printed with “%1” is being made.</source>
        <translation type="unfinished">正在生成用“%1”排版的简报第1页。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="78"/>
        <source>%1 pages at most</source>
        <translation type="unfinished">最多%1页</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="79"/>
        <source>1 page</source>
        <translation type="unfinished">1页</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="89"/>
        <source>Page 1 of your brief printed with “%1”.</source>
        <translation type="unfinished">用“%1”排版的简报第1页。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="94"/>
        <source>Could not print your brief:
%1</source>
        <translation type="unfinished">无法排版您的简报：
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/gallery.py" line="97"/>
        <source>Your brief could not be printed with “%1”: %2</source>
        <translation type="unfinished">无法用“%1”排版您的简报：%2</translation>
    </message>
</context>
<context>
    <name>PackDialogs</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="58"/>
        <source>bundled</source>
        <extracomment>what Import offers (any zip still installs); Export writes the first a brief whose template was deleted falls back to this bundled one (the model&apos;s default)</extracomment>
        <translation type="unfinished">内置</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="60"/>
        <source>your own, based on %1</source>
        <translation type="unfinished">自定义，基于%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="61"/>
        <source>installed</source>
        <translation type="unfinished">已安装</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="69"/>
        <source>by %1</source>
        <translation type="unfinished">作者：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="71"/>
        <source>version %1</source>
        <translation type="unfinished">版本%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="78"/>
        <source>oral statement</source>
        <translation type="unfinished">口头发言</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="79"/>
        <source>paper</source>
        <translation type="unfinished">书面简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="80"/>
        <source>%1 at most</source>
        <translation type="unfinished">最多%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="81"/>
        <source>no limit</source>
        <translation type="unfinished">无限制</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="83"/>
        <source>Name:</source>
        <translation type="unfinished">名称：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="84"/>
        <source>Author:</source>
        <translation type="unfinished">作者：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="85"/>
        <source>Version:</source>
        <translation type="unfinished">版本：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="86"/>
        <source>Licence:</source>
        <translation type="unfinished">许可证：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="87"/>
        <source>Kind:</source>
        <translation type="unfinished">类型：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="88"/>
        <source>Pages:</source>
        <translation type="unfinished">页数：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="89"/>
        <source>Where:</source>
        <translation type="unfinished">出处：</translation>
    </message>
</context>
<context>
    <name>PackNameDialog</name>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="139"/>
        <source>Template name</source>
        <translation type="unfinished">模板名称</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="140"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="144"/>
        <source>Template title</source>
        <translation type="unfinished">模板标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="145"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="161"/>
        <source>A name is lowercase letters (a–z), digits and dashes, starts with a letter or digit and is at most 64 characters, e.g. our-brief.</source>
        <translation type="unfinished">名称由小写字母（a–z）、数字和连字符组成，以字母或数字开头，最多64个字符，例如our-brief。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="164"/>
        <source>There is already a template called “%1”: choose another name.</source>
        <translation type="unfinished">已有一个名为“%1”的模板：请另选一个名称。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="167"/>
        <source>Give the template a title: people see it in the gallery.</source>
        <translation type="unfinished">请为模板添加标题：标题会显示在模板库中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/pack_dialogs.py" line="173"/>
        <source>The name is how briefs refer to the template; the title is what people see.</source>
        <translation type="unfinished">简报通过名称引用模板；标题则是用户看到的名称。</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="53"/>
        <source>Paper as text</source>
        <extracomment>pages read per turn of the event loop (a page takes a few milliseconds)</extracomment>
        <translation type="unfinished">以文本查看简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="55"/>
        <source>The text of the preview, page by page. The arrow keys read it line by line.</source>
        <translation type="unfinished">预览的文本，逐页显示。使用方向键可逐行阅读。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="60"/>
        <source>No preview yet.</source>
        <translation type="unfinished">尚无预览。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/paper_text.py" line="87"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">第%1页，共%2页</translation>
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
        <translation type="unfinished">保证</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="45"/>
        <source>The commitments your organisation makes, written so that others can hold you to them: SMART — specific (what exactly, done by whom), measurable (an indicator, where things stand now and the target), achievable (the resources you put in), relevant (the GCM objectives it serves) and time-bound (a deadline). Review says which part a pledge still lacks.</source>
        <translation type="unfinished">您的组织作出的承诺，应写得让他人能够督促您兑现：SMART——具体（具体做什么，由谁做）、可衡量（指标、目前的状况和目标值）、可实现（您投入的资源）、相关（所服务的《全球契约》目标）和有时限（截止日期）。“审阅和导出”步骤会指出某项保证还缺少哪一部分。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="55"/>
        <source>Pledge action</source>
        <translation type="unfinished">保证行动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="56"/>
        <source>&amp;Action:</source>
        <translation type="unfinished">行动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="58"/>
        <source>Specific: what you will do, for whom, where. “Open two legal advice desks for migrant domestic workers in Nairobi”, not “support migrants”.</source>
        <translation type="unfinished">具体：您将做什么、为谁做、在哪里做。例如写“在内罗毕为移民家政工人开设两个法律咨询服务台”，而不是“支持移民”。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="60"/>
        <source>Who is responsible</source>
        <translation type="unfinished">负责方</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="61"/>
        <source>e.g. our legal aid unit, with the Bar Association</source>
        <translation type="unfinished">例如：我们的法律援助部门，与律师协会合作</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="62"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">由谁(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="63"/>
        <source>GCM objectives served</source>
        <translation type="unfinished">所服务的《全球契约》目标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="64"/>
        <source>GCM ob&amp;jectives:</source>
        <translation type="unfinished">《全球契约》目标(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="67"/>
        <source>Relevant: tick the objectives of the Global Compact the pledge helps to meet.</source>
        <translation type="unfinished">相关：勾选该保证有助于实现的《全球契约》目标。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="68"/>
        <source>Indicator</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="69"/>
        <source>e.g. migrants given legal advice a year</source>
        <translation type="unfinished">例如：每年获得法律咨询的移民人数</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="70"/>
        <source>&amp;Indicator:</source>
        <translation type="unfinished">指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="71"/>
        <source>Baseline</source>
        <translation type="unfinished">基线</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="72"/>
        <source>e.g. 400 in 2025</source>
        <translation type="unfinished">例如：2025年为400人</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="73"/>
        <source>&amp;Baseline:</source>
        <translation type="unfinished">基线(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="74"/>
        <source>Target</source>
        <translation type="unfinished">目标值</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="75"/>
        <source>e.g. 1,500 a year</source>
        <translation type="unfinished">例如：每年1500人</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="76"/>
        <source>&amp;Target:</source>
        <translation type="unfinished">目标值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="78"/>
        <source>Measurable: how progress is counted (the indicator), where it stands now (the baseline) and what you will reach (the target), in numbers where you can.</source>
        <translation type="unfinished">可衡量：如何计算进展（指标）、目前的状况（基线）以及您将达到的水平（目标值），尽可能使用数字。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="80"/>
        <source>Deadline</source>
        <translation type="unfinished">截止日期</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="81"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished">YYYY-MM-DD、YYYY-MM或YYYY</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="83"/>
        <source>Time-bound: the day (2027-12-31), month (2027-12) or year (2027) by which it is done.</source>
        <translation type="unfinished">有时限：完成的日期（2027-12-31）、月份（2027-12）或年份（2027）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="85"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">截止日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="87"/>
        <source>Resources</source>
        <translation type="unfinished">资源</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="88"/>
        <source>e.g. two lawyers, USD 40,000 a year</source>
        <translation type="unfinished">例如：两名律师，每年40,000美元</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="89"/>
        <source>&amp;Resources:</source>
        <translation type="unfinished">资源(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="91"/>
        <source>Achievable: the money, staff and partners you commit.</source>
        <translation type="unfinished">可实现：您投入的资金、人员和合作伙伴。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Pl&amp;edges:</source>
        <translation type="unfinished">保证(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="96"/>
        <source>Add p&amp;ledge</source>
        <translation type="unfinished">添加保证(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">移除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished">上移(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="97"/>
        <source>Move dow&amp;n</source>
        <translation type="unfinished">下移(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>No pledges yet: press Add pledge.</source>
        <translation type="unfinished">尚无保证：请按“添加保证”。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="98"/>
        <source>pledge</source>
        <translation type="unfinished">保证</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="108"/>
        <source>(no action yet)</source>
        <translation type="unfinished">（尚无行动）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="120"/>
        <source>Not a date: write 2027-12-31, 2027-12 or 2027, so that progress can be checked.</source>
        <translation type="unfinished">不是日期：请填写2027-12-31、2027-12或2027，以便核查进展。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/pledges.py" line="123"/>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished">此日期在日历中不存在。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="412"/>
        <source>Preferences</source>
        <translation type="unfinished">首选项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="419"/>
        <source>Language of the app</source>
        <translation type="unfinished">应用程序语言</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="420"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="425"/>
        <source>Automatic (from the language)</source>
        <translation type="unfinished">自动（根据语言）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="426"/>
        <source>Left to right</source>
        <translation type="unfinished">从左到右</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="427"/>
        <source>Right to left</source>
        <translation type="unfinished">从右到左</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="430"/>
        <source>Layout direction</source>
        <translation type="unfinished">布局方向</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="431"/>
        <source>Layout &amp;direction:</source>
        <translation type="unfinished">布局方向(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="437"/>
        <source> s</source>
        <translation type="unfinished">秒</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="439"/>
        <source>Seconds without typing before a recovery copy is saved</source>
        <translation type="unfinished">停止输入多少秒后保存恢复副本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="441"/>
        <source>&amp;Recovery copy after a pause of:</source>
        <translation type="unfinished">停止输入后保存恢复副本的间隔(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="445"/>
        <source>Show the welcome screen when BriefWriter &amp;starts</source>
        <translation type="unfinished">BriefWriter启动时显示欢迎屏幕(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="451"/>
        <source>A new language or layout direction applies at once; your work stays as it is.</source>
        <translation type="unfinished">新的语言或布局方向会立即生效；您的工作保持不变。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="122"/>
        <source>Preview of the brief</source>
        <extracomment>the pane switched between the pages and their text (&quot;Paper as text&quot;)</extracomment>
        <translation type="unfinished">简报预览</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="143"/>
        <source>Preview error</source>
        <translation type="unfinished">预览错误</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="150"/>
        <source>Preview status</source>
        <translation type="unfinished">预览状态</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="155"/>
        <source>Preview progress</source>
        <translation type="unfinished">预览进度</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="163"/>
        <source>Preview warnings</source>
        <translation type="unfinished">预览警告</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="219"/>
        <source>Zoom out</source>
        <translation type="unfinished">缩小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="222"/>
        <source>Zoom in</source>
        <translation type="unfinished">放大</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="226"/>
        <source>Fit width</source>
        <translation type="unfinished">适合宽度</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="229"/>
        <source>Paper as text</source>
        <translation type="unfinished">以文本查看简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="283"/>
        <source>&amp;Page</source>
        <translation type="unfinished">页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="285"/>
        <source>Page</source>
        <translation type="unfinished">页</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="389"/>
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform>共%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="390"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished">第%1页，共%2页</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="396"/>
        <source>%1. To read its text, choose Paper as text (%2).</source>
        <translation type="unfinished">%1。如需阅读其文本，请选择“以文本查看简报”（%2）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="405"/>
        <location filename="../../briefwriter/gui/preview.py" line="418"/>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <location filename="../../briefwriter/gui/preview.py" line="505"/>
        <source>Updating…</source>
        <translation type="unfinished">正在更新…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="425"/>
        <source>Updating: laying out page %1 of about %2…</source>
        <translation type="unfinished">正在更新：正在排版第 %1 页，共约 %2 页…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="427"/>
        <source>Updating: laying out page %1…</source>
        <translation type="unfinished">正在更新：正在排版第 %1 页…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="431"/>
        <source>Updating: writing the pages…</source>
        <translation type="unfinished">正在更新：正在写入页面…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="435"/>
        <source>Updating: preparing the text and styles…</source>
        <translation type="unfinished">正在更新：正在准备文本和样式…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="445"/>
        <source>Starting the preview…</source>
        <translation type="unfinished">正在启动预览…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="447"/>
        <source>Restarting the renderer…</source>
        <translation type="unfinished">正在重新启动渲染器…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="449"/>
        <source>The preview is not available.</source>
        <translation type="unfinished">预览不可用。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="453"/>
        <source>The preview could not be updated:</source>
        <translation type="unfinished">无法更新预览：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="460"/>
        <source>Showing the last preview that worked.</source>
        <translation type="unfinished">显示的是上一次成功生成的预览。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="397"/>
        <location filename="../../briefwriter/gui/preview.py" line="462"/>
        <source>No preview yet.</source>
        <translation type="unfinished">尚无预览。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="469"/>
        <source>The preview file could not be opened.</source>
        <translation type="unfinished">无法打开预览文件。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/preview.py" line="502"/>
        <source>Up to date</source>
        <translation type="unfinished">已是最新</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="506"/>
        <source>Up to date, with %n warning(s):</source>
        <translation type="unfinished">
            <numerusform>已是最新，有%n条警告：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefwriter/gui/preview.py" line="511"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>另有%n条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="36"/>
        <source>principles %1</source>
        <translation type="unfinished">原则%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="39"/>
        <source>objectives %1</source>
        <translation type="unfinished">目标%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="42"/>
        <source>actions %1</source>
        <translation type="unfinished">行动%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="52"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="55"/>
        <source>Priorities</source>
        <translation type="unfinished">优先事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="53"/>
        <source>Name the issues your paper is about, in your own words. Start from a suggestion if one fits: it comes with links to the Global Compact already ticked.</source>
        <translation type="unfinished">用您自己的话列出简报涉及的问题。如有合适的推荐项，可以从推荐项开始：其与《全球契约》的关联已预先勾选。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="62"/>
        <source>Priority title</source>
        <translation type="unfinished">优先事项标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="63"/>
        <source>A short, clear headline</source>
        <translation type="unfinished">简短、清晰的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="64"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="65"/>
        <source>Priority description</source>
        <translation type="unfinished">优先事项描述</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="66"/>
        <source>&amp;Description:</source>
        <translation type="unfinished">描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="78"/>
        <source>Links to the GCM</source>
        <translation type="unfinished">与《全球契约》的关联</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="73"/>
        <source>Link to the &amp;GCM…</source>
        <translation type="unfinished">关联《全球契约》(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="74"/>
        <source>Go to the Link to the GCM step</source>
        <translation type="unfinished">转到“关联《全球契约》”步骤</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Priorities:</source>
        <translation type="unfinished">优先事项(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="82"/>
        <source>&amp;Add your own priority</source>
        <translation type="unfinished">添加自定义优先事项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="83"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="84"/>
        <source>No priorities yet: add your own or start from a suggestion.</source>
        <translation type="unfinished">尚无优先事项：请添加自定义优先事项，或从推荐项开始。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="85"/>
        <source>priority</source>
        <translation type="unfinished">优先事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="88"/>
        <source>Add from su&amp;ggestions…</source>
        <translation type="unfinished">从推荐项添加(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="89"/>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="131"/>
        <source>Add a priority from suggestions</source>
        <translation type="unfinished">从推荐项添加优先事项</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="98"/>
        <source>(untitled)</source>
        <translation type="unfinished">（无标题）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="115"/>
        <source>Select or add a priority.</source>
        <translation type="unfinished">请选择或添加优先事项。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="121"/>
        <source>Started from the suggestion “%1”.</source>
        <translation type="unfinished">基于推荐项“%1”创建。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="126"/>
        <source>Not linked to the Global Compact yet: use “Link to the GCM”.</source>
        <translation type="unfinished">尚未与《全球契约》关联：请使用“关联《全球契约》”。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="132"/>
        <source>Suggested priorities from civil-society work on the Global Compact. Picking one adds it with its usual GCM links ticked; change anything afterwards.</source>
        <translation type="unfinished">来自民间社会《全球契约》相关工作的推荐优先事项。选择其中一项即可添加，其常见的《全球契约》关联已预先勾选；之后可随意修改。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/priorities.py" line="142"/>
        <source>Add priority “%1”</source>
        <translation type="unfinished">添加优先事项“%1”</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="47"/>
        <source>Problems</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Error</source>
        <translation type="unfinished">错误</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="70"/>
        <source>Warning</source>
        <translation type="unfinished">警告</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished">提示</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="89"/>
        <source>No problems found.</source>
        <translation type="unfinished">未发现问题。</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="259"/>
        <source>&amp;Use saved profile</source>
        <translation type="unfinished">使用已保存的档案(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="261"/>
        <source>Fill in this page from your organisation profile (Tools ▸ Organisation Profile…)</source>
        <translation type="unfinished">根据您的组织档案填写本页（工具 ▸ 组织档案…）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="263"/>
        <source>Save as &amp;profile</source>
        <translation type="unfinished">保存为档案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="265"/>
        <source>Keep this organisation as your profile, for every new brief</source>
        <translation type="unfinished">将此组织保存为您的档案，供每份新简报使用</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="294"/>
        <source>No saved profile</source>
        <translation type="unfinished">没有已保存的档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="295"/>
        <source>There is no organisation profile yet. Fill in this page and press “Save as profile”, or use Tools ▸ Organisation Profile…</source>
        <translation type="unfinished">尚无组织档案。请填写本页并按“保存为档案”，或使用“工具 ▸ 组织档案…”</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="303"/>
        <source>Use saved profile</source>
        <translation type="unfinished">使用已保存的档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="305"/>
        <source>The saved profile cannot be used</source>
        <translation type="unfinished">无法使用已保存的档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="313"/>
        <source>Profile saved</source>
        <translation type="unfinished">档案已保存</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="314"/>
        <source>“%1” is now your organisation profile: every new brief starts with it.</source>
        <translation type="unfinished">“%1”现已成为您的组织档案：每份新简报都将以此为起点。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="315"/>
        <source>Your organisation</source>
        <translation type="unfinished">您的组织</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="316"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">档案未保存；原有档案保持不变</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="323"/>
        <source>Save as Profile</source>
        <translation type="unfinished">保存为档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="324"/>
        <source>Replace your saved profile (“%1”) with this brief&apos;s organisation?</source>
        <translation type="unfinished">要用本简报中的组织替换您已保存的档案（“%1”）吗？</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>unnamed</source>
        <translation type="unfinished">未命名</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="325"/>
        <source>&amp;Replace Profile</source>
        <translation type="unfinished">替换档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="330"/>
        <source>The saved profile cannot be read</source>
        <translation type="unfinished">无法读取已保存的档案</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="98"/>
        <source>%1 holds the profile of “%2”:</source>
        <translation type="unfinished">%1包含“%2”的档案：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="99"/>
        <source>an unnamed organisation</source>
        <translation type="unfinished">未命名组织</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="100"/>
        <source>Acronym: %1</source>
        <translation type="unfinished">缩写：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="101"/>
        <source>Country: %1</source>
        <translation type="unfinished">国家：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="102"/>
        <source>Contact: %1</source>
        <translation type="unfinished">联系方式：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="103"/>
        <source>Logo: %1</source>
        <translation type="unfinished">徽标：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="120"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="127"/>
        <source>Organisation Profile</source>
        <extracomment>the saved profile was read (or there is none) and the fields show it the profile was saved or imported (the path of its folder)</extracomment>
        <translation type="unfinished">组织档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="121"/>
        <source>Organisation profile</source>
        <translation type="unfinished">组织档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="128"/>
        <source>Who you are, saved once: every new brief starts with it, and partners can use the exported file to add you as a co-signatory.</source>
        <translation type="unfinished">说明您是谁，只需保存一次：每份新简报都将以此为起点，合作伙伴也可以使用导出的文件将您添加为联署方。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="131"/>
        <source>Profile status</source>
        <translation type="unfinished">档案状态</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="133"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished">导入(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="135"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="137"/>
        <source>&amp;Save</source>
        <translation type="unfinished">保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="139"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished">关闭(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="141"/>
        <source>Use a profile file made on another computer</source>
        <translation type="unfinished">使用在另一台计算机上创建的档案文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="143"/>
        <source>Save the profile as a file partners can add as a co-signatory</source>
        <translation type="unfinished">将档案保存为文件，供合作伙伴将您添加为联署方</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="157"/>
        <source>The saved profile cannot be used; saving replaces it</source>
        <translation type="unfinished">已保存的档案无法使用；保存后将替换它</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="167"/>
        <source>No profile yet: fill in the fields and press Save.</source>
        <translation type="unfinished">尚无档案：请填写各字段，然后按“保存”。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="173"/>
        <source>Saved in %1</source>
        <translation type="unfinished">已保存在%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="193"/>
        <source>The profile was not saved; the previous one is unchanged</source>
        <translation type="unfinished">档案未保存；原有档案保持不变</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="201"/>
        <source>Export Organisation Profile</source>
        <translation type="unfinished">导出组织档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="202"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="222"/>
        <source>Organisation profiles (%1)</source>
        <translation type="unfinished">组织档案文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="210"/>
        <source>Profile exported</source>
        <translation type="unfinished">档案已导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="211"/>
        <source>The profile was saved as %1. A partner adds you to their brief with “Add from a partner&apos;s profile…” on the Co-signatories step.</source>
        <translation type="unfinished">档案已保存为%1。合作伙伴可在“联署方”步骤中通过“从合作伙伴的档案添加…”将您添加到其简报中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="217"/>
        <source>The profile was not exported</source>
        <translation type="unfinished">档案未导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="221"/>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="233"/>
        <source>Import Organisation Profile</source>
        <translation type="unfinished">导入组织档案</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="226"/>
        <source>The profile was not imported; nothing was changed</source>
        <translation type="unfinished">档案未导入；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="232"/>
        <source>It replaces your saved profile.</source>
        <translation type="unfinished">它将替换您已保存的档案。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="234"/>
        <source>&amp;Replace My Profile</source>
        <translation type="unfinished">替换我的档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/profile_dialog.py" line="239"/>
        <source>Imported from %1</source>
        <translation type="unfinished">从%1导入</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="23"/>
        <source>The document could not be rendered.</source>
        <translation type="unfinished">无法渲染该文档。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="28"/>
        <source>%1, line %2</source>
        <translation type="unfinished">%1，第%2行</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/worker_process.py" line="29"/>
        <source>line %1</source>
        <translation type="unfinished">第%1行</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="273"/>
        <source>The renderer could not be started{detail}. The preview and export are unavailable until BriefWriter is restarted or repaired.</source>
        <extracomment>a preview still running this long after newer edits came in is abandoned (the worker is restarted) rather than waited for: a normal render takes a second or less. waits before each automatic restart after a crash; when they run out the service gives up until ``start()`` is called again (an export or the user asking).</extracomment>
        <translation type="unfinished">无法启动渲染器{detail}。在重新启动或修复BriefWriter之前，预览和导出功能不可用。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="302"/>
        <source>The renderer sent a malformed reply.</source>
        <translation type="unfinished">渲染器返回了格式错误的响应。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="367"/>
        <source>The renderer stopped unexpectedly and is being restarted; the preview will update with your next edit.</source>
        <translation type="unfinished">渲染器意外停止，正在重新启动；您下次编辑时预览将会更新。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="369"/>
        <source>The renderer stopped unexpectedly and is being restarted. Please try again.</source>
        <translation type="unfinished">渲染器意外停止，正在重新启动。请重试。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="394"/>
        <source>Rendering took longer than %1 seconds and was stopped. The brief is very long (%2 characters of text): export it in parts, or shorten it.</source>
        <translation type="unfinished">渲染耗时超过%1秒，已被停止。简报过长（正文共%2个字符）：请分部分导出，或加以缩短。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="399"/>
        <source>Rendering took longer than {seconds} seconds and was stopped. The template may be stuck in a loop.</source>
        <translation type="unfinished">渲染耗时超过{seconds}秒，已被停止。模板可能陷入了死循环。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/render_service.py" line="498"/>
        <location filename="../../briefwriter/gui/render_service.py" line="501"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished">导出已取消。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="55"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="80"/>
        <source>Review and export</source>
        <translation type="unfinished">审阅和导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="56"/>
        <source>Check what is still missing, then export the paper. Press Enter on a remark (or double-click it) to go to the field it is about.</source>
        <translation type="unfinished">检查还缺少哪些内容，然后导出简报。在某条检查结果上按Enter键（或双击）即可转到相关字段。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="70"/>
        <source>Remarks on the brief</source>
        <translation type="unfinished">简报检查结果</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="73"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished">检查结果(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="76"/>
        <source>&amp;Go to the field</source>
        <translation type="unfinished">转到字段(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="117"/>
        <source>Export</source>
        <translation type="unfinished">导出</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="86"/>
        <source>Tagged for screen readers; the best choice for sharing.</source>
        <translation type="unfinished">已为屏幕阅读器添加标记；最适合共享。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="87"/>
        <source>For long-term archiving.</source>
        <translation type="unfinished">用于长期存档。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="88"/>
        <source>An ordinary PDF, for systems that reject the others.</source>
        <translation type="unfinished">普通PDF，适用于不接受其他格式的系统。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="93"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="104"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">导出PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="106"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished">导出HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="94"/>
        <location filename="../../briefwriter/gui/steps/review.py" line="108"/>
        <source>Export as &amp;Word…</source>
        <translation type="unfinished">导出为Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="109"/>
        <source>A Word document (.docx) of the same paper, for partners and calls for input that ask for one</source>
        <translation type="unfinished">同一份简报的Word文档（.docx），适用于要求提供此格式的合作伙伴和意见征集</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Problem</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="147"/>
        <source>Warning</source>
        <translation type="unfinished">警告</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="148"/>
        <source>Note</source>
        <translation type="unfinished">提示</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="170"/>
        <source>General</source>
        <translation type="unfinished">一般</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="180"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1，%2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="187"/>
        <source>Warnings: %1. Look at them before you export.</source>
        <translation type="unfinished">警告：%1。请在导出前查看。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="189"/>
        <source>No warnings: the brief is ready to export.</source>
        <translation type="unfinished">没有警告：简报已可导出。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="191"/>
        <source>Notes for your information: %1.</source>
        <translation type="unfinished">供参考的提示：%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="232"/>
        <source>Accessible PDF (PDF/UA) — recommended</source>
        <translation type="unfinished">无障碍PDF（PDF/UA）——推荐</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="233"/>
        <source>PDF/A-3u for archiving</source>
        <translation type="unfinished">用于存档的PDF/A-3u</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/review.py" line="234"/>
        <source>Plain PDF</source>
        <translation type="unfinished">普通PDF</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="36"/>
        <source>&amp;Safety mode: papers that do not say who wrote them</source>
        <translation type="unfinished">安全模式(&amp;S)：不表明作者身份的简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="39"/>
        <source>For organisations at risk. Exported PDFs and web pages leave out your organisation&apos;s name and acronym, and their metadata name no author or organisation. The file name offered for an export is neutral, such as %1. Review warns about personal names and anything else in the text that could identify you. The brief file itself still holds everything you typed: share it only with people you trust.</source>
        <translation type="unfinished">适用于面临风险的组织。导出的PDF和网页将略去您的组织名称和缩写，其元数据中也不写明任何作者或组织。导出时建议的文件名是中性的，例如%1。“审阅和导出”步骤会提示文本中的个人姓名以及其他可能暴露您身份的内容。简报文件本身仍保存着您输入的所有内容：请只与您信任的人共享。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="51"/>
        <source>Leave out contact deta&amp;ils (yours and the co-signatories&apos;)</source>
        <translation type="unfinished">略去联系方式（您的和联署方的）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="53"/>
        <source>Leave o&amp;ut logos (yours, the brand kit&apos;s and the co-signatories&apos;)</source>
        <translation type="unfinished">略去徽标（您的、品牌套件的和联署方的）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="57"/>
        <source>Safety mode</source>
        <translation type="unfinished">安全模式</translation>
    </message>
</context>
<context>
    <name>SafetyStatus</name>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="93"/>
        <source>Safety mode on</source>
        <translation type="unfinished">已开启安全模式</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/widgets/safety_box.py" line="95"/>
        <source>Exports leave out what names your organisation; Review warns about names in the text.</source>
        <translation type="unfinished">导出时会略去可识别您组织的内容；“审阅和导出”步骤会提示文本中的姓名。</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="32"/>
        <source>At the start</source>
        <extracomment>What the &quot;Placed&quot; choice says for each ``Section.after`` value, in ``SECTION_PLACES`` order.</extracomment>
        <translation type="unfinished">开头</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="33"/>
        <source>After the summary</source>
        <translation type="unfinished">摘要之后</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="34"/>
        <source>After the priorities</source>
        <translation type="unfinished">优先事项之后</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="35"/>
        <source>After the asks</source>
        <translation type="unfinished">诉求之后</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="36"/>
        <source>After the key messages</source>
        <translation type="unfinished">关键信息之后</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="37"/>
        <source>After the recommendations</source>
        <translation type="unfinished">建议之后</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="38"/>
        <source>After the pledges</source>
        <translation type="unfinished">保证之后</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="39"/>
        <source>After the co-signatories</source>
        <translation type="unfinished">联署方之后</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="40"/>
        <source>At the end</source>
        <translation type="unfinished">结尾</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="47"/>
        <source>Summar&amp;y:</source>
        <extracomment>The label of each fixed part&apos;s field in &quot;Your own headings&quot; (mnemonics chosen to be free on this page and in the window), and the accessible name of that field.</extracomment>
        <translation type="unfinished">摘要(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="48"/>
        <source>Your heading for the summary</source>
        <translation type="unfinished">您为摘要设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="50"/>
        <source>Si&amp;nce the last review:</source>
        <translation type="unfinished">上次审查以来(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="51"/>
        <source>Your heading for what happened since the last review</source>
        <translation type="unfinished">您为上次审查以来的进展设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="53"/>
        <source>Pr&amp;iorities:</source>
        <translation type="unfinished">优先事项(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="54"/>
        <source>Your heading for the priorities</source>
        <translation type="unfinished">您为优先事项设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="55"/>
        <source>As&amp;ks:</source>
        <translation type="unfinished">诉求(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="56"/>
        <source>Your heading for the asks</source>
        <translation type="unfinished">您为诉求设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="57"/>
        <source>Key &amp;messages:</source>
        <translation type="unfinished">关键信息(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="58"/>
        <source>Your heading for the key messages</source>
        <translation type="unfinished">您为关键信息设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="59"/>
        <source>Rec&amp;ommendations:</source>
        <translation type="unfinished">建议(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="60"/>
        <source>Your heading for the recommendations</source>
        <translation type="unfinished">您为建议设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="62"/>
        <source>P&amp;ledges:</source>
        <translation type="unfinished">保证(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="63"/>
        <source>Your heading for the pledges</source>
        <translation type="unfinished">您为保证设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="64"/>
        <source>Co-signa&amp;tories:</source>
        <translation type="unfinished">联署方(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="65"/>
        <source>Your heading for the co-signatories</source>
        <translation type="unfinished">您为联署方设定的标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="84"/>
        <location filename="../../briefwriter/gui/steps/table.py" line="67"/>
        <source>Your own sections</source>
        <extracomment>The templates print the asks under the label &quot;aims_and_asks&quot;; every other part&apos;s label has the part&apos;s own name.</extracomment>
        <translation type="unfinished">自定义章节</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="85"/>
        <source>Add the parts only your organisation can write — a testimony, the situation in your country, how you gathered your evidence — and choose where each goes among the paper&apos;s fixed parts. You can also give the fixed parts headings of your own.</source>
        <translation type="unfinished">添加只有您的组织才能撰写的内容——一段证词、您所在国家的情况、您收集证据的方式——并选择每个章节在简报固定部分之间的位置。您还可以为固定部分设定自己的标题。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="116"/>
        <source>Sections</source>
        <translation type="unfinished">章节</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="93"/>
        <source>Section heading</source>
        <translation type="unfinished">章节标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="94"/>
        <source>e.g. What we see in detention</source>
        <translation type="unfinished">例如：我们在拘留场所看到的情况</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="95"/>
        <source>Hea&amp;ding:</source>
        <translation type="unfinished">标题(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="96"/>
        <source>Section text</source>
        <translation type="unfinished">章节正文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="97"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">正文(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="99"/>
        <source>Where the section goes</source>
        <translation type="unfinished">章节位置</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="102"/>
        <source>Pla&amp;ced:</source>
        <translation type="unfinished">位置(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="104"/>
        <source>Sections placed at the same spot follow the order of the list.</source>
        <translation type="unfinished">放在同一位置的章节按列表顺序排列。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>Your &amp;sections:</source>
        <translation type="unfinished">自定义章节(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="108"/>
        <source>&amp;Add section</source>
        <translation type="unfinished">添加章节(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="109"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>No sections of your own yet.</source>
        <translation type="unfinished">尚无自定义章节。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="110"/>
        <source>section</source>
        <translation type="unfinished">章节</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="128"/>
        <source>Your own headings</source>
        <translation type="unfinished">自定义标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="120"/>
        <source>A heading left empty keeps the template&apos;s, shown greyed in the field.</source>
        <translation type="unfinished">留空的标题将沿用模板的标题，该标题以灰色显示在字段中。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="141"/>
        <source>(no heading)</source>
        <translation type="unfinished">（无标题）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/steps/sections.py" line="159"/>
        <source>Template&apos;s heading</source>
        <translation type="unfinished">模板的标题</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../briefwriter/gui/mainwindow.py" line="457"/>
        <location filename="../../briefwriter/gui/session.py" line="89"/>
        <source>Untitled brief</source>
        <translation type="unfinished">无标题简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="108"/>
        <source>Edit</source>
        <translation type="unfinished">编辑</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="115"/>
        <source>Add item</source>
        <translation type="unfinished">添加条目</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="124"/>
        <source>Remove item</source>
        <translation type="unfinished">移除条目</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/session.py" line="131"/>
        <source>Move item</source>
        <translation type="unfinished">移动条目</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="40"/>
        <source>Steps</source>
        <translation type="unfinished">步骤</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="42"/>
        <source>The steps of writing a brief; each says whether it is empty, done or has warnings. Choose one to go to it.</source>
        <translation type="unfinished">撰写简报的各个步骤；每个步骤都会标明是空的、已完成还是有警告。选择一个步骤即可转到该步骤。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="71"/>
        <source>%1. %2</source>
        <translation type="unfinished">%1. %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="79"/>
        <source>done</source>
        <translation type="unfinished">已完成</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="81"/>
        <source>has warnings</source>
        <translation type="unfinished">有警告</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="82"/>
        <source>empty</source>
        <translation type="unfinished">空</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/navigator.py" line="99"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1——%2</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="96"/>
        <source>The examples could not be read from %1: %2.</source>
        <translation type="unfinished">无法从 %1 读取示例：%2。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="110"/>
        <source>Some examples could not be read:
%1</source>
        <translation type="unfinished">部分示例无法读取：
%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="113"/>
        <source>No examples were found in %1.</source>
        <translation type="unfinished">在 %1 中未找到示例。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="126"/>
        <source>Arabic</source>
        <translation type="unfinished">阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="127"/>
        <source>Chinese</source>
        <translation type="unfinished">中文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="128"/>
        <source>English</source>
        <translation type="unfinished">英文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="129"/>
        <source>French</source>
        <translation type="unfinished">法文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="130"/>
        <source>Russian</source>
        <translation type="unfinished">俄文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="131"/>
        <source>Spanish</source>
        <translation type="unfinished">西班牙文</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="161"/>
        <source>Welcome to BriefWriter</source>
        <translation type="unfinished">欢迎使用 BriefWriter</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="168"/>
        <source>BriefWriter walks you through a briefing paper on the Global Compact for Migration, step by step, and shows the finished paper as you type. Start a new brief, or look at an example first: it opens as an untitled copy, so you can change anything.</source>
        <translation type="unfinished">BriefWriter 一步一步引导您撰写关于《移民问题全球契约》的简报，并在您输入时显示成品。新建一份简报，或先看看示例：示例会作为无标题副本打开，您可以随意修改。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="176"/>
        <source>Start a &amp;new brief</source>
        <translation type="unfinished">新建简报(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="177"/>
        <source>An empty brief; the list of steps shows the way</source>
        <translation type="unfinished">一份空白简报，步骤列表会为您引路</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="180"/>
        <source>&amp;Open a brief…</source>
        <translation type="unfinished">打开简报(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="181"/>
        <source>Choose a brief file on this computer</source>
        <translation type="unfinished">在此计算机上选择简报文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="183"/>
        <source>Read the &amp;getting-started guide</source>
        <translation type="unfinished">阅读入门指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="184"/>
        <source>What each step is for, and the keys that move between them</source>
        <translation type="unfinished">每个步骤的用途，以及在步骤之间切换的按键</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="192"/>
        <source>Examples</source>
        <translation type="unfinished">示例</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="193"/>
        <source>Each example opens as an untitled copy; the example itself is never changed</source>
        <translation type="unfinished">每个示例都作为无标题副本打开；示例本身永远不会被更改</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="197"/>
        <source>&amp;Examples:</source>
        <translation type="unfinished">示例(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="201"/>
        <source>Open a cop&amp;y of the example</source>
        <translation type="unfinished">打开示例副本(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="205"/>
        <source>Recent briefs</source>
        <translation type="unfinished">最近的简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="209"/>
        <source>&amp;Recent briefs:</source>
        <translation type="unfinished">最近的简报(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="211"/>
        <source>No recent briefs yet.</source>
        <translation type="unfinished">暂无最近的简报。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="214"/>
        <source>O&amp;pen the recent brief</source>
        <translation type="unfinished">打开最近的简报(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="235"/>
        <source>&amp;Show this at start-up</source>
        <translation type="unfinished">启动时显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="253"/>
        <source>Reading the examples…</source>
        <translation type="unfinished">正在读取示例…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="254"/>
        <source>Looking for your recent briefs…</source>
        <translation type="unfinished">正在查找您最近的简报…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="309"/>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="314"/>
        <source>%1, in %2, template %3</source>
        <translation type="unfinished">%1，%2，模板：%3</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/welcome.py" line="329"/>
        <source>%1, in %2</source>
        <translation type="unfinished">%1，位于 %2</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="76"/>
        <source>a link, not a file of the pack</source>
        <extracomment>what a pack&apos;s editable files end with; everything else (images, fonts) is an asset</extracomment>
        <translation type="unfinished">链接，而非模板包中的文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="89"/>
        <source>larger than %1 kB</source>
        <translation type="unfinished">超过%1 KB</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="92"/>
        <source>not a regular file</source>
        <translation type="unfinished">不是常规文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/documents.py" line="99"/>
        <source>not UTF-8 text (line %1)</source>
        <translation type="unfinished">不是UTF-8文本（第%1行）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/problems.py" line="28"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished">无法生成预览。</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="121"/>
        <source>Pack files</source>
        <extracomment>brief edits are let pause this long before the pack&apos;s preview is made again</extracomment>
        <translation type="unfinished">模板包文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="123"/>
        <source>&amp;Files</source>
        <translation type="unfinished">文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="135"/>
        <source>Bundled templates cannot be changed — Customise… makes your own copy</source>
        <translation type="unfinished">内置模板无法更改——“自定义…”可创建您自己的副本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="137"/>
        <source>&amp;Customise…</source>
        <translation type="unfinished">自定义(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="138"/>
        <source>Customise this template</source>
        <translation type="unfinished">自定义此模板</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="149"/>
        <source>Preview of the brief with this template</source>
        <translation type="unfinished">使用此模板的简报预览</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="152"/>
        <source>P&amp;roblems</source>
        <translation type="unfinished">问题(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="169"/>
        <source>Resize the file list and the editor</source>
        <translation type="unfinished">调整文件列表和编辑器的大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="170"/>
        <source>Resize the editor and the preview</source>
        <translation type="unfinished">调整编辑器和预览的大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="171"/>
        <source>Resize the editor and the problems</source>
        <translation type="unfinished">调整编辑器和问题列表的大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="175"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="308"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished">第%1行，第%2列</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="179"/>
        <source>Resize the window</source>
        <translation type="unfinished">调整窗口大小</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="204"/>
        <source>&amp;Save</source>
        <translation type="unfinished">保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="205"/>
        <source>Save A&amp;ll</source>
        <translation type="unfinished">全部保存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="207"/>
        <source>C&amp;heck Now</source>
        <translation type="unfinished">立即检查(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="209"/>
        <source>&amp;Close</source>
        <translation type="unfinished">关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="211"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="213"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="215"/>
        <source>&amp;Find…</source>
        <translation type="unfinished">查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="217"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished">替换(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="219"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished">转到行(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished">文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="242"/>
        <source>%1 (not editable: %2)</source>
        <translation type="unfinished">%1（不可编辑：%2）</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="243"/>
        <source>an asset</source>
        <translation type="unfinished">资源文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="253"/>
        <source>The template&apos;s files could not be read: %1</source>
        <translation type="unfinished">无法读取模板的文件：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="269"/>
        <source>Text of %1</source>
        <translation type="unfinished">%1的文本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="272"/>
        <source>%1 cannot be edited here (%2).</source>
        <translation type="unfinished">无法在此编辑%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="273"/>
        <source>an image, font or other asset</source>
        <translation type="unfinished">图像、字体或其他资源文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="285"/>
        <source>%1[*] — Template workshop</source>
        <translation type="unfinished">%1[*] — 模板工坊</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="313"/>
        <location filename="../../briefwriter/gui/workshop/window.py" line="319"/>
        <source>Saving…</source>
        <translation type="unfinished">正在保存…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="323"/>
        <source>Saved %1.</source>
        <translation type="unfinished">已保存%1。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="336"/>
        <source>The file could not be saved</source>
        <translation type="unfinished">无法保存文件</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="355"/>
        <source>The template could not be checked: %1</source>
        <translation type="unfinished">无法检查模板：%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="395"/>
        <source>Go to Line</source>
        <translation type="unfinished">转到行</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/workshop/window.py" line="396"/>
        <source>&amp;Line (1 to %1):</source>
        <translation type="unfinished">行号(&amp;L)（1至%1）：</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="80"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished">未保存的更改</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="81"/>
        <source>Do you want to save the changes to “%1”?

If you don&apos;t save them, your changes will be lost.</source>
        <translation type="unfinished">是否保存对“%1”的更改？

如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="120"/>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="128"/>
        <source>never saved</source>
        <translation type="unfinished">从未保存</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="129"/>
        <source>Untitled brief</source>
        <translation type="unfinished">无标题简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="130"/>
        <source>BriefWriter did not close properly. A recovery copy of “%1” (%2) was found</source>
        <translation type="unfinished">BriefWriter未正常关闭。找到了“%1”（%2）的恢复副本</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="133"/>
        <source>, saved %1</source>
        <translation type="unfinished">，保存于%1</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="141"/>
        <source>Recover Unsaved Work?</source>
        <translation type="unfinished">要恢复未保存的工作吗？</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="143"/>
        <source>Recover opens it with its changes marked as unsaved; your own file is not changed until you save. Discard deletes the copy. Later keeps it for the next start.</source>
        <translation type="unfinished">“恢复”将打开该副本，其中的更改标记为未保存；在您保存之前，您自己的文件不会改变。“放弃”将删除该副本。“稍后”将保留该副本，供下次启动时使用。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="147"/>
        <source>&amp;Recover</source>
        <translation type="unfinished">恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="148"/>
        <source>&amp;Discard</source>
        <translation type="unfinished">放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="150"/>
        <source>&amp;Later</source>
        <translation type="unfinished">稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="171"/>
        <source>You can save the brief under another name or in another folder.</source>
        <translation type="unfinished">您可以用其他名称或在其他文件夹中保存简报。</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="173"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="346"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="210"/>
        <source>Briefs (*.brief.yaml)</source>
        <translation type="unfinished">简报文件 (*.brief.yaml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="347"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="211"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished">YAML文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/coalition_dialog.py" line="348"/>
        <location filename="../../briefwriter/gui/dialogs.py" line="212"/>
        <source>All files (*)</source>
        <translation type="unfinished">所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="216"/>
        <source>Open Brief</source>
        <translation type="unfinished">打开简报</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="223"/>
        <source>Save Brief As</source>
        <translation type="unfinished">简报另存为</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="237"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;入门指南&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="238"/>
        <source>&lt;p&gt;BriefWriter walks you through a briefing paper step by step. The list on the left shows them in order, with a mark for each: an empty circle for a step not started, a tick when it is done, and a warning sign when something needs a look. You can go to any step at any time.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;BriefWriter会逐步引导您撰写简报。左侧列表按顺序列出各个步骤，每一步都有标记：空心圆表示尚未开始，对勾表示已完成，警告标志表示有内容需要查看。您可以随时转到任何步骤。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="243"/>
        <source>&lt;p&gt;&lt;b&gt;Start with who you are and what the paper is for.&lt;/b&gt; Organisation takes your name, country and contact; Occasion and audience asks which process or event the paper is for (the IMRF, a regional review, a Human Rights Council session or your own) and who will read it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;首先说明您是谁以及简报的用途。&lt;/b&gt;“组织”步骤填写您的名称、国家和联系方式；“场合和受众”步骤询问简报面向哪个进程或活动（国际移民审查论坛、区域审查、人权理事会届会或您自己的活动），以及谁会阅读它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Name your priorities in your own words.&lt;/b&gt; Suggestions drawn from civil-society guidance are there if they help. Then, in Link to the GCM, tick the guiding principles, objectives and lettered actions of the Global Compact that each priority relates to. Search for words such as “detention” or “children” to find them quickly.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;用您自己的话列出优先事项。&lt;/b&gt;如有帮助，可以参考根据民间社会指南整理的推荐项。然后在“关联《全球契约》”步骤中，勾选与每个优先事项相关的《全球契约》指导原则、目标和按字母编号的行动。搜索“detention”（拘留）或“children”（儿童）等词（《全球契约》文本为英文）即可快速找到。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Say what you want to achieve.&lt;/b&gt; Pick engagement aims and turn each into a concrete ask: who should do what, by when. Add your key messages, recommendations, evidence with sources, pledges and co-signatories.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;说明您希望达成什么。&lt;/b&gt;选择参与目的，并将每个目的转化为具体诉求：应由谁在何时之前做什么。添加您的关键信息、建议、附来源的证据、保证和联署方。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="258"/>
        <source>&lt;p&gt;&lt;b&gt;Watch the paper take shape.&lt;/b&gt; The pane on the right shows the real PDF and updates a moment after you stop typing. Choose a template and adjust the look in Template and look.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;查看简报逐步成形。&lt;/b&gt;右侧窗格显示实际的PDF，您停止输入片刻后即会更新。请在“模板和外观”步骤中选择模板并调整外观。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="262"/>
        <source>&lt;p&gt;&lt;b&gt;Export.&lt;/b&gt; Review and export lists anything worth checking; choose an item to jump to the field. Then export an accessible PDF (or HTML) with File ▸ Export PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;导出。&lt;/b&gt;“审阅和导出”步骤会列出所有值得检查的内容；选择一项即可跳转到相应字段。然后通过“文件 ▸ 导出PDF”导出无障碍PDF（或HTML）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Your work is kept safe.&lt;/b&gt; Save with Ctrl+S: briefs are readable text files you can reopen next year or share with partners. Every change can be undone with Ctrl+Z, and a recovery copy is kept while you work, so a crash does not cost you your text.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;您的工作安全无虞。&lt;/b&gt;按Ctrl+S保存：简报是可读的文本文件，明年可以重新打开，也可以与合作伙伴共享。每项更改都可以用Ctrl+Z撤销；工作期间还会保留恢复副本，即使程序崩溃也不会丢失文字。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="271"/>
        <source>&lt;p&gt;Everything works from the keyboard: Tab moves between fields, Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous and next step, and F1 opens this guide again.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;所有操作都可以通过键盘完成：Tab键在字段之间移动，Alt+向左键和Alt+向右键（或Ctrl+Page Up和Ctrl+Page Down）转到上一步和下一步，F1键可再次打开本指南。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="300"/>
        <source>Getting Started with BriefWriter</source>
        <translation type="unfinished">BriefWriter入门指南</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="317"/>
        <source>&lt;p&gt;The GCM data could not be loaded: %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;无法加载《全球契约》数据：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="320"/>
        <source>%1 of %2 verified</source>
        <translation type="unfinished">已核实%1个，共%2个</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="322"/>
        <source>Guiding principles</source>
        <translation type="unfinished">指导原则</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="324"/>
        <source>Objective titles</source>
        <translation type="unfinished">目标标题</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="326"/>
        <source>Commitments</source>
        <translation type="unfinished">承诺</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="327"/>
        <source>%1 verified, %2 partly verified, of %3</source>
        <translation type="unfinished">已核实%1个，部分核实%2个，共%3个</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="330"/>
        <source>Actions</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="331"/>
        <source>%1 verified, %2 partly verified, %3 not yet verified, of %4</source>
        <translation type="unfinished">已核实%1个，部分核实%2个，尚未核实%3个，共%4个</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="342"/>
        <source>&lt;p&gt;“Verified” means every word was compared with the final text of %1. Wording not yet verified is flagged in the app and, if you choose, in the PDF.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;“已核实”表示每个字词都已与%1的最终文本进行比对。尚未核实的措辞会在应用程序中标出；如果您选择，也会在PDF中标出。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="348"/>
        <source>&lt;h3&gt;The Global Compact for Migration text&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;《安全、有序和正常移民全球契约》文本&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="350"/>
        <source>&lt;p&gt;&lt;b&gt;Text in use:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;当前使用的文本：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="354"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;来源&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="366"/>
        <source>&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;Write briefing papers on migrants&apos; rights that cite the Global Compact for Migration, and export accessible PDFs.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h2&gt;BriefWriter&lt;/h2&gt;&lt;p&gt;撰写引用《安全、有序和正常移民全球契约》的移民权利简报，并导出无障碍PDF。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="370"/>
        <source>&lt;p&gt;Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;代码：GPL-3.0-or-later。字体：Noto，SIL Open Font License 1.1。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefwriter/gui/dialogs.py" line="397"/>
        <source>About BriefWriter</source>
        <translation type="unfinished">关于BriefWriter</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../briefwriter/gui/i18n.py" line="42"/>
        <source>System default</source>
        <extracomment>Languages written right to left (the UI mirrors for them). The six UN languages of the interface, named in themselves, in the UN&apos;s order. Our translators&apos; object name: how ``apply_language`` finds those it installed before.</extracomment>
        <translation type="unfinished">系统默认</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefwriter/gui/recovery.py" line="337"/>
        <source>Could Not Recover</source>
        <translation type="unfinished">无法恢复</translation>
    </message>
</context>
</TS>
