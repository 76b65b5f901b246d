"""Whether a feed document ends inside an item: cut off mid-entry.

A feed cut off in transit (a dropped connection with no Content-Length, a file written halfway)
still parses: feedparser reports the XML error and returns the entries so far, the last one
with whatever it had read: a title without its date or link. Stored, that entry would be a
new story dated when first seen ("now"), standing beside the real one from years ago. Its end
is missing, so it is left out (``tui.sources.feeds``); the next whole fetch brings it entire."""

from __future__ import annotations

import re

# an item or entry start tag, with or without a namespace prefix (<item>, <rss:item ...>, <entry>)
_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s>])")
_CLOSE = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")
# what the XML parser (expat) says when the document ends before its elements do
_ENDED_EARLY = ("no element found", "unclosed token", "unclosed CDATA section", "partial character")


def ended_early(exc: object) -> bool:
    """Whether the parser's error is the document ending too soon (not a tag out of place)."""
    get_msg = getattr(exc, "getMessage", None)
    if not callable(get_msg):
        return False
    try:
        return str(get_msg()) in _ENDED_EARLY
    except Exception:  # odd SAX exception objects
        return False


def cut_mid_entry(exc: object, data: bytes) -> bool:
    """Whether ``data``, whose parse failed with ``exc``, was cut off inside its last entry."""
    return ended_early(exc) and ends_inside_entry(data)


def ends_inside_entry(data: bytes) -> bool:
    """Whether the last item or entry opened in ``data`` is never closed."""
    last_close = -1
    for match in _CLOSE.finditer(data):
        last_close = match.start()
    return _OPEN.search(data, last_close + 1) is not None


def without_cut_character(data: bytes) -> bytes:
    """``data`` without a UTF-8 character cut off at its end (``...verf\\xc3`` for ``verfügbar``).

    A cut character makes the whole document invalid UTF-8, and feedparser then reads all of it
    as windows-1252: every title garbled (``Ã„nderungen``), each a new story. A whole XML
    document ends in markup or white space, so only a cut one can end inside a character."""
    tail = data[-4:]
    for back in range(1, len(tail) + 1):
        byte = tail[-back]
        if byte < 0x80:  # ASCII: the last character is whole
            return data
        if byte >= 0xC0:  # the lead byte of the last character
            length = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return data if back >= length else data[:-back]
    return data
