"""A kept filter says how to clear it in the footer at every width from 60 columns.

Seen in tmux at 60x20: "/" on the policy board, "CN", Enter: the board showed the CN rows and
its box the text, but the footer said "q Quit  ? Help  r Refresh" and nothing of the filter
("Esc Clear filter" did not fit beside the essential keys, and "/ Filter" went with it): the
only way back to every row was not on screen. The clear key is now kept with the essential
ones, in short ("Esc Clear") where its full words leave no room for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tests.app.test_footer_essentials import seen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

ESSENTIAL = {"Quit", "Help", "Refresh"}


@pytest.mark.parametrize("width", [60, 64, 70, 80, 120])
@pytest.mark.parametrize("panel", [HeadlinesPanel, PricesPanel, PolicyPanel])
async def test_kept_filter_footer_says_clear(tmp_path: Path, width: int, panel: type) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(app, pilot)
        app.set_focus(app.query_one(panel).table)
        await pilot.press("slash", "c", "o", "enter")
        await settle(app, pilot)
        assert app.query_one(panel).text_filter == "co"
        shown = seen(app)
        assert ESSENTIAL <= set(shown), shown
        clear = [d for d in shown if d.startswith("Clear")]
        assert clear, (width, shown)
        if width >= 80:  # the full words where they fit
            assert clear == ["Clear filter"], shown
        await pilot.press("escape")  # the key it says clears the filter
        await settle(app, pilot)
        assert app.query_one(panel).text_filter == ""
        assert not any(d.startswith("Clear") for d in seen(app)), seen(app)
