"""The steps of the guided flow, declared once: id, page class, title and the fields each owns.

Everything that needs to know the steps derives from ``STEPS``: the navigator's titles (before
any page module is imported), which page class to load, each page's ``step_id``, ``title()`` and
``owns``, the step states and the Review step's "jump to the field".  Add or reorder a step here
and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Field path prefixes; ``None`` stands for any list index.
PathPrefixes = tuple[tuple[str | int | None, ...], ...]


@dataclass(frozen=True)
class Step:
    """One step: ``page`` is ``"module:Class"`` inside ``briefwriter.gui.steps``.

    ``title`` is English, translated in the page class's context (so the page's own
    ``self.tr`` of the same words shares the translation).  ``made_on_visit``: never made
    ahead of time (see ``registry.StepPages.build_next``).
    """

    id: str
    page: str
    title: str
    owns: PathPrefixes
    made_on_visit: bool = False

    @property
    def module(self) -> str:
        return "briefwriter.gui.steps." + self.page.partition(":")[0]

    @property
    def class_name(self) -> str:
        return self.page.partition(":")[2]

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)


STEPS: tuple[Step, ...] = (
    Step("organisation", "organisation:OrganisationPage",
         QT_TRANSLATE_NOOP("OrganisationPage", "Organisation"),
         (("organisation",), ("safety",))),
    Step("occasion", "occasion:OccasionPage",
         QT_TRANSLATE_NOOP("OccasionPage", "Occasion and audience"),
         (("title",), ("subtitle",), ("language",), ("published",), ("occasion",),
          ("audience",))),
    Step("priorities", "priorities:PrioritiesPage",
         QT_TRANSLATE_NOOP("PrioritiesPage", "Priorities"),
         (("priorities", None, "title"), ("priorities", None, "description"), ("priorities",))),
    # Made on its first visit only: it fills a tree with the whole Compact (23 objectives,
    # 187 actions) and a matrix, about 100 ms in one piece, more than an idle slice should take.
    Step("gcm", "gcm_link:GcmLinkPage", QT_TRANSLATE_NOOP("GcmLinkPage", "Link to the GCM"),
         (("priorities", None, "gcm"),), made_on_visit=True),
    Step("aims", "aims:AimsPage", QT_TRANSLATE_NOOP("AimsPage", "Engagement aims and asks"),
         (("aims",),)),
    Step("messages", "messages:MessagesPage",
         QT_TRANSLATE_NOOP("MessagesPage", "Messages and recommendations"),
         (("summary",), ("key_messages",), ("recommendations",), ("statement",))),
    Step("sections", "sections:SectionsPage",
         QT_TRANSLATE_NOOP("SectionsPage", "Your own sections"), (("sections",), ("headings",))),
    Step("evidence", "evidence:EvidencePage",
         QT_TRANSLATE_NOOP("EvidencePage", "Evidence and sources"),
         (("priorities", None, "evidence"),)),
    Step("cosignatories", "cosignatories:CosignatoriesPage",
         QT_TRANSLATE_NOOP("CosignatoriesPage", "Co-signatories"), (("cosignatories",),)),
    Step("pledges", "pledges:PledgesPage", QT_TRANSLATE_NOOP("PledgesPage", "Pledges"),
         (("pledges",),)),
    Step("follow_up", "follow_up:FollowUpPage",
         QT_TRANSLATE_NOOP("FollowUpPage", "Since the last review"),
         (("follow_up",), ("history",))),
    Step("look", "look:LookPage", QT_TRANSLATE_NOOP("LookPage", "Template and look"),
         (("template",),)),
    Step("review", "review:ReviewPage", QT_TRANSLATE_NOOP("ReviewPage", "Review and export"),
         ()),
)

STEP_ORDER: tuple[str, ...] = tuple(step.id for step in STEPS)
_BY_ID = {step.id: step for step in STEPS}
assert len(_BY_ID) == len(STEPS), "step ids are unique"


def step(step_id: str) -> Step:
    """The step called ``step_id`` (``KeyError`` for an unknown id)."""
    return _BY_ID[step_id]
