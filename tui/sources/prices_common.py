"""Helpers shared by the price sources (yahoo, fred, stooq, csv): decoding, HTML detection,
number parsing, frequency detection and building the final ``PriceSeries``."""

from __future__ import annotations

import itertools
import math
import re
import statistics
import struct
from collections.abc import Iterable
from datetime import date
from urllib.parse import parse_qs, urlsplit

from tui.core.config_types import SourceConfig
from tui.core.early_dates import EARLIEST, early_note, far_before
from tui.core.fmt import bounded, counted
from tui.core.models import PriceSeries
from tui.core.series import other_series_metal
from tui.core.units import money_of, parse_unit
from tui.sources.base import SourceError
from tui.sources.number_groups import spaces_group

# Tokens that mean "no value" in price files (FRED ".", World Bank "…", investing.com "-").
MISSING = frozenset(
    {"", ".", "-", "--", "…", "...", "na", "n/a", "nan", "null", "none", "#n/a", "nd"}
)

_HTML_START = re.compile(
    r"^\s*(<!doctype\s+html|<html|<head|<body|<script|<meta|<title|<div|<\?xml)", re.I
)
_HTML_ANY = re.compile(r"<(html|head|body|script|title|meta|iframe|form)\b", re.I)


def option_or_query(src: SourceConfig, option: str, param: str) -> str:
    """The ``option`` from the config, else the ``param`` of the configured URL's query."""
    value = src.opt(option)
    if value:
        return str(value).strip()
    if src.url:
        values = parse_qs(urlsplit(src.url).query).get(param)
        if values:
            return values[0].split(",")[0].strip()
    return ""


def looks_like_html(text: str) -> bool:
    """True for an HTML (or XML) page: an error page, a login wall, an anti-bot challenge."""
    head = text[:2048]
    return bool(_HTML_START.match(head) or _HTML_ANY.search(head))


NUL_SHOWN = "\u2400"  # ␀, as a NUL in the text is shown


def snippet(text: str, limit: int = 60) -> str:
    """A short, single-line excerpt of a body for an error message."""
    one = " ".join(text.split())
    # a NUL shown (a digit zeroed), not dropped: "21\0\050.5" is not the price "2150.5"
    one = "".join(
        ch if ch.isprintable() else NUL_SHOWN for ch in one if ch.isprintable() or ch == "\x00"
    )
    return one if len(one) <= limit else one[: limit - 1] + "…"


def cut_off_tail(
    text: str,
    last_row: list[str] | None,
    last_read: bool,
    why: str | None = None,
    *,
    in_price: bool = False,
) -> str | None:
    """A warning when the answer ends mid-line (no line break after it) on a data row that gave
    no point: a download cut off mid-row or mid-date (``2026-07-30,6.3495,6.4``, ``2026-05-0``)
    whose newest row is left out; ``why`` says how a row that reads was known as cut. None when
    the last row was read or is not data (a footer). ``in_price``: the row was cut inside its
    price cell (:func:`cut_in_price`), a data row whatever its date looks like (``Feb 04, 2020``)."""
    if last_read or not last_row or text.endswith(("\n", "\r")):
        return None
    if not in_price and not last_row[0].strip()[:1].isdigit():
        return None
    said = f"last line cut off, left out: {snippet(','.join(last_row), 32)!r}"
    return f"{said} ({why})" if why else said


def cut_in_price(text: str, row: list[str], price_col: int, columns: int) -> bool:
    """True for an answer's last row cut off inside its price cell: the answer ends mid-line,
    the row is short of ``columns`` (the row above it's) and the price is its last cell
    (``2026-07-30,6.3495,6.426,6.34,6`` under ``Date,Open,High,Low,Close,Volume``). Its price
    may be the start of a number (``6`` for ``6.346``): never read as the newest price."""
    ended = text.rstrip(" \t").endswith(("\n", "\r"))
    return not ended and price_col == len(row) - 1 and len(row) < columns


def join_warnings(*warnings: str | None) -> str | None:
    """Several warnings of one answer as one line (None when there is none)."""
    return "; ".join(w for w in warnings if w) or None


#: Rows of one date whose prices are this far apart (the kept one against the other) are not a
#: correction of a cent: the health line asks the user to check the file.
WILD_APART = 0.10
#: At most this many prices of one date left out are listed in the health line.
_LISTED = 3


