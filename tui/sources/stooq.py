"""Stooq daily CSV (``/q/d/l/?s=<symbol>&i=d``): ``Date,Open,High,Low,Close[,Volume]``.

Stooq often answers a script with status 200 and something that is not CSV: an HTML /
JavaScript proof-of-work page, "No data", "Exceeded the daily hits limit", or a request for
an API key. All of these are errors, never data.

A download saved again by a spreadsheet is read too (:mod:`tui.sources.stooq_table`): Excel's
``sep=`` first line, semicolons or tabs (the delimiter sniffed from the header line), decimal
commas where the numbers say so, dates as the spreadsheet wrote them (``01.12.2026``; a
day/month order no row decides is an error, never a guess) and a unit in the header
(``Close (USD/t)``). Rows that look like data but are not read, and dates on several rows,
are said in the source's warning.

Options: ``symbol`` (required unless ``url`` is set), ``unit``, ``price_type``, ``currency``,
``decimal`` (``"."`` or ``","``: for a semicolon file whose numbers never show which mark is
the decimal one), ``date_format`` (a ``strptime`` format: for dates whose day/month order no
row decides).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date, datetime
from urllib.parse import unquote, urlsplit

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.sources.base import SourceError
from tui.sources.csv_dates import choose_date_parser, strptime_parser
from tui.sources.csv_skipped import Skipped, filled_width
from tui.sources.prices_common import (
    build_series,
    cut_in_price,
    cut_off_tail,
    decode_text,
    join_warnings,
    looks_like_html,
    option_or_query,
    parse_number,
    refuse_other_metal,
    repeated_dates,
    snippet,
)
from tui.sources.stooq_table import decimal_mark, read_table

BASE_URL = "https://stooq.com/q/d/l/?s={symbol}&i=d"
HTML_MESSAGE = "Stooq sent an HTML page instead of CSV (anti-bot challenge or API key needed)"

# Spot precious metals in USD per troy ounce. Other symbols: unit unknown unless configured.
SYMBOL_UNITS: dict[str, str] = {
    "xauusd": "USD/ozt",
    "xagusd": "USD/ozt",
    "xptusd": "USD/ozt",
    "xpdusd": "USD/ozt",
}


def _symbol(src: SourceConfig) -> str:
    symbol = option_or_query(src, "symbol", "s")  # a configured URL: its ?s= parameter
    if symbol or not src.url:
        return symbol
    return _symbol_from_file_name(src.url)


def _symbol_from_file_name(url: str) -> str:
    """Stooq names its downloads ``<symbol>_d.csv`` (``hg.f`` -> ``hg_f_d.csv``); a saved
    file may carry a prefix (``stooq_xauusd_d.csv``): a known symbol among its words wins."""
    path = unquote(urlsplit(url).path) if "://" in url else url
    stem, ext = os.path.splitext(os.path.basename(path))
    if not ext:  # an endpoint, not a saved file
        return ""
    stem = stem.lower()
    stem = re.sub(r"_[dwmqy]$", "", stem)
    for word in re.split(r"[^a-z0-9]+", stem):
        if word in SYMBOL_UNITS:
            return word
    return re.sub(r"_f$", ".f", stem)


def build_url(src: SourceConfig) -> str:
    if src.url:
        return src.url
    symbol = _symbol(src)
    if not symbol:
        raise SourceError("stooq source needs a 'symbol' (e.g. xauusd)")
    return BASE_URL.format(symbol=symbol)


def _not_csv(text: str) -> SourceError:
    low = text.lower()
    if looks_like_html(text):
        return SourceError(HTML_MESSAGE)
    if "exceeded" in low and "limit" in low:
        return SourceError("Stooq: daily request limit exceeded")
    if "apikey" in low or "api key" in low or "api_key" in low:
        return SourceError("Stooq asks for an API key (set one in the source URL)")
    if low.strip().startswith("no data") or low.strip() == "brak danych":
        return SourceError("Stooq has no data for this symbol")
    return SourceError(f"Stooq did not send CSV: {snippet(text)!r}")


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> PriceSeries:
    text = decode_text(data, headers)
    if not text.strip():
        raise SourceError("Stooq sent an empty answer")
    table = read_table(text)
    if table is None:
        raise _not_csv(text)
    col, rows = table.close, table.rows
    decimal = decimal_mark(table, src.opt("decimal"))
    dates = [r[0] for r in rows]
    fmt = src.opt("date_format")
    if fmt:
        parse_date = strptime_parser(str(fmt))
    else:
        parse_date = choose_date_parser(dates, table.header[0]) if any(dates) else _no_date
    points: list[tuple[date, float]] = []
    cells: list[tuple[str, float]] = []  # each point's date cell, for repeated dates
    skipped = Skipped()
    above = len(rows[-2]) if len(rows) > 1 else len(table.header)  # the last row's neighbour
    last_read = False
    for row in rows:
        last_read = False
        if len(row) <= col or (row is rows[-1] and cut_in_price(text, row, col, above)):
            continue
        if filled_width(row) > len(table.header):  # "9,812.50" unquoted: its close cell "9"
            skipped.ragged(row)
            continue
        day, value = parse_date(row[0]), parse_number(row[col], decimal)
        if day is None or value is None:
            skipped.note(row[0], row[col], day, value)
            continue
        skipped.data_row()
        points.append((day, value))
        cells.append((row[0], value))
        last_read = True
    if not points and (ragged := skipped.all_ragged(len(table.header))) is not None:
        raise ragged
    cut = cut_off_tail(text, rows[-1] if rows else None, last_read)
    symbol = _symbol(src) or src.name
    refuse_other_metal(src, symbol, "symbol")
    unit = table.unit() or SYMBOL_UNITS.get(symbol.lower(), "")
    newest_first = len(points) > 1 and points[0][0] > points[-1][0]  # as build_series reads it
    return build_series(
        src,
        symbol=symbol,
        unit=unit,
        rows=points,
        default_kind="futures" if symbol.lower().endswith(".f") else "spot",
        frequency_hint="daily",
        empty_message="Stooq has no data for this symbol",
        warning=join_warnings(
            skipped.warning(len(points)), cut, repeated_dates(cells, newest_first=newest_first)
        ),
    )


def _no_date(text: str) -> date | None:
    return None
