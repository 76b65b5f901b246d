"""A generic price CSV: a broker or exchange export, a statistics office download, a file the
user keeps. ``url`` (http(s) or a local path) is required.

Options (all optional):

- ``date_column`` / ``value_column``: a header name (case-insensitive, from any header row)
  or a 0-based index. Defaults: the first column whose header says date/time/period (else
  column 0); the price column as :func:`tui.sources.csv_layout.choose_value_column` finds it
  (``Close`` / ``Price`` / localized names, the metal's own column, the only numeric column
  that is not open/high/low/volume); several candidates are an error, never a guess.
- ``date_format``: a ``strptime`` format. Default: detected from the data among ISO dates
  (with or without a time and offset), ``YYYY-MM``, ``1960M01`` (World Bank), ``2000-M01``
  (IMF), ``2020-Q1``, ``Mar 31, 2020``, ``31 Mar 2020``, ``Mar 2020`` (month names in English,
  German, French, Spanish, Italian, Portuguese or Dutch: ``01 Dez 2026``), ``31.03.2020``,
  ``MM/DD/YYYY`` or ``DD/MM/YYYY`` (decided from the data; ambiguous files must set it),
  ``YYYY/MM/DD``, ``YYYYMMDD``, a bare year and Unix time (seconds or milliseconds).
- ``delimiter``: default sniffed among ``,`` ``;`` tab and ``|``.
- ``skip_rows``: lines before the header row (title lines). Default: found from the data
  (the rows above the first dated row are header rows, single-cell lines above them titles).
- ``header``: true/false; default detected (a first row of data means no header).
- ``decimal``: ``"."`` or ``","``; default: what the price column's own numbers show
  (``1.234,50``, ``9 812,5``: a comma), else the other columns', else the delimiter's
  locale (a semicolon file's decimal comma), as :mod:`tui.sources.price_numbers` decides. A
  number that could be read either way (``9,812`` among ``9812,5``) takes the reading near
  the prices around it, said in the health line. Thousands separators, currency and percent
  signs are dropped.
- ``metal_column`` + ``metal_value`` (default: the source's metal): keep only the rows of a
  long/tidy file for one metal (``aluminium`` and ``aluminum`` are the same metal). Default
  column: one headed ``metal`` / ``commodity`` holding several values.
- ``unit_column``: a column holding the unit (default: a column named ``unit``), the
  prices' unit when all kept rows agree. When it changes mid-file, every point is put in the
  newest row's unit (or the ``unit`` option's), converted exactly. A ``unit`` option naming
  another unit than the file's (its column, or units after the values) converts the prices
  where the units convert, else the file's unit stays; either is said, never relabelled.
- ``table``: which of a file's tables to read (number from 1, title or a column's name);
  default as :mod:`tui.sources.csv_tables` chooses (none chosen: an error naming them).
- ``unit``, ``symbol``, ``price_type``, ``currency``: as for every price source.

Dates are read by ``tui.sources.csv_dates``, the delimiter and columns picked by
``tui.sources.csv_columns``, the header, the unit column and the symbol by
``tui.sources.csv_head``; title lines, header rows, the metal's column and units written in
headers by ``tui.sources.csv_layout``; a long file's rows of the metal, and another metal named
by a column or the file's name, by ``tui.sources.csv_metal``; units after the values by
``tui.sources.cell_units``.

Missing values (``…``, ``...``, ``-``, ``.``, empty, ``N/A``) are skipped; rows whose date
cannot be read (footers, notes) are skipped; rows come out ascending whatever the file order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.core.series import default_unit
from tui.sources.base import SourceError
from tui.sources.binary import spreadsheet_markup
from tui.sources.cell_currency import cell_currency, in_one_currency
from tui.sources.cell_units import split_columns
from tui.sources.csv_columns import (
    default_date_column,
    default_value_column,
    in_one_unit,
    resolve_any,
    resolve_column,
    sniff_delimiter,
)
from tui.sources.csv_dates import SAMPLE, any_date, choose_date_parser, strptime_parser
from tui.sources.csv_head import read_head, symbol_of, unit_column
from tui.sources.csv_layout import (
    find_unit,
    other_metal,
    refuse_non_table,
    unwrap_cell,
)
from tui.sources.csv_metal import keep_metal, named_other
from tui.sources.csv_rows import quote_tail, read_rows, text_lines
from tui.sources.csv_skipped import Skipped, cut_like, filled_width, usual_width
from tui.sources.csv_tables import table_rows
from tui.sources.cut_digits import (
    OPEN_END,
    comma_for_digit,
    ends_in_price,
    short_of_digits,
    whole_by_digits,
)
from tui.sources.cut_digits import WHY as SHORT_WHY
from tui.sources.date_forms import with_second_form
from tui.sources.date_order import day_cells, out_of_order
from tui.sources.price_numbers import decide_mark, read_column
from tui.sources.price_text import decode_text
from tui.sources.prices_common import (
    build_series,
    cut_in_price,
    cut_off_tail,
    detect_decimal,
    join_warnings,
    looks_like_html,
    repeated_dates,
    snippet,
)


def build_url(src: SourceConfig) -> str:
    if not src.url:
        raise SourceError("csv source needs a 'url' (a web address or a file path)")
    return src.url


def _int_option(src: SourceConfig, key: str, default: int) -> int:
    raw = src.opt(key, default)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise SourceError(f"{key} must be a whole number, not {raw!r}") from None
    if value < 0:
        raise SourceError(f"{key} must not be negative")
    return value


def _column_count(head: list[str] | None, body: list[list[str]]) -> int:
    """How many columns the table has: its header's (named or not), else the usual width of its
    rows."""
    if head is not None:
        return len(head)
    widths: dict[int, int] = {}
    for row in body:
        width = filled_width(row)
        widths[width] = widths.get(width, 0) + 1
    return max(widths, key=lambda w: (widths[w], w)) if widths else 0


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
    known_unit: str = "",
) -> PriceSeries:
    """``known_unit``: the unit a caller knows the file's symbol by (a Yahoo download of
    ``HG=F``: USD/lb), for a file that names none; currency signs in the cells overrule it."""
    text = decode_text(data, headers)
    if not text.strip():
        raise SourceError("the file is empty")
    if (spreadsheet := spreadsheet_markup(text)) is not None:
        raise SourceError(spreadsheet)
    if looks_like_html(text):
        raise SourceError("got an HTML page instead of CSV (wrong URL or a login page?)")
    refuse_non_table(text)
    text, quote_cut = quote_tail(text)  # a last line of only a quote, or one left open
    lines = text_lines(text)[_int_option(src, "skip_rows", 0) :]
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        raise SourceError("nothing left after skip_rows")
    delimiter = src.opt("delimiter") or sniff_delimiter(lines[:50])
    if delimiter in ("\\t", "tab"):
        delimiter = "\t"
    read, left_open = read_rows(lines, str(delimiter))  # one row a line, a quote left open too
    rows = [[unwrap_cell(c) for c in r] for r in read if any(c.strip() for c in r)]

    if not rows:  # an empty sheet exported: only delimiters
        raise SourceError("the file has no values (only empty cells)")
    if max(len(r) for r in rows) < 2:
        if not any(any_date(r[0]) for r in rows[:50]):
            raise SourceError(f"not a price table: {snippet(text)!r}")
        raise SourceError(
            f"one column only ({snippet(rows[0][0], 30)!r}...): a price file needs a date and a "
            "price column (set delimiter?)"
        )
    rows, text, tables_said = table_rows(rows, text, src, any_date)  # several tables: one
    head, body, names, header_rows, titles, has_header, width = read_head(rows, text, src)

    date_spec = src.opt("date_column")
    date_col = (
        resolve_column(date_spec, names, "date_column")
        if date_spec is not None
        else default_date_column(names, has_header, body[0])
    )

    metal_col, body = keep_metal(src, names, head, body)  # a long/tidy file: one metal

    decimal = src.opt("decimal")
    exclude = {date_col} | ({metal_col} if metal_col is not None else set())
    body, cell_units, unit_errors = split_columns(body, width, exclude)
    value_spec = src.opt("value_column")
    if decimal is None:
        decimal = detect_decimal(
            (r[i] for r in body[: 2 * SAMPLE] for i in range(len(r)) if i not in exclude),
            lean="," if delimiter == ";" else ".",
        )
    if decimal not in (".", ","):
        raise SourceError(f"decimal must be '.' or ',', not {decimal!r}")
    try:
        value_col = (
            resolve_any(value_spec, header_rows or [names], "value_column")
            if value_spec is not None
            else default_value_column(names, body, exclude, str(decimal), header_rows, src.metal)
        )
    except SourceError:
        if value_spec is None and len(unit_errors) == 1:  # the prices, in mixed units
            raise next(iter(unit_errors.values())) from None
        raise

    if value_spec is None:
        other = other_metal(
            (r[value_col] for r in header_rows or [names] if value_col < len(r)), src.metal
        )
        if other is not None:
            raise SourceError(
                f"column {names[value_col]!r} holds prices of {other}, not {src.metal}: "
                "another metal's file? (set value_column to read it anyway)"
            )

    if value_col in unit_errors:  # "2150.58 USD/t" beside "1.0745 USD/lb"
        raise unit_errors[value_col]
    ambiguous = None
    priced = exclude | {value_col}
    columns = _column_count(head, body)
    above = len(body[-2]) if len(body) > 1 else columns  # the last row's neighbour's width
    price_cells = [r[value_col] if value_col < len(r) else "" for r in body]
    cut_price = cut_in_price(text, body[-1], value_col, above)
    # a price the file ends in, with no line break (maybe "1,6" of "1,696.00"): no vote on the mark
    ends_open = len(body) > 1 and not text.rstrip(" \t").endswith(("\n", "\r"))
    last_cell = ends_open and value_col == len(body[-1]) - 1
    counted_cells = [*price_cells[:-1], ""] if cut_price or last_cell else price_cells
    if src.opt("decimal") is None:  # the price column's own numbers, else the file's, as stooq's
        decimal, ambiguous = decide_mark(
            [c for r, c in zip(body, counted_cells, strict=True) if value_col < len(r)],
            [r[i] for r in body[: 2 * SAMPLE] for i in range(len(r)) if i not in priced],
            str(delimiter),
        )
    column = read_column(counted_cells, str(decimal))
    if counted_cells is not price_cells:  # that last price read as written, if its row is whole
        last = read_column(price_cells, str(decimal)).values[-1]
        column = dataclasses.replace(column, values=[*column.values[:-1], last])
    date_values = [r[date_col] if date_col < len(r) else "" for r in body]
    fmt = src.opt("date_format")
    forms = None
    if fmt:
        parse_date = strptime_parser(str(fmt))
    else:  # the column's form, and a second one its later rows may be written in
        main_form = choose_date_parser(date_values, names[date_col])
        parse_date = forms = with_second_form(main_form, date_values, names[date_col])

    unit_col = unit_column(src, names, has_header)

    points: list[tuple[date, float]] = []
    cells: list[tuple[str, float]] = []  # each point's date cell, for repeated dates
    units: list[str] = []  # each point's unit cell ("" without one)
    signs: list[str] = []  # each point's currency sign ("$10,650"; "" without one)
    skipped = Skipped()
    last_read = False
    in_cells = cell_units.get(value_col) if unit_col is None else None  # "2150.58 USD/t"
    short = short_of_digits(text, price_cells, str(decimal))  # "4." under "4.5125", no line break
    open_end = (  # "172" of "1729.15", no line break, in a file whose decimals vary
        not short
        and not cut_price
        and ends_in_price(text, body[-1], value_col)
        and not whole_by_digits(text, price_cells, str(decimal))
    )
    a_row = usual_width(body, columns)  # cells a whole row has
    unended = not text.rstrip(" \t").endswith(("\n", "\r"))  # a last row cut: cut_off_tail's
    for i, (row, raw_date, value) in enumerate(zip(body, date_values, column.values, strict=True)):
        last_read = False
        if row is body[-1] and (short or cut_price or open_end):
            continue
        if not (row is body[-1] and unended) and skipped.lost_cell(
            row, a_row, raw_date, parse_date
        ):
            # a delimiter lost: its price cell holds the next column's
            continue
        if value_col >= len(row):
            continue
        if filled_width(row) > columns or comma_for_digit(row, a_row, value_col, price_cells, i):
            skipped.ragged(row)
            continue
        day = parse_date(raw_date)
        if day is None or value is None:
            skipped.note(raw_date, row[value_col], day, value)
            continue
        skipped.data_row(raw_date)
        points.append((day, value))
        cells.append((raw_date, value))
        last_read = True
        units.append(row[unit_col].strip() if unit_col is not None and unit_col < len(row) else "")
        if in_cells is not None:
            units[-1] = in_cells[i]
        signs.append(cell_currency(row[value_col]))
    days, raw_cells = [d for d, _ in points], [c for c, _ in cells]
    disorder = out_of_order(days, raw_cells)  # "2021-08-1": a damaged date that reads
    cells = list(zip(day_cells(raw_cells, days), [v for _, v in cells], strict=True))
    if not points:
        if (ragged := skipped.all_ragged(columns)) is not None:
            raise ragged
        if fmt and not any(parse_date(d) for d in date_values):
            example = next((d for d in date_values if d.strip()), "")
            raise SourceError(
                f"date_format {str(fmt)!r} reads no date in column {names[date_col]!r} "
                f"(e.g. {snippet(example, 30)!r})"
            )
        example = f" (e.g. {skipped.first_value})" if skipped.first_value else ""
        raise SourceError(
            f"no prices read from column {names[value_col]!r} "
            f"with dates from column {names[date_col]!r}{example}"
        )

    option = str(src.opt("unit") or "").strip()
    points, unit, mixed = in_one_unit(points, units, option)
    if option and unit and unit != option:  # the file's currency, which the option cannot relabel
        src = dataclasses.replace(src, options={**src.options, "unit": unit})
    if not unit and unit_col is None:
        unit = find_unit([r[value_col] for r in header_rows if value_col < len(r)]) or ""
        unit = unit or find_unit(titles) or ""
    symbol = symbol_of(src, names, value_col, metal_col, has_header)
    unit = unit or known_unit or default_unit(symbol)[0]  # a FRED/IMF id saved as a plain CSV
    signed = None
    if unit_col is None and in_cells is None:  # "$10,650": the currency the cells are in
        points, unit, signed = in_one_currency(points, signs, unit)
        if option and unit != option:  # the cells' currency, which the option cannot relabel
            src = dataclasses.replace(src, options={**src.options, "unit": unit})
    why = SHORT_WHY if short else OPEN_END if open_end else None
    in_row = cut_price or (len(body) > 1 and cut_like(body[-1], body[-2]))
    cut = cut_off_tail(text, body[-1] if body else None, last_read, why, in_price=in_row)
    newest_first = len(points) > 1 and points[0][0] > points[-1][0]  # as build_series reads it
    repeated = repeated_dates(cells, newest_first=newest_first)
    second = forms.said() if forms else None
    notes = (ambiguous, column.note, mixed, signed, cut, repeated, disorder)
    said = join_warnings(
        tables_said, left_open, quote_cut, skipped.warning(len(points)), second, *notes
    )
    return build_series(
        src,
        symbol=symbol,
        unit=unit,
        rows=points,
        default_kind="unknown",
        warning=join_warnings(said, named_other(src)),
    )
