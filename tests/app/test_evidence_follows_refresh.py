"""An evidence trail left open follows the board: a refresh that changes its row redraws it.

The trail stood as it was when opened: after a refresh that changed the row's status (or took
the row off the board) it went on showing the old status, where the board under it said
another. It now shows the row as the board has it, or says the row has left the board.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PolicyStatus
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.widgets.policy import PolicyPanel


def trail(screen: EvidenceScreen) -> str:
    return str(screen.query_one("#evidence-text", Static).render())


async def test_an_open_trail_shows_the_row_as_the_board_has_it(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        panel.table.focus()
        panel.open_detail()
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, EvidenceScreen)
        row = screen.row
        assert "Status: $ tariff 50%" in trail(screen), trail(screen)
        snap = app.snapshot
        assert snap is not None
        # a refresh: the row's rate changed
        changed = dataclasses.replace(row, rate_pct=25.0)
        board = [changed if r is row else r for r in snap.policy]
        assert isinstance(changed, PolicyStatus) and changed in board
        app.post_message(SnapshotReady(dataclasses.replace(snap, policy=board)))
        await settle(app, pilot)
        assert app.screen is screen
        assert "Status: $ tariff 25%" in trail(screen), trail(screen)
        assert "No longer on the policy board" not in trail(screen)
        # a refresh: the row gone from the board
        rest = [r for r in snap.policy if r is not row]
        app.post_message(SnapshotReady(dataclasses.replace(snap, policy=rest)))
        await settle(app, pilot)
        assert "No longer on the policy board" in trail(screen), trail(screen)
        assert "Status: $ tariff 25%" in trail(screen)  # the trail as it was
