"""Odd cells of a price file, through the real ``metalwatch snapshot --json``
(``tui.cli.main``) on files written here; each was read wrong before:

- a price written ``1 0710`` (a space that does not part thousands: a number mistyped, or two
  cells run together) was read 10710 by dropping the space; thousands separators, spaces as
  much as commas and points, must part the whole number into groups of three: a cell that does
  not is no price, left out and counted with the file's other unreadable rows;
- prices written with a currency sign (``$10,650``, ``9 812,50 €``, ``US$ 10650``, ``EUR
  9812``) in a column that names no unit were shown with an unknown unit: the cells' currency
  is now the series' (no mass is guessed), a unit named in another currency gives way to the
  cells' and is said, and cells in more than one currency never make one series silently (the
  newest row's currency kept, the others left out and said).

Checked and found right: a "Source: ..." footer line, and a totals or average row (at the end,
or at the top), are no price and no unreadable row.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from csv_snapshot import csv_snapshot

from tui.cli import main


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str, options: str = ""
) -> dict[str, Any]:
    return csv_snapshot(tmp_path, capsys, csv, options)


@pytest.mark.parametrize(
    ("bad", "delimiter"),
    [
        ("1 0710", ","),  # a space not parting thousands
        ("10 71 0", ","),
        ('"10,7391.5"', ","),  # a comma not parting thousands
        ("1\u00a00710.5", ","),  # a no-break space
        ("10.7391,5", ";"),  # a point not parting thousands, in a decimal-comma file
        ("1 0710,5", ";"),
    ],
)
def test_a_cell_whose_separators_do_not_group_by_threes_is_no_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, delimiter: str
) -> None:
    d = delimiter
    rows = [
        f"Date{d}Price",
        f"2026-11-30{d}10 650",
        f"2026-12-01{d}10 680",
        f"2026-12-02{d}{bad}",
        f"2026-12-03{d}10 725",
    ]
    doc = _run(tmp_path, capsys, "\n".join(rows) + "\n")
    (source,) = doc["sources"]
    assert source["ok"], source
    assert source["items"] == 3
    assert source["warning"].startswith("1 of 4 rows skipped: unreadable value")
    (price,) = doc["prices"]
    assert [d for d, _ in price["points"]] == ["2026-11-30", "2026-12-01", "2026-12-03"]
    assert price["last"] == 10725


@pytest.mark.parametrize(
    ("cell", "value", "delimiter"),
    [
        ("10 710", 10710.0, ","),
        ("10\u202f710.5", 10710.5, ","),
        ("10'710.5", 10710.5, ","),
        ('"10,710.5"', 10710.5, ","),
        ("10.710,5", 10710.5, ";"),
        ("10 710,5", 10710.5, ";"),
        ("$ 10 710.5", 10710.5, ","),
        ("10710.5", 10710.5, ","),
    ],
)
def test_a_cell_grouped_by_threes_reads_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str, value: float, delimiter: str
) -> None:
    d = delimiter
    doc = _run(tmp_path, capsys, f"Date{d}Price\n2026-12-01{d}10 650\n2026-12-02{d}{cell}\n")
    (source,) = doc["sources"]
    assert source["ok"] and source["items"] == 2, source
    assert doc["prices"][0]["last"] == value


def _cells(d: str, *cells: str) -> str:
    days = ["2026-12-01", "2026-12-02", "2026-12-03"]
    return (
        "\n".join([f"Date{d}Price", *(f"{a}{d}{c}" for a, c in zip(days, cells, strict=False))])
        + "\n"
    )


@pytest.mark.parametrize(
    ("csv", "unit"),
    [
        (_cells(",", "$10650", "$10680.5"), "USD"),
        (_cells(",", "US$ 10650", "US$ 10680.5"), "USD"),
        (_cells(";", "9 812,50 €", "9 830,00 €"), "EUR"),
        (_cells(",", "EUR 9812", "EUR 9830"), "EUR"),
        (_cells(",", "£8100", "8120"), "GBP"),
        (_cells(",", "¥75000", "¥75100"), "¥"),  # yen or yuan: as written
    ],
)
def test_a_currency_sign_gives_the_series_its_currency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str, unit: str
) -> None:
    doc = _run(tmp_path, capsys, csv)
    (price,) = doc["prices"]
    assert price["unit"] == unit
    assert price["note"].startswith(f"shown in {unit}: no mass given, cannot convert to USD/t")
    assert len(price["points"]) == 2


@pytest.mark.parametrize(
    ("cells", "unit"),
    [(("$10650", "$10680.5"), "USD/t"), (("¥75000", "¥75100"), "CNY/t")],
)
def test_a_unit_named_with_the_cells_currency_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cells: tuple[str, str], unit: str
) -> None:
    doc = _run(tmp_path, capsys, _cells(",", *cells), f'unit = "{unit}"\n')
    (price,) = doc["prices"]
    assert price["unit"] == unit
    assert price["note"] is None or price["note"].startswith(f"shown in {unit}: no FX rate")
    assert doc["sources"][0]["warning"] is None


@pytest.mark.parametrize("option", ['unit = "USD/t"\n', ""])
def test_a_unit_named_in_another_currency_gives_way_to_the_cells_and_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    csv = _cells(",", "€9812", "€9830")
    if not option:  # the unit named by the column's header instead
        csv = csv.replace("Price", "Price (USD/t)")
    doc = _run(tmp_path, capsys, csv, option)
    (price,) = doc["prices"]
    assert price["unit"] == "EUR" and price["last"] == 9830
    assert doc["sources"][0]["warning"] == "the prices are written in EUR, not USD/t: shown in EUR"


def test_cells_in_two_currencies_are_never_one_series_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _run(tmp_path, capsys, _cells(",", "€9812", "$10680.5", "$10690.5"))
    (price,) = doc["prices"]
    assert price["unit"] == "USD"
    assert [d for d, _ in price["points"]] == ["2026-12-02", "2026-12-03"]
    assert doc["sources"][0]["warning"] == (
        "prices in more than one currency (EUR, USD): 1 point not in USD left out"
    )


def test_plain_numbers_name_no_currency(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _run(tmp_path, capsys, _cells(",", "10650", "10680.5"))
    (price,) = doc["prices"]
    assert price["unit"] == "" and price["note"] == "unit unknown: cannot convert to USD/t"


ROWS = "2026-12-01{d}10650\n2026-12-02{d}10680.5\n2026-12-03{d}10690\n"


@pytest.mark.parametrize(
    ("csv", "delimiter"),
    [
        ("Date,Price\n" + ROWS + "Source: LME, compiled by the desk\n", ","),
        ("Date,Price\n" + ROWS + "Total,32020.5\n", ","),
        ("Date,Price\n" + ROWS + "2026 total,32020.5\n", ","),
        ("Date,Price\n" + ROWS + "December 2026 average,10673.5\n", ","),
        ("Date,Price\nTotal,32020.5\n" + ROWS, ","),
        ("Date;Price\n" + ROWS + 'Summe;32020,5\n"Quelle: LME";\n', ";"),
    ],
    ids=["source-line", "total", "year-total", "month-average", "total-on-top", "semicolon"],
)
def test_a_footer_or_totals_row_is_no_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str, delimiter: str
) -> None:
    body = csv.replace("{d}", delimiter)
    if delimiter == ";":  # a decimal-comma file
        body = body.replace("10680.5", "10680,5")
    doc = _run(tmp_path, capsys, body)
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] is None, source
    (price,) = doc["prices"]
    assert price["points"] == [
        ["2026-12-01", 10650.0],
        ["2026-12-02", 10680.5],
        ["2026-12-03", 10690.0],
    ]


def test_a_file_whose_currency_changes_between_refreshes_is_held_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same file, refreshed: ``$`` cells, then ``€`` cells on later days. Stored with the
    first, the second made one series of dollars and euros, shown as EUR; it is held back, the
    dollars kept, until the config says the change is meant."""
    first = _run(tmp_path, capsys, _cells(",", "$10650", "$10680.5", "$10690"))
    assert first["prices"][0]["unit"] == "USD"
    later = "Date,Price\n2026-12-04,€9200\n2026-12-05,€9210\n"
    (tmp_path / "copper.csv").write_text(later, encoding="utf-8")
    config = tmp_path / "config.toml"
    main(["snapshot", "--config", str(config), "--json", "--force"])
    doc = json.loads(capsys.readouterr()[0])
    (source,) = doc["sources"]
    assert not source["ok"]
    assert source["error"] == (
        "suspect update held back: the prices are in EUR, where this source gave them in USD "
        "until now (if it is meant, change the source's unit in the config)"
    )
    (price,) = doc["prices"]
    assert price["unit"] == "USD" and [d for d, _ in price["points"]][-1] == "2026-12-03"
    # said to be meant: the source's definition changed, the euros judged on their own
    doc = _run(tmp_path, capsys, later, 'unit = "EUR/t"\n')
    assert doc["sources"][0]["ok"], doc["sources"][0]
    assert doc["prices"][0]["unit"] == "EUR/t" and doc["prices"][0]["last"] == 9210


def test_a_currency_named_for_the_first_time_is_no_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plain numbers stored with no unit, then the same file with ``$`` signs: no hold-back."""
    _run(tmp_path, capsys, _cells(",", "10650", "10680.5"))
    (tmp_path / "copper.csv").write_text(_cells(",", "$10650", "$10680.5", "$10690"))
    main(["snapshot", "--config", str(tmp_path / "config.toml"), "--json", "--force"])
    doc = json.loads(capsys.readouterr()[0])
    assert doc["sources"][0]["ok"] and doc["prices"][0]["unit"] == "USD"
