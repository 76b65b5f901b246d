"""Price rows dated far before the rest of their series (a spreadsheet's zero date, Unix's
epoch, a year typed wrong), through the real ``metalwatch snapshot --json`` (``tui.cli.main``)
on real files (copies of ``tests/fixtures/prices``, provenance in its ``PROVENANCE.md``) with
one row added, and a real loopback server for a Yahoo chart.

Such a row stayed the series' first point: the chart spanned a century with the prices in its
last column (or, when its date did not read at all and it stood right under the header, was
taken for a header row: its price became the series' name). Now it is left out and counted on the source's line, and a point of the kind an
earlier version stored is not shown either; long real histories (the World Bank's from 1960,
a yearly series from 1900) and a real hole in a series are read as they are.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main
from tui.core.early_dates import far_before

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
FRED = (PRICES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()  # monthly, 1992-01 .. 2026-05
HG = (PRICES / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv").read_bytes()  # daily
TIDY = PRICES / "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv"
COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'


def _with_row(data: bytes, row: bytes) -> bytes:
    """``data`` with ``row`` right under its header line."""
    head, _, rest = data.partition(b"\n")
    return head + b"\n" + row + b"\n" + rest


def _snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bytes, options: str = ""
) -> tuple[dict[str, Any], dict[str, Any]]:
    (tmp_path / "prices.csv").write_bytes(body)
    config = tmp_path / "config.toml"
    config.write_text(
        f'{COPPER}[[sources]]\nname = "P"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "prices.csv"\n{options}',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    doc = json.loads(capsys.readouterr().out)
    (source,) = doc["sources"]
    (price,) = doc["prices"]
    return source, price


@pytest.mark.parametrize(
    ("row", "said"),
    [
        (b"1900-01-01,9000.5", "1 row dated far before the rest left out (1900-01-01, 92 years"),
        (b"1899-12-30,9000.5", "1 row dated far before the rest left out (1899-12-30, 92 years"),
        (b"1970-01-01,9000.5", "1 row dated far before the rest left out (1970-01-01, 22 years"),
    ],
    ids=["excel-zero", "excel-ole-zero", "unix-epoch"],
)
def test_a_zero_date_in_a_monthly_file_is_left_out_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: bytes, said: str
) -> None:
    source, price = _snapshot(tmp_path, capsys, _with_row(FRED, row))
    assert source["ok"] and source["items"] == 413
    assert source["warning"].startswith(said), source["warning"]
    assert price["as_of"] == "2026-05-01"


@pytest.mark.parametrize("row", [b"0000-00-00,9000.5", b"00/01/1900,9000.5"])
def test_a_first_row_whose_date_is_no_day_is_data_left_out_not_a_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: bytes
) -> None:
    """Right under the header, a row dated as a spreadsheet shows its zero: it was taken for a
    second header row, its price became the series' name ("9000.5") and nothing was said."""
    source, price = _snapshot(tmp_path, capsys, _with_row(FRED, row))
    assert source["ok"] and source["items"] == 413
    date_cell = row.split(b",")[0].decode()
    assert source["warning"] == f"1 of 414 rows skipped: unreadable date {date_cell!r}"
    assert price["symbol"] == "PCOPPUSDM"
    assert price["points"][0][0] == "1992-01-01"


