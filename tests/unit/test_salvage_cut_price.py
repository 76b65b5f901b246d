"""A block of the cache zeroed on disk that starts inside a stored price (the last column of
its row, an IEEE double stored most significant byte first) leaves the price's first bytes
whole and its last ones zeros, and runs on into the rows beside it, which breaks the file:
it is moved aside and salvaged. Before, the salvage kept that price as read, another plausible
one (2356.0796 as 2356.0), shown as the series' value of that day. Now a salvaged point whose
double ends in a zero byte beside a point that cannot be read whole is left out with the lost
(``saved from it: ...; lost: part of the price points``); round prices elsewhere stay.

A real SQLite file, damaged in place at each byte of the value a block may start at.
"""

from __future__ import annotations

import sqlite3
import struct
from datetime import date, timedelta
from pathlib import Path

import pytest

from tui.core.models import PriceSeries
from tui.store import Store

START = date(2020, 1, 1)
#: FRED-like monthly averages (full mantissas), every tenth a round price (2150.5, ...)
POINTS = tuple(
    (START + timedelta(days=i), 2150.5 + i if i % 10 == 0 else 2150.579629016110 + i * 1.37)
    for i in range(300)
)
HIT = 155  # the point whose value the block starts in


def _damaged(path: Path, whole: int, span: int) -> None:
    with Store(path) as s:
        s.save_series(PriceSeries("fred", "PCOPPUSDM", "USD/t", POINTS, metal="copper"))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    day, value = POINTS[HIT]
    at = data.index(day.isoformat().encode() + struct.pack(">d", value)) + 10 + whole
    data[at : at + span] = bytes(span)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("whole", range(1, 8), ids=lambda n: f"{n} bytes whole")
def test_a_price_cut_by_a_zeroed_block_is_not_salvaged_as_another(
    tmp_path: Path, whole: int
) -> None:
    path = tmp_path / "cache.sqlite3"
    _damaged(path, whole, 120)
    with Store(path) as s:
        assert s.recovered is not None and "lost: part of the price points" in s.recovered
        got = s.series_points("fred", "PCOPPUSDM")
    stored = dict(POINTS)
    wrong = [(d, v, stored[d]) for d, v in got if stored[d] != v]
    assert wrong == [], "a price read as another"
    assert POINTS[HIT][0] not in dict(got)
    assert len(got) >= len(POINTS) - 12, "only the block's rows lost"
    round_kept = [d for d, v in POINTS if v == int(v) + 0.5 and abs((d - POINTS[HIT][0]).days) > 9]
    assert set(round_kept) <= dict(got).keys(), "round prices away from the damage kept"
