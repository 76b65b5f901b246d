"""Gzip files served as they are, with no Content-Encoding (a ``.csv.gz`` as
``application/octet-stream``, an ``.xml.gz`` as ``application/gzip``), as real ``metalwatch``
processes read them from loopback servers: inflated, held to ``max_body_mb`` on their inflated
size, and a bomb refused with a clear message while the other sources are read.

Real data: FRED's copper monthly prices, NBC New York's RSS feed, Yahoo's COMEX silver history.
"""

from __future__ import annotations

import gzip
import json
import socket
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.test_fetch_faults import (
    FRED,
    LAST_DATE,
    LAST_VALUE,
    NBC,
    RawServer,
    config,
    feed,
    metalwatch,
    rss,
)

SILVER = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "prices"
    / "yfinance_SI=F_2000-08-30_2026-07-13.csv"
).read_bytes()  # 540 KB, about 150 KB gzip'd


@pytest.fixture
def srv() -> Iterator[RawServer]:
    server = RawServer()
    try:
        yield server
    finally:
        server.close()


def served(
    body: bytes, content_type: str, name: str, *, length: bool = True
) -> Callable[[socket.socket, RawServer], None]:
    """A handler sending ``body`` gzip'd as a file download, with no Content-Encoding."""
    packed = gzip.compress(body)

    def send(conn: socket.socket, server: RawServer) -> None:
        head = (
            f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f'Content-Disposition: attachment; filename="{name}"\r\nConnection: close\r\n'
        )
        if length:
            head += f"Content-Length: {len(packed)}\r\n"
        conn.sendall(head.encode() + b"\r\n" + packed)

    return send


def fred(url: str) -> str:
    return (
        f'[[sources]]\nname = "FRED copper"\nkind = "fred"\nmetal = "copper"\n'
        f'series = "PCOPPUSDM"\nurl = "{url}"\n\n'
    )


def test_gzip_files_served_as_downloads_are_read(srv: RawServer, tmp_path: Path) -> None:
    srv.routes["/PCOPPUSDM.csv.gz"] = served(FRED, "application/octet-stream", "PCOPPUSDM.csv.gz")
    srv.routes["/nbc.xml.gz"] = served(NBC, "application/gzip", "nbc.xml.gz", length=False)
    cfg = config(tmp_path, fred(srv.url("/PCOPPUSDM.csv.gz")) + rss("NBC", srv.url("/nbc.xml.gz")))
    run = metalwatch("snapshot", "--json", "--config", str(cfg))
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    health = {s["name"]: s for s in doc["sources"]}
    assert health["FRED copper"]["ok"] and health["FRED copper"]["error"] is None, health
    assert health["NBC"]["ok"] and health["NBC"]["items"] > 0, health
    (copper,) = [p for p in doc["prices"] if p["metal"] == "copper"]
    assert copper["as_of"].startswith(LAST_DATE.isoformat()), copper
    assert abs(copper["last"] - LAST_VALUE) < 0.01, copper


def test_a_gzip_file_past_max_body_mb_once_inflated_is_refused(
    srv: RawServer, tmp_path: Path
) -> None:
    srv.routes["/SI=F.csv.gz"] = served(SILVER, "application/octet-stream", "SI=F.csv.gz")
    srv.routes["/news.xml"] = feed
    sources = (
        '[[sources]]\nname = "COMEX silver"\nkind = "csv"\nmetal = "silver"\n'
        f'url = "{srv.url("/SI=F.csv.gz")}"\n\n' + rss("News", srv.url("/news.xml"))
    )
    cfg = config(
        tmp_path,
        '[[metals]]\nid = "silver"\nname = "Silver"\n\n' + sources,
        app='timeout = "5s"\nmax_body_mb = 0.5',
    )
    run = metalwatch("snapshot", "--config", str(cfg))
    assert run.returncode == 0, run.stderr  # the news source is fine
    assert "source 'COMEX silver': gzip file larger than 512 KB once decompressed (" in run.stderr


def test_a_gzip_bomb_without_content_encoding_is_refused(srv: RawServer, tmp_path: Path) -> None:
    def bomb(conn: socket.socket, server: RawServer) -> None:
        """1 GB of zeros gzip'd as a file (about 1 MB on the wire), until the client leaves."""
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
            b'Content-Disposition: attachment; filename="prices.csv.gz"\r\n'
            b"Connection: close\r\n\r\n"
        )
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(1024 * 1024)
        for _ in range(1024):
            if server.stop.is_set():
                return
            conn.sendall(packer.compress(zeros))
        conn.sendall(packer.flush())

    srv.routes["/prices.csv.gz"] = bomb
    srv.routes["/news.xml"] = feed
    cfg = config(tmp_path, fred(srv.url("/prices.csv.gz")) + rss("News", srv.url("/news.xml")))
    run = metalwatch("snapshot", "--config", str(cfg))
    assert run.returncode == 0, run.stderr
    said = "source 'FRED copper': gzip file larger than 10 MB once decompressed ("
    assert said in run.stderr and "a compression bomb" in run.stderr, run.stderr
