"""The oral statement BriefWriter suggests: composed from the key messages and the asks.

``compose_statement(brief)`` writes plain, speakable sentences in the brief's language (one of
the six UN languages, whose phrases are in ``core.statement_phrases``; other languages fall
back to English with a note), with the articles names need ("the Coalition for ...",
"la Coalition ..."), one deadline per ask and one full stop per sentence, and keeps the
statement within its time limit at 130 words a minute by leaving out the later key messages,
then the later asks.  The oral-statement template prints it when the
brief has no statement of its own; the Messages step offers it as a draft to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from briefwriter.core.gcm import base_language
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg, join_and
from briefwriter.core.model import Ask, Brief
from briefwriter.core.statement_phrases import (
    AT_ONCE,
    EVENTS,
    LEADING_TO,
    MOMENT_PREPOSITIONS,
    MONTHS,
    PERIOD_PREPOSITIONS,
    PHRASES,
    TIME_UNITS,
    TIME_WORDS,
    ZH_TIME,
    ZH_TIME_WORDS,
)
from briefwriter.core.text import (
    SPEAKING_WPM,
    count_words,
    end_sentence,
    format_duration,
    lower_first,
    speakable_text,
    speaking_seconds,
    strip_markers,
)

DEFAULT_TIME_LIMIT_SECONDS: Final = 90
"""The time budget of a statement whose brief sets no time limit."""


# --------------------------------------------------------------------------------------
# Names and their articles
# --------------------------------------------------------------------------------------

# English: a name whose words include one of these is "the ..." ("the Coalition for Migrant
# Rights", "the West African Migrant Network", "the European Union"), as is a name containing
# "of" ("the Government of Lebanon").  Other names ("Migrant Voices West Africa", "Amnesty
# International", "Member States") and acronyms ("IOM") take none.
_EN_THE_WORDS = frozenset("""
    agency alliance assembly association board bureau campaign caucus centre center chamber
    coalition collective commission committee confederation consortium council court
    delegation department embassy emirates federation forum foundation foundations fund
    government group initiative institute islands kingdom league ministry mission movement
    network observatory office organisation organization parliament partnership platform
    programme program rapporteur republic secretariat secretary-general society tribunal union
