"""The hints in the screens' own words name the keys as ``[keys]`` made them.

Found in session 18, driving the app with remapped keys: the footer, help and palette said
"O Open link", but the story and the evidence still closed with "o opens the link · y copies it
· Esc goes back", the no-browser warning said "Press y to copy", and an empty panel said "s
shows why" and "M shows every metal": keys that did nothing, or another action.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.core.models import SourceHealth
from tui.flow.why_empty import empty_reason
from tui.ui import links
from tui.ui.app import MetalwatchApp
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.policy import PolicyPanel

REMAP = {
    "detail-open-link": "O",
    "detail-copy-link": "Y",
    "back": "backspace",
    "copy-link": "c",
    "sources": "S",
    "clear-metal": "f6",
}


def remapped_demo(tmp_path: Path) -> MetalwatchApp:
    keys = dict(parse_config({"keys": REMAP}, None).keys)
    config = dataclasses.replace(load_config(demo=True), keys=keys)
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


async def test_story_and_evidence_close_with_the_remapped_keys(tmp_path: Path) -> None:
    app = remapped_demo(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        text = str(app.screen.query_one("#story-text").render())
        assert "O opens the link · Y copies it · Backspace goes back" in text, text
        await pilot.press("backspace")
        app.set_focus(app.query_one(PolicyPanel).table)
        await pilot.press("enter")
        assert isinstance(app.screen, EvidenceScreen)
        text = str(app.screen.query_one("#evidence-text").render())
        assert "O opens the newest link · Y copies it · Backspace goes back" in text, text


@pytest.mark.parametrize("where", ["panel", "story"])
async def test_no_browser_offers_the_remapped_copy_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setattr(links, "browser_available", lambda: False)
    app = remapped_demo(tmp_path)
    notes: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
        if where == "story":
            await pilot.press("enter")
            assert isinstance(app.screen, StoryScreen)
            await pilot.press("O")
            key = "Y"
        else:
            await pilot.press("o")
            key = "c"
        said = [n for n in notes if "No browser" in n]
        assert said and f"Press {key} to copy" in said[-1], notes


def test_an_empty_panel_names_the_remapped_keys() -> None:
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                {"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/a.xml"},
                {"name": "wire", "kind": "rss", "url": "http://127.0.0.1:9/b.xml"},
            ],
            "keys": REMAP,
        },
        None,
    )
    at = datetime(2026, 8, 22, tzinfo=timezone.utc)
    failed = SourceHealth("news", "rss", error="connection refused", fetched_at=at)
    waiting = SourceHealth("wire", "rss")
    said = empty_reason("headlines", config, [failed, waiting])
    assert "(S shows why)" in said and "(s shows why)" not in said, said
    both = [failed, dataclasses.replace(failed, name="wire")]
    said = empty_reason("headlines", config, both, metals={"copper"}, metal_filter="copper")
    assert "(S shows why)" in said and "(F6 shows every metal)" in said, said


async def test_failing_sources_are_sent_to_the_remapped_sources_key(tmp_path: Path) -> None:
    """With `sources = "S"`, the evidence of a failing register's row said "(s: source
    health)", the help's `!` mark "(press s)" and an empty panel before the first snapshot
    "failing (press s)": a key that did nothing (the header said "(S)")."""
    from tests.app.test_failing_register_app import BOARD, METALS, NOW, health
    from tui.core.models import Snapshot
    from tui.ui.messages import SnapshotReady
    from tui.ui.widgets.prices import PricesPanel

    config = parse_config(
        {
            "metals": [{"id": m.id, "name": m.name} for m in METALS],
            "sources": [
                {"name": "Register", "kind": "policy-file", "url": "http://127.0.0.1:9/p.toml"},
            ],
            "keys": {"sources": "S"},
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = app.query_one(PricesPanel)
        panel.snapshot = None  # as before the first snapshot is read
        empty = panel.empty_message()
        assert "(press S)" in empty and "(press s)" not in empty, empty
        failing = [health("Register", "policy-file", "HTTP 500 Internal Server Error")]
        app.post_message(SnapshotReady(Snapshot(NOW, METALS, policy=BOARD, sources=failing)))
        await pilot.pause()
        table = app.query_one(PolicyPanel).table
        table.focus()
        table.move_cursor(row=[str(table.get_row_at(i)[0]) for i in range(3)].index("Copper"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        trail = " ".join(str(app.screen.query_one("#evidence-text").render()).split())
        assert "(S: source health)" in trail and "(s: source health)" not in trail, trail
        await pilot.press("question_mark")
        await pilot.pause()
        helped = " ".join(str(app.screen.query_one("#help-text").render()).split())
        assert "failed on its last attempt (press S)" in helped, helped
        assert "(press s)" not in helped, helped


async def test_the_alerts_log_names_the_remapped_back_key(tmp_path: Path) -> None:
    """With `back = "backspace"`, the alerts log's title said "(Esc to go back)", and Esc did
    nothing there."""
    from tui.ui.screens.alerts import AlertsScreen

    app = remapped_demo(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, AlertsScreen)
        title = str(app.screen.query_one("#alerts-title").render())
        assert "(Backspace to go back)" in title and "Esc" not in title, title
        await pilot.press("backspace")
        await settle(app, pilot)
        assert not isinstance(app.screen, AlertsScreen)
