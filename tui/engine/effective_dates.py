"""The day a measure takes effect, as a headline says it ("from June 4", "effective Jan. 1").

The classifier reads *what* a headline reports; this module reads *when* it applies, so the
policy board can tell a measure in force from one announced for a later day. Pure text: no
I/O, no clock but the publication time it is given.

A date counts only when a phrase ties it to the measure taking effect, right before it:

* ``from``, ``with effect from``, ``as from``, ``as of``, ``effective`` (``effective from``,
  ``effective on``, ``effective as of``), ``starting``/``beginning``/``commencing`` (``on``,
  ``from``), ``in force from``/``in effect from``;
* a verb of taking effect and an optional ``on``/``from``/``as of``: ``takes``/``will take``/
  ``to take``/``took effect``, ``comes``/``come``/``came into force``/``into effect``,
  ``enters into force``, ``goes``/``went into effect``, ``kicks in``/``kicked in``;
* ``start``, ``begin`` or ``commence`` (``will``/``to``/``shall``, ``starts``, ``began`` ...),
  only right after a measure's noun ("ban will start Jan 1", "levy to begin on July 1"; not
  "talks to begin June 4").

Any other date is not an effective date ("After March 4 talks, China bans ...", "deadline of
June 4", "signed on May 30"), nor is a date that names an event or a price level after
it ("from June 4 talks", "from the March 3 high", "the June 4 proclamation").

Dates: a month name, full or abbreviated, with or without a dot ("Sept.", "Aug", "June") and
a day before or after it ("June 4", "4 June", "June 4th", "1st of July"), an optional year
("Jan. 1, 2026", "1 January 2026"); an ISO date ("2026-01-01"); "today", "tomorrow"; a
weekday ("effective Friday": the coming one within four days of publication, else the last
one, unless the verb's tense says which side: "took effect Monday" is the last one, "takes
effect Monday" the next). A date without a year takes the year (publication year -1, same,
+1) that puts it closest to the publication day ("from Jan 1" published on 20 December is
next year's).

A month alone ("from July", "starting in January 2027") counts from its first day, a year alone
("from 2027", "starting in 2027") from January 1: a measure announced for a later month is not
in force before that month begins, though it may start later in it. A month with neither day
nor year counts only in the title (a summary's "implemented from May to November" tells a past
window as often as a start). Left out as too vague:
"next week", "next month", "later this year", "by June 4" (a deadline, not a start), and
numeric day/month forms ("01/07", "1.7.") whose order differs by country.

Where: the title first; when the title ties no date, the summary's lede (its first two
sentences: later sentences tend to recall earlier steps, "the 25% tariff that took effect in
March"). A date before publication is kept only from the title and only within
:data:`PAST_DAYS` days of it ("took effect June 4" published June 6): in a summary, or further
back, it usually dates an earlier measure or a statistic's window, not this news.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from tui.core.lazy_re import lazy
from tui.core.months import DAY_PATTERN as _DAY
from tui.core.months import MONTH_PATTERN as _MONTH
from tui.core.months import month_of
from tui.engine.classifier_spans import sentences

#: How far before its publication a title's tied date is still read as this measure's start.
PAST_DAYS = 31
#: Summary sentences read for a date when the title ties none.
LEDE_SENTENCES = 2
#: A weekday with no tense ("from Friday") up to this many days after publication is the coming
#: one; further on, the last one ("halted from Monday" published on a Tuesday: yesterday).
WEEKDAY_AHEAD = 4

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_YEAR = r"(?:,?\s+(?P<{}>(?:19|20)\d\d)(?!\d))?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

#: The phrase that ties the date to the measure's start, right before the date.
_TIE = (
    r"(?:"
    r"(?:with\s+effect\s+|as\s+)?from"
    r"|as\s+of"
    r"|effective(?:\s+(?:from|on|as\s+of|as\s+from))?"
    r"|(?:starting|beginning|commencing)(?:\s+(?:on|from))?"
    r"|in\s+(?:force|effect)\s+(?:from|on|as\s+of)"
    r"|(?:take|takes|took|taken|taking)\s+effect(?:\s+(?:on|from|as\s+of))?"
    r"|(?:come|comes|came|coming|enter|enters|entered|entering)\s+into\s+(?:force|effect)"
    r"(?:\s+(?:on|from|as\s+of))?"
    r"|(?:go|goes|went|gone|going)\s+into\s+effect(?:\s+(?:on|from))?"
    r"|(?:kick|kicks|kicked|kicking)\s+in(?:\s+(?:on|from))?"
    # "ban will start Jan 1", "levy to begin on July 1": only after a measure's noun
    r"|(?:(?:will|to|shall|would)\s+)?(?P<verb>start|starts|started|begin|begins|began"
    r"|commence|commences|commenced)(?:\s+(?:on|from|in))?"
    r")"
)

_WHEN = (
    r"(?:(?P<wd>" + _WEEKDAY + r")(?:,?\s+|\b))?"  # "from Wednesday, June 4" / "effective Friday"
    r"(?:"
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
    r"|(?P<m1>"
    + _MONTH
    + r")\s+(?P<d1>"
    + _DAY
    + r")\b(?!\s*(?:%|percent|per\s+cent))"
    + _YEAR.format("y1")
    + r"|(?:the\s+)?(?P<d2>"
    + _DAY
    + r")(?:\s+of)?\s+(?P<m2>"
    + _MONTH
    + r")(?![a-z])"
    + _YEAR.format("y2")
    + r"|(?P<rel>today|tomorrow)\b"
    # a month alone ("from July", "starting in January 2027") or a year alone ("from 2027"):
    # its first day
    + r"|(?:in\s+)?(?P<m3>"
    + _MONTH
    + r")(?![a-z])(?:,?\s+(?P<y3>(?:19|20)\d\d)(?!\d))?"
    + r"|(?:in\s+)?(?P<y4>20\d\d)(?![\d%.-])"
    r")?"
)

_DATE_RE = lazy(r"\b(?P<tie>" + _TIE + r")\s+" + _WHEN, re.IGNORECASE)
#: A tie that tells a day gone by ("took effect Monday") or one to come ("takes effect Monday").
_PAST_TIE_RE = lazy(
    r"\b(?:took|taken|came|went|gone|kicked|entered|started|began|commenced)\b", re.IGNORECASE
)
_NEXT_TIE_RE = lazy(
    r"\b(?:takes?|taking|comes?|coming|enters?|entering|go|goes|going|kicks?|kicking"
    r"|starts?|begins?|commences?)\b",
    re.IGNORECASE,
)
#: The measure a start verb's date is for: its subject must be one of these nouns ("ban will
#: start Jan 1"); what else starts or begins ("talks to begin June 4", "output began 2031") is
#: no measure taking effect.
_MEASURE_BEFORE_RE = lazy(
    r"\b(?:bans?|prohibition|embargo|tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?|surtax"
    r"|surcharges?|quotas?|controls?|curbs?|restrictions?|licen[cs](?:es?|ing)|permits?"
    r"|requirements?|rules?|regime|system|measures?|suspension|moratorium|safeguards?)"
    r"(?:\s+(?:will|to|shall|would))?\s*$",
    re.IGNORECASE,
)

#: A date that names an event, a document or a price level rather than a start ("from June 4
#: talks", "from June 4 peak"), or whose possessive does ("from Monday's record").
_NOT_A_START_RE = lazy(
    r"(?:'s|’s)|\s*(?:low|high|peak|record|level|close|closing|meeting|talk|summit|deadline"
    r"|statement|announcement|report|letter|speech|decision|order|proclamation|notice|data"
    r"|figure|session|trading|visit|call|vote|election|hearing|ruling|filing)s?\b",
    re.IGNORECASE,
)


#: Publication years a day can be read by (the arithmetic a year on either side stays in range).
_MIN_YEAR, _MAX_YEAR = 2, 9998


def effective_date(
    title: str, summary: str = "", published: datetime | date | None = None
) -> date | None:
    """The day the measure a headline reports takes effect, or None (see the module doc).

    ``published``: when the headline was published (aware datetimes are read in UTC); it picks
    a date's year when the text gives none, and without it such a date is not read."""
    pub = utc_day(published)
    if pub is not None and not _MIN_YEAR <= pub.year <= _MAX_YEAR:
        return None  # a placeholder date (0001-01-01, 9999-12-31): no year to read a day by
    found = tied_date(title, pub)
    if found is not None:
        if pub is None or found >= pub - timedelta(days=PAST_DAYS):
            return found
        return None
    for sent in sentences(summary or "")[:LEDE_SENTENCES]:
        found = tied_date(sent, pub, month_alone=False)
        if found is not None:
            return found if pub is None or found >= pub else None
    return None


