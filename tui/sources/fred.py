"""FRED ``fredgraph.csv`` downloads: ``observation_date,<ID>`` (or the older ``DATE,<ID>``).

Options: ``series`` (required unless ``url`` is set), ``unit``, ``price_type``, ``currency``.
``.`` marks a missing observation. A download of several series (``id=A,B``) has one column
per series: the one named by ``series`` is read, else the first.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import date, datetime

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.core.series import default_unit
from tui.sources.base import SourceError
from tui.sources.prices_common import (
    build_series,
    cut_off_tail,
    decode_text,
    detect_frequency,
    looks_like_html,
    option_or_query,
    parse_number,
    refuse_other_metal,
    snippet,
)

BASE_URL = "https://fred.stlouisfed.org/graph/fredgraph.csv?id="

_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Column names of exchange / broker price files, never of a FRED series id.
_NOT_SERIES = frozenset({"open", "high", "low", "close", "adj close", "volume", "price"})


def _series(src: SourceConfig) -> str:
    return option_or_query(src, "series", "id")  # a configured URL: its ?id= parameter


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
    if looks_like_html(text):
        raise SourceError("FRED sent an HTML page instead of CSV (unknown series id?)")
    rows = list(csv.reader(io.StringIO(text)))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise SourceError("FRED sent an empty answer")
    header = [h.strip() for h in rows[0]]
    if len(header) < 2 or header[0].lower() not in ("observation_date", "date"):
        raise SourceError(f"FRED did not send fredgraph CSV: {snippet(text)!r}")
    if {h.lower() for h in header[1:]} & _NOT_SERIES:
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

    points: list[tuple[date, float]] = []
    last_read = False
    for row in rows[1:]:
        last_read = False
        if len(row) <= col:
            continue
        m = _DATE.match(row[0])
        if not m:
            continue
        value = parse_number(row[col])
        if value is None:
            continue
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        points.append((day, value))
        last_read = True
    cut = cut_off_tail(text, rows[-1] if len(rows) > 1 else None, last_read)

    unit, known_kind = default_unit(symbol)
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
        warning=cut,
    )
