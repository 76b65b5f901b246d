"""While Textual's command palette or the theme picker (the same modal, ``t``) is open, the
footer says the keys that work there: the palette takes every printable key as search text and
stops the dashboard's bindings, yet the footer went on saying "q Quit  ? Help  r Refresh
o Open link  Enter Details  Ctrl+P Palette", none of which did anything. The footer now lists
the keys of the modal on top of its screen (Esc closes it); when the modal closes, the screen's
own keys come back. The same over a detail screen (sources, help) as over the dashboard, at
every size; the help says what the palette's keys are."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets._footer import FooterKey

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.key_footer import KeyFooter


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


def footer_keys(app: MetalwatchApp) -> list[tuple[str, str]]:
    """(key, description) of each key the visible footer shows: the footer of the topmost screen
    that has one (a palette has none of its own: the footer under it is the one seen)."""
    screen = next(s for s in reversed(app.screen_stack) if s.query(KeyFooter))
    footer = screen.query_one(KeyFooter)
    return [(k.key_display, k.description) for k in footer.query(FooterKey) if k.display]


def footer_key_names(app: MetalwatchApp) -> list[str]:
    screen = next(s for s in reversed(app.screen_stack) if s.query(KeyFooter))
    return [k.key for k in screen.query_one(KeyFooter).query(FooterKey) if k.display]


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40), (200, 60)])
@pytest.mark.parametrize("opener", ["ctrl+p", "t"])  # the palette, the theme picker
async def test_footer_over_the_palette_says_only_what_works_there(
    tmp_path: Path, size: tuple[int, int], opener: str
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        before = footer_keys(app)
        assert ("q", "Quit") in before
        await pilot.press(opener)
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)
        shown = footer_keys(app)
        assert shown == [("Esc", "Close")], shown
        # each key shown is one the palette itself acts on, not a binding of a screen under it
        bound = app.screen.active_bindings
        for key in footer_key_names(app):
            assert key in bound and bound[key].node is app.screen, (key, bound.get(key))
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, CommandPalette)
        assert footer_keys(app) == before


@pytest.mark.parametrize("screen_key", ["s", "a", "question_mark"])
async def test_footer_over_the_palette_on_a_detail_screen(tmp_path: Path, screen_key: str) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(screen_key)
        await settle(app, pilot)
        detail = app.screen
        before = footer_keys(app)
        assert ("Esc", "Back") in before
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        assert footer_keys(app) == [("Esc", "Close")]
        await pilot.press("q")  # search text in the palette, never Quit
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette) and app.is_running
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is detail and footer_keys(app) == before


async def test_help_says_the_palettes_keys(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = str(app.screen.query_one("#help-text").render())
        assert "In the command palette and the theme picker" in text
        assert "Esc" in text.split("In the command palette and the theme picker")[1]
