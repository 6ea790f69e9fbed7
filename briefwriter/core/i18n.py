"""Messages that the front ends can translate: an English template plus named parameters.

Core stays free of Qt, yet the desktop app shows its check results in the user's language:
each translatable template is written as ``QT_TRANSLATE_NOOP(context, text)`` (a no-op here,
but Qt Linguist's extractor finds it), and a ``Msg`` keeps the template and its parameters so
the GUI can translate the template, then fill it in.  Parameters may be ``Msg`` themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]
"""``(context, template) -> translated template``."""

CHECKS = "Checks"  # the translation context of the check messages


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt Linguist looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Msg:
    """A template such as ``"{name} has no title yet"`` and its parameters."""

    template: str
    params: tuple[tuple[str, Msg | str | int], ...] = ()
    context: str = CHECKS

    @classmethod
    def of(cls, template: str, **params: Msg | str | int) -> Msg:
        return cls(template, tuple(params.items()))

    def render(self, translate: Translate = _english) -> str:
        values = {
            name: value.render(translate) if isinstance(value, Msg) else value
            for name, value in self.params
        }
        return translate(self.context, self.template).format(**values)

    def __str__(self) -> str:
        return self.render()


def join_and(items: list[Msg | str]) -> Msg | str:
    """``a``, ``a and b``, ``a, b and c`` — as a translatable message."""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return Msg.of(QT_TRANSLATE_NOOP("Checks", "{a} and {b}"), a=items[0], b=items[1])
    head = Msg.of(QT_TRANSLATE_NOOP("Checks", "{a}, {b}"), a=items[0], b=items[1])
    return join_and([head, *items[2:]])
