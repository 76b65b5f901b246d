"""The first paint after the store was damaged: it shows the last snapshot built (the cached
one, beside the store) before the store is read, as every start does. Measured before: with
the store's pages overwritten, or its write-ahead log damaged, the first screen showed that
snapshot's stories under a header that said nothing (" metalwatch "), as if current, until the
load had read the store and said the damage. Now a first paint from the last snapshot of a
store that is not the very file the last quit closed (written since, left by a crash, damaged:
``tui.store.look_file``) says so in the header until a load has read the store; a store the
last quit closed, unwritten since, paints as before.

The load is held back on its worker thread (an event), so the first paint is looked at before
it lands, as on a store whose check takes seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from wal_faults import commits, crashed, damage_frame

from tests.app.first_paint import STORIES, first_paint, last_run_kept
from tui.ui.widgets.status_bar import CHECKING


async def test_a_damaged_store_first_paints_its_last_snapshot_said_unchecked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    await last_run_kept(path)
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the schema page overwritten
    path.write_bytes(bytes(data))
    painted, narrow, shown, after = await first_paint(path, monkeypatch)
    assert shown == STORIES  # the last snapshot, shown as before
    assert f"⚠ {CHECKING}" in painted, painted
    assert "⚠ last snapshot (checking)" in narrow, narrow
    assert "⚠ cache was damaged: moved aside" in after and CHECKING not in after, after


async def test_a_damaged_log_first_paints_its_last_snapshot_said_unchecked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    await last_run_kept(path)
    wal = crashed(path)  # a later session saved more, then ended without closing it
    damage_frame(wal, commits(wal)[-2] + 1)
    painted, _, shown, after = await first_paint(path, monkeypatch)
    assert shown == STORIES
    assert f"⚠ {CHECKING}" in painted, painted
    assert "⚠ cache log was damaged: last writes lost" in after and CHECKING not in after, after


async def test_the_store_the_last_quit_closed_first_paints_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    await last_run_kept(path)
    painted, _, shown, after = await first_paint(path, monkeypatch)
    assert shown == STORIES
    assert CHECKING not in painted and "checking" not in painted, painted
    assert CHECKING not in after, after


async def test_a_damaged_last_write_is_said_after_the_first_paint_read_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the last write's commit frame damaged: told from a crash-cut tail by the log's
    index (``tui.store.wal_index``), which the first paint's read-only look into the store
    (SQLite's first connection rebuilds the index from the log) must not lose before the
    store's check reads it."""
    path = tmp_path / "store.sqlite3"
    await last_run_kept(path)
    wal = crashed(path)
    damage_frame(wal, commits(wal)[-1])
    painted, _, shown, after = await first_paint(path, monkeypatch)
    assert shown == STORIES
    assert f"⚠ {CHECKING}" in painted, painted
    assert "⚠ cache log was damaged: last writes lost" in after and CHECKING not in after, after
