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
