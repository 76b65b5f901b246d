"""A Stooq download opened and saved again by a spreadsheet: Excel's ``sep=`` line, semicolons
and decimal commas (European Excel), tabs ("Text (Tab delimited)"), dates as the spreadsheet
writes them, a unit in the header. Each is read as the same prices; where the file cannot say
which mark is the decimal one, or which of day and month comes first, it is an error naming
the option to set, never a price 1000 times off or a date a season away.

Real data: Stooq's XAUUSD daily download (931 rows), rewritten as the spreadsheets write it."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from spreadsheet_rows import german, joined

from tui.core.config_types import SourceConfig
from tui.sources import stooq
from tui.sources.base import SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
ROWS = [
    line.split(",")
    for line in (FIXTURES / "stooq_xauusd_d.csv").read_text(encoding="utf-8").splitlines()
]
FIRST, LAST = (date(2018, 1, 2), 1317.63), (date(2021, 8, 10), 1729.15)


def _parse(text: str, name: str = "xauusd_d.csv", **options: object):  # type: ignore[no-untyped-def]
    metal = "copper" if name.startswith("hg") else "gold"
    src = SourceConfig(name=metal, kind="stooq", metal=metal, url=name, options=options)
    return stooq.parse(text.encode("utf-8"), src, fetched_at=NOW)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(joined([german(r) for r in ROWS], ";"), id="semicolons-decimal-commas"),
        pytest.param("sep=;\r\n" + joined([german(r) for r in ROWS], ";"), id="sep-line"),
        pytest.param(joined(ROWS, "\t"), id="tab-separated"),
        pytest.param('"sep=,"\n' + joined(ROWS, ","), id="quoted-sep-line"),
        pytest.param(
            joined([r if r[0] != "Date" else [*r[:4], "Close (USD/ozt)"] for r in ROWS], ";"),
            id="semicolons-decimal-points-unit-in-header",
        ),
    ],
)
def test_a_download_saved_again_by_a_spreadsheet_reads_the_same_prices(text: str) -> None:
    s = _parse(text)
    assert len(s.points) == 931
    assert (s.points[0], s.points[-1]) == (FIRST, LAST)
    assert s.unit == "USD/ozt"
    assert s.warning is None


def test_thousands_points_and_decimal_commas_are_read_as_such() -> None:
    text = "Date;Open;High;Low;Close\n2026-12-01;9.700,50;9.800;9.600;9.800,5\n"
    text += "2026-12-02;9.800;9.900;9.700;9.812,5\n"
    s = _parse(text, "hg_f_d.csv")
    assert s.points == ((date(2026, 12, 1), 9800.5), (date(2026, 12, 2), 9812.5))


def test_a_unit_in_the_close_header_is_the_series_unit() -> None:
    s = _parse("Date,Close (USD/t)\n2026-12-01,9800.5\n2026-12-02,9812.5\n", "hg_f_d.csv")
    assert (s.unit, s.currency) == ("USD/t", "USD")


def test_numbers_that_never_show_their_decimal_mark_are_read_as_the_file_is_written_and_said() -> (
    None
):
    """One rule for every price kind (:func:`tui.sources.price_numbers.decide_mark`): a semicolon
    file's decimal comma, said on the health line with the way to set it."""
    text = "Date;Open;High;Low;Close;Volume\n2026-12-01;9,812;9,815;9,810;9,812;1,000\n"
    got = _parse(text, "hg_f_d.csv")
    assert got.points == ((date(2026, 12, 1), 9.812),)
    assert got.warning is not None
    assert "decimal mark ambiguous: '9,812' read with its comma as the decimal mark" in got.warning
    assert 'set decimal = "," or "."' in got.warning
    assert _parse(text, "hg_f_d.csv", decimal=",").points == ((date(2026, 12, 1), 9.812),)
    assert _parse(text, "hg_f_d.csv", decimal=".").points == ((date(2026, 12, 1), 9812.0),)
    with pytest.raises(SourceError, match="decimal must be"):
        _parse(text, "hg_f_d.csv", decimal="x")


