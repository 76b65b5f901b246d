"""Colours for small print that stays readable: a muted text colour with a floor of contrast.

A Rich ``dim`` is drawn by the terminal (or Textual's dim filter) at about half the text
colour's strength: the change's period under a price ("1d", "1mo") read 2.5:1 on
metalwatch-dark and 2.8:1 on metalwatch-light. ``muted`` keeps the look (the text colour
towards the background, as Textual's ``$text-muted``) but stops where WCAG's 4.5:1 for text is
reached, whatever the theme."""

from __future__ import annotations

RGB = tuple[int, int, int]

TEXT_CONTRAST = 4.5  # WCAG 2 AA for normal text
MUTED_SHARE = 0.6  # how much of the text colour a muted word keeps (Textual's ``$text-muted``)


def luminance(c: RGB) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])


def contrast(a: RGB, b: RGB) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_on(bg: RGB) -> RGB:
    """Black or white, whichever reads better on ``bg`` by WCAG's measure: at least 4.58:1 on
    any colour. (Textual's ``auto`` goes by perceived brightness: white on metalwatch-light's
    accent, 4.3:1, where black reads 4.8:1.)"""
    black, white = (0, 0, 0), (255, 255, 255)
    return black if contrast(black, bg) >= contrast(white, bg) else white


def blend(bg: RGB, fg: RGB, share: float) -> RGB:
    """``share`` of ``fg`` over ``bg`` (0: the background, 1: the foreground)."""
    r, g, b = (round(x + (y - x) * share) for x, y in zip(bg, fg, strict=True))
    return (r, g, b)


def muted(fg: RGB, bg: RGB, at_least: float = TEXT_CONTRAST) -> RGB:
    """The text colour ``fg`` muted towards ``bg`` (``MUTED_SHARE`` of it) unless that reads
    under ``at_least``: then the least muted share that reaches it (``fg`` itself when even it
    does not)."""
    share = MUTED_SHARE
    while share < 1.0:
        colour = blend(bg, fg, share)
        if contrast(colour, bg) >= at_least:
            return colour
        share = round(share + 0.02, 2)
    return fg
