"""An HTTP error carries the server's own short reason (Yahoo's chart error, the Federal
Register's ``errors``, GDELT's line of text), cleaned like all outside text and cut; against a
real loopback server."""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from tui.core.config import parse_config
from tui.flow.http import FetchError, HttpSettings, fetch, make_client
from tui.flow.http.reason import MAX_SAID, MAX_WAIT, reason_of
from tui.flow.refresh import Refresher
from tui.sources.base import SourceError
from tui.store import Store

FAST = HttpSettings(timeout=5.0, connect_timeout=2.0, read_timeout=5.0)
SLOW = HttpSettings(timeout=20.0, connect_timeout=2.0, read_timeout=20.0)
T0 = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)
YAHOO_404 = {
    "chart": {
        "result": None,
        "error": {"code": "Not Found", "description": "No data found, symbol may be delisted"},
    }
}


async def _error(url: str, settings: HttpSettings = FAST) -> FetchError:
    async with make_client(settings, None) as client:
        with pytest.raises(FetchError) as info:
            await fetch(client, url, settings=settings)
    return info.value


async def _refresh(tmp_path: Path, sources: list[dict[str, Any]]) -> dict[str, str | None]:
    config = parse_config(
        {
            "app": {"timeout": "5s"},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": sources,
        },
        None,
    )
    store = Store(tmp_path / "store.sqlite3")
    refresher = Refresher(config, store, clock=lambda: T0)
    try:
        return {o.source.name: o.error for o in await refresher.run()}
    finally:
        await refresher.aclose()
        store.close()


async def test_each_source_kind_says_what_its_server_said(server: Any, tmp_path: Path) -> None:
    server.expect_request("/v8/finance/chart/XX=F").respond_with_json(YAHOO_404, status=404)
    server.expect_request("/api/v1/documents.json").respond_with_json(
        {"errors": {"conditions": {"publication_date": ["is not a valid date"]}}}, status=400
    )
    server.expect_request("/api/v2/doc/doc").respond_with_data(
        "Please limit requests to one every 5 seconds or contact us for larger queries.\n"
        "Second line of the notice.",
        status=429,
        content_type="text/plain",
    )
    got = await _refresh(
        tmp_path,
        [
            {
                "name": "yahoo",
                "kind": "yahoo",
                "metal": "copper",
                "symbol": "XX=F",
                "url": server.url_for("/v8/finance/chart/XX=F"),
            },
            {
                "name": "fr",
                "kind": "federal-register",
                "url": server.url_for("/api/v1/documents.json") + "?conditions[term]=copper",
            },
            {
                "name": "gdelt",
                "kind": "gdelt",
                "url": server.url_for("/api/v2/doc/doc") + "?query=copper&format=json",
            },
        ],
    )
    assert got == {
        "yahoo": "HTTP 404 Not Found: No data found, symbol may be delisted",
        "fr": "HTTP 400 Bad Request: conditions.publication_date: is not a valid date",
        "gdelt": "HTTP 429 Too Many Requests: Please limit requests to one every 5 seconds or "
        "contact us for larger queries.",
    }


async def test_the_reason_is_cleaned_and_cut(server: Any) -> None:
    hostile = "\x1b]8;;http://evil\x07Bad \x1b[31msymbol\x1b[0m <b>XX</b>\u202e " + "z" * 400
    server.expect_request("/chart").respond_with_json(
        {"chart": {"error": {"description": hostile}}}, status=404
    )
    err = await _error(server.url_for("/chart"))
    said = str(err).removeprefix("HTTP 404 Not Found: ")
    assert said.startswith("Bad symbol XX ")
    assert len(said) <= MAX_SAID
    assert not any(ch in said for ch in "\x1b\x07\u202e<>")
    assert err.status == 404


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><head><title>404 Not Found</title></head><body>nginx</body></html>", "text/html"),
        (b"Not Found", "text/plain"),
        (b"", "text/plain"),
        (b'{"chart": {"result": null}}', "application/json"),
        (b'{"chart": {"error": {"descr', "application/json"),
    ],
)
async def test_nothing_worth_saying_leaves_the_status_alone(
    server: Any, body: bytes, content_type: str
) -> None:
    """A stock HTML page, the status phrase again, an empty body, JSON naming no reason or cut
    off: the status alone, as before."""
    server.expect_request("/x").respond_with_data(body, status=404, content_type=content_type)
    assert str(await _error(server.url_for("/x"))) == "HTTP 404 Not Found"


async def test_a_compressed_error_body_is_read(server: Any) -> None:
    body = gzip.compress(json.dumps({"message": "API key invalid"}).encode())
    server.expect_request("/gz").respond_with_data(
        body, status=403, headers={"Content-Encoding": "gzip"}, content_type="application/json"
    )
    assert str(await _error(server.url_for("/gz"))) == "HTTP 403 Forbidden: API key invalid"


async def test_an_error_body_that_never_ends_does_not_hold_the_fetch() -> None:
    """Headers, a few bytes, then silence: the error comes after at most MAX_WAIT, said by its
    status and what came."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(
            b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
            b"Content-Length: 100000\r\n\r\nback soon"
        )
        await writer.drain()
        await asyncio.sleep(30)

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    try:
        started = time.monotonic()
        # a 20 s read timeout: a body not bounded by MAX_WAIT would wait for all of it
        err = await _error(f"http://127.0.0.1:{port}/busy", SLOW)
        elapsed = time.monotonic() - started
    finally:
        srv.close()
    assert str(err) in ("HTTP 503 Service Unavailable", "HTTP 503 Service Unavailable: back soon")
    assert elapsed < MAX_WAIT + 3.0


def test_reasons_by_shape() -> None:
    assert reason_of(b'{"errors": ["term is required"]}') == "term is required"
    assert reason_of(b'{"error": "Invalid query"}') == "Invalid query"
    assert reason_of(b'{"finance": {"error": {"description": "Unauthorized"}}}') == ("Unauthorized")
    assert reason_of(b'{"status": 400, "message": "per_page too large"}') == "per_page too large"
    assert reason_of(b"  \n") is None


def test_gdelt_names_an_error_it_answers_as_json() -> None:
    from tui.core.config_types import SourceConfig
    from tui.sources.gdelt import parse

    src = SourceConfig(name="g", kind="gdelt", url="https://api.gdeltproject.org/api/v2/doc/doc")
    with pytest.raises(SourceError, match=r"^GDELT: Your search contained invalid syntax$"):
        parse(b'{"error": "Your search contained invalid syntax"}', src, fetched_at=T0)
