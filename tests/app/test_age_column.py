"""The headline list's Age column holds the whole age, whatever it says.

The column was four cells: an age that needs more was cut, and the cut hid the fact or said
another one: a story dated three hours ahead of now (a publisher's clock, a zone written
wrong; within the day a story may be ahead) read ``in …``, and one first seen eleven months ago
(no date of its own, marked ``~``) read ``11m…``, eleven minutes. The column is now as wide as
the widest age of the rows needs; the title gives up the cells.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest

from tests.app.test_headline_list import NOW, app_for, lines, load, story
from tui.core.models import Story
from tui.ui.app import MetalwatchApp


def dated(i: int, when: timedelta, *, rough: bool = False, zone: bool = False) -> Story:
    s = story(i)
    return dataclasses.replace(
        s,
        published=NOW + when,
        date_estimated=rough,
        zone_unknown=zone,
        metals=("copper",),
        relevant=True,
    )


def row_of(seen: list[str], title: str) -> str:
    (line,) = {x for x in seen if title in x}
    return line


CASES = [
    # (how the story is dated against the snapshot's time, the age its row must show)
    (dated(1, timedelta(hours=3)), "in 3h"),
    (dated(2, timedelta(hours=22)), "in 22h"),
    (dated(3, timedelta(minutes=40), zone=True), "in 40m~"),
    (dated(4, -timedelta(days=330), rough=True), "11mo~"),
    (dated(5, -timedelta(days=400), rough=True), "13mo~"),
    (dated(6, -timedelta(days=45)), "45d"),
    (dated(7, -timedelta(days=45), rough=True), "45d~"),
]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_every_age_is_shown_whole_at_every_width(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app: MetalwatchApp = app_for(tmp_path)
    async with app.run_test(size=size) as pilot:
        panel = await load(app, pilot, [s for s, _ in CASES])
        await pilot.pause()
        seen = lines(panel)
        panel.table.focus()
        await pilot.press("end")  # the last rows, where the panel is short (80x24)
        await pilot.pause()
        seen += lines(panel)
        header = seen[0]
        age_at = header.index("Age")
        for s, want in CASES:  # every age starts in its column, under "Age"
            line = row_of(seen, s.title[:20])
            assert line[age_at:].startswith(want + " "), (want, line, header)


async def test_the_column_narrows_again_when_no_row_needs_the_room(tmp_path: Path) -> None:
    app: MetalwatchApp = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await load(app, pilot, [dated(1, timedelta(hours=22)), story(2), story(3)])
        wide = lines(panel)[0].index("Headline")
        await load(app, pilot, [story(2), story(3)])
        await pilot.pause()
        assert lines(panel)[0].index("Headline") < wide, "the title has the cells back"
