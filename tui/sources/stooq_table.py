"""The table of a Stooq download, as Stooq writes it or as a spreadsheet saved it again.

Stooq writes ``Date,Open,High,Low,Close[,Volume]`` with decimal points. Opened and saved by a
spreadsheet, the same file may start with Excel's ``sep=;`` line, be separated by semicolons
(European Excel, with decimal commas) or tabs ("Text (Tab delimited)"), and carry a unit in a
header (``Close (USD/t)``). The delimiter is the one that splits the header line into a date
column and a close column; the decimal mark is the one the numbers show, never guessed.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from tui.core.text import clean_text
from tui.sources.base import SourceError
from tui.sources.csv_layout import find_unit, unwrap_cell
from tui.sources.prices_common import detect_decimal, snippet

DATE_NAMES = ("date", "data")  # English, Polish
CLOSE_NAMES = ("close", "zamkniecie", "zamknięcie")
VOLUME_NAMES = ("volume", "wolumen")
_DELIMITERS = (",", ";", "\t", "|")
_SEP_LINE = re.compile(r'^\ufeff?"?sep=(.)"?,*\s*$', re.I)  # Excel's delimiter hint
_UNIT_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # "Close (USD/t)" -> "Close"
# a number whose one mark may be a decimal comma or a thousands separator: "9,812", "9.812"
_EITHER = re.compile(r"[-+]?\d{1,3}[.,]\d{3}")
_UNDECIDED = "?"


@dataclass(frozen=True)
class Table:
    """``names``: the header cells (unit suffix dropped, lower case); ``header``: as written
    (control and direction characters dropped);
    ``rows``: the non-empty rows below it, cells unwrapped (``="1.5"`` -> ``1.5``)."""

    names: list[str]
    header: list[str]
    rows: list[list[str]]
    delimiter: str

    @property
    def close(self) -> int:
        return next(i for i, n in enumerate(self.names) if n in CLOSE_NAMES)

    def unit(self) -> str | None:
        """A unit written in the close column's header (``Close (USD/t)`` -> ``USD/t``)."""
        return find_unit([self.header[self.close]])


def _label(cell: str) -> str:
    """A header cell as messages and the unit read it: no control or direction characters."""
    return clean_text(cell, 60, html_input=False)


def _name(cell: str) -> str:
    return _UNIT_SUFFIX.sub("", cell.strip()).strip().lower()


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def read_table(text: str) -> Table | None:
    """The table of a Stooq download, or None when ``text`` is not one (its header line names
    no date and close column whatever the delimiter)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    hint = _SEP_LINE.match(lines[0]) if lines else None
    if hint:
        lines = lines[1:]
    if not lines:
        return None
    order = (hint[1], *_DELIMITERS) if hint else _DELIMITERS
    for delimiter in order:
        header = [_label(c) for c in _split(lines[0], delimiter)]
        names = [_name(c) for c in header]
        if names and names[0] in DATE_NAMES and any(n in CLOSE_NAMES for n in names):
            reader = csv.reader(io.StringIO("\n".join(lines[1:])), delimiter=delimiter)
            rows = [[unwrap_cell(c) for c in r] for r in reader if any(c.strip() for c in r)]
            return Table(names, header, rows, delimiter)
    return None


def decimal_mark(table: Table, option: object) -> str:
    """The decimal mark of the table's prices: the ``decimal`` option, else what the numbers
    show (``9700,5`` or ``9.700,50``: a comma; ``1,317.63``: a point). Where they show
    nothing, a comma-separated file is Stooq's own (decimal points); a semicolon or tab file
    whose numbers all leave it open (``9,812``: 9.812 or 9812?) is an error, never a price
    1000 times off."""
    if option is not None:
        if option not in (".", ","):
            raise SourceError(f"decimal must be '.' or ',', not {option!r}")
        return str(option)
    skip = {0} | {i for i, n in enumerate(table.names) if n in VOLUME_NAMES}
    cells = [r[i] for r in table.rows for i in range(1, len(r)) if i not in skip]
    found = detect_decimal(cells, lean="." if table.delimiter == "," else _UNDECIDED)
    if found != _UNDECIDED:
        return found
    either = next((c for c in cells if _EITHER.fullmatch(c.strip())), None)
    if either is None:  # whole numbers, or numbers with no mark: either reading is the same
        return "."
    raise SourceError(
        f"numbers like {snippet(either, 16)!r} could have a decimal comma or a thousands "
        'separator, and no number in the file says which: set decimal = "," or "."'
    )
