"""Builds the ten step pages in ``STEP_ORDER`` and finds the page that owns a field path."""

from __future__ import annotations

from collections.abc import Sequence

from briefwriter.core.model import FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.aims import AimsPage
from briefwriter.gui.steps.base import STEP_ORDER, StepPage
from briefwriter.gui.steps.cosignatories import CosignatoriesPage
from briefwriter.gui.steps.evidence import EvidencePage
from briefwriter.gui.steps.gcm_link import GcmLinkPage
from briefwriter.gui.steps.look import LookPage
from briefwriter.gui.steps.messages import MessagesPage
from briefwriter.gui.steps.occasion import OccasionPage
from briefwriter.gui.steps.organisation import OrganisationPage
from briefwriter.gui.steps.priorities import PrioritiesPage
from briefwriter.gui.steps.review import ReviewPage

PAGE_CLASSES: dict[str, type[StepPage]] = {
    cls.step_id: cls
    for cls in (OrganisationPage, OccasionPage, PrioritiesPage, GcmLinkPage, AimsPage,
                MessagesPage, EvidencePage, CosignatoriesPage, LookPage, ReviewPage)
}
assert tuple(PAGE_CLASSES) == STEP_ORDER, "one page class per step, in STEP_ORDER"


def create_step_pages(ctx: AppContext) -> list[StepPage]:
    """One page per id in ``STEP_ORDER``, in that order, sharing ``ctx``."""
    pages = [PAGE_CLASSES[step](ctx) for step in STEP_ORDER]
    for page in pages:
        if isinstance(page, ReviewPage):
            page.set_pages(pages)
    return pages


def page_for_path(pages: Sequence[StepPage], path: FieldPath) -> StepPage | None:
    """The page whose fields include ``path`` (the first in step order), or None."""
    return next((page for page in pages if path and page.owns_path(path)), None)
