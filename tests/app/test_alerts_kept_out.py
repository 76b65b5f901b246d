"""A session another program's lock keeps out of the whole store from its start never fires
again what the store recorded as fired.

Found last session: the session's store is memory (nothing of the file read), so its rules
had none of their state: the first snapshot (the last one built, painted from its file, then
the session's own fetches) fired every story the rule had fired for before, and each toast,
bell and command again. The rules now wait until the store can be read, say so once, and are
evaluated on the store's state once the other program lets go. Real SQLite files, a real
second connection holding the lock (``hold_lock``, tests/app/conftest.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import config, seed, spy_notes, until
from tests.app.settling import settle
from tests.story_titles import title_of
from tui.core.alert_rules import AlertRule
from tui.flow.alerts import HELD
from tui.store import Store
from tui.ui.app import MetalwatchApp

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"


async def test_rules_wait_for_the_store_then_fire_nothing_it_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_lock: Callable[[Path], Any]
) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")
    path = tmp_path / "store.sqlite3"
    seed(path)  # three copper stories
    rule = AlertRule(name="copper news", when="headline", keywords=("copper",))
    cfg = dataclasses.replace(config(str(FEED)), alerts=(rule,))
    first = MetalwatchApp(cfg, store_path=path, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
    with Store(path) as store:
        fired = [title_of(a["message"]) for a in store.load_alerts()]
    assert sorted(fired) == [f"Copper story {i}" for i in range(3)], fired

    holder = hold_lock(path)
    app = MetalwatchApp(cfg, store_path=path)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app._store is not None and app._store.unread
        assert app.snapshot is not None and app.snapshot.stories
        assert not [n for n in notes if n.startswith("Copper story")], notes
        assert notes.count(HELD) == 1, notes
        locked = [n for n in notes if "locked by another program" in n]
        assert len(locked) == 1 and locked[0].startswith("cache "), notes
        holder.release()
        await until(pilot, lambda: "cache available again" in app.status_bar.status_text().plain)
        await settle(app, pilot)
        assert app._store.saves and not app._store.unread
        assert app.snapshot is not None
        assert {f"Copper story {i}" for i in range(3)} <= {s.title for s in app.snapshot.stories}
    assert not [n for n in notes if n.startswith("Copper story")], notes
    assert notes.count(HELD) == 1, notes
    with Store(path) as store:
        again = [title_of(a["message"]) for a in store.load_alerts()]
    assert sorted(again) == sorted(fired), "fired again: " + ", ".join(again)
