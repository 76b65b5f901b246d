"""The app on a cache another program holds locked: one notice, no traceback (the app keeps
running), this session's data shown and then everything once the cache is free, and a first
paint that never passes old data for live and says what failed last."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import config, seed, spy_notes, until
from tests.app.settling import settle
from tui.core.config import Config, parse_config
from tui.store import Store
from tui.ui.app import MetalwatchApp


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
