"""Which parts of a brief a template pack prints: the filled parts a pack leaves out (a check
for ``briefwriter check`` and the app's Review step) and the longest parts it prints (named when
a paper runs over its page limit, so the author knows what to cut)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefwriter.core.errors import GcmReferenceError, Problem, TemplateError
from briefwriter.core.gcm import Gcm, GcmItem, Objective, Principle, load_gcm
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg, join_and
from briefwriter.core.model import Brief, FieldPath
from briefwriter.render.template_lookup import find_brief_template
from briefwriter.render.templates import SHOWABLE_PARTS, TemplatePack

PART_NAMES: dict[str, str] = {
    "summary": QT_TRANSLATE_NOOP("Checks", "Summary"),
    "follow_up": QT_TRANSLATE_NOOP("Checks", "Since the last review"),
    "priorities": QT_TRANSLATE_NOOP("Checks", "Priorities"),
    "evidence": QT_TRANSLATE_NOOP("Checks", "Evidence"),
    "gcm": QT_TRANSLATE_NOOP("Checks", "GCM links"),
    "asks": QT_TRANSLATE_NOOP("Checks", "Aims and asks"),
    "key_messages": QT_TRANSLATE_NOOP("Checks", "Key messages"),
    "recommendations": QT_TRANSLATE_NOOP("Checks", "Recommendations"),
    "pledges": QT_TRANSLATE_NOOP("Checks", "Pledges"),
    "cosignatories": QT_TRANSLATE_NOOP("Checks", "Co-signatories"),
    "sections": QT_TRANSLATE_NOOP("Checks", "Your own sections"),
    "statement": QT_TRANSLATE_NOOP("Checks", "Oral statement"),
    "organisation": QT_TRANSLATE_NOOP("Checks", "Organisation description"),
}
assert set(PART_NAMES) == set(SHOWABLE_PARTS), "every part a manifest may name has a name"

# A statement composed from the brief (its own text left empty) speaks these parts.
_COMPOSED_INTO_STATEMENT = ("summary", "key_messages", "asks")

COVERAGE_CODE = "template-leaves-out"


@dataclass(frozen=True)
class FilledPart:
    """A part of a brief that has content: how many items (0 for one text), where to find the
    first of them, and how many characters it holds (the GCM wording it cites, for ``gcm``)."""

    name: str
    count: int
    path: FieldPath
    chars: int

    def title(self) -> Msg:
        """The part's name: "Evidence"."""
        return Msg(PART_NAMES[self.name])

    def label(self) -> Msg:
        """The name and how many items: "Evidence (3)"."""
        if self.count:
            return Msg.of(QT_TRANSLATE_NOOP("Checks", "{part} ({count})"), part=self.title(),
                          count=self.count)
        return self.title()


def _text(*values: str) -> int:
    return sum(len(v.strip()) for v in values)


def _first(indexes: Iterable[int]) -> int | None:
    return next(iter(indexes), None)


def _gcm_wording(gcm: Gcm, kind: str, ref: object) -> int:
    """Characters of the GCM wording a link prints (0 when the reference is unknown)."""
    item: GcmItem
    try:
        if kind == "principles":
            item = gcm.principle(str(ref))
        elif kind == "objectives":
            item = gcm.objective(int(str(ref)))
        else:
            item = gcm.lookup(str(ref))
    except (GcmReferenceError, ValueError):
        return 0
    if isinstance(item, Principle):
        return len(item.name)
    if isinstance(item, Objective):
        return len(item.title)
    return len(item.text or "")  # a paragraph whose text is unknown has none


