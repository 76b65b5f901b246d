"""The chart's heading says how old its last price is, and whether it is stale, beside it.

Seen in a terminal: the plot's heading said "last 9,190  min ...  max ..." with no age; the
price's day was only in the source line under the plot, so a glance at the chart read a price
weeks old as current (the prices panel's row says "24d" and "stale" under it). The heading now
says "last 13,990 (24d, stale)" at every size, dropping min and max before the age.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel


def heading(app: MetalwatchApp) -> str:
    """The title line and the plot's heading (the first two lines of the chart screen)."""
    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    return "\n".join(lines[:2])


@pytest.mark.parametrize("size", [(60, 15), (80, 24), (200, 60)])
async def test_a_stale_price_says_its_age_and_stale_in_the_heading(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]  # 2026-07-30 in a 08-23 demo
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        for frame in ("1M", "1Y", "Max"):
            app.push_screen(ChartScreen(copper, app.snapshot, frame=frame))
            await settle(app, pilot)
            top = heading(app)
            assert "last 13,990 (24d, stale)" in top, (frame, top)
            await pilot.press("escape")
            await settle(app, pilot)


async def test_a_fresh_price_says_its_age_and_not_stale(tmp_path: Path) -> None:
    last = date.today() - timedelta(days=1)
    rows = [
        f"{(last - timedelta(days=i)).isoformat()},{9000 + i * 5:.2f}" for i in range(40, -1, -1)
    ]
    csv = tmp_path / "copper.csv"
    csv.write_text("Date,Close\n" + "\n".join(rows) + "\n")
    raw: dict[str, Any] = {
        "app": {"timeout": "2s"},
        "metals": [{"id": "copper", "name": "Copper", "unit": "USD/t"}],
        "sources": [
            {
                "name": "My copper",
                "kind": "csv",
                "metal": "copper",
                "url": str(csv),
                "symbol": "CU",
                "unit": "USD/t",
                "value_column": "Close",
            }
        ],
    }
    app = MetalwatchApp(parse_config(raw, None), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        panel.table.focus()
        panel.open_detail()
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        top = heading(app)
        assert "last 9,000 (1d)" in top and "stale" not in top, top
