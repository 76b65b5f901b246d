"""A panel at its least height keeps its whole row while its filter box is open.

At 60x15 the prices panel has five lines: its border, the column names and one row of two
lines. The filter box took one of them, and a price row showed its first line alone: "24d" with
no "stale" under it, an old price read as current while the watcher typed "cop". Where the
panel has no line to spare, the box now stands over the column names (typing a filter, the
row's own words say what it is), and the row keeps both lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tui.ui.widgets.prices import PricesPanel


def panel_lines(app: object, panel: PricesPanel) -> list[str]:
    lines = [strip.text for strip in app.screen._compositor.render_strips()]  # type: ignore[attr-defined]
    region = panel.region
    return [line[region.x : region.right] for line in lines[region.y : region.bottom]]


@pytest.mark.parametrize("typed", ["", "cop"])
async def test_a_price_row_keeps_its_stale_line_with_the_filter_open(
    tmp_path: Path, typed: str
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(60, 15)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        panel.table.focus()
        await pilot.press("slash")
        await pilot.press(*typed)
        await settle(app, pilot)
        shown = panel_lines(app, panel)
        text = "\n".join(shown)
        assert "Copper" in text and "13,990" in text, text
        assert "stale" in text, text  # copper's row: 24d, stale under it
        box = panel.filter_box
        assert box is not None and box.display and box.region.height == 1, text
        assert ("cop" if typed else "filter…") in text, text
        await pilot.press("enter")  # the filter kept, its box still shown
        await settle(app, pilot)
        text = "\n".join(panel_lines(app, panel))
        assert "stale" in text and "13,990" in text, text
        await pilot.press("escape")  # cleared: the column names again
        await settle(app, pilot)
        text = "\n".join(panel_lines(app, panel))
        assert "Metal / source" in text and "stale" in text, text


async def test_a_filter_matching_nothing_says_so_under_the_box(tmp_path: Path) -> None:
    """The box stands over the column names only over rows: the message of a panel its filter
    left empty stays in sight under it."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(60, 15)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        panel.table.focus()
        await pilot.press("slash", "z", "z", "z")
        await settle(app, pilot)
        text = "\n".join(panel_lines(app, panel))
        assert "zzz" in text and "Nothing matches the filter 'zzz'" in text, text
        await pilot.press("backspace", "backspace", "backspace", "c", "o", "p")
        await settle(app, pilot)
        text = "\n".join(panel_lines(app, panel))
        assert "cop" in text and "stale" in text, text


async def test_with_room_the_box_keeps_its_own_line(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        panel.table.focus()
        await pilot.press("slash")
        await settle(app, pilot)
        text = "\n".join(panel_lines(app, panel))
        assert "Metal / source" in text and "filter…" in text, text
