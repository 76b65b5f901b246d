"""The user's own policy board under the demo fallback counts its ages to today.

Seen in tmux at 60x20 with the default config, a fresh cache and no network: the demo stood in
for the headlines and prices, the board was the config's declared entries, and their ages
counted to the demo's clock (2026-08-23): China's antimony licensing of 2025-11-09 said "9mo"
on the board and "9mo ago" on its trail, beside "ended 2026-11-27 — check", a day after the
clock they were counted to. The demo's rows keep the demo's clock; the user's entries now
count to today, as they do with the user's own data.

Every source is a loopback port nothing listens on: no network."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from own_data import own_config, settle

from tui.core.fmt import age
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel

SINCE = date(2025, 6, 4)  # the latest aluminium entry of own_data.POLICY


def drawn(app: MetalwatchApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_the_users_board_counts_to_today(tmp_path: Path) -> None:
    config = own_config(tmp_path, news=False, prices=False, policy=True, dead=2)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        today = age(SINCE, datetime.now(timezone.utc))
        demo_clock = age(SINCE, app.snapshot.generated_at)
        assert today != demo_clock  # else this test tells nothing
        board = app.query_one(PolicyPanel)
        row = next(r for r in board.row_objects.values() if r.metal == "aluminium")
        assert board.since_text(row) == today, (board.since_text(row), today)
        board.table.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "EvidenceScreen"
        text = drawn(app)
        assert f"2025-06-04 · {today} ago" in text, text
        assert f"{demo_clock} ago" not in text, text