""".split())
_EN_THE_FIRST_WORDS = frozenset({"united"})  # "the United Nations", "the United Kingdom"
_EN_THE_NAMES = frozenset(
    "bahamas comoros gambia maldives netherlands philippines seychelles".split()
)

# French and Spanish: the article a name takes comes from its first noun.
_FR_ARTICLES: dict[str, str] = {
    **dict.fromkeys(
        "bureau centre collectif comité conseil consortium forum fonds gouvernement groupe "
        "haut-commissariat ministère mouvement parlement partenariat programme rapporteur "
        "réseau secrétaire secrétariat syndicat".split(), "le"),
    **dict.fromkeys(
        "campagne coalition commission confédération cour délégation fédération fondation "
        "ligue maison mission plateforme rapporteuse société".split(), "la"),
    **dict.fromkeys(
        "agence alliance assemblée association initiative institut observatoire office "
        "organisation union".split(), "l’"),
    **dict.fromkeys("autorités états gouvernements ministères nations pays".split(), "les"),
}
_ES_ARTICLES: dict[str, str] = {
    **dict.fromkeys(
        "alto centro colectivo comité consejo consorcio departamento foro fondo gobierno "
        "grupo instituto ministerio movimiento observatorio parlamento programa relator "
        "secretario sindicato".split(), "el"),
    **dict.fromkeys(
        "agencia alianza asamblea asociación campaña coalición comisión confederación corte "
        "defensoría delegación federación fundación iniciativa liga mesa misión oficina "
        "organización plataforma red relatora secretaría sociedad unión".split(), "la"),
    **dict.fromkeys("estados gobiernos países".split(), "los"),
    **dict.fromkeys("autoridades naciones organizaciones".split(), "las"),
}
_LEADING_ARTICLES = {
    "en": re.compile(r"^(the)\s+(?=\S)", re.IGNORECASE),
    "fr": re.compile(r"^(?:(le|la|les)\s+|(l[’']))(?=\S)", re.IGNORECASE),
    "es": re.compile(r"^(el|la|los|las)\s+(?=\S)", re.IGNORECASE),
}
_ACRONYM_RE = re.compile(r"^[A-Z0-9&./\-]*[A-Z][A-Z0-9&./\-]*$")
_VOWELS = "aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ"


def _words(name: str) -> list[str]:
    return [w.strip("()[],.;:\"“”‘’") for w in name.split()]


def _en_article(name: str) -> str:
    words = [w for w in _words(name) if w]
    if not words or not words[0][:1].isupper():
        return ""  # "all States", "governments": the author's own phrasing
    if all(_ACRONYM_RE.match(w) for w in words):
        return ""  # "IOM", "UNHCR"
    folded = [w.casefold() for w in words]
    if (
        folded[0] in _EN_THE_FIRST_WORDS
        or " ".join(folded) in _EN_THE_NAMES
        or "of" in folded
        or any(w in _EN_THE_WORDS for w in folded)
    ):
        return "the "
    return ""


def with_article(name: str, lang: str = "en") -> str:
    """``name`` as it reads in the middle of a sentence, with the article it needs.

    English: "Coalition for Migrant Rights" -> "the Coalition for Migrant Rights",
    "The Government of Lebanon" -> "the Government of Lebanon", "Migrant Voices West Africa"
    and "IOM" unchanged.  French and Spanish: "Réseau X" -> "le Réseau X", "Red X" -> "la Red X".
    """
    name = " ".join(name.split())
    if not name or lang not in _LEADING_ARTICLES:
        return name  # Arabic, Chinese, Russian: the name as written
    match = _LEADING_ARTICLES[lang].match(name)
    if match:
        # An article the name already has, written in lower case mid-sentence.
        article = next(g for g in match.groups() if g).lower()
        rest = name[match.end():]
        return f"{article}{rest}" if article.endswith(("’", "'")) else f"{article} {rest}"
    if lang == "en":
        return _en_article(name) + name
    table = _FR_ARTICLES if lang == "fr" else _ES_ARTICLES if lang == "es" else {}
    first = _words(name)[0].casefold() if _words(name) else ""
    article = table.get(first, "")
    if not article:
        return name
    return f"{article}{name}" if article.endswith("’") else f"{article} {name}"


def _after_de(name: str, lang: str) -> str:
    """``name`` after "de" (French/Spanish), with the contractions: du, des, del, d’."""
    if lang == "fr":
        for article, joined in (("le ", "du "), ("les ", "des ")):
            if name.startswith(article):
                return joined + name[len(article):]
        if name[:1] in _VOWELS:
            return "d’" + name
        return "de " + name
    if lang == "es" and name.startswith("el "):
        return "del " + name[3:]
    return "de " + name


def _after_a(name: str, lang: str) -> str:
    """``name`` after Spanish "a" ("al", "a la", ...)."""
    if lang == "es" and name.startswith("el "):
        return "al " + name[3:]
    return "a " + name


# --------------------------------------------------------------------------------------
# Deadlines
# --------------------------------------------------------------------------------------

def _time_tail_re(lang: str) -> re.Pattern[str]:
    if lang == "zh":
        return re.compile(ZH_TIME)
    dated = rf"\d{{4}}|{'|'.join(MONTHS[lang].split())}|{'|'.join(TIME_UNITS[lang].split())}"
    events = "|".join(EVENTS[lang].split())
    # A preposition of time, at most eight more words, the last clause of the sentence.
    tail = r"(?:\s+[^\s,;:،؛]+){0,8}?"
    pattern = (
        rf"(?:^|\s)(?:(?:{MOMENT_PREPOSITIONS[lang]}){tail}\s+(?:mid-)?(?:{dated}|{events})\b"
        rf"|(?:{PERIOD_PREPOSITIONS[lang]}){tail}\s+(?:mid-)?(?:{dated})\b"
        rf"|(?:{AT_ONCE[lang]}))[\W\d]*$"
    )
    return re.compile(pattern, re.IGNORECASE)


_TIME_TAILS = {lang: _time_tail_re(lang) for lang in PHRASES}


def ends_with_time(text: str, lang: str = "en") -> bool:
    """Whether ``text`` already ends with when it should happen ("... by 2030")."""
    return bool(_TIME_TAILS.get(lang, _TIME_TAILS["en"]).search(text.rstrip(" .;!")))


# --------------------------------------------------------------------------------------
# Phrases
# --------------------------------------------------------------------------------------

def statement_language(lang: str) -> str:
    """The language the statement is composed in: ``lang`` when there are phrases for it."""
    code = base_language(lang)
    return code if code in PHRASES else "en"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Punctuation that ends a field, to strip before it goes into a sentence.
_TRAILING = " .;,:!،؛。；，：！"


def _deadline(when: str, what: str, lang: str) -> str:
    """How ``when`` reads after the ask ("" when the ask already says when)."""
    if not when or ends_with_time(what, lang):
        return ""
    phrases = PHRASES[lang]
    if lang == "zh":
        return when if when.startswith(ZH_TIME_WORDS) else phrases["by"].format(when=when)
    first = when.split()[0].casefold()
    at_once = re.fullmatch(AT_ONCE[lang], when, flags=re.IGNORECASE)
    if at_once or first in TIME_WORDS[lang] or first.startswith("jusqu"):
        return " " + lower_first(when)
    return phrases["by"].format(when=when)


def ask_sentence(ask: Ask, lang: str = "en") -> str:
    """"We call on {who} to {what} {by when}." -- or "" when nobody or nothing is asked."""
    lang = statement_language(lang)
    phrases = PHRASES[lang]
    # The ask's fields are plain text, not Markdown.
    who = strip_markers(ask.who).rstrip(_TRAILING)
    what = strip_markers(ask.what).rstrip(_TRAILING)
    if not who or not what:
        return ""
    what = lower_first(what)
    if lang in LEADING_TO:
        what = re.sub(LEADING_TO[lang], "", what, flags=re.IGNORECASE)
    when = _deadline(_one_line(ask.by_when).rstrip(_TRAILING), what, lang)
    who = with_article(who, lang)
    if lang == "es":
        who = _after_a(who, lang)
    return end_sentence(phrases["ask"].format(who=who, what=what, when=when))


def _names(brief: Brief) -> tuple[str, str]:
    """The organisation's name and acronym for the opening; none in safety mode, where the
    paper must not say who speaks."""
    if brief.safety.enabled:
        return "", ""
    return _one_line(brief.organisation.name), _one_line(brief.organisation.acronym)


def _opening(brief: Brief, lang: str) -> str:
    phrases = PHRASES[lang]
    org = brief.organisation
    name, acronym = _names(brief)
    if not name and not acronym:
        return phrases["opening"]
    full = phrases.get("name", "{name}").format(name=with_article(name or acronym, lang))
    country = _one_line(org.country)
    where = phrases["based_in"].format(country=country) if country else ""
    if name and acronym:
        if country and "acronym_and_country" in phrases:
            # One bracket for both: "(MVTN, Sénégal)".
            where = phrases["acronym_and_country"].format(acronym=acronym, country=country)
        else:
            full += phrases["acronym"].format(acronym=acronym)
    led = phrases["migrant_led"] if org.migrant_led else ""
    if where and not led:
        where = phrases.get("comma_before_where", "") + where  # "the Network, based in Senegal"
    speaker = phrases["speaker"].format(
        org=_after_de(full, lang) if lang in ("fr", "es") else full, where=where, led=led)
    return phrases.get("space", " ").join((phrases["opening"], end_sentence(speaker)))


def _escape_markdown(paragraph: str) -> str:
    """A paragraph of plain text as Markdown that reads back as exactly that text."""
    text = re.sub(r"([\\`*_\[\]<>~|&#!])", r"\\\1", paragraph)
    # Line starts that would make a list, a quote or a heading underline.
    text = re.sub(r"^([-+=>])", r"\\\1", text)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


# --------------------------------------------------------------------------------------
# The composer
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComposedStatement:
    """A statement composed from a brief, its length and what the author should know."""

    paragraphs: tuple[str, ...]
    """Plain speakable text: the opening, the key messages, the asks, the closing."""
    language: str
    """The language of the phrases ("ar", "en", "es", "fr", "ru", "zh")."""
    words: int
    seconds: int
    """Seconds to deliver at ``SPEAKING_WPM``."""
    limit_seconds: int
    """The brief's time limit, or ``DEFAULT_TIME_LIMIT_SECONDS`` when it sets none."""
    left_out_messages: tuple[int, ...] = ()
    """Numbers (from 1) of the key messages left out to keep within the time limit."""
    left_out_asks: tuple[int, ...] = ()
    """Numbers (from 1) of the aims whose asks were left out to keep within the time limit."""
    notes: tuple[Msg, ...] = ()
    """What the author should know: another language, parts left out, still too long."""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def markdown(self) -> str:
        """The text as Markdown (for ``statement.text`` and the templates)."""
        return "\n\n".join(_escape_markdown(p) for p in self.paragraphs)

    @property
    def over_limit(self) -> bool:
        return self.seconds > self.limit_seconds


