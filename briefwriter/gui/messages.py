"""Core messages in the user's language: check results carry a template for Qt Linguist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefwriter.core.errors import Problem
from briefwriter.core.i18n import Msg


def _translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)


def msg_text(msg: Msg) -> str:
    """A core message, translated when a translation is installed."""
    try:
        return msg.render(_translate)
    except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
        return msg.render()


def problem_text(problem: Problem) -> str:
    """The problem's message, translated when a translation is installed."""
    if problem.msg is None:
        return problem.message
    return msg_text(problem.msg)
