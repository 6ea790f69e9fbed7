"""Find the parts of the Compact in the body lines of an edition of A/RES/73/195.

``parse_compact(lines, language)`` walks the annex line by line and takes each paragraph
1-54, the guiding principles 15(a)-(j), each objective's title and commitment, the lettered
actions and the sub-items of the other paragraphs by their numbering, in the numbering of
each language: Latin (a), (b) in English, French, Spanish (and, as far as is known, Chinese);
а), б), в) in Russian; (أ), (ب), (ج) in Arabic.  Numbers are taken only in order, so a list
or a wrapped line that happens to start with a number or a letter is not mistaken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Latin letters as the actions use them, and each language's letters in the same order.
LATIN = "abcdefghijklmnopqrstuvwxyz"
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"  # й and ё are skipped, as in UN documents
_ARABIC = ("أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع",
           "ف", "ص", "ق", "ر")  # the abjad order used to letter items
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


@dataclass(frozen=True)
class Edition:
    """How one language edition prints the parts the importer looks for."""

    language: str
    title: str
    annex: str  # the word on the line that opens the annex
    objective: str  # the word before an objective's number in its heading
    letters: tuple[str, ...]
    letter_marker: str  # a regular expression with one group: the letter
    citation: str  # how a paragraph is cited: "GCM para {ref}"
    objective_citation: str  # "GCM objective {number} (para {paragraph})"
    letter_form: str  # how a letter follows its paragraph number: "({letter})", " {letter})"

    def ref(self, paragraph: int, labels: tuple[str, ...]) -> str:
        """"29(c)" as this edition writes it ("29 c)" in French, "29 в)" in Russian)."""
        out = str(paragraph)
        for depth, label in enumerate(labels):
            if depth == 0 and label in LATIN:
                out += self.letter_form.format(letter=self.letters[LATIN.index(label)])
            else:
                out += f"({label})"
        return out

    def cite(self, kind: str, paragraph: int, labels: tuple[str, ...] = (),
             number: int = 0) -> str:
        """The citation of an item in this edition's words."""
        if kind == "objective":
            return self.objective_citation.format(number=number, paragraph=paragraph)
        return self.citation.format(ref=self.ref(paragraph, labels))


_LATIN_MARKER = r"\(\s*([a-z])\s*\)"
_LATIN_OR_CLOSING = r"\(?\s*([a-z])\s*\)"  # French and Spanish editions print "a)"
EDITIONS: dict[str, Edition] = {
    e.language: e
    for e in (
        Edition("en", "Global Compact for Safe, Orderly and Regular Migration", "Annex",
                "Objective", tuple(LATIN), _LATIN_MARKER, "GCM para {ref}",
                "GCM objective {number} (para {paragraph})", "({letter})"),
        Edition("fr", "Pacte mondial pour des migrations sûres, ordonnées et régulières",
                "Annexe", "Objectif", tuple(LATIN), _LATIN_OR_CLOSING, "PMM, par. {ref}",
                "PMM, objectif {number} (par. {paragraph})", " {letter})"),
        Edition("es", "Pacto Mundial para la Migración Segura, Ordenada y Regular", "Anexo",
                "Objetivo", tuple(LATIN), _LATIN_OR_CLOSING, "PMM, párr. {ref}",
                "PMM, objetivo {number} (párr. {paragraph})", " {letter})"),
        Edition("ru", "Глобальный договор о безопасной, упорядоченной и легальной миграции",
                "Приложение", "Цель", tuple(_RUSSIAN), r"\(?\s*([а-я])\s*\)", "ГДМ, п. {ref}",
                "ГДМ, цель {number} (п. {paragraph})", " {letter})"),
        Edition("ar", "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية", "المرفق",
                "الهدف", _ARABIC, r"\(\s*(" + "|".join(_ARABIC) + r")ـ?\s*\)",
                "الاتفاق العالمي، الفقرة {ref}",
                "الاتفاق العالمي، الهدف {number} (الفقرة {paragraph})", " ({letter})"),
        Edition("zh", "安全、有序和正常移民全球契约", "附件", "目标", tuple(LATIN), _LATIN_MARKER,
                "《全球契约》第{ref}段", "《全球契约》目标{number}(第{paragraph}段)", "({letter})"),
    )
}

_PARAGRAPH = re.compile(r"(\d{1,2})\.(?!\d)\s*(.*)")
_ARABIC_PARAGRAPH = re.compile(r"(\d{1,2})\s*[-–.]\s*(.*)")  # "1 - " in the Arabic edition
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ROMAN_MARKER = re.compile(r"\(\s*([ivx]{1,4})\s*\)\s*(.*)|[’‘'(]\s*(\d{1,2})\s*[’‘')]\s*(.*)")
_END = ".;:。；：؛!?"
_CLOSERS = "\"'”’»)]"
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
PRINCIPLES = 15
FIRST_OBJECTIVE = 17
LAST_OBJECTIVE = 39
LAST = 54


