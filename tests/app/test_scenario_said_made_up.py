"""The demo's founding story says it is a made-up scenario wherever its text is read.

Seen at 120x40 in ``--demo``: Enter on "China to Resume Metal Exports to the United States"
opened its full text, with a ministry spokesperson and an analyst quoted, and said of where it
came from only "Founding scenario" (the outlet list: "Founding scenario (no link)"); the
evidence trail of the board's CN→US "resuming" rows, which rest on it, said the same. Its feed
says it is a scenario, not a news report, and no outlet published it: the story screen and the
evidence trail now say so in words, and a story of a real outlet says nothing of it."""

from __future__ import annotations

from pathlib import Path

from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel

SAID = "made-up scenario, not a news report"


def drawn(app: object) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())  # type: ignore[attr-defined]


async def test_story_and_evidence_say_made_up(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        panel.table.focus()
        keys = list(panel.row_objects)
        sources = [panel.row_objects[k].source for k in keys]
        assert "Founding scenario" in sources and "Reuters (demo capture)" in sources, sources
        for source in ("Founding scenario", "Reuters (demo capture)"):
            panel.table.move_cursor(row=sources.index(source))
            await pilot.press("enter")
            await settle(app, pilot)
            assert type(app.screen).__name__ == "StoryScreen"
            text = drawn(app)
            assert (SAID in text) is (source == "Founding scenario"), text
            await pilot.press("escape")
            await settle(app, pilot)
        board = app.query_one(PolicyPanel)
        board.table.focus()
        rows = list(board.row_objects)
        # the scenario's reading (CN→US resuming) and a declared entry (a proclamation)
        for key, said in (("aluminium|CN|US", True), ("aluminium|*|US", False)):
            row = rows.index(key)
            board.table.move_cursor(row=row)
            await pilot.press("enter")
            await settle(app, pilot)
            assert type(app.screen).__name__ == "EvidenceScreen"
            text = drawn(app)
            assert (SAID in text) is said, text
            await pilot.press("escape")
            await settle(app, pilot)


async def test_chart_marker_says_made_up(tmp_path: Path) -> None:
    """The copper chart lists the founding story with the price's reaction to it: a real move
    beside a story no outlet published, said so on its line."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "enter")  # copper's chart, its 1Y frame
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ChartScreen"
        lines = drawn(app).splitlines()
        scenario = [line for line in lines if "China to Resume" in line]
        other = [line for line in lines if "LME gripped" in line]
        assert scenario and other, lines
        assert "made-up scenario" in scenario[0], scenario
        assert "made-up" not in other[0], other
