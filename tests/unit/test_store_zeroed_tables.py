"""Every table's rows, zeroed in place, are left out when read and said, as stories were.

A block of the store zeroed on disk inside one row (the page's structure whole, ``quick_check``
passing, so nothing is moved aside) read as that row's bytes turned zeros. Before, only a story
was checked: a price point zeroed read as a price of 0.0 on the prices panel, or its date as
``ValueError`` out of ``load_series`` (every price gone with it); a declared entry's URL or
note, a source's error, an alert rule's state as text of NULs; a declared entry's date zeroed
raised out of ``load_declared``; a policy event or an alert zeroed was dropped without a word.
Each read now leaves such a row out, counts it in ``Store.left_out``, and the snapshot's notes
(the app's notice, ``snapshot``'s output) say how many rows of what.

Real SQLite files, damaged in place; what the store gives back is a part of what it held.
"""

from __future__ import annotations

import asyncio
import sqlite3
import struct
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tui.core.models import DeclaredPolicy, PriceSeries, SourceHealth
from tui.store import Store

SEEN = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
DAY = date(2024, 6, 15)


def _points(k: int) -> tuple[tuple[date, float], ...]:
    return tuple(
        (date(2024, 1, 1) + timedelta(days=i), 9000.0 + k * 100 + i * 0.25) for i in range(400)
    )


def _seeded(path: Path) -> None:
    with Store(path) as s:
        for k in range(3):
            s.save_series(
                PriceSeries(
                    source=f"src{k}",
                    symbol=f"SYM{k}",
                    unit="USD/t",
                    points=_points(k),
                    metal="copper",
                    frequency="daily",
                    kind="spot",
                    source_kind="csv",
                )
            )
        s.save_declared(
            "pol",
            [
                DeclaredPolicy(
                    metal="copper",
                    origin="CN",
                    destination="US",
                    status="tariff",
                    since=date(2025, 1, 1) + timedelta(days=i),
                    rate_pct=25.0 + i,
                    url=f"https://gov.example/notice/{i}",
                    note=f"Section 232 duty entry {i} " + "note " * 10,
                    source="pol",
                )
                for i in range(120)
            ],
        )
        s.save_policy_events(
            [
                (f"key{i}", {"published": "2026-01-01", "evidence": f"Headline {i} " + "w " * 10})
                for i in range(120)
            ]
        )
        for i in range(40):
            s.save_health(
                SourceHealth(
                    name=f"source-{i:02d}",
                    kind="rss",
                    ok=i % 3 != 0,
                    error=None if i % 3 else f"HTTP 503 from server {i}",
                    fetched_at=SEEN,
                    last_success=SEEN - timedelta(hours=i),
                    items=i,
                )
            )
        for i in range(60):
            alert = {"fired_at": (SEEN + timedelta(minutes=i)).isoformat(), "rule": f"rule-{i}"}
            s.record_alert({**alert, "message": f"Copper moved {i}% " + "x " * 10})
            s.set_alert_state(f"rule-{i}", f'{{"last": {i}}}')


def _price_row(k: int) -> bytes:
    """A price point's date and value as its record holds them (REAL: 8 bytes, big-endian)."""
    value = dict(_points(k))[DAY]
    return DAY.isoformat().encode() + struct.pack(">d", value)


READS: dict[str, Callable[[Store], Any]] = {
    "price_points": lambda s: [p for series in s.load_series() for p in series.points],
    "series": lambda s: s.load_series(),
    "declared": lambda s: s.load_declared(),
    "policy_events": lambda s: s.load_policy_events(),
    "health": lambda s: s.load_health(),
    "alerts": lambda s: s.load_alerts(),
    "alert_state": lambda s: s.load_alert_states(),
}