def filled_parts(brief: Brief) -> list[FilledPart]:
    """The parts of ``brief`` that have content, in the order of ``SHOWABLE_PARTS``."""
    found: dict[str, FilledPart] = {}

    def add(name: str, count: int, path: FieldPath, chars: int) -> None:
        if chars:
            found[name] = FilledPart(name, count, path, chars)

    add("summary", 0, ("summary",), _text(brief.summary))
    follow_up = [f for f in brief.follow_up if _text(f.text, f.evidence)]
    add("follow_up", len(follow_up), ("follow_up",),
        sum(_text(f.text, f.who, f.by_when, f.evidence) for f in follow_up))
    priorities = [i for i, p in enumerate(brief.priorities)
                  if _text(p.title, p.description)]
    add("priorities", len(priorities), ("priorities",),
        sum(_text(p.title, p.description) for p in brief.priorities))
    evidence = [(i, e) for i, p in enumerate(brief.priorities) for e in p.evidence
                if _text(e.text, e.source, e.url)]
    if evidence:
        add("evidence", len(evidence), ("priorities", evidence[0][0], "evidence"),
            sum(_text(e.text, e.source, e.url) for _i, e in evidence))
    linked = [i for i, p in enumerate(brief.priorities) if not p.gcm.is_empty()]
    if linked:
        gcm = load_gcm()
        links = [(kind, ref) for p in brief.priorities
                 for kind in ("principles", "objectives", "actions")
                 for ref in getattr(p.gcm, kind)]
        # Unknown references still count: the author linked them, the check says they are
        # unknown; one character each keeps the part "filled".
        add("gcm", len(links), ("priorities", linked[0], "gcm"),
            sum(max(1, _gcm_wording(gcm, kind, ref)) for kind, ref in links))
    aims = [a for a in brief.aims if _text(a.aim, a.ask.who, a.ask.what, a.ask.by_when)]
    add("asks", len(aims), ("aims",),
        sum(_text(a.aim, a.ask.who, a.ask.what, a.ask.by_when) for a in aims))
    messages = [m for m in brief.key_messages if m.strip()]
    add("key_messages", len(messages), ("key_messages",), _text(*messages))
    recommendations = [r for r in brief.recommendations if r.text.strip()]
    add("recommendations", len(recommendations), ("recommendations",),
        sum(_text(r.addressee, r.text) for r in recommendations))
    pledges = [p for p in brief.pledges if not p.is_empty()]
    add("pledges", len(pledges), ("pledges",), sum(_text(*p.texts()) for p in pledges))
    signatories = [c for c in brief.cosignatories if c.name.strip()]
    add("cosignatories", len(signatories), ("cosignatories",),
        sum(_text(c.name, c.country) for c in signatories))
    sections = [i for i, s in enumerate(brief.sections) if _text(s.heading, s.body)]
    first_section = _first(sections)
    if first_section is not None:
        add("sections", len(sections), ("sections", first_section),
            sum(_text(s.heading, s.body) for s in brief.sections))
    add("statement", 0, ("statement", "text"), _text(brief.statement.text))
    add("organisation", 0, ("organisation", "description"),
        _text(brief.organisation.description))
    return [found[name] for name in SHOWABLE_PARTS if name in found]


def _shown(brief: Brief, pack: TemplatePack) -> set[str]:
    shown = set(pack.shows)
    if "statement" in shown and not brief.statement.text.strip():
        shown.update(_COMPOSED_INTO_STATEMENT)
    return shown


def coverage_problems(brief: Brief, pack: TemplatePack) -> list[Problem]:
    """The filled parts of ``brief`` that ``pack`` does not print, as one check result
    pointing at the first of them ([] when it prints them all).

    A "warning" for a paper; a "info" note for a statement template, which by design prints
    the statement alone.  The statement itself is never missed in a paper: it is written for
    statement templates.
    """
    shown = _shown(brief, pack)
    left_out = [part for part in filled_parts(brief) if part.name not in shown
                and not (part.name == "statement" and pack.kind != "statement")]
    if not left_out:
        return []
    msg = Msg.of(QT_TRANSLATE_NOOP("Checks", "The {name} does not show: {parts}."),
                 name=pack.title, parts=join_and([p.label() for p in left_out]))
    severity = "info" if pack.kind == "statement" else "warning"
    return [Problem(msg.render(), path=left_out[0].path, severity=severity, code=COVERAGE_CODE,
                    msg=msg)]


def brief_coverage_problems(brief: Brief, brief_dir: Path | None) -> list[Problem]:
    """``coverage_problems`` for the template the brief names; [] when that template cannot
    be used (``brief_template_problem`` says why)."""
    try:
        pack = find_brief_template(brief.template.name, brief_dir)
    except TemplateError:
        return []
    return coverage_problems(brief, pack)


def longest_parts(brief: Brief, pack: TemplatePack, limit: int = 3) -> list[FilledPart]:
    """The parts ``pack`` prints, longest first (at most ``limit``)."""
    shown = _shown(brief, pack)
    printed = [part for part in filled_parts(brief) if part.name in shown]
    return sorted(printed, key=lambda part: -part.chars)[:limit]
