"""A price file's bytes as text: its encoding found, binary answers refused and said, a
coloured terminal's codes and characters that show nothing taken out (``decode_text``)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tui.core.text import terminal_colours
from tui.sources.base import SourceError
from tui.sources.binary import HEAD, PRICE_FILE_HINTS, binary_answer, stray_nuls, wide_text


def decode_text(data: bytes, headers: Mapping[str, str] | None = None) -> str:
    """Bytes -> text: UTF-8 (BOM dropped), UTF-16 or UTF-32 (with a BOM, or UTF-16 without
    one: :func:`tui.sources.binary.wide_text`), falling back to cp1252 for old exports. Raises
    ``SourceError`` for binary data (a spreadsheet, an archive, an image), said with its type
    and size (``headers``: the answer's, for its Content-Type), never quoted."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif (wide := wide_text(data)) is not None:
        return _visible(wide.lstrip("\ufeff"))
    # a few NULs in text (a block of the file zeroed inside a row): read, the rows they fall
    # in skipped and said (``unreadable value '21␀␀50.5'``), never refused whole as binary
    known = b"\x00" in data[:HEAD]  # no text (a stray few aside: no text without them)
    binary = None
    if not stray_nuls(data[:HEAD]):
        binary = binary_answer(data, headers, "a price file", PRICE_FILE_HINTS, known=known)
    if binary:
        raise SourceError(binary)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        # bytes cp1252 leaves undefined: an old export has none, a binary answer has many
        if text[:HEAD].count("\ufffd") * 100 > min(len(text), HEAD):
            raise SourceError(
                str(binary_answer(data, headers, "a price file", known=True))
            ) from None
    if "\x1b" in text:  # a table saved from a coloured terminal: its colours are no cells
        text = terminal_colours(text)
    return _visible(text.lstrip("\ufeff"))


# Characters that show nothing (zero-width space and joiners, word joiner, a BOM inside the
# text, a soft hyphen): copied from a web page into a cell (``10<ZWSP>234.5``), they made a
# price the file shows as 10234.5 "unreadable value '10234.5'".
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _visible(text: str) -> str:
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text
