"""Set-up for the step page tests: a real Session and CheckRunner, small fakes for the rest."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from briefwriter.core.model import Brief
from briefwriter.gui.checks import CheckRunner
from briefwriter.gui.context import AppContext
from briefwriter.gui.session import Session


@dataclass
class FakeSettings:
    ui_language: str = "en"
    last_folder: str = ""


@dataclass
class FakeRender:
    """The pages never talk to the render service directly; it only has to exist (the brand
    kit dialog asks for a new preview once a kit is saved: counted)."""

    started: bool = False
    previews_requested: int = 0

    def request_preview(self, *_args: object) -> None:
        self.previews_requested += 1


@dataclass
class FakeExporter:
    """Records what the Review step asks for instead of opening file dialogs."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def variant_labels(self) -> dict[str, str]:
        return {"ua-1": "Accessible PDF (PDF/UA-1)", "a-3u": "Archival PDF (PDF/A-3u)",
                "none": "Plain PDF"}

    def export_pdf(self, variant: str | None = None) -> int:
        self.calls.append(("pdf", {"variant": variant}))
        return len(self.calls)

    def export_html(self) -> int:
        self.calls.append(("html", {}))
        return len(self.calls)

    def export_docx(self) -> int:
        self.calls.append(("docx", {}))
        return len(self.calls)


def make_ctx(brief: Brief | None = None, path: Path | None = None) -> AppContext:
    session = Session(brief, path)
    checks = CheckRunner(session)
    return AppContext(session=session, settings=FakeSettings(),  # type: ignore[arg-type]
                      checks=checks, render=FakeRender(),  # type: ignore[arg-type]
                      exporter=FakeExporter())  # type: ignore[arg-type]


def show_page(qtbot: Any, page: QWidget, width: int = 900, height: int = 800) -> QWidget:
    """Show ``page`` as a window (focus and shortcuts need a visible, active window)."""
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts only reach the active window
    return page


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Focus ``widget`` as a person would (click) and type ``text``."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(widget, text)


def undo(session: Session) -> None:
    session.undo_stack.undo()


def redo(session: Session) -> None:
    session.undo_stack.redo()
