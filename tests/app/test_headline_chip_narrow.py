"""The first metal of a headline whose metals fold onto its title line (below 100 columns).

- Between 64 and 100 columns, where the title keeps its 40 cells, only a few are left for the
  first metal: its chip was cut with its padding, so "zinc" (four letters, five cells free)
  read " zin…" and "gallium" " gal…". The name now goes without the padding, whole where it
  fits, else cut later ("gall…").
- At 60 columns a long title kept its 40 cells: no cell was left for the metal, so no demo row
  showed what it was about. A metals desk needs the metal more than the title's tail: the first
  metal's name (its short form, up to ``FIRST_NAME`` cells) keeps its room and the title is cut
  with an ellipsis instead; from 64 columns, where the 40 cells left room, nothing changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from own_data import settle
from test_headline_header_gap import feed

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets import headline_layout as hl
from tui.ui.widgets.headline_list import HeadlineList

METALS = ("zinc", "tin", "gallium", "nickel", "aluminium", "copper")
TITLES = {
    "zinc": "Zinc prices edge higher as smelter outages in Europe drag on for weeks",
    "tin": "Myanmar's Wa State keeps tin mining suspended for a second year running",
    "gallium": "China bans gallium and germanium exports to the United States",
    "aluminium": "Aluminium premiums in Rotterdam jump after new sanctions on Russian metal",
    "nickel": "Indonesia to tighten nickel ore export quota from January next year",
}


async def folded_rows(tmp_path: Path, width: int) -> dict[str, str]:
    """Each title's line on screen, the headlines' metals folded onto it, at ``width``, with
    what stands before the source's name."""
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
        assert app.query_one(HeadlineList).columns().folded
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
    rows = {}
    for metal, title in TITLES.items():
        line = next(ln for ln in lines if title[:12] in ln)
        rows[metal] = line[: line.rindex("Wire")].rstrip()
    return rows


@pytest.mark.parametrize("width", [64, 66, 70])
async def test_the_first_metal_of_a_folded_row_is_its_name(tmp_path: Path, width: int) -> None:
    for metal, before_source in (await folded_rows(tmp_path, width)).items():
        chip = re.split(r"\s{2,}", before_source)[-1]  # what stands after the title
        # five cells from 64 columns: "zinc" and "tin" whole, a longer name in all five
        whole = chip == metal
        cut = chip.endswith("…") and metal.startswith(chip[:-1]) and len(chip) >= 5
        assert whole or (cut and len(metal) > 5), (width, before_source)


@pytest.mark.parametrize("width", [56, 60])
async def test_a_long_title_gives_way_to_its_first_metal(tmp_path: Path, width: int) -> None:
    for metal, before_source in (await folded_rows(tmp_path, width)).items():
        cut_title, chip = re.split(r"\s{2,}", before_source.strip(" │•★"))[-2:]
        title = TITLES[metal]
        assert cut_title.endswith("…") and title.startswith(cut_title[:-1]), before_source
        short = metal if len(metal) <= hl.FIRST_NAME else metal[: hl.FIRST_NAME - 1] + "…"
        assert chip == short, (width, before_source)


def test_the_tag_room_leaves_the_first_metal_its_name() -> None:
    """The room arithmetic of the folded chips' column: the first name's cells (capped) come off
    titles that would not fit in 40, and " …" when a row has more metals; a cell with room for
    40 and the chips, or titles that fit, are as before."""
    # first_chip counts the chip's padding: " zinc " is 6
    assert hl.tag_room(43, metals_needed=6, title_needed=80, first_chip=6) == 4  # "zinc"
    # more metals than the first: two cells more for " …" after its name
    assert hl.tag_room(43, metals_needed=20, title_needed=80, first_chip=11) == hl.FIRST_NAME + 2
    assert hl.tag_room(43, metals_needed=11, title_needed=80, first_chip=11) == hl.FIRST_NAME
    # the 40 left room: the chips give way first, to the first one whole and " …"
    assert hl.tag_room(60, metals_needed=20, title_needed=80, first_chip=8) == 8 + 2
    assert hl.tag_room(50, metals_needed=20, title_needed=80, first_chip=8) == 50 - 2 - 40
    assert hl.tag_room(18, metals_needed=6, title_needed=80, first_chip=6) == 0  # no room
    assert hl.tag_room(43, metals_needed=6, title_needed=11, first_chip=6) == 6  # titles fit
    assert hl.tag_room(43, metals_needed=0, title_needed=80) == 0  # no metal named
