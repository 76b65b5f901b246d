"""Real price files whose price is the last cell of each row (Stooq's ``Date,...,Close``, FRED's
``DATE,<ID>``), with the last digit of one price turned into the delimiter, as a flipped byte
leaves it (``2021-08-10,1730.26,1738.39,1717.87,1729.1,`` for ``1729.15``): the row never
gives a price a digit short, and the health line counts it.

Before, the trailing empty cell was passed over as a writer's (``9020,`` is harmless) and the
price read as written: 1729.1 for 1729.15, 12715.5 for 12715.55, the newest price among them,
without a word. A stray delimiter after a whole price reads alike: the two are told apart by the price's decimals: fewer than most of the ten
prices nearest it write (one or more) is a digit lost; as many is a stray delimiter.

Fixtures: real files in tests/fixtures/prices (see its PROVENANCE.md), their header and last
24 rows (the newest), damaged here.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.registry import parse

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)

CASES = [
    ("stooq_xauusd_d.csv", "stooq", "gold"),
    ("stooq_xauusd_d.csv", "csv", "gold"),
    ("fred_PCOPPUSDM_2026-05.csv", "fred", "copper"),
    ("fred_PCOPPUSDM_2026-05.csv", "csv", "copper"),
    ("fred_PNICKUSDM_DATE.csv", "csv", "nickel"),
    ("fred_GOLDAMGBD228NLBM_DATE_daily.csv", "csv", "gold"),
]


def _read(src: SourceConfig, lines: list[str]) -> tuple[dict[object, float], str | None]:
    series = parse(src, ("\n".join(lines) + "\n").encode(), fetched_at=NOW)
    return dict(series.points), series.warning


@pytest.mark.parametrize(("name", "kind", "metal"), CASES)
@pytest.mark.parametrize("row", [-1, -12])
def test_a_last_digit_turned_into_a_comma_is_no_price(
    name: str, kind: str, metal: str, row: int
) -> None:
    lines = (PRICES / name).read_text(encoding="utf-8").splitlines()
    lines = [lines[0], *lines[-24:]]
    src = SourceConfig("prices", kind, str(PRICES / name), metal=metal)
    whole, warning = _read(src, lines)
    assert warning is None
    rows = len(whole)  # "." marks a day with no price
    damaged = [*lines[:row], lines[row][:-1] + ",", *lines[row:][1:]]
    got, said = _read(src, damaged)
    day = date.fromisoformat(lines[row].split(",")[0])
    assert got == {d: v for d, v in whole.items() if d != day}, got.get(day)
    assert (said or "").startswith(f"1 of {rows} rows skipped: more cells than columns"), said


@pytest.mark.parametrize(("name", "kind", "metal"), [c for c in CASES if "PNICK" not in c[0]])
def test_a_stray_comma_after_a_whole_price_keeps_it(name: str, kind: str, metal: str) -> None:
    """A price written as its neighbours are keeps its row. In a file whose decimals vary
    (FRED's nickel: ``12715.55`` among ``13506.8636363636``), a stray comma after a price with
    fewer decimals than most is said as a digit lost: the two read alike."""
    lines = (PRICES / name).read_text(encoding="utf-8").splitlines()
    lines = [lines[0], *lines[-24:]]
    src = SourceConfig("prices", kind, str(PRICES / name), metal=metal)
    whole, _ = _read(src, lines)
    got, said = _read(src, [*lines[:-1], lines[-1] + ","])
    assert got == whole and said is None, said
