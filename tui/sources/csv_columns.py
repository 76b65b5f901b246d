"""The table of a price CSV: its delimiter, and which columns hold the dates and the prices.

A column is named by its header (case-insensitive, then ignoring punctuation) or a 0-based
index (of the main header row or one above it); by default the first date-like column and the
price column as :func:`tui.sources.csv_layout.choose_value_column` finds it. A unit column
that changes mid-file is put in one unit (:func:`in_one_unit`).
"""

from __future__ import annotations

import csv
import difflib
import math
import re
from collections.abc import Sequence
from datetime import date

from tui.core.fmt import counted, price_decimals, source_decimals
from tui.core.units import convert_value
from tui.sources.base import SourceError
from tui.sources.csv_dates import SAMPLE, any_date
from tui.sources.csv_layout import choose_value_column
from tui.sources.price_numbers import column_mark
from tui.sources.prices_common import MISSING, parse_number

DATE_WORDS = ("date", "time", "period")
_DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(lines: Sequence[str]) -> str:
    best = (",", -1.0)
    for delim in _DELIMITERS:
        rows = [
            r
            for r in csv.reader(lines, delimiter=delim, skipinitialspace=True)
            if any(c.strip() for c in r)
        ]
        if not rows:
            continue
        counts = [len(r) for r in rows]
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = counts.count(mode) / len(counts) + mode / 1000
        if score > best[1]:
            best = (delim, score)
    return best[0]


def _same(text: str) -> str:
    return text


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def columns_text(names: Sequence[str], limit: int = 15) -> str:
    shown = ", ".join(names[:limit])
    more = f" (+{len(names) - limit} more)" if len(names) > limit else ""
    return f"columns are: {shown}{more}"


def _did_you_mean(wanted: str, names: Sequence[str]) -> str:
    lowered = {n.lower(): n for n in names}
    close = difflib.get_close_matches(wanted.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean {lowered[close[0]]!r}?)" if close else ""


def resolve_column(spec: object, names: Sequence[str], what: str) -> int:
    if isinstance(spec, bool):
        raise SourceError(f"{what} must be a column name or a 0-based index")
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        index = int(spec)
        if not 0 <= index < len(names):
            raise SourceError(
                f"column {index} not found; the file has {len(names)} columns: " + ", ".join(names)
            )
        return index
    wanted = str(spec).strip()
    stripped = [n.strip() for n in names]
    for convert in (_same, str.lower, _squash):
        pool = [convert(n) for n in stripped]
        key = convert(wanted)
        if key and key in pool:
            return pool.index(key)
    raise SourceError(
        f"column {wanted!r} not found{_did_you_mean(wanted, stripped)}; " + columns_text(names)
    )


def default_date_column(names: Sequence[str], has_header: bool, first: Sequence[str]) -> int:
    if has_header:
        for i, name in enumerate(names):
            if any(word in name.lower() for word in DATE_WORDS):
                return i
        return 0
    for i, cell in enumerate(first):
        if any_date(cell):
            return i
    return 0


def default_value_column(
    names: Sequence[str],
    rows: Sequence[Sequence[str]],
    exclude: set[int],
    decimal: str,
    headers: Sequence[Sequence[str]] = (),
    metal: str | None = None,
) -> int:
    sample = list(rows[:SAMPLE]) + list(rows[-SAMPLE:]) if len(rows) > 2 * SAMPLE else rows

    def numeric(i: int) -> bool:
        cells = [r[i] for r in sample if i < len(r) and r[i].strip().lower() not in MISSING]
        mark = column_mark(cells, decimal)  # the column's own numbers, else the file's mark
        hits = sum(1 for c in cells if parse_number(c, mark) is not None)
        return bool(hits) and hits * 2 >= len(cells)

    return choose_value_column(headers or [names], names, numeric, exclude, metal)


def resolve_any(spec: object, headers: Sequence[Sequence[str]], what: str) -> int:
    """``resolve_column`` against the main header row, then the rows above it (names, codes)."""
    try:
        return resolve_column(spec, headers[0], what)
    except SourceError as first_error:
        for row in headers[1:]:
            try:
                return resolve_column(spec, row, what)
            except SourceError:
                continue
        raise first_error from None


def _scaled(value: float, factor: float) -> float:
    """``value`` times ``factor`` with as many significant digits as the file gave, no float
    noise and none lost (as units.convert_series: a whole number, ``450.00`` read as ``450.0``,
    its written decimals lost, gives those its own unit shows it with)."""
    shift = math.floor(math.log10(factor))
    given = source_decimals(value) or price_decimals(value)
    return round(value * factor, max(0, given - shift))


def in_one_unit(
    points: list[tuple[date, float]], units: Sequence[str], unit: str = ""
) -> tuple[list[tuple[date, float]], str, str | None]:
    """(points, their unit, what to say) when a unit column names each point's unit (``units``,
    "" for none). A publisher changing units mid-file (USD/t to USD/lb) gave one series of mixed
    numbers: every point is put in the newest row's unit, converted exactly where the units
    convert (another mass) and left out where they do not (another currency), and said.
    ``unit``: the source's ``unit`` option, which the points are put in instead when set. One
    unit named for every point and another in the option: the points are converted to the
    option's where the units convert, else kept in the file's unit (the caller keeps it over the
    option), and said either way: 2127.5 written "USD/t" never shows as 2127.5 USD/lb."""
    named = list(dict.fromkeys(u for u in units if u))
    if len(named) <= 1:  # one unit written beside every price: the prices' own
        found = named[0] if named else ""
        factor = convert_value(1.0, found, unit) if found and unit else 1.0
        if factor is None:  # another currency: shown as the file gives them, never relabelled
            note = f"the file gives its prices in {found}, not {unit} (the source's unit): shown in {found}"
            return points, found, note
        if factor == 1.0:  # the same unit ("USD/mt" for "USD/t"): the option's spelling
            return points, unit or found, None
        note = f"prices converted from {found} (the file's unit) to {unit} (the source's unit)"
        return [(day, _scaled(value, factor)) for day, value in points], unit, note
    target = unit or max((p[0], u) for p, u in zip(points, units, strict=True) if u)[1]
    out: list[tuple[date, float]] = []
    converted = left_out = 0
    for (day, value), unit in zip(points, units, strict=True):
        if not unit or unit == target:
            out.append((day, value))
            continue
        factor = convert_value(1.0, unit, target)
        if factor is None:
            left_out += 1
            continue
        out.append((day, _scaled(value, factor)))
        converted += 1
    said = [f"{counted(converted, 'point')} converted to {target}"] if converted else []
    if left_out:
        said.append(f"{counted(left_out, 'point')} in another currency left out")
    return out, target, f"units change in the file ({', '.join(named)}): {', '.join(said)}"
