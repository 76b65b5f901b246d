"""A coming measure whose status changed keeps both signals at 80 columns.

Seen at 80x24: a row of a tariff announced for a later day ("$ tariff 50%", Since "—") that had
changed since the last look said "from 2052-06-04" in its 16 cells of flags: "(coming)" had no
room after the status, and the "★ changed" mark went first, so the watcher saw neither that the
status changed nor, but for the "—", that it is not in force yet ("★ from 2052-06-04" is 17
cells). The "★" now stays before the day, and the day's shortest form keeps it coming
("★ ≥2052-06-04"); with room, "★ changed" and "from"/"coming from" come back. At 120 columns the
status says "(coming)" and the flags "★ changed from <day>", as before.

The board is the config's own declared entries: no network."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_open_all_day import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.board_marks import FROM_MARK
from tui.ui.widgets.policy import PolicyPanel

METALS = (
    '[[metals]]\nid = "copper"\nname = "Copper"\n\n[[metals]]\nid = "nickel"\nname = "Nickel"\n'
)


def config(tmp_path: Path) -> tuple[Path, str]:
    """A 50% tariff and a suspension declared for a day 30 days ahead (nothing in force on
    their corridors), and a suspension 10 days ahead beside a licensing in force."""
    today = datetime.now(timezone.utc).date()
    day = (today + timedelta(days=30)).isoformat()
    near, ago = (today + timedelta(days=10)).isoformat(), (today - timedelta(days=400)).isoformat()
    entries = (
        ("copper", "CL", "US", 'status = "tariff"\nrate_pct = 50', day),
        ("nickel", "ID", "*", 'status = "suspended"', day),
        ("copper", "CN", "US", 'status = "licensing"', ago),
        ("copper", "CN", "US", 'status = "suspended"', near),
    )
    text = METALS + "".join(
        f'\n[[policy]]\nmetal = "{m}"\norigin = "{o}"\ndestination = "{d}"\n{s}\nsince = {when}\n'
        for m, o, d, s, when in entries
    )
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path, day


def row_cells(panel: PolicyPanel, key: str) -> dict[str, str]:
    names = panel.table.column_keys()
    return dict(zip(names, (c.plain for c in panel.table.get_row(key)), strict=True))


def screen_lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_changed_coming_row_says_both(tmp_path: Path, size: tuple[int, int]) -> None:
    path, day = config(tmp_path)
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        coming = ["copper|CL|US", "nickel|ID|*"]
        assert set(coming) <= set(panel.row_objects), list(panel.row_objects)
        app.changed_policy = set(panel.row_objects)
        panel.show()
        await settle(app, pilot)
        widths = {c.key: c.width for c in panel.table.columns}
        for key in coming:
            cells = row_cells(panel, key)
            status, flags = cells["status"], cells["flags"]
            assert cells["since"] == "—", cells
            assert len(status) <= widths["status"] and len(flags) <= widths["flags"], cells
            assert "…" not in status + flags, cells
            # changed first, then the day, said to be ahead of its status in force
            assert flags.startswith("★"), cells
            if size[0] >= 120:
                assert status.endswith(" (coming)"), cells
                assert flags == f"★ changed from {day}", cells
            else:
                assert not status.endswith(" (coming)"), cells
                assert flags == f"★ {FROM_MARK}{day}", cells
            # on screen whole, not under the scrollbar or off the edge
            line = next(ln for ln in screen_lines(app) if status in ln and ln.count("—"))
            assert flags in line, line
        # the status in force beside a coming one: "★", then the coming status's mark
        beside = row_cells(panel, "copper|CN|US")["flags"]
        assert beside.startswith("★ ") and "✖" in beside, beside


def test_the_day_flag_never_drops_the_star_for_its_words() -> None:
    """At every width of the flags from 13 cells, a changed coming row says "★" and that the
    day is ahead ("≥", "from" or "coming"), the day whole."""
    from datetime import date

    from tui.core.models import PolicyStatus
    from tui.ui.flag_fit import fit_flags
    from tui.ui.widgets.policy_flags import flag_list

    day = date(2052, 6, 4)
    row = PolicyStatus("copper", "CL", "US", "tariff", None, rate_pct=50.0, starts=day)
    for room in range(13, 40):
        said = fit_flags(flag_list(row, True, (), False, coming=True), room).plain
        assert len(said) <= room and said.startswith("★ "), (room, said)
        ahead = said.removeprefix("★ changed ").removeprefix("★ ")
        assert ahead.split(day.isoformat())[0] in ("coming from ", "coming ", "from ", FROM_MARK)
        assert said.endswith(day.isoformat()), (room, said)
