"""A price file holding a second table whose header bears no sign of one: no title line above
it, no date word in it (``Datum``, ``Fecha``), its date column named otherwise than the first
table's (``Datum,Kupfer`` and its rows, then ``Fecha,Zinc`` and its rows: two sheets of a
workbook in two languages saved one after the other). Before, the file was read as one series:
zinc's rows after copper's, its newest price (2,950) shown as copper's latest. A header row
inside the data that stands as the first table's header does (as many cells, a word in the
date column and in each column of numbers) now starts a new table, chosen or refused as the
others are (``tui.sources.csv_tables``).

Through the real ``metalwatch snapshot --json`` (``tui.cli.main``) on files in a temporary folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from csv_snapshot import csv_snapshot
from test_price_file_tables import COPPER_ROWS, ZINC_ROWS, _price, _source, _table


def _wide(header: str, prices: tuple[float, float, float], stock: int) -> str:
    """A table of three columns: the date, the price and a stock figure."""
    days = ("2026-11-02", "2026-11-03", "2026-11-04")
    return header + "\n" + "".join(f"{d},{p},{stock}\n" for d, p in zip(days, prices, strict=True))


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str, options: str = ""
) -> dict[str, Any]:
    return csv_snapshot(tmp_path, capsys, csv, options, file_name="prices.csv")


@pytest.mark.parametrize(
    "csv",
    [
        _table("", COPPER_ROWS, "Datum,Kupfer") + _table("", ZINC_ROWS, "Fecha,Zinc"),
        _table("", COPPER_ROWS, "Datum;Kupfer").replace(",", ";")
        + _table("", ZINC_ROWS, "Fecha;Zinc").replace(",", ";"),
        _wide("Tag,Kupfer,Lager", COPPER_ROWS, 1200) + _wide("Día,Zinc,Stock", ZINC_ROWS, 800),
    ],
    ids=["comma", "semicolon", "three columns"],
)
def test_a_second_table_with_no_sign_is_never_read_as_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str
) -> None:
    snap = _run(tmp_path, capsys, csv)
    source = _source(snap)
    assert _price(snap) is None, "no guessed price: never zinc's 2,950 as copper's"
    error = source["error"] or ""
    assert "2 tables in the file (1 " in error and "set table" in error, error


def test_the_table_naming_the_metal_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = _table("", ZINC_ROWS, "Datum,Zink") + _table("", COPPER_ROWS, "Fecha,Copper")
    snap = _run(tmp_path, capsys, csv)
    price = _price(snap)
    assert price is not None and [v for _, v in price["points"]] == list(COPPER_ROWS)
    assert "read (it names copper)" in (_source(snap)["warning"] or "")


def test_the_table_option_reads_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = _table("", COPPER_ROWS, "Datum,Kupfer") + _table("", ZINC_ROWS, "Fecha,Zinc")
    snap = _run(tmp_path, capsys, csv, "table = 1\n")
    price = _price(snap)
    assert price is not None and price["last"] == COPPER_ROWS[-1]
    assert "read (the table option)" in (_source(snap)["warning"] or "")


def test_a_note_of_fewer_cells_inside_the_data_starts_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row of words narrower than the header (a note, ``Hinweis,Feiertag`` in a file of three
    columns) is no header: the file stays one table."""
    lines = _wide("Date,Copper,Stock", COPPER_ROWS, 1200).splitlines(keepends=True)
    csv = "".join([*lines[:2], "Hinweis,Feiertag\n", *lines[2:]])
    snap = _run(tmp_path, capsys, csv)
    price = _price(snap)
    assert price is not None and price["last"] == COPPER_ROWS[-1]
    assert "tables in the file" not in (_source(snap)["warning"] or "")


_SERIES = [f"2026-11-{d:02d},{10900.0 + 10 * d}" for d in range(2, 12)]


@pytest.mark.parametrize("newest_first", [False, True], ids=["oldest first", "newest first"])
@pytest.mark.parametrize(
    "note", ["Christmas,closed", "Feiertag,geschlossen", "holiday,n/a"], ids=["en", "de", "n/a"]
)
def test_a_note_row_as_wide_as_the_header_inside_one_series_starts_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], note: str, newest_first: bool
) -> None:
    """A row of words as wide as the header (``Christmas,closed`` in a file of two columns) in
    a series whose rows go on to its next days is a note, not a second table's header: the
    series is read whole (a second table's rows go back to dates the first one holds)."""
    rows = list(reversed(_SERIES)) if newest_first else list(_SERIES)
    csv = "\n".join(["Datum,Kupfer", *rows[:5], note, *rows[5:]]) + "\n"
    snap = _run(tmp_path, capsys, csv)
    price = _price(snap)
    assert price is not None, _source(snap)["error"]
    assert len(price["points"]) == len(_SERIES)
    assert price["last"] == 10900.0 + 10 * 11
    assert "tables in the file" not in (_source(snap)["warning"] or "")
