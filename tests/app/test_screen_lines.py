"""The dashboard's screen draws its background line once and repeats it
(``MainScreen.render_lines``): the lines are Textual's own, line for line, at every size."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_own_data import own_config, settle
from textual.geometry import Region
from textual.screen import Screen

from tui.ui.app import MetalwatchApp
from tui.ui.screens.main import MainScreen


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_screen_lines_are_textuals_own(tmp_path: Path, size: tuple[int, int]) -> None:
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        crop = Region(0, 0, *size)
        screen._styles_cache.clear()
        ours = screen.render_lines(crop)
        assert len(ours) == size[1]
        assert all(line is ours[0] for line in ours), "drawn once, repeated"
        screen._styles_cache.clear()
        theirs = Screen.render_lines(screen, crop)
        assert [list(line) for line in ours] == [list(line) for line in theirs]
        part = Region(3, 2, 10, 5)  # a crop inside: the same
        assert [list(x) for x in screen.render_lines(part)] == [
            list(x) for x in Screen.render_lines(screen, part)
        ]


async def test_a_screen_with_a_border_is_drawn_by_textual(tmp_path: Path) -> None:
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        screen.styles.border = ("round", "red")
        await pilot.pause()
        crop = Region(0, 0, 60, 20)
        screen._styles_cache.clear()
        ours = screen.render_lines(crop)
        assert ours[0] is not ours[1]
        screen._styles_cache.clear()
        assert [list(x) for x in ours] == [list(x) for x in Screen.render_lines(screen, crop)]
