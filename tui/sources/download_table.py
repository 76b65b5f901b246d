"""The table of a price site's CSV download (Stooq, FRED, Yahoo), as the site writes it or as a
spreadsheet saved it again.

A site writes its download comma-separated with decimal points. Opened and saved by a
spreadsheet, the same file may start with Excel's ``sep=;`` line, be separated by semicolons
(European Excel, with decimal commas) or tabs ("Text (Tab delimited)"), carry a unit in a header
(``Close (USD/t)``) and dates as the spreadsheet writes them (``01.12.2026``). The delimiter is
the one that splits the header line into the site's columns; the decimal mark is the one the
numbers show, else the delimiter's convention, said (the csv kind's rule); the dates are read as the csv kind reads them
(:mod:`tui.sources.csv_dates`: a day/month order no row decides is an error). Rows that look
like data but are not read, and dates on several rows, are said in the series' warning.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from tui.core.config_types import SourceConfig
from tui.core.text import clean_text
from tui.sources.base import SourceError
from tui.sources.cell_currency import cell_currency
from tui.sources.csv_dates import choose_date_parser, strptime_parser
from tui.sources.csv_layout import find_unit, unwrap_cell
from tui.sources.csv_rows import read_rows, text_lines
from tui.sources.csv_skipped import Skipped, filled_width, usual_width
from tui.sources.cut_digits import OPEN_END, comma_for_digit, ends_in_price, short_of_digits
from tui.sources.cut_digits import WHY as SHORT_WHY
from tui.sources.date_forms import with_second_form
from tui.sources.date_order import day_cells, out_of_order
from tui.sources.price_numbers import decide_mark, read_column
from tui.sources.prices_common import (
    cut_off_tail,
    join_warnings,
    repeated_dates,
)

VOLUME_NAMES = ("volume", "wolumen")
_DELIMITERS = (",", ";", "\t", "|")
_SEP_LINE = re.compile(r'^\ufeff?"?sep=(.)"?,*\s*$', re.I)  # Excel's delimiter hint
_UNIT_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # "Close (USD/t)" -> "Close"


@dataclass(frozen=True)
class Table:
    """``names``: the header cells (unit suffix dropped, lower case); ``header``: as written
    (control and direction characters dropped); ``rows``: the non-empty rows below it, cells
    unwrapped (``="1.5"`` -> ``1.5``)."""

    names: list[str]
    header: list[str]
    rows: list[list[str]]
    delimiter: str
    note: str | None = None  # a quote left open: the lines read one by one (csv_rows)

    def unit(self, col: int) -> str | None:
        """A unit written in a column's header (``Close (USD/t)`` -> ``USD/t``)."""
        return find_unit([self.header[col]])


def _label(cell: str) -> str:
    """A header cell as messages and the unit read it: no control or direction characters."""
    return clean_text(cell, 60, html_input=False)


def _name(cell: str) -> str:
    return _UNIT_SUFFIX.sub("", cell.strip()).strip().lower()


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])


def read_table(text: str, fits: Callable[[Sequence[str]], bool]) -> Table | None:
    """The table whose header line ``fits`` (its names, lower case, units dropped), whatever the
    delimiter; None when no delimiter gives such a header (not the site's download)."""
    lines = [ln for ln in text_lines(text) if ln.strip()]
    hint = _SEP_LINE.match(lines[0]) if lines else None
    if hint:
        lines = lines[1:]
    if not lines:
        return None
    order = (hint[1], *_DELIMITERS) if hint else _DELIMITERS
    for delimiter in order:
        header = [_label(c) for c in _split(lines[0], delimiter)]
        names = [_name(c) for c in header]
        if len(names) >= 2 and fits(names):
            # one row a line, also when a quote is left open
            read, left_open = read_rows(lines[1:], delimiter)
            rows = [[unwrap_cell(c) for c in r] for r in read if any(c.strip() for c in r)]
            return Table(names, header, rows, delimiter, left_open)
    return None


