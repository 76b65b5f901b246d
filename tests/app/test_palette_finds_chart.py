"""The palette finds the chart: "Details" (Enter) opens the price chart on a price row, a story
on a headline and the evidence trail on a policy row, and typing "chart" in the palette found
nothing (seen at 60x20). It is found by those words now, below any command named so, and its
line says what it opens."""

from __future__ import annotations

from pathlib import Path

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.commands import MetalwatchCommands
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel


async def test_chart_finds_details_and_opens_the_chart(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        app.query_one(PricesPanel).table.focus()
        await settle(app, pilot)
        provider = MetalwatchCommands(app.screen)
        hits = [hit async for hit in provider.search("chart")]
        assert [hit.text for hit in hits] == ["Details"], [hit.text for hit in hits]
        assert "price chart" in str(hits[0].help) and "key: Enter" in str(hits[0].help)
        names = [hit.text for hit in [h async for h in provider.search("details")]]
        assert names == ["Details"]  # still found by its name
        assert not [h async for h in provider.search("zzq")]
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"chart")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
