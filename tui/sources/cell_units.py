"""Prices written with their unit after each value: ``2150.58 USD/t``, ``1,234.5 $/lb``.

Such a column was refused ("no prices read from column 'Close' ... (e.g. unreadable value
'2150.58 USD/t')"): the number reader drops currency signs and codes, and ``2150.58/t`` is no
number. A column whose values carry one unit is now read: the numbers as they are, the unit
the series' (as a unit column's would be). A column whose values carry more than one unit is
refused, saying which: one series of mixed numbers is no price history, and a per-cell unit
gives no date from which the publisher changed it. Cells without a unit (``-``, ``N/A``, an
empty cell) are read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.units import normalize_unit
from tui.sources.base import SourceError

# a number (signs, separators, brackets for a negative) then a unit "currency / mass"
_WITH_UNIT = re.compile(
    r"^(?P<number>[-+(]?\s*[$€£¥]?\s*\d[\d.,\s\u00a0\u202f']*\)?)\s*"
    r"(?P<unit>(?:US\$|US¢|(?i:US\s+cents?|cents?)|[A-Za-z]{3}|\$|€|£|¥|¢)\s*"
    r"(?:/|\b(?i:per)\b)\s*"
    r"(?i:(?:metric\s+|troy\s+|short\s+|dry\s+metric\s+)?[a-z]+))\.?$"
)


_LONGEST = 80


def split_units(cells: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """(the cells' numbers, each cell's unit, canonical: "" for a cell without one) when some
    cell carries a unit after its number; None when none does (the column is read as it is).
    Raises when the column's values carry more than one unit."""
    numbers: list[str] = []
    units: list[str] = []
    first: dict[str, str] = {}  # each unit and the first cell that carried it
    for cell in cells:
        # no price with its unit is longer ("-1,234,567.89 US cents per dry metric ton"): a
        # longer cell was matched in a time that grows with its square (a hostile file's
        # 30,000 spaces in one cell took 48 s), and is no price with a unit anyway
        m = _WITH_UNIT.match(cell.strip()) if len(cell) <= _LONGEST else None
        unit = normalize_unit(m.group("unit")) if m else None
        if m is None or unit is None:
            numbers.append(cell)
            units.append("")
            continue
        numbers.append(m.group("number").strip())
        units.append(unit)
        first.setdefault(unit, cell.strip())
    if not first:
        return None
    if len(first) > 1:
        seen = ", ".join(f"{u} ({cell!r})" for u, cell in list(first.items())[:3])
        raise SourceError(
            f"the prices carry more than one unit: {seen}; one unit per column "
            "(or a unit column) is needed to read them as one series"
        )
    return numbers, units


def split_columns(
    body: list[list[str]], width: int, exclude: set[int]
) -> tuple[list[list[str]], dict[int, list[str]], dict[int, SourceError]]:
    """A table's columns read by :func:`split_units` (but the ``exclude`` ones: the date's and the
    metal's): the rows with each column's units after its numbers taken out, each such column's
    units, and the columns whose values carry more than one unit (raised only for the price
    column)."""
    units: dict[int, list[str]] = {}
    errors: dict[int, SourceError] = {}
    rows = body
    for col in range(width):
        if col in exclude:
            continue
        try:
            split = split_units([r[col] if col < len(r) else "" for r in rows])
        except SourceError as exc:
            errors[col] = exc
            continue
        if split is not None:
            numbers, units[col] = split
            rows = [
                [*r[:col], n, *r[col + 1 :]] if col < len(r) else r
                for r, n in zip(rows, numbers, strict=True)
            ]
    return rows, units, errors
