"""``--demo``'s sources screen: each bundled file's column says its capture, on the demo's clock.

Seen in a terminal: the sources screen said "Last ok: just now" for every bundled file, then
"19m ago" twenty minutes on, counted to the wall clock from this run's read of the files, while
everything else in the demo counts to the snapshot's moment (2026-08-23). The files were never
fetched: read as a live fetch's age, the column told of data that is not live. The column is
"Captured" now and says the capture (2026-08-22), aged to the demo's clock ("1d ago"), whatever the wall clock says."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.demo_clock import DEMO_CAPTURED, DEMO_NOW, sources_note
from tui.core.fmt import ago
from tui.core.models import SourceHealth
from tui.ui.app import MetalwatchApp
from tui.ui.screens.sources import SourcesScreen


def columns(screen: SourcesScreen) -> tuple[list[str], list[list[str]]]:
    table = screen.query_one(DataTable)
    heads = [str(c.label) for c in table.columns.values()]
    rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
    return heads, rows


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_bundled_files_say_their_capture(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        aged = ago(datetime.fromisoformat(DEMO_CAPTURED).replace(tzinfo=timezone.utc), DEMO_NOW)
        assert aged == "1d ago"  # the capture's day, one day before the snapshot's moment
        heads, rows = columns(screen)
        assert "Captured" in heads and not any(h.startswith("Last") for h in heads), heads
        col = heads.index("Captured")
        cells = [r[col] for r in rows]
        assert cells and all(aged in c for c in cells), cells
        assert not any("just now" in c or "m ago" in c for c in cells), cells
        if size[0] >= 100:  # room for the day itself
            assert all(c.startswith(DEMO_CAPTURED) for c in cells), cells


@pytest.mark.parametrize("size", [(60, 20), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_file_not_read_yet_says_its_capture_not_never(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """Opened at the start, before the bundled files were read (their health "waiting", no
    success recorded), the column said "never" for a few milliseconds, then "1d ago": a bundled
    file has its capture time whether or not this run has read it yet."""
    config = load_config(demo=True)
    waiting = [SourceHealth(s.name, s.kind) for s in config.sources]
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await app.push_screen(
            SourcesScreen(waiting, DEMO_NOW, note=sources_note(False), bundled=True)
        )
        await pilot.pause()
        heads, rows = columns(app.screen)  # type: ignore[arg-type]
        cells = [r[heads.index("Captured")] for r in rows]
        assert len(cells) == len(waiting) and not any("never" in c for c in cells), cells
        assert all(c.endswith("1d ago") for c in cells), cells
