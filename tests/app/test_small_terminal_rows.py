"""A terminal too short for every panel's five lines (60x15: thirteen lines for three panels)
still shows each panel one whole row. The panels had equal shares, four lines for the prices
panel: one line under its column names for a row of two, so a price row the cursor moved to
was shown by its second line alone ("FRED aluminium  1mo  stale"), without the metal or its
price; a row above it by its first line only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tui.ui.app import row_heights
from tui.ui.widgets.prices import PricesPanel


def test_each_panel_keeps_one_whole_row_where_five_lines_each_do_not_fit() -> None:
    assert row_heights([1, 1, 1], 13, floors=[4, 5, 4]) == "1fr 5 1fr"
    assert row_heights([1, 1, 1], 15, floors=[4, 5, 4]) == "1fr 1fr 1fr"  # five each fit
    assert row_heights([1, 1, 1], 10, floors=[4, 5, 4]) == "1fr 1fr 1fr"  # no room: as before


@pytest.mark.parametrize("size", [(60, 15), (80, 15)])
async def test_a_price_row_the_cursor_moves_to_shows_its_price(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        table = panel.table
        assert table.row_count >= 3
        table.focus()
        for row in (1, 2, 1, 0):
            table.move_cursor(row=row)
            await pilot.pause()
            top, end = table._tops[row], table._tops[row + 1]  # the row's lines
            body = table.scrollable_content_region.height - 1  # less the column names
            first = int(table.scroll_y)
            assert first <= top and end <= first + body, (row, top, end, first, body)


async def test_a_row_taller_than_the_panel_shows_its_first_line(tmp_path: Path) -> None:
    """Where the prices panel has one line for its rows (60x14: four lines each, equal shares),
    the cursor's row shows its first line (the metal, its price and age), not its second
    alone. (The filter box open at 60x15 no longer takes a line from the rows.)"""
    app = demo_app(tmp_path)
    async with app.run_test(size=(60, 14)) as pilot:
        await settle(app, pilot)
        table = app.query_one(PricesPanel).table
        table.focus()
        await pilot.pause()
        assert table.scrollable_content_region.height - 1 == 1
        table.move_cursor(row=1)
        await pilot.pause()
        assert int(table.scroll_y) == table._tops[1]
