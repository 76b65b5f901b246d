"""The refresh engine against real HTTP servers on 127.0.0.1.

Healthy feeds are real captures (tests/fixtures/refresh); faults come from raw asyncio socket
servers (a hang, a dribble, 50 MB, a closed port) and from pytest-httpserver (ETag revalidation).
Each fault is tried alone and all together beside healthy sources; after a fault the last good
data must still be in the store, with the health saying error and stale.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.ports import refused_port
from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.flow.refresh import BACKOFF_BASE, RETRY_AFTER_CAP, Outcome, Refresher, is_stale
from tui.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
GUARDIAN = (FIXTURES / "guardian_us.rss.xml").read_bytes()
NBC_TITLE = (
    "NYC cops search for stabbing suspect after leaving 18-year-old to bleed out on sidewalk"
)
GUARDIAN_FIRST = "Trump State of the Union address promised unity but emphasized discord"
GUARDIAN_LAST = "Earth's ultimate yogis \u2013 in pictures"
GUARDIAN_COUNT = 55

HTML_PAGE = (
    b"<!DOCTYPE html>\n<html lang=en><head><title>Just a moment...</title></head>"
    b"<body><p>Checking your browser before accessing the site.</p></body></html>\n"
)
# A real feed cut off mid-document with binary junk appended: not well-formed XML.
GARBAGE_XML = NBC[:900] + b"\x00\x01 <<<&&& ]]>"
BAD_GDELT = b'{"articles": [{"url": "https://example.com/a", "title": "Copper tariff'
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
TIMEOUT = 1.0  # [app] timeout of every config here: hangs and dribbles cost one second


# --------------------------------------------------------------------------- servers

Handler = Callable[["RawServer", str, asyncio.StreamWriter], Awaitable[None]]


async def send(
    writer: asyncio.StreamWriter,
    body: bytes,
    status: str = "200 OK",
    headers: dict[str, str] | None = None,
    content_type: str = "application/rss+xml; charset=utf-8",
) -> None:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
    head += f"Content-Length: {len(body)}\r\nConnection: close\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    writer.write(head.encode() + b"\r\n" + body)
    await writer.drain()


async def h_nbc(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await asyncio.sleep(srv.delay)
    await send(w, NBC)


async def h_guardian(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await asyncio.sleep(srv.delay)
    await send(w, GUARDIAN)


async def h_500(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await send(
        w, b"<h1>Internal Server Error</h1>", "500 Internal Server Error", content_type="text/html"
    )


async def h_404(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await send(w, b"not found", "404 NOT FOUND", content_type="text/plain")


async def h_429(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await send(w, b"slow down", "429 Too Many Requests", {"Retry-After": "7200"}, "text/plain")


async def h_html(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await send(w, HTML_PAGE, content_type="text/html; charset=utf-8")


async def h_garbage(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await send(w, GARBAGE_XML)


async def h_bad_json(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await send(w, BAD_GDELT, content_type="application/json")


async def h_loop(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await send(w, b"", "302 Found", {"Location": srv.url(path)}, "text/plain")


async def h_hang(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    await asyncio.sleep(3600)  # accepts, reads the request, never answers


async def h_dribble(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
    head += f"Content-Length: {len(NBC)}\r\nConnection: close\r\n\r\n"
    w.write(head.encode())
    for i in range(len(NBC)):  # one byte every 50 ms: ~86 s for the whole feed
        w.write(NBC[i : i + 1])
        await w.drain()
        await asyncio.sleep(0.05)


async def h_huge(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    # 50 MB with no Content-Length: only reading can find out it is too big
    w.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n")
    chunk = b"<item><title>copper</title></item>\n" * 1800  # ~64 KB
    while srv.sent < 50 * 1024 * 1024:
        w.write(chunk)
        await w.drain()
        srv.sent += len(chunk)


async def h_truncated(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
    head += f"Content-Length: {len(GUARDIAN)}\r\nConnection: close\r\n\r\n"
    w.write(head.encode() + GUARDIAN[:5000])
    await w.drain()  # then the handler returns and the connection closes


class RawServer:
    """A bare asyncio HTTP/1.1 server: one request per connection, routed by path.

    Counts connections in flight (``peak``) and records when each request arrived.
    """

    def __init__(self, routes: dict[str, Handler], delay: float = 0.0) -> None:
        self.routes = routes
        self.delay = delay
        self.port = 0
        self.active = 0
        self.peak = 0
        self.sent = 0
        self.arrivals: list[tuple[str, float]] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._server: asyncio.Server | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.arrivals if p == path)

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            path = head.split(b" ", 2)[1].decode()
            self.arrivals.append((path, time.monotonic()))
            handler = self.routes.get(path.split("?")[0])
            if handler is None:
                await send(writer, b"no route", "404 Not Found", content_type="text/plain")
            else:
                await handler(self, path, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self.active -= 1
            writer.close()
            self._tasks.discard(task)


ROUTES: dict[str, Handler] = {
    "/nbc.xml": h_nbc,
    "/guardian.xml": h_guardian,
    "/500": h_500,
    "/404": h_404,
    "/429": h_429,
    "/html": h_html,
    "/garbage.xml": h_garbage,
    "/gdelt.json": h_bad_json,
    "/loop": h_loop,
    "/hang": h_hang,
    "/dribble": h_dribble,
    "/huge.xml": h_huge,
    "/truncated.xml": h_truncated,
}


@contextlib.asynccontextmanager
async def serving(delay: float = 0.0) -> AsyncIterator[RawServer]:
    srv = RawServer(dict(ROUTES), delay)
    await srv.start()
    try:
        yield srv
    finally:
        await srv.stop()


@pytest.fixture
async def raw() -> AsyncIterator[RawServer]:
    async with serving() as srv:
        yield srv


def closed_port() -> int:
    """A loopback port nobody listens on."""
    return refused_port()


# --------------------------------------------------------------------------- helpers


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_config(
    sources: list[dict[str, Any]], *, timeout: float = TIMEOUT, refresh: str = "10m"
) -> Config:
    data = {
        "app": {"timeout": f"{timeout:g}s", "max_body_mb": 1, "refresh": refresh},
        "metals": [{"id": "copper", "name": "Copper"}],
        "sources": sources,
    }
    return parse_config(data, None)


def rss(name: str, url: str) -> dict[str, Any]:
    return {"name": name, "kind": "rss", "url": url}


@contextlib.contextmanager
def opened(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "store.sqlite3")
    try:
        yield store
    finally:
        store.close()


def by_name(outcomes: list[Outcome]) -> dict[str, Outcome]:
    return {o.source.name: o for o in outcomes}


def titles(store: Store, source: str) -> list[str]:
    return [h.title for h in store.load_headlines() if h.source == source]


def check_healthy(store: Store, out: dict[str, Outcome]) -> None:
    assert out["nbc"].ok and out["nbc"].error is None and out["nbc"].items == 1
    assert out["guardian"].ok and out["guardian"].items == GUARDIAN_COUNT
    assert titles(store, "nbc") == [NBC_TITLE]
    stored = titles(store, "guardian")
    assert len(stored) == GUARDIAN_COUNT
    assert GUARDIAN_FIRST in stored and GUARDIAN_LAST in stored


# Each fault: path on the raw server (None: a closed port), source kind, expected error.
FAULTS: dict[str, tuple[str | None, str, str]] = {
    "http-500": ("/500", "rss", "HTTP 500 Internal Server Error"),
    "http-404": ("/404", "rss", "HTTP 404 Not Found"),
    "http-429": ("/429", "rss", "HTTP 429 Too Many Requests (asks to wait 2 h): slow down"),
    "refused": (None, "rss", "connection refused (127.0.0.1:{port})"),
    "hang": ("/hang", "rss", "no answer within 1 s"),
    # the server answered, too slowly ("no answer" is what the header counts as offline)
    "dribble": (
        "/dribble",
        "rss",
        "the answer came too slowly: {n} bytes of 1,721 announced in 1 s",
    ),
    "50mb": ("/huge.xml", "rss", "response larger than 1 MB: cut off"),
    "html": ("/html", "rss", "expected a feed, got an HTML page"),
    "garbage-xml": (
        "/garbage.xml",
        "rss",
        "ill-formed feed with no entries (line 18: not well-formed (invalid token))",
    ),
    "gdelt-bad-json": (
        "/gdelt.json",
        "gdelt",
        "invalid JSON: the answer is cut off after 70 bytes",
    ),
    "redirect-loop": ("/loop", "rss", "more than 5 redirects (a redirect loop?)"),
    "closed-mid-body": (
        "/truncated.xml",
        "rss",
        f"the answer was cut off after 5,000 bytes of {len(GUARDIAN):,} announced",
    ),
}


def fault_source(fault: str, srv: RawServer, refused_port: int) -> tuple[dict[str, Any], str]:
    path, kind, expected = FAULTS[fault]
    url = f"http://127.0.0.1:{refused_port}/feed.xml" if path is None else srv.url(path)
    return {"name": fault, "kind": kind, "url": url}, expected.replace("{port}", str(refused_port))


def said(expected: str, error: str) -> bool:
    """``error`` is ``expected``, where ``{n}`` stands for a count that depends on timing."""
    return re.fullmatch(re.escape(expected).replace(re.escape("{n}"), r"[\d,]+"), error) is not None


# --------------------------------------------------------------------------- faults


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


# --------------------------------------------------------------------------- backoff, Retry-After


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


# --------------------------------------------------------------------------- bounds


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


# --------------------------------------------------------------------------- HTTP cache


async def test_304_revalidation_counts_as_success(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[str | None] = []

    def handler(request: Request) -> Response:
        inm = request.headers.get("If-None-Match")
        seen.append(inm)
        headers = {"ETag": '"guardian-1"', "Cache-Control": "no-cache"}
        if inm == '"guardian-1"':
            return Response(status=304, headers=headers)
        return Response(GUARDIAN, headers=headers, mimetype="application/rss+xml")

    httpserver.expect_request("/guardian.xml").respond_with_handler(handler)
    clock = Clock()
    config = make_config([rss("guardian", httpserver.url_for("/guardian.xml"))])
    with opened(tmp_path) as store:
        refresher = Refresher(config, store, clock=clock, cache_dir=tmp_path / "http")
        try:
            first = (await refresher.run())[0]
            before = store.load_headlines()
            clock.now = T0 + timedelta(minutes=15)
            second = (await refresher.run())[0]
        finally:
            await refresher.aclose()
        assert seen == [None, '"guardian-1"']
        assert [r.status_code for _, r in httpserver.log] == [200, 304]
        assert first.ok and not first.from_cache and first.new_items == GUARDIAN_COUNT
        assert second.ok and second.from_cache and second.error is None
        assert (second.items, second.new_items) == (GUARDIAN_COUNT, 0)
        assert [h.title for h in store.load_headlines()] == [h.title for h in before]
        health = store.load_health()["guardian"]
        assert (health.ok, health.stale, health.last_success) == (True, False, clock.now)


def test_is_stale() -> None:
    from tui.core.models import SourceHealth

    h = SourceHealth("a", "rss", ok=True, last_success=T0)
    assert not is_stale(h, 600, T0 + timedelta(seconds=1260))
    assert is_stale(h, 600, T0 + timedelta(seconds=1261))
    assert is_stale(SourceHealth("b", "rss"), 600, T0)


async def test_a_fetch_by_another_process_is_adopted_not_repeated(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Two processes on one store (two browser tabs): the second does not refetch."""
    from tui.core.config import parse_config
    from tui.flow.refresh import Refresher
    from tui.store import Store

    hits: list[int] = []
    body = (
        Path(__file__).resolve().parents[1] / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
    ).read_bytes()

    def handler(request):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        hits.append(1)
        return Response(body, content_type="application/rss+xml")

    httpserver.expect_request("/feed").respond_with_handler(handler)
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": httpserver.url_for("/feed")}],
        },
        None,
    )
    path = tmp_path / "shared.sqlite3"
    with Store(path) as store_a, Store(path) as store_b:
        tab_a = Refresher(config, store_a)
        tab_b = Refresher(config, store_b)  # started before tab A fetched: everything due
        assert [s.name for s in tab_b.due()] == ["news"]
        try:
            await tab_a.run()
            assert len(hits) == 1
            assert tab_b.sync_from_store() is True
            assert tab_b.due() == []
            assert await tab_b.run() == []
            assert len(hits) == 1
            assert tab_b.sync_from_store() is False  # nothing newer the second time
        finally:
            await tab_a.aclose()
            await tab_b.aclose()


async def test_an_edited_source_is_fetched_at_once_not_at_its_old_schedule(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    from tui.core.config import parse_config
    from tui.flow.refresh import Refresher
    from tui.store import Store

    body = (
        Path(__file__).resolve().parents[1] / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
    ).read_bytes()
    httpserver.expect_request("/a").respond_with_data(body, content_type="application/rss+xml")
    httpserver.expect_request("/b").respond_with_data(body, content_type="application/rss+xml")

    def config(path: str):  # type: ignore[no-untyped-def]
        return parse_config(
            {
                "metals": [{"id": "copper", "name": "Copper"}],
                "sources": [{"name": "news", "kind": "rss", "url": httpserver.url_for(path)}],
            },
            None,
        )

    with Store(tmp_path / "s.sqlite3") as store:
        first = Refresher(config("/a"), store)
        await first.run()
        await first.aclose()
        assert Refresher(config("/a"), store).due() == []  # same source: keeps its schedule
        edited = Refresher(config("/b"), store)
        assert [s.name for s in edited.due()] == ["news"]  # new URL: due now
