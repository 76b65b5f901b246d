"""Real price files with one row damaged as a download or a copy damages it: a character of its
date cell turned into another (``2021-0x-10``, ``X021-08-10``), or a delimiter lost (``1730.26,
1738.391717.87,1729.15`` under ``Date,Open,High,Low,Close``). The damaged row never gives a
price, and the health line counts it with the other rows left out.

Before, a damaged date cell in the newest row was passed over as a footer: the day before was
shown as the newest price without a word (and one starting with a letter, ``X021-08-10``, was
passed over anywhere in the file). A row that lost a delimiter had its price read from the next
column: Stooq's gold with a volume column read the volume as the close, a FRED-style file with a
note column read nothing, silently; the csv kind and the saved Stooq and FRED downloads alike.

A date cell with a digit turned into a space may still read (``2021-08-1``): its price went to
another day without a word. A price with a digit beside its decimal point turned into a space
(``172 .15``, ``1729. 5``) read as 172.15 or 1729.5.

Fixtures: real files in tests/fixtures/prices (see its PROVENANCE.md), their header and last
24 rows (the newest), damaged here; the Stooq file with a volume column is the real one with a
made-up ``Volume`` column added (``1500``, ``1507``, ...), as Stooq's futures downloads carry.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.registry import parse

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)

CASES = [
    ("stooq_xauusd_d.csv", "stooq", "gold"),
    ("stooq_xauusd_d.csv", "csv", "gold"),
    ("fred_PCOPPUSDM_2026-05.csv", "fred", "copper"),
    ("fred_PCOPPUSDM_2026-05.csv", "csv", "copper"),
    ("fred_PNICKUSDM_DATE.csv", "csv", "nickel"),
]


def _lines(name: str, rows: int = 24, volume: bool = False) -> list[str]:
    lines = (PRICES / name).read_text(encoding="utf-8").splitlines()
    kept = [lines[0], *lines[-rows:]]
    volumes = ["Volume", *(str(1500 + 7 * i) for i in range(rows))]  # made up, as futures'
    return [f"{line},{v}" for line, v in zip(kept, volumes, strict=True)] if volume else kept


def _read(
    name: str, kind: str, metal: str, lines: list[str]
) -> tuple[dict[date, float], str | None]:
    src = SourceConfig("prices", kind, str(PRICES / name), metal=metal)
    series = parse(src, ("\n".join(lines) + "\n").encode(), fetched_at=NOW)
    return dict(series.points), series.warning


@pytest.mark.parametrize(("name", "kind", "metal"), CASES)
@pytest.mark.parametrize("row", [-1, -12])
@pytest.mark.parametrize("char", ["x", "#", "X"])
def test_a_damaged_date_cell_is_said(name: str, kind: str, metal: str, row: int, char: str) -> None:
    lines = _lines(name)
    whole, warning = _read(name, kind, metal, lines)
    assert warning is None
    day = sorted(whole)[row]
    wrong = []
    for at in range(len(lines[row].split(",")[0])):
        if not lines[row][at].isdigit():
            continue
        damaged = [*lines[:row], lines[row][:at] + char + lines[row][at + 1 :], *lines[row:][1:]]
        got, said = _read(name, kind, metal, damaged)
        expected = {d: v for d, v in whole.items() if d != day}
        if got != expected or not (said or "").startswith(f"1 of {len(whole)} rows skipped"):
            wrong.append((damaged[row], said))
        elif "unreadable date" not in (said or ""):
            wrong.append((damaged[row], said))
    assert not wrong, wrong[:3]


@pytest.mark.parametrize(
    ("name", "kind", "metal", "volume"),
    [
        *((*case, False) for case in CASES),
        ("stooq_xauusd_d.csv", "stooq", "gold", True),
        ("stooq_xauusd_d.csv", "csv", "gold", True),
    ],
)
@pytest.mark.parametrize("row", [-1, -12])
def test_a_row_that_lost_a_delimiter_gives_no_price(
    name: str, kind: str, metal: str, row: int, volume: bool
) -> None:
    lines = _lines(name, volume=volume)
    whole, warning = _read(name, kind, metal, lines)
    assert warning is None
    day = sorted(whole)[row]
    cells = lines[row].split(",")
    wrong = []
    for at in range(1, len(cells)):  # each delimiter of the row, dropped
        joined = ",".join([*cells[: at - 1], cells[at - 1] + cells[at], *cells[at + 1 :]])
        damaged = [*lines[:row], joined, *lines[row:][1:]]
        try:
            got, said = _read(name, kind, metal, damaged)
        except SourceError as error:  # a file of one column: no table
            wrong.append((joined, str(error)))
            continue
        expected = {d: v for d, v in whole.items() if d != day}
        if got != expected or not (said or "").startswith(f"1 of {len(whole)} rows skipped"):
            wrong.append((joined, {d: v for d, v in got.items() if whole.get(d) != v}, said))
    assert not wrong, wrong[:3]


@pytest.mark.parametrize(("name", "kind", "metal"), CASES)
@pytest.mark.parametrize("row", [-1, -12])
def test_a_damaged_date_that_still_reads_is_said(
    name: str, kind: str, metal: str, row: int
) -> None:
    """A digit of the date turned into a space can leave a date that reads (``2021-08-1`` for
    ``2021-08-10``): the row's price went to another day, silently (the 1st, which the file
    holds too: its price replaced; or a day it does not hold: the newest price gone). The
    health line says the date on two rows or the row out of the file's date order."""
    lines = _lines(name)
    whole, _ = _read(name, kind, metal, lines)
    cells = lines[row].split(",")
    moved = cells[0][:-1] + " "  # "2021-08-10" -> "2021-08-1 "
    damaged = [*lines[:row], ",".join([moved, *cells[1:]]), *lines[row:][1:]]
    got, said = _read(name, kind, metal, damaged)
    assert said is not None
    assert len([d for d, v in got.items() if whole.get(d) != v]) <= 1  # the moved row alone
    told = ("on more than one row", "out of the file's date order", "unreadable date")
    assert any(words in said for words in told), said


