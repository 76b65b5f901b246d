"""Age on every number, on screen: stale price rows say "stale" (a word, not only a colour),
``Chg`` says its period, a window change needs a series that covers the window, the chart ends
today with the gap labelled, and a declared measure that ran out says so."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from rich.text import Text
from textual.widgets import OptionList, Static
from textual_plotext import PlotextPlot

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.chart_frames import gap_label, window
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.evidence import EvidenceScreen, evidence_text
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel


def _cell(panel: PricesPanel, key: str, column: str) -> str:
    row = panel.table.get_row(key)
    index = panel.table.column_keys().index(column)
    cell = row[index]
    return cell.plain if isinstance(cell, Text) else str(cell)


def user_config(tmp_path: Path) -> Path:
    """Copper from a daily CSV 40 days old, silver from one a day old (two months each), and a
    declared licence regime that ended on 2026-01-31."""
    today = datetime.now(timezone.utc).date()
    for name, last in (("copper", today - timedelta(days=40)), ("silver", today - timedelta(1))):
        days = [last - timedelta(days=i) for i in reversed(range(60))]
        body = "".join(f"{d.isoformat()},{30 + i / 10:.2f}\n" for i, d in enumerate(days))
        (tmp_path / f"{name}.csv").write_text("Date,Close\n" + body, encoding="utf-8")
    text = ""
    for metal in ("copper", "silver"):
        text += f'[[metals]]\nid = "{metal}"\nname = "{metal.title()}"\n\n'
        text += (
            f'[[sources]]\nname = "{metal} csv"\nkind = "csv"\nmetal = "{metal}"\n'
            f'url = "{metal}.csv"\nunit = "USD/ozt"\nvalue_column = "Close"\n\n'
        )
    text += (
        '[[policy]]\nmetal = "copper"\norigin = "CN"\ndestination = "US"\nstatus = "licensing"\n'
        "since = 2025-11-09\nuntil = 2026-01-31\n"
        'url = "https://www.mofcom.gov.cn/zwgk/zcfb/"\n'
    )
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_stale_rows_say_stale_and_changes_say_their_period(tmp_path: Path) -> None:
    config = load_config(user_config(tmp_path))
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 44)) as pilot:
        await settle(app, pilot)
        prices = app.query_one(PricesPanel)
        assert {"copper", "silver"} <= set(prices.row_objects)
        copper_age = _cell(prices, "copper", "age").split("\n")
        assert copper_age[0].startswith("40d") and copper_age[1:] == ["stale"]
        assert _cell(prices, "silver", "age").split("\n") == ["1d"]  # current: no mark
        assert _cell(prices, "copper", "chg").split("\n")[1] == "1d"
        # 60 days of data do not make a "1Y chg"
        assert _cell(prices, "copper", "window") == "—"

        policy = app.query_one(PolicyPanel)
        # a panel 78 cells wide (side by side at 160 columns) keeps the flag's date whole and
        # leaves the request out; a wide one says both
        flags = policy.table.get_row("copper|CN|US")[-1]
        assert isinstance(flags, Text) and flags.plain == "ended 2026-01-31"
        assert len(flags.plain) <= policy.flags_width()
        row = policy.row_objects["copper|CN|US"]
        assert "ended 2026-01-31 — check" in evidence_text(row).plain  # type: ignore[arg-type]
        await pilot.resize_terminal(240, 50)
        await pilot.pause()
        flags = policy.table.get_row("copper|CN|US")[-1]
        assert isinstance(flags, Text) and flags.plain == "ended 2026-01-31 — check"
        assert len(flags.plain) <= policy.flags_width()


async def test_demo_rows_say_their_age_and_monthly_changes_a_month(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 44)) as pilot:
        await settle(app, pilot)
        prices = app.query_one(PricesPanel)
        assert _cell(prices, "copper", "age").split("\n") == ["24d", "stale"]
        assert _cell(prices, "aluminium", "chg").split("\n")[1] == "1mo"
        assert _cell(prices, "copper", "chg").split("\n")[1] == "1d"
        assert _cell(prices, "copper", "window") != "—"  # ten years of COMEX copper cover 1Y
        # the last price is shown with the precision of its size (>= 1000: no decimals)
        assert _cell(prices, "copper", "last") == "13,990"  # 13990.5, to the even


async def test_chart_ends_today_with_the_gap_labelled(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 44)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1M"))
        await pilot.pause()
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        title = chart.query_one("#chart-title", Static).render()
        assert "no data since 2026-07-30" in str(title)
        prov = str(chart.query_one("#chart-provenance", Static).render())
        # the day is said once, on the title line: this line says why that is stale
        assert "stale in the DEMO snapshot of 2026-08-23: a daily series is expected" in prov
        # the headline of 2026-08-19 came after the last price: still listed
        options = chart.query_one("#chart-markers", OptionList)
        listed = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("2026-08-19" in text for text in listed), listed
        assert max(m.day for m in chart.marks) > copper.points[-1][0]
        # the title names the gap; the plot says it neither over its lines nor in its heading
        plot = chart.query_one(PlotextPlot)
        drawn = plot.plt.build()
        assert "no data since" not in drawn
        await pilot.press("escape")
        assert not isinstance(app.screen, (ChartScreen, EvidenceScreen))


def test_window_ends_today_and_a_series_that_stopped_has_nothing_in_a_short_frame() -> None:
    days = [date(2025, 1, 1) + timedelta(days=i) for i in range(100)]
    s = PriceSeries("s", "X", "USD/t", tuple((d, 1.0 + i) for i, d in enumerate(days)))
    today = date(2026, 1, 1)
    assert window(s, "1M", today) == []
    assert window(s, "6M", today) == []  # 2025-07-04 to 2026-01-01: after the last point
    assert len(window(s, "1Y", today)) == 100  # from 2024-12-31
    assert window(s, "Max", today) == list(s.points)
    assert gap_label(s, today) == "no data since 2025-04-10"
    assert gap_label(s, date(2025, 4, 12)) == ""
