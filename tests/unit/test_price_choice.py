"""Which price source a metal's row shows: the first healthy, current one in config order; when
every one is stale, the one with the newest point. Built from a real SQLite store."""

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


def shown(tmp_path: Path, first: PriceSeries, second: PriceSeries) -> str:
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
            store.save_health(
                SourceHealth(s.source, "csv", ok=True, fetched_at=NOW, last_success=NOW)
            )
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
