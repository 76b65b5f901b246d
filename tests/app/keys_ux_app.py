"""The demo app the tests of keys as a user meets them start, on a store of the test's own."""

from __future__ import annotations

from pathlib import Path

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
