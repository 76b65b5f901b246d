"""The screen's thread never opens the store, nor waits for it (session 15's start audit).

Found driving the app in a terminal: the session's store was opened on the screen's thread by
whatever asked for it first (the refresh's start after the first paint, a mark on a read-only
store, an alert command's failure, the quit, the theme's look at a store not yet made). Opening
checks the whole file and waits up to the busy timeout for another program's lock: on a store
locked at the start every key waited ~6 s once the first refresh began; and opened while the
theme was read, before any screen, what became of the file (a file where the cache folder
should be) was never said. Real SQLite files, a real second connection holding the lock.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import seed, spy_notes
from tests.app.settling import settle
from tui.core.alert_rules import AlertRule
from tui.core.config import parse_config
from tui.store import Store, snapshot_cache
from tui.store.base import StoreBase
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
BUSY = 8.0  # the busy timeout: a wait for the lock on the screen's thread froze it this long
# a key that waits for no store: one that waited would take the whole busy timeout (SQLite waits
# at least that long) plus the same noise; a press that opens a screen took 3.4 s under load
PROMPT = 5.0
SHORT = 0.3  # the busy timeout where the test waits it out: the lock said in the header


def config(url: str = str(FEED), **app: Any) -> Any:
    return parse_config(
        {
            "app": app,
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": url}],
        },
        None,
    )


def record_connects(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """(thread, target) of every SQLite connection a store makes from now on."""
    made: list[tuple[int, str]] = []
    connect = StoreBase._connect

    def spy(self: StoreBase, target: str, **kw: Any) -> sqlite3.Connection:
        made.append((threading.get_ident(), target))
        return connect(self, target, **kw)

    monkeypatch.setattr(StoreBase, "_connect", spy)
    return made


def on_screen_opens(made: list[tuple[int, str]], app: MetalwatchApp, path: Path) -> list[str]:
    """The store file opened on the screen's thread, other than the first paint's read-only
    look (``mode=ro``, a tenth of a second at most)."""
    return [t for tid, t in made if tid == app._thread_id and str(path) in t and "mode=ro" not in t]


async def test_the_screens_thread_opens_no_store_at_start_marks_hooks_or_quit(
    tmp_path: Path, make_unwritable: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    path = folder / "store.sqlite3"
    seed(path)
    rule = AlertRule(name="copper news", when="headline", keywords=("copper",), command=("false",))
    cfg = dataclasses.replace(config(), alerts=(rule,))
    first = MetalwatchApp(cfg, store_path=path)  # the refresh, the tick, an alert's command
    made = record_connects(monkeypatch)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        first._tick()
        await settle(first, pilot)
        screen_thread = first._thread_id
    opened = on_screen_opens(made, first, path)
    assert not opened, opened
    # the app's own session store was made (on a worker) and used: the refresh stored the feed
    assert any(tid != screen_thread and t == str(path) for tid, t in made)
    with Store(path) as store:
        assert any(h.name == "news" and h.ok for h in store.load_health().values())
        assert "command failed" in repr(store.load_alerts())

    make_unwritable(folder)  # a mark on a store that takes no writes, the store not yet open
    made.clear()
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        story = panel.selected_story()
        assert story is not None
        app.mark_read([story.id])
        await settle(app, pilot)
        assert "⚠ cache read-only: not saved" in str(app.status_bar.status_text())
        assert story.id in app.read_ids
    assert not on_screen_opens(made, app, path), made
    assert [n for n in notes if n.startswith("cache is read-only")], notes


async def test_keys_answer_at_once_on_a_store_locked_at_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    """Another program holds the store (exclusive, after a write) from before the start: the
    last screen is painted from the cache, the refresh begins, and a key is answered at once
    (it waited for the refresh's opening of the store, the busy timeout, on the screen's
    thread); then the header says the cache is locked, and what was on screen stays.

    Two starts on copies of one cache: one with a busy timeout longer than a key may take (the
    lock then lets go, and the opening that waited goes on), one with a short busy timeout
    waited out (the lock said in the header)."""
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", str(BUSY))
    path = tmp_path / "a" / "store.sqlite3"
    path.parent.mkdir()
    first = MetalwatchApp(config(), store_path=path)  # the feed delivered: the last screen
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        assert first.snapshot is not None
        last = {s.title for s in first.snapshot.stories}
    assert last and snapshot_cache.cache_path(path).exists()
    shutil.copytree(path.parent, tmp_path / "b")
    # now no network either: the feed's server refuses
    offline = config("http://127.0.0.1:9/feed.xml")
    with hold_lock(path) as holder:
        app = MetalwatchApp(offline, store_path=path)
        async with app.run_test(size=(120, 40)) as pilot:
            deadline = time.monotonic() + 3 * BUSY
            while app.snapshot is None and time.monotonic() < deadline:
                await pilot.pause(0.02)
            assert app.snapshot is not None
            assert {s.title for s in app.snapshot.stories} == last
            # the lock said from the first paint, also on a narrow line (it came last, cut off
            # at 80 columns, for as long as the store's opening waited for the lock)
            assert "cache busy (another program)" in str(app.status_bar.status_text(60))
            started = time.monotonic()  # from the first paint: the refresh begins after it
            await pilot.pause(0.2)  # and opens the store
            await pilot.press("question_mark")
            took = time.monotonic() - started
            assert type(app.screen).__name__ == "HelpScreen"
            assert took < PROMPT, f"the help screen took {took:.1f} s"
            await pilot.press("escape")
            holder.release()  # the opening still waiting for the lock goes on
            await settle(app, pilot)
            assert app.snapshot is not None
            assert {s.title for s in app.snapshot.stories} == last

    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", str(SHORT))
    path = tmp_path / "b" / "store.sqlite3"
    with hold_lock(path):
        app = MetalwatchApp(offline, store_path=path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            # what was on screen stays: the bundled demo never stands in for it (the memory
            # store the session fell back to knew of no delivery), and the header says the
            # cache is locked and the feed failing, its data known from before
            header = str(app.status_bar.status_text())
            assert "cache locked: not saved" in header and "DEMO" not in header, header
            assert "failing" in header, header
            assert app.snapshot is not None
            assert {s.title for s in app.snapshot.stories} == last


async def test_a_file_where_the_cache_folder_should_be_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store was opened while the theme was read, before any screen: its notice went
    nowhere, and the header never said that nothing is saved."""
    folder = tmp_path / "cache"
    folder.write_text("not a folder\n")
    app = MetalwatchApp(config(), store_path=folder / "store.sqlite3")
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        header = str(app.status_bar.status_text())
        assert "cache read-only: not saved" in header, header
        assert app.snapshot is not None and app.snapshot.stories  # this session's fetch
    said = [n for n in notes if "a file is in its place" in n]
    assert len(said) == 1, notes
