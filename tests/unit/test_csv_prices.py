"""Generic price CSV parser, on real exports of several dialects (what a file read wrong
says: ``test_csv_prices_said.py``)."""

from __future__ import annotations

from datetime import date

import pytest
from csv_parse import csv_file, csv_src, csv_text

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices
from tui.sources.base import SourceError


def test_build_url_requires_url() -> None:
    assert csv_prices.build_url(csv_src("https://example.org/p.csv")) == "https://example.org/p.csv"
    with pytest.raises(SourceError, match="url"):
        csv_prices.build_url(SourceConfig(name="x", kind="csv"))


def test_investing_descending_quoted_thousands() -> None:
    s = csv_file("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", unit="USD/t")
    assert len(s.points) == 817
    assert s.points[0] == (date(2016, 11, 21), 1724.25)  # last line of the file
    assert s.points[-1] == (date(2020, 3, 31), 1526.25)  # first line of the file
    assert dict(s.points)[date(2020, 3, 27)] == 1551.25
    assert s.unit == "USD/t"
    assert s.currency == "USD"
    assert s.frequency == "daily"
    assert s.kind == "unknown"
    assert s.source_kind == "csv"
    assert s.symbol == "investing_aluminium_futures_daily_2016-11-21_2020-03-31"


def test_imf_pcps_bom_quoted_month_codes() -> None:
    s = csv_file("imf_pcps_PGOLD_monthly.csv", unit="USD/ozt")
    assert len(s.points) == 300
    assert s.points[0] == (date(2000, 1, 1), 284.065625)
    assert s.points[-1] == (date(2024, 12, 1), pytest.approx(2640.605454545455))
    assert s.frequency == "monthly"
    assert s.unit == "USD/ozt"


def test_worldbank_tidy_metal_filter_and_unit_column() -> None:
    s = csv_file(
        "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv",
        metal_column="metal",
        metal_value="copper",
    )
    assert len(s.points) == 790
    assert s.points[0] == (date(1960, 1, 1), 715.4)
    assert s.points[-1] == (date(2025, 10, 1), 10739.91)
    assert s.unit == "USD/mt"  # from the file's unit column
    assert s.frequency == "monthly"
    assert s.symbol == "copper"


def test_worldbank_tidy_filter_defaults_to_source_metal_any_spelling() -> None:
    s = csv_file(
        "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv",
        metal="aluminium",
        metal_column="metal",
    )
    assert len(s.points) == 790
    assert s.points[-1] == (date(2025, 10, 1), 2793.09)
    gold = csv_file(
        "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv", metal_column=1, metal_value="Gold"
    )
    assert gold.points[-1] == (date(2025, 10, 1), 4058.33)
    assert gold.unit == "USD/troy oz"


def test_worldbank_tidy_unknown_metal_lists_values() -> None:
    with pytest.raises(SourceError, match="values are: aluminum, copper, gold"):
        csv_file(
            "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv",
            metal_column="metal",
            metal_value="lithium",
        )


def test_worldbank_pink_sheet_with_title_rows() -> None:
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    # 4 title lines, commodity names, units: the series codes row is the header
    s = csv_file(name, skip_rows=6, value_column="COPPER", unit="USD/t")
    assert len(s.points) == 790
    assert s.points[0] == (date(1960, 1, 1), 715.4)
    assert s.points[-1] == (date(2025, 10, 1), 10739.91)
    assert s.symbol == "COPPER"
    assert s.frequency == "monthly"
    tin = csv_file(name, skip_rows=6, value_column="tin")  # the file spells it "Tin"
    assert tin.points[-1] == (date(2025, 10, 1), pytest.approx(36011.92))
    assert tin.unit == ""
    # with the commodity names row as header instead
    named = csv_file(name, skip_rows=4, value_column="Copper")
    assert named.points == s.points


