"""A price converted to its metal's unit lost the digits its source gave in the prices panel: a
file of ``449.00`` and ``450.00`` US cents per pound read ``9,921`` per tonne. It reads
``9,920.8``, as many significant digits as the source's ``450.00``; a price in its metal's own
unit is drawn by its size as before. (The JSON and the text snapshot:
tests/unit/test_converted_precision.py.) Every source is a local file: no network."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from own_data import settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.prices import PricesPanel


@pytest.mark.parametrize(
    ("unit", "values", "drawn"),
    [("USc/lb", ("449.00", "450.00"), "9,920.8"), ("USD/t", ("9899.25", "9920.75"), "9,921")],
)
async def test_a_converted_price_keeps_its_sources_digits(
    tmp_path: Path, unit: str, values: tuple[str, str], drawn: str
) -> None:
    last = date.today() - timedelta(days=1)
    rows = [f"{(last - timedelta(days=1 - i)).isoformat()},{v}" for i, v in enumerate(values)]
    (tmp_path / "copper.csv").write_text("Date,Close\n" + "\n".join(rows) + "\n")
    raw = {
        "metals": [{"id": "copper", "name": "Copper", "unit": "USD/t"}],
        "sources": [
            {"name": "Cu", "kind": "csv", "metal": "copper", "url": "copper.csv", "unit": unit}
        ],
    }
    app = MetalwatchApp(parse_config(raw, tmp_path / "config.toml"), store_path=tmp_path / "s")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        table = app.query_one(PricesPanel).table
        line = next(
            t for y in range(table.size.height) if "Copper" in (t := table.render_line(y).text)
        )
        assert f" {drawn} " in line, line
