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
import contextlib
import logging
import math
import socket
import sqlite3
import ssl
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

import hishel
import httpx
from hishel.httpx import AsyncCacheTransport

from tui.core.text import clean_text
from tui.flow.fetch_common import (  # here too: the names callers know this module by
    FetchError,
    FetchResult,
    HttpSettings,
    _too_large,
    read_local,
)

__all__ = [
    "FetchError",
    "FetchResult",
    "HttpSettings",
    "fetch",
    "make_client",
    "parse_retry_after",
    "read_local",
]

log = logging.getLogger(__name__)

CACHE_FILE = "http.db"
# hishel's tables in the cache database; anything else there means the file is not ours.
_HISHEL_TABLES = {"entries", "streams"}
# The HTTP cache may grow to this many bytes before hishel evicts old entries.
_CACHE_MAX_SIZE = 256 * 1024 * 1024


# --------------------------------------------------------------------------- client


def make_client(
    settings: HttpSettings,
    cache_dir: Path | None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The app's one client. With ``cache_dir``, responses are cached per RFC 9111 there.

    ``transport`` replaces the network transport (tests); it sits inside the cache.
    A cache file that is unreadable or holds someone else's tables is removed first (it is
    only a cache), so hishel never refuses to work.
    """
    inner: httpx.AsyncBaseTransport = transport or httpx.AsyncHTTPTransport()
    outer: httpx.AsyncBaseTransport = inner
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        db_path = cache_dir / CACHE_FILE
        _ensure_usable_cache(db_path)
        storage = hishel.AsyncSqliteStorage(
            database_path=db_path,
            max_stream_size=settings.max_bytes,
            max_size=_CACHE_MAX_SIZE,
        )
        outer = AsyncCacheTransport(inner, storage=storage, rfc=hishel.CacheOptions(shared=False))
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


def _ensure_usable_cache(db_path: Path) -> None:
    """Delete ``db_path`` (and its WAL files) when it is not a healthy hishel 2 cache."""
    if not db_path.exists():
        return
    problem: str | None = None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=2.0)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                problem = "failed its integrity check"
            else:
                tables = {
                    r[0]
                    for r in conn.execute(
                        "SELECT name FROM sqlite_master WHERE type = 'table'"
                        " AND name NOT LIKE 'sqlite_%'"
                    )
                }
                if not tables <= _HISHEL_TABLES:
                    problem = "holds tables that are not an HTTP cache"
                elif "entries" in tables:
                    cols = {r[1] for r in conn.execute("PRAGMA table_info(entries)")}
                    if "chunk_count" not in cols:
                        problem = "is an old cache format"
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return  # another instance is using it: leave it alone
        problem = f"is unreadable ({exc})"
    except sqlite3.DatabaseError as exc:
        problem = f"is unreadable ({exc})"
    if problem is None:
        return
    log.warning("HTTP cache %s %s: starting an empty one", db_path, problem)
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()


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


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _short(text: str, limit: int = 120) -> str:
    return clean_text(text, limit, html_input=False)
