"""The alerts log's columns fit the screen: a long rule name never pushes the message off it.

Seen at 120x40 with a rule named at length: the Rule column took all 62 cells of the name,
and the message was cut at the screen's edge to "Copper at 13,9" (a price of 13.9, as it
reads), with Delivery out of sight; at 80 columns Metal, Message and Delivery were all off the
right edge. The rule, the message and the delivery now share what the other columns leave,
each cut with an ellipsis (the line under the table says the highlighted alert whole).

Then at 80 columns the three shared the room evenly, the message (what the alert says) as
narrow as the rule, "Copper at …" in about 10 cells; at 60 columns Delivery was off the right
edge. Where the columns do not fit as they need, the date is said in short ("12-06 11:35", or
"2025-12-06" for another year), the message takes what the rule and the delivery leave (a
quarter each at most), and where it would still keep fewer than 16 cells the When column gives
way (the Age stays; the line under the table says the time).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.column_fit import favoured
from tui.ui.screens.alerts import COLUMNS, MIN_MESSAGE, AlertsScreen, alert_columns, when_text

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


async def alerts_shown(
    tmp_path: Path, size: tuple[int, int], entries: list[dict[str, object]]
) -> list[str]:
    """The screen's lines with the alerts log of ``entries`` open on the demo, at ``size``."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.push_screen(AlertsScreen(entries, datetime.now(timezone.utc), rules=2))
        await settle(app, pilot)
        return lines(app)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_every_column_is_on_screen_and_a_cut_says_so(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    shown = await alerts_shown(tmp_path, size, ENTRIES)
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


def test_the_message_takes_what_the_other_long_columns_leave() -> None:
    headers = ("A", "Rule", "Message", "Delivery")
    rows = [["x" * 10, "r" * 60, "m" * 80, "d" * 30]]
    # room for all: each as wide as it needs
    assert favoured(headers, rows, 200, (1, 2, 3), favour=2) == [10, 60, 80, 30]
    widths = favoured(headers, rows, 80, (1, 2, 3), favour=2)
    assert sum(widths) + 2 * 4 + 2 == 80, widths  # all the room used, none past it
    assert widths[0] == 10  # the short one keeps its width
    room = 80 - 2 * 4 - 2 - 10
    assert widths[1] == widths[3] == room // 4  # a quarter each at most
    assert widths[2] == room - 2 * (room // 4) > widths[1]  # the message, the rest
    # a message that needs less gives the rest back to the others
    short = [["x" * 10, "r" * 60, "m" * 12, ""]]
    widths = favoured(headers, short, 80, (1, 2, 3), favour=2)
    assert widths[2] == 12 and widths[3] == len("Delivery") and widths[1] == room - 12 - 8
    # never narrower than a header, even with no room at all
    assert favoured(headers, rows, 10, (1, 2, 3), favour=2)[1:] == [4, 7, 8]


def cells_of(row: str) -> list[str]:
    return [cell.strip() for cell in row.split("  ") if cell.strip()]


@pytest.mark.parametrize("size", [(60, 20), (70, 24), (80, 24), (100, 30)])
async def test_the_message_takes_the_spare_width(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        now = datetime.now(timezone.utc)
        # fired two hours before the run, whatever its day and time of day
        fired = [now - timedelta(hours=2), now - timedelta(hours=2, minutes=5)]
        entries = [
            {**entry, "fired_at": at.strftime("%Y-%m-%dT%H:%M:%SZ")}
            for entry, at in zip(ENTRIES, fired, strict=True)
        ]
        app.push_screen(AlertsScreen(entries, now, rules=2))
        await settle(app, pilot)
        shown = lines(app)
        header = next(line for line in shown if line.lstrip().startswith(("When", "Age")))
        names = header.split()
        assert names[-1] == "Delivery" and len(header.rstrip()) <= size[0], header
        assert names == list(COLUMNS if size[0] >= 80 else COLUMNS[1:]), header
        row = cells_of(next(line for line in shown if "warning" in line))
        at = names.index("Message")  # "12-06 11:35" is one cell: one space inside
        rule, message = row[at - 2], row[at]
        assert message.endswith("…") and MESSAGE.startswith(message[:-1]), row
        # the columns' widths, not the cells' text: a cut steps back before a number it would
        # split ("Copper at…", not "Copper at 13,99…": ``tui.ui.number_cut``)
        rule_width = header.index("Metal") - header.index("Rule")
        message_width = header.index("Delivery") - header.index("Message")
        assert rule and message_width > rule_width + 5, header  # about 10 cells each before
        assert message_width - 2 >= MIN_MESSAGE or size[0] < 70, header
        if names[0] == "When":  # this year's alert: the day and time, without the year
            assert row[0] == when_text(fired[0].replace(second=0, microsecond=0), now, short=True)
        # the whole message in the line under the table
        assert any(MESSAGE[:40] in line for line in shown), shown
        await pilot.press("down")  # the second alert: its age column still counted on
        screen = app.screen
        assert isinstance(screen, AlertsScreen)
        screen._re_age()
        await pilot.pause()
        second = cells_of(next(line for line in lines(app) if " info " in line))
        assert second[names.index("Age")] == "2h", second


def test_the_short_date_names_another_year() -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)
    older = datetime(2025, 12, 6, 11, 35, tzinfo=timezone.utc)
    assert when_text(older, now, short=True) == older.astimezone().strftime("%Y-%m-%d")
    assert when_text(older, now).startswith(older.astimezone().strftime("%Y-%m-%d "))
    entries = [dict(ENTRIES[0], fired_at="2025-12-06T11:35:00Z")]
    kept, widths, short = alert_columns(entries, now, 80)
    assert short and kept[0] == 0 and widths[0] == len("2025-12-06")
    assert alert_columns(entries, now, 300)[2] is False  # room for the whole date


def test_short_messages_keep_the_when_column() -> None:
    """The When column gives way only for a message that would be cut short: a log of short
    messages keeps it at 70 columns, where a long one's does not."""
    now = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)
    short = [dict(ENTRIES[1], message="Cu up", delivery="")]
    kept, widths, _ = alert_columns(short, now, 70)
    assert kept[0] == 0 and widths[5] == len("Message"), widths
    assert alert_columns(ENTRIES, now, 70)[0][0] == 1  # the long message: no When
