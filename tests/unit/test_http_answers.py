"""tui.flow.http against real HTTP servers on 127.0.0.1 (pytest-httpserver): a success (body,
headers, user agent, a redirect followed) and HTTP errors (status, a body not in its encoding,
Retry-After).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from http_fetch import FAST, _error, _get
from pytest_httpserver import HTTPServer

from tui import __version__
from tui.flow.http import (
    fetch,
    make_client,
    parse_retry_after,
)


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
