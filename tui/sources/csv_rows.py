"""The rows of a price table, one per line, also when a quote is left open.

A quote that opens a cell and never closes (a hand-typed note starting with an inch mark, a row
pasted with its closing quote lost: ``"2025-07-28,5.595``) makes a CSV reader take every line
after it as one quoted cell: the rows below it, the newest prices, were gone without a word, and
the price shown as current was weeks old. A price table holds one row per line, so when a cell
spanning lines swallows rows that read as data (a date and a number), each line is read on its
own, the broken one as its author meant it, and the caller says so. A cell quoted over two
lines and closed (a title above the header) is read as before.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence

from tui.sources.csv_dates import any_date
from tui.sources.prices_common import snippet

_NUMBER = re.compile(r"[-+]?[\d.,'\s\u00a0]*\d")  # 9812.5, 9.812,50, 9 812,5


def text_lines(text: str) -> list[str]:
    """The lines of a price file, at its line breaks: LF or CRLF (a CR alone only in a file with
    no LF, as old Mac files are). A CR or another line separator inside a line of a file
    broken at LFs (a byte damaged: ``2020-12-10\r,1834.20``) is read as a space, never as the
    end of a row: the row split in two was dropped without a word. A byte-order mark at a
    line's start (two files joined, the second with its mark) is dropped: it made the line's
    date unreadable."""
    if "\n" not in text:
        lines = text.splitlines()
    else:
        lines = [" ".join(ln.removesuffix("\r").splitlines()) for ln in text.split("\n")]
    return [ln.lstrip("\ufeff") for ln in lines]


def read_rows(lines: Sequence[str], delimiter: str) -> tuple[list[list[str]], str | None]:
    """The cells of each row of ``lines`` (blank lines already left out) and, when a quote was
    left open and the lines were read one by one, the words saying so (else None)."""
    rows = list(
        csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter, skipinitialspace=True)
    )
    if not any(_swallows_rows(cell, delimiter) for row in rows for cell in row):
        return rows, None
    alone = [_line_cells(line, delimiter) for line in lines]
    widths = Counter(len(cells) for cells, is_open in alone if not is_open and len(cells) > 1)
    width = widths.most_common(1)[0][0] if widths else 0
    out: list[list[str]] = []
    opened: list[str] = []
    for line, (cells, is_open) in zip(lines, alone, strict=True):
        if is_open:
            opened.append(line)
            if len(cells) != width:  # the quote took delimiters into its cell: a stray one
                bare = next(csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
                bare = [cell.strip().strip('"') for cell in bare]
                cells = bare if len(bare) == width else cells
        out.append(cells)
    first = snippet(opened[0], 40)
    more = f" (and {len(opened) - 1} more)" if len(opened) > 1 else ""
    said = (
        f"a quote left open in {first!r}{more} would swallow the rows below it: "
        "each line read as its own row, check the file"
    )
    return out, said


def _line_cells(line: str, delimiter: str) -> tuple[list[str], bool]:
    """One line's cells, and whether a quote is left open on it."""
    try:
        return next(
            csv.reader([line], delimiter=delimiter, skipinitialspace=True, strict=True), []
        ), False
    except csv.Error:
        return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), []), True


def _swallows_rows(cell: str, delimiter: str) -> bool:
    """Whether a cell spanning lines holds a line that reads as a row of data: a date and a
    number among its cells."""
    if "\n" not in cell:
        return False
    for line in cell.split("\n")[1:]:
        parts = [p.strip().strip('"') for p in line.split(delimiter)]
        dated = [p for p in parts if any_date(p)]
        if dated and any(_NUMBER.fullmatch(p) for p in parts if p not in dated):
            return True
    return False


def quote_tail(text: str) -> tuple[str, str | None]:
    """``text`` as the readers should take it when its last line is a cut quoted cell, and the
    words saying a line was left out (else None).

    A last line of only a quote character (``"``, a download cut right after the opening quote
    of its newest row) holds no cell: it was read as a blank line, so the file passed for whole
    (and the row above it, then followed by no line break, for a row cut off). It is taken off
    and said. A last line that opens a quoted cell it never closes (``"G001","World","2024-M1``)
    is unended whatever line breaks follow (they are inside the open quote): they are taken off,
    so the cut is told as for a file that ends mid-line, and a row whose price came whole is
    read."""
    body = text.rstrip()
    at = body.rfind("\n") if "\n" in body else body.rfind("\r")
    if at < 0:
        return text, None
    last = body[at + 1 :].strip()
    if last in ('"', "'"):
        return body[: at + 1], f"last line cut off, left out: {last!r}"
    if last.startswith('"') and last.count('"') % 2:
        return body, None
    return text, None
