"""Below 80 columns the policy board keeps the age of each status.

Seen at 60x20: the board showed Metal, Corridor, Status and Flags; the Since column (a day, 11
cells) went off the right edge with nothing in its place, so a status of this morning and one
of 2019 read the same. Below 80 columns the column now says the status's age in short ("3d",
"14mo"), the corridor is headed "Route" (its 5 cells), the metal's and the status's columns are
as wide as the board's names and statuses, and the flags keep an end day whole
("to 2026-11-27" beside "Rare earths"). From 80 columns the day is said as before.

The board is the bundled demo's or the config's own declared entries: no network."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_open_all_day import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel


def cells(panel: PolicyPanel, column: str) -> list[str]:
    keys = panel.table.column_keys()
    return [panel.table.get_row(k)[keys.index(column)].plain for k in panel.table.row_keys()]


def screen_lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_the_demo_board_says_each_age_at_60_columns(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        labels = [c.label for c in panel.table.columns]
        assert labels[:5] == ["Metal", "Route", "Status", "Since", "Flags"], labels
        # the demo's clock is 2026-08-23: aluminium's tariff of 2025-06-04 is 14 months old
        rows = list(
            zip(cells(panel, "metal"), cells(panel, "status"), cells(panel, "since"), strict=True)
        )
        assert ("Aluminium", "$ tariff 50%", "14mo") in rows, rows
        flags = cells(panel, "flags")
        assert "to 2026-11-10" in flags and "to 2026-11-27" in flags, flags  # whole, not cut
        lines = screen_lines(app)
        header = next(line for line in lines if "Route" in line)
        assert "Since" in header and "Flags" in header, header
        row = next(line for line in lines if "$ tariff 50%" in line)
        assert "14mo" in row, row  # on screen, not off the right edge


async def test_the_day_comes_back_from_80_columns(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        labels = [c.label for c in panel.table.columns]
        assert labels[:4] == ["Metal", "Corridor", "Status", "Since"], labels
        assert "2025-06-04" in cells(panel, "since"), cells(panel, "since")


def declared(tmp_path: Path, days: int) -> Path:
    since = (datetime.now(timezone.utc) - timedelta(days=days)).date().isoformat()
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "gallium"\nname = "Gallium"\n\n'
        '[[policy]]\nmetal = "gallium"\norigin = "CN"\ndestination = "US"\n'
        f'status = "licensing"\nsince = {since}\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("days", [3, 40])
async def test_the_age_moves_on_with_the_days(tmp_path: Path, days: int) -> None:
    """A board left open: the next day its ages are a day older, as a refresh would say."""
    app = MetalwatchApp(load_config(declared(tmp_path, days)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        assert cells(panel, "since") == [f"{days}d"], cells(panel, "since")
        panel.re_age(panel.now + timedelta(days=1))
        await pilot.pause()
        assert cells(panel, "since") == [f"{days + 1}d"], cells(panel, "since")


async def test_a_first_seen_day_of_today_whole(tmp_path: Path) -> None:
    """A status first seen today (a headline without a date) says "today~", never "toda…"."""
    app = MetalwatchApp(load_config(declared(tmp_path, 3)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        snap = panel.snapshot
        assert snap is not None and cells(panel, "since") == ["3d"]
        today = panel.now.date()
        snap.policy = [dataclasses.replace(snap.policy[0], since=today, since_estimated=True)]
        panel.show()
        await pilot.pause()
        assert cells(panel, "since") == ["today~"], cells(panel, "since")
        widths = {c.key: c.width for c in panel.table.columns}
        assert widths["since"] == 6, widths


def coming(tmp_path: Path) -> Path:
    """A quota declared for a day 30 days ahead beside a status in force."""
    day = (datetime.now(timezone.utc) + timedelta(days=30)).date().isoformat()
    path = declared(tmp_path, 3)
    path.write_text(
        path.read_text(encoding="utf-8").replace('name = "Gallium"\n', 'name = "Gallium"\n\n'
        '[[metals]]\nid = "nickel"\nname = "Nickel"\n', 1)
        + f'\n[[policy]]\nmetal = "nickel"\norigin = "ID"\ndestination = "*"\n'
        f'status = "suspended"\nsince = {day}\n',
        encoding="utf-8",
    )  # fmt: skip
    return path


@pytest.mark.parametrize(("width", "flag"), [(60, "coming 20"), (80, "from 20"), (100, "from 20")])
async def test_a_coming_status_is_never_cut(tmp_path: Path, width: int, flag: str) -> None:
    """Where "(coming)" does not fit after the status ("✖ suspended (co…" at 80 columns), its
    day's flag says it: "coming 2027-01-05" where that fits, else "from 2027-01-05" beside the
    Since column's "—"."""
    app = MetalwatchApp(load_config(coming(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        rows = dict(zip(cells(panel, "metal"), cells(panel, "status"), strict=True))
        flags = dict(zip(cells(panel, "metal"), cells(panel, "flags"), strict=True))
        status = rows["Nickel"]
        widths = {c.key: c.width for c in panel.table.columns}
        assert len(status) <= widths["status"], (status, widths)  # never cut
        if width >= 100:
            assert status == "✖ suspended (coming)", status
        else:
            assert status == "✖ suspended", status
        assert flags["Nickel"].startswith(flag), flags
        assert "…" not in flags["Nickel"], flags
