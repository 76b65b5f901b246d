"""The refresh engine: fetch due sources concurrently and politely, parse, store, keep health.

One :class:`Refresher` per process. It owns the shared HTTP client, knows each source's cadence
and failure count, never runs a source twice at once, bounds concurrency globally and per host
(``tui.flow.http.slots``), backs off exponentially on failure (honouring ``Retry-After``, also
across processes: ``tui.flow.schedule``), holds back suspect price updates
(``tui.flow.price_guard``) and writes what it got into the store, which is what every view
reads. A failed source keeps its last good data in the store. One source's fetch (the client,
the bytes, unchanged or parsed and stored) is :class:`tui.flow.source_fetch.SourceFetch`'s.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from tui.core.config_types import Config, SourceConfig
from tui.core.models import SourceHealth
from tui.flow import saving, schedule
from tui.flow.health import emptied_note, is_stale, of_address, of_last_good, same_address
from tui.flow.lock_wait import wait_writable
from tui.flow.outcome import Outcome, plain_error
from tui.flow.schedule import BACKOFF_BASE, BACKOFF_CAP, RETRY_AFTER_CAP
from tui.flow.source_fetch import MAX_BODIES, SourceFetch, http_settings
from tui.sources import registry
from tui.sources.prices_common import join_warnings

if TYPE_CHECKING:
    import httpx

    from tui.flow.http.slots import HostSlots
    from tui.store import Store

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_CAP",
    "MAX_BODIES",
    "RETRY_AFTER_CAP",
    "Outcome",
    "Refresher",
    "http_settings",
    "is_stale",
]

# Requests in flight at once, and bodies being received at once (see tui/flow/http/slots.py).
# Waiting for an answer costs the link nothing, so the first bound is wide: 40 feeds on 40 hosts
# wait for their latencies together. The second guards the local link: 32 bodies of ~100 KB fit
# a 2 Mbit/s line inside the 20 s deadline. The per-host bound (2) keeps us polite to servers.
# See benchmarks/bench_fanout.py for the measured effect.
MAX_CONCURRENCY = 64  # MAX_BODIES: in ``tui.flow.source_fetch``, which holds the slots
PER_HOST = 2


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Refresher(SourceFetch):
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
        self._client_lock = asyncio.Lock()  # one client, made at the first network fetch
        self._max_concurrency = max_concurrency
        self._per_host_n = per_host
        self._slots: HostSlots | None = None
        self._running: set[str] = set()
        self.ran = False  # a run fetched (or tried) sources: rows left out may be removed
        self._failures: dict[str, int] = {}
        self._pruned_at: datetime | None = None
        self._changed: set[str] = set()  # sources whose definition changed since last stored
        stored = store.load_health()
        self.health: dict[str, SourceHealth] = {}
        for src in config.sources:
            h = of_address(stored.get(src.name), src)  # none of another address's state
            h.kind, h.url = src.kind, src.url
            if self._source_changed(src):
                self._changed.add(src.name)
                h.next_attempt = None  # an edited source is fetched now, not at the old schedule
            self.health[src.name] = h

    def _source_changed(self, src: SourceConfig) -> bool:
        """Whether the source's definition differs from the one the stored schedule was for."""
        described = saving.described(src)
        try:
            before = self.store.get_meta(saving.source_key(src))
            if before != described:
                self.store.set_meta(saving.source_key(src), described)
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
            if not same_address(theirs.url, mine.url):
                continue  # another address's fetch (a process under the config before)
            if mine.fetched_at is None or theirs.fetched_at > mine.fetched_at:
                theirs.kind, theirs.url = mine.kind, mine.url
                self.health[name] = theirs
                adopted = True
        return adopted

    def due(self, now: datetime | None = None) -> list[SourceConfig]:
        now = now or self.clock()
        out = []
        for src in self.config.sources:
            if src.name in self._running:
                continue
            if schedule.due(self.health[src.name], now):
                out.append(src)
        return out

    def next_due(self) -> datetime | None:
        times = [h.next_attempt for h in self.health.values() if h.next_attempt is not None]
        return min(times) if times else None

    def _schedule(self, src: SourceConfig, outcome: Outcome) -> datetime:
        if outcome.ok:
            self._failures[src.name] = 0
        else:
            self._failures[src.name] = self._failures.get(src.name, 0) + 1
        return schedule.next_attempt(
            src,
            self.cadence(src),
            outcome.fetched_at,
            outcome.ok,
            self._failures[src.name],
            outcome.retry_after,
        )

    # ---- running ----------------------------------------------------------------------

    async def run(
        self,
        sources: Sequence[SourceConfig] | None = None,
        *,
        deadline: float | None = None,
        stagger: bool = False,
        honour_waits: bool = False,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> list[Outcome]:
        """Fetch ``sources`` (default: the due ones) concurrently; return their outcomes.

        ``deadline`` bounds each source's fetch from the moment it holds its host's slot (time
        queued behind other sources of its host does not count), so one hung server never
        makes the good sources behind it fail. With ``honour_waits`` (the one-shot commands
        without ``--force``), a source waiting after a failure is not fetched: its outcome is
        ``skipped``, with "not due until HH:MM (why)", and its stored data stands.
        ``on_outcome`` hears of each fetched source as soon as it is stored (a local file need
        not wait for a slow server).
        """
        todo = [
            s for s in (self.due() if sources is None else sources) if s.name not in self._running
        ]
        skipped: list[Outcome] = []
        if honour_waits:
            now = self.clock()
            waiting = [s for s in todo if schedule.waiting(s, self.health[s.name], now)]
            skipped = [self._skip(s) for s in waiting]
            todo = [s for s in todo if s not in waiting]
        if not todo:
            return skipped
        for s in todo:
            self._running.add(s.name)
        tasks = [asyncio.ensure_future(self._one(s, stagger, deadline, on_outcome)) for s in todo]
        try:
            done = await asyncio.gather(*tasks)
            return skipped + list(done)
        finally:
            # run() cancelled (a signal, the quit, a worker replaced): so are the fetches, closed
            unfinished = [t for t in tasks if not t.done()]
            for t in unfinished:
                t.cancel()
            if unfinished:
                await asyncio.gather(*unfinished, return_exceptions=True)
            for s in todo:
                self._running.discard(s.name)
            self.ran = True
            await asyncio.to_thread(self._prune)  # off the screen's thread: deletes can be many
            if self.store.left_out.where:  # rows zeroed in place that its reads left out
                await asyncio.to_thread(self._remove_damaged)

    def _skip(self, src: SourceConfig) -> Outcome:
        """A source not fetched because it is not due: said so on its health line (read back
        without the note once the wait is over: :func:`tui.flow.health.source_health`)."""
        h = self.health[src.name]
        note = schedule.not_due_note(h)
        if h.ok:
            h.warning = schedule.with_note(h.warning, note)
        else:
            h.error = schedule.with_note(h.error, note)
        try:
            self.store.save_health(h)
        except Exception:  # a read-only store: the note is still printed
            pass
        return Outcome(
            src, h.ok, h.fetched_at or self.clock(), error=note, items=h.items, skipped=True
        )

    def _prune(self) -> None:
        """Keep the store bounded (``retention_days``, ``max_stories``), at most once an hour."""
        now = self.clock()
        # an hour since the last one; a last one "after" now was under a clock that ran ahead
        if self._pruned_at is not None and 0 <= (now - self._pruned_at).total_seconds() < 3600:
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

    @property
    def running(self) -> bool:
        """A run is fetching sources now."""
        return bool(self._running)

    def remove_damaged(self) -> int:
        """The rows left out as damaged that reads of the same file on other connections (the
        app's loads: ``Store.adopt_left_out``) handed to this store, removed once a run has
        stored the sources' answers (as ``snapshot`` removes them after its refresh); how many.
        None before a run, nor on a cache read-only or locked."""
        if not self.ran:
            return 0
        before = self.store.left_out.removed
        self._remove_damaged()
        return self.store.left_out.removed - before

    def _remove_damaged(self) -> None:
        """The rows zeroed in place this store's reads left out (and the snapshot says), removed
        now that the sources' answers are stored: a zeroed key is never written over, and every
        session said it again (``Store.remove_left_out``)."""
        try:
            self.store.remove_left_out()
        except Exception:  # a full or locked disk must not stop the refresh
            pass

    async def _one(
        self,
        src: SourceConfig,
        stagger: bool,
        budget: float | None,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> Outcome:
        if stagger and self.jitter and not src.is_local:  # a local file troubles no server
            await asyncio.sleep(random.uniform(0, self.jitter))
        try:
            outcome = await self._fetch_and_parse(src, budget)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug in a parser must not take the app down
            outcome = Outcome(src, False, self.clock(), error=plain_error(exc))
        await wait_writable(self.store)  # another program's lock: waited off the event loop
        await asyncio.to_thread(self.store_health, self._record(src, outcome))
        if on_outcome is not None:
            try:
                on_outcome(outcome)
            except Exception:  # a listener's trouble is not the source's
                pass
        return outcome

    def _record(self, src: SourceConfig, outcome: Outcome) -> SourceHealth:
        """The source's health after ``outcome`` (in memory; :meth:`store_health` saves it)."""
        h = self.health.setdefault(src.name, SourceHealth(src.name, src.kind, url=src.url))
        h.fetched_at = outcome.fetched_at
        h.ok = outcome.ok
        h.next_attempt = self._schedule(src, outcome)
        if outcome.ok:
            # said on its line and, with the outcome's warning, on a command's stderr
            outcome.warning = join_warnings(outcome.warning, emptied_note(src, h, outcome.items))
            h.error = None
            h.warning = outcome.warning
            h.items = outcome.items
            h.last_success = outcome.fetched_at
            h.stale = False
        else:
            h.error = outcome.error
            h.warning = of_last_good(h.warning, h.last_success)
            h.stale = h.last_success is not None
        return h

    def store_health(self, h: SourceHealth) -> None:
        try:
            self.store.save_health(h)
        except Exception:  # the store may be read-only or full; health stays in memory
            pass
