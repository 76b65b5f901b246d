"""tui.flow.http against real HTTP servers on 127.0.0.1 (pytest-httpserver and raw asyncio servers)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import re
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.ports import refused_port
from tui import __version__
from tui.flow.health import unanswered
from tui.flow.http import (
    FetchError,
    FetchResult,
    HttpSettings,
    fetch,
    make_client,
    parse_retry_after,
    read_local,
)

FAST = HttpSettings(timeout=5.0, connect_timeout=2.0, read_timeout=5.0)
MB = 1024 * 1024


async def _get(
    url: str,
    settings: HttpSettings = FAST,
    cache_dir: Path | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FetchResult:
    async with make_client(settings, cache_dir, transport=transport) as client:
        return await fetch(client, url, settings=settings)


async def _error(url: str, settings: HttpSettings = FAST, **kw: object) -> FetchError:
    with pytest.raises(FetchError) as info:
        await _get(url, settings, **kw)  # type: ignore[arg-type]
    return info.value


@contextlib.asynccontextmanager
async def raw_server(
    handler: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
) -> AsyncIterator[int]:
    """A bare asyncio TCP server on 127.0.0.1, for misbehaving peers; yields its port."""
    tasks: set[asyncio.Task[None]] = set()

    async def wrapped(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            await handler(reader, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(wrapped, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield port
    finally:
        for task in tasks:
            task.cancel()
        server.close()
        await server.wait_closed()


# --------------------------------------------------------------------------- success


async def test_ok_body_headers_and_user_agent(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed.xml").respond_with_data(
        "<rss>copper</rss>", content_type="application/rss+xml"
    )
    result = await _get(httpserver.url_for("/feed.xml"))
    assert result.status == 200
    assert result.content == b"<rss>copper</rss>"
    assert result.headers["content-type"] == "application/rss+xml"
    assert result.from_cache is False and result.revalidated is False
    assert result.url == httpserver.url_for("/feed.xml")
    assert 0 <= result.elapsed < 5
    request, _ = httpserver.log[0]
    ua = request.headers["User-Agent"]
    assert ua == f"metalwatch/{__version__} (+https://github.com/metalwatch/metalwatch)", (
        f"server saw User-Agent {ua!r}"
    )


async def test_extra_headers_are_sent(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a", headers={"Accept": "application/json"}).respond_with_data(
        '{"ok": 1}', content_type="application/json"
    )
    async with make_client(FAST, None) as client:
        result = await fetch(
            client, httpserver.url_for("/a"), settings=FAST, headers={"Accept": "application/json"}
        )
    assert result.content == b'{"ok": 1}'
    assert httpserver.log[0][0].headers["Accept"] == "application/json"


async def test_redirect_is_followed_and_final_url_reported(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": httpserver.url_for("/new")}
    )
    httpserver.expect_request("/new").respond_with_data("moved here")
    result = await _get(httpserver.url_for("/old"))
    assert result.content == b"moved here"
    assert result.url == httpserver.url_for("/new")


# --------------------------------------------------------------------------- HTTP errors


async def test_500_is_an_error_with_status(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/boom").respond_with_data("oops", status=500)
    err = await _error(httpserver.url_for("/boom"))
    assert err.status == 500
    assert str(err) == "HTTP 500 Internal Server Error: oops"  # the server's own words
    assert err.retry_after is None


async def test_404_is_an_error_with_status(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/missing").respond_with_data("nope", status=404)
    err = await _error(httpserver.url_for("/missing"))
    assert (err.status, str(err), err.message) == (
        404,
        "HTTP 404 Not Found: nope",
        "HTTP 404 Not Found: nope",
    )


async def test_a_304_to_a_request_that_was_not_conditional_says_so(httpserver: HTTPServer) -> None:
    """A server (or a proxy) answering 304 Not Modified when nothing was cached to revalidate
    made every parser say "empty response", which reads as a server sending nothing. It says
    what happened."""
    httpserver.expect_request("/feed").respond_with_data("", status=304)
    err = await _error(httpserver.url_for("/feed"))
    assert str(err) == (
        "HTTP 304 Not Modified to a request that was not conditional: no copy is kept to reuse"
    )


@pytest.mark.parametrize(
    ("encoding", "body"), [("gzip", b"\x1f\x8b\x08junk"), ("br", b"\x1f\x8b\x08junk")]
)
async def test_a_body_not_in_its_content_encoding_names_the_encoding(
    httpserver: HTTPServer, encoding: str, body: bytes
) -> None:
    """A body not in its ``Content-Encoding`` (junk after gzip's magic bytes, a server
    compressing twice) said only "could not decode the response body"; it names the encoding
    the server claimed, so the user knows whose mistake it is. (A body that does not start as
    gzip at all, under that label, is read as the plain body it is: test_odd_answers.)"""
    httpserver.expect_request("/feed").respond_with_data(
        body, headers={"Content-Encoding": encoding}, content_type="application/rss+xml"
    )
    err = await _error(httpserver.url_for("/feed"))
    assert str(err) == (
        f"the body is not in the Content-Encoding the server named ({encoding}): cannot read it"
    )


async def test_429_retry_after_seconds(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gdelt").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "30"}
    )
    err = await _error(httpserver.url_for("/gdelt"))
    assert str(err) == "HTTP 429 Too Many Requests (asks to wait 30 s): slow down"
    assert err.status == 429
    assert err.retry_after == 30.0


async def test_503_retry_after_http_date(httpserver: HTTPServer) -> None:
    when = datetime.now(timezone.utc) + timedelta(seconds=120)
    httpserver.expect_request("/busy").respond_with_data(
        "", status=503, headers={"Retry-After": format_datetime(when, usegmt=True)}
    )
    err = await _error(httpserver.url_for("/busy"))
    assert err.status == 503
    assert err.retry_after is not None
    assert 100 <= err.retry_after <= 121, f"retry_after {err.retry_after} for a date 120 s ahead"


def test_parse_retry_after_forms() -> None:
    now = datetime(2025, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120", now=now) == 120.0
    assert parse_retry_after(" 0 ", now=now) == 0.0
    assert parse_retry_after("Sat, 01 Mar 2025 12:01:30 GMT", now=now) == 90.0
    assert parse_retry_after("Sat, 01 Mar 2025 11:00:00 GMT", now=now) == 0.0  # in the past
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("", now=now) is None
    assert parse_retry_after(None, now=now) is None
    # no delay (RFC 9110: digits only): the usual backoff applies, not "the server asked"
    assert parse_retry_after("-5", now=now) is None


# --------------------------------------------------------------------------- network trouble


async def test_connection_refused() -> None:
    port = refused_port()  # nothing listens on that port
    err = await _error(f"http://127.0.0.1:{port}/feed")
    assert str(err) == f"connection refused (127.0.0.1:{port})"
    assert err.status is None


async def test_a_redirect_to_a_host_that_refuses_names_that_host(httpserver: HTTPServer) -> None:
    """The configured server answered (a redirect): the one that refused is where it sent us.
    Naming the configured host sent the user to check a server that was up."""
    port = refused_port()
    httpserver.expect_request("/feed").respond_with_data(
        "", status=301, headers={"Location": f"https://127.0.0.1:{port}/moved"}
    )
    err = await _error(httpserver.url_for("/feed"))
    assert str(err) == f"connection refused (127.0.0.1:{port}, after a redirect)"


@pytest.mark.parametrize(
    ("location", "why"),
    [
        # ended as "internal error: ExceptionGroup: unhandled errors in a TaskGroup"
        ("http://127.0.0.1:99999/x", "port out of range"),
        ("file:///etc/passwd", "not http or https"),
    ],
)
async def test_a_redirect_to_an_unusable_address_is_said_in_words(location: str, why: str) -> None:
    async def redirect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        writer.write(
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode()
        )
        await writer.drain()

    async with raw_server(redirect) as port:
        err = await _error(f"http://127.0.0.1:{port}/feed")
    assert (
        str(err) == f"the server redirected to an address that cannot be used ({why}: {location})"
    )


async def test_dns_failure_is_reported_as_such() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as exc:
            raise httpx.ConnectError("[Errno -2] Name or service not known") from exc

    err = await _error("https://no-such-host.invalid/x", transport=httpx.MockTransport(handler))
    assert str(err) == "cannot resolve host (no-such-host.invalid)"
    # a host the client writes otherwise (percent-encoded, upper case) is no redirect
    for url in ("https://no such.invalid/x", "https://NO-SUCH-HOST.invalid:443/x"):
        err = await _error(url, transport=httpx.MockTransport(handler))
        assert str(err).startswith("cannot resolve host (") and "redirect" not in str(err), err


async def test_server_that_never_answers_hits_the_deadline() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        await asyncio.sleep(30)

    settings = HttpSettings(timeout=1.0, connect_timeout=5.0, read_timeout=10.0)
    async with raw_server(silent) as port:
        t0 = time.monotonic()
        err = await _error(f"http://127.0.0.1:{port}/", settings)
        took = time.monotonic() - t0
    assert str(err) == "no answer within 1 s"
    # ignoring the deadline would wait for the 10 s read timeout (the server is silent for 30 s)
    assert took < 5, f"deadline of 1 s took {took:.2f} s"


async def test_body_dribbled_past_the_deadline() -> None:
    sent = 0

    async def dribble(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal sent
        await reader.read(65536)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/plain\r\n\r\n")
        for _ in range(1000):
            writer.write(b"x")
            await writer.drain()
            sent += 1
            await asyncio.sleep(0.05)

    # each byte arrives well within read_timeout, but the whole body cannot make the deadline
    settings = HttpSettings(timeout=1.0, connect_timeout=5.0, read_timeout=10.0)
    async with raw_server(dribble) as port:
        t0 = time.monotonic()
        err = await _error(f"http://127.0.0.1:{port}/", settings)
        took = time.monotonic() - t0
    # the server answered: a slow answer is no "no answer" (which the header calls OFFLINE)
    assert re.fullmatch(
        r"the answer came too slowly: [\d,]+ bytes of 1,000 announced in 1 s", str(err)
    ), str(err)
    assert not unanswered(str(err))
    assert 0.9 <= took < 5  # the whole body would take 50 s; the deadline is 1 s
    assert 5 <= sent < 1000, f"server sent {sent} bytes"


async def test_read_timeout_between_bytes() -> None:
    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        await writer.drain()
        await asyncio.sleep(30)

    settings = HttpSettings(timeout=5.0, connect_timeout=5.0, read_timeout=0.5)
    async with raw_server(stall) as port:
        err = await _error(f"http://127.0.0.1:{port}/", settings)
    assert str(err) == "the answer stopped after 3 bytes of 10 announced: nothing more for 0.5 s"
    assert not unanswered(str(err))


async def test_server_closing_mid_body() -> None:
    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b")
        await writer.drain()

    async with raw_server(cut) as port:
        err = await _error(f"http://127.0.0.1:{port}/")
    assert str(err) == "the answer was cut off after 10 bytes of 100 announced"


# --------------------------------------------------------------------------- size cap


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
    assert str(err) == "response larger than 1 MB: cut off"
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
    assert str(err) == "response larger than 10 MB: cut off"
    assert sent < 20 * MB


async def test_body_exactly_at_cap_is_accepted(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/edge").respond_with_data(b"q" * 1024)
    settings = HttpSettings(timeout=5.0, max_bytes=1024)
    result = await _get(httpserver.url_for("/edge"), settings)
    assert len(result.content) == 1024


# --------------------------------------------------------------------------- redirects, schemes


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


# --------------------------------------------------------------------------- HTTP cache


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


# --------------------------------------------------------------------------- local files


async def test_read_local_file(tmp_path: Path) -> None:
    f = tmp_path / "policy.toml"
    f.write_text('[[policy]]\nmetal = "gallium"\n', encoding="utf-8")
    result = await read_local(str(f), 1024)
    assert result.content == b'[[policy]]\nmetal = "gallium"\n'
    assert result.status == 200 and result.from_cache is False
    via_url = await read_local(f.as_uri(), 1024)
    assert via_url.content == result.content


async def test_a_large_body_limit_reads_a_small_file(tmp_path: Path) -> None:
    """The limit is a cap, not a buffer: `max_body_mb = 1000000` (allowed) made every local
    file "too large to read in memory", the read asking for the whole cap at once."""
    f = tmp_path / "prices.csv"
    f.write_bytes(b"Date,Close\n2026-11-23,9012.5\n" * 100_000)  # 2.8 MB, several chunks
    result = await read_local(str(f), 1_000_000 * 1024 * 1024)
    assert result.content == f.read_bytes()
    assert (await read_local(str(f), len(result.content))).content == result.content
    with pytest.raises(FetchError, match="larger than"):
        await read_local(str(f), len(result.content) - 1)


async def test_read_local_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.csv")
    with pytest.raises(FetchError) as info:
        await read_local(missing, 1024)
    assert str(info.value) == f"file not found: {missing}"


async def test_read_local_too_large_and_directory(tmp_path: Path) -> None:
    f = tmp_path / "big.csv"
    f.write_bytes(b"0" * 2048)
    with pytest.raises(FetchError) as info:
        await read_local(str(f), 1024)
    assert str(info.value) == "response larger than 1 KB: cut off"
    with pytest.raises(FetchError) as info:
        await read_local(str(tmp_path), 1024)
    assert str(info.value) == f"not a file: {tmp_path}"


def test_a_longer_timeout_set_by_the_user_also_waits_longer_for_a_silent_server() -> None:
    """`timeout = "60s"` (the whole deadline) for a slow server still cut it off after 15 s of
    silence ("no answer within 15 s"): the silence allowed now grows with the deadline."""
    from tui.flow.http.client import read_timeout_for

    assert read_timeout_for(20.0) == 15.0  # the default deadline: a stall is given up on early
    assert read_timeout_for(60.0) == 55.0
    assert read_timeout_for(120.0) == 115.0
    assert read_timeout_for(8.0) == 8.0  # never past the deadline itself


async def test_a_server_thinking_past_the_default_silence_is_waited_for_under_a_longer_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """End to end through the settings the refresh builds from the config: a server silent for
    longer than the default silence (shrunk here to 0.3 s, as 15 s is to a 60 s deadline) but
    well within a longer deadline the user set answers, and is read."""
    from tui.core.config import parse_config
    from tui.flow.source_fetch import http_settings

    monkeypatch.setattr(HttpSettings, "read_timeout", 0.3)

    async def thinker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        await asyncio.sleep(0.8)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
        await writer.drain()

    config = parse_config({"app": {"timeout": "6s"}}, None)
    settings = http_settings(config)
    assert settings.read_timeout == 1.0  # 5 s short of the 6 s deadline
    async with raw_server(thinker) as port:
        got = await _get(f"http://127.0.0.1:{port}/", settings)
    assert got.content == b"hello"
    short = dataclasses.replace(settings, read_timeout=0.3)  # what a fixed silence did
    async with raw_server(thinker) as port:
        err = await _error(f"http://127.0.0.1:{port}/", short)
    assert str(err) == "no answer within 0.3 s"
