"""What every step page shares: its id, title, the fields it owns, its state, and focusing.

The main window shows the pages in ``STEP_ORDER`` (``table.STEPS``) with a navigator.  A page
owns some field
paths of the brief (``owns``): warnings from the checks whose path starts with one of them
belong to that page, and ``focus_path`` puts the cursor in the widget for such a field (the
Review step's "jump to the field").
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from briefwriter.core.errors import Problem
from briefwriter.core.model import FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.table import PathPrefixes, step
from briefwriter.gui.widgets.forms import field_editor, show_and_focus
from briefwriter.gui.widgets.mnemonics import resolve_mnemonics, window_letters


class StepState(enum.Enum):
    EMPTY = "empty"  # nothing entered yet
    DONE = "done"  # filled in, no warnings
    WARNINGS = "warnings"  # filled in, but the checks have something to say


def path_matches(path: FieldPath, prefix: FieldPath) -> bool:
    """``prefix`` may hold ``None`` as a wildcard for any list index."""
    if len(path) < len(prefix):
        return False
    return all(p is None or p == q for p, q in zip(prefix, path, strict=False))


class StepPage(QWidget):
    """Base class of the step pages.

    Subclasses set ``step_id`` (their title and ``owns``, the path prefixes with ``None`` for
    any index, come from the step table), build their widgets into ``self.body`` (a vertical
    layout inside a scroll area, under the title and the intro text) and implement
    ``has_content`` and ``focus_path``.
    """

    step_id = ""
    owns: PathPrefixes = ()
    #: asks the main window to show another step, e.g. a link "Add evidence ..."
    requestStep = Signal(str)
    #: asks the main window to show the page owning a field and focus it (Review's list)
    requestFocus = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setObjectName("stepIntro")
        self.intro.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop: a screen reader would announce it as a nameless "filler" on every
        # page, and a keyboard user would spend a key press on it.  The page scrolls to
        # whichever field takes the focus instead (``scroll_to``, called by the window's
        # ``StepPages`` for Tab, Alt+letter, "jump to the field").
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.intro)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        self.scroll_area = scroll

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.step_id:
            cls.owns = step(cls.step_id).owns

    def title(self) -> str:
        """The step's name in the navigator ("Organisation")."""
        return step(self.step_id).translated_title()

    # -- to implement ---------------------------------------------------------------------

    def has_content(self) -> bool:
        """Whether the user has entered anything on this step."""
        raise NotImplementedError

    def focus_path(self, path: FieldPath) -> bool:
        """Show and focus the widget editing ``path``; False when this page has none.

        Found from the fields the page's widgets were made for (``forms.field_editor``);
        pages override this only for what that cannot know.
        """
        widget = field_editor(self, path) if self.owns_path(path) else None
        return show_and_focus(self.scroll_area, widget) if widget is not None else False

    # -- shared -------------------------------------------------------------------------
    def scroll_to(self, widget: QWidget) -> None:
        """Scroll the page so that ``widget`` (one of its own) is in view."""
        inner = self.scroll_area.widget()
        if inner is not None and inner.isAncestorOf(widget):
            self.scroll_area.ensureWidgetVisible(widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Alt+letter must reach one control only: the page gives way to the menus, the
        # Back/Next buttons and the preview, and to itself (labels are laid out by now,
        # so the fields higher up keep their letters).
        self.body.activate()
        window = self.window()
        resolve_mnemonics(self, window_letters(window, self) if window is not self else set())

    def set_texts(self, heading: str, intro: str) -> None:
        self.heading.setText(f"<h2>{heading}</h2>")
        self.intro.setText(intro)

    def owns_path(self, path: FieldPath) -> bool:
        return any(path_matches(path, prefix) for prefix in self.owns)

    def state(self, problems: list[Problem]) -> StepState:
        if any(p.severity in ("warning", "error") and self.owns_path(p.path)
               for p in problems):
            return StepState.WARNINGS
        return StepState.DONE if self.has_content() else StepState.EMPTY
