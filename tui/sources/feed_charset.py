"""Which charset a feed's body is said to be in, and what to say when it was not.

``passed_headers`` picks the response headers feedparser may read, dropping a header charset
that plainly is not the body's; ``override_note`` says, for feedparser's
``CharacterEncodingOverride``, who named which encoding and what the text was read as. Its own
message ("document declared as utf-8") names UTF-8 when nothing was declared at all.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Mapping

from tui.core.text import clean_text
from tui.sources.binary import wide_text

# Response headers feedparser may use (encoding and base-URI detection). Others are dropped:
# a Content-Encoding header would make it try to decompress an already-decoded body.
_PASSED_HEADERS = ("content-type", "content-location", "content-language")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
# The encoding an XML declaration names (``<?xml version="1.0" encoding="UTF-8"?>``).
_XML_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)""")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Charsets of two or four bytes a character: a document in them that starts with ASCII (``<``)
# has NUL bytes.
_WIDE = re.compile(r"^(?:utf-?(?:16|32)|ucs-?[24]|unicode)", re.I)


def passed_headers(headers: Mapping[str, str] | None, data: bytes = b"") -> dict[str, str]:
    """The headers feedparser may read. Of the Content-Type only its charset: the body was
    sniffed already (HTML, JSON, binary), and feedparser reads a media type by RFC 3023, where
    ``text/xml`` without a charset is US-ASCII whatever the document declares (RFC 7303 let the
    declaration decide), so a sound UTF-8 feed from nginx, or served as ``text/plain``, was
    reported "declared encoding was wrong" or "non-XML content type" on every fetch."""
    if not headers:
        return {}
    out: dict[str, str] = {}
    for key, value in headers.items():
        low = key.lower()
        if low in _PASSED_HEADERS and isinstance(value, str):
            out[low] = value
    if "content-type" in out:
        charset = _CHARSET.search(out["content-type"])
        if charset and not charset_holds(data, charset[1]):
            charset = None  # a byte-order mark, UTF-8 under a default charset, no wide text
        out["content-type"] = "application/xml" + (f"; charset={charset[1]}" if charset else "")
    return out


def charset_holds(data: bytes, charset: str) -> bool:
    """False when the header's ``charset`` plainly is not the body's: a byte-order mark says
    otherwise (it decides, RFC 7303 3.3), a server's default single-byte charset names a body
    in UTF-8 with characters beyond ASCII (read so, every ``’`` became ``â€™``), or a wide
    charset (UTF-16, UTF-32) names a body without a NUL byte (read so, an even-length UTF-8
    feed became CJK nonsense and failed). The document's own declaration, else UTF-8, then
    decides."""
    if data.startswith(_BOMS):
        return False
    if _WIDE.match(charset):
        return b"\x00" in data
    return not (single_byte(charset) and is_utf8(data))


@functools.lru_cache(maxsize=64)
def single_byte(name: str) -> bool:
    """Whether ``name`` is a charset of one byte a character (windows-1252, windows-1251,
    koi8-r, iso-8859-2...), whose text never forms UTF-8's multi-byte sequences by chance: a
    letter beyond ASCII is followed by another letter, never by the continuation bytes UTF-8
    needs (servers name the Western ones by default: Apache's AddDefaultCharset, IIS; templates
    hard-code the others)."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return False
    if codec.startswith("utf") or _WIDE.match(codec):
        return False
    try:  # a charset of several bytes a character joins some of these bytes
        return len(bytes(range(256)).decode(codec, errors="replace")) == 256
    except Exception:  # a codec that cannot decode bytes at all
        return False


def is_utf8(data: bytes) -> bool:
    """UTF-8 with characters beyond ASCII (a character cut at the very end still counts)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(data) - 3 and exc.reason == "unexpected end of data"
    return True


def utf8_named_otherwise(data: bytes, passed: Mapping[str, str]) -> str | None:
    """What to say when the XML declaration names a single-byte charset over a body in UTF-8
    (and no server charset decides): it is read as UTF-8. None otherwise."""
    if data.startswith(_BOMS) or _CHARSET.search(passed.get("content-type", "")):
        return None
    declared = _XML_ENCODING.match(data[:1024])
    name = declared[1].decode("ascii", "replace").strip() if declared else ""
    if not name or not single_byte(name) or not is_utf8(data):
        return None
    said = clean_text(name, 40, html_input=False)
    return f"the XML declaration says {said}, but the text is UTF-8; read as utf-8"


