"""The session's undo history and modified state, and the bound widgets that feed it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from briefwriter.core.model import Brief, Priority
from briefwriter.gui.commands import replace_list_value
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.bound import BoundLineEdit, BoundPlainTextEdit


def modified_log(session: Session) -> list[bool]:
    log: list[bool] = []
    session.modifiedChanged.connect(log.append)
    return log


def test_edit_undo_redo_follow_the_saved_state():
    session = Session()
    log = modified_log(session)
    assert not session.is_modified()

    assert session.set_value(("title",), "Firewalls now", "Edit title")
    assert session.is_modified() and log == [True]
    assert session.undo_stack.undoText() == "Edit title"

    session.undo_stack.undo()
    assert session.brief.title == ""
    assert not session.is_modified() and log == [True, False]

    session.undo_stack.redo()
    assert session.brief.title == "Firewalls now"
    assert session.is_modified()


def test_setting_the_same_value_records_nothing():
    session = Session(Brief(title="Same"))
    assert not session.set_value(("title",), "Same")
    assert session.undo_stack.count() == 0
    assert not session.is_modified()


def test_typing_bursts_merge_but_never_across_the_saved_state(tmp_path):
    session = Session()
    key = object()
    for text in ("F", "Fi", "Fir"):
        session.set_value(("title",), text, merge_key=key)
    assert session.undo_stack.count() == 1  # one undo step for the burst

    session.mark_saved(tmp_path / "a.brief.yaml")
    session.set_value(("title",), "Firs", merge_key=key)
    session.set_value(("title",), "First", merge_key=key)
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.brief.title == "Fir"  # back to exactly what was saved
    assert not session.is_modified()

    other = object()
    session.set_value(("subtitle",), "a", merge_key=other)
    session.set_value(("title",), "X", merge_key=other)  # another field: its own step
    assert session.undo_stack.count() == 3


def test_list_edits_undo_exactly():
    session = Session(Brief(priorities=[Priority(title="A"), Priority(title="B")]))
    session.append_item(("priorities",), Priority(title="C"))
    session.move_item(("priorities",), 2, 0)
    session.remove_item(("priorities",), 1)
    assert [p.title for p in session.brief.priorities] == ["C", "B"]
    session.undo_stack.undo()
    assert [p.title for p in session.brief.priorities] == ["C", "A", "B"]
    session.undo_stack.undo()
    assert [p.title for p in session.brief.priorities] == ["A", "B", "C"]
    session.undo_stack.undo()
    assert [p.title for p in session.brief.priorities] == ["A", "B"]
    assert not session.is_modified()


def test_the_undo_history_holds_copies_not_the_live_objects():
    session = Session()
    item = Priority(title="Mine")
    session.append_item(("priorities",), item)
    item.title = "changed behind the session's back"
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert session.brief.priorities[0].title == "Mine"


def test_macro_is_one_undo_step():
    session = Session()
    session.begin_macro("Add priority")
    index = session.append_item(("priorities",), Priority())
    session.set_value(("priorities", index, "title"), "Access to justice")
    session.end_macro()
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.brief.priorities == []


def test_replace_brief_starts_a_fresh_history_and_can_be_marked_unsaved(tmp_path):
    session = Session()
    resets: list[bool] = []
    paths: list[object] = []
    session.reset.connect(lambda: resets.append(True))
    session.pathChanged.connect(paths.append)
    session.set_value(("title",), "old")
    generation = session.generation

    original = tmp_path / "mine.brief.yaml"
    session.replace_brief(Brief(title="recovered"), original, modified=True)
    assert resets == [True] and paths == [original]
    assert session.generation > generation
    assert session.undo_stack.count() == 0
    assert session.is_modified()
    assert session.display_name() == "mine.brief.yaml"

    # An edit and its undo must not make the recovered brief look saved.
    session.set_value(("title",), "recovered, edited")
    session.undo_stack.undo()
    assert session.is_modified()


def test_mark_saved_after_later_edits_keeps_the_brief_unsaved(tmp_path):
    session = Session()
    session.set_value(("title",), "x")
    paths: list[object] = []
    session.pathChanged.connect(paths.append)
    target = tmp_path / "b.brief.yaml"
    session.mark_saved(target, clean=False)
    assert session.is_modified()
    assert session.path == target and paths == [target]
    session.mark_saved(target)
    assert not session.is_modified()
    assert paths == [target]  # the same path is not announced twice


def test_brief_data_is_a_snapshot():
    session = Session(Brief(title="T"))
    data = session.brief_data()
    data["title"] = "changed"
    data["priorities"].append({"title": "x"})
    assert session.brief.title == "T" and session.brief.priorities == []


def test_replace_list_value():
    assert replace_list_value(["a", "b"], "c", True) == ["a", "b", "c"]
    assert replace_list_value(["a", "b"], "a", True) == ["a", "b"]
    assert replace_list_value(["a", "b", "a"], "a", False) == ["b"]


def _focused(qtbot, widget: QWidget) -> None:
    widget.window().show()
    qtbot.waitExposed(widget.window())
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_z_in_a_text_field_undoes_in_the_brief_history(qtbot):
    """The field's own undo would change the text behind the session's back."""
    session = Session()
    host = QWidget()
    qtbot.addWidget(host)
    edit = BoundLineEdit(session, ("organisation", "name"), "Organisation name", host)
    _focused(qtbot, edit)
    qtbot.keyClicks(edit, "Migrant Voices")
    assert session.brief.organisation.name == "Migrant Voices"

    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "" and session.brief.organisation.name == ""
    assert not session.is_modified()
    assert session.undo_stack.index() == 0

    qtbot.keyClick(edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.text() == "Migrant Voices" and session.is_modified()
    host.close()


def test_multi_line_field_uses_the_brief_history_too(qtbot):
    session = Session()
    host = QWidget()
    qtbot.addWidget(host)
    edit = BoundPlainTextEdit(session, ("summary",), "Summary", host)
    _focused(qtbot, edit)
    qtbot.keyClicks(edit, "We ask")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "" and not session.is_modified()
    host.close()


def test_bound_field_follows_undo_of_another_widget(qtbot):
    session = Session()
    host = QWidget()
    qtbot.addWidget(host)
    edit = BoundLineEdit(session, ("title",), "Title", host)
    session.set_value(("title",), "From elsewhere")
    assert edit.text() == "From elsewhere"
    session.undo_stack.undo()
    assert edit.text() == ""
    session.replace_brief(Brief(title="Opened"), Path("x.brief.yaml"))
    assert edit.text() == "Opened"