@pytest.mark.parametrize(("name", "kind", "metal"), CASES)
@pytest.mark.parametrize("row", [-1, -12])
def test_a_digit_turned_into_a_space_beside_the_mark_gives_no_price(
    name: str, kind: str, metal: str, row: int
) -> None:
    """``1729.15`` with the digit before or after its point turned into a space (``172 .15``,
    ``1729. 5``) read as 172.15 or 1729.5: no writer puts a space beside a decimal mark."""
    lines = _lines(name)
    whole, _ = _read(name, kind, metal, lines)
    day = sorted(whole)[row]
    head, price = lines[row].rsplit(",", 1)
    mark = price.index(".")
    wrong = []
    for at in (mark - 1, mark + 1):
        damaged = [*lines[:row], f"{head},{price[:at]} {price[at + 1 :]}", *lines[row:][1:]]
        got, said = _read(name, kind, metal, damaged)
        if got.get(day, whole[day]) != whole[day] or (day not in got and not said):
            wrong.append((damaged[row], got.get(day), said))
    assert not wrong, wrong


@pytest.mark.parametrize(("name", "kind", "metal"), CASES)
@pytest.mark.parametrize("row", [-1, -12])
@pytest.mark.parametrize("stray", ["\r", "\ufeff"])
def test_a_stray_line_break_or_byte_order_mark_in_a_row_keeps_it(
    name: str, kind: str, metal: str, row: int, stray: str
) -> None:
    """A carriage return inside a row of a file broken at LFs (``2021-08-10\\r,1730.26,...``)
    split it into a date alone and a row with no date, both passed over in silence; a byte-order
    mark at a row's start (two files joined) made its date unreadable. The row reads whole."""
    lines = _lines(name)
    whole, _ = _read(name, kind, metal, lines)
    at = lines[row].index(",") if stray == "\r" else 0
    damaged = [*lines[:row], lines[row][:at] + stray + lines[row][at:], *lines[row:][1:]]
    got, said = _read(name, kind, metal, damaged)
    assert got == whole and said is None, said


@pytest.mark.parametrize(("name", "kind", "metal"), CASES)
@pytest.mark.parametrize("row", [-1, -12])
@pytest.mark.parametrize("char", ["x", " ", "#"])
def test_a_date_whose_delimiter_turned_into_another_character_is_said(
    name: str, kind: str, metal: str, row: int, char: str
) -> None:
    """``2021-08-10x1730.26,...``: the date's delimiter damaged, the row a cell short; it was
    passed over as a footer, the newest price gone without a word."""
    lines = _lines(name)
    whole, _ = _read(name, kind, metal, lines)
    day = sorted(whole)[row]
    at = lines[row].index(",")
    damaged = [*lines[:row], lines[row][:at] + char + lines[row][at + 1 :], *lines[row:][1:]]
    got, said = _read(name, kind, metal, damaged)
    assert got == {d: v for d, v in whole.items() if d != day}
    assert (said or "").startswith(f"1 of {len(whole)} rows skipped"), said
