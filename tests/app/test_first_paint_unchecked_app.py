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

import threading
from pathlib import Path

import pytest
from test_store_damaged_wal import _commits, _crashed, _damage_frame

from tests.app.cache_faults import config, seed
from tests.app.settling import settle
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.status_bar import CHECKING

STORIES = {f"Copper story {i}" for i in range(3)}


async def _watch(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str, set[str], str]:
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    gate = threading.Event()
    load = app._load_from_store

    def held() -> None:
        gate.wait(20)
        load()

    monkeypatch.setattr(app, "_load_from_store", held)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(5):
            await pilot.pause()
        painted = app.status_bar.status_text().plain
        narrow = app.status_bar.status_text(40).plain
        shown = {s.title for s in app.query_one(HeadlinesPanel).row_objects.values()}
        gate.set()
        await settle(app, pilot)
        after = app.status_bar.status_text().plain
    return painted, narrow, shown, after


async def _last_run_kept(path: Path) -> None:
    seed(path)
    first = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
    assert path.with_name("store.sqlite3.snapshot.json").is_file()
    assert path.with_name("store.sqlite3.look").is_file()


async def test_a_damaged_store_first_paints_its_last_snapshot_said_unchecked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    await _last_run_kept(path)
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the schema page overwritten
    path.write_bytes(bytes(data))
    painted, narrow, shown, after = await _watch(path, monkeypatch)
    assert shown == STORIES  # the last snapshot, shown as before
    assert f"⚠ {CHECKING}" in painted, painted
    assert "⚠ last snapshot (checking)" in narrow, narrow
    assert "⚠ cache was damaged: moved aside" in after and CHECKING not in after, after


async def test_a_damaged_log_first_paints_its_last_snapshot_said_unchecked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    await _last_run_kept(path)
    wal = _crashed(path)  # a later session saved more, then ended without closing it
    _damage_frame(wal, _commits(wal)[-2] + 1)
    painted, _, shown, after = await _watch(path, monkeypatch)
    assert shown == STORIES
    assert f"⚠ {CHECKING}" in painted, painted
    assert "⚠ cache log was damaged: last writes lost" in after and CHECKING not in after, after


async def test_the_store_the_last_quit_closed_first_paints_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    await _last_run_kept(path)
    painted, _, shown, after = await _watch(path, monkeypatch)
    assert shown == STORIES
    assert CHECKING not in painted and "checking" not in painted, painted
    assert CHECKING not in after, after
