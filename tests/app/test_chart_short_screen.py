"""The chart on a short screen keeps its plot: the lines under it are cut first.

At 60x12 the source's text (five lines at 60 columns) and the markers' list took every row the
plot had: the chart showed its head and its days, and no price between them. Now the plot keeps
four rows at any size from 60x12 (the unit's line under the axis goes first: the head says the
unit), and the lines under it are cut to what is left, what is wrong with the series (stale)
first, one line each, cut with "…".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel


def screen_lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def plot_rows(lines: list[str]) -> int:
    """The rows between the plot's frame's top and foot."""
    top = next(n for n, line in enumerate(lines) if "┌" in line)
    foot = next(n for n, line in enumerate(lines) if "└" in line)
    return foot - top - 1


async def open_copper(app: MetalwatchApp, pilot: object) -> None:
    copper = app.query_one(PricesPanel).row_objects["copper"]
    assert isinstance(copper, PriceSeries) and app.snapshot is not None
    app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))


@pytest.mark.parametrize("size", [(60, 12), (60, 14), (80, 14), (60, 20), (80, 24)])
async def test_the_plot_keeps_its_rows(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await open_copper(app, pilot)
        await settle(app, pilot)
        lines = screen_lines(app)
        shown = "\n".join(lines)
        assert len(lines) == size[1]
        assert plot_rows(lines) >= 4, shown
        assert "stale" in shown, shown  # the series' age is said at every size
        assert any(line.lstrip().startswith("1. 2026-06-23") for line in lines), shown
        assert all(len(line.rstrip()) <= size[0] for line in lines), shown


async def test_a_live_resize_gives_the_rows_back(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_copper(app, pilot)
        await settle(app, pilot)
        assert "Source: COMEX copper" in "\n".join(screen_lines(app))
        await pilot.resize_terminal(60, 12)
        await settle(app, pilot)
        lines = screen_lines(app)
        assert plot_rows(lines) >= 4, "\n".join(lines)
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        lines = screen_lines(app)
        shown = "\n".join(lines)
        assert "USD/t" in [line.strip() for line in lines], shown  # the unit's line is back
        assert "points, 2025-06-25 to 2026-07-30" in shown, shown  # the source's text whole
