"""On a narrow sources screen the names come before the kinds.

Found in session 25 at 80x24 with a config of five sources: the Kind column kept its 16 cells
for "federal-register" while the names read "Reuters …", "Guardian…", "Federal …", "Copper C…"
and "FRED alu…". Where the names would be cut, the kind gives them its room (the line under the
table says the highlighted source's kind); where they fit, or the screen is wide, it stays.
"""

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
GOOD = NOW - timedelta(minutes=14)


def health(name: str, kind: str, error: str = "") -> SourceHealth:
    return SourceHealth(
        name,
        kind,
        ok=not error,
        error=error or None,
        fetched_at=NOW,
        last_success=GOOD,
        items=500,
        next_attempt=NOW + timedelta(minutes=2),
    )


SETS = {
    "five": [
        health("Reuters via GN", "rss", "no answer within 15 s"),
        health("Guardian US", "rss", "no answer within 15 s"),
        health("Federal Register", "federal-register", "connection refused (127.0.0.1:18725)"),
        health("Copper COMEX file", "csv"),
        health("FRED aluminium", "fred", "no answer within 15 s"),
    ],
    "register": [
        health("Mining.com news feed", "rss"),
        health("Official trade measures register", "policy-file", "HTTP 500 Internal Error"),
        health("GDELT metals export bans", "gdelt"),
    ],
    "stooq": [
        health("Stooq gold spot XAUUSD", "stooq", "an HTML page, not prices"),
        health("LME nickel settlement", "csv"),
    ],
}


def table_of(app: MetalwatchApp) -> DataTable[object]:
    return app.screen.query_one(DataTable)


@pytest.mark.parametrize("which", list(SETS))
async def test_narrow_the_names_take_the_kinds_room(tmp_path: Path, which: str) -> None:
    sources = SETS[which]
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(sources, NOW))
        await pilot.pause()
        await pilot.pause()
        table = table_of(app)
        labels = [str(c.label) for c in table.columns.values()]
        assert "Kind" not in labels and labels[0] == "Source" and labels[-1] == "Message"
        assert table.virtual_size.width <= 80
        names = [str(table.get_row_at(n)[0]) for n in range(len(sources))]
        cut = [n for n, h in zip(names, sources, strict=True) if n != h.name]
        # whole, or cut after more than the 9 cells they had beside the kind
        assert all(len(n) >= 14 for n in cut), names
        assert len(cut) < len(sources), names
        for row, h in enumerate(sources):  # the kind said under the table
            table.move_cursor(row=row)
            await pilot.pause()
            detail = str(app.screen.query_one("#source-detail", Static).render())
            assert detail.startswith(f"{h.name} ({h.kind}): "), detail
        await pilot.resize_terminal(120, 40)  # wide: the kind has its column again
        await pilot.pause()
        await pilot.pause()
        labels = [str(c.label) for c in table_of(app).columns.values()]
        assert labels[:2] == ["Source", "Kind"]
        assert [str(table_of(app).get_row_at(n)[0]) for n in range(len(sources))] == [
            h.name for h in sources
        ]


async def test_narrow_names_that_fit_keep_the_kind(tmp_path: Path) -> None:
    sources = [health("Reuters", "rss"), health("FRED copper", "fred", "HTTP 500")]
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(sources, NOW))
        await pilot.pause()
        await pilot.pause()
        labels = [str(c.label) for c in table_of(app).columns.values()]
        assert labels[:2] == ["Source", "Kind"]
        assert str(table_of(app).get_row_at(1)[1]) == "fred"


@pytest.mark.parametrize("width", [100, 110])
async def test_at_100_columns_the_names_before_the_kind(tmp_path: Path, width: int) -> None:
    """At 100 columns and more the kind kept its column (16 cells for "federal-register") while
    the names were cut to 13 ("Official trad…"): the rule dropped it only below 100."""
    sources = SETS["register"] + SETS["five"]
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(sources, NOW))
        await pilot.pause()
        await pilot.pause()
        table = table_of(app)
        labels = [str(c.label) for c in table.columns.values()]
        assert "Kind" not in labels and labels[0] == "Source", labels
        assert labels[-1] == "Message" and table.virtual_size.width <= width
        names = [str(table.get_row_at(n)[0]) for n in range(len(sources))]
        cut = [n for n, h in zip(names, sources, strict=True) if n != h.name]
        assert all(len(n) >= 20 for n in cut), names  # 13 beside the kind
        table.move_cursor(row=1)
        await pilot.pause()
        detail = str(app.screen.query_one("#source-detail", Static).render())
        assert detail.startswith("Official trade measures register (policy-file): "), detail
