"""A byte of a real price file turned ESC (a flipped byte, a stray control) never changes a
price: the cell holding it does not read, and its row is left out and said.

Before, a price file holding an ESC was read less every escape sequence, as a table saved from a
coloured terminal is (its colours are no cells); but ``\\x1b8`` is an escape sequence to that
reading too, so ``1802.71`` with its first digit turned ESC read as 2.71 (gold, Stooq), and
``13392.5`` as 392.5 (nickel, FRED), without a word; an ESC before a ``,`` took the comma and the
next digit (``0.826000,317`` read 0.8260017). Each digit of a row is turned ESC in turn: no price
read is other than the whole file's, and a price cell turned unreadable is said. Now only the colour (CSI) sequences are taken out;
any other ESC stays in its cell as U+FFFD, which reads as no number.

Fixtures: real files in tests/fixtures/prices (see its PROVENANCE.md), their header and last
24 rows, to keep the test fast.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.registry import parse

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("name", "kind", "metal"),
    [
        ("stooq_xauusd_d.csv", "stooq", "gold"),
        ("fred_PNICKUSDM_DATE.csv", "fred", "nickel"),
        ("yahoo_v8_to_csv_HG=F_2000-08-30_2026-07-30.csv", "csv", "copper"),
        ("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", "csv", "aluminium"),
    ],
)
def test_a_digit_turned_esc_never_reads_as_another_price(name: str, kind: str, metal: str) -> None:
    lines = (PRICES / name).read_bytes().splitlines(keepends=True)
    data = b"".join([lines[0], *lines[-24:]])
    src = SourceConfig("prices", kind, str(PRICES / name), metal=metal)
    whole = dict(parse(src, data, fetched_at=NOW).points)
    row = data.index(b"\n", len(data) // 2) + 1  # a row in the middle, as a flip may hit any
    end = data.index(b"\n", row)
    price = data.rindex(b",", row, end) + 1  # the last cell: the price of Stooq's and FRED's
    wrong, unsaid = [], []
    for at in range(row, end):
        if not data[at : at + 1].isdigit():
            continue
        got = parse(src, data[:at] + b"\x1b" + data[at + 1 :], fetched_at=NOW)
        wrong += [(at, day, value) for day, value in got.points if whole[day] != value]
        if kind != "csv" and at >= price and "1 of 24 rows skipped" not in (got.warning or ""):
            unsaid.append((at, len(got.points), got.warning))
    assert not wrong, wrong[:4]
    assert not unsaid, unsaid[:4]


def test_a_table_saved_from_a_coloured_terminal_still_reads_whole() -> None:
    lines = (PRICES / "stooq_xauusd_d.csv").read_text().splitlines()[-25:]
    coloured = "\n".join(f"\x1b[1m{ln}\x1b[0m".replace(",", ",\x1b[32m", 1) for ln in lines)
    src = SourceConfig("prices", "stooq", "stooq_xauusd_d.csv", metal="gold")
    plain = parse(
        src, ("Date,Open,High,Low,Close\n" + "\n".join(lines) + "\n").encode(), fetched_at=NOW
    )
    got = parse(src, ("Date,Open,High,Low,Close\n" + coloured + "\n").encode(), fetched_at=NOW)
    assert got.points == plain.points and len(got.points) == 25 and got.warning is None
