"""A panel whose sources fail in both ways, one after it delivered and one never, says so in
one count that fits its border at 60 columns.

Seen at 60x20 with a feed that had delivered and then failed beside one that never answered:
the headlines border said "⚠ 1 failing, good just now · 1 source failing, no dat…", cut. It now
says "⚠ 2 failing (1 fetched just now, 1 no data yet)". A lone failure keeps its words.
The feed's stories are months old, so the border ends with their age ("· newest 3mo old"):
where the long words and the age do not fit whole (60 columns), both are said in short
("⚠ 2 failing · newest 3mo old"), never cut.

Every source is a local file or a loopback port nothing listens on: no network."""

from __future__ import annotations

from pathlib import Path

import pytest
from own_data import own_config, settle

from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel


def bottom_border(app: MetalwatchApp) -> str:
    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    return next(line for line in lines if line.startswith(("┗━", "╰─")))


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_both_failures_in_one_count(tmp_path: Path, size: tuple[int, int]) -> None:
    config = own_config(tmp_path, prices=False, policy=False, dead=1)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        said = str(panel.border_subtitle)
        words, _, old = said.partition(" · newest ")
        assert old.endswith(" old"), said  # the fixture's stories are months old
        if size[0] > 60:
            assert words == "⚠ 1 source failing, no data from it yet", said  # as before
        else:
            assert words == "⚠ 1 failing, none yet", said
        assert said in bottom_border(app), bottom_border(app)  # whole, not cut
        (tmp_path / "news.xml").unlink()  # the feed fails next; its stories stay
        await pilot.press("R")
        await settle(app, pilot)
        said = str(panel.border_subtitle)
        words, _, old = said.partition(" · newest ")
        assert old.endswith(" old") and said.count("failing") == 1, said
        if size[0] > 60:
            assert words.startswith("⚠ 2 failing (1 fetched "), said
            assert words.endswith(", 1 no data yet)"), said
        else:
            assert words == "⚠ 2 failing", said
        assert said in bottom_border(app), bottom_border(app)  # whole, not cut
