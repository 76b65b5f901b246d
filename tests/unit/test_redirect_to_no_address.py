"""A redirect whose ``Location`` is no address at all (``http://[::1``, a port that is not a
number) was "the server sent a broken response"; it is said as the redirect it is, with the
address, as one to another scheme or a port out of range already was. Raw answers from a
server on 127.0.0.1 (a framework's server refuses to send such a header)."""

from __future__ import annotations

import asyncio

import pytest

from tests.unit.test_http_body import Handler, error, raw_server


def _redirect(location: str) -> Handler:
    async def moved(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode()
        )
        await writer.drain()

    return moved


@pytest.mark.parametrize("location", ["http://[::1", "http://example.org:port/feed"])
async def test_a_redirect_to_no_address_says_so(location: str) -> None:
    async with raw_server(_redirect(location)) as url:
        said = await error(url)
    assert said == (
        f"the server redirected to an address that cannot be used (not an address: {location})"
    )


async def test_a_redirect_to_a_real_address_is_still_followed() -> None:
    async with raw_server(_redirect("/elsewhere")) as url:
        said = await error(url)
    assert "redirects" in said  # it went there (and there again: this server only redirects)
