"""Write ``tui/core/price_levels.json``: each metal's lowest and highest monthly average price of
each year, the table ``tui.core.price_levels`` judges a price series' level by.

Read from real published prices (the fixtures in ``../shared/fixtures/real/prices``):

- the World Bank Pink Sheet monthly averages, 1960-01..2025-10, as the tidy derived file
  ``worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv`` (aluminium, copper, iron ore, lead,
  nickel, tin, zinc in USD per metric ton; gold, platinum, silver in USD per troy ounce);
- FRED's IMF monthly averages ``fred_P*USDM_2026-05.csv`` (base metals and iron ore,
  1992-01..2026-05), for the months after the Pink Sheet's last.

Run: ``python benchmarks/build_price_levels.py [FIXTURES_DIR]``.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent.parent
_OUT = _HERE / "tui" / "core" / "price_levels.json"
_IDS = {"aluminum": "aluminium", "iron_ore": "iron-ore"}
_UNITS = {"gold": "USD/ozt", "silver": "USD/ozt", "platinum": "USD/ozt"}
_FRED = {"PALUMUSDM": "aluminium", "PCOPPUSDM": "copper", "PIORECRUSDM": "iron-ore"}
_FRED |= {"PLEADUSDM": "lead", "PNICKUSDM": "nickel", "PTINUSDM": "tin", "PZINCUSDM": "zinc"}


def _round(value: float, up: bool) -> float:
    """``value`` to 3 significant digits, rounded away from the band's inside."""
    scale = 10 ** (math.floor(math.log10(value)) - 2)
    return (math.ceil if up else math.floor)(value / scale) * scale


def main(fixtures: Path) -> None:
    months: dict[str, dict[str, float]] = {}  # metal -> "YYYY-MM" -> price
    tidy = fixtures / "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv"
    with tidy.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            metal = _IDS.get(row["metal"], row["metal"])
            months.setdefault(metal, {})[row["date"][:7]] = float(row["value"])
    for series, metal in _FRED.items():
        with (fixtures / f"fred_{series}_2026-05.csv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                month = row["observation_date"][:7]
                months[metal].setdefault(month, float(row[series]))
    table: dict[str, dict[str, object]] = {}
    for metal in sorted(months):
        years: dict[int, list[float]] = {}
        for month, value in months[metal].items():
            years.setdefault(int(month[:4]), []).append(value)
        first, last = min(years), max(years)
        table[metal] = {
            "unit": _UNITS.get(metal, "USD/t"),
            "first_year": first,
            "bands": [
                [_round(min(years[y]), False), _round(max(years[y]), True)]
                for y in range(first, last + 1)
            ],
        }
    text = json.dumps(table, separators=(",", ":"))
    _OUT.write_text(text.replace('"bands":', '\n"bands":').replace("]],", "]],\n") + "\n")
    print(f"wrote {_OUT} ({len(table)} metals)")


if __name__ == "__main__":
    main(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else _HERE.parent.parent / "shared/fixtures/real/prices"
    )
