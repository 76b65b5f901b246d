"""A cache another program held locked is used again once it lets go, the app still open.

Found reading the code after session 15's start audit: a lock met at the start (reads too) or
held past the busy timeout mid-session left the session in memory until a restart. A user who
leaves the app open all day lost the day's fetches, and saw only them, not the store. The cache
is tried again on a timer, on a worker: once it opens, what the session kept is saved into it,
the screen is loaded from it and the header says so. Real SQLite files, a real second
connection holding the lock (``hold_lock``, tests/app/conftest.py)."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import config, seed, spy_notes
from tests.app.settling import settle
from tui.store import Store
from tui.ui.app import MetalwatchApp

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
STORED = {f"Copper story {i}" for i in range(3)}  # what ``seed`` stores


async def until(pilot: Any, done: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert done()


def with_a_new_item(rss: str) -> str:
    """The feed with one more item: "Copper smelter restarts"."""
    start, end = rss.index("<item>"), rss.index("</item>") + len("</item>")
    item = rss[start:end]
    new = item.replace("NYC cops search", "Copper smelter restarts, cops search")
    new = new.replace("4956764", "4956999")
    return rss[:start] + new + item + rss[end:]


def header(app: MetalwatchApp) -> str:
    return app.status_bar.status_text().plain


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.5")


async def test_a_store_locked_at_the_start_is_read_once_the_other_program_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    """No refresh (the session's store never opened): the first paint is the last snapshot,
    the load finds the store locked and the header says "cache locked: not saved" for good.
    The other program stores a story and lets go: the screen shows it, the header is clear."""
    path = tmp_path / "store.sqlite3"
    seed(path)
    first = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
    holder = hold_lock(path)
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "cache locked" in header(app))
        assert app.snapshot is not None and {s.title for s in app.snapshot.stories} == STORED
        assert holder.conn is not None  # the other program's story, stored as it lets go
        holder.conn.execute(
            "INSERT INTO headlines (source, identity, title, url, first_seen, last_seen,"
            " sort_at) VALUES ('news', 'x', 'Copper story from elsewhere', NULL, ?, ?, ?)",
            (datetime.now(timezone.utc).isoformat(),) * 3,
        )
        holder.release(commit=True)
        await until(pilot, lambda: "cache available again" in header(app))
        await settle(app, pilot)
        assert "not saved" not in header(app), header(app)
        assert app.snapshot is not None
        assert {s.title for s in app.snapshot.stories} == STORED | {"Copper story from elsewhere"}
        # the lock's notice (15 s) is not left up beside the new one, saying nothing is saved
        up = [n.message for n in app._notifications]
        assert not [m for m in up if "locked" in m] and any("available again" in m for m in up)
    assert [n for n in notes if n.startswith("cache available again")], notes
    # that the cache is tried again, said once, in the words ``watch`` uses
    assert len([n for n in notes if "trying the cache again every 0.2 s" in n]) == 1, notes


async def test_a_store_locked_against_writes_mid_session_saves_again_once_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open all day: another program holds the write lock past the busy timeout while a
    refresh stores a new story. The session goes on in memory ("cache locked: not saved");
    once the lock is gone the story is saved into the file and the header is clear again."""
    feed = tmp_path / "feed.xml"
    shutil.copy(FEED, feed)
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(str(feed)), store_path=path)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another program writing (readers go on: WAL)
            feed.write_text(with_a_new_item(FEED.read_text(encoding="utf-8")), encoding="utf-8")
            await pilot.press("R")
            await until(pilot, lambda: "cache locked: not saved" in header(app))
            assert app._store is not None and app._store.locked
        finally:
            other.execute("ROLLBACK")
            other.close()
        await until(pilot, lambda: "cache available again" in header(app))
        await settle(app, pilot)
        assert "not saved" not in header(app), header(app)
        assert app.snapshot is not None
        titles = {s.title for s in app.snapshot.stories}
        assert STORED <= titles and any(t.startswith("Copper smelter") for t in titles), titles
    with Store(path) as store:
        kept = {h.title for h in store.load_headlines()}
    assert STORED <= kept and any(t.startswith("Copper smelter") for t in kept), kept
    back = [n for n in notes if n.startswith("cache available again")]
    assert len(back) == 1 and "1 story of this session saved" in back[0], notes
    assert len([n for n in notes if "trying the cache again every 0.2 s" in n]) == 1, notes


async def test_the_first_paint_waits_for_a_locked_store_once_and_briefly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    """Before the first paint the app looks into the store twice (the theme the user picked,
    the sources' health): on a store another program held locked each look waited 0.1 s for
    it. The lock is waited for once, a moment; the first paint still says the cache is busy.

    The moment shipped (``GLANCE_WAIT``, 0.02 s) is too short to time on a busy machine (the
    old bug's 0.1 s a look is within scheduler noise there), so the test stretches it to 0.5 s
    and checks the one look took that moment: not a fixed wait of its own (0.1 s), not the
    store's busy timeout (seconds), not one look per reader; and that the moment shipped is
    brief."""
    import contextlib

    from tui.ui import app_base
    from tui.ui.app_base import AppBase
    from tui.ui.widgets.status_bar import CACHE_BUSY

    path = tmp_path / "store.sqlite3"
    seed(path)
    first = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
    looks: list[float] = []  # how long each look that reached the store held the start
    glance = AppBase._glance

    @contextlib.contextmanager
    def timed(self: AppBase) -> Any:
        with glance(self) as store:
            started = time.monotonic()
            try:
                yield store
            finally:
                looks.append(time.monotonic() - started)

    monkeypatch.setattr(AppBase, "_glance", timed)
    shipped = app_base.GLANCE_WAIT
    monkeypatch.setattr(app_base, "GLANCE_WAIT", 0.5)
    headers: list[str] = []
    with hold_lock(path):
        app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
        async with app.run_test(size=(120, 40)) as pilot:
            while app.snapshot is None:
                await pilot.pause(0.01)
            headers.append(header(app))
    print(f"looks into the locked store before the first paint: {looks}")
    assert len(looks) == 1, looks  # the theme's look met the lock; the health's did not wait
    # the look waited the glance's moment (0.5 s here), no more than scheduler noise beyond it
    assert 0.45 <= looks[0] < 3.0, looks
    assert shipped <= 0.05, shipped  # a moment: 0.1 s a look before, 0.2 s in all
    assert CACHE_BUSY in headers[0] or "cache busy" in headers[0], headers
