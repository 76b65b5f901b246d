"""A theme picked while the cache refuses writes, and the app quit before it takes them again,
is on screen at the next start and stored by it.

Found left over: the pick waited in memory for the cache to take writes (``reopening``); a
session that ended first lost it, and the next start opened on the store's older pick (or the
config's theme). The pick is kept beside the store (``tui.store.settings_aside``). Real SQLite
files: another connection holding the write lock, the file made read-only for real
(``make_unwritable``: ``chattr +i`` and a read-only bind mount as root), and a full disk as SQLite reports it
(``tests/app/refused_writes.py``).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.app.cache_faults import config, seed
from tests.app.refused_writes import FULL, refuse_writes
from tests.app.settling import settle
from tests.app.test_locked_store_back import FEED, header, until, with_a_new_item
from tui.store import Store, settings_aside
from tui.store.settings_aside import aside_path
from tui.ui.app import MetalwatchApp
from tui.ui.theming import PICKED, PICKED_AT, PICKED_UNDER

OLD, NEW = "metalwatch-amber", "metalwatch-light"


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")


def seed_with_a_pick(path: Path, under: str) -> None:
    """Stories, and an earlier pick (stored before picks had a time) under the same config."""
    seed(path)
    with Store(path) as store:
        store.set_meta(PICKED, OLD)
        store.set_meta(PICKED_UNDER, under)


async def pick_then_quit(app: MetalwatchApp, before: Callable[[], None] | None = None) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.theme == OLD
        if before is not None:
            before()
        app.theme = NEW
        await settle(app, pilot)
        await pilot.press("q")


async def restarted_on_the_pick(path: Path, cfg: object) -> None:
    """The next start, the cache taking writes: the pick is on screen, stored, the file gone."""
    again = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)  # type: ignore[arg-type]
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again.theme == NEW, "the theme picked while writes were refused was lost"
        await settle(again, pilot)
    with Store(path) as store:
        assert store.get_meta(PICKED) == NEW, "the pick kept aside was not stored"
        assert store.get_meta(PICKED_AT) is not None
    assert not aside_path(path).exists(), "the side file outlived the pick it held"
    assert again.exit_notes == [], again.exit_notes


async def test_a_theme_picked_while_another_program_holds_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    cfg = config()
    seed_with_a_pick(path, cfg.app.theme)
    holder = sqlite3.connect(path, isolation_level=None)

    def lock() -> None:  # another program writing from now (reads pass, writes wait)
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')")

    try:
        app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
        await pick_then_quit(app, lock)
        assert app.exit_notes == [], app.exit_notes
        assert settings_aside.load(path)[PICKED].values[PICKED] == NEW
        with Store(path) as store:
            assert store.get_meta(PICKED) == OLD  # the lock kept it out of the file
    finally:
        holder.close()  # the other program lets go (its write rolled back)
    await restarted_on_the_pick(path, cfg)


async def test_a_theme_picked_while_the_file_is_read_only(
    tmp_path: Path, make_unwritable: Callable[[Path], Callable[[], None]]
) -> None:
    path = tmp_path / "store.sqlite3"
    cfg = config()
    seed_with_a_pick(path, cfg.app.theme)
    writable_again = make_unwritable(path)  # the file alone: its folder takes the side file
    app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    await pick_then_quit(app)
    assert app.exit_notes == [], app.exit_notes
    assert settings_aside.load(path)[PICKED].values[PICKED] == NEW
    writable_again()
    await restarted_on_the_pick(path, cfg)


async def test_a_theme_picked_on_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = refuse_writes(monkeypatch)
    feed = tmp_path / "feed.xml"
    shutil.copy(FEED, feed)
    path = tmp_path / "store.sqlite3"
    cfg = config(str(feed))
    seed_with_a_pick(path, cfg.app.theme)
    app = MetalwatchApp(cfg, store_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.theme == OLD
        disk.refusal = FULL
        feed.write_text(with_a_new_item(FEED.read_text(encoding="utf-8")), encoding="utf-8")
        await pilot.press("R")
        await until(pilot, lambda: "cache read-only: not saved" in header(app))
        app.theme = NEW
        await settle(app, pilot)
        await pilot.press("q")  # the disk still full
    assert settings_aside.load(path)[PICKED].values[PICKED] == NEW
    disk.refusal = None
    await restarted_on_the_pick(path, cfg)


async def test_a_pick_kept_aside_before_a_later_one_stored_does_not_win(tmp_path: Path) -> None:
    """A side file older than the store's pick (another session stored one since): the store's
    pick is on screen, and the stale file is removed."""
    path = tmp_path / "store.sqlite3"
    cfg = config()
    seed(path)
    app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        settings_aside.keep(path, {PICKED: app._theme_setting(NEW, None)})
        app.theme = OLD  # picked later, and stored
        await settle(app, pilot)
    with Store(path) as store:
        assert store.get_meta(PICKED) == OLD
    assert not aside_path(path).exists(), "the stale side file was not removed"
    again = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again.theme == OLD


async def test_a_pick_that_cannot_be_kept_aside_either_is_said(
    tmp_path: Path, make_unwritable: Callable[[Path], None]
) -> None:
    """The side file cannot be written (a folder in its place): the pick is lost, and the
    command says so once the screen is gone."""
    path = tmp_path / "store.sqlite3"
    cfg = config()
    seed_with_a_pick(path, cfg.app.theme)
    aside_path(path).mkdir()
    make_unwritable(path)
    app = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    await pick_then_quit(app)
    assert len(app.exit_notes) == 1, app.exit_notes
    (note,) = app.exit_notes
    assert note.startswith(f"the theme picked ({NEW}) could not be saved: "), note
    assert str(aside_path(path)) in note
