"""The palette over a story, the evidence or the chart offers that screen's own commands.

Over a story the palette found no "Open link" ("No matches found" for "open") while the footer
offered `O Open link` and the key opened it; over the chart it had no time frames. Now it
offers what the screen's footer offers (its link keys while it has a link, the chart's frames,
Back), each with its key as ``[keys]`` made it, and running one does what the key does.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.core.models import PriceSeries
from tui.ui import links
from tui.ui.app import MetalwatchApp
from tui.ui.commands import MetalwatchCommands
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.prices import PricesPanel


def remapped(tmp_path: Path) -> MetalwatchApp:
    keys = dict(parse_config({"keys": {"open-link": "O", "frame-1m": "z"}}, None).keys)
    config = dataclasses.replace(load_config(demo=True), keys=keys)
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


async def test_the_story_offers_its_link_with_the_remapped_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(links, "browser_available", lambda: False)  # no browser: a warning
    app = remapped(tmp_path)
    notes: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        provider = MetalwatchCommands(app.screen)
        hits = [hit async for hit in provider.search("open link")]
        assert [h.text for h in hits][:1] == ["Open link"], [h.text for h in hits]
        assert "key: O" in str(hits[0].help), hits[0].help
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"open link")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen)
        assert any("No browser" in n for n in notes), notes  # the link action ran


async def test_the_chart_offers_its_time_frames(tmp_path: Path) -> None:
    app = remapped(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        names = {h.text: str(h.help) async for h in MetalwatchCommands(chart).discover()}
        assert "key: z" in names.get("1 month", ""), names
        assert "Max" in names and "Back" in names, names
        assert "Open link" not in names  # a chart has no link: its footer offers none either
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"1 month")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is chart and chart.frame == "1M"
