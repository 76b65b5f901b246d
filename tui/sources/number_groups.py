"""Whether the spaces in a number written with them group its thousands.

A space (of any width) or an apostrophe between digits is a thousands separator (``9 812,5``,
``1 234 567.5``, ``9'812.5``), whose groups are of three digits: ``1 0710`` or ``12 34`` is
none (a number mistyped, or two cells run together), and read by dropping the space it was a
price ten or a hundred times off. Commas and points as thousands separators are checked where
the number is read (:func:`tui.sources.prices_common.parse_number`).
"""

from __future__ import annotations

import re

_SPACED = re.compile(r"\d[\s\u00a0\u2009\u202f']+\d")
_SPACE_GROUPED = re.compile(r"[+-]?\s*\d{1,3}(?:[\s\u00a0\u2009\u202f']\d{3})+")
_NOT_DIGITS = re.compile(r"[$€£¥%()]|US\$|USD|EUR|GBP", re.I)
#: A space beside a decimal mark or a separator within a number (``973 .82``, ``1,526. 5``): no
#: writer puts one there; a digit turned into a space does, and read it was a price cut short.
_SPACE_BY_MARK = re.compile(r"\d[\s\u00a0\u2009\u202f']+[.,]\d|\d[.,][\s\u00a0\u2009\u202f']+\d")


def spaces_group(text: str, decimal: str) -> bool:
    """False when spaces (or apostrophes) part the digits of ``text`` otherwise than into
    thousands of its whole number (``1 0710``, ``12 34``, ``1 234.567 8``) or stand beside a
    mark between digits (``973 .82``, ``1,526. 5``); True otherwise, and for a number with no
    such space."""
    if _SPACE_BY_MARK.search(text):
        return False
    if not _SPACED.search(text):
        return True
    number = _NOT_DIGITS.sub("", text).strip()
    whole, _, fraction = number.partition(decimal)
    return not _SPACED.search(fraction) and bool(_SPACE_GROUPED.fullmatch(whole.strip()))
