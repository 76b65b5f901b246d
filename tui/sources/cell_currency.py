"""Prices written with a currency sign and no mass: ``$10,650``, ``9 812,50 €``, ``EUR 9812``.

The number reader drops the sign, and a column that named no unit showed such prices with an
unknown one, though every cell said its currency. A column (or file) that names no unit now
takes the cells' currency (``USD``; ``¥`` as written, yen or yuan); one that names a unit in
another currency than its cells is shown in the cells' currency, and said. A column whose
cells carry more than one currency is never one series silently: the points in the newest
row's currency are kept, the others left out, and said.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from tui.core.config_types import SourceConfig
from tui.core.fmt import counted
from tui.sources.prices_common import unit_currency

_SIGN = re.compile(
    r"^\s*[-+(]?\s*(?P<before>US\$|\$|€|£|¥|(?i:USD|EUR|GBP|CNY|RMB|JPY))?\s*[-+]?"
    r"\d[\d.,\s\u00a0\u202f']*\)?\s*(?P<after>US\$|\$|€|£|¥|(?i:USD|EUR|GBP|CNY|RMB|JPY))?\s*$"
)
_CODES = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "¥", "RMB": "CNY"}
#: The currencies a sign may stand for: a unit named in either agrees with it.
_WRITTEN = {"¥": ("CNY", "JPY")}


def cell_currency(cell: str) -> str:
    """The currency a price cell is written in (``"$10,650"`` -> ``"USD"``), "" for none."""
    m = _SIGN.match(cell) if len(cell) <= 40 else None
    if m is None or (m["before"] and m["after"]):
        return ""
    sign = m["before"] or m["after"] or ""
    return _CODES.get(sign, _CODES.get(sign.upper(), sign.upper()))


def in_one_currency(
    points: list[tuple[date, float]], currencies: Sequence[str], unit: str
) -> tuple[list[tuple[date, float]], str, str | None]:
    """(points, their unit, what to say) for prices whose cells carry ``currencies`` ("" for
    none), ``unit`` the one the column, the file or the source named ("" for none)."""
    named = list(dict.fromkeys(c for c in currencies if c))
    if not named:
        return points, unit, None
    said: list[str] = []
    target = named[0]
    if len(named) > 1:  # the newest row's currency; the others left out
        target = max((p[0], c) for p, c in zip(points, currencies, strict=True) if c)[1]
        kept = [p for p, c in zip(points, currencies, strict=True) if c in ("", target)]
        left = len(points) - len(kept)
        said.append(
            f"prices in more than one currency ({', '.join(named)}): "
            f"{counted(left, 'point')} not in {target} left out"
        )
        points = kept
    if not unit:
        return points, target, "; ".join(said) or None
    if unit_currency(unit) in _WRITTEN.get(target, (target,)):
        return points, unit, "; ".join(said) or None
    said.append(f"the prices are written in {target}, not {unit}: shown in {target}")
    return points, target, "; ".join(said)


def signed_unit(
    src: SourceConfig, points: list[tuple[date, float]], signs: Sequence[str], unit: str
) -> tuple[SourceConfig, list[tuple[date, float]], str, str | None]:
    """:func:`in_one_currency` for a site's download (FRED, Stooq) saved again with currency
    signs: ``unit`` the one its symbol or header gives, the ``unit`` option before it. Returns
    the source with a ``unit`` option the cells' currency overrules replaced by it (the option
    cannot relabel the file's currency), the points, their unit and what to say."""
    option = str(src.opt("unit") or "").strip()
    points, shown, said = in_one_currency(points, signs, option or unit)
    if option and shown != option:
        src = dataclasses.replace(src, options={**src.options, "unit": shown})
    return src, points, shown, said
