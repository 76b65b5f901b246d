"""tui.flow.http against real HTTP servers on 127.0.0.1 (pytest-httpserver and raw asyncio
servers): network trouble (a refused connection, DNS, a server silent, dribbling or closing
mid-body) and a longer timeout set by the user.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import socket
import time

import httpx
import pytest
from http_fetch import _error, _get, raw_server
from pytest_httpserver import HTTPServer

from tests.ports import refused_port
from tui.flow.health import unanswered
from tui.flow.http import (
    HttpSettings,
)


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
