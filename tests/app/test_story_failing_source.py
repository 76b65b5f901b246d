"""A story whose every source is failing says so on its own screen, as its row does.

Seen with a local feed removed after it delivered: the headline's row said "3d!" (every source
of the story failed on its last attempt), but Enter opened a story screen that looked as
current as any, its source's failure said nowhere on it. The screen now says which source
failed, when it last read, and that this is its last good copy, naming the sources key as
``[keys]`` remapped it.

Every source is a local file: no network."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from own_data import own_config, settle
from textual.widgets import Static

from tui.ui.app import MetalwatchApp
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel


def story_said(app: MetalwatchApp) -> str:
    return str(app.screen.query_one("#story-text", Static).render())


async def test_the_story_of_a_failing_feed_says_so(tmp_path: Path) -> None:
    config = own_config(tmp_path, prices=False, policy=False, dead=0)
    config = dataclasses.replace(config, keys={**config.keys, "sources": "S"})
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        panel.table.focus()
        panel.open_detail()
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen)
        assert "failed on its last attempt" not in story_said(app)  # the feed is well
        await pilot.press("escape")
        await settle(app, pilot)
        (tmp_path / "news.xml").unlink()  # fails next; its stored stories stay
        await pilot.press("R")
        await settle(app, pilot)
        panel.table.focus()
        panel.open_detail()
        await settle(app, pilot)
        assert isinstance(app.screen, StoryScreen)
        text = " ".join(story_said(app).split())
        assert "⚠ My news (last good fetch " in text, text
        assert "failed on its last attempt: this is its last good copy" in text, text
        assert "(S: source health)" in text, text
