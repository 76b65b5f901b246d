"""An ``https://`` source whose server speaks plain HTTP on that port (a config that wrote https
for an http-only server, a port mixed up), against a real server on 127.0.0.1: the error says
the server answered without TLS, not only that the handshake failed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from refresh_servers import Clock, make_config, opened

from tui.flow.refresh import Refresher


async def test_a_plain_http_server_behind_an_https_address_is_named(tmp_path: Path) -> None:
    async def plain(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1024)  # the TLS client hello, answered as a plain HTTP server does
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(plain, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        url = f"https://127.0.0.1:{port}/feed.xml"
        with opened(tmp_path) as store:
            refresher = Refresher(
                make_config([{"name": "wire", "kind": "rss", "url": url}]), store, clock=Clock()
            )
            try:
                outcome = (await refresher.run())[0]
            finally:
                await refresher.aclose()
    finally:
        server.close()
        await server.wait_closed()
    assert not outcome.ok
    assert outcome.error == (
        "TLS handshake failed (127.0.0.1): the server answered without TLS (an http:// address?)"
    )
