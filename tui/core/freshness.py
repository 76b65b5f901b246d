"""How old a price series (or a story) may be before it is stale, and what its change compares.

The one place this is decided (the prices panel, the chart, ``snapshot --json`` and the text
snapshot all ask here). Pure: no clock of its own, the caller passes the snapshot's ``now``.

Expected age of the newest point, in calendar days (the README's cadence table):

============  ===========================================================================
frequency     newest point may be this old
============  ===========================================================================
daily         5 days: a weekend plus a holiday (Friday's close still current on Tuesday
              after a Monday holiday) and a day for time zones
weekly        10 days: one week plus three
monthly       76 days: a month average is dated the 1st of its month and published about a
              month later (FRED/IMF, the World Bank Pink Sheet), so the newest point is one
              month plus the publication lag plus two weeks' grace old at most
quarterly     140 days: a quarter plus a month and a half of lag
annual        456 days: a year plus three months of lag
irregular     45 days: no rhythm known, so only a month and a half without news is stale
============  ===========================================================================

The table's monthly allowance counts the month a point dated its 1st still covers; its quarterly
and annual ones count from the period's end. A series dated at the other end of its periods is
allowed that period less or more (:func:`dating_shift`): a monthly series dated at each month's
end (its last day or last working day, as pandas' month-end resampling and LME's monthly
averages date them) 46 days, or September's point passed as current in December; a quarterly
or annual one dated at each period's start (``2026-Q3`` read as July 1, a World Bank annual
file's ``2025`` as January 1) 231 and 821 days, or the newest quarter or year there can be was
said stale.

A series whose newest point is older than that is **stale**.

A point may be dated after the snapshot's UTC day (a close in Asia is a day ahead of UTC for
part of it; the refresh keeps points up to a day ahead, ``tui.flow.saving.AHEAD_ALLOWED``). Its
age is 0, never negative ("-1 days old" reads as nonsense, "in 1d" as a price to come), and
``ahead_days`` says how many days after the UTC day it is dated, so every reader can say
"dated ahead" beside it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from operator import itemgetter

from tui.core.fmt import age, age_days
from tui.core.models import PolicyStatus, PriceSeries
from tui.core.record import record

#: A story published (or first seen) longer ago than this is no longer the day's news: stale in
#: ``snapshot --json`` (``headlines[].stale``), said with its date in a headline alert.
OLD_STORY = timedelta(days=1)


def story_age_hours(published: datetime | None, now: datetime) -> int | None:
    """Whole hours from ``published`` to the snapshot's clock (0 for a time after it), None
    for no date."""
    if published is None:
        return None
    return max(int((now - published).total_seconds() // 3600), 0)


def story_stale(published: datetime | None, now: datetime) -> bool:
    """Whether a story of this time is older than :data:`OLD_STORY` at ``now``."""
    return published is not None and now - published > OLD_STORY


#: Days the newest point of a series of this frequency may be old (see the module docstring).
EXPECTED_AGE_DAYS: dict[str, int] = {
    "daily": 5,
    "weekly": 10,
    "monthly": 76,
    "quarterly": 140,
    "annual": 456,
    "irregular": 45,
}
#: The period one step of a series of this frequency covers (what ``Chg`` compares).
PERIOD_LABEL: dict[str, str] = {
    "daily": "1d",
    "weekly": "1w",
    "monthly": "1mo",
    "quarterly": "1q",
    "annual": "1y",
}
#: Days of one step, to decide whether a series covers a window (one step of slack).
STEP_DAYS: dict[str, int] = {"daily": 4, "weekly": 7, "monthly": 31, "quarterly": 92, "annual": 366}


@record
class Freshness:
    """The age of a series' newest point against what its cadence allows."""

    last: date
    age_days: int  # whole calendar days from the newest point to the snapshot's clock, >= 0
    expected_days: int
    stale: bool
    ahead_days: int = 0  # days the newest point is dated after the snapshot's UTC day


def expected_age_days(series: PriceSeries) -> int:
    """How old the newest point may be, from the series' frequency (see the table)."""
    return EXPECTED_AGE_DAYS.get(series.frequency, EXPECTED_AGE_DAYS["irregular"])


#: Days of the period one point of a series of this frequency covers (:func:`dating_shift`).
PERIOD_DAYS: dict[str, int] = {"monthly": 30, "quarterly": 91, "annual": 365}
#: Which end of its period the table's allowance takes a point to be dated at.
_TABLE_DATING: dict[str, str] = {"monthly": "start", "quarterly": "end", "annual": "end"}
#: How many of a series' newest points say how it is dated.
_DATING_POINTS = 6


def period_dating(series: PriceSeries) -> str | None:
    """ "start" when a series' newest points (two at least, up to six) are each dated in the
    first three days of their month, "end" when each is in the last three (its last day or last
    working day), else None (mid-month, mixed, or one point)."""
    newest = [day for day, _ in series.points[-_DATING_POINTS:]]
    if len(newest) < 2:
        return None
    if all(d.day <= 3 for d in newest):
        return "start"
    if all((d + timedelta(days=3)).month != d.month for d in newest):
        return "end"
    return None


def dating_shift(series: PriceSeries) -> int:
    """Days added to the table's allowance (:data:`EXPECTED_AGE_DAYS`) of a monthly, quarterly
    or annual series dated at the other end of its periods than the table takes: the period's
    days taken off for a monthly series dated at each month's end, added for a quarterly or
    annual one dated at each period's start; 0 otherwise."""
    table = _TABLE_DATING.get(series.frequency)
    dating = period_dating(series) if table is not None else None
    if dating is None or dating == table:
        return 0
    days = PERIOD_DAYS[series.frequency]
    return days if dating == "start" else -days


