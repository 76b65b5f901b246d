"""The app's one HTTP client: settings and construction.

``make_client`` builds a single ``httpx.AsyncClient``: our User-Agent, connect/read timeouts,
bounded redirects, HTTP/2 where a server offers it (many feeds on one host then share one
connection) and an RFC 9111 HTTP cache (hishel 2.0, SQLite at ``<cache_dir>/http.db``) so that
ETag/Last-Modified revalidation and ``max-age`` spare the sources' servers.

Tests pass their own transport through ``make_client(transport=...)``: it goes *inside* the
cache transport, so the cache is exercised too.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import hishel
import httpx
from hishel.httpx import AsyncCacheTransport

from tui import __version__

log = logging.getLogger(__name__)

CACHE_FILE = "http.db"
# hishel's tables in the cache database; anything else there means the file is not ours.
_HISHEL_TABLES = {"entries", "streams"}
# The HTTP cache may grow to this many bytes before hishel evicts old entries.
_CACHE_MAX_SIZE = 256 * 1024 * 1024


@dataclass(frozen=True)
class HttpSettings:
    """Limits for every request the app makes."""

    timeout: float = 20.0  # total deadline per request, body included (s)
    connect_timeout: float = 10.0
    read_timeout: float = 15.0  # longest wait for the next bytes (s)
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = f"metalwatch/{__version__} (+https://github.com/metalwatch/metalwatch)"


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
    inner: httpx.AsyncBaseTransport = transport or network_transport()
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


def network_transport() -> httpx.AsyncHTTPTransport:
    """The real network: HTTP/2 when the ``h2`` package is there and the server agrees (ALPN)."""
    try:
        import h2  # noqa: F401
    except ImportError:
        return httpx.AsyncHTTPTransport()
    return httpx.AsyncHTTPTransport(http2=True)
