"""Under the demo standing in, its prices are never a failing source's "last good ones".

Seen in a terminal with a fresh cache and the default config, no network: the prices panel put
"!" after every age ("24d!", "3mo!": "the price's source failed on its last attempt ... the
price is its last good one", as the help says), and the copper chart said "⚠ COMEX copper HG=F
failed on its last attempt (last good fetch not known): the prices drawn are its last good
ones". The prices were the bundled demo's: the default config's sources bear the same names as
the demo's files, so the user's failing health was read as theirs. The panel's rows keep their
ages unmarked (its border and the header say what is failing) and the chart says the demo's
prices stand in.

Every source is a loopback port nothing listens on: no network."""

from __future__ import annotations

from pathlib import Path

import pytest
from own_data import settle
from test_demo_fallback_never_fetched import config

from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headline_list import HeadlineList
from tui.ui.widgets.prices import PricesPanel


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_demo_prices_are_not_the_failing_sources(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(config(), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None and snap.mode == "offline-demo"
        assert any(h.failed and h.name == "COMEX copper HG=F" for h in snap.sources)
        prices = app.query_one(PricesPanel)
        table = prices.table
        ages = [str(table.get_row_at(i)[-1]) for i in range(table.row_count)]
        assert ages and not any("!" in a for a in ages), ages
        prices.table.focus()
        await pilot.press("enter")  # the first row: copper, from the demo's COMEX file
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen) and chart.series.source == "COMEX copper HG=F"
        text = " ".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "its last good ones" not in text, text
        assert "demo's prices" in text and "stand in" in text, text


async def test_the_demo_stories_are_not_the_failing_sources(tmp_path: Path) -> None:
    """The same of the headlines: a source of the user's named as the demo's feed
    ("Reuters (demo capture)") failing put "!" after the demo's stories' ages, and their story
    screens said "this is its last good copy"."""
    app = MetalwatchApp(config(), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        assert any(s.source == "Reuters (demo capture)" for s in listing.stories)
        ages = [listing.render_line(y).text[:8] for y in range(1, 6)]
        assert not any("!" in a for a in ages), ages
        app.set_focus(listing)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen)
        text = " ".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "last good copy" not in text, text
