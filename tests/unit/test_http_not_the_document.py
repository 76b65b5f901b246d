"""Answers that are not the document asked for, from real loopback servers.

``206 Partial Content`` to a request that asked for no range (a caching proxy or CDN handing on
a piece it holds) was read as the whole file. Cut at a line's end, the price file's newest rows
were simply missing and the older price passed as the current one, without a word; a feed lost
its newest entries the same way. It is an error naming the part that came, never data.

A redirect that is not followed (``302`` with no Location, ``300 Multiple Choices``) had its
body read as the document: it is the redirect's own page. It is an error saying where it
pointed, if anywhere."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from tui.flow.http import FetchError, HttpSettings, fetch, make_client

FAST = HttpSettings(timeout=5.0, connect_timeout=2.0, read_timeout=5.0)
CSV = b"Date,Close\n2026-12-01,9800.5\n2026-12-02,9812.5\n"
PART = CSV[: CSV.index(b"2026-12-02")]


async def _fetch(url: str) -> bytes:
    async with make_client(FAST, None) as client:
        return (await fetch(client, url, settings=FAST)).content


@pytest.mark.parametrize(
    ("content_range", "said"),
    [
        (f"bytes 0-{len(PART) - 1}/{len(CSV)}", f"bytes 0-{len(PART) - 1} of {len(CSV)}"),
        (f"bytes 0-{len(PART) - 1}/*", f"bytes 0-{len(PART) - 1}"),
        (None, f"{len(PART)} bytes"),
    ],
)
async def test_a_part_sent_for_the_whole_is_an_error_not_data(
    httpserver: HTTPServer, content_range: str | None, said: str
) -> None:
    headers = {"Content-Range": content_range} if content_range else {}
    httpserver.expect_request("/prices.csv").respond_with_data(
        PART, status=206, headers=headers, content_type="text/csv"
    )
    with pytest.raises(FetchError) as info:
        await _fetch(httpserver.url_for("/prices.csv"))
    assert str(info.value) == (
        f"HTTP 206 Partial Content to a request for the whole document: only part of it came "
        f"({said}), not read as the whole"
    )


async def test_the_whole_answer_is_still_read(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/prices.csv").respond_with_data(CSV, content_type="text/csv")
    assert await _fetch(httpserver.url_for("/prices.csv")) == CSV


@pytest.mark.parametrize(
    ("status", "location", "said"),
    [
        (
            302,
            None,
            "HTTP 302 Found: the server redirected without saying where (no Location header): "
            "its body is not the document",
        ),
        (
            300,
            "/prices-2.csv",
            "HTTP 300 Multiple Choices (to /prices-2.csv), not followed: its body is not the "
            "document",
        ),
    ],
)
async def test_a_redirect_not_followed_is_an_error_not_its_body(
    httpserver: HTTPServer, status: int, location: str | None, said: str
) -> None:
    headers = {"Location": location} if location else {}
    httpserver.expect_request("/prices.csv").respond_with_data(
        CSV, status=status, headers=headers, content_type="text/csv"
    )
    with pytest.raises(FetchError) as info:
        await _fetch(httpserver.url_for("/prices.csv"))
    assert str(info.value) == said


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize(
    ("location", "header"),
    [
        (None, "no Location header"),
        ("", "an empty Location header"),
        ("   ", "an empty Location header"),
        ("\t", "an empty Location header"),
    ],
)
async def test_a_redirect_that_does_not_say_where_is_said_so_not_a_loop(
    httpserver: HTTPServer, status: int, location: str | None, header: str
) -> None:
    """An empty Location (``Location:`` with nothing after it) was followed to the same
    address until the redirect limit, and said as "more than 5 redirects (a redirect loop?)":
    the server redirected without saying where. So it is said, for every redirect status, the
    first answer's or one met after a redirect that did say where."""
    headers = {"Location": location} if location is not None else {}
    httpserver.expect_request("/moved.csv").respond_with_data(
        b"moved", status=status, headers=headers, content_type="text/plain"
    )
    httpserver.expect_request("/prices.csv").respond_with_data(
        b"", status=302, headers={"Location": "/moved.csv"}
    )
    phrase = {301: "Moved Permanently", 302: "Found", 303: "See Other"}
    phrase |= {307: "Temporary Redirect", 308: "Permanent Redirect"}
    said = (
        f"HTTP {status} {phrase[status]}: the server redirected without saying where "
        f"({header}): its body is not the document"
    )
    for path in ("/moved.csv", "/prices.csv"):
        with pytest.raises(FetchError) as info:
            await _fetch(httpserver.url_for(path))
        assert str(info.value) == said
        assert info.value.status == status


async def test_a_real_loop_is_still_said_as_one(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a.csv").respond_with_data(
        b"", status=302, headers={"Location": "/b.csv"}
    )
    httpserver.expect_request("/b.csv").respond_with_data(
        b"", status=307, headers={"Location": "/a.csv"}
    )
    with pytest.raises(FetchError, match=r"^more than 5 redirects \(a redirect loop\?\)$"):
        await _fetch(httpserver.url_for("/a.csv"))
