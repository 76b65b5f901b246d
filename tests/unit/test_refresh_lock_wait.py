"""Another program's write lock on the store is waited out off the event loop.

A real SQLite file whose write lock a second connection holds (``BEGIN EXCLUSIVE``), released by
a coroutine on the refresh's own loop once the refresh first tries to write (seen by the store
connection's trace callback). Waiting inside sqlite3's busy timeout would stop that loop: the
lock would never be released in time, the store would go read-only ("locked") and nothing would
be saved; the app's screen freezes the same way, and the one-shot commands' other fetches miss
their deadlines.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

from tui.core.config import parse_config
from tui.flow.refresh import Refresher
from tui.store import Store

FRED = Path(__file__).resolve().parents[1] / "fixtures" / "refresh" / "fred_PCOPPUSDM_2026-05.csv"
BUSY = 5.0  # long enough for the releasing coroutine to run on a loaded machine


def config_for(tmp_path: Path):  # type: ignore[no-untyped-def]
    local = tmp_path / "PCOPPUSDM.csv"
    local.write_bytes(FRED.read_bytes().rsplit(b"\n", 2)[0] + b"\n")  # the last row comes later
    return parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                {
                    "name": "FRED copper",
                    "kind": "fred",
                    "metal": "copper",
                    "series": "PCOPPUSDM",
                    "url": str(local),
                }
            ],
        },
        None,
    )


async def test_a_lock_released_while_the_refresh_waits_is_waited_out_and_saved(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    Store(path).close()  # the schema, in WAL mode
    config = config_for(tmp_path)
    tried = asyncio.Event()
    with Store(path, busy_timeout=BUSY) as store:
        refresher = Refresher(config, store)
        await refresher.run()  # the source is known and stored; now its file grows a row
        (tmp_path / "PCOPPUSDM.csv").write_bytes(FRED.read_bytes())
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        store._conn.set_trace_callback(  # the refresh's first attempt at a write
            lambda sql: tried.set() if sql.startswith("BEGIN") else None
        )

        async def release() -> None:
            await tried.wait()  # runs only if the loop is free while the refresh waits
            other.execute("COMMIT")

        releaser = asyncio.ensure_future(release())
        try:
            (outcome,) = await refresher.run(list(config.sources))
        finally:
            await refresher.aclose()
            releaser.cancel()
            other.close()
        assert outcome.ok, outcome.error
        assert store.read_only is None and not store.locked, store.read_only
    with Store(path) as again:
        (series,) = again.load_series()
        assert len(series.points) == outcome.items == 413, "saved to the file, not only in memory"


async def test_a_lock_held_past_the_busy_timeout_turns_the_store_read_only(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    Store(path).close()
    config = config_for(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        with Store(path, busy_timeout=0.3) as store:
            refresher = Refresher(config, store)
            await refresher.run()
            (tmp_path / "PCOPPUSDM.csv").write_bytes(FRED.read_bytes())
            other.execute("BEGIN EXCLUSIVE")
            try:
                (outcome,) = await refresher.run(list(config.sources))
            finally:
                await refresher.aclose()
            assert outcome.ok, "the data is kept in memory"
            assert store.locked and store.read_only is not None
            assert len(store.load_series()[0].points) == outcome.items
    finally:
        other.execute("ROLLBACK")
        other.close()


async def test_the_wait_asks_and_gives_up_off_the_event_loop(tmp_path: Path) -> None:
    """Each ask and the switch to memory (a copy of the whole file) run on worker threads: both
    take the store's lock, which a worker may hold through a write's busy timeout."""
    from tui.flow.lock_wait import wait_writable

    path = tmp_path / "store.sqlite3"
    Store(path).close()
    loop_thread = threading.get_ident()
    seen: list[tuple[str, bool]] = []
    with Store(path, busy_timeout=0.3) as store:
        asks, gives_up = store.write_lock_free, store.give_up_on_lock

        def ask() -> bool:
            seen.append(("ask", threading.get_ident() == loop_thread))
            return asks()

        def give_up() -> None:
            seen.append(("give up", threading.get_ident() == loop_thread))
            gives_up()

        store.write_lock_free = ask  # type: ignore[method-assign]
        store.give_up_on_lock = give_up  # type: ignore[method-assign]
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            await wait_writable(store)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.locked
    assert ("give up", False) in seen and ("ask", False) in seen
    assert not [name for name, on_loop in seen if on_loop], seen
