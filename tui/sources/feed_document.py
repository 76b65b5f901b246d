"""The feed parser boundary: bytes in, a feedparser-shaped document out (``get``-able feed,
entries, bozo). ``tui.sources.feeds`` reads everything it needs from this document.

feedparser-rs (``feedparser_rs.parse``) answers ~30x faster but differs from feedparser on the
test corpus (Google redirect links, 12-hour clocks, charsets from response headers, ill-formed
XML reported healthy), so it is not used; ``benchmarks/bench_feedparser_rs.py`` swaps it in
here to measure both, and benchmarks/README.md says what differs.
"""

from __future__ import annotations

import functools
import io
import re
from typing import Any

# A numeric character reference, decimal or hex (its digits bounded only by the document).
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));")
_REPLACEMENT = b"&#xFFFD;"
# A reference to U+D000 or beyond (decimal 55000 or beyond): the only ones that may need
# mending, looked for first so that a feed full of ``&#8217;`` costs one quick search.
_HIGH_REF = re.compile(
    rb"&#(?:[xX]0*(?:[1-9a-fA-F][0-9a-fA-F]{4,}|[d-fD-F][0-9a-fA-F]{3})|0*(?:[1-9][0-9]{5,}|5[5-9][0-9]{3}|[6-9][0-9]{4}));"
)


# Blank lines before the XML declaration (a script's output starting with a newline): the
# declaration must open the document, and feedparser's strict parser failed the whole feed over
# them, leaving it to the loose one with an "ill-formed XML" warning the feed did not deserve.
_LATE_DECLARATION = re.compile(rb"^(\xef\xbb\xbf)?\s+(?=<\?xml\b)")


_OPEN, _CLOSE = b"&lt;![CDATA[", b"]]&gt;"

# An ampersand that starts no reference ("S&P 500", "M&A", "Q&A:"): not well-formed XML, and
# feedparser's loose parser read ``&P`` as an entity, written back as ``&P;`` ("S&P; 500").
_BARE_AMP = re.compile(rb"&(?!#[0-9]+;|#[xX][0-9A-Fa-f]+;|[A-Za-z_][\w.-]*;)")
# An ampersand and what follows it, as the loose parser reads it: a character number, else a
# name (its letters and digits), and whether a semicolon ends it.
_AMP = re.compile(rb"&(?:(#[0-9]+|#[xX][0-9A-Fa-f]+)|([A-Za-z][\w.-]*))?(;)?")
# What of a document is text as it stands, where an ampersand is no reference: CDATA, comments.
_VERBATIM = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.S)


def unwrap_escaped_cdata(data: bytes) -> bytes:
    """``data`` without the wrappers of CDATA sections written as text
    (``&lt;![CDATA[Copper quota]]&gt;``: a template's wrapper escaped once too often). Their
    text is escaped already, so the wrapper goes and the text stays: feedparser's sanitizer
    dropped an HTML description or an Atom title with such a wrapper whole. One pass, each
    close searched for once (a wrapper left open ends the pass)."""
    out: list[bytes] = []
    done = 0
    while (start := data.find(_OPEN, done)) >= 0:
        end = data.find(_CLOSE, start + len(_OPEN))
        if end < 0:
            break
        out += (data[done:start], data[start + len(_OPEN) : end])
        done = end + len(_CLOSE)
    return b"".join(out) + data[done:] if out else data


# A start tag of more than 16 KB: the only ones that may hold too many attributes.
_LONG_TAG = re.compile(rb"<([A-Za-z_][\w:.-]*)(\s[^<>]{16384,})>")
_ATTRIBUTE = re.compile(rb"""[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*')""")
#: More attributes than any element of a feed has; feedparser's strict parser looks each one
#: up among all the others (SAX's ``getValueByQName``), so n of them cost n squared: one
#: element with 50,000 attributes took 76 s, and the app and ``snapshot`` froze on it.
MOST_ATTRIBUTES = 256


def fewer_attributes(data: bytes) -> bytes:
    """``data`` with the attributes of a start tag that has more than :data:`MOST_ATTRIBUTES`
    left out (the element kept, ``/>`` kept), so that reading it costs no more than its
    size."""

    def bare(m: re.Match[bytes]) -> bytes:
        attributes = m[2]
        if len(_ATTRIBUTE.findall(attributes)) <= MOST_ATTRIBUTES:
            return m[0]
        return b"<" + m[1] + (b"/>" if attributes.rstrip().endswith(b"/") else b">")

    return _LONG_TAG.sub(bare, data)


