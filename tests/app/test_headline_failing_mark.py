"""A headline whose every source is failing says so on its row, as a price does.

Seen with a feed that failed after it delivered: the JSON said ``"sources_failing": true`` and
the text snapshot ``SOURCE FAILING``, but the story's row in the headlines panel looked as
current as any other. Its age now has "!" after it, bold in the theme's warning colour for
text (the prices panel's "7mo!"), and the help's "Marks in the headlines panel" explains it.

Every source is a local file: no network."""

from __future__ import annotations

from pathlib import Path

from own_data import own_config, settle
from textual.widgets import Static

from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headline_row import FAILING_MARK
from tui.ui.widgets.headlines import HeadlinesPanel


def rows(app: MetalwatchApp) -> list[str]:
    table = app.query_one(HeadlinesPanel).table
    return [table.render_line(y).text for y in range(1, table.size.height)]


async def test_a_story_of_a_failing_feed_is_marked(tmp_path: Path) -> None:
    config = own_config(tmp_path, prices=False, policy=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.query_one(HeadlinesPanel).toggle_all()  # every story: more than one row
        await settle(app, pilot)
        before = [r for r in rows(app) if r.strip()]
        assert before, "the feed's stories are shown"
        assert not any(f"{FAILING_MARK} " in r[:14] for r in before), before
        (tmp_path / "news.xml").unlink()  # fails next; its stored stories stay
        await pilot.press("R")
        await settle(app, pilot)
        table = app.query_one(HeadlinesPanel).table
        after = [r for r in rows(app) if r.strip()]
        assert len(after) == len(before), after
        # the age column ends in the mark on every row: "3d!", "11mo!"
        ages = [r[2 : 2 + table.columns().age].strip() for r in after]
        assert all(a.endswith(FAILING_MARK) for a in ages), ages
        assert len(after) > 1, after
        strip = table.render_line(2)  # not the cursor's row, whose colours are the cursor's
        (age_seg,) = [s for s in strip if s.text.strip().endswith(FAILING_MARK)]
        warn = app.theme_variables["text-warning"]
        assert age_seg.style is not None and age_seg.style.bold, age_seg
        assert age_seg.style.color is not None
        assert age_seg.style.color.triplet is not None
        assert age_seg.style.color.triplet.hex.lower() == warn.lower()[:7], (age_seg, warn)
        await pilot.press("question_mark")
        await settle(app, pilot)
        text = str(app.screen.query_one("#help-text", Static).render())
        part = text[text.index("Marks in the headlines panel") :]
        part = part[: part.index("Marks in the prices panel")]
        line = next(ln for ln in part.splitlines() if ln.strip().startswith(FAILING_MARK))
        assert "every source of the story failed" in line, line
