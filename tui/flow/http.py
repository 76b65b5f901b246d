"""The one HTTP client of the app, and the fetch that every source uses.

``make_client`` builds a single ``httpx.AsyncClient``: our User-Agent, connect/read timeouts,
bounded redirects, and an RFC 9111 HTTP cache (hishel 2.0, SQLite at ``<cache_dir>/http.db``)
so that ETag/Last-Modified revalidation and ``max-age`` spare the sources' servers.

``fetch`` adds what httpx does not do by itself: a total deadline for the whole request
(body included), a size cap that stops reading instead of buffering, and one exception type,
``FetchError``, whose ``str`` is a short sentence for the user ("HTTP 404 Not Found",
"connection refused (example.org:443)", "no answer within 20 s").

Tests pass their own transport through ``make_client(transport=...)``: it goes *inside* the
cache transport, so the cache is exercised too.
"""

from __future__ import annotations

import asyncio
import logging
import math
import socket
import sqlite3
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from tui import __version__
from tui.core.text import clean_text
from tui.flow.http_cache import cache_transport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HttpSettings:
    """Limits for every request the app makes."""

    timeout: float = 20.0  # total deadline per request, body included (s)
    connect_timeout: float = 10.0
    read_timeout: float = 15.0  # longest wait for the next bytes (s)
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = f"metalwatch/{__version__} (+https://github.com/metalwatch/metalwatch)"


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


class FetchError(Exception):
    """A request that gave no usable response. ``str(err)`` is shown to the user as it is."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after = retry_after

    def __str__(self) -> str:
        return self.message


# --------------------------------------------------------------------------- client


def make_client(
    settings: HttpSettings,
    cache_dir: Path | None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The app's one client. With ``cache_dir``, responses are cached per RFC 9111 there.

    ``transport`` replaces the network transport (tests); it sits inside the cache.
    A cache that cannot be used is left out (see :mod:`tui.flow.http_cache`).
    """
    inner: httpx.AsyncBaseTransport = transport or httpx.AsyncHTTPTransport()
    outer = cache_transport(inner, cache_dir, max_bytes=settings.max_bytes)
    return httpx.AsyncClient(
        transport=outer,
        headers={"User-Agent": settings.user_agent},
        timeout=httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.connect_timeout,
        ),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
    )


