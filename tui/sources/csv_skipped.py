"""Rows of a price file that look like data but cannot be read: counted, not dropped silently.

A row is *data that could not be read* when its date reads but its value is neither a number nor
a missing-value token (``"12,3a4"``, ``"closed"``), or its value reads but its date, which starts
with a digit, does not (``"2026-13-45"``). Rows after the last readable one are footers (notes,
averages, sources) and are not counted, unless their date cell is a date in another form than
the column's or has a date's shape with numbers no calendar holds (``2026-11-31``) (``12/02/2026`` below ``2026-12-01``: a row added by hand, the newest price left
out); empty and missing values (``…``, ``N/A``) are not counted either.
A row with more filled cells than the table has columns (``2026-11-20,12,345.50`` under
``Date,Close``: an unquoted thousands separator or decimal comma) is not read either: its value
column would hold a fragment of the number (``12``), a wrong price that looks right.
A row whose date cell is a date of the column's with a character or two damaged (``2026-1x-04``,
``X026-12-04`` beside ``2026-12-03``: a byte flipped in a download) is data too, wherever it
stands: as the last row it was passed over as a footer, and the day before shown as the newest
price without a word. A row with fewer cells than the table's rows (``2026-12-03,1,2,0.51718.1,
100`` under ``Date,Open,High,Low,Close,Volume``: a delimiter lost) is not read either: its price
column would hold the next column's number (the volume, ``100``).
The count and one example of each kind become the series' ``warning``, which the source's health
line shows: the price is still shown, and the user knows what the file held that it did not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from tui.sources.base import SourceError
from tui.sources.csv_dates import any_date
from tui.sources.prices_common import MISSING, snippet

#: A cell written as a date (year, month and day in numbers) whatever its numbers: a row with
#: one is data even when the date is impossible (``2026-02-30``, ``2026-13-01``, ``31.11.2026``).
_DATE_SHAPE = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
)


#: How many characters a damaged date cell may differ from a read one of its column, once each
#: digit is written ``9`` and each letter ``a`` (``2026-1x-04`` and ``2026-11-30`` differ in one).
_DAMAGED = 2


def _form(cell: str) -> str:
    return "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in cell.strip())


def _apart(one: str, other: str) -> int:
    """The edit distance of two short strings (insertions, deletions, replacements)."""
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i]
        for j, b in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


def damaged_date(cell: str, read: str) -> bool:
    """Whether ``cell``, which reads as no date, is a date cell written like ``read`` (one of
    the column's that reads) with a character or two damaged."""
    form, like = _form(cell), _form(read)
    if not form or abs(len(form) - len(like)) > 1 or sum(c == "9" for c in form) < 4:
        return False
    return _apart(form, like) <= _DAMAGED


def _shape(cell: str) -> str:
    """A cell's form with each run of digits or letters as one (``2640.6`` and ``26.05``)."""
    return re.sub(r"(9)9+|(a)a+", r"\1\2", _form(cell))


def cut_like(row: list[str], above: list[str]) -> bool:
    """Whether ``row``, the last of a file that ends mid-line, is the start of a row like
    ``above`` (the row over it): each cell but the last written like ``above``'s, the last the
    start of one (``"G001","World","2024-M1`` under ``"G001","World","2024-M11","2652.19"``).
    A file whose date is not its first cell (IMF's) or is no number (Investing.com's ``Mar 31,
    2020``) has its cut newest row told from a footer so."""
    if not row or len(row) > len(above) or not any(c.strip() for c in row):
        return False
    *whole, last = row
    return all(_shape(c) == _shape(a) for c, a in zip(whole, above, strict=False)) and _shape(
        above[len(row) - 1]
    ).startswith(_shape(last))


#: What follows a date whose delimiter was lost or damaged: a number, or one character then a
#: number (``x1730.26``, `` 1730.26``); never a word (``2026-07-30 Total``, a subtotal).
_GLUED = re.compile(r".?[\d+\-.]")


def usual_width(rows: list[list[str]], columns: int) -> int:
    """How many cells a row of the table has: the header's ``columns``, unless most rows have
    fewer (a writer leaving trailing empty cells out): then theirs."""
    widths: dict[int, int] = {}
    for row in rows:
        widths[len(row)] = widths.get(len(row), 0) + 1
    usual = max(widths, key=lambda w: (widths[w], w)) if widths else columns
    return min(usual, columns)


def filled_width(row: list[str]) -> int:
    """Cells up to the last one that holds something (trailing empty cells do not count)."""
    width = len(row)
    while width and not row[width - 1].strip():
        width -= 1
    return width


class Skipped:
    """Unreadable data rows of one price file, in file order."""

    def __init__(self) -> None:
        self._values: list[str] = []  # dates read, values not
        self._dates: list[str] = []  # values read, dates not (counted once data follows)
        self._pending: list[str] = []
        self._ragged: list[str] = []  # more filled cells than columns
        self._short: list[str] = []  # fewer cells than the table's rows
        self._unsure: list[str] = []  # dates that do not read, before any that does
        self._read = ""  # the last date cell that read

    def ragged(self, row: list[str]) -> None:
        """A row with more filled cells than the table's columns: its cells may have shifted."""
        self._ragged.append(",".join(c.strip() for c in row))

    def lost_cell(
        self, row: list[str], a_row: int, raw_date: str, read: Callable[[str], object]
    ) -> bool:
        """Whether a row lost a delimiter, and if so count it: fewer cells than a whole row's
        ``a_row``, and its date cell ``raw_date`` a date (``read`` reads it) with a filled cell
        beside it (a date alone is a note, with no cell to shift), or a date cell as long as
        the last that read followed by a number (``2026-05-0113116.6``: the delimiter after
        the date lost). Its price column would hold the next column's number."""
        cell, known = raw_date.strip(), len(self._read)
        if len(row) >= a_row:
            return False
        # the date's delimiter lost or turned into another character: "...-10x1730.26"
        glued = bool(known) and _GLUED.match(cell[known:]) is not None
        if read(cell) is not None:
            lost = sum(1 for c in row if c.strip()) > 1 or (
                glued and read(cell[:known]) is not None
            )
        else:
            lost = glued and read(cell[:known]) is not None
        if lost:
            self._short.append(",".join(c.strip() for c in row))
        return bool(lost)

    def note(self, raw_date: str, raw_value: str, day: date | None, value: float | None) -> None:
        """A row that gave no point: remember it when it looks like data."""
        cell = raw_value.strip()
        if day is not None and value is None and cell.lower() not in MISSING:
            self._values.append(cell)
        elif day is None and value is not None:
            if (
                any_date(raw_date)
                or _DATE_SHAPE.fullmatch(raw_date.strip())
                or (self._read and damaged_date(raw_date, self._read))
            ):
                # a date in another form, one no calendar holds (``2026-11-31``, a newest
                # row typed by hand) or one damaged (``2026-1x-04``): data wherever it is,
                # never a footer passed over quietly
                self._dates.append(raw_date.strip())
            elif raw_date.strip()[:1].isdigit():  # data if data follows, else a footer's
                self._pending.append(raw_date.strip())
            elif not self._read:  # a damaged date, if the first that reads is like it
                self._unsure.append(raw_date.strip())

    @property
    def first_value(self) -> str:
        """``unreadable value '5.2%'`` for the first value that could not be read, else ""."""
        return f"unreadable value {snippet(self._values[0], 24)!r}" if self._values else ""

    @property
    def ragged_example(self) -> str:
        """The first row with more cells than columns, shortened ("" when there is none)."""
        return snippet(self._ragged[0], 32) if self._ragged else ""

    def all_ragged(
        self, columns: int, remedy: str = "quote them, or set delimiter"
    ) -> SourceError | None:
        """The error of a file none of whose rows was read, when some had more cells than the
        table's ``columns`` (said rather than "no prices read"); ``remedy``: what the user
        can do (a kind without a ``delimiter`` option cannot be told to set it)."""
        if not self._ragged:
            return None
        return SourceError(
            f"rows have more cells than the {columns} columns of the table, e.g. "
            f"{self.ragged_example!r}: numbers with an unquoted thousands separator or "
            f"decimal comma? ({remedy})"
        )

    def data_row(self, raw_date: str = "") -> None:
        """A row that gave a point (``raw_date``: its date cell): the unreadable dates before it
        were data, not notes."""
        if raw_date and not self._read:
            self._dates.extend(c for c in self._unsure if damaged_date(c, raw_date))
            self._unsure.clear()
        self._read = raw_date.strip() or self._read
        self._dates.extend(self._pending)
        self._pending.clear()

    def warning(self, read: int) -> str | None:
        """``"2 of 250 rows skipped: unreadable value '12,3a4'; unreadable date '2026-13-45'"``,
        or None when every data row was read."""
        total = len(self._values) + len(self._dates) + len(self._ragged) + len(self._short)
        if not total:
            return None
        kinds = []
        if self._values:
            kinds.append(f"unreadable value {snippet(self._values[0], 24)!r}")
        if self._dates:
            kinds.append(f"unreadable date {snippet(self._dates[0], 24)!r}")
        if self._ragged:
            kinds.append(f"more cells than columns {self.ragged_example!r}")
        if self._short:
            kinds.append(f"fewer cells than the rows around it {snippet(self._short[0], 32)!r}")
        rows = "row" if total + read == 1 else "rows"  # "1 of 3 rows skipped"
        return f"{total} of {total + read} {rows} skipped: {'; '.join(kinds)}"
