"""A price whose source's newest point was held back as suspect (a close cut to "92" under
prices near 9,300) said so only on the sources screen: the prices panel showed the point before
it as the price, like any other. It now reads "held" under the price, and the help explains the
mark; a file whose newest row is whole shows no mark. (The JSON and the text snapshot:
tests/unit/test_held_back_price_row.py.) Every source is a local file: no network."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from own_data import settle
from textual.widgets import Static

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.prices import HELD_MARK, PricesPanel


def _app(tmp_path: Path, newest: str) -> MetalwatchApp:
    last = date.today() - timedelta(days=1)
    rows = [
        f"{(last - timedelta(days=i)).isoformat()},{9300 - i * 7:.2f}" for i in range(30, 0, -1)
    ]
    rows.append(f"{last.isoformat()},{newest}")
    (tmp_path / "copper.csv").write_text("Date,Close\n" + "\n".join(rows) + "\n")
    raw = {
        "metals": [{"id": "copper", "name": "Copper", "unit": "USD/t"}],
        "sources": [
            {
                "name": "Copper file",
                "kind": "csv",
                "metal": "copper",
                "url": "copper.csv",
                "unit": "USD/t",
            },
        ],
    }
    return MetalwatchApp(parse_config(raw, tmp_path / "config.toml"), store_path=tmp_path / "s")


def _drawn(app: MetalwatchApp) -> list[str]:
    table = app.query_one(PricesPanel).table
    return [table.render_line(y).text for y in range(table.size.height)]


@pytest.mark.parametrize(("newest", "held"), [("92", True), ("9301.50", False)])
async def test_a_held_back_newest_price_is_marked_on_its_row(
    tmp_path: Path, newest: str, held: bool
) -> None:
    app = _app(tmp_path, newest)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        lines = _drawn(app)
        at = next(i for i, ln in enumerate(lines) if "Copper" in ln)
        under = lines[at + 1]
        if held:
            assert "9,293" in lines[at], lines  # the point before the one held back
            assert HELD_MARK[0] in under.split(), lines
        else:
            assert "9,302" in lines[at], lines
            assert HELD_MARK[0] not in under.split(), lines
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = str(app.screen.query_one("#help-text", Static).render())
        part = text[text.index("Marks in the prices panel") :]
        line = next(ln for ln in part.splitlines() if ln.strip().startswith(HELD_MARK[0]))
        assert "held back as suspect" in line, line