def tied_date(text: str, published: date | None, *, month_alone: bool = True) -> date | None:
    """The first date in ``text`` that a taking-effect phrase ties to the measure;
    ``month_alone``: a month with no day or year counts (a title's "to ban exports from July";
    a summary's "implemented from May to November" tells a past window as often as a start)."""
    for m in _DATE_RE.finditer(" ".join((text or "").split())):
        if _NOT_A_START_RE.match(m.string, m.end()):
            continue
        if m.group("verb") and not _MEASURE_BEFORE_RE.search(m.string[: m.start("verb")]):
            continue
        if m.group("m3") and not m.group("y3") and not month_alone:
            continue
        if any(m.group(g) for g in ("iso", "m1", "m2", "rel", "m3", "y4")):
            found = _read(m, published)
        else:
            found = _weekday(m.group("wd"), published, m.group("tie"))
        if found is not None:
            return found
    return None


def _read(m: re.Match[str], published: date | None) -> date | None:
    if m.group("iso"):
        try:
            return date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    if m.group("rel"):
        if published is None:
            return None
        return published + timedelta(days=1 if m.group("rel").lower() == "tomorrow" else 0)
    if m.group("y4"):
        return _valid(int(m.group("y4")), 1, 1)
    if m.group("m3"):
        month = month_of(m.group("m3"))
        if m.group("y3"):
            return _valid(int(m.group("y3")), month, 1)
        if published is None:
            return None
        ahead = not _PAST_TIE_RE.search(m.group("tie") or "")
        return closest_year(month, 1, published, ahead=ahead)
    month, day, year_word = month_day(m)
    if year_word:
        return _valid(int(year_word), month, day)
    if published is None:
        return None
    return closest_year(month, day, published, ahead=not _PAST_TIE_RE.search(m.group("tie") or ""))


