"""A feed whose body starts with kilobytes of blank lines (a template's loop writing one per
pass), from a real HTTP server on 127.0.0.1: the feed is read, and an HTML page so served is
named as one, not refused as "plain text" with nothing to show.
"""

from __future__ import annotations

from pathlib import Path

from refresh_servers import served_once

FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
    b"<item><title>Chile raises copper export royalty</title><link>https://ex.com/1</link>"
    b"<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item></channel></rss>"
)


async def test_a_feed_after_many_blank_lines_is_read(tmp_path: Path) -> None:
    """A template's loop that writes a blank line per pass puts kilobytes of them before the
    XML declaration: the feed is read, not refused as plain text with nothing to show."""
    outcome, stored = await served_once(
        tmp_path, b"\r\n" * 6000 + FEED, "application/rss+xml; charset=utf-8"
    )
    assert outcome.ok and outcome.error is None, outcome.error
    assert stored == ["Chile raises copper export royalty"]


async def test_an_html_page_after_many_blank_lines_is_named(tmp_path: Path) -> None:
    page = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>Log in</body></html>"
    outcome, stored = await served_once(tmp_path, b"\n" * 6000 + page, "text/html")
    assert not outcome.ok and outcome.error == "expected a feed, got an HTML page"
    assert stored == []
