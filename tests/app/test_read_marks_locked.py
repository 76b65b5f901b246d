"""A story marked read just before `q`, while another program holds the store locked, is kept.

Found last session: the mark is written on a worker, which waits the busy timeout for the
lock; the app waits at most ``QUIT_WAIT`` (1 s) at the quit, and the process ended with the
mark unwritten (and with it every mark a lock had kept out earlier). The marks still pending at
the quit go to a small file beside the store (``tui.store.marks_aside``), count as read at the
next start and are stored by it. Real SQLite files, a real second connection holding the lock
(``hold_lock``, tests/app/conftest.py); the worker is let give up before the lock lets go, as
the process's end would have stopped it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import config, seed
from tests.app.settling import settle
from tui.store import Store
from tui.store.marks_aside import aside_path, load
from tui.ui.app import MetalwatchApp
from tui.ui.closing import QUIT_WAIT

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
BUSY = 5.0  # well past the quit's wait (1 s) plus a loaded machine's noise
SHORT = 0.3  # the busy timeout of a start the lock keeps out: waited out, not timed


@pytest.fixture
def hold_write() -> Iterator[Callable[[Path], sqlite3.Connection]]:
    """``hold_write(path)``: another program writing to the store from now (a real second
    connection's write transaction: reads pass, writes wait), until it is closed or the test
    ends."""
    held: list[sqlite3.Connection] = []

    def hold(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')")
        held.append(conn)
        return conn

    yield hold
    for conn in held:
        conn.close()


@pytest.fixture(autouse=True)
def _slow_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", str(BUSY))


async def mark_then_quit(
    path: Path, hold_write: Callable[[Path], sqlite3.Connection]
) -> tuple[MetalwatchApp, str, Any]:
    """Open the app on ``path``, another program locks the store, a story is marked read and
    `q` pressed at once; the app's run is over when this returns, the lock still held (its
    holder returned)."""
    app = MetalwatchApp(config(str(FEED)), store_path=path)  # the refresh opens the store
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app._store is not None and app._store.saves
        assert app.snapshot is not None
        story = next(s for s in app.snapshot.stories if s.title.startswith("Copper story"))
        holder = hold_write(path)
        app.mark_read([story.id])
        await pilot.pause(0.1)
        started = time.monotonic()
        await pilot.press("q")
    # a quit held by the lock takes the whole busy timeout; one that is not, the quit's wait
    assert time.monotonic() - started < (QUIT_WAIT + BUSY) / 2, "the lock held the quit"
    # the process would end here: the worker still waiting for the lock gives up first
    assert app._read_lock.acquire(timeout=BUSY + 5)
    app._read_lock.release()
    return app, story.id, holder


async def test_a_mark_waiting_for_a_lock_at_the_quit_is_kept_and_stored_next_start(
    tmp_path: Path, hold_write: Callable[[Path], sqlite3.Connection]
) -> None:
    path = tmp_path / "store.sqlite3"
    seed(path)
    app, story, holder = await mark_then_quit(path, hold_write)
    holder.close()
    with Store(path) as file:
        stored = story in file.read_ids()
    assert stored or aside_path(path).exists(), "the mark made before q was lost"
    assert app.exit_notes == [], app.exit_notes

    again = MetalwatchApp(config(str(FEED)), store_path=path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert story in again.read_ids, "the mark kept aside is not shown read"
        await pilot.press("q")
    with Store(path) as file:
        assert story in file.read_ids(), "the mark kept aside was not stored at the next start"
    assert not aside_path(path).exists(), "the side file outlived the marks it held"


async def test_a_mark_kept_aside_counts_as_read_while_the_store_is_locked_at_the_start(
    tmp_path: Path,
    hold_write: Callable[[Path], sqlite3.Connection],
    hold_lock: Callable[[Path], Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "store.sqlite3"
    seed(path)
    _, story, writer = await mark_then_quit(path, hold_write)
    assert aside_path(path).exists()
    writer.close()
    # the next start's opening and its mark wait for the lock in vain: nothing here is timed
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", str(SHORT))
    hold_lock(path)  # now locked against reads too: the next start is kept out
    again = MetalwatchApp(config(str(FEED)), store_path=path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again._store is not None and again._store.locked
        assert story in again.read_ids
        assert again.snapshot is not None
        other = next(s.id for s in again.snapshot.stories if s.id != story)
        again.mark_read([other])  # into the session's memory: the lock keeps it from the file
        await settle(again, pilot)
        await pilot.press("q")
    assert set(load(path)) == {story, other}, "marks dropped while the store was locked"


async def test_a_mark_that_cannot_be_kept_either_is_said(
    tmp_path: Path, hold_write: Callable[[Path], sqlite3.Connection]
) -> None:
    """The side file cannot be written (a folder in its place): the marks are lost, and the
    command says so once the screen is gone."""
    path = tmp_path / "store.sqlite3"
    seed(path)
    aside_path(path).mkdir()
    app, _, _ = await mark_then_quit(path, hold_write)
    assert len(app.exit_notes) == 1, app.exit_notes
    (note,) = app.exit_notes
    assert note.startswith("1 read mark could not be saved: the cache was held by another"), note
    assert str(aside_path(path)) in note
