"""The refresh engine: fetch due sources concurrently and politely, parse, store, keep health.

One :class:`Refresher` per process. It owns the shared HTTP client, knows each source's cadence
and failure count, never runs a source twice at once, bounds concurrency globally and per host,
backs off exponentially on failure (honouring ``Retry-After``), and writes what it got into the
store, which is what every view reads. A failed source keeps its last good data in the store.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tui.core.config_types import Config, SourceConfig
from tui.core.models import DeclaredPolicy, Headline, PriceSeries, SourceHealth
from tui.sources import registry

if TYPE_CHECKING:
    import httpx

    from tui.flow.fetch_common import HttpSettings
    from tui.store import Store

BACKOFF_BASE = 30.0
BACKOFF_CAP = 3600.0
# A server's Retry-After is honoured up to this long (a misconfigured "Retry-After: 31536000"
# must not silence a source for a year; next_attempt is persisted across restarts).
RETRY_AFTER_CAP = 86400.0
# Fetches in flight at once. The per-host bound (2) is what keeps us polite to servers; this one
# guards the local link: 32 bodies of ~100 KB (3.2 MB) fit a 2 Mbit/s line inside the 20 s
# per-request deadline, where 64 would time out together. Sources queued here have not started
# their deadline yet. See benchmarks/bench_fanout.py for the measured effect.
MAX_CONCURRENCY = 32
PER_HOST = 2


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Outcome:
    source: SourceConfig
    ok: bool
    fetched_at: datetime
    error: str | None = None
    warning: str | None = None
    items: int = 0
    new_items: int = 0
    from_cache: bool = False
    retry_after: float | None = None


def http_settings(config: Config) -> HttpSettings:
    from tui.flow.fetch_common import HttpSettings

    return HttpSettings(
        timeout=config.app.timeout, max_bytes=int(config.app.max_body_mb * 1024 * 1024)
    )


class Refresher:
    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        cache_dir: Any = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = utcnow,
        max_concurrency: int = MAX_CONCURRENCY,
        per_host: int = PER_HOST,
        jitter: float = 0.25,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.cache_dir = cache_dir
        self.transport = transport
        self.jitter = jitter
        self._client: httpx.AsyncClient | None = None
        self._global = asyncio.Semaphore(max_concurrency)
        self._per_host_n = per_host
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._host_last: dict[str, float] = {}
        self._running: set[str] = set()
        self._failures: dict[str, int] = {}
        self._pruned_at: datetime | None = None
        stored = store.load_health()
        self.health: dict[str, SourceHealth] = {}
        for src in config.sources:
            h = stored.get(src.name) or SourceHealth(src.name, src.kind)
            h.kind = src.kind
            if h.next_attempt is not None and self._source_changed(src):
                h.next_attempt = None  # an edited source is fetched now, not at the old schedule
            self.health[src.name] = h

    def _source_changed(self, src: SourceConfig) -> bool:
        """Whether the source's definition differs from the one the stored schedule was for."""
        described = json.dumps([src.kind, src.url, dict(src.options)], sort_keys=True, default=str)
        try:
            before = self.store.get_meta(f"source:{src.name}")
            if before != described:
                self.store.set_meta(f"source:{src.name}", described)
            return before is not None and before != described
        except Exception:
            return False

    # ---- scheduling -------------------------------------------------------------------

    def cadence(self, src: SourceConfig) -> float:
        return registry.cadence(src, self.config.app.refresh)

    def sync_from_store(self) -> bool:
        """Adopt fetches another process made (another browser tab, `metalwatch snapshot`):
        a newer stored fetch replaces our record, so the source is not fetched again before its
        cadence. True when something was adopted (the caller should repaint from the store)."""
        try:
            stored = self.store.load_health()
        except Exception:
            return False
        adopted = False
        for name, theirs in stored.items():
            mine = self.health.get(name)
            if mine is None or name in self._running or theirs.fetched_at is None:
                continue
            if mine.fetched_at is None or theirs.fetched_at > mine.fetched_at:
                theirs.kind = mine.kind
                self.health[name] = theirs
                adopted = True
        return adopted

    def due(self, now: datetime | None = None) -> list[SourceConfig]:
        now = now or self.clock()
        out = []
        for src in self.config.sources:
            if src.name in self._running:
                continue
            h = self.health[src.name]
            if h.next_attempt is None or h.next_attempt <= now:
                out.append(src)
        return out

    def next_due(self) -> datetime | None:
        times = [h.next_attempt for h in self.health.values() if h.next_attempt is not None]
        return min(times) if times else None

    def _schedule(self, src: SourceConfig, outcome: Outcome) -> datetime:
        cadence = self.cadence(src)
        if outcome.ok:
            self._failures[src.name] = 0
            delay = cadence * (1 + random.uniform(-0.1, 0.1))
        else:
            n = self._failures.get(src.name, 0) + 1
            self._failures[src.name] = n
            # the exponent is bounded: 2.0 ** 1024 overflows a float after ~1000 failures
            grown = BACKOFF_BASE * 2.0 ** min(n - 1, 30)
            delay = min(grown, BACKOFF_CAP, max(cadence, BACKOFF_BASE))
            if outcome.retry_after:
                delay = max(delay, min(outcome.retry_after, RETRY_AFTER_CAP))
        delay = max(delay, registry.KIND_MIN_INTERVAL.get(src.kind, 0.0))
        return outcome.fetched_at + timedelta(seconds=delay)

    # ---- running ----------------------------------------------------------------------

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            from tui.flow.http import make_client

            self._client = make_client(
                http_settings(self.config), self.cache_dir, transport=self.transport
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def run(
        self,
        sources: Sequence[SourceConfig] | None = None,
        *,
        deadline: float | None = None,
        stagger: bool = False,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> list[Outcome]:
        """Fetch ``sources`` (default: the due ones) concurrently; return their outcomes.
        ``on_outcome`` hears of each source as soon as it is stored (a local file need not
        wait for a slow server)."""
        todo = [
            s for s in (self.due() if sources is None else sources) if s.name not in self._running
        ]
        if not todo:
            return []
        for s in todo:
            self._running.add(s.name)
        tasks = [asyncio.ensure_future(self._one(s, stagger, on_outcome)) for s in todo]
        try:
            if deadline is None:
                done = await asyncio.gather(*tasks)
                return list(done)
            finished, pending = await asyncio.wait(tasks, timeout=deadline)
            for t in pending:
                t.cancel()
            if pending:  # let them close their connections before we report
                await asyncio.gather(*pending, return_exceptions=True)
            results: list[Outcome] = []
            for s, t in zip(todo, tasks, strict=True):
                if t in finished and not t.cancelled() and t.exception() is None:
                    results.append(t.result())
                else:
                    out = Outcome(s, False, self.clock(), error=f"no answer within {deadline:g} s")
                    self._record(s, out)
                    results.append(out)
            return results
        finally:
            # run() itself cancelled (the app quitting, a worker replaced): stop the fetches too
            unfinished = [t for t in tasks if not t.done()]
            for t in unfinished:
                t.cancel()
            if unfinished:
                await asyncio.gather(*unfinished, return_exceptions=True)
            for s in todo:
                self._running.discard(s.name)
            self._prune()

    def _prune(self) -> None:
        """Keep the store bounded (``retention_days``, ``max_stories``), at most once an hour."""
        now = self.clock()
        if self._pruned_at is not None and (now - self._pruned_at).total_seconds() < 3600:
            return
        self._pruned_at = now
        try:
            self.store.prune(
                max_age_days=self.config.app.retention_days,
                max_stories=self.config.app.max_stories,
                now=now,
            )
        except Exception:  # a full or locked disk must not stop the refresh
            pass

    async def _one(
        self, src: SourceConfig, stagger: bool, on_outcome: Callable[[Outcome], None] | None = None
    ) -> Outcome:
        if stagger and self.jitter and not src.is_local:  # a local file troubles no server
            await asyncio.sleep(random.uniform(0, self.jitter))
        try:
            outcome = await self._fetch_and_parse(src)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug in a parser must not take the app down
            outcome = Outcome(
                src, False, self.clock(), error=f"internal error: {type(exc).__name__}: {exc}"
            )
        self._record(src, outcome)
        if on_outcome is not None:
            try:
                on_outcome(outcome)
            except Exception:  # a listener's trouble is not the source's
                pass
        return outcome

    async def _fetch_and_parse(self, src: SourceConfig) -> Outcome:
        from tui.flow.fetch_common import FetchError, read_local
        from tui.sources.base import SourceError

        settings = http_settings(self.config)
        try:
            url = registry.url_for(src)
        except (SourceError, ValueError, KeyError) as exc:
            return Outcome(src, False, self.clock(), error=f"cannot build the URL: {exc}")
        try:
            if src.is_local:
                result = await read_local(url, settings.max_bytes)
            else:
                fetch = (await _http()).fetch
                host = urlsplit(url).netloc.lower()
                sem = self._hosts.setdefault(host, asyncio.Semaphore(self._per_host_n))
                # The host's slot first, then a global one: a task queued behind its host must
                # not hold a global slot that a fetch from another host could use.
                async with sem:
                    await self._respect_min_interval(src, host)
                    async with self._global:
                        result = await fetch(
                            self._get_client(),
                            url,
                            settings=settings,
                            headers=registry.KIND_HEADERS.get(src.kind),
                        )
        except FetchError as exc:
            return Outcome(src, False, self.clock(), error=str(exc), retry_after=exc.retry_after)
        fetched_at = self.clock()
        module = registry.module_for(src.kind)
        try:
            parsed = await asyncio.to_thread(
                module.parse, result.content, src, fetched_at=fetched_at, headers=result.headers
            )
        except SourceError as exc:
            return Outcome(src, False, fetched_at, error=str(exc))
        return self._save(src, parsed, fetched_at, result.from_cache)

    async def _respect_min_interval(self, src: SourceConfig, host: str) -> None:
        gap = registry.KIND_MIN_INTERVAL.get(src.kind)
        if not gap:
            return
        last = self._host_last.get(host)
        now = time.monotonic()
        if last is not None and now - last < gap:
            await asyncio.sleep(gap - (now - last))
        self._host_last[host] = time.monotonic()

    def _save(
        self, src: SourceConfig, parsed: Any, fetched_at: datetime, from_cache: bool
    ) -> Outcome:
        warning = None
        if isinstance(parsed, PriceSeries):
            self.store.save_series(parsed)
            return Outcome(src, True, fetched_at, items=len(parsed.points), from_cache=from_cache)
        if isinstance(parsed, list) and (not parsed or isinstance(parsed[0], DeclaredPolicy)):
            if src.kind == "policy-file":
                self.store.save_declared(src.name, parsed)
                return Outcome(src, True, fetched_at, items=len(parsed), from_cache=from_cache)
        headlines: list[Headline] = getattr(parsed, "headlines", parsed)
        warning = getattr(parsed, "warning", None)
        new = self.store.save_headlines(src.name, headlines, seen_at=fetched_at)
        return Outcome(
            src,
            True,
            fetched_at,
            warning=warning,
            items=len(headlines),
            new_items=new,
            from_cache=from_cache,
        )

    def _record(self, src: SourceConfig, outcome: Outcome) -> None:
        h = self.health.setdefault(src.name, SourceHealth(src.name, src.kind))
        h.fetched_at = outcome.fetched_at
        h.ok = outcome.ok
        h.next_attempt = self._schedule(src, outcome)
        if outcome.ok:
            h.error = None
            h.warning = outcome.warning
            h.items = outcome.items
            h.last_success = outcome.fetched_at
            h.stale = False
        else:
            h.error = outcome.error
            h.stale = h.last_success is not None
        try:
            self.store.save_health(h)
        except Exception:  # the store may be read-only or full; health stays in memory
            pass


_http_module: ModuleType | None = None


async def _http() -> ModuleType:
    """``tui.flow.http``, imported off the event loop the first time (httpx and hishel take
    half a second: local files and the UI go on meanwhile). Never read from ``sys.modules``:
    there a module being imported by another thread is already listed, half initialised; the
    import machinery makes a second importer wait for the first."""
    global _http_module
    if _http_module is None:
        _http_module = await asyncio.to_thread(importlib.import_module, "tui.flow.http")
    return _http_module


def is_stale(h: SourceHealth, cadence: float, now: datetime) -> bool:
    """Data is stale when the last success is older than twice its cadence (or never)."""
    if h.last_success is None:
        return True
    return (now - h.last_success).total_seconds() > 2 * cadence + 60