def test_one_decimal_comma_in_the_file_decides_for_the_rest() -> None:
    text = "Date;Open;High;Low;Close\n2026-12-01;4,512;4,6;4,5;4,512\n"
    assert _parse(text, "hg_f_d.csv").points == ((date(2026, 12, 1), 4.512),)


def test_day_month_order_no_row_decides_is_an_error_naming_the_order() -> None:
    text = "Date;Close\n05/12/2026;9800,5\n06/12/2026;9812,5\n"
    with pytest.raises(SourceError, match="day/month or month/day"):
        _parse(text, "hg_f_d.csv")


def test_day_month_order_a_row_decides_is_read() -> None:
    text = "Date,Close\n11/30/2026,9800.5\n12/01/2026,9812.5\n"
    s = _parse(text, "hg_f_d.csv")
    assert s.points == ((date(2026, 11, 30), 9800.5), (date(2026, 12, 1), 9812.5))


def test_an_unquoted_thousands_separator_is_never_read_as_a_price() -> None:
    """``9,812.50`` unquoted splits into two cells: the close column would hold ``9``."""
    text = "Date,Close\n2026-12-01,9,800.50\n2026-12-02,9,812.50\n"
    with pytest.raises(
        SourceError, match=r"more cells than the 2 columns.*comma\? \(quote them\)$"
    ):
        _parse(text, "hg_f_d.csv")
    mixed = "Date,Close\n2026-11-30,9790\n2026-12-01,9,800.50\n"
    s = _parse(mixed, "hg_f_d.csv")
    assert s.points == ((date(2026, 11, 30), 9790.0),)
    assert s.warning == "1 of 2 rows skipped: more cells than columns '2026-12-01,9,800.50'"


def test_repeated_dates_are_said() -> None:
    text = "Date,Close\n2026-12-01,9800.5\n2026-12-02,9812.5\n2026-12-02,9999\n"
    s = _parse(text, "hg_f_d.csv")
    assert s.points[-1] == (date(2026, 12, 2), 9999.0)
    assert s.warning is not None
    assert s.warning.startswith("1 date on more than one row, the lower row kept")


def test_the_newest_row_in_another_date_form_is_said_not_dropped_silently() -> None:
    text = "Date,Close\n2026-12-01,9800.5\n12/02/2026,9812.5\n"
    s = _parse(text, "hg_f_d.csv")
    assert s.points == ((date(2026, 12, 1), 9800.5),)
    assert s.warning == "1 of 2 rows skipped: unreadable date '12/02/2026'"


def test_what_is_not_a_stooq_table_is_still_refused() -> None:
    with pytest.raises(SourceError, match="Stooq did not send CSV"):
        _parse("Datum;Schlusskurs\n01.12.2026;9800,5\n")
    with pytest.raises(SourceError, match="Stooq did not send CSV"):
        _parse("sep=;\n")
    with pytest.raises(SourceError, match="Stooq has no data"):
        _parse("sep=;\nDate;Open;High;Low;Close\n")


def test_the_options_the_errors_name_are_taken(tmp_path: Path) -> None:
    """``decimal`` and ``date_format``, which the errors above ask for, are options of a stooq
    source: the config accepts them and the parser reads the file with them."""
    from tui.core.config import load_config

    text = "Date;Close\n05/12/2026;9,812\n06/12/2026;9,815\n"
    s = _parse(text, "hg_f_d.csv", decimal=",", date_format="%m/%d/%Y")
    assert s.points == ((date(2026, 5, 12), 9.812), (date(2026, 6, 12), 9.815))
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[[sources]]\nname = "s"\nkind = "stooq"\nmetal = "copper"\nurl = "hg_f_d.csv"\n'
        'decimal = ","\ndate_format = "%d/%m/%Y"\n',
        encoding="utf-8",
    )
    (src,) = load_config(cfg).sources
    assert (src.opt("decimal"), src.opt("date_format")) == (",", "%d/%m/%Y")


def test_control_characters_of_a_header_never_reach_a_message() -> None:
    text = "Date (\u202eevil\u0007);Close\n05/12/2026;9800,5\n06/12/2026;9812,5\n"
    with pytest.raises(SourceError) as info:
        _parse(text, "hg_f_d.csv")
    assert "in column 'Date (evil)' like '05/12/2026'" in str(info.value)
