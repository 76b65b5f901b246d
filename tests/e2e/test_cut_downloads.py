"""A price file or a feed whose body is cut mid-stream never becomes a price or a story, as real
``metalwatch snapshot --json`` processes against a raw loopback server see it.

Three ways a download is cut, each in the middle of the newer version of the file (after a whole
new row or story, before the next): a ``Content-Length`` larger than what was sent, then the
connection closed; chunked encoding closed before its last chunk; the connection reset (RST)
mid-body. Each answer carries an ``ETag``, and the server answers ``304`` to a request that names
it: the HTTP cache must not keep a cut answer, else the next run's ``304`` would bring the cut
body back from it as if whole. Per run: the last good data stays, the source says why (the
answer was cut off), and the run after it takes the whole newer file.
"""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.e2e.snapshot_runs import GUARDIAN
from tests.e2e.test_fetch_faults import FRED, RawServer, config, metalwatch, reply, rss

NEW_ROWS = b"2026-06-01,14000.5\n2026-07-01,14100.25\n"
CSV_NEW = FRED + NEW_ROWS
CSV_CUT_AT = len(FRED) + NEW_ROWS.index(b"2026-07-0") + len(b"2026-07-0")  # one new row whole

ITEM = (
    "    <item>\n      <title>{title}</title>\n"
    "      <link>https://example.org/cut/{slug}</link>\n"
    "      <description>Copper {title}</description>\n"
    "      <pubDate>Wed, 31 Jan 2018 12:00:00 GMT</pubDate>\n    </item>\n"
)
NEW_TITLES = ("Chile copper smelter restarts after strike", "Zinc premiums climb in Rotterdam")
_first_item = GUARDIAN.index(b"<item>")
_first_item = GUARDIAN.rindex(b"\n", 0, _first_item) + 1
_items = "".join(ITEM.format(title=t, slug=i) for i, t in enumerate(NEW_TITLES)).encode()
FEED_NEW = GUARDIAN[:_first_item] + _items + GUARDIAN[_first_item:]
# cut after the first new story's end and the second's title: a lenient reader would take both
FEED_CUT_AT = _first_item + _items.index(b"</title>", _items.index(NEW_TITLES[1].encode())) + 8

Cut = Callable[[socket.socket, bytes, int, str], None]


def short_length(conn: socket.socket, body: bytes, at: int, head: str) -> None:
    """``Content-Length`` of the whole body, ``at`` bytes of it sent, then the connection closed."""
    conn.sendall(
        f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n{head}\r\n".encode() + body[:at]
    )


