"""Entries that carry only text: RSS 2.0 allows an item with a description and no title or
link (news tickers, microblog bridges), Atom readers meet entries with only a summary or
content, and a JSON Feed item needs neither ``title`` nor ``url`` (only its content). Such
entries were left out without a word, and a feed of only such entries failed ("feed entries
have neither titles nor links") though every entry said something. An entry with text is a
story, shown by its text's first words; one with no title, link or text is left out and said on
the source's health line.

Inputs: ``tests/fixtures/feeds/text_only_items_SYNTHETIC.rss.xml`` (made up, see its
PROVENANCE entry) and Atom and JSON Feed bodies written here, all made up."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import feeds
from tui.sources.base import SourceError

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
NOW = datetime(2025, 11, 4, 12, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="ticker", kind="rss", url="https://ticker.example.com/feed.xml")


def test_rss_items_with_only_a_description_are_stories() -> None:
    data = (FEEDS / "text_only_items_SYNTHETIC.rss.xml").read_bytes()
    result = feeds.parse(data, SRC, fetched_at=NOW)
    titles = [h.title for h in result.headlines]
    assert titles == [
        "Indonesia to ban nickel ore exports from January, minister says",
        "China tightens gallium export licences for US buyers",
        "Chile copper output falls 4% in September",
    ]
    first = result.headlines[0]
    assert first.url is None
    assert first.published == datetime(2025, 11, 3, 9, 15, tzinfo=timezone.utc)
    assert not first.date_estimated
    assert result.warning is not None
    assert "1 entry with no title, link or text left out" in result.warning


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Trade wire</title><id>urn:w</id>
<updated>2025-11-03T10:00:00Z</updated>
<entry><id>urn:w:1</id><updated>2025-11-03T08:00:00Z</updated>
<summary>Kazakhstan raises the export duty on copper cathodes to 15%</summary></entry>
<entry><id>urn:w:2</id><updated>2025-11-03T09:00:00Z</updated>
<content type="html">&lt;p&gt;Peru lifts its curbs on zinc concentrate exports&lt;/p&gt;</content></entry>
</feed>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Policy notes",
        "items": [
            {
                "id": "n1",
                "content_text": "Vietnam bans exports of rare earth ore",
                "date_published": "2025-11-03T10:00:00Z",
            },
            {
                "id": "n2",
                "content_html": "<p>EU opens an anti-dumping probe into <em>aluminium</em> foil</p>",
                "date_published": "2025-11-03T11:00:00Z",
            },
            {"id": "n3"},
            "not an item",
        ],
    }
).encode()


@pytest.mark.parametrize(
    ("body", "want", "left_out"),
    [
        (
            ATOM,
            [
                "Kazakhstan raises the export duty on copper cathodes to 15%",
                "Peru lifts its curbs on zinc concentrate exports",
            ],
            0,
        ),
        (
            JSON_FEED,
            [
                "Vietnam bans exports of rare earth ore",
                "EU opens an anti-dumping probe into aluminium foil",
            ],
            2,
        ),
    ],
)
def test_a_feed_of_only_text_entries_is_read(body: bytes, want: list[str], left_out: int) -> None:
    result = feeds.parse(body, SRC, fetched_at=NOW)
    assert [h.title for h in result.headlines] == want
    assert all(not h.date_estimated for h in result.headlines)
    if left_out:
        assert result.warning is not None
        assert f"{left_out} entries with no title, link or text left out" in result.warning


def test_a_feed_whose_entries_say_nothing_still_fails() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><pubDate>Mon, 03 Nov 2025 11:30:00 GMT</pubDate></item><item></item>"
        b"</channel></rss>"
    )
    with pytest.raises(SourceError, match="no title, link or text"):
        feeds.parse(body, SRC, fetched_at=NOW)
