"""A theme picked while the cache refuses writes (a full disk mid-session) is saved once the cache
takes writes again, so the next start opens on it.

Found left over: the pick was written to the session's store in memory and counted as saved;
the merge back into the file keeps what the file holds (the earlier pick), so the next start
opened on the old theme. The refusal is made in-process as in ``test_app_write_failed.py``
(``tests/app/refused_writes.py``): SQLite's own error at the file's commit.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app.cache_faults import seed
from tests.app.refused_writes import FULL, Disk, refuse_writes
from tests.app.settling import settle
from tests.app.test_app_write_failed import config
from tests.app.test_locked_store_back import FEED, header, until, with_a_new_item
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.theming import PICKED, PICKED_UNDER


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    return refuse_writes(monkeypatch)


async def test_a_theme_picked_while_writes_are_refused_is_saved_once_they_are_taken(
    tmp_path: Path, disk: Disk
) -> None:
    feed = tmp_path / "feed.xml"
    shutil.copy(FEED, feed)
    path = tmp_path / "store.sqlite3"
    seed(path)
    cfg = config(feed)
    with Store(path) as store:  # an earlier pick, under the same config
        store.set_meta(PICKED, "metalwatch-amber")
        store.set_meta(PICKED_UNDER, cfg.app.theme)
    app = MetalwatchApp(cfg, store_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.theme == "metalwatch-amber"
        disk.refusal = FULL
        feed.write_text(with_a_new_item(FEED.read_text(encoding="utf-8")), encoding="utf-8")
        await pilot.press("R")
        await until(pilot, lambda: "cache read-only: not saved" in header(app))
        app.theme = "metalwatch-light"
        await settle(app, pilot)
        disk.refusal = None
        await until(pilot, lambda: "cache available again" in header(app))
        await settle(app, pilot)
    with Store(path) as store:
        assert store.get_meta(PICKED) == "metalwatch-light", "the pick was lost"
    again = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again.theme == "metalwatch-light"
