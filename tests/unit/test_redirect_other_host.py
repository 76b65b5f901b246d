"""A source redirected to another host that answers with its own page (an error page served
with 200, a login wall, a 404), from a real HTTP server on 127.0.0.1 reached again as
``localhost``: the source's error names where the redirect went, so the page is not taken for
the configured server's. Before, it said only "expected a feed, got an HTML page" or "HTTP 404
Not Found", as if the configured address had answered so. A redirect within the host
(``/feed`` to ``/feed.xml``) adds nothing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from refresh_servers import NBC, RawServer, refreshed_once, send

PAGE = b"<!DOCTYPE html><html><body><h1>Oops, that page is gone</h1></body></html>"


async def _error(route: str, kind: str, tmp_path: Path) -> str | None:
    async def moved(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        where = f"http://localhost:{srv.port}" if route != "/same" else srv.url("")
        target = {"/same": "/feed.xml", "/gone": "/missing"}.get(route, "/oops")
        head = f"HTTP/1.1 302 Found\r\nLocation: {where}{target}\r\nContent-Length: 0\r\n"
        w.write((head + "Connection: close\r\n\r\n").encode())
        await w.drain()

    async def page(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, PAGE, content_type="text/html; charset=utf-8")

    async def feed(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, NBC)

    def source(srv: RawServer) -> dict[str, Any]:
        made: dict[str, Any] = {"name": "src", "kind": kind, "url": srv.url(route)}
        if kind == "csv":
            made["metal"] = "copper"
        return made

    routes = {route: moved, "/oops": page, "/feed.xml": feed}
    outcome, _ = await refreshed_once(tmp_path, routes, source)
    assert outcome.ok == (route == "/same"), outcome.error
    return outcome.error


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("rss", "expected a feed, got an HTML page (redirected to localhost:{port}/oops)"),
        (
            "csv",
            "got an HTML page instead of CSV (wrong URL or a login page?) "
            "(redirected to localhost:{port}/oops)",
        ),
    ],
)
async def test_another_hosts_page_after_a_redirect_is_said_as_that_hosts(
    tmp_path: Path, kind: str, said: str
) -> None:
    error = await _error("/moved", kind, tmp_path)
    assert error is not None and error.startswith(said.split("{port}")[0]), error
    assert error.endswith("/oops)"), error


async def test_another_hosts_404_after_a_redirect_names_it(tmp_path: Path) -> None:
    error = await _error("/gone", "rss", tmp_path)
    assert error is not None and error.startswith("HTTP 404 Not Found"), error
    assert "(redirected to localhost:" in error and error.endswith("/missing)"), error


async def test_a_redirect_within_the_host_adds_nothing(tmp_path: Path) -> None:
    assert await _error("/same", "rss", tmp_path) is None
