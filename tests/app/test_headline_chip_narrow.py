"""Between 60 and 100 columns the metals fold onto the title line, and where the title keeps
its 40 cells only a few are left for the first metal: its chip was cut with its padding, so
"zinc" (four letters, five cells free) read " zin…" and "gallium" " gal…". The name now goes
without the padding, whole where it fits, else cut later ("gall…")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_headline_header_gap import feed
from test_own_data import settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headline_list import HeadlineList

METALS = ("zinc", "tin", "gallium", "nickel", "copper")
TITLES = {
    "zinc": "Zinc prices edge higher as smelter outages in Europe drag on for weeks",
    "tin": "Myanmar's Wa State keeps tin mining suspended for a second year running",
    "gallium": "China bans gallium and germanium exports to the United States",
    "nickel": "Indonesia to tighten nickel ore export quota from January next year",
}


@pytest.mark.parametrize("width", [64, 66, 70])
async def test_the_first_metal_of_a_folded_row_is_its_name(tmp_path: Path, width: int) -> None:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in METALS],
            "sources": [
                {"name": "Wire", "kind": "rss", "url": str(feed(tmp_path, "Wire", list(TITLES.values())))}
            ],
        },
        tmp_path / "config.toml",
    )  # fmt: skip
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        assert listing.columns().folded
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        for metal, title in TITLES.items():
            line = next(ln for ln in lines if title[:20] in ln)
            before_source = line[: line.rindex("Wire")].rstrip()
            chip = re.split(r"\s{2,}", before_source)[-1]  # what stands after the title
            # five cells from 64 columns: "zinc" and "tin" whole, a longer name in all five
            whole = chip == metal
            cut = chip.endswith("…") and metal.startswith(chip[:-1]) and len(chip) >= 5
            assert whole or (cut and len(metal) > 5), (width, line)
