"""The metals folded onto the title line (below 100 content columns) stand in one column.

At 100 columns each row's chips stood two cells after its own title, so the metals of a short
title and of a long one began at different columns and the tags read as a ragged edge
("…weekly gain   gold" beside "…bond yields   gold" three cells further on). The folded chips
now have a column of their own at the end of the title cell, the same on every row, named
"Metals" in the header where the name fits."""

from __future__ import annotations

from pathlib import Path

import pytest
from own_data import settle
from test_headline_header_gap import feed

from tui.core.config import load_config, parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headline_list import HeadlineList
from tui.ui.widgets.headline_row import shown_first

SIZES = [(60, 20), (64, 20), (80, 24), (90, 30), (100, 30)]
IDS = [f"{w}x{h}" for w, h in SIZES]
TITLES = [
    "Zinc edges up",
    "Indonesia to tighten nickel ore export quota from January next year, ministry says",
    "Copper and zinc slip as dollar firms",
    "Myanmar's Wa State keeps tin mining suspended for a second year running after talks fail",
    "Tin rallies",
]


def chip_columns(app: MetalwatchApp) -> dict[str, int]:
    """Each shown row's title and the column its first chip starts at."""
    listing = app.query_one(HeadlineList)
    cols = listing.columns()
    assert cols.folded, cols
    starts = {}
    for y in range(1, listing.scrollable_content_region.height):
        row = int(listing.scroll_y) + y - 1
        if row >= len(listing.stories):
            break
        story = listing.stories[row]
        if not story.metals:
            continue
        text = listing.render_line(y).text
        if cols.source:  # the outlet's column after the chips
            text = text[: len(text) - cols.source - 1]
        name = shown_first(story.metals, listing.first_metal)[0]
        at = text.rfind(name[:3])
        assert at > 0, (story.title, text)
        starts[story.title] = at
    return starts


async def aligned(app: MetalwatchApp, size: tuple[int, int], *keys: str) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        starts = chip_columns(app)
        assert len(starts) >= 2, starts
        assert len(set(starts.values())) == 1, (size, starts)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_demo_tags_stand_in_one_column(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "s.sqlite3")
    await aligned(app, size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_short_and_long_titles_tags_in_one_column(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in ("zinc", "tin", "nickel", "copper")],
            "sources": [{"name": "Wire", "kind": "rss", "url": str(feed(tmp_path, "Wire", TITLES))}],
        },
        tmp_path / "config.toml",
    )  # fmt: skip
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3")
    await aligned(app, size)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_a_row_of_no_metal_keeps_the_whole_cell(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """A story that names no metal (shown with `A`, all stories) has no chip to align: its title
    takes the tags' cells too, not cut beside blank ones."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        cols = listing.columns()
        assert cols.tags, cols
        bare = [
            (y, s)
            for y, s in enumerate(listing.stories[: listing.size.height - 1], 1)
            if not s.metals and len(s.title) > cols.title - cols.tags - 2
        ]
        assert bare, [s.title for s in listing.stories]
        for y, story in bare:
            text = listing.render_line(y).text
            shown = min(len(story.title), cols.title - 1)  # whole, else cut at the cell's end
            assert story.title[:shown] in text, (story.title, text)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_a_picked_metal_first_keeps_its_more_mark(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """A metal picked with `m` goes first on its rows: the tags' column is as wide as its chip
    and " …" needs. At 100 columns the founding story (copper, aluminium, rare earths) read
    "aluminium" alone under aluminium, its column laid out for "copper" first."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("m", "down", "down", "enter")  # All metals, Copper, Aluminium
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        assert listing.first_metal == "aluminium", listing.first_metal
        many = [(y, s) for y, s in enumerate(listing.stories, 1) if len(s.metals) > 1]
        assert many, [s.metals for s in listing.stories]
        for y, _story in many:
            text = listing.render_line(y).text
            assert "aluminium  …" in text or " aluminium …" in text, text
