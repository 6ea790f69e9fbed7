"""What a main window does after its first paint: short steps, one per turn of the event loop.

The window appears with only its frame and menus; the brief, the services, the navigator and
the first page follow in steps, and the big imports they need get turns of their own, so no
single turn keeps the window from repainting or answering for long.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal

Step = Callable[[], object]

#: Modules imported a turn at a time before the step that needs them ("module:function"
#: also calls a function of it, e.g. to load cached data).  Only the timing depends on this
#: list, never the behaviour: a name that is missing (a library that moved its modules) is
#: skipped, and imported by whatever needs it.
WARM_UP: dict[str, tuple[str, ...]] = {
    "document": ("briefwriter.core.model", "briefwriter.gui.session", "briefwriter.gui.files"),
    "services": ("briefwriter.gui.render_service", "briefwriter.gui.export",
                 "briefwriter.gui.preview", "briefwriter.gui.navigator"),
    "page": ("markdown_it", "mdit_py_plugins.footnote", "briefwriter.core.text",
             "briefwriter.gui.widgets.markdown_editor", "briefwriter.gui.widgets.logo_field"),
    "checks": ("yaml", "briefwriter.core.gcm", "briefwriter.core.catalogues",
               "briefwriter.core.checks", "briefwriter.core.gcm:load_gcm",
               "briefwriter.core.catalogues:load_catalogues"),
}


def importing(name: str) -> Step:
    """A step that imports ``name`` (``module:function`` also calls that function); it does
    nothing if the module cannot be found."""
    module, _, function = name.partition(":")

    def step() -> None:
        try:
            loaded = import_module(module)
        except ImportError:
            return  # a warm-up only: the module's real user imports it and reports any error
        if function:
            getattr(loaded, function)()

    step.__qualname__ = f"import {name}"
    return step


def warm_up(group: str) -> list[Step]:
    return [importing(name) for name in WARM_UP[group]]


def qt_namespace() -> None:
    """Make ``QtCore.Qt``'s enums: PySide builds all ~90 at its first use (20-40 ms)."""
    QtCore.Qt.AlignmentFlag  # noqa: B018


class Startup(QObject):
    """Runs ``steps`` in order: one per turn of the event loop (``start``) or all now
    (``finish``); ``finished`` is emitted once, after the last."""

    finished = Signal()

    def __init__(self, steps: Sequence[Step], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._stopped = False
        self._done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    def start(self) -> None:
        if not self._stopped and not self._done:
            self._timer.start()

    def finish(self) -> None:
        """Run every remaining step now."""
        self._timer.stop()
        while self._steps and not self._stopped:
            self._steps.pop(0)()
        self._end()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    def is_done(self) -> bool:
        return self._done

    def _run_one(self) -> None:
        if self._steps and not self._stopped:
            self._steps.pop(0)()
        if self._steps and not self._stopped:
            self._timer.start()  # the next step, once the events waiting now are handled
        else:
            self._end()

    def _end(self) -> None:
        if not self._done and not self._stopped:
            self._done = True
            self.finished.emit()