# --------------------------------------------------------------------------- fetch


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    settings: HttpSettings,
    headers: Mapping[str, str] | None = None,
) -> FetchResult:
    """GET ``url`` and return the whole body, or raise ``FetchError``.

    The whole exchange (connect, redirects, body) must finish within ``settings.timeout``;
    the body is read in chunks and abandoned as soon as it passes ``settings.max_bytes``.
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("unsupported URL scheme" + (f" ({parts.scheme}:)" if parts.scheme else ""))
    if not parts.hostname:
        raise FetchError("invalid URL: no host")
    started = time.monotonic()
    try:
        return await asyncio.wait_for(
            _fetch(client, url.strip(), settings, headers, started), timeout=settings.timeout
        )
    except asyncio.TimeoutError:
        raise FetchError(f"no answer within {_seconds(settings.timeout)}") from None
    except FetchError:
        raise
    except httpx.TooManyRedirects:
        raise FetchError("redirect loop") from None
    except httpx.ConnectTimeout:
        raise FetchError(
            f"no connection within {_seconds(settings.connect_timeout)} ({_hostport(parts)})"
        ) from None
    except httpx.ReadTimeout:
        raise FetchError(f"no answer within {_seconds(settings.read_timeout)}") from None
    except httpx.TimeoutException:
        raise FetchError(f"no answer within {_seconds(settings.timeout)}") from None
    except httpx.ConnectError as exc:
        raise FetchError(_connect_message(exc, parts)) from None
    except httpx.RemoteProtocolError:
        raise FetchError("the server closed the connection or sent a broken response") from None
    except httpx.DecodingError:
        raise FetchError("could not decode the response body") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL ({_short(str(exc))})") from None
    except httpx.HTTPError as exc:  # ReadError, WriteError, ProxyError, ...
        raise FetchError(f"network error: {_short(str(exc)) or type(exc).__name__}") from None
    except (sqlite3.Error, RuntimeError) as exc:  # the HTTP cache failed (hishel)
        log.exception("HTTP cache failed for %s", url)
        raise FetchError(f"HTTP cache error: {_short(str(exc))}") from None


async def _fetch(
    client: httpx.AsyncClient,
    url: str,
    settings: HttpSettings,
    headers: Mapping[str, str] | None,
    started: float,
) -> FetchResult:
    request = client.build_request("GET", url, headers=dict(headers) if headers else None)
    response = await client.send(request, stream=True)
    try:
        status = response.status_code
        if status >= 400:
            raise _status_error(response)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > settings.max_bytes:
            raise FetchError(_too_large(settings.max_bytes))
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > settings.max_bytes:
                raise FetchError(_too_large(settings.max_bytes))
            chunks.append(chunk)
    finally:
        await response.aclose()
    caching = response.extensions.get("caching") or {}
    from_cache = bool(caching.get("from_cache", False))
    revalidated = bool(caching.get("revalidated", False)) or status == 304
    return FetchResult(
        url=str(response.url),
        status=status,
        content=b"".join(chunks),
        headers=dict(response.headers),
        from_cache=from_cache,
        revalidated=revalidated,
        elapsed=time.monotonic() - started,
    )


def _status_error(response: httpx.Response) -> FetchError:
    status = response.status_code
    # The standard phrase where there is one: servers send "NOT FOUND", "Not found" or
    # nothing (HTTP/2); their own words only for codes outside the standard.
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = clean_text(response.reason_phrase or "", 60, html_input=False)
    message = f"HTTP {status} {reason}".rstrip()
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    return FetchError(message, status=status, retry_after=retry_after)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = now or datetime.now(timezone.utc)
    return max(0.0, (when - current).total_seconds())


def _connect_message(exc: BaseException, parts: object) -> str:
    hostport = _hostport(parts)
    host = getattr(parts, "hostname", None) or "?"
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return f"cannot resolve host ({host})"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused ({hostport})"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS certificate not accepted ({host})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS handshake failed ({host})"
        if isinstance(cause, (ConnectionResetError, ConnectionAbortedError)):
            return f"connection reset ({hostport})"
        if isinstance(cause, OSError) and cause.errno in (101, 113):  # unreachable
            return f"network unreachable ({hostport})"
    text = str(exc)
    lowered = text.lower()
    if "name or service not known" in lowered or "nodename nor servname" in lowered:
        return f"cannot resolve host ({host})"
    if "temporary failure in name resolution" in lowered or "getaddrinfo" in lowered:
        return f"cannot resolve host ({host})"
    if "refused" in lowered:
        return f"connection refused ({hostport})"
    return f"cannot connect to {hostport}: {_short(text)}"


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything it was raised from, including members of exception groups."""
    seen: list[BaseException] = []
    stack = [exc]
    while stack and len(seen) < 50:
        current = stack.pop()
        if any(current is s for s in seen):
            continue
        seen.append(current)
        grouped = getattr(current, "exceptions", None)
        if isinstance(grouped, (list, tuple)):
            stack.extend(e for e in grouped if isinstance(e, BaseException))
        for nxt in (current.__cause__, current.__context__):
            if nxt is not None:
                stack.append(nxt)
    return seen


def _hostport(parts: object) -> str:
    host = getattr(parts, "hostname", None) or "?"
    scheme = str(getattr(parts, "scheme", "")).lower()
    try:
        port = getattr(parts, "port", None)
    except ValueError:
        port = None
    if port is None:
        port = 443 if scheme == "https" else 80
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{port}"


def _too_large(max_bytes: int) -> str:
    return f"response larger than {_size(max_bytes)}: cut off"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        mb = n / (1024 * 1024)
        return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _short(text: str, limit: int = 120) -> str:
    return clean_text(text, limit, html_input=False)


# --------------------------------------------------------------------------- local files


async def read_local(path: str, max_bytes: int) -> FetchResult:
    """Read a local file source (a path, ``~/...`` or a ``file://`` URL) off the event loop."""
    started = time.monotonic()
    target = _local_path(path)
    try:
        content = await asyncio.to_thread(_read_capped, target, max_bytes)
    except FileNotFoundError:
        raise FetchError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise FetchError(f"not a file: {path}") from None
    except PermissionError:
        raise FetchError(f"permission denied: {path}") from None
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None
    return FetchResult(
        url=str(target),
        status=200,
        content=content,
        headers={},
        from_cache=False,
        revalidated=False,
        elapsed=time.monotonic() - started,
    )


def _local_path(path: str) -> Path:
    if path.lower().startswith("file://"):
        from urllib.parse import unquote

        parts = urlsplit(path)
        return Path(unquote(parts.path))
    return Path(path).expanduser()


def _read_capped(target: Path, max_bytes: int) -> bytes:
    if target.exists() and not target.is_file():
        raise IsADirectoryError(str(target))  # a directory, FIFO or device: not a source file
    with target.open("rb") as fh:
        # Read one byte past the cap rather than trusting the size: files can grow,
        # and special files (a FIFO, /dev/zero) have no size at all.
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FetchError(_too_large(max_bytes))
    return data
