"""A big feed read by feedparser a batch of items at a time (``tui.sources.feed_batches``, the
entries made into headlines in two steps by ``tui.sources.feed_entries``) gives the headlines
and warnings the whole document gives: on every real and synthetic feed fixture cut into
batches of one, two and three items, on big generated feeds, and where the titles' pass needs
every title (a " - Publisher" suffix shared by the feed's titles but absent from a whole batch).
No more than one batch of entries is alive at once; a batch that does not read surely, and a
document expat rejects, are parsed whole with the messages they had."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from feed_split_parts import NOW, nothing_remembered, src, whole  # noqa: F401 (an autouse fixture)

from tui.sources import feed_batches, feed_document, feed_items, feed_subset, feeds

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import gen_feed  # noqa: E402
import gen_files  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
SHARED = Path("/work/shared/fixtures/real/feeds")
FIXTURES = sorted(HERE.glob("*.xml")) + sorted(SHARED.glob("*.xml") if SHARED.is_dir() else [])


def batched_ones() -> list[Path]:
    """The fixtures that are read in batches once they count as big: split surely, and whole
    to expat."""
    out = []
    for path in FIXTURES:
        data = path.read_bytes()
        if feed_items.spans(data) is not None and feed_items.well_formed(data):
            out.append(path)
    return out


BATCHED = batched_ones()


def batched(
    data: bytes, monkeypatch: pytest.MonkeyPatch, size: int, **options: Any
) -> tuple[feeds.ParseResult, list[int]]:
    """The parse of ``data`` counted as a big feed, read ``size`` items at a time; and the
    number of entries of each document feedparser made."""
    made: list[int] = []
    parse = feed_document.parse

    def counted(d: bytes, h: dict[str, str]) -> Any:
        doc = parse(d, h)
        made.append(len(doc.get("entries") or []))
        return doc

    with monkeypatch.context() as m:
        m.setattr(feed_subset, "MAX_REMEMBERED", 0)
        m.setattr(feed_batches, "BATCH", size)
        m.setattr(feed_document, "parse", counted)
        got = feeds.parse(data, src(**options), fetched_at=NOW)
    return got, made


def test_most_fixtures_are_read_in_batches() -> None:
    assert len(FIXTURES) >= 16 and len(BATCHED) >= len(FIXTURES) - 3


@pytest.mark.parametrize("size", [1, 2, 3])
@pytest.mark.parametrize("path", BATCHED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_fixture_read_in_batches_gives_the_whole_documents_headlines(
    path: Path, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = path.read_bytes()
    items = len(feed_items.spans(data) or [])
    try:
        want: feeds.ParseResult | str = whole(data, monkeypatch)
    except feeds.SourceError as exc:
        want = str(exc)
    try:
        got: feeds.ParseResult | str
        got, made = batched(data, monkeypatch, size)
    except feeds.SourceError as exc:
        got, made = str(exc), []
    assert got == want
    if made:  # read in batches, never more than one batch of entries at once
        assert made == [min(size, items - i) for i in range(0, items, size)]


def titled_feed(titles: list[str], link: str = "https://wire.example.org/") -> bytes:
    items = [
        f"<item><title>{t}</title><link>https://wire.example.org/a/{i}</link>"
        f"<pubDate>{(NOW - timedelta(minutes=i)).strftime('%a, %d %b %Y %H:%M:%S GMT')}"
        f"</pubDate><description>Body {i} of the day</description></item>"
        for i, t in enumerate(titles)
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire</title><link>{link}</link>\n" + "\n".join(items) + "\n</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("titles", "stripped"),
    [
        # the shared tail only in the later batches: the first batch alone would not strip it
        (
            ["Copper output rises at Chilean mine"] * 3
            + [f"Nickel exports {i} halted by Jakarta - Metal Bulletin Daily" for i in range(15)],
            True,
        ),
        # the shared tail in the first batches only, the rest without: 80% across the feed
        (
            [f"Zinc smelter {i} cuts output in Hunan - Asia Metals Wire" for i in range(16)]
            + ["Aluminium tariff raised by Ottawa", "Tin price slides on Jakarta supply"]
            + [f"Cobalt {i} quota set by Kinshasa - Asia Metals Wire" for i in range(2)],
            True,
        ),
        # a tail in most batches but under 80% of all titles: kept whole in every batch (a
        # tail not written as an outlet's name: "Desk" is no word outlets are named with, so
        # only the shared-tail rule could strip it; tests/unit/test_feed_outlet_names.py)
        (
            [f"Lithium permit {i} granted by Santiago - Andes Mining Desk" for i in range(12)]
            + [f"Silver refinery {i} reopens in Lima" for i in range(8)],
            False,
        ),
    ],
    ids=["late-shared", "early-shared", "under-80"],
)
@pytest.mark.parametrize("size", [2, 3, 7])
def test_the_titles_pass_sees_every_batch(
    titles: list[str], stripped: bool, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = titled_feed(titles)
    want = whole(data, monkeypatch)
    got, made = batched(data, monkeypatch, size)
    assert got == want and max(made) <= size
    suffixed = [h for h, t in zip(got.headlines, titles, strict=True) if " - " in t]
    assert all((" - " not in h.title) == stripped for h in suffixed)


def test_a_google_news_feed_read_in_batches_is_read_as_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    titles = [f"Copper tariff {i} weighed by Washington - Some Outlet {i % 4}" for i in range(9)]
    data = titled_feed(titles, link="https://news.google.com/rss?hl=en")
    want = whole(data, monkeypatch)
    got, _ = batched(data, monkeypatch, 2)
    assert got == want
    assert all(" - " not in h.title and not h.summary for h in got.headlines)


@pytest.mark.parametrize("titles", ["near", "mixed", "varied"])
def test_a_big_generated_feed_reads_the_same_in_batches(
    titles: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = gen_feed.feed(1200, titles)
    want = whole(data, monkeypatch)
    got, made = batched(data, monkeypatch, 500)
    assert made == [500, 500, 200]
    assert got == want and len(got.headlines) == 1200


def test_the_owners_feed_reads_the_same_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The owner's kind of feed (``gen_files.write_feed``: a third with a summary, a guid, a
    year of dates) past ``MAX_REMEMBERED`` as it is: read in batches of ``BATCH``."""
    path = tmp_path / "news.xml"
    gen_files.write_feed(path, feed_subset.MAX_REMEMBERED + 700, now=NOW)
    data = path.read_bytes()
    made: list[int] = []
    parse = feed_document.parse

    def counted(d: bytes, h: dict[str, str]) -> Any:
        doc = parse(d, h)
        made.append(len(doc.get("entries") or []))
        return doc

    with monkeypatch.context() as m:
        m.setattr(feed_document, "parse", counted)
        got = feeds.parse(data, src(), fetched_at=NOW)
    assert max(made) == feed_batches.BATCH and sum(made) == feed_subset.MAX_REMEMBERED + 700
    assert got == whole(data, monkeypatch)


