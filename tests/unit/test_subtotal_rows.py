"""A subtotal or total row labelled with a date and a word (``2026-07-30 Total``, ``30.07.2026
Summe``, a spreadsheet's grouping row) is a footer, not a price of that day: the date parsers
took any text after a space as a time of day, and the row's sum (999) became the newest price
of 2026-07-30 in place of the real 6.346, with no word. A time after the date still reads.

Real data: Yahoo's COMEX copper history (HG=F) to 2026-07-30."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices
from tui.sources.csv_dates import choose_date_parser

HG = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "prices"
    / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv"
).read_text(encoding="utf-8")
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
SRC = SourceConfig(name="copper", kind="csv", url="copper.csv", metal="copper")


def _rows() -> list[tuple[date, float]]:
    rows = [ln.split(",") for ln in HG.strip().splitlines()[1:]][-40:]
    return [(date.fromisoformat(r[0][:10]), float(r[4])) for r in rows]


@pytest.mark.parametrize(
    ("fmt", "sep", "total"),
    [
        ("%Y-%m-%d", ",", "{} Total"),
        ("%d.%m.%Y", ";", "{} Summe"),
        ("%m/%d/%Y", ",", "{} Total"),
        ("%Y/%m/%d", ",", "{} subtotal"),
    ],
)
def test_a_dated_total_row_is_no_price(fmt: str, sep: str, total: str) -> None:
    rows = _rows()
    lines = [f"Date{sep}Close"] + [f"{d.strftime(fmt)}{sep}{v}" for d, v in rows]
    lines.append(f"{total.format(rows[-1][0].strftime(fmt))}{sep}{sum(v for _, v in rows):.2f}")
    got = csv_prices.parse(("\n".join(lines) + "\n").encode(), SRC, fetched_at=NOW)
    day, value = got.points[-1]
    assert day == date(2025, 8, 22) and value == pytest.approx(4.4475, rel=1e-6)
    assert len(got.points) == len(rows)


def test_a_time_after_the_date_still_reads() -> None:
    parse = choose_date_parser(["2025-08-21 00:00:00-04:00", "2025-08-22 00:00:00-04:00"], "Date")
    assert parse("2025-08-22 00:00:00-04:00") == date(2025, 8, 22)
    assert parse("2025-08-22T16:00:00Z") == date(2025, 8, 22)
    assert parse("2025-08-22 Total") is None
