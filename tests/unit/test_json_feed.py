"""JSON Feed (jsonfeed.org, versions 1 and 1.1), a feed format sites publish beside or instead
of RSS (``feed.json``, ``application/feed+json``). feedparser 6.0 does not read it, and an rss
source pointed at one failed with "expected a feed, got JSON". Its items become headlines as an
RSS feed's do: titles and summaries cleaned of markup and control characters, links checked,
dates read in UTC or estimated; JSON of any other kind is still refused.

The documents follow the examples of the JSON Feed 1.1 specification (synthetic)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.feeds import parse

UTC = timezone.utc
FETCHED = datetime(2026, 12, 5, 7, 0, tzinfo=UTC)
SRC = SourceConfig(name="json", kind="rss", url="https://example.org/feed.json")


def _feed(items: list[dict[str, object]], version: str = "1.1") -> bytes:
    return json.dumps(
        {
            "version": f"https://jsonfeed.org/version/{version}",
            "title": "Metals Wire",
            "home_page_url": "https://example.org/",
            "feed_url": "https://example.org/feed.json",
            "items": items,
        }
    ).encode("utf-8")


@pytest.mark.parametrize("version", ["1", "1.1"])
def test_items_become_headlines(version: str) -> None:
    body = _feed(
        [
            {
                "id": "https://example.org/2026/12/04/copper",
                "url": "https://example.org/2026/12/04/copper",
                "title": "Chile raises copper export tax to 5%",
                "content_html": "<p>The <b>tax</b> takes effect on January 1.</p>",
                "date_published": "2026-12-04T10:00:00+01:00",
                "date_modified": "2026-12-04T12:30:00+01:00",
            },
            {
                "id": "42",
                "external_url": "https://news.example.com/nickel",
                "title": "Indonesia extends nickel ore export ban",
                "summary": "The ban stays until 2028.",
            },
        ],
        version,
    )
    result = parse(body, SRC, fetched_at=FETCHED)
    copper, nickel = result.headlines
    assert result.warning is None
    assert copper.title == "Chile raises copper export tax to 5%"
    assert copper.url == "https://example.org/2026/12/04/copper"
    assert copper.summary == "The tax takes effect on January 1."
    assert copper.published == datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    assert not copper.date_estimated
    assert copper.outlet == "Metals Wire"
    assert nickel.url == "https://news.example.com/nickel"
    assert nickel.summary == "The ban stays until 2028."
    assert nickel.published == FETCHED and nickel.date_estimated  # no date: estimated
    assert nickel.guid == "42"


def test_hostile_text_and_links_are_cleaned_as_in_rss() -> None:
    body = _feed(
        [
            {
                "id": "1",
                "url": "javascript:alert(1)",
                "title": "Copper \x1b[31mtariff\x1b[0m \u202eraised <script>alert(1)</script>",
                "date_published": "2099-01-01T00:00:00Z",
            },
            {"id": "2", "title": "", "content_text": ""},
        ]
    )
    result = parse(body, SRC, fetched_at=FETCHED)
    (only,) = result.headlines
    assert only.title == "Copper tariff raised"
    assert only.url is None
    assert only.published == FETCHED and only.date_estimated  # far ahead: estimated


def test_an_item_without_title_or_link_fails_like_an_rss_one() -> None:
    with pytest.raises(SourceError, match="no title, link or text"):
        parse(_feed([{"id": "1", "content_text": ""}]), SRC, fetched_at=FETCHED)
    assert parse(_feed([]), SRC, fetched_at=FETCHED).headlines == []


@pytest.mark.parametrize(
    "body",
    [
        b'{"articles": []}',
        b'{"version": "1.1", "items": []}',
        b'[{"title": "x"}]',
    ],
)
def test_other_json_is_still_refused(body: bytes) -> None:
    with pytest.raises(SourceError, match="expected a feed, got JSON"):
        parse(body, SRC, fetched_at=FETCHED)


def test_a_json_feed_cut_off_is_said_so() -> None:
    """A JSON Feed (it names its version) that ends early is cut off, not "other JSON"."""
    body = b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
    with pytest.raises(SourceError, match=r"^JSON Feed: invalid JSON: the answer is cut off"):
        parse(body, SRC, fetched_at=FETCHED)
