"""A status announced for a later day keeps its mark beside the day on a narrow board.

Seen at 80x24 on a register's copper CN→US row, licensing since a year ago and suspended from a
day ten days on: the flags column (17 cells) said "from 2026-12-17" beside "◆ licensing", which
read as the licensing starting that day. At 120 columns it said "from 2026-12-17: ✖suspended".
Where the whole flag does not fit, the coming status's mark now stays before the day
("$50% from 2026-12-17", "✖ from ...", in 16 cells "✖ on 2026-12-17"), the bare day only
after that.

The board is the config's own declared entries: no network."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_open_all_day import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel


def config(tmp_path: Path, coming: str) -> tuple[Path, str]:
    today = datetime.now(timezone.utc).date()
    ago, ahead = (today - timedelta(days=400)).isoformat(), (today + timedelta(days=10)).isoformat()
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[policy]]\nmetal = "copper"\norigin = "CN"\ndestination = "US"\n'
        f'status = "licensing"\nsince = {ago}\n\n'
        '[[policy]]\nmetal = "copper"\norigin = "CN"\ndestination = "US"\n'
        f"{coming}\nsince = {ahead}\n",
        encoding="utf-8",
    )
    return path, ahead


def flags(panel: PolicyPanel) -> list[str]:
    keys = panel.table.column_keys()
    return [panel.table.get_row(k)[keys.index("flags")].plain for k in panel.table.row_keys()]


@pytest.mark.parametrize(
    ("coming", "narrow", "wide"),
    [
        ('status = "suspended"', "✖ on {day}", "from {day}: ✖suspended"),
        ('status = "tariff"\nrate_pct = 50', "$ on {day}", "from {day}: $tariff 50%"),
    ],
)
async def test_the_coming_status_keeps_its_mark_at_80_columns(
    tmp_path: Path, coming: str, narrow: str, wide: str
) -> None:
    path, day = config(tmp_path, coming)
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        said = flags(panel)
        assert said == [narrow.format(day=day)], said
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any(narrow.format(day=day) in line for line in lines), lines
        await pilot.resize_terminal(120, 30)
        await settle(app, pilot)
        assert flags(panel) == [wide.format(day=day)], flags(panel)
