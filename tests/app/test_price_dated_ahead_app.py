"""A price dated a day after the UTC day (a close in Asia) read "in 1d" in the prices panel's
"As of" column: a price to come. It reads "today" with "ahead" under it, at every width, and
the chart says how far ahead it is dated and why that can be; a price dated today or earlier
is shown as before. (The JSON and the text snapshot: tests/unit/test_price_dated_ahead.py.)"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Static

from tui.core.config import parse_config
from tui.core.models import Metal, PriceSeries, Snapshot
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel

NOW = datetime(2026, 6, 30, 22, 30, tzinfo=timezone.utc)
# (metal, the newest point's day, its "As of" cell's lines)
CASES = [
    ("nickel", date(2026, 7, 1), ["today", "ahead"]),  # Shanghai's close of July 1st
    ("zinc", date(2026, 7, 1), ["today", "ahead"]),  # a month's average dated the 1st
    ("copper", date(2026, 6, 30), ["today"]),
    ("tin", date(2026, 6, 29), ["1d"]),
]


def series(metal: str, last: date) -> PriceSeries:
    points = tuple((last - timedelta(days=29 - i), 1000.0 + i) for i in range(30))
    return PriceSeries(f"{metal} close", metal.upper(), "USD/t", points, metal=metal)


def app_for(tmp_path: Path) -> MetalwatchApp:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m, _, _ in CASES],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


def cell(panel: PricesPanel, key: str) -> list[str]:
    row = panel.table.get_row(key)
    age = row[panel.table.column_keys().index("age")]
    return (age.plain if isinstance(age, Text) else str(age)).split("\n")


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_a_price_dated_ahead_reads_today_and_ahead(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=size) as pilot:
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        snap = Snapshot(
            generated_at=NOW,
            metals=[Metal(m, m.title()) for m, _, _ in CASES],
            prices=[series(m, last) for m, last, _ in CASES],
        )
        app.post_message(SnapshotReady(snap))
        await pilot.pause()
        await pilot.pause()
        panel = app.query_one(PricesPanel)
        for metal, _, want in CASES:
            assert cell(panel, metal) == want, metal
        # moved on by the minute tick, the cell is built again alike
        panel.re_age(NOW + timedelta(minutes=20))
        await pilot.pause()
        assert cell(panel, "nickel") == ["today", "ahead"]
        panel.re_age(NOW + timedelta(hours=2))  # July 1st in UTC now: no longer ahead
        await pilot.pause()
        assert cell(panel, "nickel") == ["today"] and cell(panel, "tin") == ["2d"]

        app.push_screen(ChartScreen(series("nickel", date(2026, 7, 1)), snap, now=NOW))
        await pilot.pause()
        await pilot.pause()
        prov = str(app.screen.query_one("#chart-provenance", Static).render())
        assert "the newest point is dated 1d ahead of today in UTC" in prov
        assert "stale" not in prov
