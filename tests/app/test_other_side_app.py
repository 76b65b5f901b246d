"""The policy panel says, on a corridor's row, the other side's restriction still in force
(China pauses its graphite export controls for the US; the US anti-dumping duty stands): whole
where there is room, "+US tariff 93.5%" in the 16 cells of flags at 80 columns; the evidence
view says it too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from own_data import settle

from tui.core.config import parse_config
from tui.core.models import PolicyStatus
from tui.ui.app import MetalwatchApp
from tui.ui.screens.evidence import evidence_text
from tui.ui.widgets.policy import PolicyPanel

RAW: dict[str, Any] = {
    "metals": [{"id": "graphite", "name": "Graphite"}],
    "sources": [],
    "policy": [
        {"metal": "graphite", "origin": "CN", "destination": "US", "status": "tariff",
         "rate_pct": 93.5, "since": "2025-07-17",
         "note": "US anti-dumping duty on Chinese graphite"},
        {"metal": "graphite", "origin": "CN", "destination": "US", "status": "resuming",
         "since": "2025-11-10", "note": "China pauses graphite export controls for the US"},
    ],
}  # fmt: skip


async def test_the_other_sides_duty_is_flagged_at_80_and_120_columns(tmp_path: Path) -> None:
    for width, said in (
        (80, "+US tariff 93.5%"),
        (120, "also US: $tariff 93.5% since 2025-07-17"),
    ):
        app = MetalwatchApp(parse_config(RAW, None), store_path=tmp_path / f"s{width}.sqlite3")
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(app, pilot)
            panel = app.query_one(PolicyPanel)
            cells = panel._memo["graphite|CN|US"][1]
            status, flags = str(cells[2]), str(cells[-1])
            assert "resuming" in status, status
            assert flags == said, flags
            assert len(flags) <= panel._flags_width, (width, panel._flags_width)
            row = panel.row_objects["graphite|CN|US"]
            assert isinstance(row, PolicyStatus)
            text = evidence_text(row).plain
            assert "Also in force (importer, US): $ tariff 93.5%  since 2025-07-17" in text


async def test_nothing_is_flagged_once_the_duty_is_lifted(tmp_path: Path) -> None:
    raw = dict(RAW)
    raw["policy"] = [
        *RAW["policy"],
        {"metal": "graphite", "origin": "CN", "destination": "US", "status": "resuming",
         "since": "2025-09-01", "note": "US lifts anti-dumping duty on Chinese graphite"},
    ]  # fmt: skip
    app = MetalwatchApp(parse_config(raw, None), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        assert str(panel._memo["graphite|CN|US"][1][-1]) == ""
