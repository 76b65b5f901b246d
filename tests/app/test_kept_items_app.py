"""The sources screen said "30000" items for a feed of which the list keeps 20,000 (``[app]
max_stories``): it says "30,000 (20,000 kept)", and under the table why. A fetch newer than
the snapshot the panels show is not counted against it (its count alone) until the panels
are built on it. A real feed file read by the app's refresh, at a small ``max_stories``."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.sources import SourcesScreen


def feed(n: int) -> str:
    now = datetime.now(timezone.utc)
    items = "".join(
        f"<item><title>Copper smelter story {i}</title><link>https://example.com/{i}</link>"
        f"<guid>g{i}</guid><pubDate>"
        f"{(now - timedelta(minutes=9 * i)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
        "</pubDate></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )


def app_for(tmp_path: Path, items: int, max_stories: int) -> MetalwatchApp:
    (tmp_path / "long.xml").write_text(feed(items), encoding="utf-8")
    (tmp_path / "short.xml").write_text(feed(3), encoding="utf-8")
    (tmp_path / "config.toml").write_text(
        f"[app]\nmax_stories = {max_stories}\n\n"
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "Long wire"\nkind = "rss"\nurl = "long.xml"\n\n'
        '[[sources]]\nname = "Short wire"\nkind = "rss"\nurl = "short.xml"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path / "config.toml")
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


def rows(app: MetalwatchApp) -> dict[str, list[str]]:
    table = app.screen.query_one(DataTable)
    out = {}
    for i in range(table.row_count):
        cells = [str(c) for c in table.get_row_at(i)]
        out[cells[0]] = cells
    return out


@pytest.mark.parametrize(
    ("items", "max_stories", "long_cell", "why"),
    [
        (40, 20, "40 (17 kept)", "the newest 20 headlines of all sources are kept"),
        (12, 10, "12 (7 kept)", "the newest 10 headlines of all sources are kept"),
        (12, 100, "12", ""),  # all kept: the count alone, as before
    ],
)
async def test_the_items_column_says_how_many_are_kept(
    tmp_path: Path, items: int, max_stories: int, long_cell: str, why: str
) -> None:
    app = app_for(tmp_path, items, max_stories)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        seen = rows(app)
        items_at = 3
        assert seen["Long wire"][items_at] == long_cell
        assert seen["Short wire"][items_at] == "3"
        detail = str(screen.query_one("#source-detail", Static).render())
        if why:
            assert f"{items} items, {long_cell.split('(')[1].split()[0]} kept: {why}" in detail
        else:
            assert "kept" not in detail

        # the long feed fetched again, the panels not yet built on that fetch: no count
        assert app._refresher is not None
        h = app._refresher.health["Long wire"]
        later = (h.fetched_at or datetime.now(timezone.utc)) + timedelta(seconds=5)
        app._refresher.health["Long wire"] = dataclasses.replace(
            h, fetched_at=later, items=items + 1
        )
        screen.reload()
        await pilot.pause()
        assert rows(app)["Long wire"][items_at] == f"{items + 1}"
