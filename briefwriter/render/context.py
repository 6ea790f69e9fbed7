"""The template context: a brief turned into plain data for templates, exactly as the data
contract (``render.contract``) declares it (GCM references expanded, Markdown as safe HTML)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from markupsafe import Markup

from briefwriter import __version__
from briefwriter.core import text as core_text
from briefwriter.core.catalogues import CatalogueKind, Catalogues, load_catalogues
from briefwriter.core.errors import GcmReferenceError
from briefwriter.core.gcm import (
    Action,
    Gcm,
    Objective,
    Paragraph,
    Principle,
    SubItem,
    base_language,
    load_gcm,
)
from briefwriter.core.logo import LOGO_FIELD, LogoRefused, load_logo, quoted
from briefwriter.core.markdown_limits import markdown_problem
from briefwriter.core.model import (
    SECTION_PLACES,
    Brief,
    Evidence,
    FieldPath,
    Priority,
    format_path,
)
from briefwriter.core.statement import compose_statement
from briefwriter.render import context_review as review
from briefwriter.render.brand_style import BrandStyle
from briefwriter.render.contract import CONTEXT_VERSION, HEADED_PARTS
from briefwriter.render.labels import babel_locale_name, labels_for
from briefwriter.render.markdown import markdown_to_html
from briefwriter.render.safety import apply_safety
from briefwriter.render.templates import TemplatePack

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
DEFAULT_ACCENT = "#1d5c8c"
NO_BRAND: dict[str, Any] = {"name": "", "footer": "", "logo": "", "has_kit": False}
# Each list: the bundled Latin/Greek/Cyrillic face, bundled Arabic, then Simplified Chinese
# from fonts-noto-cjk (installed by scripts/system-deps.sh; named as fontconfig knows it, see
# resources/fonts/README.md for why it is not an @font-face of base.css).
FONT_FAMILIES = {
    "sans": '"BriefWriter Sans", "BriefWriter Arabic", "Noto Sans CJK SC", sans-serif',
    "serif": '"BriefWriter Serif", "BriefWriter Arabic", "Noto Serif CJK SC", serif',
}
GCM_TEXT_LANG = "en"  # the bundled GCM text is the English resolution
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class _Footnotes:
    """Numbers footnotes across the document, in the order of the context's fields.

    A field whose footnotes or tables pass the limits of ``core.markdown_limits`` is printed
    plainer (``markdown_to_html`` sees to that), and the warning names the field and line.
    """

    def __init__(self, warnings: list[str]) -> None:
        self.next = 1
        self.warnings = warnings

    def html(self, text: str, path: FieldPath) -> Markup:
        problem = markdown_problem(text, path)
        if problem is not None:
            self.warnings.append(problem.message)
        html, self.next = markdown_to_html(text, footnote_start=self.next)
        return html

    def take(self) -> int:
        number = self.next
        self.next += 1
        return number


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(babel_locale_name(lang))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_GB")


def text_direction(lang: str) -> str:
    return "rtl" if base_language(lang) in RTL_LANGUAGES else "ltr"


def format_brief_date(value: str, lang: str) -> str:
    """"2026-05-05" -> "5 May 2026", "2026-05" -> "May 2026" in ``lang``; other text as is."""
    text = value.strip()
    locale = _locale(lang)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return str(format_date(date.fromisoformat(text), "long", locale=locale))
        if re.fullmatch(r"\d{4}-\d{2}", text):
            day = date(int(text[:4]), int(text[5:]), 1)
            return str(format_skeleton("yMMMM", day, locale=locale))
    except ValueError:
        pass
    return text


def accent_colours(value: str) -> tuple[str, str]:
    """The accent (``#rrggbb``, default when invalid) and a pale tint of it."""
    accent = value.strip().lower() if _HEX_COLOUR.match(value.strip()) else DEFAULT_ACCENT
    rgb = [int(accent[i : i + 2], 16) for i in (1, 3, 5)]
    light = "".join(f"{round(c + (255 - c) * 0.88):02x}" for c in rgb)
    return accent, f"#{light}"


def logo_data_url(logo: str, brief_dir: Path | None,
                  path: FieldPath = LOGO_FIELD) -> tuple[str, str | None]:
    """The logo at ``path`` (the organisation's or a co-signatory's) as a ``data:`` URL, or
    ``("", reason)`` when it cannot be used.

    ``core.logo`` decides, as it does for the checks and the logo picker; the reason names the
    brief's field and the file, so the person knows what to fix.
    """
    try:
        image = load_logo(logo, brief_dir)
    except LogoRefused as refused:
        where = f"{format_path(path)} ({quoted(logo.strip())})"
        return "", f"{where}: the logo is left out. {refused}"
    return (image.data_url() if image else ""), None


# --------------------------------------------------------------------------------------
# GCM items
# --------------------------------------------------------------------------------------


def _wording(gcm: Gcm, verified: bool) -> dict[str, str]:
    """The language and direction of an item's wording.

    An imported edition in another language gives the items it found their official wording
    (and marks them verified); an item it did not find keeps the English wording, unverified.
    """
    lang = gcm.language if gcm.language == GCM_TEXT_LANG or verified else GCM_TEXT_LANG
    return {"text_lang": lang, "text_dir": text_direction(lang)}


def principle_data(item: Principle, gcm: Gcm) -> dict[str, Any]:
    return {
        "kind": "principle", "letter": item.letter, "name": item.name, "text": item.text,
        "ref": item.ref, "citation": gcm.cite(item), "verified": item.verified,
        "verification": item.verification, **_wording(gcm, item.verified),
    }


def objective_data(item: Objective, gcm: Gcm) -> dict[str, Any]:
    commitment = _wording(gcm, item.commitment_verified)
    return {
        "kind": "objective", "number": item.number, "paragraph": item.paragraph,
        "title": item.title, "short_label": item.short_label, "commitment": item.commitment,
        "ref": item.ref, "citation": gcm.cite(item), "title_verified": item.title_verified,
        "commitment_verified": item.commitment_verified, "verified": item.verified,
        **_wording(gcm, item.title_verified),
        "commitment_lang": commitment["text_lang"], "commitment_dir": commitment["text_dir"],
    }


def action_data(item: Action, gcm: Gcm) -> dict[str, Any]:
    return {
        "kind": "action", "objective_number": item.objective,
        "objective_title": gcm.objective(item.objective).title, "paragraph": item.paragraph,
        "letter": item.letter, "text": item.text, "ref": item.ref, "citation": gcm.cite(item),
        "verified": item.verified, "verification": item.verification,
        **_wording(gcm, item.verified),
    }


def paragraph_data(item: Paragraph | SubItem, gcm: Gcm, not_included: str) -> dict[str, Any]:
    """A cited paragraph outside the principles and objectives, or one of its sub-items.

    Only complete wording is given as ``text``: partial or unknown text is never printed as if
    it were the paragraph, and ``notice`` ("Text not included: see A/RES/73/195, para 49", in
    the brief's language) says so instead.
    """
    included = item.status in ("verified", "unverified")
    part = gcm.part_of(item.paragraph)
    citation = gcm.cite(item)
    reference = f"{gcm.source.symbol}, {citation.removeprefix('GCM ')}"
    return {
        "kind": "paragraph", "paragraph": item.paragraph,
        "sub_item": "".join(f"({label})" for label in getattr(item, "labels", ())),
        "ref": item.ref, "citation": citation,
        "part": part.id if part else "", "part_title": part.title if part else "",
        "text": item.full_text if included else "", "text_included": included,
        "status": item.status, "verified": item.verified, "source": item.source,
        "see_reference": reference, "notice": "" if included else f"{not_included} {reference}",
        **_wording(gcm, item.verified),
    }  # fmt: skip


def _resolve_links(
    priority: Priority, number: int, gcm: Gcm, warnings: list[str]
) -> tuple[list[Principle], list[Objective], list[Action], list[Paragraph | SubItem]]:
    principles: list[Principle] = []
    objectives: list[Objective] = []
    actions: list[Action] = []
    paragraphs: list[Paragraph | SubItem] = []

    def note(ref: object, exc: GcmReferenceError) -> None:
        warnings.append(f"Priority {number}: '{ref}' is left out: {exc.reason}")

    for letter in priority.gcm.principles:
        try:
            principles.append(gcm.principle(str(letter)))
        except GcmReferenceError as exc:
            note(letter, exc)
    for objective in priority.gcm.objectives:
        try:
            objectives.append(gcm.objective(int(objective)))
        except (GcmReferenceError, ValueError, TypeError) as exc:
            if isinstance(exc, GcmReferenceError):
                note(objective, exc)
            else:
                warnings.append(f"Priority {number}: '{objective}' is not an objective number")
    for ref in priority.gcm.actions:
        try:
            item = gcm.lookup(str(ref))
        except GcmReferenceError as exc:
            note(ref, exc)
            continue
        if isinstance(item, Action):
            actions.append(item)
        elif isinstance(item, Paragraph | SubItem):
            paragraphs.append(item)
        else:
            warnings.append(f"Priority {number}: '{ref}' is not a lettered action; left out")
    return _unique(principles), _unique(objectives), _unique(actions), _unique(paragraphs)


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def _gcm_union(
    principles: list[Principle], objectives: list[Objective], actions: list[Action], gcm: Gcm,
    mark_unverified: bool, paragraphs: list[Paragraph | SubItem], not_included: str,
    quoted_in_english: bool,
) -> dict[str, Any]:
    order = {id(item): i for i, item in enumerate(gcm.items())}
    principles = sorted(set(principles), key=lambda p: order[id(p)])
    actions = sorted(set(actions), key=lambda a: order[id(a)])
    paragraphs = sorted(set(paragraphs), key=lambda p: order[id(p)])
    parents = {gcm.objective(a.objective) for a in actions}
    all_objectives = sorted(set(objectives) | parents, key=lambda o: order[id(o)])
    objective_list = []
    for objective in all_objectives:
        data = objective_data(objective, gcm)
        data["linked_actions"] = [
            action_data(a, gcm) for a in actions if a.objective == objective.number
        ]
        objective_list.append(data)
    unverified = (
        sum(not p.verified for p in principles)
        + sum(not o.verified for o in all_objectives)
        + sum(not a.verified for a in actions)
        + sum(p.status == "unverified" for p in paragraphs)  # only wording that is quoted
    )
    return {
        **_wording(gcm, True),
        "quoted_in_english": quoted_in_english,
        "principles": [principle_data(p, gcm) for p in principles],
        "objectives": objective_list,
        "actions": [action_data(a, gcm) for a in actions],
        "paragraphs": [paragraph_data(p, gcm, not_included) for p in paragraphs],
        "unverified_count": unverified,
        "any_unverified": unverified > 0,
        "source_citation": gcm.source.citation,
        "symbol": gcm.source.symbol,
        "mark_unverified": mark_unverified,
    }


# --------------------------------------------------------------------------------------
# The context
# --------------------------------------------------------------------------------------


def _evidence(items: list[Evidence], notes: _Footnotes, path: FieldPath) -> list[dict[str, Any]]:
    out = []
    for j, ev in enumerate(items):
        text_html = notes.html(ev.text, (*path, j, "text"))
        # The template prints the source as a footnote right after the text.
        number = notes.take() if (ev.source.strip() or ev.url.strip()) else 0
        out.append({"number": number, "text_html": text_html, "source": ev.source.strip(),
                    "url": ev.url.strip()})
    return out


def _catalogue_entry(cats: Catalogues, kind: CatalogueKind, value: str, lang: str) -> tuple[
    str, str, bool
]:
    """(label, help, custom) for a field holding a catalogue id or the person's own words."""
    item = cats.get(kind, value)
    if item is None:
        return value.strip(), "", True
    return item.label(lang), item.help(lang), False


# The label that names each fixed part when the organisation gave no heading of its own.
_HEADING_LABELS = {"asks": "aims_and_asks"}


def _headings(brief: Brief, labels: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """(the heading to print for each fixed part, the organisation's own or "")."""
    own = {part: " ".join(str(getattr(brief.headings, part)).split()) for part in HEADED_PARTS}
    shown = {part: own[part] or labels[_HEADING_LABELS.get(part, part)] for part in HEADED_PARTS}
    return shown, own


class _Sections:
    """The organisation's own sections, made into HTML place by place.

    ``add(place)`` is called as the context reaches each place in reading order, so that the
    footnotes of a section are numbered where the section is printed.
    """

    def __init__(self, brief: Brief, notes: _Footnotes) -> None:
        self.notes = notes
        self.pending: dict[str, list[int]] = {place: [] for place in SECTION_PLACES}
        for i, section in enumerate(brief.sections):
            if not (section.heading.strip() or section.body.strip()):
                continue  # an empty section prints nothing, not an empty heading
            # The file format allows only the known places; a hand-made job might not.
            place = section.after if section.after in self.pending else "end"
            self.pending[place].append(i)
        self.brief = brief
        self.after: dict[str, list[dict[str, Any]]] = {place: [] for place in SECTION_PLACES}
        self.all: list[dict[str, Any]] = []

    def add(self, *places: str) -> None:
        for place in places:
            for i in self.pending[place]:
                section = self.brief.sections[i]
                heading = " ".join(section.heading.split())
                item = {
                    "heading": heading, "after": place, "number": i + 1,
                    "anchor": f"section-{i + 1}",
                    "html": self.notes.html(section.body, ("sections", i, "body")),
                }
                self.after[place].append(item)
                self.all.append(item)


def published_display(value: str, lang: str) -> str:
    """The publication date in ``lang`` ("5 May 2026", "5 mai 2026"); "" when not given."""
    return format_brief_date(value, lang) if value.strip() else ""


def _statement(brief: Brief, lang: str, notes: _Footnotes,
               warnings: list[str] | None) -> dict[str, Any]:
    """The statement: the brief's own words as they are, or the one ``core.statement`` composes.

    What the composer has to say (another language, parts left out for time) goes to
    ``warnings`` when given (templates that print the statement).
    """
    text = brief.statement.text
    composed = not text.strip()
    if composed:
        draft = compose_statement(brief, lang)
        text = draft.markdown
        if warnings is not None:
            warnings += [note.render() for note in draft.notes]
    words = core_text.word_count(text)
    seconds = core_text.speaking_seconds(words)
    limit = max(0, int(brief.statement.time_limit_seconds or 0))
    return {
        "text_html": notes.html(text, ("statement", "text")), "composed": composed,
        "speaker": brief.statement.speaker.strip(), "words": words, "seconds": seconds,
        "time_display": core_text.format_duration(seconds), "time_limit_seconds": limit,
        "time_limit_display": core_text.format_duration(limit) if limit else "",
        "over_limit": bool(limit) and seconds > limit,
    }


def _recommendations(brief: Brief, notes: _Footnotes) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for i, rec in enumerate(brief.recommendations):
        addressee = " ".join(rec.addressee.split())
        key = addressee.casefold()
        if key not in groups:
            groups[key] = {"addressee": addressee, "items": []}
        if rec.text.strip():
            groups[key]["items"].append(notes.html(rec.text, ("recommendations", i, "text")))
    return [g for g in groups.values() if g["items"]]


def build_context(
    brief: Brief,
    *,
    brief_dir: Path | None,
    pack: TemplatePack,
    today: date | None = None,
    warnings: list[str] | None = None,
    brand: BrandStyle | None = None,
) -> dict[str, Any]:
    """The template context for ``brief``; problems met on the way go to ``warnings``.

    ``brand`` is the organisation's brand kit: it fills the look fields the brief left at
    their defaults and the logo when the organisation has none (``render.brand_style``).
    """
    warnings = warnings if warnings is not None else []
    lang = brief.language.strip() or "en"
    gcm = load_gcm(lang)
    cats = load_catalogues()
    notes = _Footnotes(warnings)
    labels = labels_for(lang)
    sections = _Sections(brief, notes)
    sections.add("")
    summary_html = notes.html(brief.summary, ("summary",))
    sections.add("summary")
    # "Since the last review" is printed after the summary and before the priorities.
    follow_up = review.follow_up(brief, notes.html, labels)

    all_principles: list[Principle] = []
    all_objectives: list[Objective] = []
    all_actions: list[Action] = []
    all_paragraphs: list[Paragraph | SubItem] = []
    not_included = labels_for(lang)["gcm_text_not_included"]
    priorities = []
    for number, priority in enumerate(brief.priorities, start=1):
        principles, objectives, actions, paragraphs = _resolve_links(priority, number, gcm,
                                                                     warnings)
        all_principles += principles
        all_objectives += objectives
        all_actions += actions
        all_paragraphs += paragraphs
        description_html = notes.html(priority.description,
                                      ("priorities", number - 1, "description"))
        priorities.append({
            "number": number, "anchor": f"priority-{number}", "title": priority.title.strip(),
            "description_html": description_html,
            "principles": [principle_data(p, gcm) for p in principles],
            "objectives": [objective_data(o, gcm) for o in objectives],
            "actions": [action_data(a, gcm) for a in actions],
            "paragraphs": [paragraph_data(p, gcm, not_included) for p in paragraphs],
            "evidence": _evidence(priority.evidence, notes,
                                  ("priorities", number - 1, "evidence")),
            "has_gcm_links": bool(principles or objectives or actions or paragraphs),
        })
    sections.add("priorities")

    aims = []
    for aim in brief.aims:
        label, _help, custom = _catalogue_entry(cats, "aims", aim.aim, lang)
        ask = aim.ask
        aims.append({
            # The catalogue's help guides the author in the app; it is never text for the
            # paper's readers, so templates get none ("help" stays for older templates).
            "label": label, "help": "", "custom": custom,
            "ask": {"who": ask.who.strip(), "what": ask.what.strip(),
                    "by_when": ask.by_when.strip(), "complete": ask.is_complete()},
        })
    sections.add("asks")
    key_messages = [notes.html(m, ("key_messages", i))
                    for i, m in enumerate(brief.key_messages) if m.strip()]
    sections.add("key_messages")
    recommendations = _recommendations(brief, notes)
    sections.add("recommendations")
    pledges = review.pledges(brief, notes.html, gcm)
    sections.add("pledges", "cosignatories", "end")
    headings, own_headings = _headings(brief, labels)

    org = brief.organisation
    description_html = notes.html(org.description, ("organisation", "description"))
    logo, logo_problem = logo_data_url(org.logo, brief_dir)
    if logo_problem:
        warnings.append(logo_problem)
    if brand is not None and not org.logo.strip():
        logo = brand.logo_data_url()
    name, acronym = org.name.strip(), org.acronym.strip()
    contact = org.contact

    occasion = brief.occasion
    process_label, _help, custom_process = _catalogue_entry(cats, "processes", occasion.process,
                                                            lang)
    date_display = format_brief_date(occasion.date, lang)
    line_parts = [process_label, occasion.place.strip(), date_display]
    look = brand.effective_look(brief.template.look) if brand else brief.template.look
    accent, accent_light = accent_colours(look.accent_colour)
    font = look.font if look.font in FONT_FAMILIES else "sans"
    font_family = brand.body_family(look, FONT_FAMILIES[font]) if brand else FONT_FAMILIES[font]
    day = today or date.today()

    context: dict[str, Any] = {
        "brief": {
            "title": brief.title.strip(), "subtitle": brief.subtitle.strip(), "language": lang,
            "dir": text_direction(lang), "summary_html": summary_html,
            "published": brief.published.strip(),
            "published_display": published_display(brief.published, lang),
        },
        "sections": sections.all,
        "sections_after": sections.after,
        "headings": headings,
        "own_headings": own_headings,
        "org": {
            "name": name, "acronym": acronym,
            "display_name": f"{name} ({acronym})" if name and acronym else name or acronym,
            "description_html": description_html, "country": org.country.strip(),
            "migrant_led": bool(org.migrant_led),
            "contact": {k: getattr(contact, k).strip()
                        for k in ("name", "email", "phone", "website", "address")},
            "logo": logo,
        },
        "occasion": {
            "process_id": "" if custom_process else occasion.process.strip(),
            "process_label": process_label, "event": occasion.event.strip(),
            "date": occasion.date.strip(), "date_display": date_display,
            "place": occasion.place.strip(), "line": " · ".join(p for p in line_parts if p),
        },
        "audiences": [
            label for label in (cats.label_for("audiences", a, lang) for a in brief.audience)
            if label
        ],
        "priorities": priorities,
        "aims": aims,
        "key_messages": key_messages,
        "recommendations": recommendations,
        "pledges": pledges,
        "cosignatories": review.cosignatories(brief, brief_dir, logo_data_url, warnings),
        "follow_up": follow_up,
        "history": review.history(
            brief, lambda process: _catalogue_entry(cats, "processes", process, lang)[0],
            lambda value: format_brief_date(value, lang)),
        "safety": review.safety(brief),
        "statement": _statement(brief, lang, notes,
                                warnings if pack.kind == "statement" else None),
        "gcm": _gcm_union(all_principles, all_objectives, all_actions, gcm,
                          bool(look.mark_unverified), all_paragraphs, not_included,
                          quoted_in_english=gcm.language != base_language(lang)),
        "look": {
            "accent": accent, "accent_light": accent_light, "font": font,
            "font_family": font_family,
            "paper": look.paper if look.paper in ("A4", "Letter") else "A4",
        },
        "labels": labels,
        "brand": brand.context() if brand else NO_BRAND,
        "meta": {
            "generator": f"BriefWriter {__version__}", "template_name": pack.name,
            "template_title": pack.title, "generated_on": format_brief_date(day.isoformat(), lang),
            "context_version": CONTEXT_VERSION,
        },
    }
    apply_safety(context, brief)
    return context
