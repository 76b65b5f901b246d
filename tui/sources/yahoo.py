"""Yahoo Finance v8 chart JSON (``/v8/finance/chart/<symbol>``): closes by exchange-local date.

Options: ``symbol`` (required unless ``url`` is set), ``range`` (default ``1y``), ``interval``
(default ``1d``), ``unit``, ``price_type``, ``currency``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from tui.core.config_types import SourceConfig
from tui.core.fmt import counted
from tui.core.models import PriceSeries
from tui.sources.base import SourceError
from tui.sources.download_table import read_table
from tui.sources.json_errors import json_problem
from tui.sources.json_errors import loads as json_loads
from tui.sources.price_text import decode_text
from tui.sources.prices_common import (
    build_series,
    looks_like_html,
    parse_number,
    refuse_other_metal,
    snippet,
    unit_currency,
)

BASE_URL = "https://query1.finance.yahoo.com/v8/finance/chart/"

# The unit of a Yahoo quote is not in the data (meta only has the currency). These are the
# CME/COMEX/NYMEX metal contracts' own quoting units; anything else falls back to the
# currency alone, which ``tui.core.units`` will not convert.
SYMBOL_UNITS: dict[str, str] = {
    "HG=F": "USD/lb",  # COMEX copper
    "MHG=F": "USD/lb",  # COMEX micro copper
    "ALI=F": "USD/t",  # COMEX aluminium
    "GC=F": "USD/ozt",  # COMEX gold
    "MGC=F": "USD/ozt",  # COMEX micro gold
    "SI=F": "USD/ozt",  # COMEX silver
    "SIL=F": "USD/ozt",  # COMEX micro silver
    "PL=F": "USD/ozt",  # NYMEX platinum
    "PA=F": "USD/ozt",  # NYMEX palladium
}

_INSTRUMENT_KINDS = {"FUTURE": "futures", "CURRENCY": "spot"}
_GRANULARITY = {
    "1d": "daily",
    "5d": "weekly",
    "1wk": "weekly",
    "1mo": "monthly",
    "3mo": "quarterly",
}


def _symbol(src: SourceConfig) -> str:
    symbol = src.opt("symbol")
    if symbol:
        return str(symbol).strip()
    if src.url and "/chart/" in src.url:  # a configured URL: the symbol is its last segment
        path = urlsplit(src.url).path
        return unquote(path.rsplit("/chart/", 1)[1].strip("/"))
    return ""


def _asked(src: SourceConfig) -> str:
    """The symbol the request named: a configured URL's ``/chart/<symbol>``, else the option."""
    if src.url and "/chart/" in src.url:
        return unquote(urlsplit(src.url).path.rsplit("/chart/", 1)[1].strip("/"))
    return str(src.opt("symbol") or "").strip()


def build_url(src: SourceConfig) -> str:
    if src.url:
        return src.url
    symbol = _symbol(src)
    if not symbol:
        raise SourceError("yahoo source needs a 'symbol' (e.g. HG=F)")
    rng = src.opt("range") or "1y"
    interval = src.opt("interval") or "1d"
    return f"{BASE_URL}{quote(symbol, safe='')}?range={rng}&interval={interval}"


def _error_text(err: Any) -> str:
    if isinstance(err, Mapping):
        desc = err.get("description") or err.get("code") or "unknown error"
        return f"Yahoo: {snippet(str(desc), 120)}"
    return f"Yahoo: {snippet(str(err), 120)}"


_CODE = re.compile(r"[A-Za-z]{3}")


def _zone(meta: Mapping[str, Any]) -> tzinfo:
    name = meta.get("exchangeTimezoneName")
    if isinstance(name, str) and name:
        try:
            from zoneinfo import ZoneInfo

            return ZoneInfo(name)
        except Exception:  # unknown name or no tz database (Windows without tzdata)
            pass
    offset = meta.get("gmtoffset")
    # within a day either way: no zone is further (a broken mirror's number reads as UTC)
    if isinstance(offset, (int, float)) and not isinstance(offset, bool) and abs(offset) < 86400:
        return timezone(timedelta(seconds=int(offset)))
    return timezone.utc


def _is_download_csv(data: bytes) -> bool:
    """The v7 "Download" CSV (``Date,Open,High,Low,Close,Adj Close,Volume``) or a copy saved
    again by a spreadsheet (``sep=;``, semicolons, tabs: :mod:`tui.sources.download_table`)."""
    head = data[:400].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return False
    lines = head.decode("utf-8", errors="replace").splitlines()[:2]
    return read_table("\n".join(lines), _download_header) is not None


def _download_header(names: Sequence[str]) -> bool:
    return names[0] == "date" and ("close" in names or "adj close" in names)


