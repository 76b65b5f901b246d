"""One source's fetch, for the refresh engine (``tui.flow.refresh.Refresher`` is one): the
shared HTTP client (made once, on a thread), the per-host slots, the bytes fetched (or a local
file read), skipped when they are what was stored last (``tui.flow.unchanged``: not even read
when a local file's signature says so), parsed by the source's kind and stored, each slow step
off the event loop."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tui.core.config_types import Config, SourceConfig
from tui.core.models import PriceSeries
from tui.flow import saving, unchanged
from tui.flow.lock_wait import wait_writable
from tui.flow.outcome import Outcome, within
from tui.sources import registry
from tui.sources.prices_common import join_warnings

if TYPE_CHECKING:
    import httpx

    from tui.flow.http import HttpSettings
    from tui.flow.http.slots import HostSlots
    from tui.store import Store

__all__ = ["MAX_BODIES", "SourceFetch", "http_settings"]

#: Bodies being received at once (``tui.flow.refresh`` says why 32).
MAX_BODIES = 32


def http_settings(config: Config) -> HttpSettings:
    from tui.flow.http import HttpSettings
    from tui.flow.http.client import read_timeout_for

    return HttpSettings(
        timeout=config.app.timeout,
        read_timeout=read_timeout_for(config.app.timeout),
        max_bytes=int(config.app.max_body_mb * 1024 * 1024),
    )


class SourceFetch:
    """The fetch of one source; the refresher sets what it reads (in its ``__init__``)."""

    config: Config
    store: Store
    clock: Callable[[], datetime]
    cache_dir: Any
    transport: httpx.AsyncBaseTransport | None
    _client: httpx.AsyncClient | None
    _client_lock: asyncio.Lock
    _max_concurrency: int
    _per_host_n: int
    _slots: HostSlots | None
    _changed: set[str]

    async def _ready_client(self) -> httpx.AsyncClient:
        """The one client, made on a thread: making it reads the HTTP cache file and CA bundle."""
        from tui.flow.http import make_client

        async with self._client_lock:
            if self._client is None:
                args = (http_settings(self.config), self.cache_dir)
                self._client = await asyncio.to_thread(make_client, *args, transport=self.transport)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def _fetch_and_parse(self, src: SourceConfig, budget: float | None) -> Outcome:
        from tui.flow.http import FetchError, fetch, read_local
        from tui.flow.http.errors import moved_to
        from tui.flow.http.local import local_path
        from tui.sources.base import SourceError

        settings = http_settings(self.config)
        try:
            url = registry.url_for(src)
        except (SourceError, ValueError, KeyError) as exc:
            return Outcome(src, False, self.clock(), error=f"cannot build the URL: {exc}")
        seen = await asyncio.to_thread(unchanged.recall, self.store, src)
        sig = None
        try:
            if src.is_local:
                sig = await asyncio.to_thread(unchanged.signature, local_path(url))
                if seen is not None and sig is not None and sig == seen.signature:
                    await wait_writable(self.store)  # not even read:
                    return await asyncio.to_thread(self._unchanged, src, seen, from_cache=False)
                result = await within(budget, read_local(url, settings.max_bytes))
            else:
                host = urlsplit(url).netloc.lower()
                gap = registry.KIND_MIN_INTERVAL.get(src.kind, 0.0)
                slots = self._get_slots()
                client = await self._ready_client()  # its cache's check waited on the loop
                async with slots.hold(host, gap):
                    result = await within(
                        budget,
                        fetch(
                            client,
                            url,
                            settings=settings,
                            headers=registry.KIND_HEADERS.get(src.kind),
                            body_gate=slots.body,
                        ),
                    )
        except FetchError as exc:
            return Outcome(src, False, self.clock(), error=str(exc), retry_after=exc.retry_after)
        digest = await asyncio.to_thread(unchanged.digest, result.content)  # off the UI loop
        if seen is not None and seen.digest == digest:  # the bytes stored last time: no parse
            await wait_writable(self.store)
            if sig != seen.signature:
                await asyncio.to_thread(
                    unchanged.remember, self.store, src, dataclasses.replace(seen, signature=sig)
                )
            return await asyncio.to_thread(self._unchanged, src, seen, from_cache=result.from_cache)
        fetched_at = self.clock()
        try:
            parsed = await asyncio.to_thread(
                registry.parse,
                src,
                result.content,
                fetched_at=fetched_at,
                headers=served_from(result.headers, url, result.url),
                keep=self.config.app.max_stories,
            )
        except SourceError as exc:  # after a redirect to another host: its page, said so
            notes = [n for n in (moved_to(url, result.url), result.note) if n]
            why = f"{exc} ({'; '.join(notes)})" if notes else str(exc)
            return Outcome(src, False, fetched_at, error=why)
        if result.note:  # read, but not as the server said (a plain body labelled gzip)
            note = f"{result.note}: read as it is"
            parsed = dataclasses.replace(parsed, warning=join_warnings(parsed.warning, note))
        await wait_writable(self.store)  # another program's lock: waited off the loop
        # stored on a worker thread: a feed of thousands of items, or a price history checked
        # against the stored one, is milliseconds to a second the screen would not answer
        fresh, ids = src.name in self._changed, {m.id for m in self.config.metals}
        outcome = await asyncio.to_thread(
            unchanged.store_delivery,
            self.store,
            src,
            saving.Delivery(parsed, fetched_at, result.from_cache, digest, sig),
            fresh=fresh,
            metals=ids,
        )
        if outcome.ok and isinstance(parsed, PriceSeries):
            self._changed.discard(src.name)
        return outcome

    def _unchanged(self, src: SourceConfig, seen: unchanged.Seen, *, from_cache: bool) -> Outcome:
        """The source delivered what is stored already: a success, nothing new (like a 304)."""
        at = self.clock()
        unchanged.confirm(self.store, src, at)
        return Outcome(
            src,
            True,
            at,
            warning=seen.warning,
            items=seen.items,
            from_cache=from_cache,
            unchanged=True,
        )

    def _get_slots(self) -> HostSlots:
        if self._slots is None:
            from tui.flow.http.slots import HostSlots

            self._slots = HostSlots(
                self._per_host_n, self._max_concurrency, min(MAX_BODIES, self._max_concurrency)
            )
        return self._slots


def served_from(headers: dict[str, str], asked: str, served: str) -> dict[str, str]:
    """The response's ``headers``, naming where the body was served from as its Content-Location
    when a redirect moved it (``asked`` -> ``served``) and the server named none: a feed's
    relative links are relative to that address (RFC 3986 5.1.3), as a browser reads them, not
    to the configured one the server moved away from."""
    if served == asked or urlsplit(served).scheme not in ("http", "https"):
        return headers
    if any(key.lower() == "content-location" for key in headers):
        return headers
    return {**headers, "content-location": served}
