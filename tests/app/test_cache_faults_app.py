"""The app on a cache it cannot write and on a cache another program holds locked: the stored
data on screen, one notice, no traceback (the app keeps running)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.app.settling import settle
from tui.core.config import Config, parse_config
from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel

SEEN = datetime(2026, 3, 1, tzinfo=timezone.utc)


def config(url: str = "http://127.0.0.1:9/feed.xml") -> Any:
    """Copper watched, one feed "news" at ``url`` (by default a port nothing listens on); a
    locked cache tried again every 0.2 s."""
    return parse_config(
        {
            "app": {"lock_retry": 0.2},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": url}],
        },
        None,
    )


def seed(path: Path) -> None:
    with Store(path) as store:
        store.save_headlines(
            "news",
            [
                Headline(f"Copper story {i}", f"https://example.org/{i}", "news", SEEN)
                for i in range(3)
            ],
            seen_at=SEEN,
        )


def spy_notes(app: MetalwatchApp, mp: pytest.MonkeyPatch) -> list[str]:
    notes: list[str] = []
    original = app.notify

    def spy(message: str, **kw: Any) -> None:
        notes.append(message)
        original(message, **kw)

    mp.setattr(app, "notify", spy)
    return notes


async def test_a_read_only_cache_shows_the_stored_stories_and_says_so(
    tmp_path: Path, make_unwritable: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    seed(folder / "store.sqlite3")
    make_unwritable(folder)
    app = MetalwatchApp(config(), store_path=folder / "store.sqlite3", refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        assert {s.title for s in panel.row_objects.values()} == {
            f"Copper story {i}" for i in range(3)
        }
        app.mark_read([next(iter(panel.row_objects.values())).id])  # a write: no error
        await settle(app, pilot)
        # after the notice is gone, the header still says nothing is saved
        assert "⚠ cache read-only: not saved" in str(app.status_bar.status_text())
    about_cache = [n for n in notes if "cache" in n]
    assert len(about_cache) == 1 and about_cache[0].startswith("cache is read-only"), notes


async def test_a_locked_cache_is_a_notice_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")
    path = tmp_path / "store.sqlite3"
    seed(path)
    with hold_lock(path):
        app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
        notes = spy_notes(app, monkeypatch)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            assert app.is_running
            header = str(app.status_bar.status_text())
            assert "⚠ cache locked: not saved" in header and "loading" not in header, header
        assert app.return_code in (0, None)
        locked = [n for n in notes if "locked by another program for more than 0.3 s" in n]
        assert len(locked) == 1, notes


async def test_a_damaged_cache_moved_aside_is_said_in_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Said in a notice, which goes after 15 s; then nothing on screen told the user why the
    stories they had stored were gone: the header keeps a mark for the session."""
    path = tmp_path / "store.sqlite3"
    seed(path)
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the schema page overwritten
    path.write_bytes(bytes(data))
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.clear_notifications()  # the notice has gone (15 s): the header still says it
        app.load_from_store()  # as after the next refresh
        await settle(app, pilot)
        header = app.status_bar.status_text().plain
        assert "⚠ cache was damaged: moved aside" in header, header
        assert "⚠ cache reset" in app.status_bar.status_text(40).plain  # in its short words
    assert list(tmp_path.glob("store.sqlite3.corrupt-*")), "the damaged file is kept aside"
    moved = [n for n in notes if "moved aside" in n]
    assert len(moved) == 1, notes


