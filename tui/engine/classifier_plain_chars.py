"""Hyphens, spaces and ASCII letters as other keyboards and typesetters write them, read plain.

Feeds write "rare‑earth" or "tariff‑rate quota" with a non-breaking hyphen (U+2011) or the
typographer's hyphen (U+2010), a rate "15％" or "２５%" in the full-width forms of East Asian
outlets' English pages, and leave soft hyphens and zero-width spaces inside words. The rules
read ASCII hyphens, digits and signs, so "rare‑earth export controls" named no metal and
"tariff‑rate quota" read as a tariff. Before the rules read a title or a summary, those
characters are written as ASCII ones (the hyphens as "-", the full-width block U+FF01 to U+FF5E
as the ASCII it stands for, the ideographic space as a space) and the invisible ones dropped.
What the screen shows is the text as the feed wrote it. The metals' tagging reads the hyphens
plain too (:func:`plain_hyphens`, one character for one), so "rare‑earth" names rare earths in
the headlines panel's metals column and its relevance.
"""

from __future__ import annotations

_TABLE: dict[int, int | None] = {
    0x2010: ord("-"),  # hyphen
    0x2011: ord("-"),  # non-breaking hyphen
    0x2012: ord("-"),  # figure dash
    0x2043: ord("-"),  # hyphen bullet
    0x2212: ord("-"),  # minus sign
    0xFE63: ord("-"),  # small hyphen-minus
    0x3000: ord(" "),  # ideographic space
    0x00AD: None,  # soft hyphen
    0x200B: None,  # zero-width space
    0x200C: None,  # zero-width non-joiner
    0x200D: None,  # zero-width joiner
    0x2060: None,  # word joiner
    0xFEFF: None,  # zero-width no-break space
    **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)},  # full-width ASCII
}


#: The hyphens alone, one character for one (spans found in the result hold in the text).
_HYPHENS = {c: ord("-") for c in (0x2010, 0x2011, 0x2012, 0x2043, 0x2212, 0xFE63)}


def plain_hyphens(text: str) -> str:
    """``text`` with other hyphens written "-": the same length, so positions still hold (the
    metals' tagging: "rare‑earth" names rare earths)."""
    if text.isascii():
        return text
    return text.translate(_HYPHENS)


def plain_chars(text: str) -> str:
    """``text`` with other hyphens, full-width ASCII forms and invisible marks written plain."""
    if not text or text.isascii():
        return text
    return text.translate(_TABLE)
