"""Stooq daily CSV (``/q/d/l/?s=<symbol>&i=d``): ``Date,Open,High,Low,Close[,Volume]``.

Stooq often answers a script with status 200 and something that is not CSV: an HTML /
JavaScript proof-of-work page, "No data", "Exceeded the daily hits limit", or a request for
an API key. All of these are errors, never data.

Options: ``symbol`` (required unless ``url`` is set), ``unit``, ``price_type``, ``currency``.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Mapping
from datetime import date, datetime
from urllib.parse import unquote, urlsplit

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.sources.base import SourceError
from tui.sources.prices_common import (
    build_series,
    cut_in_price,
    cut_off_tail,
    decode_text,
    looks_like_html,
    option_or_query,
    parse_number,
    refuse_other_metal,
    snippet,
)

BASE_URL = "https://stooq.com/q/d/l/?s={symbol}&i=d"
HTML_MESSAGE = "Stooq sent an HTML page instead of CSV (anti-bot challenge or API key needed)"

# Spot precious metals in USD per troy ounce. Other symbols: unit unknown unless configured.
SYMBOL_UNITS: dict[str, str] = {
    "xauusd": "USD/ozt",
    "xagusd": "USD/ozt",
    "xptusd": "USD/ozt",
    "xpdusd": "USD/ozt",
}
_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})")


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
    rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
    header = [h.strip().lower() for h in rows[0]] if rows else []
    if (
        not header
        or header[0] not in ("date", "data")
        or ("close" not in header and "zamkniecie" not in header)
    ):
        raise _not_csv(text)
    col = header.index("close") if "close" in header else header.index("zamkniecie")
    points: list[tuple[date, float]] = []
    last_read = False
    for row in rows[1:]:
        last_read = False
        if len(row) <= col or (row is rows[-1] and cut_in_price(text, row, col, len(rows[-2]))):
            continue
        m = _DATE.match(row[0])
        value = parse_number(row[col])
        if not m or value is None:
            continue
        try:
            points.append((date(int(m[1]), int(m[2]), int(m[3])), value))
        except ValueError:
            continue
        last_read = True
    cut = cut_off_tail(text, rows[-1] if len(rows) > 1 else None, last_read)
    symbol = _symbol(src) or src.name
    refuse_other_metal(src, symbol, "symbol")
    unit = SYMBOL_UNITS.get(symbol.lower(), "")
    return build_series(
        src,
        symbol=symbol,
        unit=unit,
        rows=points,
        default_kind="futures" if symbol.lower().endswith(".f") else "spot",
        frequency_hint="daily",
        empty_message="Stooq has no data for this symbol",
        warning=cut,
    )
