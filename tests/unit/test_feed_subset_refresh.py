"""Refreshing a feed read in part (``tui.sources.feed_subset``) through the refresh engine, a
real local file and a real SQLite store: an unchanged body changes no stored item nor its
first-seen time; a changed one has feedparser read its new items only and keeps the others'
first sighting; ``max_items`` keeps the newest and says so; a damaged body keeps what was
stored."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from feed_split_parts import nothing_remembered  # noqa: F401 (an autouse fixture)
from pytest_httpserver import HTTPServer

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.flow.refresh import Refresher
from tui.sources import feed_document
from tui.store import Store

GUARDIAN = (
    Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "guardian_us.rss.xml"
).read_bytes()
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def items_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many items each run of feedparser was given."""
    seen: list[int] = []
    parse = feed_document.parse

    def counted(data: bytes, headers: Any) -> Any:
        seen.append(data.count(b"<item>"))
        return parse(data, headers)

    monkeypatch.setattr(feed_document, "parse", counted)
    return seen


def config(path: Path, **extra: Any) -> Config:
    source = {"name": "wire", "kind": "rss", "url": str(path), **extra}
    data = {"app": {"timeout": "5s"}, "metals": [{"id": "copper", "name": "Copper"}]}
    return parse_config({**data, "sources": [source]}, None)


def write(path: Path, body: bytes) -> None:
    path.write_bytes(body)
    at = time.time() - 3600  # old enough for its stat signature to be trusted
    os.utime(path, (at, at))


async def run_once(cfg: Config, store: Store, clock: Clock) -> Any:
    refresher = Refresher(cfg, store, clock=clock, jitter=0)
    try:
        return (await refresher.run(list(cfg.sources)))[0]
    finally:
        await refresher.aclose()


def seen(store: Store) -> dict[str, datetime]:
    return {h.url or h.title: at for h, at in store.load_headlines_with_seen()}


def newer(body: bytes, n: int) -> bytes:
    """``body`` with ``n`` new items first and the channel's date moved on."""
    new = b"".join(
        b"<item><title>Copper tariff item %d lands</title><link>https://n.example/new/%d</link>"
        b"<pubDate>Thu, 01 Feb 2018 0%d:00:00 GMT</pubDate></item>" % (i, i, i)
        for i in range(n)
    )
    at = body.index(b"<item>")
    body = body[:at] + new + body[at:]
    return body.replace(b"<pubDate>Wed, 31 Jan 2018 20:15:15 GMT", b"<pubDate>Thu, 1 Feb 2018", 1)


async def test_an_unchanged_body_changes_no_stored_item_nor_its_first_sighting(
    tmp_path: Path, items_read: list[int]
) -> None:
    path, clock = tmp_path / "feed.xml", Clock()
    write(path, GUARDIAN)
    with Store(tmp_path / "store.sqlite3") as store:
        assert (await run_once(config(path), store, clock)).new_items == 55
        before, rows = seen(store), store.load_headlines()
        for minutes in (15, 30):
            clock.now = T0 + timedelta(minutes=minutes)
            write(path, GUARDIAN)  # rewritten: a new stat, the same bytes
            again = await run_once(config(path), store, clock)
            assert again.ok and again.unchanged and again.new_items == 0
            assert seen(store) == before and store.load_headlines() == rows
    assert items_read == [55]


async def test_a_changed_body_reads_its_new_items_and_keeps_first_sightings(
    tmp_path: Path, items_read: list[int]
) -> None:
    path, clock = tmp_path / "feed.xml", Clock()
    write(path, GUARDIAN)
    with Store(tmp_path / "store.sqlite3") as store:
        await run_once(config(path), store, clock)
        before = seen(store)
        clock.now = T0 + timedelta(minutes=15)
        write(path, newer(GUARDIAN, 3))
        later = await run_once(config(path), store, clock)
        after = seen(store)
    assert later.ok and later.new_items == 3 and later.warning is None
    assert items_read == [55, 3]  # the head and tail with the three new items only
    assert {k: after[k] for k in before} == before
    assert sorted(set(after) - set(before)) == [f"https://n.example/new/{i}" for i in range(3)]
    assert all(after[k] == clock.now for k in set(after) - set(before))


async def test_max_items_keeps_the_newest_and_says_so(tmp_path: Path) -> None:
    path, clock = tmp_path / "feed.xml", Clock()
    write(path, newer(GUARDIAN, 3))
    with Store(tmp_path / "store.sqlite3") as store:
        got = await run_once(config(path, max_items=10), store, clock)
        health = store.load_health()["wire"]
        urls = set(seen(store))
    assert got.ok and got.items == 10
    assert got.warning == health.warning == "the newest 10 of 58 items taken (max_items)"
    assert {f"https://n.example/new/{i}" for i in range(3)} <= urls and len(urls) == 10


def test_max_items_must_be_a_positive_whole_number() -> None:
    with pytest.raises(Exception, match="max_items"):
        config(Path("/feed.xml"), max_items=0)
    with pytest.raises(Exception, match="max_items"):
        config(Path("/feed.xml"), max_items="many")
    assert config(Path("/feed.xml"), max_items=50).sources[0].options["max_items"] == 50


@pytest.mark.parametrize("damage", ["truncated", "bad-xml", "html"])
async def test_a_damaged_body_keeps_the_stored_items(tmp_path: Path, damage: str) -> None:
    path, clock = tmp_path / "feed.xml", Clock()
    write(path, GUARDIAN)
    with Store(tmp_path / "store.sqlite3") as store:
        await run_once(config(path), store, clock)
        before = seen(store)
        bad = {
            "truncated": GUARDIAN[: GUARDIAN.index(b"<item>") + 40],
            "bad-xml": GUARDIAN.replace(b"<title>", b"<title>Tin < lead ", 3),
            "html": b"<html><body>Service unavailable</body></html>",
        }[damage]
        clock.now = T0 + timedelta(minutes=15)
        write(path, bad)
        got = await run_once(config(path), store, clock)
        after = seen(store)
    assert (got.error or got.warning) is not None
    message = got.error or got.warning or ""
    assert {"truncated": "cut off", "bad-xml": "ill-formed XML", "html": "HTML"}[damage] in message
    assert {k: after[k] for k in before} == before


async def test_over_http_a_changed_body_reads_its_new_items_only(
    httpserver: HTTPServer, tmp_path: Path, items_read: list[int]
) -> None:
    kind = "application/rss+xml; charset=utf-8"
    for body in (GUARDIAN, newer(GUARDIAN, 2), newer(GUARDIAN, 2)):
        httpserver.expect_ordered_request("/feed.xml").respond_with_data(body, content_type=kind)
    url, clock = httpserver.url_for("/feed.xml"), Clock()
    cfg = parse_config(
        {"metals": [{"id": "copper", "name": "Copper"}], "sources": [config_source(url)]}, None
    )
    with Store(tmp_path / "store.sqlite3") as store:
        got = []
        for minutes in (0, 15, 30):
            clock.now = T0 + timedelta(minutes=minutes)
            got.append(await run_once(cfg, store, clock))
    assert [g.new_items for g in got] == [55, 2, 0] and got[2].unchanged
    assert items_read == [55, 2]  # the third body is the second's: not parsed at all


def config_source(url: str) -> dict[str, Any]:
    return {"name": "wire", "kind": "rss", "url": url}