def test_worldbank_pink_sheet_missing_values_skipped() -> None:
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    s = csv_file(name, skip_rows=6, value_column="CRUDE_WTI")  # "…" until 1982
    assert s.points[0][0] > date(1960, 1, 1)
    assert s.points[-1][0] == date(2025, 10, 1)


def test_worldbank_pink_sheet_bad_column_names_columns() -> None:
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    with pytest.raises(SourceError) as err:
        csv_file(name, skip_rows=6, value_column="COPER")
    msg = str(err.value)
    assert msg.startswith("column 'COPER' not found (did you mean 'COPPER'?); columns are: ")
    assert "(+" in msg and "more)" in msg


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("yahoo_download_HG=F_2020-09-24_2020-09-25.csv", 2.969, 2.973),
        ("yahoo_download_SI=F_2020-09-24_2020-09-25.csv", 23.118, 23.017),
        ("yahoo_download_PL=F_2020-09-24_2020-09-25.csv", 837.099976, 841.099976),
    ],
)
def test_yahoo_download_close_column(name: str, first: float, last: float) -> None:
    s = csv_file(name)
    assert s.points == ((date(2020, 9, 24), first), (date(2020, 9, 25), last))
    assert s.unit == ""
    assert s.frequency == "daily"


def test_yfinance_history_tz_aware_dates() -> None:
    s = csv_file("yfinance_history_HG=F_2018-01-02_2025-08-22.csv", unit="USD/lb")
    assert len(s.points) == 1923
    assert s.points[0] == (date(2018, 1, 2), pytest.approx(3.25600004196167))
    assert s.points[-1] == (date(2025, 8, 22), pytest.approx(4.447500228881836))
    assert s.unit == "USD/lb"


def test_yfinance_download_silver() -> None:
    s = csv_file("yfinance_SI=F_2000-08-30_2026-07-13.csv", value_column="Close")
    assert len(s.points) == 6491
    assert s.points[0] == (date(2000, 8, 30), pytest.approx(4.929999828338623))
    assert s.points[-1] == (date(2026, 7, 13), pytest.approx(58.29999923706055))


def test_semicolon_decimal_comma_dotted_dates() -> None:
    s = csv_text("Datum;Schluss;Volumen\n31.03.2020;1.526,25;12\n30.03.2020;1.507,75;13\n")
    assert s.points == ((date(2020, 3, 30), 1507.75), (date(2020, 3, 31), 1526.25))
    s = csv_text("Datum;Kurs\n31.03.2020;1526,25\n", value_column="Kurs")
    assert s.points == ((date(2020, 3, 31), 1526.25),)


def test_explicit_options() -> None:
    text = "note line\nx|when|px\na|2020/01/03|1\na|2020/01/02|2\n"
    s = csv_text(text, skip_rows=1, delimiter="|", date_column="when", value_column=2)
    assert s.points == ((date(2020, 1, 2), 2.0), (date(2020, 1, 3), 1.0))
    s = csv_text("d,v\n03-01-2020,5\n", date_format="%d-%m-%Y")
    assert s.points == ((date(2020, 1, 3), 5.0),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date,Close\n02/13/2020,1\n01/02/2020,2\n", date(2020, 1, 2)),  # MM/DD
        ("Date,Close\n13/02/2020,1\n01/02/2020,2\n", date(2020, 2, 1)),  # DD/MM
        ("Date,Close\nMar 3, 2020,1\n", None),  # unquoted comma in the date: not read
        ('Date,Close\n"Mar 3, 2020",1\n', date(2020, 3, 3)),
        ("Date,Close\n3 Mar 2020,1\n", date(2020, 3, 3)),
        ("Date,Close\n03-Mar-20,1\n", date(2020, 3, 3)),
        ("Date,Close\nMarch 2020,1\n", date(2020, 3, 1)),
        ("Date,Close\n2020-03,1\n", date(2020, 3, 1)),
        ("Date,Close\n2020M03,1\n", date(2020, 3, 1)),
        ("Date,Close\n2020-M03,1\n", date(2020, 3, 1)),
        ("Date,Close\n2020-Q2,1\n", date(2020, 4, 1)),
        ("Date,Close\n20200303,1\n", date(2020, 3, 3)),
        ("Date,Close\n2020-03-03T22:00:00Z,1\n", date(2020, 3, 3)),
        ("Date,Close\n2020-03-03 00:00:00-05:00,1\n", date(2020, 3, 3)),
    ],
)
def test_date_dialects(text: str, expected: date | None) -> None:
    if expected is None:
        with pytest.raises(SourceError):
            csv_text(text)
        return
    assert csv_text(text).points[0][0] == expected


