"""Headings and fixed phrases printed in a brief, in the six UN languages (English fallback).

``DRAFT_LANGUAGES`` names the tables that still await review by a native speaker.
"""

from __future__ import annotations

from briefwriter.core.gcm import base_language

UNVERIFIED_MARK = "†"
"""Printed after GCM wording that is not yet verified against the final resolution."""

_EN = {
    "summary": "Summary",
    "priorities": "Our priorities",
    "gcm_links": "Links to the Global Compact for Migration",
    "principles": "Guiding principles",
    "objectives": "Objectives",
    "actions": "Actions",
    "aims_and_asks": "What we ask",
    "ask_who": "Who",
    "ask_what": "What",
    "ask_by_when": "By when",
    "key_messages": "Key messages",
    "recommendations": "Recommendations",
    "pledges": "Pledges",
    "cosignatories": "Co-signatories",
    "follow_up": "Since the last review",
    "status_met": "Met",
    "status_partly": "Partly met",
    "status_not_met": "Not met",
    "status_unknown": "Not known",
    "evidence": "Evidence and sources",
    "contact": "Contact",
    "contact_label": "Contact:",
    "logo_alt": "Logo of {name}",
    "page": "Page",
    "of": "of",
    "unverified_note": (
        "Wording marked † has not yet been checked against the final text of "
        "resolution A/RES/73/195."
    ),
    "speaking_time": "Speaking time",
    "words": "words",
    "time_limit": "Time limit",
    "prepared_by": "Prepared by",
    "migrant_led": "Migrant-led organisation",
    "annex_gcm": "Annex: GCM text cited",
    "gcm_text_not_included": "Text not included: see",
    "gcm_quoted_in_english": (
        "The Global Compact for Migration is quoted from its English text."
    ),
    "gcm_other_paragraphs": "Other paragraphs",
    "letter_to": "To:",
    "letter_subject": "Subject:",
    "letter_salutation": "Excellencies,",
    "letter_asks": "We therefore ask:",
    "letter_closing": "Please accept, Excellencies, the assurances of our highest consideration.",
    "letter_on_behalf": "On behalf of the signatories",
    "signatories": "Signatories",
    # Punctuation between a label and its value or between items, with the space after
    # it: French spaces its colon, Arabic and Chinese have their own marks.
    # The pledge table: column headings, and the labels of the baseline and the target.
    "pledge_action": "Action",
    "pledge_who": "Who",
    "pledge_indicator": "Indicator (baseline, target)",
    "pledge_deadline": "Deadline",
    "pledge_objectives": "GCM objectives",
    "pledge_baseline": "Baseline",
    "pledge_target": "Target",
    "colon": ": ",
    "comma": ", ",
    "semicolon": "; ",
}

# Drafted, not yet reviewed by a native speaker: corrections welcome (see README).
_FR = {
    "summary": "Résumé",
    "priorities": "Nos priorités",
    "gcm_links": "Liens avec le Pacte mondial sur les migrations",
    "principles": "Principes directeurs",
    "objectives": "Objectifs",
    "actions": "Mesures",
    "aims_and_asks": "Nos demandes",
    "ask_who": "Qui",
    "ask_what": "Quoi",
    "ask_by_when": "Échéance",
    "key_messages": "Messages clés",
    "recommendations": "Recommandations",
    "pledges": "Engagements",
    "cosignatories": "Cosignataires",
    "follow_up": "Depuis le dernier examen",
    "status_met": "Réalisé",
    "status_partly": "Réalisé en partie",
    "status_not_met": "Non réalisé",
    "status_unknown": "Situation inconnue",
    "evidence": "Données et sources",
    "contact": "Contact",
    "contact_label": "Contact\u00a0:",
    "logo_alt": "Logo de {name}",
    "page": "Page",
    "of": "sur",
    "unverified_note": (
        "Le libellé marqué † n’a pas encore été vérifié par rapport au texte final de "
        "la résolution A/RES/73/195."
    ),
    "speaking_time": "Temps de parole",
    "words": "mots",
    "time_limit": "Temps imparti",
    "prepared_by": "Préparé par",
    "migrant_led": "Organisation dirigée par des personnes migrantes",
    "annex_gcm": "Annexe\u00a0: textes du Pacte mondial cités",
    "gcm_text_not_included": "Texte non reproduit : voir",
    "gcm_quoted_in_english": (
        "Le Pacte mondial sur les migrations est cité dans son texte anglais."
    ),
    "gcm_other_paragraphs": "Autres paragraphes",
    "letter_to": "À\u00a0:",
    "letter_subject": "Objet\u00a0:",
    "letter_salutation": "Excellences,",
    "letter_asks": "Nous demandons donc\u00a0:",
    "letter_closing": (
        "Veuillez agréer, Excellences, l’assurance de notre très haute considération."
    ),
    "letter_on_behalf": "Au nom des signataires",
    "signatories": "Signataires",
    "pledge_action": "Action",
    "pledge_who": "Qui",
    "pledge_indicator": "Indicateur (situation de départ, cible)",
    "pledge_deadline": "Échéance",
    "pledge_objectives": "Objectifs du Pacte",
    "pledge_baseline": "Valeur de référence",
    "pledge_target": "Cible",
    "colon": "\u00a0: ",
    "comma": ", ",
    "semicolon": "\u00a0; ",
}

