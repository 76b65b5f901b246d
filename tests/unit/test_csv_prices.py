"""Generic price CSV parser, on real exports of several dialects."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices
from tui.sources.base import SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _src(
    url: str = "/data/prices.csv", metal: str | None = None, **options: object
) -> SourceConfig:
    return SourceConfig(name="mine", kind="csv", url=url, metal=metal, options=options)


def _file(name: str, metal: str | None = None, **options: object):  # type: ignore[no-untyped-def]
    path = FIXTURES / name
    return csv_prices.parse(path.read_bytes(), _src(str(path), metal, **options), fetched_at=NOW)


def _text(text: str, **options: object):  # type: ignore[no-untyped-def]
    src = SourceConfig(name="mine", kind="csv", url="/data/prices.csv", options=options)
    return csv_prices.parse(text.encode(), src, fetched_at=NOW)


def test_build_url_requires_url() -> None:
    assert csv_prices.build_url(_src("https://example.org/p.csv")) == "https://example.org/p.csv"
    with pytest.raises(SourceError, match="url"):
        csv_prices.build_url(SourceConfig(name="x", kind="csv"))


def test_investing_descending_quoted_thousands() -> None:
    s = _file("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", unit="USD/t")
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
    s = _file("imf_pcps_PGOLD_monthly.csv", unit="USD/ozt")
    assert len(s.points) == 300
    assert s.points[0] == (date(2000, 1, 1), 284.065625)
    assert s.points[-1] == (date(2024, 12, 1), pytest.approx(2640.605454545455))
    assert s.frequency == "monthly"
    assert s.unit == "USD/ozt"


def test_worldbank_tidy_metal_filter_and_unit_column() -> None:
    s = _file(
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
    s = _file(
        "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv",
        metal="aluminium",
        metal_column="metal",
    )
    assert len(s.points) == 790
    assert s.points[-1] == (date(2025, 10, 1), 2793.09)
    gold = _file(
        "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv", metal_column=1, metal_value="Gold"
    )
    assert gold.points[-1] == (date(2025, 10, 1), 4058.33)
    assert gold.unit == "USD/troy oz"


def test_worldbank_tidy_unknown_metal_lists_values() -> None:
    with pytest.raises(SourceError, match="values are: aluminum, copper, gold"):
        _file(
            "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv",
            metal_column="metal",
            metal_value="lithium",
        )


def test_worldbank_pink_sheet_with_title_rows() -> None:
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    # 4 title lines, commodity names, units: the series codes row is the header
    s = _file(name, skip_rows=6, value_column="COPPER", unit="USD/t")
    assert len(s.points) == 790
    assert s.points[0] == (date(1960, 1, 1), 715.4)
    assert s.points[-1] == (date(2025, 10, 1), 10739.91)
    assert s.symbol == "COPPER"
    assert s.frequency == "monthly"
    tin = _file(name, skip_rows=6, value_column="tin")  # the file spells it "Tin"
    assert tin.points[-1] == (date(2025, 10, 1), pytest.approx(36011.92))
    assert tin.unit == ""
    # with the commodity names row as header instead
    named = _file(name, skip_rows=4, value_column="Copper")
    assert named.points == s.points


def test_worldbank_pink_sheet_missing_values_skipped() -> None:
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    s = _file(name, skip_rows=6, value_column="CRUDE_WTI")  # "…" until 1982
    assert s.points[0][0] > date(1960, 1, 1)
    assert s.points[-1][0] == date(2025, 10, 1)


def test_worldbank_pink_sheet_bad_column_names_columns() -> None:
    name = "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv"
    with pytest.raises(SourceError) as err:
        _file(name, skip_rows=6, value_column="COPER")
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
    s = _file(name)
    assert s.points == ((date(2020, 9, 24), first), (date(2020, 9, 25), last))
    assert s.unit == ""
    assert s.frequency == "daily"


def test_yfinance_history_tz_aware_dates() -> None:
    s = _file("yfinance_history_HG=F_2018-01-02_2025-08-22.csv", unit="USD/lb")
    assert len(s.points) == 1923
    assert s.points[0] == (date(2018, 1, 2), pytest.approx(3.25600004196167))
    assert s.points[-1] == (date(2025, 8, 22), pytest.approx(4.447500228881836))
    assert s.unit == "USD/lb"


def test_yfinance_download_silver() -> None:
    s = _file("yfinance_SI=F_2000-08-30_2026-07-13.csv", value_column="Close")
    assert len(s.points) == 6491
    assert s.points[0] == (date(2000, 8, 30), pytest.approx(4.929999828338623))
    assert s.points[-1] == (date(2026, 7, 13), pytest.approx(58.29999923706055))


def test_semicolon_decimal_comma_dotted_dates() -> None:
    s = _text("Datum;Schluss;Volumen\n31.03.2020;1.526,25;12\n30.03.2020;1.507,75;13\n")
    assert s.points == ((date(2020, 3, 30), 1507.75), (date(2020, 3, 31), 1526.25))
    s = _text("Datum;Kurs\n31.03.2020;1526,25\n", value_column="Kurs")
    assert s.points == ((date(2020, 3, 31), 1526.25),)


def test_explicit_options() -> None:
    text = "note line\nx|when|px\na|2020/01/03|1\na|2020/01/02|2\n"
    s = _text(text, skip_rows=1, delimiter="|", date_column="when", value_column=2)
    assert s.points == ((date(2020, 1, 2), 2.0), (date(2020, 1, 3), 1.0))
    s = _text("d,v\n03-01-2020,5\n", date_format="%d-%m-%Y")
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
            _text(text)
        return
    assert _text(text).points[0][0] == expected


def test_slash_dates_decided_by_spacing_or_refused() -> None:
    # the 1st of each month over two years: as MM/DD it would be Jan 1..12 then a year's jump
    monthly = "".join(f"01/{m:02d}/{y},{m}\n" for y in (2019, 2020) for m in range(1, 13))
    s = _text("Date,Close\n" + monthly)
    assert s.points[1][0] == date(2019, 2, 1)
    assert s.points[-1][0] == date(2020, 12, 1)
    assert s.frequency == "monthly"
    us_monthly = "".join(f"{m:02d}/01/{y},{m}\n" for y in (2019, 2020) for m in range(1, 13))
    assert _text("Date,Close\n" + us_monthly).points[1][0] == date(2019, 2, 1)
    # one year only: Jan 1..12 (daily) and the 1st of 12 months are both plausible
    one_year = "".join(f"01/{m:02d}/2019,{m}\n" for m in range(1, 13))
    with pytest.raises(SourceError, match="date_format"):
        _text("Date,Close\n" + one_year)
    with pytest.raises(SourceError, match="date_format"):
        _text("Date,Close\n01/02/2020,1\n01/03/2020,2\n")


def test_missing_tokens_signs_headerless_and_sorting() -> None:
    text = '2020-01-05,"$1,200.50"\n2020-01-03,…\n2020-01-02,-\n2020-01-01,4%\n2020-01-04,.\n'
    s = _text(text)
    # a percentage is no price (session 14): counted, not read as 4.0
    assert s.points == ((date(2020, 1, 5), 1200.5),)
    assert s.warning == "1 of 2 rows skipped: unreadable value '4%'"


def test_duplicates_last_wins_and_footer_skipped() -> None:
    s = _text("Date,Price\n2020-01-02,1\n2020-01-02,2\nHighest: 2,\n")
    assert s.points == ((date(2020, 1, 2), 2.0),)


def test_value_column_fallback_skips_volume() -> None:
    s = _text("Month,Copper,Vol.\n2020-01,6000,12\n2020-02,5800,13\n")
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
        _text(text, **options)


def test_unreadable_data_rows_are_counted_in_a_warning_not_dropped_silently() -> None:
    text = (
        "Date,Close\n2026-11-20,9000\n2026-11-21,9010.5\n2026-11-23,closed\n"
        "2026-13-45,9020\n2026-11-25,N/A\n2026-11-26,9030\nSource: exchange,\nAverage,9015\n"
        "31 days,9000\n"
    )
    s = _text(text)
    assert [v for _, v in s.points] == [9000.0, 9010.5, 9030.0]
    assert s.warning == (
        "2 of 5 rows skipped: unreadable value 'closed'; unreadable date '2026-13-45'"
    )
    # missing values, title lines and footers are not data that could not be read
    assert _text("Date,Price\n2020-01-02,1\n2020-01-03,…\nHighest: 2,\n").warning is None
    assert (
        _file(
            "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv",
            skip_rows=6,
            value_column="CRUDE_WTI",
        ).warning
        is None
    )


def test_a_row_with_more_cells_than_columns_is_not_read_as_a_fragment_of_its_number() -> None:
    # an unquoted thousands separator splits "9,012.50" into "9" and "012.50"
    text = "Date,Close\n2026-11-20,9000\n2026-11-23,9,012.50\n2026-11-24,9020,\n"
    s = _text(text)
    assert [v for _, v in s.points] == [9000.0, 9020.0]  # a trailing empty cell is harmless
    assert s.warning == "1 of 3 rows skipped: more cells than columns '2026-11-23,9,012.50'"
    # without a header, the usual width of the rows is the table's
    s = _text("2026-11-20,9000\n2026-11-21,9001\n2026-11-23,9,012.50\n", value_column=1)
    assert [v for _, v in s.points] == [9000.0, 9001.0]
    assert s.warning is not None and "more cells than columns" in s.warning


def test_every_row_split_by_thousands_separators_is_an_error_not_a_price() -> None:
    with pytest.raises(SourceError, match="more cells than the 2 columns") as caught:
        _text("Date,Close\n2026-11-20,9,000.00\n2026-11-23,9,012.50\n")
    assert "thousands separator" in str(caught.value)
    # quoted, the same numbers read
    s = _text('Date,Close\n2026-11-20,"9,000.00"\n2026-11-23,"9,012.50"\n')
    assert [v for _, v in s.points] == [9000.0, 9012.5]


def test_a_file_cut_off_mid_row_or_mid_date_says_so_on_its_health_line() -> None:
    from datetime import datetime, timezone

    from tui.sources import fred, stooq, yahoo

    now = datetime.now(timezone.utc)
    mid_row = b"Date,Open,High,Low,Close,Adj Close,Volume\n2026-07-29,6.2,6.3,6.1,6.25,6.25,1\n"
    mid_row += b"2026-07-28,6.1,6.2,6.0,6.15,6.15,1\n2026-07-30,6.3495,6.4"
    src = SourceConfig(name="s", kind="yahoo", url="HG=F.csv", options={"symbol": "HG=F"})
    read = yahoo.parse(mid_row, src, fetched_at=now)
    assert [v for _, v in read.points] == [6.15, 6.25]
    assert read.warning == "last line cut off, left out: '2026-07-30,6.3495,6.4'"
    mid_date = b"observation_date,PNICKUSDM\n2026-03-01,15000\n2026-04-01,15100\n2026-05-0"
    src = SourceConfig(name="f", kind="fred", url="f.csv", options={"series": "PNICKUSDM"})
    assert fred.parse(mid_date, src, fetched_at=now).warning == (
        "last line cut off, left out: '2026-05-0'"
    )
    stooq_cut = b"Date,Open,High,Low,Close\n2026-07-29,1,1,1,2400\n2026-07-30,1,1"
    src = SourceConfig(name="q", kind="stooq", url="q.csv", options={"symbol": "xauusd"})
    assert stooq.parse(stooq_cut, src, fetched_at=now).warning is not None
    # a last line that is whole, or a footer without a line break, is no cut
    assert _text("Date,Close\n2026-07-29,6.25\n2026-07-30,6.3").warning is None
    assert _text("Date,Close\n2026-07-29,6.25\nSource: exchange").warning is None
    assert _text("Date,Close\n2026-07-29,6.25\n2026-07-3\n").warning is None  # ended: a note


@pytest.mark.parametrize("text", [",,,\n,,,\n", '"","",""\n'])
def test_a_sheet_of_empty_cells_is_said_in_words(text: str) -> None:
    """An empty sheet exported as CSV is only delimiters: "internal error: ValueError: max()
    arg is an empty sequence"."""
    with pytest.raises(SourceError, match=r"^the file has no values \(only empty cells\)$"):
        _text(text)


