"""A chart of a metal with hundreds of headlines: every marker reaches the list, numbered as on
the plot, whatever the time frame and however fast the user switches frames (the list fills a
batch at a time; a newer frame's list replaces one still filling)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

from textual.widgets import OptionList

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import MARKER_BATCH, ChartScreen, reaction
from tui.ui.widgets.prices import PricesPanel


async def test_every_marker_of_a_busy_metal_is_listed_at_every_frame(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        snapshot = app.snapshot
        assert isinstance(copper, PriceSeries) and snapshot is not None
        base = next(s for s in snapshot.stories if "copper" in s.metals and s.published)
        assert base.published is not None
        end = copper.points[-1][0]
        many = [
            dataclasses.replace(
                base,
                id=f"busy-{k}",
                title=f"Copper desk note {k}",
                published=base.published.replace(year=end.year, month=end.month, day=end.day)
                - timedelta(days=k % 700),
            )
            for k in range(3 * MARKER_BATCH + 7)
        ]
        snapshot = dataclasses.replace(snapshot, stories=[*snapshot.stories, *many])
        app.push_screen(ChartScreen(copper, snapshot, frame="Max"))
        await pilot.pause()
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        chart.action_frame("1Y")  # at once: the Max list is still filling
        for frame in ("1Y", "3M", "Max"):
            if frame != "1Y":
                chart.action_frame(frame)
            await settle(app, pilot)
            listed = chart.query_one("#chart-markers", OptionList)
            assert len(chart.marks) > (MARKER_BATCH if frame != "3M" else 0), frame
            assert listed.option_count == len(chart.marks), frame
            texts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
            for n, (text, mark) in enumerate(zip(texts, chart.marks, strict=True), 1):
                assert text.startswith(f"{n:>2}. {mark.day}"), (frame, n, text)
                assert mark.title in text
                if mark.kind.startswith("policy"):
                    assert reaction(mark.day, list(chart.series.points), "daily") in text
