"""Keys offered only where they act: the footer's "o Open link" (and ``y``) only on a row with an
http(s) link, "/ Filter" not while the filter box takes "/" as text, and help over the filter box
listing the keys that matter there, not Textual's text-editing keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.help import HelpScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

LINK_ACTIONS = {"open_link", "copy_link"}


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


def footer_actions(app: MetalwatchApp) -> set[str]:
    """The actions the footer offers now."""
    return {k.action for k in app.screen.query_one(KeyFooter).query(FooterKey)}


def offered(app: MetalwatchApp) -> set[str]:
    """The link actions the focused panel's keys would run now (shown or not in the footer)."""
    return {a.binding.action for a in app.screen.active_bindings.values()} & LINK_ACTIONS


async def focus(app: MetalwatchApp, pilot: object, kind: type[Panel]) -> Panel:
    panel = app.query_one(kind)
    app.set_focus(panel.table)
    await pilot.pause()  # type: ignore[attr-defined]
    return panel


async def test_link_keys_only_on_rows_with_a_link(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        # a price row has no link: neither key is offered, in the footer or at all
        prices = await focus(app, pilot, PricesPanel)
        assert prices.selected() is not None and prices.link() is None
        assert "open_link" not in footer_actions(app)
        assert offered(app) == set()
        # a story has one: both are
        headlines = await focus(app, pilot, HeadlinesPanel)
        url = headlines.link()
        assert url is not None and url.startswith("https://")
        assert "open_link" in footer_actions(app)
        assert offered(app) == LINK_ACTIONS
        # within one panel the footer follows the cursor: a policy row with evidence links
        # offers it, the inferred row without any does not, and moving back offers it again
        policy = await focus(app, pilot, PolicyPanel)
        rows = policy.table
        linked = rows.get_row_index("antimony|CN|US")
        bare = rows.get_row_index("copper|CN|US")
        rows.move_cursor(row=linked)
        await pilot.pause()
        assert (policy.link() or "").startswith("https://")
        assert "open_link" in footer_actions(app)
        rows.move_cursor(row=bare)
        await pilot.pause()
        assert policy.link() is None
        assert "open_link" not in footer_actions(app)
        assert offered(app) == set()
        await pilot.press("k" if linked < bare else "j")  # the keys move it as well
        while rows.cursor_row != linked:
            await pilot.press("k" if linked < rows.cursor_row else "j")
        await pilot.pause()
        assert "open_link" in footer_actions(app)


async def test_a_story_with_a_non_http_link_offers_no_link_keys(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        headlines = await focus(app, pilot, HeadlinesPanel)
        assert offered(app) == LINK_ACTIONS
        headlines.link = lambda: "file:///etc/passwd"  # type: ignore[method-assign]
        headlines.table.refresh_bindings()
        await pilot.pause()
        assert offered(app) == set()


async def test_filter_key_is_not_offered_while_typing_a_filter(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await focus(app, pilot, HeadlinesPanel)
        assert "filter" in footer_actions(app)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        assert "filter" not in footer_actions(app)  # "/" is text in the box
        assert "clear_filter" in footer_actions(app)
        await pilot.press("slash")  # typed, not a key
        assert app.focused.value == "/"
        await pilot.press("enter")  # kept: back in the rows, where / filters again
        await pilot.pause()
        assert not isinstance(app.focused, Input)
        assert "filter" in footer_actions(app)


async def test_help_over_the_filter_box_lists_the_keys_that_matter(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        await focus(app, pilot, HeadlinesPanel)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
        came_from = text.split("On the screen you came from")[1].split("Everywhere")[0]
        rows = dict(line.split(None, 1)[::-1] for line in came_from.strip().splitlines())
        # Textual's text-editing keys are not listed (there were over twenty: "Delete left to
        # start of word", "Move cursor right or accept the completion suggestion" ...); the
        # keys that act in the box are, F1 and Ctrl+Q (? and q are text there)
        assert rows == {
            "Keep filter": "Enter",
            "Clear filter": "Esc",
            "Focus next": "Tab",
            "Focus previous": "Shift+Tab",
            "Quit": "Ctrl+Q",
            "Help": "F1",
            "Palette": "Ctrl+P",
        }, came_from
