"""Price CSVs read with no layout options, as a user drops them in: title lines, several header
rows, wide and long multi-metal files, localized exports, decimal commas, binary files."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices
from tui.sources.base import SourceError
from tui.sources.prices_common import build_series, detect_decimal, parse_number

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def _file(name: str, metal: str | None = "copper", **options: object):  # type: ignore[no-untyped-def]
    path = FIXTURES / name
    src = SourceConfig(name="mine", kind="csv", url=str(path), metal=metal, options=options)
    return csv_prices.parse(path.read_bytes(), src, fetched_at=NOW)


def _bytes(data: bytes, metal: str | None = "copper", **options: object):  # type: ignore[no-untyped-def]
    src = SourceConfig(name="mine", kind="csv", url="/d/p.csv", metal=metal, options=options)
    return csv_prices.parse(data, src, fetched_at=NOW)


def test_pink_sheet_needs_no_options_for_a_metal() -> None:
    """Title lines, then names / units / codes rows: the metal's own column, its unit."""
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    copper = _file(name)
    assert copper.symbol == "COPPER"
    assert copper.unit == "USD/t"  # from the "($/mt)" units row
    assert copper.points[0] == (date(1960, 1, 1), 715.4)
    assert copper.points[-1] == (date(2025, 10, 1), 10739.91)
    assert copper.frequency == "monthly"
    gold = _file(name, metal="gold")
    assert gold.unit == "USD/ozt"
    assert (gold.symbol, gold.points[-1]) == ("GOLD", (date(2025, 10, 1), 4058.33))
    alu = _file(name, metal="aluminium")  # the sheet spells it "Aluminum"
    assert alu.symbol == "ALUMINUM"
    # a column asked by a name from the names row (not the codes row) is found too
    assert _file(name, metal=None, value_column="Copper").points == copper.points


def test_small_world_bank_sheet_title_lines_and_units_row() -> None:
    s = _file("worldbank_monthly_titles_SYNTHETIC.csv")
    assert (s.symbol, s.unit, len(s.points)) == ("COPPER", "USD/t", 3)
    assert s.points[-1] == (date(1960, 3, 1), 718.9)
    assert _file("worldbank_monthly_titles_SYNTHETIC.csv", metal="gold").unit == "USD/ozt"


def test_tidy_file_filtered_by_the_source_metal_without_options() -> None:
    tidy = _file("worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv")
    assert len(tidy.points) == 790  # one metal, not ten merged into the same dates
    assert tidy.points[-1] == (date(2025, 10, 1), 10739.91)
    assert tidy.unit == "USD/mt"
    long = _file("long_by_commodity_SYNTHETIC.csv", metal="aluminum")
    assert long.points == (
        (date(2026, 9, 1), 2600.0),
        (date(2026, 10, 1), 2650.25),
        (date(2026, 11, 1), 2700.0),
    )
    with pytest.raises(SourceError, match="no rows with 'Commodity' = 'zinc'"):
        _file("long_by_commodity_SYNTHETIC.csv", metal="zinc")


def test_wide_file_without_the_metal_is_refused_not_guessed() -> None:
    assert _file("wide_metals_SYNTHETIC.csv", metal="tin").points[-1][1] == 35200.0
    with pytest.raises(SourceError, match=r"3 columns could be the price \(Zinc, Lead, Tin\)"):
        _file("wide_metals_SYNTHETIC.csv", metal="copper")


def test_title_line_above_the_header_lme_style() -> None:
    s = _file("lme_title_line_SYNTHETIC.csv")
    assert s.symbol == "Cash Seller & Settlement"  # the official price, not the last column
    assert s.unit == "USD/t"  # "US$ per tonne" in the title line
    assert s.points == (
        (date(2026, 11, 26), 11000.0),
        (date(2026, 11, 27), 10951.0),
        (date(2026, 11, 28), 11012.0),
    )


@pytest.mark.parametrize(
    "name",
    [
        "investing_thousands_SYNTHETIC.csv",
        "investing_de_semicolon_SYNTHETIC.csv",
        "investing_dotted_dates_SYNTHETIC.csv",
    ],
)
def test_investing_dialects_read_the_price_column(name: str) -> None:
    s = _file(name)
    assert s.points[-1] == (date(2026, 11, 28), 11234.5)  # "Price" / "Zuletzt", never "Tief"
    assert s.points[-2] == (date(2026, 11, 27), 11100.25)
    assert s.frequency == "daily"


def test_decimal_comma_found_with_any_delimiter_and_utf16() -> None:
    s = _file("utf16_tab_decimal_comma_SYNTHETIC.csv")
    assert s.points == ((date(2020, 1, 2), 1234.5), (date(2020, 1, 3), 1240.25))
    hand = _file("handmade_semicolon_SYNTHETIC.csv")
    assert (hand.symbol, hand.unit, hand.frequency) == ("Copper", "USD/t", "weekly")
    assert hand.points[0] == (date(2026, 11, 6), 9812.5)


def test_yahoo_null_rows_and_trailing_junk_skipped() -> None:
    s = _file("yahoo_download_nulls_SYNTHETIC.csv")
    assert [d.day for d, _ in s.points] == [23, 25, 26, 27]
    assert s.points[-1][1] == 5.176
    junk = _file("trailing_junk_SYNTHETIC.csv")
    assert junk.points[-1] == (date(2026, 11, 27), 9901.0)


