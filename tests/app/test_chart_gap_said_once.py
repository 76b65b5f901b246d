"""A stale chart says where its data stops once, at every width, and keeps its plot's heading.

At about 60 columns the title line had no room for "┊ no data since 2026-07-30" and said
"┊ stale", the line under the plot said "stale in the DEMO snapshot ...", and no line named the
day the data stops; at 72x14 the title said "┊ stale" and the plot's heading the whole gap.
At 76x24 the plot's heading ("last 13,990 min ... · ┊ no data since ...") was measured against
the widget's width, not the canvas plotext centres it on, and plotext left it out: the chart
had no last, min or max at all. Now the day is said in the first place with room for it (the
title line, the plot's heading, else leading the stale line under the plot), and "stale" once
under the plot, with its reason (the plot's heading says it beside the last price's age).
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import GAP_GLYPH, ChartScreen
from tui.ui.widgets.prices import PricesPanel

SIZES = [(56, 24), (60, 24), (60, 16), (66, 24), (72, 14), (76, 24), (80, 24), (120, 40)]


def screen_lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def said(app: MetalwatchApp, chart: ChartScreen) -> str:
    """The title line, the plot's heading and the lines under the plot, unwrapped."""
    lines = screen_lines(app)
    prov = str(chart.query_one("#chart-provenance", Static).render()).replace("\n", " ")
    return "\n".join([lines[0], lines[1], prov])


async def test_the_gap_is_said_once_and_the_heading_kept(tmp_path: Path) -> None:
    """At each of ``SIZES`` (one start per size before; one app now, resized to each, since the
    chart is opened after the resize and so first drawn at that size), each frame's chart."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[tuple[tuple[int, int], str]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]  # no data since 2026-07-30
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert app.size == size and len(app.screen_stack) == 1, (size, app.screen_stack)
            for frame in ("1Y", "1M", "Max"):
                app.push_screen(ChartScreen(copper, app.snapshot, frame=frame))
                await settle(app, pilot)
                chart = app.screen
                assert isinstance(chart, ChartScreen), (size, frame)
                text = said(app, chart)
                gap = f"{GAP_GLYPH} no data since 2026-07-30"
                assert text.count(gap) == 1, (size, frame, text)
                # "stale" beside the last price's age in the plot's heading, and once under the
                # plot with its reason; never as "┊ stale" on the title line
                assert "(24d, stale)" in text and "stale" not in text.split("\n")[0], (
                    size,
                    frame,
                    text,
                )
                assert len(re.findall(r"\bstale\b", text)) == 2, (size, frame, text)
                # the plot's heading: last, min and max are on screen at every width
                assert any("last 13,990" in line for line in screen_lines(app)[:3]), (
                    size,
                    frame,
                    "\n".join(screen_lines(app)),
                )
                await pilot.press("escape")
                await settle(app, pilot)
                assert len(app.screen_stack) == 1, (size, frame, app.screen_stack)
                checked.append((size, frame))
    assert len(checked) == len(SIZES) * 3, checked


async def test_a_resize_moves_the_gap_and_says_it_once(tmp_path: Path) -> None:
    """Resized while open (120 to 60 to 120 columns): the day moves from the title line to the
    stale line under the plot and back, and is never said twice or not at all."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        gap = f"{GAP_GLYPH} no data since 2026-07-30"
        for width, where in ((120, 0), (60, 2), (120, 0)):
            await pilot.resize_terminal(width, 40)
            await settle(app, pilot)
            parts = said(app, chart).split("\n")
            assert [part.count(gap) for part in parts] == [int(n == where) for n in range(3)], (
                width,
                parts,
            )
