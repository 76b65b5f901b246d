"""A gzip body whose Content-Length is its size once decompressed (a script that set the length
of its output before the server compressed it), from a real HTTP server on 127.0.0.1 that closes
the connection after the body: the compressed stream ended and its check reads, so the feed is
read and its line says what the server announced. A stream cut off under the same header is
still cut off, never read.
"""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path

from refresh_servers import NBC, NBC_TITLE, Clock, RawServer, make_config, opened, rss

from tui.flow.refresh import Outcome, Refresher

PACKED = gzip.compress(NBC)


async def refreshed(tmp_path: Path, sent: bytes) -> tuple[Outcome, list[str]]:
    async def answer(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        w.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {len(NBC)}\r\n\r\n".encode()
            + sent
        )
        await w.drain()  # and the connection closes

    srv = RawServer({"/feed.xml": answer})
    await srv.start()
    try:
        with opened(tmp_path) as store:
            refresher = Refresher(
                make_config([rss("wire", srv.url("/feed.xml"))]), store, clock=Clock()
            )
            try:
                outcome = (await refresher.run())[0]
            finally:
                await refresher.aclose()
            return outcome, [h.title for h in store.load_headlines()]
    finally:
        await srv.stop()


async def test_a_whole_gzip_body_under_its_decompressed_length_is_read(tmp_path: Path) -> None:
    outcome, stored = await refreshed(tmp_path, PACKED)
    assert outcome.ok and outcome.error is None, outcome.error
    assert stored == [NBC_TITLE]
    assert outcome.warning == (
        f"the server announced {len(NBC):,} bytes, the body's size once decompressed,"
        f" and sent {len(PACKED):,} compressed: read as it is"
    )


async def test_a_cut_gzip_body_under_its_decompressed_length_is_cut_off(tmp_path: Path) -> None:
    outcome, stored = await refreshed(tmp_path, PACKED[:-9])  # its check and size left out
    assert not outcome.ok and stored == []
    assert outcome.error is not None and outcome.error.startswith("the answer was cut off after")