def _parse_download_csv(
    data: bytes, src: SourceConfig, fetched_at: datetime, headers: Mapping[str, str] | None
) -> PriceSeries:
    from tui.sources import csv_prices

    symbol = _symbol(src)
    if not symbol and src.url:  # a saved download: a known symbol in its file name
        name = unquote(src.url).rsplit("/", 1)[-1].upper().rsplit(".", 1)[0]
        symbol = next((s for s in SYMBOL_UNITS if s in re.split(r"[_\s]+", name)), "")
    # the symbol's unit where the file names none; the file's own (a unit in a header, "€" in
    # the cells) where it does: EUR prices are never shown as USD/lb
    known = SYMBOL_UNITS.get(symbol.upper(), "")
    read = csv_prices.parse(data, src, fetched_at=fetched_at, headers=headers, known_unit=known)
    symbol = symbol or read.symbol
    refuse_other_metal(src, symbol, "symbol")
    if src.opt("unit"):  # applied by the csv reader, or overruled by the cells' currency
        src = dataclasses.replace(src, options={**src.options, "unit": read.unit})
    return build_series(
        src,
        symbol=symbol,
        unit=read.unit,
        rows=read.points,
        default_kind="futures" if symbol.upper().endswith("=F") else "unknown",
        frequency_hint="daily",
        warning=read.warning,
    )


def _in_chart_currency(
    src: SourceConfig, unit: str, currency: str | None
) -> tuple[SourceConfig, str, str | None]:
    """(source, unit, what to say) when the chart's own currency (``meta.currency``: EUR, or
    GBp, pence) is not the one of the unit its symbol is quoted in, or the ``unit`` option
    names: the prices are shown in the chart's currency, never as USD/ozt; the option cannot
    relabel them (as a price file's currency signs overrule it)."""
    named = str(src.opt("unit") or "").strip() or unit
    money = unit_currency(named)
    if not currency or money is None:
        return src, unit, None
    currency = currency.upper() if currency.islower() else currency
    if currency == money:  # "USD" under USD/ozt; a sub-unit (GBp) is another currency
        return src, unit, None
    if src.opt("unit"):
        src = dataclasses.replace(src, options={**src.options, "unit": currency})
    said = f"the chart's prices are in {currency}, not {named}: shown in {currency}"
    return src, currency, said


def _close(raw: object) -> float | None:
    """A close (or a timestamp) as Yahoo writes it, a JSON number, or as a proxy or a saved copy
    may, a number written as text (``"4.5125"``); None for anything else (null, a word)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return float(raw)
    if isinstance(raw, str):
        return (
            parse_number(raw) if re.fullmatch(r"\s*[-+]?[\d.,]+(?:[eE][-+]?\d+)?\s*", raw) else None
        )
    return None


# Times in seconds since 1970 from 1973 to 5138 (Yahoo's own); the same span in milliseconds,
# as some mirrors, proxies and JavaScript tools write them (13 digits)
_SECONDS = (1e8, 1e11)
_MILLISECONDS = (1e11, 1e14)


def _time_scale(timestamps: Sequence[object]) -> float:
    """1000 when the chart's times are plainly milliseconds (each is 13 or 14 digits, none in
    seconds' span: read as seconds they are dates thousands of years ahead), else 1."""
    times = [t for t in map(_close, timestamps) if t is not None]
    in_ms = any(_MILLISECONDS[0] <= t < _MILLISECONDS[1] for t in times)
    in_s = any(_SECONDS[0] <= t < _SECONDS[1] for t in times)
    return 1000.0 if in_ms and not in_s else 1.0


