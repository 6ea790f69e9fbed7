"""The template workshop without a renderer: the editor (line numbers, Tab, find and replace,
undo), colouring, the Problems list leading to a line, saving, the unsaved-changes question
and bundled packs shown read-only."""

from __future__ import annotations

import pytest
from helpers_render import SIMPLE_PAGE, user_templates_dir, write_pack
from helpers_shell import close_later, fake_parts, new_window
from helpers_steps import FakeExporter, FakeSettings
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QMessageBox

from briefwriter.gui.checks import CheckRunner
from briefwriter.gui.context import AppContext
from briefwriter.gui.mainwindow import Parts
from briefwriter.gui.render_service import STOPPED
from briefwriter.gui.workshop import open_workshop
from briefwriter.gui.workshop.editor import CodeEditor
from briefwriter.gui.workshop.highlight import FORMATS, highlighter_for
from briefwriter.gui.workshop.window import WorkshopWindow, find_workshop
from briefwriter.paths import templates_dir


class SampleRender(QObject):
    """Stands in for the render service: records the samples asked for, renders nothing."""

    exportFinished = Signal(int, dict)
    workerStateChanged = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = STOPPED
        self.running_job = None
        self.samples: list[tuple[int, str]] = []
        self.cancelled: list[int] = []

    def start(self) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def submit_sample(self, template: str, pdf: str, **_kwargs) -> int:
        self.samples.append((len(self.samples) + 1, template))
        return len(self.samples)

    def cancel(self, job_id: int) -> bool:
        self.cancelled.append(job_id)
        return True


@pytest.fixture
def ctx(session):
    return AppContext(session=session, settings=FakeSettings(),  # type: ignore[arg-type]
                      checks=CheckRunner(session), render=SampleRender(session),  # type: ignore[arg-type]
                      exporter=FakeExporter())  # type: ignore[arg-type]


@pytest.fixture
def pack():
    return write_pack(user_templates_dir(), "our-pack", SIMPLE_PAGE)


def shown(qtbot, ctx, folder, **kwargs) -> WorkshopWindow:
    window = open_workshop(ctx, folder, **kwargs)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current is not None and window.file_list.count() > 0)
    qtbot.waitUntil(lambda: window.problems.texts() != [] and window.pack_title != folder.name)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def closing():
    windows: list[WorkshopWindow] = []
    yield windows
    for window in windows:
        for document in window.files.documents:
            document.text_document.setModified(False)
        window.close()


