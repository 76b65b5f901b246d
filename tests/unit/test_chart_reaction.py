"""Price reaction to an event: daily horizons, and monthly series said so."""

from __future__ import annotations

from datetime import date, timedelta

from tui.core.models import PriceSeries
from tui.ui.screens.chart import reaction, window


def daily(start: date, values: list[float]) -> list[tuple[date, float]]:
    return [(start + timedelta(days=i), v) for i, v in enumerate(values)]


def test_daily_reaction_from_the_last_point_before_the_event() -> None:
    pts = daily(date(2026, 6, 1), [100.0 + i for i in range(40)])  # 100 on Jun 1, +1 a day
    text = reaction(date(2026, 6, 10), pts)  # base: Jun 9 = 108
    assert text.startswith("reaction from 2026-06-09: ")
    assert "+1d: +1.9%" in text  # Jun 11 = 110 -> 110/108
    assert "+5d: +5.6%" in text  # Jun 15 = 114
    assert "+20d: +19.4%" in text  # Jun 30 = 129


def test_reaction_skips_gaps_and_says_when_there_is_nothing_after() -> None:
    pts = [(date(2026, 6, 5), 100.0), (date(2026, 6, 12), 90.0)]
    assert "+1d" not in reaction(date(2026, 6, 10), pts)
    assert "+5d: -10.0%" in reaction(date(2026, 6, 10), pts)
    assert reaction(date(2026, 7, 1), pts) == "no price after the event yet"
    assert reaction(date(2026, 1, 1), pts) == ""  # nothing before the event


def test_an_event_in_a_gap_of_months_says_when_the_next_price_came() -> None:
    """An event inside a stretch of five months with no price said "no price after the event
    yet" on a series with prices after it."""
    pts = [(date(2026, 3, 31), 100.0), (date(2026, 9, 1), 120.0), (date(2026, 9, 2), 121.0)]
    text = reaction(date(2026, 5, 10), pts)
    assert text == "no price within 20 days (the next: 2026-09-01)"
    assert "+1d: +20.0%" in reaction(date(2026, 8, 31), pts)


def test_monthly_series_uses_the_nearest_point_and_says_so() -> None:
    pts = [(date(2026, 5, 1), 100.0), (date(2026, 6, 1), 97.0), (date(2026, 7, 1), 95.0)]
    text = reaction(date(2026, 6, 23), pts, "monthly")
    assert text == "reaction from 2026-06-01: next monthly point (2026-07-01): -2.1%"


def test_window_keeps_at_least_two_points() -> None:
    s = PriceSeries("s", "X", "USD/t", tuple(daily(date(2020, 1, 1), [1.0] * 3000)))
    assert len(window(s, "1M")) == 32
    assert len(window(s, "Max")) == 3000
    monthly = PriceSeries("m", "M", "USD/t", ((date(2026, 1, 1), 1.0), (date(2026, 5, 1), 2.0)))
    assert len(window(monthly, "1M")) == 2


def _reaction_by_scan(day: date, pts: list[tuple[date, float]], frequency: str) -> str:
    """The reading by passes over every point (as it was written first): the reference."""
    before = [p for p in pts if p[0] < day]
    if not before:
        return ""
    base_day, base = before[-1]
    parts = []
    for n in (1, 5, 20):
        upto = [p for p in pts if base_day < p[0] <= day + timedelta(days=n)]
        if frequency in ("daily", "weekly"):
            if upto:
                parts.append(f"+{n}d: {(upto[-1][1] / base - 1) * 100:+.1f}%")
        else:
            after = [p for p in pts if p[0] >= day]
            if after:
                d, v = after[0]
                parts.append(f"next {frequency} point ({d}): {(v / base - 1) * 100:+.1f}%")
                break
    later = [p for p in pts if p[0] >= day]
    if not parts and later:
        return f"no price within 20 days (the next: {later[0][0]})"
    if not parts:
        return "no price after the event yet"
    return f"reaction from {base_day}: " + ", ".join(parts)


def test_bisected_reading_equals_the_scan_on_gappy_series() -> None:
    start = date(2024, 1, 1)
    # trading days with gaps of 1-9 days (weekends, holidays, a feed's outage)
    pts, d = [], start
    for k in range(300):
        pts.append((d, 100.0 + (k * 7) % 23))
        d += timedelta(days=1 + (k * k) % 9)
    for frequency in ("daily", "monthly"):
        for offset in range(-3, (d - start).days + 25):
            day = start + timedelta(days=offset)
            assert reaction(day, pts, frequency) == _reaction_by_scan(day, pts, frequency), day
