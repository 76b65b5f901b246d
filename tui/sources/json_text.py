"""The text of a JSON answer from outside (GDELT's, the Federal Register's), and what to say of
how it was read.

JSON is UTF-8 (RFC 8259), and a body that reads as UTF-8 is read so: one damaged byte in it (a
character a server cut in two) becomes U+FFFD, and its other letters stay as they are. A body
with not one UTF-8 sequence beyond ASCII but bytes beyond ASCII (a mirror or a proxy that
re-encoded it in a single-byte charset) is read in the Content-Type's charset when it names a
single-byte one, else in windows-1252 (Latin-1 as browsers read it), and said: read as UTF-8,
each accented letter was U+FFFD. A body that is no JSON object or list at all is read as UTF-8,
its parser saying what it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tui.core.text import clean_text
from tui.sources.feed_charset import header_charset, single_byte

# A UTF-8 sequence beyond ASCII: a lead byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def json_text(data: bytes, headers: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    """``data`` as text and, when it was not UTF-8, what it was read as (for the health line)."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data) or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b"["):
        # UTF-8 with damage (the rest of it is UTF-8), or no JSON at all (its errors say so)
        return data.decode("utf-8", errors="replace"), None
    named = header_charset(headers)
    if named is not None and single_byte(named):
        said = clean_text(named, 40, html_input=False)
        return data.decode(named, errors="replace"), (
            f"the text is not UTF-8; read as {said.lower()} (the Content-Type's charset)"
        )
    return data.decode("cp1252", errors="replace"), "the text is not UTF-8; read as windows-1252"
