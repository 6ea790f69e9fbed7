"""Colours as the brief and the brand kit store them ("#rrggbb") and how they read on paper."""

from __future__ import annotations

import re

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MIN_TEXT_CONTRAST = 4.5
"""WCAG AA for body text: below this a colour on white paper is hard to read."""


def is_hex_colour(value: str) -> bool:
    return bool(HEX_COLOUR.match(value))


def contrast_with_white(hex_colour: str) -> float:
    """The WCAG contrast ratio of text in ``hex_colour`` ("#rrggbb") on white paper (1 to 21)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)
