"""A panel's border says a source that failed on its last attempt (its data kept) in the
header's words: at 80x24, with a policy file broken after a good read, the header said "⚠ 1
failing, good just now" and the policy panel's border "⚠ 1 stale source now": stale and now at
once, and another word than the header's for the same source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from own_data import settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

REGISTER = """[[policy]]
metal = "antimony"
origin = "CN"
destination = "US"
status = "licensing"
since = "2025-09-01"
"""
PRICES = "Date,Close\n" + "\n".join(f"2026-11-{d:02d},{9000 + d}" for d in range(2, 28)) + "\n"


@pytest.mark.parametrize(("size", "broken"), [((80, 24), "register"), ((120, 40), "prices")])
async def test_a_failing_source_is_failing_in_the_border_too(
    tmp_path: Path, size: tuple[int, int], broken: str
) -> None:
    (tmp_path / "register.toml").write_text(REGISTER)
    (tmp_path / "copper.csv").write_text(PRICES)
    config = parse_config(
        {
            "metals": [{"id": "antimony", "name": "Antimony"}, {"id": "copper", "name": "Copper"}],
            "sources": [
                {"name": "Register", "kind": "policy-file", "url": "register.toml"},
                {"name": "Copper file", "kind": "csv", "url": "copper.csv", "metal": "copper"},
            ],
        },
        tmp_path / "config.toml",
    )
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        if broken == "register":
            (tmp_path / "register.toml").write_text("this is [[ not toml")
        else:
            (tmp_path / "copper.csv").unlink()
        await pilot.press("R")
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel if broken == "register" else PricesPanel)
        assert panel.table.row_count == 1  # the last good data stays
        subtitle = str(panel.border_subtitle)
        assert "⚠ 1 failing, fetched just now" in subtitle and "stale" not in subtitle, subtitle
        header = str(app.status_bar.status_text())
        assert re.search(r"⚠ 1 (source )?failing", header), header
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        bottom = lines[panel.region.bottom - 1]
        assert "⚠ 1 failing, fetched just now" in bottom, bottom  # whole in the border
