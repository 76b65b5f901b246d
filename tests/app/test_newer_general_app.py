"""The policy panel says, on a corridor's row, a newer status for every exporter of its metal
("newer *→US: $tariff 50%"), as the snapshot does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from own_data import settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel


async def test_the_flag_of_a_newer_status_for_every_exporter(tmp_path: Path) -> None:
    raw: dict[str, Any] = {
        "metals": [{"id": "aluminium", "name": "Aluminium"}],
        "sources": [],
        "policy": [
            {"metal": "aluminium", "origin": "CA", "destination": "US", "status": "resuming",
             "since": "2019-05-20"},
            {"metal": "aluminium", "destination": "US", "status": "tariff", "rate_pct": 50,
             "since": "2025-06-04"},
        ],
    }  # fmt: skip
    app = MetalwatchApp(parse_config(raw, None), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        flags = {key: str(cells[-1]) for key, (_sign, cells) in panel._memo.items()}
        # side by side at 160 columns the flags have 16 cells: the rate, not a cut status
        # (the cell held the whole flag and the column's edge cut it, "newer *→US: $ta…")
        assert flags["aluminium|CA|US"] == "newer *→US $50%", flags
        assert "newer" not in flags["aluminium|*|US"]
        await pilot.resize_terminal(240, 40)
        await settle(app, pilot)
        flags = {key: str(cells[-1]) for key, (_sign, cells) in panel._memo.items()}
        assert flags["aluminium|CA|US"] == "newer *→US: $tariff 50%", flags
