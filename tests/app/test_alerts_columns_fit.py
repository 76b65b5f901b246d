"""The alerts log's columns fit the screen: a long rule name never pushes the message off it.

Seen at 120x40 with a rule named at length: the Rule column took all 62 cells of the name,
and the message was cut at the screen's edge to "Copper at 13,9" (a price of 13.9, as it
reads), with Delivery out of sight; at 80 columns Metal, Message and Delivery were all off the
right edge. The rule, the message and the delivery now share what the other columns leave,
each cut with an ellipsis (the line under the table says the highlighted alert whole).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.column_fit import shared
from tui.ui.screens.alerts import COLUMNS, AlertsScreen

RULE = "Copper above 10k, a long name to see how the alerts log cuts it"
MESSAGE = "Copper at 13,990 USD/t on 2026-07-30, above 10,000 (Local copper)"
ENTRIES = [
    {
        "fired_at": "2026-12-06T11:35:00Z",
        "severity": "warning",
        "rule": RULE,
        "metal": "copper",
        "message": MESSAGE,
        "delivery": "",
    },
    {
        "fired_at": "2026-12-06T11:30:00Z",
        "severity": "info",
        "rule": "headline: resume (copper)",
        "metal": "copper",
        "message": "China to Resume Metal Exports",
        "delivery": "command failed: exit 1",
    },
]


def lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_every_column_is_on_screen_and_a_cut_says_so(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.push_screen(AlertsScreen(ENTRIES, datetime.now(timezone.utc), rules=2))
        await settle(app, pilot)
        shown = lines(app)
        header = next(line for line in shown if line.lstrip().startswith("When"))
        assert header.split() == list(COLUMNS), header  # all seven, none off the right edge
        row = next(line for line in shown if "warning" in line)
        assert len(row.rstrip()) <= size[0]
        cells = [cell.strip() for cell in row.split("  ") if cell.strip()]
        level, rule, metal, message = cells[2:6]
        assert (level, metal) == ("warning", "copper"), cells
        # whole, or cut with an ellipsis: never "Copper at 13,9" and nothing after
        for said, whole in ((rule, RULE), (message, MESSAGE)):
            assert said == whole or (said.endswith("…") and whole.startswith(said[:-1])), row


async def test_a_resize_fits_the_columns_again(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        app.push_screen(AlertsScreen(ENTRIES, datetime.now(timezone.utc), rules=2))
        await settle(app, pilot)
        assert any(MESSAGE in line for line in lines(app))  # room for it whole at 200
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        header = next(line for line in lines(app) if line.lstrip().startswith("When"))
        assert header.split() == list(COLUMNS), header


def test_the_long_columns_share_the_rest() -> None:
    headers = ("A", "Rule", "Message", "Delivery")
    rows = [["x" * 10, "r" * 60, "m" * 80, ""]]
    # room for all: each as wide as it needs
    assert shared(headers, rows, 200, (1, 2, 3)) == [10, 60, 80, 8]
    widths = shared(headers, rows, 80, (1, 2, 3))
    assert sum(widths) + 2 * 4 + 2 <= 80, widths
    assert widths[0] == 10 and widths[3] == len("Delivery")  # the short one keeps its width
    assert abs(widths[1] - widths[2]) <= 1  # the two long ones share evenly
    # never narrower than a header, even with no room at all
    assert shared(headers, rows, 10, (1, 2, 3))[1:] == [4, 7, 8]
