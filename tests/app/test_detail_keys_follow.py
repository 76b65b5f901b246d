"""A dashboard move remapped in ``[keys]`` is remapped on the detail screens too.

``open-link = "O"`` made the dashboard's footer say "O Open link", but the story and the
evidence kept ``o`` (their footer "o Open link", their last line "o opens the link"): their
keys have ids of their own (``detail-open-link``, ``detail-down``...) that no page named. Now a
detail screen's move takes the dashboard's remap unless ``[keys]`` names it itself, and a clash
it makes there is refused under the id the user wrote.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import ConfigError, load_config, parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.story import StoryScreen


def footer_text(app: MetalwatchApp) -> str:
    return [strip.text for strip in app.screen._compositor.render_strips()][-1]


async def test_the_story_takes_the_dashboards_remap(tmp_path: Path) -> None:
    keys = dict(parse_config({"keys": {"open-link": "O", "down": "ctrl+n"}}, None).keys)
    assert keys["detail-open-link"] == "O" and keys["detail-down"] == "ctrl+n"
    config = dataclasses.replace(load_config(demo=True), keys=keys)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert "O Open link" in footer_text(app), footer_text(app)
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        text = str(app.screen.query_one("#story-text").render())
        assert "O opens the link" in text, text
        assert "O Open link" in footer_text(app), footer_text(app)
        assert "o Open link" not in footer_text(app), footer_text(app)


def test_a_detail_id_named_itself_keeps_its_own_key() -> None:
    keys = parse_config({"keys": {"open-link": "O", "detail-open-link": "w"}}, None).keys
    assert keys["open-link"] == "O" and keys["detail-open-link"] == "w"


def test_a_clash_on_the_detail_screens_is_said_under_the_id_written() -> None:
    with pytest.raises(ConfigError) as raised:
        parse_config({"keys": {"down": "escape"}}, None)
    said = str(raised.value)
    assert "keys.down" in said and "'detail-down'" in said and "'back'" in said, said
