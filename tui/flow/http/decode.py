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

A body whose first bytes are plainly gzip's under another encoding's name (``br``, ``zstd``,
``deflate``) is read as gzip, and :attr:`BodyDecoder.gzipped` names the label.

A gzip file sent as it is, with no Content-Encoding (a ``.csv.gz`` or ``.xml.gz`` served as
``application/octet-stream`` or ``application/gzip``), is known by its first two bytes after
the named encodings are undone (:class:`GzipSniffer`), and inflated the same way.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

from tui.flow.http.decode_common import (
    GZIP_MAGIC,
    PROBE,
    STEP,
    TEXT_BYTES,
    Identity,
    Stage,
    Truncated,
    Undecodable,
    text_head,
)
from tui.flow.http.decode_modules import (
    MODULES,
    Brotli,
    Zstd,
    brotli_module,
    missing_note,
    not_zstd,
)

__all__ = [
    "GZIP_MAGIC",
    "STEP",
    "BodyDecoder",
    "GzipSniffer",
    "NotGzip",
    "Truncated",
    "Undecodable",
    "missing_note",
    "not_zstd",
    "text_head",
]


class _Zlib:
    """gzip (several members allowed, as ``gzip -c a b`` writes) or deflate (zlib or raw)."""

    def __init__(self, gzip: bool) -> None:
        self.gzip = gzip
        self.plain = False  # labelled gzip or deflate, not compressed: passed on as it is
        self.relabelled = False  # labelled deflate, a gzip stream: read as gzip
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
                self.gzip = self.relabelled = True
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


def _plain_not_deflate(data: bytes) -> bool:
    """Whether a body labelled deflate is plain text instead: neither stream reads its first
    bytes (a raw one fails on them, or "ends" after a byte or two with text after it), and they
    are text bytes, none a compressed stream's. A first piece too short to tell is read as
    deflate, as before."""
    head = data[:PROBE]
    if len(head) < 64 or not set(head[:512]) <= TEXT_BYTES:
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


def plainly_gzip(head: bytes) -> bool:
    """Whether a body's first four bytes are a gzip header's: magic, the deflate method and no
    reserved flag (no zstd frame starts so, nor a brotli stream but with a 16 MB window)."""
    return head[:3] == GZIP_MAGIC + b"\x08" and len(head) >= 4 and not head[3] & 0xE0


class _GzipOr:
    """The stage of an encoding other than gzip (``br``, ``zstd``) whose body may be gzip all
    the same (a server that named the wrong one): read as gzip when its first bytes plainly are
    (``gzip`` then says so), else by ``named``."""

    def __init__(self, named: Stage) -> None:
        self.named = named
        self.inner: Stage | None = None
        self.gzip = False
        self._head = b""

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self.inner is None:
            self._head += data
            if len(self._head) < 4:
                return
            data, self._head = self._head, b""
            self.gzip = plainly_gzip(data)
            self.inner = _Zlib(gzip=True) if self.gzip else self.named
        yield from self.inner.decode(data)

    def finish(self) -> Iterator[bytes]:
        if self.inner is None:  # a body of three bytes or fewer
            self.inner = self.named
            head, self._head = self._head, b""
            yield from self.named.decode(head)
        yield from self.inner.finish()


def _inner(stage: Stage) -> Stage:
    """The stage that read the body: a :class:`_GzipOr`'s choice."""
    if isinstance(stage, _GzipOr):
        return stage.inner or stage.named
    return stage


def _stage(name: str) -> Stage:
    if name in ("br", "zstd"):
        return _GzipOr(_named_stage(name))
    return _named_stage(name)


def _named_stage(name: str) -> Stage:
    if name in ("gzip", "x-gzip"):
        return _Zlib(gzip=True)
    if name == "deflate":
        return _Zlib(gzip=False)
    if name == "br":
        module = brotli_module()
        if module is not None:
            return Brotli(module)
    if name == "zstd":
        try:
            import zstandard
        except ImportError:
            pass
        else:
            return Zstd(zstandard)
    return Identity()  # identity, or an encoding we never asked for: as httpx does


class BodyDecoder:
    """Decode a body sent with ``content_encoding`` (e.g. "gzip", "gzip, br"), step by step."""

    def __init__(self, content_encoding: str) -> None:
        self.named = content_encoding
        names = [n.strip().lower() for n in content_encoding.split(",") if n.strip()]
        # the last encoding applied is the first to undo
        self.names = list(reversed(names))
        self.stages: list[Stage] = [_stage(n) for n in self.names] or [Identity()]

    @property
    def plain(self) -> str | None:
        """The encoding named for a body that was not in it (``gzip`` over plain text), read as
        it is; None when every named encoding was undone."""
        for name, stage in zip(self.names, self.stages, strict=False):
            stage = _inner(stage)
            if isinstance(stage, (_Zlib, Brotli, Zstd)) and stage.plain:
                return name
        return None

    @property
    def gzipped(self) -> str | None:
        """The encoding named for a body that was gzip instead (``br``, ``zstd``, ``deflate``),
        read as gzip; None otherwise."""
        for name, stage in zip(self.names, self.stages, strict=False):
            if (isinstance(stage, _GzipOr) and stage.gzip) or (
                isinstance(stage, _Zlib) and stage.relabelled
            ):
                return name
        return None

    @property
    def missing(self) -> str | None:
        """The first encoding named that no installed module decodes (``br`` without brotli,
        ``zstd`` without zstandard), its body passed on as it came; None otherwise."""
        for name, stage in zip(self.names, self.stages, strict=False):
            if name in MODULES and isinstance(_inner(stage), Identity):
                return name
        return None

    @property
    def ended(self) -> bool:
        """Whether every named encoding was a gzip or deflate stream that ended, its check
        read (a body whole by its own trailer, whatever the connection did after it)."""
        return bool(self.names) and all(
            isinstance(s := _inner(stage), _Zlib) and s.done and not s.plain
            for stage in self.stages
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
        self._stage: Stage = Identity()

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
