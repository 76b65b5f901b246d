"""A gzip body under another encoding's name (``Content-Encoding: br`` or ``zstd``): a server
or proxy that compressed with gzip and named the encoding the client listed first. Its first
bytes are plainly gzip's (``1f 8b 08``: no zstd frame starts so, and brotli only with a window
no encoder uses by default), so it is read as the gzip it is, under the same limit and checks,
and the source's line says what the server named; the same holds for gzip labelled deflate.
A real brotli body still reads as brotli.

Made-up answers from raw servers on 127.0.0.1 (the body: the FRED copper fixture)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.unit.test_http_body import answer, error, get, raw_server
from tui.flow.http import HttpSettings
from tui.flow.http.decode import BodyDecoder

FRED = (
    Path(__file__).resolve().parent.parent / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"
).read_bytes()


@pytest.mark.parametrize("label", ["br", "zstd", "deflate", "gzip, br"])
async def test_a_gzip_body_under_another_name_is_read_and_said(label: str) -> None:
    packed = gzip.compress(FRED)
    if label == "gzip, br":  # gzip once more, then "br" that is gzip too
        packed = gzip.compress(packed)
    head = f"Content-Encoding: {label}\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        got = await get(url)
    assert got.content == FRED
    named = label.split(", ")[-1]
    assert got.note == f"the server said Content-Encoding: {named} but the body is gzip"


@pytest.mark.parametrize("label", ["br", "zstd"])
async def test_a_gzip_body_under_another_name_is_held_to_the_limit(label: str) -> None:
    packed = gzip.compress(FRED)
    small = HttpSettings(timeout=5.0, max_bytes=len(FRED) // 2)
    head = f"Content-Encoding: {label}\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert "larger than" in await error(url, small)


@pytest.mark.parametrize("label", ["br", "zstd"])
async def test_a_gzip_body_under_another_name_cut_off_is_an_error(label: str) -> None:
    packed = gzip.compress(FRED)[:-200]
    head = f"Content-Encoding: {label}\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert "cut off" in await error(url)


def test_a_gzip_body_labelled_br_read_a_byte_at_a_time() -> None:
    decoder = BodyDecoder("br")
    packed = gzip.compress(FRED)
    out = b"".join(piece for i in range(len(packed)) for piece in decoder.decode(packed[i : i + 1]))
    assert out + b"".join(decoder.finish()) == FRED and decoder.gzipped == "br"


async def test_a_real_brotli_body_still_reads_as_brotli() -> None:
    brotli = pytest.importorskip("brotli")
    packed = brotli.compress(FRED)
    head = f"Content-Encoding: br\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        got = await get(url)
    assert got.content == FRED and got.note is None
