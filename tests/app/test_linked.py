"""Linked dashboard behaviour: bindings, remapped keys, themes, the palette, what changed since
the last session, and hostile text on screen."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from textual.command import CommandPalette
from textual.widgets import OptionList

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.core.models import DeclaredPolicy, Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.screens.metal_picker import MetalPicker
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel


def demo_app(tmp_path: Path, **changes: Any) -> MetalwatchApp:
    config = dataclasses.replace(load_config(demo=True), **changes)
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


async def test_metal_picker_by_keyboard_links_all_panels(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        assert isinstance(app.screen, MetalPicker)
        await pilot.press("down", "enter")  # "All metals", then Copper
        await pilot.pause()
        assert app.metal_filter == "copper"
        assert "metal: copper" in str(app.status_bar.status_text())
        assert {s.metal for s in app.query_one(PricesPanel).row_objects.values()} == {"copper"}
        assert {r.metal for r in app.query_one(PolicyPanel).row_objects.values()} == {"copper"}
        stories = list(app.query_one(HeadlinesPanel).row_objects.values())
        assert stories and all("copper" in s.metals for s in stories)
        await pilot.press("M")
        assert app.metal_filter is None


async def test_metal_picker_moves_with_the_list_keys_and_their_remaps(tmp_path: Path) -> None:
    """j/k/g/G move every list; the picker did not answer them (only the arrows)."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("m", "j", "j", "k", "enter")  # All metals, Copper, Aluminium, Copper
        await pilot.pause()
        assert app.metal_filter == "copper"
        await pilot.press("m", "G", "enter")
        await pilot.pause()
        assert app.metal_filter == app.config.metals[-1].id
        await pilot.press("m", "g", "enter")
        await pilot.pause()
        assert app.metal_filter is None, "the top is 'All metals'"
    remapped = demo_app(tmp_path / "b", keys={"detail-down": "ctrl+n"})
    async with remapped.run_test(size=(100, 30)) as pilot:
        await settle(remapped, pilot)
        await pilot.press("m", "ctrl+n", "enter")
        await pilot.pause()
        assert remapped.metal_filter == "copper"


async def test_text_filter_narrows_the_focused_panel(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        before = panel.table.row_count
        await pilot.press("slash")
        await pilot.press(*"gold")
        await pilot.press("enter")
        assert 0 < panel.table.row_count < before
        assert all(
            "gold" in s.title.lower() or "gold" in s.metals for s in panel.row_objects.values()
        )
        assert "filter: 'gold'" in str(panel.border_title)
        await pilot.press("escape")
        assert panel.table.row_count == before


async def test_remapped_keys_work_and_show_in_help(tmp_path: Path) -> None:
    app = demo_app(tmp_path, keys={"sources": "f5", "help": "f1"})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("f5")
        assert isinstance(app.screen, SourcesScreen)
        await pilot.press("escape")
        await pilot.press("s")  # the old key no longer opens it
        assert not isinstance(app.screen, SourcesScreen)
        await pilot.press("f1")
        text = str(app.screen.query_one("#help-text").render())
        assert "f5" in text and "Sources" in text


async def test_theme_switch_is_remembered(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.theme == "metalwatch-dark"
        for name in ("metalwatch-light", "metalwatch-high-contrast", "metalwatch-amber"):
            assert name in app.available_themes
        app.theme = "metalwatch-amber"
        await pilot.pause()
    again = demo_app(tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again.theme == "metalwatch-amber"


async def test_command_palette_offers_actions_and_metals(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"go to metal: nickel")
        for _ in range(100):  # the hits arrive from a worker: wait for them, however slow
            await pilot.pause(0.05)
            hits = app.screen.query_one(OptionList)
            if hits.highlighted is not None:
                prompt = hits.get_option_at_index(hits.highlighted).prompt
                if "nickel" in str(getattr(prompt, "plain", prompt)).lower():
                    break
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.metal_filter == "nickel"


async def test_open_story_marks_it_read_and_n_jumps_to_next_unread(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        first = panel.selected_story()
        assert first is not None and first.id not in app.read_ids
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("escape")
        assert first.id in app.read_ids
        await pilot.press("n")
        assert panel.table.cursor_row == 1
    with Store(tmp_path / "store.sqlite3") as store:
        assert first.id in store.read_ids()  # read marks survive a restart


async def test_since_you_last_looked(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.changes.since is None  # first run: nothing is "new"
    # between sessions: one new story arrives and a declared status changes
    with Store(tmp_path / "store.sqlite3") as store:
        later = datetime.now(timezone.utc)
        new = Headline(
            # decided: "X to resume ..., minister says" is a minister's plan (proposed), which
            # the board shows beside a row without changing it
            "Indonesia lifts nickel ore export ban",
            "https://example.org/nickel-ore",
            "Reuters (demo capture)",
            later,
        )
        store.save_headlines("Reuters (demo capture)", [new], seen_at=later)
    config = load_config(demo=True)
    changed = tuple(
        dataclasses.replace(p, status="quota") if p.metal == "graphite" else p
        for p in config.policy
    )
    extra = DeclaredPolicy("lithium", "ZW", "*", "suspended", source="config")
    app2 = MetalwatchApp(
        dataclasses.replace(config, policy=(*changed, extra)), store_path=tmp_path / "store.sqlite3"
    )
    async with app2.run_test(size=(120, 40)) as pilot:
        await settle(app2, pilot)
        assert len(app2.changes.new_stories) == 1
        # the new story itself moves nickel ID->* to "resuming": three changed rows
        assert app2.changes.changed_policy == {"graphite|CN|*", "lithium|ZW|*", "nickel|ID|*"}
        bar = str(app2.status_bar.status_text())
        assert "3 policy changes, 1 new story since" in bar
        policy = app2.query_one(PolicyPanel)
        flags = [str(policy.table.get_row(k)[-1]) for k in ("graphite|CN|*", "lithium|ZW|*")]
        assert all("changed" in f for f in flags)


HOSTILE_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>[bold red]Copper[/] ban &#27;[31mred&#27;[0m \u202eevil [link=file:///etc/passwd]x[/link]</title>
<link>javascript:alert(1)</link><pubDate>Mon, 22 Jun 2026 10:00:00 GMT</pubDate></item>
</channel></rss>"""


async def test_hostile_text_is_shown_literally_and_never_as_escapes(tmp_path: Path) -> None:
    feed = tmp_path / "hostile.xml"
    feed.write_text(HOSTILE_RSS, encoding="utf-8")
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "hostile", "kind": "rss", "url": str(feed)}],
        },
        tmp_path / "config.toml",
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        story = panel.selected_story()
        assert story is not None
        assert "\x1b" not in story.title and "\u202e" not in story.title
        assert story.title.startswith("[bold red]Copper[/] ban")
        assert story.url is None  # javascript: links are dropped
        screen = app.export_screenshot()
        assert "[bold red]Copper[/]" in screen.replace("&#160;", " ")
        assert "[link=file:///etc/passwd]" in screen
