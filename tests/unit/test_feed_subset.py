"""feedparser on some items only (``tui.sources.feed_items``, ``tui.sources.feed_subset``): the
entries and headlines are the ones the whole document gives, on every real and synthetic feed
fixture (Atom, RSS 0.91/1.0/2.0, CDATA, entities, xml:base, windows-1252), whichever items were
read before; a feed over its ``max_items`` keeps its newest; what cannot be split surely, and
a damaged document, is parsed whole with the messages it had."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from feed_split_parts import NOW, nothing_remembered, src, whole  # noqa: F401 (an autouse fixture)

from tui.sources import feed_document, feed_items, feed_subset, feeds

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
SHARED = Path("/work/shared/fixtures/real/feeds")
FIXTURES = sorted(HERE.glob("*.xml")) + sorted(SHARED.glob("*.xml") if SHARED.is_dir() else [])
SPLITTABLE = [p for p in FIXTURES if feed_items.split(p.read_bytes()) is not None]


def without(data: bytes, drop: set[int]) -> bytes:
    parts = feed_items.split(data)
    assert parts is not None
    return parts.with_items([x for i, x in enumerate(parts.items) if i not in drop])


def test_the_fixtures_split_are_most_of_them() -> None:
    assert len(FIXTURES) >= 16 and len(SPLITTABLE) >= len(FIXTURES) - 2
    for path in SPLITTABLE:
        data = path.read_bytes()
        parts = feed_items.split(data)
        assert parts is not None
        assert len(parts.items) == len(feed_document.parse(data, {})["entries"]), path.name


@pytest.mark.parametrize("path", SPLITTABLE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_entries_read_in_part_are_the_whole_documents(path: Path) -> None:
    """Odd items read first (remembered), then the whole feed: its even items go to
    feedparser with the head and tail, the odd ones come from memory; the same entries."""
    data = path.read_bytes()
    n = len(feed_items.split(data).items)  # type: ignore[union-attr]
    want = feed_document.parse(data, {})
    if n > 1:
        feed_subset.read(without(data, set(range(0, n, 2))), {}, "k", 10_000)
    got = feed_subset.read(data, {}, "k", 10_000)
    assert got.reused == (n // 2 if n > 1 and feed_items.well_formed(data) else 0)
    assert got.parsed["entries"] == want["entries"]
    assert got.parsed["feed"] == want["feed"] and got.parsed["version"] == want["version"]
    assert bool(got.parsed["bozo"]) == bool(want["bozo"])


@pytest.mark.parametrize("path", SPLITTABLE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_headlines_read_in_part_are_the_whole_documents(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = path.read_bytes()
    n = len(feed_items.split(data).items)  # type: ignore[union-attr]
    first = without(data, {0}) if n > 1 else data  # the newest item new at the next refresh
    feeds.parse(first, src(), fetched_at=NOW)
    for body in (data, without(data, {n - 1}) if n > 1 else data):  # one new, one gone
        got = feeds.parse(body, src(), fetched_at=NOW)
        assert got == whole(body, monkeypatch)


def test_a_refresh_reads_only_its_new_items(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (HERE / "guardian_us.rss.xml").read_bytes()
    read_items: list[int] = []
    parse = feed_document.parse

    def counted(d: bytes, h: dict[str, str]) -> Any:
        read_items.append(d.count(b"<item>"))
        return parse(d, h)

    monkeypatch.setattr(feed_document, "parse", counted)
    feeds.parse(without(data, {0, 1}), src(), fetched_at=NOW)
    later = data.replace(b"<pubDate>Wed, 31 Jan 2018 20:15:15 GMT", b"<pubDate>Thu, 1 Feb 2018")
    got = feeds.parse(later, src(), fetched_at=NOW)
    assert read_items == [53, 2]  # the channel's own date changed: no matter
    assert got == whole(later, monkeypatch)


def test_a_changed_context_reads_every_item_again(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (HERE / "atom_updated_xmlbase_SYNTHETIC.xml").read_bytes()
    feeds.parse(data, src(), fetched_at=NOW)
    moved = data.replace(b'xml:base="', b'xml:base="https://mirror.example.net/x/', 1)
    assert moved != data
    first = feed_subset.read(moved, {}, "https://example.org/feed.xml", 100)
    assert first.reused == 0
    feed_subset.forget_all()
    assert feeds.parse(moved, src(), fetched_at=NOW) == whole(moved, monkeypatch)


def _dated_feed(dates: list[str | None], extra: bytes = b"") -> bytes:
    items = []
    for i, when in enumerate(dates):
        date = b"<pubDate>%s</pubDate>" % when.encode() if when else b""
        items.append(
            b"<item><title>Copper item number %d of the day</title>"
            b"<link>https://news.example.org/a/%d</link>%s</item>" % (i, i, date)
        )
    return (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        + extra
        + b"\n".join(items)
        + b"</channel></rss>"
    )


def _rfc(hours: int) -> str:
    return (NOW - timedelta(hours=hours)).strftime("%a, %d %b %Y %H:%M:%S GMT")


def test_a_feed_over_its_limit_keeps_its_newest_by_date(monkeypatch: pytest.MonkeyPatch) -> None:
    order = [7, 2, 11, 0, 5, 9, 1, 3, 10, 4, 8, 6]  # hours old, in the document's order
    data = _dated_feed([_rfc(h) for h in order])
    got = feeds.parse(data, src(max_items=4), fetched_at=NOW)
    keep = sorted(order.index(h) for h in (0, 1, 2, 3))  # in the document's order
    assert [h.url for h in got.headlines] == [f"https://news.example.org/a/{i}" for i in keep]
    assert got.warning == "the newest 4 of 12 items taken (max_items)"
    assert got == whole(data, monkeypatch, max_items=4)  # the whole parse keeps the same four
    assert len(feeds.parse(data, src(), fetched_at=NOW).headlines) == 12  # default: 2,000


def test_a_feed_over_its_limit_with_an_undated_item_keeps_its_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _dated_feed([_rfc(5), None, _rfc(1), _rfc(0), _rfc(2)])
    got = feeds.parse(data, src(max_items=2), fetched_at=NOW)
    assert [h.url for h in got.headlines] == [f"https://news.example.org/a/{i}" for i in (0, 1)]
    assert got == whole(data, monkeypatch, max_items=2)


@pytest.mark.parametrize(
    "when",
    [
        "Sun, 23 Aug 2026 11:59:58 GMT",
        "23 Aug 2026 11:59 +0200",
        "Sun, 23 Aug 2026 11:59:58 -0530",
        "Sun, 23 Aug 2026 11:59:58 EST",
        "2026-08-23T11:59:58+02:00",
        "2026-08-23T11:59:58Z",
        "<![CDATA[ Sun, 23 Aug 2026 11:59:58 GMT ]]>",
    ],
)
def test_an_items_date_read_from_its_bytes_is_feedparsers(when: str) -> None:
    item = b"<item><title>t</title><pubDate>%s</pubDate></item>" % when.encode()
    doc = b'<rss version="2.0"><channel>' + item + b"</channel></rss>"
    (entry,) = feed_document.parse(doc, {})["entries"]
    assert feed_subset._chunk_date(item) == feed_subset._entry_date(entry)


@pytest.mark.parametrize(
    "body",
    [
        b"<rss><channel><item><title>a</title></item><foo/><item><title>b</title></item></channel></rss>",
        b"<rss><channel><item><title>a</title><item>b</item></item></channel></rss>",
        b"<rss><channel><item/><item><title>b</title></item></channel></rss>",
        b"<feed><entry><title>a</title></entry><item><title>b</title></item></feed>",
        b'<!DOCTYPE rss [<!ENTITY x "y">]><rss><channel><item>&x;</item></channel></rss>',
        b"<rss><channel><item><title>a</title></item><item><title>cut off he",
        b"<rss><channel><title>no items</title></channel></rss>",
    ],
    ids=["between", "nested", "self-closed", "two-names", "subset", "cut", "none"],
)
def test_what_cannot_be_split_surely_is_not(body: bytes) -> None:
    assert feed_items.split(body) is None


def test_markup_inside_cdata_comments_and_instructions_does_not_end_an_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        b"<!-- <item><title>not one</title></item> -->"
        b"<item><title>Copper first</title><description><![CDATA[a </item> b <item>]]>"
        b"</description><link>https://n.example/1</link></item>"
        b"<item><?pi </item>?><title>Nickel &amp; tin second</title><link>https://n.example/2</link></item>"
        b"</channel></rss>"
    )
    parts = feed_items.split(body)
    assert parts is not None and len(parts.items) == 2 and b"CDATA" in parts.items[0]
    feeds.parse(without(body, {0}), src(), fetched_at=NOW)
    got = feeds.parse(body, src(), fetched_at=NOW)
    assert got == whole(body, monkeypatch) and len(got.headlines) == 2


def test_a_body_bad_mid_feed_is_parsed_whole_with_its_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (HERE / "guardian_us.rss.xml").read_bytes()
    feeds.parse(data, src(), fetched_at=NOW)  # every item remembered
    at = data.index(b"<title>", data.index(b"<item>", data.index(b"<item>") + 9))
    bad = data[:at] + b"<title>Tin < lead</title>" + data[at:]
    assert not feed_items.well_formed(bad)
    got = feeds.parse(bad, src(), fetched_at=NOW)
    assert got == whole(bad, monkeypatch)
    assert got.warning is not None and got.warning.startswith("ill-formed XML (line")


def test_a_truncated_body_is_parsed_whole_its_cut_item_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (HERE / "guardian_us.rss.xml").read_bytes()
    feeds.parse(data, src(), fetched_at=NOW)
    cut = data[: data.rindex(b"<item>") + 60]
    got = feeds.parse(cut, src(), fetched_at=NOW)
    assert got == whole(cut, monkeypatch) and len(got.headlines) == 54
    assert got.warning is not None and got.warning.endswith("the last one, cut off, left out")


def test_a_non_utf8_feed_reads_the_same_in_part(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [
        f"<item><title>Caf\u00e9 m\u00e9tal n\u00b0{i} \u2014 prix</title>"
        f"<link>https://n.example/{i}</link></item>"
        for i in range(4)
    ]
    for enc in ("iso-8859-1", "windows-1252"):
        text = f'<?xml version="1.0" encoding="{enc}"?><rss version="2.0"><channel><title>W</title>'
        body = (text + "".join(items) + "</channel></rss>").encode(enc, "replace")
        feed_subset.forget_all()
        feeds.parse(without(body, {0, 2}), src(), fetched_at=NOW)
        got = feeds.parse(body, src(), fetched_at=NOW)
        assert got == whole(body, monkeypatch) and "Café" in got.headlines[0].title


def test_a_truncated_feed_over_its_limit_leaves_out_its_cut_item_only() -> None:
    order = [7, 2, 11, 0, 5, 9, 1, 3, 10, 4, 8, 6]
    data = _dated_feed([_rfc(h) for h in order])
    cut = data[: data.rindex(b"<item>") + 30]  # the last item (6 hours old) cut in its title
    got = feeds.parse(cut, src(max_items=4), fetched_at=NOW)
    keep = sorted(order.index(h) for h in (0, 1, 2))  # the newest three whole ones
    assert [h.url for h in got.headlines] == [f"https://news.example.org/a/{i}" for i in keep]
    assert got.warning is not None and "the last one, cut off, left out" in got.warning
    assert got.warning.endswith("the newest 4 of 12 items taken (max_items)")


def test_a_feed_past_the_memory_bound_is_not_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """What is remembered stays bounded: a feed of more items than MAX_REMEMBERED keeps none
    (the owner's 20,000-item feed would hold ~35 MB for the app's whole run) and reads as the
    whole parse at every changed body; a smaller feed is remembered, the bigger one's entries
    never pushing it out."""
    big = max(SPLITTABLE, key=lambda p: len(feed_items.split(p.read_bytes()).items))  # type: ignore[union-attr]
    data = big.read_bytes()
    count = len(feed_items.split(data).items)  # type: ignore[union-attr]
    assert count >= 4
    monkeypatch.setattr(feed_subset, "MAX_REMEMBERED", count - 1)
    assert feeds.parse(data, src(), fetched_at=NOW) == whole(data, monkeypatch)
    assert not feed_subset._MEMO
    small = without(data, {0})  # count - 1 items: within the bound
    feeds.parse(small, src(), fetched_at=NOW)
    assert sum(len(m.entries) for m in feed_subset._MEMO.values()) == count - 1
    changed = without(data, {1})
    assert feeds.parse(changed, src(), fetched_at=NOW) == whole(changed, monkeypatch)
