"""An answer longer than its Content-Length, through the real ``metalwatch snapshot --json``
(``tui.cli.main``) against a real HTTP/1.1 server on 127.0.0.1 (``ThreadingHTTPServer``) that
keeps its connections open, into a real store and HTTP cache.

httpx reads such an answer up to the announced length and returned that prefix as the whole
body, with no sign: a price file that grew while it was served had its newest row cut
mid-number (``10739.91`` read as ``10``), a new price that looked right. Now the bytes left over
after the body make it an error said on the source's line; the stored prices stay, marked as
the failing source's; the cut body is never kept by the HTTP cache (the next fetch asks
with the ETag of the last whole one); and the connection holding the leftover bytes is not reused for the next
request to the same server (whose answer would start with them).
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from keepalive_answers import FRED, NBC, serving, snapshot, source_of, write_config

GROWN = FRED + b"2026-06-01,10739.91\n"  # the file as it grew while being served


class _Server(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: one connection serves both paths
    # path -> (body, announced length, ETag)
    answers: ClassVar[dict[str, tuple[bytes, int, str]]] = {}
    seen: ClassVar[list[tuple[str, str | None]]] = []
    stray: ClassVar[bytes] = b""  # sent after a 304's head, where no body may be

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("If-None-Match")))
        body, length, etag = self.answers[self.path]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            self.wfile.write(self.stray)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/csv" if self.path.endswith(".csv") else "text/xml")
        self.send_header("Content-Length", str(length))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)  # all of it, whatever was announced

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base() -> Iterator[str]:
    _Server.answers, _Server.seen, _Server.stray = {}, [], b""
    with serving(_Server) as url:
        yield url


def test_a_body_past_its_length_is_an_error_and_the_stored_prices_stay(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, base)
    _Server.answers["/fred.csv"] = (FRED, len(FRED), '"v1"')
    first = snapshot(config, capsys)
    assert source_of(first, "FRED copper")["ok"]
    (price,) = first["prices"]
    assert price["as_of"] == "2026-05-01"

    cut_at = len(FRED) + len(b"2026-06-01,10")  # announced: the old file and "10" of the new row
    _Server.answers["/fred.csv"] = (GROWN, cut_at, '"v2"')
    second = snapshot(config, capsys)
    source = source_of(second, "FRED copper")
    assert not source["ok"]
    assert source["error"] == (
        f"the answer ran past its announced length ({cut_at:,} bytes; {len(GROWN) - cut_at} more came): "
        "not whole, not read"
    )
    (price,) = second["prices"]
    assert price["as_of"] == "2026-05-01" and price["last"] == first["prices"][0]["last"]
    assert price["source_failing"]
    assert ["2026-06-01", 10.0] not in price["points"]

    # the cut body was not cached: the next fetch offers the whole one's ETag, not its
    _Server.answers["/fred.csv"] = (GROWN, len(GROWN), '"v2"')
    third = snapshot(config, capsys, "--force")  # not waiting out the failure's backoff
    assert source_of(third, "FRED copper")["ok"]
    assert _Server.seen[-1] == ("/fred.csv", '"v1"')
    assert third["prices"][0]["as_of"] == "2026-06-01"
    assert third["prices"][0]["last"] == 10739.91


def test_the_next_answer_on_the_server_does_not_start_with_the_leftover(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two sources on one server share its connection: the one after the overlong answer is
    read whole, not from the leftover bytes."""
    config = write_config(tmp_path, base, feed=True)
    _Server.answers["/fred.csv"] = (GROWN, len(FRED), '"v1"')  # the whole new row left over
    _Server.answers["/feed.xml"] = (NBC, len(NBC), '"f1"')
    doc = snapshot(config, capsys)
    fred, nbc = source_of(doc, "FRED copper"), source_of(doc, "NBC")
    assert not fred["ok"] and "ran past its announced length" in fred["error"]
    assert nbc["ok"], nbc
    assert doc["headlines"] and all(h["title"] for h in doc["headlines"])


def test_a_body_of_its_announced_length_and_a_stray_line_break_reads_as_before(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, base)
    _Server.answers["/fred.csv"] = (FRED + b"\r\n", len(FRED), '"v1"')
    doc = snapshot(config, capsys)
    assert source_of(doc, "FRED copper")["ok"] and source_of(doc, "FRED copper")["warning"] is None
    assert doc["prices"][0]["as_of"] == "2026-05-01"


def test_a_feed_past_its_length_gives_no_half_headline(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The length announced ends inside the item's title ("NYC cops search for stabbing"):
    before, the feed's end was missing and its one item left out, or, cut past the title, the
    item read with half its text; now no headline comes of it, and why is said."""
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "NBC"\nkind = "rss"\nurl = "{base}/feed.xml"\n',
        encoding="utf-8",
    )
    cut_at = NBC.index(b" suspect after leaving")
    _Server.answers["/feed.xml"] = (NBC, cut_at, '"f1"')
    doc = snapshot(config, capsys, "--all")
    (source,) = doc["sources"]
    assert not source["ok"]
    assert source["error"].startswith(f"the answer ran past its announced length ({cut_at:,} bytes")
    assert doc["headlines"] == []


def test_bytes_after_a_304_leave_the_cached_body_and_the_next_answer_whole(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 304 has no body: bytes a server sends after one are no part of any answer. The cached
    body is used as on any 304, and the connection they spoil is not used again."""
    config = write_config(tmp_path, base, feed=True)
    _Server.answers["/fred.csv"] = (FRED, len(FRED), '"v1"')
    _Server.answers["/feed.xml"] = (NBC, len(NBC), '"f1"')
    first = snapshot(config, capsys)
    assert source_of(first, "FRED copper")["ok"] and source_of(first, "NBC")["ok"]
    _Server.stray = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\njunk!"
    second = snapshot(config, capsys, "--force")
    fred, nbc = source_of(second, "FRED copper"), source_of(second, "NBC")
    assert ("/fred.csv", '"v1"') in _Server.seen[2:] and ("/feed.xml", '"f1"') in _Server.seen[2:]
    assert fred["ok"] and nbc["ok"], (fred, nbc)
    assert second["prices"][0]["as_of"] == "2026-05-01"
    assert second["headlines"] and all(h["title"] for h in second["headlines"])
