"""The services one main window shares with its pages, passed explicitly (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefwriter.gui.checks import CheckRunner
    from briefwriter.gui.export import ExportController
    from briefwriter.gui.render_service import RenderService
    from briefwriter.gui.session import Session
    from briefwriter.gui.settings import Settings


@dataclass
class AppContext:
    """Everything a step page or dialog may need besides its own widgets."""

    session: Session
    settings: Settings
    checks: CheckRunner
    render: RenderService
    exporter: ExportController
