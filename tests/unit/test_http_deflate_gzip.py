"""A gzip stream sent as ``Content-Encoding: deflate``: servers and proxies that compress with
gzip and label it deflate (the two names mixed up in their configuration) are met in the wild,
and the body failed ("the body is not in the Content-Encoding the server named (deflate)")
though nothing was wrong with it but its label. Neither a zlib nor a raw deflate stream can
start with gzip's magic bytes (``1f 8b``: a reserved block type, an unknown method), so such a
body is read as the gzip stream it is, held to the same rules: the limit on its inflated size,
an unfinished stream an error. zlib-wrapped and raw deflate read as before. A plain body
labelled deflate or gzip (a server that names an encoding and never compresses) is read as it
is, and said.

Made-up answers from raw servers on 127.0.0.1 (the body: the FRED copper fixture)."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

from tests.unit.test_http_body import answer, error, get, raw_server
from tui.flow.http import HttpSettings

FRED = (
    Path(__file__).resolve().parent.parent / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"
).read_bytes()


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "close-delimited"])
async def test_a_gzip_body_labelled_deflate_is_read(length: bool) -> None:
    packed = gzip.compress(FRED)
    head = "Content-Encoding: deflate\r\n"
    head += f"Content-Length: {len(packed)}\r\n" if length else "Connection: close\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert (await get(url)).content == FRED


async def test_a_gzip_body_labelled_deflate_cut_off_is_still_an_error() -> None:
    packed = gzip.compress(FRED)[:-200]
    head = f"Content-Encoding: deflate\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert "cut off" in await error(url)


async def test_a_gzip_body_labelled_deflate_is_held_to_the_limit() -> None:
    packed = gzip.compress(FRED)
    small = HttpSettings(timeout=5.0, max_bytes=len(FRED) // 2)
    head = f"Content-Encoding: deflate\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert "larger than" in await error(url, small)


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
async def test_deflate_as_the_standard_and_as_some_servers_write_it_still_reads(wbits: int) -> None:
    packer = zlib.compressobj(wbits=wbits)
    packed = packer.compress(FRED) + packer.flush()
    head = f"Content-Encoding: deflate\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert (await get(url)).content == FRED


FEED = (
    Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "nbc_newyork.rss.xml"
).read_bytes()
GDELT = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "events"
    / "gdelt_doc_artlist_oil_sanctions.json"
).read_bytes()


@pytest.mark.parametrize("body", [FRED, FEED, GDELT], ids=["csv", "rss", "json"])
@pytest.mark.parametrize("label", ["deflate", "gzip"])
async def test_a_plain_body_labelled_compressed_is_read_and_said(body: bytes, label: str) -> None:
    """A server that names an encoding and never compresses: the body failed ("not in the
    Content-Encoding the server named"), or, for a JSON answer labelled deflate (``{`` starts a
    raw deflate block that ends at once), became one byte of nonsense and the rest was dropped
    as trailing bytes. Read as it is, the label's mistake in ``note``."""
    head = f"Content-Encoding: {label}\r\nContent-Length: {len(body)}\r\n"
    async with raw_server(answer(head, body)) as url:
        got = await get(url)
    assert got.content == body
    assert got.note == f"the server said Content-Encoding: {label} but the body is not {label}"


async def test_a_raw_deflate_body_with_text_after_its_end_is_still_deflate() -> None:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    packed = packer.compress(FRED) + packer.flush() + b"\n"
    head = f"Content-Encoding: deflate\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        got = await get(url)
    assert got.content == FRED and got.note is None
