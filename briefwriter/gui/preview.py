"""The live preview pane: the real PDF from the render worker, kept in place while it updates.

New pages are loaded into a second ``QPdfDocument`` and swapped in only once they are ready,
so the previous pages stay on screen; zoom and scroll position survive the swap.  Render
errors appear in a banner inside the pane and never take the keyboard focus.  "Paper as
text" shows the pages' text instead of their picture (``gui.paper_text``): what a screen
reader reads, line by line.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QKeySequence, QShowEvent
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.gui import accessibility
from briefwriter.gui import render_service as rs
from briefwriter.gui.i18n import fill
from briefwriter.gui.paper_text import PaperText
from briefwriter.gui.render_service import RenderService

COVER_MAX_MS = 500  # the longest the old pages may cover the new ones while they render
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MAX_WARNINGS_SHOWN = 3


class PaperView(QPdfView):
    """The pages.  Screen readers meet it as a picture of the paper (Qt would present the
    view as a nameless scroll area) whose description says the page and where to read the
    text; it keeps the keyboard focus, for scrolling with the arrows."""


accessibility.present_as(PaperView, QAccessible.Role.Graphic)


class _SwapCover(QLabel):
    """A picture of the old pages laid over the view while the new pages are drawn.

    QPdfView draws pages in a background thread after a document swap; until they arrive it
    shows blank paper.  The cover keeps the previous pages on screen until the view's page
    renderer reports a page, the person scrolls or zooms, or ``COVER_MAX_MS`` has passed.
    """

    def __init__(self, view: QPdfView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COVER_MAX_MS)
        self._timer.timeout.connect(self.lift)
        renderer = view.findChild(QPdfPageRenderer)
        # QPdfView's page renderer is an implementation detail; without it the timer alone
        # lifts the cover.
        if renderer is not None:
            renderer.pageRendered.connect(self._on_page_rendered)
        for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
            bar.actionTriggered.connect(self.lift)
        view.zoomFactorChanged.connect(self.lift)
        view.zoomModeChanged.connect(self.lift)

    def lay(self) -> None:
        viewport = self.view.viewport()
        self.setPixmap(viewport.grab())
        self.setGeometry(viewport.rect())
        self.show()
        self.raise_()
        self._timer.start()

    def lift(self, *_args: object) -> None:
        self._timer.stop()
        if self.isVisible():
            self.hide()

    def _on_page_rendered(self, *_args: object) -> None:
        if self.isVisible():
            # After the view's own slot has stored the page: it is painted in this pass.
            QTimer.singleShot(0, self.lift)


class PreviewPane(QWidget):
    """Shows the newest preview of the brief, with zoom, page navigation and status.

    ``pagesUpdated(pages)`` is emitted each time new pages are on screen.  With
    ``follow_previews=False`` the pane shows only what it is given (``show_pdf``,
    ``show_failure``): the template workshop's preview of one pack.
    """

    pagesUpdated = Signal(int)
    #: the pane switched between the pages and their text ("Paper as text")
    paperTextToggled = Signal(bool)

    def __init__(self, render: RenderService, parent: QWidget | None = None, *,
                 follow_previews: bool = True) -> None:
        super().__init__(parent)
        self.service = render
        self.follows_previews = follow_previews
        self.pages = 0
        self.current_path = ""
        self.warnings: list[str] = []
        self._docs = (QPdfDocument(self), QPdfDocument(self))
        self._front = 0

        self.view = PaperView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(self.tr("Preview of the brief"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll the pages
        self.view.setDocument(self._docs[self._front])
        self._cover = _SwapCover(self.view)
        self.paper_text = PaperText(self)
        self.sheets = QStackedWidget(self)
        self.sheets.addWidget(self.view)
        self.sheets.addWidget(self.paper_text)

        self._build_actions()
        toolbar = self._build_toolbar()
        self.banner = QLabel(self)
        self.banner.setObjectName("previewError")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        # Selectable with the mouse, but never a focus target: typing elsewhere goes on.
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.banner.setAccessibleName(self.tr("Preview error"))
        self.banner.setStyleSheet(
            "#previewError { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;"
            " padding: 0.4em; }")
        self.banner.hide()
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setWordWrap(True)
        # A long render says how far it has got (the worker reports the page it lays out).
        self.progress = QProgressBar(self)
        self.progress.setObjectName("previewProgress")
        self.progress.setAccessibleName(self.tr("Preview progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(4, self.fontMetrics().height() // 3))
        self.progress.hide()
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("previewWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setAccessibleName(self.tr("Preview warnings"))
        self.warning_label.hide()

        # Breathing room from the font size, so it scales with the screen and the user's font.
        gap = max(2, self.fontMetrics().height() // 4)
        toolbar.setContentsMargins(gap, gap, gap, 0)
        self.status.setContentsMargins(gap, 0, gap, 0)
        self.warning_label.setContentsMargins(gap, 0, gap, gap)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(gap)
        layout.addLayout(toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.warning_label)
        self.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        self.setTabOrder(self.zoom_in_button, self.fit_button)
        self.setTabOrder(self.fit_button, self.text_button)
        self.setTabOrder(self.text_button, self.page_spin)
        self.setTabOrder(self.page_spin, self.view)
        self.setTabOrder(self.view, self.paper_text)

        nav = self.view.pageNavigator()
        nav.currentPageChanged.connect(self._on_current_page)
        self.view.zoomFactorChanged.connect(self._update_actions)
        self.view.zoomModeChanged.connect(self._update_actions)
        if follow_previews:
            render.previewStarted.connect(self._on_started)
            render.previewProgress.connect(self._on_progress)
            render.previewReady.connect(self._on_ready)
            render.previewUnchanged.connect(self._on_unchanged)
            render.previewFailed.connect(self._on_failed)
        render.workerStateChanged.connect(self._on_worker_state)
        render.session.changed.connect(self._on_edited)
        render.session.reset.connect(self._on_edited)
        self._on_worker_state(render.state)
        self._update_page_controls()
        self._update_actions()

    # -- building --------------------------------------------------------------------------
    def _action(self, text: str, shortcuts: list[QKeySequence], slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcuts)
        # Active while the focus is in the pane; keys the window binds as well are left to
        # the window when the pane is shown (see _yield_shared_shortcuts).
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        # No Alt+letter on these: the View menu and Ctrl+-, Ctrl++ and Ctrl+0 zoom already,
        # and the letters are better left to the fields of the step pages.
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut),
            self.zoom_out)
        self.zoom_in_action = self._action(
            self.tr("Zoom in"),
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
            self.zoom_in)
        self.fit_width_action = self._action(
            self.tr("Fit width"), [QKeySequence("Ctrl+0")], self.fit_width)
        self.fit_width_action.setCheckable(True)
        self.text_action = self._action(
            self.tr("Paper as text"), [QKeySequence("Ctrl+Shift+T")], lambda: None)
        self.text_action.setCheckable(True)
        self.text_action.toggled.connect(self.show_paper_text)
        self._own_shortcuts = {a: a.shortcuts() for a in
                               (self.zoom_out_action, self.zoom_in_action, self.fit_width_action,
                                self.text_action)}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._yield_shared_shortcuts()

    def _yield_shared_shortcuts(self) -> None:
        """Leave keys the window already binds (its View menu's zoom) to the window.

        Two actions on one key are ambiguous to Qt and neither would fire; the window's
        actions call this pane's ``zoom_in``/``zoom_out`` anyway.
        """
        taken = {
            sequence.toString()
            for action in self.window().findChildren(QAction)
            if action not in self._own_shortcuts
            for sequence in action.shortcuts()
        }
        for action, sequences in self._own_shortcuts.items():
            free = [s for s in sequences if s.toString() not in taken]
            if free != action.shortcuts():
                action.setShortcuts(free)
            self._update_tooltip(action)

    def _update_tooltip(self, action: QAction) -> None:
        button = getattr(self, "_buttons", {}).get(action)
        if button is None:
            return
        text = action.text().replace("&", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text} ({keys})" if keys else text)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(action.text().replace("&", ""))
        self._buttons[action] = button
        self._update_tooltip(action)
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self._buttons: dict[QAction, QToolButton] = {}
        self.zoom_out_button = self._button(self.zoom_out_action)
        self.zoom_in_button = self._button(self.zoom_in_action)
        self.fit_button = self._button(self.fit_width_action)
        self.text_button = self._button(self.text_action)
        self.page_label = QLabel(self.tr("&Page"), self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self._on_page_spin)
        self.page_label.setBuddy(self.page_spin)
        self.page_count_label = QLabel(self)
        self.page_count_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                            QSizePolicy.Policy.Preferred)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                       self.text_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_count_label)
        return bar

    # -- the paper as text -------------------------------------------------------------------
    def show_paper_text(self, on: bool) -> None:
        """Show the pages' text (``on``) or their picture, and put the focus there when it
        was in the pane (a person who asked to read goes on reading)."""
        if self.text_action.isChecked() != on:
            self.text_action.setChecked(on)  # comes back here through ``toggled``
            return
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        shown = self.paper_text if on else self.view
        if self.sheets.currentWidget() is not shown:
            self.sheets.setCurrentWidget(shown)
            self._update_actions()
            if had_focus or on:
                shown.setFocus(Qt.FocusReason.OtherFocusReason)
            self.paperTextToggled.emit(on)

    def showing_text(self) -> bool:
        return self.sheets.currentWidget() is self.paper_text

    # -- zoom and pages --------------------------------------------------------------------
    def effective_zoom(self) -> float:
        """The zoom factor in use, also when the view fits the page to its width."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        doc = self.view.document()
        if doc is None or doc.pageCount() == 0:
            return 1.0
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        page_width = doc.pagePointSize(0).width() * self.view.logicalDpiX() / 72.0
        return max(available / page_width, ZOOM_STEPS[0]) if page_width > 0 else 1.0

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._update_actions()

    def zoom_in(self) -> None:
        if self.showing_text():
            self.paper_text.zoomIn(1)  # larger letters, for the text as for the pages
            return
        current = self.effective_zoom()
        bigger = [z for z in ZOOM_STEPS if z > current + 0.005]
        self._set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        if self.showing_text():
            self.paper_text.zoomOut(1)
            return
        current = self.effective_zoom()
        smaller = [z for z in ZOOM_STEPS if z < current - 0.005]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_width_action.setChecked(fitting)
        zoom = self.effective_zoom()
        text = self.showing_text()
        self.zoom_in_action.setEnabled(text or zoom < ZOOM_STEPS[-1] - 0.005)
        self.zoom_out_action.setEnabled(text or zoom > ZOOM_STEPS[0] + 0.005)
        self.fit_width_action.setEnabled(not text)

    def current_page(self) -> int:
        """The page at the top of the view, counted from 1 (0 when there are none)."""
        return self.view.pageNavigator().currentPage() + 1 if self.pages else 0

    def go_to_page(self, page: int) -> None:
        """Scroll to ``page`` (counted from 1)."""
        if 1 <= page <= self.pages:
            self.view.pageNavigator().jump(page - 1, QPointF(), 0)

    def _on_page_spin(self, value: int) -> None:
        if value != self.current_page():
            self.go_to_page(value)

    def _on_current_page(self, _page: int) -> None:
        self._update_page_controls()

    def _update_page_controls(self) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if self.pages else 0, max(self.pages, 0))
        self.page_spin.setValue(self.current_page())
        self.page_spin.blockSignals(False)
        self.page_spin.setEnabled(self.pages > 1)
        self.page_count_label.setText(self.tr("of %n", "", self.pages) if self.pages else "")
        where = fill(self.tr("Page %1 of %2"), self.current_page(), self.pages)
        self.page_spin.setAccessibleDescription(where)
        # The pane's own key, also when the window's View menu has taken it over.
        keys = self._own_shortcuts[self.text_action][0].toString(
            QKeySequence.SequenceFormat.NativeText)
        self.view.setAccessibleDescription(
            fill(self.tr("%1. To read its text, choose Paper as text (%2)."), where, keys)
            if self.pages else self.tr("No preview yet."))

    # -- updates from the render service -----------------------------------------------------
    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _on_edited(self, *_args: object) -> None:
        if self.service.state not in (rs.FAILED, rs.STOPPED):
            self._set_status(self.tr("Updating…"))

    def show_updating(self) -> None:
        self._on_started()

    def show_pdf(self, path: str, warnings: list[str]) -> None:
        """Show the pages of ``path`` (kept open until the next ``show_pdf``)."""
        self._on_ready(path, 0, warnings)

    def show_failure(self, message: str) -> None:
        self._on_failed(message)

    def _on_started(self) -> None:
        self._set_status(self.tr("Updating…"))

    def _on_progress(self, stage: str, page: int) -> None:
        """A long render says what it is doing: the status names it, the bar measures it
        against the pages of the last preview (the likeliest length)."""
        if stage == "layout" and page:
            expected = max(self.pages, page)
            self._set_status(fill(self.tr("Updating: laying out page %1 of about %2…"),
                                  page, expected) if self.pages else
                             fill(self.tr("Updating: laying out page %1…"), page))
            self.progress.setRange(0, expected)
            self.progress.setValue(page)
        elif stage == "write":
            self._set_status(self.tr("Updating: writing the pages…"))
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        else:
            self._set_status(self.tr("Updating: preparing the text and styles…"))
            self.progress.setRange(0, 0)  # busy, no measure yet
        self.progress.show()

    def _on_unchanged(self, _pages: int, warnings: list[str]) -> None:
        """The edit did not change the document: the pages on screen are current."""
        self.banner.hide()
        self._show_warnings(warnings)
    def _on_worker_state(self, state: str) -> None:
        if state == rs.STARTING and not self.pages:
            self._set_status(self.tr("Starting the preview…"))
        elif state == rs.RESTARTING:
            self._set_status(self.tr("Restarting the renderer…"))
        elif state == rs.FAILED:
            self._set_status(self.tr("The preview is not available."))

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.banner.setText(self.tr("The preview could not be updated:") + "\n" + message)
        self.banner.setAccessibleDescription(message)
        self.banner.show()
        if QAccessible.isActive():
            # Screen readers announce it; the keyboard focus stays where the person types.
            QAccessible.updateAccessibility(QAccessibleEvent(self.banner, QAccessible.Event.Alert))
        if self.pages:
            self._set_status(self.tr("Showing the last preview that worked."))
        else:
            self._set_status(self.tr("No preview yet."))

    def _on_ready(self, path: str, _pages: int, warnings: list[str]) -> None:
        back_index = 1 - self._front
        back = self._docs[back_index]
        back.close()
        if back.load(path) != QPdfDocument.Error.None_:
            self._on_failed(self.tr("The preview file could not be opened."))
            return
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        scroll = (vbar.value(), hbar.value())
        mode, factor = self.view.zoomMode(), self.view.zoomFactor()
        if self.pages and self.isVisible():
            self._cover.lay()
        self.view.setDocument(back)
        # Same zoom and the same place on the page as before the new pages came in.
        if self.view.zoomMode() != mode:
            self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom and self.view.zoomFactor() != factor:
            self.view.setZoomFactor(factor)
        vbar.setValue(scroll[0])
        hbar.setValue(scroll[1])
        self._docs[self._front].close()  # lets go of the previous file
        self._front = back_index
        self.pages = back.pageCount()
        self.current_path = path
        self.paper_text.load(back)
        self.banner.hide()
        self._show_warnings(warnings)
        self._update_page_controls()
        self._update_actions()
        self.pagesUpdated.emit(self.pages)

    def _show_warnings(self, warnings: list[str]) -> None:
        self.warnings = list(warnings)
        pending = self.follows_previews and self.service.preview_pending
        if not pending:
            self.progress.hide()
        if not warnings:
            # Pages made before the latest edits: the next ones are on their way.
            self._set_status(self.tr("Updating…") if pending else self.tr("Up to date"))
            self.warning_label.hide()
            return
        self._set_status(self.tr("Updating…") if pending else
                         self.tr("Up to date, with %n warning(s):", "", len(warnings)))
        shown = warnings[:MAX_WARNINGS_SHOWN]
        more = len(warnings) - len(shown)
        text = "\n".join(f"• {w}" for w in shown)
        if more:
            text += "\n" + self.tr("and %n more", "", more)
        self.warning_label.setText(text)
        self.warning_label.setToolTip("\n".join(warnings))
        self.warning_label.show()
