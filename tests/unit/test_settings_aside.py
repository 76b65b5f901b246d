"""The user's settings kept beside the store (``<store>.settings``) when the cache refused the
write: kept, read, merged by time and taken into the store. Real files, a real SQLite store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.store import Store, settings_aside
from tui.store.codec import dt_text
from tui.store.settings_aside import Setting, aside_path, at_key

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def theme(name: str, at: datetime) -> dict[str, Setting]:
    return {"theme": Setting({"theme": name, "theme_config": "metalwatch-dark"}, at)}


def test_kept_and_read_back_and_the_newer_of_two_stays(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    assert settings_aside.load(store) == {}
    assert settings_aside.keep(store, theme("metalwatch-light", T0 + timedelta(1))) is None
    assert settings_aside.keep(store, theme("metalwatch-amber", T0)) is None  # older: dropped
    kept = settings_aside.load(store)["theme"]
    assert kept.values["theme"] == "metalwatch-light" and kept.at == T0 + timedelta(1)
    assert settings_aside.keep(store, theme("metalwatch-amber", T0 + timedelta(2))) is None
    assert settings_aside.load(store)["theme"].values["theme"] == "metalwatch-amber"


def test_a_damaged_or_foreign_file_reads_as_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    for text in ('{"theme": {"values": {"theme": 3}, "at": "x"}}', "[1, 2]", '{"theme": '):
        aside_path(store).write_text(text, encoding="utf-8")
        assert settings_aside.load(store) == {}, text


def test_taken_into_the_store_when_newer_and_the_file_removed(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        store.set_metas({"theme": "metalwatch-amber", at_key("theme"): dt_text(T0)})
        settings_aside.keep(path, theme("metalwatch-light", T0 + timedelta(hours=1)))
        assert settings_aside.take(store, path) == 1
        assert store.get_meta("theme") == "metalwatch-light"
        assert store.get_meta("theme_config") == "metalwatch-dark"
        assert store.get_meta(at_key("theme")) == dt_text(T0 + timedelta(hours=1))
    assert not aside_path(path).exists()
    assert not list(tmp_path.glob(".*.taking"))


def test_an_older_pick_kept_aside_does_not_replace_the_stores(tmp_path: Path) -> None:
    """Another session stored a pick after this one was kept aside: the store's stands."""
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        store.set_metas({"theme": "metalwatch-amber", at_key("theme"): dt_text(T0)})
        settings_aside.keep(path, theme("metalwatch-light", T0 - timedelta(hours=1)))
        assert settings_aside.take(store, path) == 0
        assert store.get_meta("theme") == "metalwatch-amber"
    assert not aside_path(path).exists(), "a side file outlived the setting it held"


def test_a_store_that_keeps_it_in_memory_leaves_the_file(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    settings_aside.keep(path, theme("metalwatch-light", T0))
    with Store.memory() as store:
        assert settings_aside.take(store, path) == 0
    assert settings_aside.load(path)["theme"].values["theme"] == "metalwatch-light"


def test_a_pick_kept_aside_wins_over_the_store_by_time() -> None:
    kept = theme("metalwatch-light", T0)["theme"]
    assert settings_aside.wins(kept, None)  # stored before picks had a time
    assert settings_aside.wins(kept, dt_text(T0 - timedelta(seconds=1)))
    assert settings_aside.wins(kept, dt_text(T0))  # its own time merged in beside an older pick
    assert not settings_aside.wins(kept, dt_text(T0 + timedelta(seconds=1)))