def freshness(series: PriceSeries, now: datetime) -> Freshness | None:
    """None for a series without points."""
    if not series.points:
        return None
    last = series.points[-1][0]
    days = age_days(last, now) or 0
    expected = expected_age_days(series) + dating_shift(series)
    return Freshness(
        last=last,
        age_days=max(days, 0),
        expected_days=expected,
        stale=days > expected,
        ahead_days=max(-days, 0),
    )


def newest_when_all_stale(series: Iterable[PriceSeries], now: datetime) -> str:
    """ "7mo", the age of the newest price among ``series``, when every one of them with points
    is stale by its cadence (:func:`freshness`); "" when any is current or none has points. A
    border or header saying "fetched just now" above prices months old read as fresh data."""
    shown = [s for s in series if s.points]
    if not shown or not all((f := freshness(s, now)) is not None and f.stale for s in shown):
        return ""
    return age(max(s.points[-1][0] for s in shown), now)


#: How old the newest story of the headlines panel may be before the panel says its age: the
#: daily cadence's (a weekend plus a holiday, a day for time zones; an official register
#: publishes on working days only). Not :data:`OLD_STORY`, which says one story is no longer
#: the day's news: this says nothing newer has come from any source for days.
NEWS_EXPECTED_DAYS = EXPECTED_AGE_DAYS["daily"]
#: How old the newest piece of evidence on the policy board may be before the board says its
#: age: measures come without a rhythm, as an irregular series' points do.
EVIDENCE_EXPECTED_DAYS = EXPECTED_AGE_DAYS["irregular"]


def instant(when: date | datetime) -> datetime:
    """``when`` as an instant: a day is its midnight UTC (to order days beside times)."""
    return when if isinstance(when, datetime) else datetime.combine(when, time(), timezone.utc)


def newest_when_all_old(
    whens: Iterable[date | datetime | None], now: datetime, expected_days: int
) -> str:
    """ "9d", the age of the newest of ``whens`` (one a row: a story's date, a board row's newest
    evidence), when every row is older than ``expected_days``; "" when any is not, when a row
    has no date (None: nothing says it is old) or when there is no row. The headlines and
    policy borders say it as the prices border does (:func:`newest_when_all_stale`): a panel
    whose every row is old looked as current as one fed this morning."""
    newest: datetime | None = None
    for when in whens:
        if when is None:
            return ""
        at = instant(when)
        if newest is None or at > newest:
            newest = at
    if newest is None or (age_days(newest, now) or 0) <= expected_days:
        return ""
    return age(newest, now)


def newest_evidence(row: PolicyStatus) -> date | datetime | None:
    """When the newest evidence of ``row`` that is not a declared entry was published; None
    when it has none (a row of declared entries only)."""
    dates = [e.published for e in row.evidence if e.kind != "declared" and e.published]
    if not dates:
        return None
    return max(dates, key=instant)


def ahead_note(fresh: Freshness | None) -> str:
    """ "dated 1d ahead of today in UTC" for a newest point dated after the snapshot's UTC day
    (the text snapshot and the chart say it so), else ""."""
    if fresh is None or not fresh.ahead_days:
        return ""
    return f"dated {fresh.ahead_days}d ahead of today in UTC"


#: The longest gap between two points that is still one step of a series of this frequency (a
#: long weekend and a holiday; a 31-day month and two weeks' lag...): a change across a longer
#: gap says its days, never "1d" for ten months.
STEP_GAP_DAYS: dict[str, int] = {
    "daily": 5,
    "weekly": 10,
    "monthly": 45,
    "quarterly": 100,
    "annual": 380,
}


def change_period(series: PriceSeries) -> str:
    """What the last change compares, for the ``Chg`` column: "1d", "1w", "1mo"; for an
    irregular series, or across a gap longer than one step, the days between its two newest
    points ("9d", "306d")."""
    if len(series.points) < 2:
        return PERIOD_LABEL.get(series.frequency, "")
    gap = (series.points[-1][0] - series.points[-2][0]).days
    label = PERIOD_LABEL.get(series.frequency)
    if label is not None and gap <= STEP_GAP_DAYS[series.frequency]:
        return label
    return f"{gap}d"


def change_pct(series: PriceSeries) -> float | None:
    """The change from the previous point to the newest one, in percent."""
    if len(series.points) < 2 or series.points[-2][1] == 0:
        return None
    return (series.points[-1][1] / series.points[-2][1] - 1) * 100


def covers(series: PriceSeries, days: int) -> bool:
    """Whether the series reaches back ``days`` before its newest point (one step of slack,
    so a monthly series dated the 1st covers a year with 13 points)."""
    if len(series.points) < 2:
        return False
    first, last = series.points[0][0], series.points[-1][0]
    slack = STEP_DAYS.get(series.frequency, 7)
    return (last - first) >= timedelta(days=days - slack)


_day = itemgetter(0)


def window_change_pct(series: PriceSeries, days: int) -> float | None:
    """The change over the last ``days`` before the newest point, from the last point on or
    before the window's start; None when the series does not cover the window."""
    if not covers(series, days):
        return None
    last_day, last = series.points[-1]
    start = last_day - timedelta(days=days)
    # the points are ascending by date: the last one on or before ``start`` by bisection
    i = bisect_right(series.points, start, key=_day)
    base_day, base = series.points[i - 1] if i else series.points[0]
    if (start - base_day).days > STEP_GAP_DAYS.get(
        series.frequency, EXPECTED_AGE_DAYS["irregular"]
    ):
        return None  # a gap over the window's start: the base would be years before it
    if base == 0:
        return None
    return (last / base - 1) * 100
