"""The suggestion catalogues: the content the seeds call for, three languages, checked links."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from briefwriter.core.catalogues import (
    KINDS,
    CatalogueError,
    catalogues_from_text,
    load_catalogues,
)
from briefwriter.core.gcm import Action, fold, load_gcm
from briefwriter.core.model import GcmLinks

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def cats():
    return load_catalogues()


def test_bundled_catalogues_load_and_are_cached(cats):
    assert load_catalogues() is cats
    assert [kind for kind, _ in cats] == list(KINDS)


def test_the_twelve_engagement_aims(cats):
    ids = [item.id for item in cats.aims]
    assert len(ids) == 12
    assert "pledging" in ids
    labels = [fold(item.label()) for item in cats.aims]
    expected = [
        ("attention", "specific issues"),
        ("good practice", "scaled up"),
        ("rights violations",),
        ("dialogue", "partnership"),
        ("national implementation plan",),
        ("knowledge",),
        ("learn from migrants", "ngos"),
        ("progress declaration",),
        ("migrant representation",),
        ("indicators",),
        ("measurable commitments", "pledging"),
        ("coalition", "joint pledges"),
    ]
    for label, phrases in zip(labels, expected, strict=True):
        assert all(phrase in label for phrase in phrases), (label, phrases)


def test_aims_follow_the_seed_list_when_it_is_available(cats):
    seed_files = sorted(SEEDS.glob("004_*.txt")) if SEEDS.is_dir() else []
    if not seed_files:
        # Without the seed documents, the pinned list above is the whole check.
        assert len(cats.aims) == 12
        return
    text = seed_files[0].read_text(encoding="utf-8")
    section = text.split("Aims of engaging could include:")[1].split("What does QUNO")[0]
    bullets = [b.strip() for b in re.findall(r"^[ \t]*-[ \t]+(\S.*)$", section, re.MULTILINE)]
    assert len(bullets) == len(cats.aims) == 12
    for bullet, aim in zip(bullets, cats.aims, strict=True):
        seed_words = {w for w in re.findall(r"[a-z]{6,}", fold(bullet))}
        aim_words = {w for w in re.findall(r"[a-z]{6,}", fold(aim.label()))}
        # Same aim, same order: the two wordings share their substantive words.
        assert {w[:6] for w in seed_words} & {w[:6] for w in aim_words}, (bullet, aim.id)


def test_required_priorities_processes_and_audiences(cats):
    priorities = {item.id for item in cats.priorities}
    assert {
        "post-covid-rights-based-governance",
        "ending-lethal-disregard",
        "dismantling-systemic-racism",
        "protection-in-mixed-migration",
        "meaningful-migrant-participation",
        "human-rights-monitoring-at-borders",
    } <= priorities
    assert len(priorities) >= 8
    processes = [item.id for item in cats.processes]
    assert processes == [
        "imrf-2022",
        "imrf-2026",
        "imrf-2030",
        "gcm-regional-review",
        "human-rights-council",
        "national-implementation-review",
        "universal-periodic-review",
        "other",
    ]
    audiences = {item.id for item in cats.audiences}
    assert len(audiences) == 10
    assert {"member-states", "un-agencies", "un-network-on-migration", "nhris"} <= audiences


UN_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
SCRIPTS = {"ar": r"[\u0600-\u06ff]", "ru": r"[а-яё]", "zh": r"[\u4e00-\u9fff]"}


def test_every_item_speaks_the_six_un_languages(cats):
    for _kind, items in cats:
        for item in items:
            assert set(item.labels) == set(item.helps) == set(UN_LANGUAGES), item.id
            for lang in UN_LANGUAGES[1:]:
                # Written for the language, not copied from English.
                assert item.label(lang) != item.label("en"), (item.id, lang)
                assert item.help(lang) != item.help("en"), (item.id, lang)
            for lang, script in SCRIPTS.items():
                assert re.search(script, item.label(lang), re.IGNORECASE), (item.id, lang)
                assert re.search(script, item.help(lang), re.IGNORECASE), (item.id, lang)
            # Help is "one or two lines": short enough to show under a choice.
            assert len(item.help("en")) <= 200, item.id


def test_chinese_and_arabic_texts_use_their_own_punctuation(cats):
    for _kind, items in cats:
        for item in items:
            for text in (item.label("zh"), item.help("zh")):
                # Full-width punctuation; "(pledges)"-style Latin asides are not used either.
                assert not re.search(r"[,;:()!?]|\.(?!\d)", text), (item.id, text)
            for text in (item.label("ar"), item.help("ar")):
                assert not re.search(r"[,;?]", text), (item.id, text)


def test_the_gcm_is_named_as_its_official_edition_does(cats):
    help_ru = cats.help_for("aims", "implementation-plan-commitment", "ru")
    assert "Глобального договора" in help_ru
    assert "《移民全球契约》" in cats.help_for("aims", "implementation-plan-commitment", "zh")
    assert "الاتفاق العالمي" in cats.help_for("aims", "implementation-plan-commitment", "ar")
    # "regular migration": легальная, 正常, النظامية, as in the Compact's title.
    assert "Легальные" in cats.label_for("priorities", "regular-pathways-and-decent-work", "ru")
    assert "正常" in cats.label_for("priorities", "regular-pathways-and-decent-work", "zh")
    assert "النظامية" in cats.label_for("priorities", "regular-pathways-and-decent-work", "ar")


def test_drafted_languages_are_marked_for_review(cats):
    assert set(cats.review) == set(UN_LANGUAGES) - {"en"}
    assert all("native speaker" in state for state in cats.review.values())
    assert cats.is_draft("ru") and cats.is_draft("zh-Hans") and cats.is_draft("ar")
    assert not cats.is_draft("en")
    assert not cats.is_draft("pt")  # shown in English, which is final


def test_language_fallback(cats):
    item = cats.get("processes", "imrf-2026")
    assert item is not None
    assert item.label("fr") == item.labels["fr"]
    assert item.label("fr-CA") == item.labels["fr"]
    assert item.label("es_ES") == item.labels["es"]
    assert item.label("ru-RU") == item.labels["ru"]
    assert item.label("pt") == item.labels["en"]
    assert item.help("de") == item.helps["en"]


def test_every_suggested_priority_links_to_existing_fitting_gcm_items(cats):
    gcm = load_gcm()
    for item in cats.priorities:
        assert item.gcm is not None, item.id
        assert item.gcm.objectives and item.gcm.actions, item.id
        for letter in item.gcm.principles:
            gcm.principle(letter)
        for number in item.gcm.objectives:
            gcm.objective(number)
        for ref in item.gcm.actions:
            action = gcm.lookup(ref)
            assert isinstance(action, Action) and action.ref == ref
    # The links really fit: a linked action says what the priority is about.
    must_mention = {
        "post-covid-rights-based-governance": "health",
        "ending-lethal-disregard": "missing",
        "dismantling-systemic-racism": "racism",
        "protection-in-mixed-migration": "mixed movements",
        "meaningful-migrant-participation": "participation",
        "human-rights-monitoring-at-borders": "monitor",
        "alternatives-to-detention": "alternatives to detention",
        "regular-pathways-and-decent-work": "labour",
        "access-to-services-firewalls": "immigration authorities",
    }
    for item_id, phrase in must_mention.items():
        item = cats.get("priorities", item_id)
        assert item is not None and item.gcm is not None
        texts = [gcm.lookup(ref).text for ref in item.gcm.actions]
        assert any(phrase in fold(text) for text in texts), item_id
    lethal = cats.get("priorities", "ending-lethal-disregard")
    assert lethal is not None and lethal.gcm is not None and 8 in lethal.gcm.objectives
    detention = cats.get("priorities", "alternatives-to-detention")
    assert detention is not None and detention.gcm is not None and 13 in detention.gcm.objectives


def test_suggested_links_become_brief_links(cats):
    item = cats.get("priorities", "alternatives-to-detention")
    assert item is not None and item.gcm is not None
    links = item.gcm.to_gcm_links()
    assert isinstance(links, GcmLinks)
    assert links.actions == list(item.gcm.actions)
    links.actions.append("29(d)")  # a brief's copy is its own
    assert "29(d)" not in item.gcm.actions


def test_label_for_ids_and_own_words(cats):
    assert cats.label_for("processes", "imrf-2026") == "International Migration Review Forum 2026"
    assert cats.label_for("processes", " imrf-2026 ", "fr").startswith("Forum d’examen")
    assert cats.label_for("aims", "Get our members heard") == "Get our members heard"
    assert cats.help_for("aims", "Get our members heard") == ""
    assert cats.help_for("aims", "pledging")
    assert cats.get("aims", "no-such-aim") is None
    with pytest.raises(ValueError, match="unknown catalogue"):
        cats.items("colours")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "value", "mistyped"),
    [
        ("processes", "imrf-2062", True),
        ("processes", "imrf_2026", True),
        ("processes", "imrf-2026", False),
        ("processes", "IMRF 2026 in New York", False),
        ("aims", "pledgng", True),
        ("aims", "advocacy", False),
        ("aims", "Make our voices heard", False),
        ("audiences", "donnors", True),
        ("audiences", "member-state", True),
        ("audiences", "media", False),
        ("audiences", "", False),
    ],
)
def test_looks_like_unknown_id(cats, kind, value, mistyped):
    assert cats.looks_like_unknown_id(kind, value) is mistyped


def test_suggest_id(cats):
    assert cats.suggest_id("processes", "imrf-2062") == "imrf-2026"
    assert cats.suggest_id("audiences", "member-state") == "member-states"
    assert cats.suggest_id("aims", "pledgng") == "pledging"
    assert cats.suggest_id("aims", "completely different") is None


# --------------------------------------------------------------------------------------
# Validation of the catalogue file
# --------------------------------------------------------------------------------------

VALID = textwrap.dedent(
    """\
    format: 1
    aims:
      - id: pledging
        label: {en: Pledging, fr: Engagements}
        help: {en: Ask for a pledge.}
    priorities:
      - id: detention
        label: {en: Detention}
        help: {en: Alternatives.}
        gcm:
          principles: [f]
          objectives: [13]
          actions: ["29(a)"]
    processes:
      - id: other
        label: {en: Other}
        help: {en: Anything else.}
    audiences:
      - id: media
        label: {en: Media}
        help: {en: Journalists.}
    """
)


def test_a_minimal_valid_file_loads():
    cats = catalogues_from_text(VALID)
    item = cats.get("priorities", "detention")
    assert item is not None and item.gcm is not None
    assert item.gcm.actions == ("29(a)",)
    assert cats.label_for("aims", "pledging", "fr") == "Engagements"
    assert cats.review == {}  # no review marker: nothing is a draft
    assert not cats.is_draft("fr")


def test_the_review_marker_is_read():
    cats = catalogues_from_text(VALID.replace(
        "format: 1", "format: 1\nreview:\n  fr: drafted, to be reviewed by a native speaker"))
    assert cats.review == {"fr": "drafted, to be reviewed by a native speaker"}
    assert cats.is_draft("fr-CH") and not cats.is_draft("en")


def _problems(text: str) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        catalogues_from_text(text, Path("catalogues.yaml"))
    described = [p.describe() for p in caught.value.problems]
    assert str(caught.value).startswith("catalogues.yaml could not be read:")
    return described


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('actions: ["29(a)"]', 'actions: ["29(z)"]', "line 13, field priorities[1].gcm.actions[1]"),
        ('actions: ["29(a)"]', 'actions: ["29(z)"]', "(a) to (h)"),
        ('actions: ["29(a)"]', 'actions: ["para 29(a)"]', "write 'para 29(a)' as '29(a)'"),
        ('actions: ["29(a)"]', 'actions: ["13"]', "is a GCM objective, not an action"),
        ("objectives: [13]", "objectives: [24]", "objectives 1 to 23"),
        ("principles: [f]", "principles: [k]", "15(a) to 15(j)"),
        ("- id: media", "- id: Media Folks", "field audiences[1].id: 'Media Folks' is not a kebab"),
        ("{en: Journalists.}", "{fr: Journalistes.}", "the English text (en) is missing"),
        ("label: {en: Other}", "lable: {en: Other}", "unknown field 'lable'"),
        ("format: 1", "format: 2", "format 2 is not supported"),
        ("format: 1", "format: 1\nreview: drafted", "'review' must map languages to text"),
        ("format: 1", "format: 1\nreview: {ru: ''}", "field review.ru: must be non-empty"),
        ("format: 1", "format: 1\nreview: {Russian: draft}", "'Russian' is not a language"),
        ("- id: other", "- id: media", None),  # a valid id reused in another catalogue is fine
    ],
)
def test_validation_names_line_field_and_reason(old, new, expected):
    assert old in VALID
    text = VALID.replace(old, new, 1)
    if expected is None:
        catalogues_from_text(text)
        return
    problems = _problems(text)
    assert any(expected in p for p in problems), problems


def test_duplicate_ids_are_refused_with_both_lines():
    text = VALID.replace(
        "    help: {en: Ask for a pledge.}\n",
        "    help: {en: Ask for a pledge.}\n  - id: pledging\n"
        "    label: {en: Again}\n    help: {en: Again.}\n",
    )
    problems = _problems(text)
    assert any("line 6" in p and "used twice" in p and "line 3" in p for p in problems), problems


def test_every_problem_is_reported_at_once():
    text = VALID.replace("objectives: [13]", "objectives: [99]").replace(
        "- id: media", "- id: MEDIA"
    )
    assert len(_problems(text)) == 2


@pytest.mark.parametrize(
    "text",
    ["aims: [unclosed", "- just a list", "", "aims: {}\n", "format: 1\naims: []\n"],
)
def test_malformed_files_give_a_message_not_a_traceback(text):
    problems = _problems(text)
    assert problems and all(isinstance(p, str) and p for p in problems)
