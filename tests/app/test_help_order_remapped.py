"""The help's "On the screen you came from" keeps its order when ``[keys]`` remaps a key.

Found in session 25, driving the app with ``refresh = "f5"`` and ``all-stories = "v"``: the help
listed "F5 Refresh" and "v All stories" last, after "Ctrl+P Palette", where without the remap
they stand after "Help" and after "Filter" (Textual files a remapped binding under its new key
at the end of its node's list, and the help listed the keys in that order).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.help import screen_keys
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

REMAPS = [
    {"refresh": "f5", "all-stories": "v"},  # an app key and a dashboard key
    {"quit": "ctrl+x", "open": "space", "filter": "f"},  # the first app key, a panel key
    {"down": "ctrl+n", "pick-metal": "p", "frame-1m": "!"},  # a move, and a chart key
    {"frame-3m": "w", "back": "backspace", "sources": "S"},  # the chart's and a detail key
]


def demo(tmp_path: Path, keys: dict[str, str]) -> MetalwatchApp:
    parsed = dict(parse_config({"keys": keys}, None).keys) if keys else {}
    config = dataclasses.replace(load_config(demo=True), keys=parsed)
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


async def rows_on_each_screen(tmp_path: Path, keys: dict[str, str]) -> dict[str, list[str]]:
    """The help's rows (their descriptions) for the dashboard's three panels and the chart."""
    app = demo(tmp_path, keys)
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        seen["headlines"] = [desc for _, desc in screen_keys(app.screen)]
        app.set_focus(app.query_one(PolicyPanel).table)
        await pilot.pause()
        seen["policy"] = [desc for _, desc in screen_keys(app.screen)]
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.pause()
        seen["prices"] = [desc for _, desc in screen_keys(app.screen)]
        await pilot.press("space" if keys.get("open") == "space" else "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        seen["chart"] = [desc for _, desc in screen_keys(app.screen)]
    return seen


_PLAIN: dict[str, list[str]] = {}
"""The rows without a remap, read by the first case a process runs: the same for every case."""


async def plain_rows(tmp_path: Path) -> dict[str, list[str]]:
    """The help's rows on each screen with no key remapped (a copy; read once a process)."""
    if not _PLAIN:
        _PLAIN.update(await rows_on_each_screen(tmp_path, {}))
    return {where: list(rows) for where, rows in _PLAIN.items()}


@pytest.mark.parametrize("keys", REMAPS, ids=lambda k: ",".join(k))
async def test_help_lists_a_screens_keys_in_one_order_remapped_or_not(
    tmp_path: Path, keys: dict[str, str]
) -> None:
    plain = await plain_rows(tmp_path / "plain")
    remapped = await rows_on_each_screen(tmp_path / "remapped", keys)
    for where in ("headlines", "policy", "prices", "chart"):
        assert remapped[where] == plain[where], where


async def test_the_remapped_keys_stand_in_their_rows(tmp_path: Path) -> None:
    app = demo(tmp_path, {"refresh": "f5", "all-stories": "v"})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        rows = screen_keys(app.screen)
        descriptions = [desc for _, desc in rows]
        at = descriptions.index("Refresh")
        assert rows[at][0] == "F5"
        assert descriptions[at - 1] == "Help" and descriptions[at + 1] == "Refresh all"
        at = descriptions.index("All stories")
        assert rows[at][0] == "v"
        assert descriptions[at - 1] == "Filter"
        assert descriptions[-1] == "Palette"
