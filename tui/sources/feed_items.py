"""A feed document's items found in its bytes without parsing them, so that feedparser need read
only some of them (``tui.sources.feed_subset``: the newest when a feed holds more than its
limit, the ones not read last time).

:func:`split` cuts ``head <item>...</item> <item>...</item> tail``: the head (declaration, doctype,
the root and channel start tags, the channel's own elements) and tail (the closing tags) kept
whole, so that any items read with them are read in the same context (namespaces, ``xml:base``,
``xml:lang``, entities, encoding) as in the whole document. It answers None, and the whole
document is parsed as before, for anything it is not sure of: items nested or of two names
(``<item>`` and ``<entry>``), a self-closed item, anything but white space between two items,
a doctype with an internal subset, no item at all, an item never closed (a body cut off).
Comments, CDATA sections and processing instructions are stepped over whole, so an ``</item>``
inside one does not end an item. :func:`well_formed` is the other guard: a document expat
rejects (a bad character mid-feed, a truncated body) is parsed whole, for the messages and
the salvage :mod:`tui.sources.feeds` gives such a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# What the scan stops at: a comment, a CDATA section, a processing instruction, a doctype, or an
# item/entry tag with or without a namespace prefix (<item>, </rss:item>, <entry xml:base=...>).
_TOKEN = re.compile(
    rb"<!--|<!\[CDATA\[|<\?|<!DOCTYPE|<(/?)((?:[A-Za-z_][\w.-]*:)?(?:item|entry))(?=[\s>/])"
)
# The rest of a start or end tag after its name: attributes (quoted values may hold ">").
_TAG_REST = re.compile(rb"""(?:[^>"']|"[^"]*"|'[^']*')*>""")
_ENDS = {b"<!--": b"-->", b"<![CDATA[": b"]]>", b"<?": b"?>"}
_SPACE = re.compile(rb"\s*")


@dataclass(frozen=True)
class Split:
    """A document as ``head + items (white space between them) + tail``."""

    head: bytes
    items: list[bytes]
    tail: bytes

    def with_items(self, chosen: list[bytes]) -> bytes:
        """The document holding only ``chosen`` items, in that order."""
        return self.head + b"\n".join(chosen) + self.tail


def split(data: bytes) -> Split | None:
    """``data`` cut at its items, or None when it cannot be cut surely (see the module)."""
    found = spans(data)
    return None if found is None else cut(data, found)


def cut(data: bytes, found: list[tuple[int, int]]) -> Split:
    """``data`` cut at the items :func:`spans` found in it."""
    return Split(
        head=data[: found[0][0]],
        items=[data[a:b] for a, b in found],
        tail=data[found[-1][1] :],
    )


def spans(data: bytes) -> list[tuple[int, int]] | None:
    """Where each item of ``data`` starts and ends (``data[start:end]`` is the item), or None
    when it cannot be cut surely (see the module); nothing copied."""
    out: list[tuple[int, int]] = []
    name: bytes | None = None
    opened = -1  # where the open item starts, -1 outside one
    pos = 0
    while (m := _TOKEN.search(data, pos)) is not None:
        token = m[0]
        if token == b"<!DOCTYPE":
            end = data.find(b">", m.end())
            if end < 0 or b"[" in data[m.end() : end]:
                return None  # an internal subset: its declarations are not scanned here
            pos = end + 1
            continue
        if token in _ENDS:
            end = data.find(_ENDS[token], m.end())
            if end < 0:
                return None
            pos = end + len(_ENDS[token])
            continue
        rest = _TAG_REST.match(data, m.end())
        if rest is None:
            return None
        closing, tag, pos = bool(m[1]), m[2], rest.end()
        if name is None:
            name = tag
        elif tag != name:
            return None  # items of two names, or one inside the other
        if closing:
            if opened < 0:
                return None
            out.append((opened, pos))
            opened = -1
        else:
            if opened >= 0 or data[pos - 2 : pos] == b"/>":
                return None  # nested, or self-closed
            opened = m.start()
    if opened >= 0 or not out:
        return None  # cut off inside an item, or none
    for (_, end), (start, _) in pairwise(out):
        gap = _SPACE.match(data, end)
        if gap is None or gap.end() < start:
            return None  # something else stands between two items
    return out


def well_formed(data: bytes) -> bool:
    """Whether expat reads ``data`` to its end without an error (nothing built: ~20 ms a MB)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except (expat.ExpatError, ValueError, LookupError):
        return False
    return True
