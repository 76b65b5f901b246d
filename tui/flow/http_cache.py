"""The HTTP cache (hishel 2, SQLite at ``<cache_dir>/http.db``), or none when it cannot be used.

The cache only spares the sources' servers: every fetch asks the server, conditionally when
the stored answer has a validator (ETag, Last-Modified), so an unchanged answer is a 304 and
its body comes from the cache. A stored answer is never reused without asking, whatever its
``max-age`` or the freshness RFC 9111 reads into a bare ``Last-Modified`` (days, for a file a
month old): the scheduler already decides when a source is asked again, and a reused answer
would pass for one fetched now. Any trouble with the cache means fetching without it, never a
failed source:

- a cache folder or file that cannot be written (read-only folder or mount, an immutable
  file, a path below a regular file): no cache this session;
- a file that is not a healthy hishel 2 cache: removed first (it is only a cache);
- another process holding the file locked: a lookup waits at most ``LOCK_WAIT`` (hishel's own
  wait is 5 s per statement, and every wait counts against the request's deadline), then is a
  miss, and the response is served uncached; the requests of the next ``LOCK_PAUSE`` seconds
  then go by the cache (each paid a wait per statement, three or four a request: ten sources
  took 32 s instead of 3).

hishel logs those failures with ``logger.exception``; with no logging configured Python would
print the traceback on stderr (the "last resort" handler), over the user's terminal. The
hishel, httpx and httpcore loggers get a ``NullHandler`` instead; a program that configures
logging itself still receives their records.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

import hishel
import httpx
from hishel.httpx import AsyncCacheTransport

from tui.store.files import COMPANIONS, unwritable

log = logging.getLogger(__name__)

CACHE_FILE = "http.db"
# hishel's tables in the cache database; anything else there means the file is not ours.
_HISHEL_TABLES = {"entries", "streams"}
# The HTTP cache may grow to this many bytes before hishel evicts old entries.
_CACHE_MAX_SIZE = 256 * 1024 * 1024
_QUIET_LOGGERS = ("hishel", "httpx", "httpcore")
# Longest wait for another process's lock on the HTTP cache (s).
LOCK_WAIT = 1.0
# How long requests go by the cache once a wait for its lock ran out (s).
LOCK_PAUSE = 60.0


class _LockSeen(logging.Filter):
    """Notes when hishel's storage met another process's lock (it logs the error and goes on:
    a miss, or the answer served uncached), so the requests after it skip the cache a while."""

    def __init__(self) -> None:
        super().__init__()
        self.until = 0.0

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, sqlite3.OperationalError) and (
            "locked" in str(exc) or "busy" in str(exc)
        ):
            self.until = time.monotonic() + LOCK_PAUSE
        return True

    def locked(self) -> bool:
        return time.monotonic() < self.until


_STORAGE_LOGGER = "hishel._core._storages._async_sqlite"
#: What a lookup skipped meanwhile raises (no "locked" in it: a skip does not prolong the pause).
_SKIPPED = "HTTP cache skipped: another process held it moments ago"


class _BriefStorage(hishel.AsyncSqliteStorage):
    """hishel's SQLite storage, waiting at most ``LOCK_WAIT`` for a lock. It opens the
    connection itself (hishel would open it with sqlite3's 5 s timeout) and lowers the
    busy timeout hishel sets while creating its tables."""

    seen: _LockSeen | None = None

    async def _ensure_connection(self) -> Any:
        if self.seen is not None and self.seen.locked():  # a miss at once, not a wait
            raise sqlite3.OperationalError(_SKIPPED)
        if self.connection is None and not self._closed:
            import anysqlite

            conn = await anysqlite.connect(
                str(self.database_path), isolation_level=None, timeout=LOCK_WAIT
            )
            if self.connection is None:
                self.connection = conn
            else:  # another task opened it meanwhile
                await conn.close()
        return await super()._ensure_connection()

    async def _initialize_database(self) -> None:
        await super()._initialize_database()
        assert self.connection is not None
        cursor = await self.connection.cursor()
        await cursor.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT * 1000)}")


def quiet_library_logs() -> None:
    """Keep the HTTP libraries' log records (tracebacks included) off the terminal."""
    for name in _QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def cache_transport(
    inner: httpx.AsyncBaseTransport, cache_dir: Path | None, *, max_bytes: int
) -> httpx.AsyncBaseTransport:
    """``inner`` wrapped in the HTTP cache at ``cache_dir``, or ``inner`` itself when there is
    no cache folder or it cannot be used (see the module docstring)."""
    quiet_library_logs()
    if cache_dir is None:
        return inner
    db_path = cache_dir / CACHE_FILE
    fault = unwritable(db_path)
    why = None if fault is None else str(fault)
    if why is None:
        try:
            ensure_usable_cache(db_path)
        except OSError as exc:
            why = f"{db_path} cannot be replaced ({exc.strerror or exc})"
    if why is not None:
        log.info("HTTP cache off this session: %s", why)
        return inner
    storage = _BriefStorage(
        database_path=db_path, max_stream_size=max_bytes, max_size=_CACHE_MAX_SIZE
    )
    upstream = _Upstream(inner)
    cached = AsyncCacheTransport(upstream, storage=storage, rfc=hishel.CacheOptions(shared=False))
    seen = storage.seen = _LockSeen()
    logging.getLogger(_STORAGE_LOGGER).addFilter(seen)
    return _AlwaysAsk(cached, upstream, seen)


_ASK = "no-cache"  # a request's "revalidate first" (RFC 9111 5.2.1.4), for the cache alone


class _AlwaysAsk(httpx.AsyncBaseTransport):
    """Into the cache: every request asks it to revalidate what it holds (see the module)."""

    def __init__(
        self, cache: httpx.AsyncBaseTransport, upstream: _Upstream, seen: _LockSeen
    ) -> None:
        self.cache = cache
        self.upstream = upstream
        self.seen = seen

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.seen.locked():  # another process holds the cache: straight to the network
            return await self.upstream.handle_async_request(request)
        request.headers["cache-control"] = _ASK
        return await self.cache.handle_async_request(request)

    async def aclose(self) -> None:
        logging.getLogger(_STORAGE_LOGGER).removeFilter(self.seen)
        await self.cache.aclose()


class _Upstream(httpx.AsyncBaseTransport):
    """Out of the cache to the network: without the cache's own ``no-cache`` (a CDN would
    pass the request on to the origin server for it)."""

    def __init__(self, network: httpx.AsyncBaseTransport) -> None:
        self.network = network

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("cache-control") == _ASK:
            del request.headers["cache-control"]
        return await self.network.handle_async_request(request)

    async def aclose(self) -> None:
        await self.network.aclose()


def ensure_usable_cache(db_path: Path) -> None:
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
    for suffix in ("", *COMPANIONS):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()