def test_the_workshop_lists_the_files_and_opens_the_entry(qtbot, ctx, pack, closing):
    (pack / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    window = shown(qtbot, ctx, pack)
    closing.append(window)
    assert window.windowTitle().replace("[*]", "") == "Test pack our-pack — Template workshop"
    items = [window.file_list.item(i).text() for i in range(window.file_list.count())]
    assert items[:3] == ["template.yaml", "template.html.j2", "style.css"]
    assert items[3].startswith("logo.png (not editable")
    assert window.current.name == "template.html.j2"
    assert "{{ brief.title }}" in window.editor.toPlainText()
    assert not window.editor.isReadOnly() and not window.read_only_bar.isVisible()
    window.open_file("logo.png")
    assert window.editor.isReadOnly() and window.file_note.isVisible()
    assert ctx.render.samples == [(1, str(pack.resolve()))]  # the preview of this pack
    assert open_workshop(ctx, pack) is window  # the same folder raises the same window


def test_line_numbers_follow_the_lines_and_tab_types_spaces(qtbot):
    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("\n".join(f"line {n}" for n in range(1, 13)))
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.blockCount() == 12
    narrow = editor.gutter_width()
    assert editor.viewportMargins().left() == narrow > 0
    editor.setPlainText("\n".join("x" for _n in range(12345)))
    assert editor.blockCount() == 12345
    assert editor.viewportMargins().left() == editor.gutter_width() > narrow
    editor.setPlainText("abc")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "abc "  # to the next stop of two
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "abc   "
    editor.go_to(1, 3)
    assert editor.cursor_place() == (1, 3)


def test_find_replace_and_undo(qtbot, ctx, pack, closing):
    window = shown(qtbot, ctx, pack)
    closing.append(window)
    editor = window.editor
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    for widget in (bar.find_edit, bar.replace_edit, bar.next_button, bar.previous_button,
                   bar.replace_button, bar.replace_all_button, bar.close_button):
        assert widget.accessibleName()
    qtbot.keyClicks(bar.find_edit, "BRIEF.title")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "brief.title"
    assert editor.cursor_place()[0] == 2  # the <title> line
    bar.next_button.click()
    assert editor.cursor_place()[0] == 3  # the <h1> line
    bar.previous_button.click()
    assert editor.cursor_place()[0] == 2
    bar.match_case.setChecked(True)
    bar.find_next()
    assert bar.status.text() == "Not found"
    bar.match_case.setChecked(False)
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.replace_edit.hasFocus()
    bar.replace_edit.setText("brief.subtitle")
    bar.replace_all_button.click()
    assert bar.status.text() == "2 replaced"
    text = editor.toPlainText()
    assert "brief.title" not in text and text.count("brief.subtitle") == 2
    assert window.isWindowModified() and window.save_action.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step
    assert editor.toPlainText().count("brief.title") == 2
    assert not window.isWindowModified()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editor.hasFocus()


def test_go_to_line_asks_for_a_number(qtbot, ctx, pack, closing, monkeypatch):
    window = shown(qtbot, ctx, pack)
    closing.append(window)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *args: (3, True)))
    qtbot.keyClick(window.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.cursor_place() == (3, 1)
    assert window.place_label.text() == "Line 3, column 1"


def formats_at(document, line: int) -> dict[int, QColor]:
    """The foreground colour at each column of ``line`` (1-based) that has one."""
    block = document.findBlockByNumber(line - 1)
    colours: dict[int, QColor] = {}
    for fmt in block.layout().formats():
        for column in range(fmt.start, fmt.start + fmt.length):
            colours[column + 1] = fmt.format.foreground().color()
    return colours


def colour(kind: str) -> QColor:
    return FORMATS[kind].foreground().color()


def test_a_jinja_line_is_coloured_by_its_parts(qtbot):
    editor = CodeEditor()
    qtbot.addWidget(editor)
    line = '<p class="note">{{ brief.title }}</p>{# a comment #}'
    editor.setPlainText(line + '\n{% if x %}<!-- spans\nlines -->')
    highlighter = highlighter_for("template.html.j2", editor.document())
    assert highlighter is not None
    highlighter.rehighlight()
    colours = formats_at(editor.document(), 1)
    assert colours[line.index("<p") + 1] == colour("tag")
    assert colours[line.index("class") + 1] == colour("attribute")
    assert colours[line.index('"note"') + 1] == colour("string")
    assert colours[line.index("{{") + 1] == colour("jinja")
    assert colours[line.index("brief.title") + 1] == colour("jinja")
    assert colours[line.index("{#") + 1] == colour("comment")
    assert formats_at(editor.document(), 2)[1] == colour("jinja")
    assert formats_at(editor.document(), 2)[len("{% if x %}") + 1] == colour("comment")
    assert formats_at(editor.document(), 3)[1] == colour("comment")  # still in the comment
    css = CodeEditor()
    qtbot.addWidget(css)
    css.setPlainText("h1 { color: var(--accent); } /* note */\n@page { margin: 0 }")
    highlighter_for("style.css", css.document()).rehighlight()
    colours = formats_at(css.document(), 1)
    assert colours[1] == colour("selector")
    assert colours[len("h1 { ") + 1] == colour("property")
    assert colours[len("h1 { color: ") + 1] == colour("variable")
    assert colours[len("h1 { color: var(--accent); } ") + 1] == colour("comment")
    assert formats_at(css.document(), 2)[1] == colour("at_rule")
    yaml_doc = CodeEditor()
    qtbot.addWidget(yaml_doc)
    yaml_doc.setPlainText("title: 'Our paper'  # shown in the gallery")
    highlighter_for("template.yaml", yaml_doc.document()).rehighlight()
    colours = formats_at(yaml_doc.document(), 1)
    assert colours[1] == colour("key") and colours[len("title: ") + 1] == colour("string")
    assert colours[len("title: 'Our paper'  ") + 1] == colour("comment")
    assert highlighter_for("notes.bin", yaml_doc.document()) is None


def test_a_problem_leads_to_its_file_line_and_column(qtbot, ctx, closing):
    folder = write_pack(user_templates_dir(), "our-pack",
                        "<h1>{{ brief.title }}</h1>\n<p>{{ org.nmae }}</p>\n")
    (folder / "style.css").write_text("body {\n  margin: 0;\n}\n", encoding="utf-8")
    window = shown(qtbot, ctx, folder)
    closing.append(window)
    texts = window.problems.texts()
    found = [t for t in texts if t.startswith("template.html.j2:2:") and "nmae" in t]
    assert found, texts
    column = int(found[0].split(":")[2].split(" ")[0])
    window.open_file("style.css")
    row = texts.index(found[0])
    item = window.problems.item(row)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Error: template.html.j2:2:")
    qtbot.mouseClick(window.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.problems.visualItemRect(item).center())
    assert window.current.name == "template.html.j2"
    assert window.editor.cursor_place() == (2, column)
    assert window.editor.hasFocus()
    assert window.editor.toPlainText().splitlines()[1][column - 1:].startswith("nmae")
    window.open_file("style.css")
    window.problems.setFocus()
    window.problems.setCurrentItem(item)
    qtbot.keyClick(window.problems, Qt.Key.Key_Return)  # the keyboard way
    assert window.current.name == "template.html.j2"


def test_saving_writes_the_file_checks_again_and_asks_for_a_new_preview(
        qtbot, ctx, closing):
    folder = write_pack(user_templates_dir(), "our-pack", "<p>{{ org.nmae }}</p>\n")
    window = shown(qtbot, ctx, folder)
    closing.append(window)
    assert any("nmae" in t for t in window.problems.texts())
    editor = window.editor
    editor.go_to(1, len("<p>{{ org.n") + 1)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, "am")
    assert window.isWindowModified()
    assert window.file_list.currentItem().text() == "template.html.j2 *"
    with qtbot.waitSignal(window.checked, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "template.html.j2").read_text("utf-8") == "<p>{{ org.name }}</p>\n"
    assert not list(folder.glob("*.bak")) and not list(folder.glob(".*"))
    assert window.problems.texts() == ["No problems found."]
    assert not window.isWindowModified()
    assert window.file_list.currentItem().text() == "template.html.j2"
    assert [t for _i, t in ctx.render.samples] == [str(folder.resolve())] * 2
    assert ctx.render.cancelled == [1]  # the first, still waiting, was replaced


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_unsaved_changes_asks(qtbot, ctx, pack, answers, answer):
    window = shown(qtbot, ctx, pack)
    entry = pack / "template.html.j2"
    before = entry.read_text("utf-8")
    window.editor.go_to(1)
    qtbot.keyClicks(window.editor, "<!-- ours -->")
    answers.save_answers.append({"cancel": QMessageBox.StandardButton.Cancel,
                                 "discard": QMessageBox.StandardButton.Discard,
                                 "save": QMessageBox.StandardButton.Save}[answer])
    window.close()
    assert answers.questions == ["Do you want to save the changes to “template.html.j2”?"]
    if answer == "cancel":
        assert window.isVisible() and window.isWindowModified()
        window.files.documents[1].text_document.setModified(False)
        window.close()
        assert entry.read_text("utf-8") == before
    elif answer == "discard":
        assert not window.isVisible()
        assert entry.read_text("utf-8") == before
    else:
        qtbot.waitUntil(lambda: find_workshop(pack) is None)  # closed once saved
        assert entry.read_text("utf-8") == "<!-- ours -->" + before


