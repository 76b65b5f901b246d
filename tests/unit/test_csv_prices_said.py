"""Generic price CSV parser: what a file it cannot read right says on its health line (rows
left unread, a cut-off file, dates and units written several ways, another metal or currency,
percentages, the other number notation, spreadsheet day numbers) instead of a wrong price."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from csv_parse import FIXTURES, NOW, csv_file, csv_text

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices
from tui.sources.base import SourceError


def test_unreadable_data_rows_are_counted_in_a_warning_not_dropped_silently() -> None:
    text = (
        "Date,Close\n2026-11-20,9000\n2026-11-21,9010.5\n2026-11-23,closed\n"
        "2026-13-45,9020\n2026-11-25,N/A\n2026-11-26,9030\nSource: exchange,\nAverage,9015\n"
        "31 days,9000\n"
    )
    s = csv_text(text)
    assert [v for _, v in s.points] == [9000.0, 9010.5, 9030.0]
    assert s.warning == (
        "2 of 5 rows skipped: unreadable value 'closed'; unreadable date '2026-13-45'"
    )
    # missing values, title lines and footers are not data that could not be read
    assert csv_text("Date,Price\n2020-01-02,1\n2020-01-03,…\nHighest: 2,\n").warning is None
    assert (
        csv_file(
            "worldbank_pinksheet_CMO-Historical-Data-Monthly_2025-11.csv",
            skip_rows=6,
            value_column="CRUDE_WTI",
        ).warning
        is None
    )


def test_a_row_with_more_cells_than_columns_is_not_read_as_a_fragment_of_its_number() -> None:
    # an unquoted thousands separator splits "9,012.50" into "9" and "012.50"
    text = "Date,Close\n2026-11-20,9000\n2026-11-23,9,012.50\n2026-11-24,9020,\n"
    s = csv_text(text)
    assert [v for _, v in s.points] == [9000.0, 9020.0]  # a trailing empty cell is harmless
    assert s.warning == "1 of 3 rows skipped: more cells than columns '2026-11-23,9,012.50'"
    # without a header, the usual width of the rows is the table's
    s = csv_text("2026-11-20,9000\n2026-11-21,9001\n2026-11-23,9,012.50\n", value_column=1)
    assert [v for _, v in s.points] == [9000.0, 9001.0]
    assert s.warning is not None and "more cells than columns" in s.warning


def test_every_row_split_by_thousands_separators_is_an_error_not_a_price() -> None:
    with pytest.raises(SourceError, match="more cells than the 2 columns") as caught:
        csv_text("Date,Close\n2026-11-20,9,000.00\n2026-11-23,9,012.50\n")
    assert "thousands separator" in str(caught.value)
    # quoted, the same numbers read
    s = csv_text('Date,Close\n2026-11-20,"9,000.00"\n2026-11-23,"9,012.50"\n')
    assert [v for _, v in s.points] == [9000.0, 9012.5]


def test_a_file_cut_off_mid_row_or_mid_date_says_so_on_its_health_line() -> None:

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
    # a last price ending the file with no line break may be the start of a number (6.3 of
    # 6.35): left out and said; ended by a line break or a closing quote, it is whole
    open_end = csv_text("Date,Close\n2026-07-29,6.25\n2026-07-30,6.3")
    assert open_end.points == ((date(2026, 7, 29), 6.25),)
    assert (open_end.warning or "").startswith("last line cut off, left out: '2026-07-30,6.3'")
    assert csv_text("Date,Close\n2026-07-29,6.25\n2026-07-30,6.3\n").warning is None
    assert csv_text('Date,Close\n2026-07-29,"6.25"\n2026-07-30,"6.3"').warning is None
    # a footer without a line break is no cut
    assert csv_text("Date,Close\n2026-07-29,6.25\nSource: exchange").warning is None
    assert csv_text("Date,Close\n2026-07-29,6.25\n2026-07-3\n").warning is None  # ended: a note


@pytest.mark.parametrize("text", [",,,\n,,,\n", '"","",""\n'])
def test_a_sheet_of_empty_cells_is_said_in_words(text: str) -> None:
    """An empty sheet exported as CSV is only delimiters: "internal error: ValueError: max()
    arg is an empty sequence"."""
    with pytest.raises(SourceError, match=r"^the file has no values \(only empty cells\)$"):
        csv_text(text)


