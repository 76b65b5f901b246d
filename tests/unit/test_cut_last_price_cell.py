"""Real price files whose price is the last cell of each row (Stooq's ``Date,...,Close``, FRED's
``DATE,<ID>``), cut at every byte of their newest row, as a download or a write that stopped
there leaves them: the cut row never gives a price, and the health line says the last line was
cut off and left out.

Before, a cut inside the price cell read as a price whenever the row kept all its columns:
``1304.38,1310.63,1301.07,130`` gave 130 for 1,306.86 (gold, Stooq), ``92`` 92 for 9,267
(nickel, FRED), ``2219.31`` and ``1395.`` a price a few cents off, all without a word, and as the
newest point of the series (a file's rows run oldest first). Only a file writing every price
with the same decimals had its cut number judged (:mod:`tui.sources.cut_digits`). Stooq and
FRED (and a spreadsheet saving their file again) end every line with a line break: a ``stooq`` or
``fred`` file whose last row ends with its price and no line break is taken as cut. So is a
``csv`` file's unless its number shows itself whole (a closing quote, or as many decimals as the
five rows above, which all write the same): the same real files read as ``csv`` gave ``172`` for
1,729.15 too (their decimals vary, so the cut number was never judged).

Fixtures: real files in tests/fixtures/prices (see its PROVENANCE.md), their header and last
24 rows (the newest), to keep the test fast.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.registry import parse

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


def _tail(name: str, rows: int = 24) -> bytes:
    lines = (PRICES / name).read_bytes().splitlines(keepends=True)
    return b"".join([lines[0], *lines[-rows:]])


CASES = [
    ("stooq_xauusd_d.csv", "stooq", "gold"),
    ("fred_PNICKUSDM_DATE.csv", "fred", "nickel"),
    ("fred_PCOPPUSDM_2026-05.csv", "fred", "copper"),
    ("fred_PCOPPUSDM_2026-05.csv", "csv", "copper"),
    ("stooq_xauusd_d.csv", "csv", "gold"),
    ("fred_PNICKUSDM_DATE.csv", "csv", "nickel"),
    ("fred_GOLDAMGBD228NLBM_DATE_daily.csv", "csv", "gold"),
]


@pytest.mark.parametrize(("name", "kind", "metal"), CASES)
def test_a_file_cut_in_its_newest_row_never_gives_that_row(
    name: str, kind: str, metal: str
) -> None:
    data = _tail(name)
    src = SourceConfig("prices", kind, str(PRICES / name), metal=metal)
    whole = parse(src, data, fetched_at=NOW)
    assert whole.warning is None and len(whole.points) >= 20  # "." marks a day with no price
    kept = dict(whole.points[:-1])  # the rows above the newest, whole in every cut
    start = data.rindex(b"\n", 0, len(data) - 1) + 1  # the newest row's first byte
    wrong = []
    for end in range(start + 1, len(data) - 1):  # each cut inside the newest row
        try:
            got = parse(src, data[:end], fetched_at=NOW)
        except SourceError:
            continue
        if dict(got.points) != kept:
            wrong.append((data[start:end].decode(), got.points[-1]))
        elif not (got.warning or "").startswith("last line cut off, left out"):
            wrong.append((data[start:end].decode(), got.warning))
    assert not wrong, wrong[:4]


@pytest.mark.parametrize(
    ("name", "kind", "metal"),
    [
        ("yahoo_download_HG=F_2020-09-24_2020-09-25.csv", "yahoo", "copper"),
        ("yahoo_download_SI=F_2020-09-24_2020-09-25.csv", "csv", "silver"),
        ("investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv", "csv", "aluminium"),
    ],
)
def test_a_real_file_with_no_line_break_after_another_cell_keeps_its_last_row(
    name: str, kind: str, metal: str
) -> None:
    """Yahoo's and Investing.com's downloads end with no line break, after a cell that is not
    the price (the volume, the change): their last row is whole, and read."""
    data = (PRICES / name).read_bytes()
    assert not data.endswith(b"\n")
    src = SourceConfig("prices", kind, str(PRICES / name), metal=metal)
    series = parse(src, data, fetched_at=NOW)
    assert series.warning is None
    assert len(series.points) == data.count(b"\n")  # every row under the header
