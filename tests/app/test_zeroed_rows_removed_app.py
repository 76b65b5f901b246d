"""The app's own loads find rows of the cache zeroed in place (the file still sound to SQLite):
before, they left them out and said so, but only a later ``snapshot`` or ``watch`` removed
them, so every start of the app said the same again. Now what a load finds is handed to the
session's store, which removes it once a refresh has stored the sources' answers, as
``snapshot`` does: said once, and the next start says nothing. Without a refresh (as with
``snapshot --offline``) nothing is removed.

A real SQLite file damaged in place, a real feed file the refresh reads.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.app.cache_faults import SEEN, config, spy_notes, until
from tests.app.settling import settle
from tui.core.config import parse_config
from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp

SAID = "damaged rows in the cache left out"


def _title(i: int) -> str:
    return f"Copper story {i} " + "ore " * 40


def _seeded(tmp_path: Path) -> tuple[Path, Path]:
    """A store of three stories, the second's title zeroed in place; a feed serving the other
    two (the damaged one is gone from it)."""
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        served = [Headline(_title(i), f"https://example.org/{i}", "news", SEEN) for i in range(3)]
        store.save_headlines("news", served, seen_at=SEEN)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    at = data.rindex(b"Copper story 1 ") + 20
    data[at : at + 60] = bytes(60)  # inside the title: the page's structure holds
    path.write_bytes(bytes(data))
    items = "".join(
        f"<item><title>{_title(i)}</title><link>https://example.org/{i}</link>"
        "<pubDate>Sun, 01 Mar 2026 00:00:00 GMT</pubDate></item>"
        for i in (0, 2)
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    return path, feed


def _damaged(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        n = conn.execute("SELECT COUNT(*) FROM headlines WHERE instr(title, char(0))").fetchone()
    conn.close()
    return int(n[0])


async def _run(
    path: Path, feed: Path, mp: pytest.MonkeyPatch, *, refresh: bool
) -> tuple[list[str], int]:
    app = MetalwatchApp(config(str(feed)), store_path=path, refresh_on_start=refresh)
    notes = spy_notes(app, mp)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        if refresh:
            await until(pilot, lambda: app._refresher is not None)  # ran, or none was due
        await settle(app, pilot)
        app.load_from_store()  # a repaint after the refresh
        await settle(app, pilot)
        left = _damaged(path)
    return [n for n in notes if n.startswith(SAID)], left


async def test_a_refresh_in_the_app_removes_what_its_loads_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, feed = _seeded(tmp_path)
    assert _damaged(path) == 1
    said, left = await _run(path, feed, monkeypatch, refresh=True)
    assert left == 0, "removed once the refresh stored the feed"
    assert len(said) == 1 and said[0].startswith(f"{SAID}: 1 story"), said
    said, left = await _run(path, feed, monkeypatch, refresh=True)
    assert said == [], "said once: the next start says nothing"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT COUNT(*) FROM headlines").fetchone() == (2,)
    conn.close()


async def test_without_a_refresh_nothing_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, feed = _seeded(tmp_path)
    said, left = await _run(path, feed, monkeypatch, refresh=False)
    assert left == 1 and said == [f"{SAID}: 1 story"]
    said, left = await _run(path, feed, monkeypatch, refresh=False)
    assert left == 1 and said == [f"{SAID}: 1 story"], "said again: it is still there"


async def test_a_story_key_a_load_found_zeroed_is_mended_by_the_refresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story's stored key zeroed in place (its index entry whole), found by the app's load:
    the refresh that serves the story again mends it in place (the session's store told by the
    load, and the note the load's store left in the file), shown once, its first sighting kept;
    said once. A guard of the save's gate (a key mended only once one was found zeroed) in the
    app's order, its loads on stores of their own: the ungated save passed it too."""
    from tests.unit.test_store_zeroed_identity import ROW, _served, _zero_key

    path = tmp_path / "store.sqlite3"
    served = _served("link")
    with Store(path) as store:
        store.save_headlines("Example", served, seen_at=SEEN)
    _zero_key(path, (ROW,))
    items = "".join(
        f"<item><title>{h.title}</title><link>{h.url}</link><description>{h.summary}"
        "</description></item>"
        for h in served
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    cfg = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "Example", "kind": "rss", "url": str(feed)}],
        },
        None,
    )
    app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)  # the load finds the key zeroed
        app.start_refresh(manual=True)
        await until(pilot, lambda: app._refresher is not None and app._refresher.ran)
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None
        titles = [s.title for s in snap.stories]
    assert sorted(titles) == sorted(h.title for h in served), "shown once each"
    with Store(path) as store:
        seen = {h.title: at for h, at in store.load_headlines_with_seen()}
        assert store.left_out.said() is None, "mended"
    assert seen["Copper smelter story 1 moves"] == SEEN, "its first sighting kept"
    assert [n for n in notes if n.startswith(SAID)] == [f"{SAID}: 1 story"]
