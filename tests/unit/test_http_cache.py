"""tui.flow.http's HTTP cache against real HTTP servers on 127.0.0.1 (pytest-httpserver): ETag
revalidation, a cached answer never reused without asking, the cache across clients, an
unusable cache file, error answers never served as content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from http_fetch import FAST, _error, _get
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tui.flow.http import (
    fetch,
    make_client,
)


async def test_etag_revalidation_through_the_cache(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen_inm: list[str | None] = []

    def handler(request: Request) -> Response:
        inm = request.headers.get("If-None-Match")
        seen_inm.append(inm)
        if inm == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"', "Cache-Control": "no-cache"})
        return Response(
            "Date,Close\n2025-01-02,4.05\n",
            headers={"ETag": '"v1"', "Cache-Control": "no-cache"},
            mimetype="text/csv",
        )

    httpserver.expect_request("/prices.csv").respond_with_handler(handler)
    url = httpserver.url_for("/prices.csv")
    async with make_client(FAST, tmp_path) as client:
        first = await fetch(client, url, settings=FAST)
        second = await fetch(client, url, settings=FAST)
    assert (tmp_path / "http.db").is_file()
    assert seen_inm == [None, '"v1"'], f"If-None-Match sent: {seen_inm}"
    assert first.from_cache is False and first.revalidated is False
    assert second.status == 200, "a 304 answered from the cache is a success"
    assert second.from_cache is True and second.revalidated is True
    assert second.content == first.content == b"Date,Close\n2025-01-02,4.05\n"


@pytest.mark.parametrize(
    "freshness",
    [
        {"Cache-Control": "max-age=31536000"},  # a CDN rule for static files, a year
        {"Last-Modified": "Mon, 02 Nov 2026 10:00:00 GMT"},  # nginx's default: a file's age
    ],
    ids=["max-age of a year", "Last-Modified only"],
)
async def test_a_cached_answer_is_never_reused_without_asking(
    httpserver: HTTPServer, tmp_path: Path, freshness: dict[str, str]
) -> None:
    """A server's ``max-age`` of a year, or a static file's ``Last-Modified`` alone (which
    RFC 9111 lets a cache read as days of freshness), made every later fetch, ``--force``
    included, come from the HTTP cache without a request: the source said "ok, fetched now"
    over what it served weeks before, and a new story or price never came. Each fetch asks
    the server (conditionally when it gave a validator, so an unchanged answer is a 304);
    the server never sees a ``Cache-Control`` of ours."""
    bodies = iter([b'{"v": 1}', b'{"v": 2}'])
    seen: list[tuple[str | None, str | None]] = []

    def handler(request: Request) -> Response:
        seen.append(
            (request.headers.get("Cache-Control"), request.headers.get("If-Modified-Since"))
        )
        return Response(next(bodies), headers=freshness, content_type="application/json")

    httpserver.expect_request("/fresh.json").respond_with_handler(handler)
    url = httpserver.url_for("/fresh.json")
    async with make_client(FAST, tmp_path) as client:
        first = await fetch(client, url, settings=FAST)
        second = await fetch(client, url, settings=FAST)
    assert (first.content, second.content) == (b'{"v": 1}', b'{"v": 2}')
    assert second.from_cache is False
    assert [cc for cc, _ in seen] == [None, None], "no Cache-Control reaches the server"
    if "Last-Modified" in freshness:
        assert seen[1][1] == freshness["Last-Modified"], "asked conditionally"


async def test_without_cache_dir_every_fetch_goes_to_the_server(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/fresh.json").respond_with_data(
        "{}", headers={"Cache-Control": "max-age=60"}
    )
    url = httpserver.url_for("/fresh.json")
    async with make_client(FAST, None) as client:
        await fetch(client, url, settings=FAST)
        again = await fetch(client, url, settings=FAST)
    assert len(httpserver.log) == 2
    assert again.from_cache is False


def _etag_handler(body: str) -> Callable[[Request], Response]:
    """A server answering 304 to a request that names its ETag (the cache's revalidation)."""

    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"e1"':
            return Response(status=304, headers={"ETag": '"e1"'})
        return Response(body, headers={"ETag": '"e1"', "Cache-Control": "max-age=600"})

    return handler


async def test_cache_persists_across_clients(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/p").respond_with_handler(_etag_handler("persisted"))
    url = httpserver.url_for("/p")
    await _get(url, cache_dir=tmp_path)
    again = await _get(url, cache_dir=tmp_path)  # another client: the body from the file
    assert again.from_cache is True and again.content == b"persisted"
    assert again.revalidated is True and len(httpserver.log) == 2


@pytest.mark.parametrize(
    "setup",
    ["garbage", "foreign"],
)
async def test_unusable_cache_file_is_replaced(
    httpserver: HTTPServer, tmp_path: Path, setup: str
) -> None:
    db = tmp_path / "http.db"
    if setup == "garbage":
        db.write_bytes(b"this is not a database at all" * 200)
    else:
        import sqlite3

        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE entries (id INTEGER, something TEXT)")
        conn.commit()
        conn.close()
    httpserver.expect_request("/c").respond_with_handler(_etag_handler("ok"))
    url = httpserver.url_for("/c")
    first = await _get(url, cache_dir=tmp_path)
    second = await _get(url, cache_dir=tmp_path)
    assert first.content == b"ok"
    assert second.from_cache is True, "the replaced cache works"


async def test_error_responses_are_not_served_as_content(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/flaky").respond_with_data("down", status=503)
    err = await _error(httpserver.url_for("/flaky"), cache_dir=tmp_path)
    assert err.status == 503
    httpserver.clear()
    httpserver.expect_request("/flaky").respond_with_data("back")
    result = await _get(httpserver.url_for("/flaky"), cache_dir=tmp_path)
    assert result.content == b"back"
