"""Clicks, Tab and the detail and theme screens on the demo app, beyond one binding per case: a
click on a row focuses its panel and selects the row, Tab and Shift+Tab cycle the panels, the
story screen opens and copies its link, the panel keys on a detail screen leave Escape working,
a theme switch repaints in the new colours.

One demo app started on a copy of the store the demo sources were fetched into serves the whole
module (``tests/app/binding_app.py``); ``reset`` puts it back in its first state before each
test.
"""

from __future__ import annotations

import pytest

from tests.app.binding_app import (  # noqa: F401 (the fixtures)
    AppPilot,
    _record,
    filled_store_fixture,
    focus,
    key,
    on_main_screen,
    panel,
    reset,
    settle,
    shared_fixture,
)
from tui.core.models import Story
from tui.ui.app import MetalwatchApp
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel


@pytest.mark.asyncio(loop_scope="module")
async def test_clicking_a_row_focuses_its_panel_and_selects_the_row(
    shared: tuple[MetalwatchApp, AppPilot],
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    policy = panel(app, PolicyPanel)
    # offset inside the table: y=0 is the header, rows are one line high
    assert await pilot.click(policy.table, offset=(3, 4))
    await pilot.pause()
    assert app.focused_panel() is policy
    assert policy.table.cursor_row == 3
    assert policy.selected_key() == list(policy.row_objects)[3]
    prices = panel(app, PricesPanel)  # price rows are two lines high
    assert await pilot.click(prices.table, offset=(3, 1 + 2 * 2))
    await pilot.pause()
    assert app.focused_panel() is prices
    assert prices.table.cursor_row == 2
    assert prices.selected_key() == list(prices.row_objects)[2]


@pytest.mark.asyncio(loop_scope="module")
async def test_tab_and_shift_tab_cycle_the_panels(shared: tuple[MetalwatchApp, AppPilot]) -> None:
    app, pilot = shared
    await reset(app, pilot)
    order = [panel(app, HeadlinesPanel), panel(app, PricesPanel), panel(app, PolicyPanel)]
    seen = [app.focused_panel()]
    for _ in range(3):
        await pilot.press("tab")
        seen.append(app.focused_panel())
    assert seen == [*order, order[0]]  # wraps around
    await pilot.press("shift+tab")
    assert app.focused_panel() is order[2]
    await pilot.press("shift+tab")
    assert app.focused_panel() is order[1]


@pytest.mark.asyncio(loop_scope="module")
async def test_story_screen_opens_and_copies_its_link(
    shared: tuple[MetalwatchApp, AppPilot], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    opened = _record(app, "open_url", monkeypatch)
    copied = _record(app, "copy_to_clipboard", monkeypatch)
    story = focus(app, HeadlinesPanel).selected()
    assert isinstance(story, Story)
    await pilot.press(key("open"))
    assert isinstance(app.screen, StoryScreen)
    await pilot.press(key("open-link"), key("copy-link"))
    assert opened == [story.url] and copied == [story.url]


@pytest.mark.asyncio(loop_scope="module")
async def test_panel_keys_on_a_detail_screen_leave_escape_working(
    shared: tuple[MetalwatchApp, AppPilot],
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    await pilot.press(key("open"))
    assert isinstance(app.screen, StoryScreen)
    await pilot.press(key("panel-2"))
    await pilot.press(key("back"))
    assert on_main_screen(app)


@pytest.mark.asyncio(loop_scope="module")
async def test_theme_switch_repaints_in_the_new_colours(
    shared: tuple[MetalwatchApp, AppPilot],
) -> None:
    app, pilot = shared
    await reset(app, pilot)
    policy = panel(app, PolicyPanel)
    app.theme = "metalwatch-light"
    await settle(app, pilot)
    assert app.theme_variables["status-suspended"] == "#B42318"  # themes/metalwatch-light.toml
    status = policy.table.get_row("nickel|ID|*")[2]
    assert "#B42318" in str(status.style), status.style
