"""Words that carry meaning stay readable in every bundled theme (session 16's audit, which
measured the contrast of each cell tmux drew): the "stale" under a price's age is never dimmed,
and the chart's event numbers are drawn on the plot's own background."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual_plotext import PlotextPlot

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel

THEMES = ("metalwatch-dark", "metalwatch-light", "metalwatch-high-contrast", "metalwatch-amber")


async def settle(app: MetalwatchApp, pilot: object) -> None:
    for _ in range(6):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


async def test_stale_under_an_age_is_bold_and_never_dim(tmp_path: Path) -> None:
    """The age cell was dim when the source's health said nothing, and "stale", appended to
    it, took the dim too: 2.7:1 on metalwatch-light's white, the one word saying the price is
    old. A stale series' age and "stale" are bold, not dim."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        assert panel.snapshot is not None
        copper = next(s for s in panel.snapshot.prices if s.metal == "copper")
        cell = panel.as_of(copper, stale=False)  # the demo's copper is 24 days old: stale
        text = cell.plain
        assert text.endswith("\nstale"), text
        for at in (0, text.index("stale")):
            style = cell.get_style_at_offset(app.console, at)
            assert style.bold and not style.dim, (text[at:], style)


@pytest.mark.parametrize("theme", THEMES)
async def test_the_charts_event_numbers_are_on_the_plots_background(
    tmp_path: Path, theme: str
) -> None:
    """An event's number above its line was drawn on plotext's default white (246, 246, 239):
    cyan on near-white (1.2:1) in metalwatch-high-contrast, amber on it (1.4:1) in
    metalwatch-amber. Every cell of the plot has the plot's background."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.theme = theme
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.press("enter")  # the copper chart: events in its year
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen) and app.screen.marks
        plot = app.screen.query_one(PlotextPlot)
        drawn = plot.render()
        backgrounds = {
            tuple(span.style.bgcolor.get_truecolor())
            for span in drawn.spans  # type: ignore[union-attr]
            if not isinstance(span.style, str) and span.style.bgcolor is not None
        }
        assert len(backgrounds) == 1, backgrounds  # the canvas's, under the numbers too
