""" "Since you last looked" counts the time since the last look on the wall clock.

The last look is a moment of the real clock (the session's end), but its age was counted to
the snapshot's time, which under ``--demo`` (and the demo standing in for a user's data) is
the bundled demo's clock, months earlier: "3 new stories since Sun 06 Dec 10:57 (in 3mo)".
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.app.settling import settle
from tui.core.config import load_config
from tui.flow.changes import SEEN_AT
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.since import TITLE


async def test_the_last_look_is_aged_on_the_wall_clock(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    first = MetalwatchApp(load_config(demo=True), store_path=path)
    async with first.run_test(size=(120, 40)) as pilot:  # the demo's stories stored: seen now
        await settle(first, pilot)
    with Store(path) as store:  # the last look an hour before they were stored
        looked = datetime.now(timezone.utc) - timedelta(hours=1)
        store.set_meta(SEEN_AT, looked.isoformat())
    second = MetalwatchApp(load_config(demo=True), store_path=path)
    async with second.run_test(size=(200, 60)) as pilot:
        await settle(second, pilot)
        assert second.changes.has_news, second.changes
        said = second.changes.summary(datetime.now(timezone.utc))
        header = str(second.status_bar.status_text())
        assert TITLE in header, header
        assert "(1h ago)" in header and "(in " not in header, (header, said)