def test_a_date_format_that_reads_no_date_says_so() -> None:
    """``date_format`` naming another form than the file's dates said "no prices read from
    column 'Close'", sending the user to look at the prices; it names the dates."""
    text = "Date,Close\n2025-11-28,9100\n2025-12-01,9120\n"
    with pytest.raises(
        SourceError,
        match=r"^date_format '%d/%m/%Y' reads no date in column 'Date' \(e\.g\. '2025-11-28'\)$",
    ):
        _text(text, date_format="%d/%m/%Y")


def test_dates_written_in_several_ways_are_named_so() -> None:
    """A column mixing date forms said "cannot read the dates in column 'Date' (e.g.
    '2025-11-20')", naming a date it reads well; it says the dates are written in several
    ways, with one of each."""
    text = "Date,Close\n2025-11-20,9100\n11/21/2025,9120\n24.11.2025,9130\n"
    with pytest.raises(
        SourceError,
        match=r"^dates in column 'Date' are written in several ways \('2025-11-20', "
        r"'11/21/2025', '24\.11\.2025'\): set date_format$",
    ):
        _text(text)
    with pytest.raises(
        SourceError, match=r"^cannot read the dates in column 'Date' \(e\.g\. 'x1'\)"
    ):
        _text("Date,Close\nx1,9100\nx2,9120\n", date_column="Date", value_column="Close")


