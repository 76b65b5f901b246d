"""The footer says how to quit while a panel's filter box has the focus.

There ``q`` (or the letter ``[keys]`` gave quit) is typed into the box, and the footer said
"F1 Help  Esc Clear filter" and nothing of quitting, though Textual's own Ctrl+Q quits there and
the help lists it. The footer now says "Ctrl+Q Quit" there; a quit key moved off a letter
(``quit = "f10"``) is said instead, as it works in the box.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from tests.app.own_data import own_config
from tests.app.settling import settle
from tests.app.test_remapped_keys_in_filter_box import footer_text
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp


def _app(tmp_path: Path, keys: dict[str, str]) -> MetalwatchApp:
    config = own_config(tmp_path, dead=0)
    remapped = dict(parse_config({"keys": keys}, None).keys)
    return MetalwatchApp(dataclasses.replace(config, keys=remapped), store_path=tmp_path / "s.db")


async def _filtering(app: MetalwatchApp, pilot: Pilot[None]) -> str:
    await settle(app, pilot)
    assert "q Quit" in footer_text(app)
    await pilot.press("slash")
    await settle(app, pilot)
    assert isinstance(app.focused, Input), app.focused
    return footer_text(app)


async def test_the_footer_says_ctrl_q_while_filtering_and_it_quits(tmp_path: Path) -> None:
    app = _app(tmp_path, {})
    async with app.run_test(size=(100, 30)) as pilot:
        footer = await _filtering(app, pilot)
        assert "Ctrl+Q Quit" in footer, footer
        assert "q Quit" not in footer  # "q" is the box's
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and isinstance(app.focused, Input) and app.focused.value == "q"
        assert "Ctrl+Q Quit" in footer_text(app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_kept_at_sixty_columns(tmp_path: Path) -> None:
    app = _app(tmp_path, {})
    async with app.run_test(size=(60, 24)) as pilot:
        footer = await _filtering(app, pilot)
        assert "Ctrl+Q Quit" in footer, footer


async def test_a_quit_remapped_to_a_letter_says_ctrl_q(tmp_path: Path) -> None:
    app = _app(tmp_path, {"quit": "x"})
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "x Quit" in footer_text(app) and "Ctrl+Q" not in footer_text(app)
        await pilot.press("slash")
        await settle(app, pilot)
        footer = footer_text(app)
        assert "Ctrl+Q Quit" in footer and "x Quit" not in footer, footer


async def test_a_quit_remapped_off_a_letter_is_said_alone(tmp_path: Path) -> None:
    app = _app(tmp_path, {"quit": "f10"})
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await settle(app, pilot)
        footer = footer_text(app)
        assert "F10 Quit" in footer and "Ctrl+Q" not in footer, footer
