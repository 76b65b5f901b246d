"""A download cut off inside the price cell of its last row (a connection dropped, a file
copied halfway) is not read as the newest price: ``2020-09-25,2.983,2.991,2.9525,2`` under
``Date,Open,High,Low,Close,Adj Close,Volume`` gave copper at 2 (for 2.973) with no word. The
row is shorter than the one above it and ends in the price cell with no line break: left out,
and the health line says so. A last row that is whole (a file with no final line break, as
Yahoo's downloads are) or cut in a later cell is read.

Real data: Yahoo's "Download" CSV of COMEX copper (HG=F, no final line break), Stooq's gold
spot (xauusd_d)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, stooq, yahoo

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
HG = (PRICES / "yahoo_download_HG=F_2020-09-24_2020-09-25.csv").read_bytes()
XAU = (PRICES / "stooq_xauusd_d.csv").read_bytes()
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
CUT = "last line cut off, left out: "


def _yahoo(data: bytes):
    src = SourceConfig(name="COMEX copper", kind="yahoo", url="HG=F.csv", metal="copper")
    return yahoo.parse(data, src, fetched_at=NOW)


def _csv(data: bytes):
    src = SourceConfig(name="copper", kind="csv", url="HG=F.csv", metal="copper")
    return csv_prices.parse(data, src, fetched_at=NOW)


@pytest.mark.parametrize("parse", [_yahoo, _csv], ids=["yahoo", "csv"])
@pytest.mark.parametrize("keep", ["2", "2.9", "2.97"])
def test_a_last_row_cut_in_its_price_is_left_out(parse, keep: str) -> None:
    assert HG.endswith(b"2020-09-25,2.983000,2.991000,2.952500,2.973000,2.973000,351")
    cut = HG[: HG.rindex(b",2.973000,2.973000")] + b"," + keep.encode()
    got = parse(cut)
    assert list(got.points) == [(date(2020, 9, 24), pytest.approx(2.969))]
    assert got.warning is not None and got.warning.startswith(CUT), got.warning


@pytest.mark.parametrize("parse", [_yahoo, _csv], ids=["yahoo", "csv"])
def test_a_whole_last_row_without_a_line_break_is_read(parse) -> None:
    got = parse(HG)
    assert got.points[-1] == (date(2020, 9, 25), pytest.approx(2.973))
    assert got.warning is None
    cut_in_volume = HG[:-2]  # "35" of "351": the prices are whole
    assert parse(cut_in_volume).points[-1] == (date(2020, 9, 25), pytest.approx(2.973))


def test_stooq_leaves_out_a_last_row_cut_in_its_close() -> None:
    src = SourceConfig(name="gold", kind="stooq", url="xauusd_d.csv", metal="gold")
    whole = stooq.parse(XAU, src, fetched_at=NOW)
    assert whole.points[-1] == (date(2021, 8, 10), 1729.15)
    with_volume = XAU.replace(b"Close\n", b"Close,Volume\n").replace(b"\n", b",0\n")
    with_volume = with_volume.replace(b"Close,Volume,0\n", b"Close,Volume\n").rstrip(b"\n")
    cut = with_volume[: with_volume.rindex(b",1729.15,0")] + b",17"
    got = stooq.parse(cut, src, fetched_at=NOW)
    assert got.points[-1] == (date(2021, 8, 9), 1729.7)
    assert got.warning is not None and got.warning.startswith(CUT)
