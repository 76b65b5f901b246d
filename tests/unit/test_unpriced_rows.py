"""Rows whose price is zero or less (an export's mark for "no price": Yahoo's zero-close bars,
a spreadsheet's empty cell saved as 0) are left out and counted, never drawn as a crash to
nothing. Real files, edited only where the test says."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, fred
from tui.sources.base import SourceError

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
FETCHED = datetime(2026, 7, 1, tzinfo=timezone.utc)
COPPER = (PRICES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()


def fred_src() -> SourceConfig:
    return SourceConfig(name="FRED copper", kind="fred", url="x.csv", metal="copper")


def test_fred_rows_of_zero_or_less_are_left_out_and_said() -> None:
    edited = COPPER.replace(b"2025-03-01,9735.823333333332", b"2025-03-01,0").replace(
        b"2025-04-01,9172.695909090909", b"2025-04-01,-5"
    )
    assert edited.count(b",0\n") >= 1 and b",-5\n" in edited
    s = fred.parse(edited, fred_src(), fetched_at=FETCHED)
    days = dict(s.points)
    assert date(2025, 3, 1) not in days and date(2025, 4, 1) not in days
    assert len(s.points) == 411 and min(days.values()) > 0
    assert s.warning == "2 rows with a price of zero or less left out"


def test_a_csv_zero_close_is_left_out() -> None:
    body = (PRICES / "yahoo_download_HG=F_2020-09-24_2020-09-25.csv").read_bytes()
    lines = body.decode().splitlines()
    header, first, second = lines[0], lines[1], lines[2]
    cells = second.split(",")
    cells[4] = "0"  # the Close of 2020-09-25, as a zero-close bar
    edited = "\n".join([header, first, ",".join(cells)]).encode()
    src = SourceConfig(name="HG", kind="csv", url="HG=F.csv", metal="copper", options={})
    s = csv_prices.parse(edited, src, fetched_at=FETCHED)
    assert [d for d, _ in s.points] == [date(2020, 9, 24)]
    assert s.warning is not None and "1 row with a price of zero or less left out" in s.warning


def test_every_price_zero_is_an_error_not_a_series() -> None:
    body = b"observation_date,PCOPPUSDM\n2026-04-01,0\n2026-05-01,0\n"
    with pytest.raises(SourceError, match="every price zero or less"):
        fred.parse(body, fred_src(), fetched_at=FETCHED)
