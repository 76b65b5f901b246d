"""A server whose answer's headers never end (a header line of 2 MB, or header after header),
from a real HTTP server on 127.0.0.1: the source fails at once, its memory bounded by the HTTP
parser's limit, and says the headers ran on. Before, it said only "the server sent a broken
response", the words of any malformed answer.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from refresh_servers import Handler, RawServer, refreshed_once, rss


async def _long_line(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    w.write(b"HTTP/1.1 200 OK\r\nX-Junk: " + b"a" * 2_000_000 + b"\r\nContent-Length: 2\r\n\r\nok")
    await w.drain()


async def _many(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    w.write(b"HTTP/1.1 200 OK\r\n")
    for block in range(100):  # 1,000 headers a write: past the parser's limit at once
        w.write("".join(f"X-H{block}-{i}: v\r\n" for i in range(1000)).encode())
        await w.drain()


@pytest.mark.parametrize("handler", [_long_line, _many], ids=["one long line", "many lines"])
async def test_headers_that_never_end_are_said(tmp_path: Path, handler: Handler) -> None:
    outcome, _ = await refreshed_once(
        tmp_path, {"/feed.xml": handler}, lambda srv: rss("wire", srv.url("/feed.xml"))
    )
    assert not outcome.ok
    assert outcome.error == (
        "the server sent a broken response (its headers run on past the limit)"
    ), outcome.error
