"""The evidence screen says each item's age after its day, as the story screen says its
story's: "2025-11-09 · 13mo ago". It gave the day alone, and a reader left to count the months
took a year-old reading for a current one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from tests.app.settling import settle
from tests.app.test_age_app import user_config
from tui.core.config import load_config
from tui.core.fmt import age, ago, day
from tui.ui.app import MetalwatchApp
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.widgets.policy import PolicyPanel


def trail(screen: EvidenceScreen) -> str:
    return str(screen.query_one("#evidence-text", Static).render())


async def _open_trail(app: MetalwatchApp, pilot: Pilot[None]) -> EvidenceScreen:
    await settle(app, pilot)
    panel = app.query_one(PolicyPanel)
    panel.table.focus()
    panel.open_detail()
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, EvidenceScreen)
    return screen


async def test_each_evidence_item_says_its_age(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(user_config(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_trail(app, pilot)
        dated = [ev for ev in screen.row.evidence if ev.published is not None]
        assert dated
        text = trail(screen)
        for ev in dated:
            said = ago(ev.published, screen.now)
            assert said.endswith(" ago") and said != "just now"
            assert f"{day(ev.published)} · {said}" in text, text


async def test_the_ages_count_on_while_the_trail_stays_open(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(user_config(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_trail(app, pilot)
        ev = next(ev for ev in screen.row.evidence if ev.published is not None)
        # the trail left open for 40 days: the count goes on from when it opened
        screen._now_came -= timedelta(days=40).total_seconds()
        screen._re_age()
        await pilot.pause()
        later = screen.now + timedelta(days=40)
        assert f"{day(ev.published)} · {ago(ev.published, later)}" in trail(screen)
        assert ago(ev.published, later) != ago(ev.published, screen.now)


async def test_a_demo_trail_counts_its_ages_to_the_demo_clock(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_trail(app, pilot)
        ev = next(ev for ev in screen.row.evidence if ev.published is not None)
        text = trail(screen)
        assert f"{day(ev.published)} · {age(ev.published, screen.now)} old" in text, text
        assert screen.now < datetime.now(timezone.utc) - timedelta(days=30)  # the demo's clock
