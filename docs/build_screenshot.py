"""Rebuild docs/screenshot.svg, the README's picture: ``metalwatch --demo`` at 120x40.

Run from the repository root: ``python docs/build_screenshot.py``. The demo runs on its fixed
clock with a new cache in a temporary folder (no network, no config of yours), is left to
settle as the snapshot tests do (``tests/snapshots/test_snapshots.py``), and its screen is
saved as SVG. Run it again after a change to how the dashboard looks (colours, columns, chips),
and look at the result (``rsvg-convert docs/screenshot.svg -o screenshot.png``, or a
browser): ``tests/snapshots/test_screenshot.py`` fails until the picture is the demo as it looks.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

OUT = Path("docs/screenshot.svg")
SIZE = (120, 40)


async def build(home: Path) -> str:
    from tui.core.config import load_config
    from tui.ui.app import MetalwatchApp

    app = MetalwatchApp(load_config(demo=True), store_path=home / "store.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(6):  # the demo's load, then the sparklines drawn after the first paint
            await app.workers.wait_for_complete()
            await pilot.pause()
        return app.export_screenshot(title="metalwatch")


def main() -> int:
    if not Path("tui/demo").is_dir():
        print("run from the repository root", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
            os.environ[name] = str(home / sub)  # the theme the user picked is not the demo's
        os.environ["METALWATCH_CONFIG_DIR"] = str(home / "config" / "metalwatch")
        os.environ["METALWATCH_CACHE_DIR"] = str(home / "cache" / "metalwatch")
        svg = asyncio.run(build(home))
    OUT.write_text(svg, encoding="utf-8")
    print(f"wrote {OUT} ({SIZE[0]}x{SIZE[1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
