"""Price units: parse "USD/t"-style strings, convert between mass units, format prices.

A price unit is ``<currency>/<mass>``: ``USD/t``, ``USD/lb``, ``USc/lb``, ``CNY/t``,
``USD/ozt``. Conversions only change the mass unit (and a currency's sub-unit, cents to
dollars); they never change the currency, because there is no FX rate in the core. A
conversion that is impossible gives ``None`` (``convert_value``) or the unchanged series with
a ``note`` (``convert_series``), never a silently wrong number.

Exact definitions: 1 t = 1000 kg; 1 lb = 0.45359237 kg (international pound, so
1 t = 2,204.62262 lb); 1 troy ounce = 31.1034768 g; 1 short ton = 2000 lb = 907.18474 kg.

"oz" alone is read as the troy ounce: every precious-metals market (LBMA, COMEX, NYMEX,
the World Bank and the IMF) quotes per troy ounce, and an avoirdupois ounce price of a metal
is practically never published. Bare "ton" is rejected as ambiguous (metric or short ton).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from fractions import Fraction

from tui.core.fmt import format_price as format_price  # re-exported: formatting lives in fmt
from tui.core.fmt import price_decimals, source_decimals
from tui.core.models import PriceSeries

# Mass units in kilograms (exact, as fractions).
_KG: dict[str, Fraction] = {
    "t": Fraction(1000),
    "kg": Fraction(1),
    "g": Fraction(1, 1000),
    "lb": Fraction("0.45359237"),
    "ozt": Fraction("0.0311034768"),
    "short ton": Fraction("907.18474"),
}

_MASS_ALIASES: dict[str, str] = {
    "t": "t",
    "mt": "t",
    "tonne": "t",
    "tonnes": "t",
    "metric ton": "t",
    "metric tons": "t",
    "metric tonne": "t",
    "metric tonnes": "t",
    "dmt": "t",  # dry metric ton (iron ore)
    "kg": "kg",
    "kilo": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    "ozt": "ozt",
    "oz t": "ozt",
    "toz": "ozt",
    "troy oz": "ozt",
    "troy ounce": "ozt",
    "troy ounces": "ozt",
    "oz": "ozt",  # troy ounce for metals (see the module docstring)
    "ounce": "ozt",
    "short ton": "short ton",
    "short tons": "short ton",
    "st": "short ton",
}

# Currency spellings -> canonical code. Sub-units are their own codes (USc, GBp) with a factor.
_CURRENCY_ALIASES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "us dollars": "USD",
    "dollars": "USD",
    "c": "USc",
    "¢": "USc",
    "usc": "USc",
    "us cents": "USc",
    "cents": "USc",
    "us¢": "USc",
    "€": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "gbp pence": "GBp",
    "gbx": "GBp",
    "pence": "GBp",
    "rmb": "CNY",
    "yuan": "CNY",
    "cny": "CNY",
}
_SUBUNITS: dict[str, tuple[str, Fraction]] = {
    "USc": ("USD", Fraction(1, 100)),
    "GBp": ("GBP", Fraction(1, 100)),
}
_CODE = re.compile(r"^[A-Za-z]{3}$")
_SEP = re.compile(r"\s*/\s*|\s+per\s+", re.I)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).strip()


def _parse_currency(text: str) -> str | None:
    raw = _norm(text)
    if raw in ("GBp", "USc"):
        return raw
    key = raw.lower()
    if key in _CURRENCY_ALIASES:
        return _CURRENCY_ALIASES[key]
    if _CODE.match(raw):
        return raw.upper()
    return None


def parse_unit(unit: str | None) -> tuple[str, str] | None:
    """``"USD/t"`` -> ``("USD", "t")``; ``"US cents/lb"`` -> ``("USc", "lb")``; None if unknown.

    Accepts ``/`` or ``per`` as the separator and World Bank style parentheses (``($/mt)``).
    """
    if not unit:
        return None
    text = _norm(unit)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    parts = _SEP.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    currency = _parse_currency(parts[0])
    mass = _MASS_ALIASES.get(_norm(parts[1]).lower().rstrip("."))
    if currency is None or mass is None:
        return None
    return currency, mass


def normalize_unit(unit: str | None) -> str | None:
    """The canonical spelling (``"USD/mt"`` -> ``"USD/t"``), or None when not understood."""
    parsed = parse_unit(unit)
    return None if parsed is None else f"{parsed[0]}/{parsed[1]}"


_HEADER = re.compile(r"^\(\s*(?P<money>[^/()]+?)\s*(?:/|\s+per\s+)\s*(?P<per>[^/()]+?)\s*\)$", re.I)


def header_unit(cell: str) -> str | None:
    """A whole header cell that is a unit in parentheses, World Bank style: ``($/mt)`` ->
    ``USD/t``, ``(¢/kg)`` -> ``USc/kg``, ``($/troy oz)`` -> ``USD/ozt``; one whose quantity is
    not a mass this module converts keeps it as written after the currency's code (``($/dmtu)``
    -> ``USD/dmtu``, the dry metric ton unit of iron ore; ``($/bbl)`` -> ``USD/bbl``): shown as
    the file says, never converted. None when the cell is not such a unit (``(2010=100)``)."""
    m = _HEADER.match(_norm(cell))
    if m is None:
        return None
    known = normalize_unit(f"{m.group('money')}/{m.group('per')}")
    if known is not None:
        return known
    currency = _parse_currency(m.group("money"))
    per = _norm(m.group("per"))
    if currency is None or not re.fullmatch(r"[^\W\d_][\w .-]{0,23}", per):
        return None
    return f"{currency}/{per}"


def unit_label(unit: str | None) -> str:
    """What to show beside a price: the canonical unit, or the source's own text."""
    if not unit:
        return ""
    return normalize_unit(unit) or _norm(unit)