def test_slash_dates_decided_by_spacing_or_refused() -> None:
    # the 1st of each month over two years: as MM/DD it would be Jan 1..12 then a year's jump
    monthly = "".join(f"01/{m:02d}/{y},{m}\n" for y in (2019, 2020) for m in range(1, 13))
    s = csv_text("Date,Close\n" + monthly)
    assert s.points[1][0] == date(2019, 2, 1)
    assert s.points[-1][0] == date(2020, 12, 1)
    assert s.frequency == "monthly"
    us_monthly = "".join(f"{m:02d}/01/{y},{m}\n" for y in (2019, 2020) for m in range(1, 13))
    assert csv_text("Date,Close\n" + us_monthly).points[1][0] == date(2019, 2, 1)
    # one year only: Jan 1..12 (daily) and the 1st of 12 months are both plausible
    one_year = "".join(f"01/{m:02d}/2019,{m}\n" for m in range(1, 13))
    with pytest.raises(SourceError, match="date_format"):
        csv_text("Date,Close\n" + one_year)
    with pytest.raises(SourceError, match="date_format"):
        csv_text("Date,Close\n01/02/2020,1\n01/03/2020,2\n")


def test_missing_tokens_signs_headerless_and_sorting() -> None:
    text = '2020-01-05,"$1,200.50"\n2020-01-03,…\n2020-01-02,-\n2020-01-01,4%\n2020-01-04,.\n'
    s = csv_text(text)
    # a percentage is no price (session 14): counted, not read as 4.0
    assert s.points == ((date(2020, 1, 5), 1200.5),)
    assert s.warning == "1 of 2 rows skipped: unreadable value '4%'"


def test_duplicates_last_wins_and_footer_skipped() -> None:
    s = csv_text("Date,Price\n2020-01-02,1\n2020-01-02,2\nHighest: 2,\n")
    assert s.points == ((date(2020, 1, 2), 2.0),)


def test_value_column_fallback_skips_volume() -> None:
    s = csv_text("Month,Copper,Vol.\n2020-01,6000,12\n2020-02,5800,13\n")
    assert s.points[-1] == (date(2020, 2, 1), 5800.0)
    assert s.symbol == "Copper"


@pytest.mark.parametrize(
    ("text", "options", "message"),
    [
        ("Date,Price\n2020-01-02,5\n", {"value_column": "Close"}, "column 'Close' not found"),
        ("Date,Price\n2020-01-02,5\n", {"date_column": 4}, "column 4 not found"),
        ("Date,Close\n2020-01-02,…\n", {}, "no prices read from column 'Close'"),
        ("foo,bar\nx,y\n", {}, "no column of prices"),
        ("Date,Close\nsoon,5\n", {}, "cannot read the dates in column 'Date'"),
        ("<!DOCTYPE html><html></html>", {}, "HTML page"),
        ("", {}, "empty"),
        ("Date,Close\n", {}, "no rows"),
        ("a,b\n", {"skip_rows": 5}, "skip_rows"),
        ("Date,Close\n2020-01-02,5\n", {"metal_column": "Date"}, "metal_value"),
    ],
)
def test_clear_errors(text: str, options: dict[str, object], message: str) -> None:
    with pytest.raises(SourceError, match=message):
        csv_text(text, **options)
