"""The footer of a screen under another holds its own screen's keys, and a screen's footer has
its keys from its first frame.

Going back from the help, the story or the sources screen, the dashboard's footer showed for
0.07-0.2 s (longer under load) its keys as they are on the screen that had been on top: "q Quit
F5 Refresh o Open link Enter Details s Sources a Alerts" back from the help (no "? Help", "/
Filter", "m Metal"), no "s Sources" back from the sources screen, until the dashboard's keys were
read again. The dashboard's bindings had changed while it was under the other screen, and its
footer read them with the app's ``check_action`` asking about the screen on top (the help's
"?" is hidden on the help, the dashboard's "/" and "m" on every other screen). And a screen
opened showed an empty footer line until its first refresh was done (0.13-0.3 s in tmux).
"""

from __future__ import annotations

from pathlib import Path

from textual._context import active_message_pump
from textual.widgets._footer import FooterKey

from tests.app.own_data import own_config
from tests.app.settling import settle
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.sources import SourcesScreen
from tui.ui.widgets.key_footer import KeyFooter


def _said(footer: KeyFooter) -> list[str]:
    return [k.description for k in footer.query(FooterKey) if not k.has_class("-command-palette")]


async def test_the_dashboards_footer_keeps_its_keys_under_another_screen(tmp_path: Path) -> None:
    app = MetalwatchApp(own_config(tmp_path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        dashboard = app.screen_stack[0]
        footer = dashboard.query_one(KeyFooter)
        mine = _said(footer)
        assert {"Help", "Filter", "Metal", "Sources"} <= set(mine), mine
        for key, opened in (("question_mark", HelpScreen), ("s", SourcesScreen)):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, opened), app.screen
            # the dashboard's keys change under the screen on top (a refresh, a panel's keys)
            dashboard.refresh_bindings()
            await pilot.pause()
            await pilot.pause()
            assert _said(footer) == mine, (opened.__name__, _said(footer))
            app.pop_screen()
            # the first frame back: the footer as it stood, before the keys are read again
            assert _said(footer) == mine, (opened.__name__, _said(footer))
            await settle(app, pilot)
            assert _said(footer) == mine, (opened.__name__, _said(footer))


async def test_a_screen_opened_has_its_keys_in_its_first_frame(tmp_path: Path) -> None:
    app = MetalwatchApp(own_config(tmp_path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await app.push_screen(HelpScreen())  # mounted: the frame that follows is its first
        said = _said(app.screen.query_one(KeyFooter))
        assert {"Quit", "Back"} <= set(said), said
        assert "Help" not in said, said  # the help's own key is not offered on it
        await settle(app, pilot)
        assert {"Quit", "Back"} <= set(_said(app.screen.query_one(KeyFooter)))


def _shown(footer: KeyFooter) -> list[FooterKey]:
    return [k for k in footer.query(FooterKey) if k.display and not k.has_class("-command-palette")]


async def test_the_charts_footer_is_fitted_in_its_first_frame(tmp_path: Path) -> None:
    """At 80 columns the chart's footer said "1 1 month  2 3 months  3" for a frame each time
    it was made (the chart opened, its keys changed), then "s Sources  a Alerts": its keys were
    fitted to the width only after they had been painted once, all of them."""
    app = MetalwatchApp(own_config(tmp_path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        await app.push_screen(ChartScreen(app.snapshot.prices[0], app.snapshot))
        footer = app.screen.query_one(KeyFooter)
        for made in ("opened", "keys read again"):
            said = [k.description for k in _shown(footer)]
            assert not any("month" in d for d in said), (made, said)  # none of the six here
            assert {"Quit", "Back", "Sources", "Alerts"} <= set(said), (made, said)
            # the chart's keys change: the footer made anew, as its bindings signal has it
            token = active_message_pump.set(footer)
            try:
                await footer.recompose()
            finally:
                active_message_pump.reset(token)
        await settle(app, pilot)
        assert [k.description for k in _shown(footer)] == said
