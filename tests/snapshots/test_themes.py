"""The main screen in every shipped theme (one SVG snapshot per ``themes/*.toml``).

Parametrised over the theme files, so a new theme gets a snapshot (and fails until its SVG is
generated with ``--snapshot-update`` and reviewed).
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest

from tui.core.config import load_config
from tui.flow.refresh import Refresher
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.themes import load_theme_file

THEMES_DIR = Path(__file__).resolve().parents[2] / "themes"
THEME_FILES = sorted(THEMES_DIR.glob("*.toml"))


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo sources (local files) fetched once; each test starts from a copy."""
    path = tmp_path_factory.mktemp("filled") / "store.sqlite3"
    config = load_config(demo=True)

    async def fill() -> None:
        with Store(path) as store:
            refresher = Refresher(config, store)
            outcomes = await refresher.run(list(config.sources))
            await refresher.aclose()
        assert outcomes and all(o.ok for o in outcomes), [o.error for o in outcomes]

    asyncio.run(fill())
    return path


async def settle(pilot: Any) -> None:
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_the_theme_files_are_found_and_load() -> None:
    names = [load_theme_file(p).name for p in THEME_FILES]  # raises on a bad file
    assert len(set(names)) == len(names), names
    assert {
        "metalwatch-amber",
        "metalwatch-dark",
        "metalwatch-high-contrast",
        "metalwatch-light",
    } <= set(names)


@pytest.mark.parametrize("theme_file", THEME_FILES, ids=lambda p: p.stem)
def test_main_screen_in_theme(
    snap_compare: Any, tmp_path: Path, filled_store: Path, theme_file: Path
) -> None:
    name = load_theme_file(theme_file).name
    store = tmp_path / "store.sqlite3"
    shutil.copy(filled_store, store)
    app = MetalwatchApp(load_config(demo=True), store_path=store, refresh_on_start=False)

    async def before(pilot: Any) -> None:
        await settle(pilot)
        pilot.app.theme = name
        await settle(pilot)
        assert pilot.app.theme == name

    assert snap_compare(app, terminal_size=(120, 40), run_before=before)
