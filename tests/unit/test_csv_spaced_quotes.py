"""Quoted cells written after the delimiter and a space (`"2026-05-01", "13,483.75"`).

Hand-written exporters join cells with ", " (or "; ") and quote each one; CSV readers that do
not skip the space after a delimiter take the quote for a character of the cell, and a
thousands separator or decimal comma inside the quotes then splits the cell in two. The
file was refused ("no column of prices found; ... columns are: Date, "Close", column 2") or its
prices read from the wrong half. Every kind that reads a table (csv, and the fred, stooq and
yahoo downloads saved again) reads them as the quotes say.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, fred, stooq, yahoo

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
ROWS = [("2026-09-01", 10012.5), ("2026-10-01", 10739.92), ("2026-11-02", 11203.75)]


def csv_src(**options: object) -> SourceConfig:
    return SourceConfig(
        name="mine", kind="csv", url="/data/prices.csv", metal="copper", options=options
    )


def table(head: list[str], cells: list[list[str]], sep: str) -> bytes:
    quoted = [sep.join(f'"{c}"' for c in head)]
    quoted += [sep.join(f'"{c}"' for c in row) for row in cells]
    return ("\n".join(quoted) + "\n").encode()


CASES = [
    # (delimiter with its space, how a price is written, options)
    (", ", lambda v: f"{v:,.2f}", {}),  # thousands separators inside the quotes
    (", ", lambda v: f"{v:.2f}", {}),
    ("; ", lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ","), {}),  # 10 012,50
    ("; ", lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), {}),
    (",  ", lambda v: f"{v:,.2f}", {}),  # two spaces
    (", ", lambda v: f"US${v:,.2f}", {}),
]


@pytest.mark.parametrize("sep,written,options", CASES)
def test_a_csv_with_quoted_cells_after_a_space_reads_every_price(
    sep: str, written: object, options: dict[str, object]
) -> None:
    body = table(["Date", "Close"], [[d, written(v)] for d, v in ROWS], sep)  # type: ignore[operator]
    series = csv_prices.parse(body, csv_src(unit="USD/t", **options), fetched_at=NOW)
    assert series.points == tuple((date.fromisoformat(d), v) for d, v in ROWS)
    assert series.warning is None


def test_several_columns_quoted_after_spaces_keep_the_price_column() -> None:
    cells = [[d, f"{v - 50:,.2f}", f"{v + 50:,.2f}", f"{v:,.2f}", "1,234"] for d, v in ROWS]
    body = table(["Date", "Low", "High", "Close", "Volume"], cells, ", ")
    series = csv_prices.parse(body, csv_src(unit="USD/t"), fetched_at=NOW)
    assert [v for _, v in series.points] == [v for _, v in ROWS]


def test_saved_downloads_with_quoted_cells_after_a_space() -> None:
    fred_body = table(["observation_date", "PCOPPUSDM"], [[d, f"{v}"] for d, v in ROWS], ", ")
    src = SourceConfig(
        name="f",
        kind="fred",
        url="/x/PCOPPUSDM.csv",
        metal="copper",
        options={"series": "PCOPPUSDM"},
    )
    assert [v for _, v in fred.parse(fred_body, src, fetched_at=NOW).points] == [v for _, v in ROWS]
    head = ["Date", "Open", "High", "Low", "Close"]
    rows = [[d, f"{v:,.2f}", f"{v:,.2f}", f"{v:,.2f}", f"{v:,.2f}"] for d, v in ROWS]
    src = SourceConfig(
        name="s",
        kind="stooq",
        url="/x/hg_f_d.csv",
        metal="copper",
        options={"symbol": "hg.f", "unit": "USD/t"},
    )
    assert [v for _, v in stooq.parse(table(head, rows, ", "), src, fetched_at=NOW).points] == [
        v for _, v in ROWS
    ]
    head = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"]
    rows = [[d, "1", "1", "1", f"{v:,.2f}", f"{v:,.2f}", "100"] for d, v in ROWS]
    src = SourceConfig(
        name="y",
        kind="yahoo",
        url="/x/HG=F.csv",
        metal="copper",
        options={"symbol": "HG=F", "unit": "USD/t"},
    )
    assert [v for _, v in yahoo.parse(table(head, rows, ", "), src, fetched_at=NOW).points] == [
        v for _, v in ROWS
    ]
