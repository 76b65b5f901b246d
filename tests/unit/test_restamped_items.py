"""A feed that stamps every item with the time it was built (a plugin writing ``pubDate`` as
"now", a scraper's regenerated feed) serves a story it served yesterday with today's date:
stored as served, the story became today's news again at every refresh (``stale`` false, its
age an hour, a policy story pinned anew), a stale story passing as current. An item existed
when it was first seen, so a date it is served with later than that is its feed's stamp, not
its publication: the stored date stays. A date that changes but stays at or before the first
sighting (a zone corrected, a date the publisher fixed), or is earlier than a stored date that
was ahead of it (a clock hours ahead, corrected), is taken. Through the store, and through
the real ``metalwatch snapshot`` on a loopback server refreshed twice into one cache."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from store_content import (
    SEEN,
    guardian_headlines,
    store_fixture,  # noqa: F401 (the fixture ``store``)
)

from tui.cli import main
from tui.store import Store


def test_a_date_later_than_the_first_sighting_is_the_feed_s_stamp(store: Store) -> None:
    items = guardian_headlines()[:3]
    assert store.save_headlines("g", items, seen_at=SEEN) == 3
    later = SEEN + timedelta(days=2)
    restamped = [replace(h, published=later - timedelta(minutes=5)) for h in items]
    store.save_headlines("g", restamped, seen_at=later)
    stored = {h.url: h.published for h in store.load_headlines()}
    assert stored == {h.url: h.published for h in items}


def test_a_date_corrected_before_the_first_sighting_is_taken(store: Store) -> None:
    first = guardian_headlines()[0]
    store.save_headlines("g", [first], seen_at=SEEN)
    assert first.published is not None and first.published < SEEN
    fixed = first.published + timedelta(hours=5)  # a zone corrected, still before SEEN
    assert fixed <= SEEN
    store.save_headlines("g", [replace(first, published=fixed)], seen_at=SEEN + timedelta(days=1))
    assert [h.published for h in store.load_headlines()] == [fixed]


def test_a_date_ahead_of_the_first_sighting_takes_an_earlier_one(store: Store) -> None:
    # served first with a clock hours ahead, then with the time corrected, still after the
    # first sighting: the correction is taken, the wrong date never kept
    first = guardian_headlines()[0]
    ahead, corrected = SEEN + timedelta(hours=8), SEEN + timedelta(minutes=30)
    store.save_headlines("g", [replace(first, published=ahead)], seen_at=SEEN)
    store.save_headlines(
        "g", [replace(first, published=corrected)], seen_at=SEEN + timedelta(hours=1)
    )
    assert [h.published for h in store.load_headlines()] == [corrected]


def _rss(stamp: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>https://news.example/{n}</link>"
        f"<pubDate>{stamp}</pubDate></item>"
        for n, title in enumerate(
            ["Chile copper mine strike halts output", "Zambia raises copper royalty rate"]
        )
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    )


def _snapshot(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    main(["snapshot", "--config", str(config), "--force", "--json"])
    out, _ = capsys.readouterr()
    doc: dict[str, Any] = json.loads(out)
    return doc


def test_a_restamping_feed_does_not_make_old_stories_current(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "T"\nkind = "rss"\nurl = "{server.url_for("/feed")}"\n',
        encoding="utf-8",
    )
    two_days_ago = datetime.now(timezone.utc) - timedelta(days=2)
    server.expect_oneshot_request("/feed").respond_with_data(
        _rss(two_days_ago.strftime("%a, %d %b %Y %H:%M:%S GMT")),
        content_type="application/rss+xml",
    )
    first = _snapshot(config, capsys)
    assert all(h["stale"] for h in first["headlines"]) and len(first["headlines"]) == 2
    # the feed rebuilt since: every item stamped with the build's time, after the first fetch
    rebuilt = datetime.now(timezone.utc) + timedelta(seconds=1)
    server.expect_oneshot_request("/feed").respond_with_data(
        _rss(rebuilt.strftime("%a, %d %b %Y %H:%M:%S GMT")), content_type="application/rss+xml"
    )
    second = _snapshot(config, capsys)
    assert [h["published"] for h in second["headlines"]] == [
        h["published"] for h in first["headlines"]
    ]
    assert all(h["stale"] and h["age_hours"] >= 47 for h in second["headlines"])
