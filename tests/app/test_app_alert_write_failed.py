"""The dashboard and ``watch`` when the first write the cache refuses is an alert rule's (a
full disk).

Found after session 18: each evaluation of the rules opened a store of its own on the file.
When its write was the first refused (before any of the refresh's), that store fell back to
memory with the alert logged there and was closed: the fired alert was lost from the log, and
the session's store, saving on, was never told the cache had stopped saving. And in both the
dashboard and ``watch``, the round the file refused, done again in memory, started from the
state the refused one had recorded (its alerts already fired), so it fired none: the alert was
neither said nor logged.

The refusal is made in-process as ``tests/app/test_app_write_failed.py`` makes it (and says
why): the commit of a transaction that logs an alert raises SQLite's own words; everything else
is real: the SQLite file, the feed (a local file), the app under ``run_test``.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import seed
from tests.app.refused_writes import FULL, Disk, refuse_writes
from tests.app.settling import settle
from tests.app.test_app_write_failed import NEW, config, spy
from tests.app.test_locked_store_back import FEED, header, until, with_a_new_item
from tests.app.test_watch_locked import FETCHED, titles
from tests.app.test_watch_locked import config as watch_config
from tests.app.test_watch_locked import until as until_here
from tests.app.watch_thread import Watch
from tui.core.alert_rules import AlertRule
from tui.flow.watch import run_watch
from tui.store import Store
from tui.store.meta import MetaStore
from tui.ui.app import MetalwatchApp
from tui.ui.toast_fit import for_toast


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")


@pytest.fixture
def alert_disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    """While ``refusal`` is set, the file refuses the commit of a transaction that logs an
    alert (the refresh's writes pass: the alert's is the first refused) and every merge into
    the file (the session's tries)."""
    real_log = MetaStore._log_alerts
    logging: set[int] = set()  # connections whose transaction logs alerts now

    def log_alerts(self: Any, conn: sqlite3.Connection, states: Any, alerts: Any) -> list[int]:
        if alerts:
            logging.add(id(conn))
        return real_log(self, conn, states, alerts)

    state = refuse_writes(monkeypatch)
    state.applies = lambda conn: id(conn) in logging
    state.ended = lambda conn: logging.discard(id(conn))
    monkeypatch.setattr(MetaStore, "_log_alerts", log_alerts)
    return state


async def test_an_alert_whose_write_is_refused_first_is_kept_and_saved_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alert_disk: Disk
) -> None:
    """The refresh saves the new story; the rule fires on it and its write is refused. The
    session goes on in memory, said once (with that saving is tried again) and in the header;
    once the disk has room the alert is in the file's log, fired once, nothing stored lost."""
    feed = tmp_path / "feed.xml"
    shutil.copy(FEED, feed)
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(feed), store_path=path)
    notes = spy(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        alert_disk.refusal = FULL
        feed.write_text(with_a_new_item(FEED.read_text(encoding="utf-8")), encoding="utf-8")
        await pilot.press("R")
        await until(pilot, lambda: any(m.startswith(NEW) for _, m in notes))  # the alert
        await until(pilot, lambda: "cache read-only: not saved" in header(app))
        assert app._store is not None and not app._store.saves and app._store.retry_save
        await until(pilot, lambda: alert_disk.refused >= 3)  # the alert's, then tries refused
        alert_disk.refusal = None
        await until(pilot, lambda: "cache available again" in header(app))
        await settle(app, pilot)
        assert app._store.saves and "not saved" not in header(app), header(app)
        await pilot.press("R")  # a refresh after it: saved, the rule quiet
        await settle(app, pilot)
    said = [m for _, m in notes]
    refused = [m for m in said if for_toast(f"the disk holding {tmp_path} is full", 120) in m]
    assert len(refused) == 1, said
    assert "trying to save to the cache again every 0.2 s" in refused[0], refused
    assert len([m for m in said if m.startswith(NEW)]) == 1, "fired again: " + repr(said)
    with Store(path) as store:
        logged = [a["message"] for a in store.load_alerts()]
        kept = {h.title for h in store.load_headlines()}
    assert len(logged) == 1 and logged[0].startswith(NEW), logged
    assert any(t.startswith(NEW) for t in kept), kept


def test_watch_keeps_an_alert_whose_write_is_refused_first(
    tmp_path: Path, alert_disk: Disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``watch``: the round saves the feed's story, the rule fires on it and its write is
    refused. The alert is delivered and kept in memory, the refusal said once with that saving
    is tried again; once the disk has room the alert is in the file's log."""
    path = tmp_path / "store.sqlite3"
    seed(path)
    store = Store(path)
    rule = AlertRule(name="cops", when="headline", keywords=("cops",))
    cfg = dataclasses.replace(watch_config(), alerts=(rule,))
    alert_disk.refusal = FULL
    out, err = io.StringIO(), io.StringIO()
    watch = Watch(
        monkeypatch, lambda bound: run_watch(cfg, stop_after=bound, store=store, out=out, err=err)
    )
    until_here(lambda: " cops: " in out.getvalue())
    until_here(lambda: "trying to save to the cache again every 0.2 s" in err.getvalue())
    until_here(lambda: alert_disk.refused >= 3)  # the alert's, then tries refused
    alert_disk.refusal = None
    until_here(lambda: "cache available again" in err.getvalue())
    assert watch.stop() == 0
    said = err.getvalue()
    assert said.count(f"the disk holding {tmp_path} is full") == 1, said
    assert "Traceback" not in said, said
    assert out.getvalue().count(" cops: ") == 1, out.getvalue()
    with Store(path) as file:
        assert [a["rule"] for a in file.load_alerts()] == ["cops"]
    assert any(t.startswith(FETCHED) for t in titles(path))
    store.close()
