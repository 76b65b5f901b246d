"""tui.flow.http against real HTTP servers on 127.0.0.1 (pytest-httpserver and raw asyncio
servers): the size cap on a body, redirect loops and long chains, schemes and URLs refused.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from http_fetch import MB, _error, _get, raw_server
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tui.flow.http import (
    HttpSettings,
)


def _big_stream(total: int, counter: list[int]) -> Iterator[bytes]:
    block = b"z" * 65536
    while counter[0] < total:
        counter[0] += len(block)
        yield block


async def test_50_mb_streamed_body_is_cut_off_at_max_bytes(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    counter = [0]

    def handler(request: Request) -> Response:
        # no Content-Length: the size is only known by reading
        return Response(_big_stream(50 * MB, counter), mimetype="text/csv")

    httpserver.expect_request("/huge.csv").respond_with_handler(handler)
    settings = HttpSettings(timeout=5.0, max_bytes=1 * MB)
    t0 = time.monotonic()
    # through the cache too: hishel must not buffer (or store) the whole body either
    err = await _error(httpserver.url_for("/huge.csv"), settings, cache_dir=tmp_path)
    took = time.monotonic() - t0
    assert str(err) == "response larger than 1 MB (max_body_mb): cut off"
    assert err.status is None
    assert took < 3
    assert counter[0] < 20 * MB, f"server produced {counter[0] // MB} MB: body was not abandoned"
    # nothing was cached: a second (small) answer goes through
    httpserver.clear()
    httpserver.expect_request("/huge.csv").respond_with_data("a,b\n1,2\n")
    result = await _get(httpserver.url_for("/huge.csv"), settings, cache_dir=tmp_path)
    assert result.content == b"a,b\n1,2\n" and result.from_cache is False


async def test_declared_content_length_over_cap_is_refused_without_reading() -> None:
    sent = 0

    async def declared(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal sent
        await reader.read(65536)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 52428800\r\n\r\n")
        chunk = b"y" * 65536
        while sent < 50 * MB:
            writer.write(chunk)
            await writer.drain()
            sent += len(chunk)

    settings = HttpSettings(timeout=5.0, max_bytes=10 * MB)
    async with raw_server(declared) as port:
        err = await _error(f"http://127.0.0.1:{port}/big", settings)
    assert str(err) == "response larger than 10 MB (max_body_mb): cut off"
    assert sent < 20 * MB


async def test_body_exactly_at_cap_is_accepted(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/edge").respond_with_data(b"q" * 1024)
    settings = HttpSettings(timeout=5.0, max_bytes=1024)
    result = await _get(httpserver.url_for("/edge"), settings)
    assert len(result.content) == 1024


async def test_redirect_loop(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    settings = HttpSettings(timeout=5.0, max_redirects=5)
    err = await _error(httpserver.url_for("/loop"), settings)
    assert str(err) == "more than 5 redirects (a redirect loop?)"
    assert len(httpserver.log) == 6  # the first request and 5 redirects, then give up


async def test_a_long_chain_of_redirects_is_not_called_a_loop(httpserver: HTTPServer) -> None:
    """Six distinct hops (no address twice) were reported as "redirect loop": untrue, and it
    sent the user looking for a loop that is not there."""
    for i in range(6):
        httpserver.expect_request(f"/hop{i}").respond_with_data(
            "", status=301, headers={"Location": f"/hop{i + 1}"}
        )
    err = await _error(httpserver.url_for("/hop0"), HttpSettings(timeout=5.0, max_redirects=5))
    assert "loop" not in str(err).split("(")[0]
    assert str(err).startswith("more than 5 redirects")


@pytest.mark.parametrize(
    "url", ["ftp://example.org/data.csv", "file:///etc/passwd", "javascript:alert(1)"]
)
async def test_non_http_scheme_refused(url: str) -> None:
    err = await _error(url)
    assert str(err).startswith("unsupported URL scheme")


async def test_url_without_host_refused() -> None:
    err = await _error("http:///feed")
    assert str(err) == "invalid URL: no host"
