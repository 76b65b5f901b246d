"""The footer keeps the keys a watcher cannot do without at every width from 60 columns: how
to refresh, how to get help (``?``, also F1) and how to quit, on the dashboard whatever panel
has the focus, and on a detail screen how to go back. At 60 columns it showed Quit, Help,
Filter and Metal and left Refresh out: the keys were kept in order until the first that did
not fit. Less essential keys (filter, metal, the panel's own) are now the ones left out,
the rest still in order and whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

ESSENTIAL = {"Quit", "Help", "Refresh"}


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


def seen(app: MetalwatchApp) -> list[str]:
    """The descriptions of the keys the footer shows whole, left of the palette key."""
    keys = list(app.screen.query_one(KeyFooter).query(FooterKey))
    (palette,) = [k for k in keys if k.has_class("-command-palette")]
    shown = [k for k in keys if k.display and k is not palette]
    assert all(k.region.width and k.region.right <= palette.region.x for k in shown), [
        (k.description, k.region, palette.region) for k in shown
    ]
    return [k.description for k in shown]


@pytest.mark.parametrize("width", [60, 61, 64, 68, 72, 76])
async def test_refresh_help_and_quit_at_every_narrow_width(tmp_path: Path, width: int) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        for panel in (HeadlinesPanel, PricesPanel, PolicyPanel):
            app.set_focus(app.query_one(panel).table)
            await settle(app, pilot)
            shown = seen(app)
            assert ESSENTIAL <= set(shown), (width, panel.__name__, shown)
            assert shown[:2] == ["Quit", "Help"]


async def test_less_essential_keys_go_first_and_come_back_in_order(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(app, pilot)
        narrow = seen(app)
        await pilot.resize_terminal(160, 24)
        await settle(app, pilot)
        wide = seen(app)
        assert set(narrow) < set(wide)
        assert [d for d in wide if d in narrow] == narrow  # the same order, a subset
        assert "Filter" in wide and "Metal" in wide


async def test_a_detail_screen_keeps_back_help_and_quit(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(app, pilot)
        app.set_focus(app.query_one(HeadlinesPanel).table)
        await pilot.press("enter")
        await settle(app, pilot)
        shown = seen(app)
        assert {"Quit", "Help", "Back"} <= set(shown), shown
