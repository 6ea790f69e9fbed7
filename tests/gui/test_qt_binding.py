"""The Qt binding must not lose references to None/True/False (PySide6 6.12.0 on CPython 3.11
did: every void call and every emit dropped one, aborting the app after some hundreds of
keystrokes with "none_dealloc"). Typing must leave those reference counts where they were."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit

# From CPython 3.12, None, True and False are immortal (PEP 683): their reference counts
# never change, so a binding that drops references cannot be caught this way there.
pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None/True/False are immortal from Python 3.12: the leak cannot show here")


class _Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_emits_keep_singleton_references(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    emitter = _Emitter()
    seen: list[int] = []
    emitter.fired.connect(seen.append)

    before = {name: sys.getrefcount(obj) for name, obj in
              (("None", None), ("True", True), ("False", False))}
    for i in range(2000):
        edit.setText(str(i))
        edit.setCursorPosition(0)
        emitter.fired.emit(i)
    after = {name: sys.getrefcount(obj) for name, obj in
             (("None", None), ("True", True), ("False", False))}

    assert len(seen) == 2000
    for name in before:
        # Other threads may hold a few references for a moment; a leak would show 2,000+.
        assert after[name] >= before[name] - 50, (name, before[name], after[name])


def test_typing_into_a_bound_field_keeps_none_alive(qtbot):
    from briefwriter.gui.session import Session
    from briefwriter.gui.widgets.bound import BoundLineEdit

    session = Session()
    field = BoundLineEdit(session, ("organisation", "name"), "Organisation name")
    qtbot.addWidget(field)
    # The garbage collector freeing earlier tests' objects mid-typing would also lower the
    # count: collect first and keep it out of the measurement.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        qtbot.keyClicks(field, "Migrant Voices West Africa " * 8)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert session.brief.organisation.name.startswith("Migrant Voices West Africa")
    assert after >= before - 50
