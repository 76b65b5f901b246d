"""FRED ``fredgraph.csv`` downloads: ``observation_date,<ID>`` (or the older ``DATE,<ID>``).

Options: ``series`` (required unless ``url`` is set), ``unit``, ``price_type``, ``currency``;
``decimal`` and ``date_format`` for a download saved again by a spreadsheet whose numbers or
dates do not say (read by :mod:`tui.sources.download_table`: ``sep=;``, semicolons, decimal
commas, tabs, ``dd.mm.yyyy``). ``.`` marks a missing observation. A download of several series
(``id=A,B``) has one column per series: the one named by ``series`` is read, else the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.core.series import default_unit
from tui.sources import fred_json
from tui.sources.base import SourceError
from tui.sources.cell_currency import signed_unit
from tui.sources.csv_rows import quote_tail
from tui.sources.download_table import read_points, read_table
from tui.sources.price_text import decode_text
from tui.sources.prices_common import (
    build_series,
    detect_frequency,
    join_warnings,
    looks_like_html,
    option_or_query,
    refuse_other_metal,
    snippet,
)

BASE_URL = "https://fred.stlouisfed.org/graph/fredgraph.csv?id="

# Column names of exchange / broker price files, never of a FRED series id.
_NOT_SERIES = frozenset({"open", "high", "low", "close", "adj close", "volume", "price"})


def _series(src: SourceConfig) -> str:
    # a configured URL: its ?id= parameter, or the API's ?series_id=
    return option_or_query(src, "series", "id") or option_or_query(src, "series", "series_id")


def build_url(src: SourceConfig) -> str:
    if src.url:
        return src.url
    series = _series(src)
    if not series:
        raise SourceError("fred source needs a 'series' (e.g. PCOPPUSDM)")
    return BASE_URL + series


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> PriceSeries:
    text = decode_text(data, headers)
    if not text.strip():
        raise SourceError("FRED sent an empty answer")
    text, quote_cut = quote_tail(text)  # a last line of only a quote, or one left open
    if fred_json.is_api_answer(text):  # the API's, not a fredgraph download
        return _from_api(text, src)
    if looks_like_html(text):
        raise SourceError("FRED sent an HTML page instead of CSV (unknown series id?)")
    table = read_table(text, lambda names: names[0] in ("observation_date", "date"))
    if table is None:
        raise SourceError(f"FRED did not send fredgraph CSV: {snippet(text)!r}")
    header = table.header
    if set(table.names[1:]) & _NOT_SERIES:
        raise SourceError(
            f"not a FRED download (columns {snippet(', '.join(header), 50)}): "
            'use kind = "csv" for this file'
        )
    wanted = _series(src)
    col = 1
    if wanted:
        upper = [h.upper() for h in header]
        if wanted.upper() not in upper[1:]:
            raise SourceError(
                f"FRED series {snippet(wanted, 30)} is not in the answer "
                f"(it has {snippet(', '.join(header[1:]), 50)})"
            )
        col = upper.index(wanted.upper())
    symbol = header[col] or wanted or src.name
    refuse_other_metal(src, symbol, "series")
    points, warning, signs = read_points(table, text, col, src)
    warning = join_warnings(quote_cut, warning)

    unit, known_kind = default_unit(symbol)
    src, points, unit, signed = signed_unit(src, points, signs, unit)  # "€13,483.75"
    return _built(src, symbol, unit, known_kind, points, join_warnings(warning, signed))


def _from_api(text: str, src: SourceConfig) -> PriceSeries:
    """The series of an answer of FRED's API (:mod:`tui.sources.fred_json`)."""
    points, warning = fred_json.observations(text)
    symbol = _series(src) or src.name
    refuse_other_metal(src, symbol, "series")
    unit, known_kind = default_unit(symbol)
    return _built(src, symbol, unit, known_kind, points, warning)


def _built(
    src: SourceConfig,
    symbol: str,
    unit: str,
    known_kind: str | None,
    points: list[tuple[date, float]],
    warning: str | None,
) -> PriceSeries:
    """The series of a FRED file or API answer; a series FRED's symbol does not name a kind
    for is a monthly average when its dates are monthly."""
    if known_kind is None:
        frequency = detect_frequency(d for d, _ in points)
        known_kind = "monthly-average" if frequency == "monthly" else "unknown"
    return build_series(
        src,
        symbol=symbol,
        unit=unit,
        rows=points,
        default_kind=known_kind,
        empty_message=f"FRED series {symbol} has no observations",
        warning=warning,
    )
