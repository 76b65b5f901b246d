"""Answers that are not text at all (an image, an archive, a PDF): said for what they are, with
their type and size, and never quoted (their bytes read as text are mojibake)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tui.core.fmt import counted
from tui.sources.base import SourceError

# Leading bytes of binary files and their media types.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF", "application/pdf"),
    (b"\x1f\x8b", "application/gzip"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0", "application/vnd.ms-excel"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"\x28\xb5\x2f\xfd", "application/zstd"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
)
#: What a price file's user can do about some of them.
PRICE_FILE_HINTS = {
    "application/gzip": "decompress it first",
    "application/zip": "a zip or Excel (.xlsx) file: save it as CSV",
    "application/vnd.ms-excel": "an old Excel (.xls) file: save it as CSV",
    "application/pdf": "a PDF document, not CSV text",
}
# Excel's text exports that are no table of text: "XML Spreadsheet 2003" and "Web Page" (an
# HTML table, which many sites also serve as their ".xls" download)
_SPREADSHEET_XML = re.compile(
    r"<\?mso-application\s+progid=\"Excel\.Sheet\"|urn:schemas-microsoft-com:office:spreadsheet",
    re.I,
)
_SPREADSHEET_HTML = re.compile(
    r"urn:schemas-microsoft-com:office:excel|<meta\s[^>]*content=\"?Excel\.Sheet", re.I
)


def spreadsheet_markup(text: str) -> str | None:
    """What to say of an Excel export in markup (XML Spreadsheet 2003, or a web page: an HTML
    table saved as a spreadsheet) given as a price file, else None. Both were "an HTML page
    instead of CSV (wrong URL or a login page?)": the file was right, its format not. So was a
    news feed (RSS or Atom) at a price source's address: a feed source's address copied."""
    head = text[:HEAD]
    if _SPREADSHEET_XML.search(head):
        return "an Excel XML spreadsheet (XML Spreadsheet 2003), not CSV: save it as CSV"
    if _SPREADSHEET_HTML.search(head):
        return "an Excel web page (an HTML table saved as a spreadsheet), not CSV: save it as CSV"
    if (feed := _FEED.match(head)) is not None:  # was "an HTML page ... (a login page?)"
        name = {"rss": "RSS", "rdf:rdf": "RSS"}.get(feed[1].lower(), "Atom")
        return f'a news feed ({name}), not CSV: a feed\'s address? (kind = "rss" reads it)'
    return None


# a feed's document element, after an XML declaration, comments or a stylesheet's line
_FEED = re.compile(r"\ufeff?\s*(?:<[?!][^>]*>\s*)*<(rss|rdf:RDF|feed)\b", re.I)


# C0 controls that text never holds (tab, newlines, form feed and DOS's end-of-file mark can).
_CONTROLS = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A} | {0x7F}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
HEAD = 4096  # the bytes looked at
NUL_HEAD = 512  # where a NUL says binary


def media_type(data: bytes) -> str | None:
    """The media type of a binary file known by its first bytes, else None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "application/x-bzip2"
    return None


# How a document of markup or JSON starts: a tag, a declaration, a comment; an object's key
_DOCUMENT_START = re.compile(rb"\s*(?:<[A-Za-z?!]|\{\s*[\"}]|\[\s*[\[{\"\]])")
#: Stray NULs a document may hold however short it is (a CMS's ``\0`` in a title or two).
_STRAY_NULS = 8


