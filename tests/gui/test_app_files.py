"""Files given to the app on the command line, as a desktop passes them on a double-click:
briefs open (one window each), a template pack shows what it holds before it is installed;
and the windows carry BriefWriter's icon."""

from __future__ import annotations

import pytest
from helpers_render import RENDER_WAIT_MS, SIMPLE_PAGE, write_pack
from helpers_shell import FakeExporter, FakePreview, close_later, fake_parts, make_pages
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from briefwriter.core.model import Brief
from briefwriter.core.storage import save_brief
from briefwriter.desktop import ICON_SIZES
from briefwriter.gui import app as app_module
from briefwriter.gui.mainwindow import Parts
from briefwriter.gui.pack_dialogs import InstallDialog, window_pack_actions
from briefwriter.gui.render_service import RenderService
from briefwriter.gui.settings import Settings
from briefwriter.gui.welcome import WelcomeDialog
from briefwriter.render import packs


@pytest.fixture
def start(qtbot, request, qapp):
    palette = qapp.palette()

    def started(argv: list[str], parts: Parts | None = None):
        window = app_module.start(QApplication.instance(), argv, settings=Settings(),
                                  parts=parts or fake_parts())
        close_later(request, window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.is_built, timeout=5000)
        return window

    yield started
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def a_brief(folder, name: str):
    path = folder / f"{name}.brief.yaml"
    save_brief(Brief(title=f"The {name} brief"), path)
    return path


def test_a_template_pack_given_opens_the_install_dialog(qtbot, start, tmp_path, answers):
    source = packs.pack_zip(write_pack(tmp_path / "made", "partner-brief", SIMPLE_PAGE),
                            tmp_path / "partner-brief.brieftemplate.zip")
    # The real render worker: the dialog prints the brief with the pack.
    window = start([str(source)], Parts(pages=make_pages, render=RenderService,
                                        preview=FakePreview, exporter=FakeExporter))
    actions = window_pack_actions(window.ctx, window)
    qtbot.waitUntil(lambda: isinstance(actions.dialog, InstallDialog), timeout=RENDER_WAIT_MS)
    dialog = actions.dialog
    qtbot.waitUntil(lambda: dialog.thumbnail.pixmap() is not None
                    and not dialog.thumbnail.pixmap().isNull(), timeout=RENDER_WAIT_MS)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Test pack partner-brief" in text for text in shown)
    assert any("partner-brief.brieftemplate.zip" in text for text in shown)
    assert window.session.path is None  # not read as a brief
    assert answers.warnings == []
    staging = dialog.staged.pack.folder
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not staging.exists(), timeout=5000)


def test_several_briefs_open_one_window_each(qtbot, request, start, tmp_path, answers):
    first, second = a_brief(tmp_path, "first"), a_brief(tmp_path, "second")
    window = start([str(first), str(second)])
    group = window.group
    qtbot.waitUntil(lambda: len(group.windows) == 2, timeout=5000)
    other = next(w for w in group.windows if w is not window)
    close_later(request, other)
    qtbot.waitUntil(lambda: window.session.path == first and other.session.path == second,
                    timeout=5000)
    assert other.session.brief.title == "The second brief"
    assert other.isVisible()


def test_the_app_has_its_icon_in_every_size(qapp):
    app_module.create_app()
    sizes = QApplication.windowIcon().availableSizes()
    assert sorted(sizes, key=QSize.width) == [QSize(size, size) for size in ICON_SIZES]


def _ask_to_open(path) -> bool:
    """What macOS's Finder does: an "open file" event sent to the running app."""
    return app_module.route_file_open(QApplication.instance(), QFileOpenEvent(str(path)))


def test_a_file_the_system_asks_to_open_goes_into_the_untouched_window(qtbot, start, tmp_path):
    window = start([])
    for dialog in window.findChildren(WelcomeDialog):
        dialog.reject()
    brief = a_brief(tmp_path, "finder")
    assert _ask_to_open(brief)
    qtbot.waitUntil(lambda: window.session.path == brief, timeout=5000)
    assert window.session.brief.title == "The finder brief"
    assert len(window.group.windows) == 1


def test_a_file_asked_for_while_a_brief_is_open_gets_a_window_of_its_own(
        qtbot, request, start, tmp_path):
    first, second = a_brief(tmp_path, "first"), a_brief(tmp_path, "second")
    window = start([str(first)])
    qtbot.waitUntil(lambda: window.session.path == first, timeout=5000)
    assert _ask_to_open(second)
    group = window.group
    assert len(group.windows) == 2
    other = next(w for w in group.windows if w is not window)
    close_later(request, other)
    qtbot.waitUntil(lambda: other.session.path == second, timeout=5000)
    assert window.session.path == first  # the open brief was not replaced


def test_only_open_file_events_are_taken(start):
    start([])
    assert not app_module.route_file_open(QApplication.instance(), QEvent(QEvent.Type.Show))
    assert not _ask_to_open("")  # an event that names no file
