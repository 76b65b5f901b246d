"""The dashboard when the cache refuses a write mid-session for another reason than a lock (a
full disk, the file made read-only): it saves again once it can, as ``watch`` does.

Found left over after session 18 taught ``watch`` to: the app, left open all day, put the
session in memory at the first refused write and never tried the file again, so a transient
full disk lost the rest of the day's fetches, read marks and alerts.

Why the refusal is made in-process, as ``tests/app/test_watch_write_failed.py`` makes it: a
real full disk needs a file system of its own (a tmpfs in a private mount namespace) and would
fail every other test's writes on the shared one. A file made read-only mid-session cannot be
provoked the same way whoever runs the tests: as root (these tests run as root) ``chmod`` does
not stop a write and ``chattr +i`` needs a file system that supports it, and either way SQLite
meets the refusal only when it next writes the file itself (at a WAL checkpoint), not at the
commit; as another user an open connection keeps writing through its descriptor. So the
commit raises ``sqlite3.OperationalError`` with SQLite's own words ("database or disk is full",
"attempt to write a readonly database") while ``refusal`` is set, and the store's own
classification (``tui.store.schema.write_failure``) makes the message. Everything else is
real: the SQLite file, the feed (a local file), the app under ``run_test``.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import seed
from tests.app.refused_writes import FULL, READ_ONLY, Disk, refuse_writes
from tests.app.settling import settle
from tests.app.test_locked_store_back import FEED, STORED, header, until, with_a_new_item
from tests.conftest import fill_disk
from tests.story_titles import title_of
from tui.core.alert_rules import AlertRule
from tui.core.config import parse_config
from tui.flow.alerts import HELD
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.toast_fit import for_toast

NEW = "Copper smelter restarts"  # the story the feed gains mid-session (``with_a_new_item``)


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    return refuse_writes(monkeypatch)


def spy(app: MetalwatchApp, mp: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every notification, as (title, message)."""
    notes: list[tuple[str, str]] = []
    original = app.notify

    def notify(message: str, **kw: Any) -> None:
        notes.append((kw.get("title", ""), message))
        original(message, **kw)

    mp.setattr(app, "notify", notify)
    return notes


def config(feed: Path) -> Any:
    """Copper, one feed at ``feed``, a rule on the story the feed gains; tried every 0.2 s."""
    cfg = parse_config(
        {
            "app": {"lock_retry": 0.2},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": str(feed)}],
        },
        None,
    )
    rule = AlertRule(name="smelter", when="headline", keywords=("smelter",))
    return dataclasses.replace(cfg, alerts=(rule,))


