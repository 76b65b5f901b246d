"""The app left open while the clock moves on and no refresh brings anything: what was fresh at
the start says its age later, without a restart.

The clock is moved by replacing ``datetime`` in the modules that read it (the header, the
panels' timers count on ``time.monotonic``), and the timers that count ages are shortened so the
test waits tenths of a second for what takes minutes in use.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets import status_bar


async def settle(app: MetalwatchApp, pilot: Any) -> None:
    for _ in range(8):
        await app.workers.wait_for_complete()
        await pilot.pause()


class Later(datetime):
    """``datetime`` whose ``now`` is ``shift`` ahead of the real clock."""

    shift = timedelta(0)

    @classmethod
    def now(cls, tz: Any = None) -> Later:  # type: ignore[override]
        return super().now(tz) + cls.shift  # type: ignore[return-value]


def own_config(tmp_path: Path, refresh: str = "1d") -> Path:
    """A copper CSV fetched daily whose last point is today, and a declared entry."""
    today = datetime.now(timezone.utc).date()
    days = [today - timedelta(days=i) for i in reversed(range(30))]
    body = "".join(f"{d.isoformat()},{9000 + i}\n" for i, d in enumerate(days))
    (tmp_path / "copper.csv").write_text("Date,Close\n" + body, encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "copper.csv"\nunit = "USD/t"\nrefresh = "{refresh}"\n',
        encoding="utf-8",
    )
    return path


async def test_the_header_counts_its_ages_between_refreshes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in use: with sources refreshed hourly, the header said "fetched just now" for the
    hour (and a day with a daily source): its words were counted only when a refresh or a
    repaint set them."""
    monkeypatch.setattr(status_bar, "AGE_SECONDS", 0.05, raising=False)
    monkeypatch.setattr(status_bar, "datetime", Later)
    app = MetalwatchApp(load_config(own_config(tmp_path)), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        line = app.status_bar.status_text().plain
        assert "1 live" in line and "fetched just now" in line, line
        Later.shift = timedelta(hours=3)
        try:
            await pilot.pause(0.3)  # a few of the header's ticks
            shown = app.status_bar._shown
            assert shown is not None and "fetched 3h ago" in shown.plain, shown
        finally:
            Later.shift = timedelta(0)


def test_later_moves_the_clock() -> None:
    Later.shift = timedelta(days=1)
    try:
        assert Later.now(timezone.utc).date() > date.today() - timedelta(days=1)
        assert Later.now(timezone.utc) - datetime.now(timezone.utc) > timedelta(hours=23)
    finally:
        Later.shift = timedelta(0)