def test_a_typed_year_in_a_daily_file_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A year typed wrong (1018 for 2018) and a lost date written as Excel's zero, in the real
    yfinance HG=F export: both rows stand before the series, and neither is a point."""
    rows = b"1018-01-02 00:00:00-05:00,3.2,3.2,3.2,3.2,3.2,1,0.0,0.0"
    rows += b"\n1900-01-01 00:00:00-05:00,3.3,3.3,3.3,3.3,3.3,1,0.0,0.0"
    source, price = _snapshot(tmp_path, capsys, _with_row(HG, rows))
    assert source["ok"]
    assert "1 row dated far before the rest left out (1900-01-01, 118 years" in source["warning"]
    assert "1 point dated before 1800 left out: 1018-01-02" in source["warning"]
    assert all(day >= "2018-01-02" for day, _ in price["points"])


def test_the_world_bank_history_from_1960_reads_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, _ = _snapshot(tmp_path, capsys, TIDY.read_bytes())
    assert source["ok"] and source["warning"] is None
    assert source["items"] == 790


def test_a_yahoo_bar_at_time_zero_is_left_out(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A chart whose first timestamp is 0 (a null written as zero): 1969-12-31 in New York,
    before bars of 2020, in the real GC=F capture."""
    doc = json.loads((PRICES / "yahoo_chart_GC=F_2020-01-01_2020-01-03.json").read_text())
    result = doc["chart"]["result"][0]
    first = result["timestamp"][0]
    result["timestamp"] = [0, first, first + 86400, first + 2 * 86400]
    quote = result["indicators"]["quote"][0]
    for key in quote:
        quote[key] = [quote[key][0]] * 4
    quote["close"] = [1500.0, 1524.5, 1530.0, 1541.25]
    server.expect_request("/v8/finance/chart/GC=F").respond_with_data(
        json.dumps(doc), content_type="application/json"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "gold"\nname = "Gold"\n[[sources]]\nname = "Y"\nkind = "yahoo"\n'
        f'metal = "gold"\nurl = "{server.url_for("/v8/finance/chart/GC=F")}"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    out = json.loads(capsys.readouterr().out)
    (source,) = out["sources"]
    assert source["ok"]
    assert source["warning"].startswith("1 row dated far before the rest left out (1969-12-31")
    (price,) = out["prices"]
    assert price["points"][0][0].startswith("2020-01-0")
    assert price["last"] == 1541.25


def test_a_zero_date_an_earlier_version_stored_is_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.core.paths import store_path
    from tui.store import Store

    _, price = _snapshot(tmp_path, capsys, FRED)
    assert price["points"][0][0] == "1992-01-01"
    with Store(store_path()) as store:  # as a version before this one stored it
        (series,) = store.load_series(source="P")
        store.save_series(dataclasses.replace(series, points=((date(1900, 1, 1), 9000.5),)))
        assert store.load_series(source="P")[0].points[0][0] == date(1900, 1, 1)
    config = tmp_path / "config.toml"
    main(["snapshot", "--config", str(config), "--json", "--offline"])
    (price,) = json.loads(capsys.readouterr().out)["prices"]
    assert price["points"][0][0] == "1992-01-01"


def _days(start: date, n: int, step: int) -> list[date]:
    return [start + timedelta(days=step * i) for i in range(n)]


@pytest.mark.parametrize(
    ("days", "start"),
    [
        pytest.param(_days(date(1900, 1, 1), 126, 365), None, id="yearly-from-1900"),
        pytest.param(_days(date(1833, 1, 1), 190, 365), None, id="yearly-from-1833"),
        pytest.param(
            _days(date(1990, 1, 1), 72, 30) + _days(date(2010, 1, 1), 200, 30),
            None,
            id="monthly-with-a-real-hole",
        ),
        pytest.param(
            [date(1990, 5, 1), *_days(date(2018, 1, 2), 400, 1)],
            date(2018, 1, 2),
            id="daily-with-one-row-decades-before",
        ),
        pytest.param(
            [date(2009, 5, 1), *_days(date(2018, 1, 2), 400, 1)], None, id="nine-years-is-no-decade"
        ),
        pytest.param([date(1900, 1, 1), date(2026, 11, 5)], date(2026, 11, 5), id="two-points"),
        pytest.param([date(1999, 1, 1), date(2026, 11, 5)], None, id="two-real-points"),
    ],
)
def test_what_stands_apart(days: list[date], start: date | None) -> None:
    assert far_before(days) == start
