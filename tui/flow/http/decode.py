"""Content-Encoding decoding that never holds more than a small step of output at once.

httpx's own decoders inflate each network chunk in one call: 64 KB of gzip'd zeros becomes
64 MB in memory before any size check can run (a "gzip bomb"). These decoders ask zlib and
brotli for at most ``STEP`` bytes per call, so the caller counts decoded bytes against its
limit as they appear and stops reading when it is passed. They also know whether the
compressed stream *ended*: a gzip, deflate or brotli body without its end is an answer that was
cut off, never data.

A body labelled ``Content-Encoding: gzip`` that does not start with gzip's magic bytes is no
gzip stream at all (nor is one labelled ``deflate`` whose first bytes are text neither kind of
deflate stream reads): a server that names the encoding and never compresses (a misconfigured
proxy or CDN, a static file served with a hand-written header). It is passed on as the plain
body it is, and :attr:`BodyDecoder.plain` names the label, for the source's health line.

A gzip file sent as it is, with no Content-Encoding (a ``.csv.gz`` or ``.xml.gz`` served as
``application/octet-stream`` or ``application/gzip``), is known by its first two bytes after
the named encodings are undone (:class:`GzipSniffer`), and inflated the same way.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, Protocol

STEP = 64 * 1024  # most decoded bytes produced by one call
GZIP_MAGIC = b"\x1f\x8b"


class Truncated(Exception):
    """The compressed stream ended before its end marker."""


class Undecodable(Exception):
    """The body is not valid for its declared Content-Encoding."""


class _Stage(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


class _Identity:
    def decode(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data

    def finish(self) -> Iterator[bytes]:
        return iter(())


class _Zlib:
    """gzip (several members allowed, as ``gzip -c a b`` writes) or deflate (zlib or raw)."""

    def __init__(self, gzip: bool) -> None:
        self.gzip = gzip
        self.plain = False  # labelled gzip or deflate, not compressed: passed on as it is
        self.started = False
        self.fed = False
        self.done = False
        self.d = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)

    def decode(self, data: bytes) -> Iterator[bytes]:
        if not data or self.done:
            return
        if not self.started and self.gzip and not GZIP_MAGIC.startswith(data[:2]):
            self.plain = True  # no gzip stream starts otherwise (a lone first byte 1f waits)
        if not self.started and not self.gzip and not data.startswith(GZIP_MAGIC):
            self.plain = _plain_not_deflate(data)
        if self.plain:
            self.started = True
            yield data
            return
        self.fed = True
        if not self.started and not self.gzip:
            self.started = True
            if data.startswith(b"\x1f\x8b"):  # gzip labelled deflate: no deflate starts so
                self.gzip = True
                self.d = zlib.decompressobj(zlib.MAX_WBITS | 16)
            else:  # "deflate" is zlib-wrapped by the standard, raw by some servers
                try:
                    probe = zlib.decompressobj(zlib.MAX_WBITS)
                    probe.decompress(data[:64], 1)
                except zlib.error:
                    self.d = zlib.decompressobj(-zlib.MAX_WBITS)
        self.started = True
        pending = data
        while True:
            try:
                out = self.d.decompress(pending, STEP)
            except zlib.error as exc:
                raise Undecodable(str(exc)) from None
            pending = self.d.unconsumed_tail
            if out:
                yield out
            if self.d.eof:
                rest = self.d.unused_data + pending
                if self.gzip and rest.startswith(b"\x1f\x8b"):
                    self.d = zlib.decompressobj(zlib.MAX_WBITS | 16)
                    pending = rest
                    continue
                self.done = True  # trailing bytes after the end are ignored, as browsers do
                return
            if not pending and len(out) < STEP:
                return

    def finish(self) -> Iterator[bytes]:
        if not self.fed or self.done:
            return
        try:
            out = self.d.flush()
        except zlib.error as exc:
            raise Undecodable(str(exc)) from None
        if out:
            yield out
        if not self.d.eof:
            raise Truncated


# Bytes of text: tab, line breaks, form feed and the printable ones (a compressed stream has
# the others in any few hundred of its bytes)
_TEXT_BYTES = frozenset(b"\t\n\r\x0c") | frozenset(range(0x20, 0x100)) - {0x7F}
_PROBE = 4096


def _plain_not_deflate(data: bytes) -> bool:
    """Whether a body labelled deflate is plain text instead: neither stream reads its first
    bytes (a raw one fails on them, or "ends" after a byte or two with text after it), and they
    are text bytes, none a compressed stream's. A first piece too short to tell is read as
    deflate, as before."""
    head = data[:_PROBE]
    if len(head) < 64 or not set(head[:512]) <= _TEXT_BYTES:
        return False
    try:
        zlib.decompressobj(zlib.MAX_WBITS).decompress(head[:64], 1)
        return False  # a zlib stream's header
    except zlib.error:
        pass
    raw = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        raw.decompress(head, STEP)
    except zlib.error:
        return True
    return raw.eof and bool(raw.unused_data)


def text_head(data: bytes) -> bool:
    """Whether a body's first bytes are text (UTF-8, a character cut at the end allowed, no
    control characters but tab, line breaks and form feed): a compressed stream's never are
    for long (brotli's and zstd's first byte alone is a control character or no UTF-8)."""
    head = data[:_PROBE].lstrip(b"\xef\xbb\xbf")
    if not head or not set(head) <= _TEXT_BYTES:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


class _Brotli:
    def __init__(self, module: Any) -> None:
        self.module = module
        self.d = module.Decompressor()
        self.bounded = hasattr(self.d, "can_accept_more_data")  # Google's brotli >= 1.1
        self.fed = False
        self.plain = False  # labelled br, not compressed: passed on as it is

    def decode(self, data: bytes) -> Iterator[bytes]:
        if not data:
            return
        if not self.fed and not self.plain and text_head(data):
            self.plain = _not_brotli(self.module, data)
        if self.plain:
            yield data
            return
        self.fed = True
        try:
            if not self.bounded:
                out = (
                    self.d.process(data) if hasattr(self.d, "process") else self.d.decompress(data)
                )
                if out:
                    yield out
                return
            out = self.d.process(data, output_buffer_limit=STEP)
            # whatever the limit held back comes out of calls with empty input
            while out:
                yield out
                out = self.d.process(b"", output_buffer_limit=STEP)
        except Exception as exc:  # brotli.error has no common base class to name
            raise Undecodable(str(exc) or "invalid brotli data") from None

    def finish(self) -> Iterator[bytes]:
        if self.fed and not self.d.is_finished():
            raise Truncated
        return iter(())


def _not_brotli(module: Any, head: bytes) -> bool:
    """Whether a brotli decoder refuses the first bytes of a body (text: see ``text_head``)."""
    try:
        module.Decompressor().process(head[:_PROBE])
    except Exception:  # brotli.error has no common base class to name
        return True
    return False


# A zstd frame's magic number, or a skippable frame's (0x184D2A50-5F, little-endian)
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def not_zstd(head: bytes) -> bool:
    """Whether a body's first bytes (four at least) are plainly no zstd frame."""
    if len(head) < 4 or head.startswith(_ZSTD_MAGIC):
        return False
    return not (head[1:4] == b"\x2a\x4d\x18" and head[0] & 0xF0 == 0x50)


