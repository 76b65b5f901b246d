"""The one formatter (tui.core.fmt) and the staleness rule (tui.core.freshness) on their edges."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone

import pytest

from tui.core.fmt import (
    age,
    age_days,
    ago,
    counted,
    day,
    format_price,
    price_decimals,
    source_decimals,
    stamp,
)
from tui.core.freshness import (
    EXPECTED_AGE_DAYS,
    change_pct,
    change_period,
    covers,
    expected_age_days,
    freshness,
    window_change_pct,
)
from tui.core.models import PriceSeries

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("delta", "short", "sentence"),
    [
        (timedelta(0), "now", "just now"),
        (timedelta(seconds=59), "now", "just now"),
        (timedelta(seconds=60), "1m", "1m ago"),
        (timedelta(minutes=59, seconds=59), "59m", "59m ago"),
        (timedelta(hours=1), "1h", "1h ago"),
        (timedelta(hours=23, minutes=59), "23h", "23h ago"),
        (timedelta(days=1), "1d", "1d ago"),
        (timedelta(days=59, hours=23), "59d", "59d ago"),
        (timedelta(days=60), "2mo", "2mo ago"),  # never "1mo" after "59d"
        (timedelta(days=89), "2mo", "2mo ago"),
        (timedelta(days=90), "3mo", "3mo ago"),
        (timedelta(days=729), "24mo", "24mo ago"),
        (timedelta(days=730), "2y", "2y ago"),  # never "1y" after "24mo"
        (timedelta(days=1100), "3y", "3y ago"),
        # the future: a little clock drift is "now", more reads "in ..." (never "soon ago")
        (timedelta(seconds=-299), "now", "just now"),
        (timedelta(minutes=-10), "in 10m", "in 10m"),
        (timedelta(hours=-3), "in 3h", "in 3h"),
        (timedelta(days=-2), "in 2d", "in 2d"),
    ],
)
def test_age_thresholds(delta: timedelta, short: str, sentence: str) -> None:
    assert age(NOW - delta, NOW) == short
    assert ago(NOW - delta, NOW) == sentence
    assert "ago" not in short and "soon" not in sentence and "now ago" not in sentence


def test_ages_never_jump_backwards() -> None:
    """Older is never shown as a smaller number of the next unit (59d then 1mo was)."""

    def in_days(text: str) -> float:
        units = {"d": 1, "mo": 30, "y": 365}
        for suffix, days in sorted(units.items(), key=lambda kv: -len(kv[0])):
            if text.endswith(suffix):
                return float(text[: -len(suffix)]) * days
        raise AssertionError(text)

    shown = [in_days(age(NOW - timedelta(days=n), NOW)) for n in range(1, 2000)]
    assert all(a <= b for a, b in itertools.pairwise(shown))


def test_unknown_times_read_never_or_a_dash() -> None:
    assert age(None, NOW) == "—"
    assert ago(None, NOW) == "never"
    assert ago(None, NOW, never="no date") == "no date"
    assert age_days(None, NOW) is None
    assert day(None) == "—" and day(None, none="undated") == "undated"
    assert stamp(None) == "—"


def test_dates_count_calendar_days() -> None:
    assert age(date(2026, 12, 3), NOW) == "today"
    assert ago(date(2026, 12, 3), NOW) == "today"
    assert age(date(2026, 12, 2), NOW) == "1d"
    assert age(date(2026, 10, 4), NOW) == "2mo"  # 60 days
    assert age(date(2026, 10, 5), NOW) == "59d"
    assert age(date(2026, 12, 5), NOW) == "in 2d"
    assert age_days(date(2026, 10, 24), NOW) == 40
    assert age_days(date(2026, 12, 5), NOW) == -2
    # late in the UTC day a date is still "today", not "12h"
    assert age(date(2026, 12, 3), NOW.replace(hour=23, minute=59)) == "today"


def test_day_and_stamp_are_utc() -> None:
    plus2 = timezone(timedelta(hours=2))
    when = datetime(2026, 1, 24, 1, 30, tzinfo=plus2)  # 2026-01-23 23:30 UTC
    assert day(when) == "2026-01-23"
    assert stamp(when) == "2026-01-23 23:30"
    assert day(date(2026, 1, 23)) == "2026-01-23"


@pytest.mark.parametrize(
    ("values", "decimals"),
    [
        ([13990.535158252333], 0),
        ([3654.02], 0),
        ([999.99, 1000.0], 0),  # a series is decided by its largest value
        ([58.3], 2),
        ([10.0], 2),
        ([9.99], 4),
        ([4.5025], 4),
        ([0.885], 4),
        ([0.0012346], 6),
        ([0.0], 2),
        ([], 2),
        ([float("nan")], 2),
    ],
)
def test_price_decimals_by_magnitude(values: list[float], decimals: int) -> None:
    assert price_decimals(values) == decimals


def test_rows_of_one_magnitude_show_the_same_precision() -> None:
    """The issue's rows: 13,990.5 / 3,654.02 / 58.300 varied; now by size, one rule."""
    assert format_price(13990.535158252333, price_decimals(13990.535158252333)) == "13,991"
    assert format_price(3654.02, price_decimals(3654.02)) == "3,654"
    assert format_price(58.3, price_decimals(58.3)) == "58.30"
    assert format_price(None) == "n/a"
    # one series, one precision: min and max follow the last value's
    assert format_price(998.0, 0) == "998"


