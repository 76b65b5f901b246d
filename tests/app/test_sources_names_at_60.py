"""At 60 columns the sources screen gives the names their width before the message.

Seen in a terminal at 60 columns: the names were cut to about 8 cells, "FRED co…" beside
"FRED al…", while the message kept its share. The names now come first: the message gives
them its room down to its header, and where they would still be cut below 80 columns the
Message column goes (the State says "error"; the line under the table says the message whole).
At 80 columns the Message column stays, and gives the names more of its room: a first fetch
under way ("waiting", two cells wider than "error") cut "Nickel old file" to "Nickel old fi…"
and "Closed port feed" to "Closed port f…" beside a 20-cell message."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import SourceHealth
from tui.ui.app import MetalwatchApp
from tui.ui.screens.sources import SourcesScreen

NOW = datetime(2026, 12, 6, 0, 5, tzinfo=timezone.utc)


def health(name: str, kind: str, error: str = "") -> SourceHealth:
    return SourceHealth(
        name,
        kind,
        ok=not error,
        error=error or None,
        fetched_at=NOW,
        last_success=NOW - timedelta(minutes=14),
        items=317,
        next_attempt=NOW + timedelta(days=1, minutes=2),  # "07 Dec 01:07": 12 cells
    )


SOURCES = [
    health("FRED copper (IMF)", "fred", "HTTP 500 Internal Server Error"),
    health("FRED aluminium (IMF)", "fred"),
    health("World Bank platinum", "csv", "no answer within 15 s"),
    health("COMEX copper HG=F", "csv"),
]


def table_of(app: MetalwatchApp) -> DataTable[object]:
    return app.screen.query_one(DataTable)


@pytest.mark.parametrize("width", [60, 70])
async def test_the_names_whole_at_60_columns(tmp_path: Path, width: int) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(SOURCES, NOW))
        await pilot.pause()
        await pilot.pause()
        table = table_of(app)
        assert table.virtual_size.width <= width
        names = [str(table.get_row_at(n)[0]) for n in range(len(SOURCES))]
        assert names == [h.name for h in SOURCES], names
        screen = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "FRED aluminium (IMF)" in screen and "error" in screen, screen
        table.move_cursor(row=0)
        await pilot.pause()
        detail = str(app.screen.query_one("#source-detail", Static).render())
        assert detail == "FRED copper (IMF) (fred): HTTP 500 Internal Server Error", detail


async def test_the_message_stays_at_80_columns(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(SOURCES, NOW))
        await pilot.pause()
        await pilot.pause()
        labels = [str(c.label) for c in table_of(app).columns.values()]
        assert labels[0] == "Source" and labels[-1] == "Message", labels
        names = [str(table_of(app).get_row_at(n)[0]) for n in range(len(SOURCES))]
        assert names == [h.name for h in SOURCES], names


async def test_a_waiting_source_cuts_no_name_at_80_columns(tmp_path: Path) -> None:
    waiting = SourceHealth("Slow feed", "rss", ok=False)  # its first fetch under way
    sources = [
        health("Copper file", "csv"),
        health("Nickel old file", "csv"),
        health("Closed port feed", "rss", "connection refused (127.0.0.1:9)"),
        waiting,
    ]
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(sources, NOW))
        await pilot.pause()
        await pilot.pause()
        table = table_of(app)
        assert table.virtual_size.width <= 80
        labels = [str(c.label) for c in table.columns.values()]
        assert labels[-1] == "Message", labels
        screen = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        for h in sources:
            assert h.name in screen, screen
        assert "waiting" in screen and "connection" in screen, screen
