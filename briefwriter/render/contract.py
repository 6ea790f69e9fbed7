"""The data contract: every name a template receives, its type and what it means, in one place.

``render.context.build_context`` must produce exactly this (a test checks every example
brief against ``contract_schema()``); template lint checks the names a template uses against
it; the JSON Schema in ``resources/context.schema.json`` and the reference in
``docs/template-authoring.md`` are generated from it (``scripts/build_context_schema.py``).
Raise ``CONTEXT_VERSION`` when a name is removed or changes its meaning.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from briefwriter.core.model import PARTS, SECTION_PLACES
from briefwriter.render.labels import LABEL_KEYS

CONTEXT_VERSION = 2
"""The version of the context templates receive (``meta.context_version``)."""

Kind = Literal["string", "html", "bool", "int", "list", "object", "mapping"]


@dataclass(frozen=True)
class Field:
    """One value in the context.

    ``kind`` "html" is a string of safe HTML (Markup) printed as it is; "list" has ``item``;
    "mapping" has string keys (``keys`` lists them when they are known) and ``item`` values;
    "object" has ``fields``.  ``optional`` fields may be missing from a context.
    """

    kind: Kind
    description: str
    item: Field | None = None
    fields: Mapping[str, Field] = field(default_factory=dict)
    keys: tuple[str, ...] = ()
    optional: bool = False


# Short constructors keep the table below readable.


def text(description: str) -> Field:
    return Field("string", description)


def html(description: str) -> Field:
    return Field("html", description)


def flag(description: str) -> Field:
    return Field("bool", description)


def integer(description: str) -> Field:
    return Field("int", description)


def list_of(item: Field, description: str) -> Field:
    return Field("list", description, item=item)


def obj(description: str, **fields: Field) -> Field:
    return Field("object", description, fields=fields)


def optional(spec: Field) -> Field:
    """``spec`` as a field a context may leave out."""
    return replace(spec, optional=True)


def mapping_of(item: Field, description: str, keys: tuple[str, ...] = ()) -> Field:
    return Field("mapping", description, item=item, keys=keys)


# --------------------------------------------------------------------------------------
# The GCM items (shared by the priorities and the union in ``gcm``)
# --------------------------------------------------------------------------------------

_TEXT_LANG = text('the language of the wording: "en" (the English resolution), or the language '
                  "of an official edition the user imported when it gave this item's wording")
_TEXT_DIR = text('"ltr" or "rtl": the direction of that language')
_WORDING = {"text_lang": _TEXT_LANG, "text_dir": _TEXT_DIR}

PRINCIPLE = obj(
    "a guiding principle of the GCM",
    kind=text('"principle"'), letter=text('its letter ("f")'), name=text("its name"),
    text=text("its wording"), ref=text('its reference ("15(f)")'),
    citation=text('its citation as the edition in use writes it ("GCM para 15(f)", '
                  '"PMM, par. 15 f)")'), verified=flag("wording checked"),
    verification=text("full, partial or none"), **_WORDING,
)

_OBJECTIVE_FIELDS: dict[str, Field] = dict(
    kind=text('"objective"'), number=integer("1 to 23"),
    paragraph=integer("its paragraph (29 for 13)"),
    title=text("its title"), short_label=text("a short label"), commitment=text("its commitment"),
    ref=text('its reference ("13")'), citation=text('"GCM objective 13 (para 29)"'),
    title_verified=flag("title checked"), commitment_verified=flag("commitment checked"),
    verified=flag("title and commitment both checked"), **_WORDING,
    commitment_lang=text("the language of the commitment's wording (see text_lang)"),
    commitment_dir=text('"ltr" or "rtl": the direction of the commitment'),
)
OBJECTIVE = obj("an objective of the GCM", **_OBJECTIVE_FIELDS)

ACTION = obj(
    "a lettered action under an objective",
    kind=text('"action"'), objective_number=integer("its objective's number"),
    objective_title=text("its objective's title"), paragraph=integer("its paragraph"),
    letter=text('its letter ("c")'), text=text("its wording"), ref=text('its reference ("29(c)")'),
    citation=text('"GCM para 29(c)"'), verified=flag("wording checked"),
    verification=text("full, partial or none"), **_WORDING,
)

PARAGRAPH = obj(
    "a cited paragraph outside the principles and objectives, or one of its sub-items",
    kind=text('"paragraph"'), paragraph=integer("its number (49)"),
    sub_item=text('"", "(c)" or "(b)(ii)"'), ref=text('"para 49" or "49(c)"'),
    citation=text('"GCM para 49(c)"'), part=text('the part it is in ("follow_up")'),
    part_title=text('that part\'s title ("Follow-up and review")'),
    text=text('its whole wording, or "" when it is not included'),
    text_included=flag("the wording is given"),
    status=text("verified, unverified, partial or unknown"), verified=flag("wording checked"),
    source=text("where the wording comes from"),
    see_reference=text('"A/RES/73/195, para 49"'),
    notice=text('"" or "Text not included: see ..." in the brief\'s language'),
    **_WORDING,
)

EVIDENCE = obj(
    "a piece of evidence",
    number=integer("its footnote number across the document; 0 when it has no source or link"),
    text_html=html("the evidence"), source=text("its source"), url=text("a link to it"),
)

SECTION = obj(
    "one of the organisation's own sections",
    heading=text("its heading (may be empty)"), html=html("its body (headings from h3)"),
    after=text("the place it follows"), number=integer("its position in the brief's list, from 1"),
    anchor=text('"section-1", for links'),
)

HEADED_PARTS = (*PARTS, "follow_up")
"""The parts with a heading the organisation may replace (``headings``, ``own_headings``)."""
_HEADING_KEYS = {part: text(f"the heading of {part}") for part in HEADED_PARTS}

CONTACT = obj("how to reach it", name=text("a person"), email=text("an email address"),
              phone=text("a telephone number"), website=text("a web address"),
              address=text("a postal address"))

PLEDGE = obj(
    "a pledge",
    action_html=html("what will be done"), who=text("who does it (a unit, a partner)"),
    objectives=list_of(obj("a GCM objective", number=integer("1 to 23"),
                           title=text("its title")),
                       "the GCM objectives it serves"),
    indicator=text("how progress is measured"), baseline=text("where things stand now"),
    target=text("the measurable target"),
    deadline=text('when it will be done, as written ("2027-12", "by the end of 2027")'),
    resources=text("money, staff and partners committed"),
    text_html=html("the same as action_html (kept for templates written for context 1)"),
    by_when=text("the same as deadline (kept for templates written for context 1)"),
)

# --------------------------------------------------------------------------------------
# The context
# --------------------------------------------------------------------------------------

CONTEXT = obj(
    "what a template receives",
    brief=obj(
        "the brief itself",
        title=text("the title"), subtitle=text("the subtitle"),
        language=text('the output language (BCP 47: "en", "ar")'), dir=text('"ltr" or "rtl"'),
        summary_html=html("the summary"),
        published=text("the publication date as written (YYYY-MM-DD) or empty"),
        published_display=text('that date in the paper\'s language ("15 March 2022")'),
    ),
    sections=list_of(SECTION, "the organisation's own sections in reading order"),
    sections_after=mapping_of(list_of(SECTION, "the sections after that place"),
                     'the sections after each place ("" before every part, "end" last)',
                     keys=SECTION_PLACES),
    headings=obj("the heading to print for each fixed part", **_HEADING_KEYS),
    own_headings=obj("the organisation's own heading for each fixed part, or empty",
                   **_HEADING_KEYS),
    org=obj(
        "the organisation",
        name=text("its name"), acronym=text("its acronym"),
        display_name=text('"Name (ACR)"'), description_html=html("its description"),
        country=text("its country"), migrant_led=flag("a migrant-led organisation"),
        contact=CONTACT,
        logo=text("the logo as a data: URL, or empty"),
    ),
    occasion=obj(
        "where and when the brief is used",
        process_id=text("the catalogue id of the process, or empty"),
        process_label=text("the process in the output language"), event=text("the event"),
        date=text("the date as written"), date_display=text('the date formatted ("5 May 2026")'),
        place=text("the place"), line=text("one line joining the known parts"),
    ),
    audiences=list_of(text("an audience"), "the audiences, as labels"),
    priorities=list_of(
        obj(
            "a priority",
            number=integer("its number, from 1"), anchor=text('"priority-1", for links'),
            title=text("its title"), description_html=html("its description"),
            principles=list_of(PRINCIPLE, "the principles it links"),
            objectives=list_of(OBJECTIVE, "the objectives it links"),
            actions=list_of(ACTION, "the actions it links"),
            paragraphs=list_of(PARAGRAPH, "the other paragraphs it cites"),
            evidence=list_of(EVIDENCE, "its evidence"),
            has_gcm_links=flag("it links anything in the GCM"),
        ),
        "the priorities in the author's order",
    ),
    aims=list_of(
        obj(
            "an engagement aim",
            label=text("the aim in the output language, or the author's words"),
            help=text("always empty (kept for older templates)"),
            custom=flag("the author's own words"),
            ask=obj("the ask", who=text("who is asked"), what=text("what is asked"),
                  by_when=text("by when"), complete=flag("who, what and by when are all given")),
        ),
        "the engagement aims and their asks",
    ),
    key_messages=list_of(html("a key message"), "the key messages"),
    recommendations=list_of(
        obj("the recommendations to one addressee", addressee=text("who they are for"),
          items=list_of(html("a recommendation"), 'the recommendations (use group["items"])')),
        "the recommendations grouped by addressee",
    ),
    pledges=list_of(PLEDGE, "the organisation's pledges"),
    cosignatories=list_of(
        obj("a co-signatory", name=text("its name"),
            kind=text('"organisation" or "individual"'), country=text("its country"),
            contact=CONTACT, logo=text("its logo as a data: URL, or empty")),
        "the co-signatories (those with a name)"),
    follow_up=list_of(
        obj("one earlier ask or pledge",
            kind=text('"ask" or "pledge"'), text_html=html("what was asked or pledged"),
            who=text("who was to act"), by_when=text("by when"),
            status=text('"met", "partly", "not-met" or "unknown"'),
            status_label=text("the status in the output language"),
            evidence_html=html("what happened, with sources")),
        "what became of the last review's asks and pledges (printed after the summary, "
        "before the priorities: footnotes are numbered in that order)"),
    history=list_of(
        obj("an earlier review cycle",
            title=text("the title of the paper then"),
            process=text("the process in the output language, or the author's words"),
            event=text("the event"), date=text("the date as written"),
            date_display=text("the date formatted"),
            published=text("the publication date as written (YYYY-MM-DD) or empty"),
            published_display=text("that date formatted")),
        "the earlier review cycles this brief continues, oldest first"),
    safety=obj("safety mode", enabled=flag("the author turned safety mode on")),
    statement=obj(
        "the oral statement",
        text_html=html("the statement (composed from the key messages and asks when empty)"),
        composed=flag("the statement was composed"), speaker=text("who speaks"),
        words=integer("its length in words"),
        seconds=integer("its speaking time at 130 words a minute"),
        time_display=text('the speaking time ("1:32")'),
        time_limit_seconds=integer("the time limit (0 = none)"),
        time_limit_display=text("the time limit, or empty"),
        over_limit=flag("longer than the time limit"),
    ),
    gcm=obj(
        "everything the brief links, each item once, in the order of the resolution",
        text_lang=text('the language of the GCM text in use: "en", or the brief\'s language '
                       "when the user imported that official edition"),
        text_dir=text('"ltr" or "rtl": its direction'),
        quoted_in_english=flag("the brief is in another language than the GCM text it quotes "
                               "(print labels.gcm_quoted_in_english)"),
        principles=list_of(PRINCIPLE, "the principles"),
        objectives=list_of(obj("an objective with the actions linked under it",
                       linked_actions=list_of(ACTION, "the linked actions of this objective"),
                       **_OBJECTIVE_FIELDS),
                     "the linked objectives and those of linked actions"),
        actions=list_of(ACTION, "the actions"),
        paragraphs=list_of(PARAGRAPH, "the other paragraphs"),
        unverified_count=integer("items whose quoted wording is not verified"),
        any_unverified=flag("unverified_count is not 0"),
        source_citation=text("the resolution"), symbol=text('"A/RES/73/195"'),
        mark_unverified=flag("the author wants unverified wording flagged"),
    ),
    look=obj(
        "the look the author chose",
        accent=text('the accent colour ("#rrggbb")'), accent_light=text("a pale tint of it"),
        font=text('"sans" or "serif"'), font_family=text("a CSS font-family list of bundled fonts"),
        paper=text('"A4" or "Letter"'),
    ),
    labels=obj("headings and fixed phrases in the output language",
             **{key: text(f"the label '{key}'") for key in LABEL_KEYS}),
    brand=optional(obj(
        "the organisation's brand kit",
        name=text("the brand's name"), footer=text("the footer line"),
        logo=text("the brand logo as a data: URL, or empty"), has_kit=flag("a brand kit is set"),
    )),
    meta=obj(
        "about this render",
        generator=text('"BriefWriter 0.1.0"'), template_name=text("the template's name"),
        template_title=text("the template's title"),
        generated_on=text("today, in the output language"),
        context_version=integer(f"the version of this contract ({CONTEXT_VERSION})"),
    ),
)

# --------------------------------------------------------------------------------------
# Derived: the JSON Schema and a flat reference
# --------------------------------------------------------------------------------------

def _schema(spec: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"description": spec.description}
    if spec.kind in ("string", "html"):
        out["type"] = "string"
        if spec.kind == "html":
            out["contentMediaType"] = "text/html"
    elif spec.kind == "bool":
        out["type"] = "boolean"
    elif spec.kind == "int":
        out["type"] = "integer"
    elif spec.kind == "list":
        assert spec.item is not None
        out["type"] = "array"
        out["items"] = _schema(spec.item)
    elif spec.kind == "mapping":
        assert spec.item is not None
        out["type"] = "object"
        out["additionalProperties"] = _schema(spec.item)
        if spec.keys:
            out["propertyNames"] = {"enum": list(spec.keys)}
    else:
        out["type"] = "object"
        out["properties"] = {name: _schema(sub) for name, sub in spec.fields.items()}
        out["required"] = [name for name, sub in spec.fields.items() if not sub.optional]
        out["additionalProperties"] = False
    return out


def contract_schema() -> dict[str, Any]:
    """The JSON Schema of the context (``resources/context.schema.json`` is this)."""
    schema = _schema(CONTEXT)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"BriefWriter template context, version {CONTEXT_VERSION}",
        **schema,
    }


def walk(spec: Field = CONTEXT, path: str = "") -> Iterator[tuple[str, Field]]:
    """Every field with its path (``priorities[].evidence[].source``), depth first."""
    if spec.kind == "object":
        for name, sub in spec.fields.items():
            sub_path = f"{path}.{name}" if path else name
            yield sub_path, sub
            yield from walk(sub, sub_path)
    elif spec.kind == "list" and spec.item is not None:
        yield from walk(spec.item, f"{path}[]")
    elif spec.kind == "mapping" and spec.item is not None:
        yield from walk(spec.item, f"{path}[key]")


def type_name(spec: Field) -> str:
    """``"list of object"``, ``"html"``, ``"mapping of list"``: the type in words."""
    if spec.kind == "list" and spec.item is not None:
        return f"list of {type_name(spec.item)}"
    if spec.kind == "mapping" and spec.item is not None:
        return f"mapping of {type_name(spec.item)}"
    return spec.kind


def reference_markdown() -> str:
    """The reference table of ``docs/template-authoring.md``, made from the contract."""
    lines = [f"Context version {CONTEXT_VERSION} (`meta.context_version`).", "",
             "| name | type | what it is |", "|---|---|---|"]
    for path, spec in walk():
        optional = " (may be missing)" if spec.optional else ""
        description = spec.description.replace("|", "\\|")
        lines.append(f"| `{path}` | {type_name(spec)} | {description}{optional} |")
    return "\n".join(lines) + "\n"


DOC_BEGIN = "<!-- context reference: generated from briefwriter/render/contract.py -->"
DOC_END = "<!-- end of context reference -->"


def schema_json() -> str:
    """The text of ``resources/context.schema.json``."""
    return json.dumps(contract_schema(), indent=2, ensure_ascii=False) + "\n"


def with_reference(doc: str) -> str:
    """``doc`` with the text between its reference markers replaced by ``reference_markdown``
    (``ValueError`` when the markers are missing)."""
    start, end = doc.find(DOC_BEGIN), doc.find(DOC_END)
    if start < 0 or end < start:
        raise ValueError(f"the markers {DOC_BEGIN!r} and {DOC_END!r} are missing")
    head = doc[: start + len(DOC_BEGIN)]
    return f"{head}\n{reference_markdown()}{doc[end:]}"
