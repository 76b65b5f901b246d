"""Real IMF and Investing.com price files (the first cell no date, ``"G001","World","2024-M12",
...``; quoted cells with commas inside, ``"Mar 31, 2020","1,526.25",...``), and the first data
row of any file, damaged as a download damages them: the damaged row never gives a price, and
the health line says it was left out.

Before, an IMF file cut in its newest row before the price (``"G001","World","2024-M1``) lost
that row without a word, and so did an Investing.com file cut in its last row before the
price: the cut was only told when the row's first cell started with a digit. A character of
the first data row's date turned into another (``"Mxr 31, 2020"``, ``X026-12-01``) made the row
read as a second header row: Investing.com's newest price (its rows run newest first) vanished
unsaid, and an IMF file with its oldest row so damaged was refused whole ("cannot read the
dates in column 'G001'").

A cut right after the opening quote of the last row (``"`` alone) left no cell: the file read
as the whole shorter one, and was not told (tests/unit/test_price_file_quote_tail.py).

Fixtures: real files in tests/fixtures/prices (see its PROVENANCE.md), their header and 24
rows (the newest ones for IMF, Stooq and FRED files, whose rows run oldest first; the first 24
for Investing.com's, newest first; the first 24 for the first-row cases), damaged here.
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
IMF = "imf_pcps_PGOLD_monthly.csv"
INVESTING = "investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv"


def _lines(name: str, *, head: bool, rows: int = 24) -> list[str]:
    lines = (PRICES / name).read_text(encoding="utf-8-sig").splitlines()
    return [lines[0], *(lines[1 : rows + 1] if head else lines[-rows:])]


def _read(src: SourceConfig, data: bytes) -> tuple[dict[date, float], str | None]:
    series = parse(src, data, fetched_at=NOW)
    return dict(series.points), series.warning


@pytest.mark.parametrize(
    ("name", "metal", "head"), [(IMF, "gold", False), (INVESTING, "aluminium", False)]
)
def test_a_file_cut_in_its_last_row_before_the_price_says_so(
    name: str, metal: str, head: bool
) -> None:
    data = "\n".join(_lines(name, head=head)).encode()
    src = SourceConfig("prices", "csv", str(PRICES / name), metal=metal)
    whole, warning = _read(src, data)
    assert warning is None and len(whole) == 24
    start = data.rindex(b"\n") + 1  # the last row's first byte
    price_at = data.index(b'",', data.index(b"-M" if name == IMF else b", 20", start)) + 3
    wrong = []
    for end in range(start + 1, price_at):  # each cut before the price cell
        got, said = _read(src, data[:end])
        if len(got) != 23 or not (said or "").startswith("last line cut off, left out"):
            wrong.append((data[start:end].decode(), len(got), said))
    assert not wrong, wrong[:4]


FIRST_ROWS = [
    (IMF, "gold", 2),
    (INVESTING, "aluminium", 0),
    ("stooq_xauusd_d.csv", "gold", 0),
    ("fred_PCOPPUSDM_2026-05.csv", "copper", 0),
]


def _date_cell(line: str, col: int) -> tuple[int, int]:
    """Where a row's ``col``-th cell's text starts and ends (quotes left out)."""
    at, cells = 0, line.split('","') if line.startswith('"') else line.split(",")
    if line.startswith('"'):
        at = 1 + sum(len(c) + 3 for c in cells[:col])
        return at, at + len(cells[col])
    at = sum(len(c) + 1 for c in cells[:col])
    return at, at + len(cells[col])


@pytest.mark.parametrize(("name", "metal", "col"), FIRST_ROWS)
@pytest.mark.parametrize("row", [1, 12, 24])
@pytest.mark.parametrize("char", ["x", "#", "X"])
def test_a_damaged_date_cell_in_any_row_is_said(
    name: str, metal: str, col: int, row: int, char: str
) -> None:
    lines = _lines(name, head=True)
    src = SourceConfig("prices", "csv", str(PRICES / name), metal=metal)
    whole, warning = _read(src, ("\n".join(lines) + "\n").encode())
    assert warning is None and len(whole) == 24
    begin, end = _date_cell(lines[row], col)
    wrong = []
    for at in range(begin, end):
        if not lines[row][at].isalnum():
            continue
        damaged = [*lines[:row], lines[row][:at] + char + lines[row][at + 1 :], *lines[row + 1 :]]
        try:
            got, said = _read(src, ("\n".join(damaged) + "\n").encode())
        except SourceError as error:
            wrong.append((damaged[row][:24], str(error)))
            continue
        if len(got) != 23 or set(got) - set(whole):
            wrong.append((damaged[row][:24], len(got)))
        elif not (said or "").startswith("1 of 24 rows skipped: unreadable date"):
            wrong.append((damaged[row][:24], said))
    assert not wrong, wrong[:3]


def test_a_header_like_second_row_with_words_stays_a_header() -> None:
    """A second header row (units under names) is no data row: its cells are words."""
    data = (
        b"Date,Copper,Nickel\nDate,USD/t,USD/t\n2026-11-30,10650.5,15120\n"
        b"2026-12-01,10700.25,15200\n"
    )
    src = SourceConfig("prices", "csv", "x.csv", metal="copper")
    series = parse(src, data, fetched_at=NOW)
    assert series.warning is None
    assert dict(series.points) == {date(2026, 11, 30): 10650.5, date(2026, 12, 1): 10700.25}


def test_a_damaged_first_row_of_a_file_with_no_header_is_no_header() -> None:
    """With no header, a damaged first row was the header: its price the series' name."""
    lines = _lines("fred_PCOPPUSDM_2026-05.csv", head=True)[1:]
    src = SourceConfig("prices", "csv", "copper.csv", metal="copper", options={"unit": "USD/t"})
    whole, warning = _read(src, ("\n".join(lines) + "\n").encode())
    assert warning is None
    damaged = ["X" + lines[0][1:], *lines[1:]]
    series = parse(src, ("\n".join(damaged) + "\n").encode(), fetched_at=NOW)
    day = date.fromisoformat(lines[0].split(",")[0])
    assert dict(series.points) == {d: v for d, v in whole.items() if d != day}
    assert (series.warning or "").startswith(f"1 of {len(whole)} rows skipped: unreadable date")
    assert series.symbol == "copper"
