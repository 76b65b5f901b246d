"""What counts as a complete answer, and memory bounded by the decoded size, against raw servers
on 127.0.0.1 that send exactly the bytes each case needs."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import struct
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from tui.flow.http import FetchError, FetchResult, HttpSettings, fetch, make_client
from tui.flow.http.decode import STEP, BodyDecoder, Truncated
from tui.flow.http.errors import size_text

MB = 1024 * 1024
SETTINGS = HttpSettings(timeout=5.0, connect_timeout=2.0, read_timeout=5.0, max_bytes=1 * MB)
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def raw_server(handler: Handler) -> AsyncIterator[str]:
    async def wrapped(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            await handler(reader, writer)
        except (ConnectionError, asyncio.CancelledError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(wrapped, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/feed.xml"
    finally:
        server.close()


async def get(url: str, settings: HttpSettings = SETTINGS) -> FetchResult:
    async with make_client(settings, None) as client:
        return await fetch(client, url, settings=settings)


async def error(url: str, settings: HttpSettings = SETTINGS) -> str:
    with pytest.raises(FetchError) as info:
        await get(url, settings)
    return str(info.value)


def answer(head: str, body: bytes) -> Handler:
    async def send(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(f"HTTP/1.1 200 OK\r\n{head}\r\n".encode() + body)
        await writer.drain()

    return send


BODY = b"<rss><channel><title>t</title></channel></rss>\n" * 200


async def test_incomplete_chunked_body_is_cut_off() -> None:
    chunked = f"{len(BODY):x}\r\n".encode() + BODY + b"\r\n" + b"400\r\npartial"
    async with raw_server(answer("Transfer-Encoding: chunked\r\n", chunked)) as url:
        message = await error(url)
    assert message.startswith("the answer was cut off after "), message
    assert "bytes" in message and "Error" not in message


async def test_truncated_gzip_is_cut_off_even_without_a_length() -> None:
    packed = gzip.compress(BODY)
    cut = packed[: len(packed) // 2]
    head = "Content-Encoding: gzip\r\nConnection: close\r\n"
    async with raw_server(answer(head, cut)) as url:
        message = await error(url)
    assert (
        message == f"the answer was cut off after {len(cut):,} bytes (compressed data unfinished)"
    )


async def test_connection_reset_mid_body_says_so() -> None:
    async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 3000)
        await writer.drain()
        await asyncio.sleep(0.1)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()  # RST, not FIN

    async with raw_server(reset) as url:
        message = await error(url)
    assert message.startswith("the answer was cut off after 3,000 bytes of 100,000 announced")


async def test_connection_reset_before_any_answer_says_so() -> None:
    async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    async with raw_server(reset) as url:
        message = await error(url)
    assert message in (
        "the connection was reset by the server",
        "the server closed the connection without a complete answer",
    ), message


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "deflate-raw"])
async def test_a_compression_bomb_stops_at_the_decoded_limit(encoding: str) -> None:
    sent = [0]

    async def bomb(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        wbits = {"gzip": 31, "deflate": 15, "deflate-raw": -15}[encoding]
        name = "gzip" if encoding == "gzip" else "deflate"
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Encoding: {name}\r\n\r\n".encode())
        packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
        zeros = bytes(MB)
        for _ in range(1024):  # 1 GB inflated, about 1 MB on the wire
            chunk = packer.compress(zeros) + packer.flush(zlib.Z_SYNC_FLUSH)
            sent[0] += len(chunk)
            writer.write(chunk)
            await writer.drain()
            await asyncio.sleep(0)  # the client shares this event loop

    async with raw_server(bomb) as url:
        message = await error(url)
    assert message == "response larger than 1 MB (max_body_mb): cut off"
    assert sent[0] < 200 * 1024, f"the server sent {sent[0]} bytes: reading did not stop"


async def test_gzip_with_several_members_and_a_declared_length_is_whole() -> None:
    packed = gzip.compress(BODY[:5000]) + gzip.compress(BODY[5000:])
    head = f"Content-Encoding: gzip\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        result = await get(url)
    assert result.content == BODY


async def test_a_compressed_body_within_the_limit_but_large_on_decoding_is_refused() -> None:
    body = b"a" * (MB + 1)
    packed = gzip.compress(body)
    head = f"Content-Encoding: gzip\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert await error(url) == "response larger than 1 MB (max_body_mb): cut off"
        exact = HttpSettings(timeout=5.0, max_bytes=MB + 1)
        assert (await get(url, exact)).content == body


def test_decoder_output_comes_in_bounded_steps() -> None:
    packed = zlib.compress(bytes(50 * MB), 9)
    decoder = BodyDecoder("deflate")
    sizes = [len(p) for p in decoder.decode(packed)]
    assert max(sizes) <= STEP and sum(sizes) + sum(len(p) for p in decoder.finish()) == 50 * MB


def test_decoder_chains_encodings_and_notices_an_unfinished_stream() -> None:
    inner = gzip.compress(BODY)
    outer = zlib.compress(inner)
    decoder = BodyDecoder("gzip, deflate")  # deflate applied last: undone first
    out = b"".join(decoder.decode(outer[:10])) + b"".join(decoder.decode(outer[10:]))
    assert out + b"".join(decoder.finish()) == BODY
    cut = BodyDecoder("gzip")
    list(cut.decode(inner[:-8]))  # the CRC and length trailer missing
    with pytest.raises(Truncated):
        list(cut.finish())


def test_brotli_is_bounded_and_checked_when_available() -> None:
    brotli = pytest.importorskip("brotli")
    packed = brotli.compress(bytes(20 * MB))
    decoder = BodyDecoder("br")
    sizes = [len(p) for p in decoder.decode(packed)]
    # brotli's output limit is where its buffer stops growing, not an exact cap
    assert max(sizes) <= 2 * STEP and sum(sizes) == 20 * MB
    list(decoder.finish())
    cut = BodyDecoder("br")
    list(cut.decode(packed[: len(packed) // 2]))
    with pytest.raises(Truncated):
        list(cut.finish())


async def test_the_network_client_offers_http2_and_still_speaks_http1() -> None:
    pytest.importorskip("h2")
    from tui.flow.http.client import network_transport
    from tui.flow.http.overlong import WholeBodies

    transport = network_transport()
    assert isinstance(transport, WholeBodies)  # around httpx's own transport
    assert transport.inner._pool._http2 is True  # ALPN offers h2 on TLS; plain HTTP stays 1.1
    await transport.aclose()
    async with raw_server(answer(f"Content-Length: {len(BODY)}\r\n", BODY)) as url:
        result = await get(url)  # make_client without a transport: the HTTP/2-capable one
    assert result.content == BODY


# ---- a gzip file sent as it is, with no Content-Encoding (a .csv.gz, an .xml.gz)

FRED = (
    Path(__file__).resolve().parents[1] / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"
).read_bytes()


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("Content-Type: application/octet-stream\r\n", id="octet-stream"),
        pytest.param(
            "Content-Type: application/gzip\r\n"
            'Content-Disposition: attachment; filename="PCOPPUSDM.csv.gz"\r\n',
            id="application-gzip",
        ),
        pytest.param(
            "Content-Type: application/x-gzip\r\nContent-Encoding: identity\r\n", id="identity"
        ),
    ],
)
async def test_a_gzip_file_without_content_encoding_is_inflated(head: str) -> None:
    packed = gzip.compress(FRED)
    async with raw_server(answer(head + f"Content-Length: {len(packed)}\r\n", packed)) as url:
        assert (await get(url)).content == FRED
    async with raw_server(answer(head + "Connection: close\r\n", packed)) as url:  # no length
        assert (await get(url)).content == FRED


async def test_a_gzip_file_also_sent_gzip_encoded_is_inflated_twice() -> None:
    """Apache's ``AddEncoding`` undone by a proxy that compresses again: both layers."""
    packed = gzip.compress(gzip.compress(FRED))
    head = f"Content-Encoding: gzip\r\nContent-Length: {len(packed)}\r\n"
    async with raw_server(answer(head, packed)) as url:
        assert (await get(url)).content == FRED


