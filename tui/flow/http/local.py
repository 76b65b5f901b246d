"""Local file sources (a path, ``~/...`` or a ``file://`` URL), read with the same cap.

A gzip file (``prices.csv.gz``, ``feed.xml.gz``, known by its first bytes, not its name) is
inflated as it is read, a step at a time, and held to the cap on its *decompressed* size, as a
gzip file served over HTTP is; a damaged or cut-off one is said to be so."""

from __future__ import annotations

import asyncio
import errno
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from tui.core.file_read import missing, not_regular
from tui.core.text import clean_text
from tui.flow.http.decode import GZIP_MAGIC, GzipSniffer, NotGzip, Truncated
from tui.flow.http.errors import FetchError, gzip_too_large, too_large
from tui.flow.http.fetch import FetchResult

_STEP = 1 << 20  # bytes read at once


async def read_local(path: str, max_bytes: int) -> FetchResult:
    """Read a local file source (a path, ``~/...`` or a ``file://`` URL) off the event loop."""
    started = time.monotonic()
    content = await asyncio.to_thread(read_local_bytes, path, max_bytes)
    return FetchResult(
        url=str(local_path(path)),
        status=200,
        content=content,
        headers={},
        from_cache=False,
        revalidated=False,
        elapsed=time.monotonic() - started,
    )


def read_local_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of a local file source, at most ``max_bytes`` (:class:`FetchError` naming
    what is wrong otherwise); ``read_local`` and ``metalwatch check`` read with it."""
    try:
        return _read_capped(local_path(path), max_bytes)
    except FileNotFoundError:
        raise FetchError(f"{missing(local_path(path))}: {path}") from None
    except IsADirectoryError:  # a folder, a FIFO, a device: named as what it is
        raise FetchError(f"{not_regular(local_path(path))}: {path}") from None
    except PermissionError:
        raise FetchError(f"permission denied: {path}") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FetchError(f"{missing(local_path(path))}: {path}") from None
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None


def local_path(path: str) -> Path:
    if path.lower().startswith("file://"):
        parts = urlsplit(path)
        return Path(unquote(parts.path))
    return Path(path).expanduser()


def _read_capped(target: Path, max_bytes: int) -> bytes:
    if target.exists() and not target.is_file():
        raise IsADirectoryError(str(target))  # a directory, FIFO or device: not a source file
    with target.open("rb") as fh:
        head = fh.read(len(GZIP_MAGIC))
        if head == GZIP_MAGIC:
            return _inflated(fh, head, max_bytes)
        chunks: list[bytes] = [head] if head else []
        size = len(head)
        # Read up to one byte past the cap rather than trusting the size: files can grow, and
        # special files (a FIFO, /dev/zero) have no size at all. In steps: one read of the
        # whole cap allocates it first (a large max_body_mb failed every file).
        while size <= max_bytes and (chunk := fh.read(min(_STEP, max_bytes + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
    if size > max_bytes:
        raise FetchError(too_large(max_bytes))
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _inflated(fh: BinaryIO, head: bytes, max_bytes: int) -> bytes:
    """A gzip file's decompressed bytes, at most ``max_bytes`` of them (the compressed bytes
    read are held to the same cap)."""
    sniffer = GzipSniffer()
    out = bytearray()
    read = len(head)

    def take(pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            if len(out) + len(piece) > max_bytes:
                raise FetchError(gzip_too_large(max_bytes, read, "read"))
            out.extend(piece)

    try:
        take(sniffer.decode(head))
        while chunk := fh.read(_STEP):
            read += len(chunk)
            if read > max_bytes:
                raise FetchError(too_large(max_bytes))
            take(sniffer.decode(chunk))
        take(sniffer.finish())
    except NotGzip as exc:
        why = clean_text(str(exc).split(": ")[-1], 60, html_input=False)
        raise FetchError(
            f"damaged gzip file ({why or 'not a gzip stream'}): cannot read it"
        ) from None
    except Truncated:
        raise FetchError(
            f"gzip file cut off after {read:,} bytes (compressed data unfinished): "
            "a partial copy or download"
        ) from None
    return bytes(out)
