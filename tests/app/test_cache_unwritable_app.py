"""The app on a cache it cannot write, a damaged cache moved aside and a cache cut short: the
stored data on screen, one notice, no traceback (the app keeps running)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.app.cache_faults import SEEN, config, header_after_notice, seed, spy_notes
from tests.app.settling import settle
from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel


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
        header, short = await header_after_notice(app, pilot)  # the header still says it
        assert "⚠ cache was damaged: moved aside" in header, header
        assert "⚠ cache reset" in short  # in its short words
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
