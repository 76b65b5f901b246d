"""Below 20 rows the command palette keeps the footer's "Esc Close" in sight.

Seen in a terminal: the palette's list, at most 60% of the screen under 24 rows, started on the
eighth line (three of margin, four of input), so from 17 rows down it ran over the footer's
last line, the one word on how to leave it; at 12 rows the list ran past the screen's end. Under
20 rows the palette now starts one line under the header and its list ends above the footer,
with commands still to be read; from 20 rows on nothing changed."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp


def lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


SIZES = [(60, 10), (60, 12), (80, 15), (80, 17), (100, 19), (80, 20)]
OPENERS = ["ctrl+p", "t"]  # the palette, the theme picker


async def test_the_footer_stays_under_the_palette(tmp_path: Path) -> None:
    """One app for every size and opener: made that size on the dashboard, the palette opened
    there, then closed again, back to the dashboard alone before the next case."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[tuple[tuple[int, int], str]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        dashboard = app.screen
        for size, opener in [(size, opener) for size in SIZES for opener in OPENERS]:
            case = (size, opener)
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert app.screen is dashboard and len(app.screen_stack) == 1, case
            assert app.size == size, (case, app.size)
            await pilot.press(opener)
            await settle(app, pilot)
            await pilot.pause(0.3)
            assert isinstance(app.screen, CommandPalette), case
            shown = lines(app)
            assert "Esc Close" in shown[-1], (case, shown)
            results = app.screen.query_one(CommandList)
            assert results.region.bottom <= size[1] - 1, (case, results.region, shown)
            assert results.option_count and results.region.height >= 2, (case, results.region)
            if size[1] >= 12:  # a few commands can be read
                assert sum(bool(line.strip()) for line in shown[1:-1]) >= 5, (case, shown)
            await pilot.press("escape")
            await settle(app, pilot)
            assert app.screen is dashboard and len(app.screen_stack) == 1, case
            checked.append(case)
    assert checked == [(s, o) for s in SIZES for o in OPENERS], checked


async def test_the_palette_follows_a_resize(tmp_path: Path) -> None:
    """Made taller, the palette takes Textual's and the stylesheet's look again; made short, it
    keeps the footer in sight."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        box = app.screen.query_one("#--input")
        for _ in range(40):  # shown once the palette has its commands
            if box.region.height:
                break
            await pilot.pause(0.05)
        assert box.region.y == 3, box.region  # Textual's margin
        await pilot.resize_terminal(80, 13)
        await settle(app, pilot)
        await pilot.pause(0.3)
        assert "Esc Close" in lines(app)[-1], lines(app)
        assert app.screen.query_one(CommandList).region.bottom <= 12
        await pilot.resize_terminal(80, 30)
        await settle(app, pilot)
        await pilot.pause(0.3)
        assert app.screen.query_one("#--input").region.y == 3
        assert "Esc Close" in lines(app)[-1], lines(app)
