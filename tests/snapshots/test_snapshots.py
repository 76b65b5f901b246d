"""SVG snapshot tests of the main screens on the bundled demo data (fixed demo clock)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp


async def settle(pilot: Any) -> None:
    for _ in range(6):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 48), (200, 60)])
def test_main_screen_demo(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(demo_app(tmp_path), terminal_size=size, run_before=settle)


def test_help_screen(snap_compare: Any, tmp_path: Path) -> None:
    async def before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(demo_app(tmp_path), terminal_size=(120, 50), run_before=before)


def test_help_over_the_chart_at_80x24(snap_compare: Any, tmp_path: Path) -> None:
    """Session 19: help over the chart listed "↑ Up" and "k Up", "Home First" and "g Top",
    "Page Up" and "Focus Next" in Title Case. One row per move, sentence case, at 80x24."""

    async def before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("2", "enter", "f1")
        await settle(pilot)

    assert snap_compare(demo_app(tmp_path), terminal_size=(80, 24), run_before=before)


def test_evidence_screen(snap_compare: Any, tmp_path: Path) -> None:
    async def before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("3", "down", "enter")  # Aluminium CN->US: declared, then the seed story
        await pilot.pause()

    assert snap_compare(demo_app(tmp_path), terminal_size=(120, 40), run_before=before)


def test_chart_screen_with_markers(snap_compare: Any, tmp_path: Path) -> None:
    async def before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("2", "enter")  # copper: HG=F futures, the seed story inside the 1Y window
        await pilot.pause()

    assert snap_compare(demo_app(tmp_path), terminal_size=(140, 44), run_before=before)