def _message_paragraphs(brief: Brief) -> list[tuple[int, str]]:
    """(number, speakable text) of each key message that says something.

    With no key messages, the summary's first paragraph of prose stands in for them: never its
    headings, lists, tables or footnotes.
    """
    messages = [(i + 1, speakable_text(m)) for i, m in enumerate(brief.key_messages)]
    messages = [(n, text) for n, text in messages if text]
    if messages:
        return messages
    for paragraph in re.split(r"\n\s*\n", brief.summary):
        text = speakable_text(paragraph)
        if text and not paragraph.lstrip().startswith(("-", "*", "+", "|", "#", ">")) \
                and not re.match(r"\s*\d+[.)]\s", paragraph):
            return [(0, text)]
    return []


def _assemble(opening: str, messages: list[tuple[int, str]], asks: list[tuple[int, str]],
              closing: str, space: str = " ") -> tuple[str, ...]:
    body = [text for _n, text in messages]
    if asks:
        body.append(space.join(text for _n, text in asks))
    return (opening, *body, closing)


def _words_in(paragraphs: tuple[str, ...]) -> int:
    return sum(count_words(p) for p in paragraphs)


def _numbers(numbers: list[int]) -> Msg | str:
    return join_and([str(n) for n in sorted(numbers)])


def _left_out(messages: list[int], asks: list[int]) -> Msg | str:
    parts: list[Msg | str] = []
    if messages:
        template = (QT_TRANSLATE_NOOP("Checks", "key message {numbers}") if len(messages) == 1
                    else QT_TRANSLATE_NOOP("Checks", "key messages {numbers}"))
        parts.append(Msg.of(template, numbers=_numbers(messages)))
    if asks:
        template = (QT_TRANSLATE_NOOP("Checks", "the ask of aim {numbers}") if len(asks) == 1
                    else QT_TRANSLATE_NOOP("Checks", "the asks of aims {numbers}"))
        parts.append(Msg.of(template, numbers=_numbers(asks)))
    if len(parts) == 2:
        return Msg.of(QT_TRANSLATE_NOOP("Checks", "{a}; {b}"), a=parts[0], b=parts[1])
    return parts[0]


