"""``metalwatch watch`` on a cache another program holds locked: it goes on in memory and tries
the cache again every ``[app] lock_retry``, as the app does, saving what it kept once the lock
lets go, each step said on stderr.

Found left over: the app tried a locked cache again every 5 s, ``watch`` (the command left
running for days on a server) did not: locked at its start against reads, it exited with status
4; locked against writes past the busy timeout mid-run, it kept everything in memory until it
was restarted. Here beside the app's tests for the shared lock of another program
(``hold_lock``: a real second SQLite connection, exclusive and mid-write); the feed is a local
file, nothing touches the network.
"""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import seed
from tests.app.watch_thread import Watch
from tui.core.config import Config, parse_config
from tui.flow.watch import run_watch
from tui.store import Store

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
STORED = {f"Copper story {i}" for i in range(3)}  # what ``seed`` stores
FETCHED = "NYC cops search"  # the feed's one story (its title starts so)


def config() -> Config:
    return parse_config(
        {
            "app": {"lock_retry": 0.2},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": str(FEED)}],
        },
        None,
    )


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")


def watch_beside(monkeypatch: pytest.MonkeyPatch, store: Store | None) -> tuple[Watch, io.StringIO]:
    """``run_watch`` on a thread of its own (the test's thread holds the other program's
    connection) until the test stops it (``tests/app/watch_thread.py``); its stderr."""
    err = io.StringIO()

    def run(bound: float) -> int:
        return run_watch(config(), stop_after=bound, store=store, out=io.StringIO(), err=err)

    return Watch(monkeypatch, run), err


def until(done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert done()


def titles(path: Path) -> set[str]:
    with Store(path) as file:
        return {h.title for h in file.load_headlines()}


def test_watch_locked_out_at_its_start_saves_once_the_lock_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    path = tmp_path / "cache" / "store.sqlite3"
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(path.parent))
    path.parent.mkdir()
    seed(path)
    holder = hold_lock(path)  # reads wait too: nothing of the file can be read
    watch, err = watch_beside(monkeypatch, None)
    until(lambda: "trying the cache again every 0.2 s" in err.getvalue())
    said = err.getvalue()
    assert "locked by another program" in said and "kept in memory" in said, said
    holder.release()
    until(lambda: "cache available again" in err.getvalue())
    assert "cache available again: 1 story of this session saved" in err.getvalue()
    got = titles(path)
    assert STORED < got and any(t.startswith(FETCHED) for t in got), got
    assert watch.stop() == 0
    assert "Traceback" not in err.getvalue()


def test_watch_kept_out_by_a_write_lock_mid_run_saves_once_it_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write lock (reads pass it, WAL) held past the busy timeout: the round's save goes to
    memory (a copy of the file); the lock lets go and the next try saves it, the stored stories
    kept, and the run saves to the file again."""
    path = tmp_path / "store.sqlite3"
    seed(path)
    store = Store(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        watch, err = watch_beside(monkeypatch, store)
        until(lambda: "trying the cache again every 0.2 s" in err.getvalue())
        assert store.locked and not store.saves
        assert "cache is locked by another program" in err.getvalue(), err.getvalue()
    finally:
        other.execute("ROLLBACK")
        other.close()
    until(lambda: "cache available again" in err.getvalue())
    assert store.saves and not store.locked
    got = titles(path)
    assert STORED < got and any(t.startswith(FETCHED) for t in got), got
    assert watch.stop() == 0
    store.close()


def test_watch_locked_out_at_its_start_never_fires_again_what_the_store_fired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    """Kept out of the whole file, the run had none of the rules' state: its first round fired
    again, from its own fetch, the story an earlier run had fired for (printed, delivered,
    logged twice). The rules wait for the file, said once; once back, a round at once
    evaluates them on it."""
    import dataclasses

    from tui.core.alert_rules import AlertRule
    from tui.flow.alerts import HELD

    path = tmp_path / "cache" / "store.sqlite3"
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(path.parent))
    path.parent.mkdir()
    seed(path)
    rule = AlertRule(name="stabbing", when="headline", keywords=("stabbing",))
    cfg = dataclasses.replace(config(), alerts=(rule,))
    out = io.StringIO()
    assert run_watch(cfg, once=True, out=out, err=io.StringIO()) == 0
    assert FETCHED in out.getvalue(), "the earlier run fired for the feed's story"
    holder = hold_lock(path)
    out, err = io.StringIO(), io.StringIO()
    watch = Watch(monkeypatch, lambda bound: run_watch(cfg, stop_after=bound, out=out, err=err))
    until(lambda: "trying the cache again every 0.2 s" in err.getvalue())
    until(lambda: HELD in err.getvalue())
    holder.release()
    until(lambda: "cache available again" in err.getvalue())
    assert watch.stop() == 0  # after a whole round on the file: it would have fired then
    assert FETCHED not in out.getvalue(), "fired again: " + out.getvalue()
    assert err.getvalue().count(HELD) == 1, err.getvalue()
    with Store(path) as file:
        assert len(file.load_alerts()) == 1, "fired again"