def test_a_date_format_that_reads_no_date_says_so() -> None:
    """``date_format`` naming another form than the file's dates said "no prices read from
    column 'Close'", sending the user to look at the prices; it names the dates."""
    text = "Date,Close\n2025-11-28,9100\n2025-12-01,9120\n"
    with pytest.raises(
        SourceError,
        match=r"^date_format '%d/%m/%Y' reads no date in column 'Date' \(e\.g\. '2025-11-28'\)$",
    ):
        csv_text(text, date_format="%d/%m/%Y")


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
        csv_text(text)
    with pytest.raises(
        SourceError, match=r"^cannot read the dates in column 'Date' \(e\.g\. 'x1'\)"
    ):
        csv_text("Date,Close\nx1,9100\nx2,9120\n", date_column="Date", value_column="Close")


def test_a_unit_column_that_changes_mid_file_is_one_unit() -> None:
    """A publisher moving from USD/t to USD/lb mid-file gave a series of mixed numbers (9,195
    then 4.21), unit unknown, no warning: a cliff on the chart and a price that could not be
    converted to the metal's unit. Every point is in the newest row's unit, converted exactly;
    the health line says so."""
    text = (
        "Date,Close,Unit\n2025-11-03,9100,USD/t\n2025-11-04,9110,USD/t\n"
        "2025-11-05,4.1375,USD/lb\n2025-11-06,4.14,USD/lb\n"
    )
    got = csv_text(text)
    assert got.unit == "USD/lb"
    assert [v for _, v in got.points] == [4.1277, 4.1322, 4.1375, 4.14]  # no float noise
    assert got.warning == "units change in the file (USD/t, USD/lb): 2 points converted to USD/lb"
    as_set = csv_text(text, unit="USD/t")  # the unit option: every point in it
    assert as_set.unit == "USD/t"
    assert [v for _, v in as_set.points] == [9100.0, 9110.0, 9121.6, 9127.0]


def test_rows_in_another_currency_than_the_newest_are_left_out_and_said() -> None:
    text = "Date,Close,Unit\n2025-11-03,9100,USD/t\n2025-11-04,8400,EUR/t\n2025-11-05,8410,EUR/t\n"
    got = csv_text(text)
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
        csv_text("Date,Close\n2025-11-28,5.2%\n2025-12-01,5.3%\n")
    got = csv_text("Date,Close\n2025-11-27,9100\n2025-11-28,9110\n2025-12-01,0.5%\n")
    assert [v for _, v in got.points] == [9100.0, 9110.0]
    assert got.warning == "1 of 3 rows skipped: unreadable value '0.5%'"


def test_a_number_in_the_other_notation_is_unreadable_never_read_1000_off() -> None:
    """The real Investing.com export (``"1,526.25"``) read with ``decimal = ","`` (a German
    user's setting) gave 1.52625 for every price, with no word: the thousands comma taken for the
    decimal one and the decimal point dropped. A number with the other mark after the decimal
    one is not a number in that notation: the source fails and says which value."""
    with pytest.raises(SourceError, match=r"unreadable value '1,526\.25'"):
        csv_file("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", decimal=",")
    s = csv_file("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv")
    assert s.points[-1] == (date(2020, 3, 31), 1526.25)


def test_prices_with_both_marks_decide_the_notation_over_a_change_column() -> None:
    """Prices written ``1.526,25`` beside a change column written ``1.23%`` (a re-exported file,
    derived from the real Investing.com export): the change column's points outvoted the prices'
    commas, and every price read 1000 off (1.52625). A number with both marks says for sure
    which one is the decimal mark."""
    s = csv_file("investing_de_mixed_change_SYNTHETIC.csv")
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
        csv_text("\n".join(serial) + "\n")
    assert str(err.value) == (
        "the dates in column 'observation_date' are spreadsheet day numbers ('33604' is "
        "1992-01-01 in Excel's count): save the column formatted as dates"
    )
