"""A refresh that brought nothing new does not rewrite the snapshot cache: a stamp says the new
store fingerprint builds what the files hold (``tui.store.cache_stamp``). Real local source
files, a real SQLite store, the real snapshot builder, as the app's load worker runs them."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.models import Snapshot
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot
from tui.store import Store, cache_stamp, snapshot_cache

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
GUARDIAN = (FIXTURES / "guardian_us.rss.xml").read_bytes()
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
CSV = "Date,Close\n2026-02-26,9000\n2026-02-27,9050\n2026-03-02,9080\n"


@pytest.fixture(autouse=True)
def _forget() -> Iterator[None]:
    cache_stamp.LAST.clear()
    yield
    cache_stamp.LAST.clear()


def setup(tmp_path: Path) -> tuple[Config, Path]:
    feed, prices = tmp_path / "feed.xml", tmp_path / "copper.csv"
    feed.write_bytes(GUARDIAN)
    prices.write_text(CSV, encoding="utf-8")
    for path in (feed, prices):
        at = path.stat().st_mtime - 3600
        os.utime(path, (at, at))
    data = {
        "app": {"timeout": "5s", "refresh": "10m"},
        "metals": [{"id": "copper", "name": "Copper", "aliases": ["copper"]}],
        "sources": [
            {"name": "wire", "kind": "rss", "url": str(feed)},
            {"name": "lme", "kind": "csv", "url": str(prices), "metal": "copper", "unit": "USD/t"},
        ],
    }
    return parse_config(data, None), feed


def refresh(config: Config, store: Store, at: datetime) -> None:
    import asyncio

    async def run() -> None:
        refresher = Refresher(config, store, clock=lambda: at, jitter=0)
        try:
            await refresher.run(list(config.sources))
        finally:
            await refresher.aclose()

    asyncio.run(run())


def stats(path: Path) -> list[int]:
    return [p.stat().st_mtime_ns for p in (path, snapshot_cache.head_path(path))]


def build(config: Config, store: Store, at: datetime, reuse: Snapshot | None) -> Snapshot:
    return build_snapshot(config, store, now=at, reuse=reuse)


def test_a_refresh_that_brought_nothing_new_stamps_the_cache_instead_of_writing_it(
    tmp_path: Path,
) -> None:
    config, feed = setup(tmp_path)
    path = snapshot_cache.cache_path(tmp_path / "store.sqlite3")
    key = snapshot_cache.config_key(config)
    with Store(tmp_path / "store.sqlite3") as store:
        refresh(config, store, T0)
        first = build(config, store, T0, None)
        snapshot_cache.save(path, first, key=key, fingerprint=store.fingerprint())
        written = stats(path)
        later = T0 + timedelta(minutes=20)
        before = store.fingerprint()
        refresh(config, store, later)  # the same files: nothing parsed, health moves on
        assert store.fingerprint() != before
        second = build(config, store, later, first)
        snapshot_cache.save(path, second, key=key, fingerprint=store.fingerprint())
        assert stats(path) == written  # not rewritten
        assert cache_stamp.stamp_path(path).exists()
        for load in (snapshot_cache.load, snapshot_cache.load_head):
            loaded = load(path, key=key)
            assert loaded is not None
            snap, fingerprint = loaded
            assert fingerprint == store.fingerprint()  # the next start builds nothing
            assert snap.data_as_of == second.data_as_of == later
        whole = snapshot_cache.load(path, key=key)
        assert whole is not None and whole[0].stories == second.stories
        assert whole[0].prices == second.prices and whole[0].policy == second.policy

        # news: the files are written again, the stamp goes
        feed.write_bytes(NBC)
        at = feed.stat().st_mtime - 3600
        os.utime(feed, (at, at))
        third_at = later + timedelta(minutes=20)
        refresh(config, store, third_at)
        third = build(config, store, third_at, second)
        assert third.stories != second.stories
        snapshot_cache.save(path, third, key=key, fingerprint=store.fingerprint())
        assert stats(path) != written and not cache_stamp.stamp_path(path).exists()
        loaded = snapshot_cache.load(path, key=key)
        assert loaded is not None and loaded[1] == store.fingerprint()
        assert loaded[0].stories == third.stories


def test_files_another_process_wrote_are_written_again_and_a_foreign_stamp_is_ignored(
    tmp_path: Path,
) -> None:
    config, _feed = setup(tmp_path)
    path = snapshot_cache.cache_path(tmp_path / "store.sqlite3")
    key = snapshot_cache.config_key(config)
    with Store(tmp_path / "store.sqlite3") as store:
        refresh(config, store, T0)
        snap = dataclasses.replace(build(config, store, T0, None), mode="live")
    snapshot_cache.save(path, snap, key=key, fingerprint="a")
    path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")  # another writer
    os.utime(path, ns=(1, 1))
    snapshot_cache.save(path, snap, key=key, fingerprint="b")
    assert not cache_stamp.stamp_path(path).exists()
    assert os.stat(path).st_mtime_ns != 1
    loaded = snapshot_cache.load(path, key=key)
    assert loaded is not None and loaded[1] == "b"
    # a stamp over other files, or for another config, changes nothing
    assert cache_stamp.write(path, "other key", "b", "c", None)
    assert snapshot_cache.load(path, key=key) == (loaded[0], "b")
    assert cache_stamp.write(path, key, "not b", "c", None)
    assert snapshot_cache.load(path, key=key) == (loaded[0], "b")
    assert cache_stamp.write(path, key, "b", "c", None)
    stamped = snapshot_cache.load(path, key=key)
    assert stamped is not None and stamped[1] == "c"


def test_a_process_that_started_from_the_cache_stamps_it_after_a_refresh_with_nothing_new(
    tmp_path: Path,
) -> None:
    config, _feed = setup(tmp_path)
    path = snapshot_cache.cache_path(tmp_path / "store.sqlite3")
    key = snapshot_cache.config_key(config)
    with Store(tmp_path / "store.sqlite3") as store:
        refresh(config, store, T0)
        snapshot_cache.save(path, build(config, store, T0, None), key=key, fingerprint="a")
        written = stats(path)
        cache_stamp.LAST.clear()  # a new process: it knows the cache only by loading it
        head = snapshot_cache.load_head(path, key=key)
        assert head is not None and not cache_stamp.LAST  # a head alone tells nothing
        loaded = snapshot_cache.load(path, key=key)
        assert loaded is not None and loaded[1] == "a"
        later = T0 + timedelta(minutes=20)
        refresh(config, store, later)
        again = build(config, store, later, loaded[0])
        snapshot_cache.save(path, again, key=key, fingerprint="b")
        assert stats(path) == written
        stamped = snapshot_cache.load(path, key=key)
        assert stamped is not None and stamped[1] == "b"
        assert stamped[0].stories == loaded[0].stories
