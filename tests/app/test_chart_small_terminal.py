"""The chart in a small terminal: every part on screen, the title never cut mid-phrase.

Found in session 18 at 60x20: the plot's floor (10 rows), the provenance (6 lines at 60
columns) and the markers' floor (4) came to more than the 19 rows the screen has, and Textual
then sized the plot 24 rows: its x axis, the source line and the markers list went below the
screen, out of reach of any key. The title, one line, was cut to "· ┊ no data" (the rest,
"since 2026-07-30", wrapped out of sight): it read as a series with no data at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import GAP_GLYPH, ChartScreen
from tui.ui.widgets.prices import PricesPanel


def screen_lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", [(60, 20), (60, 16), (80, 24), (120, 40)])
async def test_every_part_of_the_chart_is_on_screen(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        lines = screen_lines(app)
        shown = "\n".join(lines)
        assert len(lines) == size[1]
        assert any("└" in line and "┘" in line for line in lines), shown  # the plot's foot
        assert "Source: COMEX copper" in shown, shown
        assert any(line.lstrip().startswith("1. 2026-06-23") for line in lines), shown
        # the title says where the data stops whole, or nothing of it (the plot's heading or
        # the stale line under the plot says it then), never cut
        title = lines[0]
        assert f"{GAP_GLYPH} no data since 2026-07-30" in title or GAP_GLYPH not in title, title
        prov = str(app.screen.query_one("#chart-provenance", Static).render())
        said = " ".join([title, lines[1], prov.replace("\n", " ")])
        assert said.count("no data since 2026-07-30") == 1, said
        if size[0] >= 80:
            assert f"{GAP_GLYPH} no data since 2026-07-30" in title, title


async def test_the_y_axis_reads_as_the_prices_panel(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        axis = [line.split("┤")[0].strip() for line in screen_lines(app) if "┤" in line]
        assert axis and "9,732" in axis, axis  # the year's low, as the title says it
        assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", label) for label in axis), axis