def repeated_dates(rows: Iterable[tuple[str, float]], *, newest_first: bool) -> str | None:
    """What a file holding one date on several rows (``(date cell, price)`` in file order) is
    told: ``build_series`` keeps one row per date (the lower row; in a newest-first file the
    upper), silently until now. Rows whose date cells differ (``10:00``, ``16:00``: intraday
    rows) are not repeats; a price of zero or less is left out anyway. None without repeats."""
    by_cell: dict[str, list[float]] = {}
    for cell, value in rows:
        if value > 0:
            by_cell.setdefault(cell.strip(), []).append(value)
    repeats = {cell: values for cell, values in by_cell.items() if len(values) > 1}
    if not repeats:
        return None

    def kept(values: list[float]) -> float:
        return values[0] if newest_first else values[-1]

    def apart(values: list[float]) -> float:
        return max(abs(v / kept(values) - 1) for v in values)

    cell, values = max(repeats.items(), key=lambda item: apart(item[1]))  # the worst, as example
    left = [v for v in values if v != kept(values)]
    listed = ", ".join(f"{v:g}" for v in left[:_LISTED])
    if len(left) > _LISTED:  # a file of one date on every row: a count, not every price
        listed += f" and {counted(len(left) - _LISTED, 'other')}"
    example = f"{cell}: {kept(values):g} kept" + (
        f", {listed} left out" if left else ", the same price"
    )
    if apart(values) > WILD_APART:
        example += f": {apart(values):.0%} apart, check the file"
    where = (
        "the upper row kept, the file being newest first" if newest_first else "the lower row kept"
    )
    return f"{counted(len(repeats), 'date')} on more than one row, {where} ({example})"


#: No metal is priced above this in any unit and currency a source writes (a tonne of gold in
#: Indonesian rupiah is about 2e12; copper in Vietnamese dong per tonne 3e8): a larger
#: number (``1e308``, a row of digits run together) is no price, whatever the file says.
MAX_PRICE = 1e13


_STRIP_CHARS = re.compile(r"[\s\u00a0\u2009\u202f'$€£¥%]|US\$|USD|EUR|GBP", re.I)
_GROUPED = {m: re.compile(rf"\d{{1,3}}(?:{re.escape(m)}\d{{3}})+") for m in ".,"}


def parse_number(raw: str | None, decimal: str = ".") -> float | None:
    """``"1,526.25"`` -> 1526.25; ``"$4.50"`` handled; missing tokens -> None.

    ``decimal=","`` reads European numbers (``"1.526,25"``). Non-finite values are None, and
    so is a percentage (``"5.2%"``: a yield, a change or a rate, never a price), and a number
    written in the other notation (``"1.526,25"`` or ``"9812,5"`` with ``decimal="."``):
    never read 1000 (or 10) times off. Thousands separators stand only between groups of
    three digits.
    """
    if raw is None:
        return None
    text = raw.strip().replace("\u2212", "-")  # U+2212 MINUS SIGN (typeset exports)
    if text.lower() in MISSING or "%" in text or "_" in text:
        return None  # "_": Python's float() reads "9_8_1_2.5" as 9812.5; no export writes it
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    if not spaces_group(text, decimal):
        return None  # "1 0710", "12 34": no thousands separator, a number mistyped or cut
    text = _STRIP_CHARS.sub("", text)
    other = "." if decimal == "," else ","
    if other in text and decimal in text and text.rfind(other) > text.find(decimal):
        # the other mark after the decimal one ("13.990,54" read with a decimal point, or
        # "1,526.25" with a decimal comma) is not a number in this notation: reading it would
        # drop the separators and be off 1000 times
        return None
    whole = text.split(decimal)[0].lstrip("+-")
    if other in whole and not _GROUPED[other].fullmatch(whole):
        # the other mark where no thousands separator stands ("9812,5" with a decimal point,
        # "9.81.2"): a number in the other notation or none; reading it would drop the mark
        return None
    if decimal == ",":
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    if text.lower() in MISSING:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return -value if negative else value


_DECIMAL_COMMA = re.compile(
    r"[-+]?(?:\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+,\d+|\d+,(?:\d{1,2}|\d{4,}))"
)
_DECIMAL_POINT = re.compile(
    r"[-+]?(?:\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+\.\d+|\d+\.(?:\d{1,2}|\d{4,}))"
)
_NUMBER_NOISE = re.compile(r"[$€£¥%()]|US\$|USD|EUR|GBP", re.I)


def detect_decimal(cells: Iterable[str], lean: str = ".") -> str:
    """``","`` when the numbers are written with a decimal comma (``1.234,50``, ``9 812,5``,
    ``0,35``) and none with a decimal point, else ``"."``. Ambiguous cells (``1,234``,
    ``1.234``) count for neither. A number with both marks (``13.990,54``, ``1,526.25``) says
    which is the decimal one for sure: when there are any, the other cells (a change column
    written ``0.5%`` beside prices written ``13.990,54``) do not outvote them. ``lean``: the
    mark when nothing says (a semicolon-separated file is a decimal-comma locale's: its
    ``4,512`` is 4.512 and its ``9.000`` is 9000, never read 1000 off)."""
    commas = points = sure_commas = sure_points = 0
    for cell in cells:
        text = _NUMBER_NOISE.sub("", cell).strip().replace("\u2212", "-")
        if _DECIMAL_COMMA.fullmatch(text):
            commas += 1
            sure_commas += "." in text
        elif _DECIMAL_POINT.fullmatch(text):
            points += 1
            sure_points += "," in text
    if sure_commas or sure_points:
        return "," if sure_commas > sure_points else "."
    if commas or points:
        return "," if commas and not points else "."
    return lean


