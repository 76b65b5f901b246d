"""The dates a declared policy entry may be written in (``since``, ``until``).

Each form read is one whose day and month cannot be mistaken: ISO (``2024-12-03``, with or
without a time), ISO-like with slashes or dots and the year first (``2024/12/03``), the
European dotted day first (``03.12.2024``: day.month.year, the only order written with dots
and the year last), and English month names in either order (``June 4, 2025``, ``4 June
2025``, ``Dec. 3, 2024``, ``3rd of December 2024``, ``03-Dec-2024``). Slashes with the year
last (``03/12/2024``) are 3 December in Europe and 12 March in the US: refused, with the
reason, never guessed; only one reading is a day when a number is over 12 (``13/12/2024``,
``12/13/2024``), and that one is read.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from tui.core.months import MONTHS as _MONTHS

_ORD = r"(?:st|nd|rd|th)?"
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})")
_MONTH_FIRST = re.compile(rf"([a-z]+)\.?[\s-]+(\d{{1,2}}){_ORD},?[\s-]+(\d{{4}})")
_DAY_FIRST = re.compile(rf"(\d{{1,2}}){_ORD}[\s-]+(?:of\s+)?([a-z]+)\.?,?[\s-]+(\d{{4}})")


class Ambiguous(ValueError):
    """A date whose day and month could be either way round."""


def _made(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_date(text: str) -> date | None:
    """``text`` as a day, None when it is no form this module reads (or no real day:
    ``2025-02-30``); :class:`Ambiguous` for a day and month that could be swapped."""
    text = " ".join(text.split())
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    low = text.lower()
    if m := _YEAR_FIRST.fullmatch(low):
        return _made(int(m[1]), int(m[3]), int(m[4]))
    if m := _DOTTED.fullmatch(low):
        return _made(int(m[3]), int(m[2]), int(m[1]))
    if m := _SLASHED.fullmatch(low):
        first, second = int(m[1]), int(m[3])
        if first <= 12 and second <= 12:
            raise Ambiguous(
                "day and month could be either way round; write the year first, YYYY-MM-DD"
            )
        day, month = (first, second) if first > 12 else (second, first)
        return _made(int(m[4]), month, day)
    if (m := _MONTH_FIRST.fullmatch(low)) and m[1] in _MONTHS:
        return _made(int(m[3]), _MONTHS[m[1]], int(m[2]))
    if (m := _DAY_FIRST.fullmatch(low)) and m[2] in _MONTHS:
        return _made(int(m[3]), _MONTHS[m[2]], int(m[1]))
    return None
