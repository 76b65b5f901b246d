"""What the refresh engine's tests share: healthy feeds that are real captures
(tests/fixtures/refresh), raw asyncio socket servers on 127.0.0.1 that serve them or a fault (a
hang, a dribble, 50 MB, a closed port), the list of faults with the error each must give, and a
config, a store and a clock to refresh with.
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

from tests.ports import refused_port
from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.models import Headline
from tui.flow.refresh import Outcome, Refresher
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


@pytest.fixture(name="raw")
async def raw_fixture() -> AsyncIterator[RawServer]:
    async with serving() as srv:
        yield srv


def closed_port() -> int:
    """A loopback port nobody listens on."""
    return refused_port()


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
    "50mb": ("/huge.xml", "rss", "response larger than 1 MB (max_body_mb): cut off"),
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


async def refreshed_once(
    tmp_path: Path, routes: dict[str, Handler], source: Callable[[RawServer], dict[str, Any]]
) -> tuple[Outcome, list[str]]:
    """The outcome of one refresh of the one source ``source`` makes for a server answering
    ``routes``, and the titles it stored."""
    srv = RawServer(routes)
    await srv.start()
    try:
        with opened(tmp_path) as store:
            refresher = Refresher(make_config([source(srv)]), store, clock=Clock())
            try:
                outcome = (await refresher.run())[0]
            finally:
                await refresher.aclose()
            return outcome, [h.title for h in store.load_headlines()]
    finally:
        await srv.stop()


async def served_once(
    tmp_path: Path, body: bytes, content_type: str, kind: str = "rss"
) -> tuple[Outcome, list[str]]:
    """The outcome of one refresh of a source of ``kind`` whose server answers ``body``, and the
    titles it stored."""

    async def answer(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, body, content_type=content_type)

    return await refreshed_once(
        tmp_path,
        {"/feed.xml": answer},
        lambda srv: {"name": "wire", "kind": kind, "url": srv.url("/feed.xml")},
    )


async def served_twice(tmp_path: Path, first: bytes, again: bytes) -> list[Headline]:
    """The source's stored headlines after ``first`` is served, then ``again`` an hour on."""
    bodies = [first]

    async def answer(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, bodies[0])

    srv = RawServer({"/feed.xml": answer})
    await srv.start()
    clock = Clock()
    try:
        with opened(tmp_path) as store:
            refresher = Refresher(
                make_config([rss("wire", srv.url("/feed.xml"))]), store, clock=clock
            )
            try:
                assert (await refresher.run())[0].ok
                bodies[0] = again
                clock.now = T0 + timedelta(hours=1)
                outcome = (await refresher.run())[0]
            finally:
                await refresher.aclose()
            assert outcome.ok and outcome.error is None
            return [h for h in store.load_headlines() if h.source == "wire"]
    finally:
        await srv.stop()