def detect_frequency(dates: Iterable[date], default: str = "irregular") -> str:
    """From the median spacing of ascending dates: daily / weekly / monthly / quarterly /
    annual, else irregular. ``default`` is used with fewer than two dates."""
    ordered = sorted(dates)
    if len(ordered) < 2:
        return default
    gaps = [(b - a).days for a, b in itertools.pairwise(ordered)]
    median = statistics.median(gaps)
    if median <= 4:
        return "daily"
    if 5 <= median <= 10:
        return "weekly"
    if 25 <= median <= 35:
        return "monthly"
    if 80 <= median <= 100:
        return "quarterly"
    if 350 <= median <= 380:
        return "annual"
    return "irregular"


def denoise(value: float) -> float:
    """A value that is exactly a 32-bit float (yfinance and Yahoo's chart JSON write float32
    prices: ``58.29999923706055``) as the shortest decimal of that float32 (``58.3``). Other
    values are returned unchanged: a genuine decimal is practically never float32-exact."""
    try:
        single = struct.unpack("f", struct.pack("f", value))[0]
    except (OverflowError, struct.error):
        return value
    if single != value or value == int(value):
        return value
    for digits in range(1, 10):
        shorter = float(f"{value:.{digits}g}")
        if struct.unpack("f", struct.pack("f", shorter))[0] == single:
            return shorter
    return value


def unit_currency(unit: str) -> str | None:
    """The currency of a unit with a mass (``"US cents/lb"`` -> ``"USD"``), None for any other
    (a bare currency too): :func:`tui.core.units.money_of` for the units it parses."""
    return money_of(unit) if parse_unit(unit) is not None else None


def refuse_other_metal(src: SourceConfig, symbol: str, option: str) -> None:
    """Refuse a series of a known symbol or id (``GC=F``, ``PALUMUSDM``) that prices another
    metal than the source's: its price would take the metal's row (gold per ounce converted
    to "copper" per tonne). ``option`` names what the user set (``series``, ``symbol``)."""
    other = other_series_metal(symbol, src.metal)
    if other is not None:
        raise SourceError(
            f"{snippet(symbol, 30)} is the price of {other}, not {src.metal}: another metal's "
            f"series? (check this source's metal and {option})"
        )


def build_series(
    src: SourceConfig,
    *,
    symbol: str,
    unit: str,
    rows: Iterable[tuple[date, float]],
    default_kind: str,
    currency: str | None = None,
    frequency_hint: str = "irregular",
    empty_message: str = "no prices in the data",
    warning: str | None = None,
) -> PriceSeries:
    """Collapse duplicate dates (the latest row wins, whatever the file order), sort ascending and wrap in a ``PriceSeries``.

    Raises ``SourceError(empty_message)`` when there is no point at all: an empty series is
    not data. ``price_type``, ``unit`` and ``currency`` options override the defaults.
    ``warning``: what the parser skipped or found cut off (the source's health line shows it).
    """
    listed = list(rows)
    if len(listed) > 1 and listed[0][0] > listed[-1][0]:
        listed.reverse()  # newest first: within one day, the row nearest the end of the day wins
    by_date: dict[date, float] = {}
    unpriced = 0
    absurd: list[float] = []
    for day, value in listed:
        if not math.isfinite(value) or value > MAX_PRICE:  # 1e308, inf, nan: no price
            absurd.append(value)
            continue
        if not value > 0:  # no metal trades at nothing or less: an export's mark for "none"
            unpriced += 1
            continue
        by_date[day] = denoise(value)
    if absurd:
        warning = join_warnings(
            warning,
            f"{counted(len(absurd), 'row')} with a number no price can be left out "
            f"({bounded(absurd[0])}: not finite or above {bounded(MAX_PRICE)})",
        )
    if (start := far_before(by_date)) is not None:  # a zero date (1900-01-01), a typed year
        early = [day for day in by_date if start > day >= EARLIEST]
        warning = join_warnings(warning, early_note(early, start))
        by_date = {day: value for day, value in by_date.items() if day not in early}
    if not by_date:
        if absurd:
            raise SourceError(f"{empty_message} ({warning})")
        raise SourceError(
            empty_message if not unpriced else f"{empty_message} (every price zero or less)"
        )
    if unpriced:
        left_out = f"{counted(unpriced, 'row')} with a price of zero or less left out"
        warning = join_warnings(warning, left_out)
    points = tuple(sorted(by_date.items()))
    opt_unit = src.opt("unit")
    if isinstance(opt_unit, str) and opt_unit.strip():
        unit = opt_unit.strip()
        currency = unit_currency(unit) or currency
    opt_currency = src.opt("currency")
    if isinstance(opt_currency, str) and opt_currency.strip():
        currency = opt_currency.strip()
    elif currency is None:
        currency = unit_currency(unit)
    kind = src.opt("price_type") or default_kind
    return PriceSeries(
        source=src.name,
        symbol=symbol,
        unit=unit,
        points=points,
        metal=src.metal,
        frequency=detect_frequency(by_date.keys(), frequency_hint),
        kind=str(kind),
        source_kind=src.kind,
        currency=currency,
        warning=warning,
    )