#: feedparser's options. ``resolve_relative_uris`` rewrites the links inside an entry's HTML
#: (``<a href>``, ``<img src>``) against its base: a whole HTML pass over every summary and
#: content, a fifth of the parse of an Atom feed that carries its articles, for attributes
#: ``clean_text`` strips with the tags. The entry's own links (``link``, ``id``, ``links``)
#: are resolved either way; the sanitizer still runs (it drops scripts, applets and broken
#: attribute text that ``clean_text`` alone would keep). ``benchmarks/bench_feed_parse.py``.
_OPTIONS: dict[str, Any] = {"resolve_relative_uris": False}


def parse(data: bytes, response_headers: dict[str, str]) -> Any:
    """feedparser's result for ``data``, with the response headers it may use."""
    import feedparser  # lazy: ~90 ms to import

    data = _LATE_DECLARATION.sub(rb"\1", data, count=1)
    if len(data) > 16384:
        data = fewer_attributes(data)
    if b"&#" in data and _HIGH_REF.search(data):
        data = whole_references(data)
    if _OPEN in data:
        data = unwrap_escaped_cdata(data)
    if _BARE_AMP.search(data):
        data = escaped_ampersands(data)
    return feedparser.parse(io.BytesIO(data), response_headers=response_headers, **_OPTIONS)


def escaped_ampersands(data: bytes) -> bytes:
    """``data`` with each ampersand that starts no reference written ``&amp;``, outside CDATA
    sections and comments (whose text stands as it is). A reference missing only its semicolon
    (``&#8217``, ``&copy``: HTML's legacy names) is left to the loose parser, which reads it."""
    out: list[bytes] = []
    done = 0
    for verbatim in _VERBATIM.finditer(data):
        out += (_AMP.sub(_escaped, data[done : verbatim.start()]), verbatim[0])
        done = verbatim.end()
    out.append(_AMP.sub(_escaped, data[done:]))
    return b"".join(out)


def _escaped(m: re.Match[bytes]) -> bytes:
    number, name, semicolon = m.groups()
    if number is not None or (name is not None and (semicolon or name in _legacy_names())):
        return m[0]
    return b"&amp;" + m[0][1:]


@functools.cache
def _legacy_names() -> frozenset[bytes]:
    """HTML's entity names read without their semicolon (``&copy``, ``&nbsp``, ``&eacute``)."""
    from html.entities import html5

    return frozenset(name.encode() for name in html5 if not name.endswith(";"))


def whole_references(data: bytes) -> bytes:
    """``data`` with references feedparser can read. It fails the whole feed on one naming
    half of a UTF-16 pair (``&#55357;&#56832;``, an emoji as PHP or a script wrote it) or no
    character at all (``&#1114112;``): the halves of a pair are joined into their character,
    any other such reference is U+FFFD."""
    out: list[bytes] = []
    done = 0
    refs = list(_CHAR_REF.finditer(data))
    skip = False
    for i, m in enumerate(refs):
        if skip:
            skip = False
            continue
        code = int(m[1], 16) if m[1] is not None else int(m[2])
        if _plain(code):
            continue
        nxt = refs[i + 1] if i + 1 < len(refs) and refs[i + 1].start() == m.end() else None
        low = (int(nxt[1], 16) if nxt[1] is not None else int(nxt[2])) if nxt else -1
        out.append(data[done : m.start()])
        if 0xD800 <= code <= 0xDBFF and 0xDC00 <= low <= 0xDFFF and nxt is not None:
            out.append(b"&#%d;" % (0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
            done, skip = nxt.end(), True
        else:
            out.append(_REPLACEMENT)
            done = m.end()
    if not out:
        return data
    out.append(data[done:])
    return b"".join(out)


def _plain(code: int) -> bool:
    return code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF


# The encoding an XML declaration names (``<?xml version="1.0" encoding="UTF-8"?>``).
_DECLARED = re.compile(rb"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")


def wide_as_utf8(data: bytes) -> bytes | None:
    """A UTF-16 or UTF-32 document (by its byte-order mark, or UTF-16 without one) as UTF-8,
    its declaration saying so; None for any other bytes. The mark decides over the declaration
    (RFC 7303 3.3): feedparser let a declared ``UTF-8`` win over a UTF-16 mark and failed the
    feed at its second line ("not well-formed")."""
    from tui.sources.binary import wide_text

    text = wide_text(data)
    if text is None:
        return None
    out = text.lstrip("\ufeff").encode("utf-8")
    return _DECLARED.sub(rb"\1\2utf-8\2", out, count=1)


def plain_text(data: bytes) -> str | None:
    """The opening of a body with no markup at all in its first 4 KB (a server's "Service
    unavailable", "Access denied", a rate-limit notice), one line, for the error; else None."""
    head = data[:4096]
    if b"<" in head:
        return None
    text = " ".join(head.decode("utf-8", errors="replace").split())
    text = "".join(ch for ch in text if ch.isprintable())
    return text if len(text) <= 60 else text[:59] + "…"
