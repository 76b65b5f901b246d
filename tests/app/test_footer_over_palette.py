"""While Textual's command palette or the theme picker (the same modal, ``t``) is open, the
footer says the keys that work there: the palette takes every printable key as search text and
stops the dashboard's bindings, yet the footer went on saying "q Quit  ? Help  r Refresh
o Open link  Enter Details  Ctrl+P Palette", none of which did anything. The footer now lists
the keys of the modal on top of its screen (Esc closes it); when the modal closes, the screen's
own keys come back. The same over a detail screen (sources, help) as over the dashboard, at
every size; the help says what the palette's keys are."""

from __future__ import annotations

from pathlib import Path

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


SIZES = [(60, 20), (80, 24), (120, 40), (200, 60)]
OPENERS = ["ctrl+p", "t"]  # the palette, the theme picker


async def test_footer_over_the_palette_says_only_what_works_there(tmp_path: Path) -> None:
    """One app for every size and opener: made that size on the dashboard, the modal opened and
    closed again, back to the dashboard alone before the next case."""
    app = demo_app(tmp_path)
    checked: list[tuple[tuple[int, int], str]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        dashboard = app.screen
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            for opener in OPENERS:
                case = (size, opener)
                assert app.screen is dashboard and len(app.screen_stack) == 1, case
                before = footer_keys(app)
                assert ("q", "Quit") in before, (case, before)
                await pilot.press(opener)
                await settle(app, pilot)
                assert isinstance(app.screen, CommandPalette), case
                shown = footer_keys(app)
                assert shown == [("Esc", "Close")], (case, shown)
                # each key shown is one the palette itself acts on, not a binding of a screen
                # under it
                bound = app.screen.active_bindings
                for key in footer_key_names(app):
                    assert key in bound and bound[key].node is app.screen, (
                        case,
                        key,
                        bound.get(key),
                    )
                await pilot.press("escape")
                await settle(app, pilot)
                assert not isinstance(app.screen, CommandPalette), case
                assert footer_keys(app) == before, case
                checked.append(case)
    assert len(checked) == len(SIZES) * len(OPENERS), checked


async def test_footer_over_the_palette_on_a_detail_screen(tmp_path: Path) -> None:
    """One app for the three detail screens (sources, alerts, help): each opened from the
    dashboard and closed again, back to the dashboard alone before the next."""
    app = demo_app(tmp_path)
    screen_keys = ["s", "a", "question_mark"]
    checked: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        dashboard = app.screen
        focused = app.focused
        for screen_key in screen_keys:
            assert app.screen is dashboard and len(app.screen_stack) == 1, screen_key
            assert app.focused is focused, (screen_key, app.focused)
            await pilot.press(screen_key)
            await settle(app, pilot)
            detail = app.screen
            assert detail is not dashboard, screen_key
            before = footer_keys(app)
            assert ("Esc", "Back") in before, (screen_key, before)
            await pilot.press("ctrl+p")
            await settle(app, pilot)
            assert footer_keys(app) == [("Esc", "Close")], screen_key
            await pilot.press("q")  # search text in the palette, never Quit
            await settle(app, pilot)
            assert isinstance(app.screen, CommandPalette) and app.is_running, screen_key
            await pilot.press("escape")
            await settle(app, pilot)
            assert app.screen is detail and footer_keys(app) == before, screen_key
            await pilot.press("escape")  # back to the dashboard for the next screen
            await settle(app, pilot)
            checked.append(screen_key)
        assert app.screen is dashboard and len(app.screen_stack) == 1
    assert checked == screen_keys, checked


async def test_help_says_the_palettes_keys(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = str(app.screen.query_one("#help-text").render())
        assert "In the command palette and the theme picker" in text
        assert "Esc" in text.split("In the command palette and the theme picker")[1]