def test_newest_first_rows_of_one_day_keep_the_latest() -> None:
    s = _file("intraday_newest_first_SYNTHETIC.csv")
    assert s.points == ((date(2026, 11, 26), 1.0), (date(2026, 11, 27), 3.0))
    src = SourceConfig(name="x", kind="csv")
    ascending = build_series(
        src,
        symbol="x",
        unit="",
        rows=[(date(2026, 1, 1), 1.0), (date(2026, 1, 1), 2.0)],
        default_kind="unknown",
    )
    assert ascending.points == ((date(2026, 1, 1), 2.0),)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(64), "Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "old Excel"),
        (b"\x1f\x8b\x08\x00" + bytes(64), "gzip"),
        (b"%PDF-1.7\n", "PDF"),
        (bytes(range(256)) * 4, "binary answer"),
    ],
)
def test_binary_files_get_one_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        _bytes(data)


def test_control_characters_of_a_header_never_reach_a_message() -> None:
    with pytest.raises(SourceError) as err:
        _bytes(b"Date,\x1b[31mred\x1b[0m,x\n2020-01-02,a,b\n", value_column="nope")
    assert "\x1b" not in str(err.value)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1.234,50", "1.240,25"], ","),
        (["9 812,5"], ","),
        (["0,35"], ","),
        (["1,234.50", "0,35"], "."),  # mixed: keep the point
        (["1,234", "1.234"], "."),  # ambiguous only
        (["1234.5"], "."),
    ],
)
def test_detect_decimal(cells: list[str], expected: str) -> None:
    assert detect_decimal(cells) == expected


def test_parse_number_unicode_minus() -> None:
    assert parse_number("\u22125.5") == -5.5
    assert parse_number("\u22121.234,5", ",") == -1234.5


def test_fred_series_saved_as_csv_gets_its_known_unit() -> None:
    assert _file("fred_PCOPPUSDM_2026-05.csv").unit == "USD/t"
    assert _file("fred_GOLDAMGBD228NLBM_DATE_daily.csv").unit == "USD/ozt"
    assert _file("stooq_xauusd_d.csv").unit == ""  # nothing known: never guessed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"404: Not Found", "not a price table: '404: Not Found'"),
        (b'{"error":"invalid api key"}', "got JSON instead of CSV"),
        (b"<p>Service unavailable</p>\n", "got HTML or XML instead of CSV"),
        (b"2020-01-02\n2020-01-03\n", "one column only .*a date and a price column"),
    ],
)
def test_answers_that_are_not_a_table(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        _bytes(data)


def test_excel_text_guards_and_unix_timestamps() -> None:
    guarded = _bytes(b'Date,Close\n="2026-11-27",="9801.5"\n="2026-11-28",="9850"\n')
    assert guarded.points == ((date(2026, 11, 27), 9801.5), (date(2026, 11, 28), 9850.0))
    unix = _bytes(b"timestamp,close\n1764201600,9801.5\n1764288000,9850\n1764374400,9870\n")
    assert [d for d, _ in unix.points] == [
        date(2025, 11, 27),
        date(2025, 11, 28),
        date(2025, 11, 29),
    ]
    millis = _bytes(b"time,close\n1764201600000,1\n1764288000000,2\n")
    assert millis.points[-1] == (date(2025, 11, 28), 2.0)


def test_float32_noise_of_yfinance_files_is_removed() -> None:
    s = _file("yfinance_SI=F_2000-08-30_2026-07-13.csv", metal="silver")
    assert s.points[0] == (date(2000, 8, 30), 4.93)  # written 4.929999828338623
    assert s.points[-1] == (date(2026, 7, 13), 58.3)  # written 58.29999923706055
    fred = _file("fred_PCOPPUSDM_2026-05.csv")
    assert fred.points[0][1] == 2150.57962901611  # a genuine double stays as written


def test_long_file_filtered_even_with_value_column_set() -> None:
    s = _file("long_by_commodity_SYNTHETIC.csv", metal="copper", value_column="Price")
    assert s.points[-1] == (date(2026, 11, 1), 10350.75)
    assert len(s.points) == 3


def test_pink_sheet_units_row_read_for_every_kind_of_unit() -> None:
    """The units row's "($/dmtu)" (iron ore's dry metric ton unit) was not understood, so iron
    ore read with no unit while the tidy file of the same data says ``USD/dmtu``: a unit in
    parentheses is read whatever its quantity, kept as written when it is not a mass."""
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    ore = _file(name, metal=None, value_column="IRON_ORE")
    assert (ore.unit, ore.points[-1]) == ("USD/dmtu", (date(2025, 10, 1), 103.53))
    tidy = _file("worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv", metal="iron_ore")
    assert tidy.unit == ore.unit and tidy.points[-1] == ore.points[-1]
    assert _file(name, metal=None, value_column="Iron ore, cfr spot").unit == "USD/dmtu"
    assert _file(name, metal=None, value_column="COCOA").unit == "USD/kg"  # "($/kg)"
    assert _file(name, metal=None, value_column="PLYWOOD").unit == "USc/sheet"  # "(cents/sheet)"
    assert _file(name, metal=None, value_column="iNATGAS").unit == ""  # "(2010=100)": an index


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("($/mt)", "USD/t"),
        ("($/dmtu)", "USD/dmtu"),
        ("(¢/kg)", "USc/kg"),
        ("(cents/kg)", "USc/kg"),
        ("($/troy oz)", "USD/ozt"),
        ("( $ / troy oz )", "USD/ozt"),
        ("(US$ per tonne)", "USD/t"),
        ("($/bbl)", "USD/bbl"),
        ("(2010=100)", None),
        ("(see note 3)", None),
        ("(%/yr)", None),
    ],
)
def test_unit_in_parentheses(cell: str, unit: str | None) -> None:
    from tui.core.units import header_unit

    assert header_unit(cell) == unit
