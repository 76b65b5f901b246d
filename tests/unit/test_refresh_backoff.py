"""The refresh engine against real HTTP servers on 127.0.0.1: the backoff after repeated
failures, capped and never overflowing, and the next attempt a server's Retry-After sets.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from refresh_servers import (
    T0,
    Clock,
    RawServer,
    by_name,
    h_500,
    h_nbc,
    make_config,
    opened,
    raw_fixture,  # noqa: F401 (the fixture ``raw``)
    rss,
    send,
)

from tui.flow.refresh import BACKOFF_BASE, RETRY_AFTER_CAP, Outcome, Refresher


async def test_backoff_grows_on_repeated_failure_and_is_capped(
    raw: RawServer, tmp_path: Path
) -> None:
    clock = Clock()
    config = make_config([rss("broken", raw.url("/500")), rss("nbc", raw.url("/nbc.xml"))])
    delays: list[float] = []
    with opened(tmp_path) as store:
        refresher = Refresher(config, store, clock=clock)
        try:
            for _ in range(8):
                due = [s.name for s in refresher.due()]
                assert "broken" in due
                out = by_name(await refresher.run())
                assert out["broken"].error == "HTTP 500 Internal Server Error"
                h = refresher.health["broken"]
                assert h.next_attempt is not None
                delays.append((h.next_attempt - clock.now).total_seconds())
                clock.now += timedelta(seconds=1)
                assert "broken" not in [s.name for s in refresher.due()], (
                    "not due before its backoff"
                )
                clock.now = h.next_attempt
            # 30 s doubling, capped at the source's cadence (10 min) and never above an hour
            assert delays == [30, 60, 120, 240, 480, 600, 600, 600]
            assert raw.hits("/500") == 8

            # a success resets the backoff: the next attempt is the cadence (+-10 % jitter)
            raw.routes["/500"] = h_nbc
            ok = by_name(await refresher.run([config.sources[0]]))["broken"]
            assert ok.ok and ok.items == 1
            h = refresher.health["broken"]
            assert h.next_attempt is not None
            assert 540 <= (h.next_attempt - clock.now).total_seconds() <= 660
            assert (h.ok, h.error, h.stale, h.last_success) == (True, None, False, clock.now)
            raw.routes["/500"] = h_500
            again = by_name(await refresher.run([config.sources[0]]))["broken"]
            assert again.error == "HTTP 500 Internal Server Error"
            assert refresher.health["broken"].next_attempt == clock.now + timedelta(seconds=30)
        finally:
            await refresher.aclose()


def test_backoff_never_overflows_after_thousands_of_failures(tmp_path: Path) -> None:
    config = make_config([rss("dead", "http://127.0.0.1:9/feed")], refresh="6h")
    with opened(tmp_path) as store:
        refresher = Refresher(config, store, clock=Clock())
        src = config.sources[0]
        last = None
        for _ in range(1500):  # a dead feed in a dashboard left open for weeks
            out = Outcome(src, False, T0, error="connection refused (127.0.0.1:9)")
            last = refresher._schedule(src, out)
        assert last == T0 + timedelta(hours=1), "capped at an hour for a 6-hour source"


@pytest.mark.parametrize(
    ("retry_after", "delay"),
    [("7200", 7200), ("5", BACKOFF_BASE), ("999999999", RETRY_AFTER_CAP), ("soon", BACKOFF_BASE)],
)
async def test_retry_after_sets_next_attempt(
    retry_after: str, delay: float, raw: RawServer, tmp_path: Path
) -> None:
    async def h(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(
            w, b"busy", "503 Service Unavailable", {"Retry-After": retry_after}, "text/plain"
        )

    raw.routes["/busy"] = h
    config = make_config([rss("busy", raw.url("/busy"))])
    with opened(tmp_path) as store:
        refresher = Refresher(config, store, clock=Clock())
        try:
            out = (await refresher.run())[0]
        finally:
            await refresher.aclose()
        said = {"7200": " (asks to wait 2 h)", "5": " (asks to wait 5 s)"}.get(
            retry_after, " (asks to wait more than a day)" if retry_after.isdigit() else ""
        )
        assert out.error == "HTTP 503 Service Unavailable" + said + ": busy"
        assert out.retry_after == (None if retry_after == "soon" else float(retry_after))
        assert store.load_health()["busy"].next_attempt == T0 + timedelta(seconds=delay)
