"""What the first-paint tests on a store not known sound share: a last run whose clean quit
kept the snapshot and the look beside the store, and an app started on it with its load held
back (an event) so that the first paint is looked at before the store is read."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.app.cache_faults import config, seed
from tests.app.settling import settle
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel

STORIES = {f"Copper story {i}" for i in range(3)}


async def first_paint(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, str, set[str], str]:
    """The header at the first paint (wide, 40 columns), the stories shown then, and the header
    once the load has read the store."""
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    gate = threading.Event()
    load = app._load_from_store

    def held() -> None:
        gate.wait(20)
        load()

    monkeypatch.setattr(app, "_load_from_store", held)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(5):
            await pilot.pause()
        painted = app.status_bar.status_text().plain
        narrow = app.status_bar.status_text(40).plain
        shown = {s.title for s in app.query_one(HeadlinesPanel).row_objects.values()}
        gate.set()
        await settle(app, pilot)
        after = app.status_bar.status_text().plain
    return painted, narrow, shown, after


async def last_run_kept(path: Path) -> None:
    """A store seeded with ``STORIES`` and a run of the app on it that quit cleanly."""
    seed(path)
    first = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
    assert path.with_name("store.sqlite3.snapshot.json").is_file()
    assert path.with_name("store.sqlite3.look").is_file()
