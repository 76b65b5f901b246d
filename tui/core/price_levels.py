"""Is a price series at its metal's level? A plausibility check of price levels, per metal.

A source set up for one metal can be given another's prices or another unit's, with nothing
in the data to tell: a file named by a code (``PGOLDUSDM.csv``: IMF gold per troy ounce, as
copper's), a ``unit = "USD/t"`` on a per-pound quote, a series in US cents read as dollars.
Its numbers then take the metal's row looking like a price. This module says so when the
series is far from every level the metal traded at in its unit: the source's health line
carries the sentence. The series is still read and shown, never refused: a level check is a
suspicion, not a proof (a real-dollar series, a new record after the table's years, an
exotic product of the metal), and a refused file would hide prices the user chose; said on
the health line, the user sees both the numbers and the doubt.

The levels (``price_levels.json``, written by ``benchmarks/build_price_levels.py``) are each
year's lowest and highest monthly average price, from the World Bank Pink Sheet (1960-01 to
2025-10) and FRED's IMF monthly averages (base metals, to 2026-05): aluminium, copper, iron
ore, lead, nickel, tin, zinc in USD/t; gold, platinum, silver in USD/ozt. A point is at the
metal's level when it lies within half its year's lowest and twice its highest average
(daily closes and single trades stray from the monthly averages; swapped metals and units
differ by 3 to 2,000 times). Years outside the table are judged by the nearest year's band,
widened by half again for each year beyond it. Metals not in the table, and prices in a
currency other than the US dollar (no FX rate here), are never judged.

A series is at its metal's level in a unit when its newest point is (the price on screen)
and no more than half its points are not (an inflation-adjusted history strays in its early
years). A series of unknown unit is judged against each unit the metal is quoted in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path

from tui.core.fmt import format_price, price_decimals
from tui.core.units import convert_value, parse_unit

MARGIN = 2.0  # a point within half the year's lowest and twice its highest monthly average
WIDEN = 1.5  # per year beyond the table's years (at most FAR years: a year 0001 is no price)
FAR = 20
_TABLE = Path(__file__).with_name("price_levels.json")
_SPELLINGS = {"aluminum": "aluminium", "ironore": "iron-ore", "iron_ore": "iron-ore"}
# The units each kind of metal is quoted in, tried for a series of unknown unit.
_BASE_UNITS = ("USD/t", "USD/lb", "USc/lb")
_PRECIOUS_UNITS = ("USD/ozt", "USD/g", "USD/kg")
_QUOTED = {"iron-ore": ("USD/t",), "gold": _PRECIOUS_UNITS, "silver": _PRECIOUS_UNITS}
_QUOTED["platinum"] = _PRECIOUS_UNITS


@cache
def _levels() -> dict[str, tuple[str, int, tuple[tuple[float, float], ...]]]:
    raw = json.loads(_TABLE.read_text(encoding="utf-8"))
    return {
        metal: (entry["unit"], entry["first_year"], tuple((lo, hi) for lo, hi in entry["bands"]))
        for metal, entry in raw.items()
    }


def known_metal(metal: str | None) -> str | None:
    """The table's id for a source's metal id (``Aluminum``, ``iron_ore``), else None."""
    if not metal:
        return None
    key = re.sub(r"\s+", "-", metal.strip().casefold())
    key = _SPELLINGS.get(key.replace("-", ""), _SPELLINGS.get(key, key))
    return key if key in _levels() else None


def band(metal: str, year: int, unit: str) -> tuple[float, float] | None:
    """The plausible (low, high) of ``metal`` (a table id) in ``year`` in ``unit``: the year's
    lowest and highest monthly average, widened by ``MARGIN`` (and ``WIDEN`` per year outside
    the table); None when ``unit`` is not convertible from the table's."""
    own = _levels()[metal][0]
    lo, hi, nearest = averages(metal, year)
    widen = MARGIN * WIDEN ** min(abs(year - nearest), FAR)
    low, high = convert_value(lo / widen, own, unit), convert_value(hi * widen, own, unit)
    if low is None or high is None:
        return None
    return low, high


def averages(metal: str, year: int) -> tuple[float, float, int]:
    """(lowest, highest monthly average, the year they are of) of ``metal`` (a table id) in
    ``year``, else in the table's nearest year, in the table's unit."""
    _, first, bands = _levels()[metal]
    index = min(max(year - first, 0), len(bands) - 1)
    return bands[index][0], bands[index][1], first + index


def _judged_units(metal: str, unit: str) -> tuple[str, ...] | None:
    """The units to try: the series' own, or (unknown) the metal's quoted ones; None when the
    series is in a unit that cannot be judged (another currency)."""
    parsed = parse_unit(unit)
    if parsed is None:
        return _QUOTED.get(metal, _BASE_UNITS)
    return (unit,) if parsed[0] in ("USD", "USc") else None


def _strays(metal: str, unit: str, points: Sequence[tuple[date, float]]) -> list[int] | None:
    """The indexes of ``points`` off the metal's level in ``unit`` (None: not convertible)."""
    off: list[int] = []
    bands: dict[int, tuple[float, float] | None] = {}
    for i, (day, value) in enumerate(points):
        if day.year not in bands:
            bands[day.year] = band(metal, day.year, unit)
        got = bands[day.year]
        if got is None:
            return None
        if not got[0] <= value <= got[1]:
            off.append(i)
    return off


def _fits(off: list[int], count: int) -> bool:
    return (count - 1) not in off and len(off) * 2 <= count


def _price(value: float) -> str:
    """A price as the panels show it (``2,641``, ``5.2000``)."""
    return format_price(value, price_decimals(value))


def _num(value: float) -> str:
    """Three significant digits, thousands separated: ``8,300``, ``3.77``, ``0.0412``."""
    if value >= 100:
        return f"{float(f'{value:.3g}'):,.0f}"
    return f"{value:.3g}"


def level_note(
    metal: str | None, unit: str, points: Sequence[tuple[date, float]], *, index: bool = False
) -> str | None:
    """What to say of a series of ``metal``'s prices in ``unit`` (``""``: unknown) whose
    level is far from every level the metal traded at (another metal's prices, or another
    unit's); None when it is at the metal's level or cannot be judged. ``index``: the series
    is an index, not a price (never judged)."""
    known = known_metal(metal)
    if known is None or not points or index:
        return None
    units = _judged_units(known, unit)
    if units is None:
        return None
    strays: dict[str, list[int]] = {}
    for candidate in units:
        off = _strays(known, candidate, points)
        if off is None:
            continue
        if _fits(off, len(points)):
            return None
        strays[candidate] = off
    if not strays:
        return None
    first = next(iter(strays))
    off = strays[first]
    shown = len(points) - 1 if (len(points) - 1) in off else off[0]
    day, value = points[shown]
    own = _levels()[known][0]
    lo, hi, year = averages(known, day.year)
    where = f"{known}'s monthly averages in {year}: {_num(lo)} to {_num(hi)} {own}"
    counted = "" if shown == len(points) - 1 else f"{len(off)} of {len(points)} prices, e.g. "
    if len(units) > 1:
        return (
            f"prices far from {known}'s level in every unit it is quoted in ({counted}"
            f"{_price(value)} on {day.isoformat()}, unit unknown; {where}): another metal's "
            "prices, or set this source's unit?"
        )
    return (
        f"prices far from {known}'s level in {unit} ({counted}{_price(value)} on "
        f"{day.isoformat()}; {where}): another metal's prices, or another unit?"
    )
