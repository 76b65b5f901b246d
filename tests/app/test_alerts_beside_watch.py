"""The app beside ``metalwatch watch`` on one store: an alert ``watch`` fired while the app was
closed is not fired again by the app's next start.

A real ``watch --once`` process, a real store and snapshot cache in the test's cache folder, a
copper CSV read as a local file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tui.core.config import load_config
from tui.store import Store
from tui.ui.app import MetalwatchApp

RULE = "Copper above 10k"


def write_prices(path: Path, last: int) -> None:
    """30 daily closes to today, all under 10,000 but the last one, ``last``."""
    today = datetime.now(timezone.utc).date()
    days = [today - timedelta(days=i) for i in reversed(range(30))]
    rows = [f"{d.isoformat()},{9000 + i}" for i, d in enumerate(days[:-1])]
    path.write_text("Date,Close\n" + "\n".join([*rows, f"{today},{last}"]) + "\n", "utf-8")


def write_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\nunit = "USD/t"\nrefresh = "1h"\n\n'
        f'[[alerts]]\nname = "{RULE}"\nwhen = "price"\nmetal = "copper"\nabove = 10000\n',
        encoding="utf-8",
    )
    return path


async def run_app(config_path: Path) -> list[str]:
    """Start the app, let it load and refresh, quit; the alert toasts it showed."""
    app = MetalwatchApp(load_config(config_path))
    notes: list[str] = []
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        original = app.notify

        def spy(message: str, **kw: Any) -> None:
            notes.append(f"{kw.get('title', '')}: {message}")
            original(message, **kw)

        app.notify = spy  # type: ignore[method-assign]
        for _ in range(8):
            await app.workers.wait_for_complete()
            await pilot.pause()
    return [n for n in notes if n.startswith(RULE)]


async def test_an_alert_watch_fired_is_not_fired_again_by_the_next_start(tmp_path: Path) -> None:
    """Found by the audit: the app opened (copper at 9,900) and closed; `watch` then saw 10,100
    and fired "Copper above 10k"; the next start of the app fired it again (a second toast,
    log entry and command). The app first paints the snapshot it saved, built from the older
    data, and evaluated the rules on it: copper "back" under 10,000 reset the rule, and the
    rebuilt snapshot crossed again. A snapshot older than the data the rules last saw no
    longer moves them."""
    config_path = write_config(tmp_path)
    write_prices(tmp_path / "copper.csv", 9900)
    assert await run_app(config_path) == []  # under the threshold: nothing

    write_prices(tmp_path / "copper.csv", 10100)
    watch = subprocess.run(
        [sys.executable, "-m", "tui", "watch", "--once", "--config", str(config_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),  # the conftest's isolated config and cache folders
    )
    assert watch.returncode == 0, watch.stderr
    assert f"{RULE}: Copper at 10,100 USD/t" in watch.stdout

    assert await run_app(config_path) == []  # watch fired it: the app does not again
    cache = Path(os.environ["METALWATCH_CACHE_DIR"])
    with Store(cache / "store.sqlite3") as store:
        assert [e["rule"] for e in store.load_alerts()] == [RULE]
    assert await run_app(config_path) == []  # nor at the start after
