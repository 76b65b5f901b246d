"""`q`: what the app saves at the quit is done beside the screen's thread, and done before the
app's run ends.

Found left over: at the quit the app closed its store on the screen's thread (``PRAGMA
optimize`` and the WAL's checkpoint with it, ~30 ms on a 20,000-story store, longer behind a
worker's write) and waited there for the baseline's save. Both run on a thread of their own
now, and the run waits for them (at most ``QUIT_WAIT``), so nothing is lost at the exit: the
baseline, a read mark made just before `q`, a store closed whole. Real SQLite files; the
connection's own trace says on which thread each statement ran.
"""

from __future__ import annotations

import threading
from pathlib import Path

from tests.app.cache_faults import config, seed
from tests.app.settling import settle
from tui.flow.changes import SEEN_AT
from tui.store import Store
from tui.ui.app import MetalwatchApp

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"


async def test_the_store_is_closed_beside_the_screen_and_all_is_saved_before_the_run_ends(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(str(FEED)), store_path=path)  # the refresh opens the store
    ran: list[tuple[str, int]] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        store = app._store
        assert store is not None and store.saves
        assert app.snapshot is not None and app.snapshot.mode == "live"
        screen = threading.get_ident()
        store._conn.set_trace_callback(lambda sql: ran.append((sql, threading.get_ident())))
        story = next(s for s in app.snapshot.stories if s.title.startswith("Copper story"))
        app.mark_read([story.id])  # written by a worker; `q` right after
        await pilot.press("q")
    optimized = [who for sql, who in ran if sql == "PRAGMA optimize"]
    assert optimized, ran
    assert screen not in optimized, "the store was closed on the screen's thread"
    assert not [sql for sql, who in ran if who == screen], "store work on the screen's thread"
    assert store._closed, "the run ended before the store was closed"
    with Store(path) as file:
        assert file.get_meta(SEEN_AT) is not None, "the baseline was not saved at the quit"
        assert story.id in file.read_ids(), "the read mark made before q was lost"
