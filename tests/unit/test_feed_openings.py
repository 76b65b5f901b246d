"""How a feed's body opens: blank lines before the XML declaration (a script whose output starts
with a newline) made feedparser's strict parser fail the feed, read then by the loose one with an
"ill-formed XML (line 4: XML or text declaration not at start of entity)" warning on the health
line for a sound feed; they are dropped. A body with no markup at all (a server's "Service
temporarily unavailable") failed as "not a feed: line 2: syntax error", a line its one line does
not have; it says what came. Served by a real loopback server through ``fetch``, then parsed."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from pytest_httpserver import HTTPServer

from tui.core.config_types import SourceConfig
from tui.flow.http import HttpSettings, fetch, make_client
from tui.sources.base import SourceError
from tui.sources.feeds import ParseResult, parse

FAST = HttpSettings(timeout=5.0, connect_timeout=2.0, read_timeout=5.0)
FETCHED = datetime(2026, 12, 5, 7, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="news", kind="rss", url="https://example.org/feed")
FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
    b"<item><title>Chile raises copper export tax</title><link>https://example.org/a</link>"
    b"<pubDate>Fri, 04 Dec 2026 10:00:00 GMT</pubDate></item></channel></rss>"
)


async def _served(httpserver: HTTPServer, body: bytes) -> ParseResult:
    httpserver.expect_request("/feed").respond_with_data(body, content_type="application/rss+xml")
    async with make_client(FAST, None) as client:
        got = await fetch(client, httpserver.url_for("/feed"), settings=FAST)
    return parse(got.content, SRC, fetched_at=FETCHED, headers=got.headers)


@pytest.mark.parametrize("opening", [b"\n", b"\r\n\r\n   ", b"\xef\xbb\xbf\n", b"\t \n"], ids=repr)
async def test_blank_lines_before_the_declaration_are_no_flaw(
    httpserver: HTTPServer, opening: bytes
) -> None:
    result = await _served(httpserver, opening + FEED)
    assert [h.title for h in result.headlines] == ["Chile raises copper export tax"]
    assert result.warning is None


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            b"Service temporarily unavailable. Please retry.",
            "expected a feed, got plain text: 'Service temporarily unavailable. Please retry.'",
        ),
        (
            b"Error 1020\nAccess denied\nRay ID: 8f\x1b[2J\n",
            "expected a feed, got plain text: 'Error 1020 Access denied Ray ID: 8f[2J'",
        ),
    ],
)
async def test_a_body_of_plain_text_says_what_came(
    httpserver: HTTPServer, body: bytes, said: str
) -> None:
    with pytest.raises(SourceError) as info:
        await _served(httpserver, body)
    assert str(info.value) == said


async def test_text_before_the_feed_still_gives_its_entries(httpserver: HTTPServer) -> None:
    """A PHP notice printed before the document is a flaw, said; the entries are used."""
    result = await _served(httpserver, b"Deprecated: create_function() in feed.php\n" + FEED)
    assert [h.title for h in result.headlines] == ["Chile raises copper export tax"]
    assert result.warning is not None and result.warning.startswith("ill-formed XML")
