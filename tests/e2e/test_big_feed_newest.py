"""A feed of more items than ``[app] max_stories``, served by a loopback HTTP server and read by
the real ``metalwatch snapshot --json --force`` (each run its own process on one store): the
snapshot holds the feed's newest ``max_stories`` items, whether the feed lists its newest first
or last, before and after the feed gains newer items; the source says all its items and how
many are kept, with no warning, and the store holds none past them. (The code before, which
parsed every item and let the store prune the older ones, passed this too: it guards that
reading only the newest ``max_stories``, ``tests/unit/test_feed_max_stories.py``, picks the
right ones through the real command.)"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.e2e.snapshot_runs import snapshot_json, source, store_file, write_config

ITEMS, KEEP, GAINED = 400, 150, 30
METALS = ("Copper", "Nickel", "Cobalt", "Lithium", "Zinc", "Tin", "Gallium", "Antimony")
PLACES = ("Antwerp", "Rotterdam", "Shanghai", "Durban", "Callao", "Antofagasta", "Busan")


def item(k: int, base: datetime) -> str:
    """Item ``k``, published ``k`` minutes before ``base`` (its own words, so each is its own
    story)."""
    when = (base - timedelta(minutes=k)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    title = f"{METALS[k % 8]} cargo {k} unloaded at {PLACES[k % 7]} after inspection"
    return (
        f"<item><title>{title}</title><link>https://example.org/n/{k}</link>"
        f"<guid>n-{k}</guid><pubDate>{when}</pubDate></item>"
    )


def feed(ks: list[int], base: datetime) -> bytes:
    items = "\n".join(item(k, base) for k in ks)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Metals wire</title><link>https://example.org/</link>\n{items}\n</channel></rss>"
    ).encode()


def urls(doc: dict[str, Any]) -> set[str]:
    return {o["url"] for h in doc["headlines"] for o in h["outlets"] if o["source"] == "wire"}


def wire(doc: dict[str, Any]) -> dict[str, Any]:
    (got,) = [s for s in doc["sources"] if s["name"] == "wire"]
    return got


@pytest.mark.parametrize("newest_first", [True, False], ids=["newest first", "oldest first"])
def test_a_big_feed_keeps_its_newest_max_stories(
    tmp_path: Any, server: HTTPServer, newest_first: bool
) -> None:
    base = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=5)
    body: dict[str, bytes] = {}

    def answer(_request: Request) -> Response:
        return Response(body["now"], content_type="application/rss+xml")

    server.expect_request("/wire.xml").respond_with_handler(answer)
    config = write_config(
        tmp_path,
        [source("wire", "rss", server.url_for("/wire.xml"))],
        app=f'timeout = "20s"\nrefresh = "10m"\nmax_stories = {KEEP}\n',
    )
    for gained in (0, GAINED):  # then the feed gains newer items, listed in its own order
        ks = list(range(ITEMS + gained))  # k minutes before the newest
        body["now"] = feed(ks if newest_first else ks[::-1], base + timedelta(minutes=gained))
        doc = snapshot_json(config, timeout=120)
        assert urls(doc) == {f"https://example.org/n/{k}" for k in range(KEEP)}
        said = wire(doc)
        assert said["ok"] and said["warning"] is None, said
        assert (said["items"], said["kept"]) == (ITEMS + gained, KEEP), said
        with sqlite3.connect(store_file()) as conn:  # none read past max_stories, none stored
            stored = conn.execute("SELECT guid FROM headlines WHERE source = 'wire'").fetchall()
        newest = {f"n-{k}" for k in range(KEEP)}
        assert newest <= {g for (g,) in stored} and len(stored) <= KEEP + gained