@pytest.mark.parametrize(
    ("refusal", "why"),
    [(FULL, "the disk holding {folder} is full"), (READ_ONLY, "the file cannot be written")],
    ids=["disk-full", "file-read-only"],
)
async def test_the_app_saves_again_once_the_write_is_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, disk: Disk, refusal: str, why: str
) -> None:
    """Open all day: a refresh's write is refused. The session goes on in memory, said once
    (with that it is tried again) and in the header; the rule fires on the story fetched
    meanwhile and a story is marked read. Once the write is taken: all of it in the file, said
    once, the header clear, the alert not fired again, nothing the user stored lost."""
    feed = tmp_path / "feed.xml"
    shutil.copy(FEED, feed)
    path = tmp_path / "store.sqlite3"
    seed(path)
    reason = for_toast(why.format(folder=tmp_path), 120)  # its path fitted to the toast's line
    app = MetalwatchApp(config(feed), store_path=path)
    notes = spy(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        disk.refusal = refusal
        feed.write_text(with_a_new_item(FEED.read_text(encoding="utf-8")), encoding="utf-8")
        await pilot.press("R")
        await until(pilot, lambda: "cache read-only: not saved" in header(app))
        await until(pilot, lambda: any(m.startswith(NEW) for _, m in notes))  # the alert
        assert app._store is not None and not app._store.saves and app._store.retry_save
        assert app.snapshot is not None
        marked = next(s.id for s in app.snapshot.stories if s.title.startswith("Copper story"))
        app.mark_read([marked])
        await until(pilot, lambda: disk.refused >= 4)  # the refresh's, then tries refused
        disk.refusal = None
        await until(pilot, lambda: "cache available again" in header(app))
        await settle(app, pilot)
        assert "not saved" not in header(app), header(app)
        assert app._store.saves and app._store.read_only is None
        shown = {s.title for s in app.snapshot.stories}
        assert STORED <= shown and any(t.startswith(NEW) for t in shown), shown
        # the refusal's notice (15 s) is not left up beside the new one, saying nothing is saved
        up = [n.message for n in app._notifications]
        assert not [m for m in up if "not saved" in m], up
        await pilot.press("R")  # a refresh after it: saved, the rule quiet
        await settle(app, pilot)
    said = [m for _, m in notes]
    refused = [m for m in said if reason in m]
    assert len(refused) == 1, said
    assert "trying to save to the cache again every 0.2 s" in refused[0], refused
    back = [m for m in said if m.startswith("cache available again")]
    assert back == [
        "cache available again: 1 story of this session saved; showing all that is stored"
    ], said
    assert len([m for m in said if m.startswith(NEW)]) == 1, "fired again: " + repr(said)
    with Store(path) as store:
        kept = {h.title for h in store.load_headlines()}
        assert STORED <= kept and any(t.startswith(NEW) for t in kept), kept
        assert marked in store.read_ids()
        assert [a["rule"] for a in store.load_alerts()] == ["smelter"]


async def test_a_kept_out_session_whose_rejoin_meets_a_full_disk_goes_on_from_the_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hold_lock: Callable[[Path], Any],
    disk: Disk,
) -> None:
    """Kept out by a lock from its start, the session holds its alerts. The lock lets go but
    the merge meets a full disk: the file can be read, so the screen shows all it holds and the
    rules go on from its state (the story the file recorded as fired does not fire again, the
    feed's does), the refusal said once; once the disk has room the session saves, said once,
    its alert in the file's log beside the old one."""
    path = tmp_path / "store.sqlite3"
    seed(path)  # three copper stories
    rule = AlertRule(name="copper news", when="headline", keywords=("copper",))
    cfg = dataclasses.replace(config(tmp_path / "feed.xml"), alerts=(rule,))
    first = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
    feed = tmp_path / "feed.xml"
    feed.write_text(with_a_new_item(FEED.read_text(encoding="utf-8")), encoding="utf-8")
    holder = hold_lock(path)
    app = MetalwatchApp(cfg, store_path=path)
    notes = spy(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: any(m == HELD for _, m in notes))
        await settle(app, pilot)
        assert app._store is not None and app._store.unread
        disk.refusal = FULL
        holder.release()
        await until(pilot, lambda: any(m.startswith(NEW) for _, m in notes))  # from the file's
        await settle(app, pilot)
        assert not app._store.saves and not app._store.unread and app._store.retry_save
        assert "cache read-only: not saved" in header(app), header(app)
        shown = {s.title for s in app.snapshot.stories} if app.snapshot else set()
        assert STORED <= shown and any(t.startswith(NEW) for t in shown), shown
        await until(pilot, lambda: disk.refused >= 3)  # tried again meanwhile
        disk.refusal = None
        await until(pilot, lambda: "cache available again" in header(app))
        await settle(app, pilot)
        assert app._store.saves and "not saved" not in header(app)
    said = [m for _, m in notes]
    full = [m for m in said if for_toast(f"the disk holding {tmp_path} is full", 120) in m]
    assert len(full) == 1 and "trying to save to the cache again every 0.2 s" in full[0], said
    assert not [m for m in said if m.startswith("Copper story")], "fired again: " + repr(said)
    assert len([m for m in said if m.startswith(NEW)]) == 1, said
    assert said.count(HELD) == 1 and "could not be opened again" not in " ".join(said), said
    assert len([m for m in said if m.startswith("cache available again")]) == 1, said
    with Store(path) as store:
        logged = sorted(title_of(a["message"]) for a in store.load_alerts())
        kept = {h.title for h in store.load_headlines()}
    assert len(logged) == 4 and set(logged) - STORED == {logged[0]}, logged
    assert logged[0].startswith(NEW) and STORED <= kept, (logged, kept)


async def test_a_full_disk_at_the_start_is_tried_again_as_one_met_later(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real full disk (a small file system filled) when the app starts: it was read-only for
    the whole session, never tried again, unlike a write refused later. Now said the same way
    (that it is tried again), and once there is room what the session fetched and marked is in
    the file."""
    feed = small_disk / "feed.xml"
    shutil.copy(FEED, feed)
    path = small_disk / "cache" / "store.sqlite3"
    seed(path)
    filler = fill_disk(small_disk)
    app = MetalwatchApp(config(feed), store_path=path)
    notes = spy(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await until(pilot, lambda: "cache read-only: not saved" in header(app))
        assert app._store is not None and app._store.retry_wanted
        assert app.snapshot is not None
        marked = next(s.id for s in app.snapshot.stories if s.title.startswith("Copper story"))
        app.mark_read([marked])
        await settle(app, pilot)
        filler.unlink()
        await until(pilot, lambda: "cache available again" in header(app))
        await settle(app, pilot)
        assert app._store.saves and app._store.read_only is None
        assert "not saved" not in header(app), header(app)
    said = [m for _, m in notes]
    full = [m for m in said if for_toast(f"the disk holding {path.parent} is full", 120) in m]
    assert len(full) == 1, said
    assert full[0].endswith("; trying to save to the cache again every 0.2 s"), full
    assert [m for m in said if m.startswith("cache available again")], said
    with Store(path) as store:
        assert marked in store.read_ids()
