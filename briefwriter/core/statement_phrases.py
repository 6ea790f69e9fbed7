"""The words of a composed oral statement in the six UN languages, and how deadlines read.

``core.statement`` assembles the sentences; this module holds only the language data: the
fixed phrases (``PHRASES``) and the words that say when something should happen.
``DRAFT_LANGUAGES`` names the languages whose phrases still await a native speaker's review.
"""

from __future__ import annotations

from typing import Final

DRAFT_LANGUAGES: Final = frozenset({"fr", "es", "ar", "ru", "zh"})
"""Languages whose phrases were drafted and still await review by a native speaker.

Only English is written by its authors; take a language out only once a native speaker has
reviewed its phrases here (the README says how to help).
"""

# Keys of each table:
#   opening, closing   the first and last sentence of every statement
#   speaker            "I speak on behalf of {org}{led}{where}." (the order is the language's)
#   name               how the organisation's name is set inside ``speaker``
#   acronym            after the name, "(MVTN)"
#   acronym_and_country  one bracket for both, where ``based_in`` is a bracket too
#   migrant_led        ", a migrant-led organisation"
#   based_in           where the organisation is based
#   comma_before_where "," when ``based_in`` follows the name directly without ``migrant_led``
#   ask                "We call on {who} to {what}{when}."
#   by                 a deadline written without a word of time ("2030" -> "by 2030")
#   space              between the sentences of a paragraph (none in Chinese)
PHRASES: Final[dict[str, dict[str, str]]] = {
    "en": {
        "opening": "Thank you, Chair.",
        "speaker": "I speak on behalf of {org}{led}{where}.",
        "acronym": " ({acronym})",
        "migrant_led": ", a migrant-led organisation",
        "based_in": " based in {country}",
        "comma_before_where": ",",
        "ask": "We call on {who} to {what}{when}.",
        "by": " by {when}",
        "closing": "Thank you.",
    },
    "fr": {
        "opening": "Merci, Madame la Présidente, Monsieur le Président.",
        "speaker": "Je m’exprime au nom {org}{where}{led}.",
        "acronym": " ({acronym})",
        "acronym_and_country": " ({acronym}, {country})",
        "migrant_led": ", une organisation dirigée par des personnes migrantes",
        # Country names take gendered prepositions (au Sénégal, en France): a bracket avoids them.
        "based_in": " ({country})",
        "ask": "Nous appelons {who} à {what}{when}.",
        "by": " d’ici {when}",
        "closing": "Je vous remercie.",
    },
    "es": {
        "opening": "Gracias, Presidencia.",
        "speaker": "Hablo en nombre {org}{led}{where}.",
        "acronym": " ({acronym})",
        "migrant_led": ", una organización liderada por personas migrantes",
        "based_in": " con sede en {country}",
        "comma_before_where": ",",
        "ask": "Instamos {who} a {what}{when}.",
        "by": " para {when}",
        "closing": "Muchas gracias.",
    },
    "ar": {
        "opening": "شكراً، سيدتي الرئيسة، سيدي الرئيس.",
        "speaker": "أتحدث باسم {org}{led}{where}.",
        "acronym": " ({acronym})",
        "migrant_led": "، وهي منظمة يقودها مهاجرون",
        "based_in": " ومقرها في {country}",
        "comma_before_where": "،",
        # "ندعو X إلى Y": the ask is a verbal noun or "أن" and a verb, as the author writes it.
        "ask": "ندعو {who} إلى {what}{when}.",
        "by": " بحلول {when}",
        "closing": "شكراً لكم.",
    },
    "ru": {
        "opening": "Благодарю Вас, Председатель.",
        # "организации «X»" keeps the name in the nominative, as Russian sets a proper name
        # after its generic noun; "возглавляемой" agrees with "организации".
        "speaker": "Я выступаю от имени организации {org}{where}{led}.",
        "name": "«{name}»",
        "acronym": " ({acronym})",
        "acronym_and_country": " ({acronym}, {country})",
        "migrant_led": ", возглавляемой мигрантами",
        # A country after "в" takes the prepositional case (в Сенегале): a bracket avoids it.
        "based_in": " ({country})",
        # "призываем" takes the accusative: right as written for plural and most names
        # ("государства-члены", "правительство", "МОМ"); a feminine name ("Комиссия")
        # needs the author's edit of the draft.
        "ask": "Мы призываем {who} {what}{when}.",
        "by": " до {when}",
        "closing": "Благодарю за внимание.",
    },
    "zh": {
        "opening": "谢谢主席。",
        # Chinese puts what describes the organisation before its name, and the deadline
        # before the verb: "我们呼吁各国在2030年之前结束……".
        "speaker": "我谨代表{led}{org}{where}发言。",
        "acronym": "（{acronym}）",
        "acronym_and_country": "（{acronym}，{country}）",
        "migrant_led": "移民主导的组织",
        "based_in": "（{country}）",
        "ask": "我们呼吁{who}{when}{what}。",
        "by": "在{when}之前",
        "closing": "谢谢。",
        "space": "",
    },
}

