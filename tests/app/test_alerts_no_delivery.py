"""The alerts log leaves the Delivery column out when no alert's delivery says anything.

Seen at 80x24 with two rules and no command: every Delivery cell was empty, and the column
held 10 cells while the messages were cut to 18 ("LME copper steadi…"). The column is now
shown only when a delivery has something to say (a command that failed), and its room goes to
the message."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from test_alerts_columns_fit import ENTRIES
from textual.widgets import DataTable

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.alerts import COLUMNS, MESSAGE, AlertsScreen, alert_columns

QUIET = [dict(e, delivery="") for e in ENTRIES]
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def test_the_column_only_with_something_to_say() -> None:
    quiet, widths, _ = alert_columns(QUIET, NOW, 80)
    assert "Delivery" not in [COLUMNS[i] for i in quiet], quiet
    loud, loud_widths, _ = alert_columns(ENTRIES, NOW, 80)
    assert COLUMNS[loud[-1]] == "Delivery", loud
    # the room goes to the message
    assert widths[quiet.index(MESSAGE)] > loud_widths[loud.index(MESSAGE)], (widths, loud_widths)


async def test_on_screen_at_80_columns(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(AlertsScreen(QUIET, NOW, rules=2))
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels[-1] == "Message" and "Delivery" not in labels, labels
        assert table.virtual_size.width <= 80