def chunked_cut(conn: socket.socket, body: bytes, at: int, head: str) -> None:
    """Chunked: a whole first chunk, a second one announced and cut, no closing chunk."""
    first, rest = body[: at // 2], body[at // 2 : at]
    conn.sendall(
        f"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n{head}\r\n".encode()
        + f"{len(first):x}\r\n".encode()
        + first
        + f"\r\n{len(body) - len(first):x}\r\n".encode()
        + rest
    )


def reset(conn: socket.socket, body: bytes, at: int, head: str) -> None:
    """The whole body's length announced, ``at`` bytes sent, then a reset (RST, not FIN)."""
    short_length(conn, body, at, head)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


class Versions:
    """The file at a path: first ``old`` (whole), then ``new``, cut once, whole after. ETags name
    each version; a request naming the one the server has now gets ``304``."""

    def __init__(self, old: bytes, new: bytes, at: int, cut: Cut, media: str) -> None:
        self.old, self.new, self.at, self.cut, self.media = old, new, at, cut, media
        self.phase = "old"
        self.asked: list[str | None] = []  # the If-None-Match of each request

    def __call__(self, conn: socket.socket, server: RawServer) -> None:
        tag = '"v1"' if self.phase == "old" else '"v2"'
        head = f"Content-Type: {self.media}\r\nETag: {tag}\r\nConnection: close\r\n"
        asked = getattr(conn, "asked", None)
        self.asked.append(asked)
        if asked == tag:
            conn.sendall(f"HTTP/1.1 304 Not Modified\r\nETag: {tag}\r\n\r\n".encode())
        elif self.phase == "cut":
            self.cut(conn, self.new, self.at, head)
        else:
            reply(conn, self.old if self.phase == "old" else self.new, head)


class TaggedServer(RawServer):
    """``RawServer`` that gives each handler the request's ``If-None-Match``."""

    def _serve(self, conn: socket.socket) -> None:
        seen = b""
        original = conn.recv

        def recv(n: int) -> bytes:
            nonlocal seen
            data = original(n)
            seen += data
            return data

        class Conn:  # the socket, with what the request asked
            def __getattr__(self, name: str) -> Any:
                return recv if name == "recv" else getattr(conn, name)

            @property
            def asked(self) -> str | None:
                for line in seen.split(b"\r\n"):
                    if line.lower().startswith(b"if-none-match:"):
                        return line.split(b":", 1)[1].strip().decode()
                return None

        super()._serve(Conn())  # type: ignore[arg-type]


@pytest.fixture
def srv() -> Iterator[TaggedServer]:
    server = TaggedServer()
    try:
        yield server
    finally:
        server.close()


def snapshot(cfg: Any, *force: str, code: int = 0) -> dict[str, Any]:
    """A run (exit ``code``: 3 when every source failed); ``--force`` asks a source backing off
    after an error at once."""
    done = metalwatch("snapshot", "--json", "--config", str(cfg), *force)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, done.stderr
    doc: dict[str, Any] = json.loads(done.stdout)
    return doc


def health(doc: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [s for s in doc["sources"] if s["name"] == name]
    return found


def points(doc: dict[str, Any]) -> dict[str, float]:
    (series,) = doc["prices"]
    return {day: value for day, value in series["points"]}


def titles(doc: dict[str, Any]) -> set[str]:
    return {h["title"] for h in doc["headlines"] if h["source"] == "News"}


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(short_length, id="content-length-larger-then-close"),
        pytest.param(chunked_cut, id="chunked-cut"),
        pytest.param(reset, id="reset-mid-body"),
    ],
)
def test_a_cut_price_file_or_feed_is_no_price_or_story_and_the_last_good_data_stays(
    srv: TaggedServer, tmp_path: Any, cut: Cut
) -> None:
    prices = Versions(FRED, CSV_NEW, CSV_CUT_AT, cut, "text/csv")
    news = Versions(GUARDIAN, FEED_NEW, FEED_CUT_AT, cut, "application/rss+xml")
    srv.routes["/fred.csv"], srv.routes["/news.xml"] = prices, news
    cfg = config(
        tmp_path,
        f'[[sources]]\nname = "FRED copper"\nkind = "fred"\nmetal = "copper"\n'
        f'series = "PCOPPUSDM"\nurl = "{srv.url("/fred.csv")}"\n\n'
        + rss("News", srv.url("/news.xml")),
    )
    first = snapshot(cfg)
    good_points, good_titles = points(first), titles(first)
    assert good_points["2026-05-01"] == pytest.approx(13483.751538461540)
    assert len(good_titles) > 40 and not good_titles & set(NEW_TITLES)

    prices.phase = news.phase = "cut"
    second = snapshot(cfg, code=3)  # every source failed: the stored data, marked stale
    for name in ("FRED copper", "News"):
        said = health(second, name)
        assert not said["ok"] and said["error"].startswith("the answer was cut off after"), said
    assert points(second) == good_points, "a cut price file changed the series shown"
    assert titles(second) == good_titles, "a cut feed changed the stories shown"

    prices.phase = news.phase = "new"
    third = snapshot(cfg, "--force")
    for versions in (prices, news):
        assert versions.asked[-1] != '"v2"', "the HTTP cache kept the cut answer"
    assert health(third, "FRED copper")["ok"] and health(third, "News")["ok"]
    assert points(third) == {**good_points, "2026-06-01": 14000.5, "2026-07-01": 14100.25}
    assert titles(third) == good_titles | set(NEW_TITLES)
