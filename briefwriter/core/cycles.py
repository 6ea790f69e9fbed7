"""Review cycles: the next cycle's brief made from an earlier one, and which review comes next.

The GCM is reviewed every four years at the International Migration Review Forum (2022,
2026, 2030) with regional reviews between.  ``continue_for_next_review`` keeps what stays
true from one cycle to the next (the organisation, its priorities with their GCM links and
evidence, audience, language, template and look, its own sections), turns the earlier asks
and pledges into ``follow_up`` items to report on, and records the earlier cycle in
``history``.  It never changes the brief it is given.
"""

from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass

from briefwriter.core.catalogues import Catalogues, load_catalogues
from briefwriter.core.model import Brief, Cycle, FollowUp, Occasion, new_brief

REGIONAL_REVIEW = "gcm-regional-review"
_IMRF_RE = re.compile(r"^imrf-(\d{4})$")
_YEAR_RE = re.compile(r"^(\d{4})")
IMRF_INTERVAL = 4
"""Years between two International Migration Review Forums (A/RES/73/195, para 49)."""


@dataclass(frozen=True)
class NextProcess:
    """A review the next cycle may be for: a catalogue id (or words) and its year, if known."""

    process: str
    year: int | None = None


def _imrf_years(cats: Catalogues) -> list[int]:
    years = []
    for item in cats.processes:
        match = _IMRF_RE.match(item.id)
        if match:
            years.append(int(match.group(1)))
    return sorted(years)


def _year_of(occasion: Occasion) -> int | None:
    match = _YEAR_RE.match(occasion.date.strip())
    if match:
        return int(match.group(1))
    imrf = _IMRF_RE.match(occasion.process.strip())
    return int(imrf.group(1)) if imrf else None


def _imrf(year: int, known: list[int]) -> NextProcess:
    """The IMRF of ``year``: its catalogue id, or words when the catalogue has none yet."""
    if year in known:
        return NextProcess(f"imrf-{year}", year)
    return NextProcess(f"International Migration Review Forum {year}", year)


def next_processes(brief: Brief, catalogues: Catalogues | None = None,
                   today: datetime.date | None = None) -> list[NextProcess]:
    """The reviews that may follow the brief's occasion, the likeliest first.

    After an IMRF: the next IMRF four years on, or a regional review between.  After a
    regional review: the next IMRF after its year, or another regional review.  After any
    other process: the same process again, then the next IMRF.  An occasion without a date
    is taken as last year's, so a forum in ``today``'s year still comes next.
    """
    cats = catalogues or load_catalogues()
    process = brief.occasion.process.strip()
    year = _year_of(brief.occasion) or (today or datetime.date.today()).year - 1
    imrfs = _imrf_years(cats)
    imrf = _IMRF_RE.match(process)
    if imrf:
        after = int(imrf.group(1))
        return [_imrf(after + IMRF_INTERVAL, imrfs), NextProcess(REGIONAL_REVIEW)]
    # The first IMRF after the occasion's year (or the first in the catalogue still to come).
    later = [y for y in imrfs if y > year]
    if later:
        following = later[0]
    else:  # past the catalogue's forums: every four years after the last it knows
        last = imrfs[-1] if imrfs else 2022
        following = last + IMRF_INTERVAL * ((year - last) // IMRF_INTERVAL + 1)
    if process == REGIONAL_REVIEW:
        return [_imrf(following, imrfs), NextProcess(REGIONAL_REVIEW)]
    out = []
    if process:
        out.append(NextProcess(process))  # its next date is the person's to say
    out.append(_imrf(following, imrfs))
    out.append(NextProcess(REGIONAL_REVIEW))
    return out


def earlier_cycle(brief: Brief) -> Cycle:
    """The brief as a cycle of the history: what it asked and pledged, and what it recorded."""
    return Cycle(
        title=brief.title,
        process=brief.occasion.process,
        event=brief.occasion.event,
        date=brief.occasion.date,
        published=brief.published,
        asks=[copy.deepcopy(aim.ask) for aim in brief.aims
              if aim.ask.who.strip() or aim.ask.what.strip() or aim.ask.by_when.strip()],
        pledges=copy.deepcopy([p for p in brief.pledges if not p.is_empty()]),
        follow_up=copy.deepcopy(brief.follow_up),
    )


def follow_up_items(brief: Brief) -> list[FollowUp]:
    """The brief's asks and pledges as items to report on in the next cycle."""
    items = [FollowUp(kind="ask", text=ask.what.strip(), who=ask.who.strip(),
                      by_when=ask.by_when.strip())
             for ask in earlier_cycle(brief).asks]
    items += [FollowUp(kind="pledge", text=p.action.strip(), who=p.who.strip(),
                       by_when=p.deadline.strip())
              for p in brief.pledges if not p.is_empty()]
    return items


def continue_for_next_review(
    brief: Brief,
    process: str | None = None,
    today: datetime.date | None = None,
    *,
    catalogues: Catalogues | None = None,
) -> Brief:
    """A new brief for the next review cycle, made from ``brief`` (left unchanged).

    ``process``: the next cycle's process (a catalogue id or words); by default the first
    of ``next_processes``.  The new brief is published ``today`` (the date a new brief gets).
    """
    cats = catalogues or load_catalogues()
    options = next_processes(brief, cats, today)
    chosen = next((o for o in options if o.process == process), None)
    if chosen is None:
        chosen = NextProcess(process.strip(), None) if process and process.strip() \
            else options[0]
    old = copy.deepcopy(brief)
    new = new_brief(today)
    new.language = old.language
    new.organisation = old.organisation
    new.audience = old.audience
    new.priorities = old.priorities
    new.sections = old.sections
    new.headings = old.headings
    new.template = old.template
    new.safety = old.safety
    new.extra = old.extra
    new.occasion = Occasion(process=chosen.process,
                            date=str(chosen.year) if chosen.year else "")
    new.follow_up = follow_up_items(old)
    new.history = [*old.history, earlier_cycle(old)]
    return new