async def test_a_gzip_file_is_held_to_the_limit_on_its_inflated_size() -> None:
    packed = gzip.compress(FRED)
    small = HttpSettings(timeout=5.0, max_bytes=len(FRED) - 1)
    async with raw_server(answer(f"Content-Length: {len(packed)}\r\n", packed)) as url:
        message = await error(url, small)
        assert (await get(url, HttpSettings(timeout=5.0, max_bytes=len(FRED)))).content == FRED
    received = size_text(len(packed))
    assert message == (
        f"gzip file larger than {size_text(len(FRED) - 1)} once decompressed ({received} "
        "received; a compression bomb, or raise max_body_mb): cut off"
    )


async def test_a_gzip_bomb_without_content_encoding_is_refused_early() -> None:
    sent = [0]

    async def bomb(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n")
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(MB)
        for _ in range(1024):  # 1 GB inflated, about 1 MB on the wire
            chunk = packer.compress(zeros) + packer.flush(zlib.Z_SYNC_FLUSH)
            sent[0] += len(chunk)
            writer.write(chunk)
            await writer.drain()
            await asyncio.sleep(0)

    async with raw_server(bomb) as url:
        message = await error(url)
    assert message.startswith("gzip file larger than 1 MB once decompressed (")
    assert "a compression bomb" in message
    assert sent[0] < 200 * 1024, f"the server sent {sent[0]} bytes: reading did not stop"


async def test_a_gzip_file_cut_off_or_damaged_is_said() -> None:
    packed = gzip.compress(FRED)
    async with raw_server(answer("Connection: close\r\n", packed[: len(packed) // 2])) as url:
        assert "compressed data unfinished" in await error(url)
    broken = packed[:10] + bytes(len(packed) - 10)
    async with raw_server(answer(f"Content-Length: {len(broken)}\r\n", broken)) as url:
        assert await error(url) == "the body starts like a gzip file but is not one: cannot read it"


async def test_a_one_byte_body_is_still_a_body() -> None:
    async with raw_server(answer("Content-Length: 1\r\n", b"\x1f")) as url:
        assert (await get(url)).content == b"\x1f"
