"""A source that answers with binary bytes (an image, an archive) is said for what it is, with
its type and size, and never quoted: its bytes read as text were mojibake in the source's error
(the health line, the sources screen, the snapshot)."""

from __future__ import annotations

import gzip
import json
import struct
import zlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main
from tui.core.config import parse_config
from tui.sources.base import SourceError
from tui.sources.binary import binary_answer, looks_binary
from tui.sources.registry import module_for


def png(width: int = 8, height: int = 8) -> bytes:
    """A real PNG file (red pixels): signature, IHDR, IDAT, IEND with their CRCs."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = png()
GZIP = gzip.compress(b"Date,Close\n2026-01-02,9500.5\n" * 40)
# a binary answer with no NUL and no magic: compressed bytes cp1252 cannot read either
ODD = bytes(b for b in range(0x80, 0x100)) * 3

KINDS = {
    "csv": "a price file",
    "fred": "a price file",
    "stooq": "a price file",
    "yahoo": "a price file",
    "rss": "a feed",
    "gdelt": "a GDELT answer",
    "federal-register": "a Federal Register answer",
    "policy-file": "a policy file",
}


def source(kind: str) -> object:
    src: dict[str, str] = {"name": "x", "kind": kind, "url": "http://127.0.0.1:9/x"}
    if kind in ("csv", "fred", "stooq", "yahoo", "policy-file"):
        src["metal"] = "copper"
    config = parse_config({"metals": [{"id": "copper", "name": "Copper"}], "sources": [src]}, None)
    return config.sources[0]


def error_of(kind: str, data: bytes, content_type: str) -> str:
    with pytest.raises(SourceError) as info:
        module_for(kind).parse(
            data,
            source(kind),
            fetched_at=datetime.now(timezone.utc),
            headers={"Content-Type": content_type},
        )
    return str(info.value)


def printable(message: str) -> bool:
    return message.isascii() and message.isprintable()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_png_is_named_with_its_size_by_every_parser(kind: str) -> None:
    message = error_of(kind, PNG, "text/csv")  # the server's word is wrong: the bytes decide
    assert message == f"binary answer (image/png, {len(PNG):,} bytes), not {KINDS[kind]}"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_gzip_bytes_are_named_never_quoted(kind: str) -> None:
    message = error_of(kind, GZIP, "application/octet-stream")
    assert message.startswith(f"binary answer (application/gzip, {len(GZIP):,} bytes), not ")
    assert printable(message), message


@pytest.mark.parametrize("kind", ["csv", "fred", "stooq", "yahoo"])
def test_bytes_no_encoding_reads_are_named_by_the_servers_type(kind: str) -> None:
    message = error_of(kind, ODD, "application/octet-stream")
    assert message == (
        f"binary answer (application/octet-stream, {len(ODD):,} bytes), not a price file"
    )


def test_text_is_not_binary() -> None:
    for text in (
        b"Date,Close\n2026-01-02,9500.5\n",
        "Datum;Preis\n02.01.2026;9500,5 €\n".encode("cp1252"),  # an old export
        '<?xml version="1.0"?><rss/>'.encode("utf-16-le"),  # UTF-16 without a BOM
        "<rss>\u6c5f</rss>".encode("shift_jis"),
        b"Date,Close\n2026-01-02,9500.5\n\x1a",  # DOS's end-of-file mark
    ):
        assert not looks_binary(text), text
        assert binary_answer(text, None, "a price file") is None


def test_the_snapshot_says_what_a_png_price_answer_is(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/copper.csv").respond_with_data(PNG, content_type="image/png")
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n[[sources]]\nname = "LME copper"\n'
        f'kind = "csv"\nmetal = "copper"\nurl = "{httpserver.url_for("/copper.csv")}"\n',
        encoding="utf-8",
    )
    code = main(["snapshot", "--config", str(config), "--json"])
    out, err = capsys.readouterr()
    said = f"binary answer (image/png, {len(PNG):,} bytes), not a price file"
    assert code == 3
    assert err.splitlines() == [f"metalwatch: source 'LME copper': {said}"]
    (health,) = json.loads(out)["sources"]
    assert health["error"] == said
