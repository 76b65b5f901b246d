"""The headlines panel and the policy board say in their borders how old their newest row is
when every row they show is old, as the prices border does for stale prices.

Seen in a terminal: with a feed that delivered only stories two months old, the headlines
border said nothing of their age and the board's nothing of its evidence's (the header speaks of
prices only): the panels looked as current as ones fed this morning. The headlines border now
ends "newest 2mo old" once the newest story is older than a daily cadence allows, the board's
"newest evidence 2mo old" once its newest evidence (a declared entry aside) is older than
measures come without a rhythm; at 60 columns, beside a failing source, in short words whole.

The sources are local files (one missing: a failing source): no network."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from test_fetched_not_fresh import screen_lines
from test_open_all_day import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel

TITLES = (
    "US raises tariff on Chinese aluminium to 50%",
    "China suspends gallium export licences to the United States",
    "Copper price climbs on Chilean mine strike",
)
DECLARED = (
    '[[policy]]\nmetal = "copper"\norigin = "CL"\ndestination = "CN"\n'
    'status = "quota"\nsince = 2025-11-09\n'
)


def config(tmp_path: Path, days_old: int, *, failing: bool = False, declared: str = "") -> Path:
    """A feed whose stories are ``days_old`` days old (a few hours apart); ``failing``: a
    second feed whose file is missing."""
    now = datetime.now(timezone.utc)
    items = "".join(
        f"<item><title>{t}</title><link>https://example.org/{i}</link>"
        f"<pubDate>{format_datetime(now - timedelta(days=days_old, hours=3 * i))}</pubDate>"
        "</item>"
        for i, t in enumerate(TITLES)
    )
    (tmp_path / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )
    metals = "".join(
        f'[[metals]]\nid = "{m}"\nname = "{m.title()}"\n\n'
        for m in ("copper", "aluminium", "gallium")
    )
    sources = '[[sources]]\nname = "Wire"\nkind = "rss"\nurl = "feed.xml"\n\n'
    if failing:
        sources += '[[sources]]\nname = "Gone"\nkind = "rss"\nurl = "gone.xml"\n\n'
    path = tmp_path / "config.toml"
    path.write_text(metals + sources + declared, encoding="utf-8")
    return path


def app_for(tmp_path: Path, days_old: int, **kw: object) -> MetalwatchApp:
    path = config(tmp_path, days_old, **kw)  # type: ignore[arg-type]
    return MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")


@pytest.mark.parametrize("size", [(100, 30), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_old_rows_say_their_age_in_the_border(tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_for(tmp_path, 60)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        news = str(app.query_one(HeadlinesPanel).border_subtitle)
        board = app.query_one(PolicyPanel)
        assert len(board.row_objects) >= 2, board.row_objects
        assert news == "newest 2mo old", news
        assert str(board.border_subtitle).endswith(" · newest evidence 2mo old"), str(
            board.border_subtitle
        )


async def test_current_rows_say_no_age(tmp_path: Path) -> None:
    app = app_for(tmp_path, 1)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert len(app.query_one(PolicyPanel).row_objects) >= 2
        assert "old" not in str(app.query_one(HeadlinesPanel).border_subtitle)
        assert "old" not in str(app.query_one(PolicyPanel).border_subtitle)


async def test_a_week_old_news_is_old_but_the_board_is_not(tmp_path: Path) -> None:
    """Six days: past a daily cadence's five, within the board's month and a half."""
    app = app_for(tmp_path, 6)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert str(app.query_one(HeadlinesPanel).border_subtitle) == "newest 6d old"
        assert "old" not in str(app.query_one(PolicyPanel).border_subtitle)


async def test_a_declared_row_is_never_old(tmp_path: Path) -> None:
    """A declared entry is the user's own word: a board with a row of declared entries only
    says no age (a row with evidence from headlines as well is as old as the newest of it)."""
    app = app_for(tmp_path, 60, declared=DECLARED)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        board = app.query_one(PolicyPanel)
        kinds = [{e.kind for e in row.evidence} for row in board.row_objects.values()]
        assert {"declared"} in kinds and {"inferred"} in kinds, kinds
        assert "old" not in str(board.border_subtitle), str(board.border_subtitle)


async def test_narrow_borders_keep_the_age_beside_a_failing_source(tmp_path: Path) -> None:
    """At 60 columns the long words ("⚠ 1 source failing, no data from it yet · newest
    evidence 2mo old") were cut before the age; the short ones fit whole, and a wider
    terminal has the long ones back."""
    app = app_for(tmp_path, 60, failing=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        news = app.query_one(HeadlinesPanel)
        board = app.query_one(PolicyPanel)
        assert str(news.border_subtitle) == "⚠ 1 failing, none yet · newest 2mo old"
        assert str(board.border_subtitle).endswith(" · ⚠ 1 failing, none yet · evidence 2mo old"), (
            str(board.border_subtitle)
        )
        lines = screen_lines(app)
        assert any("none yet · newest 2mo old ━" in line for line in lines), lines
        assert any("evidence 2mo old ─" in line for line in lines), lines
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert str(news.border_subtitle) == (
            "⚠ 1 source failing, no data from it yet · newest 2mo old"
        )
