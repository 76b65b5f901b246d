"""A price's bytes changed in place inside a page SQLite still reads whole: a block zeroed in
its mantissa, or a bit flipped. The number read is still a plausible price over
``damage.PRICE_FLOOR`` (12890.687727272731 read as 12890.6875): before, it was shown as the
user's last known price without a word. Each stored point now carries a check value
(``tui.store.price_check``: CRC-32 over its date and its double); a point whose check fails
is left out, said as the cache's other damaged rows are, and removed by the app's loads once a
refresh stored the sources' answers.

An earlier version's cache (no check values) is migrated keeping every point, each stamped as
read then; one that cannot be written (read-only, locked) is read as it is, nothing written.

Real SQLite files, damaged in place (the page's structure whole, ``quick_check`` passing).
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from store_faults import FAST
from test_store_zeroed_said_once import SAID, _config, _notes, _said

from tui.core.models import PriceSeries
from tui.core.paths import store_path
from tui.store import Store, salvage, schema

START = date(2024, 1, 1)
DAY = date(2024, 6, 15)


def _points(k: int) -> tuple[tuple[date, float], ...]:
    """A series' points, none a round number: every byte of each double is in use."""
    return tuple((START + timedelta(days=i), 2356.0796 + k * 101.3 + i * 0.37) for i in range(400))


def _seeded(path: Path) -> dict[tuple[str, date], float]:
    with Store(path) as s:
        for k in range(3):
            s.save_series(
                PriceSeries(
                    source=f"src{k}", symbol=f"SYM{k}", unit="USD/t", points=_points(k),
                    metal="copper", frequency="daily", kind="spot", source_kind="csv",
                )
            )  # fmt: skip
        return _read(s)


def _read(s: Store) -> dict[tuple[str, date], float]:
    return {(x.source, d): v for x in s.load_series() for d, v in x.points}


def _row(k: int, day: date = DAY) -> bytes:
    """A point's date and value as its record holds them (REAL: 8 bytes, big-endian)."""
    return day.isoformat().encode() + struct.pack(">d", dict(_points(k))[day])


