"""The app on a store whose write-ahead log was damaged (left by a session that ended without
closing it): its last writes are lost, and the app says so in a notice and, after the notice
has gone, in the header for the session, as it says a damaged store moved aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from wal_faults import commits, crashed, damage_frame

from tests.app.cache_faults import config, header_after_notice, spy_notes
from tui.ui.app import MetalwatchApp


async def test_a_damaged_log_is_said_in_a_notice_and_the_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    wal = crashed(path)
    damage_frame(wal, commits(wal)[-2] + 1)
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        header, short = await header_after_notice(app, pilot)  # the header still says it
        assert "⚠ cache log was damaged: last writes lost" in header, header
        assert "⚠ cache lost writes" in short
        assert "moved aside" not in header  # the store itself is kept
    said = [n for n in notes if "write-ahead log" in n]
    assert len(said) == 1 and "its last write is lost" in said[0], notes
    assert list(tmp_path.glob("store.sqlite3-wal.corrupt-*")), "the damaged log is kept"
