"""The command palette leaves the footer's last line in sight on a short screen.

Seen at 60x20: the palette's list (at most 70% of the screen's height, Textual's rule) reached
the last line and hid the footer's "Esc Close", the one word on how to leave the palette (at
80x24 it stayed in sight). Under 24 rows the list now takes at most 60%: the last line stays
the footer's at 60x20, 80x24 and 120x40, and the list still shows commands; the theme picker
(``t``, the same modal) alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp


@pytest.mark.parametrize("key", ["ctrl+p", "t"], ids=["palette", "theme-picker"])
@pytest.mark.parametrize("size", [(60, 20), (70, 21), (80, 24), (120, 40)], ids=str)
async def test_the_palette_leaves_the_footer_line(
    tmp_path: Path, size: tuple[int, int], key: str
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        for _ in range(6):
            await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        listed = app.screen.query_one(CommandList)
        assert listed.option_count > 3 and listed.region.height >= 5, listed.region
        # the list and its bottom edge end above the last line, the footer's
        assert listed.region.bottom <= size[1] - 1, (listed.region, size)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
