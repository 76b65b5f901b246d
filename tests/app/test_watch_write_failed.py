"""``metalwatch watch`` when the cache refuses a write for another reason than a lock (a full
disk): it saves again once it can, and the alert rules never go silent while the file's state
can be read.

Found left over: a full disk mid-run put the run in memory until it ended (nothing tried again,
unlike a lock); a run kept out by a lock whose try to rejoin then met a full disk gave up on the
cache and held its alerts for the rest of the run, saying only the raw error.

Why not a real full disk: filling one needs a file system of its own (a tmpfs mounted in a
private mount namespace, root here), and a full disk would fail every other test's writes on the
machine's shared one. So the store's write fails as SQLite fails it, in-process: a transaction
on the file (``StoreBase._tx``) and the merge into it raise ``sqlite3.OperationalError("database
or disk is full")`` while ``refusal`` is set (``tests/app/refused_writes.py``); the store's own
classification (``tui.store.schema.write_failure``) makes the message. The lock is a real second connection's
(``hold_lock``), the feed a local file.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import seed
from tests.app.refused_writes import FULL, Disk, refuse_writes
from tests.app.test_watch_locked import FETCHED, STORED, config, titles, until
from tests.app.watch_thread import Watch
from tests.conftest import fill_disk
from tui.core.alert_rules import AlertRule
from tui.flow.alerts import HELD
from tui.flow.watch import run_watch
from tui.store import Store


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    return refuse_writes(monkeypatch)


def test_watch_saves_again_once_a_full_disk_has_room(
    tmp_path: Path, disk: Disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    seed(path)
    store = Store(path)
    disk.refusal = FULL
    err = io.StringIO()
    watch = Watch(
        monkeypatch,
        lambda bound: run_watch(
            config(), stop_after=bound, store=store, out=io.StringIO(), err=err
        ),
    )
    until(lambda: "trying to save to the cache again every 0.2 s" in err.getvalue())
    assert not store.saves and not store.locked
    until(lambda: disk.refused >= 3)  # the round's save, then tries that met the disk full
    disk.refusal = None
    until(lambda: "cache available again" in err.getvalue())
    said = err.getvalue()
    assert said.count(f"the disk holding {tmp_path} is full") == 1, said
    assert "cache available again: 1 story of this session saved" in said, said
    assert store.saves and not store.read_only
    got = titles(path)
    assert STORED < got and any(t.startswith(FETCHED) for t in got), got
    assert watch.stop() == 0
    assert "Traceback" not in err.getvalue()
    store.close()


def test_a_kept_out_run_whose_rejoin_meets_a_full_disk_fires_from_the_files_state(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hold_lock: Callable[[Path], Any],
    disk: Disk,
) -> None:
    """Kept out by a lock from its start, the run holds its alerts; the lock lets go, but the
    merge meets a full disk: the file can be read, so the rules go on from its state (a new
    rule fires, the one the file recorded as fired does not fire again), the reason said once;
    once the disk has room the run saves, its alert in the file's log."""
    path = tmp_path / "cache" / "store.sqlite3"
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(path.parent))
    path.parent.mkdir()
    seed(path)
    old = AlertRule(name="stabbing", when="headline", keywords=("stabbing",))
    assert (
        run_watch(
            dataclasses.replace(config(), alerts=(old,)),
            once=True,
            out=io.StringIO(),
            err=io.StringIO(),
        )
        == 0
    )
    new = AlertRule(name="cops", when="headline", keywords=("cops",))
    cfg = dataclasses.replace(config(), alerts=(old, new))
    holder = hold_lock(path)
    out, err = io.StringIO(), io.StringIO()
    watch = Watch(monkeypatch, lambda bound: run_watch(cfg, stop_after=bound, out=out, err=err))
    until(lambda: HELD in err.getvalue())
    disk.refusal = FULL
    holder.release()
    until(lambda: " cops: " in out.getvalue())
    assert " stabbing: " not in out.getvalue(), "fired again: " + out.getvalue()
    said = err.getvalue()
    assert f"the disk holding {path.parent} is full" in said, said
    until(lambda: disk.refused >= 3)
    disk.refusal = None
    until(lambda: "cache available again" in err.getvalue())
    assert watch.stop() == 0
    said = err.getvalue()
    assert said.count(f"the disk holding {path.parent} is full") == 1, said
    assert said.count(HELD) == 1 and "could not be opened again" not in said, said
    # the lock's "trying the cache again", then, once the disk refuses, the refusal's words
    assert said.count("trying to save to the cache again every 0.2 s") == 1, said
    assert out.getvalue().count("\n") == 1, out.getvalue()
    with Store(path) as file:
        assert sorted(a["rule"] for a in file.load_alerts()) == ["cops", "stabbing"]


def test_watch_started_on_a_full_disk_saves_once_it_has_room(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real full disk (a small file system filled) when ``watch`` starts: the run was
    read-only to its end. It is tried again, said as for a write refused later."""
    path = small_disk / "cache" / "store.sqlite3"
    seed(path)
    filler = fill_disk(small_disk)
    store = Store(path)
    assert store.read_only == f"the disk holding {path.parent} is full"
    err = io.StringIO()
    watch = Watch(
        monkeypatch,
        lambda bound: run_watch(
            config(), stop_after=bound, store=store, out=io.StringIO(), err=err
        ),
    )
    until(lambda: "trying to save to the cache again every 0.2 s" in err.getvalue())
    until(lambda: any(t.startswith(FETCHED) for t in _memory_titles(store)))
    filler.unlink()
    until(lambda: "cache available again" in err.getvalue())
    assert "cache available again: 1 story of this session saved" in err.getvalue()
    assert watch.stop() == 0
    store.close()
    got = titles(path)
    assert STORED < got and any(t.startswith(FETCHED) for t in got), got


def _memory_titles(store: Store) -> set[str]:
    return {h.title for h in store.load_headlines()}