def decimal_mark(table: Table, option: object, col: int) -> tuple[str, str | None]:
    """The decimal mark of the table's prices, and what to say when the file left it open: the
    ``decimal`` option, else :func:`tui.sources.price_numbers.decide_mark` (the price column's
    own numbers, then the table's, then the delimiter's convention, said on the health line:
    the same rule as the csv kind's)."""
    if option is not None:
        if option not in (".", ","):
            raise SourceError(f"decimal must be '.' or ',', not {option!r}")
        return str(option), None
    skip = {0, col} | {i for i, n in enumerate(table.names) if n in VOLUME_NAMES}
    others = [r[i] for r in table.rows for i in range(1, len(r)) if i not in skip]
    return decide_mark([r[col] for r in table.rows if col < len(r)], others, table.delimiter)


def _no_date(text: str) -> date | None:
    return None


def read_points(
    table: Table, text: str, col: int, src: SourceConfig
) -> tuple[list[tuple[date, float]], str | None, list[str]]:
    """The (date, price) points of column ``col``, in file order, what to say of the rows
    left out (rows that look like data but do not read, rows with more cells than the header:
    ``9,812.50`` unquoted, its price cell would be ``9``; dates on several rows; a last line
    cut off) and each point's currency sign (``"$10,650"`` -> ``"USD"``, "" without one: see
    :func:`tui.sources.cell_currency.signed_unit`). ``src``'s ``decimal`` and ``date_format``
    options decide where the file cannot."""
    rows = table.rows
    decimal, ambiguous = decimal_mark(table, src.opt("decimal"), col)
    column = read_column([r[col] if col < len(r) else "" for r in rows], decimal)
    dates = [r[0] for r in rows]
    fmt = src.opt("date_format")
    forms = None
    if fmt:
        parse_date = strptime_parser(str(fmt))
    elif any(dates):  # the column's form, and a second one its later rows may be written in
        main_form = choose_date_parser(dates, table.header[0])
        parse_date = forms = with_second_form(main_form, dates, table.header[0])
    else:
        parse_date = _no_date
    points: list[tuple[date, float]] = []
    cells: list[tuple[str, float]] = []  # each point's date cell, for repeated dates
    signs: list[str] = []  # each point's currency sign ("$10,650"; "" without one)
    skipped = Skipped()
    above = len(rows[-2]) if len(rows) > 1 else len(table.header)  # the last row's neighbour
    last_read = False
    short = short_of_digits(text, [r[col] if col < len(r) else "" for r in rows], decimal)
    open_end = bool(rows) and ends_in_price(text, rows[-1], col)  # "1" of "1729.15", no line break
    a_row = usual_width(rows, len(table.header))  # cells a whole row has
    unended = not text.rstrip(" \t").endswith(("\n", "\r"))  # a last row cut: cut_off_tail's
    prices = [r[col] if col < len(r) else "" for r in rows]
    for i, (row, value) in enumerate(zip(rows, column.values, strict=True)):
        last_read = False
        if row is rows[-1] and (short or open_end):
            continue
        if not (row is rows[-1] and unended) and skipped.lost_cell(row, a_row, row[0], parse_date):
            # a delimiter lost: its price cell holds the next column's
            continue
        if len(row) <= col:
            continue
        # "9,812.50" unquoted: its price cell "9"; "1729.1," for "1729.15": a digit short
        if filled_width(row) > len(table.header) or comma_for_digit(row, a_row, col, prices, i):
            skipped.ragged(row)
            continue
        day = parse_date(row[0])
        if day is None or value is None:
            skipped.note(row[0], row[col], day, value)
            continue
        skipped.data_row(row[0])
        points.append((day, value))
        cells.append((row[0], value))
        signs.append(cell_currency(row[col]))
        last_read = True
    days, raw_cells = [d for d, _ in points], [c for c, _ in cells]
    disorder = out_of_order(days, raw_cells)  # "2021-08-1": a damaged date that reads
    cells = list(zip(day_cells(raw_cells, days), [v for _, v in cells], strict=True))
    if not points and (ragged := skipped.all_ragged(len(table.header), "quote them")) is not None:
        raise ragged
    why = SHORT_WHY if short else OPEN_END if open_end and len(rows[-1]) >= above else None
    cut = cut_off_tail(text, rows[-1] if rows else None, last_read, why)
    newest_first = len(points) > 1 and points[0][0] > points[-1][0]  # as build_series reads it
    repeated = repeated_dates(cells, newest_first=newest_first)
    second = forms.said() if forms else None
    said = join_warnings(
        table.note,
        skipped.warning(len(points)),
        second,
        ambiguous,
        column.note,
        cut,
        repeated,
        disorder,
    )
    return points, said, signs
