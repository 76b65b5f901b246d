"""A store kept in memory by another program's lock goes back to the file once the lock lets
go (``Store.rejoin`` with ``tui.store.merge``): what the session kept is saved, nothing the
file holds is lost or overwritten. Real SQLite files; the lock a second connection holds
(exclusive, mid-write), as another program would."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.models import Headline, PriceSeries, SourceHealth
from tui.flow.store_open import back_notice, readable, rejoin
from tui.store import Store
from tui.store.fault import unread
from tui.store.merge import united

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
DAY = date(2026, 11, 2)
ALERT = {"fired_at": T0.isoformat(), "rule": "rule", "message": "stored"}


def story(title: str, n: int, summary: str = "") -> Headline:
    return Headline(title, f"https://example.org/{n}", "news", T0, summary=summary)


def series(points: dict[date, float]) -> PriceSeries:
    return PriceSeries(
        source="lme",
        symbol="CU",
        unit="USD/t",
        metal="copper",
        points=tuple(sorted(points.items())),
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A store an earlier session filled: a story, three days of copper, the source's health
    as of T0, a read mark, a headline rule that fired for story a, an alert in the log."""
    p = tmp_path / "store.sqlite3"
    with Store(p) as s:
        s.save_headlines("news", [story("Stored story", 1, "as stored")], seen_at=T0)
        s.save_series(series({DAY: 100.0, DAY + timedelta(1): 200.0}))
        s.save_health(SourceHealth("news", "rss", ok=True, fetched_at=T0, last_success=T0))
        s.mark_read(["read-before"])
        s.save_alert_round({"rule": json.dumps({"seen": ["a"]})}, [ALERT])
        s.set_meta("unchanged:news", "stored digest")
    return p


@pytest.fixture
def held(path: Path) -> Iterator[Callable[[], None]]:
    """Another program holding the store locked, exclusive and mid-write (reads wait too,
    until its connection closes); the test calls what it yields to let go (rolled back and
    closed), done at the end if it did not."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')")

    def let_go() -> None:
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed already
            conn.execute("ROLLBACK")
            conn.close()

    try:
        yield let_go
    finally:
        let_go()


def session_in_memory() -> Store:
    """The app's store for a session the lock kept out of the file (``AppBase._open_store``):
    this session's fetches, marks and alerts, in memory."""
    s = Store.memory()
    s.fault, s.locked = unread(None), True
    later = T0 + timedelta(hours=5)
    stories = [story("Stored story", 1, "as fetched now"), story("Fetched story", 2)]
    s.save_headlines("news", stories, seen_at=later)
    s.save_series(series({DAY + timedelta(1): 999.0, DAY + timedelta(2): 300.0}))
    s.save_health(SourceHealth("news", "rss", ok=True, fetched_at=later, last_success=later))
    s.mark_read(["read-now"])
    s.save_alert_round({"rule": json.dumps({"seen": ["b"]})}, [{**ALERT, "message": "now"}])
    s.set_meta("unchanged:news", "session digest")
    return s


def test_rejoin_waits_for_the_lock_then_saves_the_session_keeping_the_files_data(
    path: Path, held: Callable[[], None]
) -> None:
    store = session_in_memory()
    assert rejoin(store, path) is None, "still locked: the session stays in memory"
    assert not store.saves and store.locked
    assert readable(path) is False
    held()  # the other program lets go
    assert readable(path) is True
    merged = rejoin(store, path)
    assert merged is not None and merged.stories == 1 and merged.points == 1, merged
    assert store.saves and store.read_only is None and not store.locked and store.path == path
    assert back_notice(store, merged) == (
        "cache available again: 1 story and 1 price point of this session saved; "
        "showing all that is stored"
    )
    store.save_headlines("news", [story("Saved after", 3)], seen_at=T0)  # to the file now
    store.close()
    with Store(path) as file:
        stories = {h.title: h for h in file.load_headlines()}
        assert set(stories) == {"Stored story", "Fetched story", "Saved after"}
        assert stories["Stored story"].summary == "as stored", "the file's row is not overwritten"
        (cu,) = file.load_series()
        assert dict(cu.points) == {
            DAY: 100.0,
            DAY + timedelta(1): 200.0,  # the file's value of a day both hold
            DAY + timedelta(2): 300.0,
        }
        health = file.load_health()["news"]
        assert health.fetched_at == T0 + timedelta(hours=5), "the newer fetch is the source's"
        assert file.read_ids() == {"read-before", "read-now"}
        assert json.loads(file.get_alert_state("rule") or "") == {"seen": ["a", "b"]}
        assert sorted(a["message"] for a in file.load_alerts()) == [
            "now",
            "stored",
        ]
        assert file.get_meta("unchanged:news") == "stored digest"
        assert file.get_meta("holder") is None


def test_a_store_that_went_read_only_on_a_write_lock_rejoins_without_doubling_anything(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked against writes past the busy timeout mid-session, the store copied the file into
    memory (``_degrade``): merged back, what both hold is there once. While the write lock is
    held (reads pass it), a try does not read the whole file (the check of an opening) only to
    fail at the end."""
    from tui.store import schema

    checks: list[int] = []
    check = schema.integrity_problem

    def counted(conn: sqlite3.Connection) -> str | None:
        checks.append(1)
        return check(conn)

    monkeypatch.setattr(schema, "integrity_problem", counted)
    other = sqlite3.connect(path, isolation_level=None)
    with Store(path, busy_timeout=0.2) as store:
        other.execute("BEGIN IMMEDIATE")  # another program writing: reads go on (WAL)
        store.save_headlines("news", [story("Kept out", 4)], seen_at=T0)
        assert store.locked and not store.saves, store.read_only
        checks.clear()
        assert rejoin(store, path) is None
        assert rejoin(store, path) is None
        assert checks == [], "the whole file read at each try"
        other.execute("ROLLBACK")
        merged = rejoin(store, path)
        assert merged is not None and merged.stories == 1 and merged.points == 0, merged
        assert store.saves and not store.locked
    other.close()
    with Store(path) as file:
        assert sorted(h.title for h in file.load_headlines()) == ["Kept out", "Stored story"]
        assert len(file.load_alerts()) == 1, "the alert both held, once"
        assert len(file.load_series()[0].points) == 2


def test_united_keeps_what_either_side_remembered() -> None:
    stored = json.dumps({"seen": ["a", "b"], "side": "above", "fired": {"x": "1"}})
    session = json.dumps({"seen": ["b", "c"], "side": "inside", "fired": {"y": "2"}})
    assert json.loads(united(stored, session)) == {
        "seen": ["a", "b", "c"],
        "side": "inside",
        "fired": {"x": "1", "y": "2"},
    }
    assert united("not json", session) == "not json"
