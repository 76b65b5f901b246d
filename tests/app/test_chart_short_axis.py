"""The chart's y axis on a plot of few rows never reads a price far outside the prices drawn.

Found in tmux at 60x15 to 60x17 on a COMEX copper chart with two event markers (copper
between 9,547 and 14,660 USD/t): the row kept free above the line for the markers' labels
stretched the axis to 2.5 times the range on a plot of two rows (ticks 22,328 and 9,547) and
twice on three (19,772); on one row the only tick, 22,328, stood beside the whole line. Now
the labels' row is kept from four rows (``HEADROOM_FROM``), a plot of one row has no ticks
(the head line says last, min and max), and a resize that changes only those rows redraws.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel

TICK = re.compile(r"^\s*([\d,]+(?:\.\d+)?)┤")
HEAD = re.compile(r"min ([\d,.]+) +max ([\d,.]+)")


def number(text: str) -> float:
    return float(text.replace(",", ""))


def axis(lines: list[str]) -> tuple[list[float], int, float, float]:
    """The y ticks, the plot's rows (between its frame lines) and the head's min and max."""
    ticks = [number(m.group(1)) for line in lines if (m := TICK.match(line))]
    top = next(i for i, line in enumerate(lines) if "┌" in line)
    foot = next(i for i, line in enumerate(lines) if "└" in line)
    (lo, hi) = next(map(number, m.groups()) for line in lines if (m := HEAD.search(line)))
    return ticks, foot - top - 1, lo, hi


@pytest.mark.parametrize("height", [16, 17, 18, 19, 20, 24])
async def test_the_ticks_stay_near_the_prices_drawn(tmp_path: Path, height: int) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(60, height)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        for size in ((60, height), (60, height - 1), (60, height)):  # and across a resize
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            lines = [strip.text for strip in app.screen._compositor.render_strips()]
            ticks, rows, lo, hi = axis(lines)
            span = hi - lo
            if rows <= 1:
                assert ticks == [], "\n".join(lines)  # one row shows no range
                continue
            assert ticks, "\n".join(lines)
            # a labels' row above the line adds at most 0.6 of the range (four rows)
            assert max(ticks) <= hi + 0.6 * span + 1, "\n".join(lines)
            assert min(ticks) >= lo - 1, "\n".join(lines)
