"""Test PDFs laid out like the official A/RES/73/195 (no official file may be committed).

``official_pdf(path, language, changes)`` writes an edition made from the built-in text (or,
for the other languages, from made-up words in their scripts), with the resolution's first
page, running headers ("A/RES/73/195" and the title), footers ("18-22454", "3/36"),
footnotes with superscript markers, paragraphs split across pages, hyphenated line ends, and
the numbering of each language.  ``changes`` replaces the wording of a few items.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from briefwriter.core.gcm import load_gcm_builtin
from briefwriter.core.gcm_import_parse import EDITIONS, LATIN
from briefwriter.paths import resources_dir
from briefwriter.render.fetcher import SafeURLFetcher
from briefwriter.render.pdf import render_pdf

# Text for the paragraphs whose wording the built-in data does not have (or not in full).
FILLER = ("This paragraph of the official text was not in the built-in data; it is printed "
          "here so that the importer can find it in the same way as the others.")
_CSS = """
@page { size: 150mm 200mm; margin: 22mm 16mm 22mm 16mm;
  @top-left { content: "A/RES/73/195"; font: 8pt serif }
  @top-right { content: "%(title)s"; font: 8pt serif }
  @bottom-left { content: "18-22454"; font: 8pt serif }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt serif } }
body { font: 10pt "Noto Serif", serif; text-align: justify; hyphens: auto }
[lang=ar] body, body[lang=ar] { font-family: "Noto Naskh Arabic", serif }
[lang=zh] body, body[lang=zh] { font-family: "Noto Serif CJK SC", serif; text-align: left }
p { margin: 0 0 5pt 0 }
.item { margin-left: 18pt }
.sub { margin-left: 36pt }
h1, h2, h3 { font-size: 10pt; margin: 8pt 0 4pt 0 }
.fn { float: footnote; font-size: 8pt }
::footnote-call { vertical-align: super; font-size: 6pt }
::footnote-marker { font-size: 8pt }
"""
_FRONT = {
    "en": ("United Nations", "General Assembly", "Resolution adopted by the General Assembly "
           "on 19 December 2018", "The General Assembly endorses the Global Compact.",
           "Preamble", "Our cooperative framework", "Implementation", "Follow-up and review"),
    "fr": ("Nations Unies", "Assemblée générale", "Résolution adoptée par l’Assemblée générale "
           "le 19 décembre 2018", "L’Assemblée générale approuve le Pacte mondial.",
           "Préambule", "Notre cadre de coopération", "Mise en œuvre", "Suivi et examen"),
    "ru": ("Организация Объединенных Наций", "Генеральная Ассамблея",
           "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2018 года",
           "Генеральная Ассамблея одобряет Глобальный договор.", "Преамбула",
           "Наша система сотрудничества", "Осуществление", "Последующая деятельность и обзор"),
    "ar": ("الأمم المتحدة", "الجمعية العامة", "قرار اتخذته الجمعية العامة",
           "إن الجمعية العامة تقر الاتفاق العالمي.", "الديباجة", "إطار تعاوننا", "التنفيذ",
           "المتابعة والاستعراض"),
    "zh": ("联合国", "大会", "2018年12月19日大会通过的决议", "大会核可《全球契约》。", "序言",
           "我们的合作框架", "执行", "后续行动和审查"),
}
_WORDS = {
    "fr": ("Les États coopèrent en matière de migrations dans le respect des droits de "
           "l’homme et les migrants reçoivent protection et services dans les pays d’origine"),
    "ru": ("Государства сотрудничают в области миграции на основе прав человека, а "
           "мигранты получают защиту и доступ к услугам в странах происхождения"),
    "ar": ("تتعاون الدول في مجال الهجرة على أساس حقوق الإنسان ويحصل المهاجرون على الحماية "
           "والخدمات في بلدان المنشأ والعبور والمقصد"),
    # Written without spaces; the spaces here only cut it into pieces to turn around.
    "zh": ("各国 在 尊重 人权 的 基础上 开展 移民 合作 移民 在 原籍国 过境国 和 目的地国 "
           "获得 保护 和 服务"),
}
# Footnotes at a few places, as in the official text (the resolutions it cites).
FOOTNOTES = {"para 2": "Resolution 71/1.", "29(a)": "United Nations, Treaty Series, vol. 999.",
             "17(b)": "Resolution 70/1, annex."}


def _marker(language: str, index: int, roman: bool = False) -> str:
    if roman:
        return f"({('i', 'ii', 'iii', 'iv', 'v', 'vi')[index]})"
    letter = EDITIONS[language].letters[index]
    if language == "zh":
        return f"（{letter}）"  # full-width parentheses
    return f"({letter})" if language in ("en", "ar") else f"{letter})"


def _words(language: str, ref: str, english: str) -> str:
    if language == "en":
        return english
    # Made-up text in the script of the edition, different for every item.
    base = _WORDS[language].split()
    turn = sum(map(ord, ref)) % len(base)
    if language == "zh":
        return "".join(base[turn:] + base[:turn]) + "；"
    return " ".join(base[turn:] + base[:turn]) + ("؛" if language == "ar" else ";")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def official_html(language: str = "en", changes: dict[str, str] | None = None) -> str:
    changes = changes or {}
    gcm = load_gcm_builtin()
    edition = EDITIONS[language]
    front = _FRONT[language]
    out: list[str] = []

    def text_of(ref: str, english: str | None) -> str:
        words = changes.get(ref) or _words(language, ref, english or FILLER)
        body = _esc(words)
        if ref in FOOTNOTES:  # the marker goes after the third word, inside the sentence
            head, _sep, tail = body.partition(" ")
            second, _sep2, rest = tail.partition(" ")
            body = f'{head} {second}<span class="fn">{_esc(FOOTNOTES[ref])}</span> {rest}'
        return body

    def para(number: int, words: str) -> None:
        sep = " - " if language == "ar" else ". "
        out.append(f'<p class="para">{number}{sep}{words}</p>')

    def item(marker: str, words: str, css: str = "item") -> None:
        out.append(f'<p class="{css}">{marker} {words}</p>')

    out.append(f"<p>{front[0]}</p><p>A/RES/73/195</p><p>{front[1]}</p>")
    out.append(f"<p>Distr.: General 19 January 2019</p><p>{front[2]}</p>")
    out.append(f"<h1>73/195. {_esc(edition.title)}</h1><p>1. {front[3]}</p>")
    out.append(f'<h1 style="break-before: page">{edition.annex}</h1><h1>{_esc(edition.title)}</h1>')
    out.append(f"<h2>{front[4]}</h2>")
    others = {p.number: p for p in gcm.paragraphs}
    for number in range(1, 15):
        p = others[number]
        if p.heading:
            out.append(f"<h2>{_esc(p.heading)}</h2>")
        para(number, text_of(p.ref, p.text if p.complete else None))
    para(15, _esc(_words(language, "15", "The Global Compact is based on a set of "
                         "cross-cutting and interdependent guiding principles:")[:-1] + ":"))
    for i, pr in enumerate(gcm.principles):
        name = pr.name if language == "en" else _WORDS[language].split()[i]
        item(_marker(language, i), f"{_esc(name)}: {text_of(pr.ref, pr.text)}")
    out.append(f"<h2>{front[5]}</h2>")
    para(16, text_of("para 16", others[16].text))
    out.append("<h3>Objectives for safe, orderly and regular migration</h3>")

    def title_of(o: Any) -> str:
        return (changes.get(f"objective {o.number} (title)")
                or _words(language, f"t{o.number}", o.title).rstrip(";؛；"))

    for o in gcm.objectives:
        out.append(f"<p>{o.number}. {_esc(title_of(o))}</p>")
    for o in gcm.objectives:
        title = title_of(o)
        out.append(f"<h3>{edition.objective} {o.number}: {_esc(title)}</h3>")
        commitment = text_of(f"{o.paragraph}", o.commitment)
        lead = ("To realize this commitment, we will draw from the following actions:"
                if language == "en" else _esc(_WORDS[language][:40]) + ":")
        if language == "zh":
            lead = "".join(_WORDS["zh"].split())[:20] + "："
        if language == "zh":  # a Chinese full stop, and no space after it
            para(o.paragraph, f"{commitment.rstrip('；')}。{lead}")
        else:
            para(o.paragraph, f"{commitment} {lead}")
        for i, a in enumerate(o.actions):
            if a.section_heading:
                out.append(f"<h3>{_esc(a.section_heading)}</h3>")
            item(_marker(language, i), text_of(a.ref, a.text))
    for number in range(40, 55):
        p = others[number]
        if number == 40:
            out.append(f"<h2>{front[6]}</h2>")
        if number == 48:
            out.append(f"<h2>{front[7]}</h2>")
        if p.items and p.complete and all(s.complete for s in p.items):
            para(number, text_of(p.ref, p.text))
            for i, s in enumerate(p.items):
                words = text_of(s.ref, s.text)
                if s.items:  # a lettered item introducing (i), (ii) ... ends with a colon
                    words = words.rstrip(";؛；") + (":" if words[-1] in ";؛；" else "")
                item(_marker(language, i), words)
                for k, sub in enumerate(s.items):
                    item(_marker(language, k, roman=True), text_of(sub.ref, sub.text), "sub")
        else:
            para(number, text_of(p.ref, p.text if p.complete and not p.items else None))
    css = _CSS % {"title": edition.title}
    direction = ' dir="rtl"' if language == "ar" else ""
    return (f'<!DOCTYPE html><html lang="{language}"{direction}><head><meta charset="utf-8">'
            f"<title>A/RES/73/195</title><style>{css}</style></head><body>"
            + "\n".join(out) + "</body></html>")


def official_pdf(path: Path, language: str = "en", changes: dict[str, str] | None = None) -> Path:
    """Write a test edition of A/RES/73/195 to ``path``."""
    fonts = resources_dir() / "fonts"
    css = resources_dir() / "css" / "base.css"
    output = render_pdf(official_html(language, changes), base_url=str(fonts) + "/",
                        stylesheets=[css.as_uri()], fetcher=SafeURLFetcher([fonts, css.parent]),
                        variant="none", title="A/RES/73/195", lang=language)
    path.write_bytes(output.data)
    return path


__all__ = ["FILLER", "FOOTNOTES", "LATIN", "official_html", "official_pdf"]
