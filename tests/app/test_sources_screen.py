"""The source health screen follows the sources while it is open, and says when the next
attempt is in the user's own time, as stderr's "not due until" does."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable

from tui.core.config import parse_config
from tui.core.models import SourceHealth
from tui.ui.app import MetalwatchApp
from tui.ui.screens.sources import SourcesScreen, next_try_text


@pytest.fixture
def new_york() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_next_try_is_local_time_with_the_date_when_not_today(new_york: None) -> None:
    now = datetime(2026, 12, 3, 13, 40, tzinfo=timezone.utc)  # 08:40 in New York
    assert next_try_text(now + timedelta(minutes=5), now) == "08:45:00"
    assert next_try_text(now + timedelta(hours=20), now) == "04 Dec 04:40"
    assert next_try_text(now - timedelta(seconds=1), now) == "due"  # passed: running or queued
    assert next_try_text(None, now) == "—"


def config() -> Any:
    return parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )


def cells(app: MetalwatchApp) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(c) for c in table.get_row_at(0)]


async def test_open_screen_shows_a_fetch_that_finished_meanwhile(tmp_path: Path) -> None:
    app = MetalwatchApp(config(), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(6):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        assert cells(app)[2] == "error"  # port 9 refuses
        assert app._refresher is not None
        # the source's next attempt succeeds while the screen is open
        done = datetime.now(timezone.utc)
        app._refresher.health["news"] = SourceHealth(
            "news", "rss", ok=True, fetched_at=done, last_success=done, items=7
        )
        screen.reload()
        await pilot.pause()
        row = cells(app)
        assert row[2] == "ok" and row[3] == "7" and row[4] == "just now"
        assert "news (rss): ok" in str(screen.query_one("#source-detail").render())


async def test_the_demos_sources_say_they_are_the_bundled_files(tmp_path: Path) -> None:
    """Found in use: on `--demo` the source screen said "ok, just now" for every source, data
    of 2026-08-22 read from the bundled files: the title now says so."""
    from textual.widgets import Static

    from tui.core.config import load_config
    from tui.core.demo_clock import DEMO_CAPTURED, DEMO_DATE

    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(6):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        title = str(app.screen.query_one("#sources-title", Static).render())
        assert f"DEMO: files captured {DEMO_CAPTURED}, snapshot of {DEMO_DATE}" in title, title
        # found in use: each row said when the file would be fetched next, as if from the
        # network on a schedule; the bundled files are read, never fetched
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(app.config.sources) > 0
        column = [str(c.label) for c in table.columns.values()].index("Next try")
        said = {str(table.get_row_at(i)[column]) for i in range(table.row_count)}
        assert said == {"bundled"}, said
