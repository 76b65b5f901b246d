"""A key ``[keys]`` moved off a printable one works, and is offered, while a filter box has the
focus.

With ``refresh = "f5"`` and ``quit = "f10"``, F5 and F10 did nothing while a panel's filter box
had the focus, and its footer said only "F1 Help  Esc Clear filter": Textual left out the keys
the box takes as text by the bindings' old keys (``r``, ``q``) and applied the keymap after.
A printable key is still typed into the box, remapped or not.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from textual.widgets import Input

from tests.app.own_data import own_config
from tests.app.settling import settle
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp


def footer_text(app: MetalwatchApp) -> str:
    return [strip.text for strip in app.screen._compositor.render_strips()][-1]


def _app(tmp_path: Path, keys: dict[str, str]) -> MetalwatchApp:
    config = own_config(tmp_path, dead=0)
    remapped = dict(parse_config({"keys": keys}, None).keys)
    return MetalwatchApp(dataclasses.replace(config, keys=remapped), store_path=tmp_path / "s.db")


async def test_a_key_remapped_off_a_letter_works_in_the_filter_box(tmp_path: Path) -> None:
    app = _app(tmp_path, {"refresh": "f5", "quit": "f10", "sources": "S"})
    refreshed: list[Any] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.action_refresh = lambda: refreshed.append(1)  # type: ignore[method-assign]
        await pilot.press("slash")
        await settle(app, pilot)
        box = app.focused
        assert isinstance(box, Input), box
        footer = footer_text(app)
        assert "F5 Refresh" in footer and "F10 Quit" in footer, footer
        assert "S Sources" not in footer, footer  # "S" is typed into the box
        await pilot.press("r", "S", "f5")
        await pilot.pause()
        assert box.value == "rS", box.value  # the printable keys are the box's
        assert refreshed == [1]
        await pilot.press("f10")
        await pilot.pause()
        assert not app.is_running


async def test_letters_stay_the_boxs_with_no_remap(tmp_path: Path) -> None:
    app = _app(tmp_path, {})
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("q", "r", "s")
        await pilot.pause()
        assert isinstance(app.focused, Input) and app.focused.value == "qrs"
        assert app.is_running
        assert "Refresh" not in footer_text(app)
        assert "q Quit" not in footer_text(app)  # Textual's Ctrl+Q is said instead
