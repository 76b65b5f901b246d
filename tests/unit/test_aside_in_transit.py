"""What another session is taking from a side file into the store is still counted while it
is on its way: the file is moved to a taking name first and removed only once the store holds
what it held, so a start that read the side file in between and the store before the take's
commit showed a read story unread (seen as a flaky app test: 1 start in about 10)."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from tui.store import marks_aside, settings_aside
from tui.store.aside_file import taking_name

AT = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc)


def _mid_take(path: Path) -> None:
    """The side file moved as a session taking it moves it, before its store write."""
    os.replace(path, taking_name(path))


def test_marks_being_taken_are_still_loaded(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    assert marks_aside.keep(store, {"a1": AT}) is None
    _mid_take(marks_aside.aside_path(store))
    assert not marks_aside.aside_path(store).exists()
    assert set(marks_aside.load(store)) == {"a1"}
    assert marks_aside.keep(store, {"b2": AT}) is None  # a session quitting meanwhile
    assert set(marks_aside.load(store)) == {"a1", "b2"}


def test_a_setting_being_taken_is_still_loaded(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    pick = settings_aside.Setting({"theme": "metalwatch-light"}, AT)
    assert settings_aside.keep(store, {"theme": pick}) is None
    _mid_take(settings_aside.aside_path(store))
    assert settings_aside.load(store) == {"theme": pick}
