"""The Review's remarks about a brief's links to the Global Compact: each linked reference
resolved (a mistyped or wrongly placed one named with its field), wording not yet verified
against the final text, paragraphs whose text BriefWriter does not hold, and a brief in a
language whose official GCM edition is not the one quoted.  ``core.checks.check_brief``
calls these in the order of the brief.
"""

from __future__ import annotations

from briefwriter.core.check_text import priority_name as _priority_name
from briefwriter.core.check_text import problem as _problem
from briefwriter.core.check_text import warning as _warning
from briefwriter.core.errors import GcmReferenceError, Problem
from briefwriter.core.gcm import Gcm, GcmItem, base_language
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg
from briefwriter.core.logo import quoted
from briefwriter.core.model import Brief, FieldPath, Priority

_KIND_NAMES = {
    "principle": QT_TRANSLATE_NOOP("Checks", "a guiding principle"),
    "objective": QT_TRANSLATE_NOOP("Checks", "an objective"),
    "action": QT_TRANSLATE_NOOP("Checks", "an action"),
}
# The kinds each list may hold: ``actions`` holds paragraph citations, of actions and of the
# paragraphs outside the principles and objectives ("para 49", "43(b)(ii)").
_LIST_KINDS = {"principle": ("principle",), "objective": ("objective",),
               "action": ("action", "paragraph", "subitem")}


def linked_items(
    index: int, priority: Priority, gcm: Gcm, problems: list[Problem]
) -> list[GcmItem]:
    """The GCM items a priority links; a reference that names nothing becomes a problem."""
    name = _priority_name(index, priority)
    base: FieldPath = ("priorities", index, "gcm")
    wanted: list[tuple[FieldPath, str, str, str]] = []  # path, shown, lookup text, kind
    for j, letter in enumerate(priority.gcm.principles):
        shown = f"principle {letter}"
        wanted.append(((*base, "principles", j), shown, shown, "principle"))
    for j, number in enumerate(priority.gcm.objectives):
        shown = f"objective {number}"
        wanted.append(((*base, "objectives", j), shown, shown, "objective"))
    for j, ref in enumerate(priority.gcm.actions):
        wanted.append(((*base, "actions", j), str(ref), str(ref), "action"))
    items: list[GcmItem] = []
    for path, shown, text, kind in wanted:
        reason: Msg | str
        try:
            item = gcm.lookup(text)
        except GcmReferenceError as exc:
            reason = exc.reason
        else:
            if item.kind in _LIST_KINDS[kind]:
                items.append(item)
                continue
            reason = Msg.of(
                QT_TRANSLATE_NOOP("Checks", "it names {citation}, which is not {kind}"),
                citation=item.citation,
                kind=Msg(_KIND_NAMES[kind]),
            )
        problems.append(
            _warning(
                "unknown-gcm-reference",
                path,
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "{name} links to {ref}, which is not in the GCM: {reason}. Remove it, or "
                    "pick the right item in the “Link to the GCM” step.",
                ),
                name=name,
                ref=quoted(shown),
                reason=reason,
            )
        )
    return items


def unverified_note(brief: Brief, linked: dict[GcmItem, FieldPath]) -> list[Problem]:
    # Only quoted wording counts: an item whose text is not included is cited, not quoted.
    unverified = [item for item in linked if item.status == "unverified"]
    if not unverified:
        return []
    shown = ", ".join(item.citation for item in unverified[:4])
    if len(unverified) > 4:
        shown += ", …"
    marked = Msg(
        QT_TRANSLATE_NOOP("Checks", "The PDF marks this wording.")
        if brief.template.look.mark_unverified
        else QT_TRANSLATE_NOOP(
            "Checks", "Marking it in the PDF is turned off in the look settings."
        )
    )
    if len(linked) == 1:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "The GCM item this brief links ({items}) uses wording not yet checked word for "
            "word against the final resolution (A/RES/73/195). {marked} Compare it with the "
            "official text before you publish.",
        )
    elif len(unverified) == len(linked):
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "All {total} GCM items this brief links ({items}) use wording not yet checked "
            "word for word against the final resolution (A/RES/73/195). {marked} Compare it "
            "with the official text before you publish.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "{count} of the {total} GCM items this brief links ({items}) use wording not yet "
            "checked word for word against the final resolution (A/RES/73/195). {marked} "
            "Compare it with the official text before you publish.",
        )
    return [
        _problem(
            "info",
            "unverified-gcm-wording",
            linked[unverified[0]],
            template,
            items=shown,
            total=len(linked),
            count=len(unverified),
            marked=marked,
        )
    ]


# The languages the Compact has official editions in, besides English.
_EDITION_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Checks", "Arabic"), "zh": QT_TRANSLATE_NOOP("Checks", "Chinese"),
    "fr": QT_TRANSLATE_NOOP("Checks", "French"), "ru": QT_TRANSLATE_NOOP("Checks", "Russian"),
    "es": QT_TRANSLATE_NOOP("Checks", "Spanish"),
}


def language_note(brief: Brief, gcm: Gcm, linked: dict[GcmItem, FieldPath]) -> list[Problem]:
    """A brief in another language than the GCM text it quotes: the paper says so; here the
    author learns how to quote the official edition in the brief's language."""
    language = base_language(brief.language)
    if not linked or gcm.language == language:
        return []
    where = linked[next(iter(linked))]
    if language in _EDITION_NAMES:
        return [_problem(
            "info", "gcm-quoted-in-english", where,
            QT_TRANSLATE_NOOP(
                "Checks",
                "This brief is in {language} but quotes the English text of the GCM, and the "
                "paper says so. To quote the official {language} text, import it: Help ▸ "
                "Check the GCM Text Against the Official Document…",
            ),
            language=Msg(_EDITION_NAMES[language]),
        )]
    return [_problem(
        "info", "gcm-quoted-in-english", where,
        QT_TRANSLATE_NOOP(
            "Checks",
            "The GCM has no official edition in this brief's language: the paper quotes its "
            "English text and says so.",
        ),
    )]


def not_included_note(linked: dict[GcmItem, FieldPath]) -> list[Problem]:
    """Cited paragraphs whose text is partial or unknown: the paper cites them, quotes none."""
    missing = [item for item in linked if item.status in ("partial", "unknown")]
    if not missing:
        return []
    shown = ", ".join(item.citation for item in missing[:4]) + (", …" if len(missing) > 4 else "")
    return [
        _problem(
            "info",
            "gcm-text-not-included",
            linked[missing[0]],
            QT_TRANSLATE_NOOP(
                "Checks",
                "BriefWriter does not hold the whole text of {items}: the PDF cites it and "
                "says “Text not included: see A/RES/73/195” instead of quoting it.",
            ),
            items=shown,
        )
    ]
