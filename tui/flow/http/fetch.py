"""``fetch``: one GET, the whole body or a ``FetchError``.

What it adds to httpx:
- a total deadline for the whole exchange (connect, redirects, body);
- a size cap on the *decoded* body, counted while streaming (``decode.BodyDecoder`` inflates
  gzip/deflate/brotli a step at a time), so memory stays near ``max_bytes`` whatever the server
  sends; the body is gathered in one ``bytearray``, not a list of chunks;
- a gzip file sent with no Content-Encoding (``prices.csv.gz`` as
  ``application/octet-stream``) inflated the same way (``decode.GzipSniffer``), under the same
  cap on its inflated size;
- a plain body labelled ``Content-Encoding: gzip`` (a server that names gzip and never
  compresses) read as the plain body it is, and said in ``FetchResult.note``;
- only complete answers: a body shorter than its Content-Length, an unfinished chunked body, a
  compressed stream without its end or a connection reset mid-body is an error ("the answer was
  cut off after N bytes"), never data;
- one exception type, ``FetchError``, with a short sentence for the user.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlsplit

import httpx

from tui.core.text import clean_text
from tui.flow.http.client import HttpSettings
from tui.flow.http.decode import (
    BodyDecoder,
    GzipSniffer,
    NotGzip,
    Truncated,
    Undecodable,
    missing_note,
)
from tui.flow.http.errors import (
    FetchError,
    connect_message,
    connected_to,
    cut_off,
    gzip_note,
    gzip_too_large,
    hostport_of,
    moved_to,
    network_message,
    not_followed,
    partial_content,
    plain_note,
    seconds_text,
    short,
    stalled,
    status_error,
    too_large,
    too_slow,
    whole_range,
)
from tui.flow.http.reason import read_reason

log = logging.getLogger(__name__)
Gate = Callable[[], AbstractAsyncContextManager[object]]


@dataclass(frozen=True)
class FetchResult:
    """A complete response body and what is known about how it arrived.

    ``url`` is the final URL (after redirects). ``headers`` has lower-case names; repeated
    headers are joined with ", ". ``from_cache`` is True when the body came from the HTTP
    cache (fresh, or after a 304 revalidation, in which case ``revalidated`` is True too).
    A bare 304 that no cache entry answers (only when the caller sent its own conditional
    headers) has ``status`` 304, empty ``content`` and ``revalidated`` True.
    """

    url: str
    status: int
    content: bytes
    headers: dict[str, str]
    from_cache: bool
    revalidated: bool
    elapsed: float
    note: str | None = None


class _Body:
    """Raw bytes received so far, for "cut off after N bytes" (shared with the error path)."""

    __slots__ = ("declared", "reading", "received", "unpacked_length")

    def __init__(self) -> None:
        self.received = 0
        self.declared: int | None = None
        self.reading = False
        # the Content-Length the server sent was its body's size once decompressed
        self.unpacked_length = False


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    settings: HttpSettings,
    headers: Mapping[str, str] | None = None,
    body_gate: Gate | None = None,
) -> FetchResult:
    """GET ``url`` and return the whole body, or raise ``FetchError``.

    The whole exchange (connect, redirects, body) must finish within ``settings.timeout``;
    the decoded body is abandoned as soon as it passes ``settings.max_bytes``. ``body_gate``
    (``HostSlots.body``) is held while the body is read: the answers waiting to be heard (the
    server's latency) are not bounded by it, only the bodies sharing the local link, and the
    time spent waiting at the gate does not count against the deadline.
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("unsupported URL scheme" + (f" ({parts.scheme}:)" if parts.scheme else ""))
    if not parts.hostname:
        raise FetchError("invalid URL: no host")
    started = time.monotonic()
    body = _Body()
    try:
        return await _fetch(client, url.strip(), settings, headers, started, body, body_gate)
    except asyncio.TimeoutError:
        if body.reading:  # the server answered; its body did not make the deadline
            raise FetchError(
                too_slow(body.received, body.declared, seconds_text(settings.timeout))
            ) from None
        raise FetchError(f"no answer within {seconds_text(settings.timeout)}") from None
    except FetchError:
        raise
    except httpx.TooManyRedirects:
        # a loop, or a chain longer than the limit: the error cannot tell them apart
        raise FetchError(
            f"more than {settings.max_redirects} redirects (a redirect loop?)"
        ) from None
    except httpx.ConnectTimeout as exc:
        target, moved = connected_to(exc, parts)
        where = hostport_of(target) + (", after a redirect" if moved else "")
        raise FetchError(
            f"no connection within {seconds_text(settings.connect_timeout)} ({where})"
        ) from None
    except httpx.ReadTimeout:
        if body.reading:
            raise FetchError(
                stalled(body.received, body.declared, seconds_text(settings.read_timeout))
            ) from None
        raise FetchError(f"no answer within {seconds_text(settings.read_timeout)}") from None
    except httpx.TimeoutException:
        raise FetchError(f"no answer within {seconds_text(settings.timeout)}") from None
    except httpx.ConnectError as exc:
        target, moved = connected_to(exc, parts)
        raise FetchError(connect_message(exc, target, redirected=moved)) from None
    except httpx.DecodingError:
        raise FetchError("could not decode the response body") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL ({short(str(exc))})") from None
    except (httpx.ReadError, httpx.RemoteProtocolError) as exc:
        if body.reading:  # the connection ended inside the body
            why = network_message(exc)
            reason = "" if why.startswith("the server closed") else why
            raise FetchError(cut_off(body.received, body.declared, reason)) from None
        raise FetchError(network_message(exc)) from None
    except httpx.HTTPError as exc:  # WriteError, ProxyError, ...
        raise FetchError(network_message(exc)) from None
    except (sqlite3.Error, RuntimeError) as exc:  # the HTTP cache failed (hishel)
        log.debug("HTTP cache failed for %s", url, exc_info=True)
        raise FetchError(f"HTTP cache error: {short(str(exc))}") from None


async def _fetch(
    client: httpx.AsyncClient,
    url: str,
    settings: HttpSettings,
    headers: Mapping[str, str] | None,
    started: float,
    body: _Body,
    body_gate: Gate | None,
) -> FetchResult:
    request = client.build_request("GET", url, headers=dict(headers) if headers else None)
    response = await asyncio.wait_for(client.send(request, stream=True), settings.timeout)
    try:
        status = response.status_code
        if status >= 400:
            error = status_error(response)
            left = settings.timeout - (time.monotonic() - started)
            if said := await read_reason(response, _phrase(status), left):
                error.message += f": {said}"
            if moved := moved_to(url, str(response.url)):  # another host's error page
                error.message += f" ({moved})"
            raise error
        whole: int | None = None
        if status == HTTPStatus.PARTIAL_CONTENT:  # no request here asks for a range
            if (whole := whole_range(response.headers)) is None:
                raise partial_content(response.headers)  # a part: never read as the whole
        if 300 <= status < 400 and status != HTTPStatus.NOT_MODIFIED:  # redirects are followed
            raise not_followed(status, response.headers.get("location"))
        declared = response.headers.get("content-length", "").strip()
        encoding = response.headers.get("content-encoding", "")
        if declared.isdigit():
            body.declared = int(declared)
            # an unencoded body larger than the cap is refused before reading it
            if not encoding.strip() and body.declared > settings.max_bytes:
                raise FetchError(too_large(settings.max_bytes))
        if whole is not None and body.declared is None:
            body.declared = whole  # the range's size stands for a length when none is sent
        decoder = BodyDecoder(encoding)
        async with body_gate() if body_gate is not None else contextlib.nullcontext():
            left = settings.timeout - (time.monotonic() - started)
            content = await asyncio.wait_for(
                _read_body(response, settings.max_bytes, body, decoder), max(left, 0.001)
            )
    finally:
        await response.aclose()
    if whole is not None and body.received != whole:  # the range is of the bytes sent
        raise FetchError(cut_off(body.received, whole))
    plain = decoder.plain
    if content and (name := decoder.missing):
        if why := missing_note(name, content):
            raise FetchError(why)  # brotli's bytes passed on were "binary answer, not a feed"
        plain = plain or name  # text no module was needed for: said as a gzip label is
    caching = response.extensions.get("caching") or {}
    from_cache = bool(caching.get("from_cache", False))
    if status == 304 and not from_cache and not _conditional(request.headers):
        # nothing asked "if modified": a server's or proxy's mistake, not an empty document
        raise FetchError(
            "HTTP 304 Not Modified to a request that was not conditional: no copy is kept to reuse"
        )
    revalidated = bool(caching.get("revalidated", False)) or status == 304
    return FetchResult(
        url=str(response.url),
        status=status,
        content=content,
        headers=dict(response.headers),
        from_cache=from_cache,
        revalidated=revalidated,
        elapsed=time.monotonic() - started,
        note=_note(plain, decoder.gzipped, body, whole) if content else None,
    )


def _note(plain: str | None, gzipped: str | None, body: _Body, whole: int | None) -> str | None:
    """What to say of a body read otherwise than its headers said."""
    said = [gzip_note(gzipped), plain_note(plain)]
    if whole is not None:
        said.append(f"HTTP 206 Partial Content holding the whole document ({whole:,} bytes)")
    if body.unpacked_length:
        said.append(
            f"the server announced {body.declared:,} bytes, the body's size once decompressed,"
            f" and sent {body.received:,} compressed"
        )
    return "; ".join(s for s in said if s) or None


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _conditional(headers: Mapping[str, str]) -> bool:
    return any(name in headers for name in ("if-none-match", "if-modified-since"))


async def _read_body(
    response: httpx.Response, limit: int, body: _Body, decoder: BodyDecoder
) -> bytes:
    sniffer = GzipSniffer()
    buf = bytearray()
    body.reading = True

    def take(pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            if len(buf) + len(piece) > limit:
                raise FetchError(
                    gzip_too_large(limit, body.received) if sniffer.gzipped else too_large(limit)
                )
            buf.extend(piece)

    try:
        try:
            async for raw in response.aiter_raw():
                body.received += len(raw)
                for decoded in decoder.decode(raw):
                    take(sniffer.decode(decoded))
        except httpx.RemoteProtocolError:
            # closed short of the Content-Length it announced: whole all the same when that
            # length is the decompressed one (a script that set it before the server compressed
            # its output) and the compressed stream ended, its check read
            if not (decoder.ended and len(buf) == body.declared and not sniffer.gzipped):
                raise
            body.unpacked_length = True
        for decoded in decoder.finish():
            take(sniffer.decode(decoded))
        take(sniffer.finish())
    except NotGzip:
        raise FetchError(
            "the body starts like a gzip file but is not one: cannot read it"
        ) from None
    except Truncated:
        raise FetchError(
            cut_off(body.received, body.declared, "compressed data unfinished")
        ) from None
    except Undecodable:
        named = clean_text(decoder.named, 40, html_input=False) or "?"
        raise FetchError(
            f"the body is not in the Content-Encoding the server named ({named}): cannot read it"
        ) from None
    body.reading = False
    short = body.declared is not None and body.received < body.declared
    if short and response.status_code != 304 and not body.unpacked_length:
        # h11 says so itself; a cached or proxied stream might not
        raise FetchError(cut_off(body.received, body.declared))
    return bytes(buf)
