"""Keeps Alt+letter mnemonics unambiguous: each letter leads to one control in a window.

A step page shares its window with the menu bar (Alt+F, E, V, G, H), the Back and Next
buttons and the preview pane.  Two controls with the same letter make Alt+letter cycle
between them, or open a menu instead of reaching a field.  ``resolve_mnemonics`` moves a
page's clashing mnemonics to another letter of the same words, in whatever language the
interface is in (the clashes differ from one translation to the next), much as KDE's
accelerator manager does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def _chars(text: str) -> tuple[list[str], int | None]:
    """The characters shown for ``text`` ("&&" is one "&") and the index of the mnemonic."""
    shown: list[str] = []
    marked: int | None = None
    i = 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                shown.append("&")
                i += 2
                continue
            if marked is None:
                marked = len(shown)
            i += 1
            continue
        shown.append(text[i])
        i += 1
    return shown, marked


def _text(shown: Sequence[str], marked: int | None) -> str:
    out = []
    for index, ch in enumerate(shown):
        if index == marked:
            out.append("&")
        out.append("&&" if ch == "&" else ch)
    return "".join(out)


def mnemonic_letter(text: str) -> str:
    """The mnemonic of ``text`` ("Move do&wn" -> "w"), "" when it has none."""
    shown, marked = _chars(text)
    if marked is None or marked >= len(shown):
        return ""
    return shown[marked].casefold()


def _candidates(text: str) -> list[str]:
    """Letters ``text`` could use, best first: its own, word starts, then any other."""
    shown, marked = _chars(text)
    starts = [i for i, ch in enumerate(shown)
              if ch.isalnum() and (i == 0 or not shown[i - 1].isalnum())]
    others = [i for i, ch in enumerate(shown) if ch.isalnum() and i not in starts]
    order = ([marked] if marked is not None and marked < len(shown) else []) + starts + others
    letters: list[str] = []
    for index in order:
        letter = shown[index].casefold()
        if letter not in letters:
            letters.append(letter)
    return letters


def with_mnemonic_on(text: str, letter: str) -> str:
    """``text`` with its mnemonic on ``letter`` (kept where it is if already there; else the
    first word starting with it, else its first occurrence)."""
    shown, marked = _chars(text)
    if marked is not None and marked < len(shown) and shown[marked].casefold() == letter:
        return text
    hits = [i for i, ch in enumerate(shown) if ch.casefold() == letter]
    starts = [i for i in hits if i == 0 or not shown[i - 1].isalnum()]
    return _text(shown, (starts or hits)[0]) if hits else text


def with_free_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with its mnemonic moved to a letter not in ``taken``: the start of a word
    first, then any letter; unchanged when its letter is free or no letter is."""
    if mnemonic_letter(text) not in taken:
        return text
    free = [letter for letter in _candidates(text) if letter not in taken]
    return with_mnemonic_on(text, free[0]) if free else text


def assign_letters(texts: Sequence[str], reserved: set[str]) -> list[str]:
    """One letter for each of ``texts`` (in order of precedence), none in ``reserved`` and
    no two alike wherever that is possible; "" for a text left without one.

    First every text keeps its own letter if it is free and no text before it has it;
    then the others get one by matching: a text whose few letters are all taken may move
    an earlier one to another of its letters.
    """
    options = [[c for c in _candidates(t) if c not in reserved] for t in texts]
    owner: dict[str, int] = {}
    for i, text in enumerate(texts):
        own = mnemonic_letter(text)
        if own and own not in reserved and own not in owner:
            owner[own] = i

    def place(i: int, tried: set[str]) -> bool:
        # A free letter first; only then move a text that has its letter already.
        for letter in options[i]:
            if letter not in owner:
                owner[letter] = i
                return True
        for letter in options[i]:
            if letter in tried:
                continue
            tried.add(letter)
            if place(owner[letter], tried):
                owner[letter] = i
                return True
        return False

    placed = set(owner.values())
    for i in range(len(texts)):
        if i not in placed:
            place(i, set())
    letters = [""] * len(texts)
    for letter, i in owner.items():
        letters[i] = letter
    return letters


def without_mnemonic(text: str) -> str:
    shown, _marked = _chars(text)
    return _text(shown, None)


def _labelled(widgets: Iterable[QWidget]) -> list[QWidget]:
    """The controls whose text carries a mnemonic: buttons, and labels with a buddy."""
    return [w for w in widgets
            if (isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy()))
            and mnemonic_letter(w.text())]


def window_letters(window: QWidget, outside: QWidget) -> set[str]:
    """Letters ``window`` uses outside ``outside``: menu titles, buttons, labelled fields."""
    letters: set[str] = set()
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        letters |= {mnemonic_letter(a.text()) for a in menu_bar().actions()}
    for widget in _labelled(window.findChildren(QWidget)):
        if widget.isVisibleTo(window) and not outside.isAncestorOf(widget):
            letters.add(mnemonic_letter(widget.text()))
    letters.discard("")
    return letters


def resolve_mnemonics(page: QWidget, reserved: set[str]) -> None:
    """Give each control on ``page`` a mnemonic of its own, none of them in ``reserved``.

    Controls higher up the page (then earlier on a line) have the first claim on their
    letters; hidden controls come last.
    """
    controls = _labelled(page.findChildren(QWidget))

    def reading_order(widget: QWidget) -> tuple[int, int, int]:
        if not widget.isVisibleTo(page):
            return (1, 0, 0)
        at = widget.mapTo(page, widget.rect().topLeft())
        return (0, at.y(), at.x() if page.isLeftToRight() else -at.x())

    ordered = sorted(controls, key=reading_order)  # a stable sort: ties keep their order
    letters = assign_letters([w.text() for w in ordered], reserved)
    for widget, letter in zip(ordered, letters, strict=True):
        # With no letter to spare, none at all: Alt+letter must never reach the wrong
        # control (the control is still reached by Tab, and named for screen readers).
        fixed = with_mnemonic_on(widget.text(), letter) if letter else \
            without_mnemonic(widget.text())
        if fixed != widget.text():
            widget.setText(fixed)
