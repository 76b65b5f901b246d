"""The help explains the marks the prices panel draws.

Seen at 80x24 with a price source that failed after it delivered: the age read "7mo!" and
nothing said what the "!" meant (the help explained only the headlines' marks). The help now
has "Marks in the prices panel": "!", "stale" and "ahead".

Every source is a local file: no network."""

from __future__ import annotations

from pathlib import Path

from own_data import own_config, settle
from textual.widgets import Static

from tui.ui.app import MetalwatchApp
from tui.ui.widgets.prices import AGE_MARKS, PricesPanel


async def test_the_failing_price_mark_is_explained(tmp_path: Path) -> None:
    config = own_config(tmp_path, news=False, policy=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        (tmp_path / "copper.csv").unlink()  # fails next; its stored prices stay
        await pilot.press("R")
        await settle(app, pilot)
        table = app.query_one(PricesPanel).table
        drawn = "\n".join(table.render_line(y).text for y in range(table.size.height))
        assert "d!" in drawn and "stale" in drawn, drawn  # "40d!" over "stale"
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = str(app.screen.query_one("#help-text", Static).render())
        part = text[text.index("Marks in the prices panel") :]
        for mark, meaning in AGE_MARKS:
            line = next(ln for ln in part.splitlines() if ln.strip().startswith(mark))
            assert meaning.split(":")[0] in line, line
        assert "failed on its last attempt" in part


async def test_the_unit_mark_is_explained(tmp_path: Path) -> None:
    """A price whose source says no unit (a CSV of dates and closes, the metal's unit USD/t)
    is drawn with "*" in the Unit column, alone; only its chart said what the "*" meant, and
    the help's marks of the prices panel did not list it."""
    from datetime import date, timedelta

    from tui.core.config import parse_config

    last = date.today() - timedelta(days=2)
    rows = [f"{(last - timedelta(days=i)).isoformat()},{9000 + i:.2f}" for i in range(30, -1, -1)]
    (tmp_path / "copper.csv").write_text("Date,Close\n" + "\n".join(rows) + "\n")
    raw = {
        "metals": [{"id": "copper", "name": "Copper", "unit": "USD/t"}],
        "sources": [
            {"name": "Copper file", "kind": "csv", "metal": "copper", "url": "copper.csv"},
        ],
    }
    app = MetalwatchApp(parse_config(raw, tmp_path / "config.toml"), store_path=tmp_path / "s")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        table = app.query_one(PricesPanel).table
        unit = str(table.get_cell("copper", "unit")) if "unit" in table.column_keys() else ""
        assert unit.endswith("*"), table.column_keys()
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = str(app.screen.query_one("#help-text", Static).render())
        part = text[text.index("Marks in the prices panel") : text.index("Marks on the policy")]
        said = [ln for ln in part.splitlines() if ln.strip().startswith("*")]
        assert said and "after the unit" in said[0], part
