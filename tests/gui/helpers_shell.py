"""Test helpers for the application shell: stand-ins for the render service, preview and
exporter (no worker process), simple step pages, and answers for the modal dialogs."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from briefwriter.core.model import FieldPath, get_at
from briefwriter.gui import dialogs
from briefwriter.gui.mainwindow import MainWindow, Parts
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.steps.table import STEP_ORDER
from briefwriter.gui.widgets.bound import BoundLineEdit

# One plain text field per step, enough to drive the shell as a person would.
STEP_FIELDS: dict[str, tuple[str, FieldPath]] = {
    "organisation": ("Organisation", ("organisation", "name")),
    "occasion": ("Occasion and audience", ("occasion", "event")),
    "priorities": ("Priorities", ("title",)),
    "gcm": ("Link to the GCM", ("subtitle",)),
    "aims": ("Engagement aims and asks", ("occasion", "place")),
    "messages": ("Messages and recommendations", ("summary",)),
    "sections": ("Your own sections", ("headings", "summary")),
    "evidence": ("Evidence and sources", ("statement", "speaker")),
    "cosignatories": ("Co-signatories", ("statement", "text")),
    "pledges": ("Pledges", ("organisation", "country")),
    "follow_up": ("Since the last review", ("organisation", "acronym")),
    "look": ("Template and look", ("template", "name")),
    "review": ("Review and export", ("occasion", "date")),
}


class FieldPage(StepPage):
    """A step page with one labelled, bound line edit."""

    def __init__(self, ctx, step_id: str) -> None:
        super().__init__(ctx)
        self.step_id = step_id
        self._title, self.path = STEP_FIELDS[step_id]
        self.owns = (self.path,)
        self.set_texts(self._title, "A test page.")
        label = QLabel(f"&{self._title} field")
        self.field = BoundLineEdit(self.session, self.path, f"{self._title} field")
        label.setBuddy(self.field)
        self.body.addWidget(label)
        self.body.addWidget(self.field)

    def title(self) -> str:
        return self._title

    def has_content(self) -> bool:
        return bool(get_at(self.session.brief, self.path))

    def focus_path(self, path: FieldPath) -> bool:
        if tuple(path[: len(self.path)]) != self.path:
            return False
        self.field.setFocus()
        return True


def make_pages(ctx) -> list[StepPage]:
    return [FieldPage(ctx, step) for step in STEP_ORDER]


class FakeRender(QObject):
    """Counts start/shutdown; never starts a process."""

    exportFinished = Signal(int, dict)  # the signals dialogs connect to; never emitted
    workerStateChanged = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.started = 0
        self.stopped = 0

    def start(self) -> None:
        self.started += 1

    def shutdown(self) -> None:
        self.stopped += 1


class FakePreview(QWidget):
    def __init__(self, render, parent=None) -> None:
        super().__init__(parent)
        self.render = render
        self.zoom = 0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Preview"))

    def zoom_in(self) -> None:
        self.zoom += 1

    def zoom_out(self) -> None:
        self.zoom -= 1


class FakeExporter(QObject):
    def __init__(self, session, render, settings, parent=None) -> None:
        super().__init__(parent)
        self.calls: list[str] = []

    def export_pdf(self, variant: str | None = None) -> None:
        self.calls.append("pdf")

    def export_html(self) -> None:
        self.calls.append("html")

    def export_docx(self) -> None:
        self.calls.append("docx")


def fake_parts(pages=make_pages) -> Parts:
    """Stand-ins for everything but the shell; ``pages=create_step_pages`` for the real pages."""
    return Parts(pages=pages, render=FakeRender, preview=FakePreview, exporter=FakeExporter)


def _forget_changes(window: MainWindow) -> None:
    # At the end of a test, a window with unsaved changes would ask what to do.
    window.session.undo_stack.setClean()


def close_later(request, window: MainWindow) -> MainWindow:
    """Close ``window`` (changes forgotten) at the end of the test, unless already deleted.

    For windows that delete themselves on close, which ``qtbot.addWidget`` cannot handle.
    """

    def finish() -> None:
        if shiboken6.isValid(window):
            _forget_changes(window)
            window.close()

    request.addfinalizer(finish)
    return window


def new_window(qtbot, settings: Settings | None = None, *, show: bool = True,
               parts: Parts | None = None) -> MainWindow:
    window = MainWindow(settings or Settings(), parts or fake_parts())
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.checks.wait(10_000)  # the first checks run in the background: their result is in
    if show:
        window.show()
        qtbot.waitExposed(window)
    return window


def close_quietly(window: MainWindow, monkeypatch) -> None:
    """Close without questions (Discard if anything is unsaved)."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    window.close()


class Answers:
    """Records modal dialogs and answers them; install with ``Answers.install(monkeypatch)``."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.save_answers: list[QMessageBox.StandardButton] = []
        self.open_paths: list[Path | None] = []
        self.save_paths: list[Path | None] = []
        #: what each file dialog offered: (the folder or suggested name, the filter)
        self.file_offers: list[tuple[str, str]] = []

    @classmethod
    def install(cls, monkeypatch) -> Answers:
        answers = cls()

        def save_changes(parent, name):
            answers.questions.append(f"Do you want to save the changes to “{name}”?")
            return {QMessageBox.StandardButton.Save: "save",
                    QMessageBox.StandardButton.Discard: "discard"}.get(
                answers.save_answers.pop(0), "cancel")

        def warning(parent, title, text, *args, **kwargs):
            answers.warnings.append(text)
            return QMessageBox.StandardButton.Ok

        def information(parent, title, text, *args, **kwargs):
            answers.infos.append(text)
            return QMessageBox.StandardButton.Ok

        def offered(args, kwargs) -> None:
            answers.file_offers.append((str(args[2]) if len(args) > 2 else "",
                                        str(args[3]) if len(args) > 3 else ""))

        def get_open(*args, **kwargs):
            offered(args, kwargs)
            path = answers.open_paths.pop(0)
            return (str(path) if path else "", "")

        def get_save(*args, **kwargs):
            offered(args, kwargs)
            path = answers.save_paths.pop(0)
            return (str(path) if path else "", "")

        monkeypatch.setattr(dialogs, "ask_save_changes", save_changes)
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
        return answers


def focus(qtbot, widget) -> None:
    """Put the keyboard focus in ``widget`` and wait until it has it."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
