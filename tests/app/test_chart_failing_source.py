"""A price chart says when its source failed on its last attempt.

Seen in a terminal with the price server stopped: the prices panel marked copper's age "2d!"
(its source failing, the price its last good one), but the chart opened from that row drew the
same points with nothing said: a last price that may be behind stood there as current. The
chart now says, under the plot, that the source failed, how long ago it last read, and that the
prices are its last good ones; a refresh that reads again takes the line away.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.app.settling import settle
from tests.app.test_chart_follows_refresh import app_on
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel

SAID = "⚠ My copper failed on its last attempt (last good fetch just now)"


def under_plot(chart: ChartScreen) -> str:
    return " ".join(str(chart.query_one("#chart-provenance", Static).render()).split())


async def test_an_open_chart_says_its_source_failed_until_it_reads_again(
    tmp_path: Path,
) -> None:
    app, csv, _last = app_on(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        panel.table.focus()
        panel.open_detail()
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        assert "failed" not in under_plot(chart), under_plot(chart)
        kept = csv.read_text()
        csv.write_text("<html>Service temporarily unavailable</html>\n")
        app.action_refresh_all()
        await settle(app, pilot)
        assert app.screen is chart
        said = under_plot(chart)
        assert SAID in said and "(s: source health)" in said, said
        csv.write_text(kept)
        app.action_refresh_all()
        await settle(app, pilot)
        assert "failed" not in under_plot(chart), under_plot(chart)


async def test_a_chart_opened_on_a_failing_source_says_so_on_a_short_screen(
    tmp_path: Path,
) -> None:
    """At 60x15 the lines under the plot are cut to what is left: the failing source's line
    (what is wrong with the series) comes before the source's own."""
    app, csv, _last = app_on(tmp_path)
    async with app.run_test(size=(60, 15)) as pilot:
        await settle(app, pilot)
        csv.unlink()
        app.action_refresh_all()
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        panel.table.focus()
        panel.open_detail()
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        said = under_plot(chart)
        assert "⚠ My copper failed on its last attempt" in said, said
        assert said.index("⚠ My copper failed") < said.index("Source: My copper"), said
