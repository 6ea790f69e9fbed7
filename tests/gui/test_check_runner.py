"""The checks run in the background on a copy of the brief; only the newest result is shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from briefwriter.core.checks import check_brief
from briefwriter.core.errors import Problem
from briefwriter.core.model import Brief, Recommendation
from briefwriter.gui import checks as checks_module
from briefwriter.gui import jobs
from briefwriter.gui.checks import CHECKS_LANE, CheckRunner
from briefwriter.gui.session import Session

WAIT_MS = 5_000  # a guard against hangs, never a measurement


@pytest.fixture
def gate():
    event = threading.Event()
    yield event
    event.set()  # never leave a check waiting (and its thread running)


@pytest.fixture
def calls(monkeypatch, gate):
    """Stand-in checks that report the title they were given; each waits for ``gate``."""
    seen: list[tuple[str, Brief, threading.Thread]] = []

    def check(brief: Brief, brief_dir):
        seen.append((brief.title, brief, threading.current_thread()))
        assert gate.wait(WAIT_MS)
        return [Problem(brief.title)]

    monkeypatch.setattr(checks_module, "_check", check)
    return seen


def shown(runner: CheckRunner) -> list[list[str]]:
    log: list[list[str]] = []
    runner.updated.connect(lambda problems: log.append([p.message for p in problems]))
    return log


def test_the_real_checks_report_what_check_brief_finds(qtbot):
    session = Session(Brief(title="Only a title"))
    runner = CheckRunner(session)
    with qtbot.waitSignal(runner.updated, timeout=WAIT_MS) as blocker:
        runner.run_now()
    assert blocker.args[0] == check_brief(session.brief, None)
    assert runner.problems == blocker.args[0] and runner.problems


def test_the_app_names_the_parts_the_chosen_template_leaves_out(qtbot):
    brief = Brief(title="Short", recommendations=[Recommendation("IOM", "Fund it.")])
    brief.template.name = "two-page-brief"
    runner = CheckRunner(Session(brief))
    with qtbot.waitSignal(runner.updated, timeout=WAIT_MS):
        runner.run_now()
    [left_out] = [p for p in runner.problems if p.code == "template-leaves-out"]
    assert left_out.message == "The Two-page brief does not show: Recommendations (1)."
    assert left_out.path == ("recommendations",)


def test_they_run_off_the_gui_thread_on_a_copy(qtbot, calls, gate):
    session = Session(Brief(title="Checked"))
    runner = CheckRunner(session)
    log = shown(runner)
    runner.run_now()
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT_MS)
    _title, brief, thread = calls[0]
    assert thread is not threading.main_thread()
    assert brief is not session.brief and brief == session.brief
    gate.set()
    qtbot.waitUntil(lambda: bool(log), timeout=WAIT_MS)
    assert log == [["Checked"]]


def test_a_result_for_an_older_brief_is_never_shown(qtbot, calls, gate):
    session = Session(Brief(title="Before"))
    runner = CheckRunner(session)
    log = shown(runner)
    runner.run_now()
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT_MS)  # checking "Before" ...
    session.set_value(("title",), "After")  # ... when the person types
    gate.set()
    qtbot.waitUntil(lambda: bool(log), timeout=WAIT_MS)
    assert log == [["After"]]
    assert [title for title, _brief, _thread in calls] == ["Before", "After"]
    assert [p.message for p in runner.problems] == ["After"]


def test_the_newest_request_wins(qtbot, calls, gate):
    # Another window's check holds the lane, so these requests wait behind it.
    other = QObject()
    held = threading.Event()
    jobs.Job(other, lambda: held.set() or gate.wait(WAIT_MS), lane=CHECKS_LANE).run()
    assert held.wait(WAIT_MS)
    session = Session()
    runner = CheckRunner(session)
    log = shown(runner)
    for n in range(5):
        session.set_value(("title",), f"version {n}")
        runner.run_now()
    gate.set()
    assert runner.wait(WAIT_MS)
    assert [title for title, _brief, _thread in calls] == ["version 4"]  # the others dropped
    assert log == [["version 4"]]
    jobs.wait(other, WAIT_MS)


def test_review_hears_of_a_template_the_brief_may_not_use(qtbot, tmp_path):
    """The app's checks apply the same rule as ``briefwriter check``: a brief naming a
    folder outside its own is refused, a name that is not installed is a warning."""
    from briefwriter.gui.steps.base import StepState
    from briefwriter.gui.steps.registry import StepInfo

    brief = Brief(title="A brief")
    brief.template.name = str(tmp_path)  # an absolute folder: never from a brief
    session = Session(brief, tmp_path / "brief" / "a.brief.yaml")
    runner = CheckRunner(session)
    with qtbot.waitSignal(runner.updated, timeout=WAIT_MS):
        runner.run_now()
    found = {(p.path, p.severity, p.code) for p in runner.problems}
    assert (("template", "name"), "error", "template-refused") in found
    # The navigator marks Template and look as needing a look.
    look = StepInfo("look", "Template and look", session)
    assert look.state(runner.problems) is StepState.WARNINGS

    session.set_value(("template", "name"), "no-such-pack")
    with qtbot.waitSignal(runner.updated, timeout=WAIT_MS):
        runner.run_now()
    codes = {(p.severity, p.code) for p in runner.problems if p.path == ("template", "name")}
    assert codes == {("warning", "template-unusable")}