def _language_name(code: str) -> str:
    """"ar" -> "Arabic (ar)"; the code alone when it names no language Babel knows."""
    from babel import Locale, UnknownLocaleError  # only needed for this note

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name("en")
    except (ValueError, TypeError, UnknownLocaleError):
        return code
    return f"{name} ({code})" if name else code


def compose_statement(brief: Brief, lang: str | None = None) -> ComposedStatement:
    """The statement to deliver when the brief has none of its own.

    An opening naming the organisation (not in safety mode), the key messages (or, with
    none, the summary's first paragraph), the asks ("We call on {who} to {what} {by
    when}.") and a closing, in
    ``lang`` (default: the brief's language).  When it takes longer than the time limit
    (``DEFAULT_TIME_LIMIT_SECONDS`` when the brief sets none), the later key messages and
    then the later asks are left out, and a note says so.  Empty paragraphs when the brief
    has nothing to say yet.
    """
    requested = (lang or brief.language or "en").strip() or "en"
    code = statement_language(requested)
    phrases = PHRASES[code]
    notes: list[Msg] = []
    if code != base_language(requested):
        notes.append(Msg.of(QT_TRANSLATE_NOOP(
            "Checks",
            "The suggested statement is in English: BriefWriter cannot yet compose one in "
            "{language}. Translate it or write your own."), language=_language_name(requested)))
    set_limit = max(0, int(brief.statement.time_limit_seconds or 0))
    limit = set_limit or DEFAULT_TIME_LIMIT_SECONDS
    messages = _message_paragraphs(brief)
    asks = [(i + 1, s) for i, aim in enumerate(brief.aims) if (s := ask_sentence(aim.ask, code))]
    if not messages and not asks and not any(_names(brief)):
        return ComposedStatement((), code, 0, 0, limit, notes=tuple(notes))
    opening, closing = _opening(brief, code), phrases["closing"]
    space = phrases.get("space", " ")

    paragraphs = _assemble(opening, messages, asks, closing, space)
    full_words = _words_in(paragraphs)
    max_words = limit * SPEAKING_WPM // 60
    left_messages: list[int] = []
    left_asks: list[int] = []
    words = full_words
    # Least important first: the later key messages, then the later asks; the first of each
    # stays, or the statement would say nothing.
    while words > max_words and len(messages) > 1:
        left_messages.append(messages.pop()[0])
        paragraphs = _assemble(opening, messages, asks, closing, space)
        words = _words_in(paragraphs)
    while words > max_words and len(asks) > 1:
        left_asks.append(asks.pop()[0])
        paragraphs = _assemble(opening, messages, asks, closing, space)
        words = _words_in(paragraphs)

    if full_words > max_words:
        full_seconds = speaking_seconds(full_words)
        timing: dict[str, Msg | str | int] = {
            "duration": format_duration(full_seconds), "words": full_words,
            "over": full_words - max_words,
            "over_time": format_duration(max(full_seconds - limit, 1)),
            "limit": format_duration(limit),
        }
        if set_limit:
            head = QT_TRANSLATE_NOOP(
                "Checks",
                "The suggested statement would take {duration} ({words} words at 130 words "
                "a minute): {over} words ({over_time}) over the time limit of {limit}.")
        else:
            head = QT_TRANSLATE_NOOP(
                "Checks",
                "The suggested statement would take {duration} ({words} words at 130 words "
                "a minute): {over} words ({over_time}) over {limit}, the usual limit when "
                "none is set.")
        notes.append(Msg.of(head, **timing))
        if left_messages or left_asks:
            notes.append(Msg.of(QT_TRANSLATE_NOOP("Checks", "Left out to fit: {parts}."),
                                parts=_left_out(left_messages, left_asks)))
        if words > max_words:
            notes.append(Msg.of(QT_TRANSLATE_NOOP(
                "Checks",
                "It is still {over} words over: shorten the first key message or the first "
                "ask, or edit the draft."), over=words - max_words))
    return ComposedStatement(
        paragraphs, code, words, speaking_seconds(words), limit,
        left_out_messages=tuple(sorted(left_messages)), left_out_asks=tuple(sorted(left_asks)),
        notes=tuple(notes),
    )