LEADING_TO: Final = {"en": r"^to\s+", "fr": r"^à\s+", "ar": r"^إلى\s+", "ru": r"^чтобы\s+"}
"""A word the author may start an ask with that the phrase already says ("to ... to")."""

# --------------------------------------------------------------------------------------
# Deadlines: words that show an ask already says when
# --------------------------------------------------------------------------------------

MONTHS: Final = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
          "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين",
    # Nominative and genitive ("январь", "января").
    "ru": "январь января февраль февраля март марта апрель апреля май мая июнь июня июль "
          "июля август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря",
}
TIME_UNITS: Final = {
    "en": "year years month months week weeks day days quarter end",
    "fr": "an ans année années mois semaine semaines jour jours trimestre fin",
    "es": "año años mes meses semana semanas día días trimestre final fin",
    "ar": "عام العام سنة السنة أشهر شهر الشهر أسابيع أسبوع يوم أيام نهاية",
    "ru": "год года году лет месяц месяца месяцев неделя недели недель день дня дней "
          "квартал квартала конца конец",
}
# Meetings count as a moment after "by", "before", "at" and the like, not after "in".
EVENTS: Final = {
    "en": "imrf forum review session summit conference meeting election elections",
    "fr": "fimi forum examen session sommet conférence réunion élections",
    "es": "fiem foro examen sesión cumbre conferencia reunión elecciones",
    "ar": "المنتدى منتدى الاستعراض استعراض الدورة دورة القمة مؤتمر المؤتمر اجتماع الاجتماع "
          "الانتخابات",
    "ru": "форум форума форуме обзор обзора сессия сессии саммит саммита конференция "
          "конференции совещание совещания выборы выборов",
}
MOMENT_PREPOSITIONS: Final = {
    "en": r"by|before|until|till|ahead\s+of|no\s+later\s+than|prior\s+to|at|during|after",
    "fr": r"d[’']ici|avant|au\s+plus\s+tard|jusqu[’']\S*|lors|pendant|dès|après",
    "es": r"antes|para|a\s+más\s+tardar|hasta|durante|después|tras",
    "ar": r"بحلول|قبل|حتى|خلال|أثناء|بعد|في\s+موعد\s+أقصاه|في\s+موعد\s+لا\s+يتجاوز",
    "ru": r"к|ко|до|не\s+позднее|перед|накануне|во\s+время|в\s+ходе|после",
}
PERIOD_PREPOSITIONS: Final = {
    "en": r"in|within|from", "fr": r"en|dans|à\s+partir", "es": r"en|dentro|desde",
    "ar": r"في|خلال|اعتباراً\s+من|ابتداءً\s+من", "ru": r"в|во|в\s+течение|с|со",
}
AT_ONCE: Final = {
    "en": r"immediately|without\s+delay|now|as\s+soon\s+as\s+possible|urgently",
    "fr": r"immédiatement|sans\s+délai|dès\s+maintenant|dès\s+que\s+possible|sans\s+attendre",
    "es": r"inmediatamente|sin\s+demora|de\s+inmediato|lo\s+antes\s+posible|cuanto\s+antes",
    "ar": r"فوراً|فورا|على\s+الفور|دون\s+تأخير|بلا\s+تأخير|في\s+أقرب\s+وقت\s+ممكن",
    "ru": r"немедленно|безотлагательно|незамедлительно|без\s+промедления|как\s+можно\s+скорее",
}
# Chinese says when before the verb, without spaces: a deadline anywhere in the ask counts.
ZH_TIME = (
    r"\d{4}\s*年|[0-9一二三四五六七八九十]+\s*月|之前|以前|前夕|期间|截至|立即|立刻|尽快|"
    r"不迟于|最迟|年底|年内|月底"
)

# A deadline that starts with one of these reads well as it is ("before the IMRF").
TIME_WORDS: Final = {
    "en": frozenset("by before at during within in until till ahead no from on after "
                    "throughout between when once".split()),
    "fr": frozenset("d’ici d'ici avant à au pendant lors en dans dès jusqu’ jusqu'au "
                    "jusqu’au après".split()),
    "es": frozenset("antes para a en durante hasta desde dentro tras después cuando".split()),
    "ar": frozenset("بحلول قبل في خلال أثناء حتى بعد عند فور اعتباراً ابتداءً".split()),
    "ru": frozenset("к ко до в во на с со не перед после накануне в течение".split()),
}
ZH_TIME_WORDS: Final = (
    "在", "于", "到", "至", "截至", "最迟", "不迟于", "立即", "尽快", "从", "自",
)
"""Chinese deadlines that start with one of these read well as they are ("在大会之前")."""