def test_a_unit_column_that_changes_mid_file_is_one_unit() -> None:
    """A publisher moving from USD/t to USD/lb mid-file gave a series of mixed numbers (9,195
    then 4.21), unit unknown, no warning: a cliff on the chart and a price that could not be
    converted to the metal's unit. Every point is in the newest row's unit, converted exactly;
    the health line says so."""
    text = (
        "Date,Close,Unit\n2025-11-03,9100,USD/t\n2025-11-04,9110,USD/t\n"
        "2025-11-05,4.1375,USD/lb\n2025-11-06,4.14,USD/lb\n"
    )
    got = _text(text)
    assert got.unit == "USD/lb"
    assert [v for _, v in got.points] == [4.1277, 4.1322, 4.1375, 4.14]  # no float noise
    assert got.warning == "units change in the file (USD/t, USD/lb): 2 points converted to USD/lb"
    as_set = _text(text, unit="USD/t")  # the unit option: every point in it
    assert as_set.unit == "USD/t"
    assert [v for _, v in as_set.points] == [9100.0, 9110.0, 9121.6, 9127.0]


def test_rows_in_another_currency_than_the_newest_are_left_out_and_said() -> None:
    text = "Date,Close,Unit\n2025-11-03,9100,USD/t\n2025-11-04,8400,EUR/t\n2025-11-05,8410,EUR/t\n"
    got = _text(text)
    assert got.unit == "EUR/t" and [v for _, v in got.points] == [8400.0, 8410.0]
    assert got.warning == (
        "units change in the file (USD/t, EUR/t): 1 point in another currency left out"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Date,Aluminium (USD/t)\n2025-11-28,2500\n2025-12-01,2510\n",  # a wide file of another
        "observation_date,PALUMUSDM\n2025-10-01,2500\n2025-11-01,2600\n",  # FRED's, saved
        "Date,Commodity,Price\n2025-11-28,Aluminium,2500\n2025-12-01,Aluminium,2510\n",  # long
    ],
    ids=["column", "imf series", "long file"],
)
def test_a_file_of_another_metal_is_refused(text: str) -> None:
    """A copper source pointed at aluminium's file (a download saved under the wrong name, a
    link swapped) read aluminium's prices as copper's on its first fetch, with nothing
    stored to compare with: copper at 2,510. The file names its metal: it is refused, said."""
    src = SourceConfig(name="mine", kind="csv", url="/data/copper.csv", metal="copper")
    with pytest.raises(SourceError, match=r"aluminium, not copper: another metal's file\?"):
        csv_prices.parse(text.encode(), src, fetched_at=NOW)
    chosen = {"metal_value": "Aluminium"} if "Commodity" in text else {"value_column": 1}
    got = csv_prices.parse(
        text.encode(),
        SourceConfig(name="m", kind="csv", url="/data/copper.csv", metal="copper", options=chosen),
        fetched_at=NOW,
    )
    assert got.points[-1][1] in (2510.0, 2600.0), "an explicit choice reads it anyway"


