"""Characters no font can print: the six UN languages are covered, a character no font has is
named with its field, invisible characters never are, and the fonts are read once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefwriter.core import brand
from briefwriter.core.brand import BrandKit
from briefwriter.core.checks import check_brief
from briefwriter.core.font_coverage import (
    Coverage,
    FontCatalogue,
    describe,
    merge_ranges,
    paper_coverage,
    parse_fc_charset,
    printed_fields,
    run_fc_list,
)
from briefwriter.core.model import (
    Ask,
    Brief,
    Consent,
    Cosignatory,
    Cycle,
    Evidence,
    FollowUp,
    Pledge,
    Priority,
    Recommendation,
)

OL_CHIKI = "ᱚᱛᱜ"  # U+1C5A..U+1C5C: no bundled or Debian default font has them
PRIVATE = "\ue000"

#: A title, a summary and a priority in each UN language.
SAMPLES = {
    "ar": ("العمل اللائق للعاملات المهاجرات",
           "نطالب الدول بإلغاء نظام الكفالة وضمان الوصول إلى العدالة دون خوف.",
           "إنهاء احتجاز الأطفال"),
    "zh": ("移民儿童永远不应被拘留",
           "我们呼吁各国停止拘留移民儿童，并在二〇二六年国际移民审查论坛之前提供替代办法。",
           "确保移民能够获得基本服务"),
    "en": ("Detention is never in the best interests of a child",
           "We ask States to end child immigration detention — “now”, not in 2030.",
           "Firewalls between services and enforcement"),
    "fr": ("La détention n’est jamais dans l’intérêt supérieur de l’enfant",
           "Nous demandons aux États de mettre fin à la rétention des enfants, « dès maintenant ».",
           "Accès aux services sans crainte"),
    "ru": ("Содержание под стражей никогда не отвечает интересам ребёнка",
           "Мы призываем государства прекратить задержание детей-мигрантов.",
           "Доступ к услугам без страха"),
    "es": ("La detención nunca responde al interés superior del niño",
           "¿Pedimos demasiado? Exigimos el fin de la detención de niñas y niños migrantes.",
           "Acceso a servicios sin miedo"),
}


def unprintable(brief: Brief, coverage: Coverage | None = None) -> list:
    return [p for p in check_brief(brief, None, coverage=coverage)
            if p.code == "unprintable-characters"]


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_each_un_language_is_covered(language: str) -> None:
    title, summary, priority = SAMPLES[language]
    brief = Brief(title=title, summary=summary, language=language)
    brief.priorities = [Priority(title=priority, description=summary)]
    assert unprintable(brief) == []
    assert paper_coverage().system_fonts_known


def test_a_character_no_font_has_is_named_with_its_field() -> None:
    brief = Brief(title="Pathways", summary=f"Our logo mark {PRIVATE} here.")
    brief.priorities = [
        Priority(title="Detention", description="Clear."),
        Priority(title="Santali", description=f"Words: {OL_CHIKI} and {OL_CHIKI[0]} again."),
    ]
    problems = unprintable(brief)
    assert [p.path for p in problems] == [("summary",), ("priorities", 1, "description")]
    summary, priority = problems
    assert summary.severity == "warning"
    assert summary.message.startswith("The summary: a character no font can print: ")
    assert "(U+E000)" in summary.message
    assert priority.message.startswith(
        "Priority 2 “Santali”: 3 characters no font can print: "
        "ᱚ (U+1C5A), ᱛ (U+1C5B), ᱜ (U+1C5C).")
    assert "empty boxes" in priority.message


def test_every_printed_field_is_checked_and_named() -> None:
    brief = Brief(title="Fine")
    brief.organisation.contact.address = f"Street {PRIVATE}"
    brief.priorities = [Priority(title="Fine", description="Fine",
                                 evidence=[Evidence(text="Fine", source=f"Report {PRIVATE}")])]
    brief.key_messages = ["Fine", f"Second {PRIVATE}"]
    brief.recommendations = [Recommendation(addressee=f"States {PRIVATE}", text="Act.")]
    found = {p.path: p.message.split(":")[0] for p in unprintable(brief)}
    assert found == {
        ("organisation", "contact", "address"): "Your organisation's details",
        ("priorities", 0, "evidence", 0, "source"): "Priority 1 “Fine”",
        ("key_messages", 1): "Key message 2",
        ("recommendations", 0, "addressee"): "Recommendation 1",
    }


def test_many_characters_are_listed_up_to_five() -> None:
    brief = Brief(title="".join(chr(0xE000 + i) for i in range(8)))
    (problem,) = unprintable(brief)
    assert problem.message.startswith("The title: 8 characters no font can print: ")
    assert problem.message.count("(U+E0") == 5 and ", …." in problem.message


def test_invisible_characters_are_never_reported() -> None:
    invisible = ("\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
                 "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi
                 "\u00ad\u2060\ufeff\u034f"  # soft hyphen, word joiner, BOM, grapheme joiner
                 "\ufe0f\U000e0101"  # variation selectors
                 "\u00a0\u2002\u2003\u2009\u202f\u3000\t\n\r\u2028\u2029\x07")
    brief = Brief(title=f"Title{invisible}", summary=invisible)
    assert unprintable(brief, Coverage()) == []  # even with no font at all


def test_a_combining_mark_is_shown_on_a_dotted_circle() -> None:
    assert describe("\u0301") == "\u25cc\u0301 (U+0301)"
    assert describe("ᱚ") == "ᱚ (U+1C5A)"
    assert describe("\ud800") == "U+D800"  # a lone surrogate cannot be printed anywhere


def test_fields_never_printed_are_not_read() -> None:
    brief = Brief(title="T", language="zz", published="2026")
    brief.organisation.logo = f"logo{PRIVATE}.png"
    brief.template.name = f"mine{PRIVATE}"
    brief.extra["note"] = PRIVATE
    paths = [path for path, _ in printed_fields(brief)]
    assert ("title",) in paths and ("organisation", "name") in paths
    assert not any(p[0] in ("template", "language", "published") for p in paths)
    assert ("organisation", "logo") not in paths
    assert unprintable(brief) == []


def test_the_authors_own_records_are_not_read() -> None:
    brief = Brief(title="T")
    brief.cosignatories = [Cosignatory(name="Partner", logo=f"p{PRIVATE}.png",
                                       consent=Consent(how=f"e-mail {PRIVATE}"))]
    brief.follow_up = [FollowUp(text="Asked", evidence="Done", status="met")]
    brief.history = [Cycle(title="Then", pledges=[Pledge(action=PRIVATE)],
                           asks=[Ask(what=PRIVATE)], follow_up=[FollowUp(text=PRIVATE)])]
    paths = [path for path, _ in printed_fields(brief)]
    assert ("cosignatories", 0, "name") in paths and ("history", 0, "title") in paths
    assert ("follow_up", 0, "evidence") in paths
    assert not any("consent" in p or "logo" in p or "status" in p for p in paths)
    assert not any(p[:1] == ("history",) and len(p) > 3 for p in paths)
    assert unprintable(brief) == []


def test_fontconfig_charsets_and_ranges() -> None:
    assert parse_fc_charset("20-7e a0-17f 2000 zz 3000-300f") == (
        (0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x2000), (0x3000, 0x300F))
    assert merge_ranges([(5, 9), (1, 3), (4, 4), (20, 30), (25, 26)]) == ((1, 9), (20, 30))
    coverage = Coverage(((0x41, 0x5A), (0x4E00, 0x9FFF)))
    assert "A" in coverage and "移" in coverage and "a" not in coverage
    assert coverage.missing("Ab移ᱚᱚ") == ["ᱚ"]  # ASCII is always drawn by the bundled fonts


# --------------------------------------------------------------------------------------
# The fonts are read once per process
# --------------------------------------------------------------------------------------


class CountingRun:
    def __init__(self, answer=run_fc_list) -> None:
        self.answer, self.calls = answer, 0

    def __call__(self) -> str | None:
        self.calls += 1
        return self.answer() if callable(self.answer) else self.answer


def test_fontconfig_is_asked_once_while_the_fonts_are_unchanged() -> None:
    run = CountingRun()
    catalogue = FontCatalogue(run)
    first = catalogue.coverage()
    second = catalogue.coverage()
    assert run.calls == 1
    assert first == second and "移" in second
    brief = Brief(title="移民儿童", summary=OL_CHIKI)
    assert [p.path for p in unprintable(brief, catalogue.coverage())] == [("summary",)]
    assert run.calls == 1


def test_a_font_added_or_removed_makes_fontconfig_asked_again(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    font = folder / "Santali.ttf"
    font.write_bytes(b"font")
    os.utime(folder, ns=(0, 0))
    run = CountingRun(f"{font}\t1c50-1c7f\n")
    catalogue = FontCatalogue(run)
    assert OL_CHIKI[0] in catalogue.coverage()
    catalogue.coverage()
    assert run.calls == 1
    (folder / "New.ttf").write_bytes(b"font")  # a font added beside it
    catalogue.coverage()
    assert run.calls == 2
    catalogue.coverage()
    assert run.calls == 2
    font.unlink()  # removed (or replaced by a new file renamed over it)
    os.utime(folder, ns=(1, 1))  # the folder's time moves even within one clock tick
    catalogue.coverage()
    assert run.calls == 3


def test_a_replaced_kit_or_bundled_font_is_read_again(tmp_path: Path) -> None:
    catalogue = FontCatalogue(CountingRun(None))
    font = make_font(tmp_path / "Santali.ttf", "Santali Test", OL_CHIKI)
    assert OL_CHIKI[0] in catalogue.coverage([font])
    make_font(font, "Santali Test", "")
    os.utime(font, ns=(5, 5))
    assert OL_CHIKI[0] not in catalogue.coverage([font])


def test_without_fontconfig_the_bundled_fonts_still_count() -> None:
    catalogue = FontCatalogue(CountingRun(None))
    coverage = catalogue.coverage()
    assert not coverage.system_fonts_known
    assert "é" in coverage and "ж" in coverage and "ع" in coverage
    assert "移" not in coverage  # Chinese comes from an installed font


# --------------------------------------------------------------------------------------
# A brand kit's font counts
# --------------------------------------------------------------------------------------


def make_font(path: Path, family: str, extra: str) -> Path:
    """A small TrueType font drawing a square for printable ASCII and ``extra``."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((500, 700))
    pen.lineTo((500, 0))
    pen.closePath()
    square = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "square"])
    codes = [*range(0x20, 0x7F), *map(ord, extra)]
    builder.setupCharacterMap(dict.fromkeys(codes, "square"))
    builder.setupGlyf({".notdef": square, "square": square})
    builder.setupHorizontalMetrics({".notdef": (600, 100), "square": (600, 100)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))
    return path


def test_a_brand_kit_font_counts(tmp_path: Path, brand_folder: Path) -> None:
    brief = Brief(title="Santali", summary=OL_CHIKI)
    assert [p.path for p in unprintable(brief)] == [("summary",)]
    font = make_font(tmp_path / "Santali.ttf", "Santali Test", OL_CHIKI)
    kit = BrandKit(name="Santali Network")
    info, name = brand.add_font(kit, font)
    kit.body_font = info.family
    brand.save_kit(kit, {name: font}, brand_folder)
    assert unprintable(brief) == []
