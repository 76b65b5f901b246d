"""A row of the cache zeroed in place whose key was zeroed (a price point's date, a story's
link) is never written over: the sources' next answers are stored under the real key, beside
it. Before, it stayed in the file for good, and every session's snapshot said "damaged rows in
the cache left out: 1 price point" again, of a row long rebuilt from the source. Now a session
that said it, after a refresh stored the sources' answers (the cache rebuilt from them), removes
the damaged rows it left out (each only while it is still the very row read); the next session
says nothing. A snapshot with no refresh (``--offline``) says it and keeps it.

In-process through ``tui.cli.main`` (``snapshot --json``) on a real store file, damaged in place
between runs; a real price file (tests/fixtures/prices) and a real feed (tests/fixtures/refresh).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from snapshot_cli_helpers import run_cli
from test_store_zeroed_tables import CASES, READS
from test_store_zeroed_tables import _seeded as seeded

from tui.core.paths import store_path
from tui.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PRICES = FIXTURES / "prices" / "fred_PCOPPUSDM_2026-05.csv"
FEED = FIXTURES / "refresh" / "guardian_us.rss.xml"
SAID = "damaged rows in the cache left out"


def _config(tmp_path: Path) -> Path:
    prices, feed = tmp_path / "copper.csv", tmp_path / "feed.xml"
    shutil.copy(PRICES, prices)
    shutil.copy(FEED, feed)
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "copper"\nkind = "csv"\nurl = "{prices}"\nmetal = "copper"\n\n'
        f'[[sources]]\nname = "Guardian"\nkind = "rss"\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    return path


def _zero(store: Path, find: bytes, into: int, size: int) -> None:
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for extra in ("-wal", "-shm"):
        Path(f"{store}{extra}").unlink(missing_ok=True)
    data = bytearray(store.read_bytes())
    assert data.count(find) == 1, find
    at = data.index(find) + into
    data[at : at + size] = bytes(size)
    store.write_bytes(bytes(data))
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def _notes(capsys: pytest.CaptureFixture[str], config: Path, *more: str) -> list[str]:
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", *more)
    assert code == 0, err
    return [str(n) for n in json.loads(out)["notes"]]


def _said(notes: list[str]) -> list[str]:
    return [n for n in notes if n.startswith(SAID)]


@pytest.mark.parametrize(
    ("what", "find", "into", "size"),
    [
        ("1 price point", b"2026-04-01", 0, 10),  # its date: the key
        ("1 price point", b"2026-04-01", 10, 8),  # its value; the date no longer served
    ],
    ids=["a price's date", "a price's value"],
)
def test_a_zeroed_row_is_said_once_then_removed_after_a_refresh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, find: bytes, into: int, size: int
) -> None:
    config = _config(tmp_path)
    assert not _said(_notes(capsys, config))
    store = store_path()
    if into == 10:  # the file no longer serves that date
        csv = tmp_path / "copper.csv"
        csv.write_text(
            "".join(ln for ln in csv.read_text().splitlines(True) if "2026-04-01" not in ln)
        )
        _notes(capsys, config)
    _zero(store, find, into, size)
    assert _said(_notes(capsys, config, "--offline")) == [f"{SAID}: {what}"]
    assert _said(_notes(capsys, config, "--offline")) == [f"{SAID}: {what}"], "kept offline"
    said = _said(_notes(capsys, config))  # a refresh: the sources' answers stored
    assert said and said[0].startswith(f"{SAID}: {what}"), said
    assert not _said(_notes(capsys, config)), "said once: the row is gone"
    assert not _said(_notes(capsys, config, "--offline"))


@pytest.mark.parametrize(("table", "row", "into", "size"), CASES)
def test_each_tables_zeroed_row_is_removed_and_nothing_else(
    tmp_path: Path, table: str, row: bytes, into: int, size: int
) -> None:
    """Each table's zeroed row (tests/unit/test_store_zeroed_tables.py's cases) removed by
    ``remove_left_out``, the rest of the table as it was, the file sound; a row whose key is
    whole and a save of its source mends (a series' unit) is kept for that save."""
    path = tmp_path / "cache.sqlite3"
    seeded(path)
    with Store(path) as s:
        whole = READS[table](s)
    data = bytearray(path.read_bytes())
    at = data.index(row) + into
    data[at : at + size] = bytes(size)
    path.write_bytes(bytes(data))
    with Store(path) as s:
        damaged = READS[table](s)
        removed = s.remove_left_out()
        assert s.left_out.said() is not None
    mended_by_a_save = table in ("series", "health")  # their keys whole in these cases
    assert removed == (0 if mended_by_a_save else 1)
    with Store(path) as s:
        again = READS[table](s)
        assert (s.left_out.said() is None) != mended_by_a_save
    assert again == damaged and len(again) == len(whole) - 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_a_row_mended_since_it_was_read_is_kept(tmp_path: Path) -> None:
    """Only the very row read is removed: one another process wrote over meanwhile stays."""
    path = tmp_path / "cache.sqlite3"
    seeded(path)
    data = bytearray(path.read_bytes())
    at = data.index(b'{"last": 40}')
    data[at : at + 12] = bytes(12)
    path.write_bytes(bytes(data))
    with Store(path) as s, Store(path) as other:
        assert "rule-40" not in s.load_alert_states()
        other.set_alert_state("rule-40", '{"last": 41}')
        assert s.remove_left_out() == 0
    with Store(path) as s:
        assert s.load_alert_states()["rule-40"] == '{"last": 41}'