async def test_a_cache_cut_short_keeps_what_can_be_read_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store cut short (a crash, a full disk at a copy): the stories and read marks that can
    still be read are in the new store and on screen, and the notice and the header say that
    part of it was saved, not that the cache was reset."""
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        store.mark_read(["story-read"], at=SEEN)
        store.save_headlines(
            "news",
            [
                Headline(
                    f"Copper story {i} " + "ore " * 40, f"https://example.org/{i}", "news", SEEN
                )
                for i in range(400)
            ],
            seen_at=SEEN,
        )
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size * 2 // 3)
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.clear_notifications()
        app.load_from_store()
        await settle(app, pilot)
        header = app.status_bar.status_text().plain
        assert "⚠ cache was damaged: moved aside, part of it saved in a new one" in header, header
        assert "⚠ cache rebuilt" in app.status_bar.status_text(40).plain
        shown = app.query_one(HeadlinesPanel).row_objects.values()
        assert shown and all(s.title.startswith("Copper story") for s in shown)
    (moved,) = [n for n in notes if "moved aside" in n]
    assert "saved from it: 1 read mark, " in moved, moved
    assert moved.endswith("; lost: part of the stories"), moved
    with Store(path) as again:
        assert again.recovered is None and again.read_ids() == {"story-read"}


async def test_a_damaged_cache_keeps_what_the_user_saw_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stories of the last built snapshot stay on screen (and in its file) when the store
    under it was damaged and moved aside, the sources down: an empty fresh store never
    replaces them with nothing."""
    from tui.store import snapshot_cache

    path = tmp_path / "store.sqlite3"
    seed(path)
    want = {f"Copper story {i}" for i in range(3)}
    first = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        shown = {s.title for s in first.query_one(HeadlinesPanel).row_objects.values()}
        assert shown == want
    cache = snapshot_cache.cache_path(path)
    assert cache.is_file()
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the schema page overwritten
    path.write_bytes(bytes(data))
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.load_from_store()  # as after a refresh in which every source failed
        await settle(app, pilot)
        shown = {s.title for s in app.query_one(HeadlinesPanel).row_objects.values()}
        assert shown == want
    assert list(tmp_path.glob("store.sqlite3.corrupt-*"))
    kept = snapshot_cache.load(cache, key=snapshot_cache.config_key(config()))
    assert kept is not None and {s.title for s in kept[0].stories} == want


async def test_a_cache_locked_against_reading_shows_this_session_then_everything_once_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    """Found in use: with the cache locked by another program from the start (reads too), the
    sources were fetched (the source screen said "ok, just now") but the panels and the header
    stayed on the last snapshot ("10 live · fetched 16m ago"): the fetches went into a memory
    store no load read. They are shown now, and said not to be saved. Then the other program
    lets go: the session stayed in memory until a restart (nothing it fetched all day saved,
    the screen thinner than the store). The cache is tried again: once it opens, this
    session's fetches are saved into it, the screen shows everything stored again, and the
    header says so."""
    from tui.store import snapshot_cache

    feed = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
    cfg = config(str(feed))
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")
    path = tmp_path / "store.sqlite3"
    seed(path)  # three copper stories from an earlier session
    stored = {f"Copper story {i}" for i in range(3)}
    first = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
    cache = snapshot_cache.cache_path(path)
    before = cache.read_bytes()
    holder = hold_lock(path)
    app = MetalwatchApp(cfg, store_path=path)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        (health,) = app.snapshot.sources if app.snapshot else [None]
        assert health is not None and health.ok, health
        assert app.snapshot is not None
        titles = {s.title for s in app.snapshot.stories}
        # the feed's one story, fetched now, is in what the panels show (press A to see it)
        assert any(t.startswith("NYC cops search for stabbing suspect") for t in titles), titles
        assert not titles & stored, "nothing of the file could be read"
        header = str(app.status_bar.status_text())
        assert "cache locked: not saved" in header and "fetched just now" in header, header
        # nothing of this session replaced the last whole snapshot kept for the next start
        assert cache.read_bytes() == before

        holder.release()  # the other program lets go, the app still open
        await until(pilot, lambda: "cache available again" in app.status_bar.status_text().plain)
        await settle(app, pilot)
        header = str(app.status_bar.status_text())
        assert "not saved" not in header and "cache available again" in header, header
        assert app.snapshot is not None
        titles = {s.title for s in app.snapshot.stories}
        assert stored <= titles, titles  # the user's history is back on screen
        assert any(t.startswith("NYC cops search for stabbing suspect") for t in titles), titles
        back = [n for n in notes if n.startswith("cache available again")]
        assert len(back) == 1 and "of this session saved" in back[0], notes
        # saved from now on: the last whole snapshot is this one's
        assert cache.read_bytes() != before
    with Store(path) as store:
        kept = {h.title for h in store.load_headlines()}
        assert stored <= kept, "what the file held is kept"
        assert any(t.startswith("NYC cops search for stabbing suspect") for t in kept), kept
        assert store.load_health()["news"].ok, "the session's fetch is the source's last"