CASES = [
    # (table, bytes of the row found in the file, from where into them, how many zeroed)
    pytest.param("price_points", _price_row(2), 0, 10, id="a price's date"),
    pytest.param("price_points", _price_row(2), 10, 8, id="a price's value"),
    pytest.param("price_points", _price_row(1), 10, 2, id="a price's exponent"),
    pytest.param("price_points", _price_row(0), 4, 14, id="a price's date and value"),
    pytest.param("series", b"SYM1USD/tcopper", 4, 5, id="a price series' unit"),
    pytest.param("declared", b"Section 232 duty entry 50 ", 3, 20, id="a declared note"),
    pytest.param("declared", b"https://gov.example/notice/60", 5, 20, id="a declared URL"),
    pytest.param("declared", b"https://gov.example/notice/70", -12, 10, id="a declared date"),
    pytest.param("policy_events", b"Headline 70 ", 2, 30, id="a policy event"),
    pytest.param("health", b"HTTP 503 from server 9", 0, 10, id="a source's error"),
    # its name is read from its key's index: the kind and the time after it
    pytest.param("health", b"source-07rss2026", 9, 7, id="a source's kind and fetch time"),
    pytest.param("alerts", b"Copper moved 30%", 0, 10, id="an alert logged"),
    pytest.param("alert_state", b'{"last": 40}', 0, 12, id="an alert rule's state"),
]


def _nul(value: Any) -> bool:
    return "\x00" in repr(value) or "\\x00" in repr(value)


@pytest.mark.parametrize(("table", "row", "into", "size"), CASES)
def test_a_row_zeroed_in_place_is_left_out_and_said(
    tmp_path: Path, table: str, row: bytes, into: int, size: int
) -> None:
    path = tmp_path / "cache.sqlite3"
    _seeded(path)
    with Store(path) as s:
        whole = READS[table](s)
    data = bytearray(path.read_bytes())
    assert data.count(row) == 1, "the row's bytes, once: on its leaf page"
    at = data.index(row) + into
    data[at : at + size] = bytes(size)  # inside the row: the page's structure holds
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    with Store(path) as s:
        got = READS[table](s)  # never a crash
        again = READS[table](s)  # read again: the same row, counted once
    assert got == again
    assert not list(tmp_path.glob("*.corrupt-*")), "SQLite finds no damage: nothing moved aside"
    assert len(got) == len(whole) - 1, "the rest of the table is read"
    assert not _nul(got), "no text of NULs"
    if table == "price_points":
        assert all(point in set(whole) for point in got), "no price that was not stored"
        assert all(value > 1 for _day, value in got), "no price of 0, nor one near it"
    elif isinstance(got, dict):
        assert all(whole[k] == v for k, v in got.items())
    else:
        assert all(item in whole for item in got)
    names = {
        "price_points": "1 price point",
        "series": "1 price series",
        "declared": "1 declared policy entry",
        "policy_events": "1 policy event",
        "health": "1 source's health",
        "alerts": "1 alert logged",
        "alert_state": "1 alert rule's state",
    }
    assert s.left_out.said() == f"damaged rows in the cache left out: {names[table]}"


def test_a_price_of_nothing_is_never_stored(tmp_path: Path) -> None:
    """Read back, a price of 0 is a zeroed row: one is never written (the sources refuse it)."""
    with Store(tmp_path / "s.sqlite3") as s:
        points = ((date(2025, 1, 1), 0.0), (date(2025, 1, 2), 1e-12), (date(2025, 1, 3), 9.5))
        s.save_series(PriceSeries(source="a", symbol="X", unit="USD/t", points=points))
        assert s.load_series()[0].points == ((date(2025, 1, 3), 9.5),)
        assert s.left_out.said() is None


def test_the_snapshot_says_what_was_left_out(tmp_path: Path) -> None:
    """A demo store (a real refresh), one price point zeroed on disk: the snapshot shows no
    price of 0, and its notes (``snapshot``'s output, the app's notice) say a row was left out."""
    from tui.core.config import load_config
    from tui.flow.refresh import Refresher
    from tui.flow.snapshot import build_snapshot

    config = load_config(demo=True)
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        asyncio.run(Refresher(config, store).run())
        newest = store.load_series()[0]
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    day, value = newest.points[-1]
    row = day.isoformat().encode() + struct.pack(">d", value)
    data = bytearray(path.read_bytes())
    assert data.count(row) == 1
    at = data.index(row) + 10
    data[at : at + 8] = bytes(8)
    path.write_bytes(bytes(data))
    with Store(path) as store:
        snap = build_snapshot(config, store)
    assert not list(tmp_path.glob("*.corrupt-*"))
    prices = [v for series in snap.prices for _d, v in series.points]
    assert prices and min(prices) > 0, "no price of 0 on screen"
    assert "damaged rows in the cache left out: 1 price point" in snap.notes
