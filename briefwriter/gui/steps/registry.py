"""The step pages: their titles before any page exists, and each page made on first need.

A window shows its navigator at once, with ``step_titles()`` (no page module imported) and
each step's state from ``StepInfo``; ``StepPages`` makes a page when it is first shown, or
ahead of time in small slices (``make_ahead``) while the person reads the first one.
``create_step_pages`` makes them all at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from briefwriter.core.errors import Problem
from briefwriter.core.model import FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.session import Session
from briefwriter.gui.steps.base import StepPage, StepState
from briefwriter.gui.steps.table import STEP_ORDER, STEPS, PathPrefixes, step

#: Pages made only when first shown, never ahead of time (see ``table.Step.made_on_visit``).
MADE_ON_VISIT = frozenset(step.id for step in STEPS if step.made_on_visit)


def step_titles() -> list[str]:
    """The steps' names, translated, in ``STEP_ORDER``: what each page's ``title()`` says,
    known before any page module is imported."""
    return [step.translated_title() for step in STEPS]


def page_class(step_id: str) -> type[StepPage]:
    """The page class of ``step_id`` (its module is imported on the first call)."""
    spec = step(step_id)
    cls: type[StepPage] = getattr(import_module(spec.module), spec.class_name)
    return cls


def create_step_page(ctx: AppContext, step_id: str) -> StepPage:
    """One page, for ``step_id``."""
    return page_class(step_id)(ctx)


def create_step_pages(ctx: AppContext) -> list[StepPage]:
    """One page per id in ``STEP_ORDER``, in that order, sharing ``ctx``."""
    pages = [create_step_page(ctx, step) for step in STEP_ORDER]
    for page in pages:
        set_pages = getattr(page, "set_pages", None)  # the Review step groups by page
        if callable(set_pages):
            set_pages(pages)
    return pages


def page_for_path(pages: Sequence[StepPage], path: FieldPath) -> StepPage | None:
    """The page whose fields include ``path`` (the first in step order), or None."""
    return next((page for page in pages if path and page.owns_path(path)), None)


def move_in_tab_order(page: QWidget, after: QWidget) -> None:
    """Put ``page``'s widgets, in their own tab order, just after ``after``.

    A widget added to a window that is already complete joins the end of the window's focus
    chain (after the Back/Next buttons and the preview), yet a page made on first visit must
    come between the navigator and the buttons when the person presses Tab.  Qt moves a
    compound widget (one whose focus proxy is inside it) as a whole, keeping the order
    within it, so the page is one for the duration of the move.  (Walking the chain from
    Python instead, with ``nextInFocusChain``, would make PySide record each widget as the
    owner of the next, and free widgets still in use once those records are collected.)
    """
    inner = page.findChild(QWidget)
    if inner is None:
        return
    policy = page.focusPolicy()
    page.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    page.setFocusProxy(inner)
    QWidget.setTabOrder(after, page)
    page.setFocusProxy(None)  # type: ignore[arg-type]  # None clears it
    page.setFocusPolicy(policy)


class StepInfo:
    """A step whose page may not exist yet: its title, the fields it owns, its state.

    Answered by the page class itself: a page's ``owns``, ``owns_path``, ``has_content`` and
    ``state`` read only the session, never the page's widgets, so they work on this
    stand-in too (tests/gui/test_startup.py holds every page to that).
    """

    def __init__(self, step_id: str, title: str, session: Session) -> None:
        self.step_id = step_id
        self.session = session
        self._title = title

    @property
    def owns(self) -> PathPrefixes:
        return step(self.step_id).owns

    def title(self) -> str:
        return self._title

    def owns_path(self, path: FieldPath) -> bool:
        return page_class(self.step_id).owns_path(self, path)  # type: ignore[arg-type]

    def has_content(self) -> bool:
        return page_class(self.step_id).has_content(self)  # type: ignore[arg-type]

    def state(self, problems: list[Problem]) -> StepState:
        return page_class(self.step_id).state(self, problems)  # type: ignore[arg-type]


class StepPages(QObject):
    """The step pages of one window, in a stack; each made when first needed.

    ``make_one(ctx, step_id)`` makes a single page (pages are then made lazily: ``page(i)``
    on demand, ``make_ahead`` while the app is idle, a small slice per turn of the event
    loop); ``make_all(ctx)`` makes every page at once.

    Signals: ``pageAdded(index)`` when a page joins the stack; ``progressed()`` after each
    slice made ahead (a page class may have loaded); ``allMade()`` when none is left.
    """

    pageAdded = Signal(int)
    progressed = Signal()
    allMade = Signal()

    def __init__(self, ctx: AppContext, stack: QStackedWidget, *,
                 make_one: Callable[[AppContext, str], StepPage] | None = None,
                 make_all: Callable[[AppContext], list[StepPage]] | None = None,
                 tab_after: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.tab_after = tab_after  # the widget before the pages in the tab order
        self._make_one = make_one
        self._pages: list[StepPage | None]
        if make_one is None:
            assert make_all is not None, "make_one or make_all"
            order = {step: i for i, step in enumerate(STEP_ORDER)}
            pages = sorted(make_all(ctx), key=lambda p: order.get(p.step_id, 99))
            self._pages = list(pages)
            self.infos: list[StepInfo | StepPage] = list(pages)
            self._titles = [page.title() for page in pages]
            for page in pages:
                stack.addWidget(page)
        else:
            self._titles = step_titles()
            self.infos = [StepInfo(step, title, ctx.session)
                          for step, title in zip(STEP_ORDER, self._titles, strict=True)]
            self._pages = [None] * len(STEP_ORDER)
        # Made ahead of time but not yet in the (visible) stack: adding a page there polishes
        # all its widgets, so it is a slice of its own.
        self._unplaced: dict[int, StepPage] = {}
        self._paused: Callable[[], bool] = lambda: False
        self._ahead = QTimer(self)
        self._ahead.setInterval(0)  # once the events waiting (typing, painting) are handled
        self._ahead.timeout.connect(self._make_slice)
        # The page on show scrolls to the field that takes the focus (its scroll area is no
        # Tab stop).  One connection for all pages, dropped by ``stop`` before the window goes.
        app = QApplication.instance()
        self._app = app if isinstance(app, QApplication) else None
        if self._app is not None:
            self._app.focusChanged.connect(self._scroll_to_focus)

    def __len__(self) -> int:
        return len(self._pages)

    def titles(self) -> list[str]:
        return list(self._titles)

    def is_made(self, index: int) -> bool:
        return self._pages[index] is not None

    def _make(self, index: int) -> StepPage:
        """A new page for ``index``, not in the stack yet."""
        page = self._unplaced.pop(index, None)
        if page is None:
            assert self._make_one is not None
            page = self._make_one(self.ctx, STEP_ORDER[index])
            set_pages = getattr(page, "set_pages", None)
            if callable(set_pages):
                set_pages(self.infos)  # grouping by step needs titles and fields, not pages
        return page

    def prepare(self, index: int) -> None:
        """Make the page at ``index`` now, to be placed in the stack on its first ``page``."""
        if self._pages[index] is None and index not in self._unplaced:
            self._unplaced[index] = self._make(index)

    def page(self, index: int) -> StepPage:
        """The page at ``index``, made now if it does not exist yet."""
        page = self._pages[index]
        if page is None:
            page = self._make(index)
            self._pages[index] = page
            self.stack.addWidget(page)
            if self.tab_after is not None:
                move_in_tab_order(page, self.tab_after)
            self.pageAdded.emit(index)
        return page

    def make_ahead(self, paused: Callable[[], bool] = lambda: False) -> None:
        """Make the missing pages a slice at a time while the app is idle.  While
        ``paused()`` is true the work waits until ``make_ahead`` is called again."""
        self._paused = paused
        if not self._ahead.isActive():
            self._ahead.start()

    def stop(self) -> None:
        """No more pages (the window is closing); free those never placed in the stack."""
        self._ahead.stop()
        if self._app is not None:
            self._app.focusChanged.disconnect(self._scroll_to_focus)
            self._app = None
        for page in self._unplaced.values():
            page.deleteLater()
        self._unplaced.clear()

    def _make_slice(self) -> None:
        if self._paused():
            self._ahead.stop()
        elif self.build_next():
            self.progressed.emit()
        else:
            self._ahead.stop()
            self.allMade.emit()

    def _scroll_to_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        shown = self.stack.currentWidget()
        if isinstance(shown, StepPage) and shown.isVisible():
            shown.scroll_to(new)

    def made(self) -> list[StepPage]:
        return [page for page in self._pages if page is not None]

    def all(self) -> list[StepPage]:
        """Every page, making those that do not exist yet."""
        return [self.page(i) for i in range(len(self._pages))]

    def index_of(self, page: QWidget | None) -> int:
        return next((i for i, p in enumerate(self._pages) if p is not None and p is page), -1)

    def owner(self, path: FieldPath) -> int:
        """The index of the first step whose fields include ``path``, or -1."""
        if not path:
            return -1
        return next((i for i, info in enumerate(self.infos) if info.owns_path(path)), -1)

    def states(self, problems: list[Problem]) -> list[StepState | None]:
        """Each step's state; None for a step whose page class is not loaded yet (loading
        it is left to ``build_next``, a slice at a time)."""
        return [page.state(problems) if page is not None
                else info.state(problems) if self._class_loaded(index) else None
                for index, (page, info) in enumerate(zip(self._pages, self.infos, strict=True))]

    def _class_loaded(self, index: int) -> bool:
        return step(STEP_ORDER[index]).module in sys.modules

    def build_next(self) -> bool:
        """Do one small piece of making the missing pages; False when there is none left.

        A page module's import (with its widgets), the making of the page and its placing in
        the stack are separate pieces, so no single call holds the event loop for long.
        """
        for index, page in enumerate(self._pages):
            if page is not None:
                continue
            if not self._class_loaded(index):
                page_class(STEP_ORDER[index])  # also for pages made on visit: their state
            elif index in self._unplaced:
                self.page(index)
            elif STEP_ORDER[index] not in MADE_ON_VISIT:
                self.prepare(index)
            else:
                continue
            return True
        return False
