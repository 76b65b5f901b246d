"""``metalwatch check`` judges a local price file against the cache a refresh wrote, as the
next refresh would: a file now holding another series, or prices the guard would hold back
against the stored history, is said (and fails the check when nothing would be stored). The
cache is only looked into: never written, and a locked or damaged one is a note, not a crash.

Real data: FRED's copper and aluminium monthly prices, Yahoo's COMEX copper daily history."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tui.cli import main
from tui.core import paths

PRICES = Path(__file__).resolve().parents[1] / "fixtures" / "prices"
COPPER = (PRICES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()  # USD/t, monthly, to 2026-05
WORLD_BANK = (PRICES / "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv").read_bytes()
COMEX = (PRICES / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv").read_text()  # USD/lb
LB_PER_T = 2204.62262


def _config(tmp_path: Path, options: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "mine"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "{tmp_path / "prices.csv"}"\n{options}',
        encoding="utf-8",
    )
    return path


def _refreshed(tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str]) -> Path:
    """A config whose price file a real refresh (``metalwatch snapshot``) stored."""
    (tmp_path / "prices.csv").write_bytes(data)
    cfg = _config(tmp_path)
    assert main(["snapshot", "--config", str(cfg)]) == 0
    capsys.readouterr()
    return cfg


def _check(cfg: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["check", "--config", str(cfg)])
    out, err = capsys.readouterr()
    return code, out, err


def _in_pounds_to_tonnes(csv: str) -> bytes:
    """Yahoo's history with every close in USD/t: the publisher changed the file's unit."""
    lines = csv.splitlines()
    head = lines[0].split(",")
    close = head.index("Close")
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        cells[close] = f"{float(cells[close]) * LB_PER_T:.2f}"
        out.append(",".join(cells))
    return ("\n".join(out) + "\n").encode()


def test_a_file_now_holding_another_series_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """FRED's copper series stored; the same path now holds the World Bank's copper table."""
    cfg = _refreshed(tmp_path, COPPER, capsys)
    (tmp_path / "prices.csv").write_bytes(WORLD_BANK)  # another file at the same path
    code, out, err = _check(cfg, capsys)
    assert code == 2, out
    assert "a refresh would store nothing: suspect update held back: the answer is series " in err
    assert "copper, where this source gave PCOPPUSDM until now" in err


def test_a_file_rewritten_in_another_unit_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _refreshed(tmp_path, COMEX.encode(), capsys)
    (tmp_path / "prices.csv").write_bytes(_in_pounds_to_tonnes(COMEX))
    code, _, err = _check(cfg, capsys)
    assert code == 2
    assert "'mine'" in err and "suspect update held back: it rewrites stored history" in err


def test_a_new_point_the_guard_leaves_out_is_said_and_the_check_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _refreshed(tmp_path, COPPER, capsys)
    # the next month cut mid-number (...,9200 read as 92): the refresh leaves that point out
    (tmp_path / "prices.csv").write_bytes(COPPER + b"2026-06-01,92\n")
    code, out, err = _check(cfg, capsys)
    assert (code, err) == (0, "")
    line = next(ln for ln in out.splitlines() if "'mine'" in ln)
    assert "newest point left out, cut off or a mistake? 2026-06-01 moves -99%" in line


def test_a_changed_source_is_judged_by_its_own_history_as_a_refresh_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new unit in the config says the values change: the stored ones are not the yardstick."""
    _refreshed(tmp_path, COMEX.encode(), capsys)
    (tmp_path / "prices.csv").write_bytes(_in_pounds_to_tonnes(COMEX))
    code, out, err = _check(_config(tmp_path, 'unit = "USD/t"\n'), capsys)
    assert (code, err) == (0, "")
    assert "points, 2018-01-02 to 2025-08-22 (USD/t)" in out


def test_the_check_never_writes_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _refreshed(tmp_path, COPPER, capsys)
    (tmp_path / "prices.csv").write_bytes(WORLD_BANK)
    store = paths.store_path()
    before, mtime = store.read_bytes(), store.stat().st_mtime_ns
    assert _check(cfg, capsys)[0] == 2
    assert (store.read_bytes(), store.stat().st_mtime_ns) == (before, mtime)
    wal = store.with_name(store.name + "-wal")  # SQLite's read-only look may make an empty one
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_locked_cache_is_a_note_and_the_file_checks_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = _refreshed(tmp_path, COPPER, capsys)
    # the check waits its own short while (0.5 s); one that waited the store's busy timeout
    # instead would take all of these 60 s (the bound below leaves a loaded machine room)
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "60")
    (tmp_path / "prices.csv").write_bytes(WORLD_BANK)
    holder = sqlite3.connect(paths.store_path(), isolation_level=None)
    try:  # another program mid-write, holding reads off too
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')")
        started = time.monotonic()
        code, out, err = _check(cfg, capsys)
        took = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 0, err
    assert err.startswith("metalwatch: note: cache (") and "not read" in err
    assert "locked" in err
    assert "'mine'" in out and "PCOPPUSDM" not in err  # the file read, not judged
    assert took < 20, took


def test_a_damaged_cache_is_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = _refreshed(tmp_path, COPPER, capsys)
    store = paths.store_path()
    for extra in store.parent.glob("store.sqlite3-*"):
        extra.unlink()
    store.write_bytes(b"\x00garbage, not SQLite\n" * 300)
    code, out, err = _check(cfg, capsys)
    assert code == 0
    assert err.startswith("metalwatch: note: cache (") and "not read" in err
    # what the next run does of it, said: moved aside, what can be read kept
    assert "the next run that opens it moves it aside and keeps what can still be read" in err
    assert "points, 1992-01-01 to 2026-05-01 (USD/t)" in out
    assert store.read_bytes() == b"\x00garbage, not SQLite\n" * 300
