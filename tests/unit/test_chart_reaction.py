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
