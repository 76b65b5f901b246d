"""A chart left open draws what a refresh brings.

Seen in a terminal with a local price file: the chart of copper, open while a refresh read a
new point of today, went on saying "┊ no data since <day>" and "stale" over the old line,
while the prices panel under it showed the new price, 2 days old. The chart now follows each
new snapshot: the series and its whole history read again, the markers as they now are.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import GAP_GLYPH, ChartScreen
from tui.ui.widgets.prices import PricesPanel


def lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def app_on(folder: Path) -> tuple[MetalwatchApp, Path, date]:
    """A config of one local copper file, its last point 40 days old."""
    last = date.today() - timedelta(days=40)
    rows = [
        f"{(last - timedelta(days=i)).isoformat()},{9000 + i * 5:.2f}" for i in range(60, -1, -1)
    ]
    csv = folder / "copper.csv"
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
    app = MetalwatchApp(parse_config(raw, None), store_path=folder / "store.sqlite3")
    return app, csv, last


async def test_an_open_chart_draws_the_point_a_refresh_brings(tmp_path: Path) -> None:
    app, csv, last = app_on(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        panel.table.focus()
        panel.open_detail()
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        assert f"{GAP_GLYPH} no data since {last.isoformat()}" in lines(app)[0], lines(app)[0]
        today = date.today()
        with csv.open("a") as f:
            f.write(f"{today.isoformat()},9500.00\n")
        app.action_refresh_all()
        await settle(app, pilot)
        assert app.screen is chart  # still open, over the dashboard
        shown = "\n".join(lines(app))
        assert "no data since" not in shown and "stale" not in shown, shown
        assert "last 9,500" in shown, shown
        prov = str(chart.query_one("#chart-provenance", Static).render())
        assert f"to {today.isoformat()}" in prov, prov
        assert isinstance(chart.series, PriceSeries) and chart.series.points[-1][0] == today
        assert chart.history == "", chart.history  # the whole history read again, not loading
        assert len(chart.series.points) == 62  # the whole history: 61 points and today's


async def test_a_refresh_keeps_the_marker_under_the_cursor(tmp_path: Path) -> None:
    """A scheduled refresh with nothing new for the chart draws it again, and the marker the
    user moved to stays highlighted (the list was filled afresh, its first row highlighted)."""
    from textual.widgets import OptionList

    from tui.ui.messages import SnapshotReady

    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        options = app.screen.query_one("#chart-markers", OptionList)
        assert options.option_count >= 2
        options.highlighted = 1
        app.post_message(SnapshotReady(app.snapshot))
        await settle(app, pilot)
        assert options.highlighted == 1
