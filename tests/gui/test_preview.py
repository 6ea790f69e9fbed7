"""The preview pane with a real worker: pages arrive, stay put while updating, keep zoom and
scroll, and show render errors without taking the keyboard away from the person typing."""

from __future__ import annotations

import pytest
from helpers_render import (
    BROKEN_PAGE,
    RENDER_WAIT_MS,
    START_WAIT_MS,
    normalise,
    started_service,
    user_templates_dir,
    write_pack,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from briefwriter.core.storage import load_brief
from briefwriter.gui.preview import ZOOM_STEPS, PreviewPane
from briefwriter.gui.render_service import RenderService
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.bound import BoundLineEdit
from briefwriter.paths import examples_dir

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"





def shown_text(pane: PreviewPane) -> str:
    """The text of every page the pane is showing, as QtPdf reads it."""
    doc: QPdfDocument = pane.view.document()
    return normalise(" ".join(doc.getAllText(i).text() for i in range(doc.pageCount())))


def ink(pixmap) -> int:
    """How many sampled pixels are dark: zero for blank paper."""
    image = pixmap.toImage()
    step = max(2, image.width() // 150)
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixelColor(x, y).lightness() < 100)


def show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    height = widget.fontMetrics().height()
    widget.resize(40 * height, 50 * height)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.fixture
def pane(qtbot, service):
    widget = PreviewPane(service)
    show(qtbot, widget)
    return widget


@pytest.fixture
def example_session() -> Session:
    path = examples_dir() / EXAMPLE
    return Session(load_brief(path).brief, path)


def test_pages_arrive_and_the_status_says_so(qtbot):
    session = Session()
    session.set_value(("title",), "A brief about safe pathways")
    service = RenderService(session)
    try:
        pane = PreviewPane(service)
        show(qtbot, pane)
        with qtbot.waitSignal(pane.pagesUpdated, timeout=START_WAIT_MS) as updated:
            service.start()
            assert pane.status.text() == "Starting the preview…"
        assert updated.args == [pane.pages] and pane.pages >= 1
        assert pane.status.text() == "Up to date"
        assert pane.page_count_label.text() == f"of {pane.pages}"
        assert "A brief about safe pathways" in shown_text(pane)
        assert not pane.banner.isVisible()
    finally:
        service.shutdown()


def test_previous_pages_stay_visible_until_new_ones_arrive(qtbot, pane, session, service):
    with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
        pass
    qtbot.waitUntil(lambda: ink(pane.view.viewport().grab()) > 0)  # first pages drawn
    before = shown_text(pane)
    assert "Detention is never in the best interests of a child" in before

    session.set_value(("title",), "Safe and regular pathways for everyone")
    with qtbot.waitSignal(service.previewStarted, timeout=RENDER_WAIT_MS):
        pass
    assert pane.status.text() == "Updating…"
    assert shown_text(pane) == before  # the old pages are still on screen meanwhile

    # The very moment the new document is swapped in, the screen still shows printed pages
    # (the old ones), not blank paper while the new ones are drawn in the background.
    at_swap: list[int] = []
    pane.pagesUpdated.connect(lambda _n: at_swap.append(ink(pane.view.viewport().grab())))
    with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
        pass
    assert at_swap and at_swap[0] > 0
    assert "Safe and regular pathways for everyone" in shown_text(pane)
    assert pane.status.text() == "Up to date"
    qtbot.waitUntil(lambda: ink(pane.view.viewport().grab()) > 0)  # then the new ones


def test_zoom_scroll_and_page_survive_an_update(qtbot, example_session):
    service = started_service(qtbot, example_session)
    try:
        pane = PreviewPane(service)
        show(qtbot, pane)
        with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
            pass
        assert pane.pages >= 3
        pane.view.setFocus()
        qtbot.waitUntil(pane.view.hasFocus)
        fitted = pane.effective_zoom()
        qtbot.keyClick(pane.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(pane.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom
        zoom = pane.view.zoomFactor()
        assert zoom > fitted

        # Tab to the page box, type 3, then scroll a little further down.
        pane.text_button.setFocus()
        qtbot.keyClick(pane.text_button, Qt.Key.Key_Tab)
        assert pane.page_spin.hasFocus()
        pane.page_spin.selectAll()
        qtbot.keyClicks(pane.page_spin, "3")
        qtbot.keyClick(pane.page_spin, Qt.Key.Key_Return)
        assert pane.current_page() == 3
        vbar = pane.view.verticalScrollBar()
        vbar.setValue(vbar.value() + vbar.singleStep() * 3)
        scroll, page = vbar.value(), pane.current_page()

        example_session.set_value(("summary",), example_session.brief.summary + " One more.")
        with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
            pass
        assert "One more." in shown_text(pane)
        assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom
        assert pane.view.zoomFactor() == zoom
        assert vbar.value() == scroll
        assert pane.current_page() == page

        qtbot.keyClick(pane.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        assert pane.fit_width_action.isChecked()
    finally:
        service.shutdown()


def test_a_broken_template_is_reported_in_the_pane_and_typing_goes_on(qtbot, session, service):
    write_pack(user_templates_dir(), "broken", BROKEN_PAGE)
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("&Title")
    edit = BoundLineEdit(session, ("title",), "Title")
    label.setBuddy(edit)
    pane = PreviewPane(service)
    for widget in (label, edit, pane):
        layout.addWidget(widget)
    show(qtbot, window)
    with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
        pass
    pages = pane.pages
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.end(False)

    session.set_value(("template", "name"), "broken")  # e.g. chosen on the Look step
    with qtbot.waitSignal(service.previewFailed, timeout=RENDER_WAIT_MS):
        qtbot.keyClicks(edit, " in")
    assert pane.banner.isVisible()
    assert "template.html.j2" in pane.banner.text()
    assert "line 3" in pane.banner.text()
    assert pane.pages == pages  # the last good pages are still there
    assert pane.status.text() == "Showing the last preview that worked."
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, " detention")
    assert session.brief.title == "Detention is never in the best interests of a child in detention"

    session.set_value(("template", "name"), "position-paper")
    with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
        pass
    assert not pane.banner.isVisible()
    assert "in the best interests of a child in detention" in shown_text(pane)
    assert edit.hasFocus()


def test_render_warnings_are_listed_under_the_pages(qtbot, session, service):
    write_pack(user_templates_dir(), "careless", """\
        <!doctype html><html><body><h1>{{ brief.title }}</h1>
        <p>{{ brief.no_such_field }}</p></body></html>
        """)
    pane = PreviewPane(service)
    show(qtbot, pane)
    with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
        pass
    session.set_value(("template", "name"), "careless")
    with qtbot.waitSignal(pane.pagesUpdated, timeout=RENDER_WAIT_MS):
        pass
    assert pane.warnings and any("no_such_field" in w for w in pane.warnings)
    assert pane.warning_label.isVisible()
    assert "no_such_field" in pane.warning_label.text()
    assert pane.status.text().startswith("Up to date, with 1 warning")


def test_every_control_is_labelled_and_reachable_by_tab(qtbot, session):
    service = RenderService(session)  # never started: no worker needed here
    pane = PreviewPane(service)
    show(qtbot, pane)
    controls = [pane.zoom_out_button, pane.zoom_in_button, pane.fit_button, pane.text_button,
                pane.page_spin, pane.view]
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    assert pane.page_label.buddy() is pane.page_spin
    assert "&" in pane.page_label.text()
    # Tab walks the controls in reading order; the page box waits until there are pages.
    assert not pane.page_spin.isEnabled()
    enabled = [c for c in controls if c is not pane.page_spin]
    pane.activateWindow()
    enabled[0].setFocus()
    qtbot.waitUntil(enabled[0].hasFocus)
    for control in enabled[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is control or control.isAncestorOf(focused), (control, focused)
    for action in (pane.zoom_in_action, pane.zoom_out_action, pane.fit_width_action):
        # A key each (Ctrl+-, Ctrl++, Ctrl+0); no Alt+letter, which belongs to the pages.
        assert not action.shortcut().isEmpty() and "&" not in action.text()
    service.shutdown()


def test_zoom_keys_work_once_when_the_window_binds_them_too(qtbot, session):
    service = RenderService(session)
    window = QWidget()
    layout = QVBoxLayout(window)
    pane = PreviewPane(service)
    layout.addWidget(pane)
    # A main window's View menu: the same standard keys, calling the pane.
    zoom_in = QAction("Zoom &In", window)
    zoom_in.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn))
    zoom_in.triggered.connect(pane.zoom_in)
    window.addAction(zoom_in)
    show(qtbot, window)
    window.activateWindow()
    pane.view.setFocus()
    qtbot.waitUntil(pane.view.hasFocus)

    fitted = pane.effective_zoom()
    qtbot.keyClick(pane.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom
    # One step per key press: not none (ambiguous keys), not two.
    assert pane.view.zoomFactor() == min(z for z in ZOOM_STEPS if z > fitted + 0.005)
    # Keys only the pane has still work from inside it.
    qtbot.keyClick(pane.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    service.shutdown()