def _change(path: Path, find: bytes, at: int, how: Callable[[int], int], width: int = 1) -> None:
    """Change ``width`` bytes of ``find`` (once in the file) from ``at`` on, each by ``how``."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    assert data.count(find) == 1, "the row's bytes, once: on its leaf page"
    start = data.index(find) + at
    for i in range(start, start + width):
        data[i] = how(data[i])
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def _zero(byte: int) -> int:
    return 0


CHANGES = [
    # (the date is 10 bytes, then the double's 8, most significant first)
    pytest.param(10 + 6, _zero, 2, id="the mantissa's last two bytes zeroed"),
    pytest.param(10 + 3, _zero, 3, id="three bytes inside the mantissa zeroed"),
    pytest.param(10 + 4, lambda b: b ^ 0x10, 1, id="a bit of the mantissa flipped"),
    pytest.param(10 + 2, lambda b: b ^ 0x01, 1, id="the mantissa's first bit flipped"),
]


@pytest.mark.parametrize(("at", "how", "width"), CHANGES)
def test_a_price_changed_in_place_is_left_out_and_said(
    tmp_path: Path, at: int, how: Callable[[int], int], width: int
) -> None:
    path = tmp_path / "cache.sqlite3"
    whole = _seeded(path)
    _change(path, _row(1), at, how, width)
    with Store(path) as s:
        got = _read(s)
        assert _read(s) == got, "read again: the same"
        said = s.left_out.said()
    assert not list(tmp_path.glob("*.corrupt-*")), "SQLite finds no damage: nothing moved aside"
    wrong = {k: v for k, v in got.items() if whole.get(k) != v}
    assert not wrong, "no price that was not stored"
    assert set(whole) - set(got) == {("src1", DAY)}, "the rest of the store is read"
    assert said == f"{SAID}: 1 price point", "said once, as other damaged rows"


def test_one_series_points_are_checked_too(tmp_path: Path) -> None:
    """``series_points`` (what a save compares a source's delivery against) checks as well."""
    path = tmp_path / "cache.sqlite3"
    _seeded(path)
    _change(path, _row(2), 10 + 6, _zero, 2)
    with Store(path) as s:
        points = dict(s.series_points("src2", "SYM2"))
        assert DAY not in points and len(points) == 399
        assert s.left_out.said() == f"{SAID}: 1 price point"


def test_a_changed_price_is_removed_once_said(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    _seeded(path)
    _change(path, _row(0), 10 + 5, _zero, 3)
    with Store(path) as s:
        _read(s)
        assert s.remove_left_out() == 1
    with Store(path) as s:
        assert len(_read(s)) == 1199 and s.left_out.said() is None, "gone, said no more"


def test_said_once_then_removed_after_a_refresh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through ``snapshot --json`` on a real price file (the source no longer serving the
    day): said offline and kept; said by the session whose refresh stored the sources' answers,
    which removes it; said no more."""
    config = _config(tmp_path)
    assert not _said(_notes(capsys, config))
    csv = tmp_path / "copper.csv"
    csv.write_text("".join(ln for ln in csv.read_text().splitlines(True) if "2026-04-01" not in ln))
    _notes(capsys, config)
    store = store_path()
    with Store(store) as s:
        (value,) = [v for x in s.load_series() for d, v in x.points if d == date(2026, 4, 1)]
    _change(store, b"2026-04-01" + struct.pack(">d", value), 10 + 6, _zero, 2)
    for _ in range(2):
        assert _said(_notes(capsys, config, "--offline")) == [f"{SAID}: 1 price point"]
    said = _said(_notes(capsys, config))
    assert said and said[0].startswith(f"{SAID}: 1 price point"), said
    assert not _said(_notes(capsys, config)), "said once: the row is gone"


def _as_version_6(path: Path) -> None:
    """The store as the version before check values wrote it."""
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE price_points DROP COLUMN crc")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()


def test_an_earlier_versions_cache_is_migrated_and_stamped(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    whole = _seeded(path)
    _as_version_6(path)
    with Store(path) as s:
        assert s.recovered is None and s.pragma("user_version") == schema.SCHEMA_VERSION == 7
        assert _read(s) == whole, "every point kept"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM price_points WHERE crc IS NULL").fetchone() == (
            0,
        ), "each stamped"
    conn.close()
    _change(path, _row(1), 10 + 6, _zero, 2)  # damage after the migration is caught
    with Store(path) as s:
        assert set(whole) - set(_read(s)) == {("src1", DAY)}
        assert s.left_out.said() == f"{SAID}: 1 price point"


def test_a_read_only_earlier_versions_cache_is_read_and_not_written(
    tmp_path: Path, make_unwritable: Callable[[Path], Callable[[], None]]
) -> None:
    path = tmp_path / "cache.sqlite3"
    whole = _seeded(path)
    _as_version_6(path)
    before = path.read_bytes()
    make_unwritable(path)
    with Store(path, busy_timeout=FAST) as s:
        assert s.read_only is not None
        assert _read(s) == whole and s.left_out.said() is None
    peek = Store.peek(path)  # a look (the first paint's, a screen's): never migrates
    assert peek is not None
    try:
        assert _read(peek) == whole and peek.left_out.said() is None
    finally:
        peek.close()
    assert path.read_bytes() == before, "nothing written"


def test_a_locked_earlier_versions_cache_is_read_then_migrated_once_free(tmp_path: Path) -> None:
    """Another program holds the file locked: its migration, which needs the write lock, waits.
    The session reads it on a copy migrated in memory (locked, as a lock met mid-session leaves
    it), the file untouched; once the lock lets go the store rejoins it, migrated then, with
    what the session saved meanwhile. Before, the open failed (``StoreError``: locked)."""
    from tui.store.merge import merge

    path = tmp_path / "cache.sqlite3"
    whole = _seeded(path)
    _as_version_6(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    extra = PriceSeries(
        source="new", symbol="NI", unit="USD/t", points=((DAY, 15012.37),), metal="nickel"
    )
    try:
        peek = Store.peek(path, busy_timeout=FAST)  # a look: never migrates
        assert peek is not None
        try:
            assert _read(peek) == whole
        finally:
            peek.close()
        with Store(path, busy_timeout=FAST) as s:
            assert s.locked and s.read_only is not None
            assert _read(s) == whole and s.left_out.said() is None
            s.save_series(extra)
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                assert conn.execute("PRAGMA user_version").fetchone() == (6,), "not written"
            conn.close()
            holder.execute("ROLLBACK")
            assert s.rejoin(path, merge) is not None
            assert not s.locked and s.read_only is None
    finally:
        holder.close()
    with Store(path) as s:
        assert s.pragma("user_version") == schema.SCHEMA_VERSION
        assert _read(s) == {**whole, ("new", DAY): 15012.37}
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM price_points WHERE crc IS NULL").fetchone() == (
            0,
        )
    conn.close()


def test_a_salvage_leaves_a_changed_price_out(tmp_path: Path) -> None:
    """What can be read of a damaged file is copied with its check values; a point whose check
    fails is lost, never copied as another price."""
    path = tmp_path / "cache.sqlite3"
    whole = _seeded(path)
    _change(path, _row(2), 10 + 4, lambda b: b ^ 0x10)
    fresh = tmp_path / "fresh.sqlite3"
    with Store(fresh) as s:
        s._conn.execute("PRAGMA foreign_keys = OFF")
        got = salvage.salvage(path, s._conn)
        assert got.saved["price_points"] == 1199 and "price_points" in got.partly
        assert {k: v for k, v in _read(s).items()} == {
            k: v for k, v in whole.items() if k != ("src2", DAY)
        }