# Drafted, not yet reviewed by a native speaker: corrections welcome (see README).
_ES = {
    "summary": "Resumen",
    "priorities": "Nuestras prioridades",
    "gcm_links": "Vínculos con el Pacto Mundial para la Migración",
    "principles": "Principios rectores",
    "objectives": "Objetivos",
    "actions": "Medidas",
    "aims_and_asks": "Lo que pedimos",
    "ask_who": "Quién",
    "ask_what": "Qué",
    "ask_by_when": "Plazo",
    "key_messages": "Mensajes clave",
    "recommendations": "Recomendaciones",
    "pledges": "Compromisos",
    "cosignatories": "Cofirmantes",
    "follow_up": "Desde el último examen",
    "status_met": "Cumplido",
    "status_partly": "Cumplido en parte",
    "status_not_met": "No cumplido",
    "status_unknown": "Se desconoce",
    "evidence": "Datos y fuentes",
    "contact": "Contacto",
    "contact_label": "Contacto:",
    "logo_alt": "Logotipo de {name}",
    "page": "Página",
    "of": "de",
    "unverified_note": (
        "El texto marcado con † aún no se ha cotejado con el texto final de la "
        "resolución A/RES/73/195."
    ),
    "speaking_time": "Tiempo de intervención",
    "words": "palabras",
    "time_limit": "Tiempo asignado",
    "prepared_by": "Elaborado por",
    "migrant_led": "Organización dirigida por personas migrantes",
    "annex_gcm": "Anexo: textos del Pacto Mundial citados",
    "gcm_text_not_included": "Texto no incluido: véase",
    "gcm_quoted_in_english": (
        "El Pacto Mundial para la Migración se cita en su texto en inglés."
    ),
    "gcm_other_paragraphs": "Otros párrafos",
    "letter_to": "A:",
    "letter_subject": "Asunto:",
    "letter_salutation": "Excelencias:",
    "letter_asks": "Por ello, pedimos:",
    "letter_closing": (
        "Les rogamos acepten, Excelencias, el testimonio de nuestra más alta consideración."
    ),
    "letter_on_behalf": "En nombre de los firmantes",
    "signatories": "Firmantes",
    "pledge_action": "Acción",
    "pledge_who": "Quién",
    "pledge_indicator": "Indicador (punto de partida, meta)",
    "pledge_deadline": "Plazo",
    "pledge_objectives": "Objetivos del Pacto",
    "pledge_baseline": "Línea de base",
    "pledge_target": "Meta",
    "colon": ": ",
    "comma": ", ",
    "semicolon": "; ",
}

