"""Answers longer than their Content-Length, or going on after their chunked end: an error,
never a body cut at the announced size.

A server that announces ``Content-Length: 30`` and sends 60 bytes (a file that grew while it was
served, a proxy that counted another encoding, a hand-written header) is read by HTTP/1.1 up to
the announced length, and the rest is left waiting on the connection. httpx returned those 30
bytes as the whole answer, with no sign: a price file cut mid-number (``10512.25`` read as
``10``) or a feed cut mid-title became data. What is left over after such a body is the proof
it was not whole: :class:`WholeBodies` (around the network transport, inside the HTTP cache, so
a cut body is never stored) raises :class:`FetchError` at the body's end instead, and closes the
connection, whose leftover bytes would otherwise be read as the start of the next answer.

The leftover is seen in the HTTP/1.1 parser's buffer (h11, under httpcore): the bytes that came
with the body's last read. Bytes that arrive later still are not seen; white space alone (a
stray line break some servers send after a body) is no leftover. HTTP/2 frames its bodies: no
such case.

A chunked answer (no Content-Length) ends with its zero-size chunk; a server or proxy that
writes one mid-body (an empty write sent as a chunk of its own) ended the body there, the rest
of it left on the connection: half a price file read as the whole, its newest price years old,
with no sign. Bytes after a chunked end are refused the same way.

When httpcore's objects are not the ones expected (another version), nothing is
checked and the body is returned as before.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from tui.flow.http.errors import FetchError


def overlong(declared: int, extra: int) -> str:
    """The words for a body followed by ``extra`` bytes beyond its ``declared`` length."""
    return (
        f"the answer ran past its announced length ({declared:,} bytes; {extra:,} more came): "
        "not whole, not read"
    )


def past_chunked_end(extra: int) -> str:
    """The words for a chunked body followed by ``extra`` bytes after its last chunk."""
    return (
        f"the answer went on past its end (a chunked body; {extra:,} more bytes came): "
        "not whole, not read"
    )


class WholeBodies(httpx.AsyncBaseTransport):
    """``inner``'s answers, each body refused at its end when bytes are left over after it."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and isinstance(response.stream, httpx.AsyncByteStream):
            # a 304 or 204 has no body, whatever its length says (a 304's is the cached
            # body's): bytes after it only spoil the connection, closed without an error
            bodiless = response.status_code in (204, 304)
            response.stream = _Checked(response.stream, int(declared), refuse=not bodiless)
        elif _chunked(response) and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _Checked(response.stream, None, refuse=True)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class _Checked(httpx.AsyncByteStream):
    def __init__(
        self, stream: httpx.AsyncByteStream, declared: int | None, *, refuse: bool
    ) -> None:
        """``declared``: the announced length, None for a chunked body."""
        self.stream = stream
        self.declared = declared
        self.refuse = refuse
        self.spoilt = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for part in self.stream:
            yield part
        extra = leftover(self.stream)
        if extra:
            self.spoilt = True
            if self.refuse:
                if self.declared is None:
                    raise FetchError(past_chunked_end(extra))
                raise FetchError(overlong(self.declared, extra))

    async def aclose(self) -> None:
        await self.stream.aclose()
        if self.spoilt:  # its leftover bytes would start the next answer on it
            connection = _connection(self.stream)
            if connection is not None:
                await connection.aclose()


def _chunked(response: httpx.Response) -> bool:
    codings = response.headers.get("transfer-encoding", "")
    return "chunked" in codings.lower() and response.status_code not in (204, 304)


def _connection(stream: object) -> Any:
    """The httpcore HTTP/1.1 connection an httpx response stream reads from, else None."""
    pooled = getattr(stream, "_httpcore_stream", None)  # httpx's AsyncResponseStream
    inner = getattr(pooled, "_stream", None)  # httpcore's PoolByteStream
    connection = getattr(inner, "_connection", None)  # HTTP11ConnectionByteStream
    if connection is None or not hasattr(connection, "_h11_state"):
        return None
    return connection


def leftover(stream: object) -> int:
    """How many bytes other than white space wait after the body just read on ``stream``'s
    HTTP/1.1 connection (0 when none, or when that cannot be seen)."""
    connection = _connection(stream)
    try:
        data, _closed = connection._h11_state.trailing_data
    except (AttributeError, TypeError, ValueError):
        return 0
    if not isinstance(data, (bytes, bytearray)) or not data.strip():
        return 0
    return len(data)
