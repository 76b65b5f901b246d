"""A feed of more items than ``[app] max_stories`` (``keep``): the store keeps the newest
``max_stories`` stories of every source together, so an item with that many newer ones in its
own feed is never kept. Those items are not parsed at all (a 20,000-item feed cost feedparser
all 20,000): the newest ``keep`` are read, by their dates, whether the feed lists its newest
first, last or in no order; they give the headlines that a feed of only those items gives; the
others are counted (``unread``), not said as a fault. Read in batches when too many to
remember (``feed_subset.MAX_REMEMBERED``), in one parse of the chosen items otherwise."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import pytest
from feed_split_parts import NOW, nothing_remembered, src, whole  # noqa: F401 (an autouse fixture)

from tui.core.config_types import SourceConfig
from tui.sources import feed_batches, feed_document, feed_subset, feeds, registry


def item(i: int) -> str:
    """Item ``i``, published ``i`` minutes before the fetch (a bigger ``i`` is older)."""
    when = (NOW - timedelta(minutes=i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    return (
        f"<item><title>Copper cathode shipment {i} cleared at Antwerp</title>"
        f"<link>https://example.org/news/{i}</link><guid>g-{i}</guid>"
        f"<description>Shipment &lt;b&gt;{i}&lt;/b&gt; of the week</description>"
        f"<pubDate>{when}</pubDate></item>"
    )


def document(order: list[int]) -> bytes:
    items = "\n".join(item(i) for i in order)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Metals wire</title><link>https://example.org/</link>\n{items}\n"
        "</channel></rss>"
    ).encode()


def orders(n: int) -> dict[str, list[int]]:
    shuffled = list(range(n))
    random.Random(7).shuffle(shuffled)
    return {
        "newest first": list(range(n)),
        "oldest first": list(range(n))[::-1],
        "no order": shuffled,
    }


def rows(result: feeds.ParseResult) -> list[tuple[Any, ...]]:
    return [(h.title, h.url, h.published, h.summary, h.outlet, h.guid) for h in result.headlines]


def counted_entries(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The entries of each feedparser parse from now on."""
    seen: list[int] = []
    real = feed_document.parse

    def parse(data: bytes, headers: dict[str, str]) -> Any:
        doc = real(data, headers)
        seen.append(len(doc.get("entries") or []))
        return doc

    monkeypatch.setattr(feed_document, "parse", parse)
    return seen


@pytest.mark.parametrize("batched", [False, True], ids=["one parse", "batches"])
@pytest.mark.parametrize("name", ["newest first", "oldest first", "no order"])
def test_only_the_newest_max_stories_items_are_parsed(
    name: str, batched: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    n, keep = 300, 120
    if batched:  # too many to remember: the newest read a batch at a time
        monkeypatch.setattr(feed_subset, "MAX_REMEMBERED", 50)
        monkeypatch.setattr(feed_batches, "BATCH", 20)
    order = orders(n)[name]
    data = document(order)
    newest = [i for i in order if i < keep]  # the keep newest, in the feed's own order
    want = rows(whole(document(newest), monkeypatch))
    assert len(want) == keep

    seen = counted_entries(monkeypatch)
    got = feeds.parse(data, src(), fetched_at=NOW, keep=keep)
    assert rows(got) == want
    assert sum(seen) == keep  # feedparser never read an item past max_stories
    if batched and name != "no order":  # one run of consecutive items, 20 at a time
        assert seen == [20] * (keep // 20)
    assert got.unread == n - keep and got.warning is None


def test_the_source_max_items_still_decides_when_it_is_fewer() -> None:
    data = document(orders(300)["oldest first"])
    got = feeds.parse(data, src(max_items=50), fetched_at=NOW, keep=120)
    assert [h.guid for h in got.headlines] == [f"g-{i}" for i in range(49, -1, -1)]
    assert got.warning == "the newest 50 of 300 items taken (max_items)" and got.unread == 0
    # and max_stories decides when it is the fewer
    got = feeds.parse(data, src(max_items=200), fetched_at=NOW, keep=120)
    assert len(got.headlines) == 120 and got.unread == 180 and got.warning is None


def test_a_feed_within_max_stories_is_read_whole() -> None:
    data = document(orders(80)["oldest first"])
    got = feeds.parse(data, src(), fetched_at=NOW, keep=120)
    assert len(got.headlines) == 80 and got.unread == 0 and got.warning is None


def test_items_without_dates_keep_the_feeds_own_order() -> None:
    """With an item's date unreadable, the first ``keep`` are taken (a feed lists its newest
    first), as ``max_items`` does."""
    data = document(orders(60)["oldest first"]).replace(
        b"<pubDate>", b"<pubDate>soon ", 1
    )  # the first item's date unreadable
    got = feeds.parse(data, src(), fetched_at=NOW, keep=20)
    assert [h.guid for h in got.headlines] == [f"g-{i}" for i in range(59, 39, -1)]


def test_registry_bounds_a_feed_by_keep_and_no_other_kind() -> None:
    data = document(orders(50)["oldest first"])
    feed = SourceConfig("wire", "rss", "https://example.org/feed.xml", None, None, {})
    got = registry.parse(feed, data, fetched_at=NOW, keep=10)
    assert len(got.headlines) == 10 and got.unread == 40
    assert registry.KEEP_BOUNDED == frozenset({"rss"})
