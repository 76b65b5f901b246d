"""The refresh engine against real HTTP servers on 127.0.0.1: its bounds. A source never overlaps
itself, fetches are bounded per host and in all, a queue behind one host does not hold up the
others, a deadline bounds the whole refresh and cancelling a run stops its fetches.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import timedelta
from pathlib import Path

import pytest
from refresh_servers import (
    NBC_TITLE,
    T0,
    Clock,
    RawServer,
    by_name,
    make_config,
    opened,
    raw_fixture,  # noqa: F401 (the fixture ``raw``)
    rss,
    serving,
    titles,
)

from tui.flow.refresh import BACKOFF_BASE, Refresher


async def test_a_source_never_overlaps_itself(tmp_path: Path) -> None:
    async with serving(delay=0.3) as srv:
        config = make_config(
            [rss("nbc", srv.url("/nbc.xml")), rss("guardian", srv.url("/guardian.xml"))]
        )
        with opened(tmp_path) as store:
            refresher = Refresher(config, store, clock=Clock())
            try:
                a, b = await asyncio.gather(refresher.run(), refresher.run())
                explicit = await asyncio.gather(
                    refresher.run([config.sources[0]]), refresher.run([config.sources[0]])
                )
            finally:
                await refresher.aclose()
    assert sorted(o.source.name for o in a) == ["guardian", "nbc"] and b == []
    assert sorted(len(r) for r in explicit) == [0, 1]
    assert srv.hits("/nbc.xml") == 2 and srv.hits("/guardian.xml") == 1
    assert all(o.ok for o in a + explicit[0] + explicit[1])


async def test_per_host_and_global_bounds(tmp_path: Path) -> None:
    async with serving(delay=0.3) as one, serving(delay=0.3) as two:
        sources = [rss(f"one-{i}", one.url(f"/nbc.xml?{i}")) for i in range(6)]
        sources += [rss(f"two-{i}", two.url(f"/nbc.xml?{i}")) for i in range(4)]
        config = make_config(sources, timeout=5)
        with opened(tmp_path) as store:
            refresher = Refresher(config, store, clock=Clock(), max_concurrency=8, per_host=2)
            started = time.monotonic()
            try:
                outcomes = await refresher.run()
            finally:
                await refresher.aclose()
            elapsed = time.monotonic() - started
    assert len(outcomes) == 10 and all(o.ok for o in outcomes)
    assert (one.peak, two.peak) == (2, 2), "at most two connections per host:port"
    assert len(one.arrivals) == 6 and len(two.arrivals) == 4
    # host one: 3 waves of 2 x 300 ms (a lower bound only: a loaded machine may be slower) ...
    assert elapsed > 0.85, elapsed
    # ... and host two runs beside it, not after it: its requests arrive before host one's last
    assert max(t for _, t in two.arrivals) < max(t for _, t in one.arrivals)


async def test_global_bound_across_hosts(tmp_path: Path) -> None:
    async with contextlib.AsyncExitStack() as stack:
        servers = [await stack.enter_async_context(serving(delay=0.3)) for _ in range(6)]
        config = make_config(
            [rss(f"s{i}", s.url("/nbc.xml")) for i, s in enumerate(servers)], timeout=5
        )
        with opened(tmp_path) as store:
            refresher = Refresher(config, store, clock=Clock(), max_concurrency=3)
            try:
                outcomes = await refresher.run()
            finally:
                await refresher.aclose()
        starts = sorted(t for s in servers for _, t in s.arrivals)
    assert all(o.ok for o in outcomes) and len(starts) == 6
    # 3 at once, then the other 3 about 300 ms later
    assert starts[2] - starts[0] < 0.15 and starts[3] - starts[0] > 0.25


async def test_a_queue_behind_one_host_does_not_block_other_hosts(tmp_path: Path) -> None:
    """Tasks waiting for their host's slot must not hold global slots."""
    async with serving(delay=0.3) as busy, serving(delay=0.3) as other:
        sources = [rss(f"busy-{i}", busy.url(f"/nbc.xml?{i}")) for i in range(4)]
        sources.append(rss("other", other.url("/nbc.xml")))
        config = make_config(sources, timeout=5)
        with opened(tmp_path) as store:
            refresher = Refresher(config, store, clock=Clock(), max_concurrency=4, per_host=1)
            try:
                outcomes = await refresher.run()
            finally:
                await refresher.aclose()
    assert all(o.ok for o in outcomes)
    first_busy = min(t for _, t in busy.arrivals)
    ((_, other_at),) = other.arrivals
    assert other_at - first_busy < 0.15, "the other host waited behind the busy host's queue"
    assert busy.peak == 1


async def test_deadline_bounds_the_whole_refresh(raw: RawServer, tmp_path: Path) -> None:
    config = make_config(
        [
            rss("hang", raw.url("/hang")),
            rss("nbc", raw.url("/nbc.xml")),
            rss("drip", raw.url("/dribble")),
        ],
        timeout=20,
    )
    with opened(tmp_path) as store:
        refresher = Refresher(config, store, clock=Clock())
        started = time.monotonic()
        try:
            out = by_name(await refresher.run(deadline=0.5))
        finally:
            await refresher.aclose()
        elapsed = time.monotonic() - started
        # half the 20 s timeout a refresh ignoring its deadline would wait (the hang never ends)
        assert elapsed < 10.0, f"run(deadline=0.5) took {elapsed:.2f} s"
        assert out["nbc"].ok and titles(store, "nbc") == [NBC_TITLE]
        assert out["hang"].error == out["drip"].error == "no answer within 0.5 s"
        health = store.load_health()
        assert health["hang"].error == "no answer within 0.5 s" and not health["hang"].ok
        assert health["hang"].next_attempt == T0 + timedelta(seconds=BACKOFF_BASE)
        assert refresher.due() == [], "nothing is left marked as running"
        assert not [t for t in asyncio.all_tasks() if "_one" in repr(t.get_coro())], (
            "fetches left running"
        )


async def test_cancelling_run_stops_its_fetches(raw: RawServer, tmp_path: Path) -> None:
    config = make_config([rss("hang", raw.url("/hang"))], timeout=10)
    with opened(tmp_path) as store:
        refresher = Refresher(config, store, clock=Clock())
        try:
            task = asyncio.ensure_future(refresher.run(deadline=5))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert not [t for t in asyncio.all_tasks() if "_one" in repr(t.get_coro())]
            assert [s.name for s in refresher.due()] == ["hang"], "no longer marked as running"
        finally:
            await refresher.aclose()