def test_a_bundled_pack_is_shown_read_only_with_a_way_to_customise(qtbot, ctx, closing):
    asked: list = []
    folder = templates_dir() / "two-page-brief"
    window = shown(qtbot, ctx, folder, on_customise=asked.append)
    closing.append(window)
    assert window.read_only_bar.isVisible()
    assert window.read_only_label.text() == \
        "Bundled templates cannot be changed — Customise… makes your own copy"
    assert window.editor.isReadOnly()
    before = window.editor.toPlainText()
    qtbot.keyClicks(window.editor, "changed")
    assert window.editor.toPlainText() == before and not window.isWindowModified()
    assert not window.replace_action.isEnabled()
    with qtbot.waitSignal(window.customiseRequested) as signal:
        qtbot.keyClick(window.customise_button, Qt.Key.Key_Space)
    assert signal.args == [str(folder.resolve())]
    assert asked == [folder.resolve()]
    assert window.customise_button.accessibleName() == "Customise this template"


def test_the_menus_have_the_workshop_shortcuts(qtbot, ctx, pack, closing):
    window = shown(qtbot, ctx, pack)
    closing.append(window)
    menus = {a.text(): [b.text() for b in a.menu().actions() if not b.isSeparator()]
             for a in window.menuBar().actions()}
    assert menus == {"&File": ["&Save", "Save A&ll", "C&heck Now", "&Close"],
                     "&Edit": ["&Undo", "&Redo", "&Find…", "R&eplace…", "&Go to Line…"]}
    assert window.save_action.shortcut() == QKeySequence("Ctrl+S")
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.replace_action.shortcut() == QKeySequence("Ctrl+H")
    assert window.go_to_line_action.shortcut() == QKeySequence("Ctrl+L")


