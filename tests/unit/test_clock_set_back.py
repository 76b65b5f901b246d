"""The wall clock set back after it ran ahead (NTP correcting a machine that booted with a wrong
clock, a VM restored, a date set by hand): what was scheduled under the wrong clock must not
keep the sources from being fetched until the real clock catches up.

A real store and the real refresher reading a local copper CSV, with the refresher's clock
driven (``Refresher(clock=...)``), and ``metalwatch snapshot`` run as a process afterwards.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.core.config import load_config
from tui.flow.refresh import Refresher
from tui.store import Store


def write_config(tmp_path: Path, refresh: str = "1h") -> Path:
    (tmp_path / "copper.csv").write_text("Date,Close\n2026-11-30,9000\n2026-12-01,9010\n")
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "copper.csv"\nunit = "USD/t"\nrefresh = "{refresh}"\n',
        encoding="utf-8",
    )
    return path


def fetch_at(config_path: Path, store_path: Path, when: datetime) -> list[str]:
    """One refresh of what is due, its clock at ``when``; the names fetched."""

    async def go() -> list[str]:
        with Store(store_path) as store:
            refresher = Refresher(load_config(config_path), store, clock=lambda: when)
            try:
                return [o.source.name for o in await refresher.run(None) if not o.skipped]
            finally:
                await refresher.aclose()

    return asyncio.run(go())


def test_a_schedule_written_under_a_clock_ahead_does_not_hold_a_source_back(
    tmp_path: Path,
) -> None:
    """Found by the audit: a fetch made while the clock was a day ahead stored its next
    attempt a day and an hour ahead; once the clock was set right, the app and `watch` did
    not fetch the source for that day and the hour, while it counted as live (its last fetch
    "just now"). A source whose last attempt is dated after now was scheduled under a wrong
    clock: it is due."""
    config = write_config(tmp_path)
    store = tmp_path / "store.sqlite3"
    now = datetime.now(timezone.utc)
    assert fetch_at(config, store, now + timedelta(days=1)) == ["copper csv"]
    assert fetch_at(config, store, now + timedelta(days=1, minutes=5)) == []  # not due: right
    assert fetch_at(config, store, now) == ["copper csv"]  # the clock set back: due
    assert fetch_at(config, store, now + timedelta(minutes=5)) == []  # and scheduled anew


def test_a_failure_backing_off_under_a_clock_ahead_is_tried_by_snapshot(tmp_path: Path) -> None:
    """``snapshot`` (and ``watch --once``) skip a source waiting after a failure; a wait
    scheduled under a clock that was ahead is no wait."""
    config = write_config(tmp_path)
    store_path = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    store_path.parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "copper.csv").rename(tmp_path / "gone.csv")
    ahead = datetime.now(timezone.utc) + timedelta(days=1)
    assert fetch_at(config, store_path, ahead) == ["copper csv"]  # failed: backs off
    (tmp_path / "gone.csv").rename(tmp_path / "copper.csv")
    run = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert run.returncode == 0, run.stderr
    assert "not due until" not in run.stderr + run.stdout
    assert "9,010" in run.stdout


def test_retention_goes_on_after_the_clock_is_set_back(tmp_path: Path) -> None:
    """The store is pruned at most once an hour; with the last prune made while the clock ran a
    day ahead, the app and `watch` pruned nothing more until the real clock passed it (a day
    and an hour of stories past `retention_days` kept and shown)."""
    from tui.core.models import Headline

    config_path = write_config(tmp_path)
    config_path.write_text(
        "[app]\nretention_days = 7\n\n" + config_path.read_text(encoding="utf-8"), "utf-8"
    )
    store_path = tmp_path / "store.sqlite3"
    now = datetime.now(timezone.utc)
    config = load_config(config_path)

    async def go() -> None:
        with Store(store_path) as store:
            refresher = Refresher(config, store, clock=lambda: now + timedelta(days=1))
            try:
                await refresher.run(None)  # fetched and pruned under the clock a day ahead
                refresher.clock = lambda: now  # set right
                old = now - timedelta(days=30)
                store.save_headlines(  # a story no source has served for 30 days
                    "old feed",
                    [Headline("Nickel output falls", "https://e.org/n", "old feed", old)],
                    seen_at=old,
                )
                await refresher.run(list(config.sources))
                titles = [h.title for h in store.load_headlines()]
                assert "Nickel output falls" not in titles
            finally:
                await refresher.aclose()

    asyncio.run(go())