def month_day(m: re.Match[str]) -> tuple[int, int, str | None]:
    """The month, the day and the year as written (None when it is not) of a date read month
    first (groups ``m1``, ``d1``, ``y1``: "June 30, 2026") or day first (``m2``, ``d2``, ``y2``:
    "30th of June"), as this module's and :mod:`tui.engine.end_dates`' patterns name them."""
    month_word, day_word, year_word = (
        (m.group("m1"), m.group("d1"), m.group("y1"))
        if m.group("m1")
        else (m.group("m2"), m.group("d2"), m.group("y2"))
    )
    return month_of(month_word), int(re.sub(r"\D", "", day_word)), year_word


def closest_year(month: int, day: int, published: date, *, ahead: bool = False) -> date | None:
    """``month``/``day`` in the year (publication year -1, same, +1) closest to ``published``
    (on a tie, the later): "Jan 1" published on 20 December is next year's. ``ahead`` (the
    phrase is not in the past tense: "will take effect Jan 1", "from Jan 1"): a day more than
    :data:`PAST_DAYS` before publication is never meant, so "Jan 1" published in July is next
    year's."""
    candidates = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := _valid(y, month, day))
        and (not ahead or d >= published - timedelta(days=PAST_DAYS))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - published).days), -d.toordinal()))


def _weekday(word: str | None, published: date | None, tie: str = "") -> date | None:
    """ "effective Wednesday": that weekday in the week around publication: the same day when
    published on it, else the next one when it is at most :data:`WEEKDAY_AHEAD` days on (an
    announcement names a day of the coming week), else the last one; unless the tie's tense
    says which side: "took effect Monday" is the last Monday, "takes effect Monday" the next."""
    if word is None or published is None:
        return None
    ahead = (_WEEKDAYS.index(word.lower()) - published.weekday()) % 7  # 0..6 days on
    if _PAST_TIE_RE.search(tie):
        return published - timedelta(days=(7 - ahead) % 7)
    if _NEXT_TIE_RE.search(tie) or ahead <= WEEKDAY_AHEAD:
        return published + timedelta(days=ahead)
    return published - timedelta(days=7 - ahead)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def utc_day(value: datetime | date | None) -> date | None:
    """The UTC calendar day of a datetime (aware ones in UTC), or the date itself."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.date()
    return value
