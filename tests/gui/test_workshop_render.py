"""The template workshop with a real render worker: customise a bundled template, break it,
follow the problem to its line, fix it, and see the change in the preview's PDF; a render
error is listed with its line."""

from __future__ import annotations

import pytest
from helpers_render import RENDER_WAIT_MS, normalise, pdf_text, user_templates_dir, write_pack
from helpers_steps import FakeExporter, FakeSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QWidget

from briefwriter.gui.checks import CheckRunner
from briefwriter.gui.context import AppContext
from briefwriter.gui.pack_dialogs import PackActions, PackNameDialog
from briefwriter.gui.workshop import open_workshop
from briefwriter.gui.workshop.window import WorkshopWindow, find_workshop
from briefwriter.paths import templates_dir
from briefwriter.render.templates import forget_read_packs

SENTENCE = "Our members rebuilt this template in the workshop."


@pytest.fixture
def ctx(session, service):
    forget_read_packs()
    return AppContext(session=session, settings=FakeSettings(),  # type: ignore[arg-type]
                      checks=CheckRunner(session), render=service,
                      exporter=FakeExporter())  # type: ignore[arg-type]


@pytest.fixture
def workshops(qtbot):
    """Closes the workshops a test opened (nothing left unsaved by then)."""
    yield
    for folder in (user_templates_dir() / "our-brief", user_templates_dir() / "broken",
                   templates_dir() / "two-page-brief"):
        window = find_workshop(folder)
        if window is not None:
            window.close()


def press(qtbot, window: WorkshopWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.editor, key, modifier)


def save_and_check(qtbot, window: WorkshopWindow) -> list[str]:
    with qtbot.waitSignal(window.checked, timeout=RENDER_WAIT_MS):
        press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return window.problems.texts()


def click_problem(qtbot, window: WorkshopWindow, text_part: str) -> None:
    row = next(i for i, t in enumerate(window.problems.texts()) if text_part in t)
    item = window.problems.item(row)
    qtbot.mouseClick(window.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.problems.visualItemRect(item).center())


def replace_all(qtbot, window: WorkshopWindow, old: str, new: str) -> None:
    bar = window.find_bar
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar.find_edit.clear()
    qtbot.keyClicks(bar.find_edit, old)
    bar.replace_edit.clear()
    qtbot.keyClicks(bar.replace_edit, new)
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "1 replaced"
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Escape)


def shown_pdf_text(window: WorkshopWindow) -> str:
    path = window.preview.current_path
    return normalise(pdf_text(path)) if path else ""