def test_a_file_naming_the_metal_or_none_is_read() -> None:
    for text in (
        "Date,LME Copper Cash (USD/t)\n2025-11-28,9100\n2025-12-01,9110\n",
        "Date,Close\n2025-11-28,9100\n2025-12-01,9110\n",
        "Date,Aluminium,Copper\n2025-11-28,2500,9100\n2025-12-01,2510,9110\n",
    ):
        src = SourceConfig(name="mine", kind="csv", url="/data/copper.csv", metal="copper")
        assert csv_prices.parse(text.encode(), src, fetched_at=NOW).points[-1][1] == 9110.0
    lead_time = "Date,Close,Lead time\n2025-11-28,9100,3\n2025-12-01,9110,3\n"  # not the price
    src = SourceConfig(name="mine", kind="csv", url="/data/cu.csv", metal="copper")
    assert csv_prices.parse(lead_time.encode(), src, fetched_at=NOW).points[-1][1] == 9110.0
    custom = SourceConfig(name="mine", kind="csv", url="/data/cu.csv", metal="red-metal")
    wide = "Date,Aluminium\n2025-11-28,2500\n2025-12-01,2510\n"
    assert csv_prices.parse(wide.encode(), custom, fetched_at=NOW).points[-1][1] == 2510.0


def test_a_percentage_is_no_price() -> None:
    """A column of percentages (a yield, a change, a rate exported under ``Close``) was read as
    prices: copper at 5.2 "USD/t" from ``5.2%``. A value written with ``%`` is no price: such
    rows are skipped and counted, and a file of nothing else says what it held."""
    with pytest.raises(SourceError, match=r"no prices read .* \(e\.g\. unreadable value '5\.2%'\)"):
        _text("Date,Close\n2025-11-28,5.2%\n2025-12-01,5.3%\n")
    got = _text("Date,Close\n2025-11-27,9100\n2025-11-28,9110\n2025-12-01,0.5%\n")
    assert [v for _, v in got.points] == [9100.0, 9110.0]
    assert got.warning == "1 of 3 rows skipped: unreadable value '0.5%'"


