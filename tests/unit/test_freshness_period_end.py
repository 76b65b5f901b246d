"""A monthly series dated at the end of the month each point covers (a month's average on its
last day, as pandas' month-end resampling and many exports write it) has already lived through
that month: what it may be old is the publication lag and grace only, not the month as well, as
for FRED's and the World Bank's points dated the 1st. A month-end series whose newest point was
September's passed as current in December. The quarterly and annual allowances count from the
period's end: a series of those dated at each period's start (``2026-Q3`` read as July 1) is
allowed the period more, or the newest quarter or year there can be was said stale."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone

from tui.core.freshness import EXPECTED_AGE_DAYS, freshness
from tui.core.models import PriceSeries
from tui.ui.chart_frames import holes

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=timezone.utc)


def _series(days: list[date], frequency: str) -> PriceSeries:
    return PriceSeries(
        source="mine",
        symbol="copper",
        unit="USD/t",
        points=tuple((d, 9000.0 + i) for i, d in enumerate(days)),
        metal="copper",
        frequency=frequency,
    )


def _month_ends(last: date, n: int = 12, step: int = 1) -> list[date]:
    out = []
    y, m = last.year, last.month
    for _ in range(n):
        out.append(date(y, m, calendar.monthrange(y, m)[1]))
        for _ in range(step):
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return list(reversed(out))


def _last_working_days(last: date, n: int = 12) -> list[date]:
    out = []
    for end in _month_ends(last, n):
        while end.weekday() >= 5:
            end -= timedelta(days=1)
        out.append(end)
    return out


def test_a_month_end_series_two_months_behind_is_stale() -> None:
    # on December 7 October's average is out; the newest point being September's is stale
    september = freshness(_series(_month_ends(date(2026, 9, 30)), "monthly"), NOW)
    assert september is not None and september.age_days == 68
    assert september.stale and september.expected_days < EXPECTED_AGE_DAYS["monthly"]
    october = freshness(_series(_month_ends(date(2026, 10, 31)), "monthly"), NOW)
    assert october is not None and not october.stale


def test_dated_on_the_month_s_last_working_day_is_the_month_s_end() -> None:
    # LME-style month-end closes: October 31, 2026 is a Saturday, dated Friday the 30th
    days = _last_working_days(date(2026, 9, 30))
    assert days[-1] == date(2026, 9, 30) and days[-2] == date(2026, 8, 31)
    assert freshness(_series(days, "monthly"), NOW).stale  # type: ignore[union-attr]
    days = _last_working_days(date(2026, 10, 31))
    assert days[-1] == date(2026, 10, 30)
    assert not freshness(_series(days, "monthly"), NOW).stale  # type: ignore[union-attr]


def test_points_dated_the_first_keep_the_month_they_cover() -> None:
    firsts = [date(2025 + (m + 10) // 12, (m + 10) % 12 + 1, 1) for m in range(12)]
    assert firsts[-1] == date(2026, 10, 1)
    fresh = freshness(_series(firsts, "monthly"), NOW)
    assert fresh is not None and not fresh.stale
    assert fresh.expected_days == EXPECTED_AGE_DAYS["monthly"]
    # mid-month dates (a survey's day) are no period's end either
    mid = [d.replace(day=15) for d in firsts]
    assert freshness(_series(mid, "monthly"), NOW).expected_days == EXPECTED_AGE_DAYS["monthly"]  # type: ignore[union-attr]


def test_quarter_ends_and_year_ends_keep_the_table_s_allowance() -> None:
    # Q3's figure, dated September 30, is the newest there can be on December 7
    september = freshness(_series(_month_ends(date(2026, 9, 30), 8, step=3), "quarterly"), NOW)
    assert september is not None and not september.stale
    assert september.expected_days == EXPECTED_AGE_DAYS["quarterly"]
    years = [date(y, 12, 31) for y in range(2015, 2026)]
    in_may = freshness(_series(years, "annual"), datetime(2026, 5, 1, tzinfo=timezone.utc))
    assert in_may is not None and not in_may.stale
    assert in_may.expected_days == EXPECTED_AGE_DAYS["annual"]


def test_a_daily_series_ending_on_a_month_s_last_days_is_judged_as_daily() -> None:
    days = [date(2026, 11, 28) + timedelta(days=i) for i in range(3)]  # 28th to 30th
    fresh = freshness(_series(days, "daily"), NOW)
    assert fresh is not None and fresh.expected_days == EXPECTED_AGE_DAYS["daily"]


def test_the_chart_cuts_no_line_between_quarter_ends() -> None:
    # the holes the chart leaves are gaps longer than a period's allowance, not the lag alone
    quarters = _series(_month_ends(date(2026, 9, 30), 8, step=3), "quarterly")
    assert holes(quarters, list(quarters.points)) == []


def test_quarters_and_years_dated_at_their_start_are_current_until_the_next_is_due() -> None:
    # "2026-Q3" and a World Bank annual file's "2025" are read as the period's first day: on
    # December 7 Q3 (Jul 1) is the newest quarter there can be (Q4 is not over), and 2025 the
    # newest year (2026's average comes out in early 2027); both were said stale
    quarters = [date(2025 + (m + 6) // 12, (m + 6) % 12 + 1, 1) for m in range(0, 15, 3)]
    assert quarters[-1] == date(2026, 7, 1)
    q3 = freshness(_series(quarters, "quarterly"), NOW)
    assert q3 is not None and q3.age_days == 159 and not q3.stale
    # Q3 is still the newest in mid-February, when Q4's figure is due; by March it is stale
    february = datetime(2027, 2, 10, tzinfo=timezone.utc)
    assert not freshness(_series(quarters, "quarterly"), february).stale  # type: ignore[union-attr]
    march = datetime(2027, 3, 10, tzinfo=timezone.utc)
    assert freshness(_series(quarters, "quarterly"), march).stale  # type: ignore[union-attr]
    years = [date(y, 1, 1) for y in range(2015, 2026)]
    y2025 = freshness(_series(years, "annual"), NOW)
    assert y2025 is not None and y2025.age_days == 705 and not y2025.stale
    # 2024 as the newest in December 2026 means 2025's figure never came
    assert freshness(_series(years[:-1], "annual"), NOW).stale  # type: ignore[union-attr]
    # and by May 2027, 2026's average is out: 2025 as the newest is stale
    may = datetime(2027, 5, 1, tzinfo=timezone.utc)
    assert freshness(_series(years, "annual"), may).stale  # type: ignore[union-attr]


def test_the_chart_cuts_no_line_between_years_dated_the_first() -> None:
    years = _series([date(y, 1, 1) for y in range(2015, 2026)], "annual")
    assert holes(years, list(years.points)) == []
