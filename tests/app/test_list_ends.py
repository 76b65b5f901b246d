"""A list stops at its ends, as the panels' tables do: ``k`` or Up held at the top of the metal
picker or the chart's marker list jumped to the bottom (Textual's option list wraps round), and
``j`` or Down at the bottom to the top, so a keyboard user holding ``k`` to reach the first
metal or marker went round and round."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.metal_picker import MetalPicker
from tui.ui.widgets.prices import PricesPanel


async def _held(pilot: object, key: str, options: OptionList, times: int = 3) -> list[int | None]:
    seen = []
    for _ in range(times):
        await pilot.press(key)  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
        seen.append(options.highlighted)
    return seen


async def test_the_metal_picker_stops_at_its_ends(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MetalPicker)
        picker = app.screen.query_one("#metal-picker", OptionList)
        last = picker.option_count - 1
        assert picker.highlighted == 0 and last > 1
        assert await _held(pilot, "k", picker) == [0, 0, 0]
        assert await _held(pilot, "up", picker) == [0, 0, 0]
        await pilot.press("G")
        assert await _held(pilot, "j", picker) == [last] * 3
        assert await _held(pilot, "down", picker) == [last] * 3
        assert await _held(pilot, "k", picker, 1) == [last - 1]  # and still moves


async def test_the_chart_markers_stop_at_their_ends(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.press("enter")
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        markers = chart.query_one("#chart-markers", OptionList)
        chart.set_focus(markers)
        await pilot.pause()
        last = markers.option_count - 1
        assert markers.highlighted == 0 and last >= 1, markers.option_count
        assert await _held(pilot, "k", markers) == [0, 0, 0]
        assert await _held(pilot, "up", markers) == [0, 0, 0]
        await pilot.press("G")
        assert await _held(pilot, "j", markers) == [last] * 3
        assert await _held(pilot, "down", markers) == [last] * 3
