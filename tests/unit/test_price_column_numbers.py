"""The numbers of a price column are read by the column's own convention, decided from the
whole column (:mod:`tui.sources.price_numbers`).

Kinds, each shown by several made-up files (metals, delimiters, marks) and real FRED prices:
- a number written with a thousands separator among prices written with a decimal comma
  (``9,812`` among ``9812,5``) was read 1000 times low (9.812): a wrong price on screen;
- the mirror slip, a German thousands point among decimal points (``1.234`` among
  ``1234.5``), was read 1000 times low too;
- prices written ``9 812,5`` in a file whose other column shows decimal points (a change
  column ``0.5``) were read 10 times high (98125): the file's mark decided, not the column's;
- a number neither reading of which is near the prices around it is left out and said, never
  guessed; with no price near it that shows its mark, the file's convention reads it.

Before this change 10 of the 14 made-up files below read wrong (every ``wrong before`` id)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, fred
from tui.sources.price_numbers import column_mark, read_column, shown_mark
from tui.sources.prices_common import parse_number

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
FRED = (
    Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "fred_PCOPPUSDM_2026-05.csv"
)


def _csv(text: str, metal: str = "copper", **options: object) -> tuple[list[float], str | None]:
    src = SourceConfig(name="m", kind="csv", url="m.csv", metal=metal, options=options)
    got = csv_prices.parse(text.encode(), src, fetched_at=NOW)
    return [v for _, v in got.points], got.warning


def _rows(delimiter: str, header: str, cells: list[str]) -> str:
    days = [f"2026-10-{n:02d}" for n in range(1, len(cells) + 1)]
    return header + "\n" + "".join(f"{d}{delimiter}{c}\n" for d, c in zip(days, cells, strict=True))


@pytest.mark.parametrize(
    ("text", "metal", "want", "said"),
    [
        pytest.param(
            _rows(";", "Date;Close", ["9812,5", "9,812", "9820,25"]),
            "copper",
            [9812.5, 9812.0, 9820.25],
            "'9,812' as 9812: its comma taken as a thousands separator",
            id="wrong before: semicolon, decimal commas, one thousands comma",
        ),
        pytest.param(
            _rows("\t", "Datum\tSchlusskurs", ["16205,75", "16198,5", "16,205", "16210"]),
            "nickel",
            [16205.75, 16198.5, 16205.0, 16210.0],
            "'16,205' as 16205",
            id="wrong before: tab, nickel, thousands comma between decimal commas",
        ),
        pytest.param(
            _rows(";", "Fecha;Cierre", ["2.605,5", "2,611", "2.598,25"]),
            "aluminum",
            [2605.5, 2611.0, 2598.25],
            "'2,611' as 2611",
            id="wrong before: semicolon, aluminium, both marks around a thousands comma",
        ),
        pytest.param(
            _rows(",", "Date,Close", ["1234.5", '"1.236"', "1238.25"]),
            "zinc",
            [1234.5, 1236.0, 1238.25],
            "'1.236' as 1236: its point taken as a thousands separator",
            id="wrong before: comma file, zinc, a German thousands point among decimal points",
        ),
        pytest.param(
            _rows(",", "Date,Close", ['"4,11"', "4,512", '"4,52"']).replace("4,512", '"4.512"'),
            "copper",
            [4.11, 4.512, 4.52],
            "'4.512' as 4.512: its point taken as the decimal mark",
            id="wrong before: quoted decimal commas in a comma file, one decimal point",
        ),
        pytest.param(
            "Date;Close;Change\n2026-10-01;9 812,5;0.5\n2026-10-02;9 830,25;0.25\n",
            "copper",
            [9812.5, 9830.25],
            None,
            id="wrong before: space-grouped decimal commas beside a change column in points",
        ),
        pytest.param(
            "Datum;Zuletzt;Vol.\n01.10.2026;2.412,5;1.25\n02.10.2026;2.420,75;0.5\n",
            "platinum",
            [2412.5, 2420.75],
            None,
            id="a number with both marks beside a change column in points",
        ),
        pytest.param(
            "Date;Open;Close\n2026-10-01;31,25;31,5\n2026-10-02;31.75;31,875\n",
            "silver",
            [31.5, 31.875],
            None,
            id="wrong before: the price column's own commas over an open column's point",
        ),
        pytest.param(
            "Date;Close;Chg\n2026-10-01;3450,5;1.5\n2026-10-02;3460,25;2.25\n",
            "tin",
            [3450.5, 3460.25],
            None,
            id="wrong before: decimal commas beside a change column in points",
        ),
        pytest.param(
            _rows(";", "Date;Close", ["9,812", "9,815"]),
            "copper",
            [9.812, 9.815],
            "decimal mark ambiguous: '9,812' and 1 other price read with its comma as the decimal",
            id="no number shows its mark: the semicolon file's decimal comma, said",
        ),
        pytest.param(
            _rows(";", "Date;Close", ["9.812,50", "9.815,00"]),
            "copper",
            [9812.5, 9815.0],
            None,
            id="thousands points and decimal commas",
        ),
        pytest.param(
            _rows(";", "Date;Close", ["9812,5", "9 812,5", "9.812,50"]),
            "copper",
            [9812.5, 9812.5, 9812.5],
            None,
            id="one price three ways in one column",
        ),
        pytest.param(
            _rows(";", "Date;Close", ["2 050,5", "2,051", "2 049"]),
            "lead",
            [2050.5, 2051.0, 2049.0],
            "'2,051' as 2051",
            id="wrong before: lead, spaces and a thousands comma",
        ),
        pytest.param(
            _rows(";", "Date;Close", ["1550,5", "1,552", "1551,25", "1553"]),
            "palladium",
            [1550.5, 1552.0, 1551.25, 1553.0],
            "'1,552' as 1552",
            id="wrong before: palladium, a whole-number row and a thousands comma",
        ),
    ],
)
def test_a_column_reads_by_its_own_numbers(
    text: str, metal: str, want: list[float], said: str | None
) -> None:
    values, warning = _csv(text, metal)
    assert values == pytest.approx(want)
    if said is None:
        assert warning is None
    else:
        assert warning is not None and said in warning
        assert warning.startswith(("1 price read", "decimal mark ambiguous"))


def test_a_number_neither_reading_of_which_fits_is_left_out_and_said() -> None:
    values, warning = _csv(_rows(";", "Date;Close", ["100,5", "3,162", "101,25"]))
    assert values == [100.5, 101.25]
    assert warning is not None
    assert "1 price left out: '3,162' could have a decimal or a thousands mark" in warning
    assert 'set decimal = "," or "."' in warning


def test_the_file_convention_holds_where_no_price_near_says_otherwise() -> None:
    """A column written with three decimals throughout shows its mark only where a price
    has four digits (FRED's 1968 gold fix ``38.000`` and its 2008 ``1023.500``); a long file
    of several metals (or a unit changing mid-file) moves more than tenfold row to row."""
    cells = ["38.000", "37.600"] + ["40.125"] * 12 + ["1023.500", "998.750"]
    assert read_column(cells, ".").values == [float(c) for c in cells]
    mixed = ["9812.5", "4.512", "2612.25", "1.234", "31.5"]  # copper, its lb price, aluminium
    got = read_column(mixed, ".")
    assert got.values == [9812.5, 4.512, 2612.25, 1.234, 31.5] and got.note is None


def test_a_real_fred_file_saved_by_a_german_spreadsheet_with_one_row_typed_the_us_way() -> None:
    rows = [ln.split(",") for ln in FRED.read_text(encoding="utf-8").splitlines()[1:]]
    body = [f"{d};{float(v):.2f}".replace(".", ",") for d, v in rows]
    body[-5] = f"{rows[-5][0]};{float(rows[-5][1]):,.0f}"  # "12,640": typed with a US comma
    text = "observation_date;PCOPPUSDM\n" + "\n".join(body) + "\n"
    values, warning = _csv(text)
    assert len(values) == 413
    assert values[-5] == round(float(rows[-5][1]))
    assert values[-1] == round(float(rows[-1][1]), 2)
    assert warning is not None and warning.startswith("1 price read as the prices around it")
    series = fred.parse(
        text.encode(),
        SourceConfig(name="f", kind="fred", metal="copper", url="PCOPPUSDM.csv"),
        fetched_at=NOW,
    )
    assert series.points[-5] == (date.fromisoformat(rows[-5][0]), round(float(rows[-5][1])))


def test_the_fred_kind_reads_the_price_column_by_its_own_numbers() -> None:
    """A download saved with semicolons whose price column shows decimal commas is read so,
    even when its only either-way number would have left the file undecided."""
    src = SourceConfig(name="f", kind="fred", metal="copper", url="PCOPPUSDM.csv")
    text = "observation_date;PCOPPUSDM\n2026-09-01;9790,5\n2026-10-01;9,812\n2026-11-01;9820\n"
    got = fred.parse(text.encode(), src, fetched_at=NOW)
    assert [v for _, v in got.points] == [9790.5, 9812.0, 9820.0]
    alone = fred.parse(b"observation_date;PCOPPUSDM\n2026-10-01;9,812\n", src, fetched_at=NOW)
    assert [v for _, v in alone.points] == [9.812]  # the semicolon file's decimal comma, said
    assert alone.warning is not None and "decimal mark ambiguous: '9,812'" in alone.warning


@pytest.mark.parametrize(
    ("cell", "mark"),
    [
        ("9812,5", ","),
        ("9.812,50", ","),
        ("9 812,5", ","),
        ("0,512", ","),
        ("12345,678", ","),
        ("1,526.25", "."),
        ("1,234,567", "."),
        ("1.234.567", ","),
        ("$4.5", "."),
        ("9,812", "?"),
        ("13.484", "?"),
        ("9812", None),
        ("n/a", None),
        ("1.2.3", None),
    ],
)
def test_what_a_number_shows_of_its_decimal_mark(cell: str, mark: str | None) -> None:
    assert shown_mark(cell) == mark


def test_column_mark_majority_and_fallback() -> None:
    assert column_mark(["9812,5", "9,812", "9820"], ".") == ","
    assert column_mark(["9,812", "9,815"], ",") == ","
    assert column_mark(["9,812", "9,815"], ".") == "."
    # the majority decides; as many each way, a number with both marks (it is sure)
    assert column_mark(["1.526,25", "0.5", "0.25"], ",") == "."
    assert column_mark(["1.526,25", "0.5"], ".") == ","
    assert column_mark(["1,526.25", "0,5"], ",") == "."


@pytest.mark.parametrize(
    ("cell", "decimal", "want"),
    [
        ("9812,5", ".", None),  # was 98125
        ("9 812,5", ".", None),  # was 98125
        ("98,12", ".", None),  # was 9812
        ("1,234,567.5", ".", 1234567.5),
        ("1.234.567,5", ",", 1234567.5),
        ("-1,234.5", ".", -1234.5),
        ("9,812", ".", 9812.0),
        ("9,812", ",", 9.812),
    ],
)
def test_thousands_separators_stand_only_between_groups_of_three(
    cell: str, decimal: str, want: float | None
) -> None:
    assert parse_number(cell, decimal) == want
