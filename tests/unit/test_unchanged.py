"""Bytes already parsed are not parsed again (``tui.flow.unchanged``), against real local files,
a real HTTP server on 127.0.0.1 (pytest-httpserver) and a real SQLite store.

The parsers are wrapped by a counter (the real parser still runs), so each test sees whether a
refresh parsed; local reads are counted the same way."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.models import PriceSeries
from tui.flow import unchanged
from tui.flow.http import local
from tui.flow.refresh import Refresher
from tui.sources import csv_prices, feeds
from tui.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
GUARDIAN = (FIXTURES / "guardian_us.rss.xml").read_bytes()
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
GUARDIAN_COUNT = 55
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
CSV = "Date,Close,Settle\n2026-02-26,9000,9100\n2026-02-27,9050,9150\n2026-03-02,9080,9170\n"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many times the feed and CSV parsers ran and local files were read."""
    seen = {"feeds": 0, "csv": 0, "reads": 0}

    def counted(name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen[name] += 1
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(feeds, "parse", counted("feeds", feeds.parse))
    monkeypatch.setattr(csv_prices, "parse", counted("csv", csv_prices.parse))
    monkeypatch.setattr(local, "_read_capped", counted("reads", local._read_capped))
    return seen


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite3") as s:
        yield s


def config(*sources: dict[str, Any]) -> Config:
    data = {
        "app": {"timeout": "5s", "refresh": "10m"},
        "metals": [{"id": "copper", "name": "Copper"}],
        "sources": list(sources),
    }
    return parse_config(data, None)


def feed_source(path: Path) -> dict[str, Any]:
    return {"name": "wire", "kind": "rss", "url": str(path)}


def csv_source(path: Path, column: str = "Close") -> dict[str, Any]:
    return {
        "name": "copper csv",
        "kind": "csv",
        "url": str(path),
        "metal": "copper",
        "unit": "USD/t",
        "value_column": column,
    }


def values(store: Store) -> list[float]:
    (series,) = [s for s in store.load_series() if s.source == "copper csv"]
    return [v for _, v in series.points]


def aged(path: Path, seconds: float = 3600) -> None:
    """Set the file's mtime in the past, so its stat signature is trusted."""
    at = time.time() - seconds
    os.utime(path, (at, at))


def recent(path: Path) -> None:
    """Set the file's mtime ahead of the clock: modified "just now" however slow the test runs,
    so its stat signature is not trusted."""
    at = time.time() + 3600
    os.utime(path, (at, at))


async def run_once(cfg: Config, store: Store, clock: Clock) -> Any:
    refresher = Refresher(cfg, store, clock=clock, jitter=0)
    try:
        return (await refresher.run(list(cfg.sources)))[0]
    finally:
        await refresher.aclose()


async def test_an_unchanged_local_feed_is_not_read_or_parsed_again_even_after_a_restart(
    tmp_path: Path, counts: dict[str, int]
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(GUARDIAN)
    aged(path)
    cfg, clock = config(feed_source(path)), Clock()
    with Store(tmp_path / "store.sqlite3") as store:
        first = await run_once(cfg, store, clock)
        stored = [h.title for h in store.load_headlines()]
    assert first.ok and first.new_items == GUARDIAN_COUNT and not first.unchanged
    assert counts == {"feeds": 1, "csv": 0, "reads": 1}
    clock.now = T0 + timedelta(minutes=15)
    with Store(tmp_path / "store.sqlite3") as store:  # another process, the same store file
        second = await run_once(cfg, store, clock)
        assert [h.title for h in store.load_headlines()] == stored
        health = store.load_health()["wire"]
    assert counts == {"feeds": 1, "csv": 0, "reads": 1}  # its stat said: the same file
    assert second.ok and second.unchanged and second.error is None
    assert (second.items, second.new_items, second.warning) == (GUARDIAN_COUNT, 0, None)
    assert (health.ok, health.stale, health.items) == (True, False, GUARDIAN_COUNT)
    assert health.fetched_at == health.last_success == clock.now  # like a 304: confirmed now


async def test_a_touched_file_is_hashed_and_a_changed_one_parsed(
    tmp_path: Path, store: Store, counts: dict[str, int]
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(GUARDIAN)
    recent(path)  # too recent for its stat to be trusted
    cfg, clock = config(feed_source(path)), Clock()
    await run_once(cfg, store, clock)
    again = await run_once(cfg, store, clock)
    assert again.unchanged and counts["reads"] == 2 and counts["feeds"] == 1
    aged(path)  # a touch: a new mtime, the same bytes
    touched = await run_once(cfg, store, clock)
    assert touched.unchanged and counts["reads"] == 3 and counts["feeds"] == 1
    assert (await run_once(cfg, store, clock)).unchanged and counts["reads"] == 3  # stat now
    path.write_bytes(NBC)
    aged(path)
    changed = await run_once(cfg, store, clock)
    assert changed.ok and not changed.unchanged and changed.new_items == 1
    assert counts["feeds"] == 2


async def test_a_failed_parse_is_retried_and_the_last_good_bytes_stand(
    tmp_path: Path, store: Store, counts: dict[str, int]
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(GUARDIAN)
    aged(path)
    cfg, clock = config(feed_source(path)), Clock()
    assert (await run_once(cfg, store, clock)).ok
    path.write_bytes(b"<html><body>not a feed</body></html>")
    aged(path)
    for n in (2, 3):  # the same broken bytes are parsed each time, each time refused
        bad = await run_once(cfg, store, clock)
        assert not bad.ok and bad.error and counts["feeds"] == n
        assert store.load_health()["wire"].ok is False
    path.write_bytes(GUARDIAN)  # the bytes whose parse is stored
    aged(path)
    back = await run_once(cfg, store, clock)
    assert back.ok and back.unchanged and counts["feeds"] == 3
    assert store.load_health()["wire"].error is None
    assert len(store.load_headlines()) == GUARDIAN_COUNT


async def test_a_changed_source_definition_parses_the_same_bytes_again(
    tmp_path: Path, store: Store, counts: dict[str, int]
) -> None:
    path = tmp_path / "copper.csv"
    path.write_text(CSV, encoding="utf-8")
    aged(path)
    clock = Clock()
    assert (await run_once(config(csv_source(path)), store, clock)).ok
    assert (await run_once(config(csv_source(path)), store, clock)).unchanged
    assert counts["csv"] == 1
    assert values(store) == [9000, 9050, 9080]
    settle = await run_once(config(csv_source(path, "Settle")), store, clock)
    assert settle.ok and not settle.unchanged and counts["csv"] == 2
    assert values(store) == [9100, 9150, 9170]


async def test_an_http_answer_with_the_body_parsed_last_time_is_not_parsed(
    httpserver: HTTPServer, store: Store, counts: dict[str, int]
) -> None:
    bodies = [GUARDIAN, GUARDIAN, NBC]
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(bodies[0])
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(bodies[1])
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(bodies[2])
    cfg = config({"name": "wire", "kind": "rss", "url": httpserver.url_for("/feed.xml")})
    clock = Clock()
    first = await run_once(cfg, store, clock)
    clock.now = T0 + timedelta(minutes=15)
    second = await run_once(cfg, store, clock)
    third = await run_once(cfg, store, clock)
    assert [r.status_code for _, r in httpserver.log] == [200, 200, 200]
    assert first.ok and not first.unchanged and first.new_items == GUARDIAN_COUNT
    assert second.ok and second.unchanged and second.items == GUARDIAN_COUNT
    assert third.ok and not third.unchanged and third.new_items == 1
    assert counts["feeds"] == 2


async def test_the_items_of_an_unchanged_feed_are_seen_again_so_retention_keeps_them(
    tmp_path: Path, store: Store
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(GUARDIAN)
    aged(path)
    cfg, clock = config(feed_source(path)), Clock()
    await run_once(cfg, store, clock)
    clock.now = T0 + timedelta(days=400)
    assert (await run_once(cfg, store, clock)).unchanged
    store.prune(max_age_days=365, max_stories=20000, now=clock.now)
    assert len(store.load_headlines()) == GUARDIAN_COUNT


def test_recall_needs_the_same_definition_and_a_readable_record(
    tmp_path: Path, store: Store
) -> None:
    src = config(csv_source(tmp_path / "a.csv")).sources[0]
    other = config(csv_source(tmp_path / "a.csv", "Settle")).sources[0]
    seen = unchanged.Seen(unchanged.definition(src), unchanged.digest(b"x"), 3, "w", (1, 2, 3, 4))
    unchanged.remember(store, src, seen)
    assert unchanged.recall(store, src) is None, "none of the 3 points it stood for is stored"
    points = ((date(2026, 5, 1), 9800.0), (date(2026, 6, 1), 9900.0), (date(2026, 7, 1), 1e4))
    store.save_series(PriceSeries(src.name, "a", "USD/t", points, metal="copper"))
    assert unchanged.recall(store, src) == seen
    assert unchanged.recall(store, other) is None
    store.set_meta(unchanged.META_PREFIX + src.name, "{not json")
    assert unchanged.recall(store, src) is None
    unchanged.remember(store, src, seen)
    unchanged.forget(store, src)
    assert unchanged.recall(store, src) is None


def test_a_file_just_written_has_no_trusted_signature(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("x", encoding="utf-8")
    recent(path)
    assert unchanged.signature(path) is None
    aged(path)
    sig = unchanged.signature(path)
    assert sig is not None and sig[0] == 1
    assert unchanged.signature(tmp_path / "missing.csv") is None
    assert unchanged.signature(tmp_path) is None


async def test_a_feed_whose_stories_were_all_pruned_is_parsed_again(
    tmp_path: Path, store: Store, counts: dict[str, int]
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(GUARDIAN)
    aged(path)
    cfg, clock = config(feed_source(path)), Clock()
    await run_once(cfg, store, clock)
    # the source left the config for over a year: nothing refreshed it, retention removed all
    store.prune(max_age_days=365, max_stories=20000, now=T0 + timedelta(days=400))
    assert store.load_headlines() == []
    clock.now = T0 + timedelta(days=400)
    back = await run_once(cfg, store, clock)
    assert back.ok and not back.unchanged and back.new_items == GUARDIAN_COUNT
    assert counts["feeds"] == 2 and len(store.load_headlines()) == GUARDIAN_COUNT