@dataclass
class Segment:
    """The lines of one numbered part: a paragraph's own words, an item or a title."""

    key: tuple[str, ...]  # ("para", "16"), ("item", "43", "b", "ii"), ("title", "13")
    lines: list[str] = field(default_factory=list)


@dataclass
class Compact:
    """What was found, keyed by the Latin letters of the built-in data."""

    language: str
    paragraphs: dict[int, str] = field(default_factory=dict)  # own words, before (a)
    items: dict[tuple[int, tuple[str, ...]], str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)

    def sub_items(self, paragraph: int) -> list[tuple[tuple[str, ...], str]]:
        return [(labels, text) for (p, labels), text in self.items.items() if p == paragraph]


def join_lines(lines: list[str], vocabulary: set[str] | frozenset[str] = frozenset()) -> str:
    """Lines joined into running text, mending words hyphenated at line ends."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not text:
            text = line
        elif text[-1] in "\u00ad\u2010":  # a hyphen added at a line break
            text = text[:-1] + line
        elif text[-1] == "-" and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
            # A word broken at a line end: keep the hyphen of a compound ("evidence-based")
            # but not one added by hyphenation, when the whole word is known without it.
            head = re.search(r"(\w+)-$", text)
            tail = re.match(r"\w+", line)
            joined = (head.group(1) + tail.group(0)).casefold() if head and tail else ""
            hyphened = (head.group(1) + "-" + tail.group(0)).casefold() if head and tail else ""
            if joined in vocabulary and hyphened not in vocabulary:
                text = text[:-1] + line
            else:
                text += line
        elif _CJK.match(text[-1]) and _CJK.match(line[0]):
            text += line
        else:
            text += " " + line
    return re.sub(r"\s+", " ", text).strip()


_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？",
                             "(": "（", ")": "）"})
_CJK_NEIGHBOUR = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[,;:!?()]"
                            r"|[,;:!?()](?=[\u3000-\u9fff\uff00-\uffef])")


def cjk_punctuation(text: str) -> str:
    """Chinese text with its full-width punctuation: reading the PDF folds "，" "；" "："
    "（" to their ASCII forms (NFKC, which the numbering needs); a mark next to a Chinese
    character is put back as the edition prints it."""
    return _CJK_NEIGHBOUR.sub(lambda m: m.group().translate(_FULL_WIDTH), text)


def trim_heading(text: str) -> str:
    """``text`` without a heading printed after its last sentence ("... migrants. Shared
    responsibilities")."""
    stripped = text.rstrip(_CLOSERS + " ")
    if not stripped or stripped[-1] in _END:
        return text
    cut = max(text.rfind(c) for c in _END)
    if cut < 0:
        return text
    while cut + 1 < len(text) and text[cut + 1] in _CLOSERS:
        cut += 1
    return text[: cut + 1].strip()


def commitment_words(text: str) -> str:
    """A paragraph's own words without its closing lead-in ("To realize this commitment, we
    will draw from the following actions:")."""
    text = text.strip()
    if not text.endswith(":"):
        return text
    # A full stop and a space, or a Chinese full stop (no space follows it).
    ends = [m.end() for m in re.finditer(r"[.!?][\"'”’]?\s|[。！？][”’]?", text[:-1])]
    return text[: ends[-1]].strip() if ends else text


class _Walker:
    def __init__(self, edition: Edition) -> None:
        self.e = edition
        self.letter_re = re.compile(edition.letter_marker + r"\s*(.*)")
        self.objective_re = re.compile(
            re.escape(edition.objective) + r"\s*(\d{1,2})\s*[:.\-–]?\s*(.*)", re.IGNORECASE)
        self.segments: list[Segment] = []
        self.current: Segment | None = None
        self.next_paragraph = 1
        self.next_objective = 1
        self.heading_seen = 0  # the last objective heading read
        self.paragraph = 0
        self.letter = -1  # index of the last letter in the current paragraph
        self.roman = -1  # index of the last roman numeral in the current lettered item

    def start(self, key: tuple[str, ...], first: str) -> None:
        self.current = Segment(key, [first] if first else [])
        self.segments.append(self.current)

    def feed(self, line: str) -> None:
        if self._objective(line) or self._paragraph(line) or self._item(line):
            return
        if self.current is not None:
            self.current.lines.append(line)

    def _objective(self, line: str) -> bool:
        match = self.objective_re.match(line.translate(_DIGITS))
        if not match or int(match.group(1)) != self.next_objective:
            return False
        if self.next_paragraph <= PRINCIPLES + 1:
            return False  # the list of objectives after paragraph 16 has no such headings
        number = self.next_objective
        self.next_objective += 1
        self.heading_seen = number
        self.start(("title", str(number)), match.group(2))
        return True

    def _paragraph(self, line: str) -> bool:
        pattern = _ARABIC_PARAGRAPH if self.e.language == "ar" else _PARAGRAPH
        match = pattern.match(line.translate(_DIGITS))
        if not match:
            return False
        number = int(match.group(1))
        expected = self.next_paragraph
        if FIRST_OBJECTIVE <= number <= LAST_OBJECTIVE:
            ok = number >= expected and self.heading_seen == number - 16
        else:
            ok = expected <= number <= expected + 2
        if not ok:
            if number < expected and self.current is not None and self.current.key[0] == "para":
                # A numbered list (the objectives after paragraph 16) is not the paragraph.
                self.current = None
            return False
        self.next_paragraph = number + 1
        self.paragraph = number
        self.letter = self.roman = -1
        self.start(("para", str(number)), match.group(2))
        return True

    def _item(self, line: str) -> bool:
        if not self.paragraph:
            return False
        if self.letter >= 0 and self._in_roman_list():
            roman = _roman(line)
            if roman and _ROMAN.index(roman[0]) == self.roman + 1:
                self.roman += 1
                self.start(("item", str(self.paragraph), LATIN[self.letter], roman[0]), roman[1])
                return True
        match = self.letter_re.match(line)
        if not match:
            return False
        letters = self.e.letters
        try:
            index = letters.index(match.group(1))
        except ValueError:
            return False
        if not self.letter < index <= self.letter + 2:
            return False
        self.letter, self.roman = index, -1
        self.start(("item", str(self.paragraph), LATIN[index]), match.group(2))
        return True

    def _in_roman_list(self) -> bool:
        if self.current is None or self.current.key[0] != "item":
            return False
        if len(self.current.key) == 4:
            return True
        return bool(self.current.lines) and self.current.lines[-1].rstrip().endswith(":")


def _roman(line: str) -> tuple[str, str] | None:
    """A roman sub-item marker, "(ii)" (or "'2'" as Arabic prints it), and the words after."""
    match = _ROMAN_MARKER.match(line)
    if not match:
        return None
    if match.group(1):
        return (match.group(1), match.group(2)) if match.group(1) in _ROMAN else None
    number = int(match.group(3))
    return (_ROMAN[number - 1], match.group(4)) if 1 <= number <= len(_ROMAN) else None


_VISUAL_MARKER = re.compile(
    r"\)\s*(" + "|".join(_ARABIC) + r"|[ivx]{1,4})ـ?\s*\(|-\s*(\d{1,2})(?!\d)|(\d{1,2})\s*الهدف")
_VISUAL_END = re.compile(r"(?:\)\s*\S{1,4}\s*\(|-\s*\d{1,2})\s*$")
_LOGICAL_START = re.compile(r"^\s*(?:\(\s*\S{1,4}\s*\)|\d{1,2}\s*-)")


def _reading_order(line: str) -> str:
    """One Arabic line drawn as "النص)أ(" or "النص -2" put back as "(أ) النص", "2 - النص"."""
    match = _VISUAL_MARKER.search(line)
    if match and not re.search(r"[A-Za-z0-9]", line[: match.start()]):
        letter, number, objective = match.groups()
        rest = (line[: match.start()] + " " + line[match.end():]).strip()
        if letter:
            marker = f"({letter})"
        elif number:
            marker = f"{number} -"
        else:
            marker = f"الهدف {objective}:"
            rest = rest.strip(" :")
        line = f"{marker} {rest}"
    lead = re.match(r"\s*([:.;؛،])\s*", line)
    if lead:  # a sentence's last stop, drawn at the left end of its last line
        line = line[lead.end():] + lead.group(1)
    return line


def logical_rtl_lines(lines: list[str]) -> list[str]:
    """Arabic lines in reading order.

    pypdf may give the pieces of an Arabic line in the order they are drawn, with a
    paragraph's or item's number after the words it leads ("النص)أ(" for "(أ) النص"); when
    most numbered lines look like that, the numbers and a leading full stop are moved back.
    """
    visual = sum(1 for line in lines if _VISUAL_MARKER.search(line))
    logical = sum(1 for line in lines if _LOGICAL_START.match(line))
    if visual <= logical:
        return lines
    return [_reading_order(line) for line in lines]


def find_annex(lines: list[str], edition: Edition) -> int | None:
    """The index of the first line after the one that opens the annex, or None."""
    word = edition.annex.casefold()
    for i, line in enumerate(lines):
        if line.strip().casefold() == word:
            return i + 1
    return None


def parse_compact(lines: list[str], edition: Edition,
                  vocabulary: set[str] | frozenset[str] = frozenset()) -> Compact:
    """The paragraphs, items and titles found in the annex lines ``lines``."""
    walker = _Walker(edition)
    for line in lines:
        walker.feed(line)
    found = Compact(edition.language)
    for seg in walker.segments:
        text = join_lines(seg.lines, vocabulary)
        kind, number = seg.key[0], int(seg.key[1])
        if kind == "title":
            found.titles[number] = text
        elif kind == "para":
            found.paragraphs[number] = trim_heading(text) if text else text
        else:
            found.items[(number, seg.key[2:])] = trim_heading(text)
    return found
