"""What every Content-Encoding stage shares: the step of output, the errors, the plain stage,
and the test of whether a body's first bytes are text (a compressed stream's never are)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

STEP = 64 * 1024  # most decoded bytes produced by one call
GZIP_MAGIC = b"\x1f\x8b"


class Truncated(Exception):
    """The compressed stream ended before its end marker."""


class Undecodable(Exception):
    """The body is not valid for its declared Content-Encoding."""


class Stage(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


class Identity:
    def decode(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data

    def finish(self) -> Iterator[bytes]:
        return iter(())


# Bytes of text: tab, line breaks, form feed and the printable ones (a compressed stream has
# the others in any few hundred of its bytes)
TEXT_BYTES = frozenset(b"\t\n\r\x0c") | frozenset(range(0x20, 0x100)) - {0x7F}
PROBE = 4096


def text_head(data: bytes) -> bool:
    """Whether a body's first bytes are text (UTF-8, a character cut at the end allowed, no
    control characters but tab, line breaks and form feed): a compressed stream's never are
    for long (brotli's and zstd's first byte alone is a control character or no UTF-8)."""
    head = data[:PROBE].lstrip(b"\xef\xbb\xbf")
    if not head or not set(head) <= TEXT_BYTES:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True
