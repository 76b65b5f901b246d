"""The refresh engine against real HTTP servers on 127.0.0.1: each fault alone and all together.

Healthy feeds are real captures (tests/fixtures/refresh); faults come from raw asyncio socket
servers (a hang, a dribble, 50 MB, a closed port). Each fault is tried alone and all together
beside healthy sources; after a fault the last good data must still be in the store, with the
health saying error and stale.
"""

from __future__ import annotations

import contextlib
import time
from datetime import timedelta
from pathlib import Path

import pytest
from refresh_servers import (
    FAULTS,
    GUARDIAN_COUNT,
    GUARDIAN_FIRST,
    ROUTES,
    T0,
    TIMEOUT,
    Clock,
    by_name,
    check_healthy,
    closed_port,
    fault_source,
    h_guardian,
    make_config,
    opened,
    rss,
    said,
    serving,
    titles,
)

from tui.flow.refresh import BACKOFF_BASE, Refresher


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_each_fault_alone_beside_healthy_sources(fault: str, tmp_path: Path) -> None:
    clock = Clock()
    port = closed_port()
    async with serving() as healthy, serving() as bad:
        src, expected = fault_source(fault, bad, port)
        config = make_config(
            [
                rss("nbc", healthy.url("/nbc.xml")),
                src,
                rss("guardian", healthy.url("/guardian.xml")),
            ]
        )
        with opened(tmp_path) as store:
            refresher = Refresher(config, store, clock=clock)
            started = time.monotonic()
            try:
                out = by_name(await refresher.run())
            finally:
                await refresher.aclose()
            elapsed = time.monotonic() - started

            assert set(out) == {"nbc", fault, "guardian"}
            assert not out[fault].ok
            assert out[fault].error is not None and said(expected, out[fault].error)
            expected = out[fault].error  # the byte count a slow answer reached
            check_healthy(store, out)
            assert titles(store, fault) == []
            # an unbounded fault holds it for the dribble's 86 s or the hang's hour
            assert elapsed < TIMEOUT + 3.0, f"{fault} held the refresh for {elapsed:.1f} s"

            health = store.load_health()[fault]
            assert (health.ok, health.error, health.stale) == (False, expected, False)
            assert health.last_success is None and health.fetched_at == T0
            want = 7200 if fault == "http-429" else BACKOFF_BASE  # Retry-After beats backoff
            assert health.next_attempt == T0 + timedelta(seconds=want)
            assert store.load_health()["nbc"].ok and store.load_health()["nbc"].error is None
            if fault == "50mb":
                assert bad.sent < 50 * 1024 * 1024, "the client must stop reading at the cap"
            if fault == "redirect-loop":
                assert bad.hits("/loop") == 6  # the request and 5 redirects, then give up


async def test_all_faults_at_once_beside_healthy_sources(tmp_path: Path) -> None:
    port = closed_port()
    async with contextlib.AsyncExitStack() as stack:
        healthy = await stack.enter_async_context(serving())
        sources = [
            rss("nbc", healthy.url("/nbc.xml")),
            rss("guardian", healthy.url("/guardian.xml")),
        ]
        expected: dict[str, str] = {}
        for fault in FAULTS:  # one server each, so the per-host bound does not queue them
            srv = await stack.enter_async_context(serving())
            src, expected[fault] = fault_source(fault, srv, port)
            sources.insert(1, src)
        config = make_config(sources)
        with opened(tmp_path) as store:
            refresher = Refresher(config, store, clock=Clock(), max_concurrency=32)
            try:
                out = by_name(await refresher.run())
            finally:
                await refresher.aclose()

            # (how long it takes is for benchmarks/bench_fanout.py and the e2e test of hung
            # servers, not a wall-clock bound on a shared machine)
            errors = {name: o.error or "" for name, o in out.items() if not o.ok}
            assert errors.keys() == expected.keys()
            assert all(said(expected[name], error) for name, error in errors.items()), errors
            expected = errors  # with the byte count a slow answer reached
            check_healthy(store, out)
            assert {h.source for h in store.load_headlines()} == {"nbc", "guardian"}
            health = store.load_health()
            assert sorted(n for n, h in health.items() if h.ok) == ["guardian", "nbc"]
            assert {n: h.error for n, h in health.items() if not h.ok} == expected


@pytest.mark.parametrize(
    "fault", ["http-500", "refused", "hang", "50mb", "html", "garbage-xml", "closed-mid-body"]
)
async def test_a_failure_keeps_the_last_good_data(fault: str, tmp_path: Path) -> None:
    clock = Clock()
    async with serving() as srv:
        config = make_config([rss("guardian", srv.url("/feed"))])
        srv.routes["/feed"] = h_guardian
        with opened(tmp_path) as store:
            refresher = Refresher(config, store, clock=clock)
            try:
                first = (await refresher.run())[0]
                assert (
                    first.ok and first.items == GUARDIAN_COUNT and first.new_items == GUARDIAN_COUNT
                )
                before = store.load_headlines()

                path, _, expected = FAULTS[fault]
                if path is None:  # the server goes away: its port now refuses
                    await srv.stop()
                    expected = expected.format(port=srv.port)
                else:
                    srv.routes["/feed"] = ROUTES[path]
                clock.now = T0 + timedelta(hours=1)
                second = (await refresher.run(list(config.sources)))[0]
            finally:
                await refresher.aclose()

            assert not second.ok and second.error == expected
            assert store.load_headlines() == before, "a failed refresh must not touch stored data"
            assert GUARDIAN_FIRST in titles(store, "guardian")
            health = store.load_health()["guardian"]
            assert (health.ok, health.error, health.stale) == (False, expected, True)
            assert health.last_success == T0 and health.fetched_at == T0 + timedelta(hours=1)
            assert health.items == GUARDIAN_COUNT, "the item count of the last good fetch stays"

            # a restart reads the same story back from the store
            again = Refresher(config, store, clock=clock)
            h = again.health["guardian"]
            assert (h.ok, h.error, h.stale, h.last_success) == (False, expected, True, T0)
            assert again.due() == [], "the backoff survives a restart"
            clock.now = h.next_attempt or T0
            assert [s.name for s in again.due()] == ["guardian"]
