"""Relative item links of a feed reached through a redirect, from a real HTTP server on
127.0.0.1: resolved against the address the feed was served from (RFC 3986 5.1.3, as a browser
does), not the configured one the server moved away from. A Content-Location the server sends
still decides.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from refresh_servers import Clock, RawServer, make_config, opened, rss, send

from tui.flow.refresh import Refresher

FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
    b"<link>https://www.example.com/</link>"
    b"<item><title>Chile raises copper royalty</title><link>story-1</link></item>"
    b"<item><title>Zinc smelter restarts</title><link>../up/story-2</link></item>"
    b"</channel></rss>"
)


async def links(tmp_path: Path, extra: dict[str, str]) -> tuple[str, dict[str, str | None]]:
    async def moved(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, b"", "301 Moved Permanently", {"Location": "/news/metals/feed.xml"})

    async def feed(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, FEED, headers=extra)

    srv = RawServer({"/feed": moved, "/news/metals/feed.xml": feed})
    await srv.start()
    try:
        with opened(tmp_path) as store:
            refresher = Refresher(
                make_config([rss("wire", srv.url("/feed"))]), store, clock=Clock()
            )
            try:
                assert (await refresher.run())[0].ok
            finally:
                await refresher.aclose()
            return srv.url(""), {h.title: h.url for h in store.load_headlines()}
    finally:
        await srv.stop()


async def test_relative_links_follow_the_redirect(tmp_path: Path) -> None:
    root, got = await links(tmp_path, {})
    assert got == {
        "Chile raises copper royalty": f"{root}/news/metals/story-1",
        "Zinc smelter restarts": f"{root}/news/up/story-2",
    }


async def test_a_content_location_still_decides(tmp_path: Path) -> None:
    _, got = await links(tmp_path, {"Content-Location": "https://cdn.example.net/a/b/feed.xml"})
    assert got["Chile raises copper royalty"] == "https://cdn.example.net/a/b/story-1"
