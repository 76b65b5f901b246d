"""The day a measure ends, as a headline says it ("extends the quota until June 30, 2026", "ban
in force until end-2027", "suspension until Nov. 27, 2026"), beside the classifier as
:mod:`tui.engine.effective_dates` reads the day it starts. Pure text: no I/O, no clock but the
publication day it is given.

A date counts only right after ``until``, ``till``, ``through`` or ``thru`` (not after "by",
a deadline), or after "to" in a text that makes a measure last longer ("extends the quota to
March 31", "ban extended to end-June", "renews ... to June 30, 2027": "to" alone names a rate or
a place as often as a day), and in the title or the summary's first two sentences. Dates: a
month and day with or without a year ("June 30, 2026", "30 June 2026", "Nov. 27"), an ISO date,
a month and year ("until June 2026": its last day), the end of a year or month ("end-2027", "the
end of 2027", "year-end 2027", "end-June 2026", "end-March", "year-end": its last day). A year
alone ("until 2027") is left out: it says the year the measure ends in as often as the last year
it runs; so is a month alone ("through March" tells a past stretch as often). A day or a month's
end without a year is the next one on or after publication ("until March 31" published in
December is next March's), the year's end that of the year of publication.

A date that ends a time the text looks back on ("prices fell through June 30", "data through
March") is not told apart from a measure's end by these words alone; the board reads it only
on a measure's own evidence, and an end that passes is shown as "ended ... — check", never as
the measure gone.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from tui.core.lazy_re import lazy
from tui.core.months import DAY_PATTERN as _DAY
from tui.core.months import MONTH_PATTERN as _MONTH
from tui.core.months import month_of as _month
from tui.engine.classifier_spans import sentences
from tui.engine.effective_dates import month_day, utc_day

_YEAR = r"(?:19|20)\d\d"

#: The day itself, after the word that ends the measure (see the module docstring).
_DATE = (
    r"(?:the\s+)?(?:"
    r"(?P<iso>" + _YEAR + r"-[01]\d-[0-3]\d)\b"
    r"|(?P<m1>" + _MONTH + r")\s+(?P<d1>" + _DAY + r")\b(?!\s*%)(?:,?\s+(?P<y1>" + _YEAR + r"))?"
    r"|(?P<d2>"
    + _DAY
    + r")(?:\s+of)?\s+(?P<m2>"
    + _MONTH
    + r")(?![a-z])(?:,?\s+(?P<y2>"
    + _YEAR
    + r"))?"
    r"|(?:end[-\s]+(?:of\s+)?|year[-\s]end\s+)(?P<ye>" + _YEAR + r")\b"
    r"|(?P<yend>(?:end[-\s]+(?:of\s+)?(?:the\s+)?year|year[-\s]end))\b(?![-\s]+(?:of\s+)?\d)"
    r"|end[-\s]+(?:of\s+)?(?P<me>" + _MONTH + r")(?![a-z])(?:,?\s+(?P<yme>" + _YEAR + r")\b)?"
    r"|(?P<m3>" + _MONTH + r")(?![a-z]),?\s+(?P<y3>" + _YEAR + r")\b"
    r")"
)
_END_RE = lazy(r"\b(?:until|till|through|thru)\s+" + _DATE, re.IGNORECASE)
#: "to" names a rate or a place as often as a day: it ends the measure only after a word that
#: makes it last longer ("extends the quota to March 31", "ban extended to end-June").
_TO_RE = lazy(r"\bto\s+" + _DATE, re.IGNORECASE)
_EXTENDS_RE = lazy(
    r"\b(?:extend|extends|extended|extending|extension|prolong|prolongs|"
    r"prolonged|prolonging|renew|renews|renewed|renewing)\b",
    re.IGNORECASE,
)
#: How many sentences of the summary are read.
LEDE_SENTENCES = 2


def end_date(
    title: str, summary: str = "", published: datetime | date | None = None
) -> date | None:
    """The last day the measure a headline reports runs, or None (see the module doc)."""
    pub = utc_day(published)
    for text in (title, *sentences(summary or "")[:LEDE_SENTENCES]):
        found = _first(" ".join((text or "").split()), pub)
        if found is not None:
            return found
    return None


def _first(text: str, published: date | None) -> date | None:
    for m in _END_RE.finditer(text):
        found = _read(m, published)
        if found is not None:
            return found
    for m in _TO_RE.finditer(text):
        if _EXTENDS_RE.search(text, 0, m.start()) is None:
            continue
        found = _read(m, published)
        if found is not None:
            return found
    return None


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _read(m: re.Match[str], published: date | None) -> date | None:
    try:
        if m.group("iso"):
            return date.fromisoformat(m.group("iso"))
        if m.group("ye"):
            return date(int(m.group("ye")), 12, 31)
        if m.group("yend"):  # "until year-end": the end of the year it was published in
            return None if published is None else date(published.year, 12, 31)
        if m.group("me"):
            if m.group("yme"):
                return _last_day(int(m.group("yme")), _month(m.group("me")))
            if published is None:
                return None
            end = _last_day(published.year, _month(m.group("me")))  # "end-March": the next one
            return end if end >= published else _last_day(published.year + 1, end.month)
        if m.group("m3"):
            return _last_day(int(m.group("y3")), _month(m.group("m3")))
        month, day, year_word = month_day(m)
        if year_word:
            return date(int(year_word), month, day)
        if published is None:
            return None
        this_year = date(published.year, month, day)
        return this_year if this_year >= published else date(published.year + 1, month, day)
    except ValueError:  # "February 30", a year out of range
        return None
