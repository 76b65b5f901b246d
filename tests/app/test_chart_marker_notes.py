"""The chart's markers say a proposal is one, and keep every declared entry.

The list read "[policy:quota] Declared in config" for a declared entry that was only proposed
(the evidence screen said "(proposed)"): a plan read as a quota in force from the day of its
line. And of two declared entries of one metal only the first had a marker: every declared
entry is titled "Declared in config", and the markers were kept one per title (as one headline
is evidence on several rows).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from own_data import copper_csv, settle

from tui.core.config import parse_config
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.widgets.prices import PricesPanel


async def test_a_proposed_entry_is_said_proposed(tmp_path: Path) -> None:
    since = (date.today() - timedelta(days=60)).isoformat()
    in_force = (date.today() - timedelta(days=70)).isoformat()
    raw: dict[str, Any] = {
        "metals": [{"id": "copper", "name": "Copper", "unit": "USD/t"}],
        "sources": [
            {
                "name": "My copper",
                "kind": "csv",
                "metal": "copper",
                "url": str(copper_csv(tmp_path, days_old=1)),
                "unit": "USD/t",
                "value_column": "Close",
            }
        ],
        "policy": [
            {
                "metal": "copper",
                "origin": "ID",
                "status": "quota",
                "since": since,
                "proposed": True,
            },
            {"metal": "copper", "origin": "CL", "status": "tariff", "since": in_force},
        ],
    }
    app = MetalwatchApp(parse_config(raw, None), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="3M"))
        await settle(app, pilot)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        shown = "\n".join(lines)
        assert any(f"{since}  [policy:quota, proposed]" in line for line in lines), shown
        assert any(f"{in_force}  [policy:tariff] " in line for line in lines), shown
