"""A table cell cut to its column never ends inside a number.

Seen in the alerts log at 120x40: the rule "aluminium below 5000" in a column of 19 cells read
"aluminium below 50…", a threshold of 50 as it reads, the ellipsis aside; a message cut after
"Copper at 13,9" read as a price of 13.9. A cut that would fall inside a word holding a digit
(a price, a threshold, a date, "50%", "10k") is made before that word instead: "aluminium
below…", said whole on the line under the table. Pure text arithmetic (a wide character two
cells): no textual here.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

ELLIPSIS = "…"


def _head(text: str, room: int) -> int:
    """How many characters of ``text`` fit in ``room`` cells."""
    used = 0
    for n, ch in enumerate(text):
        used += cell_len(ch)
        if used > room:
            return n
    return len(text)


def _word_at(text: str, width: int) -> tuple[int, int, int]:
    """Where a cut to ``width`` cells (an ellipsis last) falls: the characters kept, and the
    start and end of the word around that point."""
    n = _head(text, width - 1)
    start = n
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = n
    while end < len(text) and not text[end].isspace():
        end += 1
    return n, start, end


def splits_number(text: str, width: int) -> bool:
    """Whether cutting ``text`` to ``width`` cells would end inside a word holding a digit
    (that is not the first word: a cut there must be made as it falls)."""
    if cell_len(text) <= width or width <= 1:
        return False
    n, start, end = _word_at(text, width)
    split = 0 < n < len(text) and not text[n - 1].isspace() and not text[n].isspace()
    return split and any(ch.isdigit() for ch in text[start:end]) and bool(text[:start].strip())


def cut_whole(text: str, width: int) -> str:
    """``text`` as it fits ``width`` cells: whole, or cut with an ellipsis, the cut made before
    a word holding a digit that it would split (unless that word is the first: cut as it must)."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS if width == 1 else ""
    n, start, _ = _word_at(text, width)
    if splits_number(text, width):
        return text[:start].rstrip() + ELLIPSIS
    return text[:n].rstrip() + ELLIPSIS


def cut_cell(cell: Text, width: int) -> Text:
    """A cell's Text cut by ``cut_whole``, its style kept (a styled span inside is not kept:
    the log's cells are one style each)."""
    plain = cell.plain
    said = cut_whole(plain, width)
    if said == plain:
        return cell
    return Text(said, style=cell.style, no_wrap=True, overflow="ellipsis")
