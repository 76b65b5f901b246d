"""A kept filter says how to clear it in the footer at every width from 60 columns.

Seen in tmux at 60x20: "/" on the policy board, "CN", Enter: the board showed the CN rows and
its box the text, but the footer said "q Quit  ? Help  r Refresh" and nothing of the filter
("Esc Clear filter" did not fit beside the essential keys, and "/ Filter" went with it): the
only way back to every row was not on screen. The clear key is now kept with the essential
ones, in short ("Esc Clear") where its full words leave no room for them."""

from __future__ import annotations

from pathlib import Path

from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tests.app.test_footer_essentials import seen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

ESSENTIAL = {"Quit", "Help", "Refresh"}


WIDTHS = [60, 64, 70, 80, 120]
PANELS = [HeadlinesPanel, PricesPanel, PolicyPanel]


async def test_kept_filter_footer_says_clear(tmp_path: Path) -> None:
    """Each panel at each width (once a case of its own, started at the width): one app,
    resized to each width in turn; each panel filtered by "co", then cleared by the key the
    footer names, so the next case meets the app unfiltered, as it started."""
    app = demo_app(tmp_path)
    checked: list[tuple[int, str]] = []
    async with app.run_test(size=(WIDTHS[0], 20)) as pilot:
        await settle(app, pilot)
        for width in WIDTHS:
            await pilot.resize_terminal(width, 20)
            await settle(app, pilot)
            assert app.size.width == width, (width, app.size)
            for panel in PANELS:
                case = (width, panel.__name__)
                assert len(app.screen_stack) == 1, case
                assert not any(d.startswith("Clear") for d in seen(app)), (case, seen(app))
                app.set_focus(app.query_one(panel).table)
                await pilot.press("slash", "c", "o", "enter")
                await settle(app, pilot)
                assert app.query_one(panel).text_filter == "co", case
                shown = seen(app)
                assert ESSENTIAL <= set(shown), (case, shown)
                clear = [d for d in shown if d.startswith("Clear")]
                assert clear, (case, shown)
                if width >= 80:  # the full words where they fit
                    assert clear == ["Clear filter"], (case, shown)
                await pilot.press("escape")  # the key it says clears the filter
                await settle(app, pilot)
                assert app.query_one(panel).text_filter == "", case
                assert not any(d.startswith("Clear") for d in seen(app)), (case, seen(app))
                checked.append(case)
    assert len(checked) == len(WIDTHS) * len(PANELS), checked