@pytest.mark.parametrize(
    ("value", "decimals"),
    [(4.5025, 4), (13990.0, 0), (13990.5, 1), (1e-05, 5), (1.5e-07, 8), (2.0e20, 0), (0.1, 1)],
)
def test_source_decimals(value: float, decimals: int) -> None:
    assert source_decimals(value) == decimals


# ---- freshness ----------------------------------------------------------------------------


def _series(
    days: list[date], frequency: str, kind: str = "unknown", values: list[float] | None = None
) -> PriceSeries:
    vals = values or [100.0 + i for i in range(len(days))]
    return PriceSeries(
        source="s",
        symbol="X",
        unit="USD/t",
        points=tuple(zip(days, vals, strict=True)),
        metal="copper",
        frequency=frequency,
        kind=kind,
    )


def _daily(last: date, n: int = 30) -> list[date]:
    return [last - timedelta(days=i) for i in reversed(range(n))]


def _monthly(last: date, n: int = 24) -> list[date]:
    out = []
    y, m = last.year, last.month
    for _ in range(n):
        out.append(date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return list(reversed(out))


def test_daily_series_allows_a_long_weekend() -> None:
    today = NOW.date()
    expected = EXPECTED_AGE_DAYS["daily"]
    fresh = freshness(_series(_daily(today - timedelta(days=expected)), "daily"), NOW)
    assert fresh is not None and not fresh.stale and fresh.age_days == expected
    # Friday's close read on the Tuesday after a Monday holiday is current
    friday = date(2026, 11, 27)
    tuesday = datetime(2026, 12, 1, 23, 0, tzinfo=timezone.utc)
    assert not freshness(_series(_daily(friday), "daily"), tuesday).stale  # type: ignore[union-attr]
    stale = freshness(_series(_daily(today - timedelta(days=expected + 1)), "daily"), NOW)
    assert stale is not None and stale.stale and stale.age_days == expected + 1


def test_daily_csv_forty_days_old_is_stale() -> None:
    fresh = freshness(_series(_daily(date(2026, 10, 24)), "daily"), NOW)
    assert fresh is not None and fresh.stale and fresh.age_days == 40


def test_monthly_average_published_with_a_lag_is_current_for_about_two_months() -> None:
    # FRED/IMF in early December: the newest average is October's (dated 2026-10-01)
    october = freshness(_series(_monthly(date(2026, 10, 1)), "monthly", "monthly-average"), NOW)
    assert october is not None and not october.stale and october.age_days == 63
    # September's (dated 2026-09-01, 93 days) means a publication was missed
    september = freshness(_series(_monthly(date(2026, 9, 1)), "monthly"), NOW)
    assert september is not None and september.stale
    edge = expected_age_days(_series(_monthly(date(2026, 9, 1)), "monthly"))
    on_edge = NOW.date() - timedelta(days=edge)
    assert not freshness(_series([on_edge - timedelta(days=31), on_edge], "monthly"), NOW).stale  # type: ignore[union-attr]
    past = on_edge - timedelta(days=1)
    assert freshness(_series([past - timedelta(days=31), past], "monthly"), NOW).stale  # type: ignore[union-attr]


def test_a_change_across_a_gap_says_the_gap() -> None:
    """A daily series with a gap (January's closes, then one on December 2) said "+8.54% 1d" of
    a change over ten months; a monthly one missing three months said "1mo". The change over a
    gap longer than the series' step allows says its days; a long weekend or one holiday is
    still a day's step."""
    january = _daily(date(2026, 1, 30))
    assert change_period(_series([*january, date(2026, 12, 2)], "daily")) == "306d"
    assert change_period(_series([date(2026, 11, 27), date(2026, 12, 2)], "daily")) == "1d"
    months = _monthly(date(2026, 6, 1))
    assert change_period(_series([*months, date(2026, 10, 1)], "monthly")) == "122d"
    assert change_period(_series([date(2026, 1, 31), date(2026, 3, 2)], "monthly")) == "1mo"


def test_a_year_s_change_needs_a_point_near_the_year_s_start() -> None:
    """A daily series of 2020 and then one close in 2026 showed "1Y chg +188%", the change
    since February 2021, nearly six years. The year's change needs a point within a step of
    the year's start; else there is none (the panel shows no 1Y change)."""
    old = [date(2020, 1, 1) + timedelta(days=i) for i in range(400)]
    gapped = _series([*old, date(2026, 11, 30)], "daily", values=[100.0] * 400 + [300.0])
    assert window_change_pct(gapped, 366) is None
    whole = _series(_daily(date(2026, 11, 30), 400), "daily")
    assert window_change_pct(whole, 366) is not None


def test_world_bank_gold_ten_months_old_is_stale_and_unknown_frequency_has_a_rule() -> None:
    gold = freshness(_series(_monthly(date(2025, 10, 1)), "monthly", "monthly-average"), NOW)
    assert gold is not None and gold.stale and gold.age_days == 428
    odd = _series([date(2026, 9, 1), date(2026, 9, 20)], "irregular")
    assert expected_age_days(odd) == EXPECTED_AGE_DAYS["irregular"]
    assert freshness(odd, NOW).stale  # type: ignore[union-attr]
    weird = _series([date(2026, 12, 1)], "fortnightly")
    assert expected_age_days(weird) == EXPECTED_AGE_DAYS["irregular"]
    assert freshness(_series([], "daily"), NOW) is None


def test_change_says_its_period() -> None:
    assert change_period(_series(_daily(date(2026, 12, 1)), "daily")) == "1d"
    assert change_period(_series(_monthly(date(2026, 10, 1)), "monthly")) == "1mo"
    assert change_period(_series(_daily(date(2026, 12, 1), 3), "weekly")) == "1w"
    assert change_period(_series([date(2026, 9, 1), date(2026, 9, 10)], "irregular")) == "9d"
    assert change_period(_series([date(2026, 9, 1)], "irregular")) == ""
    s = _series([date(2026, 9, 1), date(2026, 9, 2)], "daily", values=[100.0, 102.0])
    assert change_pct(s) == pytest.approx(2.0)
    assert change_pct(_series([date(2026, 9, 1)], "daily")) is None


def test_window_change_only_when_the_series_covers_the_window() -> None:
    eight_days = _series(_daily(date(2026, 12, 1), 8), "daily")
    assert not covers(eight_days, 366)
    assert window_change_pct(eight_days, 366) is None
    year = _series(_daily(date(2026, 12, 1), 400), "daily", values=[100.0] * 399 + [150.0])
    assert covers(year, 366)
    assert window_change_pct(year, 366) == pytest.approx(50.0)
    # a monthly series of 13 points dated the 1st covers a year, 11 points do not
    assert covers(_series(_monthly(date(2026, 10, 1), 13), "monthly"), 366)
    assert not covers(_series(_monthly(date(2026, 10, 1), 11), "monthly"), 366)


@pytest.mark.parametrize(
    ("n", "words", "text"),
    [
        (0, ("item",), "0 items"),
        (1, ("item",), "1 item"),
        (2, ("item",), "2 items"),
        (12345, ("row",), "12,345 rows"),
        (1, ("new story", "new stories"), "1 new story"),
        (3, ("new story", "new stories"), "3 new stories"),
    ],
)
def test_counts_take_their_noun_in_the_right_number(
    n: int, words: tuple[str, ...], text: str
) -> None:
    assert counted(n, *words) == text
