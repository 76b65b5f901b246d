"""A chunked answer that goes on after its last (zero-size) chunk, through the real ``metalwatch
snapshot --json`` (``tui.cli.main``) against a real HTTP/1.1 server on 127.0.0.1
(``ThreadingHTTPServer``, keeping its connections open), into a real store and HTTP cache.

A server or proxy that writes a zero-size chunk mid-body (an empty write sent as a chunk of its
own) ends the body there for any HTTP/1.1 reader; the rest of the file follows on the
connection. httpx returned the first part as the whole answer, with no sign: half of FRED's
copper file read as the series, its newest price 2009's. Now bytes after a chunked end make it
an error said on the source's line, the stored prices stay, and the connection holding those
bytes is not reused for the next request to the same server (whose answer would start with
them). A chunked body that ends where it should (a stray line break after it is no leftover)
reads as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from keepalive_answers import FRED, NBC, serving, snapshot, source_of, write_config

HALF = FRED.rindex(b"\n", 0, len(FRED) // 2) + 1  # a row's end near the file's middle
END = b"0\r\n\r\n"


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


class _Server(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: one connection serves every path
    answers: ClassVar[dict[str, bytes]] = {}  # path -> the chunked body as sent
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/csv" if self.path.endswith(".csv") else "text/xml")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.write(self.answers[self.path])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base() -> Iterator[str]:
    _Server.answers, _Server.seen = {}, []
    with serving(_Server) as url:
        yield url


def test_a_whole_chunked_body_reads_as_before(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _Server.answers["/fred.csv"] = _chunk(FRED[:HALF]) + _chunk(FRED[HALF:]) + END + b"\r\n"
    doc = snapshot(write_config(tmp_path, base), capsys)
    source = source_of(doc, "FRED copper")
    assert source["ok"] and source["warning"] is None, source
    (price,) = doc["prices"]
    assert price["as_of"] == "2026-05-01" and len(price["points"]) == FRED.count(b"\n") - 1


def test_a_zero_chunk_mid_body_is_an_error_and_the_stored_prices_stay(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, base)
    _Server.answers["/fred.csv"] = _chunk(FRED) + END
    first = snapshot(config, capsys)
    assert source_of(first, "FRED copper")["ok"]
    last = first["prices"][0]["last"]

    rest = _chunk(FRED[HALF:]) + END
    _Server.answers["/fred.csv"] = _chunk(FRED[:HALF]) + END + rest
    second = snapshot(config, capsys, "--force")
    source = source_of(second, "FRED copper")
    assert not source["ok"]
    assert source["error"] == (
        f"the answer went on past its end (a chunked body; {len(rest):,} more bytes came): "
        "not whole, not read"
    )
    (price,) = second["prices"]
    assert price["as_of"] == "2026-05-01" and price["last"] == last
    assert price["source_failing"]


def test_junk_after_a_chunked_end_is_refused_and_spoils_no_other_answer(
    base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two sources on one server share its connection: the feed asked after the spoilt answer
    is read whole, not from the junk left on the connection."""
    _Server.answers["/fred.csv"] = _chunk(FRED) + END + b"HTTP/1.1 200 OK\r\n\r\njunk"
    _Server.answers["/feed.xml"] = _chunk(NBC) + END
    doc = snapshot(write_config(tmp_path, base, feed=True), capsys)
    fred, nbc = source_of(doc, "FRED copper"), source_of(doc, "NBC")
    assert not fred["ok"] and "went on past its end (a chunked body" in fred["error"]
    assert doc["prices"] == []
    assert nbc["ok"], nbc
    assert doc["headlines"] and all(h["title"] for h in doc["headlines"])