async def until(pilot: Any, done: Callable[[], bool], timeout: float = 10.0) -> None:
    """Pause until ``done()`` (a worker on a timer answered), at most ``timeout`` seconds."""
    import time

    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert done()


async def test_a_locked_cache_first_paint_never_passes_old_data_for_live(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    """Found in use: with the store locked by another program, the first paint took the
    sources' health from the last snapshot as it was when built ("3 live", two days on) and
    said nothing of the lock until the busy timeout ran out. The first paint counts their ages
    to now and says the cache is busy; then the lock is said for good."""
    import datetime as dt

    from tui.ui import loading
    from tui.ui.widgets import status_bar
    from tui.ui.widgets.status_bar import CACHE_BUSY

    feed = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
    cfg = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": f"news {i}", "kind": "rss", "url": str(feed)} for i in range(3)],
        },
        None,
    )
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")
    path = tmp_path / "store.sqlite3"
    first = MetalwatchApp(cfg, store_path=path)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        assert "3 live" in first.status_bar.status_text().plain

    class TwoDaysOn(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> TwoDaysOn:
            return cls.fromtimestamp((dt.datetime.now(tz) + dt.timedelta(days=2)).timestamp(), tz)

    monkeypatch.setattr(loading, "datetime", TwoDaysOn)
    monkeypatch.setattr(status_bar, "datetime", TwoDaysOn)
    headers, last = await headers_of_a_locked_start(cfg, path, monkeypatch, hold_lock)
    assert headers, "the first paint came from the last snapshot"
    assert "3 cached · fetched 2d ago" in headers[0] and "live" not in headers[0], headers
    assert CACHE_BUSY in headers[0], headers
    assert all("live" not in h for h in headers), headers
    assert "⚠ cache locked: not saved  3 cached · fetched 2d ago" in last and CACHE_BUSY not in last


async def test_a_locked_cache_first_paint_says_what_failed_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    """Found driving the app: a source that failed after the last snapshot was written in full
    (a refresh that changed only the sources' health writes a stamp beside the files) was
    painted "live" at the next start on a locked store: the stamp keeps the health too."""
    import shutil

    real = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
    feed = tmp_path / "feed.xml"
    shutil.copy(real, feed)
    cfg = config(str(feed))
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")
    path = tmp_path / "store.sqlite3"
    app = MetalwatchApp(cfg, store_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert "1 live" in app.status_bar.status_text().plain
        feed.write_bytes(b"<html><body>maintenance</body></html>")  # the next read fails
        await pilot.press("R")  # refresh all, now
        await settle(app, pilot)
        assert "1 source failing" in app.status_bar.status_text().plain
    headers, _ = await headers_of_a_locked_start(cfg, path, monkeypatch, hold_lock)
    assert headers and all("1 source failing" in h and "live" not in h for h in headers), headers


async def headers_of_a_locked_start(
    cfg: Config, path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> tuple[list[str], str]:
    """Start the app on a store another connection holds locked (exclusive, mid-write), with no
    refresh: every header text it shows, and the last one."""
    from tui.ui.widgets.status_bar import StatusBar

    headers: list[str] = []
    original = StatusBar.set_state

    def spy(bar: StatusBar, **changes: object) -> None:
        original(bar, **changes)
        if bar.snapshot is not None:
            headers.append(bar.status_text().plain)

    monkeypatch.setattr(StatusBar, "set_state", spy)
    with hold_lock(path):
        app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
        spy_notes(app, monkeypatch)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            last = app.status_bar.status_text().plain
    return headers, last


async def test_opening_a_story_never_waits_for_a_locked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in use: with another program holding the store locked, Enter on a story froze the
    screen for the busy timeout (5 s) before the story opened: marking it read was a write on
    the screen's thread. The mark is written from a thread now, and once the lock is gone the
    marks it kept out are written with the next one."""
    import time

    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "6")
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        _ = app.store  # opened before the lock, as in a session already running
        panel = app.query_one(HeadlinesPanel)
        first = panel.selected_story()
        assert first is not None
        holder = sqlite3.connect(path, isolation_level=None, timeout=10)
        holder.execute("BEGIN EXCLUSIVE")  # another program mid-write (WAL: readers go on)
        try:
            started = time.monotonic()
            await pilot.press("enter")
            await pilot.pause()
            took = time.monotonic() - started
            assert type(app.screen).__name__ == "StoryScreen"
            # a mark written on the screen's thread holds it the whole busy timeout (6 s)
            assert took < 3.5, f"the story took {took:.1f} s to open"
            assert first.id in app.read_ids
            await pilot.press("escape")
            await app.workers.wait_for_complete()
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        await pilot.press("j", "enter")  # the lock is gone: this mark and the one kept out
        await app.workers.wait_for_complete()
        await pilot.press("escape")
        second = panel.selected_story()
        assert second is not None and second.id != first.id
    with Store(path) as store:
        assert {first.id, second.id} <= store.read_ids()


async def test_picking_a_theme_never_waits_for_a_locked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The theme picker sets the theme on every highlight, and each one was remembered with two
    writes on the screen's thread: with the store locked by another program, every arrow key in
    the picker froze the screen for twice the busy timeout."""
    import time

    from tui.ui.theming import PICKED

    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "4")
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        _ = app.store
        holder = sqlite3.connect(path, isolation_level=None, timeout=10)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            started = time.monotonic()
            app.theme = "metalwatch-amber"
            await pilot.pause()
            took = time.monotonic() - started
            # one write on the screen's thread would hold it the whole busy timeout (4 s)
            assert took < 2.0, f"the theme took {took:.1f} s to change"
            await app.workers.wait_for_complete()
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        app.theme = "metalwatch-light"  # the lock is gone: this pick is kept
        await settle(app, pilot)
    with Store(path) as store:
        assert store.get_meta(PICKED) == "metalwatch-light"


async def test_alerts_never_wait_on_the_screen_for_a_locked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Noticed by the life audit: the rules' state is written to the store in the snapshot's
    handler, on the screen's thread, so another program holding the store locked froze the
    screen for the busy timeout at every new snapshot. The rules are evaluated on a thread:
    the handler returns at once, and the alert is delivered once the lock is gone."""
    import dataclasses
    import time

    from tui.core.alert_rules import AlertRule

    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "3")
    path = tmp_path / "store.sqlite3"
    seed(path)
    rule = AlertRule(name="copper news", when="headline", keywords=("copper",))
    cfg = dataclasses.replace(config(), alerts=(rule,))
    app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    on_screen: list[float] = []  # how long each evaluation held the screen's thread
    check = app.check_alerts

    def timed(snap: Any) -> None:
        started = time.monotonic()
        check(snap)
        on_screen.append(time.monotonic() - started)

    monkeypatch.setattr(app, "check_alerts", timed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)  # the stories stored before the start: the rule's baseline
        _ = app.store  # opened before the lock, as in a session already running
        with Store(path) as other:  # another program stores a new story
            now = datetime.now(timezone.utc)
            new = Headline("Copper story new", "https://example.org/new", "news", now)
            other.save_headlines("news", [new], seen_at=now)
        on_screen.clear()
        holder = sqlite3.connect(path, isolation_level=None, timeout=10)
        try:
            holder.execute("BEGIN EXCLUSIVE")  # another program mid-write (WAL: readers go on)
            app.load_from_store()
            for _ in range(100):  # the snapshot painted (the read is not blocked)
                await pilot.pause(0.05)
                if on_screen:
                    break
            # an evaluation writing on the screen's thread holds it the whole busy timeout (3 s)
            assert on_screen and max(on_screen) < 1.5, f"the screen waited {on_screen} s"
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        await settle(app, pilot)
        assert app.snapshot is not None and len(app.snapshot.stories) == 4
        assert any("Copper story new" in n for n in notes), notes