def test_closing_the_owner_window_asks_about_the_workshop_first(qtbot, ctx, pack, answers):
    owner = QMainWindow()
    qtbot.addWidget(owner)
    owner.show()
    window = shown(qtbot, ctx, pack, parent=owner)
    assert window.isWindow() and window.parent() is owner
    qtbot.keyClicks(window.editor, "<!-- ours -->")
    answers.save_answers.append(QMessageBox.StandardButton.Cancel)
    assert not owner.close()  # the workshop stays open, and so does its owner
    assert owner.isVisible() and window.isVisible()
    answers.save_answers.append(QMessageBox.StandardButton.Discard)
    assert owner.close()
    assert not owner.isVisible() and not window.isVisible()
    assert len(answers.questions) == 2


def test_tab_goes_from_the_files_to_the_editor_and_the_find_bar(qtbot, ctx, pack, closing):
    window = shown(qtbot, ctx, pack)
    closing.append(window)
    window.open_find()
    window.file_list.setFocus()
    qtbot.keyClick(window.file_list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor
    # Tab in the editor types spaces: Ctrl+Tab leaves it, as in Qt's text editors.
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.find_bar.find_edit
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.find_bar.next_button


def test_files_that_cannot_be_edited_say_why(qtbot, ctx, pack, closing):
    (pack / "notes.txt").write_bytes(b"caf\xe9\n")
    (pack / "huge.css").write_bytes(b"a" * 1_000_001)
    (pack / "elsewhere.css").symlink_to(pack / "style.css")
    window = shown(qtbot, ctx, pack)
    closing.append(window)
    items = {window.file_list.item(i).text() for i in range(window.file_list.count())}
    assert "notes.txt (not editable: not UTF-8 text (line 1))" in items
    assert "huge.css (not editable: larger than 1000 kB)" in items
    assert "elsewhere.css (not editable: a link, not a file of the pack)" in items
    window.open_file("notes.txt")
    assert window.editor.isReadOnly()
    assert window.file_note.text() == "notes.txt cannot be edited here (not UTF-8 text (line 1))."


def test_an_edit_of_the_brief_prints_it_again_with_the_pack(qtbot, ctx, pack, closing):
    window = shown(qtbot, ctx, pack)
    closing.append(window)
    assert len(ctx.render.samples) == 1
    ctx.session.set_value(("title",), "A new title", "Edit title")
    qtbot.waitUntil(lambda: len(ctx.render.samples) == 2)
    assert ctx.render.samples[-1][1] == str(pack.resolve())


def test_the_templates_menu_opens_the_brief_template_in_the_workshop(qtbot, answers, request):
    parts = fake_parts()
    parts = Parts(pages=parts.pages, render=SampleRender, preview=parts.preview,
                  exporter=parts.exporter)
    main = close_later(request, new_window(qtbot, parts=parts))
    qtbot.waitUntil(main.workshop_action.isEnabled)
    assert main.session.brief.template.name == "position-paper"
    main.workshop_action.trigger()
    folder = (templates_dir() / "position-paper").resolve()
    qtbot.waitUntil(lambda: find_workshop(folder) is not None)
    workshop = find_workshop(folder)
    assert workshop.parent() is main and workshop.isWindow()
    qtbot.waitUntil(lambda: workshop.current is not None)
    assert workshop.editor.isReadOnly() and workshop.read_only_bar.isVisible()
    main.close()
    qtbot.waitUntil(lambda: find_workshop(folder) is None)


def test_closing_while_a_save_is_under_way_closes_once_it_is_done(qtbot, ctx, pack, answers):
    window = shown(qtbot, ctx, pack)
    entry = pack / "template.html.j2"
    window.editor.go_to(1)
    qtbot.keyClicks(window.editor, "<!-- ours -->")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.files.saving
    window.close()  # nothing left unsaved once the save lands: no question
    qtbot.waitUntil(lambda: find_workshop(pack) is None)
    assert answers.questions == []
    assert entry.read_text("utf-8").startswith("<!-- ours -->")
