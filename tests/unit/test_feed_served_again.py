"""A feed served again with less in it, from a real HTTP server on 127.0.0.1: what the first
answer gave stays what the user sees. An item served again under its link with an empty title
(or one that says nothing) keeps the title already stored, not a stand-in made from its text.
"""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

from refresh_servers import Clock, RawServer, make_config, opened, send, served_twice

from tui.flow.refresh import Refresher

CHANNEL = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'


def feed(*items: bytes) -> bytes:
    return CHANNEL + b"".join(items) + b"</channel></rss>"


def item(title: str, link: str, text: str) -> bytes:
    return (
        f"<item><title>{title}</title><link>{link}</link><description>{text}</description>"
        "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>"
    ).encode()


FIRST = feed(
    item("Chile raises copper export royalty", "https://ex.com/1", "Santiago said on Monday."),
    item("Zinc smelter restarts", "https://ex.com/2", "The plant is back."),
)
# the same items under the same links, the first one's title lost (a CMS glitch: blank, "...")
AGAIN = feed(
    item("  ", "https://ex.com/1", "Officials in Santiago said on Monday the rate rises."),
    item("...", "https://ex.com/2", "The plant is back."),
)


async def test_an_item_served_again_without_its_title_keeps_the_stored_title(
    tmp_path: Path,
) -> None:
    stored = {h.url: h.title for h in await served_twice(tmp_path, FIRST, AGAIN)}
    assert stored == {
        "https://ex.com/1": "Chile raises copper export royalty",
        "https://ex.com/2": "Zinc smelter restarts",
    }


async def test_a_gdelt_article_served_again_without_its_title_keeps_the_stored_title(
    tmp_path: Path,
) -> None:
    def answer_of(title: str) -> bytes:
        article = {"url": "https://ex.com/g", "title": title, "seendate": "20260302T080000Z"}
        return json.dumps({"articles": [article]}).encode()

    bodies = [b""]

    async def answer(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, bodies[0], content_type="application/json")

    srv = RawServer({"/api": answer})
    await srv.start()
    clock = Clock()
    try:
        with opened(tmp_path) as store:
            config = make_config([{"name": "gdelt", "kind": "gdelt", "url": srv.url("/api")}])
            for title in ("Indonesia halts nickel ore exports", "..."):  # "...": says nothing
                bodies[0] = answer_of(title)
                # a refresher each: GDELT's 5 s between requests is kept within one
                refresher = Refresher(config, store, clock=clock)
                try:
                    outcome = (await refresher.run())[0]
                finally:
                    await refresher.aclose()
                assert outcome.ok and outcome.error is None
                clock.now += timedelta(hours=1)
            stored = [h.title for h in store.load_headlines()]
    finally:
        await srv.stop()
    assert stored == ["Indonesia halts nickel ore exports"]