class _Zstd:
    def __init__(self, module: Any) -> None:
        self.d = module.ZstdDecompressor().decompressobj()
        self.started = False
        self.plain = False  # labelled zstd, not compressed: passed on as it is

    def decode(self, data: bytes) -> Iterator[bytes]:
        if not self.started and data:
            self.started = True
            self.plain = not_zstd(data) and text_head(data)
        if self.plain:
            if data:
                yield data
            return
        try:
            out = self.d.decompress(data)
        except Exception as exc:
            raise Undecodable(str(exc) or "invalid zstd data") from None
        if out:
            yield out

    def finish(self) -> Iterator[bytes]:
        return iter(())


def _brotli_module() -> Any:
    for name in ("brotli", "brotlicffi"):
        try:
            return __import__(name)
        except ImportError:
            continue
    return None


#: The encodings a module of its own decodes, and the package that brings it.
_MODULES = {"br": "brotli", "zstd": "zstandard"}


def missing_note(name: str, content: bytes) -> str | None:
    """Why a body in an encoding ``name`` that cannot be decoded here is refused; None when it
    reads as plain text after all (a server that names an encoding and never applies it)."""
    if text_head(content) and (name != "zstd" or not_zstd(content)):
        return None
    package = _MODULES.get(name, name)
    return (
        f"the server sent the body in Content-Encoding {name}, which cannot be decoded here: "
        f"the {package} package is not installed (pip install {package})"
    )