def header_named_otherwise(headers: Mapping[str, str] | None, data: bytes) -> str | None:
    """What to say when the Content-Type's charset is a single-byte one over a body in UTF-8
    (``passed_headers`` drops it, so the text is read as UTF-8), as
    :func:`utf8_named_otherwise` says it of the XML declaration, or over a body in UTF-16 or
    UTF-32, read by its mark (or as UTF-16 without one). None otherwise: a byte-order mark
    deciding over UTF-8, a wide charset named for a body without NUL bytes, read as it is."""
    charset = header_charset(headers)
    if charset is None or not single_byte(charset):
        return None
    said = clean_text(charset, 40, html_input=False)
    if (wide := wide_name(data)) is not None:
        return f"the Content-Type says {said}, but the text is {wide}; read as {wide.lower()}"
    if not data.startswith(_BOMS) and is_utf8(data):
        return f"the Content-Type says {said}, but the text is UTF-8; read as utf-8"
    return None


def header_charset(headers: Mapping[str, str] | None) -> str | None:
    """The charset the Content-Type names, None when it names none."""
    for key, value in (headers or {}).items():
        if key.lower() == "content-type" and isinstance(value, str):
            found = _CHARSET.search(value)
            return found[1] if found is not None else None
    return None


def declared_otherwise(data: bytes) -> str | None:
    """What to say when the XML declaration of a body in UTF-16 or UTF-32 names a single-byte
    charset (``encoding="ISO-8859-1"``: a template's line kept when the text was saved as
    "Unicode"); the body is read by its mark, or as UTF-16 without one. None otherwise."""
    if (wide := wide_name(data)) is None:
        return None
    text = (wide_text(data) or "").lstrip("\ufeff")[:1024]
    declared = _XML_ENCODING.match(text.encode("utf-8", "replace"))
    name = declared[1].decode("utf-8", "replace").strip() if declared else ""
    if not name or not single_byte(name):
        return None
    said = clean_text(name, 40, html_input=False)
    return f"the XML declaration says {said}, but the text is {wide}; read as {wide.lower()}"


def wide_name(data: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` for a body in it (by its byte-order mark, or UTF-16 without
    one: :func:`tui.sources.binary.wide_text`), else None."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    return "UTF-16" if wide_text(data) is not None else None


def legacy(data: bytes, passed: Mapping[str, str]) -> str | None:
    """The single-byte charset a feed reads best in when the one it is read in first (the
    Content-Type's in ``passed``, else its XML declaration's, else UTF-8) cannot read it and
    windows-1252, feedparser's own fallback, reads it worse (``tui.sources.legacy_charset``);
    None otherwise."""
    from tui.sources.legacy_charset import guess

    if data.startswith(_BOMS):
        return None
    header = _CHARSET.search(passed.get("content-type", ""))
    declared = _XML_ENCODING.match(data[:1024])
    name = header[1] if header else declared[1].decode("ascii", "replace") if declared else ""
    name = name.strip() or "utf-8"
    found = guess(data, name)
    if found == "windows-1252" and not single_byte(name):
        return None  # feedparser's own fallback
    return found


def override_note(data: bytes, passed: Mapping[str, str], used: object) -> str:
    """What happened when feedparser read ``data`` in another encoding (``used``) than the one
    it was given: the Content-Type's charset, else the XML declaration's, else (nothing
    declared) UTF-8, the XML default."""
    read_as = clean_text(used, 40, html_input=False) or "another encoding"
    header = _CHARSET.search(passed.get("content-type", ""))
    declared = _XML_ENCODING.match(data[:1024])
    if header:
        said, where = header[1], "the Content-Type"
    elif declared and declared[1].strip():
        said, where = declared[1].decode("ascii", "replace"), "the XML declaration"
    else:
        return f"not UTF-8 and no encoding declared; read as {read_as}"
    said = clean_text(said, 40, html_input=False)
    try:
        codecs.lookup(said)
    except LookupError:
        return f"{where} names an encoding not known here ({said}); read as {read_as}"
    return f"{where} says {said}, but the text is not; read as {read_as}"