def test_a_batch_that_does_not_read_surely_has_the_feed_parsed_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (HERE / "guardian_us.rss.xml").read_bytes()
    want = whole(data, monkeypatch)
    parse = feed_document.parse
    calls: list[int] = []

    def short_third(d: bytes, h: dict[str, str]) -> Any:
        doc = parse(d, h)
        calls.append(len(doc["entries"]))
        if len(calls) == 3:  # the third batch loses an entry: not the item count
            doc["entries"] = doc["entries"][:-1]
        return doc

    with monkeypatch.context() as m:
        m.setattr(feed_subset, "MAX_REMEMBERED", 0)
        m.setattr(feed_batches, "BATCH", 10)
        m.setattr(feed_document, "parse", short_third)
        got = feeds.parse(data, src(), fetched_at=NOW)
    assert calls[:3] == [10, 10, 10] and calls[3] == 55  # then the whole document
    assert got == want


def test_a_big_feed_expat_rejects_is_parsed_whole_with_its_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (HERE / "guardian_us.rss.xml").read_bytes()
    at = data.index(b"<title>", data.index(b"<item>", data.index(b"<item>") + 9))
    bad = data[:at] + b"<title>Tin < lead</title>" + data[at:]
    got, made = batched(bad, monkeypatch, 5)
    assert made == [55]  # one parse, of the whole document
    assert got == whole(bad, monkeypatch)
    assert got.warning is not None and got.warning.startswith("ill-formed XML (line")


@pytest.mark.parametrize(
    ("content_type", "encoding", "declared", "batched"),
    [
        ("text/plain", "utf-8", True, True),  # feedparser's note: a non-XML content type
        ("application/rss+xml; charset=iso-8859-1", "iso-8859-1", True, True),
        ("text/xml; charset=windows-1252", "windows-1252", True, True),
        # said by the header only: expat reads the bytes as UTF-8 and rejects them, so the
        # document is parsed whole (feedparser takes the header's charset), as before
        ("application/rss+xml; charset=iso-8859-1", "iso-8859-1", False, False),
    ],
    ids=["text-plain", "latin-1", "cp1252", "latin-1-by-header-only"],
)
def test_the_response_headers_read_every_batch_as_the_whole_document(
    content_type: str,
    encoding: str,
    declared: bool,
    batched: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    titles = [f"Caf\u00e9 m\u00e9tal n\u00b0{i} \u2014 cuivre et \u00e9tain" for i in range(7)]
    named = f' encoding="{encoding}"' if declared else ""
    body = titled_feed(titles).replace(b' encoding="utf-8"', named.encode())
    data = body.decode().encode(encoding, "replace")
    headers = {"content-type": content_type}

    made: list[int] = []
    parse_doc = feed_document.parse

    def counted(d: bytes, h: dict[str, str]) -> Any:
        doc = parse_doc(d, h)
        made.append(len(doc.get("entries") or []))
        return doc

    def parse(whole: bool) -> feeds.ParseResult:
        with monkeypatch.context() as m:
            m.setattr(feed_document, "parse", counted)
            if whole:
                m.setattr(feed_items, "spans", lambda _data: None)
            else:
                m.setattr(feed_subset, "MAX_REMEMBERED", 0)
                m.setattr(feed_batches, "BATCH", 2)
            return feeds.parse(data, src(), fetched_at=NOW, headers=headers)

    want = parse(whole=True)
    got = parse(whole=False)
    assert made == ([7, 2, 2, 2, 1] if batched else [7, 7])  # whole, then the batches
    assert got == want and got.headlines[0].title.startswith("Caf\u00e9 m\u00e9tal")