def _stage(name: str) -> _Stage:
    if name in ("gzip", "x-gzip"):
        return _Zlib(gzip=True)
    if name == "deflate":
        return _Zlib(gzip=False)
    if name == "br":
        module = _brotli_module()
        if module is not None:
            return _Brotli(module)
    if name == "zstd":
        try:
            import zstandard
        except ImportError:
            pass
        else:
            return _Zstd(zstandard)
    return _Identity()  # identity, or an encoding we never asked for: as httpx does


class BodyDecoder:
    """Decode a body sent with ``content_encoding`` (e.g. "gzip", "gzip, br"), step by step."""

    def __init__(self, content_encoding: str) -> None:
        self.named = content_encoding
        names = [n.strip().lower() for n in content_encoding.split(",") if n.strip()]
        # the last encoding applied is the first to undo
        self.names = list(reversed(names))
        self.stages: list[_Stage] = [_stage(n) for n in self.names] or [_Identity()]

    @property
    def plain(self) -> str | None:
        """The encoding named for a body that was not in it (``gzip`` over plain text), read as
        it is; None when every named encoding was undone."""
        for name, stage in zip(self.names, self.stages, strict=False):
            if isinstance(stage, (_Zlib, _Brotli, _Zstd)) and stage.plain:
                return name
        return None

    @property
    def missing(self) -> str | None:
        """The first encoding named that no installed module decodes (``br`` without brotli,
        ``zstd`` without zstandard), its body passed on as it came; None otherwise."""
        for name, stage in zip(self.names, self.stages, strict=False):
            if name in _MODULES and isinstance(stage, _Identity):
                return name
        return None

    @property
    def ended(self) -> bool:
        """Whether every named encoding was a gzip or deflate stream that ended, its check
        read (a body whole by its own trailer, whatever the connection did after it)."""
        return bool(self.names) and all(
            isinstance(stage, _Zlib) and stage.done and not stage.plain for stage in self.stages
        )

    def decode(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, data)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self.stages) - 1:
            yield from self.stages[index].decode(data)
            return
        for piece in self.stages[index].decode(data):
            yield from self._through(index + 1, piece)

    def finish(self) -> Iterator[bytes]:
        """The last bytes; raises ``Truncated`` when a compressed stream did not end."""
        for index, stage in enumerate(self.stages):
            for piece in stage.finish():
                if index == len(self.stages) - 1:
                    yield piece
                else:
                    yield from self._through(index + 1, piece)


class NotGzip(Exception):
    """The body starts with gzip's magic bytes but is no gzip stream."""


class GzipSniffer:
    """What comes out of :class:`BodyDecoder`, inflated when it is a gzip file itself (a
    ``.csv.gz`` served with no Content-Encoding), else passed on as it is; ``gzipped`` says
    which, once the first two bytes are seen."""

    def __init__(self) -> None:
        self.gzipped: bool | None = None
        self._head = b""
        self._stage: _Stage = _Identity()

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self.gzipped is None:
            self._head += data
            if len(self._head) < len(GZIP_MAGIC):
                return
            data, self._head = self._head, b""
            self.gzipped = data.startswith(GZIP_MAGIC)
            if self.gzipped:
                self._stage = _Zlib(gzip=True)
        yield from self._guarded(self._stage.decode, data)

    def finish(self) -> Iterator[bytes]:
        """The last bytes; raises ``Truncated`` when a gzip file did not end."""
        if self._head:  # a body of one byte
            yield self._head
            self._head = b""
        yield from self._guarded(lambda _: self._stage.finish(), b"")

    @staticmethod
    def _guarded(step: Any, data: bytes) -> Iterator[bytes]:
        try:
            yield from step(data)
        except Undecodable as exc:
            raise NotGzip(str(exc)) from None
