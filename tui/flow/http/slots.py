"""Per-host and global slots for fetches, so we are polite to servers and to the local link.

A fetch takes its host's slot first, then a global one: a fetch queued behind its host must
not hold a global slot that a fetch from another host could use. The request's deadline starts
only once both are held (the caller runs it inside ``hold``), and the slots are given back when
the request ends, at the latest at that deadline: a hung server costs its host one slot for one
deadline per hung source, never the whole refresh, and the good sources behind it on the same
host are fetched in their own time.

Two global bounds: ``max_requests`` requests in flight (mostly waiting for servers to answer,
which costs the link nothing: 40 feeds on 40 hosts wait for their latencies together, one wave,
not two), and ``max_bodies`` bodies being received at once (``body``, held by ``fetch`` while
it reads): what shares the local link's bandwidth. 32 bodies of ~100 KB (3.2 MB) fit a
2 Mbit/s line inside the 20 s per-request deadline, where 64 would time out together; time
spent waiting for a body slot does not count against the deadline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HostSlots:
    def __init__(self, per_host: int, max_requests: int, max_bodies: int | None = None) -> None:
        self.per_host = per_host
        self._global = asyncio.Semaphore(max_requests)
        self._bodies = asyncio.Semaphore(max_bodies or max_requests)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._last: dict[str, float] = {}

    @asynccontextmanager
    async def hold(self, host: str, min_interval: float = 0.0) -> AsyncIterator[None]:
        """Hold a slot on ``host`` (``host:port``) and a global one; ``min_interval`` seconds
        at least between the starts of two fetches to that host (a source kind's own rule)."""
        sem = self._hosts.setdefault(host, asyncio.Semaphore(self.per_host))
        async with sem:
            if min_interval:
                last = self._last.get(host)
                now = time.monotonic()
                if last is not None and now - last < min_interval:
                    await asyncio.sleep(min_interval - (now - last))
                self._last[host] = time.monotonic()
            async with self._global:
                yield

    @asynccontextmanager
    async def body(self) -> AsyncIterator[None]:
        """Hold one of the slots for receiving a body."""
        async with self._bodies:
            yield
