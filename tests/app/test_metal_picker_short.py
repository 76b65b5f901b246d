"""On a short screen the metal picker's frame is whole, the header and the footer beside it.

Seen in a terminal at 60x12: the picker (up to 24 lines) ran from the header's line over the
footer and past the last line, so its frame's bottom, which says its keys ("j/k move · Enter
show · Esc cancel"), was not on screen, nor the footer's "Esc Cancel". The picker is now at
most two lines fewer than the screen, its list scrolling; from 26 rows it is as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.metal_picker import MetalPicker


def lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", [(60, 10), (60, 12), (80, 16), (80, 20), (120, 40)])
async def test_the_pickers_frame_is_whole(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, MetalPicker)
        shown = lines(app)
        assert shown[0].startswith(" metalwatch"), shown
        assert "Esc Cancel" in shown[-1], shown
        assert any("Esc cancel" in line for line in shown), shown  # the frame's bottom
        picker = app.screen.query_one(OptionList)
        assert picker.region.height <= size[1] - 2, picker.region
        await pilot.press("end")  # the last metal is reached, the list scrolling
        await settle(app, pilot)
        assert picker.highlighted == picker.option_count - 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.metal_filter == app.config.metals[-1].id