# Drafted, not yet reviewed by a native speaker: corrections welcome (see README).
_AR = {
    "summary": "ملخص",
    "priorities": "أولوياتنا",
    "gcm_links": "الروابط مع الاتفاق العالمي من أجل الهجرة",
    "principles": "المبادئ التوجيهية",
    "objectives": "الأهداف",
    "actions": "الإجراءات",
    "aims_and_asks": "مطالبنا",
    "ask_who": "الجهة",
    "ask_what": "المطلوب",
    "ask_by_when": "الموعد",
    "key_messages": "الرسائل الرئيسية",
    "recommendations": "التوصيات",
    "pledges": "التعهدات",
    "cosignatories": "الجهات الموقّعة",
    "follow_up": "منذ الاستعراض الأخير",
    "status_met": "تحقّق",
    "status_partly": "تحقّق جزئياً",
    "status_not_met": "لم يتحقّق",
    "status_unknown": "غير معروف",
    "evidence": "الأدلة والمصادر",
    "contact": "للتواصل",
    "contact_label": "للتواصل:",
    "logo_alt": "شعار {name}",
    "page": "صفحة",
    "of": "من",
    "unverified_note": (
        "النص المشار إليه بالعلامة † لم يُتحقَّق بعدُ من مطابقته للنص النهائي للقرار A/RES/73/195."
    ),
    "speaking_time": "مدة الكلمة",
    "words": "كلمة",
    "time_limit": "الوقت المخصص",
    "prepared_by": "إعداد",
    "migrant_led": "منظمة يقودها مهاجرون",
    "annex_gcm": "مرفق: نصوص الاتفاق العالمي المستشهد بها",
    "gcm_text_not_included": "النص غير مُدرج: انظر",
    "gcm_quoted_in_english": "يُقتبس الاتفاق العالمي من أجل الهجرة من نصه الإنكليزي.",
    "gcm_other_paragraphs": "فقرات أخرى",
    "letter_to": "إلى:",
    "letter_subject": "الموضوع:",
    "letter_salutation": "أصحاب السعادة،",
    "letter_asks": "ولذلك نطالب بما يلي:",
    "letter_closing": "وتفضلوا، أصحاب السعادة، بقبول فائق الاحترام والتقدير.",
    "letter_on_behalf": "باسم الجهات الموقّعة",
    "signatories": "الجهات الموقّعة",
    "pledge_action": "الإجراء",
    "pledge_who": "الجهة المسؤولة",
    "pledge_indicator": "المؤشر (خط الأساس، الهدف)",
    "pledge_deadline": "الموعد النهائي",
    "pledge_objectives": "أهداف الاتفاق العالمي",
    "pledge_baseline": "خط الأساس",
    "pledge_target": "القيمة المستهدفة",
    "colon": ": ",
    "comma": "، ",
    "semicolon": "؛ ",
}

# Drafted, not yet reviewed by a native speaker: corrections welcome (see README).
_RU = {
    "summary": "Резюме",
    "priorities": "Наши приоритеты",
    "gcm_links": "Связь с Глобальным договором о миграции",
    "principles": "Руководящие принципы",
    "objectives": "Цели",
    "actions": "Действия",
    "aims_and_asks": "Наши призывы",
    "ask_who": "Кто",
    "ask_what": "Что",
    "ask_by_when": "Срок",
    "key_messages": "Основные тезисы",
    "recommendations": "Рекомендации",
    "pledges": "Обязательства",
    "cosignatories": "Также подписали",
    "follow_up": "Со времени последнего обзора",
    "status_met": "Выполнено",
    "status_partly": "Выполнено частично",
    "status_not_met": "Не выполнено",
    "status_unknown": "Нет сведений",
    "evidence": "Факты и источники",
    "contact": "Контакты",
    "contact_label": "Контакты:",
    "logo_alt": "Логотип организации «{name}»",
    "page": "Страница",
    "of": "из",
    "unverified_note": (
        "Формулировки, отмеченные знаком †, ещё не сверены с окончательным текстом "
        "резолюции A/RES/73/195."
    ),
    "speaking_time": "Длительность",
    # "сл." after any number: the full word would need three plural forms.
    "words": "сл.",
    "time_limit": "Регламент",
    "prepared_by": "Подготовлено:",
    "migrant_led": "Организация, возглавляемая мигрантами",
    "annex_gcm": "Приложение: цитируемые положения Глобального договора",
    "gcm_text_not_included": "Текст не приводится, см.",
    "gcm_quoted_in_english": (
        "Глобальный договор о миграции цитируется по тексту на английском языке."
    ),
    "gcm_other_paragraphs": "Другие пункты",
    "letter_to": "Кому:",
    "letter_subject": "Тема:",
    "letter_salutation": "Ваши Превосходительства!",
    "letter_asks": "В связи с изложенным мы призываем:",
    "letter_closing": (
        "Примите, Ваши Превосходительства, уверения в нашем самом высоком уважении."
    ),
    "letter_on_behalf": "От имени подписавших организаций",
    "signatories": "Подписавшие организации",
    "pledge_action": "Действие",
    "pledge_who": "Кто",
    "pledge_indicator": "Показатель (исходный уровень, цель)",
    "pledge_deadline": "Срок",
    "pledge_objectives": "Цели ГДМ",
    "pledge_baseline": "Исходное значение",
    "pledge_target": "Целевое значение",
    "colon": ": ",
    "comma": ", ",
    "semicolon": "; ",
}

