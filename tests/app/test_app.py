"""The app driven by Pilot on the bundled demo data (local files: no network)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tui.app import MetalwatchApp
from tui.config import load_config
from tui.screens.chart import ChartScreen
from tui.screens.evidence import EvidenceScreen
from tui.screens.help import HelpScreen
from tui.screens.sources import SourcesScreen
from tui.screens.story import StoryScreen
from tui.widgets.headlines import HeadlinesPanel
from tui.widgets.policy import PolicyPanel
from tui.widgets.prices import PricesPanel


async def settle(app: MetalwatchApp, pilot: object) -> None:
    for _ in range(6):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


async def test_three_panels_populated_and_quit(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        headlines = app.query_one(HeadlinesPanel)
        prices = app.query_one(PricesPanel)
        policy = app.query_one(PolicyPanel)
        assert headlines.table.row_count >= 10
        assert prices.table.row_count >= 8
        assert policy.table.row_count >= 8
        titles = [s.title for s in headlines.row_objects.values()]
        assert any("China to Resume Metal Exports" in t for t in titles)
        await pilot.press("q")
    assert app.return_code == 0 or app.return_code is None


async def test_tab_moves_focus_between_panels(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.focused_panel() is app.query_one(HeadlinesPanel)
        await pilot.press("tab")
        assert app.focused_panel() is app.query_one(PricesPanel)
        await pilot.press("tab")
        assert app.focused_panel() is app.query_one(PolicyPanel)
        await pilot.press("shift+tab")
        assert app.focused_panel() is app.query_one(PricesPanel)
        await pilot.press("3")
        assert app.focused_panel() is app.query_one(PolicyPanel)
        await pilot.press("1")
        assert app.focused_panel() is app.query_one(HeadlinesPanel)


async def test_arrow_keys_and_vim_keys_move_within_a_panel(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        table = app.query_one(HeadlinesPanel).table
        assert table.cursor_row == 0
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0


async def test_help_opens_and_escape_goes_back(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "Refresh" in text and "quit" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_enter_opens_details_in_each_panel(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("escape")
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ChartScreen)
        await pilot.press("6")  # Max time frame
        assert app.screen.frame == "Max"
        await pilot.press("escape")
        await pilot.press("3", "enter")
        assert isinstance(app.screen, EvidenceScreen)
        await pilot.press("escape")
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        assert app.screen.query_one(DataTable).row_count == len(app.config.sources)


async def test_metal_filter_links_the_panels(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        app.set_metal("copper")
        await pilot.pause()
        for panel in app.query(PricesPanel):
            assert {s.metal for s in panel.row_objects.values()} == {"copper"}
        for panel in app.query(PolicyPanel):
            assert {r.metal for r in panel.row_objects.values()} == {"copper"}
        for panel in app.query(HeadlinesPanel):
            assert all("copper" in s.metals for s in panel.row_objects.values())
        await pilot.press("M")
        assert app.query_one(PricesPanel).table.row_count > 1


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_usable_at_small_and_large_sizes(tmp_path: Path, size: tuple[int, int]) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for panel in (
            app.query_one(HeadlinesPanel),
            app.query_one(PricesPanel),
            app.query_one(PolicyPanel),
        ):
            assert panel.size.height >= 3
            assert panel.table.row_count > 0
