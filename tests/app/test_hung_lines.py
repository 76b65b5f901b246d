"""Long lines of the detail screens at 80 columns: each wraps under its own column.

Found in use at 80x24: a story's link, an evidence's title and link, a chart marker's title and
the help's longer descriptions wrapped back to the screen's left edge, where their tails read as
lines of their own (a link's tail sat under the section's headings); the sources screen's title
took two lines. Each continuation now starts where its line's text does (``tui.ui.hanging``).
"""

from __future__ import annotations

import re
from pathlib import Path

from rich.console import Console
from rich.text import Text

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.demo_clock import DEMO_DATE
from tui.core.models import PriceSeries
from tui.ui.app import MetalwatchApp
from tui.ui.hanging import MIN_ROOM, hang_from, hung_lines
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

CONSOLE = Console(width=200, color_system=None)


def screen_lines(app: MetalwatchApp) -> list[str]:
    """Every line on screen as the terminal gets it."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def first_col(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def continuations(lines: list[str], at: int) -> list[str]:
    """The lines after ``lines[at]`` up to a blank line or one that starts further left."""
    out = []
    for line in lines[at + 1 :]:
        if not line.strip() or first_col(line) <= first_col(lines[at]):
            break
        out.append(line)
    return out


def links_hang(lines: list[str]) -> int:
    """How many links wrapped; AssertionError when a link's tail is not under its start."""
    wrapped = 0
    for n, line in enumerate(lines):
        if "https://" not in line or len(line.rstrip()) < 76:  # 78: the text's right edge
            continue
        col = line.index("https://")
        tail = lines[n + 1]
        assert tail.strip() and first_col(tail) == col, "\n".join(lines[n - 2 : n + 3])
        wrapped += 1
    return wrapped


def test_a_line_wraps_under_its_indent_or_its_mark() -> None:
    t = Text()
    t.append("    https://example.com/" + "a" * 60 + "\n")
    t.append("  key     ")
    hang_from(t, "a description long enough to wrap twice at forty columns wide\n")
    t.append("prose at the left edge wraps back to the left edge as prose does\n")
    lines = [line.plain for line in hung_lines(t, 40, CONSOLE)]
    assert all(len(line) <= 40 for line in lines), lines
    url = [line for line in lines if "example" in line or line.startswith("    a")]
    assert len(url) == 3 and all(first_col(line) == 4 for line in url), lines
    at = next(i for i, line in enumerate(lines) if line.startswith("  key"))
    assert lines[at + 1].startswith(" " * 10) and lines[at + 1][10] != " ", lines
    assert lines[-1].startswith("edge") or first_col(lines[-1]) == 0, lines
    # too little room after the hang column: the line wraps whole, at the left edge
    narrow = [line.plain for line in hung_lines(t, 10 + MIN_ROOM - 1, CONSOLE)]
    at = next(i for i, line in enumerate(narrow) if line.startswith("  key"))
    assert first_col(narrow[at + 1]) == 0, narrow


async def test_story_and_evidence_links_hang_at_80x24(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # the first headline: a Reuters link of ~95 characters
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        assert links_hang(screen_lines(app)) >= 1, "\n".join(screen_lines(app))
        await pilot.press("escape")
        policy = app.query_one(PolicyPanel)
        app.set_focus(policy.table)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        lines = screen_lines(app)
        # an evidence's title runs on under its own start (four cells in), never at two
        titles = [n for n, line in enumerate(lines) if line.startswith("    US Proclamation")]
        assert titles, "\n".join(lines)
        wrapped = [n for n in titles if len(lines[n].rstrip()) >= 70]
        assert wrapped, "\n".join(lines)
        for n in wrapped:
            assert first_col(lines[n + 1]) == 4, "\n".join(lines[n : n + 3])
            assert not lines[n + 1].lstrip().startswith("https://"), "\n".join(lines)


async def test_chart_markers_hang_under_their_titles_at_80x24(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        copper = app.query_one(PricesPanel).row_objects["copper"]
        assert isinstance(copper, PriceSeries) and app.snapshot is not None
        app.push_screen(ChartScreen(copper, app.snapshot, frame="1Y"))
        await settle(app, pilot)
        lines = screen_lines(app)
        marker = re.compile(r"^\s*\d+\. \d{4}-\d\d-\d\d  \[")
        rows = [n for n, line in enumerate(lines) if marker.match(line)]
        assert rows, "\n".join(lines)
        hung = 0
        for n in rows:
            col = lines[n].index("[")
            for line in continuations(lines, n):
                assert first_col(line) == col, "\n".join(lines[n : n + 4])
                hung += 1
        assert hung >= 1, "\n".join(lines)  # the policy marker's reaction runs on


async def test_sources_title_is_one_line_at_80x24(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        lines = screen_lines(app)
        assert "Source health" in lines[0] and DEMO_DATE in lines[0], "\n".join(lines[:3])
        assert lines[1].split()[:2] == ["Source", "Kind"], "\n".join(lines[:3])


async def test_help_descriptions_hang_under_their_column_at_80x24(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("G")  # the marks, near the end
        await pilot.pause()
        lines = screen_lines(app)
        for _ in range(20):  # up to the headlines' marks (the board's come after them)
            if any("pinned: a policy story" in line for line in lines[:-3]):
                break
            await pilot.press("k")
            await pilot.pause()
            lines = screen_lines(app)
        n = next(i for i, line in enumerate(lines) if "pinned: a policy story" in line)
        col = lines[n].index("pinned")
        assert continuations(lines, n), "\n".join(lines)
        assert all(first_col(line) == col for line in continuations(lines, n)), lines[n : n + 3]
