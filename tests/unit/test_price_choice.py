"""Which price source a metal's row shows: the first healthy, current one in config order, else
the first current one whose source is failing (its last good data, marked failing); when every
one is stale, the one with the newest point. Built from a real SQLite store."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from tui.core.config import parse_config
from tui.core.models import PriceSeries, SourceHealth
from tui.flow.snapshot import build_snapshot
from tui.store import Store

NOW = datetime(2026, 12, 3, 12, tzinfo=timezone.utc)


def daily(source: str, last: date, days: int = 30) -> PriceSeries:
    points = tuple((last - timedelta(days=days - 1 - i), 9000.0 + i) for i in range(days))
    return PriceSeries(source, source.upper(), "USD/t", points, metal="copper")


def monthly(source: str, last: date) -> PriceSeries:
    points = tuple(
        (date(last.year - (last.month - 1 - i < 0), (last.month - 1 - i) % 12 + 1, 1), 8000.0 + i)
        for i in range(6)
    )[::-1]
    return PriceSeries(source, source.upper(), "USD/t", points, metal="copper", frequency="monthly")


def shown(
    tmp_path: Path,
    first: PriceSeries,
    second: PriceSeries,
    *,
    failing: frozenset[str] = frozenset(),
) -> str:
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                {"name": s.source, "kind": "csv", "metal": "copper", "url": f"file:///{s.source}"}
                for s in (first, second)
            ],
        },
        None,
    )
    with Store(tmp_path / "store.sqlite3") as store:
        for s in (first, second):
            store.save_series(s)
            if s.source in failing:  # its last attempt failed; its last good data stays
                health = SourceHealth(
                    s.source,
                    "csv",
                    ok=False,
                    error="HTTP 500 Internal Server Error",
                    fetched_at=NOW,
                    last_success=NOW - timedelta(hours=1),
                )
            else:
                health = SourceHealth(s.source, "csv", ok=True, fetched_at=NOW, last_success=NOW)
            store.save_health(health)
        snap = build_snapshot(config, store, now=NOW)
    (row,) = snap.prices
    return row.source


def test_a_stale_first_source_gives_way_to_a_current_second(tmp_path: Path) -> None:
    stale_monthly = monthly("fred", date(2026, 5, 1))  # 216 days old
    current_daily = daily("comex", date(2026, 12, 2))
    assert shown(tmp_path, stale_monthly, current_daily) == "comex"


def test_the_first_current_source_in_config_order_wins(tmp_path: Path) -> None:
    assert shown(tmp_path, daily("lme", date(2026, 12, 1)), daily("comex", date(2026, 12, 2))) == (
        "lme"
    )


def test_when_every_source_is_stale_the_newest_point_is_shown(tmp_path: Path) -> None:
    older = monthly("fred", date(2026, 5, 1))
    newer = daily("comex", date(2026, 7, 30))  # stale too, but newer
    assert shown(tmp_path, older, newer) == "comex"
    (tmp_path / "store.sqlite3").unlink()
    assert shown(tmp_path, newer, older) == "comex"


def test_a_failing_daily_source_still_current_is_not_hidden_by_a_stale_healthy_one(
    tmp_path: Path,
) -> None:
    """Found on a live config: COMEX copper (a CSV, its close of yesterday) answered one HTTP
    500, and the copper row went from 13,990 (yesterday) to FRED's 13,484 of seven months
    ago, marked STALE, until COMEX answered again. Its last good data is current: it stays,
    marked failing."""
    yesterday = daily("comex", date(2026, 12, 2))
    old_monthly = monthly("fred", date(2026, 5, 1))
    assert shown(tmp_path, yesterday, old_monthly, failing=frozenset({"comex"})) == "comex"
    (tmp_path / "store.sqlite3").unlink()
    assert shown(tmp_path, old_monthly, yesterday, failing=frozenset({"comex"})) == "comex"
    (tmp_path / "store.sqlite3").unlink()
    # a current weekly fix failing, a stale daily healthy: the current one
    weekly_fix = daily("lbma", date(2026, 11, 30))
    stale_daily = daily("stooq", date(2026, 10, 1))
    assert shown(tmp_path, stale_daily, weekly_fix, failing=frozenset({"lbma"})) == "lbma"


def test_a_healthy_current_source_still_comes_before_a_failing_current_one(tmp_path: Path) -> None:
    first, second = daily("lme", date(2026, 12, 2)), daily("comex", date(2026, 12, 1))
    assert shown(tmp_path, first, second, failing=frozenset({"lme"})) == "comex"
    (tmp_path / "store.sqlite3").unlink()
    # both failing and current: config order
    assert shown(tmp_path, first, second, failing=frozenset({"lme", "comex"})) == "lme"


def test_when_every_source_is_stale_a_failing_one_with_the_newest_point_is_shown(
    tmp_path: Path,
) -> None:
    """Failing for weeks, its last close 20 days old, against a monthly average of seven
    months ago: the newer, marked stale and failing (a stale monthly series never hides a
    fresher daily one). On a tie, the healthy one."""
    weeks_old = daily("comex", date(2026, 11, 13))
    old_monthly = monthly("fred", date(2026, 5, 1))
    assert shown(tmp_path, old_monthly, weeks_old, failing=frozenset({"comex"})) == "comex"
    (tmp_path / "store.sqlite3").unlink()
    a, b = daily("lme", date(2026, 11, 13)), daily("comex", date(2026, 11, 13))
    assert shown(tmp_path, a, b, failing=frozenset({"lme"})) == "comex"
