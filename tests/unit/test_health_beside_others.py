"""A source's health in a store shared by processes that fetch it (the app, a long-running
``watch``, ``snapshot`` from cron): one process's failure must not roll back what another's
success recorded.

Two refreshers, each with its own ``Store`` (its own SQLite connection) on one real file, read a
local copper CSV; then ``metalwatch snapshot --offline`` reads the store as a user would.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.core.config import load_config
from tui.core.config_types import Config
from tui.flow.refresh import Refresher
from tui.store import Store


def write_config(tmp_path: Path) -> Path:
    (tmp_path / "copper.csv").write_text("Date,Close\n2026-11-30,9000\n2026-12-01,9010\n")
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\nunit = "USD/t"\nrefresh = "1h"\n',
        encoding="utf-8",
    )
    return path


async def fetch(refresher: Refresher, config: Config) -> bool:
    (outcome,) = await refresher.run(list(config.sources))
    return outcome.ok


def test_a_failure_in_one_process_keeps_the_success_another_recorded(tmp_path: Path) -> None:
    """Found by the audit: `watch` keeps each source's health in memory from its start. The
    app fetched a source (ok, 12:00) while `watch` ran; `watch`'s next attempt failed and
    wrote its own record: the last success it knew (none, or days before) replaced the app's.
    The app's header then said "failing, no data from them yet" (or "last good data 3d ago")
    over data fetched minutes before, and `snapshot` "no data cached yet" and "0 items (never
    worked)" above the source's own price. A failure now keeps a newer
    success already stored."""
    config_path = write_config(tmp_path)
    config = load_config(config_path)
    store_path = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    store_path.parent.mkdir(parents=True, exist_ok=True)
    noon = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=30)

    async def day() -> None:
        with Store(store_path) as w_store, Store(store_path) as a_store:
            watch = Refresher(config, w_store, clock=lambda: noon)  # started first: nothing known
            app = Refresher(config, a_store, clock=lambda: noon + timedelta(minutes=1))
            try:
                assert await fetch(app, config)  # the app fetches: ok
                (tmp_path / "copper.csv").rename(tmp_path / "moved.csv")
                watch.clock = lambda: noon + timedelta(minutes=2)
                assert not await fetch(watch, config)  # then watch's attempt fails
            finally:
                await watch.aclose()
                await app.aclose()

    asyncio.run(day())
    with Store(store_path) as store:
        h = store.load_health()["copper csv"]
    assert not h.ok  # the last attempt failed: said so
    assert h.last_success == noon + timedelta(minutes=1)  # the app's success stands
    assert h.stale and h.items == 2
    run = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--offline", "--config", str(config_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    said = run.stdout + run.stderr
    # before: "every source failed when last tried; ...; no data cached yet" and
    # "copper csv [csv] error, 0 items (never worked)" above the price it had just given
    assert "never worked" not in said and "no data cached yet" not in said, said
    assert "error, 2 items (last good " in said, said


def test_a_success_recorded_late_keeps_the_wait_a_server_asked_since(tmp_path: Path) -> None:
    """Found by the audit: `watch`'s fetch was in flight (a slow server) when the app's own
    request was answered `429` with `Retry-After: 3600`; `watch` then recorded its success
    over the app's record, and the wait the server asked for was gone: every process asked
    again at its own pace. The later attempt's result and next attempt stand; the success is
    kept as the last good data (its time and item count)."""
    from tui.core.models import SourceHealth

    t1 = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)
    t2 = t1 + timedelta(seconds=5)
    path = tmp_path / "store.sqlite3"
    with Store(path) as app, Store(path) as watch:
        asked = SourceHealth(
            "Reuters",
            "rss",
            ok=False,
            error="HTTP 429 Too Many Requests",
            fetched_at=t2,
            next_attempt=t2 + timedelta(hours=1),
        )
        app.save_health(asked)  # the app, answered at t2
        done = SourceHealth(
            "Reuters",
            "rss",
            ok=True,
            fetched_at=t1,
            last_success=t1,
            items=55,
            next_attempt=t1 + timedelta(minutes=10),
        )
        watch.save_health(done)  # watch's fetch, made at t1, recorded after
        h = watch.load_health()["Reuters"]
    assert (h.ok, h.error, h.fetched_at) == (False, "HTTP 429 Too Many Requests", t2)
    assert h.next_attempt == t2 + timedelta(hours=1)
    assert (h.last_success, h.items, h.stale) == (t1, 55, True)
