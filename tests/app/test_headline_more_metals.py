"""A folded headline row whose first metal takes its room still says it has more metals.

Seen at 80x24: "China suspends gallium and germanium ex…  gallium" read as a story of gallium
alone, where at 120 columns the row said "gallium  …". The first metal's name keeps its room and
the title gives two cells more for " …" after it: "…germanium e…  gallium …". A row of one metal
is as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_headline_header_gap import feed
from test_own_data import settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headline_list import HeadlineList

TWO = "China suspends gallium and germanium export licences to the United States"
ONE = "Indonesia bans nickel ore exports from January as smelters expand"


@pytest.mark.parametrize("width", [60, 80])
async def test_the_row_says_it_has_more_metals(tmp_path: Path, width: int) -> None:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in ("gallium", "germanium", "nickel")],
            "sources": [{"name": "Wire", "kind": "rss", "url": str(feed(tmp_path, "Wire", [TWO, ONE]))}],
        },
        tmp_path / "config.toml",
    )  # fmt: skip
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        assert app.query_one(HeadlineList).columns().folded
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
    two = next(ln for ln in lines if TWO[:12] in ln)
    one = next(ln for ln in lines if ONE[:12] in ln)
    before = two[: two.rindex("Wire")]
    assert re.search(r"…\s+gallium\s+…\s*$", before), two  # the title cut, then the metals
    assert re.search(r"\snickel\s*$", one[: one.rindex("Wire")]), one