def _stray_nuls(head: bytes) -> int:
    """The NUL bytes of an XML, HTML or JSON document (``<?xml``, ``<rss``, ``{"version"``...)
    with a few in its text (a CMS's stray ``\\0`` in a title): damaged text, read with the
    NULs dropped and said by its parser, never refused whole as a binary file; 0 for bytes
    that do not start as such a document or hold more NULs than stray ones (at most 8, or 1% of
    a longer head)."""
    nuls = head.count(b"\x00")
    if not _DOCUMENT_START.match(head) or nuls > max(_STRAY_NULS, len(head) // 100):
        return 0
    return nuls


def stray_nuls(head: bytes) -> int:
    """The NUL bytes of a price file's ``head`` (a table, or JSON) with a few in it (a block
    zeroed on disk inside a number): damaged text, read with the NULs kept so the rows holding
    them are skipped and said (a JSON answer's error names them); 0 for a head with more than
    stray ones (at most 8, or 1% of a longer head) or that is no text without them."""
    nuls = head.count(b"\x00")
    if not nuls or nuls > max(_STRAY_NULS, len(head) // 100):
        return 0
    rest = head.replace(b"\x00", b"")
    return 0 if media_type(rest) is not None or looks_binary(rest) else nuls


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text in any encoding: a NUL near the start (outside UTF-16
    text, and beyond a document's few stray ones) or control characters in more than 2% of the
    first bytes. (A feed cut off into garbage further on is damaged text, said as such by its
    parser.)"""
    head = data[:HEAD]
    if not head or head.startswith(_BOMS) or _utf16_ascii(head[:16]):
        return False
    stray = _stray_nuls(head)
    if b"\x00" in head[:NUL_HEAD] and not stray:
        return True
    controls = sum(1 for b in head if b in _CONTROLS) - stray
    # an ESC that starts a terminal's colour or link sequence is text's (a title or a header
    # saved from a coloured terminal), not a binary file's
    controls -= head.count(b"\x1b[") + head.count(b"\x1b]")
    return controls * 50 > len(head)


# Byte-order marks of UTF-32 and UTF-16 (UTF-32's first: its little-endian mark starts as
# UTF-16's does) and the codec each names.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def nul_padding(data: bytes) -> int:
    """How many NUL bytes end ``data`` after text of one byte a character (UTF-8 and the
    single-byte charsets, whose text holds none): a file whose write did not finish, its size
    set and its last block never written. 0 for bytes with no such end, for UTF-16 and UTF-32
    text (whose last character may end in NULs) and for bytes of nothing else."""
    if not data.endswith(b"\x00") or data.startswith(_BOMS) or _utf16_ascii(data[:16]):
        return 0
    if data.startswith(b"\x00\x00\xfe\xff"):  # UTF-32 big-endian's mark
        return 0
    text = data.rstrip(b"\x00")
    if not text.strip() or media_type(text) is not None or looks_binary(text):
        return 0  # nothing but NULs, or a binary file's own end
    return len(data) - len(text)


def wide_text(data: bytes) -> str | None:
    """``data`` as text when it is UTF-16 or UTF-32: by its byte-order mark, or UTF-16 without
    one that starts with ASCII (Excel's "Unicode text", PowerShell's ``>``, a Windows tool's
    export); None for any other bytes (UTF-8 and the single-byte charsets). Damaged units are
    U+FFFD, a lone last byte dropped."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    if _utf16_ascii(data[:16]):
        codec = "utf-16-be" if data[0] == 0 else "utf-16-le"
        return data[: len(data) // 2 * 2].decode(codec, errors="replace").lstrip("\ufeff")
    return None


def _utf16_ascii(head: bytes) -> bool:
    """UTF-16 text without a BOM that starts with ASCII (``<\\0?\\0x\\0``, ``{\\0``...)."""
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (not any(odd) and all(even)) or (not any(even) and all(odd))


def binary_answer(
    data: bytes,
    headers: Mapping[str, str] | None,
    expected: str,
    hints: Mapping[str, str] | None = None,
    *,
    known: bool = False,
) -> str | None:
    """None for text; for binary bytes, what they are without quoting them:
    ``binary answer (image/png, 2,345 bytes), not a price file``. ``expected``: what the
    source should have sent ("a price file", "a feed"); ``hints``: a word per media type;
    ``known``: the caller found the bytes are no text already."""
    kind = media_type(data)
    if kind is None and not known and not looks_binary(data):
        return None
    what = kind or _declared(headers)
    size = counted(len(data), "byte")
    message = f"binary answer ({what}, {size})" if what else f"binary answer ({size})"
    message += f", not {expected}"
    hint = (hints or {}).get(kind or "")
    return f"{message}: {hint}" if hint else message


def _declared(headers: Mapping[str, str] | None) -> str | None:
    """The Content-Type the server gave, when it names no text (a binary body said to be
    ``text/csv`` is not named so)."""
    for key, value in (headers or {}).items():
        if key.lower() == "content-type" and isinstance(value, str):
            kind = value.split(";")[0].strip().lower()
            textual = kind.startswith("text/") or any(
                word in kind for word in ("xml", "json", "csv", "rss", "atom", "toml")
            )
            if kind and "/" in kind and not textual and kind.isprintable() and len(kind) < 80:
                return kind
    return None


def refuse_binary(data: bytes, headers: Mapping[str, str] | None, expected: str) -> None:
    """Raise :class:`SourceError` saying what a binary answer is (see :func:`binary_answer`)."""
    binary = binary_answer(data, headers, expected)
    if binary:
        raise SourceError(binary)
