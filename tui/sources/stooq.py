"""Stooq daily CSV (``/q/d/l/?s=<symbol>&i=d``): ``Date,Open,High,Low,Close[,Volume]``.

Stooq often answers a script with status 200 and something that is not CSV: an HTML /
JavaScript proof-of-work page, "No data", "Exceeded the daily hits limit", or a request for
an API key. All of these are errors, never data.

A download saved again by a spreadsheet is read too (:mod:`tui.sources.download_table`): Excel's
``sep=`` first line, semicolons or tabs (the delimiter sniffed from the header line), decimal
commas where the numbers say so, dates as the spreadsheet wrote them (``01.12.2026``; a
day/month order no row decides is an error, never a guess) and a unit in the header
(``Close (USD/t)``). Rows that look like data but are not read, and dates on several rows,
are said in the source's warning; a file whose numbers never show which mark is the decimal one
is read by the csv kind's rule (:func:`tui.sources.price_numbers.decide_mark`) and said.

Options: ``symbol`` (required unless ``url`` is set), ``unit``, ``price_type``, ``currency``,
``decimal`` (``"."`` or ``","``: for a file whose numbers never show which mark is the decimal
one), ``date_format`` (a ``strptime`` format: for dates whose day/month order no
row decides).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from urllib.parse import unquote, urlsplit

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.sources.base import SourceError
from tui.sources.cell_currency import signed_unit
from tui.sources.csv_rows import quote_tail
from tui.sources.download_table import read_points, read_table
from tui.sources.price_text import decode_text
from tui.sources.prices_common import (
    build_series,
    join_warnings,
    looks_like_html,
    option_or_query,
    refuse_other_metal,
    snippet,
)

BASE_URL = "https://stooq.com/q/d/l/?s={symbol}&i=d"
HTML_MESSAGE = "Stooq sent an HTML page instead of CSV (anti-bot challenge or API key needed)"

# Spot precious metals in USD per troy ounce. Other symbols: unit unknown unless configured.
CLOSE_NAMES = ("close", "zamkniecie", "zamknięcie")
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
    text, quote_cut = quote_tail(text)  # a last line of only a quote, or one left open
    table = read_table(text, _stooq_header)
    if table is None:
        raise _not_csv(text)
    col = next(i for i, n in enumerate(table.names) if n in CLOSE_NAMES)
    points, warning, signs = read_points(table, text, col, src)
    warning = join_warnings(quote_cut, warning)
    symbol = _symbol(src) or src.name
    refuse_other_metal(src, symbol, "symbol")
    unit = table.unit(col) or SYMBOL_UNITS.get(symbol.lower(), "")
    src, points, unit, signed = signed_unit(src, points, signs, unit)  # "$1,317.63"
    return build_series(
        src,
        symbol=symbol,
        unit=unit,
        rows=points,
        default_kind="futures" if symbol.lower().endswith(".f") else "spot",
        frequency_hint="daily",
        empty_message="Stooq has no data for this symbol",
        warning=join_warnings(warning, signed),
    )


def _stooq_header(names: Sequence[str]) -> bool:
    """``Date,Open,High,Low,Close[,Volume]``, or Stooq's Polish names (``Data``,
    ``Zamkniecie``)."""
    return names[0] in ("date", "data") and any(n in CLOSE_NAMES for n in names)
