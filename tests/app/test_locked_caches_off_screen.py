"""No SQLite file is opened on the screen's thread after the first paint, while another
program holds the store and the HTTP cache locked.

Found tracing the thread of every SQLite connection in a session whose store another program
held locked (session 16, after a ``j`` that once took 4.66 s under ``benchmarks/tmux_faults.py``):
the store itself was only ever opened and read on workers, but the refresh made its HTTP client
on the screen's thread at the first network fetch, and making it checks the HTTP cache file
(``tui.flow.http_cache.ensure_usable_cache``: ``PRAGMA quick_check`` reads the whole file, up to
256 MB, and waits up to 2 s for another process's lock) and loads the CA certificates. Real
SQLite files, real second connections holding the locks; the feed's server is a mock transport.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.app.settling import settle
from tui.core import paths
from tui.core.config import parse_config
from tui.flow.http_cache import CACHE_FILE
from tui.ui.app import MetalwatchApp

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
URL = "http://feeds.example.org/feed.xml"  # answered by the mock transport, never the network


def config() -> Any:
    return parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": URL}],
        },
        None,
    )


def feed_server() -> httpx.MockTransport:
    body = FEED.read_bytes()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304, headers={"ETag": '"v1"'})
        return httpx.Response(
            200, content=body, headers={"ETag": '"v1"', "Content-Type": "application/rss+xml"}
        )

    return httpx.MockTransport(answer)


@pytest.fixture
def hold_http_cache() -> Iterator[Callable[[Path], None]]:
    """``hold(path)``: another program (a second metalwatch storing an answer) holds the HTTP
    cache at ``path`` locked, exclusive: reads wait too; released at the end of the test."""
    held: list[sqlite3.Connection] = []

    def hold(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        held.append(conn)

    yield hold
    for conn in held:
        conn.execute("ROLLBACK")
        conn.close()


def record_connects(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """(thread, target) of every SQLite connection made from now on, by anyone."""
    made: list[tuple[int, str]] = []
    connect = sqlite3.connect

    def spy(target: Any, *args: Any, **kw: Any) -> sqlite3.Connection:
        made.append((threading.get_ident(), str(target)))
        return connect(target, *args, **kw)

    monkeypatch.setattr(sqlite3, "connect", spy)
    return made


async def test_no_sqlite_file_is_opened_on_the_screens_thread_while_locked(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hold_lock: Callable[[Path], Any],
    hold_http_cache: Callable[[Path], None],
) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.5")
    path = tmp_path / "store.sqlite3"
    first = MetalwatchApp(config(), store_path=path, transport=feed_server())
    async with first.run_test(size=(120, 40)) as pilot:  # the store, the HTTP cache filled
        await settle(first, pilot)
        assert first.snapshot is not None and first.snapshot.stories
        assert first._refresher is not None
        await first._refresher.aclose()  # its connection to the HTTP cache closed
    http_db = paths.cache_dir() / CACHE_FILE
    assert http_db.is_file()
    hold_lock(path)
    hold_http_cache(http_db)
    made = record_connects(monkeypatch)
    app = MetalwatchApp(config(), store_path=path, transport=feed_server())
    async with app.run_test(size=(120, 40)) as pilot:
        while app.snapshot is None:
            await pilot.pause(0.01)
        painted = len(made)  # what the first paint looked into: a moment's wait at most
        await pilot.press("j")
        for _ in range(100):  # the store's opening waits the busy timeout; then the fetch
            if app._refresher is not None and app._refresher._client is not None:
                break
            await pilot.pause(0.05)
        assert app._refresher is not None and app._refresher._client is not None
        await settle(app, pilot)
        await pilot.press("j")
        header = str(app.status_bar.status_text())
        assert "cache locked" in header, header
        screen = app._thread_id
    on_screen = [t for tid, t in made[painted:] if tid == screen and "memory" not in t]
    assert any(tid != screen and CACHE_FILE in t for tid, t in made), made  # checked, aside
    assert not on_screen, on_screen
