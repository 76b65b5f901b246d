"""The dashboard's screen draws its background line once and repeats it
(``MainScreen.render_lines``), a panel the line inside its border (``Panel.render_lines``): the
lines are Textual's own, line for line, at every size and crop."""

from __future__ import annotations

from pathlib import Path

import pytest
from own_data import own_config, settle
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget

from tui.ui.app import MetalwatchApp
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.panel import Panel


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


def _same(panel: Panel, crop: Region) -> list[object]:
    panel._styles_cache.clear()
    ours = panel.render_lines(crop)
    panel._styles_cache.clear()
    theirs = Widget.render_lines(panel, crop)
    assert [list(x) for x in ours] == [list(x) for x in theirs], crop
    return ours


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_panel_draws_its_inside_once_as_textual_draws_it(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    config = own_config(tmp_path, dead=1)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for panel in app.panels:
            width, height = panel.outer_size
            assert height >= 5 and panel.border_title
            ours = _same(panel, Region(0, 0, width, height))
            assert all(line is ours[1] for line in ours[1:-1]), "the inside drawn once"
            assert ours[0] is not ours[1] and ours[-1] is not ours[1]
            for crop in (
                Region(0, 2, width, height - 2),  # the top row cut off
                Region(0, 0, width, height - 3),  # the bottom rows cut off
                Region(3, 1, width - 5, 3),  # inside only, narrower
                Region(0, height - 2, width, 2),
            ):
                _same(panel, crop)


async def test_a_panel_with_padding_is_drawn_by_textual(tmp_path: Path) -> None:
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.panels[0]
        panel.styles.padding = (1, 0)
        await pilot.pause()
        width, height = panel.outer_size
        ours = _same(panel, Region(0, 0, width, height))
        assert ours[1] is not ours[2]
