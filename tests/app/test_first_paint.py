"""What the first paint reads and does: a look into the store (not the store opened for the
session), the user's theme already in the stylesheet, footer keys born with their style."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from own_data import own_config, settle
from textual.color import Color
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen
from textual.widgets._footer import FooterKey

from tui.flow.health import summarise
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.headline_list import HeadlineList


async def test_the_first_paint_reads_through_a_look_with_the_picked_theme(tmp_path: Path) -> None:
    config = own_config(tmp_path, theme="metalwatch-dark")
    store = tmp_path / "store.sqlite3"
    app = MetalwatchApp(config, store_path=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        app.theme = "metalwatch-light"  # what `t` does: remembered in the store
        await pilot.pause()

    seen: dict[str, Any] = {}
    app2 = MetalwatchApp(config, store_path=store, refresh_on_start=False)

    def hook(message: Any) -> None:
        if isinstance(message, SnapshotReady) and "snapshot" not in seen:
            seen["snapshot"] = message.snapshot
            seen["store_open"] = app2._store is not None
            seen["theme"] = app2.theme
            seen["background"] = app2.theme_variables.get("background")
            seen["screen"] = app2.screen.styles.background
            seen["collecting"] = gc.isenabled()

    async with app2.run_test(size=(160, 48), message_hook=hook) as pilot:
        await settle(app2, pilot)
        assert gc.isenabled(), "the collector is back after the first paint"
    assert gc.isenabled() and gc.get_freeze_count() == 0, "the app leaves the collector as it was"

    assert seen["store_open"] is False, "nothing opened the store before the first paint"
    assert seen["theme"] == "metalwatch-light"
    light = app2.get_theme("metalwatch-light")
    assert light is not None
    assert Color.parse(seen["background"]) == Color.parse(str(light.background))
    assert seen["screen"] == Color.parse(str(light.background)), "styled with it, parsed once"
    assert seen["collecting"] is False, "no garbage collection before the first paint"
    # the stored health came through the look: the dead source is failing from the first paint
    from tui.flow.health import remote_names

    painted = summarise(seen["snapshot"].sources, remote_names(config))
    assert painted.failing == 1 and painted.live == 2


async def test_footer_keys_are_born_with_their_style(tmp_path: Path) -> None:
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)  # the footer comes just after the first paint
        keys = list(app.query(FooterKey))
        assert len(keys) > 5
        palette = [k for k in keys if k.has_class("-command-palette")]
        others = [k for k in keys if not k.has_class("-command-palette")]
        assert len(palette) == 1 and palette[0].compact and palette[0].has_class("-compact")
        assert all(not k.compact and not k.has_class("-compact") for k in others)


async def test_the_screen_is_not_restyled_whole_at_start_but_on_a_later_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every widget is styled when mounted; the first resume does not style them all again
    (``MainScreen``). A later resume does: a theme picked while another screen was on top
    reaches the dashboard when it comes back."""
    config = own_config(tmp_path, theme="metalwatch-dark")
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    whole: list[str] = []  # the screens restyled with every node on them
    lists = []  # the passes that restyled the headline list
    update_nodes = Stylesheet.update_nodes

    def counting(self: Stylesheet, nodes: Any, animate: bool = False) -> None:
        nodes = list(nodes)
        whole.extend(type(n).__name__ for n in nodes if isinstance(n, Screen))
        lists.extend(n for n in nodes if isinstance(n, HeadlineList))
        update_nodes(self, nodes, animate)

    monkeypatch.setattr(Stylesheet, "update_nodes", counting)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert whole == [], "no pass over the whole screen at start"
        headlines = app.panels[0].table
        dark = app.get_theme("metalwatch-dark")
        assert dark is not None
        assert headlines.styles.background == Color.parse(str(dark.surface))
        # focused at start, not restyled for it: no rule with a focus state matches it (its
        # panel is, for :focus-within)
        assert app.focused is headlines and headlines.has_focus
        assert lists == []
        assert app.panels[0].styles.border_top[1] == Color.parse(str(dark.primary))
        assert app.panels[1].styles.border_top[1] == Color.parse(str(dark.secondary))

        app.action_help()
        await pilot.pause()
        app.theme = "metalwatch-light"
        await pilot.pause()
        app.pop_screen()
        await settle(app, pilot)
        assert "MainScreen" in whole
        light = app.get_theme("metalwatch-light")
        assert light is not None
        assert headlines.styles.background == Color.parse(str(light.surface))


async def test_a_focus_rule_for_the_focused_list_still_applies_at_start(tmp_path: Path) -> None:
    """The first focus restyles, of the focused panel, only what a rule with a focus state can
    match (``MainScreen._update_focus_styles``): such a rule for the list's cursor applies."""
    config = own_config(tmp_path, theme="metalwatch-dark")
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    app.stylesheet.add_source(
        "HeadlineList:focus > .headline-list--cursor { background: #ff0000; }",
        read_from=("", "test"),
    )
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        headlines = app.panels[0].table
        assert app.focused is headlines
        cursor = headlines.get_component_rich_style("headline-list--cursor")
        assert cursor.bgcolor is not None and cursor.bgcolor.triplet == (255, 0, 0)
        # and a later focus change is Textual's own: the list loses the rule when blurred
        app.screen.set_focus(app.panels[1].table)
        await settle(app, pilot)
        cursor = headlines.get_component_rich_style("headline-list--cursor")
        assert cursor.bgcolor is None or cursor.bgcolor.triplet != (255, 0, 0)


async def test_the_footer_comes_to_the_dashboard_with_another_screen_on_top(
    tmp_path: Path,
) -> None:
    """The footer is mounted after the first paint; if another screen is on top by then (the
    first snapshot of an empty store may take a while), it still goes into the dashboard's
    line, with the dashboard's keys."""
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        dashboard = app.screen
        for key in list(dashboard.query(FooterKey)):  # as if it had not come yet
            key.remove()
        dashboard.query_one("#footer-slot").remove_children()
        await settle(app, pilot)
        app._footer_mounted = False
        app.action_help()
        await settle(app, pilot)
        assert app.screen is not dashboard
        app._mount_footer()
        await settle(app, pilot)
        app.pop_screen()
        await settle(app, pilot)
        keys = list(dashboard.query_one("#footer-slot").query(FooterKey))
        assert len(keys) > 5
        assert "Help" in {k.description for k in keys}
