"""Outlets read at 80 columns: the headline list's source column takes what its names need
(up to 19 cells from 80 columns, 14 at 70 and below) and a long name is shortened the way its
readers shorten it before the cell cuts it.

Seen driving the demo at 80x24 with every story shown: the founding story's outlet read
"Founding scen…" in a column capped at 14 cells beside a title of 54; "The Wall Street Journal"
would have read "The Wall Stre…". The title keeps at least 50 cells at 80 columns.

The stories come as a ``SnapshotReady`` on an app with no refresh: no network."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from test_headline_list import app_for, lines, load, story

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.outlet_names import short_outlet
from tui.ui.widgets import headline_layout as hl
from tui.ui.widgets.headlines import HeadlinesPanel

OUTLETS = (
    "Founding scenario",
    "The Wall Street Journal",
    "S&P Global Commodity Insights",
    "Reuters",
)


@pytest.mark.parametrize(
    ("name", "width", "said"),
    [
        ("The Wall Street Journal", 19, "Wall Street Journal"),
        ("The Wall Street Journal", 14, "WSJ"),
        ("+2 The Wall Street Journal", 19, "+2 WSJ"),
        ("S&P Global Commodity Insights", 19, "S&P Global"),
        ("Bloomberg.com", 10, "Bloomberg"),
        ("Reuters (demo capture)", 14, "Reuters"),
        ("Financial Times", 14, "FT"),
        ("Financial Times", 15, "Financial Times"),  # whole where it fits
        ("Founding scenario", 14, "Founding scenario"),  # nothing known: the cell's ellipsis
        ("The", 2, "The"),  # never shortened to nothing
    ],
)
def test_a_long_outlet_is_shortened_as_its_readers_do(name: str, width: int, said: str) -> None:
    assert short_outlet(name, width) == said


@pytest.mark.parametrize(
    ("width", "cap"), [(56, 14), (66, 14), (70, 14), (72, 14), (77, 19), (115, 19)]
)
def test_the_source_column_grows_from_70_to_80_columns(width: int, cap: int) -> None:
    cols = hl.layout(width, metals_needed=20, source_needed=40, title_needed=90, first_chip=6)
    assert cols.source == cap
    if width == 77:  # an 80-column terminal: the title keeps its 50 cells, chips folded in
        assert cols.folded and cols.title >= 50


async def test_the_demo_names_its_founding_outlet_whole_at_80(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(6):
            await app.workers.wait_for_complete()
            await pilot.pause()
        panel = app.query_one(HeadlinesPanel)
        panel.table.focus()
        await pilot.press("A", "G")  # every story, then the last: the founding story
        await pilot.pause()
        shown = lines(panel)
        row = next(line for line in shown if "Founding" in line)
        assert "Founding scenario" in row and "scen…" not in row, shown


def outlet_stories(outlets: tuple[str, ...]) -> list[Any]:
    """A relevant story naming a metal for each outlet, told by it."""
    stories = []
    for i, outlet in enumerate(outlets):
        base = story(i * 4)
        entries = tuple(dataclasses.replace(e, outlet=outlet) for e in base.entries)
        stories.append(dataclasses.replace(base, entries=entries))
    return stories


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_long_outlets_read_in_the_narrow_column(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    stories = outlet_stories(OUTLETS)
    app = app_for(tmp_path)
    async with app.run_test(size=size) as pilot:
        panel = await load(app, pilot, stories)
        shown = "\n".join(lines(panel))
        wide = size[0] >= 80
        assert ("Wall Street Journal" if wide else "WSJ") in shown, shown
        assert "S&P Global" in shown and "S&P Global Com" not in shown, shown
        assert ("Founding scenario" if wide else "Founding scen…") in shown, shown
        assert "Wall Stre…" not in shown, shown
