"""The Content-Encoding stages a module of their own decodes: brotli (``brotli`` or
``brotlicffi``) and zstd (``zstandard``), and what is said when that module is not installed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tui.flow.http.decode_common import PROBE, STEP, Truncated, Undecodable, text_head


class Brotli:
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
        module.Decompressor().process(head[:PROBE])
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


class Zstd:
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


def brotli_module() -> Any:
    for name in ("brotli", "brotlicffi"):
        try:
            return __import__(name)
        except ImportError:
            continue
    return None


#: The encodings a module of its own decodes, and the package that brings it.
MODULES = {"br": "brotli", "zstd": "zstandard"}


def missing_note(name: str, content: bytes) -> str | None:
    """Why a body in an encoding ``name`` that cannot be decoded here is refused; None when it
    reads as plain text after all (a server that names an encoding and never applies it)."""
    if text_head(content) and (name != "zstd" or not_zstd(content)):
        return None
    package = MODULES.get(name, name)
    return (
        f"the server sent the body in Content-Encoding {name}, which cannot be decoded here: "
        f"the {package} package is not installed (pip install {package})"
    )
