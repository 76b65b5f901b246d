"""A download cut off inside its last line's quoted price (``"Feb 04, 2020","1,6`` in
investing.com's quoted-thousands export, ``"26.11.2026";"11.1`` in its German one): the row was
left out, as a cut price must be, but the health line said the cut number had been *read*
("1 price written with a decimal comma among 40 rows with a decimal point, read by its own mark
('1,6' as 1.6): check the file") and, in a newest-first file, not that the line was cut off. A
cut price cell is no vote on the file's decimal mark and is never said as a price read: the
health line says the last line was cut off.

Inputs: the real investing.com aluminium download and the made-up German export in
``tests/fixtures/prices`` (see PROVENANCE.md), each cut off here inside the last line's price,
and a made-up oldest-first file of quoted prices cut the same way."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def _cut_in_last_price(data: bytes, lines: int, keep: int) -> bytes:
    """The first ``lines`` lines of ``data``, then the next line up to ``keep`` characters
    into its price (second) cell."""
    rows = data.decode("utf-8-sig").splitlines()
    last = rows[lines]
    sep = ";" if ";" in rows[0] else ","
    price_quote = last.index('"' + sep) + 2  # the date cell is quoted too
    cut = last[: price_quote + 1 + keep]  # the price's opening quote, then ``keep`` characters
    return ("\n".join(rows[:lines]) + "\n" + cut).encode()


@pytest.mark.parametrize(
    ("name", "keep", "oldest"),
    [
        ("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", 3, date(2020, 2, 5)),
        ("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", 1, date(2020, 2, 5)),
        ("investing_de_semicolon_SYNTHETIC.csv", 4, None),
    ],
)
def test_a_newest_first_download_cut_in_its_last_price(
    name: str, keep: int, oldest: date | None
) -> None:
    data = (PRICES / name).read_bytes()
    lines = 41 if oldest else 3
    cut = _cut_in_last_price(data, lines, keep)
    src = SourceConfig(name="alu", kind="csv", url=name, metal="aluminium")
    series = csv_prices.parse(cut, src, fetched_at=NOW)
    assert len(series.points) == lines - 1, "every whole row read, the cut one not"
    if oldest:
        assert series.points[0][0] == oldest
    assert series.warning is not None
    assert "read by its own mark" not in series.warning
    assert "last line cut off" in series.warning


def test_an_oldest_first_file_of_quoted_prices_cut_in_its_last_price() -> None:
    rows = ['"Date","Close"'] + [
        f'"2026-11-{d:02d}","{9800 + 12.5 * d:,.2f}"' for d in range(2, 28)
    ]
    data = ("\n".join(rows) + '\n"2026-11-30","9,9').encode()
    src = SourceConfig(name="cu", kind="csv", url="copper.csv", metal="copper")
    series = csv_prices.parse(data, src, fetched_at=NOW)
    assert series.points[-1] == (date(2026, 11, 27), 9800 + 12.5 * 27)
    assert series.warning is not None
    assert "read by its own mark" not in series.warning
    assert "last line cut off" in series.warning


@pytest.mark.parametrize(
    "last", ['"2026-11-30","9,812.50"', "2026-11-30,9812.50", '"2026-11-30";"9.812,50"']
)
def test_a_whole_last_row_without_a_line_break_is_still_read(last: str) -> None:
    sep = ";" if ";" in last else ","
    rows = [f"Date{sep}Close"]
    for d in range(2, 28):
        value = f"{9800 + 12.5 * d:,.2f}"
        if sep == ";":
            value = value.replace(",", " ").replace(".", ",").replace(" ", ".")
        rows.append(
            f'"2026-11-{d:02d}"{sep}"{value}"'
            if '"' in last
            else f"2026-11-{d:02d}{sep}{value.replace(',', '')}"
        )
    data = ("\n".join(rows) + "\n" + last).encode()
    src = SourceConfig(name="cu", kind="csv", url="copper.csv", metal="copper")
    series = csv_prices.parse(data, src, fetched_at=NOW)
    assert series.points[-1] == (date(2026, 11, 30), 9812.5)
    assert series.warning is None