def _load(data: bytes, headers: Mapping[str, str] | None) -> Mapping[str, Any]:
    text = decode_text(data, headers)
    if not text.strip():
        raise SourceError("Yahoo sent an empty answer")
    if looks_like_html(text):
        raise SourceError("Yahoo sent an HTML page instead of JSON (consent page or block?)")
    try:
        doc = json_loads(text)
    except json.JSONDecodeError as exc:
        problem = json_problem(exc, text)
        if text.lstrip()[:1] in ("{", "[") and ("cut off" in problem or "NUL" in problem):
            raise SourceError(f"Yahoo: {problem}") from None
        raise SourceError(f"Yahoo did not send JSON: {snippet(text)!r}") from None
    if not isinstance(doc, Mapping):
        raise SourceError("Yahoo sent unexpected JSON (no 'chart')")
    return doc


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> PriceSeries:
    if _is_download_csv(data):
        return _parse_download_csv(data, src, fetched_at, headers)
    doc = _load(data, headers)
    chart = doc.get("chart")
    if not isinstance(chart, Mapping):
        # 401/429 answers come as {"finance": {"result": null, "error": {...}}}
        other = doc.get("finance")
        if isinstance(other, Mapping) and other.get("error"):
            raise SourceError(_error_text(other["error"]))
        raise SourceError("Yahoo sent unexpected JSON (no 'chart')")
    if chart.get("error"):
        raise SourceError(_error_text(chart["error"]))
    results = chart.get("result")
    if not isinstance(results, list) or not results or not isinstance(results[0], Mapping):
        raise SourceError("Yahoo sent no chart result")
    result = results[0]
    meta = result.get("meta") if isinstance(result.get("meta"), Mapping) else {}
    assert isinstance(meta, Mapping)
    symbol = _symbol(src) or str(meta.get("symbol") or src.name)
    answered, asked = meta.get("symbol"), _asked(src)
    if isinstance(answered, str) and answered.strip() and asked:
        if answered.strip().casefold() != asked.casefold():  # another instrument's chart
            raise SourceError(
                f"the answer is the chart of {snippet(answered, 24)!r}, not {asked!r}: "
                "a saved answer or a cache of another symbol?"
            )

    refuse_other_metal(src, str(answered) if isinstance(answered, str) else symbol, "symbol")

    timestamps = result.get("timestamp")
    if not isinstance(timestamps, list) or not timestamps:
        raise SourceError("no data in the requested range")
    try:
        closes = result["indicators"]["quote"][0]["close"]
    except (KeyError, IndexError, TypeError):
        raise SourceError("Yahoo chart has no close prices") from None
    if not isinstance(closes, list):
        raise SourceError("Yahoo chart has no close prices")

    if len(closes) != len(timestamps):
        raise SourceError("Yahoo chart is inconsistent (timestamps and closes differ in length)")
    zone = _zone(meta)
    scale = _time_scale(timestamps)
    rows: list[tuple[date, float]] = []
    untimed = 0
    unread: list[object] = []  # closes that are neither a number nor a number written as text
    for ts, raw in zip(timestamps, closes, strict=True):
        close = _close(raw)
        if close is None:
            if raw is not None and not (isinstance(raw, str) and not raw.strip()):
                unread.append(raw)
            continue
        ts = _close(ts)  # a time written as text ("1764547200") reads as one written as a number
        if ts is None:
            untimed += 1
            continue
        # Yahoo pads thin futures days with 0 closes: build_series leaves them out and says so;
        # a close no price can be (1e308, Infinity) is left out there too, and said
        try:
            day = datetime.fromtimestamp(ts / scale, tz=timezone.utc).astimezone(zone).date()
        except (ValueError, OverflowError, OSError):  # a time no calendar holds
            untimed += 1
            continue
        rows.append((day, close))  # intraday bars: the last bar of a day wins
    said = [f"{counted(untimed, 'bar')} with a time out of range left out"] if untimed else []
    if scale != 1 and rows:
        said.insert(0, "times in milliseconds, not seconds: read as milliseconds")
    if unread:
        said.append(
            f"{counted(len(unread), 'close')} not a number left out "
            f"(e.g. {snippet(json.dumps(unread[0], default=str), 24)})"
        )
    if not rows and unread:
        raise SourceError(f"Yahoo chart has no close that is a number: {'; '.join(said)}")
    if not rows and untimed:  # not "all closes empty": every close had a time no calendar holds
        raise SourceError(f"Yahoo chart has no bar with a time a calendar holds: {said[0]}")

    currency = meta.get("currency")
    # a code of three letters (USD, GBp), else none: it becomes the unit shown on the terminal
    currency = currency if isinstance(currency, str) and _CODE.fullmatch(currency) else None
    unit = SYMBOL_UNITS.get(symbol.upper()) or SYMBOL_UNITS.get(str(meta.get("symbol", "")))
    if unit is None:
        unit = currency or ""
    src, unit, other = _in_chart_currency(src, unit, currency)
    said += [other] if other else []
    instrument = str(meta.get("instrumentType") or "").upper()
    granularity = str(meta.get("dataGranularity") or src.opt("interval") or "1d")
    return build_series(
        src,
        symbol=symbol,
        unit=unit,
        rows=rows,
        default_kind=_INSTRUMENT_KINDS.get(instrument, "unknown"),
        currency=currency,
        frequency_hint=_GRANULARITY.get(
            granularity, "daily" if granularity.endswith(("m", "h")) else "irregular"
        ),
        # "all closes empty" only when no close held anything: a close of zero, or one no price
        # can be (1e308), is said by build_series as what it was
        empty_message="no prices in the requested range" + ("" if rows else " (all closes empty)"),
        warning="; ".join(said) or None,
    )
