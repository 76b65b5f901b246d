"""The headlines panel at the judged sizes: the empty-filter hint tells the truth, and a row of
several metals keeps its title as its neighbours do.

- The hint under a filter that matched nothing said "Esc in the filter box clears it", but Esc
  in the list clears the filter as well: it says "Esc clears it", and Esc from the list does.
- At 80 columns the demo's founding story (four metals) had its title cut at 40 cells, "China
  to Resume Metal Exports to the Un…   copper  …    ", padding after the chips, where a row of
  one metal kept 46: the chips now give way first, to the first metal whole and " …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from own_data import empty_text, settle

from tui.core.config import load_config
from tui.flow.why_empty import FILTER_HINT
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headline_list import HeadlineList
from tui.ui.widgets.headlines import HeadlinesPanel

SIZES = [(80, 24), (120, 40), (200, 60)]
IDS = [f"{w}x{h}" for w, h in SIZES]


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


async def type_filter(pilot: object, app: MetalwatchApp, text: str) -> HeadlinesPanel:
    panel = app.query_one(HeadlinesPanel)
    app.set_focus(panel.table)
    await pilot.press("slash")  # type: ignore[attr-defined]
    await pilot.press(*text)  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(app, pilot)
    return panel


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_empty_filter_hint_is_true(tmp_path: Path, size: tuple[int, int]) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        panel = await type_filter(pilot, app, "zzzz")
        assert panel.text_filter == "zzzz" and panel.table.has_focus  # Enter: back in the list
        said = empty_text(panel)
        assert said == f"Nothing matches the filter 'zzzz' ({FILTER_HINT}).", said
        assert FILTER_HINT == "Esc clears it"
        assert len(said) <= size[0] - 4, said  # one line inside the border
        await pilot.press("escape")  # from the list, as the hint says
        await settle(app, pilot)
        assert panel.text_filter == "" and panel.table.row_count > 0


def shown_title(line: str, title: str) -> int:
    """How many characters of ``title`` the line shows (before its ellipsis, if cut)."""
    n = 12
    while n < len(title) and title[: n + 1] in line:
        n += 1
    return n


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_a_row_of_several_metals_keeps_its_title(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await type_filter(pilot, app, "copper")
        stories = list(app.query_one(HeadlinesPanel).row_objects.values())
        many = [s for s in stories if len(s.metals) > 2]
        few = [s for s in stories if len(s.metals) == 1]
        assert many and few, [(s.title, s.metals) for s in stories]
        folded = app.query_one(HeadlineList).columns().folded
        lines = [strip.text for strip in app.screen._compositor.render_strips()]

        def room(story: object) -> int:
            title = story.title  # type: ignore[attr-defined]
            line = next(ln for ln in lines if title[:12] in ln)
            return shown_title(line, title)

        longest = max(room(s) for s in few)
        for story in many:
            whole = len(story.title)
            # no more than the cells of " …" (folded: the chips after the first) less than its
            # neighbours' titles, unless it is shown whole
            assert room(story) >= min(whole, longest - (2 if folded else 0)), (
                story.title,
                room(story),
                longest,
            )