def test_a_number_in_the_other_notation_is_unreadable_never_read_1000_off() -> None:
    """The real Investing.com export (``"1,526.25"``) read with ``decimal = ","`` (a German
    user's setting) gave 1.52625 for every price, with no word: the thousands comma taken for the
    decimal one and the decimal point dropped. A number with the other mark after the decimal
    one is not a number in that notation: the source fails and says which value."""
    with pytest.raises(SourceError, match=r"unreadable value '1,526\.25'"):
        _file("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", decimal=",")
    s = _file("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv")
    assert s.points[-1] == (date(2020, 3, 31), 1526.25)


def test_prices_with_both_marks_decide_the_notation_over_a_change_column() -> None:
    """Prices written ``1.526,25`` beside a change column written ``1.23%`` (a re-exported file,
    derived from the real Investing.com export): the change column's points outvoted the prices'
    commas, and every price read 1000 off (1.52625). A number with both marks says for sure
    which one is the decimal mark."""
    s = _file("investing_de_mixed_change_SYNTHETIC.csv")
    assert s.points[-1] == (date(2020, 3, 31), 1526.25)
    assert s.points[0] == (date(2020, 2, 26), 1686.0)
    assert len(s.points) == 25 and s.warning is None


def test_spreadsheet_day_numbers_are_said_as_such_not_sent_to_date_format() -> None:
    """The real FRED copper file as a spreadsheet saves it when its date column is left
    unformatted (``46143`` for 2026-05-01): the error said "set date_format", which no
    ``strptime`` format can satisfy. It now says what the numbers are, and what to do."""
    from datetime import date as day

    text = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_text(encoding="utf-8")
    rows = text.splitlines()
    serial = [rows[0]] + [
        f"{(day.fromisoformat(r.split(',')[0]) - day(1899, 12, 30)).days},{r.split(',')[1]}"
        for r in rows[1:]
    ]
    with pytest.raises(SourceError) as err:
        _text("\n".join(serial) + "\n")
    assert str(err.value) == (
        "the dates in column 'observation_date' are spreadsheet day numbers ('33604' is "
        "1992-01-01 in Excel's count): save the column formatted as dates"
    )
