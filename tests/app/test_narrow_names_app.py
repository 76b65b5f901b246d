"""At 80 columns the source health screen's table ran off the right edge ("Next try" and
"Message" reachable only by scrolling sideways, a long source name taking 38 cells), and the
prices panel cut each source to "COMEX copper …" or "Investing.com…". The screen's columns now
fit every width, the highlighted row said whole under the table; a price row's source leaves out
what its row says already (its metal, then a part in brackets) and the panel's border names the
cursor row's source whole while the panel has the focus."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import DataTable, Static

from tui.core.config import parse_config
from tui.core.models import Metal, PriceSeries, Snapshot, SourceHealth
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.screens.sources import SourcesScreen
from tui.ui.widgets.prices import PricesPanel

NOW = datetime(2026, 8, 23, 12, 0, tzinfo=timezone.utc)
SIZES = [(80, 24), (120, 40), (200, 60)]
PRICES = [
    ("copper", "COMEX copper futures (Yahoo v8 to CSV)"),
    ("aluminium", "FRED aluminium (IMF)"),
    ("silver", "COMEX silver front month (yfinance)"),
]
LONG_ERROR = (
    "HTTP 500 Internal Server Error: Internal failure of the upstream aggregation layer while "
    "assembling the feed for your request id 7f3a9c"
)


def series(metal: str, source: str) -> PriceSeries:
    end = NOW.date() - timedelta(days=1)
    points = tuple((end - timedelta(days=29 - i), 1000.0 + i) for i in range(30))
    return PriceSeries(source, metal.upper(), "USD/t", points, metal=metal)


def snapshot() -> Snapshot:
    health = [
        SourceHealth("Reuters via Google News (direct links)", "rss", ok=True, items=500),
        SourceHealth("Upstream 500", "rss", error=LONG_ERROR, fetched_at=NOW),
        *(SourceHealth(s, "csv", ok=True, items=30, last_success=NOW) for _, s in PRICES),
    ]
    return Snapshot(
        generated_at=NOW,
        metals=[Metal(m, m.title()) for m, _ in PRICES],
        prices=[series(m, s) for m, s in PRICES],
        sources=health,
    )


def app_for(tmp_path: Path) -> MetalwatchApp:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m, _ in PRICES],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


async def start(app: MetalwatchApp, pilot: object) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]
    app.post_message(SnapshotReady(snapshot()))
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", SIZES)
async def test_the_source_health_table_fits_the_screen(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=size) as pilot:
        await start(app, pilot)
        assert app.snapshot is not None
        app.push_screen(SourcesScreen(list(app.snapshot.sources), NOW))
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels[-1] == "Message" and "Next try" in labels
        assert table.virtual_size.width <= size[0], "nothing off the right edge"
        message = list(table.columns.values())[-1]
        assert message.width >= 20  # room to read the start of an error
        assert str(table.get_row_at(1)[-1]).startswith("HTTP 500")
        await pilot.press("down")
        await pilot.pause()
        detail = str(app.screen.query_one("#source-detail", Static).render())
        assert " ".join(detail.split()) == f"Upstream 500 (rss): {LONG_ERROR}"
        if size[0] >= 200:  # room for both long columns whole
            assert str(table.get_row_at(0)[0]) == "Reuters via Google News (direct links)"
            assert message.width >= len(LONG_ERROR) - 40
        await pilot.resize_terminal(60, 20)  # made narrower while open: fitted again
        await pilot.pause()
        await pilot.pause()
        assert table.virtual_size.width <= 60


def source_line(panel: PricesPanel, key: str) -> str:
    cell = panel.table.get_row(key)[0]
    return (cell.plain if isinstance(cell, Text) else str(cell)).split("\n")[1]


@pytest.mark.parametrize("size", SIZES)
async def test_a_price_rows_source_is_shortened_with_sense_and_said_whole(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=size) as pilot:
        await start(app, pilot)
        panel = app.query_one(PricesPanel)
        width = panel.metal_width
        lines = {m: source_line(panel, m) for m, _ in PRICES}
        for metal, source in PRICES:
            said = lines[metal]
            assert said == source or metal.lower() not in said.lower(), said
            if len(source) <= width:
                assert said == source  # whole when it fits
        if size == (80, 24):
            assert lines == {
                "copper": "COMEX futures",
                "aluminium": "FRED (IMF)",
                "silver": "COMEX front month",  # cut by its cell (14): "COMEX front m…"
            }
        if size == (120, 40):  # room: every source whole
            assert lines == dict(PRICES)
        # the border names the cursor row's source whole once the panel has the focus
        assert "COMEX copper futures" not in str(panel.border_subtitle)
        panel.table.focus()
        await pilot.pause()
        await pilot.pause()
        cut = lines["copper"] != PRICES[0][1]
        assert ("COMEX copper futures (Yahoo v8 to CSV)" in str(panel.border_subtitle)) == cut
        await pilot.press("down")
        await pilot.pause()
        assert "COMEX copper futures" not in str(panel.border_subtitle)
        await pilot.press("down")
        await pilot.pause()
        cut = lines["silver"] != PRICES[2][1]
        assert ("COMEX silver front month (yfinance)" in str(panel.border_subtitle)) == cut
        assert "row" in str(panel.border_subtitle)  # the count stays
