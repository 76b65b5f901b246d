"""Titles with a bare ampersand ("S&P 500", "M&A", "Q&A:"), the commonest flaw of hand-made and
CMS feeds, from a real HTTP server on 127.0.0.1: read as written. feedparser's loose parser took
``&P`` for an entity and wrote it back as ``&P;`` ("S&P; 500"). An ampersand inside a CDATA
section is text already, and a reference written whole (``&amp;``, ``&#8217;``, ``&mdash;``)
reads as before.
"""

from __future__ import annotations

from pathlib import Path

from refresh_servers import served_once

TITLES = {
    "S&P 500 miners slide as copper falls": "S&P 500 miners slide as copper falls",
    "Glencore M&A: Q&A on the zinc deal": "Glencore M&A: Q&A on the zinc deal",
    "R&D & output at B&Q-style smelters": "R&D & output at B&Q-style smelters",
    "<![CDATA[AT&T and S&P in CDATA]]>": "AT&T and S&P in CDATA",
    "Nickel &amp; cobalt &#8217;26 &mdash; outlook": "Nickel & cobalt \u201926 \u2014 outlook",
}


def feed() -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>https://ex.com/{i}?a=1&b=2</link>"
        "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>"
        for i, title in enumerate(TITLES)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"{items}</channel></rss>"
    ).encode()


async def test_bare_ampersands_are_read_as_written(tmp_path: Path) -> None:
    outcome, stored = await served_once(tmp_path, feed(), "application/rss+xml")
    assert outcome.ok, outcome.error
    assert sorted(stored) == sorted(TITLES.values())