# Drafted, not yet reviewed by a native speaker: corrections welcome (see README).
# Full-width punctuation (：，。《》) as Chinese typesetting requires.
_ZH = {
    "summary": "摘要",
    "priorities": "我们的优先事项",
    "gcm_links": "与《移民全球契约》的关联",
    "principles": "指导原则",
    "objectives": "目标",
    "actions": "行动",
    "aims_and_asks": "我们的诉求",
    "ask_who": "责任方",
    "ask_what": "要求",
    "ask_by_when": "完成时限",
    "key_messages": "关键信息",
    "recommendations": "建议",
    "pledges": "承诺",
    "cosignatories": "联署方",
    "follow_up": "上次审议以来",
    "status_met": "已实现",
    "status_partly": "部分实现",
    "status_not_met": "未实现",
    "status_unknown": "情况不明",
    "evidence": "证据和来源",
    "contact": "联系方式",
    "contact_label": "联系方式：",
    "logo_alt": "{name}的标志",
    # The page counter reads "页码 2 / 5": "第 2 页，共 5 页" would need a word after the
    # total, which the templates do not print.
    "page": "页码",
    "of": "/",
    "unverified_note": (
        "标有†的措辞尚未对照第73/195号决议（A/RES/73/195）的最终案文进行核对。"
    ),
    "speaking_time": "发言时长",
    "words": "字",
    "time_limit": "发言时限",
    "prepared_by": "编写单位：",
    "migrant_led": "移民主导的组织",
    "annex_gcm": "附件：所引《移民全球契约》案文",
    "gcm_text_not_included": "案文未收录，见",
    "gcm_quoted_in_english": "《移民全球契约》的引文依据其英文文本。",
    "gcm_other_paragraphs": "其他段落",
    "letter_to": "致：",
    "letter_subject": "事由：",
    "letter_salutation": "尊敬的各位阁下：",
    "letter_asks": "为此，我们呼吁：",
    "letter_closing": "顺致崇高的敬意。",
    "letter_on_behalf": "谨代表全体签署方",
    "signatories": "签署方",
    "pledge_action": "行动",
    "pledge_who": "负责方",
    "pledge_indicator": "指标（基线、目标）",
    "pledge_deadline": "截止日期",
    "pledge_objectives": "《移民全球契约》目标",
    "pledge_baseline": "基线",
    "pledge_target": "目标值",
    "colon": "：",
    "comma": "，",
    "semicolon": "；",
}

LABELS: dict[str, dict[str, str]] = {
    "en": _EN, "fr": _FR, "es": _ES, "ar": _AR, "ru": _RU, "zh": _ZH,
}
LABEL_KEYS: tuple[str, ...] = tuple(_EN)

DRAFT_LANGUAGES: frozenset[str] = frozenset({"fr", "es", "ar", "ru", "zh"})
"""Languages whose labels were drafted and still await review by a native speaker.

Only English is written by its authors; take a language out of this set only once a native
speaker has reviewed its table (the README says how to help).
"""


def babel_locale_name(lang: str) -> str:
    """The locale for dates: plain English follows UN (British) usage, "5 May 2026"."""
    code = lang.strip().replace("-", "_") or "en"
    return "en_GB" if code.lower() == "en" else code


def labels_for(lang: str) -> dict[str, str]:
    """Every label in ``lang``, each missing one taken from English."""
    own = LABELS.get(base_language(lang), {})
    return {key: own.get(key, english) for key, english in _EN.items()}
