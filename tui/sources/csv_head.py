"""A price CSV's header, read by ``tui.sources.csv_prices``: which rows head the table (as the
``header`` and ``skip_rows`` options say, else as :func:`tui.sources.csv_layout.find_layout`
finds them: the main header row, wider rows above it, title lines), every column's name made
safe for messages (``column 3`` for one without), the unit column (the ``unit_column``
option, else one headed ``unit``) and the series' symbol a header names when no option
does."""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.core.config_types import SourceConfig
from tui.core.text import clean_text
from tui.sources.base import SourceError
from tui.sources.csv_columns import resolve_column
from tui.sources.csv_dates import any_date
from tui.sources.csv_layout import VALUE_NAMES, find_layout
from tui.sources.csv_metal import file_stem
from tui.sources.prices_common import parse_number, snippet

_UNIT_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # "Copper (USD/t)" -> "Copper"


class Head(NamedTuple):
    """``head``: the header row right above the data (None without one); ``body``: the rows
    under it; ``names``: every column's name; ``header_rows``: the names and the header rows
    above them (names, units; none without a header); ``titles``: the lines above those;
    ``has_header``: a header row heads the table; ``width``: the widest row's cells."""

    head: list[str] | None
    body: list[list[str]]
    names: list[str]
    header_rows: list[list[str]]
    titles: list[str]
    has_header: bool
    width: int


def _label(cell: str) -> str:
    """A header cell made safe for messages and the symbol (no control characters)."""
    return clean_text(cell, 60, html_input=False)


def _number(cell: str) -> bool:
    return parse_number(cell) is not None or parse_number(cell, ",") is not None


def read_head(rows: list[list[str]], text: str, src: SourceConfig) -> Head:
    """The header of the table ``rows`` (of the file's ``text``); a header with no rows under
    it is an error (one line of prose: not a price table)."""
    header_opt = src.opt("header")
    extra: list[list[str]] = []  # header rows above the main one (names, units)
    titles: list[str] = []
    if isinstance(header_opt, bool) or src.opt("skip_rows") is not None:
        first = rows[0]
        has_header = (
            header_opt
            if isinstance(header_opt, bool)
            else not (any(any_date(c) for c in first) and any(_number(c) for c in first))
        )
        head, body = (rows[0], rows[1:]) if has_header else (None, rows)
    else:
        layout = find_layout(rows, any_date)
        head, body, extra, titles = layout.header, layout.body, layout.extra_headers, layout.titles
        has_header = head is not None
    width = max(len(r) for r in rows)
    if head is not None:
        names = [_label(n) or f"column {i}" for i, n in enumerate(head)]
        names += [f"column {i}" for i in range(len(names), width)]
    else:
        names = [f"column {i}" for i in range(width)]
    header_rows = [names, *([_label(c) for c in r] for r in extra)] if has_header else []
    if not body:
        if head is not None and sum(1 for c in head if c) < 2:  # one line of prose
            raise SourceError(f"not a price table: {snippet(text)!r}")
        raise SourceError("the file has a header but no rows")
    return Head(head, body, names, header_rows, titles, has_header, width)


def unit_column(src: SourceConfig, names: list[str], has_header: bool) -> int | None:
    """The column holding each row's unit: the ``unit_column`` option, else one headed
    ``unit`` or ``units``; None without one."""
    unit_col: int | None = None
    if src.opt("unit_column") is not None:
        unit_col = resolve_column(src.opt("unit_column"), names, "unit_column")
    elif has_header:
        lowered = [n.lower() for n in names]
        for candidate in ("unit", "units"):
            if candidate in lowered:
                unit_col = lowered.index(candidate)
                break
    return unit_col


def symbol_of(
    src: SourceConfig, names: list[str], value_col: int, metal_col: int | None, has_header: bool
) -> str:
    """The series' symbol: the ``symbol`` option, a long file's metal, the price column's
    header (its unit in brackets left out) unless it only says "price" (``Close``, ``Value``:
    ``csv_layout.VALUE_NAMES``), else the file's name or the source's."""
    symbol = str(src.opt("symbol") or "")
    if not symbol and metal_col is not None:
        symbol = str(src.opt("metal_value") or src.metal)
    if not symbol and names[value_col].strip().lower() not in VALUE_NAMES and has_header:
        symbol = _UNIT_SUFFIX.sub("", names[value_col]) or names[value_col]
    return symbol or file_stem(src.url) or src.name
