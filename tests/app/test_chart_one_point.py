"""A series of one price: the chart shows the price, not "no points in this time frame".

A local file of one row (a price just started to be kept) drew an empty plot headed "no
points in this time frame: no data" over the frame that held its point; now the point is a dot
at its day and price, the head says "one point: 31,000 USD/t on 2026-08-20", and the y axis
stands around it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen

ONE = PriceSeries("Tin file", "tin", "USD/t", ((date(2026, 8, 20), 31000.0),), metal="tin")


@pytest.mark.parametrize("frame", ["1M", "1Y", "Max"])
@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_one_price_is_drawn_and_said(
    tmp_path: Path, frame: str, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None  # the demo's: 2026-08-23
        app.push_screen(ChartScreen(ONE, app.snapshot, frame=frame))
        await settle(app, pilot)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        shown = "\n".join(lines)
        assert "no points in this time frame" not in shown, shown
        assert "one point: 31,000 USD/t on 2026-08-20" in shown, shown
        top = next(n for n, line in enumerate(lines) if "┌" in line)
        foot = next(n for n, line in enumerate(lines) if "└" in line)
        assert any("●" in line for line in lines[top:foot]), shown
        axis = [line.split("┤")[0].strip() for line in lines[top:foot] if "┤" in line]
        assert axis and all(30000 < float(a.replace(",", "")) < 32000 for a in axis), axis
