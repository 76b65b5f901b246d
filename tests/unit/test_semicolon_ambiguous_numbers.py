"""A semicolon-separated price file is a decimal-comma locale's export (German, French, Dutch
Excel): where no number says which mark is the decimal one (``4,512``: three digits after the
comma; ``13.484``: a whole number with a thousands point), it is read in that locale's way,
never 1000 times off. A comma-separated file keeps the decimal point; a number with both marks
still decides, whatever the delimiter.

Real data: FRED's copper monthly prices (USD/t) and Yahoo's COMEX copper history (USD/lb), as a
German Excel writes them."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FRED = (FIXTURES / "refresh" / "fred_PCOPPUSDM_2026-05.csv").read_text(encoding="utf-8")
HG = (FIXTURES / "prices" / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv").read_text(
    encoding="utf-8"
)
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
SRC = SourceConfig(name="Kupfer", kind="csv", url="kupfer.csv", metal="copper")


def _fred() -> list[tuple[str, float]]:
    rows = [ln.split(",") for ln in FRED.strip().splitlines()[1:]]
    return [(d, float(v)) for d, v in rows]


def _hg() -> list[tuple[str, float]]:
    rows = [ln.split(",") for ln in HG.strip().splitlines()[1:]]
    return [(row[0][:10], float(row[4])) for row in rows]  # Date, Open, High, Low, Close


def _german(rows: list[tuple[str, float]], cell: str) -> bytes:
    body = "".join(
        f"{d};{cell.format(v).replace(',', '_').replace('.', ',').replace('_', '.')}\r\n"
        for d, v in rows
    )
    return ("Datum;Schlusskurs\r\n" + body).encode("cp1252")


def test_three_decimals_after_a_comma_in_a_semicolon_file_are_decimals() -> None:
    rows = _hg()[-60:]  # USD/lb, 3.9 to 4.9: written 4,512
    got = csv_prices.parse(_german(rows, "{:.3f}"), SRC, fetched_at=NOW)
    assert got.points[-1] == (date(2025, 8, 22), pytest.approx(round(rows[-1][1], 3)))
    assert all(3 < v < 6 for _, v in got.points), got.points[:3]


def test_whole_tonne_prices_with_a_thousands_point_in_a_semicolon_file() -> None:
    rows = _fred()[-60:]  # USD/t, 8,000 to 13,500: written 13.484
    got = csv_prices.parse(_german(rows, "{:,.0f}"), SRC, fetched_at=NOW)
    assert got.points[-1] == (date(2026, 5, 1), round(13483.75153846154))
    assert all(5000 < v < 20000 for _, v in got.points)


def test_a_comma_separated_file_keeps_the_decimal_point() -> None:
    rows = _fred()[-60:]
    text = "Date,Close\n" + "".join(f'{d},"{v:,.0f}"\n' for d, v in rows)  # "13,484"
    got = csv_prices.parse(text.encode(), SRC, fetched_at=NOW)
    assert got.points[-1] == (date(2026, 5, 1), 13484.0)


def test_a_number_with_both_marks_decides_in_a_semicolon_file() -> None:
    rows = _fred()[-60:]
    text = "Date;Close\n" + "".join(f"{d};{v:,.2f}\n" for d, v in rows)  # US: "13,483.75"
    got = csv_prices.parse(text.encode(), SRC, fetched_at=NOW)
    assert got.points[-1] == (date(2026, 5, 1), 13483.75)