def test_customise_break_follow_fix_and_see_it_in_the_preview(
        qtbot, ctx, session, workshops, monkeypatch):
    host = QWidget()
    qtbot.addWidget(host)
    actions = PackActions(ctx, host)
    # Customise, as the gallery's button and the bundled pack's workshop bar do.
    actions.customise_folder(templates_dir() / "two-page-brief")
    qtbot.waitUntil(lambda: isinstance(actions.dialog, PackNameDialog), timeout=RENDER_WAIT_MS)
    dialog = actions.dialog
    dialog.name_edit.setText("our-brief")
    dialog.title_edit.setText("Our brief")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    folder = (user_templates_dir() / "our-brief").resolve()
    qtbot.waitUntil(lambda: find_workshop(folder) is not None, timeout=RENDER_WAIT_MS)
    window = find_workshop(folder)
    assert session.brief.template.name == "our-brief"
    qtbot.waitUntil(lambda: window.current is not None and window.pack_title == "Our brief",
                    timeout=RENDER_WAIT_MS)
    assert window.windowTitle().replace("[*]", "") == "Our brief — Template workshop"
    assert not window.editor.isReadOnly() and not window.read_only_bar.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()

    # A mistyped name after <body>, typed as a person would.
    assert window.current.name == "template.html.j2"
    body_line = window.editor.toPlainText().splitlines().index("<body>") + 1
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *args: (body_line, True)))
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_End)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "<p>{{ brief.organisaton.name }}</p>")
    problems = save_and_check(qtbot, window)
    line = body_line + 1
    wrong = [t for t in problems if t.startswith(f"template.html.j2:{line}:")]
    assert len(wrong) == 1 and "'organisaton'" in wrong[0], problems
    column = int(wrong[0].split(":")[2].split(" ")[0])

    # The problem leads to its line.
    window.editor.go_to(1)
    click_problem(qtbot, window, "organisaton")
    assert window.editor.cursor_place() == (line, column)
    assert window.editor.hasFocus()

    # Fixed as asked (the contract then points at the name it has: org), with a sentence.
    replace_all(qtbot, window, "brief.organisaton.name", "brief.organisation.name")
    click_problem(qtbot, window, "organisaton")
    press(qtbot, window, Qt.Key.Key_End)
    qtbot.keyClicks(window.editor, f"<p>{SENTENCE}</p>")
    problems = save_and_check(qtbot, window)
    assert any(t.startswith(f"template.html.j2:{line}:") and "did you mean 'org'" in t
               for t in problems), problems
    replace_all(qtbot, window, "brief.organisation.name", "org.name")
    assert save_and_check(qtbot, window) == ["No problems found."]

    # The preview shows the brief printed with the corrected pack.
    qtbot.waitUntil(lambda: SENTENCE in shown_pdf_text(window), timeout=RENDER_WAIT_MS)
    text = shown_pdf_text(window)
    assert f"{session.brief.organisation.name} {SENTENCE}" in text
    assert window.preview.pages >= 1
    saved = (folder / "template.html.j2").read_text("utf-8").splitlines()
    assert saved[line - 1] == f"<p>{{{{ org.name }}}}</p><p>{SENTENCE}</p>"


def test_a_render_error_is_listed_with_its_line(qtbot, ctx, workshops):
    folder = write_pack(user_templates_dir(), "broken",
                        "<p>a</p>\n<p>b</p>\n<p>{{ (brief.title | length) // 0 }}</p>\n")
    window = open_workshop(ctx, folder)
    with qtbot.waitSignal(window.previewFailed, timeout=RENDER_WAIT_MS) as failed:
        pass
    assert "template.html.j2, line 3" in failed.args[0]
    assert "ZeroDivisionError" in window.preview.banner.text()
    texts = window.problems.texts()
    assert texts[0].startswith("template.html.j2:3 — the template failed: ZeroDivisionError")
    window.open_file("style.css")
    click_problem(qtbot, window, "ZeroDivisionError")
    assert window.current.name == "template.html.j2"
    assert window.editor.cursor_place() == (3, 1)
    # Mended: the error leaves the list once the preview works again.
    window.editor.go_to(3, len("<p>{{ (brief.title | length) // ") + 1)
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(window.editor, "2")
    with qtbot.waitSignal(window.previewShown, timeout=RENDER_WAIT_MS):
        qtbot.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not any("ZeroDivisionError" in t for t in window.problems.texts())
    assert window.preview.banner.isHidden()


def test_a_bundled_pack_opens_read_only_and_its_customise_bar_makes_a_copy(
        qtbot, ctx, session, workshops):
    from briefwriter.gui.pack_dialogs import open_in_workshop

    source = templates_dir() / "two-page-brief"
    open_in_workshop(ctx, source)
    window = find_workshop(source)
    assert window is not None and window.files.read_only
    qtbot.waitUntil(lambda: window.current is not None, timeout=RENDER_WAIT_MS)
    assert window.editor.isReadOnly() and window.read_only_bar.isVisible()
    window.customise_button.click()
    qtbot.waitUntil(lambda: window.findChild(PackNameDialog) is not None,
                    timeout=RENDER_WAIT_MS)
    dialog = window.findChild(PackNameDialog)
    assert dialog.name() == "two-page-brief-own"
    dialog.name_edit.setText("our-brief")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    copy = (user_templates_dir() / "our-brief").resolve()
    qtbot.waitUntil(lambda: find_workshop(copy) is not None, timeout=RENDER_WAIT_MS)
    assert not find_workshop(copy).files.read_only
    assert session.brief.template.name == "our-brief"
