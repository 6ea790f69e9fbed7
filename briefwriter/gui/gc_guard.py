"""Python's cyclic garbage collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread allocates when a threshold is crossed:
often a jobs lane reading a brief or checking a template.  If that collection frees a cycle
holding Qt objects (a closed dialog and its Python wrappers), their C++ destructors run on
that thread; Qt cannot stop their timers from there, and such a timer later fires on freed
memory and the app crashes.  So in the GUI process the automatic collector is off, and
``GuiThreadCollector`` collects from a timer on the GUI thread, when Python's own counts
say a collection is due (the generation Python would have collected).

While the first window starts, the collector is *held* (``hold``): start-up makes hundreds
of thousands of long-lived objects, and walking them mid-start costs 50-70 ms.  ``release``
freezes what start-up made (left out of every later collection) and lets the timer work.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts.  A young-generation collection
#: takes well under a millisecond; an old one a few milliseconds once start-up is frozen.
CHECK_MS = 500
NAME = "briefwriter-gc-guard"


class GuiThreadCollector(QObject):
    """Collects Python's garbage cycles on the GUI thread; the automatic collector stays off."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.held = False
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def hold(self) -> None:
        """No collection until ``release`` (the first window is being made)."""
        self.held = True

    def release(self) -> None:
        """Start-up is over: freeze what it made, then collect as usual."""
        if self.held:
            self.held = False
            gc.freeze()

    def due(self) -> int | None:
        """The oldest generation Python would collect now, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = None
        for generation in range(3):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                due = generation
            else:
                break
        return due

    def collect_if_due(self) -> None:
        gc.disable()  # whoever turned it on (a library, a test), it stays off here
        generation = self.due()
        if self.held or generation is None:
            return
        gc.collect(generation)
        self.collections += 1


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The app's one collector (made on first use; call it on the GUI thread)."""
    existing = app.findChild(GuiThreadCollector, NAME)
    return existing if existing is not None else GuiThreadCollector(app)
