"""``--demo`` when every bundled file fails to read: the header and the sources screen say so.

Seen in a terminal: with the demo's files gone, the dashboard went on showing the demo's last
snapshot under "DEMO snapshot of 2026-08-23" alone (the demo tells no sources' health), and the
sources screen's title said "DEMO: files captured 2026-08-22, snapshot of 2026-08-23" over a
row of errors for every file. The header now says "⚠ demo files could not be read (s)" (short:
"⚠ files not read (s)"), and the sources screen's title says the files could not be read and
that the last snapshot is shown. With the files read, neither changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.settling import settle
from tui.core import config as config_module
from tui.core import paths
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.sources import SourcesScreen


@pytest.fixture
def demo_without_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo's config alone, in a folder without the files it names: every source fails."""
    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copyfile(paths.demo_config_file(), folder / "config.toml")
    monkeypatch.setattr(config_module, "DEMO_CONFIG", folder / "config.toml")
    return folder


def top(app: MetalwatchApp) -> str:
    return app.screen._compositor.render_strips()[0].text


async def open_sources(app: MetalwatchApp, pilot: object) -> str:
    await pilot.press("s")  # type: ignore[attr-defined]
    await settle(app, pilot)
    assert isinstance(app.screen, SourcesScreen)
    return str(app.screen.query_one("#sources-title", Static).render())


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_every_demo_file_failing_is_said(
    demo_without_files: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None and snap.sources and all(h.failed for h in snap.sources)
        line = top(app)
        assert "DEMO" in line and "⚠" in line and "…" not in line, line
        assert "files could not be read (s)" in line or "files not read (s)" in line, line
        title = await open_sources(app, pilot)
        assert "could not be read" in title and "captured" not in title, title


async def test_demo_files_read_say_nothing_of_it(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "not read" not in top(app), top(app)
        title = await open_sources(app, pilot)
        assert "files captured" in title and "could not" not in title, title
