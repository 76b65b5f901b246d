"""Demo data says it is the demo at every width, on the panels themselves.

At 70 columns and below the header keeps only its DEMO badge: under the demo fallback (no
configured source has delivered) "(demo data)" was left out after "⚠ 2 failing (s)", and the
panels' borders said "⚠ 2 sources failing, no data from them yet" above rows of the demo's
prices, which read as the user's own. Each panel whose rows are the demo's now says "demo" in
its border's title, after its name (a long title is cut at its end, never there). The policy
board the user declared stays theirs and says nothing of the demo; with their own data on
screen no panel says "demo".

Every source is a local file or a loopback port nothing listens on: no network."""

from __future__ import annotations

from pathlib import Path

import pytest
from own_data import own_config, settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

PANELS = (HeadlinesPanel, PricesPanel, PolicyPanel)
SIZES = [(60, 20), (70, 24), (80, 24), (200, 60)]


def drawn(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def top_border(app: MetalwatchApp, name: str) -> str:
    """The drawn border line that carries the panel's name."""
    return next(line for line in drawn(app) if f" {name}" in line and line[:2] in ("┏━", "╭─"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_every_panel_of_the_demo_says_demo(tmp_path: Path, size: tuple[int, int]) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for kind in PANELS:
            panel = app.query_one(kind)
            title = str(panel.border_title)
            assert title.startswith(f"{panel.config.title} · demo"), title
        # on screen too, at the panel's own width: the prices and policy borders are drawn
        # whole at every size here
        for name in ("Prices", "Trade policy"):
            assert f"{name} · demo" in top_border(app, name), drawn(app)
        assert "Headlines · demo" in top_border(app, "Headlines")


@pytest.mark.parametrize("declared", [True, False], ids=["own-board", "no-board"])
@pytest.mark.parametrize("size", [(60, 20), (70, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_demo_fallback_says_demo_where_the_header_cannot(
    tmp_path: Path, size: tuple[int, int], declared: bool
) -> None:
    config = own_config(tmp_path, news=False, prices=False, policy=declared, dead=2)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        header = app.status_bar.status_text(size[0]).plain
        assert "(demo" not in header, header  # the header has no room for its note here
        for name in ("Headlines", "Prices"):
            assert f"{name} · demo" in top_border(app, name), drawn(app)
        board = str(app.query_one(PolicyPanel).border_title)
        # the user's declared entries are theirs; with none declared the board is the demo's
        assert ("demo" in board) is not declared, board


async def test_own_data_never_says_demo(tmp_path: Path) -> None:
    config = own_config(tmp_path, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode not in ("demo", "offline-demo")
        for kind in PANELS:
            assert "demo" not in str(app.query_one(kind).border_title)


@pytest.mark.parametrize("declared", [None, True, False], ids=["demo", "own-board", "no-board"])
async def test_the_evidence_trail_says_a_demo_board(tmp_path: Path, declared: bool | None) -> None:
    """The evidence screen has no header: over a row of the demo's board it says so itself."""
    if declared is None:
        config = load_config(demo=True)
    else:
        config = own_config(tmp_path, news=False, prices=False, policy=declared, dead=1)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        app.query_one(PolicyPanel).table.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "EvidenceScreen"
        text = "\n".join(drawn(app))
        assert ("DEMO: the bundled demo's policy board" in text) is (declared is not True), text
