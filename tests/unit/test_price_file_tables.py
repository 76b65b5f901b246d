"""A price file holding several tables, through the real ``metalwatch snapshot --json``
(``tui.cli.main``) on files in a temporary folder.

Before, a CSV holding more than one table (``Copper`` then ``Date,Price`` and its rows, a blank
line, ``Zinc`` and its own; a workbook's sheets saved one after another; a header row repeated
with another column set) was read as one series: the last table's newest price became the
metal's latest (zinc's 2,950 as copper's), said only when its level was far off, and two tables
of one metal (``Cash`` and ``3-month``) passed without a word. Now the file is split at each
table, the one naming the source's metal (or the ``table`` option's, or the one holding the
``value_column``) is read and said, and a file where none can be chosen fails naming its
tables. A header repeated mid-file over the same columns (a paginated export) is one table, as
before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from csv_snapshot import csv_snapshot


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str, options: str = ""
) -> dict[str, Any]:
    return csv_snapshot(tmp_path, capsys, csv, options, file_name="prices.csv")


def _source(snap: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in snap["sources"] if s["name"] == "mine")


def _price(snap: dict[str, Any]) -> dict[str, Any] | None:
    return next((p for p in snap["prices"] if p["source"] == "mine"), None)


def _table(title: str, prices: tuple[float, float, float], header: str = "Date,Price") -> str:
    days = ("2026-11-02", "2026-11-03", "2026-11-04")
    rows = "".join(f"{d},{p}\n" for d, p in zip(days, prices, strict=True))
    return f"{title}\n{header}\n{rows}" if title else f"{header}\n{rows}"


COPPER_ROWS = (10950.0, 11010.0, 11040.0)
ZINC_ROWS = (2950.0, 2962.0, 2950.0)
CASH_ROWS = (10950.0, 11010.0, 11040.0)
THREE_MONTH_ROWS = (11012.0, 11075.0, 11101.0)


@pytest.mark.parametrize(
    "csv",
    [
        _table("Copper", COPPER_ROWS) + "\n" + _table("Zinc", ZINC_ROWS),  # blank line between
        _table("Zinc", ZINC_ROWS) + "\n" + _table("Copper", COPPER_ROWS),  # the metal's second
        # a workbook's sheets saved one after another: titles padded with delimiters
        _table("LME Copper,,", COPPER_ROWS) + ",,\n" + _table("LME Zinc,,", ZINC_ROWS),
        # a header row repeated with another column set, no title, no blank line
        _table("", COPPER_ROWS, "Date,Copper") + _table("", ZINC_ROWS, "Date,Zinc"),
    ],
)
def test_the_table_naming_the_metal_is_read_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str
) -> None:
    snap = _run(tmp_path, capsys, csv)
    price = _price(snap)
    assert price is not None
    assert price["last"] == 11040.0  # never zinc's 2,950
    assert [v for _, v in price["points"]] == list(COPPER_ROWS)
    warning = _source(snap)["warning"] or ""
    assert "2 tables in the file" in warning and "read (it names copper)" in warning


@pytest.mark.parametrize(
    "csv",
    [
        _table("Cash", CASH_ROWS) + "\n" + _table("3-month", THREE_MONTH_ROWS),
        # a file title naming the metal above both: it names neither table
        "LME Copper prices\n" + _table("Cash", CASH_ROWS) + _table("3-month", THREE_MONTH_ROWS),
        _table("Copper Cash", CASH_ROWS) + _table("Copper 3-month", THREE_MONTH_ROWS),
        # the same header twice, other prices for the same dates: two tables that look alike
        _table("", CASH_ROWS) + "\n" + _table("", THREE_MONTH_ROWS),
    ],
)
def test_tables_nothing_chooses_between_fail_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str
) -> None:
    snap = _run(tmp_path, capsys, csv)
    source = _source(snap)
    assert not source["ok"]
    assert _price(snap) is None  # no guessed price
    error = source["error"] or ""
    assert "2 tables in the file (1 " in error and "set table" in error


def test_the_table_option_reads_the_one_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = _table("Cash", CASH_ROWS) + "\n" + _table("3-month", THREE_MONTH_ROWS)
    for option, last in (('table = "3-month"', 11101.0), ("table = 1", 11040.0)):
        snap = _run(tmp_path, capsys, csv, option + "\n")
        price = _price(snap)
        assert price is not None and price["last"] == last
        assert "read (the table option)" in (_source(snap)["warning"] or "")


def test_a_table_option_naming_no_table_fails_listing_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = _table("Cash", CASH_ROWS) + "\n" + _table("3-month", THREE_MONTH_ROWS)
    snap = _run(tmp_path, capsys, csv, 'table = "Zinc"\n')
    error = _source(snap)["error"] or ""
    assert "'Zinc' names none of the file's tables: 1 'Cash', 2 '3-month'" in error


def test_the_value_column_chooses_the_table_holding_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = _table("", CASH_ROWS, "Date,LME Cash") + _table("", THREE_MONTH_ROWS, "Date,LME 3M")
    snap = _run(tmp_path, capsys, csv, 'value_column = "LME 3M"\n')
    price = _price(snap)
    assert price is not None and price["last"] == 11101.0
    assert [v for _, v in price["points"]] == list(THREE_MONTH_ROWS)


def test_a_header_repeated_over_the_same_columns_is_one_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A paginated export's header repeated mid-file, with or without a blank line: one table,
    as before (a guard: it read so before too)."""
    csv = (
        "Date,Price\n2026-11-02,10950\n2026-11-03,11010\n\nDate,Price\n2026-11-04,11040\n"
        "2026-11-05,11060\n"
    )
    snap = _run(tmp_path, capsys, csv)
    price = _price(snap)
    assert price is not None and price["last"] == 11060.0 and len(price["points"]) == 4
    assert "tables" not in (_source(snap)["warning"] or "")


def test_a_table_option_past_a_file_of_one_table_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ``table`` naming a second table in a file that holds one (the other sheet not saved)
    reads nothing rather than the one there."""
    snap = _run(tmp_path, capsys, _table("Copper", COPPER_ROWS), "table = 2\n")
    source = _source(snap)
    assert not source["ok"] and _price(snap) is None
    assert "but the file holds one table" in (source["error"] or "")


def test_one_series_saved_a_sheet_a_period_is_read_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sheets of one series ("October", "November", the same columns, no day in two) are one
    table, said; sheets sharing their days (two quotes) still fail above."""
    october = "October\nDate,Price\n2026-10-29,10800\n2026-10-30,10870\n"
    november = "November\nDate,Price\n2026-11-02,10950\n2026-11-03,11010\n"
    snap = _run(tmp_path, capsys, october + "\n" + november)
    price = _price(snap)
    assert price is not None and price["last"] == 11010.0
    assert [v for _, v in price["points"]] == [10800.0, 10870.0, 10950.0, 11010.0]
    warning = _source(snap)["warning"] or ""
    assert "2 tables in the file (1 'October', 2 'November')" in warning
    assert "no date in two: read as one" in warning
    assert "unreadable" not in warning
