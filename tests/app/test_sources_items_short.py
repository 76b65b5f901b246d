"""The sources screen says in short how many of a long feed's items are kept where the names
would be cut beside the whole count.

Seen at 80 columns: the Items cell "30,000 (20,000 kept)" took 20 cells and the names were cut
to six, "Minin…", "Feder…", "FRED …". Where the names would be cut, the cell now says "20k of
30k" ("246 of 250"), and the line under the table says it whole; where everything fits (these
names at 120 columns) the cell is whole as before."""

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

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def health(name: str, kind: str, items: int, error: str = "") -> SourceHealth:
    return SourceHealth(
        name,
        kind,
        ok=not error,
        error=error or None,
        fetched_at=NOW,
        last_success=NOW - timedelta(minutes=14),
        items=items,
        next_attempt=NOW + timedelta(minutes=30),
    )


SOURCES = [
    health("Mining.com", "rss", 30_000),
    health("Federal Register", "federal-register", 412, "HTTP 500 Internal Server Error"),
    health("FRED copper (IMF)", "fred", 317),
    health("GDELT: metals", "gdelt", 250),
]
KEPT = {"Mining.com": 20_000, "Federal Register": 412, "GDELT: metals": 246}


def rows(app: MetalwatchApp) -> list[list[str]]:
    table: DataTable[object] = app.screen.query_one(DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_at(tmp_path: Path, width: int) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


@pytest.mark.parametrize("width", [60, 80, 100])
async def test_the_names_before_the_whole_count(tmp_path: Path, width: int) -> None:
    app = await open_at(tmp_path, width)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(SOURCES, NOW, kept=lambda: KEPT, max_stories=20_000))
        await pilot.pause()
        await pilot.pause()
        seen = {r[0]: r for r in rows(app)}
        headers = [str(c.label) for c in app.screen.query_one(DataTable).columns.values()]
        items = headers.index("Items")
        assert seen["Mining.com"][items] == "20k of 30k", seen
        assert seen["GDELT: metals"][items] == "246 of 250", seen
        assert seen["FRED copper (IMF)"][items] == "317", seen
        # the names whole or cut by no more than the rule that shares the room with the message
        table = app.screen.query_one(DataTable)
        name_width = next(iter(table.columns.values())).width
        assert name_width >= 13, (width, name_width)  # "Minin…" had 6
        detail = str(app.screen.query_one("#source-detail", Static).render())
        assert "30,000 items, 20,000 kept" in detail, detail  # whole under the table


@pytest.mark.parametrize("width", [120, 200])
async def test_whole_where_everything_fits(tmp_path: Path, width: int) -> None:
    app = await open_at(tmp_path, width)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(SOURCES, NOW, kept=lambda: KEPT, max_stories=20_000))
        await pilot.pause()
        await pilot.pause()
        seen = {r[0]: r for r in rows(app)}
        assert seen["Mining.com"][3] == "30,000 (20,000 kept)", seen
        assert seen["GDELT: metals"][3] == "250 (246 kept)", seen