def money_of(unit: str | None) -> str | None:
    """The currency a unit is in, sub-units as their currency (``"US cents/lb"`` -> ``"USD"``),
    a bare currency too (``"EUR"``, ``"¥"``: yen or yuan, as written); None when unknown."""
    if not unit:
        return None
    parsed = parse_unit(unit)
    code = parsed[0] if parsed is not None else _parse_currency(unit)
    if code is None:
        return "¥" if _norm(unit) == "¥" else None
    return _SUBUNITS.get(code, (code, Fraction(1)))[0]


def same_money(a: str | None, b: str | None) -> bool:
    """False only when both units name a currency and they differ (``¥`` agrees with CNY and
    JPY, which it may stand for)."""
    was, now = money_of(a), money_of(b)
    if was is None or now is None or was == now:
        return True
    return "¥" in (was, now) and {was, now} - {"¥"} <= {"CNY", "JPY"}


def _same(a: str, b: str) -> bool:
    return _norm(a).lower() == _norm(b).lower() or (
        normalize_unit(a) is not None and normalize_unit(a) == normalize_unit(b)
    )


def _factor(from_unit: str, to_unit: str) -> Fraction | None:
    src, dst = parse_unit(from_unit), parse_unit(to_unit)
    if src is None or dst is None:
        return None
    src_cur, src_k = _SUBUNITS.get(src[0], (src[0], Fraction(1)))
    dst_cur, dst_k = _SUBUNITS.get(dst[0], (dst[0], Fraction(1)))
    if src_cur != dst_cur:
        return None
    # value [cur/mass_src] -> per kg -> per mass_dst
    return src_k / dst_k * _KG[dst[1]] / _KG[src[1]]


def convert_value(value: float, from_unit: str, to_unit: str) -> float | None:
    """Convert one price; None when impossible (unknown unit, different currency)."""
    if _same(from_unit, to_unit):
        return value
    factor = _factor(from_unit, to_unit)
    if factor is None:
        return None
    return value * float(factor)


def _why_not(from_unit: str, to_unit: str) -> str:
    if not from_unit:
        return f"unit unknown: cannot convert to {to_unit}"
    src, dst = parse_unit(from_unit), parse_unit(to_unit)
    if src is None and dst is not None and (_parse_currency(from_unit) or from_unit == "¥"):
        # a currency and no mass ("$10,650" cells): the prices' currency, never their mass
        return f"shown in {from_unit}: no mass given, cannot convert to {to_unit}"
    if src is None or dst is None:
        bad = from_unit if src is None else to_unit
        return f"shown in {from_unit}: unknown unit {bad!r}, cannot convert to {to_unit}"
    return f"shown in {from_unit}: no FX rate to convert to {to_unit}"


def convert_series(series: PriceSeries, to_unit: str | None) -> PriceSeries:
    """The series in ``to_unit`` when possible, else unchanged with ``note`` saying why."""
    if not to_unit or not to_unit.strip():
        return series
    if series.unit and _same(series.unit, to_unit):
        return series
    factor = _factor(series.unit, to_unit) if series.unit else None
    if factor is None:
        return replace(series, note=_why_not(series.unit, to_unit))
    f = float(factor)
    given = given_decimals(series.points)
    places = converted_decimals(series.points, f, given)
    parsed = parse_unit(to_unit)
    currency = series.currency
    if parsed is not None:
        currency = _SUBUNITS.get(parsed[0], (parsed[0], Fraction(1)))[0]
    points = tuple((d, round(v * f, places)) for d, v in series.points)
    return replace(
        series,
        points=points,
        unit=to_unit,
        currency=currency,
        decimals=shown_decimals(series.points[-1][1], points[-1][1], given, places)
        if points
        else None,
    )


def given_decimals(points: tuple[tuple[date, float], ...]) -> int:
    """The decimals a series' prices carry in the source's own unit: its most precise value's
    (``4.5`` and ``4.0``: one). A series of whole numbers only cannot say: a file's ``450.00``
    reads as the float ``450.0``, its written decimals lost, so it is given those its own unit
    shows it with (:func:`price_decimals`: ``450.00``, five significant digits), never rounded
    to whole dollars per tonne as if the source had given none."""
    values = [v for _, v in points]
    written = max((source_decimals(v) for v in values), default=2)
    return written or (price_decimals(values) if values else 0)


def converted_decimals(
    points: tuple[tuple[date, float], ...], factor: float, given: int | None = None
) -> int:
    """Decimals to keep after multiplying by ``factor``: as many significant digits as the
    source gave (``given``, by default :func:`given_decimals`), so a conversion adds no float
    noise (``4.5025 USD/lb`` -> ``9926.3 USD/t``, not ``9926.313354874133``) and loses none
    (``450.00 USc/lb`` -> ``9920.8 USD/t``, not ``9921``)."""
    if given is None:
        given = given_decimals(points)
    shift = math.floor(math.log10(abs(factor))) if factor else 0
    return max(0, given - shift)


def shown_decimals(source: float, converted: float, given: int, places: int) -> int:
    """The decimals a converted price is shown with: those its size asks for
    (:func:`price_decimals`), more where the source's own number shows more significant digits
    (``450.00 USc/lb``, five: ``9,920.8 USD/t``, not ``9,921``), never more than it keeps."""
    by_size = price_decimals(converted)
    if not (source and converted and math.isfinite(source) and math.isfinite(converted)):
        return by_size
    digits = given + math.floor(math.log10(abs(source))) + 1  # significant, as the source shows
    needed = digits - (math.floor(math.log10(abs(converted))) + 1)
    return max(by_size, min(places, needed))
